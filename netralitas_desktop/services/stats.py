"""Counts and deadline lists over findings, for the dashboard and the recap report (queries: data/stats_queries)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from netralitas_desktop.data.rows import Row
from netralitas_desktop.data.stats_queries import counts_by_subject_type, deadline_inputs, grouped_counts
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import OPEN_STATUSES, Deadline
from netralitas_desktop.domain.filters import FindingFilter

PAGE = 900  # summary rows fetched at a time (under SQLite's variable limit)
Progress = Callable[[int, int], None]


@dataclass
class Counts:
    """How many findings, broken down the ways officers ask about."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_subject_type: dict[str, int] = field(default_factory=dict)  # findings with at least one such subject
    by_district: dict[str, int] = field(default_factory=dict)  # kecamatan code (xx.xx.xx), or desa code by area
    by_platform: dict[str, int] = field(default_factory=dict)
    by_district_category: dict[tuple[str, str], int] = field(default_factory=dict)
    area: str = "kecamatan"  # what by_district counts by: "kecamatan", or "desa" for a kecamatan's own recap


def _largest_first(counts: dict[Any, int]) -> dict[Any, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def finding_counts(store: Store, filt: FindingFilter | None = None, *, area: str = "kecamatan") -> Counts:
    """Counts by status, category, subject type, area (kecamatan, or desa) and platform for the findings a filter
    selects."""
    filt = filt or FindingFilter()
    counts = Counts(by_subject_type=counts_by_subject_type(store, filt), area=area)
    for row in grouped_counts(store, filt, area):
        counts.total += row.findings
        for breakdown, key in ((counts.by_status, row.status), (counts.by_category, row.category),
                               (counts.by_district, row.district), (counts.by_platform, row.platform)):
            breakdown[key] = breakdown.get(key, 0) + row.findings
        pair = (row.district, row.category)
        counts.by_district_category[pair] = counts.by_district_category.get(pair, 0) + row.findings
    for name in ("by_status", "by_category", "by_district", "by_platform"):
        setattr(counts, name, _largest_first(getattr(counts, name)))
    return counts


def recap_area(store: Store, filt: FindingFilter) -> str:
    """What a recap breaks down by: the desa for a kecamatan (a region of kecamatan depth or below, or a Panwaslu
    Kecamatan or Kelurahan/Desa office's own recap), else the kecamatan."""
    region = filt.region or (store.office.region_code if store.office.level in ("kecamatan", "desa") else "")
    return "desa" if region.count(".") >= 2 else "kecamatan"


def open_filter(filt: FindingFilter | None) -> FindingFilter:
    """The filter narrowed to statuses that still run against a deadline."""
    base = filt or FindingFilter()
    return FindingFilter(**{**base.__dict__, "statuses": [s for s in (base.statuses or OPEN_STATUSES)
                                                          if s in OPEN_STATUSES]})


def urgent_deadlines(store: Store, filt: FindingFilter | None = None, *, today: date | None = None,
                     within_days: int = 3, progress: Progress | None = None) -> list[tuple[str, Deadline]]:
    """(id, Deadline) of open findings whose deadline is past or at most `within_days` away, in list order.

    Thousands of findings share a status and the same dates: each distinct combination is computed once."""
    today = today or date.today()
    inputs = deadline_inputs(store, open_filter(filt))
    known: dict[tuple[Any, ...], Deadline | None] = {}
    urgent = []
    for index, item in enumerate(inputs):
        if progress and index % 5000 == 0:
            progress(index, len(inputs))
        key = (item.status, item.source, item.known_on, item.created_at[:10], item.registered_on,
               item.needs_more_info, item.election, item.received_on, item.set_on)
        if key in known:
            deadline = known[key]
        else:
            deadline = known[key] = store.deadline(item._asdict(), today)
        if deadline is not None and deadline.days_left <= within_days:
            urgent.append((item.id, deadline))
    if progress:
        progress(len(inputs), len(inputs))
    return urgent


def with_summary_rows(store: Store, urgent: list[tuple[str, Deadline]]) -> Iterator[tuple[Row, Deadline]]:
    """The summary row of each (id, Deadline), fetched a page at a time, in the same order."""
    for start in range(0, len(urgent), PAGE):
        chunk = urgent[start:start + PAGE]
        rows = {row["id"]: row for row in store.summary_rows([finding_id for finding_id, _ in chunk])}
        for finding_id, deadline in chunk:
            if finding_id in rows:
                yield rows[finding_id], deadline


def iter_deadlines(store: Store, filt: FindingFilter | None = None, *, today: date | None = None,
                   within_days: int = 3, progress: Progress | None = None) -> Iterator[tuple[Row, Deadline]]:
    """Open findings whose deadline is past or at most `within_days` away, with their summary rows, a page at a
    time (so a caller that keeps only a few rows never holds all of them), in list order."""
    yield from with_summary_rows(store, urgent_deadlines(store, filt, today=today, within_days=within_days,
                                                         progress=progress))


def findings_by_deadline(store: Store, filt: FindingFilter | None = None, *, today: date | None = None,
                         within_days: int = 3) -> list[tuple[Row, Deadline]]:
    """Open findings whose deadline is past or at most `within_days` away, most urgent first."""
    urgent = list(iter_deadlines(store, filt, today=today, within_days=within_days))
    urgent.sort(key=lambda pair: (pair[1].due_on, pair[0]["known_on"]))
    return urgent
