-- Sync bundles: trusted devices, the export ledger, evidence already sent, imported bundles, conflicts, notes.

-- Devices whose bundles this store accepts (our own device is known from its key files, not listed here).
CREATE TABLE sync_devices (
    device_id TEXT PRIMARY KEY,
    office_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,          -- Ed25519 public key, base64 of the 32 raw bytes
    fingerprint TEXT NOT NULL,
    age_recipient TEXT NOT NULL DEFAULT '',
    trusted_at TEXT NOT NULL,
    trusted_by TEXT NOT NULL,
    last_sequence INTEGER NOT NULL DEFAULT 0,  -- highest bundle sequence imported from this device
    last_imported_at TEXT
);

-- One row per bundle written by this device. `destination` is '' for the level above, or the office id of a
-- return bundle; incremental exports continue from the last row of the same destination.
CREATE TABLE sync_exports (
    sequence INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    destination TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    full INTEGER NOT NULL,
    since_local_seq INTEGER NOT NULL,
    until_local_seq INTEGER NOT NULL,
    since_audit_seq INTEGER NOT NULL,
    until_audit_seq INTEGER NOT NULL,
    counts TEXT NOT NULL,               -- JSON
    recipients TEXT NOT NULL DEFAULT '[]',  -- JSON list of age public keys
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,               -- of the bundle file as written
    manifest_sha256 TEXT NOT NULL
);
CREATE INDEX sync_exports_destination ON sync_exports(destination, sequence);

-- Evidence files already carried to a destination, so incremental bundles do not carry them again.
CREATE TABLE sync_blobs_sent (
    destination TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (destination, sha256)
) WITHOUT ROWID;

-- Bundles imported here (a bundle is identified by its signed manifest).
CREATE TABLE sync_imports (
    bundle_id TEXT PRIMARY KEY,
    manifest_sha256 TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    source_office_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    report TEXT NOT NULL                -- JSON
);
CREATE INDEX sync_imports_device ON sync_imports(device_id, sequence);

-- A record received with the same version as ours but other content (or otherwise disagreeing): kept, shown,
-- never applied silently. `content` is the version not currently in the tables.
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,               -- finding | evidence | status_event | note | audit
    entity_id TEXT NOT NULL,
    finding_id TEXT,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,              -- JSON record as carried in bundles
    current_hash TEXT NOT NULL,         -- content hash of the record kept in the tables at detection
    origin_office_id TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT,                    -- current | incoming | both | superseded
    UNIQUE (entity, entity_id, version, content_hash)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, entity, entity_id);

-- When an office's own description (name, address, codes) was last taken from one of its bundles.
CREATE TABLE sync_office_updates (
    office_id TEXT PRIMARY KEY,
    bundle_created_at TEXT NOT NULL
);

-- Notes: what a higher level adds to a finding it does not own (append-only, travel with bundles).
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    origin_office_id TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    local_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_finding ON notes(finding_id, at);
CREATE INDEX notes_local_seq ON notes(local_seq);
CREATE TRIGGER notes_no_update BEFORE UPDATE OF id, finding_id, at, author, text, origin_office_id,
    origin_device_id ON notes
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
