-- Evaluation module: stored evaluation/diagnostics results (for the dataset card and reports),
-- targeted-labeling queues and a cache of image perceptual hashes.
CREATE TABLE evaluation_results (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('evaluation', 'diagnostics', 'agreement')),
    model_ref TEXT,             -- model id for kind 'evaluation'
    params    TEXT NOT NULL DEFAULT '{}',
    result    TEXT NOT NULL,    -- the report as JSON
    author    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created   TEXT NOT NULL
);
CREATE INDEX evaluation_results_kind ON evaluation_results (kind, model_ref, id);

CREATE TABLE labeling_queues (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    strategy  TEXT NOT NULL,
    model_ref TEXT,
    assignee  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created   TEXT NOT NULL
);

CREATE TABLE labeling_queue_items (
    queue_id INTEGER NOT NULL REFERENCES labeling_queues (id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    rank     INTEGER NOT NULL,
    score    REAL NOT NULL,
    reason   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (queue_id, asset_id)
);
CREATE INDEX labeling_queue_items_rank ON labeling_queue_items (queue_id, rank);

-- Keyed by the file's SHA-256 too, so that a replaced file is hashed again.
CREATE TABLE asset_phash (
    asset_id INTEGER PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    sha256   TEXT NOT NULL,
    phash    INTEGER NOT NULL
);
