-- Extents written by bulk writers before they reach the R*Tree. An R*Tree insert costs about
-- 6 µs, so batches of model proposals or imported datasets park their extents here (a plain
-- B-tree, ordered by asset) and a background job moves them into annotation_extent. Window
-- queries read both tables, so results are complete at every moment.
CREATE TABLE annotation_extent_pending (
    asset_id INTEGER NOT NULL,
    id       INTEGER NOT NULL,
    x0       INTEGER NOT NULL,
    x1       INTEGER NOT NULL,
    y0       INTEGER NOT NULL,
    y1       INTEGER NOT NULL,
    PRIMARY KEY (asset_id, id)
) WITHOUT ROWID;

CREATE TRIGGER annotations_delete_pending_extent AFTER DELETE ON annotations
BEGIN
    DELETE FROM annotation_extent_pending WHERE asset_id = old.asset_id AND id = old.id;
END;
