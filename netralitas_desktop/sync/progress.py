"""Progress and cancellation for long sync jobs run from a worker thread (the GUI) or the command line."""

from __future__ import annotations

import threading
from collections.abc import Callable

from netralitas_desktop.domain.errors import Cancelled

TOTAL = 1000

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Tracker:
    """Turns work done in weighted phases into `progress(done, 1000)` calls, and polls `cancelled()`."""

    def __init__(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                 message: str = "Dibatalkan; tidak ada yang berubah."):
        self.progress = progress
        self.cancelled = cancelled
        self.message = message
        self._base = 0.0
        self._weight = 0.0
        self._total = 1
        self._done = 0
        self._reported = -1
        self._lock = threading.Lock()  # work may advance on two threads at once

    def phase(self, weight: float, total: int) -> None:
        """Start the next phase: it covers `weight` (0–1) of the whole and `total` units of its own work."""
        self._base = min(1.0, self._base + self._weight)
        self._weight, self._total, self._done = weight, max(1, total), 0
        self._report()

    def advance(self, units: int = 1, *, check: bool = True) -> None:
        with self._lock:
            self._done += units
        if check:
            self.check()
        self._report()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(self.message)

    def finish(self) -> None:
        self._base, self._weight = 1.0, 0.0
        self._report()

    def _report(self) -> None:
        if self.progress is None:
            return
        with self._lock:
            fraction = self._base + self._weight * min(1.0, self._done / self._total)
            done = min(TOTAL, int(fraction * TOTAL))
            if done <= self._reported:
                return
            self._reported = done
        self.progress(done, TOTAL)
