"""Append-only audit log, hash-chained per device: who changed what and when.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical JSON, so removing,
reordering or editing any entry breaks the chain from that point on. The chain is kept per device so that
entries imported from other offices keep their own hashes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring  # how json.dumps writes a str
from operator import itemgetter
from typing import Any

from netralitas_desktop.domain.model import new_id, utc_now

GENESIS = "0" * 64
HASHED_FIELDS = ("id", "device_id", "device_seq", "office_id", "at", "actor", "action", "entity", "entity_id",
                 "details")


_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode  # built once


def canonical_json(value: object) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same bytes."""
    return _canonical(value)


_SORTED_FIELDS = tuple(sorted(HASHED_FIELDS))


def entry_hash(prev_hash: str, entry: Mapping[str, object]) -> str:
    """The chain hash of an entry given the previous entry's hash: SHA-256 of the previous hash followed by
    `canonical_json` of the hashed fields. Written out field by field with json's own string encoder, which gives
    the same text as canonical_json three times faster (`check` hashes every entry of every chain)."""
    parts = []
    for key in _SORTED_FIELDS:
        value = entry[key]
        parts.append(f'"{key}":{encode_basestring(value) if isinstance(value, str) else canonical_json(value)}')
    content = "{" + ",".join(parts) + "}"
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


@dataclass
class AuditContext:
    """Who is acting, on which device and for which office."""

    actor: str
    device_id: str
    office_id: str


def append(conn: sqlite3.Connection, ctx: AuditContext, action: str, entity: str, entity_id: str,
           details: dict[str, Any] | None = None, at: str | None = None) -> dict[str, Any]:
    """Add one entry to the chain of this device, inside the caller's transaction."""
    last = conn.execute(
        "SELECT device_seq, hash FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1",
        (ctx.device_id,),
    ).fetchone()
    device_seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = {
        "id": new_id(), "device_id": ctx.device_id, "device_seq": device_seq, "office_id": ctx.office_id,
        "at": at or utc_now(), "actor": ctx.actor, "action": action, "entity": entity, "entity_id": entity_id,
        "details": canonical_json(details or {}),
    }
    entry["prev_hash"] = prev_hash
    entry["hash"] = entry_hash(prev_hash, entry)
    insert_entries(conn, [entry])
    return entry


_ENTRY_COLUMNS = ("id", "device_id", "device_seq", "office_id", "at", "actor", "action", "entity", "entity_id",
                  "details", "prev_hash", "hash")
_entry_values = itemgetter(*_ENTRY_COLUMNS)  # positional parameters bind faster than named ones


def insert_entries(conn: sqlite3.Connection, entries: list[dict[str, Any]]) -> None:
    """Store already-hashed entries (our own, or received in a bundle)."""
    conn.executemany(f"INSERT INTO audit_log ({', '.join(_ENTRY_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(_ENTRY_COLUMNS))})", [_entry_values(e) for e in entries])


class ChainBuilder:
    """Hashes many entries of one device in memory, for bulk work such as demo data."""

    def __init__(self, conn: sqlite3.Connection, ctx: AuditContext, ids: Callable[[], str] = new_id):
        self.ctx, self.ids = ctx, ids
        last = conn.execute(
            "SELECT device_seq, hash FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1",
            (ctx.device_id,),
        ).fetchone()
        self.device_seq: int = last[0] if last else 0
        self.prev_hash: str = last[1] if last else GENESIS
        self.entries: list[dict[str, Any]] = []

    def add(self, action: str, entity: str, entity_id: str, details: dict[str, Any] | None = None,
            at: str | None = None) -> None:
        self.device_seq += 1
        entry = {
            "id": self.ids(), "device_id": self.ctx.device_id, "device_seq": self.device_seq,
            "office_id": self.ctx.office_id, "at": at or utc_now(), "actor": self.ctx.actor, "action": action,
            "entity": entity, "entity_id": entity_id, "details": canonical_json(details or {}),
        }
        entry["prev_hash"] = self.prev_hash
        entry["hash"] = self.prev_hash = entry_hash(self.prev_hash, entry)
        self.entries.append(entry)


def verify_chain(conn: sqlite3.Connection, local_device_id: str = "") -> list[str]:
    """Problems found in the audit chains, in Indonesian; empty when every chain is sound.

    Entries received from another device may arrive with a gap (an earlier bundle not yet imported); a gap
    is not an error there, but every link that is present must match. This device's own chain has no gaps.
    """
    problems = []
    previous: dict[str, tuple[int, str]] = {}
    rows = conn.execute(
        "SELECT id, device_id, device_seq, office_id, at, actor, action, entity, entity_id, details, prev_hash,"
        " hash FROM audit_log ORDER BY device_id, device_seq"
    )
    columns = [c[0] for c in rows.description]
    for row in rows:
        entry = dict(zip(columns, row, strict=True))
        if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            problems.append(f"Log audit: entri {entry['device_seq']} perangkat {entry['device_id'][:8]} "
                            "telah diubah (hash tidak cocok).")
        before = previous.get(entry["device_id"])
        expected = before[1] if before and before[0] == entry["device_seq"] - 1 else None
        if expected is None and entry["device_id"] == local_device_id and entry["device_seq"] != 1:
            problems.append(f"Log audit: entri sebelum nomor {entry['device_seq']} perangkat ini hilang.")
        if entry["device_seq"] == 1:
            expected = GENESIS
        if expected is not None and entry["prev_hash"] != expected:
            problems.append(f"Log audit: rantai putus sebelum entri {entry['device_seq']} perangkat "
                            f"{entry['device_id'][:8]}.")
        previous[entry["device_id"]] = (entry["device_seq"], entry["hash"])
    return problems


def entries_for(conn: sqlite3.Connection, entity_id: str) -> list[dict[str, Any]]:
    """Every audit entry about one record, oldest first."""
    cursor = conn.execute(
        "SELECT at, actor, action, entity, entity_id, details, device_id, office_id, hash FROM audit_log"
        " WHERE entity_id = ? ORDER BY at, seq",
        (entity_id,),
    )
    columns = [c[0] for c in cursor.description]
    result = []
    for row in cursor:
        entry = dict(zip(columns, row, strict=True))
        entry["details"] = json.loads(entry["details"])
        result.append(entry)
    return result
