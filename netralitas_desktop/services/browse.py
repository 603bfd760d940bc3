"""Small helpers the finding list needs beyond the store's queries. No Qt here."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import Deadline

SHOWN_KEYS = ("id", "subject", "status", "category", "region_code", "known_on")


@dataclass
class DeadlineSummary:
    """Open findings by legal deadline: the ids past it and the ids due within a few days (most urgent
    first), and the first `keep` of those as summary rows with their Deadline, for a list on screen."""

    overdue_ids: list[str] = field(default_factory=list)
    soon_ids: list[str] = field(default_factory=list)
    shown: list[tuple[dict, Deadline]] = field(default_factory=list)


def deadline_summary(store: Store, *, today: date | None = None, within_days: int = 3, keep: int = 300,
                     progress: Callable[[int, int], None] | None = None) -> DeadlineSummary:
    """Like stats.findings_by_deadline, but only ids and `keep` rows stay in memory
    (the full list of 40,000 rows for 100,000 findings would add ~80 MB to the app). Due soon come first
    (fewest days left first), then the overdue, most recently missed first."""
    from netralitas_desktop.services.stats import iter_deadlines

    soon: list[tuple[int, str]] = []
    overdue: list[tuple[int, str]] = []
    best: list[tuple[tuple[int, int], int, dict, Deadline]] = []  # a heap of the `keep` most urgent
    for counter, (row, deadline) in enumerate(iter_deadlines(store, today=today, within_days=within_days,
                                                             progress=progress)):
        left = deadline.days_left
        (soon if left >= 0 else overdue).append((left, row["id"]))
        rank = (0, left) if left >= 0 else (1, -left)  # soon before overdue; within each, most urgent first
        item = ((-rank[0], -rank[1]), counter, {k: row[k] for k in SHOWN_KEYS}, deadline)
        if len(best) < keep:
            heapq.heappush(best, item)
        elif item[0] > best[0][0]:
            heapq.heapreplace(best, item)
    soon.sort()
    overdue.sort(reverse=True)
    shown = [(row, deadline) for _rank, _n, row, deadline in sorted(best, key=lambda i: (-i[0][0], -i[0][1], i[1]))]
    return DeadlineSummary([i for _, i in overdue], [i for _, i in soon], shown)
