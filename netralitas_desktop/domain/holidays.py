"""National holidays and cuti bersama: which days are not working days, and for which years that is known. No I/O.

The list ships in `resources/catalog/holidays.json` (from the yearly SKB of three ministers); an office loads or
edits its own without a new release (`netralitas holidays …`, or Settings), kept in its store. A year is *known*
when its whole list is there: a working-day deadline that reaches a year that is not known is an estimate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

HOLIDAY_KINDS = {"libur_nasional": "Libur nasional", "cuti_bersama": "Cuti bersama",
                 "pemungutan_suara": "Hari pemungutan suara", "libur_kantor": "Libur lain yang ditetapkan"}


@dataclass(frozen=True)
class Holiday:
    """One day off: a national holiday, a cuti bersama or a voting day. `provisional` until checked against the
    decree itself."""

    date: date
    name: str
    kind: str = "libur_nasional"
    provisional: bool = False
    source: str = ""

    def to_json(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "name": self.name, "kind": self.kind,
                "provisional": self.provisional, "source": self.source}


@dataclass(frozen=True)
class HolidayYear:
    """A year whose list is complete, where it came from, and whether it is still provisional."""

    year: int
    source: str = ""
    provisional: bool = False


@dataclass(frozen=True)
class HolidayCalendar:
    """The days off an office counts with, and the years whose list is complete."""

    holidays: Mapping[date, Holiday] = field(default_factory=dict)
    years: Mapping[int, HolidayYear] = field(default_factory=dict)

    @property
    def dates(self) -> frozenset[date]:
        return frozenset(self.holidays)

    def knows(self, year: int) -> bool:
        """Whether the list of that year is complete."""
        return year in self.years

    @property
    def known_years(self) -> frozenset[int]:
        return frozenset(self.years)

    @property
    def last_known_year(self) -> int | None:
        return max(self.years, default=None)

    def in_year(self, year: int | None = None) -> list[Holiday]:
        """The holidays of a year (all when None), by date."""
        return [h for d, h in sorted(self.holidays.items()) if year is None or d.year == year]

    def with_changes(self, added: Iterable[Holiday] = (), removed: Iterable[date] = (),
                     years: Iterable[HolidayYear] = ()) -> HolidayCalendar:
        """This calendar with an office's own changes applied: days added (or renamed), days removed, and years
        whose list the office loaded whole."""
        holidays = dict(self.holidays)
        for day in removed:
            holidays.pop(day, None)
        for holiday in added:
            holidays[holiday.date] = holiday
        known = dict(self.years)
        for year in years:
            known[year.year] = year
        return replace(self, holidays=holidays, years=known)


__all__ = ["HOLIDAY_KINDS", "Holiday", "HolidayCalendar", "HolidayYear"]
