"""Conflicts kept by imports: list them, compare the two versions, and resolve them.

Only the office that owns a record can make another version win: it writes the chosen content as a new,
higher version, which then replaces both versions everywhere the next bundles go. Any office can mark a
conflict as seen, keeping the version shown (`current`) or both (`both`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from netralitas_desktop.data import sync_conflicts
from netralitas_desktop.domain.errors import ValidationError
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
    found = sync_conflicts.current_rows(store, entity, entity_id)
    if found is None:
        return None
    row, subjects = found
    if entity == "finding":
        return finding_record(row, subjects)
    if entity == "evidence":
        return evidence_record(row)
    return {k: v for k, v in row.items() if k not in ("seq", "local_seq")}


def _differences(current: dict | None, incoming: dict) -> list[str]:
    if current is None:
        return sorted(incoming)
    return sorted(k for k in set(current) | set(incoming) if current.get(k) != incoming.get(k))


def _conflict(store, stored: sync_conflicts.StoredConflict) -> Conflict:
    incoming = json.loads(stored.content)
    current = _current_record(store, stored.entity, stored.entity_id)
    return Conflict(id=stored.id, entity=stored.entity, entity_id=stored.entity_id, finding_id=stored.finding_id,
                    version=stored.version, origin_office_id=stored.origin_office_id, bundle_id=stored.bundle_id,
                    detected_at=stored.detected_at, incoming=incoming, current=current,
                    differences=_differences(current, incoming), resolved_at=stored.resolved_at,
                    resolved_by=stored.resolved_by, resolution=stored.resolution)


def list_conflicts(store, *, include_resolved: bool = False) -> list[Conflict]:
    """Conflicts kept by imports, oldest first; only open ones unless `include_resolved`."""
    return [_conflict(store, c) for c in sync_conflicts.conflicts(store, include_resolved=include_resolved)]


def get_conflict(store, conflict_id: str) -> Conflict:
    """One conflict by id or unique id prefix (≥ 4 characters)."""
    return _conflict(store, sync_conflicts.find_conflict(store, conflict_id.strip()))


def resolve_conflict(store, conflict_id: str, keep: str) -> Conflict:
    """Resolve a conflict: keep `current`, make `incoming` win (owner office only), or keep `both` versions."""
    if keep not in KEEP_CHOICES:
        raise ValidationError(f"Pilihan tidak dikenal: '{keep}' (pilih: {', '.join(KEEP_CHOICES)}).", "keep")
    stored = sync_conflicts.find_conflict(store, conflict_id.strip())
    conflict = _conflict(store, stored)
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
    new_finding = new_evidence = None
    if owner and keep in ("current", "incoming"):
        assert conflict.current is not None  # refused above
        chosen = conflict.current if keep == "current" else conflict.incoming
        # A version above both makes the choice win in every store the next bundles reach.
        version = max(conflict.current["version"], conflict.incoming["version"]) + 1
        if conflict.entity == "finding":
            new_finding = finding_from_record({**chosen, "version": version})
            new_finding.updated_at, new_finding.updated_by = now, store.officer.name
        else:
            new_evidence = {**chosen, "version": version}
    sync_conflicts.resolve(store, stored, keep, now, {
        "conflict_id": conflict.id, "keep": keep, "version": conflict.version,
        "incoming_hash": content_hash(conflict.incoming)}, new_finding=new_finding, new_evidence=new_evidence)
    return get_conflict(store, conflict.id)
