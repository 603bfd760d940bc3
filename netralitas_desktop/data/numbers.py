"""Register and Form A numbers as this device issues them, and the blocks of Form A numbers it gives or holds.

The rules are pure (domain/numbering.py); this module keeps the counters and blocks, inside the caller's
transaction. The design, and why, is in docs/numbering.md.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from netralitas_desktop.data.rows import Row, insert_sql
from netralitas_desktop.domain.errors import NotFoundError, ValidationError
from netralitas_desktop.domain.model import Office, new_id, utc_now
from netralitas_desktop.domain.numbering import (
    FORM_A_SERIES,
    GIVE_ACTION,
    NumberBlock,
    device_tag,
    format_number,
    office_part,
    register_series,
)
from netralitas_desktop.domain.validation import MAX_BLOCK, number_block_problems, raise_first

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

BLOCK_COLUMNS = tuple(NumberBlock.__dataclass_fields__)
SERIES_LEVELS = ("pusat", "provinsi", "kabupaten")  # levels with a Form A series of their own
LOW_BLOCK = 5  # numbers left in this device's blocks of a year below which it is told to ask for more


def json_int(text: str) -> int | None:
    """The integer a settings value holds, or None when it holds something else."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def next_counter(conn: sqlite3.Connection, name: str, floor: int, count: int = 1) -> int:
    """Reserve `count` numbers of a counter series (`form_a:2024`, `register:TM:PL:2024`, `block:<id>`); returns
    the first. `floor` is the highest number the data shows as used: a damaged or missing counter continues after
    it, and a counter never goes back below it."""
    key = f"counter:{name}"
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    current = json_int(row[0]) if row else None
    first = max(current or 0, floor, 0) + 1
    conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(first + count - 1)))
    return first


def counter_value(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (f"counter:{name}",)).fetchone()
    return (json_int(row[0]) or 0) if row else 0


def is_series_keeper(store: Store) -> bool:
    """Whether this device keeps its office's series (it made the store; a copy given a new device id does not)."""
    return bool(store._raw_setting("series_keeper") == store.device_id)


def own_office_part(store: Store) -> str:
    office = store.office
    return office_part(office.office_code, office.level, office.region_code)


@dataclass(frozen=True)
class NumberPlan:
    """How this device numbers in one series: the counter it counts with, the template and the fields it fills
    (the same for the store and for bulk demo data)."""

    counter: str
    template: str
    fields: dict[str, str]
    tag: str | None  # the device tag the numbers carry (None: the office's own series)

    def number(self, seq: int, on: date) -> str:
        return format_number(self.template, seq=seq, on=on, **self.fields)


def register_plan(store: Store, source: str, election_code: str, year: int) -> NumberPlan:
    """The keeper prints the office's own series; another laptop of the office adds its device tag."""
    numbering = store.catalog.numbering
    kind = numbering.kind_codes[source]
    series = register_series(kind, election_code, year, numbering.register_series)
    keeper = is_series_keeper(store)
    fields = {"kind": kind, "election": election_code, "level": numbering.level_codes[store.office.level],
              "office_code": store.office.office_code, "office": own_office_part(store),
              "device": device_tag(store.device_id)}
    if keeper:
        return NumberPlan(series, numbering.register_template, fields, None)
    return NumberPlan(f"{series}:{store.device_id}", numbering.register_device_template, fields,
                      device_tag(store.device_id))


def form_a_plan(store: Store, year: int) -> NumberPlan:
    """Numbering Form A without a block: the keeper of a kabupaten/kota, provinsi or Bawaslu RI in its own LHP
    series; any other device on its own, with its office part and device tag."""
    numbering, office = store.catalog.numbering, store.office
    if is_series_keeper(store) and office.level in SERIES_LEVELS:
        return NumberPlan(f"{FORM_A_SERIES}:{year}", numbering.form_a_template,
                          {"office_code": office.office_code, "office": office.office_code}, None)
    return NumberPlan(f"{FORM_A_SERIES}:own:{year}", numbering.form_a_fallback_template,
                      {"office_code": office.office_code, "office": own_office_part(store),
                       "device": device_tag(store.device_id)}, device_tag(store.device_id))


# -- register numbers ---------------------------------------------------------------------------------------------
def register_number(store: Store, conn: sqlite3.Connection, *, source: str, election_code: str,
                    on: date) -> tuple[int, str]:
    """The next case number of this office in the series of this kind (TM/LP), election kind (PL/PB) and year."""
    numbering = store.catalog.numbering
    plan = register_plan(store, source, election_code, on.year)
    # A counter lost or damaged continues after the numbers of its series found in the data (never a repeat).
    where, params = "origin_office_id = ? AND registered_on LIKE ?", [store.office.id, f"{on.year}-%"]
    if "kind" in numbering.register_series:
        where, params = where + " AND source = ?", [*params, source]
    if "election" in numbering.register_series:
        codes = [p.code for p in store.catalog.elections.values() if p.register_code == election_code]
        where += f" AND election IN ({', '.join('?' * len(codes))})"
        params += codes
    rows = conn.execute(f"SELECT register_seq, register_number FROM findings WHERE {where}", params).fetchall()
    floor = max((seq for seq, number in rows if seq and _in_series(number, plan.tag)), default=0)
    seq = next_counter(conn, plan.counter, floor)
    return seq, plan.number(seq, on)


# -- Form A numbers -----------------------------------------------------------------------------------------------
def form_a_number(store: Store, conn: sqlite3.Connection, on: date) -> str:
    """The next Form A number for a form written on `on`: the keeper of a kabupaten/kota, provinsi or Bawaslu RI
    numbers in its own LHP series; every other device takes the next number of a block handed to it, and without
    one numbers on its own with its office part and device tag (never equal to a number of the series)."""
    plan = form_a_plan(store, on.year)
    if plan.tag is None:
        return plan.number(next_counter(conn, plan.counter, _highest_form_a_seq(store, conn, on.year)), on)
    taken = _take_from_block(conn, store.device_id, on.year)
    if taken is not None:
        seq, block = taken
        return format_number(store.catalog.numbering.form_a_template, seq=seq, on=on, office_code=block.office_code,
                             office=block.office_code)
    numbers = conn.execute("SELECT form_a_number FROM findings WHERE origin_office_id = ? AND form_a_number LIKE ?",
                           (store.office.id, f"%/{on.year}"))
    floor = max((_first_number(n) for (n,) in numbers if _in_series(n, plan.tag)), default=0)
    return plan.number(next_counter(conn, plan.counter, floor), on)


def _in_series(number: str | None, tag: str | None) -> bool:
    """Whether a number was issued in the office's own series (tag None: its first part is only digits) or by the
    laptop with this tag (`007-5C0E2F/…`)."""
    if not number:
        return False
    head = number.split("/", 1)[0]
    if tag is None:
        return head.isdigit()
    seq, _, mark = head.partition("-")
    return seq.isdigit() and mark == tag


def _first_number(number: str) -> int:
    return int(number.split("/", 1)[0].split("-", 1)[0])


def _highest_form_a_seq(store: Store, conn: sqlite3.Connection, year: int) -> int:
    """The highest number of this office's own series in that year, and the last number handed out in blocks."""
    numbers = conn.execute("SELECT form_a_number FROM findings WHERE origin_office_id = ? AND form_a_number LIKE ?",
                           (store.office.id, f"%/{year}"))
    used = max((_first_number(n) for (n,) in numbers if _in_series(n, None)), default=0)
    given = conn.execute("SELECT coalesce(max(last), 0) FROM number_blocks WHERE issuer_office_id = ? AND "
                         "series = ? AND year = ?", (store.office.id, FORM_A_SERIES, year)).fetchone()[0]
    return max(used, int(given))


def _take_from_block(conn: sqlite3.Connection, device_id: str, year: int) -> tuple[int, NumberBlock] | None:
    """The next unused number of this device's blocks for that year, oldest block first."""
    for row in conn.execute(f"SELECT {', '.join(BLOCK_COLUMNS)} FROM number_blocks WHERE target_device_id = ? AND "
                            "series = ? AND year = ? ORDER BY first, id", (device_id, FORM_A_SERIES, year)).fetchall():
        block = NumberBlock(*row)
        used = counter_value(conn, f"block:{block.id}")
        if used < block.size:
            next_counter(conn, f"block:{block.id}", 0)
            return block.first + used, block
    return None


# -- blocks -------------------------------------------------------------------------------------------------------
def block_from_row(row: Row) -> NumberBlock:
    return NumberBlock(**{name: row[name] for name in BLOCK_COLUMNS})


@dataclass(frozen=True)
class BlockState:
    """A block as this store knows it, with how many of its numbers this device has used (only for its own)."""

    block: NumberBlock
    used: int | None  # None: the block belongs to another device

    @property
    def left(self) -> int | None:
        return None if self.used is None else self.block.size - self.used


def blocks(store: Store) -> list[BlockState]:
    """Every block this store holds (given here, or handed to this office or below), newest year first."""
    result = []
    for row in store.database.query("SELECT * FROM number_blocks ORDER BY year DESC, first, id"):
        block = block_from_row(row)
        mine = block.target_device_id == store.device_id
        used = counter_value(store.conn, f"block:{block.id}") if mine else None
        result.append(BlockState(block, used))
    return result


def numbers_left(store: Store, year: int) -> int:
    """Form A numbers left in this device's blocks for that year."""
    return sum(state.left or 0 for state in blocks(store)
               if state.used is not None and state.block.year == year)


def office_by_text(store: Store, text: str) -> Office:
    """An office known to this store by id, id prefix (≥ 4 characters) or Kemendagri region code."""
    text = text.strip()
    rows = store.database.query("SELECT * FROM offices WHERE id = ? OR region_code = ?", (text, text))
    if not rows and len(text) >= 4:
        rows = store.database.query("SELECT * FROM offices WHERE id LIKE ?", (text.replace("%", "") + "%",))
    if not rows:
        raise NotFoundError(f"Kantor tidak dikenal: '{text[:40]}'. Kantor dikenal setelah bundelnya diimpor "
                            "(lihat `netralitas keys devices`).")
    if len(rows) > 1:
        raise NotFoundError(f"'{text[:40]}' cocok dengan lebih dari satu kantor; tulis ID kantor lebih lengkap.")
    return Office(**{k: rows[0][k] for k in Office.__dataclass_fields__})


def office_names(store: Store) -> dict[str, str]:
    """Every office this store knows, id → name."""
    return {row["id"]: row["name"] for row in store.database.query("SELECT id, name FROM offices")}


def known_devices(store: Store, office_id: str) -> list[str]:
    """The devices of an office this store knows: trusted ones, and the makers of the office's records."""
    rows = store.database.query(
        "SELECT device_id FROM sync_devices WHERE office_id = :office UNION "
        "SELECT origin_device_id FROM findings WHERE origin_office_id = :office UNION "
        "SELECT origin_device_id FROM status_events WHERE origin_office_id = :office "
        "ORDER BY 1", {"office": office_id})
    devices = [r["device_id"] for r in rows if r["device_id"]]
    if office_id == store.office.id:
        devices = [d for d in devices if d != store.device_id]
    return devices


def give_blocks(store: Store, office_text: str, count: int, *, year: int | None = None,
                devices: Iterable[str] = ()) -> list[NumberBlock]:
    """Hand `count` numbers of this office's Form A series to each device of an office below it (or to another
    laptop of this office): reserved from the series at once, recorded, audited, carried down in the next return
    bundle. Only the keeper of a kabupaten/kota's series gives blocks to offices below; any keeper to its own
    other laptops."""
    store._refuse_while_settings_broken()
    if not is_series_keeper(store):
        raise ValidationError("Hanya laptop penyimpan seri kantor ini (yang menjalankan init) yang dapat memberikan "
                              "blok nomor.", "number_block")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_BLOCK:
        raise ValidationError(f"Jumlah nomor per blok harus 1–{MAX_BLOCK}.", "count")
    today = store.today()
    year = year or today.year
    target = store.office if office_text.strip() in (store.office.id, "") else office_by_text(store, office_text)
    chosen = list(devices)
    known = known_devices(store, target.id)
    if not chosen:
        chosen = known
    if not chosen:
        raise ValidationError(f"Belum ada perangkat {target.name} yang dikenal di sini: impor dulu bundelnya, lalu "
                              "beri blok.", "device")
    full = []
    for device in chosen:
        matches = [d for d in known if d == device or (len(device) >= 4 and d.startswith(device))]
        if len(matches) != 1:
            raise ValidationError(f"Perangkat '{device[:40]}' tidak dikenal sebagai perangkat {target.name} "
                                  f"(yang dikenal: {', '.join(d[:8] for d in known) or 'tidak ada'}).", "device")
        full.append(matches[0])
    now = utc_now()
    given = []
    with store.database.transaction() as conn:
        for device in full:
            first = next_counter(conn, f"{FORM_A_SERIES}:{year}", _highest_form_a_seq(store, conn, year), count)
            block = NumberBlock(id=new_id(), series=FORM_A_SERIES, year=year, first=first, last=first + count - 1,
                                office_code=store.office.office_code, issuer_office_id=store.office.id,
                                issuer_device_id=store.device_id, target_office_id=target.id,
                                target_device_id=device, issued_at=now, issued_by=store.officer.name)
            raise_first(number_block_problems(block, issuer=store.office, target=target, today=today))
            write_block(store, conn, block)
            store.record_audit(conn, GIVE_ACTION, "number_block", block.id,
                               {**asdict(block), "office": target.name})
            given.append(block)
    return given


def adopt_blocks(store: Store, conn: sqlite3.Connection, entries: Iterable[Row]) -> list[NumberBlock]:
    """Keep the blocks handed to this office that arrived with a bundle, inside the import's transaction.

    A block travels as its issuer's signed audit entry (`number_block.give`, details = the block): the bundle's
    signatures prove who gave it and the sync authority rules (sync/authority.py) let an office's audit entries
    into a return bundle only from an office above the recipient — or, between two laptops of one office, from
    that office. The entry must come from the issuing device itself, and the block passes the same gate as one
    given here; a block that does not is refused with the whole bundle (nothing half-imported)."""
    adopted = []
    for entry in entries:
        if entry["action"] != GIVE_ACTION:
            continue
        details = _json_object(entry["details"])
        if details is None or details.get("target_office_id") != store.office.id:
            continue  # for another office: its own laptops take it from their return bundle
        if details.get("issuer_office_id") != entry["office_id"] or details.get("issuer_device_id") != \
                entry["device_id"]:
            raise ValidationError(f"Blok nomor {str(details.get('id'))[:8]} tidak diberikan oleh perangkat yang "
                                  "menandatanganinya.", "number_block")
        fields: dict[str, Any] = {name: details.get(name) for name in BLOCK_COLUMNS}
        block = NumberBlock(**fields)
        if conn.execute("SELECT 1 FROM number_blocks WHERE id = ?", (block.id,)).fetchone():
            continue  # already here (the same bundle imported twice, or through two paths)
        row = conn.execute(f"SELECT {', '.join(Office.__dataclass_fields__)} FROM offices WHERE id = ?",
                           (entry["office_id"],)).fetchone()
        if row is None:
            raise ValidationError(f"Blok nomor {block.id[:8]} dari kantor yang tidak dikenal.", "number_block")
        issuer = Office(*row)
        raise_first(number_block_problems(block, issuer=issuer, target=store.office, today=store.today()))
        write_block(store, conn, block)
        adopted.append(block)
    return adopted


def _json_object(text: object) -> dict[str, Any] | None:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def write_block(store: Store, conn: sqlite3.Connection, block: NumberBlock) -> None:
    """Keep a block (given here, or received in a bundle) inside the caller's transaction."""
    row = asdict(block)
    row["local_seq"] = store.next_local_seq(conn)
    conn.execute(insert_sql("number_blocks", (*BLOCK_COLUMNS, "local_seq")), row)


__all__ = ["BlockState", "NumberPlan", "adopt_blocks", "blocks", "form_a_number", "form_a_plan", "give_blocks",
           "is_series_keeper", "json_int", "known_devices", "next_counter", "numbers_left", "office_names",
           "own_office_part", "register_number", "register_plan", "write_block"]
