"""Messages to the user: errors say what went wrong and what to do, in Indonesian."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netralitas_desktop.domain.errors import NetralitasError

log = logging.getLogger("netralitas.gui")


def show_error_text(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # made when first needed (start-up time)

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def show_error(parent: QWidget | None, err: BaseException, title: str | None = None) -> None:
    """Show a NetralitasError's Indonesian message; anything else as an unexpected error (and log it)."""
    title = title or QCoreApplication.translate("Messages", "Tidak dapat dilanjutkan")
    if isinstance(err, NetralitasError):
        message = str(err)
    else:
        log.error("unexpected error", exc_info=err)
        message = QCoreApplication.translate(
            "Messages", "Terjadi kesalahan tak terduga: {error}. Coba ulangi; bila terulang, kirim berkas log ke "
                        "admin.").format(error=f"{type(err).__name__}: {err}")
    show_error_text(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # made when first needed (start-up time)

    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.exec()


def confirm(parent: QWidget | None, title: str, message: str, yes: str, no: str | None = None) -> bool:
    from PySide6.QtWidgets import QMessageBox  # made when first needed (start-up time)

    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or QCoreApplication.translate("Messages", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button
