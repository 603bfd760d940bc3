"""The evidence panel: files of a finding with thumbnails, hashes and times; add, paste, drop, open, remove."""

from __future__ import annotations

import shutil
import tempfile
from collections import OrderedDict
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from netralitas_desktop.data.vault import guess_mime
from netralitas_desktop.domain.dates_id import format_datetime_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.evidence_panel import Ui_EvidencePanel
from netralitas_desktop.gui.i18n import size_id
from netralitas_desktop.gui.messages import confirm, show_error, show_info

THUMB = 56
_thumbnails: OrderedDict[str, QPixmap] = OrderedDict()  # by file path, small and shared


def thumbnail(path: Path, mime: str) -> QIcon:
    """A small preview of an image file (decoded at thumbnail size), or an icon for other files."""
    if mime.startswith("image/"):
        key = str(path)
        pixmap = _thumbnails.get(key)
        if pixmap is None:
            reader = QImageReader(key)
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid() and size.width() > 0 and size.height() > 0:
                reader.setScaledSize(size.scaled(THUMB * 2, THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
            _thumbnails[key] = pixmap
            while len(_thumbnails) > 300:
                _thumbnails.popitem(last=False)
        if not pixmap.isNull():
            return QIcon(pixmap)
        return style.icon("image")
    if mime == "application/pdf":
        return style.icon("pdf")
    return style.icon("file")


def breakable(text: str) -> str:
    """Let a long URL wrap in a label: a zero-width space after each slash, dot and ?&=."""
    for mark in "/.?&=_":
        text = text.replace(mark, mark + "\u200b")
    return text


def clipboard_image_to_png(folder: Path) -> Path | None:
    """Save the clipboard's image as a PNG in `folder` (the name says when it was pasted); None if no image."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is None or not mime.hasImage():
        return None
    image = clipboard.image()
    if image.isNull():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"tangkapan-layar-{datetime.now():%Y-%m-%d-%H%M%S}.png"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"tangkapan-layar-{datetime.now():%Y-%m-%d-%H%M%S}-{counter}.png"
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path), "PNG"):
        return None
    return path


class _DropFilter(QObject):
    """Accept files dropped on the list (QListWidget would otherwise treat drops as moving its own items)."""

    def __init__(self, panel: EvidencePanel):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and self.panel.can_add():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            self.panel.add_paths([p for p in paths if p.is_file()])
            return True
        return False


class EvidencePanel(QWidget):
    """Two modes: live (a stored finding: every add and removal is a recorded store action) and pending
    (a finding not saved yet: files wait in a list and are stored with it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.store = None
        self.finding_id: str | None = None
        self.items: list = []  # Evidence records (live) or Paths (pending)
        self.pending = False
        self.paste_folder: Path | None = None
        self.read_only = False
        for button, name in ((self.ui.addButton, "attach"), (self.ui.pasteButton, "paste"),
                             (self.ui.openButton, "open"), (self.ui.removeButton, "remove")):
            button.setIcon(style.icon(name))
        self.ui.itemList.setIconSize(QSize(THUMB, THUMB))
        self.ui.shaValue.setFont(QFont("DejaVu Sans Mono", 8))
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([150, 230])
        self.ui.addButton.clicked.connect(self.choose_files)
        self.ui.pasteButton.clicked.connect(self.paste_image)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.itemList.currentRowChanged.connect(self._show_details)
        self.ui.itemList.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self._drop_filter = _DropFilter(self)
        self.ui.itemList.viewport().setAcceptDrops(True)
        for target in (self.ui.itemList.viewport(), self.ui.itemList, self):
            target.installEventFilter(self._drop_filter)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_image)
        self.clear()

    def set_compact(self, compact: bool) -> None:
        """In a narrow pane: Buka and Hapus as icons (their tooltips say what they do), list above details."""
        self.ui.openButton.setText("" if compact else self.tr("Buka"))
        self.ui.removeButton.setText("" if compact else self.tr("Hapus…"))
        self.ui.splitter.setOrientation(Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal)

    # -- modes ----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.store, self.finding_id, self.items, self.pending = None, None, [], False
        self._refresh()

    def set_finding(self, store, finding_id: str, evidence: list | None = None) -> None:
        """Show a stored finding's evidence (removed items too, marked as removed)."""
        self.store, self.finding_id, self.pending = store, finding_id, False
        self.items = list(evidence) if evidence is not None else store.get_finding(finding_id).evidence
        self._refresh()

    def set_pending(self, store, paths: list[Path], paste_folder: Path) -> None:
        """Collect files for a finding that is not stored yet; pasted images are kept in `paste_folder`."""
        self.store, self.finding_id, self.pending = store, None, True
        self.items = [Path(p) for p in paths]
        self.paste_folder = Path(paste_folder)
        self._refresh()

    def pending_paths(self) -> list[Path]:
        return list(self.items) if self.pending else []

    def can_add(self) -> bool:
        return self.store is not None and not self.read_only and (self.pending or self.finding_id is not None)

    # -- actions --------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.can_add():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bukti"), str(Path.home()),
            self.tr("Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files: to the store at once for a stored finding, else to the pending list."""
        if not paths or not self.can_add():
            return
        if self.pending:
            known = {str(p) for p in self.items}
            self.items.extend(p for p in paths if str(p) not in known)
            self._refresh(select_last=True)
            self.changed.emit()
            return
        try:
            self.store.add_evidence(self.finding_id, paths)
        except NetralitasError as err:
            show_error(self, err, self.tr("Bukti tidak dapat ditambahkan"))
            return
        self.items = self.store.get_finding(self.finding_id).evidence
        self._refresh(select_last=True)
        self.changed.emit()

    def paste_image(self) -> None:
        """Paste a screenshot from the clipboard (officers copy posts as images), or files copied elsewhere."""
        if not self.can_add():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls() and not mime.hasImage():
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
            return
        if self.pending:
            path = clipboard_image_to_png(self.paste_folder)
            if path is None:
                self._no_image()
                return
            self.add_paths([path])
            return
        with tempfile.TemporaryDirectory(prefix="netralitas-tempel-") as temp:
            path = clipboard_image_to_png(Path(temp))
            if path is None:
                self._no_image()
                return
            self.add_paths([path])

    def _no_image(self) -> None:
        show_info(self, self.tr("Tidak ada gambar"), self.tr(
            "Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu "
            "(mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi."))

    def selected_index(self) -> int:
        return self.ui.itemList.currentRow()

    def open_selected(self) -> None:
        """Open a copy with the system viewer (the vault file itself is never handed to other programs)."""
        index = self.selected_index()
        if index < 0:
            return
        item = self.items[index]
        if self.pending:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(item)))
            return
        source = self.store.evidence_path(item.sha256)
        folder = Path(tempfile.gettempdir()) / "netralitas-bukti"
        folder.mkdir(exist_ok=True)
        target = folder / f"{item.sha256[:8]}-{Path(item.name).name}"
        try:
            if not target.exists():
                shutil.copyfile(source, target)
                target.chmod(0o444)
        except OSError as err:
            show_error(self, err, self.tr("Bukti tidak dapat dibuka"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_selected(self) -> None:
        """Stored evidence is marked removed with a reason (the file stays); a pending file is just dropped."""
        index = self.selected_index()
        if index < 0 or self.read_only:
            return
        item = self.items[index]
        if self.pending:
            if confirm(self, self.tr("Batalkan lampiran"), self.tr("Berkas {name} belum disimpan. Hapus dari daftar "
                       "lampiran?").format(name=Path(item).name), self.tr("Hapus dari daftar")):
                del self.items[index]
                self._refresh()
                self.changed.emit()
            return
        if item.removed:
            return
        from netralitas_desktop.gui.dialogs import ReasonDialog

        dialog = ReasonDialog(self, self.tr("Hapus bukti"), self.tr(
            "Bukti “{name}” akan ditandai dihapus. Berkasnya tetap tersimpan di brankas dan penghapusan tercatat "
            "di log audit beserta alasannya.").format(name=item.name), self.tr("Tandai dihapus"),
            self.tr("mis. Berkas salah unggah, bukan milik temuan ini"))
        dialog.setObjectName("removeEvidenceDialog")
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        self.remove_item(item.id, dialog.reason())

    def remove_item(self, evidence_id: str, reason: str) -> bool:
        try:
            self.store.remove_evidence(evidence_id, reason)
        except NetralitasError as err:
            show_error(self, err, self.tr("Bukti tidak dapat dihapus"))
            return False
        self.items = self.store.get_finding(self.finding_id).evidence
        self._refresh()
        self.changed.emit()
        return True

    # -- display --------------------------------------------------------------------------------------------
    def _refresh(self, select_last: bool = False) -> None:
        enabled = self.can_add()
        self.ui.addButton.setEnabled(enabled)
        self.ui.pasteButton.setEnabled(enabled)
        lst = self.ui.itemList
        lst.blockSignals(True)
        lst.clear()
        for entry in self.items:
            lst.addItem(self._list_item(entry))
        lst.blockSignals(False)
        active = sum(1 for e in self.items if self.pending or not e.removed)
        removed = 0 if self.pending else len(self.items) - active
        if self.store is None:
            hint = self.tr("Pilih temuan untuk melihat buktinya.")
        elif self.pending:
            hint = self.tr("{n} berkas akan disimpan bersama temuan. Seret berkas ke daftar ini, atau salin "
                           "tangkapan layar lalu tekan Ctrl+V.").format(n=active)
        else:
            hint = self.tr("{n} bukti").format(n=active) + (self.tr(", {m} ditandai dihapus").format(m=removed)
                                                           if removed else "") + self.tr(
                ". Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.")
        self.ui.hintLabel.setText(hint)
        if self.items:
            lst.setCurrentRow(len(self.items) - 1 if select_last else 0)
        self._show_details(lst.currentRow())

    def _list_item(self, entry) -> QListWidgetItem:
        if self.pending:
            path = Path(entry)
            size = path.stat().st_size if path.exists() else 0
            mime = guess_mime(path.name)
            return QListWidgetItem(thumbnail(path, mime),
                                   f"{path.name}\n{size_id(size)} · " + self.tr("belum disimpan"))
        path = self.store.evidence_path(entry.sha256)
        text = f"{entry.name}\n{size_id(entry.size)} · {format_datetime_id(entry.added_at)}"
        item = QListWidgetItem(thumbnail(path, entry.mime_type), text)
        if entry.removed:
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.gray)
            item.setText(text + "\n" + self.tr("DIHAPUS: {reason}").format(reason=entry.removed_reason or ""))
        return item

    def _show_details(self, index: int) -> None:
        ui = self.ui
        has = 0 <= index < len(self.items)
        ui.openButton.setEnabled(has)
        ui.removeButton.setEnabled(has and not self.read_only and (self.pending or not self.items[index].removed))
        ui.detailFrame.setVisible(has)
        if not has:
            return
        entry = self.items[index]
        if self.pending:
            path = Path(entry)
            ui.nameValue.setText(path.name)
            ui.shaValue.setText(self.tr("dihitung saat disimpan"))
            ui.sizeValue.setText(size_id(path.stat().st_size) if path.exists() else "")
            ui.addedValue.setText(self.tr("belum disimpan"))
            ui.exifValue.setText("—")
            ui.removedValue.setText(str(path.parent))
            return
        ui.nameValue.setText(entry.name)
        ui.shaValue.setText(f"{entry.sha256[:32]}\n{entry.sha256[32:]}")
        ui.shaValue.setToolTip(entry.sha256)
        ui.sizeValue.setText(f"{size_id(entry.size)} · {entry.mime_type}")
        ui.addedValue.setText(self.tr("{when} oleh {who}").format(
            when=format_datetime_id(entry.added_at, with_zone=True), who=entry.added_by))
        exif = format_datetime_id(entry.exif_time) if entry.exif_time else self.tr("tidak ada")
        if entry.gps_lat is not None and entry.gps_lon is not None:
            exif += f" · GPS {entry.gps_lat:.5f}, {entry.gps_lon:.5f}"
        ui.exifValue.setText(exif)
        if entry.removed:
            ui.removedValue.setText(self.tr("Ditandai dihapus {when} oleh {who}. Alasan: {reason}").format(
                when=format_datetime_id(entry.removed_at), who=entry.removed_by or "",
                reason=entry.removed_reason or ""))
            ui.removedValue.setProperty("role", "error")
        else:
            ui.removedValue.setText(breakable(entry.url or entry.note or "—"))
            ui.removedValue.setToolTip(entry.url or entry.note or "")
            ui.removedValue.setProperty("role", "")
        ui.removedValue.style().unpolish(ui.removedValue)
        ui.removedValue.style().polish(ui.removedValue)
