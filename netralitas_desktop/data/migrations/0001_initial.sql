-- The first schema: settings, offices, findings with subjects, evidence, status events, audit log, search.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON
);

CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    region_code TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    office_code TEXT NOT NULL DEFAULT ''
);

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    origin_office_id TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    region_code TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    occurred_on TEXT NOT NULL,
    known_on TEXT NOT NULL,
    registered_on TEXT,
    register_seq INTEGER,
    register_number TEXT,
    form_a_number TEXT,
    election TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '{}', -- JSON: the remaining fields (urls, witnesses, legal basis, Form A texts, ...)
    local_seq INTEGER NOT NULL DEFAULT 0 -- grows with every local write or import; sync exports what is newer
);
CREATE INDEX findings_local_seq ON findings(local_seq);
CREATE INDEX findings_status ON findings(status);
CREATE INDEX findings_region ON findings(region_code);
CREATE INDEX findings_category ON findings(category);
CREATE INDEX findings_occurred ON findings(occurred_on);
CREATE INDEX findings_known ON findings(known_on);
CREATE INDEX findings_updated ON findings(updated_at);
CREATE UNIQUE INDEX findings_register ON findings(origin_office_id, register_number)
    WHERE register_number IS NOT NULL;

CREATE TABLE subjects (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    employment_type TEXT NOT NULL,
    nip TEXT NOT NULL DEFAULT '',
    nik TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    accounts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX subjects_finding ON subjects(finding_id, seq);
CREATE INDEX subjects_type ON subjects(employment_type);

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    exif_time TEXT,
    gps_lat REAL,
    gps_lon REAL,
    url TEXT NOT NULL DEFAULT '',
    seen_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    removed_at TEXT,
    removed_by TEXT,
    removed_reason TEXT,
    origin_office_id TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_local_seq ON evidence(local_seq);
CREATE INDEX evidence_finding ON evidence(finding_id);
CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE status_events (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    at TEXT NOT NULL,
    officer TEXT NOT NULL,
    reason TEXT NOT NULL,
    forwarding_body TEXT NOT NULL DEFAULT '',
    origin_office_id TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX status_events_local_seq ON status_events(local_seq);
CREATE INDEX status_events_finding ON status_events(finding_id, at);

-- Append-only and hash-chained per device: each entry's hash covers its content and the previous hash.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    office_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX audit_entity ON audit_log(entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- Search index, one row per finding (rowid = findings.rowid), rebuilt by the store on every write.
CREATE VIRTUAL TABLE findings_fts USING fts5(
    register_number, title, description, subjects, agencies, urls, place,
    tokenize = 'unicode61 remove_diacritics 2'
);
