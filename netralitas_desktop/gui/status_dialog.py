"""Change a finding's status along the workflow in the catalog, with a reason; history and audit trail shown."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from netralitas_desktop.domain.dates_id import format_date_id, format_datetime_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.status_dialog import Ui_StatusDialog
from netralitas_desktop.gui.i18n import QT_TRANSLATE_NOOP, indonesian_locale
from netralitas_desktop.gui.messages import show_error_text
from netralitas_desktop.gui.operations import Changes, run_operation
from netralitas_desktop.gui.screen_fit import fit_window

AUDIT_ACTIONS = {
    "finding.create": QT_TRANSLATE_NOOP("Audit", "Temuan dicatat"),
    "finding.edit": QT_TRANSLATE_NOOP("Audit", "Isian diubah"),
    "finding.status": QT_TRANSLATE_NOOP("Audit", "Status diubah"),
    "finding.note": QT_TRANSLATE_NOOP("Audit", "Catatan ditambahkan"),
    "evidence.add": QT_TRANSLATE_NOOP("Audit", "Bukti ditambahkan"),
    "evidence.remove": QT_TRANSLATE_NOOP("Audit", "Bukti ditandai dihapus"),
    "conflict.resolve": QT_TRANSLATE_NOOP("Audit", "Konflik sinkronisasi diselesaikan"),
    "setting.set": QT_TRANSLATE_NOOP("Audit", "Pengaturan diubah"),
    "store.init": QT_TRANSLATE_NOOP("Audit", "Data kantor dibuat"),
    "demo.generate": QT_TRANSLATE_NOOP("Audit", "Data contoh dibuat"),
    "bundle.export": QT_TRANSLATE_NOOP("Audit", "Bundel diekspor"),
    "bundle.import": QT_TRANSLATE_NOOP("Audit", "Bundel diimpor"),
    "device.trust": QT_TRANSLATE_NOOP("Audit", "Perangkat dipercaya"),
    "device.forget": QT_TRANSLATE_NOOP("Audit", "Perangkat tidak dipercaya lagi"),
}
KEEP_WORDS = {"current": QT_TRANSLATE_NOOP("Audit", "versi yang tampil dipakai"),
              "incoming": QT_TRANSLATE_NOOP("Audit", "versi yang masuk dipakai"),
              "both": QT_TRANSLATE_NOOP("Audit", "keduanya disimpan")}


def audit_action_name(action: str) -> str:
    """The Indonesian name of an audit action ("finding.status" → "Status diubah"); never the code itself."""
    text = AUDIT_ACTIONS.get(action)
    return QCoreApplication.translate("Audit", text) if text else QCoreApplication.translate("Audit", "Perubahan data")


def audit_summary(entry: dict, catalog) -> str:
    """A short Indonesian description of an audit entry's details: names, not codes or hashes."""
    from netralitas_desktop.gui.i18n import size_id
    from netralitas_desktop.gui.record_words import field_name

    details = entry.get("details") or {}
    if isinstance(details, str):
        try:
            details = json.loads(details)
        except ValueError:
            return ""
    if not isinstance(details, dict):
        return ""

    def status(code) -> str:
        return catalog.statuses[code].name if code in catalog.statuses else (code or "—")

    action = entry.get("action")
    if action == "finding.status":
        text = f"{status(details.get('dari'))} → {status(details.get('menjadi'))}"
        if details.get("alasan"):
            text += f" · {details['alasan']}"
        return text
    if action == "finding.edit":
        changes = details.get("changes", {})
        names = ", ".join(field_name(k) for k in changes)
        version = details.get("version")
        return names + (QCoreApplication.translate("Audit", " (versi {n})").format(n=version) if version else "")
    if action == "evidence.add":
        size = details.get("size")
        return (details.get("name") or "") + (f" · {size_id(size)}" if isinstance(size, int) else "")
    if action == "evidence.remove":
        return details.get("alasan") or ""
    if action == "finding.create":
        return status(details.get("status")) if isinstance(details.get("status"), str) else ""
    if action == "finding.note":
        return details.get("text") or ""
    if action == "conflict.resolve":
        keep = KEEP_WORDS.get(str(details.get("keep") or ""))
        return QCoreApplication.translate("Audit", keep) if keep else ""
    return ""


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]], widths: list[int]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    for c, width in enumerate(widths):
        table.setColumnWidth(c, width)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


def change_status(store, finding_id: str, code: str, reason: str, body: str, on: date):
    """Operation: move a finding to `code` with a reason and the decision date."""
    return store.change_status(finding_id, code, reason, forwarding_body=body, on=on)


class StatusDialog(QDialog):
    """Only the statuses the workflow allows next are offered; a reason is required; a forwarding body is asked
    for when the new status needs one, preselected from the first subject's employment type and the date."""

    def __init__(self, store, finding_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.store = store
        self.catalog = store.catalog
        self.finding = store.get_finding(finding_id)
        self.result_finding = None
        ui = self.ui
        locale = indonesian_locale()
        ui.decisionDate.setLocale(locale)
        ui.decisionDate.calendarWidget().setLocale(locale)
        ui.decisionDate.setDate(QDate.currentDate())
        ui.decisionDate.setMaximumDate(QDate.currentDate())
        ui.saveButton.setIcon(style.icon("check", "#ffffff"))
        self._fill_header()
        self._fill_next()
        self._fill_history()
        ui.newStatusCombo.currentIndexChanged.connect(self._status_changed)
        ui.decisionDate.dateChanged.connect(lambda _d: self._status_changed())
        ui.reasonEdit.textChanged.connect(self._clear_reason_error)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.problemsLabel.setVisible(False)
        self._status_changed()
        self.saving = False
        ui.cancelButton.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.resize(900, 640)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="statusDialog")
        self.screen_fit.restore()

    def _fill_header(self) -> None:
        f, ui = self.finding, self.ui
        category = self.catalog.categories.get(f.category)
        who = f.subjects[0].name if f.subjects else ""
        ui.findingLabel.setText(f"{category.name if category else f.category} — {who}")
        status = self.catalog.statuses.get(f.status)
        ui.currentChip.setText(status.name if status else f.status)
        style.set_chip(ui.currentChip, "info")
        numbers = [n for n in (f.register_number, f.form_a_number) if n]
        ui.numberLabel.setText(" · ".join(numbers))
        self.setWindowTitle(self.tr("Ubah status — {name}").format(name=who))

    def _fill_next(self) -> None:
        ui = self.ui
        status = self.catalog.statuses.get(self.finding.status)
        allowed = status.next if status else ()
        ui.newStatusCombo.clear()
        for code in allowed:
            ui.newStatusCombo.addItem(self.catalog.statuses[code].name, code)
        if not allowed:
            ui.newStatusCombo.addItem(self.tr("Tidak ada status berikutnya (penanganan selesai)"), "")
            ui.newStatusCombo.setEnabled(False)
            ui.reasonEdit.setEnabled(False)
            ui.saveButton.setEnabled(False)

    def _fill_history(self) -> None:
        catalog = self.catalog
        rows = []
        for event in self.finding.history:
            body = catalog.forwarding_bodies.get(event.forwarding_body)
            rows.append([
                format_datetime_id(event.at),
                catalog.statuses[event.from_status].name if event.from_status in catalog.statuses else "—",
                catalog.statuses[event.to_status].name if event.to_status in catalog.statuses else event.to_status,
                event.officer, body.name if body else event.forwarding_body, event.reason])
        fill_table(self.ui.historyTable, [self.tr("Waktu"), self.tr("Dari"), self.tr("Menjadi"), self.tr("Petugas"),
                                          self.tr("Instansi"), self.tr("Alasan")], rows, [170, 120, 150, 110, 110])
        audit = self.store.audit_trail(self.finding.id)
        rows = [[format_datetime_id(e["at"]), e["actor"], audit_action_name(e["action"]),
                 audit_summary(e, catalog)] for e in audit]
        fill_table(self.ui.auditTable, [self.tr("Waktu"), self.tr("Petugas"), self.tr("Tindakan"), self.tr("Rincian")],
                   rows, [170, 110, 170])
        self.ui.historyTabs.setTabText(0, self.tr("Riwayat status ({n})").format(n=len(self.finding.history)))
        self.ui.historyTabs.setTabText(1, self.tr("Jejak audit ({n})").format(n=len(audit)))

    def new_status(self) -> str:
        return self.ui.newStatusCombo.currentData() or ""

    def decision_date(self) -> date:
        return date.fromisoformat(self.ui.decisionDate.date().toString("yyyy-MM-dd"))

    def _status_changed(self, *_args) -> None:
        ui, catalog = self.ui, self.catalog
        code = self.new_status()
        status = catalog.statuses.get(code)
        needs_body = bool(status and status.needs_forwarding_body)
        for widget in (ui.bodyLabel, ui.bodyCombo, ui.bodyHint):
            widget.setVisible(needs_body)
        hints = {
            "teregistrasi": self.tr("Meregistrasi memberi nomor register: {template}").format(
                template=catalog.numbering.register_template),
            "diteruskan": self.tr("Teruskan ke instansi yang berwenang menjatuhkan sanksi."),
            "dilimpahkan": self.tr("Limpahkan ke kantor Bawaslu yang berwenang."),
        }
        ui.statusHint.setText(hints.get(code, ""))
        ui.statusHint.setVisible(bool(hints.get(code)))
        if not needs_body:
            return
        on = self.decision_date()
        previous = ui.bodyCombo.currentData()
        ui.bodyCombo.blockSignals(True)
        ui.bodyCombo.clear()
        ui.bodyCombo.addItem(self.tr("— pilih instansi —"), "")
        for body in catalog.forwarding_bodies_on(on):
            ui.bodyCombo.addItem(body.name, body.code)
        suggested = ""
        if code == "diteruskan" and self.finding.subjects:
            kind = self.finding.subjects[0].employment_type
            if kind in catalog.employment_types:
                body = catalog.forwarding_body_for(kind, on)
                suggested = body.code
                ui.bodyHint.setText(self.tr("Disarankan untuk {kind} pada {day}: {body}.").format(
                    kind=catalog.employment_types[kind].name, day=format_date_id(on), body=body.name))
        elif code == "dilimpahkan":
            ui.bodyHint.setText(self.tr("Pilih Bawaslu provinsi atau kabupaten/kota yang berwenang."))
        target = previous if previous and ui.bodyCombo.findData(previous) > 0 else suggested
        index = ui.bodyCombo.findData(target) if target else 0
        ui.bodyCombo.setCurrentIndex(max(0, index))
        ui.bodyCombo.blockSignals(False)

    def _clear_reason_error(self) -> None:
        if self.ui.reasonEdit.toPlainText().strip():
            self.ui.err_reason.setVisible(False)
            style.set_invalid(self.ui.reasonEdit, False)

    def save(self) -> bool:
        """Check the reason and the forwarding body, then change the status as one operation off the UI thread;
        the dialog closes once it is stored. False when something is missing."""
        ui = self.ui
        if self.saving:
            return False
        code = self.new_status()
        reason = ui.reasonEdit.toPlainText().strip()
        ok = True
        if not reason:
            ui.err_reason.setText(self.tr("Alasan perubahan status wajib diisi (mis. hasil rapat pleno)."))
            ui.err_reason.setVisible(True)
            style.set_invalid(ui.reasonEdit, True)
            ok = False
        status = self.catalog.statuses.get(code)
        body = (ui.bodyCombo.currentData() or "") if status and status.needs_forwarding_body else ""
        if status and status.needs_forwarding_body and not body:
            ui.err_forwarding_body.setText(self.tr("Pilih instansi tujuan."))
            ui.err_forwarding_body.setVisible(True)
            ok = False
        else:
            ui.err_forwarding_body.setVisible(False)
        if not ok or not code:
            return False
        self._set_saving(True)
        run_operation(self, self.store.data_dir, change_status, self.finding.id, code, reason, body,
                      self.decision_date(), title=self.tr("Status belum berubah"),
                      label=self.tr("Mengubah status…"), changes=lambda f: Changes(findings=(f.id,)),
                      on_success=self._saved, on_failure=self._failed, on_cancelled=lambda: self._set_saving(False))
        return True

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.saveButton.setEnabled(not saving)
        self.ui.cancelButton.setEnabled(not saving)

    def _saved(self, finding) -> None:
        self._set_saving(False)
        self.result_finding = finding
        super().accept()

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        show_error_text(self, self.tr("Status belum berubah"), message)

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def accept(self) -> None:
        self.save()
