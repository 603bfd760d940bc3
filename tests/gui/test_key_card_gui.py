"""The key card in the app: the kabupaten shows and saves its card (file, QR code, fingerprint); the kecamatan
opens it, sees the fingerprint to compare by phone, and its next bundles are encrypted for the kabupaten."""

from __future__ import annotations

from gui_helpers import answer_modal
from PySide6.QtGui import QGuiApplication
from sync_helpers import age_key, make_office, ok

from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.settings_dialog import SettingsDialog
from netralitas_desktop.gui.sync_keys import KeysDialog
from netralitas_desktop.services.key_card import read_key_card
from netralitas_desktop.sync import recipients


def test_the_office_above_shows_saves_and_copies_its_card(qtbot, tmp_path):
    kab = make_office(tmp_path / "kabupaten", "kabupaten")
    with Store(kab) as store:
        keys = KeysDialog(store)
        qtbot.addWidget(keys)
        keys.show()
        card_dialog = keys.show_card()
        assert card_dialog.isVisible() and not card_dialog.qr_label.pixmap().isNull()
        fingerprint = ok(kab, "keys", "show", "--json")["fingerprint"]
        assert all(f">{group}<" in card_dialog.findChild(type(card_dialog.qr_label), "cardDetails").text()
                   for group in fingerprint.split())
        saved = card_dialog.save_to(tmp_path / "kartu")
        assert saved.name == "kartu.nkunci" and read_key_card(saved).age_recipient == age_key(kab)
        card_dialog.copy_text()
        assert read_key_card(QGuiApplication.clipboard().text()).fingerprint == fingerprint
        card_dialog.accept()


def test_the_office_below_opens_the_card_compares_and_uses_it(qtbot, tmp_path):
    kab = make_office(tmp_path / "kabupaten", "kabupaten")
    kec = make_office(tmp_path / "kecamatan", "kecamatan")
    card_file = tmp_path / "kartu.nkunci"
    ok(kab, "keys", "card", "-o", card_file)
    card = read_key_card(card_file)
    with Store(kec) as store:
        keys = KeysDialog(store)
        qtbot.addWidget(keys)
        keys.show()
        shown: list[str] = []
        answer_modal(lambda box: (shown.append(box.text()), box.buttons()[1].click()))  # Batal
        assert not keys.open_card(card)
        assert card.fingerprint.split()[0] in shown[0] and "Bawaslu Kabupaten Bangka Selatan" in shown[0]
        assert recipients(store) == []
        answer_modal(lambda box: box.buttons()[0].click())  # "Sidik jari cocok, pakai kartu ini"
        assert keys.open_card(card)
        qtbot.waitUntil(lambda: keys.ui.recipientsTable.rowCount() == 1)  # an operation; the dialog reloads
        assert recipients(store) == [{"name": "Bawaslu Kabupaten Bangka Selatan", "key": card.age_recipient}]
        # A card of this office itself is refused on the spot, without asking.
        own = tmp_path / "sendiri.nkunci"
        ok(kec, "keys", "card", "-o", own)
        assert not keys.open_card(read_key_card(own))
        assert "kantor ini sendiri" in keys.ui.err_recipient.text()
        keys.accept()


def test_the_settings_fill_headquarters_key_from_the_card_and_store_it_with_simpan(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    kab = make_office(tmp_path / "kabupaten", "kabupaten")
    kec = make_office(tmp_path / "kecamatan", "kecamatan")
    ok(kab, "keys", "card", "-o", tmp_path / "kartu.nkunci")
    card = read_key_card(tmp_path / "kartu.nkunci")
    with Store(kec) as store:
        dialog = SettingsDialog(store)
        qtbot.addWidget(dialog)
        answer_modal(lambda box: box.buttons()[0].click())
        assert dialog.open_card(card)
        assert dialog.ui.hqRecipient.text() == card.age_recipient and card.fingerprint in dialog.ui.hqCardLabel.text()
        assert store.setting("hq_recipient") in (None, ""), "not before Simpan"
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        assert store.setting("hq_recipient") == card.age_recipient
