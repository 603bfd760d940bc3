"""Counts and deadline lists over findings, for the dashboard and the recap report."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.data.query import where_clause
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.domain.filters import FindingFilter

# Statuses that still run against a legal deadline (see deadlines.deadline_for).
PAGE = 900  # summary rows fetched at a time (under SQLite's variable limit)
OPEN_STATUSES = ("draf", "temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian")


@dataclass
class Counts:
    """How many findings, broken down the ways officers ask about."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_subject_type: dict[str, int] = field(default_factory=dict)  # findings with at least one such subject
    by_district: dict[str, int] = field(default_factory=dict)  # kecamatan code (xx.xx.xx)
    by_platform: dict[str, int] = field(default_factory=dict)
    by_district_category: dict[tuple[str, str], int] = field(default_factory=dict)


def _grouped(store: Store, expression: str, filt: FindingFilter) -> dict:
    where, params = where_clause(filt)
    rows = store.conn.execute(
        f"SELECT {expression} AS key, count(*) FROM findings f WHERE {where} GROUP BY key ORDER BY 2 DESC", params)
    return {key: count for key, count in rows}


def finding_counts(store: Store, filt: FindingFilter | None = None) -> Counts:
    """Counts by status, category, subject type, district and platform for the findings a filter selects."""
    filt = filt or FindingFilter()
    where, params = where_clause(filt)
    by_type = dict(store.conn.execute(
        "SELECT s.employment_type, count(DISTINCT s.finding_id) FROM subjects s JOIN findings f ON f.id = s.finding_id"
        f" WHERE {where} GROUP BY 1 ORDER BY 2 DESC", params).fetchall())
    cross = store.conn.execute(
        f"SELECT substr(f.region_code, 1, 8), f.category, count(*) FROM findings f WHERE {where} GROUP BY 1, 2",
        params).fetchall()
    return Counts(
        total=store.count_findings(filt),
        by_status=_grouped(store, "f.status", filt),
        by_category=_grouped(store, "f.category", filt),
        by_subject_type=by_type,
        by_district=_grouped(store, "substr(f.region_code, 1, 8)", filt),
        by_platform=_grouped(store, "f.platform", filt),
        by_district_category={(district, category): count for district, category, count in cross},
    )


def iter_deadlines(store: Store, filt: FindingFilter | None = None, *, today: date | None = None,
                   within_days: int = 3, progress=None) -> Iterator[tuple[dict, Deadline]]:
    """Open findings whose deadline is past or at most `within_days` away, a page of rows at a time (so a caller
    that keeps only a few rows never holds all of them), in list order."""
    today = today or date.today()
    base = filt or FindingFilter()
    open_filter = FindingFilter(**{**base.__dict__, "statuses": [s for s in (base.statuses or OPEN_STATUSES)
                                                                 if s in OPEN_STATUSES]})
    ids = store.finding_ids(open_filter)
    for start in range(0, len(ids), PAGE):
        if progress:
            progress(start, len(ids))
        for row in store.summary_rows(ids[start:start + PAGE]):
            deadline = store.deadline(row, today)
            if deadline and deadline.days_left <= within_days:
                yield row, deadline


def findings_by_deadline(store: Store, filt: FindingFilter | None = None, *, today: date | None = None,
                         within_days: int = 3) -> list[tuple[dict, Deadline]]:
    """Open findings whose deadline is past or at most `within_days` away, most urgent first."""
    urgent = list(iter_deadlines(store, filt, today=today, within_days=within_days))
    urgent.sort(key=lambda pair: (pair[1].due_on, pair[0]["known_on"]))
    return urgent
