"""The conflicts imports kept: two versions of one record side by side, the differing fields marked, and the
choice of which to keep (the version shown, the incoming one — owner office only — or both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QStyledItemDelegate, QTableWidgetItem, QWidget

from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.sync_conflicts_dialog import Ui_ConflictsDialog
from netralitas_desktop.gui.i18n import QT_TRANSLATE_NOOP
from netralitas_desktop.gui.messages import confirm
from netralitas_desktop.gui.operations import Changes, run_operation
from netralitas_desktop.gui.record_words import field_label, field_name
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.sync_text import when_text
from netralitas_desktop.sync import Conflict, list_conflicts, resolve_conflict, trusted_devices

DIFFERENT_BACKGROUND = "#fdf0dc"

ENTITY_NAMES = {
    "finding": QT_TRANSLATE_NOOP("Conflicts", "Temuan"),
    "evidence": QT_TRANSLATE_NOOP("Conflicts", "Bukti"),
    "status_event": QT_TRANSLATE_NOOP("Conflicts", "Riwayat status"),
    "note": QT_TRANSLATE_NOOP("Conflicts", "Catatan"),
    "audit": QT_TRANSLATE_NOOP("Conflicts", "Log audit"),
    "office": QT_TRANSLATE_NOOP("Conflicts", "Kantor"),
}

RESOLUTIONS = {
    "current": QT_TRANSLATE_NOOP("Conflicts", "versi yang tampil dipakai"),
    "incoming": QT_TRANSLATE_NOOP("Conflicts", "versi yang masuk dipakai"),
    "both": QT_TRANSLATE_NOOP("Conflicts", "keduanya disimpan"),
    "superseded": QT_TRANSLATE_NOOP("Conflicts", "digantikan versi yang lebih baru"),
}

def tr(text: str) -> str:
    """The translation of a string marked with QT_TRANSLATE_NOOP("Conflicts", …)."""
    return QCoreApplication.translate("Conflicts", text)


def entity_name(entity: str) -> str:
    return tr(ENTITY_NAMES[entity]) if entity in ENTITY_NAMES else entity


def flatten(record: dict | None, prefix: tuple = ()) -> dict[tuple, object]:
    """A record's fields as (path → value), nested objects and lists of objects opened up."""
    result: dict[tuple, object] = {}
    if record is None:
        return result
    for key, value in record.items():
        path = (*prefix, key)
        if isinstance(value, dict):
            result.update(flatten(value, path))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, item in enumerate(value):
                result.update(flatten(item, (*path, index)))
        else:
            result[path] = value
    return result


TIME_FIELDS = {"created_at", "updated_at", "removed_at", "added_at", "seen_at", "at", "exif_time"}
DATE_FIELDS = {"occurred_on", "known_on", "registered_on"}


def value_text(value) -> str:
    """A field's value as text: lists one item a line, yes/no, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("Conflicts", "ya") if value else QCoreApplication.translate("Conflicts",
                                                                                                    "tidak")
    if isinstance(value, list):
        return "\n".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{field_name(k)}: {value_text(v)}" for k, v in value.items()) or "—"
    return str(value)


# Identities, hashes and counters: they tell the records apart for the software, not for an officer. A different
# file behind the same evidence item is said in words (FILE_CONTENT).
HIDDEN_FIELDS = {"id", "origin_device_id", "finding_id", "register_seq", "local_seq", "device_seq", "hash",
                 "prev_hash", "bundle_id", "note_id", "conflict_id", "incoming_hash", "sha256"}


def compared_fields(conflict: Conflict, describe=lambda path, value: value_text(value)
                    ) -> list[tuple[str, str, str, bool]]:
    """(label, shown, incoming, differs) per field: the differing ones first, each group in record order.
    `describe(path, value)` words a value (catalog names, dates)."""
    current, incoming = flatten(conflict.current), flatten(conflict.incoming)
    paths = [p for p in dict.fromkeys([*current, *incoming]) if p[-1] not in HIDDEN_FIELDS]
    missing = QCoreApplication.translate("Conflicts", "(tidak ada lagi)")
    rows = [(field_label(p), describe(p, current.get(p)) if conflict.current is not None else missing,
             describe(p, incoming.get(p)), current.get(p) != incoming.get(p)) for p in paths]
    sha = [p for p in dict.fromkeys([*current, *incoming]) if p[-1] == "sha256"]
    if sha and conflict.current is not None:  # the file itself, without its hash
        differs = current.get(sha[0]) != incoming.get(sha[0])
        same, other = (QCoreApplication.translate("Conflicts", "berkas versi ini"),
                       QCoreApplication.translate("Conflicts", "berkas lain") if differs
                       else QCoreApplication.translate("Conflicts", "berkas yang sama"))
        rows.append((QCoreApplication.translate("Conflicts", "Isi berkas"), same, other, differs))
    return [r for r in rows if r[3]] + [r for r in rows if not r[3]]


def conflict_title(conflict: Conflict, catalog=None) -> str:
    """What the conflicting record is, in a few words: a register number or title, a file name, a note, a
    status change in the catalog's words."""
    from netralitas_desktop.gui.status_dialog import audit_action_name

    record = conflict.current or conflict.incoming

    def status(code) -> str:
        item = catalog.statuses.get(code) if catalog is not None and code else None
        return item.name if item else (code or "—")

    if conflict.entity == "finding":
        text = (record.get("register_number") or record.get("title") or record.get("description") or "")
    elif conflict.entity == "evidence":
        text = record.get("name", "")
    elif conflict.entity == "note":
        text = record.get("text", "")
    elif conflict.entity == "status_event":
        text = f"{status(record.get('from_status'))} → {status(record.get('to_status'))}"
    elif conflict.entity == "audit":
        text = audit_action_name(record.get("action", ""))
    else:
        text = record.get("name", "")
    text = " ".join(str(text).split())
    return (text[:70] + "…" if len(text) > 70 else text) or QCoreApplication.translate("Conflicts", "(tanpa judul)")


class ComparisonDelegate(QStyledItemDelegate):
    """Paints an item's own background (the application stylesheet's `::item` rule would hide it), a rule under
    each row, and leaves room around wrapped values."""

    def paint(self, painter, option, index) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)
        painter.save()
        painter.setPen(QColor("#eceef1"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)


class ConflictsDialog(QDialog):
    """Lists the open conflicts (optionally the resolved ones too) and resolves the one selected."""

    resolved = Signal(object)  # the Conflict, after resolve_conflict

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.store = store
        self.conflicts: list[Conflict] = []
        self._office_names: dict[str, str] = {}
        ui = self.ui
        header = ui.conflictsTable.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.conflictsTable.setColumnWidth(0, 84)
        ui.conflictsTable.verticalHeader().setDefaultSectionSize(28)
        ui.compareTable.setItemDelegate(ComparisonDelegate(ui.compareTable))
        compare = ui.compareTable.horizontalHeader()
        compare.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        ui.compareTable.setColumnWidth(0, 170)
        compare.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        compare.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped values need their rows re-measured whenever the columns get their real widths.
        compare.sectionResized.connect(lambda *_: ui.compareTable.resizeRowsToContents())
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([400, 740])
        ui.conflictsTable.itemSelectionChanged.connect(self._selection_changed)
        ui.showResolvedCheck.toggled.connect(lambda _on: self.load())
        ui.onlyDifferencesCheck.toggled.connect(lambda _on: self._show_selected())
        ui.keepCurrentButton.clicked.connect(lambda: self.resolve("current"))
        ui.keepIncomingButton.clicked.connect(lambda: self.resolve("incoming"))
        ui.keepBothButton.clicked.connect(lambda: self.resolve("both"))
        ui.closeButton.clicked.connect(self.accept)
        self.resize(1180, 680)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="conflictsDialog")
        self.screen_fit.restore()
        self.load()

    def office_name(self, office_id: str) -> str:
        if office_id == self.store.office.id:
            return self.tr("kantor ini ({name})").format(name=self.store.office.name)
        if not self._office_names:
            self._office_names = {d["office_id"]: d["office_name"] or "" for d in trusted_devices(self.store)}
        return self._office_names.get(office_id) or self.tr("kantor lain yang belum dikenal")

    def load(self, select_id: str | None = None) -> None:
        """Read the conflicts again and select `select_id` (else the first)."""
        ui = self.ui
        self.conflicts = list_conflicts(self.store, include_resolved=ui.showResolvedCheck.isChecked())
        table = ui.conflictsTable
        table.blockSignals(True)
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            state = self.tr("terbuka") if conflict.open else self.tr("selesai: {how}").format(
                how=tr(RESOLUTIONS.get(conflict.resolution or "", conflict.resolution or "")))
            title = conflict_title(conflict, self.store.catalog)
            for column, text in enumerate((entity_name(conflict.entity), title, state)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and conflict.open:
                    item.setForeground(QColor(style.WARNING))
                table.setItem(row, column, item)
        table.blockSignals(False)
        open_count = sum(c.open for c in self.conflicts)
        ui.countLabel.setText(self.tr("{n} konflik terbuka").format(n=open_count) if open_count
                              else self.tr("Tidak ada konflik terbuka."))
        rows = [i for i, c in enumerate(self.conflicts) if c.id == select_id] or ([0] if self.conflicts else [])
        if rows:
            table.selectRow(rows[0])
        self._show_selected()

    def selected(self) -> Conflict | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def _selection_changed(self) -> None:
        self.ui.resolvedLabel.setVisible(False)
        self._show_selected()

    def is_owner(self, conflict: Conflict) -> bool:
        """Only the office that created a finding or evidence item can make another version win."""
        return conflict.origin_office_id == self.store.office.id and conflict.entity in ("finding", "evidence")

    def _show_selected(self) -> None:
        ui = self.ui
        conflict = self.selected()
        for widget in (ui.detailMeta, ui.onlyDifferencesCheck, ui.compareTable, ui.choiceHint,
                       ui.keepCurrentButton, ui.keepIncomingButton, ui.keepBothButton):
            widget.setVisible(conflict is not None)
        if conflict is None:
            ui.detailHeading.setText(self.tr("Tidak ada konflik yang perlu diselesaikan."))
            return
        ui.detailHeading.setText(f"{entity_name(conflict.entity)}: {conflict_title(conflict, self.store.catalog)}")
        ui.detailMeta.setText(self.tr(
            "Versi {version} · milik {office} · terdeteksi saat mengimpor bundel pada {when}").format(
            version=conflict.version, office=self.office_name(conflict.origin_office_id),
            when=when_text(conflict.detected_at)))
        self._fill_comparison(conflict)
        owner = self.is_owner(conflict)
        if not conflict.open:
            ui.choiceHint.setText(self.tr("Diselesaikan oleh {who} pada {when}.").format(
                who=conflict.resolved_by or "—", when=when_text(conflict.resolved_at)))
        elif owner:
            ui.choiceHint.setText(self.tr(
                "Data ini milik kantor ini. Versi yang Anda pakai disimpan sebagai versi baru ({next}) dan "
                "menggantikan kedua versi di setiap kantor yang menerima bundel berikutnya. \"Simpan keduanya\" "
                "membiarkan versi yang tampil dan menyimpan versi yang masuk sebagai arsip.").format(
                next=max(conflict.version, (conflict.current or {}).get("version", 0)) + 1))
        else:
            ui.choiceHint.setText(self.tr(
                "Data ini milik {office}: hanya kantor itu yang dapat memilih versi yang berlaku, lalu pilihannya "
                "datang lewat bundel berikutnya. Di sini Anda menandai konflik sudah diperiksa — memakai versi yang "
                "tampil, atau menyimpan keduanya.").format(office=self.office_name(conflict.origin_office_id)))
        ui.keepCurrentButton.setEnabled(conflict.open and (conflict.current is not None or not owner))
        ui.keepIncomingButton.setEnabled(conflict.open and owner)
        ui.keepIncomingButton.setToolTip("" if owner else self.tr("Hanya kantor asal yang dapat memilih versi "
                                                                  "yang masuk."))
        ui.keepBothButton.setEnabled(conflict.open)

    def describe(self, path: tuple, value) -> str:
        """A value the way the rest of the app shows it: catalog names, Indonesian dates, office names."""
        key, catalog = path[-1], self.store.catalog
        names = {"status": catalog.statuses, "from_status": catalog.statuses, "to_status": catalog.statuses,
                 "category": catalog.categories, "platform": catalog.platforms, "stage": catalog.stages,
                 "employment_type": catalog.employment_types, "forwarded_to": catalog.forwarding_bodies,
                 "forwarding_body": catalog.forwarding_bodies, "supervision_form": catalog.supervision_forms}
        if isinstance(value, str) and value:
            if key in names and value in names[key]:
                return names[key][value].name
            if key == "region_code" and value in self.store.regions:
                return self.store.regions.full_name(value)
            if key == "election" and value in catalog.elections:
                return catalog.elections[value].name
            if key == "source":
                return self.tr("Laporan masyarakat") if value == "laporan" else self.tr("Temuan hasil pengawasan")
            if key in TIME_FIELDS:
                return when_text(value)
            if key in DATE_FIELDS:
                return format_date_id(value)
            if key == "origin_office_id":
                return self.office_name(value)
        return value_text(value)

    def _fill_comparison(self, conflict: Conflict) -> None:
        table = self.ui.compareTable
        rows = compared_fields(conflict, self.describe)
        if self.ui.onlyDifferencesCheck.isChecked():
            rows = [r for r in rows if r[3]]
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (label, shown, incoming, differs) in enumerate(rows):
            for column, text in enumerate((label, shown, incoming)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if differs:
                    item.setBackground(QColor(DIFFERENT_BACKGROUND))
                    if column == 0:
                        item.setFont(bold)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ui.compareTable.resizeRowsToContents()

    def resolve(self, keep: str) -> Conflict | None:
        """Resolve the selected conflict as a store operation (making a version win, for the owner office, is
        confirmed first); returns the conflict being resolved, None when nothing was started."""
        conflict = self.selected()
        if conflict is None:
            return None
        if self.is_owner(conflict) and keep in ("current", "incoming") and not confirm(
                self, self.tr("Pakai versi ini?"),
                self.tr("Versi {which} akan disimpan sebagai versi baru temuan ini dan dikirim ke kantor lain "
                        "lewat bundel berikutnya. Pilihan ini tercatat di log audit.").format(
                    which=self.tr("yang tampil") if keep == "current" else self.tr("yang masuk")),
                self.tr("Pakai versi ini")):
            return None
        run_operation(self, self.store.data_dir, resolve_conflict, conflict.id, keep,
                      title=self.tr("Konflik belum diselesaikan"), label=self.tr("Menyelesaikan konflik…"),
                      changes=Changes(all_findings=True, conflicts=True),
                      on_success=lambda done: self._resolved(done, keep))
        return conflict

    def _resolved(self, done: Conflict, keep: str) -> None:
        self.load(select_id=done.id)
        self.ui.resolvedLabel.setText(self.tr("Konflik diselesaikan, {how}: {title}.").format(
            title=conflict_title(done, self.store.catalog), how=tr(RESOLUTIONS[keep])))
        self.ui.resolvedLabel.setVisible(True)
        self.resolved.emit(done)
