"""The dashboard counts off the UI thread and every row opens the matching list; jobs report and cancel."""

from __future__ import annotations

import threading

from gui_helpers import answer_modal, open_window, wait_list_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import StoreError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.gui.worker import Job, JobRunner, run_with_progress
from netralitas_desktop.services import stats


def test_dashboard_counts_and_clicks_open_the_list(qtbot, large_store_dir):
    window = open_window(qtbot, large_store_dir)
    window.show_page(1)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=20_000)
    with Store(large_store_dir, readonly=True) as store:
        counts = stats.finding_counts(store)
        assert dashboard.ui.totalCardValue.text() == f"{counts.total:,}".replace(",", ".")
        status_rows = {key: n for key, _label, n, _tip in dashboard.models["status"].rows}
        assert status_rows == counts.by_status
        assert {k: n for k, _l, n, _t in dashboard.models["district"].rows} == counts.by_district
        assert dashboard.models["district"].rows[0][1] == "Toboali", "names, not codes"
        # A status row → the list filtered to that status.
        row = next(i for i, r in enumerate(dashboard.models["status"].rows) if r[0] == "klarifikasi")
        dashboard.ui.statusView.clicked.emit(dashboard.models["status"].index(row, 0))
        wait_list_idle(qtbot, window)
        assert window.ui.pages.currentIndex() == 0
        assert window.model.ids == store.finding_ids(FindingFilter(statuses=["klarifikasi"]), order=window.order)
        # A district row → the list filtered to that kecamatan.
        window.show_page(1)
        dashboard.ui.districtView.clicked.emit(dashboard.models["district"].index(0, 0))
        wait_list_idle(qtbot, window)
        district = dashboard.models["district"].rows[0][0]
        assert window.filter.region == district
        assert window.model.ids == store.finding_ids(FindingFilter(region=district), order=window.order)
        # A click on the overdue card (on its number) → exactly the overdue findings; a deadline row → that
        # finding selected.
        window.show_page(1)
        qtbot.mouseClick(dashboard.ui.overdueCardValue, Qt.MouseButton.LeftButton)
        assert window.model.ids == dashboard.data.overdue_ids and window.fixed_label == "Lewat batas waktu"
        assert "Lewat batas waktu:" in window.count_label.text()
        target = dashboard.deadline_model.rows[3][0]["id"]
        window.show_page(1)
        dashboard.ui.deadlineView.clicked.emit(dashboard.deadline_model.index(3, 0))
        wait_list_idle(qtbot, window)
        assert window.current_id == target


def slow_count(job: Job, steps: int, started: threading.Event) -> int:
    started.set()
    for step in range(steps):
        job.report(step, steps)
        threading.Event().wait(0.01)
    return steps


def test_a_job_reports_progress_and_can_be_cancelled(qtbot):
    runner = JobRunner()
    started = threading.Event()
    job = Job(slow_count, 500, started)
    progress, results = [], []
    job.signals.progress.connect(lambda done, total: progress.append((done, total)))
    job.signals.finished.connect(results.append)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        runner.start(job)
        started.wait(2)
        qtbot.waitUntil(lambda: len(progress) > 2)
        job.cancel()
    assert results == [] and progress[0] == (0, 500)
    finished = Job(slow_count, 3, threading.Event())
    with qtbot.waitSignal(finished.signals.finished, timeout=5000) as blocker:
        runner.start(finished)
    assert blocker.args == [3]
    runner.wait()


def refuse(job: Job) -> None:
    raise StoreError("Basis data sedang dipakai proses lain. Tutup proses itu lalu ulangi.")


def test_a_failed_job_shows_the_indonesian_message(qtbot):
    seen = []

    def read(box) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_modal(read)
    dialog = run_with_progress(None, "Memuat", "Memuat daftar…", Job(refuse), delay_ms=0)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("Memuat", "Basis data sedang dipakai proses lain. Tutup proses itu lalu ulangi.")]
    assert dialog.labelText() == "Memuat daftar…"


def test_menu_actions_call_the_sync_and_report_entry_points(qtbot, window, monkeypatch):
    """Ekspor/Impor bundel and Cetak/Simpan PDF call actions_sync / actions_reports with an ActionContext."""
    from netralitas_desktop.gui import actions_reports, actions_sync
    from netralitas_desktop.gui.context import ActionContext

    calls = []
    for module, name in ((actions_sync, "export_bundle"), (actions_sync, "import_bundle"),
                         (actions_reports, "print_preview"), (actions_reports, "save_pdf")):
        monkeypatch.setattr(module, name, lambda ctx, n=name: calls.append((n, ctx)))
    for action in (window.ui.actionExportBundle, window.ui.actionImportBundle, window.ui.actionPrintPreview,
                   window.ui.actionSavePdf):
        action.setEnabled(True)
        action.trigger()
    assert [name for name, _ in calls] == ["export_bundle", "import_bundle", "print_preview", "save_pdf"]
    ctx = calls[0][1]
    assert isinstance(ctx, ActionContext) and ctx.data_dir == window.data_dir and ctx.store is window.store
    assert ctx.selected_ids() == [] and ctx.current_filter() == window.filter


def test_a_job_whose_window_closed_stops_quietly(caplog):
    """The app quit under a running job (demo data being made when the officer closes the window): its next progress
    report stops it as cancelled — its transaction rolls back — instead of a 'Signal source has been deleted'
    traceback in the log."""
    from shiboken6 import delete

    def reports_twice(job: Job) -> str:
        job.report(1, 2)
        job.report(2, 2)
        return "selesai"

    job = Job(reports_twice)
    delete(job.signals)  # what closing the application does to the job's QObject
    job.run()
    assert job.outcome == "cancelled" and job.result is None
    assert "failed" not in caplog.text and "Traceback" not in caplog.text
