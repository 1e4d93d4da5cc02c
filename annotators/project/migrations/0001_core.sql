-- Core tables: meta, users, assets, label schema.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT,
    role         TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('annotator', 'reviewer', 'lead')),
    created      TEXT NOT NULL
);

CREATE TABLE assets (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('image', 'timeseries', 'document')),
    uri        TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    byte_size  INTEGER NOT NULL DEFAULT 0,
    media_type TEXT,
    width      INTEGER,
    height     INTEGER,
    bit_depth  INTEGER,
    pages      INTEGER,
    channels   INTEGER,
    samples    INTEGER,
    metadata   TEXT NOT NULL DEFAULT '{}',
    status     TEXT NOT NULL DEFAULT 'todo'
               CHECK (status IN ('todo', 'in_progress', 'done', 'needs_review', 'accepted', 'rejected')),
    assignee   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reviewer   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    review_comment TEXT,
    split      TEXT NOT NULL DEFAULT 'none' CHECK (split IN ('none', 'train', 'val', 'test')),
    added      TEXT NOT NULL,
    modified   TEXT NOT NULL
);
CREATE UNIQUE INDEX assets_sha256 ON assets (sha256);
CREATE INDEX assets_kind ON assets (kind, id);
CREATE INDEX assets_status ON assets (status, id);
CREATE INDEX assets_split ON assets (split, id);
CREATE INDEX assets_assignee ON assets (assignee, id);

CREATE TABLE label_classes (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES label_classes (id) ON DELETE RESTRICT,
    name           TEXT NOT NULL UNIQUE,
    title_en       TEXT,
    title_zh       TEXT,
    color          TEXT NOT NULL DEFAULT '#e6194b',
    shortcut       TEXT,
    asset_kinds    TEXT NOT NULL DEFAULT '',   -- comma-separated asset kinds; empty = all
    shapes         TEXT NOT NULL DEFAULT '',   -- comma-separated annotation kinds; empty = all
    knowledge_node INTEGER,
    sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE label_attributes (
    id            INTEGER PRIMARY KEY,
    class_id      INTEGER REFERENCES label_classes (id) ON DELETE CASCADE, -- NULL: every class
    name          TEXT NOT NULL,
    title_en      TEXT,
    title_zh      TEXT,
    type          TEXT NOT NULL CHECK (type IN ('bool', 'int', 'float', 'enum', 'text')),
    options       TEXT NOT NULL DEFAULT '[]',  -- enum values (JSON array)
    default_value TEXT,                        -- JSON value
    required      INTEGER NOT NULL DEFAULT 0,
    sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX label_attributes_name ON label_attributes (ifnull(class_id, 0), name);
