"""The app lock of a protected store (issue 11): the passphrase at start, and the idle lock that hides every
window until the passphrase is typed again; wrong passphrases are refused and counted."""

from __future__ import annotations

from gui_helpers import open_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from netralitas_desktop.data import store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.gui.app import install_app_lock, unlock_if_protected
from netralitas_desktop.gui.unlock import AppLock

PASSPHRASE = "kopi-tubruk-pagi-99"


def protected_store(folder):
    store = Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                         officer="Rina Marlina", office_code="19.03", passphrase=PASSPHRASE)
    store.set_setting("lock_minutes", 1)
    store.close()
    return folder


def unlock_dialog() -> QInputDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
    return found[-1] if found else None


def test_the_passphrase_is_asked_before_any_window_and_a_wrong_one_is_refused(qtbot, tmp_path):
    folder = protected_store(tmp_path / "data")
    store_key.forget(folder)
    store_key._unlocked_memo.clear()
    seen: list[str] = []

    def type_into_dialog(text: str) -> None:
        dialog = unlock_dialog()
        if dialog is None:
            QTimer.singleShot(50, lambda: type_into_dialog(text))
            return
        seen.append(dialog.labelText())
        dialog.setTextValue(text)
        dialog.accept()
        if text != PASSPHRASE:
            QTimer.singleShot(50, lambda: type_into_dialog(PASSPHRASE))

    QTimer.singleShot(0, lambda: type_into_dialog("bukan-kata-sandinya"))
    assert unlock_if_protected(folder)
    assert "Kata sandi salah" in seen[-1] and "Kata sandi salah" not in seen[0]
    assert store_key.key_for(folder) is not None and store_key.failed_tries(folder) == 0
    with Store(folder) as store:
        assert store.protected


def test_leaving_the_passphrase_dialog_opens_nothing(qtbot, tmp_path):
    folder = protected_store(tmp_path / "data")
    store_key.forget(folder)
    QTimer.singleShot(50, lambda: unlock_dialog().reject())
    assert not unlock_if_protected(folder)
    assert store_key.key_for(folder) is None


def test_the_idle_lock_hides_the_main_window_until_the_passphrase(qtbot, tmp_path):
    folder = protected_store(tmp_path / "data")  # created here, so unlocked in this process
    main = open_window(qtbot, folder)
    install_app_lock(main, folder)
    lock: AppLock = main.app_lock
    assert lock.minutes == 1  # from the setting
    lock.last_input -= 61  # a minute without input
    lock.check_idle()
    assert lock.locked and not main.isVisible()
    qtbot.waitUntil(lambda: unlock_dialog() is not None, timeout=5000)
    unlock_dialog().setTextValue("bukan-kata-sandinya")
    unlock_dialog().accept()
    qtbot.waitUntil(lambda: unlock_dialog() is not None and "salah" in unlock_dialog().labelText(), timeout=5000)
    assert not main.isVisible()
    unlock_dialog().setTextValue(PASSPHRASE)
    unlock_dialog().accept()
    qtbot.waitUntil(lambda: main.isVisible(), timeout=5000)
    assert not lock.locked
    main.app_lock.timer.stop()
    QApplication.instance().removeEventFilter(lock)


def test_evidence_of_a_protected_store_is_viewed_from_the_data_dir_and_removed_at_close(qtbot, tmp_path):
    from cli_helpers import png_bytes

    from netralitas_desktop.gui.app import remove_temporary_files

    folder = protected_store(tmp_path / "data")
    picture = tmp_path / "tangkapan.png"
    picture.write_bytes(png_bytes())
    with Store(folder) as store:
        sha = store.vault.put(picture).sha256
        path = store.evidence_path(sha)  # what the evidence panel previews
        assert folder in path.parents and path.read_bytes() == png_bytes()
        copy = store.viewable_evidence(sha, "tangkapan.png")  # what another program is given
        assert folder in copy.parents and copy.name.endswith("tangkapan.png")
    from netralitas_desktop.gui.pdf_preview import new_preview_folder

    preview = new_preview_folder(folder) / "FormA.pdf"  # a report preview: inside the data dir too
    preview.write_bytes(b"%PDF-1.4 pratinjau")
    assert folder in preview.parents
    remove_temporary_files()  # the app closes (a preview window left open included)
    assert not path.exists() and not copy.exists() and not preview.exists()
    assert [p for p in (folder / "sync-tmp").rglob("*") if p.is_file()] == []


def test_the_passphrase_is_changed_from_the_app(qtbot, tmp_path):
    from netralitas_desktop.gui.unlock import change_passphrase

    folder = protected_store(tmp_path / "data")
    main = open_window(qtbot, folder)
    answers = ["pendek", "pendek", "teh-manis-sore-42", "teh-manis-sore-42"]

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "newPassphraseDialog"
                   and w.isVisible()]
        if dialogs:
            dialogs[-1].setTextValue(answers.pop(0))
            dialogs[-1].accept()
        boxes = [w for w in QApplication.topLevelWidgets() if w.inherits("QMessageBox") and w.isVisible()]
        for box in boxes:
            box.accept()
        if answers or not boxes:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(0, answer)
    assert change_passphrase(main, folder)
    store_key.forget(folder)
    assert store_key.unlock(folder, "teh-manis-sore-42") is not None


def test_an_open_store_is_protected_from_the_menu(qtbot, store_dir):
    from netralitas_desktop.gui.unlock import protect_from_app

    main = open_window(qtbot, store_dir)
    assert not store_key.is_protected(store_dir)
    answers = ["teh-manis-sore-42", "teh-manis-sore-42"]

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "newPassphraseDialog"
                   and w.isVisible()]
        if dialogs and answers:
            dialogs[-1].setTextValue(answers.pop(0))
            dialogs[-1].accept()
        if answers:
            QTimer.singleShot(30, answer)

    def close_boxes() -> None:
        for box in [w for w in QApplication.topLevelWidgets() if w.inherits("QMessageBox") and w.isVisible()]:
            box.accept()

    closer = QTimer(main, interval=50)
    closer.timeout.connect(close_boxes)
    closer.start()
    QTimer.singleShot(0, answer)
    protect_from_app(main, store_dir)
    qtbot.waitUntil(lambda: main.app_lock is not None, timeout=40_000)
    assert store_key.is_protected(store_dir) and main.store.protected
    assert not (store_dir / "netralitas.db").read_bytes().startswith(b"SQLite format 3")
    closer.stop()
    main.app_lock.timer.stop()
    QApplication.instance().removeEventFilter(main.app_lock)


def test_a_report_preview_left_by_a_killed_app_is_removed_at_the_next_start(qtbot, tmp_path):
    from netralitas_desktop.data import sync_workdir
    from netralitas_desktop.gui.pdf_preview import new_preview_folder

    folder = protected_store(tmp_path / "data")
    preview = new_preview_folder(folder) / "Register.pdf"
    preview.write_bytes(b"%PDF-1.4 pratinjau")
    for _session, lock in sync_workdir._sessions.values():  # the app is killed: its locks go, its files stay
        lock.close()
    sync_workdir._sessions.clear()
    assert preview.exists()
    with Store(folder):  # the next start
        pass
    assert not preview.exists()
