"""This office's changes to the national holiday list: days added or removed, years loaded whole from a file.

The shipped list is `resources/catalog/holidays.json` (domain/holidays.py); what an office changes lives in its
store (tables `holidays` and `holiday_years`, migration 0041), passes the validation gate and is audited, so a new
SKB can be loaded without a new release.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from netralitas_desktop.domain.errors import NotFoundError, ValidationError
from netralitas_desktop.domain.holidays import Holiday, HolidayCalendar, HolidayYear
from netralitas_desktop.domain.model import utc_now
from netralitas_desktop.domain.validation import echo, holidays_from_file, normalise_date, normalise_holiday

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store


def calendar(store: Store, shipped: HolidayCalendar) -> HolidayCalendar:
    """The shipped calendar with this office's changes."""
    added, removed = [], []
    for row in store.database.query("SELECT * FROM holidays ORDER BY date"):
        day = date.fromisoformat(row["date"])
        if row["removed"]:
            removed.append(day)
        else:
            added.append(Holiday(day, row["name"], row["kind"], bool(row["provisional"]), row["source"]))
    years = [HolidayYear(row["year"], row["source"], bool(row["provisional"]))
             for row in store.database.query("SELECT * FROM holiday_years ORDER BY year")]
    return shipped.with_changes(added, removed, years)


def _write(store: Store, conn: sqlite3.Connection, holiday: Holiday, *, removed: bool = False) -> None:
    conn.execute("INSERT OR REPLACE INTO holidays VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (holiday.date.isoformat(), holiday.name, holiday.kind, int(holiday.provisional), holiday.source,
                  int(removed), utc_now(), store.officer.name))


def add(store: Store, data: dict[str, object]) -> Holiday:
    """Add a day off (or change its name, kind or mark), through the gate; audited."""
    store._refuse_while_settings_broken()
    holiday = normalise_holiday(data)
    before = store.holiday_calendar().holidays.get(holiday.date)
    with store.database.transaction() as conn:
        _write(store, conn, holiday)
        store.record_audit(conn, "holiday.add", "holiday", holiday.date.isoformat(),
                           {"menjadi": holiday.to_json(), "dari": before.to_json() if before else None})
    return holiday


def remove(store: Store, day: object) -> Holiday:
    """Take a day out of the list; audited. A shipped day is kept as removed, so the shipped list cannot bring it
    back."""
    store._refuse_while_settings_broken()
    text = normalise_date(day, "Tanggal hari libur", "date")
    if not text:
        raise ValidationError("Tanggal hari libur wajib diisi.", "date")
    current = store.holiday_calendar().holidays.get(date.fromisoformat(text))
    if current is None:
        raise NotFoundError(f"{text} tidak ada dalam daftar hari libur kantor ini.")
    with store.database.transaction() as conn:
        _write(store, conn, current, removed=True)
        store.record_audit(conn, "holiday.remove", "holiday", text, {"dari": current.to_json()})
    return current


@dataclass(frozen=True)
class ImportResult:
    """What loading a holiday file changed."""

    years: tuple[int, ...]
    holidays: int  # days in the file
    added: int  # days that were not in the list
    removed: int  # days of those years that the file does not have
    provisional: int  # days of the file marked provisional


def import_file(store: Store, path: Path) -> ImportResult:
    """Load a holiday file (CSV or JSON, see validation.holidays_from_file): for every year it covers, this office's
    list becomes exactly the file's, and the year counts as known. One transaction; audited."""
    store._refuse_while_settings_broken()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"Berkas hari libur tidak ditemukan: {echo(str(path))}.") from None
    except OSError as err:
        raise ValidationError(f"Berkas hari libur tidak dapat dibaca: {echo(str(path))} "
                              f"({err.strerror or err}).", "holidays") from None
    incoming = holidays_from_file(path.name, data)
    years = sorted({h.date.year for h in incoming})
    current = store.holiday_calendar()
    before = {h.date: h for year in years for h in current.in_year(year)}
    new = {h.date: h for h in incoming}
    dropped = [h for day, h in before.items() if day not in new]
    provisional = any(h.provisional for h in incoming)
    now = utc_now()
    with store.database.transaction() as conn:
        for year in years:
            conn.execute("DELETE FROM holidays WHERE date LIKE ?", (f"{year}-%",))
            conn.execute("INSERT OR REPLACE INTO holiday_years VALUES (?, ?, ?, ?, ?)",
                         (year, f"berkas {path.name[:200]}", int(provisional), now, store.officer.name))
        for holiday in incoming:
            _write(store, conn, holiday)
        shipped = store.catalog.holidays.holidays
        for holiday in dropped:
            if holiday.date in shipped:  # a shipped day the file does not have: keep it out
                _write(store, conn, holiday, removed=True)
        result = ImportResult(years=tuple(years), holidays=len(incoming),
                              added=sum(1 for day in new if day not in before), removed=len(dropped),
                              provisional=sum(1 for h in incoming if h.provisional))
        store.record_audit(conn, "holiday.import", "holiday", ",".join(str(y) for y in years),
                           {"berkas": path.name, "tahun": years, "hari": result.holidays, "baru": result.added,
                            "dihapus": [h.date.isoformat() for h in dropped]})
    return result


__all__ = ["ImportResult", "add", "calendar", "import_file", "remove"]
