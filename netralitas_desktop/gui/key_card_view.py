"""Key cards in the app (services/key_card.py): the office above shows its card — a file to save or copy, a QR
code, the fingerprint to read aloud — and the office below opens one and compares the fingerprint by phone."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.messages import show_error_text
from netralitas_desktop.gui.office_fields import level_names
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.sync_text import fingerprint_html
from netralitas_desktop.services.key_card import (
    SUFFIX,
    KeyCard,
    default_card_name,
    key_card_text,
    make_key_card,
    qr_matrix,
    read_key_card,
    write_key_card,
)

QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyCard", text)


def qr_pixmap(text: str, module: int = 4) -> QPixmap:
    """The QR code of `text`, `module` pixels a module, with its quiet zone."""
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * QUIET_ZONE) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect((column + QUIET_ZONE) * module, (row + QUIET_ZONE) * module, module, module,
                                 QColor("#000000"))
    painter.end()
    return QPixmap.fromImage(image)


def office_line(card: KeyCard) -> str:
    """ "Bawaslu Kabupaten/Kota · wilayah 19.03"."""
    level = level_names().get(card.office["level"], card.office["level"])
    return tr("{level} · wilayah {region}").format(level=level, region=card.office["region_code"])


def card_html(card: KeyCard) -> str:
    """What an opened card says, for the officer to check: the office and the fingerprint to compare by phone."""
    check = tr("Telepon kantor itu dan minta mereka membacakan sidik jari di jendela Kunci: harus sama, kelompok "
               "demi kelompok.")
    return (f"<p style='font-weight:600;font-size:12pt'>{html.escape(card.office['name'])}</p>"
            f"<p style='color:{style.MUTED}'>{html.escape(office_line(card))}</p>"
            f"<p>{html.escape(check)}</p>" + fingerprint_html(card.fingerprint, point_size=14))


def choose_key_card(parent: QWidget | None) -> KeyCard | None:
    """Ask for a key card file and read it; a file that is not a sound card is explained. None: cancelled or
    refused."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation) or str(Path.home())
    name, _ = QFileDialog.getOpenFileName(parent, tr("Buka kartu kunci kantor atasan"), start,
                                          tr("Kartu kunci (*{suffix});;Semua berkas (*)").format(suffix=SUFFIX))
    if not name:
        return None
    try:
        return read_key_card(Path(name))
    except NetralitasError as err:
        show_error_text(parent, tr("Kartu kunci tidak dapat dipakai"), str(err))
        return None


class KeyCardDialog(QDialog):
    """This office's key card: save it as a file, copy its text (to send by WhatsApp), show it as a QR code, and
    read the fingerprint aloud when the office below calls."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyCardDialog")
        self.store = store
        self.card = make_key_card(store)
        self.text = key_card_text(store, self.card)
        self.saved_to: Path | None = None
        self.setWindowTitle(tr("Kartu kunci {office}").format(office=store.office.name))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Berikan kartu ini kepada kantor di bawah (flashdisk, surel atau WhatsApp). Mereka "
                          "membukanya di aplikasi, lalu menelepon Anda: bacakan sidik jari di bawah ini. Setelah itu "
                          "bundel mereka ke atas hanya dapat dibuka di kantor ini."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.qr_label = QLabel(self)
        self.qr_label.setObjectName("qrCode")
        self.qr_label.setPixmap(qr_pixmap(self.text, 3))
        self.qr_label.setToolTip(tr("Kode QR berisi kartu kunci ini (dapat dipindai dengan ponsel)"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.qr_label)
        details = QLabel(self)
        details.setObjectName("cardDetails")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setText(f"<p style='font-weight:600;font-size:12pt'>{html.escape(self.card.office['name'])}</p>"
                        f"<p style='color:{style.MUTED}'>{html.escape(office_line(self.card))}</p>"
                        f"<p>{html.escape(tr('Sidik jari'))}</p>" + fingerprint_html(self.card.fingerprint))
        row.addWidget(details, 1)
        layout.addLayout(row, 1)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setProperty("role", "muted")
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(style.icon("save", "#ffffff"), tr("Simpan kartu kunci…"), self)
        self.copy_button = QPushButton(style.icon("paste"), tr("Salin isi kartu"), self)
        self.copy_button.setToolTip(tr("Salin isi kartu untuk ditempel di pesan (mis. WhatsApp)"))
        self.close_button = QPushButton(tr("Tutup"), self)
        for button in (self.copy_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.choose_and_save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.choose_and_save)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 460)
        self.screen_fit = fit_window(self, remember="keyCardDialog")
        self.screen_fit.restore()

    def choose_and_save(self) -> Path | None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self, tr("Simpan kartu kunci"),
                                              str(Path(start) / default_card_name(self.store)),
                                              tr("Kartu kunci (*{suffix})").format(suffix=SUFFIX))
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        """Write the card (a small file: written here at once, it touches no store data)."""
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            self.saved_to, _card = write_key_card(self.store, path)
        except NetralitasError as err:
            show_error_text(self, tr("Kartu kunci belum tersimpan"), str(err))
            return None
        self.result_label.setText(tr("Tersimpan: {path}").format(path=self.saved_to))
        return self.saved_to

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.result_label.setText(tr("Isi kartu disalin: tempel di pesan untuk kantor di bawah."))


def confirm_key_card(parent: QWidget | None, card: KeyCard) -> bool:
    """Show what the card says and ask the officer to compare the fingerprint before it is used."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, tr("Pakai kartu kunci?"), "", QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmKeyCard")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(card_html(card))
    use = box.addButton(tr("Sidik jari cocok, pakai kartu ini"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(use)
    box.exec()
    return box.clickedButton() is use
