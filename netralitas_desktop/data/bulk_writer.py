"""Many findings of this office written in one transaction, at bulk speed: demo data and benchmarks.

What lands in the tables is what `Store.add_finding`, `change_status` and `add_evidence` would write — rows, one
search entry per finding, number counters, a hash-chained audit entry per action — and every finding passes the
same validation gate; only the way it is written differs: rows are inserted in batches with `executemany`, audit
entries are hashed in memory, and the secondary indexes are dropped for the load and built again at the end (a
sort-based build is much faster than 100,000 random inserts into seven B-trees).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

from netralitas_desktop.data import audit, readings
from netralitas_desktop.data.rows import (
    FINDING_ROW_COLUMNS,
    FTS_COLUMNS,
    STATUS_EVENT_COLUMNS,
    SUBJECT_COLUMNS,
    finding_row,
    subject_rows,
)
from netralitas_desktop.data.store import Store, json_int
from netralitas_desktop.data.vault import StoredFile
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import Evidence, Finding, OrderedIds, StatusEvent, utc_now
from netralitas_desktop.domain.validation import finding_problems, raise_first, status_event_problems

BULK_TABLES = ("findings", "subjects", "status_events", "evidence", "audit_log")
EVIDENCE_ROW_COLUMNS = (*(name for name in Evidence.__dataclass_fields__), "version", "local_seq")


@contextmanager
def bulk_writer(store: Store, *, batch: int = 2000) -> Iterator[BulkWriter]:
    """A BulkWriter inside one transaction: everything it was given is committed at the end, or nothing (and no
    evidence file it stored stays behind)."""
    with store.evidence_action(), store.database.transaction() as conn, _without_secondary_indexes(conn):
        writer = BulkWriter(store, conn, batch)
        yield writer
        writer.finish()
    # Query plans for a store that just grew by thousands of rows (sampled: a full ANALYZE costs seconds).
    store.analyze()


@contextmanager
def _without_secondary_indexes(conn: sqlite3.Connection) -> Iterator[None]:
    """Drop the plain (non-unique, non-partial) indexes of the bulk tables for the block, then build them again.

    sqlite-utils reads the schema and builds the indexes (imported here, not at start-up: it loads numpy)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    dropped = [(table, index.name, index.columns) for table in BULK_TABLES for index in db.table(table).indexes
               if not index.unique and not index.partial and index.origin == "c"]
    for _table, name, _columns in dropped:
        conn.execute(f"DROP INDEX {name}")
    yield
    for table, name, columns in dropped:
        db.table(table).create_index(columns, index_name=name)


_FINDING_VALUES = itemgetter(*FINDING_ROW_COLUMNS)
_SUBJECT_VALUES = itemgetter(*SUBJECT_COLUMNS)


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    # Positional parameters: they bind a third faster than named ones for rows this wide.
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class BulkWriter:
    """Collects findings with their history and evidence and writes them in batches (see the module docstring)."""

    def __init__(self, store: Store, conn: sqlite3.Connection, batch: int):
        self.store, self.conn, self.batch = store, conn, batch
        self.chain = audit.ChainBuilder(conn, store.audit_context, OrderedIds())
        self.counters: dict[str, int] = {}
        self.next_rowid = (conn.execute("SELECT max(rowid) FROM findings").fetchone()[0] or 0) + 1
        # This transaction holds the write lock: the change numbers after the current one are ours to hand out,
        # and the counter is moved past them at the end.
        self.first_seq = self.local_seq = store.next_local_seq(conn, 0)
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("findings", "subjects", "fts", "status_events",
                                                                       "evidence")}
        self.pending = 0
        self.count = 0
        self.today = store.today()

    # -- what a caller asks for ---------------------------------------------------------------------------------
    def store_file(self, path: Path) -> StoredFile:
        """Put an evidence file into the vault (once per content) and record its blob."""
        stored = self.store.vault.put(path)
        if stored.created:
            self.store.written_blobs.append(stored.sha256)
        self.conn.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                          (stored.sha256, stored.size, stored.mime_type, utc_now()))
        return stored

    def next_number(self, series: str) -> int:
        """The next number of a counter series such as `form_a:2024` or `register:2024` (as the store counts)."""
        key = f"counter:{series}"
        if key not in self.counters:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            self.counters[key] = (json_int(row[0]) or 0) if row else 0
        self.counters[key] += 1
        return self.counters[key]

    def add(self, finding: Finding, history: list[StatusEvent], evidence: list[Evidence], *,
            audit_details: dict[str, Any]) -> None:
        """Queue a finding of this office (checked by the gate) with its status history and evidence rows."""
        raise_first(finding_problems(finding, self.store.catalog, self.store.regions, office=self.store.office))
        self._check_history(finding, history)
        seq, rows = self.local_seq, self.rows
        self.local_seq += 1
        row = finding_row(finding)
        row["local_seq"] = seq
        rows["findings"].append(_FINDING_VALUES(row))
        rows["subjects"] += map(_SUBJECT_VALUES, subject_rows(finding))
        rows["status_events"] += ((*vars(event).values(), seq) for event in history)  # flat: vars() is asdict()
        rows["evidence"] += ((*vars(item).values(), 1, seq) for item in evidence)
        document = self.store.search_document(finding)
        rows["fts"].append((self.next_rowid, *(document[c] for c in FTS_COLUMNS)))
        self.next_rowid += 1
        self.chain.add("finding.create", "finding", finding.id, audit_details, at=finding.created_at)
        for item in evidence:
            self.chain.add("evidence.add", "evidence", item.id, {"finding_id": finding.id, "sha256": item.sha256},
                           at=item.added_at)
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()

    def record(self, action: str, entity: str, entity_id: str, details: dict[str, Any]) -> None:
        """One more audit entry of this action (e.g. that demo data was generated)."""
        self.chain.add(action, entity, entity_id, details)

    # -- writing -----------------------------------------------------------------------------------------------
    def _check_history(self, finding: Finding, history: list[StatusEvent]) -> None:
        """The history must follow the workflow, and every change pass the gate's rules for a stored status change
        (a reason, a decision date, a body competent on that date, registration only by a level that may)."""
        catalog, store = self.store.catalog, self.store
        previous = None
        for event in history:
            if previous is not None and not catalog.can_transition(previous, event.to_status):
                raise ValidationError(f"Riwayat status tidak sah: {previous} → {event.to_status}.", "status")
            raise_first(status_event_problems(event, finding, catalog, self.today, store.office.level))
            previous = event.to_status
        if previous != finding.status:
            raise ValidationError("Status temuan tidak sama dengan akhir riwayatnya.", "status")

    def flush(self) -> None:
        """Write what is queued."""
        rows, conn = self.rows, self.conn
        conn.executemany(_insert_sql("findings", FINDING_ROW_COLUMNS), rows["findings"])
        conn.executemany(_insert_sql("subjects", SUBJECT_COLUMNS), rows["subjects"])
        conn.executemany(_insert_sql("findings_fts", ("rowid", *FTS_COLUMNS)), rows["fts"])
        conn.executemany(_insert_sql("status_events", STATUS_EVENT_COLUMNS), rows["status_events"])
        conn.executemany(_insert_sql("evidence", EVIDENCE_ROW_COLUMNS), rows["evidence"])
        sha, mime = EVIDENCE_ROW_COLUMNS.index("sha256"), EVIDENCE_ROW_COLUMNS.index("mime_type")
        readings.queue_pictures(conn, {(row[sha], row[mime]) for row in rows["evidence"]})  # read by the OCR later
        audit.insert_entries(conn, self.chain.entries)
        self.chain.entries = []
        for batch in rows.values():
            batch.clear()
        self.count += self.pending
        self.pending = 0

    def finish(self) -> None:
        """Write the rest, the change counter, the number counters and the audit chain's head."""
        self.flush()
        if self.local_seq > self.first_seq:
            self.store.next_local_seq(self.conn, self.local_seq - self.first_seq)
        audit.insert_entries(self.conn, self.chain.entries)
        self.chain.entries = []
        for key, value in self.counters.items():
            self.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))
        self.store.set_audit_head(self.conn, self.chain.device_seq, self.chain.prev_hash)
