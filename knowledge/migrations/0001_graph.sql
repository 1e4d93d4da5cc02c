-- Knowledge graph tables (component "knowledge"): ontology, nodes, edges, evidence.
-- Type references from relation domains/ranges are by node type name (JSON arrays), so an
-- ontology reads the same in the project and in its JSON file.
CREATE TABLE kg_node_types (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    name_en    TEXT NOT NULL DEFAULT '',
    name_zh    TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL DEFAULT '#4363d8',
    icon       TEXT NOT NULL DEFAULT '',
    properties TEXT NOT NULL DEFAULT '[]',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE kg_relation_types (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (name <> ''),
    name_en           TEXT NOT NULL DEFAULT '',
    name_zh           TEXT NOT NULL DEFAULT '',
    directed          INTEGER NOT NULL DEFAULT 1 CHECK (directed IN (0, 1)),
    domain            TEXT NOT NULL DEFAULT '[]',
    range             TEXT NOT NULL DEFAULT '[]',
    cardinality       TEXT NOT NULL DEFAULT 'many-to-many'
                      CHECK (cardinality IN ('many-to-many', 'many-to-one', 'one-to-many', 'one-to-one')),
    symmetric         INTEGER NOT NULL DEFAULT 0 CHECK (symmetric IN (0, 1)),
    transitive        INTEGER NOT NULL DEFAULT 0 CHECK (transitive IN (0, 1)),
    causal            INTEGER NOT NULL DEFAULT 0 CHECK (causal IN (0, 1)),
    requires_evidence INTEGER NOT NULL DEFAULT 0 CHECK (requires_evidence IN (0, 1)),
    properties        TEXT NOT NULL DEFAULT '[]',
    sort_order        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE kg_nodes (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE CHECK (key <> ''),
    type_id    INTEGER NOT NULL REFERENCES kg_node_types (id) ON DELETE RESTRICT,
    label_en   TEXT NOT NULL DEFAULT '',
    label_zh   TEXT NOT NULL DEFAULT '',
    aliases_en TEXT NOT NULL DEFAULT '[]',
    aliases_zh TEXT NOT NULL DEFAULT '[]',
    properties TEXT NOT NULL DEFAULT '{}',
    author     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created    TEXT NOT NULL,
    modified   TEXT NOT NULL
);
CREATE INDEX kg_nodes_type ON kg_nodes (type_id);

CREATE TABLE kg_edges (
    id         INTEGER PRIMARY KEY,
    type_id    INTEGER NOT NULL REFERENCES kg_relation_types (id) ON DELETE RESTRICT,
    from_id    INTEGER NOT NULL REFERENCES kg_nodes (id) ON DELETE RESTRICT,
    to_id      INTEGER NOT NULL REFERENCES kg_nodes (id) ON DELETE RESTRICT,
    properties TEXT NOT NULL DEFAULT '{}',
    confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    author     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created    TEXT NOT NULL,
    modified   TEXT NOT NULL
);
CREATE INDEX kg_edges_from ON kg_edges (from_id);
CREATE INDEX kg_edges_to ON kg_edges (to_id);
CREATE INDEX kg_edges_type ON kg_edges (type_id);

-- The annotation is referred to without a foreign key: deleting an annotation (and undoing
-- that) must not silently drop evidence; validation lists evidence whose annotation is gone.
CREATE TABLE kg_evidence (
    id            INTEGER PRIMARY KEY,
    node_id       INTEGER REFERENCES kg_nodes (id) ON DELETE RESTRICT,
    edge_id       INTEGER REFERENCES kg_edges (id) ON DELETE RESTRICT,
    annotation_id INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    author        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created       TEXT NOT NULL,
    CHECK ((node_id IS NULL) <> (edge_id IS NULL))
);
CREATE UNIQUE INDEX kg_evidence_link ON kg_evidence (ifnull(node_id, 0), ifnull(edge_id, 0), annotation_id);
CREATE INDEX kg_evidence_node ON kg_evidence (node_id);
CREATE INDEX kg_evidence_edge ON kg_evidence (edge_id);
CREATE INDEX kg_evidence_annotation ON kg_evidence (annotation_id);

-- The starter ontology is installed (from its JSON resource) the first time the graph store
-- is opened for writing; after that it is the project's own, fully editable.
INSERT INTO meta (key, value) VALUES ('knowledge.starter_ontology', 'pending');
