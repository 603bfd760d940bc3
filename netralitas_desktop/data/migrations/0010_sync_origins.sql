-- Sync format v2: every record carries its origin device's signature end to end; a device is trusted for one
-- office identity (id, level, region); device certificates carry those identities upward.

-- The office level and region a device was trusted for: fixed until the operator re-trusts it.
ALTER TABLE sync_devices ADD COLUMN bound_level TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_devices ADD COLUMN bound_region TEXT NOT NULL DEFAULT '';
UPDATE sync_devices SET
    bound_level = coalesce((SELECT level FROM offices WHERE offices.id = sync_devices.office_id), ''),
    bound_region = coalesce((SELECT region_code FROM offices WHERE offices.id = sync_devices.office_id), '');

-- A statement, signed by the issuing device, that a device key belongs to an office (id, level, region). This
-- device issues one for every device it trusts; those received in bundles are kept to relay them upward.
CREATE TABLE sync_certificates (
    device_id TEXT NOT NULL,
    issuer_device_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,          -- Ed25519 public key, base64 of the 32 raw bytes
    office_id TEXT NOT NULL,
    level TEXT NOT NULL,
    region_code TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    signature TEXT NOT NULL,            -- base64 Ed25519 signature by the issuer
    PRIMARY KEY (device_id, issuer_device_id)
);
CREATE INDEX sync_certificates_office ON sync_certificates(office_id);

-- A device's signature over the digests of records it made (at most a few hundred per attestation).
CREATE TABLE sync_attestations (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    digests TEXT NOT NULL,              -- JSON list of lower-case hex digests, as signed
    signature TEXT NOT NULL
);

-- Which attestation covers the version of each record now in the tables (kind: findings, evidence,
-- status_events, notes, audit, offices; record_id: the record's id). For the records this device attested, also
-- the record exactly as attested (its canonical JSON), so that exports pass on those bytes without building them
-- again; '' for records received (an export builds those from the tables and checks them against the digest).
-- A rowid table, not WITHOUT ROWID: rows carry up to a few kilobytes of content, and new ones are appended rather
-- than inserted among random keys (a store attests hundreds of thousands at its first export).
CREATE TABLE sync_record_origins (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    attestation_id TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX sync_record_origins_record ON sync_record_origins(kind, record_id);

-- Up to where this device's own records were attested (local change counter, audit sequence).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
