"""Keys and trust: this device's id, fingerprint and public keys (to read out or hand over), the headquarters
keys upward bundles are encrypted for, and the devices whose bundles this office accepts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from netralitas_desktop.data.keys import parse_recipient
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.sync_keys_dialog import Ui_KeysDialog
from netralitas_desktop.gui.messages import confirm
from netralitas_desktop.gui.operations import Changes, data_events, run_operation
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.sync_text import fingerprint_html, monospace_family, office_text, when_text
from netralitas_desktop.sync import (
    forget_device,
    keys_for,
    recipients,
    remove_recipient,
    set_recipient,
    trusted_devices,
)


def fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class KeysDialog(QDialog):
    """Adding or removing a recipient and forgetting a device are store operations (gui/operations.py); the
    dialog reloads from the data-changed signal, like every view."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)
        self.store = store
        self.keys = keys_for(store)
        ui = self.ui
        mono = QFont(monospace_family())
        for label in (ui.deviceIdValue, ui.ageKeyValue, ui.signingKeyValue):
            label.setFont(mono)
        ui.officeValue.setText(office_text({"name": store.office.name, "level": store.office.level,
                                            "region_code": store.office.region_code}))
        ui.deviceIdValue.setText(self.keys.device_id)
        ui.fingerprintValue.setText(fingerprint_html(self.keys.fingerprint))
        ui.fingerprintValue.setToolTip(self.keys.fingerprint)
        ui.ageKeyValue.setText(self.keys.age_recipient)
        ui.signingKeyValue.setText(self.keys.signing_key)
        ui.copyFingerprintButton.clicked.connect(
            lambda: self.copy(self.keys.fingerprint, self.tr("Sidik jari disalin.")))
        ui.copyDeviceIdButton.clicked.connect(lambda: self.copy(self.keys.device_id, self.tr("ID perangkat disalin.")))
        ui.copyAgeKeyButton.clicked.connect(
            lambda: self.copy(self.keys.age_recipient, self.tr("Kunci publik age disalin.")))
        ui.copySigningKeyButton.clicked.connect(
            lambda: self.copy(self.keys.signing_key, self.tr("Kunci tanda tangan disalin.")))
        for table in (ui.recipientsTable, ui.devicesTable):
            table.verticalHeader().setDefaultSectionSize(28)
        ui.recipientsTable.setColumnWidth(0, 280)
        devices = ui.devicesTable.horizontalHeader()
        devices.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 300), (3, 120)):
            devices.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            ui.devicesTable.setColumnWidth(column, width)
        ui.devicesTable.horizontalHeader().setStretchLastSection(False)
        ui.devicesTable.setColumnWidth(4, 190)
        ui.recipientsTable.itemSelectionChanged.connect(
            lambda: ui.removeRecipientButton.setEnabled(bool(ui.recipientsTable.selectionModel().selectedRows())))
        ui.devicesTable.itemSelectionChanged.connect(
            lambda: ui.forgetDeviceButton.setEnabled(bool(ui.devicesTable.selectionModel().selectedRows())))
        ui.addRecipientButton.clicked.connect(self.add_recipient)
        ui.recipientKeyEdit.returnPressed.connect(self.add_recipient)
        ui.removeRecipientButton.clicked.connect(self.remove_selected_recipient)
        ui.forgetDeviceButton.clicked.connect(self.forget_selected_device)
        ui.closeButton.clicked.connect(self.accept)
        ui.makeCardButton.clicked.connect(self.show_card)
        ui.openCardButton.clicked.connect(self.open_card)
        ui.makeCardButton.setIcon(style.icon("export"))
        ui.openCardButton.setIcon(style.icon("import"))
        self.load()
        data_events().changed.connect(self._data_changed)
        self.resize(900, 620)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="keysDialog")
        self.screen_fit.restore()

    def _data_changed(self, changes: Changes) -> None:
        if (changes.keys or changes.settings) and self.isVisible():  # a closed dialog's store is closed too
            self.load()

    def copy(self, text: str, message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.ui.copiedLabel.setText(message)

    def load(self) -> None:
        """Read the recipients and the trusted devices again."""
        ui = self.ui
        self.recipients = recipients(self.store)
        fill_rows(ui.recipientsTable, [[r["name"], r["key"]] for r in self.recipients])
        ui.noRecipientWarning.setVisible(not self.recipients)
        ui.removeRecipientButton.setEnabled(False)
        self.devices = trusted_devices(self.store)
        fill_rows(ui.devicesTable, [
            [office_text({"name": d["office_name"], "level": d["office_level"], "region_code": d["office_region"],
                          "id": d["office_id"]}),
             d["device_id"][:8], d["fingerprint"], self.tr("nomor {n}").format(n=d["last_sequence"]),
             self.tr("{when}, {who}").format(when=when_text(d["trusted_at"]), who=d["trusted_by"])]
            for d in self.devices])
        mono = QFont(monospace_family())
        for row in range(ui.devicesTable.rowCount()):
            if (fingerprint := ui.devicesTable.item(row, 2)) is not None:
                fingerprint.setFont(mono)
        ui.forgetDeviceButton.setEnabled(False)
        ui.tabs.setTabText(ui.tabs.indexOf(ui.recipientsTab),
                           self.tr("Penerima bundel ke atas ({n})").format(n=len(self.recipients)))
        ui.tabs.setTabText(ui.tabs.indexOf(ui.devicesTab),
                           self.tr("Perangkat dipercaya ({n})").format(n=len(self.devices)))

    def add_recipient(self) -> bool:
        """Add a headquarters key (checked by the core: age1…, not a secret key); the name is optional."""
        ui = self.ui
        key, name = ui.recipientKeyEdit.text().strip(), ui.recipientNameEdit.text().strip()
        if not key:
            problem = self.tr("Tempelkan kunci publik age kantor atasan (diawali age1).")
        elif key == self.keys.age_recipient:
            problem = self.tr("Itu kunci perangkat ini sendiri. Masukkan kunci kantor atasan.")
        else:
            problem = ""
            try:
                parse_recipient(key)
            except NetralitasError as err:
                problem = str(err)
        self._show_recipient_problem(problem)
        if problem:
            return False
        run_operation(self, self.store.data_dir, set_recipient, key, name, title=self.tr("Penerima belum ditambahkan"),
                      changes=Changes(keys=True), on_success=lambda _r: self._recipient_added(),
                      on_failure=self._show_recipient_problem)
        return True

    def show_card(self):
        """This office's key card, for the offices below (file, QR code, fingerprint)."""
        from netralitas_desktop.gui.key_card_view import KeyCardDialog

        self.card_dialog = KeyCardDialog(self.store, self)
        self.card_dialog.open()
        return self.card_dialog

    def open_card(self, card=None) -> bool:
        """Open the key card of the office above, check it, show its fingerprint to compare by phone, then use it
        (a store operation). `card`: one already read (tests)."""
        from netralitas_desktop.gui.key_card_view import choose_key_card, confirm_key_card
        from netralitas_desktop.services.key_card import card_problem, use_key_card

        card = card or choose_key_card(self)
        if card is None:
            return False
        problem = card_problem(self.store, card)
        if problem:
            self._show_recipient_problem(problem)
            return False
        self._show_recipient_problem("")
        if not confirm_key_card(self, card):
            return False
        run_operation(self, self.store.data_dir, use_key_card, card, title=self.tr("Kartu kunci belum dipakai"),
                      changes=Changes(keys=True))
        return True

    def _show_recipient_problem(self, problem: str) -> None:
        ui = self.ui
        ui.err_recipient.setText(problem)
        ui.err_recipient.setVisible(bool(problem))
        style.set_invalid(ui.recipientKeyEdit, bool(problem))
        if problem:
            ui.recipientKeyEdit.setFocus()

    def _recipient_added(self) -> None:
        self.ui.recipientKeyEdit.clear()
        self.ui.recipientNameEdit.clear()

    def remove_selected_recipient(self) -> None:
        rows = self.ui.recipientsTable.selectionModel().selectedRows()
        if not rows:
            return
        run_operation(self, self.store.data_dir, remove_recipient, self.recipients[rows[0].row()]["key"],
                      title=self.tr("Penerima belum dihapus"), changes=Changes(keys=True))

    def forget_selected_device(self) -> None:
        rows = self.ui.devicesTable.selectionModel().selectedRows()
        if not rows:
            return
        device = self.devices[rows[0].row()]
        if not confirm(self, self.tr("Berhenti mempercayai perangkat?"), self.tr(
                "Bundel berikutnya dari perangkat {device} ({office}) akan meminta sidik jarinya dicocokkan lagi. "
                "Data yang sudah diimpor darinya tetap ada.").format(
                device=device["device_id"][:8], office=device["office_name"] or device["office_id"][:8]),
                self.tr("Berhenti mempercayai")):
            return
        run_operation(self, self.store.data_dir, forget_device, device["device_id"],
                      title=self.tr("Perangkat masih dipercaya"), changes=Changes(keys=True))
