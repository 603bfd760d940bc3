"""This device signs what it made: attestations over its own new or changed records, and certificates for the
devices it trusts. Both run inside an export's transaction, just before the records are selected.

A store made before format 2 has nothing signed yet: its first export attests every record this device made, with
this device's own key (the migration of existing stores), and certifies every device it already trusted. Records
that arrived from other offices under format 1 carry no proof of their origin and are not relayed.
"""

from __future__ import annotations

import base64
from typing import Any

from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data.keys import public_key_text
from netralitas_desktop.data.sync_origins import Attestation, Certificate, OriginTables, RecordOrigin
from netralitas_desktop.data.sync_reader import Selection, SyncReader
from netralitas_desktop.data.sync_tables import TrustedDevice
from netralitas_desktop.domain.model import new_id, utc_now
from netralitas_desktop.sync.authority import OfficeIdentity
from netralitas_desktop.sync.format import (
    ATTESTATION_PREFIX,
    CERTIFICATE_PREFIX,
    canonical_and_hash,
    record_digest,
    signed_bytes,
)
from netralitas_desktop.sync.origins import sign_statement
from netralitas_desktop.sync.progress import Tracker
from netralitas_desktop.sync.records import (
    audit_record,
    evidence_record,
    finding_record,
    note_record,
    office_record,
    status_event_record,
)

# Records per attestation: a relay carries a record's whole attestation (64 hex digits per record listed), so
# small enough to be cheap to carry, large enough that signatures stay few.
ATTESTATION_SIZE = 256
_MAKE = {"evidence": evidence_record, "status_events": status_event_record, "notes": note_record}


def attest_own_records(store, reader: SyncReader, origins: OriginTables, private_key, tracker: Tracker) -> int:
    """Sign every record this device made or changed since it last did; returns how many it signed."""
    latest = origins.latest_attestation_of(store.device_id)
    public_key = public_key_text(private_key.public_key())
    if latest is not None and not device_keys.signature_valid(
            public_key, signed_bytes(ATTESTATION_PREFIX, latest.to_json()), base64.b64decode(latest.signature)):
        origins.forget_attestations_of(store.device_id)  # the device's key was replaced: sign everything anew
    since_local, since_audit = origins.attested_up_to()
    until_local, until_audit = reader.local_seq(), reader.audit_seq()
    office, device = store.office.id, store.device_id
    everything = Selection()
    made: list[tuple[str, Any, dict]] = []  # (kind, row with its attested digest, record)

    rows = [r for r in reader.changed_findings(since_local, everything) if r["origin_office_id"] == office]
    subjects = reader.subjects_of(r["id"] for r in rows)
    made += [("findings", r, finding_record(r, subjects.get(r["id"], []))) for r in rows]
    tracker.check()
    for kind in ("evidence", "status_events", "notes"):
        mine = "origin_office_id" if kind == "evidence" else "origin_device_id"
        wanted = office if kind == "evidence" else device
        made += [(kind, r, _MAKE[kind](r)) for r in reader.changed_children(kind, since_local, everything)
                 if r[mine] == wanted]
    made += [("audit", r, audit_record(r)) for r in reader.changed_audit(since_audit, everything)
             if r["device_id"] == device]
    made += [("offices", r, office_record(r)) for r in reader.rows_by_id("offices", [office], proved=True).values()]
    tracker.check()

    pending: list[tuple[str, str, str, str]] = []  # (kind, record id, digest, content)
    for kind, row, record in made:
        content, sha = canonical_and_hash(record)
        digest = record_digest(kind, sha)
        if row["attested_digest"] != digest:
            pending.append((kind, record["id"], digest, content))

    signed_at = utc_now()
    attestations, covered = [], []
    for start in range(0, len(pending), ATTESTATION_SIZE):
        chunk = pending[start:start + ATTESTATION_SIZE]
        statement = {"id": new_id(), "device_id": device, "signed_at": signed_at,
                     "digests": [digest for _, _, digest, _ in chunk]}
        signature = sign_statement(private_key, ATTESTATION_PREFIX, statement)
        attestations.append(Attestation(statement["id"], device, signed_at, tuple(statement["digests"]), signature))
        covered += [RecordOrigin(kind, record_id, digest, statement["id"], content)
                    for kind, record_id, digest, content in chunk]
    origins.add_attestations(attestations)
    origins.set_origins(covered)
    origins.set_attested_up_to(until_local, until_audit)
    return len(covered)


def certify_trusted_devices(store, origins: OriginTables, trusted: list[TrustedDevice], private_key) -> None:
    """Issue this device's certificate for every trusted device that lacks one (or whose binding changed)."""
    issued = {(c.device_id, c.office_id, c.level, c.region_code) for c in origins.certificates()
              if c.issuer_device_id == store.device_id}
    now = utc_now()
    fresh = []
    for device in trusted:
        if not device.bound_level or (device.device_id, device.office_id, device.bound_level,
                                      device.bound_region) in issued:
            continue
        office = OfficeIdentity(device.office_id, device.bound_level, device.bound_region)
        fresh.append(certificate_for(store.device_id, private_key, device.device_id, device.signing_key, office, now))
    origins.add_certificates(fresh)


def certificate_for(issuer_device_id: str, private_key, device_id: str, signing_key: str, office: OfficeIdentity,
                    now: str) -> Certificate:
    """A certificate, signed by the issuing device, that binds a device key to an office identity."""
    statement = {"device_id": device_id, "signing_key": signing_key, "office_id": office.id, "level": office.level,
                 "region_code": office.region_code, "issuer_device_id": issuer_device_id, "issued_at": now}
    return Certificate(**statement, signature=sign_statement(private_key, CERTIFICATE_PREFIX, statement))
