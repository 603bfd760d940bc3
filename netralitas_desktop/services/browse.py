"""What the finding list and the dashboard need beyond the store's queries. No Qt here."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.data.rows import Row
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.services.stats import Progress, urgent_deadlines, with_summary_rows

SHOWN_KEYS = ("id", "subject", "status", "category", "region_code", "known_on")


@dataclass
class DeadlineSummary:
    """Open findings by legal deadline: the ids past it and the ids due within a few days (most urgent
    first), and the first `keep` of those as summary rows with their Deadline, for a list on screen."""

    overdue_ids: list[str] = field(default_factory=list)
    soon_ids: list[str] = field(default_factory=list)
    shown: list[tuple[Row, Deadline]] = field(default_factory=list)


def deadline_summary(store: Store, *, today: date | None = None, within_days: int = 3, keep: int = 300,
                     progress: Progress | None = None) -> DeadlineSummary:
    """Like stats.findings_by_deadline, but summary rows are read only for the `keep` shown (the full list of
    40,000 rows for 100,000 findings would add ~80 MB to the app and seconds of queries). Due soon come first
    (fewest days left first), then the overdue, most recently missed first."""
    soon: list[tuple[int, str]] = []
    overdue: list[tuple[int, str]] = []
    best: list[tuple[tuple[int, int], int, str, Deadline]] = []  # a heap of the `keep` most urgent
    urgent = urgent_deadlines(store, today=today, within_days=within_days, progress=progress)
    for counter, (finding_id, deadline) in enumerate(urgent):
        left = deadline.days_left
        (soon if left >= 0 else overdue).append((left, finding_id))
        rank = (0, left) if left >= 0 else (1, -left)  # soon before overdue; within each, most urgent first
        item = ((-rank[0], -rank[1]), counter, finding_id, deadline)
        if len(best) < keep:
            heapq.heappush(best, item)
        elif item[0] > best[0][0]:
            heapq.heapreplace(best, item)
    soon.sort()
    overdue.sort(reverse=True)
    chosen = [(finding_id, deadline)
              for _rank, _n, finding_id, deadline in sorted(best, key=lambda i: (-i[0][0], -i[0][1], i[1]))]
    shown = [({k: row[k] for k in SHOWN_KEYS}, deadline) for row, deadline in with_summary_rows(store, chosen)]
    return DeadlineSummary([i for _, i in overdue], [i for _, i in soon], shown)
