"""Indonesian formatting of dates and numbers for forms, reports, messages and the GUI ("Kamis, 30 November
2023", "12.345").

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
    zone: dt.tzinfo | None = None,
) -> str:
    """ "30 November 2023 pukul 14.05" (Indonesian time uses a dot).

    Aware values are shown in `zone` (printed forms pass the office's WIB/WITA/WIT), else in the computer's local
    time; `with_zone` adds the zone's name ("WIB", "WITA", "WIT"). Naive values (a camera's clock) are shown as
    they are, without a zone.
    """
    if value is None or value == "":
        return ""
    moment = _as_datetime(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    clock = f"{moment.hour:02d}.{moment.minute:02d}"
    if with_seconds:
        clock += f".{moment.second:02d}"
    text = f"{format_date_id(moment.date(), with_weekday=with_weekday)} pukul {clock}"
    if with_zone and moment.tzinfo is not None:
        text += f" {zone_name(moment.utcoffset())}"
    return text


def format_clock_id(value: str) -> str:
    """ "09:00" → "09.00" (Indonesian writes the time with a dot); other text is returned as it is."""
    return value.replace(":", ".") if value else ""


def format_time_range_id(time_from: str, time_to: str, zone_code: str = "") -> str:
    """ "pukul 09.00–11.00 WIB", "pukul 09.00 WIB" (no end), "" without a start."""
    if not time_from:
        return ""
    clock = format_clock_id(time_from) + (f"–{format_clock_id(time_to)}" if time_to else "")
    return f"pukul {clock}" + (f" {zone_code}" if zone_code else "")


def number_id(value: int) -> str:
    """12345 → "12.345": Indonesian writes thousands with dots."""
    return f"{value:,}".replace(",", ".")


def byte_count(size: int) -> str:
    """A byte count the Indonesian way: 4.194.304 bita."""
    return number_id(size) + " bita"


def roman(number: int) -> str:
    """1 → "I", 14 → "XIV" (Kegiatan I, II, …; section numbers)."""
    parts = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


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
