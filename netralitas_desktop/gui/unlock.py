"""The app lock of a protected store: the passphrase asked at start, and the lock after an idle time (setting
`lock_minutes`, default 10) that hides every window until the passphrase is typed again.

Wrong passphrases are counted and slowed down by the data layer (`store_key.unlock`: after three, each further
try waits longer, also across restarts). Argon2id holds the GIL for about half a second, so the dialog shows
"Membuka…" and lets Qt paint before deriving.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from netralitas_desktop.data import store_key
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.validation import LOCK_MINUTES_DEFAULT

FORGOT = 2  # the unlock dialog's result when "Lupa kata sandi?" was pressed
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin}


def tr(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


def passphrase_dialog(parent: QWidget | None, data_dir: Path, message: str = "") -> QInputDialog:
    """The dialog that asks for the store passphrase (a standard input dialog in password mode)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("unlockDialog")
    dialog.setWindowTitle(tr("Data terkunci"))
    dialog.setLabelText((message + "\n\n" if message else "")
                        + tr("Data di {folder} dilindungi kata sandi. Ketik kata sandi data:").format(folder=data_dir))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(tr("Buka"))
    dialog.setCancelButtonText(tr("Keluar"))
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is not None:  # made by the setters above
        forgot = buttons.addButton(tr("Lupa kata sandi?"), QDialogButtonBox.ButtonRole.ActionRole)
        forgot.setObjectName("forgotButton")
        forgot.clicked.connect(lambda: dialog.done(FORGOT))
    return dialog


def recovery_dialog(data_dir: Path):
    """The "Lupa kata sandi?" dialog (gui/recovery.py); accepted once a new passphrase opened the store."""
    from netralitas_desktop.gui.recovery import RecoveryDialog

    return RecoveryDialog(data_dir)


def try_passphrase(data_dir: Path, passphrase: str) -> str:
    """"" when the passphrase opened the store (its key is now remembered), else the Indonesian reason."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()  # paint "busy" before the KDF holds the GIL
    try:
        store_key.unlock(data_dir, passphrase)
        return ""
    except NetralitasError as err:
        return str(err)
    finally:
        QApplication.restoreOverrideCursor()


def unlock_at_start(data_dir: Path, parent: QWidget | None = None) -> bool:
    """Ask until the passphrase opens the store; False when the officer chose to leave."""
    message = ""
    while True:
        dialog = passphrase_dialog(parent, data_dir, message)
        result = dialog.exec()
        if result == FORGOT:
            if recovery_dialog(data_dir).exec() == QInputDialog.DialogCode.Accepted:
                return True  # the new passphrase unlocked the store
            message = ""
            continue
        if result != QInputDialog.DialogCode.Accepted:
            return False
        message = try_passphrase(data_dir, dialog.textValue())
        if not message:
            return True


class AppLock(QObject):
    """Locks the app after `lock_minutes` without keyboard or mouse input: every window is hidden and the
    passphrase dialog shown; the windows come back only when it is typed right."""

    def __init__(self, data_dir: Path, minutes: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.minutes = minutes or LOCK_MINUTES_DEFAULT
        self.last_input = time.monotonic()
        self.locked = False
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self, interval=5000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        app = QApplication.instance()
        assert app is not None  # the lock is made by a running app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and not self.locked:
            self.last_input = time.monotonic()
        return False

    def check_idle(self) -> None:
        if not self.locked and time.monotonic() - self.last_input >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Hide every window now and ask for the passphrase (the dialog opens once the event loop turns)."""
        if self.locked:
            return
        self.locked = True
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for window in self.hidden:
            window.hide()
        QTimer.singleShot(0, self.ask)

    def ask(self, message: str = "") -> None:
        dialog = passphrase_dialog(None, self.data_dir, message or tr("Aplikasi terkunci karena tidak dipakai."))
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        dialog.open()

    def _answered(self, dialog: QInputDialog, result: int) -> None:
        if result == QInputDialog.DialogCode.Accepted:
            self._typed(dialog.textValue())
        elif result == FORGOT:
            recovery = self.recovery = recovery_dialog(self.data_dir)
            recovery.finished.connect(lambda done: self.unlock() if done == QInputDialog.DialogCode.Accepted
                                      else self.ask())
            recovery.open()
        else:
            QApplication.quit()

    def _typed(self, passphrase: str) -> None:
        problem = try_passphrase(self.data_dir, passphrase)
        if problem:
            self.ask(problem)
            return
        self.unlock()

    def unlock(self) -> None:
        for window in self.hidden:
            window.show()
        self.hidden = []
        self.locked = False
        self.last_input = time.monotonic()


def ask_new_passphrase(parent: QWidget | None) -> str | None:
    """A new passphrase, typed twice; None when cancelled. Refusals (too short, not the same) ask again."""
    message = ""
    while True:
        first = QInputDialog(parent)
        first.setObjectName("newPassphraseDialog")
        first.setWindowTitle(tr("Ganti kata sandi data"))
        first.setLabelText((message + "\n\n" if message else "")
                           + tr("Kata sandi data yang baru (minimal {n} karakter):").format(n=store_key.MIN_PASSPHRASE))
        first.setTextEchoMode(QLineEdit.EchoMode.Password)
        if first.exec() != QInputDialog.DialogCode.Accepted:
            return None
        second = QInputDialog(parent)
        second.setObjectName("newPassphraseDialog")
        second.setWindowTitle(tr("Ganti kata sandi data"))
        second.setLabelText(tr("Ketik sekali lagi:"))
        second.setTextEchoMode(QLineEdit.EchoMode.Password)
        if second.exec() != QInputDialog.DialogCode.Accepted:
            return None
        if first.textValue() != second.textValue():
            message = tr("Kedua kata sandi tidak sama.")
        elif len(first.textValue()) < store_key.MIN_PASSPHRASE:
            message = tr("Kata sandi terlalu pendek.")
        else:
            return first.textValue()


def change_passphrase(window: QWidget, data_dir: Path) -> bool:
    """Menu entry: wrap the store key under a new passphrase (the store stays unlocked)."""
    from netralitas_desktop.gui.messages import show_error, show_info

    key = store_key.key_for(data_dir)
    if key is None:
        return False
    new = ask_new_passphrase(window)
    if new is None:
        return False
    try:
        store_key.change_passphrase(data_dir, key, new)
    except NetralitasError as err:
        show_error(window, err)
        return False
    show_info(window, tr("Ganti kata sandi data"), tr("Kata sandi data diganti. Lembar pemulihan dan pemulihan "
                                                       "lewat kantor atasan tetap berlaku."))
    return True


def protect_from_app(window, data_dir: Path):
    """Menu entry of an unprotected store: ask a new passphrase, close the window's store, convert in place off the
    UI thread (progress, Batal until the switch), open the store again and start the app lock. A refusal (the
    database in use elsewhere) or a cancel leaves the store as it was. Returns the progress dialog (tests)."""
    from netralitas_desktop.data.conversion import protect_store
    from netralitas_desktop.data.keys import recipients
    from netralitas_desktop.gui.messages import show_error_text, show_info
    from netralitas_desktop.gui.worker import Job, run_with_progress

    if store_key.is_protected(data_dir):
        return None
    passphrase = ask_new_passphrase(window)
    if passphrase is None:
        return None
    headquarters = [r["key"] for r in recipients(window.store)]
    window.store.close()  # the conversion needs the database to itself

    def work(job: Job, folder: Path, secret: str, keys: list[str]) -> None:
        protect_store(folder, secret, keys, progress=lambda done, total: job.signals.progress.emit(done, total),
                      cancelled=lambda: job.is_cancelled)

    def reopen() -> None:
        window._reopen_store()
        if store_key.is_protected(data_dir):
            from netralitas_desktop.gui.app import install_app_lock

            install_app_lock(window, data_dir)

    def finished(_result) -> None:
        reopen()
        show_info(window, tr("Data dilindungi"), tr(
            "Data kini terenkripsi dan dibuka dengan kata sandi data. Cetak lembar pemulihan (Berkas → Cetak lembar "
            "pemulihan) atau atur kunci kantor atasan, agar kata sandi yang terlupa dapat dipulihkan."))

    def failed(message: str) -> None:
        reopen()
        show_error_text(window, tr("Data tidak dilindungi"), message)

    job = Job(work, data_dir, passphrase, headquarters, name="protect")
    job.signals.cancelled.connect(reopen)
    return run_with_progress(window, tr("Lindungi data dengan kata sandi"), tr("Mengenkripsi data…"), job,
                             on_finished=finished, on_failed=failed, delay_ms=0)
