-- Whether labels of a class may overlap on one asset (time ranges, text spans): 1 yes, 0 no.
-- Existing classes keep allowing it, as before this column existed.
ALTER TABLE label_classes ADD COLUMN overlap INTEGER NOT NULL DEFAULT 1 CHECK (overlap = 0 OR overlap = 1);
