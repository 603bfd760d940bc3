"""A large view of one evidence item inside the app: images fitted to the window (or at 100 %), PDFs page by
page; ← and → step through the finding's other items. Other files (video, audio) open with another program."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netralitas_desktop.domain.dates_id import format_datetime_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.i18n import size_id
from netralitas_desktop.gui.screen_fit import available_geometry, fit_window

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from netralitas_desktop.gui.evidence import Entry, EvidencePanel

IMAGE, PDF, OTHER = 0, 1, 2


class EvidencePreviewDialog(QDialog):
    """Shows `panel.entries[index]`; Sebelumnya/Berikutnya walk the panel's list."""

    def __init__(self, panel: EvidencePanel, index: int):
        super().__init__(panel.window())
        self.setObjectName("evidencePreview")
        self.panel = panel
        self.index = index
        self.fit = True  # images: fitted to the window, else at 100 %
        self.document: QPdfDocument | None = None  # made when a PDF is first shown
        self._image_path: Path | None = None
        self._refit = QTimer(self, singleShot=True, interval=80)
        self._refit.timeout.connect(self._show_image)
        self._build()
        screen = available_geometry(panel)
        self.resize(min(1100, int(screen.width() * 0.85)), min(820, int(screen.height() * 0.9)))
        self.screen_fit = fit_window(self, scroll=False, remember="evidencePreview")
        self.screen_fit.restore()
        self.show_entry(index)

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        self.heading.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setProperty("role", "muted")
        self.meta.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        self.pages = QStackedWidget(self)
        self.image_area = QScrollArea(self)
        self.image_area.setObjectName("imageArea")
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setStyleSheet(f"QScrollArea {{ background: {style.WINDOW}; }}")
        self.image_label = QLabel(self.image_area)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        self.pages.addWidget(self.image_area)
        self.pdf_holder = QWidget(self)
        self.pdf_layout = QVBoxLayout(self.pdf_holder)
        self.pdf_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.pdf_holder)
        self.other_label = QLabel(self)
        self.other_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other_label.setWordWrap(True)
        self.pages.addWidget(self.other_label)
        layout.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("‹ Sebelumnya"), self)
        self.next_button = QPushButton(self.tr("Berikutnya ›"), self)
        self.zoom_button = QPushButton(self.tr("Ukuran asli"), self)
        self.zoom_button.setToolTip(self.tr("Tampilkan gambar pada ukuran aslinya, atau muat di jendela"))
        self.open_button = QPushButton(style.icon("open"), self.tr("Buka di aplikasi lain"), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        for button in (self.previous_button, self.next_button, self.zoom_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.close_button.setDefault(True)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.zoom_button.clicked.connect(self.toggle_zoom)
        self.open_button.clicked.connect(lambda: self.panel.open_entry(self.entry))
        self.close_button.clicked.connect(self.accept)
        for key, direction in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1), (Qt.Key.Key_PageUp, -1),
                               (Qt.Key.Key_PageDown, 1)):
            QShortcut(QKeySequence(key), self).activated.connect(lambda d=direction: self.step(d))

    # -- showing --------------------------------------------------------------------------------------------
    @property
    def entry(self) -> Entry:
        return self.panel.entries[self.index]

    def step(self, direction: int) -> None:
        target = self.index + direction
        if 0 <= target < len(self.panel.entries):
            self.panel.ui.itemList.setCurrentRow(target)
            self.show_entry(target)

    def show_entry(self, index: int) -> None:
        self.index = index
        entry = self.entry
        count = len(self.panel.entries)
        self.setWindowTitle(self.tr("Bukti {n} dari {total}: {name}").format(n=index + 1, total=count,
                                                                            name=entry.name))
        self.heading.setText(entry.name)
        self.meta.setText(self._meta(entry))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        path = self.panel.file_of(entry)
        if entry.mime.startswith("image/") and QImageReader(str(path)).canRead():
            self._image_path = path
            self.pages.setCurrentIndex(IMAGE)
            self.zoom_button.setVisible(True)
            self._show_image()
        elif entry.mime == "application/pdf" and self._show_pdf(path):
            self.pages.setCurrentIndex(PDF)
            self.zoom_button.setVisible(False)
        else:
            self.pages.setCurrentIndex(OTHER)
            self.zoom_button.setVisible(False)
            self.other_label.setText(self.tr(
                "Pratinjau tidak tersedia untuk {kind}.\nKlik “Buka di aplikasi lain” untuk membukanya dengan "
                "program di komputer ini.").format(kind=self.panel.kind_name(entry.mime)))

    def _meta(self, entry: Entry) -> str:
        e = entry.evidence
        if e is None:
            path = entry.local_path
            size = path.stat().st_size if path.exists() else 0
            return self.tr("{size} · {kind} · ditambahkan saat temuan disimpan").format(
                size=size_id(size), kind=self.panel.kind_name(entry.mime))
        text = self.tr("{size} · {kind} · ditambahkan {when} oleh {who}").format(
            size=size_id(e.size), kind=self.panel.kind_name(e.mime_type), when=format_datetime_id(e.added_at),
            who=e.added_by)
        if e.removed:
            text += " · " + self.tr("DIHAPUS: {reason}").format(reason=e.removed_reason or "")
        elif entry.removal:
            text += " · " + self.tr("ditandai dihapus saat disimpan")
        return text

    def _show_image(self) -> None:
        reader = QImageReader(str(self._image_path))
        reader.setAutoTransform(True)
        size = reader.size()
        if self.fit:
            room = self.image_area.viewport().size() - QSize(4, 4)
            if size.isValid() and (size.width() > room.width() or size.height() > room.height()):
                reader.setScaledSize(size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if self.fit and not image.isNull():
            # A small picture (a cropped screenshot) is enlarged to the window too, at most four times.
            room = self.image_area.viewport().size() - QSize(4, 4)
            target = image.size().scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
            if target.width() > image.width():
                target = target.boundedTo(image.size() * 4)
                image = image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_area.setWidgetResizable(self.fit)
        self.zoom_button.setText(self.tr("Ukuran asli") if self.fit else self.tr("Muat di jendela"))

    def toggle_zoom(self) -> None:
        self.fit = not self.fit
        self._show_image()

    def _show_pdf(self, path: Path) -> bool:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        document = self.document
        if document is None:
            document = self.document = QPdfDocument(self)
            view = QPdfView(self.pdf_holder)
            view.setObjectName("pdfView")
            view.setDocument(document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_layout.addWidget(view)
            self.pdf_view = view
        document.close()
        return document.load(str(path)) == QPdfDocument.Error.None_ and document.pageCount() > 0

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.pages.currentIndex() == IMAGE and self._image_path is not None:
            if (layout := self.layout()) is not None:
                layout.activate()  # the image area has its real size now: fit the picture to it
            self._show_image()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pages.currentIndex() == IMAGE and self.fit and self._image_path is not None:
            self._refit.start()  # decode again once the resizing has settled
