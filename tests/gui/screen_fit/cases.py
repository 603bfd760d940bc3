"""Every top-level window and dialog of the app, in the states that make it biggest.

Each case is a generator: it builds the window over the fixture stores, shows it and yields
(state, window, primary_button) for each state to measure; the measurer settles events before measuring.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget, QWizard

CASES: dict = {}


def case(fn):
    CASES[fn.__name__.removeprefix("case_")] = fn
    return fn


class Env:
    def __init__(self, data: Path, work: Path, settle, wait_for):
        self.data, self.work, self.settle, self.wait_for = data, work, settle, wait_for
        self._main = None
        self._store = None

    def copy(self, name: str) -> Path:
        target = self.work / f"{name}-{len(list(self.work.iterdir()))}"
        shutil.copytree(self.data / name, target)
        return target

    @property
    def main(self):
        """The main window as app.open_main_window makes it (resize(1366, 768), show), loaded synchronously."""
        if self._main is None:
            from netralitas_desktop.gui.app import open_main_window

            self._main = open_main_window(self.copy("kecamatan"), load=False)  # as the app opens it
            self._main.open_store_now()
            self.settle(200)
        return self._main

    @property
    def store(self):
        return self.main.store

    def finding(self, predicate=lambda f: True):
        for finding_id in self.main.model.ids:
            f = self.store.get_finding(finding_id)
            if predicate(f):
                return f
        raise LookupError("no such finding in the demo data")

    def close(self):
        if self._main is not None:
            self._main.close()


def default_button(window: QWidget) -> QPushButton | None:
    for button in window.findChildren(QPushButton):
        if button.isDefault() and button.isVisibleTo(window):
            return button
    return None


@case
def case_main_window(env: Env) -> Iterator:
    main = env.main
    primary = main.ui.toolBar.widgetForAction(main.ui.actionNewFinding)
    main.select_row(0)
    # On screen too: the search box, the detail pane's buttons, and the list's priority columns (date, subject,
    # register number, status, deadline) without scrolling sideways.
    also = [main.search_edit, main.ui.editButton, main.ui.statusButton, main.ui.findingsView]
    yield "list", main, primary, also
    main.ui.detailTabs.setCurrentIndex(1)
    yield "list+evidence", main, primary, also
    main.ui.detailTabs.setCurrentIndex(0)
    filters_shown = main.ui.actionShowFilters.isChecked()
    main.show_filters(True)
    yield "list+filters", main, primary, [main.search_edit, main.ui.editButton, main.ui.statusButton]
    main.show_filters(filters_shown)
    main.show_page(1)
    env.wait_for(lambda: main.dashboard.data is not None)
    yield "dashboard", main, primary, [main.search_edit]
    main.show_page(0)


@case
def case_setup_wizard(env: Env) -> Iterator:
    from netralitas_desktop.gui.wizard import SetupWizard

    wizard = SetupWizard(env.work / "wizard-new")
    wizard.show()
    ui = wizard.ui
    nxt = lambda: wizard.button(QWizard.WizardButton.NextButton)  # noqa: E731
    yield "1-folder", wizard, nxt()
    wizard.next()
    wizard.next()  # refused: no region → the error label shows
    yield "2-office+error", wizard, nxt()
    ui.officeRegion.ui.searchEdit.setText("Toboali")
    ui.officeRegion.choose_first_result()
    ui.officeCode.setText("19.03")
    ui.officeAddress.setText("Jalan Raya Toboali No. 12")
    wizard.next()
    wizard.next()  # refused: no officer → error
    yield "3-officer+error", wizard, nxt()
    ui.officerName.setText("Rina Marlina")
    ui.officerJabatan.setText("Anggota Panwaslu Kecamatan")
    ui.sameSigner.setChecked(False)
    wizard.next()
    yield "4-sync", wizard, nxt()
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.key_card import make_key_card

    with Store(env.copy("kab")) as kab:
        wizard.set_card(make_key_card(kab))
    ui.advancedKeyCheck.setChecked(True)
    yield "4-sync+card", wizard, nxt()
    wizard.next()
    ui.passphraseEdit.setText("pendek")
    wizard.next()  # refused: too short → the error label shows
    ui.noPassphraseCheck.setChecked(True)  # and the opt-out's warning: the page's largest state
    yield "5-passphrase+error+warning", wizard, nxt()
    ui.noPassphraseCheck.setChecked(False)
    ui.passphraseEdit.setText("kopi-tubruk-pagi-99")
    ui.passphraseRepeat.setText("kopi-tubruk-pagi-99")
    wizard.next()
    yield "6-election", wizard, wizard.button(QWizard.WizardButton.FinishButton)
    wizard.reject()


@case
def case_finding_editor(env: Env) -> Iterator:
    from netralitas_desktop.gui.editor import FindingEditor

    main = env.main
    editor = FindingEditor(env.store, None, main)
    editor.open()
    yield "new", editor, editor.ui.saveButton
    editor.save()  # empty: every problem shown
    yield "new+errors", editor, editor.ui.saveButton
    for index in range(1, editor.ui.tabs.count()):
        editor.ui.tabs.setCurrentIndex(index)
        yield f"new+errors-tab{index}", editor, editor.ui.saveButton
    editor.dirty = False
    editor.reject()
    finding = env.finding(lambda f: len(f.subjects) >= 1 and len(f.evidence) >= 2)
    editor = FindingEditor(env.store, finding.id, main)
    editor.open()
    yield "edit", editor, editor.ui.saveButton
    editor.dirty = False
    editor.reject()
    # Form A of a temuan with several activities, one of them at fault (its problems shown, so nothing is saved),
    # the selected one's form open.
    finding = env.finding(lambda f: f.source == "temuan" and len(f.subjects) >= 1 and len(f.evidence) >= 2)
    editor = FindingEditor(env.store, finding.id, main)
    editor.open()
    ui = editor.ui
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.formATab))
    for place in ("Sekretariat Panwaslu Kecamatan Toboali (patroli siber)", "Balai Desa Rias", "", "Pasar Toboali",
                  "Kantor Camat Toboali"):
        editor.activities.add()
        ui.activityForm.setCurrentIndex(1)
        ui.activityPlace.setText(place)
        ui.activityTimeFrom.setText("09:00")
        ui.activityTimeTo.setText("11:00" if place else "08:00")
        ui.activityPurpose.setText("Memastikan netralitas ASN dan perangkat desa pada masa kampanye")
        editor.activities._edited()
    assert not editor.save(), "a fault keeps the editor open"
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.formATab))
    yield "edit+form-a-activities+errors", editor, editor.ui.saveButton
    # A laporan: the reporter's identity and receipt, with problems shown.
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("laporan"))
    ui.reporterEmail.setText("bukan-surel")
    ui.reporterPhone.setText("12")
    ui.reporterBirthDate.setText("31-02-1980")
    assert not editor.save()
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.reporterTab))
    yield "edit+laporan-reporter+errors", editor, editor.ui.saveButton
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.formATab))
    yield "edit+laporan-analysis", editor, editor.ui.saveButton
    # A place outside the office's area: the handover mark and its message.
    ui.tabs.setCurrentIndex(0)
    ui.regionPicker.set_code("19.03.02.2001")
    editor.validate()
    yield "edit+outside-area", editor, editor.ui.saveButton
    editor.dirty = False
    editor.reject()


@case
def case_status_dialog(env: Env) -> Iterator:
    from netralitas_desktop.gui.status_dialog import StatusDialog

    finding = env.finding(lambda f: f.status == "kajian" and f.subjects and f.subjects[0].employment_type == "pns")
    dialog = StatusDialog(env.store, finding.id, env.main)
    dialog.open()
    yield "open", dialog, dialog.ui.saveButton
    combo = dialog.ui.newStatusCombo
    combo.setCurrentIndex(max(0, combo.findData("diteruskan")))
    dialog.save()  # no reason: the problems label shows
    yield "diteruskan+problems", dialog, dialog.ui.saveButton
    dialog.reject()


@case
def case_settings_dialog(env: Env) -> Iterator:
    from netralitas_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(env.store, env.main)
    dialog.open()
    yield "open", dialog, dialog.ui.saveButton
    dialog.ui.tabs.setCurrentIndex(dialog.ui.tabs.indexOf(dialog.ui.reportTab))
    yield "report-tab", dialog, dialog.ui.saveButton
    dialog.ui.officeName.setText("")
    dialog.ui.hqRecipient.setText("bukan-kunci")
    dialog.save()
    yield "problems", dialog, dialog.ui.saveButton
    dialog.reject()


@case
def case_save_report(env: Env) -> Iterator:
    from netralitas_desktop.gui.report_dialogs import (
        FORM_A,
        RECAP,
        RECEIPT,
        REGISTER,
        REGISTRATION,
        XLSX,
        SaveReportDialog,
    )

    main = env.main
    main.select_row(0)
    dialog = SaveReportDialog(main, env.store, main.data_dir, finding_id=main.model.ids[0],
                              list_filter=main.filter)
    dialog.open()
    yield "form-a", dialog, dialog.save_button
    dialog.set_kind(REGISTER)
    yield "register", dialog, dialog.save_button
    dialog.set_kind(RECAP)
    yield "recap", dialog, dialog.save_button
    # after a save: the message and the result card (what _saved shows)
    dialog.message_label.setText("Tersimpan. Laporan berisi 12 halaman (380 KB).")
    dialog.message_label.setVisible(True)
    dialog.result_label.setText(str(env.work / "Rekapitulasi-2024-01-01-2024-01-31.pdf"))
    dialog.result_frame.setVisible(True)
    dialog.fit_height()
    yield "recap+result", dialog, dialog.save_button
    dialog.set_kind(REGISTER)
    dialog.set_file_format(XLSX)
    yield "register-xlsx", dialog, dialog.save_button
    dialog.set_kind(FORM_A)
    dialog.reject()
    # A registered laporan: Model B.1, its receipt and its registration form.
    laporan = env.finding(lambda f: f.source == "laporan" and bool(f.register_number))
    dialog = SaveReportDialog(main, env.store, main.data_dir, finding_id=laporan.id, list_filter=main.filter)
    dialog.open()
    yield "laporan-b1", dialog, dialog.save_button
    dialog.set_kind(RECEIPT)
    yield "laporan-receipt", dialog, dialog.save_button
    dialog.set_kind(REGISTRATION)
    yield "laporan-registration", dialog, dialog.save_button
    dialog.reject()


@case
def case_describe_evidence(env: Env) -> Iterator:
    from netralitas_desktop.gui.dialogs import DescribeEvidenceDialog

    dialog = DescribeEvidenceDialog(env.main, "IMG_20231203_091500_tangkapan_layar_facebook.jpg", "", "Simpan uraian")
    dialog.open()
    dialog.accept()  # empty: the error shows
    yield "error", dialog, dialog.ui.okButton
    dialog.reject()


@case
def case_pdf_preview(env: Env) -> Iterator:
    from netralitas_desktop.gui.pdf_preview import PdfPreviewWindow
    from netralitas_desktop.gui.report_dialogs import FORM_A, ReportRequest, make_report

    finding = env.finding(lambda f: len(f.evidence) >= 1)
    saved = make_report(env.store, ReportRequest(kind=FORM_A, output=env.work / "form-a.pdf", finding_id=finding.id))
    window = PdfPreviewWindow(saved.path, "Formulir Model A", env.main)
    window.show()
    yield "form-a", window, window.print_button
    window.close()


@case
def case_export_bundle(env: Env) -> Iterator:
    from netralitas_desktop.gui.sync_export import ExportBundleDialog

    dialog = ExportBundleDialog(env.store, env.main.data_dir, env.main)
    dialog.open()
    yield "setup", dialog, dialog.ui.exportButton
    dialog.ui.folderEdit.setText(str(env.work))
    dialog.start_export()
    env.wait_for(lambda: dialog.job is None)
    yield "result", dialog, dialog.ui.closeButton
    dialog.accept()


@case
def case_import_bundle(env: Env) -> Iterator:
    from netralitas_desktop.gui.sync_import import ImportBundleDialog

    dialog = ImportBundleDialog(env.copy("kab_pre"), env.main)
    dialog.open()
    yield "choose", dialog, dialog.ui.inspectButton
    dialog.ui.fileEdit.setText(str(env.data / "bundles" / "laptop2.nbundle"))
    dialog.inspect()
    env.wait_for(lambda: dialog.job is None)
    yield "preview+trust", dialog, dialog.ui.importButton
    dialog.ui.trustCheck.setChecked(True)
    dialog.apply()
    env.wait_for(lambda: dialog.job is None)
    yield "report+conflicts", dialog, dialog.ui.closeButton
    dialog.accept()


@case
def case_keys_dialog(env: Env) -> Iterator:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.gui.sync_keys import KeysDialog

    store = Store(env.copy("kab"))
    dialog = KeysDialog(store, env.main)
    dialog.open()
    yield "kabupaten", dialog, dialog.ui.closeButton
    dialog.accept()
    store.close()


@case
def case_key_card(env: Env) -> Iterator:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.gui.key_card_view import KeyCardDialog

    store = Store(env.copy("kab"))
    dialog = KeyCardDialog(store, env.main)
    dialog.open()
    yield "card", dialog, dialog.save_button
    dialog.accept()
    store.close()


@case
def case_conflicts_dialog(env: Env) -> Iterator:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.gui.sync_conflicts import ConflictsDialog

    store = Store(env.copy("kab"))
    dialog = ConflictsDialog(store, env.main)
    dialog.open()
    yield "one-conflict", dialog, dialog.ui.closeButton
    dialog.accept()
    store.close()


@case
def case_evidence_preview(env: Env) -> Iterator:
    main = env.main
    row = next(r for r, fid in enumerate(main.model.ids) if len(env.store.get_finding(fid).evidence) >= 2)
    main.select_row(row)
    main.ui.detailTabs.setCurrentIndex(1)
    panel = main.evidence_panel
    panel.preview_selected()
    dialog = panel.preview_dialog
    yield "image", dialog, dialog.close_button
    dialog.zoom_button.click()
    yield "image-100%", dialog, dialog.close_button
    dialog.reject()
    main.ui.detailTabs.setCurrentIndex(0)


@case
def case_reason_dialog(env: Env) -> Iterator:
    from netralitas_desktop.gui.dialogs import ReasonDialog

    dialog = ReasonDialog(env.main, "Hapus bukti", "Bukti tetap tersimpan di log audit. Tulis alasan menghapus "
                          "bukti ini dari temuan.", "Hapus")
    dialog.open()
    dialog.accept()  # empty: the error shows
    yield "error", dialog, dialog.ui.okButton
    dialog.reject()
