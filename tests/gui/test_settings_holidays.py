"""Settings → Laporan: loading a holiday file (CSV or JSON) is one store action off the UI thread, refused files are
shown in a dialog and change nothing, and every deadline the app shows follows the new list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import netralitas_desktop.gui.settings_dialog as settings_module
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.gui.i18n import deadline_text
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
