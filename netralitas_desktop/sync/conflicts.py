"""Conflicts kept by imports: list them, compare the two versions, and resolve them.

Only the office that owns a record can make another version win: it writes the chosen content as a new,
higher version, which then replaces both versions everywhere the next bundles go. Any office can mark a
conflict as seen, keeping the version shown (`current`) or both (`both`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from netralitas_desktop.domain.errors import NotFoundError, ValidationError
from netralitas_desktop.domain.model import utc_now
from netralitas_desktop.sync.format import content_hash
from netralitas_desktop.sync.records import evidence_record, finding_from_record, finding_record

KEEP_CHOICES = ("current", "incoming", "both")
ENTITY_NAMES = {"finding": "temuan", "evidence": "bukti", "status_event": "riwayat status", "note": "catatan",
                "audit": "log audit", "office": "kantor"}


@dataclass
class Conflict:
    """Two versions of one record: `current` is in the tables, `incoming` was kept aside."""

    id: str
    entity: str
    entity_id: str
    finding_id: str | None
    version: int
    origin_office_id: str
    bundle_id: str
    detected_at: str
    incoming: dict
    current: dict | None
    differences: list[str]
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: str | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    def to_json(self) -> dict:
        return {**asdict(self), "open": self.open}


def _current_record(store, entity: str, entity_id: str) -> dict | None:
    db = store.database
    if entity == "finding":
        rows = db.query("SELECT * FROM findings WHERE id = ?", (entity_id,))
        if not rows:
            return None
        return finding_record(rows[0], db.query("SELECT * FROM subjects WHERE finding_id = ?", (entity_id,)))
    if entity == "evidence":
        rows = db.query("SELECT * FROM evidence WHERE id = ?", (entity_id,))
        return evidence_record(rows[0]) if rows else None
    if entity == "audit":
        device, _, seq = entity_id.rpartition(":")
        rows = db.query("SELECT * FROM audit_log WHERE device_id = ? AND device_seq = ?", (device, int(seq)))
        return {k: v for k, v in rows[0].items() if k != "seq"} if rows else None
    table = {"status_event": "status_events", "note": "notes", "office": "offices"}[entity]
    rows = db.query(f"SELECT * FROM {table} WHERE id = ?", (entity_id,))
    return {k: v for k, v in rows[0].items() if k != "local_seq"} if rows else None


def _differences(current: dict | None, incoming: dict) -> list[str]:
    if current is None:
        return sorted(incoming)
    return sorted(k for k in set(current) | set(incoming) if current.get(k) != incoming.get(k))


def _conflict(store, row: dict) -> Conflict:
    incoming = json.loads(row["content"])
    current = _current_record(store, row["entity"], row["entity_id"])
    return Conflict(id=row["id"], entity=row["entity"], entity_id=row["entity_id"], finding_id=row["finding_id"],
                    version=row["version"], origin_office_id=row["origin_office_id"], bundle_id=row["bundle_id"],
                    detected_at=row["detected_at"], incoming=incoming, current=current,
                    differences=_differences(current, incoming), resolved_at=row["resolved_at"],
                    resolved_by=row["resolved_by"], resolution=row["resolution"])


def list_conflicts(store, *, include_resolved: bool = False) -> list[Conflict]:
    """Conflicts kept by imports, oldest first; only open ones unless `include_resolved`."""
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    rows = store.database.query(f"SELECT * FROM sync_conflicts {where} ORDER BY detected_at, rowid")
    return [_conflict(store, row) for row in rows]


def get_conflict(store, conflict_id: str) -> Conflict:
    """One conflict by id or unique id prefix (≥ 4 characters)."""
    text = conflict_id.strip()
    rows = store.database.query("SELECT * FROM sync_conflicts WHERE id = ?", (text,))
    if not rows and len(text) >= 4:
        rows = store.database.query("SELECT * FROM sync_conflicts WHERE id LIKE ? LIMIT 2", (text + "%",))
    if not rows:
        raise NotFoundError(f"Konflik tidak ditemukan: '{text}'.")
    if len(rows) > 1:
        raise NotFoundError(f"'{text}' cocok dengan lebih dari satu konflik; tulis ID lebih lengkap.")
    return _conflict(store, rows[0])


def resolve_conflict(store, conflict_id: str, keep: str) -> Conflict:
    """Resolve a conflict: keep `current`, make `incoming` win (owner office only), or keep `both` versions."""
    if keep not in KEEP_CHOICES:
        raise ValidationError(f"Pilihan tidak dikenal: '{keep}' (pilih: {', '.join(KEEP_CHOICES)}).", "keep")
    conflict = get_conflict(store, conflict_id)
    if not conflict.open:
        raise ValidationError(f"Konflik ini sudah diselesaikan ({conflict.resolution}, {conflict.resolved_at}).",
                              "conflict")
    owner = conflict.origin_office_id == store.office.id and conflict.entity in ("finding", "evidence")
    if keep == "incoming" and not owner:
        what = ENTITY_NAMES.get(conflict.entity, conflict.entity)
        raise ValidationError(f"Hanya kantor asal {what} ini yang dapat memilih versi yang masuk; di sini pilih "
                              "'current' (pakai versi yang tampil) atau 'both' (simpan keduanya).", "keep")
    if keep in ("current", "incoming") and owner and conflict.current is None:
        raise ValidationError("Versi yang tampil tidak ada lagi; pilih 'both'.", "keep")
    now = utc_now()
    with store.database.transaction() as conn:
        if owner and keep in ("current", "incoming"):
            chosen = conflict.current if keep == "current" else conflict.incoming
            # A version above both makes the choice win in every store the next bundles reach.
            version = max(conflict.current["version"], conflict.incoming["version"]) + 1
            if conflict.entity == "finding":
                finding = finding_from_record({**chosen, "version": version})
                finding.updated_at, finding.updated_by = now, store.officer.name
                store.write_finding(conn, finding, insert=False)
            else:
                row = {**chosen, "version": version, "local_seq": store.next_local_seq(conn)}
                conn.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                             (row["sha256"], row["size"], row["mime_type"], now))
                conn.execute(f"UPDATE evidence SET {', '.join(f'{k} = :{k}' for k in row if k != 'id')} "
                             "WHERE id = :id", row)
        conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                     (now, store.officer.name, keep, conflict.id))
        store.record_audit(conn, "conflict.resolve", conflict.entity, conflict.entity_id,
                     {"conflict_id": conflict.id, "keep": keep, "version": conflict.version,
                      "incoming_hash": content_hash(conflict.incoming)})
    return get_conflict(store, conflict.id)
