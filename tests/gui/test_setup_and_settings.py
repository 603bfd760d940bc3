"""First run creates the store through the wizard; the settings dialog changes what the wizard set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QWizard

from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.operations import data_events
from netralitas_desktop.gui.settings_dialog import SettingsDialog
from netralitas_desktop.gui.wizard import SetupWizard

HQ_KEY = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"


def test_wizard_creates_the_store_with_office_officer_and_signer(qtbot, tmp_path: Path):
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
    assert ui.officeName.text() == "Panwaslu Kecamatan Toboali"
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
    assert wizard.currentPage() is ui.electionPage
    assert "Panwaslu Kecamatan Toboali" in ui.summaryLabel.text()
    assert "hari kerja" in ui.electionHint.text()
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("F4"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.store is not None
    wizard.store.close()
    with Store(folder) as store:
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
