"""Register numbers and legal deadlines (UU 7/2017 Art. 454, Perbawaslu 7/2022; Pilkada: UU 1/2015 Art. 134)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from netralitas_desktop.domain.catalog import DeadlineRule

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]


def register_number_for(template: str, *, seq: int, kind: str, election: str, level: str, office_code: str,
                        on: date) -> str:
    """A case number such as `006/TM/PL/Kab/27.09/IV/2024` from the office's template setting."""
    return template.format(seq=seq, kind=kind, election=election, level=level, office_code=office_code,
                           month_roman=roman_month(on.month), year=on.year)


def add_days(start: date, days: int, day_kind: str, holidays: frozenset[date] = frozenset()) -> date:
    """The date `days` days after `start`, counting calendar days or working days (Mon–Fri, no holidays)."""
    if day_kind != "kerja":
        return start + timedelta(days=days)
    current, counted = start, 0
    while counted < days:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            counted += 1
    return current


def weekdays_after(start: date, end: date) -> int:
    """Mondays–Fridays in (start, end], for start <= end, without walking day by day."""
    total = (end - start).days
    weeks, rest = divmod(total, 7)
    count = weeks * 5
    weekday = start.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


def days_between(start: date, end: date, day_kind: str, holidays: frozenset[date] = frozenset()) -> int:
    """Days from `start` to `end` in the given kind (negative when `end` is earlier)."""
    if day_kind != "kerja":
        return (end - start).days
    sign, (low, high) = (1, (start, end)) if end >= start else (-1, (end, start))
    off = sum(1 for h in holidays if low < h <= high and h.weekday() < 5)
    return sign * (weekdays_after(low, high) - off)


@dataclass(frozen=True)
class Deadline:
    """The next legal deadline of a finding: what must happen, by when, and how many days are left."""

    label: str  # Indonesian: what must be done
    due_on: date
    days_left: int  # in the profile's day kind; negative when overdue
    day_kind: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def describe(self) -> str:
        unit = "hari kerja" if self.day_kind == "kerja" else "hari"
        if self.days_left < 0:
            return f"{self.label}: lewat {-self.days_left} {unit} (batas {self.due_on.isoformat()})"
        if self.days_left == 0:
            return f"{self.label}: batas hari ini ({self.due_on.isoformat()})"
        return f"{self.label}: sisa {self.days_left} {unit} (batas {self.due_on.isoformat()})"


def deadline_for(*, status: str, source: str, known_on: date, received_on: date, registered_on: date | None,
                 needs_more_info: bool, rule: DeadlineRule, holidays: frozenset[date], today: date
                 ) -> Deadline | None:
    """The deadline that applies in the finding's current status, or None once a decision has been made.

    `rule` is the election profile's DeadlineRule (day counts and whether they are working days).
    """
    kind = rule.day_kind
    if status in ("draf", "temuan") and source == "temuan":
        label, start, days = "Penetapan temuan", known_on, rule.finding_days
    elif status in ("draf", "temuan"):
        label, start, days = "Penyampaian laporan", known_on, rule.report_days
    elif status == "kajian_awal":
        label, start, days = "Kajian awal", received_on, rule.kajian_awal_days
    elif status in ("teregistrasi", "klarifikasi", "kajian"):
        days = rule.decision_days + (rule.decision_extension_days if needs_more_info else 0)
        label, start = "Putusan/penanganan", registered_on or received_on
    else:
        return None
    due = add_days(start, days, kind, holidays)
    return Deadline(label, due, days_between(today, due, kind, holidays), kind)
