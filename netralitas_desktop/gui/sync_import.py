"""Berkas → Impor bundel… (and a double-clicked .nbundle): check the bundle in the background, show where it
comes from and what it would change, ask to compare the fingerprint by phone when the sending device is new,
then import it whole in the background and show the report, which can be saved as a tanda terima."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.sync_import_dialog import Ui_ImportBundleDialog
from netralitas_desktop.gui.i18n import size_id
from netralitas_desktop.gui.messages import show_error
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.sync_jobs import JobDialog, apply_bundle, check_bundle, start_job
from netralitas_desktop.gui.sync_text import (
    KIND_NAMES,
    fingerprint_html,
    grouped_sha256,
    kind_name,
    monospace_family,
    office_text,
    when_text,
)
from netralitas_desktop.gui.worker import Job
from netralitas_desktop.sync import ImportPlan, ImportReport, save_receipt
from netralitas_desktop.sync.format import FILE_SUFFIX

FOLDER_SETTING = "sync/import_folder"
ROW_HEIGHT = 26


def fill_counts_table(table: QTableWidget, counts: dict) -> None:
    """One row per kind of record: new, updated, unchanged, conflicts; what changes is bold, conflicts coloured."""
    kinds = [k for k in KIND_NAMES if k in counts]
    table.setRowCount(len(kinds))
    bold = QFont(table.font())
    bold.setBold(True)
    for row, kind in enumerate(kinds):
        c = counts[kind]
        values = (c.added, c.updated, c.unchanged, c.conflicts)
        table.setItem(row, 0, QTableWidgetItem(kind_name(kind)))
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(number_id(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value and column in (1, 2, 4):
                item.setFont(bold)
            if value and column == 4:
                item.setForeground(QColor(style.WARNING))
            table.setItem(row, column, item)
        table.setRowHeight(row, ROW_HEIGHT)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        alignment = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
        if (heading := table.horizontalHeaderItem(column)) is not None:
            heading.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, 5):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, 96)
    # Tall enough for every row: the page scrolls, not the table.
    table.setFixedHeight(header.sizeHint().height() + ROW_HEIGHT * len(kinds) + 2 * table.frameWidth() + 2)


def conflict_total(counts: dict) -> int:
    return sum(c.conflicts for c in counts.values())


class ImportBundleDialog(JobDialog):
    """Check, preview, trust, import, report. `imported` is emitted when an import changed the store;
    `conflictsRequested` when the user asks to see the conflicts it brought."""

    CHOOSE, PROGRESS, PREVIEW, REPORT = range(4)
    imported = Signal(object)
    conflictsRequested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportBundleDialog()
        self.ui.setupUi(self)
        self.data_dir = Path(data_dir)
        self.job: Job | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        ui = self.ui
        mono = QFont(monospace_family())
        ui.shaValue.setFont(mono)
        ui.importButton.setIcon(style.icon("import", "#ffffff"))
        ui.inspectButton.setIcon(style.icon("check", "#ffffff"))
        if path is not None:
            ui.fileEdit.setText(str(path))
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.fileEdit.returnPressed.connect(self.inspect)
        ui.inspectButton.clicked.connect(self.inspect)
        ui.cancelButton.clicked.connect(self.reject)
        self.follow_job_with(ui.stopButton, ui.progressLabel)
        ui.backButton.clicked.connect(self.choose_again)
        ui.cancelPreviewButton.clicked.connect(self.reject)
        ui.trustCheck.toggled.connect(lambda _on: self._update_import_button())
        ui.importButton.clicked.connect(self.apply)
        ui.saveReceiptButton.clicked.connect(self.ask_receipt_path)
        ui.showConflictsButton.clicked.connect(self.conflictsRequested)
        ui.closeButton.clicked.connect(self.accept)
        ui.pages.setCurrentIndex(self.CHOOSE)
        self.resize(1000, 680)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="importDialog")
        self.screen_fit.restore()

    # -- choosing and checking ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = self.ui.fileEdit.text().strip() or str(QSettings().value(FOLDER_SETTING, str(Path.home()), str))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih bundel untuk diimpor"), start,
            self.tr("Bundel Netralitas (*{suffix});;Semua berkas (*)").format(suffix=FILE_SUFFIX))
        if name:
            self.ui.fileEdit.setText(name)
            QSettings().setValue(FOLDER_SETTING, str(Path(name).parent))
            self.inspect()

    def choose_again(self) -> None:
        self.plan = None
        self.ui.refusalFrame.setVisible(False)
        self.ui.pages.setCurrentIndex(self.CHOOSE)

    def bundle_path(self) -> Path | None:
        ui = self.ui
        text = ui.fileEdit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None:
            problem = self.tr("Pilih berkas bundel lebih dulu.")
        elif not path.is_file():
            problem = self.tr("Berkas tidak ditemukan: {path}.").format(path=path)
        else:
            problem = ""
        ui.err_file.setText(problem)
        ui.err_file.setVisible(bool(problem))
        return None if problem else path

    def inspect(self) -> Job | None:
        """Verify the bundle in the background; nothing in the store changes."""
        path = self.bundle_path()
        if path is None or self.job is not None:
            return None
        ui = self.ui
        ui.refusalFrame.setVisible(False)
        ui.progressLabel.setText(self.tr("Memeriksa bundel…"))
        ui.progressHint.setText(self.tr("Tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas "
                                        "diperiksa. Belum ada data yang berubah."))
        self._show_progress()
        self.job = start_job(check_bundle, self.data_dir, path, name="periksa bundel", progress_bar=ui.progressBar,
                             on_finished=self.show_plan, on_failed=self.show_refusal,
                             on_cancelled=self._inspect_cancelled)
        return self.job

    def _show_progress(self) -> None:
        self.ui.stopButton.setEnabled(True)
        self.ui.pages.setCurrentIndex(self.PROGRESS)

    def show_refusal(self, message: str) -> None:
        """The core's Indonesian reason for refusing the bundle; nothing was changed."""
        if self._job_ended():
            return
        self.plan = None
        self.ui.refusalLabel.setText(message)
        self.ui.refusalFrame.setVisible(True)
        self.ui.pages.setCurrentIndex(self.CHOOSE)

    def _inspect_cancelled(self) -> None:
        if self._job_ended():
            return
        self.ui.err_file.setText(self.tr("Pemeriksaan dibatalkan; tidak ada yang berubah."))
        self.ui.err_file.setVisible(True)
        self.ui.pages.setCurrentIndex(self.CHOOSE)

    # -- the preview ----------------------------------------------------------------------------------------------
    def show_plan(self, plan: ImportPlan) -> None:
        """Where the bundle comes from and what importing it would change; the trust prompt for a new device."""
        if self._job_ended():
            return
        self.plan = plan
        ui = self.ui
        ui.sourceOffice.setText(office_text(plan.source_office))
        ui.createdValue.setText(self.tr("{when} oleh {officer}").format(
            when=when_text(plan.created_at), officer=plan.created_by or "—"))
        parts = [self.tr("nomor {n}").format(n=plan.sequence),
                 self.tr("lengkap") if plan.full else self.tr("perubahan sejak bundel sebelumnya"),
                 self.tr("terenkripsi") if plan.encrypted else self.tr("tidak terenkripsi"),
                 size_id(plan.file_size).replace(" ", "\u00a0")]
        if plan.destination:
            parts.insert(1, self.tr("bundel balik untuk {office}").format(office=plan.destination.get("name", "?")))
        ui.bundleValue.setText(" · ".join(parts) + "\n" + Path(plan.path).name)
        ui.deviceValue.setText(plan.signer.device_id[:8])
        chip = {"self": (self.tr("perangkat ini sendiri"), "info"),
                "known": (self.tr("dikenal, kunci cocok"), "ok"),
                "identity_changed": (self.tr("dikenal, identitas kantor berubah"), "danger"),
                "unknown": (self.tr("belum dikenal"), "danger")}.get(plan.signer.status, (plan.signer.status, ""))
        ui.signerChip.setText(chip[0])
        style.set_chip(ui.signerChip, chip[1])
        ui.shaValue.setText(grouped_sha256(plan.file_sha256))
        fill_counts_table(ui.changesTable, plan.counts)
        evidence = self.tr("Berkas bukti: {n} berkas baru, {size}.").format(
            n=number_id(plan.evidence_files), size=size_id(plan.evidence_bytes))
        ui.evidenceValue.setText(evidence)
        notices = []
        if plan.already_imported:
            notices.append(self.tr("Bundel ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun."))
        elif not plan.changes:
            notices.append(self.tr("Tidak ada yang baru: semua isi bundel ini sudah ada di sini."))
        notices += [self.tr("Perhatian: {warning}").format(warning=w) for w in plan.warnings]
        self._show_notice("\n".join(notices), "warning" if plan.warnings else "info")

        unknown = not plan.device_known
        ui.trustFrame.setVisible(unknown)
        ui.trustCheck.setChecked(False)
        if unknown:
            ui.trustIntro.setText(self.tr(
                "Bundel ini ditandatangani perangkat {device} milik {office}, yang belum pernah mengirim bundel ke "
                "kantor ini. Telepon petugas kantor itu di nomor yang sudah Anda kenal — bukan nomor dari pesan "
                "yang membawa bundel ini. Minta ia membuka Kunci dan penerima bundel di aplikasinya dan membacakan "
                "sidik jari perangkatnya, kelompok demi kelompok. Cocokkan kedelapan kelompok ini:").format(
                device=plan.signer.device_id[:8], office=plan.source_office.get("name", "?")))
            ui.fingerprintLabel.setText(fingerprint_html(plan.fingerprint))
        if plan.identity_changes:
            changes = "\n".join(self.tr("{office}: dipercaya sebagai {old_level} {old_region}, kini mengaku "
                                        "{new_level} {new_region}").format(
                office=c["name"] or c["office_id"][:8], old_level=c["old"]["level"], old_region=c["old"]["region_code"],
                new_level=c["new"]["level"], new_region=c["new"]["region_code"]) for c in plan.identity_changes)
            ui.trustIntro.setText(self.tr(
                "Kantor berikut mengaku tingkat atau wilayah lain daripada saat perangkatnya dipercaya:\n{changes}\n"
                "Telepon petugas kantor itu di nomor yang sudah Anda kenal dan pastikan perubahan ini benar, lalu "
                "cocokkan sidik jari perangkatnya:").format(changes=changes))
        ui.importButton.setText(self.tr("Percayai dan impor") if unknown else self.tr("Impor"))
        self._update_import_button()
        ui.previewScroll.verticalScrollBar().setValue(0)
        ui.pages.setCurrentIndex(self.PREVIEW)

    def _show_notice(self, text: str, kind: str) -> None:
        self.ui.noticeLabel.setText(text)
        style.set_chip(self.ui.noticeLabel, kind)
        self.ui.noticeLabel.setVisible(bool(text))

    def trust_confirmed(self) -> bool:
        return self.plan is not None and (self.plan.device_known or self.ui.trustCheck.isChecked())

    def _update_import_button(self) -> None:
        self.ui.importButton.setEnabled(self.trust_confirmed())

    # -- the import -----------------------------------------------------------------------------------------------
    def apply(self) -> Job | None:
        """Import the previewed bundle in the background; refused until a new device's fingerprint is confirmed."""
        plan = self.plan
        if plan is None or not self.trust_confirmed() or self.job is not None:
            return None
        ui = self.ui
        ui.progressLabel.setText(self.tr("Mengimpor bundel…"))
        ui.progressHint.setText(self.tr("Seluruh isi bundel diterapkan dalam satu transaksi: utuh atau tidak sama "
                                        "sekali. Bila dibatalkan sebelum selesai, tidak ada data yang berubah."))
        self._show_progress()
        trust = not plan.device_known
        self.job = start_job(apply_bundle, self.data_dir, Path(plan.path), trust, plan.needs_retrust,
                             name="impor bundel",
                             progress_bar=ui.progressBar, on_finished=self.show_report,
                             on_failed=self.show_refusal, on_cancelled=self._import_cancelled)
        return self.job

    def _import_cancelled(self) -> None:
        if self._job_ended():
            return
        self._show_notice(self.tr("Impor dibatalkan; tidak ada data yang berubah."), "info")
        self.ui.pages.setCurrentIndex(self.PREVIEW)

    def show_report(self, report: ImportReport) -> None:
        """What the import did; the store changed (if it did) whatever happens to the dialog now."""
        self.report = report
        self.job = None
        self._close_when_done = False  # the import stands: show it rather than vanish
        if report.applied:
            self.imported.emit(report)
        ui = self.ui
        office = report.source_office.get("name", "?")
        if report.applied:
            ui.reportHeading.setText(self.tr("Impor selesai"))
            summary = self.tr("Diterima dan diimpor seluruhnya: bundel nomor {n} dari {office}.").format(
                n=report.sequence, office=office)
            kind = "ok"
        else:
            ui.reportHeading.setText(self.tr("Sudah pernah diimpor"))
            summary = self.tr("Bundel nomor {n} dari {office} sudah pernah diimpor; tidak ada yang berubah.").format(
                n=report.sequence, office=office)
            kind = "info"
        if report.trusted_new_device:
            summary += " " + self.tr("Perangkat {device} (sidik jari {fingerprint}) kini dipercaya.").format(
                device=report.signer.device_id[:8], fingerprint=report.fingerprint)
        ui.reportSummary.setText(summary)
        style.set_chip(ui.reportSummary, kind)
        fill_counts_table(ui.reportTable, report.counts)
        ui.reportEvidence.setText(" ".join([self.tr("Berkas bukti diterima: {n} berkas, {size}.").format(
            n=number_id(report.evidence_files), size=size_id(report.evidence_bytes)), *self._same_as_existing(report)]))
        conflicts = conflict_total(report.counts)
        ui.conflictsFrame.setVisible(conflicts > 0)
        ui.conflictsLabel.setText(self.tr(
            "{n} konflik baru: dua versi dari data yang sama. Keduanya disimpan, tidak ada yang ditimpa; pilih "
            "versi yang dipakai.").format(n=conflicts))
        ui.reportWarnings.setText("\n".join(self.tr("Perhatian: {warning}").format(warning=w)
                                             for w in report.warnings))
        ui.reportWarnings.setVisible(bool(report.warnings))
        ui.receiptSavedLabel.setText("")
        ui.pages.setCurrentIndex(self.REPORT)
        ui.closeButton.setFocus()

    def _same_as_existing(self, report: ImportReport) -> list[str]:
        """What the import brought that findings here already had, as the CLI says it (shown on the evidence panel
        of each item)."""
        same = report.same_as_existing
        parts = []
        if same.get("same_files"):
            parts.append(self.tr("{n} berkas sama dengan temuan yang sudah ada").format(
                n=number_id(same["same_files"])))
        if same.get("same_pictures"):
            parts.append(self.tr("{n} gambar sama (diperkecil, dikirim ulang atau dipotong)").format(
                n=number_id(same["same_pictures"])))
        if same.get("possible"):
            parts.append(self.tr("{n} gambar mungkin sama").format(n=number_id(same["possible"])))
        if not parts:
            return []
        return [self.tr("{matches}: lihat panel bukti.").format(matches="; ".join(parts))]

    # -- the receipt ----------------------------------------------------------------------------------------------
    def suggested_receipt_name(self) -> str:
        return f"tanda-terima-{Path(self.report.path).stem}.txt" if self.report else "tanda-terima.txt"

    def ask_receipt_path(self) -> None:
        start = Path(str(QSettings().value(FOLDER_SETTING, str(Path.home()), str))) / self.suggested_receipt_name()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan tanda terima"), str(start),
                                              self.tr("Teks (*.txt);;JSON (*.json)"))
        if name:
            self.save_receipt_to(Path(name))

    def save_receipt_to(self, path: Path) -> bool:
        """Write the tanda terima (text, or JSON for *.json)."""
        if self.report is None:
            return False
        try:
            saved = save_receipt(self.report, path)
        except NetralitasError as err:
            show_error(self, err, self.tr("Tanda terima belum tersimpan"))
            return False
        self.ui.receiptSavedLabel.setText(self.tr("Tanda terima disimpan: {path}").format(path=saved))
        return True
