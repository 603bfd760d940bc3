"""Indonesian date formatting for forms, reports and the GUI ("Kamis, 30 November 2023").

Done by hand rather than through the locale module: the process locale is not ours to change and
an `id_ID` locale may not be installed on the user's machine.
"""

from __future__ import annotations

import datetime as dt

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _as_date(value: dt.date | dt.datetime | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value: dt.datetime | dt.date | str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip().replace("Z", "+00:00")
    return dt.datetime.fromisoformat(text)


def month_name_id(month: int) -> str:
    """The Indonesian name of a month, 1 → "Januari"."""
    return MONTHS_ID[month - 1]


def weekday_name_id(value: dt.date | dt.datetime | str) -> str:
    """The Indonesian name of the weekday, e.g. "Kamis"."""
    return WEEKDAYS_ID[_as_date(value).weekday()]


def format_date_id(value: dt.date | dt.datetime | str | None, with_weekday: bool = False) -> str:
    """ "30 November 2023", or "Kamis, 30 November 2023" with the weekday; "" for None or ""."""
    if value is None or value == "":
        return ""
    d = _as_date(value)
    text = f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    if with_weekday:
        return f"{WEEKDAYS_ID[d.weekday()]}, {text}"
    return text


def zone_name(offset: dt.timedelta | None) -> str:
    """ "WIB", "WITA" or "WIT" for Indonesia's three offsets, else "UTC+5.30" style, "UTC" for zero."""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    named = {7 * 60: "WIB", 8 * 60: "WITA", 9 * 60: "WIT", 0: "UTC"}
    if minutes in named:
        return named[minutes]
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f".{rest:02d}" if rest else "")


def format_datetime_id(
    value: dt.datetime | dt.date | str | None,
    with_weekday: bool = False,
    with_seconds: bool = False,
    with_zone: bool = False,
) -> str:
    """ "30 November 2023 pukul 14.05" (Indonesian time uses a dot).

    Aware values are shown in the computer's local time; `with_zone` adds its name ("WIB", "WITA", "WIT").
    """
    if value is None or value == "":
        return ""
    moment = _as_datetime(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    clock = f"{moment.hour:02d}.{moment.minute:02d}"
    if with_seconds:
        clock += f".{moment.second:02d}"
    text = f"{format_date_id(moment.date(), with_weekday=with_weekday)} pukul {clock}"
    if with_zone and moment.tzinfo is not None:
        text += f" {zone_name(moment.utcoffset())}"
    return text


def format_period_id(date_from: dt.date | str | None, date_to: dt.date | str | None) -> str:
    """A period as "28 November 2023 s.d. 13 Februari 2024"; either end may be open."""
    start, end = format_date_id(date_from), format_date_id(date_to)
    if start and end:
        return f"{start} s.d. {end}"
    if start:
        return f"sejak {start}"
    if end:
        return f"sampai dengan {end}"
    return "semua tanggal"
