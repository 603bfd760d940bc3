"""The set-up wizard protects a new store by default (issue 11): a passphrase typed twice under the CLI's length
rule, an explicit and warned opt-out, and the recovery sheet written right after the store is made."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from netralitas_desktop.data import store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.wizard import SetupWizard

PASSPHRASE = "kopi-tubruk-pagi-99"
NIP = "198503102010011002"


def wizard_at_passphrase_page(qtbot, folder: Path) -> SetupWizard:
    """The wizard with office and officer filled in, on the passphrase page."""
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    wizard.next()
    ui.officeRegion.ui.searchEdit.setText("Toboali")
    ui.officeRegion.choose_first_result()
    ui.officeCode.setText("19.03")
    wizard.next()
    ui.officerName.setText("Rina Marlina")
    wizard.next()
    wizard.next()  # no headquarters' key yet
    assert wizard.currentPage() is ui.protectionPage
    return wizard


def answer_message_box(told: list[str]) -> None:
    """Note the text of the next message box and close it (the progress dialog, also modal, is passed over)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        told.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(50, lambda: answer_message_box(told))


def test_the_wizard_asks_a_passphrase_twice_by_the_cli_rule_and_writes_the_recovery_sheet(qtbot, tmp_path,
                                                                                          monkeypatch):
    folder = tmp_path / "kantor"
    wizard = wizard_at_passphrase_page(qtbot, folder)
    ui = wizard.ui
    assert not ui.noPassphraseCheck.isChecked() and ui.recoverySheetCheck.isChecked(), "protected by default"
    wizard.next()
    assert wizard.currentPage() is ui.protectionPage, "no passphrase: refused"
    assert "minimal 8 karakter" in ui.err_passphrase.text()
    ui.passphraseEdit.setText("pendek")
    ui.passphraseRepeat.setText("pendek")
    assert "sekarang 6" in ui.passphraseHint.text()
    wizard.next()
    assert wizard.currentPage() is ui.protectionPage, "7 characters are refused, as `netralitas init` refuses them"
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.passphraseRepeat.setText(PASSPHRASE + "x")
    assert "belum sama" in ui.passphraseHint.text()
    wizard.next()
    assert wizard.currentPage() is ui.protectionPage and "tidak sama" in ui.err_passphrase.text()
    ui.passphraseRepeat.setText(PASSPHRASE)
    wizard.next()
    assert "data terenkripsi" in ui.summaryLabel.text()
    # The sheet asked for inside the data folder is refused: the code would lie beside what it opens.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "lembar.pdf"), ""))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.created and "di dalam folder data" in ui.err_create.text()
    assert not folder.exists()
    sheet = tmp_path / "usb" / "lembar-pemulihan"  # no .pdf typed: added
    sheet.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    told: list[str] = []
    answer_message_box(told)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.created, timeout=30_000)
    written = sheet.with_name("lembar-pemulihan.pdf")
    assert told and str(written) in told[0]
    assert written.read_bytes().startswith(b"%PDF")
    assert store_key.is_protected(folder) and store_key.has_recovery_code(folder)
    with Store(folder) as store:  # the key the wizard unlocked: the app opens without asking again
        assert store.protected and store.office.name == "Panwaslu Kecamatan Toboali"
        store.set_setting("signer", {"name": "Rina Marlina", "jabatan": NIP})
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Toboali" not in data and NIP.encode() not in data, path
    # The printed code opens the store once the passphrase is forgotten.
    code = re.search(r"[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}", _pdf_text(written)).group(0)
    store_key.forget(folder)
    store_key._unlocked_memo.clear()
    key = store_key.recover_with_code(folder, code)
    assert key.raw == store_key.unlock(folder, PASSPHRASE).raw


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_opting_out_is_explicit_warned_and_makes_a_working_unprotected_store(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "kantor"
    wizard = wizard_at_passphrase_page(qtbot, folder)
    ui = wizard.ui
    assert ui.noPassphraseWarning.isHidden()
    ui.noPassphraseCheck.setChecked(True)
    assert not ui.noPassphraseWarning.isHidden() and "siapa pun" in ui.noPassphraseWarning.text()
    assert not ui.passphraseEdit.isEnabled() and not ui.recoverySheetCheck.isEnabled()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    wizard.next()
    assert "TIDAK" in ui.summaryLabel.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.created, timeout=30_000)
    assert not asked, "no recovery sheet for a store without a passphrase"
    assert not store_key.is_protected(folder)
    with Store(folder) as store:
        assert not store.protected and store.officer.name == "Rina Marlina"
