"""A forgotten passphrase from the app (issue 11): "Lupa kata sandi?" in the unlock dialog recovers the store with
the recovery sheet's code or headquarters' age key file and sets a new passphrase — at start and at the idle lock;
and the recovery sheet printed from the menu."""

from __future__ import annotations

import pytest
from gui_helpers import open_window
from pyrage import x25519
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from netralitas_desktop.data import store_key
from netralitas_desktop.data.keys import set_recipient
from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.app import install_app_lock, unlock_if_protected
from netralitas_desktop.gui.recovery import RecoveryDialog, save_recovery_sheet

PASSPHRASE = "kopi-tubruk-pagi-99"
NEW_PASSPHRASE = "teh-manis-sore-42"


def protected_store(folder):
    store = Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                         officer="Rina Marlina", office_code="19.03", passphrase=PASSPHRASE)
    store.close()
    return folder


def forget_everything(folder) -> None:
    """As after a restart: nothing unlocked in this process."""
    store_key.forget(folder)
    store_key._unlocked_memo.clear()


def visible(kind, name: str = ""):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
             and (not name or w.objectName() == name)]
    return found[-1] if found else None


def test_forgotten_passphrase_at_start_is_recovered_with_the_sheet_code(qtbot, tmp_path):
    folder = protected_store(tmp_path / "data")
    code = store_key.new_recovery_code(folder, store_key.key_for(folder))
    forget_everything(folder)
    refusals: list[str] = []
    steps = iter(["forgot", "wrong-code", "short", "right"])
    step = {"now": next(steps)}

    def drive() -> None:
        unlock = visible(QInputDialog, "unlockDialog")
        recovery = visible(RecoveryDialog)
        if step["now"] == "forgot" and unlock is not None:
            unlock.findChild(QPushButton, "forgotButton").click()
            step["now"] = next(steps)
        elif recovery is not None and recovery.job is None:
            ui = recovery.ui
            if step["now"] == "wrong-code" and not ui.err_recovery.isVisible():
                ui.codeEdit.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
                ui.newEdit.setText(NEW_PASSPHRASE)
                ui.repeatEdit.setText(NEW_PASSPHRASE)
                recovery.recover()
            elif step["now"] == "wrong-code" and ui.err_recovery.property("role") == "error":
                refusals.append(ui.err_recovery.text())
                ui.codeEdit.setText(code.lower().replace("-", " "))  # as typed from paper: case and dashes forgiven
                ui.newEdit.setText("pendek")
                ui.repeatEdit.setText("pendek")
                recovery.recover()
                refusals.append(ui.err_recovery.text())
                step["now"] = next(steps)
            elif step["now"] == "short":
                ui.newEdit.setText(NEW_PASSPHRASE)
                ui.repeatEdit.setText(NEW_PASSPHRASE)
                assert recovery.recover()
                step["now"] = next(steps)
        if step["now"] != "right" or recovery is None:
            QTimer.singleShot(50, drive)

    QTimer.singleShot(0, drive)
    assert unlock_if_protected(folder)
    assert refusals[0] == "Kode pemulihan salah." and "minimal 8" in refusals[1]
    assert store_key.key_for(folder) is not None
    with Store(folder) as store:
        assert store.office.name == "Panwaslu Kecamatan Toboali"
    forget_everything(folder)
    assert store_key.unlock(folder, NEW_PASSPHRASE) is not None
    assert not store_key.has_recovery_code(folder), "the used code is spent"


def test_the_idle_lock_is_lifted_with_headquarters_key_file(qtbot, tmp_path):
    headquarters = x25519.Identity.generate()
    identity_file = tmp_path / "usb" / "age-identity.txt"
    identity_file.parent.mkdir()
    identity_file.write_text(f"# kunci kantor atasan\n{headquarters}\n", encoding="ascii")
    folder = protected_store(tmp_path / "data")
    with Store(folder) as store:  # headquarters' key set as an office sets it: the store key is wrapped to it too
        set_recipient(store, str(headquarters.to_public()), "Bawaslu Kabupaten Bangka Selatan")
    assert store_key.headquarters_recipients(folder) == [str(headquarters.to_public())]
    main = open_window(qtbot, folder)
    install_app_lock(main, folder)
    lock = main.app_lock
    forget_everything(folder)
    lock.lock()
    assert not main.isVisible()
    qtbot.waitUntil(lambda: visible(QInputDialog, "unlockDialog") is not None, timeout=5000)
    visible(QInputDialog, "unlockDialog").findChild(QPushButton, "forgotButton").click()
    qtbot.waitUntil(lambda: visible(RecoveryDialog) is not None, timeout=5000)
    recovery = visible(RecoveryDialog)
    ui = recovery.ui
    # A file without an age key is refused in one line; the dialog stays.
    junk = tmp_path / "usb" / "catatan.txt"
    junk.write_text("bukan kunci\n", encoding="ascii")
    ui.identityRadio.setChecked(True)
    ui.identityEdit.setText(str(junk))
    ui.newEdit.setText(NEW_PASSPHRASE)
    ui.repeatEdit.setText(NEW_PASSPHRASE)
    recovery.recover()
    qtbot.waitUntil(lambda: recovery.job is None, timeout=20_000)
    assert "tidak berisi kunci age" in ui.err_recovery.text() and recovery.isVisible() and not main.isVisible()
    ui.identityEdit.setText(str(identity_file))
    recovery.recover()
    qtbot.waitUntil(lambda: recovery.job is None, timeout=30_000)
    assert recovery.result() == QDialog.DialogCode.Accepted, ui.err_recovery.text()
    qtbot.waitUntil(lambda: main.isVisible(), timeout=5000)
    assert not lock.locked
    forget_everything(folder)
    assert store_key.unlock(folder, NEW_PASSPHRASE) is not None
    lock.timer.stop()
    QApplication.instance().removeEventFilter(lock)


def test_the_recovery_sheet_is_printed_from_the_menu(qtbot, tmp_path, monkeypatch):
    folder = protected_store(tmp_path / "data")
    old_code = store_key.new_recovery_code(folder, store_key.key_for(folder))
    main = open_window(qtbot, folder)
    target = tmp_path / "usb" / "lembar"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []

    def close_box() -> None:
        box = visible(QMessageBox)
        if box is None:
            QTimer.singleShot(50, close_box)
            return
        told.append(box.text())
        box.accept()

    QTimer.singleShot(0, close_box)
    save_recovery_sheet(main, folder)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    written = tmp_path / "usb" / "lembar.pdf"
    assert written.read_bytes().startswith(b"%PDF") and str(written) in told[0]
    forget_everything(folder)
    with pytest.raises(store_key.WrongPassphrase):  # the previous sheet's code stops working
        store_key.recover_with_code(folder, old_code)


def test_the_idle_time_is_set_in_settings_only_for_a_protected_store(qtbot, tmp_path, store_dir):
    from netralitas_desktop.gui.settings_dialog import SettingsDialog

    with Store(store_dir) as plain:
        dialog = SettingsDialog(plain)
        qtbot.addWidget(dialog)
        assert dialog.ui.lockBox.isHidden() and "lock_minutes" not in dialog.settings()
    folder = protected_store(tmp_path / "protected")
    main = open_window(qtbot, folder)
    install_app_lock(main, folder)
    assert main.app_lock.minutes == 10  # the default
    seen: dict[str, object] = {}

    def change_and_save() -> None:
        dialog = main.settings_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, change_and_save)
            return
        ui = dialog.ui
        seen["shown"] = not ui.lockBox.isHidden()
        ui.lockMinutes.setValue(500)  # beyond the gate's range: the spin box holds it at 240
        seen["clamped"] = ui.lockMinutes.value()
        ui.lockMinutes.setValue(3)
        dialog.save()

    QTimer.singleShot(0, change_and_save)
    main.open_settings()
    assert seen == {"shown": True, "clamped": 240}
    assert main.store.setting("lock_minutes") == 3 and main.app_lock.minutes == 3
    actions = [row["action"] for row in main.store.database.query(
        "SELECT action FROM audit_log WHERE action = 'setting.set'")]
    assert actions, "stored through the gate, audited like every setting"
    main.app_lock.timer.stop()
    QApplication.instance().removeEventFilter(main.app_lock)
