"""Small helpers the finding list needs beyond the store's queries. No Qt here."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.deadlines import Deadline
from netralitas_desktop.store import FindingFilter, Store
from netralitas_desktop.store.database import translated_errors

PAGE = 900  # summary rows fetched at a time (SQLite's variable limit is 999 on older builds)
SHOWN_KEYS = ("id", "subject", "status", "category", "region_code", "known_on")

# Re-analyse when the findings table has grown this much since the last ANALYZE.
GROWTH_FACTOR = 2


def refresh_query_statistics(store: Store) -> bool:
    """Run ANALYZE when the database has no planner statistics or has grown a lot since; True if it ran.

    Without statistics SQLite answers the subject-type filter by walking the `subjects_type` index once per
    finding (minutes on 100,000 findings); with them it picks `subjects_finding` (well under a second).
    """
    with translated_errors():
        conn = store.conn
        total = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
        has_stats = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").fetchone()
        analysed = 0
        if has_stats:
            row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'subjects' LIMIT 1").fetchone()
            analysed = int(str(row[0]).split()[0]) if row else 0
            subjects = conn.execute("SELECT count(*) FROM subjects").fetchone()[0]
            if analysed and subjects <= analysed * GROWTH_FACTOR + 100:
                return False
        elif total < 50:
            return False  # a tiny store: any plan is fast
        conn.execute("ANALYZE")
        return True


@dataclass
class DeadlineSummary:
    """Open findings by legal deadline: the ids past it and the ids due within a few days (most urgent
    first), and the first `keep` of those as summary rows with their Deadline, for a list on screen."""

    overdue_ids: list[str] = field(default_factory=list)
    soon_ids: list[str] = field(default_factory=list)
    shown: list[tuple[dict, Deadline]] = field(default_factory=list)


def deadline_summary(store: Store, *, today: date | None = None, within_days: int = 3, keep: int = 300,
                     progress: Callable[[int, int], None] | None = None) -> DeadlineSummary:
    """Like stats.findings_by_deadline, but a page of rows at a time: only ids and `keep` rows stay in memory
    (the full list of 40,000 rows for 100,000 findings would add ~80 MB to the app). Due soon come first
    (fewest days left first), then the overdue, most recently missed first."""
    from netralitas_desktop.stats import OPEN_STATUSES

    today = today or date.today()
    ids = store.finding_ids(FindingFilter(statuses=list(OPEN_STATUSES)))
    soon: list[tuple[int, str]] = []
    overdue: list[tuple[int, str]] = []
    best: list[tuple[tuple[int, int], int, dict, Deadline]] = []  # a heap of the `keep` most urgent
    counter = 0
    for start in range(0, len(ids), PAGE):
        if progress:
            progress(start, len(ids))
        for row in store.summary_rows(ids[start:start + PAGE]):
            deadline = store.deadline(row, today)
            if deadline is None or deadline.days_left > within_days:
                continue
            left = deadline.days_left
            (soon if left >= 0 else overdue).append((left, row["id"]))
            rank = (0, left) if left >= 0 else (1, -left)  # soon before overdue; within each, most urgent first
            counter += 1
            item = ((-rank[0], -rank[1]), counter, {k: row[k] for k in SHOWN_KEYS}, deadline)
            if len(best) < keep:
                heapq.heappush(best, item)
            elif item[0] > best[0][0]:
                heapq.heapreplace(best, item)
    soon.sort()
    overdue.sort(reverse=True)
    shown = [(row, deadline) for _rank, _n, row, deadline in sorted(best, key=lambda i: (-i[0][0], -i[0][1], i[1]))]
    return DeadlineSummary([i for _, i in overdue], [i for _, i in soon], shown)
