"""The conflicts table: versions an import kept aside, read back for listing, and marked resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netralitas_desktop.data import readings
from netralitas_desktop.domain.errors import NotFoundError
from netralitas_desktop.domain.model import Finding

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

Row = dict[str, Any]


def _rows(store: Store, sql: str, params: tuple[object, ...] = ()) -> list[Row]:
    return [dict(row) for row in store.database.query(sql, params)]

# Where the record a conflict is about lives now.
_TABLES = {"status_event": "status_events", "note": "notes", "office": "offices"}


@dataclass(frozen=True)
class StoredConflict:
    """A conflict as kept: `content` is the JSON text of the version not in the tables."""

    id: str
    entity: str
    entity_id: str
    finding_id: str | None
    version: int
    content_hash: str
    content: str
    current_hash: str
    origin_office_id: str
    bundle_id: str
    detected_at: str
    resolved_at: str | None
    resolved_by: str | None
    resolution: str | None


def _conflict(row: Row) -> StoredConflict:
    return StoredConflict(**{name: row[name] for name in StoredConflict.__dataclass_fields__})


def conflicts(store: Store, *, include_resolved: bool = False) -> list[StoredConflict]:
    """Conflicts kept by imports, oldest first; only open ones unless `include_resolved`."""
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    return [_conflict(r) for r in _rows(store,
        f"SELECT * FROM sync_conflicts {where} ORDER BY detected_at, rowid")]


def find_conflict(store: Store, text: str) -> StoredConflict:
    """One conflict by id or unique id prefix (≥ 4 characters); NotFoundError otherwise."""
    rows = _rows(store, "SELECT * FROM sync_conflicts WHERE id = ?", (text,))
    if not rows and len(text) >= 4:
        rows = _rows(store, "SELECT * FROM sync_conflicts WHERE id LIKE ? LIMIT 2", (text + "%",))
    if not rows:
        raise NotFoundError(f"Konflik tidak ditemukan: '{text}'.")
    if len(rows) > 1:
        raise NotFoundError(f"'{text}' cocok dengan lebih dari satu konflik; tulis ID lebih lengkap.")
    return _conflict(rows[0])


def current_rows(store: Store, entity: str, entity_id: str) -> tuple[Row, list[Row]] | None:
    """The row now in the tables for a conflict's record (with the subject rows of a finding), or None."""
    if entity == "finding":
        rows = _rows(store, "SELECT * FROM findings WHERE id = ?", (entity_id,))
        subjects = _rows(store, "SELECT * FROM subjects WHERE finding_id = ? ORDER BY seq", (entity_id,))
        return (rows[0], subjects) if rows else None
    if entity == "evidence":
        rows = _rows(store, "SELECT * FROM evidence WHERE id = ?", (entity_id,))
    elif entity == "audit":
        device, _, seq = entity_id.rpartition(":")
        rows = _rows(store, "SELECT * FROM audit_log WHERE device_id = ? AND device_seq = ?", (device, int(seq)))
    else:
        rows = _rows(store, f"SELECT * FROM {_TABLES[entity]} WHERE id = ?", (entity_id,))
    return (rows[0], []) if rows else None


def resolve(store: Store, conflict: StoredConflict, keep: str, now: str, details: Row, *,
            new_finding: Finding | None = None, new_evidence: Row | None = None) -> None:
    """Mark a conflict resolved, first writing the owner's chosen version (a finding, or an evidence row) as a
    new, higher version when one is given; one transaction, audited with `details`."""
    with store.database.transaction() as conn:
        if new_finding is not None:
            store.write_finding(conn, new_finding, insert=False)
        if new_evidence is not None:
            row = {**readings.evidence_row(new_evidence), "local_seq": store.next_local_seq(conn)}
            conn.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                         (row["sha256"], row["size"], row["mime_type"], now))
            conn.execute(f"UPDATE evidence SET {', '.join(f'{k} = :{k}' for k in row if k != 'id')} WHERE id = :id",
                         row)
        conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                     (now, store.officer.name, keep, conflict.id))
        store.record_audit(conn, "conflict.resolve", conflict.entity, conflict.entity_id, details)
