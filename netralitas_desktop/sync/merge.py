"""Merging a verified bundle into the store: the same result whatever the order, however often.

Rules (docs/bundle-format.md, "Merging"):
- findings and evidence are owned by their origin office and carry a version: a higher version replaces a lower
  one; the same version with other content is a conflict. Of two contents of one version, the one with the
  smaller content hash is kept in the tables and the other in `sync_conflicts`, so every store ends up showing
  the same one. A newer version of this office's own record is accepted only from this office's devices.
- status events, notes and audit entries never change: new ones are added; one that differs from what is here
  under the same identity is kept aside as a conflict.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from netralitas_desktop.data import audit
from netralitas_desktop.domain.model import new_id, utc_now
from netralitas_desktop.sync.format import BundleError, content_hash
from netralitas_desktop.sync.progress import Tracker
from netralitas_desktop.sync.records import (
    OFFICE_FIELDS,
    audit_record,
    evidence_record,
    finding_from_record,
    finding_record,
    note_record,
    office_record,
    status_event_record,
)
from netralitas_desktop.sync.verify import Bundle

ENTITY = {"findings": "finding", "evidence": "evidence", "status_events": "status_event", "notes": "note",
          "audit": "audit", "offices": "office"}
REPORTED_KINDS = ("findings", "evidence", "status_events", "notes", "audit", "offices")


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class _Action:
    kind: str
    action: str  # insert | update | swap (incoming replaces current; current kept as conflict) | conflict
    record: dict
    local: dict | None = None


@dataclass
class MergePlan:
    """What applying a bundle would do; computed inside the transaction that applies it."""

    counts: dict[str, EntityCounts] = field(default_factory=lambda: {k: EntityCounts() for k in REPORTED_KINDS})
    actions: list[_Action] = field(default_factory=list)
    new_blob_files: list[str] = field(default_factory=list)
    evidence_missing: int = 0

    @property
    def writes(self) -> bool:
        return bool(self.actions)


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable) -> list[dict]:
    cursor = conn.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _by_id(conn: sqlite3.Connection, table: str, ids: list[str], column: str = "id") -> dict[str, dict]:
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in _rows(conn, f"SELECT * FROM {table} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk):
            found[row[column]] = row
    return found


def _local_findings(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict]:
    rows = _by_id(conn, "findings", ids)
    subjects: dict[str, list[dict]] = {i: [] for i in rows}
    keys = list(rows)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for s in _rows(conn, f"SELECT * FROM subjects WHERE finding_id IN ({', '.join('?' * len(chunk))})", chunk):
            subjects[s["finding_id"]].append(s)
    return {i: finding_record(row, subjects[i]) for i, row in rows.items()}


def _known_conflicts(conn: sqlite3.Connection) -> set[tuple]:
    return {tuple(r) for r in conn.execute("SELECT entity, entity_id, version, content_hash FROM sync_conflicts")}


def plan_merge(store, conn: sqlite3.Connection, bundle: Bundle) -> MergePlan:
    """Classify every record of the bundle against the store (reads only)."""
    plan = MergePlan()
    records = bundle.records
    our_office = store.office.id
    signer_office = bundle.signer.office.get("id")
    known = _known_conflicts(conn)

    def conflict_known(kind: str, record: dict, entity_id: str | None = None) -> bool:
        version = record.get("version", 1) if kind != "audit" else record["device_seq"]
        return (ENTITY[kind], entity_id or record["id"], version, content_hash(record)) in known

    def versioned(kind: str, local_records: dict[str, dict]) -> None:
        counts = plan.counts[kind]
        for record in records[kind]:
            local = local_records.get(record["id"])
            if local is None:
                plan.actions.append(_Action(kind, "insert", record))
                counts.added += 1
                continue
            incoming, current = content_hash(record), content_hash(local)
            if incoming == current:
                counts.unchanged += 1
                continue
            ours = local["origin_office_id"] == our_office and signer_office != our_office
            if record["origin_office_id"] != local["origin_office_id"] or (
                    ours and record["version"] >= local["version"]):
                action = "conflict"
            elif record["version"] > local["version"]:
                action = "update"
            elif record["version"] < local["version"]:
                counts.unchanged += 1  # an older version: what we have already supersedes it
                continue
            else:
                action = "swap" if incoming < current else "conflict"
            if action == "conflict" and conflict_known(kind, record):
                counts.unchanged += 1
                continue
            plan.actions.append(_Action(kind, action, record, local))
            if action == "update":
                counts.updated += 1
            else:
                counts.conflicts += 1

    def immutable(kind: str, table: str, make) -> None:
        counts = plan.counts[kind]
        local_rows = _by_id(conn, table, [r["id"] for r in records[kind]])
        for record in records[kind]:
            row = local_rows.get(record["id"])
            if row is None:
                plan.actions.append(_Action(kind, "insert", record))
                counts.added += 1
            elif content_hash(make(row)) == content_hash(record) or conflict_known(kind, record):
                counts.unchanged += 1
            else:
                plan.actions.append(_Action(kind, "conflict", record, make(row)))
                counts.conflicts += 1

    _plan_offices(conn, bundle, plan, our_office)
    versioned("findings", _local_findings(conn, [r["id"] for r in records["findings"]]))
    versioned("evidence", {i: evidence_record(r) for i, r in
                           _by_id(conn, "evidence", [r["id"] for r in records["evidence"]]).items()})
    immutable("status_events", "status_events", status_event_record)
    immutable("notes", "notes", note_record)
    _plan_audit(store, conn, bundle, plan, conflict_known)

    applied_blobs = {a.record["sha256"] for a in plan.actions if a.kind == "evidence" and a.action != "conflict"}
    existing_blobs = set()
    shas = sorted({r["sha256"] for r in records["evidence"]})
    for start in range(0, len(shas), 500):
        chunk = shas[start:start + 500]
        existing_blobs |= {r[0] for r in conn.execute(
            f"SELECT sha256 FROM blobs WHERE sha256 IN ({', '.join('?' * len(chunk))})", chunk)}
    for sha in sorted(bundle.blobs):
        if not store.vault.has(sha) and (sha in applied_blobs or sha in existing_blobs):
            plan.new_blob_files.append(sha)
    for sha in sorted(applied_blobs | existing_blobs):
        if sha not in bundle.blobs and not store.vault.has(sha):
            plan.evidence_missing += 1
    return plan


def _plan_offices(conn: sqlite3.Connection, bundle: Bundle, plan: MergePlan, our_office: str) -> None:
    counts = plan.counts["offices"]
    local = {i: office_record(r) for i, r in _by_id(conn, "offices", [o["id"] for o in bundle.records["offices"]])
             .items()}
    source_office = bundle.manifest["source"]["office"]["id"]
    for record in bundle.records["offices"]:
        current = local.get(record["id"])
        if current is None:
            plan.actions.append(_Action("offices", "insert", record))
            counts.added += 1
        elif current == record or record["id"] == our_office or record["id"] != source_office:
            counts.unchanged += 1  # an office describes itself; nobody else changes its name or codes here
        else:
            last = conn.execute("SELECT bundle_created_at FROM sync_office_updates WHERE office_id = ?",
                                (record["id"],)).fetchone()
            if last is None or bundle.manifest["created_at"] > last[0]:
                plan.actions.append(_Action("offices", "update", record, current))
                counts.updated += 1
            else:
                counts.unchanged += 1


def _plan_audit(store, conn: sqlite3.Connection, bundle: Bundle, plan: MergePlan, conflict_known) -> None:
    counts = plan.counts["audit"]
    entries = bundle.records["audit"]
    by_id = {i: audit_record(r) for i, r in _by_id(conn, "audit_log", [e["id"] for e in entries]).items()}
    for entry in entries:
        entity_id = f"{entry['device_id']}:{entry['device_seq']}"
        local = by_id.get(entry["id"])
        if local is not None and local == entry:
            counts.unchanged += 1
            continue
        if local is None:
            rows = _rows(conn, "SELECT * FROM audit_log WHERE device_id = ? AND device_seq = ?",
                         (entry["device_id"], entry["device_seq"]))
            local = audit_record(rows[0]) if rows else None
            # Our own chain only grows here; an entry of this device we do not have is not ours to add.
            if local is None and entry["device_id"] != store.device_id:
                plan.actions.append(_Action("audit", "insert", entry))
                counts.added += 1
                continue
        if conflict_known("audit", entry, entity_id):
            counts.unchanged += 1
            continue
        plan.actions.append(_Action("audit", "conflict", entry, local))
        counts.conflicts += 1


# -- applying ----------------------------------------------------------------------------------------------------
def _conflict_row(kind: str, record: dict, current_hash: str, bundle_id: str, now: str) -> tuple:
    if kind == "audit":
        entity_id, version, finding_id, origin = (f"{record['device_id']}:{record['device_seq']}",
                                                  record["device_seq"], None, record["office_id"])
    else:
        entity_id, version = record["id"], record.get("version", 1)
        finding_id = record["id"] if kind == "findings" else record.get("finding_id")
        origin = record.get("origin_office_id", record["id"] if kind == "offices" else "")
    return (new_id(), ENTITY[kind], entity_id, finding_id, version, content_hash(record),
            json.dumps(record, ensure_ascii=False), current_hash, origin, bundle_id, now)


def _write_batched(store, conn: sqlite3.Connection, actions: list[_Action], now: str) -> None:
    """Evidence, status events and notes in bulk, numbered with one block of the local change counter."""
    if not actions:
        return
    local_seq = store.next_local_seq(conn, len(actions))
    rows: dict[tuple[str, str], list[dict]] = {}
    for offset, action in enumerate(actions):
        rows.setdefault((action.kind, action.action), []).append({**action.record, "local_seq": local_seq + offset})
    evidence = rows.get(("evidence", "insert"), []) + rows.get(("evidence", "update"), []) + \
        rows.get(("evidence", "swap"), [])
    conn.executemany("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                     [(r["sha256"], r["size"], r["mime_type"], now) for r in evidence])
    for (kind, action), batch in rows.items():
        table = "evidence" if kind == "evidence" else kind
        names = list(batch[0])
        if action == "insert":
            conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})",
                             batch)
        else:  # evidence only: status events and notes never change
            conn.executemany(f"UPDATE {table} SET {', '.join(f'{n} = :{n}' for n in names if n != 'id')} "
                             "WHERE id = :id", batch)


def apply_merge(store, conn: sqlite3.Connection, bundle: Bundle, plan: MergePlan, tracker: Tracker) -> None:
    """Carry out a plan inside the caller's transaction."""
    now = utc_now()
    conflicts: list[tuple] = []
    superseded: list[tuple] = []
    audit_entries: list[dict] = []
    batched: list[_Action] = []
    tracker.phase(0.25, len(plan.actions) or 1)
    for action in plan.actions:
        kind, record = action.kind, action.record
        if action.action == "conflict":
            conflicts.append(_conflict_row(kind, record, content_hash(action.local) if action.local else "",
                                           bundle.bundle_id, now))
        elif kind == "offices":
            values = [record[f] for f in OFFICE_FIELDS]
            conn.execute(f"INSERT OR REPLACE INTO offices ({', '.join(OFFICE_FIELDS)}) VALUES "
                         f"({', '.join('?' * len(OFFICE_FIELDS))})", values)
            if record["id"] == bundle.manifest["source"]["office"]["id"]:
                conn.execute("INSERT OR REPLACE INTO sync_office_updates VALUES (?, ?)",
                             (record["id"], bundle.manifest["created_at"]))
        elif kind == "findings":
            try:
                store.write_finding(conn, finding_from_record(record), insert=action.action == "insert")
            except sqlite3.IntegrityError as err:
                raise BundleError(f"Bundel ditolak: nomor register '{record['register_number']}' sudah dipakai "
                                  "temuan lain dari kantor yang sama. Hubungi kantor asal temuan.") from err
        elif kind in ("evidence", "status_events", "notes"):
            batched.append(action)
        elif kind == "audit":
            audit_entries.append(record)
        if action.action == "swap":
            conflicts.append(_conflict_row(kind, action.local, content_hash(record), bundle.bundle_id, now))
        if action.action in ("update", "swap") and kind in ("findings", "evidence"):
            superseded.append((now, ENTITY[kind], record["id"], record["version"]))
        tracker.advance()
    _write_batched(store, conn, batched, now)
    if audit_entries:
        # Entries from other devices keep their own chain hashes; the store numbers them locally (seq).
        audit.insert_entries(conn, sorted(audit_entries, key=lambda e: (e["device_id"], e["device_seq"])))
    conn.executemany("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = '', resolution = 'superseded' "
                     "WHERE entity = ? AND entity_id = ? AND version < ? AND resolved_at IS NULL", superseded)
    conn.executemany("INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, finding_id, version, "
                     "content_hash, content, current_hash, origin_office_id, bundle_id, detected_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", conflicts)
