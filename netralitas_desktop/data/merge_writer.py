"""Writing what an import brings, inside the import's one transaction: offices, finding versions, evidence,
status events, notes, audit entries of other devices, conflicts kept aside, the trusted device and the import
record. The sync engine decides what to write (merge planning); this module only writes it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netralitas_desktop.data import audit, numbers, readings
from netralitas_desktop.data.rows import SUBJECT_COLUMNS, finding_row, subject_rows
from netralitas_desktop.data.sync_origins import OriginTables
from netralitas_desktop.data.sync_reader import SyncReader
from netralitas_desktop.domain.model import Finding

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

Row = dict[str, Any]

OFFICE_COLUMNS = ("id", "name", "level", "region_code", "address", "office_code")
CHILD_TABLES = {"evidence": "evidence", "status_events": "status_events", "notes": "notes"}


@dataclass(frozen=True)
class ConflictRow:
    """A version kept aside (not in the tables) because it disagrees with the one kept."""

    id: str
    entity: str  # finding | evidence | status_event | note | audit | office
    entity_id: str
    finding_id: str | None
    version: int
    content_hash: str
    content: Row
    current_hash: str
    origin_office_id: str
    bundle_id: str
    detected_at: str


@dataclass(frozen=True)
class ImportRecord:
    """The row that marks a bundle as imported here."""

    bundle_id: str
    manifest_sha256: str
    device_id: str
    sequence: int
    source_office_id: str
    created_at: str
    imported_at: str
    imported_by: str
    file_sha256: str
    report: Row


class MergeWriter:
    """The writes of one import, on the connection of its open transaction."""

    def __init__(self, store: Store, conn: sqlite3.Connection):
        self.store = store
        self.conn = conn
        self.reader = SyncReader(conn)
        self.origins = OriginTables(conn)

    def upsert_office(self, record: Row) -> None:
        self.conn.execute(f"INSERT OR REPLACE INTO offices ({', '.join(OFFICE_COLUMNS)}) VALUES "
                          f"({', '.join('?' * len(OFFICE_COLUMNS))})", [record[c] for c in OFFICE_COLUMNS])

    def write_finding(self, finding: Finding, *, insert: bool) -> None:
        """A finding version with its subjects and search entry (numbered with the local change counter)."""
        self.store.write_finding(self.conn, finding, insert=insert)

    def insert_findings(self, findings: list[Finding]) -> None:
        """New findings in bulk, as `write_finding` would write each: rows numbered with one block of the local
        change counter, their subjects, their search entries (an import brings thousands at once)."""
        if not findings:
            return
        first = self.store.next_local_seq(self.conn, len(findings))
        rows = [{**finding_row(f), "local_seq": first + offset} for offset, f in enumerate(findings)]
        names = list(rows[0])
        self.conn.executemany(f"INSERT INTO findings ({', '.join(names)}) VALUES "
                              f"({', '.join(':' + n for n in names)})", rows)
        self.conn.executemany(f"INSERT INTO subjects ({', '.join(SUBJECT_COLUMNS)}) VALUES "
                              f"({', '.join(':' + c for c in SUBJECT_COLUMNS)})",
                              [s for f in findings for s in subject_rows(f)])
        rowids = dict(self.conn.execute("SELECT id, rowid FROM findings WHERE id IN (SELECT value FROM json_each(?))",
                                        (json.dumps([f.id for f in findings]),)))
        documents = [(rowids[f.id], self.store.search_document(f)) for f in findings]
        columns = list(documents[0][1])
        self.conn.executemany(f"INSERT INTO findings_fts (rowid, {', '.join(columns)}) VALUES "
                              f"(?, {', '.join('?' * len(columns))})",
                              [(rowid, *document.values()) for rowid, document in documents])

    def write_children(self, writes: list[tuple[str, str, Row]], now: str) -> None:
        """(kind, insert|update, row) of evidence, status events and notes, in bulk, numbered with one block of
        the local change counter; evidence brings its `blobs` row."""
        if not writes:
            return
        local_seq = self.store.next_local_seq(self.conn, len(writes))
        batches: dict[tuple[str, str], list[Row]] = {}
        for offset, (kind, action, row) in enumerate(writes):
            if kind == "evidence":
                row = readings.evidence_row(row)  # the origin's reading, carried in the record, as columns
            batches.setdefault((kind, action), []).append({**row, "local_seq": local_seq + offset})
        evidence = batches.get(("evidence", "insert"), []) + batches.get(("evidence", "update"), [])
        self.conn.executemany("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                              [(r["sha256"], r["size"], r["mime_type"], now) for r in evidence])
        # Pictures brought without a reading wait for this store's own (OCR); those read by their origin do not.
        readings.queue_pictures(self.conn, [(r["sha256"], r["mime_type"]) for r in evidence
                                            if not r.get("removed_at") and r["reading_text"] is None])
        for (kind, action), rows in batches.items():
            table, names = CHILD_TABLES[kind], list(rows[0])
            if action == "insert":
                self.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                      f"({', '.join(':' + n for n in names)})", rows)
            else:  # only evidence changes: status events and notes never do
                self.conn.executemany(f"UPDATE {table} SET {', '.join(f'{n} = :{n}' for n in names if n != 'id')} "
                                      "WHERE id = :id", rows)
        # The origin's readings are kept and searched like this store's own, and a removal brought by the bundle
        # stops the words read from that picture finding its finding.
        carried = readings.adopt_carried_readings(self.conn, evidence, now)
        readings.refresh_search(self.conn, carried + [r["finding_id"] for r in batches.get(("evidence", "update"), [])
                                                      if r.get("removed_at")])

    def insert_audit_entries(self, entries: list[Row]) -> None:
        """Entries of other devices' chains, with their own hashes (numbered locally by `seq`); the blocks of Form
        A numbers handed to this office come as such entries and are kept for numbering."""
        if entries:
            audit.insert_entries(self.conn, sorted(entries, key=lambda e: (e["device_id"], e["device_seq"])))
            numbers.adopt_blocks(self.store, self.conn, entries)

    def supersede_conflicts(self, superseded: list[tuple[str, str, int]], now: str) -> None:
        """Close the open conflicts of (entity, entity_id) older than `version`: a newer version arrived."""
        self.conn.executemany("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = '', resolution = "
                              "'superseded' WHERE entity = ? AND entity_id = ? AND version < ? AND resolved_at IS NULL",
                              [(now, *s) for s in superseded])

    def add_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, finding_id, version, content_hash, content, "
            "current_hash, origin_office_id, bundle_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.entity, c.entity_id, c.finding_id, c.version, c.content_hash,
              json.dumps(c.content, ensure_ascii=False), c.current_hash, c.origin_office_id, c.bundle_id,
              c.detected_at) for c in conflicts])

    def trust_device(self, *, device_id: str, office_id: str, level: str, region_code: str, signing_key: str,
                     fingerprint: str, age_recipient: str, sequence: int, now: str, bundle_id: str) -> None:
        """Trust a new device for one office identity (the operator compared its fingerprint); audited."""
        self.conn.execute(
            "INSERT INTO sync_devices (device_id, office_id, signing_key, fingerprint, age_recipient, bound_level, "
            "bound_region, trusted_at, trusted_by, last_sequence, last_imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (device_id, office_id, signing_key, fingerprint, age_recipient, level, region_code, now,
             self.store.officer.name, sequence, now))
        self.audit("device.trust", "device", device_id,
                   {"office_id": office_id, "level": level, "region_code": region_code, "fingerprint": fingerprint,
                    "bundle_id": bundle_id})

    def rebind_office(self, office_id: str, level: str, region_code: str, *, was: tuple[str, str],
                      bundle_id: str) -> None:
        """The operator re-trusted an office for a new level or region: every trusted device of it follows."""
        self.conn.execute("UPDATE sync_devices SET bound_level = ?, bound_region = ? WHERE office_id = ?",
                          (level, region_code, office_id))
        self.audit("office.retrust", "office", office_id, {"dari": {"level": was[0], "region_code": was[1]},
                                                          "menjadi": {"level": level, "region_code": region_code},
                                                          "bundle_id": bundle_id})

    def devices_of_office(self, office_id: str) -> list[Row]:
        cursor = self.conn.execute("SELECT device_id, signing_key FROM sync_devices WHERE office_id = ?", (office_id,))
        return [{"device_id": r[0], "signing_key": r[1]} for r in cursor]

    def device_seen(self, device_id: str, sequence: int, age_recipient: str, now: str) -> None:
        """A trusted device's bundle was imported: remember its sequence and current age key."""
        self.conn.execute("UPDATE sync_devices SET last_sequence = max(last_sequence, ?), last_imported_at = ?, "
                          "age_recipient = ? WHERE device_id = ?", (sequence, now, age_recipient, device_id))

    def record_import(self, record: ImportRecord) -> None:
        row = {name: getattr(record, name) for name in ImportRecord.__dataclass_fields__}
        row["report"] = json.dumps(record.report, ensure_ascii=False)
        self.conn.execute(f"INSERT INTO sync_imports ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})",
                          row)

    def audit(self, action: str, entity: str, entity_id: str, details: Row) -> None:
        """An entry in this device's audit chain, inside the import's transaction."""
        self.store.record_audit(self.conn, action, entity, entity_id, details)


@contextmanager
def merge_transaction(store: Store) -> Iterator[MergeWriter]:
    """One transaction for a whole import: everything in it is written, or nothing."""
    with store.database.transaction() as conn:
        yield MergeWriter(store, conn)
