"""The long sync work, each in a worker thread with a Store of its own, and how a dialog follows one.

The core polls `cancelled()` between chunks and promises that a cancel leaves nothing behind, so these jobs do
not interrupt the SQLite connection on cancel (an interrupt landing after an export's file is renamed, or inside
an import's commit, would break that promise). A job whose work was done when the user pressed Batal (an import
past its commit, an export whose file is in place) reports its result, never "dibatalkan": the Job marks it
cancelled but keeps `job.result`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressBar

from netralitas_desktop.data import same_files
from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.worker import Job, default_runner
from netralitas_desktop.services import duplicates
from netralitas_desktop.sync import (
    ExportResult,
    ImportPlan,
    ImportReport,
    export_bundle,
    import_bundle,
    inspect_bundle,
)


def _hooks(job: Job) -> dict:
    # The core may report from a helper thread: only emit there (JobSignals reach the UI thread queued).
    return {"progress": lambda done, total: job.signals.progress.emit(done, total),
            "cancelled": lambda: job.is_cancelled}


def write_bundle(job: Job, data_dir: Path, output: Path, full: bool, recipients: list[str]) -> ExportResult:
    """Export a bundle for the level above (worker thread)."""
    with Store(data_dir) as store:
        return export_bundle(store, output, full=full, recipients=recipients, **_hooks(job))


def check_bundle(job: Job, data_dir: Path, path: Path) -> ImportPlan:
    """Verify a bundle and say what importing it would change, changing nothing (worker thread)."""
    with Store(data_dir) as store:
        return inspect_bundle(store, path, **_hooks(job))


def apply_bundle(job: Job, data_dir: Path, path: Path, trust_new_device: bool,
                 retrust: bool = False) -> ImportReport:
    """Import a bundle whole, in one transaction (worker thread); `retrust` accepts the new level or region an
    office claims, after the operator confirmed the change shown in the preview."""
    with Store(data_dir) as store:
        before = same_files.change_counter(store)
        report = import_bundle(store, path, trust_new_device=trust_new_device, retrust=retrust, **_hooks(job))
        same = duplicates.import_matches(store, before)  # "3 berkas sama dengan temuan yang sudah ada"
    report.same_as_existing = same.counts()
    return report


def start_job(fn: Callable[..., Any], *args: Any, name: str, progress_bar: QProgressBar,
              on_finished: Callable[[Any], None], on_failed: Callable[[str], None],
              on_cancelled: Callable[[], None]) -> Job:
    """Run `fn(job, *args)` on the shared runner, showing its progress on `progress_bar`."""
    job = Job(fn, *args, name=name)
    job_ref = weakref.ref(job)  # a closure on the job's own signals must not hold the job (an uncollectable cycle)
    progress_bar.setRange(0, 1000)
    progress_bar.setValue(0)

    def progress(done: int, total: int) -> None:
        if total > 0:
            progress_bar.setRange(0, total)
            progress_bar.setValue(min(done, total))

    def cancelled() -> None:
        ended = job_ref()
        if ended is not None and ended.result is not None:  # done before the cancel could stop it: it stands
            on_finished(ended.result)
        else:
            on_cancelled()

    job.signals.progress.connect(progress)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.cancelled.connect(cancelled)
    default_runner().start(job)
    return job


class JobDialog(QDialog):
    """A dialog that runs one job at a time (`self.job`): its stop button cancels the job, and closing it while
    the job runs cancels the job and closes once it has stopped. Subclasses name their form's stop button and
    progress text (`follow_job_with`)."""

    job: Job | None = None
    _close_when_done = False
    stop_button: QAbstractButton | None = None
    progress_label: QLabel | None = None

    def follow_job_with(self, stop_button: QAbstractButton, progress_label: QLabel) -> None:
        """The stop button cancels the job; the progress text says it is being cancelled."""
        self.stop_button, self.progress_label = stop_button, progress_label
        stop_button.clicked.connect(self.cancel_job)

    def cancel_job(self) -> None:
        if self.job is not None:
            if self.stop_button is not None:
                self.stop_button.setEnabled(False)
            if self.progress_label is not None:
                self.progress_label.setText(QCoreApplication.translate("JobDialog", "Membatalkan…"))
            self.job.cancel()

    def _job_ended(self) -> bool:
        """Forget the job; True when the dialog was asked to close meanwhile (and now closes)."""
        self.job = None
        if self._close_when_done:
            super().reject()
            return True
        return False

    def reject(self) -> None:
        if self.job is not None:
            self._close_when_done = True
            self.cancel_job()
            return
        super().reject()
