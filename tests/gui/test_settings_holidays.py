"""Settings → Laporan: loading a holiday file (CSV or JSON) is one store action off the UI thread, refused files are
shown in a dialog and change nothing, and every deadline the app shows follows the new list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_helpers import FINDING_ARGS, run
from gui_helpers import open_window
from PySide6.QtCore import Qt

import netralitas_desktop.gui.settings_dialog as settings_module
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.gui.editor import FindingEditor
from netralitas_desktop.gui.i18n import deadline_text
from netralitas_desktop.gui.models import COLUMNS
from netralitas_desktop.gui.operations import data_events
from netralitas_desktop.gui.settings_dialog import SettingsDialog


def test_a_holiday_file_is_loaded_from_settings(qtbot, store, tmp_path: Path):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert "2023, 2024, 2025, 2026, 2027" in dialog.holidayLabel.text()
    assert "Sementara: 2027" in dialog.holidayLabel.text()
    csv = tmp_path / "libur-2028.csv"
    csv.write_text("date,name,kind\n2028-01-01,Tahun Baru 2028 Masehi,libur_nasional\n", encoding="utf-8")
    changes = []
    data_events().changed.connect(changes.append)
    dialog.load_holidays(csv)
    qtbot.waitUntil(lambda: "2028" in dialog.holidayLabel.text(), timeout=10_000)
    data_events().changed.disconnect(changes.append)
    assert dialog.holidayButton.isEnabled()
    assert [c.all_findings for c in changes] == [True]  # every list and dashboard recounts its deadlines
    assert store.holiday_calendar().knows(2028)  # the dialog's own store sees the worker's write
    actions = [row["action"] for row in store.database.query("SELECT action FROM audit_log")]
    assert actions[-1] == "holiday.import"


def test_a_bad_holiday_file_is_shown_and_changes_nothing(qtbot, store, tmp_path: Path, monkeypatch):
    shown = []  # the error dialog, as the settings dialog calls it
    monkeypatch.setattr(settings_module, "show_error_text", lambda parent, title, message: shown.append(
        (title, message)))
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    bad = tmp_path / "libur.csv"
    bad.write_text("date,name\n2028-02-30,Salah\n", encoding="utf-8")
    dialog.load_holidays(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] == "Daftar hari libur tidak dimuat" and "tanggal tidak valid" in shown[0][1]
    assert dialog.holidayButton.isEnabled() and not store.holiday_calendar().knows(2028)


def test_the_deadline_text_says_when_it_is_an_estimate():
    exact = Deadline("Putusan/penanganan", date(2027, 12, 31), 3, "kerja")
    estimate = Deadline("Putusan/penanganan", date(2028, 1, 4), 3, "kerja", (2028,))
    assert "perkiraan" not in deadline_text(exact)
    assert deadline_text(estimate).endswith("(batas Selasa, 4 Januari 2028), perkiraan: hari libur 2028 belum "
                                            "diketahui")


def test_an_estimate_is_marked_in_the_list_the_detail_the_editor_and_the_dashboard(qtbot, store_dir: Path):
    """A case decided in December 2022 counts its working days into a year whose holidays the app does not know
    (its list starts in 2023): every place that shows the deadline says it is an estimate."""
    args = [a.replace("2023-12-02", "2022-12-19").replace("2023-12-03", "2022-12-20") for a in map(str, FINDING_ARGS)]
    finding_id = run(store_dir, *args, "--json").json()["id"]
    for status, on in (("temuan", "2022-12-21"), ("teregistrasi", "2022-12-22")):
        assert run(store_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", on).code == 0
    window = open_window(qtbot, store_dir)
    deadline_column = [c.key for c in COLUMNS].index("deadline")
    row = window.model.row_of(finding_id)
    cell = window.model.data(window.model.index(row, deadline_column), Qt.ItemDataRole.DisplayRole)
    assert cell.endswith("(perkiraan)"), cell
    window.show_finding(finding_id)
    qtbot.waitUntil(lambda: window.current_id == finding_id, timeout=10_000)
    assert window.ui.deadlineChip.text().startswith("Lewat ") and window.ui.deadlineChip.text().endswith(
        "(perkiraan)")
    assert "perkiraan: hari libur 2022 belum diketahui" in window.ui.deadlineChip.toolTip()
    assert "perkiraan: hari libur 2022 belum diketahui" in window.ui.detailText.toPlainText()
    window.show_page(1)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=20_000)
    model = dashboard.deadline_model
    texts = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
    assert any(str(t).endswith("(perkiraan)") for t in texts), texts
    editor = FindingEditor(window.store, finding_id)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "dirty", False))
    editor.show()
    editor.validate()
    assert editor.ui.deadlineChip.text().endswith(", perkiraan: hari libur 2022 belum diketahui")
