-- Text layers made by OCR for PDF pages without one (component "document").
-- A page row says that the page was recognized (even when no word was found); its words follow
-- in reading order with their line number and box in PDF points from the page's top-left.
CREATE TABLE document_ocr_pages (
    asset_id   INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    page       INTEGER NOT NULL CHECK (page >= 0),
    engine     TEXT    NOT NULL,
    languages  TEXT    NOT NULL,
    dpi        INTEGER NOT NULL CHECK (dpi > 0),
    created    TEXT    NOT NULL,
    PRIMARY KEY (asset_id, page)
);

CREATE TABLE document_ocr_words (
    asset_id   INTEGER NOT NULL,
    page       INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    x          REAL    NOT NULL,
    y          REAL    NOT NULL,
    w          REAL    NOT NULL CHECK (w >= 0),
    h          REAL    NOT NULL CHECK (h >= 0),
    confidence REAL,
    PRIMARY KEY (asset_id, page, seq),
    FOREIGN KEY (asset_id, page) REFERENCES document_ocr_pages (asset_id, page) ON DELETE CASCADE
);
