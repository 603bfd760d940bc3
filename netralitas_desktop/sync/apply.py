"""Carrying out a merge plan through the data layer's writer, inside the import's transaction."""

from __future__ import annotations

from netralitas_desktop.data.merge_writer import ConflictRow, MergeWriter
from netralitas_desktop.domain.model import new_id, utc_now
from netralitas_desktop.sync.format import content_hash
from netralitas_desktop.sync.merge import ENTITY, Action, MergePlan
from netralitas_desktop.sync.progress import Tracker
from netralitas_desktop.sync.records import finding_from_record
from netralitas_desktop.sync.verify import Bundle


def _conflict(kind: str, record: dict, current_hash: str, bundle_id: str, now: str) -> ConflictRow:
    if kind == "audit":
        entity_id, version, finding_id, origin = (f"{record['device_id']}:{record['device_seq']}",
                                                  record["device_seq"], None, record["office_id"])
    else:
        entity_id, version = record["id"], record.get("version", 1)
        finding_id = record["id"] if kind == "findings" else record.get("finding_id")
        origin = record.get("origin_office_id", record["id"] if kind == "offices" else "")
    return ConflictRow(new_id(), ENTITY[kind], entity_id, finding_id, version, content_hash(record), record,
                       current_hash, origin, bundle_id, now)


def apply_merge(store, writer: MergeWriter, bundle: Bundle, plan: MergePlan, tracker: Tracker) -> None:
    """Write what the plan decided; every written record keeps the attestation that proves its origin."""
    now = utc_now()
    conflicts: list[ConflictRow] = []
    superseded: list[tuple[str, str, int]] = []
    audit_entries: list[dict] = []
    children: list[tuple[str, str, dict]] = []
    origins = list(plan.healed_origins)
    new_findings: list = []
    tracker.phase(0.25, len(plan.actions) or 1)
    for action in plan.actions:
        _apply_one(writer, action, conflicts, children, audit_entries, new_findings, bundle.bundle_id, now)
        if action.action != "conflict" and action.origin is not None:
            origins.append(action.origin)
        if action.action in ("update", "swap") and action.kind in ("findings", "evidence"):
            superseded.append((ENTITY[action.kind], action.record["id"], action.record["version"]))
        tracker.advance()
    writer.insert_findings(new_findings)
    writer.write_children(children, now)
    writer.insert_audit_entries(audit_entries)
    writer.supersede_conflicts(superseded, now)
    writer.add_conflicts(conflicts)
    writer.origins.add_attestations(plan.attestations)
    writer.origins.set_origins(origins)
    writer.origins.add_certificates(plan.certificates)


def _apply_one(writer: MergeWriter, action: Action, conflicts: list, children: list, audit_entries: list,
               new_findings: list, bundle_id: str, now: str) -> None:
    kind, record = action.kind, action.record
    if action.action == "conflict":
        conflicts.append(_conflict(kind, record, content_hash(action.local) if action.local else "", bundle_id, now))
        return
    if kind == "offices":
        writer.upsert_office(record)
    elif kind == "findings" and action.action == "insert":
        new_findings.append(action.finding or finding_from_record(record))  # written together, in bulk
    elif kind == "findings":
        writer.write_finding(action.finding or finding_from_record(record), insert=False)
    elif kind in ("evidence", "status_events", "notes"):
        children.append((kind, "insert" if action.action == "insert" else "update", record))
    elif kind == "audit":
        audit_entries.append(record)
    if action.action == "swap" and action.local is not None:  # the version it replaces is kept aside
        conflicts.append(_conflict(kind, action.local, content_hash(record), bundle_id, now))
