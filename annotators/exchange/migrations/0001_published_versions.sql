-- Dataset package versions published from this project (exchange module). A version once
-- published is never overwritten, so (name, version, target) is unique.
CREATE TABLE exchange_published_versions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    target TEXT NOT NULL,
    location TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    published TEXT NOT NULL,
    published_by INTEGER REFERENCES users(id),
    UNIQUE (name, version, target)
);
