"""Berkas → Ekspor bundel…: where to write the bundle, what it holds, whom it is encrypted for; then the export
runs in the background with a progress bar and Batal, and the dialog shows what was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.sync_export_dialog import Ui_ExportBundleDialog
from netralitas_desktop.gui.i18n import size_id
from netralitas_desktop.gui.messages import confirm
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.sync_jobs import JobDialog, start_job, write_bundle
from netralitas_desktop.gui.sync_text import (
    bytes_text,
    counts_sentence,
    grouped_sha256,
    monospace_family,
    when_text,
)
from netralitas_desktop.gui.worker import Job
from netralitas_desktop.sync import ExportResult, exports, parse_recipient, recipients
from netralitas_desktop.sync.export import default_file_name
from netralitas_desktop.sync.format import FILE_SUFFIX

FOLDER_SETTING = "sync/export_folder"  # a per-user preference (QSettings), not office data
KEY_ROLE = Qt.ItemDataRole.UserRole
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1  # a key typed for this export only, not a configured recipient


def short_key(key: str) -> str:
    """ "age1qyqszqgp…wrlkr7" — enough to tell keys apart in a list."""
    return f"{key[:12]}…{key[-6:]}" if len(key) > 24 else key


def default_export_folder() -> Path:
    """The folder of the last export (a USB stick is usually mounted at the same place), else Documents."""
    remembered = str(QSettings().value(FOLDER_SETTING, "", str) or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportBundleDialog(JobDialog):
    """Export a bundle for the level above; `exported` holds the ExportResult once written."""

    SETUP, PROGRESS, RESULT = range(3)

    def __init__(self, store, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportBundleDialog()
        self.ui.setupUi(self)
        self.store = store
        self.data_dir = Path(data_dir)
        self.job: Job | None = None
        self.exported: ExportResult | None = None
        ui = self.ui
        ui.exportButton.setIcon(style.icon("export", "#ffffff"))
        ui.resultSha.setFont(QFont(monospace_family()))
        ui.folderEdit.setText(str(default_export_folder()))
        ui.fileNameEdit.setText(self.suggested_file_name())
        self._show_last_export()
        self.load_recipients()
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.addRecipientButton.clicked.connect(self.add_recipient)
        ui.extraRecipientEdit.returnPressed.connect(self.add_recipient)
        ui.recipientsList.itemChanged.connect(lambda _item: self._update_encryption_warning())
        ui.manageKeysButton.clicked.connect(self.manage_keys)
        ui.exportButton.clicked.connect(self.start_export)
        ui.cancelButton.clicked.connect(self.reject)
        self.follow_job_with(ui.stopButton, ui.progressLabel)
        ui.copyShaButton.clicked.connect(self.copy_sha256)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.closeButton.clicked.connect(self.accept)
        ui.pages.setCurrentIndex(self.SETUP)
        ui.exportButton.setFocus()
        self.resize(720, 680)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="exportDialog")
        self.screen_fit.restore()

    # -- the form -------------------------------------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        """What the next bundle is called: office code, bundle number and date, e.g. netralitas-1903-0004-…"""
        sent = exports(self.store)
        return default_file_name(self.store, (sent[-1]["sequence"] if sent else 0) + 1, None)

    def _show_last_export(self) -> None:
        upward = [e for e in exports(self.store) if not e["destination"]]
        if upward:
            last = upward[-1]
            text = self.tr("Ekspor terakhir ke atas: bundel nomor {n}, {when} ({file}).").format(
                n=last["sequence"], when=when_text(last["created_at"]), file=last["file_name"])
        else:
            text = self.tr("Belum pernah mengekspor ke atas: bundel pertama memuat semua data.")
        self.ui.lastExportLabel.setText(text)

    def load_recipients(self) -> None:
        """The configured headquarters keys, each ticked; keys added for this export only stay."""
        ui = self.ui
        extra = [(ui.recipientsList.item(i).data(KEY_ROLE), ui.recipientsList.item(i).checkState())
                 for i in range(ui.recipientsList.count())
                 if ui.recipientsList.item(i).data(EXTRA_ROLE)]
        ui.recipientsList.blockSignals(True)
        ui.recipientsList.clear()
        for recipient in recipients(self.store):
            self._add_item(recipient["name"], recipient["key"])
        for key, state in extra:
            if key not in self.chosen_recipients(all_listed=True):
                self._add_item(self.tr("untuk ekspor ini saja"), key, extra=True).setCheckState(state)
        ui.recipientsList.blockSignals(False)
        self._update_encryption_warning()

    def _add_item(self, name: str, key: str, *, extra: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(f"{name} — {short_key(key)}")
        item.setToolTip(key)
        item.setData(KEY_ROLE, key)
        item.setData(EXTRA_ROLE, extra)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.ui.recipientsList.addItem(item)
        return item

    def chosen_recipients(self, *, all_listed: bool = False) -> list[str]:
        """The age keys ticked (or all listed) in the recipients list."""
        items = [self.ui.recipientsList.item(i) for i in range(self.ui.recipientsList.count())]
        return [item.data(KEY_ROLE) for item in items
                if all_listed or item.checkState() == Qt.CheckState.Checked]

    def add_recipient(self) -> bool:
        """Add a key for this export only (checked by the core's rules); the settings are not changed."""
        ui = self.ui
        text = ui.extraRecipientEdit.text().strip()
        if not text:
            return False
        try:
            key = parse_recipient(text)
        except NetralitasError as err:
            ui.err_recipient.setText(str(err))
            ui.err_recipient.setVisible(True)
            style.set_invalid(ui.extraRecipientEdit, True)
            return False
        ui.err_recipient.setVisible(False)
        style.set_invalid(ui.extraRecipientEdit, False)
        if key not in self.chosen_recipients(all_listed=True):
            self._add_item(self.tr("untuk ekspor ini saja"), key, extra=True)
        ui.extraRecipientEdit.clear()
        self._update_encryption_warning()
        return True

    def _update_encryption_warning(self) -> None:
        ui = self.ui
        listed = [ui.recipientsList.item(i) for i in range(ui.recipientsList.count())]
        encrypted = bool(self.chosen_recipients())
        # With no key ticked the core encrypts to the configured recipients anyway: say so rather than promise a
        # bundle without encryption that would not be one.
        configured = any(not item.data(EXTRA_ROLE) for item in listed)
        ui.recipientsList.setVisible(bool(listed))
        ui.recipientsHint.setVisible(bool(listed))
        ui.noRecipientWarning.setVisible(not encrypted and not configured)
        none_ticked = not encrypted and configured
        ui.err_recipient.setText(self.tr("Centang setidaknya satu penerima. Bundel tanpa enkripsi hanya dapat dibuat "
                                         "bila tidak ada kunci kantor atasan yang diatur.") if none_ticked else "")
        ui.err_recipient.setVisible(none_ticked)
        ui.exportButton.setEnabled(not none_ticked)
        ui.exportButton.setText(self.tr("Ekspor") if encrypted or configured else self.tr("Ekspor tanpa enkripsi"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan (mis. flashdisk)"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def manage_keys(self) -> None:
        from netralitas_desktop.gui.sync_keys import KeysDialog

        dialog = KeysDialog(self.store, self)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.recipientsTab)
        dialog.exec()
        self.load_recipients()

    def output_path(self) -> Path | None:
        """The bundle's path from the form, or None after showing what is wrong."""
        ui = self.ui
        folder = Path(ui.folderEdit.text().strip()).expanduser()
        name = ui.fileNameEdit.text().strip()
        problem = ""
        if not ui.folderEdit.text().strip() or not folder.is_dir():
            problem = self.tr("Folder tujuan tidak ada: {folder}. Pilih folder, mis. flashdisk yang sudah "
                              "terpasang.").format(folder=folder)
        elif not name or Path(name).name != name or name in (".", ".."):
            problem = self.tr("Tulis nama berkas saja, tanpa folder (mis. {example}).").format(
                example=self.suggested_file_name())
        ui.err_output.setText(problem)
        ui.err_output.setVisible(bool(problem))
        if problem:
            return None
        if not name.lower().endswith(FILE_SUFFIX):
            name += FILE_SUFFIX
        return folder / name

    # -- the export -----------------------------------------------------------------------------------------------
    def start_export(self) -> Job | None:
        """Check the form, then write the bundle in the background."""
        if self.ui.extraRecipientEdit.text().strip() and not self.add_recipient():
            return None
        output = self.output_path()
        if output is None:
            return None
        if output.exists() and not confirm(
                self, self.tr("Berkas sudah ada"),
                self.tr("{name} sudah ada di folder ini. Timpa dengan bundel baru?").format(name=output.name),
                self.tr("Timpa")):
            return None
        ui = self.ui
        full = ui.fullRadio.isChecked()
        ui.progressLabel.setText(self.tr("Menulis bundel lengkap…") if full else
                                 self.tr("Menulis bundel perubahan…"))
        ui.pages.setCurrentIndex(self.PROGRESS)
        ui.stopButton.setEnabled(True)
        self.job = start_job(write_bundle, self.data_dir, output, full, self.chosen_recipients(),
                             name="ekspor bundel", progress_bar=ui.progressBar, on_finished=self._exported,
                             on_failed=self._failed, on_cancelled=self._cancelled)
        return self.job

    def _exported(self, result: ExportResult) -> None:
        # Shown even when the user asked to close meanwhile: the file exists, they must learn where.
        self.job = None
        self._close_when_done = False
        self.exported = result
        QSettings().setValue(FOLDER_SETTING, str(Path(result.path).parent))
        self.show_result(result)

    def _failed(self, message: str) -> None:
        if self._job_ended():
            return
        self.ui.pages.setCurrentIndex(self.SETUP)
        self.ui.err_output.setText(message)
        self.ui.err_output.setVisible(True)

    def _cancelled(self) -> None:
        if self._job_ended():
            return
        self.ui.pages.setCurrentIndex(self.SETUP)
        self.ui.err_output.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang dibuat."))
        self.ui.err_output.setVisible(True)

    def show_result(self, result: ExportResult) -> None:
        ui = self.ui
        if result.encrypted:
            ui.encryptionLabel.setText(self.tr(
                "Terenkripsi untuk {n} penerima: hanya kantor pemegang kuncinya yang dapat membuka bundel "
                "ini.").format(n=len(result.recipients)))
            style.set_chip(ui.encryptionLabel, "ok")
        else:
            ui.encryptionLabel.setText(self.tr(
                "TIDAK terenkripsi: siapa pun yang memegang berkas ini dapat membaca isinya. Jaga berkasnya dan "
                "hapus dari flashdisk setelah diimpor di kantor atasan."))
            style.set_chip(ui.encryptionLabel, "danger")
        ui.resultPath.setText(str(result.path))
        kind = self.tr("lengkap") if result.full else self.tr("perubahan sejak ekspor sebelumnya")
        ui.resultSequence.setText(self.tr("nomor {n} · {kind} · {when}").format(
            n=result.sequence, kind=kind, when=when_text(result.created_at)))
        counts = result.counts
        ui.resultCounts.setText(self.tr("{records}; {files} berkas bukti, {size}").format(
            records=counts_sentence(counts), files=counts.get("blobs", 0), size=size_id(result.blob_bytes)))
        ui.resultSize.setText(bytes_text(result.size))
        ui.resultSha.setText(grouped_sha256(result.sha256))
        names = {self.ui.recipientsList.item(i).data(KEY_ROLE): self.ui.recipientsList.item(i).text()
                 for i in range(self.ui.recipientsList.count())}
        ui.resultRecipients.setText("\n".join(names.get(k, short_key(k)) for k in result.recipients) or "—")
        notes = list(result.warnings)
        if not any(counts.get(k, 0) for k in ("findings", "evidence", "status_events", "notes")):
            notes.insert(0, self.tr("Tidak ada temuan yang berubah sejak ekspor sebelumnya: bundel ini hanya "
                                    "memuat data pendukung."))
        ui.resultWarnings.setText("\n".join(notes))
        ui.resultWarnings.setVisible(bool(notes))
        ui.pages.setCurrentIndex(self.RESULT)
        ui.closeButton.setFocus()

    def copy_sha256(self) -> None:
        if self.exported is not None:
            QGuiApplication.clipboard().setText(self.exported.sha256)
            self.ui.copyShaButton.setText(self.tr("Tersalin"))

    def open_folder(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.exported.path).parent)))
