-- Models that proposed annotations (annotations.source_ref holds the id), for provenance and
-- the dataset card, and which assets each model has already seen, so that a batch run can be
-- resumed without running the model on them again (also the ones where it found nothing).
CREATE TABLE assist_models (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    task     TEXT NOT NULL,
    file     TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    manifest TEXT NOT NULL DEFAULT '{}',
    added    TEXT NOT NULL
);

CREATE TABLE assist_runs (
    model_id  TEXT NOT NULL REFERENCES assist_models (id) ON DELETE CASCADE,
    asset_id  INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    proposals INTEGER NOT NULL,
    finished  TEXT NOT NULL,
    PRIMARY KEY (model_id, asset_id)
);
CREATE INDEX assist_runs_asset ON assist_runs (asset_id);
