"""What a menu action receives: the window, the data dir, the UI thread's store, the selection, the filter,
and a helper to run long work with a progress dialog. Writes go through gui/operations.py, whose one
data-changed signal refreshes the views.

`actions_sync.py` and `actions_reports.py` take an ActionContext; they are the entry points for bundle export
and import and for printing/saving PDFs. Long work must run through `ctx.run_in_background` with a Store
opened in the worker thread (`with open_store(job, ctx.data_dir, readonly=False) as store:`), never with
`ctx.store`, which belongs to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from netralitas_desktop.gui.worker import Job, run_with_progress

if TYPE_CHECKING:
    from netralitas_desktop.domain.filters import FindingFilter


@dataclass
class ActionContext:
    window: QWidget
    data_dir: Path
    store: Any  # the UI thread's Store: quick reads only
    selected_ids: Callable[[], list[str]]  # the findings selected in the list, in list order
    current_filter: Callable[[], FindingFilter | None]  # what the list is filtered to (None before it is loaded)

    def run_in_background(self, title: str, label: str, fn: Callable[..., Any], *args: Any,
                          on_finished: Callable[[Any], None] | None = None,
                          on_failed: Callable[[str], None] | None = None) -> Job:
        """Run `fn(job, *args)` in a worker thread with a progress dialog and a Batal button."""
        job = Job(fn, *args, name=title)
        run_with_progress(self.window, title, label, job, on_finished=on_finished, on_failed=on_failed)
        return job
