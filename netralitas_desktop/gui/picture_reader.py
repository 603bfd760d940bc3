"""Reading the words in evidence pictures (OCR) in the background, never on the UI thread: a small status-bar
widget shows the progress ("Membaca teks gambar 3/10") with a button to pause and continue.

The reader starts when the main window has its store and again after every change to findings (evidence added,
a bundle imported); it reads what waits in the store's queue (services/reading.py), one file per transaction, so
a pause or closing the app loses nothing: the file being read simply waits for the next run. When the OCR cannot
run in this installation, the widget says so in one line and the pictures keep waiting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from netralitas_desktop.gui.operations import Changes, announce
from netralitas_desktop.gui.worker import Job, JobRunner, open_store


def read_waiting_pictures(job: Job, data_dir: Path) -> list[str]:
    """The worker's side: read every picture waiting in the queue; returns the findings whose words changed."""
    from netralitas_desktop.data import readings
    from netralitas_desktop.services import reading

    with open_store(job, data_dir, readonly=False) as store:
        if not readings.pending_files(store, limit=1) and not readings.unhashed_files(store, limit=1):
            return []
        summary = reading.read_queue(store, progress=lambda done, total: job.report(done, total),
                                     stop=lambda: job.is_cancelled)
        return sorted(summary.findings)


class PictureReader(QObject):
    """One background reader per main window; `widget` goes in the status bar."""

    enabled = True  # the GUI tests switch it off unless they test it (reading takes seconds per picture)

    def __init__(self, parent: QWidget, data_dir: Path, runner: JobRunner):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.runner = runner
        self.job: Job | None = None
        self.paused = False
        self.again = False  # a change came while reading: look at the queue once more afterwards
        self.progressed = False
        self.widget = QWidget(parent)
        self.widget.setObjectName("pictureReader")
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.widget)
        self.bar = QProgressBar(self.widget)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.button = QToolButton(self.widget)
        self.button.clicked.connect(self.toggle_pause)
        for part in (self.label, self.bar, self.button):
            layout.addWidget(part)
        self.widget.hide()

    def start(self) -> None:
        """Read what waits in the queue (unless paused or already reading)."""
        if not self.enabled or self.paused:
            return
        if self.job is not None:
            self.again = True
            return
        self.again = self.progressed = False
        job = Job(read_waiting_pictures, self.data_dir, name="baca teks gambar")
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        self.runner.start(job)

    def toggle_pause(self) -> None:
        """Pause (the picture being read is read again later) or continue."""
        self.paused = not self.paused
        if self.paused:
            if self.job is not None:
                self.job.cancel()
            self.label.setText(self.tr("Pembacaan teks gambar dijeda"))
            self.button.setText(self.tr("Lanjutkan"))
        else:
            self.start()

    def _progress(self, done: int, total: int) -> None:
        self.progressed = self.progressed or done > 0
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.bar.show()
        self.label.setText(self.tr("Membaca teks gambar {done}/{total}").format(done=done, total=total))
        self.button.setText(self.tr("Jeda"))
        self.button.setToolTip(self.tr("Hentikan sementara pembacaan teks gambar (OCR); gambar yang belum dibaca "
                                       "tetap menunggu."))
        self.widget.show()

    def _ended(self) -> None:
        self.job = None
        if not self.paused:
            self.widget.hide()

    def _finished(self, findings: list[str]) -> None:
        self._ended()
        if findings:
            announce(Changes(findings=tuple(findings)))  # their words are now found by the search
        if self.again:
            self.start()

    def _cancelled(self) -> None:
        progressed = self.progressed
        self._ended()
        if progressed:
            announce(Changes(all_findings=True))  # what was read before the pause is searchable already

    def _failed(self, message: str) -> None:
        """The OCR cannot run here (or a store error): one line in the status bar, the pictures keep waiting."""
        self.job = None
        self.paused = True
        self.bar.hide()
        self.label.setText(message)
        self.label.setToolTip(message)
        self.button.setText(self.tr("Coba lagi"))
        self.widget.show()
