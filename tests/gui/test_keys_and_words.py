"""Keys that mean what they say, and the review's findings: empty states, disabled looks, an error summary that
says where, a large evidence preview, records in words an officer understands, Indonesian numbers."""

from __future__ import annotations

from gui_helpers import wait_list_idle
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import Finding, Subject

NIP = "198503122010011004"


def a_finding(**changes) -> Finding:
    finding = Finding(category="MS-SOSIALISASI", region_code="19.03.01", occurred_on="2023-12-02",
                      known_on="2023-12-03", description="Mengunggah ajakan memilih di akun Facebook pribadinya.",
                      subjects=[Subject(name="Hendra Saputra", employment_type="pns", nip=NIP)],
                      urls=["https://www.facebook.com/hendra/posts/1"])
    for key, value in changes.items():
        setattr(finding, key, value)
    return finding


def open_editor(qtbot, window, finding_id=None):
    from netralitas_desktop.gui.editor import FindingEditor

    editor = FindingEditor(window.store, finding_id, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_enter_in_the_editor_moves_on_and_never_saves_ctrl_s_saves(qtbot, window):
    editor = open_editor(qtbot, window)
    ui = editor.ui
    ui.titleEdit.setFocus()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Return)
    assert editor.isVisible() and not editor.attempted, "Enter does not try to save a half-filled form"
    assert QApplication.focusWidget() is not ui.titleEdit, "it moves to the next field"
    # The default button never moves: after pressing Tambah… in the evidence tab, Simpan is still the one drawn as
    # the default and no other button takes Enter.
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.evidenceTab))
    panel = ui.evidencePanel
    panel.ui.addButton.setFocus()
    defaults = [b for b in editor.findChildren(QPushButton) if b.isDefault() or b.autoDefault()]
    assert defaults == [ui.saveButton]
    qtbot.keyClick(panel.ui.itemList, Qt.Key.Key_Return)
    assert editor.isVisible() and not editor.attempted
    # Ctrl+S saves (here: refused, the form is empty, and the summary says where).
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.attempted and editor.isVisible()
    editor.dirty = False
    editor.reject()


def test_the_error_summary_names_tab_and_field_and_the_nip_box_is_outlined(qtbot, window):
    editor = open_editor(qtbot, window)
    ui = editor.ui
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("MS-SOSIALISASI"))
    ui.descriptionEdit.setPlainText("Mengunggah ajakan memilih.")
    ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(ui.addSubjectButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.subjectName, "Hendra Saputra")
    ui.subjectType.setCurrentIndex(ui.subjectType.findData("pns"))
    qtbot.keyClicks(ui.subjectNip, "19850312")  # 8 digits, not 18
    ui.tabs.setCurrentIndex(0)
    assert not editor.save()
    summary = ui.problemsLabel.text()
    assert "Terlapor › Daftar terlapor: terlapor 1 (NIP)" in summary.replace("&", "&").replace("&#8250;", "›")
    assert ui.tabs.currentIndex() == 1 and ui.subjectNip.property("invalid") is True
    assert ui.subjectName.property("invalid") is not True, "only the part at fault is outlined"
    assert QApplication.focusWidget() is ui.subjectNip
    assert ui.tabs.tabText(1).endswith("•") and not ui.tabs.tabText(0).endswith("•")
    qtbot.keyClicks(ui.subjectNip, "2010011004")
    editor.validate()
    assert ui.subjectNip.property("invalid") is False and not ui.problemsLabel.isVisible()
    editor.dirty = False
    editor.reject()


def test_ctrl_s_in_the_main_window_is_not_simpan_pdf_which_has_its_own_keys(qtbot, window):
    from netralitas_desktop.gui.report_dialogs import SaveReportDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(SaveReportDialog) is None
    assert window.ui.actionSavePdf.shortcut().toString() == "Ctrl+Shift+P"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(SaveReportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_an_empty_list_says_why_and_what_to_do(qtbot, window):
    label = window.empty_label
    assert label.isVisible() and "Belum ada temuan" in label.text() and "Temuan baru" in label.text()
    with Store(window.data_dir) as store:
        store.add_finding(a_finding())
    window.reload()
    wait_list_idle(qtbot, window)
    assert not label.isVisible()
    window.search_edit.setText("tidak ada yang bernama begini")
    wait_list_idle(qtbot, window)
    assert label.isVisible() and "Tidak ada temuan yang cocok" in label.text() and "Hapus semua filter" in label.text()
    label.linkActivated.emit("reset")
    wait_list_idle(qtbot, window)
    assert window.model.rowCount() == 1 and not label.isVisible() and window.search_edit.text() == ""


def test_disabled_toolbar_buttons_look_disabled_and_the_evidence_tab_forgets_the_last_count(qtbot, window):
    from netralitas_desktop.gui import style

    def colours(widget) -> set[str]:
        image = widget.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}

    edit = window.ui.toolBar.widgetForAction(window.ui.actionEditFinding)
    assert not edit.isEnabled()
    greyed = colours(edit)
    assert style.DISABLED_ICON in greyed and "#3b424b" not in greyed, "a disabled button is drawn greyed out"
    with Store(window.data_dir) as store:
        store.add_finding(a_finding())
    window.reload()
    wait_list_idle(qtbot, window)
    window.select_row(0)
    assert edit.isEnabled() and "#3b424b" in colours(edit) and style.DISABLED_ICON not in colours(edit)
    assert window.ui.detailTabs.tabText(1) == "Bukti (0)"
    window.search_edit.setText("tidak ada yang bernama begini")
    wait_list_idle(qtbot, window)
    assert window.ui.detailTabs.tabText(1) == "Bukti", "no count left over from the previous selection"


def test_the_audit_trail_and_the_detail_speak_an_officers_words(qtbot, window, tmp_path):
    from netralitas_desktop.gui.status_dialog import StatusDialog

    photo = tmp_path / "foto.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1877f2"))
    image.save(str(photo))
    with Store(window.data_dir) as store:
        finding = store.add_finding(a_finding(), evidence=[photo])
        store.update_finding(finding.id, {"description": "Uraian yang diperbaiki.", "facts": "Fakta baru."})
        store.change_status(finding.id, "temuan", "Ditetapkan dalam rapat pleno")
        store.remove_evidence(finding.evidence[0].id, "Foto ganda")
        trail = store.audit_trail(finding.id)
    window.reload()
    wait_list_idle(qtbot, window)
    window.select_row(0)
    history = window.ui.historyText.toPlainText()
    assert "Isian diubah · Uraian, Fakta dan keterangan (versi 2)" in history
    assert "Draf → Temuan (ditetapkan pleno)" in history and "Bukti ditandai dihapus · Foto ganda" in history
    for entry in trail:
        assert entry["hash"][:12] not in history
    assert finding.id not in history and "MS-SOSIALISASI" not in window.ui.detailText.toPlainText()
    dialog = StatusDialog(window.store, finding.id, window)
    qtbot.addWidget(dialog)
    table = dialog.ui.auditTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Waktu", "Petugas", "Tindakan", "Rincian"]
    cells = " ".join(table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()))
    assert "finding." not in cells and "evidence." not in cells and "draf" not in cells
    assert "foto.png" in cells and "B" in cells
    dialog.reject()


def test_a_large_preview_of_images_and_pdfs_inside_the_app(qtbot, window, tmp_path):
    photo = tmp_path / "baliho.png"
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    image.save(str(photo))
    from reportlab.pdfgen.canvas import Canvas

    letter = tmp_path / "surat-undangan.pdf"
    canvas = Canvas(str(letter))
    canvas.drawString(72, 720, "Undangan rapat dukungan calon")
    canvas.showPage()
    canvas.save()
    with Store(window.data_dir) as store:
        store.add_finding(a_finding(), evidence=[photo, letter])
    window.reload()
    wait_list_idle(qtbot, window)
    window.select_row(0)
    window.ui.detailTabs.setCurrentIndex(1)
    panel = window.evidence_panel
    assert not panel.ui.previewImage.pixmap().isNull(), "a picture beside the list, larger than the thumbnail"
    assert panel.ui.previewImage.pixmap().width() > 64
    panel.preview_selected()
    dialog = panel.preview_dialog
    assert dialog is not None and dialog.isVisible() and dialog.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: dialog.image_label.pixmap().width() > 400)  # fitted to the window
    shown = dialog.image_label.pixmap()
    assert shown.width() > 400 and shown.width() <= dialog.image_area.viewport().width()
    assert "gambar PNG" in dialog.meta.text() and "1,6 KB" not in dialog.meta.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # → the next item
    assert dialog.pages.currentIndex() == 1 and dialog.document.pageCount() == 1
    assert dialog.windowTitle().startswith("Bukti 2 dari 2")
    dialog.reject()


def test_sizes_and_dates_read_the_indonesian_way():
    from netralitas_desktop.domain.deadlines import Deadline
    from netralitas_desktop.gui.i18n import deadline_text, size_id

    assert size_id(3_911_680) == "3,7 MB"
    fields = Deadline.__dataclass_fields__
    values = {"label": "Penetapan temuan", "due_on": QDate(2023, 12, 12).toPython(), "days_left": -3,
              "day_kind": "kerja"}
    deadline = Deadline(**{k: values[k] for k in fields if k in values},
                        **{k: None for k in fields if k not in values})
    assert deadline_text(deadline) == "Penetapan temuan: lewat 3 hari kerja (batas Selasa, 12 Desember 2023)"
