"""Legal deadlines (UU 7/2017 Art. 454, Perbawaslu 7/2022; Pilkada: UU 1/2015 Art. 134, Perbawaslu 8/2020).

Each clock starts from the date the law names, never from when a record was typed (shared/domain.md §2):
- setting a finding (penetapan temuan): from the day it was discovered (`known_on`);
- kajian awal: from the day a report was received (`received_on`; for a temuan, the day it was set in pleno);
- the decision: from registration (Pemilu, UU 7/2017 Art. 454(7)) or from receipt (Pilkada, UU 1/2015
  Art. 134(5)) — the profile's `decision_from`;
- a public report must itself reach the office within a number of days of the violation becoming known: that is
  a fact about a received report (`report_filing`), checked at kajian awal, not a pending clock.
Once a stage is done its clock stops: each status has at most one pending deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from netralitas_desktop.domain.catalog import DeadlineRule
from netralitas_desktop.domain.numbering import ROMAN_MONTHS, roman_month

OPEN_STATUSES = ("draf", "temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian")


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


def days_left(today: date, due: date, day_kind: str, holidays: frozenset[date] = frozenset()) -> int:
    """Days from today to a due date; negative once it has passed. A date that has passed is late by at least one
    day whatever today is: on a Sunday, a deadline of the Friday before has passed although no working day lies
    between them."""
    if due < today:
        return -max(1, days_between(due, today, day_kind, holidays))
    return days_between(today, due, day_kind, holidays)


def unknown_years(start: date, end: date, known_years: frozenset[int] | None) -> tuple[int, ...]:
    """The years from `start` to `end` (either order) whose holiday list is not known."""
    if known_years is None:
        return ()
    low, high = sorted((start, end))
    return tuple(year for year in range(low.year, high.year + 1) if year not in known_years)


@dataclass(frozen=True)
class Deadline:
    """The next legal deadline of a finding: what must happen, by when, and how many days are left.

    `unknown_years` lists the years a working-day count crossed without knowing their holidays: the due date (or
    the count) is then an estimate, and says so."""

    label: str  # Indonesian: what must be done
    due_on: date
    days_left: int  # in the clock's day kind; negative when overdue
    day_kind: str
    unknown_years: tuple[int, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def estimate(self) -> bool:
        return bool(self.unknown_years)

    @property
    def estimate_note(self) -> str:
        """ "perkiraan: hari libur 2028 belum diketahui", or "" when the count is exact."""
        if not self.unknown_years:
            return ""
        years = ", ".join(str(y) for y in self.unknown_years)
        return f"perkiraan: hari libur {years} belum diketahui"

    def describe(self) -> str:
        unit = "hari kerja" if self.day_kind == "kerja" else "hari"
        if self.days_left < 0:
            text = f"{self.label}: lewat {-self.days_left} {unit} (batas {self.due_on.isoformat()})"
        elif self.days_left == 0:
            text = f"{self.label}: batas hari ini ({self.due_on.isoformat()})"
        else:
            text = f"{self.label}: sisa {self.days_left} {unit} (batas {self.due_on.isoformat()})"
        return f"{text}, {self.estimate_note}" if self.estimate else text


def _clock(label: str, start: date, days: int, day_kind: str, holidays: frozenset[date], today: date,
           known_years: frozenset[int] | None) -> Deadline:
    due = add_days(start, days, day_kind, holidays)
    unknown = unknown_years(start, max(due, today), known_years) if day_kind == "kerja" else ()
    return Deadline(label, due, days_left(today, due, day_kind, holidays), day_kind, unknown)


def deadline_for(*, status: str, source: str, known_on: date, received_on: date | None, registered_on: date | None,
                 needs_more_info: bool, rule: DeadlineRule, holidays: frozenset[date], today: date,
                 known_years: frozenset[int] | None = None) -> Deadline | None:
    """The deadline that applies in the finding's current status, or None once the stages with a clock are done.

    `received_on` is the day a laporan was received, or the day a temuan was set in pleno (None when unknown: the
    day it became known stands in). `rule` is the election profile's DeadlineRule; `known_years` the years whose
    holiday list is complete (None: assume all)."""
    received = received_on or known_on
    if source == "temuan" and status == "draf":
        clock, label, start, days = "finding", "Penetapan temuan", known_on, rule.finding_days
    elif status == "kajian_awal" or (source == "laporan" and status in ("draf", "temuan")):
        # A report is received when it is recorded: its next clock is the initial study.
        clock, label, start, days = "kajian_awal", "Kajian awal", received, rule.kajian_awal_days
    elif status in ("teregistrasi", "klarifikasi", "kajian"):
        start = (registered_on or received) if rule.decision_from == "registration" else received
        days = rule.decision_days + (rule.decision_extension_days if needs_more_info else 0)
        clock, label = "decision", "Putusan/penanganan"
    else:
        return None  # set in pleno and waiting for registration (no clock named in the law), or decided
    return _clock(label, start, days, rule.kind_of(clock), holidays, today, known_years)


def report_filing(*, known_on: date, received_on: date, rule: DeadlineRule, holidays: frozenset[date],
                  known_years: frozenset[int] | None = None) -> Deadline:
    """Whether a public report reached the office in time: the filing deadline counted from the day the violation
    became known, as it stood on the day the report was received (`days_left` < 0: filed late)."""
    return _clock("Penyampaian laporan", known_on, rule.report_days, rule.kind_of("report"), holidays, received_on,
                  known_years)


__all__ = ["OPEN_STATUSES", "ROMAN_MONTHS", "Deadline", "add_days", "days_between", "days_left", "deadline_for",
           "report_filing", "roman_month", "unknown_years", "weekdays_after"]
