"""The editor checks a finding as the officer types and shows each problem next to its field."""

from __future__ import annotations

from gui_helpers import answer_modal
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from netralitas_desktop.gui.editor import FindingEditor
from netralitas_desktop.services import drafts


def new_editor(qtbot, store) -> FindingEditor:
    editor = FindingEditor(store)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "dirty", False))  # no "discard?" question
    editor.show()
    return editor


def shown(label) -> str:
    """The message a label shows (also on a tab not in front); '' when hidden."""
    return "" if label.isHidden() else label.text()


def test_saving_an_empty_finding_names_every_missing_field(qtbot, store):
    editor = new_editor(qtbot, store)
    ui = editor.ui
    assert not any(shown(label) for label in editor.error_labels.values()), "nothing typed yet"
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.saved is None
    assert shown(ui.err_category) == "Kategori pelanggaran wajib diisi."
    assert shown(ui.err_description) == "Uraian singkat kejadian wajib diisi."
    assert shown(ui.err_subjects) == "Minimal satu terlapor wajib diisi."
    assert shown(ui.err_region_code) == "", "the office's region is filled in already"
    assert ui.categoryCombo.property("invalid") is True
    assert "3 isian perlu diperbaiki" in ui.problemsLabel.text()
    assert ui.tabs.currentIndex() == 0 and ui.tabs.tabText(1).endswith("•")
    assert store.count_findings() == 0


def test_problems_appear_only_for_fields_the_officer_touched(qtbot, store):
    editor = new_editor(qtbot, store)
    ui = editor.ui
    qtbot.keyClicks(ui.urlsEdit, "facebook.com/postingan")
    editor.validate()
    assert shown(ui.err_urls).startswith("Tautan ke-1 tidak valid: 'facebook.com/postingan'")
    assert shown(ui.err_description) == "" and shown(ui.err_category) == ""
    ui.urlsEdit.setPlainText("https://www.facebook.com/postingan/1")
    editor.validate()
    assert shown(ui.err_urls) == ""


def test_subject_numbers_dates_and_reporter(qtbot, store):
    editor = new_editor(qtbot, store)
    ui = editor.ui
    qtbot.mouseClick(ui.addSubjectButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.subjectName, "Hendra Saputra")
    qtbot.keyClicks(ui.subjectNip, "19850312201001100")  # 17 digits
    qtbot.keyClicks(ui.subjectNik, "1903")
    ui.occurredEdit.setDate(QDate(2023, 12, 5))
    ui.knownEdit.setDate(QDate(2023, 12, 1))
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("laporan"))
    editor.validate()
    assert shown(ui.err_subjects) == "Terlapor ke-1: NIP harus 18 angka.\nTerlapor ke-1: NIK harus 16 angka."
    assert shown(ui.err_known_on) == "Tanggal diketahui tidak boleh sebelum tanggal kejadian."
    editor.attempted = True
    editor.validate()
    assert shown(ui.err_reporter_name) == "Nama pelapor wajib diisi untuk laporan masyarakat."
    reporter_tab = ui.tabs.indexOf(ui.reporterTab)
    assert ui.tabs.isTabVisible(reporter_tab), "a laporan shows its reporter"
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("temuan"))
    editor.validate()
    assert shown(ui.err_reporter_name) == "" and not ui.tabs.isTabVisible(reporter_tab)


def test_dates_cannot_be_in_the_future_and_use_the_indonesian_calendar(qtbot, store):
    editor = new_editor(qtbot, store)
    ui = editor.ui
    assert ui.occurredEdit.maximumDate() == QDate.currentDate()
    ui.occurredEdit.setDate(QDate(2023, 11, 30))
    assert ui.occurredEdit.text() == "Kamis, 30 November 2023"
    calendar = ui.occurredEdit.calendarWidget()
    assert calendar.locale().language() == QLocale.Language.Indonesian
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday, "Indonesian calendars start on Minggu"


def test_deadline_indicator_turns_red_when_overdue(qtbot, store):
    editor = new_editor(qtbot, store)
    ui = editor.ui
    ui.occurredEdit.setDate(QDate(2023, 12, 1))
    ui.knownEdit.setDate(QDate(2023, 12, 1))
    editor.validate()
    assert ui.deadlineChip.text().startswith("Penetapan temuan: lewat ")
    assert ui.deadlineChip.property("chip") == "danger"
    today = QDate.currentDate()
    ui.occurredEdit.setDate(today)
    ui.knownEdit.setDate(today)
    editor.validate()
    assert "sisa" in ui.deadlineChip.text() and ui.deadlineChip.property("chip") in ("info", "warning")


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, window):
    window.new_finding()
    editor = window.editor
    qtbot.keyClicks(editor.ui.descriptionEdit, "Kepala desa membagikan kalender bergambar calon.")
    qtbot.waitUntil(lambda: bool(drafts.list_drafts(window.data_dir)), timeout=5000)  # autosave, no click
    assert "Draf tersimpan otomatis pukul" in editor.ui.draftLabel.text()
    # A crash: the editor disappears without Simpan or Batal.
    editor.dirty = False
    editor.done(0)
    editor.deleteLater()
    qtbot.waitUntil(lambda: window.editor is None)
    saved = drafts.list_drafts(window.data_dir)
    assert len(saved) == 1 and saved[0].fields["description"].startswith("Kepala desa")

    def resume(box) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "draftQuestion"
        next(b for b in box.buttons() if b.text() == "Lanjutkan draf").click()

    answer_modal(resume)
    window.new_finding()
    restored = window.editor
    assert restored.ui.descriptionEdit.toPlainText() == "Kepala desa membagikan kalender bergambar calon."
    assert restored.draft_key == saved[0].key

    def discard(box) -> None:
        next(b for b in box.buttons() if b.text() == "Buang perubahan").click()

    answer_modal(discard)
    restored.reject()
    qtbot.waitUntil(lambda: window.editor is None)
    assert drafts.list_drafts(window.data_dir) == [], "Batal removes the draft"
