"""The fields of the printed forms in the editor, end to end: what the officer types reaches the store and the
printed PDF — Form A's activities and date of writing, the provisions violated, a laporan's reporter and receipt,
the handover mark, evidence described in words — and an edit keeps every field the editor does not show."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from gui_helpers import answer_modal, wait_list_idle
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import Activity, Finding, Subject
from netralitas_desktop.domain.provisions import default_provisions
from netralitas_desktop.gui.editor import FindingEditor
from netralitas_desktop.reports.form_a import build_form_a
from netralitas_desktop.reports.model_b import build_laporan, build_receipt

SPT = "012/PM.00.01/K.BB-05/11/2023"
NIP = "198503122010011004"
LEFT = Qt.MouseButton.LeftButton


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def type_into(qtbot, edit, text: str) -> None:
    """Type as an officer does: into the box from its start (masked boxes fill their separators themselves)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    edit.home(False)
    qtbot.keyClicks(edit, text)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def open_editor(qtbot, window, finding_id: str | None = None) -> FindingEditor:
    editor = FindingEditor(window.store, finding_id, window)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "dirty", False))
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def save(qtbot, editor: FindingEditor) -> Finding:
    """Ctrl+S, then wait for the operation to store it and close the editor."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.attempted and not editor.problems, editor.problems
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert editor.saved is not None
    return editor.saved


def fill_event(qtbot, editor: FindingEditor, subject_type: str = "pns") -> None:
    ui = editor.ui
    choose(ui.categoryCombo, "MS-SOSIALISASI")
    choose(ui.platformCombo, "facebook")
    ui.occurredEdit.setDate(QDate(2023, 12, 2))
    ui.knownEdit.setDate(QDate(2023, 12, 3))
    ui.regionPicker.set_code("19.03.01.2008")
    ui.descriptionEdit.setPlainText("Mengunggah ajakan memilih pasangan calon nomor urut 02 di akun Facebook.")
    ui.urlsEdit.setPlainText("https://www.facebook.com/hendra.saputra/posts/1234567890")
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.subjectsTab))
    qtbot.mouseClick(ui.addSubjectButton, LEFT)
    qtbot.keyClicks(ui.subjectName, "Hendra Saputra")
    choose(ui.subjectType, subject_type)
    if subject_type == "pns":
        qtbot.keyClicks(ui.subjectNip, NIP)


def test_form_a_activities_date_of_writing_and_provisions_reach_the_store_and_the_printed_form(qtbot, window,
                                                                                            tmp_path):
    with Store(window.data_dir) as store:
        store.set_setting("assignment_letter", SPT)
    editor = open_editor(qtbot, window)
    ui = editor.ui
    fill_event(qtbot, editor)

    # Form A: the date of writing, and three activities — one removed, one moved up.
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.formATab))
    assert not ui.formAOnly.isHidden() and ui.formANote.isHidden()
    assert SPT in ui.activitySpt.placeholderText(), "an empty SPT number takes the office's default"
    assert ui.activityZoneLabel.text() == "WIB"
    ui.writtenEdit.setDate(QDate(2023, 12, 5))
    qtbot.mouseClick(ui.addActivityButton, LEFT)
    assert ui.activityDate.date() == QDate(2023, 12, 3), "a new activity is dated the day the finding became known"
    choose(ui.activityForm, "analisis")
    type_into(qtbot, ui.activityPlace, "Sekretariat Panwaslu Kecamatan Toboali")
    qtbot.keyClick(ui.activityPlace, Qt.Key.Key_Return)  # Enter moves on: it never saves a half-filled form
    assert editor.isVisible() and not editor.attempted
    type_into(qtbot, ui.activityTimeFrom, "0900")
    type_into(qtbot, ui.activityTimeTo, "1100")
    type_into(qtbot, ui.activityPurpose, "Patroli siber akun media sosial ASN")
    type_into(qtbot, ui.activityTarget, "Akun Facebook pribadi ASN di Kecamatan Toboali")

    qtbot.mouseClick(ui.addActivityButton, LEFT)
    choose(ui.activityForm, "langsung")
    type_into(qtbot, ui.activityPlace, "Rumah makan di Desa Rias")
    qtbot.mouseClick(ui.removeActivityButton, LEFT)  # not this one after all
    assert ui.activitiesTable.rowCount() == 1

    qtbot.mouseClick(ui.addActivityButton, LEFT)
    choose(ui.activityForm, "langsung")
    ui.activityDate.setDate(QDate(2023, 12, 4))
    type_into(qtbot, ui.activityPlace, "Balai Desa Rias")
    type_into(qtbot, ui.activityTimeFrom, "1330")
    type_into(qtbot, ui.activitySpt, "099/SPT/PM.01/XII/2023")
    qtbot.mouseClick(ui.moveActivityUpButton, LEFT)
    assert [ui.activitiesTable.item(r, 3).text() for r in range(2)] == [
        "Balai Desa Rias", "Sekretariat Panwaslu Kecamatan Toboali"]

    # A time the gate refuses is named by activity, in the summary and on its row.
    ui.activitiesTable.setCurrentCell(1, 0)
    type_into(qtbot, ui.activityTimeTo, "0800")
    assert not editor.save()
    assert "Kegiatan ke-2: jam selesai 08:00 lebih awal dari jam mulai 09:00." in ui.err_activities.text()
    assert "Formulir A › Kegiatan pengawasan: kegiatan 2" in ui.problemsLabel.text()
    assert ui.activityTimeFrom.property("invalid") is True and ui.activitiesTable.currentRow() == 1
    type_into(qtbot, ui.activityTimeTo, "1100")
    editor.validate()
    assert ui.err_activities.text() == ""

    # Provisions: the default for a PNS in Pemilu, not the category's list (which names laws that do not bind him).
    expected = "; ".join(default_provisions(editor.finding(), window.store.catalog, "pemilu"))
    assert ui.legalBasisEdit.placeholderText().splitlines()[0] == "UU 7/2017 Pasal 280 ayat (2) dan (3)"
    qtbot.mouseClick(ui.fillLegalBasisButton, LEFT)
    assert ui.legalBasisEdit.toPlainText() == expected
    assert "UU 10/2016" not in expected and "UU 6/2014" not in expected
    ui.legalBasisEdit.setPlainText("UU 7/2017 Pasal 280 ayat (2); PP 94/2021 Pasal 5 huruf n")

    saved = save(qtbot, editor)
    with Store(window.data_dir) as store:
        finding = store.get_finding(saved.id)
        form = tmp_path / "form-a.pdf"
        build_form_a(store, finding.id, form, annex=False)
    assert finding.written_on == "2023-12-05" and finding.form_a_number.endswith("/XII/2023")
    assert finding.activities == [
        Activity(form="langsung", date="2023-12-04", time_from="13:30", place="Balai Desa Rias",
                 assignment_letter="099/SPT/PM.01/XII/2023"),
        Activity(form="analisis", purpose="Patroli siber akun media sosial ASN",
                 target="Akun Facebook pribadi ASN di Kecamatan Toboali", date="2023-12-03", time_from="09:00",
                 time_to="11:00", place="Sekretariat Panwaslu Kecamatan Toboali", assignment_letter=SPT)]
    assert finding.legal_basis == "UU 7/2017 Pasal 280 ayat (2); PP 94/2021 Pasal 5 huruf n"
    text = pdf_text(form)
    for printed in ("Kegiatan I", "Kegiatan II", "Balai Desa Rias", "Sekretariat Panwaslu Kecamatan Toboali",
                    "Patroli siber akun media sosial ASN", "099/SPT/PM.01/XII/2023", SPT, "5 Desember 2023",
                    "(menurut pengawas)"):
        assert printed in text, printed
    assert "09.00" in text and "11.00 WIB" in text
    assert "UU 10/2016" not in text


def test_a_laporan_shows_its_reporter_and_it_reaches_model_b1_and_the_receipt(qtbot, window, tmp_path):
    editor = open_editor(qtbot, window)
    ui = editor.ui
    reporter_tab = ui.tabs.indexOf(ui.reporterTab)
    assert not ui.tabs.isTabVisible(reporter_tab), "a temuan has no reporter"
    choose(ui.sourceCombo, "laporan")
    assert ui.tabs.isTabVisible(reporter_tab)
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.formATab)).startswith("Fakta && analisis")  # && shows &
    assert ui.formAOnly.isHidden() and not ui.formANote.isHidden()
    fill_event(qtbot, editor, "kepala_desa")
    ui.tabs.setCurrentIndex(reporter_tab)
    type_into(qtbot, ui.reporterName, "Siti Aminah")
    type_into(qtbot, ui.reporterAddress, "Jalan Merdeka No. 5, Desa Rias")
    type_into(qtbot, ui.reporterBirthPlace, "Toboali")
    type_into(qtbot, ui.reporterBirthDate, "170819")  # not finished: said, not stored
    choose(ui.reporterSex, "P")
    type_into(qtbot, ui.reporterOccupation, "Guru honorer")
    type_into(qtbot, ui.reporterNationality, "WNI")
    type_into(qtbot, ui.reporterPhone, "0812-7000-1234")
    type_into(qtbot, ui.reporterEmail, "siti.aminah@")
    ui.receivedOnEdit.setDate(QDate(2023, 12, 5))
    type_into(qtbot, ui.receivedTimeEdit, "1015")
    assert ui.receivedZoneLabel.text() == "WIB"
    assert not editor.save()
    problems = ui.err_reporter.text()
    assert "Tanggal lahir pelapor tidak lengkap" in problems and "Alamat e-mail pelapor tidak valid" in problems
    assert ui.reporterEmail.property("invalid") is True and ui.reporterBirthDate.property("invalid") is True
    assert ui.tabs.currentIndex() == reporter_tab
    type_into(qtbot, ui.reporterBirthDate, "17081985")
    type_into(qtbot, ui.reporterEmail, "siti.aminah@contoh.id")
    assert ui.reporterBirthDate.text() == "17-08-1985"

    saved = save(qtbot, editor)
    with Store(window.data_dir) as store:
        finding = store.get_finding(saved.id)
        form, receipt = tmp_path / "b1.pdf", tmp_path / "tanda-terima.pdf"
        build_laporan(store, finding.id, form, annex=False)
        build_receipt(store, finding.id, receipt)
    assert finding.source == "laporan" and finding.form_a_number is None, "a laporan takes no Form A number"
    assert (finding.reporter_name, finding.reporter_birth_place, finding.reporter_birth_date, finding.reporter_sex,
            finding.reporter_occupation, finding.reporter_nationality, finding.reporter_phone,
            finding.reporter_email, finding.received_on, finding.received_time) == (
        "Siti Aminah", "Toboali", "1985-08-17", "P", "Guru honorer", "WNI", "0812-7000-1234",
        "siti.aminah@contoh.id", "2023-12-05", "10:15")
    assert finding.activities == [] and finding.written_on == ""
    text = pdf_text(form)
    for printed in ("Siti Aminah", "Toboali, 17 Agustus 1985", "Perempuan", "Guru honorer", "WNI",
                    "0812-7000-1234", "siti.aminah@contoh.id", "10.15"):
        assert printed in text, printed
    receipt_text = pdf_text(receipt)
    assert "5 Desember 2023" in receipt_text and "10.15 WIB" in receipt_text and "Siti Aminah" in receipt_text
    again = open_editor(qtbot, window, saved.id)
    assert again.ui.headingLabel.text().startswith("Ubah laporan "), "a laporan is not called a temuan"
    assert again.windowTitle() == again.ui.headingLabel.text()


def test_an_edit_in_the_editor_keeps_every_field_it_does_not_show(qtbot, window):
    """The reporter of a temuan (set from the command line), the old single supervision row, activities, the date of
    writing and the handover mark all survive an edit of the description; only the description changes."""
    with Store(window.data_dir) as store:
        stored = store.add_finding(Finding(
            category="LR-APK", region_code="19.03.02.2001", occurred_on="2023-12-02", known_on="2023-12-03",
            description="Memasang baliho calon.", subjects=[Subject(name="Budi", employment_type="kepala_desa")],
            handover=True, written_on="2023-12-04", reporter_name="Pelapor dari baris perintah",
            reporter_phone="0812-1111-2222", supervision_form="langsung", supervision_purpose="Tujuan lama",
            activities=[Activity(form="langsung", date="2023-12-03", place="Desa Tanjung Labu", time_from="08:00")]))
    before = stored.to_json(with_evidence=False)
    editor = open_editor(qtbot, window, stored.id)
    ui = editor.ui
    assert ui.handoverCheck.isChecked() and not ui.handoverCheck.isHidden()
    assert ui.activitiesTable.rowCount() == 1 and ui.writtenEdit.date() == QDate(2023, 12, 4)
    assert editor.editable_fields() == {}, "nothing changed yet: nothing to write"
    ui.descriptionEdit.setPlainText("Memasang baliho calon di pagar kantor desa.")
    assert set(editor.editable_fields()) == {"description"}
    save(qtbot, editor)
    with Store(window.data_dir) as store:
        after = store.get_finding(stored.id).to_json(with_evidence=False)
    changed = {k for k in after if after[k] != before[k]}
    assert changed - {"updated_at"} == {"description", "version"}
    assert after["reporter_name"] == "Pelapor dari baris perintah" and after["supervision_purpose"] == "Tujuan lama"


def test_a_place_outside_the_area_is_saved_only_when_marked_for_handover(qtbot, window):
    editor = open_editor(qtbot, window)
    ui = editor.ui
    fill_event(qtbot, editor)
    assert ui.handoverCheck.isHidden(), "inside the area: nothing to hand over"
    ui.regionPicker.set_code("19.03.02.2001")  # Tanjung Labu, Kecamatan Lepar Pongok: not Toboali's
    assert not editor.save()
    assert not ui.handoverCheck.isHidden()
    assert "centang “Dicatat di sini untuk dilimpahkan”" in ui.err_region_code.text()
    assert "--handover" not in ui.problemsLabel.text()
    ui.handoverCheck.click()
    assert ui.handoverCheck.isChecked()
    saved = save(qtbot, editor)
    with Store(window.data_dir) as store:
        assert store.get_finding(saved.id).handover is True

    # Taking the mark back is refused while the place is outside the area.
    editor = open_editor(qtbot, window, saved.id)
    editor.ui.handoverCheck.setChecked(False)
    assert not editor.save() and "dilimpahkan" in editor.ui.err_region_code.text()


def test_live_checks_normalise_values_as_the_command_line_does(qtbot, window):
    """A NIP typed in groups is stored as 18 digits, as `finding add` stores it: not refused while typing."""
    editor = open_editor(qtbot, window)
    ui = editor.ui
    fill_event(qtbot, editor, "pppk")
    ui.subjectNip.setText("")
    qtbot.keyClicks(ui.subjectNip, "19850312.201001.1.004")
    editor.validate()
    assert ui.err_subjects.text() == ""
    saved = save(qtbot, editor)
    with Store(window.data_dir) as store:
        assert store.get_finding(saved.id).subjects[0].nip == NIP


def a_picture(path: Path, colour: str) -> Path:
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_evidence_described_in_the_editor_follows_simpan_and_is_printed_as_barang_bukti(qtbot, window, tmp_path):
    photo = a_picture(tmp_path / "IMG_20231203.png", "#2e7d32")
    with Store(window.data_dir) as store:
        stored = store.add_finding(Finding(
            category="LR-APK", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            description="Memasang baliho calon.", subjects=[Subject(name="Budi", employment_type="kepala_desa")]),
            evidence=[photo])
    editor = open_editor(qtbot, window, stored.id)
    ui = editor.ui
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.evidenceTab))
    panel = ui.evidencePanel
    panel.ui.itemList.setCurrentRow(0)
    assert panel.ui.describeButton.isEnabled()
    assert "belum diuraikan" in panel.ui.noteValue.text()

    def describe(dialog) -> None:
        dialog.ui.noteEdit.setText("")
        dialog.accept()  # refused: a description is words
        assert "wajib diisi" in dialog.ui.err_note.text()
        dialog.ui.noteEdit.setText("Foto baliho bergambar calon nomor urut 02 di pagar kantor desa")
        dialog.ui.okButton.click()

    answer_modal(describe)
    qtbot.mouseClick(panel.ui.describeButton, LEFT)
    assert "(disimpan saat Simpan)" in panel.ui.noteValue.text()
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.evidenceTab)).endswith("•")
    second = a_picture(tmp_path / "tangkapan.png", "#1565c0")
    panel.add_paths([second])
    panel.describe_entry(panel.entries[1], "Tangkapan layar unggahan Facebook akun Budi, 3 Desember 2023")
    with Store(window.data_dir) as store:
        assert store.get_finding(stored.id).evidence[0].note == "", "nothing stored before Simpan"
    save(qtbot, editor)
    with Store(window.data_dir) as store:
        finding = store.get_finding(stored.id)
        form = tmp_path / "form-a.pdf"
        build_form_a(store, finding.id, form, annex=False)
    assert [e.note for e in finding.evidence] == ["Foto baliho bergambar calon nomor urut 02 di pagar kantor desa",
                                                 "Tangkapan layar unggahan Facebook akun Budi, 3 Desember 2023"]
    text = pdf_text(form)
    assert "Foto baliho bergambar calon nomor urut 02" in text and "IMG_20231203.png" not in text


def test_evidence_described_in_the_main_window_is_stored_at_once(qtbot, window, tmp_path):
    photo = a_picture(tmp_path / "foto.png", "#6a1b9a")
    with Store(window.data_dir) as store:
        stored = store.add_finding(Finding(
            category="LR-APK", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            description="Memasang baliho calon.", subjects=[Subject(name="Budi", employment_type="kepala_desa")]),
            evidence=[photo])
    window.reload()
    wait_list_idle(qtbot, window)
    window.select_row(0)
    window.ui.detailTabs.setCurrentIndex(1)
    panel = window.evidence_panel
    qtbot.waitUntil(lambda: panel.ui.itemList.count() == 1)
    panel.ui.itemList.setCurrentRow(0)
    panel.describe_entry(panel.entries[0], "Foto baliho di simpang tiga Desa Rias")
    with Store(window.data_dir) as store:
        qtbot.waitUntil(lambda: store.get_finding(stored.id).evidence[0].note != "", timeout=20_000)
        assert store.get_finding(stored.id).evidence[0].note == "Foto baliho di simpang tiga Desa Rias"
    qtbot.waitUntil(lambda: "simpang tiga" in panel.ui.noteValue.text(), timeout=20_000)


@pytest.mark.parametrize("zone", ["WITA", ""])
def test_settings_give_the_default_spt_and_the_time_zone_the_forms_print(qtbot, window, tmp_path, zone):
    from netralitas_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.open()
    ui = dialog.ui
    assert ui.timeZoneCombo.itemText(0) == "Menurut provinsi kantor (WIB)", "Bangka Belitung keeps WIB"
    ui.assignmentLetter.setText(SPT)
    choose(ui.timeZoneCombo, zone)
    qtbot.mouseClick(ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    with Store(window.data_dir) as store:
        assert store.setting("assignment_letter") == SPT
        assert store.office_zone().code == (zone or "WIB")
        finding = store.add_finding(Finding(
            category="LR-APK", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            description="Memasang baliho calon.", subjects=[Subject(name="Budi", employment_type="kepala_desa")],
            activities=[Activity(form="langsung", date="2023-12-03", time_from="09:00", place="Desa Rias")]))
        form = tmp_path / "form-a.pdf"
        build_form_a(store, finding.id, form, annex=False)
    assert finding.activities[0].assignment_letter == SPT
    assert f"09.00 {zone or 'WIB'}" in pdf_text(form)
    editor = open_editor(qtbot, window)
    assert editor.ui.activityZoneLabel.text() == (zone or "WIB")
    assert SPT in editor.ui.activitySpt.placeholderText()
