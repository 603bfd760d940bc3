-- Words read from evidence pictures (OCR), the queue of pictures still to read, and the search index with them.

-- What a device read in an evidence picture (issue 14). A reading belongs to the device that ran the OCR (any
-- office holding the evidence may read it: the origin office and the offices above it). Readings never change:
-- reading again makes a new one. They do not travel in bundles yet: every store queues the pictures it receives
-- and reads them itself (the origin columns are kept for when they do).
CREATE TABLE evidence_texts (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    evidence_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,               -- the file read: a reading counts only for evidence with this file
    text TEXT NOT NULL,
    engine TEXT NOT NULL,               -- e.g. 'tesseract 5.5.4 ind+eng best_int, praproses 1'
    made_at TEXT NOT NULL,
    origin_office_id TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_texts_evidence ON evidence_texts(evidence_id, made_at);
CREATE INDEX evidence_texts_finding ON evidence_texts(finding_id);
CREATE INDEX evidence_texts_sha ON evidence_texts(sha256);
CREATE INDEX evidence_texts_local_seq ON evidence_texts(local_seq);
CREATE TRIGGER evidence_texts_no_update BEFORE UPDATE OF id, finding_id, evidence_id, sha256, text, engine, made_at,
    origin_office_id, origin_device_id ON evidence_texts
BEGIN SELECT RAISE(ABORT, 'evidence readings never change'); END;

-- This store's work on each picture file: the OCR queue (it survives restarts) and the picture's difference hash
-- for finding resized or cropped copies. Local: never in bundles (every store computes its own).
CREATE TABLE picture_scans (
    sha256 TEXT PRIMARY KEY,
    state TEXT NOT NULL,                -- pending | done | failed
    error TEXT NOT NULL DEFAULT '',     -- why it failed, in Indonesian
    dhash TEXT NOT NULL DEFAULT '',     -- 64 hex digits (16×16 dHash); '' until computed
    queued_at TEXT NOT NULL,
    scanned_at TEXT
);
CREATE INDEX picture_scans_state ON picture_scans(state, queued_at);

-- Pictures stored before this version wait to be read.
INSERT OR IGNORE INTO picture_scans (sha256, state, queued_at)
    SELECT DISTINCT sha256, 'pending', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') FROM evidence
    WHERE removed_at IS NULL AND mime_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp',
                                               'image/tiff');

-- The search index gains the words read from a finding's evidence (an FTS5 table cannot add a column: it is made
-- again with the same rows, and the new column empty until the pictures are read).
CREATE VIRTUAL TABLE findings_fts_next USING fts5(
    register_number, title, description, subjects, agencies, urls, place, evidence_text,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO findings_fts_next (rowid, register_number, title, description, subjects, agencies, urls, place,
                               evidence_text)
    SELECT rowid, register_number, title, description, subjects, agencies, urls, place, '' FROM findings_fts;
DROP TABLE findings_fts;
ALTER TABLE findings_fts_next RENAME TO findings_fts;
