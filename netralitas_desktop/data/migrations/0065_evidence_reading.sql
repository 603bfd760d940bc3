-- The words the evidence's origin office read in its picture travel with the evidence record (issue 14,
-- docs/bundle-format.md section 4): the latest reading of evidence this device added, or the one an imported
-- record carried. NULL: no reading carried (not a picture, not read yet, or read before readings travelled).
-- Every store keeps all readings, its own and the carried ones, in evidence_texts for search.
ALTER TABLE evidence ADD COLUMN reading_text TEXT;
ALTER TABLE evidence ADD COLUMN reading_engine TEXT;
ALTER TABLE evidence ADD COLUMN reading_at TEXT;
