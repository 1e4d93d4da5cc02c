-- Annotations of every modality, their spatial/temporal extent and relations between them.
CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    asset_id   INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    class_id   INTEGER REFERENCES label_classes (id) ON DELETE RESTRICT,
    kind       TEXT NOT NULL,
    geometry   TEXT NOT NULL DEFAULT '{}',
    attributes TEXT NOT NULL DEFAULT '{}',
    source     TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'model', 'import', 'rule')),
    source_ref TEXT,            -- model id / rule name / imported file
    confidence REAL,
    state      TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('proposed', 'accepted', 'rejected')),
    author     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    revision   INTEGER NOT NULL DEFAULT 1,
    z_order    INTEGER NOT NULL DEFAULT 0,
    flags      INTEGER NOT NULL DEFAULT 0, -- 1 hidden, 2 locked
    created    TEXT NOT NULL,
    modified   TEXT NOT NULL
);
CREATE INDEX annotations_asset ON annotations (asset_id);
CREATE INDEX annotations_class ON annotations (class_id, asset_id);
CREATE INDEX annotations_state ON annotations (state, asset_id);

-- SQLite-only: an integer R*Tree over (asset, x, y). The asset is a dimension so that a
-- window query on one asset never touches the others. Extents are rounded outwards.
CREATE VIRTUAL TABLE annotation_extent USING rtree_i32 (id, asset_lo, asset_hi, x0, x1, y0, y1);

CREATE TABLE annotation_relations (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    from_id    INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    to_id      INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    attributes TEXT NOT NULL DEFAULT '{}',
    author     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created    TEXT NOT NULL,
    UNIQUE (type, from_id, to_id)
);
CREATE INDEX annotation_relations_to ON annotation_relations (to_id);

-- Deleting an annotation (directly or through its asset) removes its extent.
CREATE TRIGGER annotations_delete_extent AFTER DELETE ON annotations
BEGIN
    DELETE FROM annotation_extent WHERE id = old.id;
END;
