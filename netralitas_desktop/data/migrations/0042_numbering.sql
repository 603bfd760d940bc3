-- Numbers unique across the organisation (docs/numbering.md).
-- The laptop that keeps this office's series: the one that made the store (a copy given a new device id is not).
INSERT OR IGNORE INTO settings (key, value) SELECT 'series_keeper', value FROM settings WHERE key = 'device_id';

-- Blocks of an office's Form A series (the kabupaten/kota's LHP series) handed by its keeper to one device below
-- it, or to another laptop of its own. A block never changes; how far this device used it is the setting
-- counter:block:<id>.
CREATE TABLE number_blocks (
    id TEXT PRIMARY KEY,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    office_code TEXT NOT NULL,      -- the series' office code, as its numbers print it
    issuer_office_id TEXT NOT NULL,
    issuer_device_id TEXT NOT NULL,
    target_office_id TEXT NOT NULL,
    target_device_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX number_blocks_target ON number_blocks(target_device_id, series, year, first);
CREATE INDEX number_blocks_local_seq ON number_blocks(local_seq);

-- Register numbers were one series a year; now one per kind (TM/LP) and election kind (PL/PB). Each new series
-- continues after the old counter of its year, so no number given before can come again.
INSERT OR IGNORE INTO settings (key, value)
    SELECT 'counter:register:' || k.kind || ':' || e.election || ':' || substr(s.key, 18), s.value
    FROM settings s, (SELECT 'TM' AS kind UNION ALL SELECT 'LP') k, (SELECT 'PL' AS election UNION ALL SELECT 'PB') e
    WHERE s.key GLOB 'counter:register:[0-9][0-9][0-9][0-9]';
