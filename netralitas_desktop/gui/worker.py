"""Long work off the UI thread: a job runs a function in a thread pool and reports through signals.

    job = Job(count_everything, data_dir)          # count_everything(job, data_dir) -> result
    job.signals.finished.connect(show)             # finished(result), failed(message), cancelled()
    runner.start(job)                              # or run_with_progress(parent, title, job)

The function receives the job: `job.report(done, total)` updates the progress bar and raises Cancelled
once the user pressed Batal; `job.on_cancel(store.conn.interrupt)` stops a running SQLite query at once.
SQLite connections are not shared across threads: a job opens its own Store(data_dir) (see `open_store`).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

from netralitas_desktop.domain.errors import Cancelled, NetralitasError

log = logging.getLogger("netralitas.gui")


class JobSignals(QObject):
    """Lives in the UI thread. The worker thread only emits `progress` (two ints) and `_ended` (nothing):
    no Python object crosses threads inside a Qt signal (PySide6 has had reference-counting bugs there, which
    crashed the interpreter under load); the outcome is kept on the job and re-emitted from the UI thread."""

    progress = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _ended = Signal()

    def __init__(self, job: Job):
        super().__init__()
        self.job: Job | None = job
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        job, self.job = self.job, None  # break the job ↔ signals cycle once delivered
        if job is None:
            return
        try:
            if job.outcome == "finished":
                self.finished.emit(job.result)
            elif job.outcome == "failed":
                self.failed.emit(job.message)
            else:
                self.cancelled.emit()
        finally:
            job.result = None  # the receivers have it; a list of 100,000 ids must not outlive them
            if job.runner is not None:
                job.runner.forget(job)


class Job(QRunnable):
    """One piece of work for the thread pool; `fn(job, *args)` returns the result."""

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = ""):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.name = fn, args, name or getattr(fn, "__name__", "job")
        self.result: Any = None
        self.message = ""
        self.outcome = ""  # finished, failed or cancelled, set in the worker thread before _ended
        self.runner: JobRunner | None = None
        self.signals = JobSignals(self)
        self._cancelled = threading.Event()
        self._cancel_hooks: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.done = threading.Event()

    # -- called from the job's thread ---------------------------------------------------------------------
    def report(self, done: int, total: int = 0) -> None:
        """Report progress; raises Cancelled when the user cancelled, or when the app quit under the job (its signals
        went with the window: stop quietly, the job's transaction rolls back)."""
        self.check()
        try:
            self.signals.progress.emit(int(done), int(total))
        except RuntimeError:  # "Signal source has been deleted"
            raise Cancelled from None

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Call `hook` (from the UI thread) if the job is cancelled while running, e.g. conn.interrupt."""
        with self._lock:
            self._cancel_hooks.append(hook)
        if self._cancelled.is_set():
            hook()

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    # -- called from the UI thread ------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            hooks = list(self._cancel_hooks)
        for hook in hooks:
            try:
                hook()
            except Exception:  # noqa: BLE001 - a hook on a closed connection must not break cancelling
                log.debug("cancel hook failed", exc_info=True)

    def run(self) -> None:
        try:
            self.result = self.fn(self, *self.args)
            self.outcome = "cancelled" if self.is_cancelled else "finished"
        except Cancelled:
            self.outcome = "cancelled"
        except NetralitasError as err:
            # An interrupted query surfaces as a StoreError: that is a cancel, not a failure.
            self.outcome, self.message = ("cancelled", "") if self.is_cancelled else ("failed", str(err))
        except Exception as err:  # noqa: BLE001 - every failure must reach the user, not kill the thread
            if self.is_cancelled:
                self.outcome = "cancelled"
            else:
                log.error("job %s failed:\n%s", self.name, traceback.format_exc())
                self.outcome = "failed"
                self.message = QCoreApplication.translate(
                    "Job", "Terjadi kesalahan tak terduga ({error}). Coba ulangi; bila terulang, kirim berkas log "
                    "ke admin.").format(error=f"{type(err).__name__}: {err}")
        finally:
            self.done.set()
            try:
                self.signals._ended.emit()
            except RuntimeError:
                pass  # the application is closing and its objects are gone: nobody is waiting for this answer


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 3):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        # No lambda holding the job is connected to its own signals: that cycle runs through C++ and the
        # garbage collector cannot break it. The job tells the runner itself once its outcome is delivered.
        job.runner = self
        self._running.add(job)
        self.pool.start(job)
        return job

    def forget(self, job: Job) -> None:
        self._running.discard(job)
        job.runner = None

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


_default_runner: JobRunner | None = None


def default_runner() -> JobRunner:
    global _default_runner
    if _default_runner is None:
        _default_runner = JobRunner(QCoreApplication.instance())
    return _default_runner


@contextmanager
def open_store(job: Job, data_dir: Path, *, readonly: bool = True):
    """A Store of this thread for the job's duration; cancelling the job interrupts its running query."""
    from netralitas_desktop.data.store import Store

    store = Store(data_dir, readonly=readonly)
    job.on_cancel(store.conn.interrupt)
    try:
        yield store
    finally:
        store.close()


def run_with_progress(parent: QWidget | None, title: str, label: str, job: Job, *,
                      on_finished: Callable[[Any], None] | None = None,
                      on_failed: Callable[[str], None] | None = None,
                      runner: JobRunner | None = None, delay_ms: int = 400) -> QProgressDialog:
    """Run a job with a modal progress dialog and a Batal button; the dialog appears only if the job takes a while."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, QCoreApplication.translate("Job", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)
    dialog.setValue(0)

    def progress(done: int, total: int) -> None:
        if not isValid(dialog):
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)

    def close() -> None:
        if isValid(dialog):  # gone with its parent when a window closed while the job ran
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def finished(result: Any) -> None:
        close()
        if on_finished:
            on_finished(result)

    def failed(message: str) -> None:
        close()
        if on_failed:
            on_failed(message)
        else:
            from netralitas_desktop.gui.messages import show_error_text

            show_error_text(parent if parent is not None and isValid(parent) else None, title, message)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(close)
    dialog.canceled.connect(job.cancel)
    (runner or default_runner()).start(job)  # the runner keeps the job until its outcome is delivered
    return dialog
