"""First run creates the store through the wizard; the settings dialog changes what the wizard set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard
from sync_helpers import make_office

from netralitas_desktop.data import store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.operations import data_events
from netralitas_desktop.gui.settings_dialog import SettingsDialog
from netralitas_desktop.gui.wizard import SetupWizard
from netralitas_desktop.services.key_card import write_key_card
from netralitas_desktop.sync import recipients

HQ_KEY = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
PASSPHRASE = "kopi-tubruk-pagi-99"


def test_wizard_creates_the_store_with_office_officer_signer_and_hq_key_card(qtbot, tmp_path: Path, monkeypatch):
    folder = tmp_path / "kantor"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    assert ui.dataDirEdit.text() == str(folder)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Lanjut"
    wizard.next()
    assert wizard.currentPage() is ui.officePage
    wizard.next()
    assert wizard.currentPage() is ui.officePage, "no region yet: refused"
    assert not ui.err_region_code.isHidden()
    # Type-ahead over the real region data picks Kecamatan Toboali and suggests the office's name.
    qtbot.keyClicks(ui.officeRegion.ui.searchEdit, "tobo")
    assert "19.03.01" in ui.officeRegion.search_results()
    qtbot.keyClick(ui.officeRegion.ui.searchEdit, Qt.Key.Key_Return)
    assert ui.officeRegion.code() == "19.03.01"
    assert wizard.currentPage() is ui.officePage, "Enter in the region search picks the region, nothing more"
    assert ui.officeName.text() == "Panwaslu Kecamatan Toboali"
    wizard.next()
    assert wizard.currentPage() is ui.officePage, "no Bawaslu office code: the Kemendagri code is not assumed"
    assert "kode kantor Bawaslu" in ui.err_office_code.text()
    qtbot.keyClicks(ui.officeCode, "19.03")
    qtbot.keyClicks(ui.officeAddress, "Jalan Raya Toboali No. 12")
    wizard.next()
    assert wizard.currentPage() is ui.officerPage
    wizard.next()
    assert not ui.err_officer.isHidden(), "the officer's name is required"
    qtbot.keyClicks(ui.officerName, "Rina Marlina")
    qtbot.keyClicks(ui.officerJabatan, "Anggota Panwaslu Kecamatan")
    assert ui.signerName.text() == "Rina Marlina" and not ui.signerName.isEnabled()
    ui.sameSigner.setChecked(False)
    ui.signerName.setText("Ahmad Hidayat")
    ui.signerJabatan.setText("Ketua Panwaslu Kecamatan Toboali")
    wizard.next()
    # Headquarters' key: the key card the kabupaten made, opened here; its fingerprint is shown to compare.
    assert wizard.currentPage() is ui.syncPage
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    with Store(kabupaten) as kab:
        card_path, card = write_key_card(kab, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card_path), ""))
    qtbot.mouseClick(ui.openCardButton, Qt.MouseButton.LeftButton)
    assert wizard.card == card and "Bawaslu Kabupaten Bangka Selatan" in ui.cardLabel.text()
    assert all(f">{group}<" in ui.cardLabel.text() for group in card.fingerprint.split())
    wizard.next()
    # The store passphrase (its own tests below); no recovery sheet here: headquarters' key recovers it.
    assert wizard.currentPage() is ui.protectionPage
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.passphraseRepeat.setText(PASSPHRASE)
    ui.recoverySheetCheck.setChecked(False)
    wizard.next()
    assert wizard.currentPage() is ui.electionPage
    assert "Panwaslu Kecamatan Toboali" in ui.summaryLabel.text()
    assert "hari kerja" in ui.electionHint.text()
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("F4"))
    assert "Bawaslu Kabupaten Bangka Selatan" in ui.summaryLabel.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.created, timeout=20_000)  # made in a worker; the wizard then closes
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert store_key.is_protected(folder) and store_key.headquarters_recipients(folder) == [card.age_recipient]
    with Store(folder) as store:  # opened with the key the wizard unlocked: the app does not ask again
        assert store.protected
        assert recipients(store) == [{"name": "Bawaslu Kabupaten Bangka Selatan", "key": card.age_recipient}]
        assert store.office.name == "Panwaslu Kecamatan Toboali"
        assert (store.office.level, store.office.region_code, store.office.office_code) == ("kecamatan", "19.03.01",
                                                                                           "19.03")
        assert store.office.address == "Jalan Raya Toboali No. 12"
        assert store.officer.name == "Rina Marlina"
        assert store.setting("signer") == {"name": "Ahmad Hidayat", "jabatan": "Ketua Panwaslu Kecamatan Toboali"}
        assert store.setting("paper_size") == "F4"


def test_wizard_refuses_a_folder_that_already_holds_data(qtbot, store_dir):
    wizard = SetupWizard(store_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.welcomePage
    assert "sudah berisi data" in wizard.ui.err_data_dir.text()


def test_settings_change_office_letterhead_paper_and_hq_key(qtbot, store, tmp_path: Path):
    logo = tmp_path / "logo-bawaslu.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#8c1d2c"))
    image.save(str(logo))
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.officeName.text() == "Panwaslu Kecamatan Toboali" and ui.officeRegion.code() == "19.03.01"
    ui.hqRecipient.setText("age1bukankunci")
    assert not dialog.save()
    assert ui.tabs.currentIndex() == 4 and "62 karakter" in ui.err_hq_recipient.text()
    ui.hqRecipient.setText("AGE-SECRET-KEY-1ABC")
    assert "RAHASIA" in ui.err_hq_recipient.text()
    ui.hqRecipient.setText(HQ_KEY)
    assert dialog.set_logo_file(logo)
    ui.letterAddress.setText("Jalan Raya Toboali No. 12, Bangka Selatan 33783")
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("F4"))
    ui.signerName.setText("Ahmad Hidayat")
    ui.officeAddress.setText("Jalan Raya Toboali No. 12")
    changes = []
    data_events().changed.connect(changes.append)
    assert dialog.save()
    # Stored off the UI thread; the dialog closes once the operation has committed, and the views are told.
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    data_events().changed.disconnect(changes.append)
    assert [c.settings for c in changes] == [True]
    assert store.setting("hq_recipient") == HQ_KEY
    assert store.setting("paper_size") == "F4"
    assert store.setting("signer")["name"] == "Ahmad Hidayat"
    with Store(store.data_dir) as reopened:
        assert reopened.office.address == "Jalan Raya Toboali No. 12"
    letterhead = store.setting("letterhead")
    assert letterhead["address"] == "Jalan Raya Toboali No. 12, Bangka Selatan 33783"
    assert letterhead["logo"].startswith("kop/logo-") and (store.data_dir / letterhead["logo"]).exists()
    actions = [row["action"] for row in store.database.query("SELECT action FROM audit_log")]
    assert actions.count("setting.set") >= 5


def test_settings_refuse_an_empty_office_name(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.ui.officeName.clear()
    dialog.ui.officerName.clear()
    assert not dialog.save()
    assert dialog.ui.err_office_name.text() == "Nama kantor wajib diisi."
    assert dialog.ui.err_officer.text() == "Nama petugas wajib diisi."
    assert store.office.name == "Panwaslu Kecamatan Toboali"
