"""The sync tables a store keeps about other devices and about bundles: trusted devices (and the identity each
was trusted for), the export ledger, evidence files already sent, bundles imported, and offices known.

The sync engine (`netralitas_desktop.sync`) reads and writes them only through these functions and through
`merge_writer.MergeWriter` (inside an import's transaction); it holds no SQL of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netralitas_desktop.domain.errors import NotFoundError

if TYPE_CHECKING:  # the store module imports the sync work dir, which needs nothing from here; types only
    from netralitas_desktop.data.store import Store

Row = dict[str, Any]


def _rows(store: Store, sql: str, params: Sequence[object] = ()) -> list[Row]:
    return [dict(row) for row in store.database.query(sql, params)]


def _scalar(store: Store, sql: str, params: Sequence[object] = ()) -> Any:
    return store.database.scalar(sql, params)


@dataclass(frozen=True)
class TrustedDevice:
    """A device whose bundles this store accepts, with the office identity it was trusted for."""

    device_id: str
    office_id: str
    signing_key: str
    fingerprint: str
    age_recipient: str
    bound_level: str  # the office level and region it was trusted for (fixed until re-trusted)
    bound_region: str
    trusted_at: str
    trusted_by: str
    last_sequence: int
    last_imported_at: str | None


@dataclass(frozen=True)
class LedgerEntry:
    """One bundle written by this device (a row of the export ledger)."""

    sequence: int
    bundle_id: str
    destination: str  # '' for the level above, else the office id of a return bundle
    created_at: str
    created_by: str
    full: bool
    since_local_seq: int
    until_local_seq: int
    since_audit_seq: int
    until_audit_seq: int
    counts: dict[str, int]
    recipients: list[str]
    file_name: str
    size: int
    sha256: str
    manifest_sha256: str


# -- devices --------------------------------------------------------------------------------------------------
def _device(row: Row) -> TrustedDevice:
    return TrustedDevice(**{name: row[name] for name in TrustedDevice.__dataclass_fields__})


def trusted_device(store: Store, device_id: str) -> TrustedDevice | None:
    """The trusted device with this id, or None."""
    rows = _rows(store, "SELECT * FROM sync_devices WHERE device_id = ?", (device_id,))
    return _device(rows[0]) if rows else None


def trusted_device_list(store: Store) -> list[TrustedDevice]:
    """Every trusted device, with the identity it was trusted for."""
    return [_device(r) for r in _rows(store, "SELECT * FROM sync_devices ORDER BY device_id")]


def trusted_devices(store: Store) -> list[Row]:
    """Devices whose bundles this store accepts, with their office's name, level and region."""
    return _rows(
        store,
        "SELECT d.device_id, d.office_id, o.name AS office_name, d.bound_level AS office_level, "
        "d.bound_region AS office_region, d.fingerprint, d.signing_key, d.age_recipient, d.trusted_at, "
        "d.trusted_by, d.last_sequence, d.last_imported_at FROM sync_devices d "
        "LEFT JOIN offices o ON o.id = d.office_id ORDER BY o.level, o.name, d.device_id")


def find_trusted_device(store: Store, text: str) -> Row:
    """A trusted device by id or unique id prefix (≥ 4 characters); NotFoundError otherwise."""
    rows = _rows(store, "SELECT * FROM sync_devices WHERE device_id = ? OR "
                                "(length(?) >= 4 AND device_id LIKE ?)", (text, text, text + "%"))
    if not rows:
        raise NotFoundError(f"Perangkat tidak dikenal: '{text}'.")
    if len(rows) > 1:
        raise NotFoundError(f"'{text}' cocok dengan lebih dari satu perangkat; tulis ID lebih lengkap.")
    return rows[0]


def forget_device(store: Store, device: Row) -> None:
    """Stop trusting a device and withdraw the certificate this device issued for it (one transaction, audited)."""
    with store.database.transaction() as conn:
        conn.execute("DELETE FROM sync_devices WHERE device_id = ?", (device["device_id"],))
        conn.execute("DELETE FROM sync_certificates WHERE device_id = ? AND issuer_device_id = ?",
                     (device["device_id"], store.device_id))
        store.record_audit(conn, "device.forget", "device", device["device_id"],
                           {"office_id": device["office_id"], "fingerprint": device["fingerprint"]})


def age_recipients_of_office(store: Store, office_id: str) -> list[str]:
    """The age keys of the trusted devices of an office (where its return bundles are encrypted to)."""
    rows = _rows(store, "SELECT age_recipient FROM sync_devices WHERE office_id = ? AND age_recipient != ''"
                                " ORDER BY device_id", (office_id,))
    return [r["age_recipient"] for r in rows]


# -- offices --------------------------------------------------------------------------------------------------
def offices_matching(store: Store, text: str) -> list[Row]:
    """Offices known here (own, or from imported bundles) by id, region code or id prefix (≥ 4 characters)."""
    rows = _rows(store, "SELECT * FROM offices WHERE id = ? OR region_code = ?", (text, text))
    if not rows and len(text) >= 4:
        rows = _rows(store, "SELECT * FROM offices WHERE id LIKE ?", (text + "%",))
    return rows


# -- the export ledger ----------------------------------------------------------------------------------------
def last_export(store: Store, destination: str) -> LedgerEntry | None:
    """The latest bundle written to a destination ('' for the level above), or None."""
    rows = _rows(store, "SELECT * FROM sync_exports WHERE destination = ? ORDER BY sequence DESC LIMIT 1",
                                (destination,))
    return _ledger_entry(rows[0]) if rows else None


def next_export_sequence(store: Store) -> int:
    return int(_scalar(store, "SELECT max(sequence) FROM sync_exports") or 0) + 1


def _ledger_entry(row: Row) -> LedgerEntry:
    values = {name: row[name] for name in LedgerEntry.__dataclass_fields__}
    values.update(counts=json.loads(row["counts"]), recipients=json.loads(row["recipients"]), full=bool(row["full"]))
    return LedgerEntry(**values)


def record_export(store: Store, entry: LedgerEntry, blobs_sent: list[str], encrypted: bool) -> None:
    """Add a bundle to the ledger with the evidence files it carried, audited, in one transaction."""
    row = {name: getattr(entry, name) for name in LedgerEntry.__dataclass_fields__}
    row.update(full=int(entry.full), counts=json.dumps(entry.counts), recipients=json.dumps(entry.recipients))
    with store.database.transaction() as conn:
        conn.execute(f"INSERT INTO sync_exports ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
        conn.executemany("INSERT OR REPLACE INTO sync_blobs_sent VALUES (?, ?, ?)",
                         [(entry.destination, sha, entry.sequence) for sha in blobs_sent])
        store.record_audit(conn, "bundle.export", "bundle", entry.bundle_id, {
            "sequence": entry.sequence, "full": entry.full, "destination": entry.destination,
            "counts": entry.counts, "sha256": entry.sha256, "encrypted": encrypted})


def exports(store: Store) -> list[Row]:
    """Every bundle written by this device, oldest first: sequence, time, destination, counts, file hash."""
    rows = _rows(
        store,
        "SELECT e.*, o.name AS destination_name FROM sync_exports e LEFT JOIN offices o ON o.id = e.destination "
        "ORDER BY e.sequence")
    for row in rows:
        row["counts"] = json.loads(row["counts"])
        row["recipients"] = json.loads(row["recipients"])
        row["full"] = bool(row["full"])
    return rows


# -- bundles imported -----------------------------------------------------------------------------------------
def imports(store: Store) -> list[Row]:
    """Every bundle imported here, oldest first, with the source office's name."""
    rows = _rows(
        store,
        "SELECT i.bundle_id, i.device_id, i.sequence, i.source_office_id, o.name AS source_office_name, "
        "i.created_at, i.imported_at, i.imported_by, i.file_sha256, i.report FROM sync_imports i "
        "LEFT JOIN offices o ON o.id = i.source_office_id ORDER BY i.imported_at, i.rowid")
    for row in rows:
        report = json.loads(row.pop("report"))
        row["counts"] = report.get("counts", {})
        row["evidence_files"] = report.get("evidence_files", 0)
    return rows


def imported_manifest_sha256(store: Store, bundle_id: str) -> str | None:
    """The SHA-256 of the manifest of the bundle imported under this id, or None."""
    found: str | None = _scalar(store, "SELECT manifest_sha256 FROM sync_imports WHERE bundle_id = ?", (bundle_id,))
    return found


def has_imported(store: Store, device_id: str, sequence: int) -> bool:
    """Whether the bundle with this sequence from this device was imported here."""
    return bool(_scalar(store, "SELECT 1 FROM sync_imports WHERE device_id = ? AND sequence = ?",
                                      (device_id, sequence)))
