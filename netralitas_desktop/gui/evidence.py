"""The evidence panel: files of a finding with thumbnails, a large preview, hashes and times; add, paste, drop,
view, open, describe in words (printed as barang bukti), remove.

Two modes, each with one plain rule that the panel states in its hint line:
- live (the detail pane of the main window, which has no Simpan button): adding or removing is a store
  operation at once (gui/operations.py, off the UI thread);
- staged (the finding editor): files added, descriptions written and removals chosen wait in the panel and are
  stored with the finding when the officer presses Simpan; Batal drops them.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
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
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QListWidgetItem, QPlainTextEdit, QWidget

from netralitas_desktop.data.vault import guess_mime
from netralitas_desktop.domain.dates_id import format_datetime_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.model import Evidence
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.evidence_panel import Ui_EvidencePanel
from netralitas_desktop.gui.i18n import size_id
from netralitas_desktop.gui.messages import show_error, show_info
from netralitas_desktop.gui.operations import Changes, data_events, run_operation
from netralitas_desktop.gui.screen_fit import BodyScroll

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.gui.evidence_preview import EvidencePreviewDialog

THUMB = 64
PREVIEW = 240  # the large picture in the details beside the list
_thumbnails: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()  # by file path and size, small and shared


def scaled_image(path: Path, edge: int) -> QPixmap:
    """An image file decoded at most `edge` pixels on its longer side (a null pixmap if it cannot be read)."""
    key = (str(path), edge)
    pixmap = _thumbnails.get(key)
    if pixmap is None:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() > 0 and size.height() > 0 and (size.width() > edge
                                                                          or size.height() > edge):
            reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        _thumbnails[key] = pixmap
        while len(_thumbnails) > 300:
            _thumbnails.popitem(last=False)
    else:
        _thumbnails.move_to_end(key)
    return pixmap


def thumbnail(path: Path, mime: str) -> QIcon:
    """A small preview of an image file (decoded at thumbnail size), or an icon for other files."""
    if mime.startswith("image/"):
        pixmap = scaled_image(path, THUMB * 2)
        return QIcon(pixmap) if not pixmap.isNull() else style.icon("image")
    if mime == "application/pdf":
        return style.icon("pdf")
    return style.icon("file")


def breakable(text: str) -> str:
    """Let a long URL wrap in a label: a zero-width space after each slash, dot and ?&=."""
    for mark in "/.?&=_-":
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
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path)):  # PNG, from the name
        return None
    return path


def viewable_copy(source: Path, name: str, sha256: str) -> Path:
    """A read-only copy of a vault file under its own name in the temp folder: other programs get the copy,
    never the vault file itself."""
    folder = Path(tempfile.gettempdir()) / "netralitas-bukti"
    folder.mkdir(exist_ok=True)
    target = folder / f"{sha256[:8]}-{Path(name).name}"
    if not target.exists():
        shutil.copyfile(source, target)
        target.chmod(0o444)
    return target


@dataclass
class Entry:
    """One line of the panel: a stored item, or a file that is stored on Simpan; `removal` is the reason of a
    removal waiting for Simpan, `note` a description waiting for Simpan (editor only; None: unchanged)."""

    evidence: Evidence | None = None
    path: Path | None = None
    removal: str = ""
    note: str | None = None

    @property
    def description(self) -> str:
        """The description in words: the one waiting for Simpan, else the stored one."""
        if self.note is not None:
            return self.note
        return self.evidence.note if self.evidence is not None else ""

    @property
    def stored(self) -> bool:
        return self.evidence is not None

    @property
    def local_path(self) -> Path:
        """The file not stored yet (an entry holds either a stored item or such a file)."""
        return self.path if self.path is not None else Path()

    @property
    def name(self) -> str:
        return self.evidence.name if self.evidence is not None else self.local_path.name

    @property
    def mime(self) -> str:
        return self.evidence.mime_type if self.evidence is not None else guess_mime(self.local_path.name)

    @property
    def removed(self) -> bool:
        return self.evidence is not None and self.evidence.removed


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
        elif kind == QEvent.Type.MouseButtonDblClick and obj is self.panel.ui.previewImage:
            self.panel.preview_selected()
            return True
        return False


class EvidencePanel(QWidget):
    """Live mode (`set_finding`) or staged mode (`set_staged`), see the module docstring. `changed` is emitted
    when the staged additions or removals change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self.finding_id: str | None = None
        self.entries: list[Entry] = []
        self.staged = False
        self.paste_folder: Path | None = None
        self.read_only = False
        self.busy = False  # a live operation is running
        self.preview_dialog: EvidencePreviewDialog | None = None
        self.compact = False
        for button, name in ((self.ui.addButton, "attach"), (self.ui.pasteButton, "paste"),
                             (self.ui.previewButton, "image"), (self.ui.openButton, "open"),
                             (self.ui.describeButton, "edit"), (self.ui.removeButton, "remove")):
            button.setIcon(style.icon(name))
            button.setAutoDefault(False)  # Enter in a dialog never presses these (the default button stays put)
        self.ui.itemList.setIconSize(QSize(THUMB, THUMB))
        self.ui.shaValue.setFont(QFont("DejaVu Sans Mono", 8))
        # The details scroll on their own: the panel then fits a short pane (the main window on a small screen).
        self.details_scroll = details = BodyScroll(self)
        details.setObjectName("detailScroll")
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # its labels wrap
        self.ui.splitter.replaceWidget(1, details)
        details.setWidget(self.ui.detailFrame)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([150, 230])
        # The words read from a picture (OCR, selectable and copyable) and the same file in other findings: two rows
        # added here (not in ui/evidence_panel.ui) to keep this feature's change to the shared form small.
        self.reading_text = QPlainTextEdit(self.ui.detailFrame)
        self.reading_text.setObjectName("readingText")
        self.reading_text.setReadOnly(True)
        self.reading_text.setMaximumHeight(140)
        self.also_reported = QLabel(self.ui.detailFrame)
        self.also_reported.setObjectName("alsoReported")
        self.also_reported.setWordWrap(True)
        self.also_reported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.detailForm.addRow(self.tr("Teks terbaca"), self.reading_text)
        self.ui.detailForm.addRow(self.tr("Juga dilaporkan"), self.also_reported)
        self.ui.addButton.clicked.connect(self.choose_files)
        self.ui.pasteButton.clicked.connect(self.paste_image)
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.describeButton.clicked.connect(self.describe_selected)
        self.ui.noteValue.setTextFormat(Qt.TextFormat.RichText)
        self.ui.noteValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ui.noteValue.linkActivated.connect(lambda _link: self.describe_selected())
        self.ui.itemList.currentRowChanged.connect(self._show_details)
        self.ui.itemList.itemDoubleClicked.connect(lambda _item: self.preview_selected())
        self._drop_filter = _DropFilter(self)
        self.ui.itemList.viewport().setAcceptDrops(True)
        for target in (self.ui.itemList.viewport(), self.ui.itemList, self):
            target.installEventFilter(self._drop_filter)
        self.ui.previewImage.installEventFilter(self._drop_filter)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_image)
        view = QShortcut(QKeySequence(Qt.Key.Key_Space), self.ui.itemList)
        view.setContext(Qt.ShortcutContext.WidgetShortcut)
        view.activated.connect(self.preview_selected)
        data_events().changed.connect(self._data_changed)
        self.clear()

    def _data_changed(self, changes: Changes) -> None:
        """Live mode: show the finding's evidence again after an operation changed it (here or elsewhere)."""
        live = self.live_finding()
        if live is not None and self.isVisible() and changes.touches(live[1]):
            self.set_finding(*live)

    def set_compact(self, compact: bool) -> None:
        """In a narrow pane: every button but Tambah… as an icon (their tooltips say what they do), list above
        details."""
        self.ui.pasteButton.setText("" if compact else self.tr("Tempel"))
        self.ui.previewButton.setText("" if compact else self.tr("Lihat"))
        self.ui.openButton.setText("" if compact else self.tr("Buka"))
        self.ui.describeButton.setVisible(not compact)  # a narrow pane: a link beside the description instead
        self.ui.removeButton.setText("" if compact else self.tr("Hapus…"))
        self.ui.splitter.setOrientation(Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal)
        self.compact = compact
        self.ui.itemList.setMinimumHeight(80 if compact else 120)
        for button in (self.ui.pasteButton, self.ui.previewButton, self.ui.openButton, self.ui.describeButton,
                       self.ui.removeButton):
            button.setStyleSheet("padding: 5px 8px;" if compact else "")  # icon-only: less padding

    # -- modes ----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.store, self.finding_id, self.entries, self.staged = None, None, [], False
        self._refresh()

    def set_finding(self, store, finding_id: str, evidence: list[Evidence] | None = None) -> None:
        """Live mode: a stored finding's evidence (removed items too, marked as removed)."""
        keep = self.selected_entry()
        self.store, self.finding_id, self.staged = store, finding_id, False
        items = list(evidence) if evidence is not None else store.get_finding(finding_id).evidence
        self.entries = [Entry(evidence=e) for e in items]
        self._refresh(select=keep)

    def set_staged(self, store, evidence: list[Evidence], added: list[Path], paste_folder: Path) -> None:
        """Staged mode: the finding's stored evidence (none for a new finding) and files to add on Simpan;
        pasted images are kept in `paste_folder` until then."""
        self.store, self.finding_id, self.staged = store, None, True
        self.entries = [Entry(evidence=e) for e in evidence] + [Entry(path=Path(p)) for p in added]
        self.paste_folder = Path(paste_folder)
        self._refresh()

    def pending_paths(self) -> list[Path]:
        """Files to store on Simpan (staged mode)."""
        return [e.path for e in self.entries if e.path is not None]

    def pending_removals(self) -> dict[str, str]:
        """Stored items to mark removed on Simpan, with their reasons (staged mode)."""
        return {e.evidence.id: e.removal for e in self.entries if e.evidence is not None and e.removal}

    def pending_descriptions(self) -> dict[str, str]:
        """Stored items to describe on Simpan, with their new descriptions (staged mode)."""
        return {e.evidence.id: e.note for e in self.entries
                if e.evidence is not None and e.note is not None and e.note != e.evidence.note}

    def pending_notes(self) -> dict[str, str]:
        """Descriptions of the files stored on Simpan, by file path (staged mode)."""
        return {str(e.path): e.note for e in self.entries if e.path is not None and e.note}

    def has_pending_changes(self) -> bool:
        """Something waits for Simpan: files to add, items to remove or to describe (staged mode)."""
        return bool(self.pending_paths() or self.pending_removals() or self.pending_descriptions())

    def active_count(self) -> int:
        """Items that are (or will be, after Simpan) evidence of the finding."""
        return sum(1 for e in self.entries if not e.removed and not e.removal)

    def live_finding(self) -> tuple[Store, str] | None:
        """Live mode: the store and the finding whose evidence is shown (None in the editor or with no finding)."""
        if self.staged or self.store is None or self.finding_id is None:
            return None
        return self.store, self.finding_id

    def can_add(self) -> bool:
        return (self.store is not None and not self.read_only and not self.busy
                and (self.staged or self.finding_id is not None))

    # -- actions --------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.can_add():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bukti"), str(Path.home()),
            self.tr("Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path], cleanup: Path | None = None) -> None:
        """Add files: to the staged list (editor), or to the store at once (live). `cleanup`, a folder removed
        once the files are stored (a pasted image's temporary folder)."""
        if not paths or not self.can_add():
            return
        if self.staged:
            known = {str(p) for p in self.pending_paths()}
            self.entries.extend(Entry(path=p) for p in paths if str(p) not in known)
            self._refresh(select_last=True)
            self.changed.emit()
            return
        live = self.live_finding()
        if live is None:
            return
        store, finding_id = live

        def done(*_args: object) -> None:
            self._set_busy(False)
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)

        def failed(message: str) -> None:
            done()
            from netralitas_desktop.gui.messages import show_error_text

            show_error_text(self, self.tr("Bukti tidak dapat ditambahkan"), message)

        self._set_busy(True)
        count = len(paths)
        run_operation(self, store.data_dir, _add_evidence, finding_id, list(paths),
                      title=self.tr("Bukti tidak dapat ditambahkan"),
                      label=self.tr("Menyimpan {n} berkas bukti…").format(n=count),
                      changes=Changes(findings=(finding_id,)), on_success=done, on_failure=failed,
                      on_cancelled=done)

    def paste_image(self) -> None:
        """Paste a screenshot from the clipboard (officers copy posts as images), or files copied elsewhere."""
        if not self.can_add():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls() and not mime.hasImage():
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
            return
        folder = self.paste_folder if self.staged and self.paste_folder is not None else Path(
            tempfile.mkdtemp(prefix="netralitas-tempel-"))
        path = clipboard_image_to_png(folder)
        if path is None:
            if not self.staged:
                shutil.rmtree(folder, ignore_errors=True)
            self._no_image()
            return
        self.add_paths([path], cleanup=None if self.staged else folder)

    def _no_image(self) -> None:
        show_info(self, self.tr("Tidak ada gambar"), self.tr(
            "Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu "
            "(mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi."))

    def selected_index(self) -> int:
        return self.ui.itemList.currentRow()

    def selected_entry(self) -> Entry | None:
        index = self.selected_index()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def file_of(self, entry: Entry) -> Path:
        """Where an entry's bytes are: the vault file, or the file not stored yet."""
        if entry.evidence is not None and self.store is not None:
            return self.store.evidence_path(entry.evidence.sha256)
        return entry.local_path

    def preview_selected(self) -> None:
        """The selected item, large, inside the app (images and PDFs); other files open with another program."""
        if self.selected_entry() is None:
            return
        from netralitas_desktop.gui.evidence_preview import EvidencePreviewDialog

        dialog = EvidencePreviewDialog(self, self.selected_index())
        self.preview_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        dialog.open()

    def open_selected(self) -> None:
        """Open with the system viewer (a copy: the vault file itself is never handed to other programs)."""
        entry = self.selected_entry()
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: Entry) -> None:
        if entry.evidence is None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(entry.path)))
            return
        try:
            if self.store is not None and self.store.protected:  # decrypted inside the data dir, removed at close
                target = self.store.viewable_evidence(entry.evidence.sha256, entry.name)
            else:
                target = viewable_copy(self.file_of(entry), entry.name, entry.evidence.sha256)
        except (OSError, NetralitasError) as err:
            show_error(self, err, self.tr("Bukti tidak dapat dibuka"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def can_describe(self, entry: Entry | None) -> bool:
        """A file waiting for Simpan, or a stored item of this office's (another office's items are its own)."""
        if entry is None or self.read_only or self.busy or entry.removed or entry.removal or self.store is None:
            return False
        return entry.evidence is None or entry.evidence.origin_office_id in ("", self.store.office.id)

    def describe_selected(self) -> None:
        """Uraikan…: describe the selected item in words (printed as barang bukti on the forms instead of a
        description made from its type and time) — on Simpan in the editor, at once in the main window."""
        entry = self.selected_entry()
        if not self.can_describe(entry) or entry is None:
            return
        from netralitas_desktop.gui.dialogs import DescribeEvidenceDialog

        ok_text = self.tr("Pakai uraian") if self.staged else self.tr("Simpan uraian")
        dialog = DescribeEvidenceDialog(self, entry.name, entry.description, ok_text)
        dialog.setObjectName("describeEvidenceDialog")
        if dialog.exec() != DescribeEvidenceDialog.DialogCode.Accepted:
            return
        self.describe_entry(entry, dialog.note())

    def describe_entry(self, entry: Entry, note: str) -> None:
        """Give an item its description (staged: on Simpan; live: now, as a store operation)."""
        live = self.live_finding()
        if live is None or entry.evidence is None:
            entry.note = note
            self._refresh(select=entry)
            self.changed.emit()
            return
        store, finding_id = live
        self._set_busy(True)
        run_operation(self, store.data_dir, _describe_evidence, entry.evidence.id, note,
                      title=self.tr("Uraian bukti belum tersimpan"), label=self.tr("Menyimpan uraian bukti…"),
                      changes=Changes(findings=(finding_id,)), on_success=lambda _r: self._set_busy(False),
                      on_failure=self._describe_failed, on_cancelled=lambda: self._set_busy(False))

    def _describe_failed(self, message: str) -> None:
        self._set_busy(False)
        from netralitas_desktop.gui.messages import show_error_text

        show_error_text(self, self.tr("Uraian bukti belum tersimpan"), message)

    def remove_selected(self) -> None:
        """A file not stored yet is dropped; a stored item is marked removed with a reason (at once in live
        mode, on Simpan in the editor, where pressing again takes the removal back). The file stays."""
        index = self.selected_index()
        entry = self.selected_entry()
        if entry is None or self.read_only or self.busy or entry.removed:
            return
        if entry.path is not None:
            del self.entries[index]
            self._refresh(select=self.entries[min(index, len(self.entries) - 1)] if self.entries else None)
            self.changed.emit()
            return
        if self.staged and entry.removal:
            entry.removal = ""
            self._refresh(select=entry)
            self.changed.emit()
            return
        from netralitas_desktop.gui.dialogs import ReasonDialog

        when = self.tr("saat temuan disimpan") if self.staged else self.tr("sekarang")
        dialog = ReasonDialog(self, self.tr("Hapus bukti"), self.tr(
            "Bukti “{name}” akan ditandai dihapus {when}. Berkasnya tetap tersimpan di brankas dan penghapusan "
            "tercatat di log audit beserta alasannya.").format(name=entry.name, when=when), self.tr("Tandai dihapus"),
            self.tr("mis. Berkas salah unggah, bukan milik temuan ini"))
        dialog.setObjectName("removeEvidenceDialog")
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        self.remove_entry(entry, dialog.reason())

    def remove_entry(self, entry: Entry, reason: str) -> None:
        """Mark a stored item removed (staged: on Simpan; live: now, as a store operation)."""
        live = self.live_finding()
        if live is None or entry.evidence is None:
            entry.removal = reason
            self._refresh(select=entry)
            self.changed.emit()
            return
        store, finding_id = live
        self._set_busy(True)
        run_operation(self, store.data_dir, _remove_evidence, entry.evidence.id, reason,
                      title=self.tr("Bukti tidak dapat dihapus"), label=self.tr("Menandai bukti dihapus…"),
                      changes=Changes(findings=(finding_id,)), on_success=lambda _r: self._set_busy(False),
                      on_failure=self._remove_failed, on_cancelled=lambda: self._set_busy(False))

    def _remove_failed(self, message: str) -> None:
        self._set_busy(False)
        from netralitas_desktop.gui.messages import show_error_text

        show_error_text(self, self.tr("Bukti tidak dapat dihapus"), message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # -- display --------------------------------------------------------------------------------------------
    def _refresh(self, select_last: bool = False, select: Entry | None = None) -> None:
        lst = self.ui.itemList
        lst.blockSignals(True)
        lst.clear()
        for entry in self.entries:
            lst.addItem(self._list_item(entry))
        lst.blockSignals(False)
        self.ui.hintLabel.setText(self._hint())
        row = -1
        if select is not None:
            row = next((i for i, e in enumerate(self.entries)
                        if e is select or (select.evidence is not None and e.evidence is not None
                                           and e.evidence.id == select.evidence.id)), -1)
        if row < 0 and self.entries:
            row = len(self.entries) - 1 if select_last else 0
        if row >= 0:
            lst.setCurrentRow(row)
        self._show_details(lst.currentRow())

    def _hint(self) -> str:
        if self.store is None:
            return self.tr("Pilih temuan di daftar untuk melihat buktinya.")
        active = self.active_count()
        removed = sum(1 for e in self.entries if e.removed)
        how = self.tr("Seret berkas ke sini, atau salin tangkapan layar lalu tekan Ctrl+V.")
        if not self.entries:
            return self.tr("Belum ada bukti. Klik Tambah…, seret berkas ke sini, atau salin tangkapan layar lalu "
                           "tekan Ctrl+V.")
        if self.staged:
            adding, removing = len(self.pending_paths()), len(self.pending_removals())
            describing = len(self.pending_descriptions())
            waiting = ""
            if adding or removing:
                waiting = " " + self.tr("{a} akan ditambahkan dan {r} akan ditandai dihapus saat Anda menekan "
                                        "Simpan; Batal membatalkannya.").format(a=adding, r=removing)
            elif describing:
                waiting = " " + self.tr("Uraian {n} bukti disimpan saat Anda menekan Simpan; Batal "
                                        "membatalkannya.").format(n=describing)
            return self.tr("{n} bukti.").format(n=active) + waiting + " " + how
        text = self.tr("{n} bukti").format(n=active)
        if removed:
            text += self.tr(", {m} ditandai dihapus").format(m=removed)
        text += ". " + self.tr("Bukti yang ditambahkan atau dihapus di sini langsung tersimpan.")
        return text if self.compact else text + " " + how

    def _list_item(self, entry: Entry) -> QListWidgetItem:
        if entry.evidence is None:
            path = entry.local_path
            size = path.stat().st_size if path.exists() else 0
            item = QListWidgetItem(thumbnail(path, entry.mime), f"{path.name}\n{size_id(size)} · "
                                   + self.tr("ditambahkan saat disimpan"))
            item.setForeground(QColor(style.INFO))
            return item
        e = entry.evidence
        path = self.file_of(entry)
        text = f"{e.name}\n{size_id(e.size)} · {format_datetime_id(e.added_at)}"
        item = QListWidgetItem(thumbnail(path, e.mime_type), text)
        if e.removed or entry.removal:
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.gray)
            if e.removed:
                item.setText(text + "\n" + self.tr("DIHAPUS: {reason}").format(reason=e.removed_reason or ""))
            else:
                item.setText(text + "\n" + self.tr("Ditandai dihapus saat disimpan: {reason}").format(
                    reason=entry.removal))
        return item

    def _update_buttons(self) -> None:
        ui = self.ui
        enabled = self.can_add()
        ui.addButton.setEnabled(enabled)
        ui.pasteButton.setEnabled(enabled)
        entry = self.selected_entry()
        ui.previewButton.setEnabled(entry is not None)
        ui.openButton.setEnabled(entry is not None)
        removable = entry is not None and not self.read_only and not self.busy and not entry.removed
        ui.removeButton.setEnabled(removable)
        ui.describeButton.setEnabled(self.can_describe(entry))
        if self.staged and entry is not None and entry.removal:
            ui.removeButton.setToolTip(self.tr("Batalkan penandaan hapus"))
        else:
            ui.removeButton.setToolTip(self.tr("Tandai bukti dihapus, dengan alasan (tercatat di log audit)"))

    def _show_details(self, index: int) -> None:
        ui = self.ui
        self._update_buttons()
        entry = self.entries[index] if 0 <= index < len(self.entries) else None
        self.details_scroll.setVisible(entry is not None)
        if entry is None:
            return
        self._show_preview(entry)
        if entry.evidence is None:
            path = entry.local_path
            ui.nameValue.setText(breakable(path.name))
            ui.shaValue.setText(self.tr("dihitung saat disimpan"))
            ui.shaValue.setToolTip("")
            ui.sizeValue.setText(size_id(path.stat().st_size) if path.exists() else "")
            ui.addedValue.setText(self.tr("belum disimpan"))
            ui.exifValue.setText("—")
            self._show_note(entry)
            ui.removedValue.setText(str(path.parent))
            ui.removedValue.setProperty("role", "")
            self.reading_text.setPlainText(self.tr("Teks gambar dibaca setelah bukti disimpan."))
            self.also_reported.setText("—")
        else:
            e = entry.evidence
            ui.nameValue.setText(breakable(e.name))
            step = 16 if self.compact else 32  # a narrow pane: four lines
            ui.shaValue.setText("\n".join(e.sha256[i:i + step] for i in range(0, 64, step)))
            ui.shaValue.setToolTip(e.sha256)
            ui.sizeValue.setText(f"{size_id(e.size)} · {self.kind_name(e.mime_type)}")
            ui.addedValue.setText(self.tr("{when} oleh {who}").format(
                when=format_datetime_id(e.added_at, with_zone=True), who=e.added_by))
            exif = format_datetime_id(e.exif_time) if e.exif_time else self.tr("tidak ada")
            if e.gps_lat is not None and e.gps_lon is not None:
                exif += " · GPS " + f"{e.gps_lat:.5f}; {e.gps_lon:.5f}".replace(".", ",")
            ui.exifValue.setText(exif)
            self._show_note(entry)
            if e.removed:
                ui.removedValue.setText(self.tr("Ditandai dihapus {when} oleh {who}. Alasan: {reason}").format(
                    when=format_datetime_id(e.removed_at), who=e.removed_by or "", reason=e.removed_reason or ""))
                ui.removedValue.setProperty("role", "error")
            elif entry.removal:
                ui.removedValue.setText(self.tr("Akan ditandai dihapus saat temuan disimpan. Alasan: {reason}")
                                        .format(reason=entry.removal))
                ui.removedValue.setProperty("role", "error")
            else:
                ui.removedValue.setText(breakable(e.url or "—"))
                ui.removedValue.setToolTip(e.url or "")
                ui.removedValue.setProperty("role", "")
            self._show_words(e)
        ui.removedValue.style().unpolish(ui.removedValue)
        ui.removedValue.style().polish(ui.removedValue)

    def _show_note(self, entry: Entry) -> None:
        """The description, and in a narrow pane (no room for the button) a link to write it."""
        label = self.ui.noteValue
        text = html.escape(self._note_text(entry))
        if self.compact and self.can_describe(entry):
            text += f" <a href='describe'>{html.escape(self.tr('Uraikan…'))}</a>"
        label.setText(text)

    def _note_text(self, entry: Entry) -> str:
        """The description in words, or what the forms print without one."""
        text = entry.description
        if not text:
            return self.tr("belum diuraikan — formulir menyebut jenis, tautan dan waktunya (Uraikan…)")
        pending = entry.note is not None and (entry.evidence is None or entry.note != entry.evidence.note)
        return text + (" " + self.tr("(disimpan saat Simpan)") if pending and self.staged else "")

    def _show_words(self, e: Evidence) -> None:
        """The words read from the picture, and the other findings with the same file or picture."""
        from netralitas_desktop.services.duplicates import KIND_WORDS, matches_for
        from netralitas_desktop.services.reading import words_of_evidence

        if self.store is None:
            return
        words = words_of_evidence(self.store, e.id)
        self.reading_text.setPlainText({
            "done": words.text or self.tr("(tidak ada teks terbaca)"),
            "failed": self.tr("Gambar ini gagal dibaca: {error}").format(error=words.error),
            "none": self.tr("Berkas ini bukan gambar; teksnya tidak dibaca."),
        }.get(words.state, self.tr("Menunggu dibaca (teks gambar dibaca di latar belakang).")))
        self.reading_text.setToolTip(self.tr("Dibaca oleh {who}, {when}").format(
            who=words.read_by, when=format_datetime_id(words.made_at)) if words.state == "done" else "")
        matches = [] if e.removed else matches_for(self.store, e.id, compute_hash=False)
        self.also_reported.setText("\n".join(
            self.tr("{kind}: juga dilaporkan oleh {office} (temuan {number})").format(
                kind=KIND_WORDS[m.kind], office=m.item.office_name or m.item.origin_office_id[:8],
                number=m.item.register_number or m.item.form_a_number or m.item.finding_id[:8])
            for m in matches) or "—")

    def _show_preview(self, entry: Entry) -> None:
        label = self.ui.previewImage
        if entry.mime.startswith("image/"):
            pixmap = scaled_image(self.file_of(entry), PREVIEW * 3 // 4 if self.compact else PREVIEW)
            if not pixmap.isNull():
                label.setPixmap(pixmap)
                label.setVisible(True)
                return
        label.setPixmap(QPixmap())
        label.setVisible(False)

    def kind_name(self, mime: str) -> str:
        """ "image/jpeg" → "gambar JPEG", "application/pdf" → "dokumen PDF"."""
        sub = mime.split("/", 1)[-1].split(";")[0].upper().removeprefix("X-")
        if mime.startswith("image/"):
            return self.tr("gambar {kind}").format(kind=sub)
        if mime == "application/pdf":
            return self.tr("dokumen PDF")
        if mime.startswith("video/"):
            return self.tr("video {kind}").format(kind=sub)
        if mime.startswith("audio/"):
            return self.tr("rekaman suara {kind}").format(kind=sub)
        return self.tr("berkas {kind}").format(kind=sub)


def _add_evidence(store, finding_id: str, paths: list[Path]) -> list[Evidence]:
    """Operation: store files as evidence of a finding (copied, hashed and fsynced in the worker)."""
    return store.add_evidence(finding_id, paths)


def _describe_evidence(store, evidence_id: str, note: str) -> None:
    """Operation: describe an item in words (printed as barang bukti)."""
    store.describe_evidence(evidence_id, note)


def _remove_evidence(store, evidence_id: str, reason: str) -> None:
    """Operation: mark an item removed, with its reason."""
    store.remove_evidence(evidence_id, reason)
