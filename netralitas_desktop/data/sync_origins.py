"""Who made each record, provably: attestations (a device's signature over the digests of records it made), the
attestation covering each record's current version, device certificates, and how far this device has attested
its own records. The sync engine decides what to sign and checks signatures; this module only keeps them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from netralitas_desktop.data.database import translated_errors
from netralitas_desktop.data.sync_reader import SyncReader

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

_CHUNK = 10_000


@dataclass(frozen=True)
class Attestation:
    """A device's signature (base64) over the digests of records it made."""

    id: str
    device_id: str
    signed_at: str
    digests: tuple[str, ...]
    signature: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "device_id": self.device_id, "signed_at": self.signed_at,
                "digests": list(self.digests), "signature": self.signature}


@dataclass(frozen=True)
class Certificate:
    """A statement, signed by `issuer_device_id`, that `signing_key` is device `device_id` of an office."""

    device_id: str
    signing_key: str
    office_id: str
    level: str
    region_code: str
    issuer_device_id: str
    issued_at: str
    signature: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RecordOrigin:
    """The attestation that covers the version of a record now in the tables, and that version as attested."""

    kind: str
    record_id: str
    digest: str
    attestation_id: str
    content: str = ""  # the record's canonical JSON as attested, kept for the records this device attested


@dataclass(frozen=True)
class OfficeBinding:
    """The level and region an office was trusted (or certified) for."""

    office_id: str
    level: str
    region_code: str


def _json_ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = sorted(set(values))
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class OriginTables:
    """The origin tables, on one connection (an export's or an import's transaction, or a read)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def beside(cls, reader: SyncReader) -> OriginTables:
        """The origin tables on the same connection (the same snapshot or transaction) as `reader`."""
        return cls(reader.conn)

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[dict[str, Any]]:
        with translated_errors():
            cursor = self.conn.execute(sql, params)
            columns = [c[0] for c in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor]

    # -- this device's progress ------------------------------------------------------------------------------
    def attested_up_to(self) -> tuple[int, int]:
        """(local change counter, audit sequence) up to which this device's own records are attested."""
        values = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM sync_state")}
        return values.get("attested_local_seq", 0), values.get("attested_audit_seq", 0)

    def set_attested_up_to(self, local_seq: int, audit_seq: int) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO sync_state VALUES (?, ?)",
                              [("attested_local_seq", local_seq), ("attested_audit_seq", audit_seq)])

    # -- attestations and origins ---------------------------------------------------------------------------
    def origins(self, kind: str, record_ids: Iterable[str]) -> dict[str, RecordOrigin]:
        """The origins of records of one kind, by record id (records without one are absent)."""
        found: dict[str, RecordOrigin] = {}
        for chunk in _chunks(record_ids):
            for row in self._rows("SELECT * FROM sync_record_origins WHERE kind = ? AND record_id IN "
                                  "(SELECT value FROM json_each(?))", (kind, json.dumps(chunk))):
                found[row["record_id"]] = RecordOrigin(**row)
        return found

    def set_origins(self, origins: list[RecordOrigin]) -> None:
        """Record (or replace) which attestation covers each record's current version."""
        self.conn.executemany("INSERT OR REPLACE INTO sync_record_origins (kind, record_id, digest, attestation_id, "
                              "content) VALUES (?, ?, ?, ?, ?)",
                              [(o.kind, o.record_id, o.digest, o.attestation_id, o.content) for o in origins])

    def attestations(self, ids: Iterable[str]) -> dict[str, Attestation]:
        found: dict[str, Attestation] = {}
        for chunk in _chunks(ids):
            for row in self._rows("SELECT * FROM sync_attestations WHERE id IN (SELECT value FROM json_each(?))",
                                  (json.dumps(chunk),)):
                found[row["id"]] = Attestation(row["id"], row["device_id"], row["signed_at"],
                                               tuple(json.loads(row["digests"])), row["signature"])
        return found

    def latest_attestation_of(self, device_id: str) -> Attestation | None:
        rows = self._rows("SELECT id FROM sync_attestations WHERE device_id = ? ORDER BY signed_at DESC, rowid DESC "
                          "LIMIT 1", (device_id,))
        return self.attestations([rows[0]["id"]])[rows[0]["id"]] if rows else None

    def forget_attestations_of(self, device_id: str) -> None:
        """Drop a device's attestations and what they covered (this device's, after its key was replaced), and
        start attesting its records again from the beginning."""
        self.conn.execute("DELETE FROM sync_record_origins WHERE attestation_id IN "
                          "(SELECT id FROM sync_attestations WHERE device_id = ?)", (device_id,))
        self.conn.execute("DELETE FROM sync_attestations WHERE device_id = ?", (device_id,))
        self.set_attested_up_to(0, 0)

    def add_attestations(self, attestations: list[Attestation]) -> None:
        """Keep attestations (made here or received), unchanged, to pass them on with their records."""
        self.conn.executemany("INSERT OR IGNORE INTO sync_attestations (id, device_id, signed_at, digests, signature)"
                              " VALUES (?, ?, ?, ?, ?)",
                              [(a.id, a.device_id, a.signed_at, json.dumps(list(a.digests)), a.signature)
                               for a in attestations])

    # -- certificates and bindings --------------------------------------------------------------------------
    def certificates(self) -> list[Certificate]:
        return [Certificate(**{k: r[k] for k in Certificate.__dataclass_fields__})
                for r in self._rows("SELECT * FROM sync_certificates ORDER BY device_id, issuer_device_id")]

    def add_certificates(self, certificates: list[Certificate]) -> None:
        """Keep certificates (issued here or received); a newer one from the same issuer replaces the older."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO sync_certificates (device_id, issuer_device_id, signing_key, office_id, level, "
            "region_code, issued_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.device_id, c.issuer_device_id, c.signing_key, c.office_id, c.level, c.region_code, c.issued_at,
              c.signature) for c in certificates])

    def bindings(self) -> dict[str, OfficeBinding]:
        """Every office identity fixed here: by trusting one of its devices, or by an accepted certificate."""
        found: dict[str, OfficeBinding] = {}
        for row in self._rows("SELECT office_id, level, region_code FROM sync_certificates ORDER BY issued_at"):
            found[row["office_id"]] = OfficeBinding(row["office_id"], row["level"], row["region_code"])
        for row in self._rows("SELECT office_id, bound_level, bound_region FROM sync_devices WHERE bound_level != ''"):
            found[row["office_id"]] = OfficeBinding(row["office_id"], row["bound_level"], row["bound_region"])
        return found


def origin_tables(store: Store) -> OriginTables:
    """The origin tables on the store's own connection (for reads outside a transaction)."""
    return OriginTables(store.conn)


@contextmanager
def origins_transaction(store: Store) -> Iterator[tuple[SyncReader, OriginTables]]:
    """One write transaction over the records and their origins (an export attests, then selects, in it)."""
    with store.database.transaction() as conn:
        yield SyncReader(conn), OriginTables(conn)
