"""Every change the GUI makes to the store goes through `run_operation` (Anki's `CollectionOp`, in small).

    run_operation(dialog, data_dir, change_status_op, finding_id, "teregistrasi", reason,
                  title=tr("Ubah status"), changes=lambda finding: Changes(findings=(finding.id,)),
                  on_success=dialog.saved)

`fn(store, *args)` runs in a worker thread (gui/worker.py) with a read-write Store of its own, so copying,
hashing and fsyncing a video never freezes the window. A progress dialog with Batal appears only when the work
takes a while. A refusal (a NetralitasError) is shown in an Indonesian dialog and the store is left as it was.
Once the work has committed, `data_events().changed` is emitted with what changed, and every view — the list,
the detail pane, the dashboard, the keys and conflicts dialogs — refreshes from that one signal.

The long sync jobs (export, import) run on the same worker mechanism with their own progress bars
(gui/sync_jobs.py); an import announces its changes through the same signal.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from netralitas_desktop.gui.worker import Job, open_store, run_with_progress

log = logging.getLogger("netralitas.gui")


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so that each view refreshes only what it shows."""

    findings: tuple[str, ...] = ()  # findings whose fields, status or evidence changed (new ones too)
    all_findings: bool = False  # many or unknown findings (an import, a resolved conflict)
    settings: bool = False  # office, officer, letterhead, paper… (titles and filter choices follow)
    keys: bool = False  # headquarters recipients, trusted devices
    conflicts: bool = False

    def touches(self, finding_id: str | None) -> bool:
        """True when the finding `finding_id` may have changed."""
        return finding_id is not None and (self.all_findings or finding_id in self.findings)

    @property
    def any_finding(self) -> bool:
        return self.all_findings or bool(self.findings)


class DataEvents(QObject):
    """The one signal views refresh from; lives in the UI thread."""

    changed = Signal(object)  # Changes


_events: DataEvents | None = None


def data_events() -> DataEvents:
    """The application's DataEvents (made on first use)."""
    global _events
    if _events is None or not isValid(_events):
        _events = DataEvents(QCoreApplication.instance())
    return _events


def announce(changes: Changes) -> None:
    """Tell every view that the store changed (UI thread)."""
    data_events().changed.emit(changes)


@dataclass(frozen=True)
class Written:
    """An operation's result, wrapped: a job that ended after its commit is told apart from one that did not
    get that far even when the operation itself returns None."""

    result: Any


def write_job(job: Job, data_dir: Path, fn: Callable[..., Any], args: tuple) -> Written:
    """The worker's side: a read-write Store of this thread; Batal interrupts its running statement (the
    transaction then rolls back and the vault forgets files it wrote)."""
    with open_store(job, data_dir, readonly=False) as store:
        job.check()
        return Written(fn(store, *args))


def run_operation(parent: QWidget | None, data_dir: Path, fn: Callable[..., Any], *args: Any, title: str,
                  label: str = "", changes: Changes | Callable[[Any], Changes] = Changes(),
                  on_success: Callable[[Any], None] | None = None,
                  on_failure: Callable[[str], None] | None = None,
                  on_cancelled: Callable[[], None] | None = None, delay_ms: int = 400) -> Job:
    """Run `fn(store, *args)` off the UI thread and announce `changes` (or `changes(result)`) once it committed.

    `on_success(result)` runs after the announcement; a refusal is shown in a dialog titled `title` (or handed to
    `on_failure(message)`); `on_cancelled()` runs when Batal stopped it before its commit.
    """
    job = Job(write_job, Path(data_dir), fn, args, name=title)
    job_ref = weakref.ref(job)  # a closure on the job's own signals must not hold the job (a C++ cycle)
    parent_ref = weakref.ref(parent) if parent is not None else (lambda: None)

    def parent_gone() -> bool:
        """The window that asked was closed meanwhile: its callbacks would touch deleted widgets."""
        owner = parent_ref()
        return parent is not None and (owner is None or not isValid(owner))

    def succeeded(written: Written) -> None:
        result = written.result
        try:
            announce(changes(result) if callable(changes) else changes)  # the other views still refresh
        finally:
            if on_success is not None and not parent_gone():
                on_success(result)

    def failed(message: str) -> None:
        if on_failure is not None and not parent_gone():
            on_failure(message)
            return
        from netralitas_desktop.gui.messages import show_error_text

        owner = parent_ref()
        show_error_text(owner if owner is not None and isValid(owner) else None, title, message)

    def cancelled() -> None:
        ended = job_ref()
        if ended is not None and isinstance(ended.result, Written):  # Batal came after the commit: it stands
            succeeded(ended.result)
        elif on_cancelled is not None and not parent_gone():
            on_cancelled()

    job.signals.cancelled.connect(cancelled)
    run_with_progress(parent, title, label or QCoreApplication.translate("Operations", "Menyimpan…"), job,
                      on_finished=succeeded, on_failed=failed, delay_ms=delay_ms)
    return job
