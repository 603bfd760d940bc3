"""What this store has sent and received: the export ledger, imported bundles, and trusted devices."""

from __future__ import annotations

import json

from netralitas_desktop.domain.errors import NotFoundError


def exports(store) -> list[dict]:
    """Every bundle written by this device, oldest first: sequence, time, destination, counts, file hash."""
    rows = store.database.query(
        "SELECT e.*, o.name AS destination_name FROM sync_exports e LEFT JOIN offices o ON o.id = e.destination "
        "ORDER BY e.sequence")
    for row in rows:
        row["counts"] = json.loads(row["counts"])
        row["recipients"] = json.loads(row["recipients"])
        row["full"] = bool(row["full"])
    return rows


def imports(store) -> list[dict]:
    """Every bundle imported here, oldest first, with the source office's name."""
    rows = store.database.query(
        "SELECT i.bundle_id, i.device_id, i.sequence, i.source_office_id, o.name AS source_office_name, "
        "i.created_at, i.imported_at, i.imported_by, i.file_sha256, i.report FROM sync_imports i "
        "LEFT JOIN offices o ON o.id = i.source_office_id ORDER BY i.imported_at, i.rowid")
    for row in rows:
        report = json.loads(row.pop("report"))
        row["counts"] = report.get("counts", {})
        row["evidence_files"] = report.get("evidence_files", 0)
    return rows


def trusted_devices(store) -> list[dict]:
    """Devices whose bundles this store accepts, with their office and fingerprint."""
    return store.database.query(
        "SELECT d.device_id, d.office_id, o.name AS office_name, o.level AS office_level, "
        "o.region_code AS office_region, d.fingerprint, d.signing_key, d.age_recipient, d.trusted_at, "
        "d.trusted_by, d.last_sequence, d.last_imported_at FROM sync_devices d "
        "LEFT JOIN offices o ON o.id = d.office_id ORDER BY o.level, o.name, d.device_id")


def forget_device(store, device_id: str) -> dict:
    """Stop trusting a device (by id or unique prefix); its next bundle needs trusting again."""
    text = device_id.strip()
    rows = store.database.query("SELECT * FROM sync_devices WHERE device_id = ? OR "
                                "(length(?) >= 4 AND device_id LIKE ?)", (text, text, text + "%"))
    if not rows:
        raise NotFoundError(f"Perangkat tidak dikenal: '{text}'.")
    if len(rows) > 1:
        raise NotFoundError(f"'{text}' cocok dengan lebih dari satu perangkat; tulis ID lebih lengkap.")
    device = rows[0]
    with store.database.transaction() as conn:
        conn.execute("DELETE FROM sync_devices WHERE device_id = ?", (device["device_id"],))
        store.record_audit(conn, "device.forget", "device", device["device_id"],
                     {"office_id": device["office_id"], "fingerprint": device["fingerprint"]})
    return device
