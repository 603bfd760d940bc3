"""Reads the sync engine needs on one consistent view of the store: the records an export selects, and the local
counterparts of the records a bundle brings (for planning a merge).

Selections are given as sets of office ids, never as SQL, so that another database could answer them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netralitas_desktop.data.database import row_factory, translated_errors
from netralitas_desktop.domain.numbering import GIVE_ACTION

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

Params = tuple[object, ...] | dict[str, object]

CHUNK = 500
# Tables of the record kinds that travel in bundles.
TABLES = {"findings": "findings", "evidence": "evidence", "status_events": "status_events", "notes": "notes",
          "audit": "audit_log", "offices": "offices"}


@dataclass(frozen=True)
class Selection:
    """Which records an export takes, besides "changed since".

    Upward: everything except records whose origin office is in `exclude_origins` (offices above the exporter).
    Return bundle: the status events, notes and audit entries that offices in `made_by` added to the findings
    of offices in `findings_of` (those findings travel only as their parents).
    """

    exclude_origins: frozenset[str] = frozenset()
    findings_of: frozenset[str] | None = None
    made_by: frozenset[str] = frozenset()

    @property
    def upward(self) -> bool:
        return self.findings_of is None


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(values))


class SyncReader:
    """Typed reads over one connection (a read snapshot or the import's transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._row_type = row_factory(conn)

    def _rows(self, sql: str, params: Params = ()) -> Iterator[sqlite3.Row]:
        """Rows that read like dicts (`row["name"]`), made in C: exports read hundreds of thousands."""
        with translated_errors():
            cursor = self.conn.cursor()
            cursor.row_factory = self._row_type
            yield from cursor.execute(sql, params)

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        with translated_errors():
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- counters -------------------------------------------------------------------------------------------
    def local_seq(self) -> int:
        """The store's change counter: the highest number given to a written row."""
        value = self._scalar("SELECT value FROM settings WHERE key = 'local_seq'")
        return int(json.loads(value)) if value else 0

    def audit_seq(self) -> int:
        """The highest local number of an audit entry."""
        return int(self._scalar("SELECT coalesce(max(seq), 0) FROM audit_log"))

    # -- what an export selects ---------------------------------------------------------------------------------
    def _conditions(self, selection: Selection) -> tuple[str, str, str, dict[str, object]]:
        if selection.upward:
            origin = "origin_office_id NOT IN (SELECT value FROM json_each(:excluded))"
            return origin, origin, "office_id NOT IN (SELECT value FROM json_each(:excluded))", {
                "excluded": _ids(selection.exclude_origins)}
        about = "origin_office_id IN (SELECT value FROM json_each(:about))"
        made_by = "IN (SELECT value FROM json_each(:made_by))"
        children = f"finding_id IN (SELECT id FROM findings WHERE {about}) AND origin_office_id {made_by}"
        # Audit entries about the recipients' findings and evidence, and the blocks of Form A numbers handed to them
        # (data/numbers.py: a block travels as its issuer's audit entry).
        audit = (f"office_id {made_by} AND (entity_id IN (SELECT id FROM findings WHERE {about}) OR entity_id IN "
                 f"(SELECT e.id FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.{about}) OR "
                 f"(action = '{GIVE_ACTION}' AND json_extract(details, '$.target_office_id') IN "
                 "(SELECT value FROM json_each(:about))))")
        return "0", children, audit, {"about": _ids(selection.findings_of or ()), "made_by": _ids(selection.made_by)}

    @staticmethod
    def _proved(kind: str) -> tuple[str, str]:
        """The select list and join that add `attestation_id`, `attested_digest` and `attested_content`: the
        attestation covering each row's current version, the digest it attested and the record as attested (NULL
        when there is none)."""
        return (f"t.*, o.attestation_id AS attestation_id, o.digest AS attested_digest, o.content AS attested_content "
                f"FROM {TABLES[kind]} t LEFT JOIN sync_record_origins o ON o.kind = '{kind}' AND o.record_id = t.id",
                "t.")

    def changed_children(self, kind: str, since: int, selection: Selection) -> Iterator[sqlite3.Row]:
        """Evidence, status events or notes written after `since` (local change counter), in that order, each
        with its `attestation_id`."""
        _, children, _, params = self._conditions(selection)
        columns, t = self._proved(kind)
        return self._rows(f"SELECT {columns} WHERE {t}local_seq > :since AND {children} "
                          f"ORDER BY {t}local_seq, {t}rowid", {"since": since, **params})

    def changed_findings(self, since: int, selection: Selection) -> Iterator[sqlite3.Row]:
        """Finding rows written after `since`, in that order, each with its `attestation_id` (subjects separately:
        `subjects_of`)."""
        findings, _, _, params = self._conditions(selection)
        columns, t = self._proved("findings")
        return self._rows(f"SELECT {columns} WHERE {t}local_seq > :since AND {findings} "
                          f"ORDER BY {t}local_seq, {t}rowid", {"since": since, **params})

    def changed_audit(self, since_seq: int, selection: Selection) -> Iterator[sqlite3.Row]:
        """Audit entries numbered after `since_seq` locally, in that order, each with its `attestation_id`."""
        _, _, audit, params = self._conditions(selection)
        columns, t = self._proved("audit")
        return self._rows(f"SELECT {columns} WHERE {t}seq > :since AND {audit} ORDER BY {t}seq",
                          {"since": since_seq, **params})

    def blobs_sent(self, destination: str) -> dict[str, int]:
        """Evidence files already carried to a destination, with the sequence of the bundle that carried each."""
        return {r["sha256"]: r["sequence"] for r in self._rows(
            "SELECT sha256, sequence FROM sync_blobs_sent WHERE destination = ?", (destination,))}

    def blob_types(self, shas: Iterable[str]) -> dict[str, str]:
        """The MIME type of stored files by SHA-256."""
        found = {}
        for chunk in _chunks(sorted(set(shas))):
            for r in self._rows("SELECT sha256, mime_type FROM blobs WHERE sha256 IN (SELECT value FROM json_each(?))",
                                (_ids(chunk),)):
                found[r["sha256"]] = r["mime_type"]
        return found

    # -- local counterparts -----------------------------------------------------------------------------------
    def rows_by_id(self, kind: str, ids: Iterable[str], *, proved: bool = False) -> dict[str, sqlite3.Row]:
        """Rows of one record kind by id (audit entries by their `id`); with `proved`, each with its
        `attestation_id`."""
        found: dict[str, sqlite3.Row] = {}
        columns, t = self._proved(kind) if proved else (f"* FROM {TABLES[kind]} t", "t.")
        for chunk in _chunks(sorted(set(ids))):
            for row in self._rows(f"SELECT {columns} WHERE {t}id IN (SELECT value FROM json_each(?))",
                                  (_ids(chunk),)):
                found[row["id"]] = row
        return found

    def findings_by_id(self, ids: Iterable[str]) -> list[sqlite3.Row]:
        """Finding rows by id, in change order, each with its `attestation_id`."""
        rows = list(self.rows_by_id("findings", ids, proved=True).values())
        return sorted(rows, key=lambda r: r["local_seq"])

    def subjects_of(self, finding_ids: Iterable[str]) -> dict[str, list[sqlite3.Row]]:
        """The subject rows of findings, in order."""
        found: dict[str, list[sqlite3.Row]] = {}
        for chunk in _chunks(sorted(set(finding_ids))):
            for row in self._rows("SELECT * FROM subjects WHERE finding_id IN (SELECT value FROM json_each(?)) "
                                  "ORDER BY finding_id, seq", (_ids(chunk),)):
                found.setdefault(row["finding_id"], []).append(row)
        return found

    def register_numbers_taken(self, numbers: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Which findings here carry these (origin office, register number) pairs: pair -> finding id."""
        wanted = set(numbers)
        found: dict[tuple[str, str], str] = {}
        for row in self._rows("SELECT id, origin_office_id, register_number FROM findings WHERE register_number IN "
                              "(SELECT value FROM json_each(?))", (_ids({n for _, n in wanted}),)):
            key = (row["origin_office_id"], row["register_number"])
            if key in wanted:
                found[key] = row["id"]
        return found

    def audit_entries_at(self, positions: Iterable[tuple[str, int]]) -> dict[tuple[str, int], sqlite3.Row]:
        """Audit entries here at these (device, device sequence) positions."""
        found: dict[tuple[str, int], sqlite3.Row] = {}
        wanted = sorted(set(positions))
        for start in range(0, len(wanted), CHUNK * 20):
            chunk = [list(p) for p in wanted[start:start + CHUNK * 20]]
            for row in self._rows("SELECT a.* FROM json_each(?) j JOIN audit_log a ON a.device_id = "
                                  "json_extract(j.value, '$[0]') AND a.device_seq = json_extract(j.value, '$[1]')",
                                  (json.dumps(chunk),)):
                found[(row["device_id"], row["device_seq"])] = row
        return found

    def audit_entry(self, device_id: str, device_seq: int) -> sqlite3.Row | None:
        rows = list(self._rows("SELECT * FROM audit_log WHERE device_id = ? AND device_seq = ?",
                               (device_id, device_seq)))
        return rows[0] if rows else None

    def known_conflicts(self) -> set[tuple[str, str, int, str]]:
        """(entity, entity_id, version, content_hash) of every conflict kept, open or not."""
        return {(r["entity"], r["entity_id"], r["version"], r["content_hash"]) for r in self._rows(
            "SELECT entity, entity_id, version, content_hash FROM sync_conflicts")}

    def known_blobs(self, shas: Iterable[str]) -> set[str]:
        """Which of these files have a `blobs` row (their evidence was recorded here)."""
        found: set[str] = set()
        for chunk in _chunks(sorted(set(shas))):
            found |= {r["sha256"] for r in self._rows(
                "SELECT sha256 FROM blobs WHERE sha256 IN (SELECT value FROM json_each(?))", (_ids(chunk),))}
        return found

    def all_offices(self) -> list[sqlite3.Row]:
        return list(self._rows("SELECT * FROM offices ORDER BY id"))


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), CHUNK * 20):
        yield values[start:start + CHUNK * 20]


@contextmanager
def read_snapshot(store: Store) -> Iterator[SyncReader]:
    """A consistent read of the database (a WAL snapshot) without taking the write lock."""
    conn = store.conn
    with translated_errors():
        conn.execute("BEGIN DEFERRED")
        try:
            yield SyncReader(conn)
        finally:
            conn.execute("ROLLBACK")
