"""The finding editor: every field of a finding, inline validation, deadline, evidence, autosaved drafts."""

from __future__ import annotations

import copy
import html
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from netralitas_desktop.domain.dates_id import format_date_id, format_datetime_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.model import EDITABLE_FIELDS, Finding, Subject, Witness, finding_fields_from_dict
from netralitas_desktop.domain.validation import finding_problems
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.finding_editor import Ui_FindingEditor
from netralitas_desktop.gui.i18n import indonesian_locale, iso_date, to_qdate
from netralitas_desktop.gui.messages import confirm, show_error_text
from netralitas_desktop.gui.operations import Changes, run_operation
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.services import drafts

AUTOSAVE_MS = 1200
VALIDATE_MS = 250

SANCTION_LEVEL_WORDS = {"berat": QT_TRANSLATE_NOOP("FindingEditor", "hukuman disiplin berat"),
                        "sedang": QT_TRANSLATE_NOOP("FindingEditor", "hukuman disiplin sedang"),
                        "etik": QT_TRANSLATE_NOOP("FindingEditor", "sanksi moral (kode etik)"),
                        "ptdh": QT_TRANSLATE_NOOP("FindingEditor", "pemberhentian tidak dengan hormat")}
TAB_OF_FIELD = {
    "source": 0, "category": 0, "platform": 0, "election": 0, "stage": 0, "occurred_on": 0, "known_on": 0,
    "region_code": 0, "description": 0, "title": 0, "address": 0,
    "subjects": 1, "urls": 2, "witnesses": 2, "reporter_name": 2, "supervision_form": 3, "forwarded_to": 4,
}
TAB_NAMES = (QT_TRANSLATE_NOOP("FindingEditor", "Kejadian"), QT_TRANSLATE_NOOP("FindingEditor", "Terlapor"),
             QT_TRANSLATE_NOOP("FindingEditor", "Tautan && saksi"), QT_TRANSLATE_NOOP("FindingEditor", "Formulir A"),
             QT_TRANSLATE_NOOP("FindingEditor", "Tindak lanjut"))
FIELD_NAMES = {
    "source": QT_TRANSLATE_NOOP("FindingEditor", "Sumber"), "category": QT_TRANSLATE_NOOP("FindingEditor", "Kategori"),
    "platform": QT_TRANSLATE_NOOP("FindingEditor", "Platform"),
    "election": QT_TRANSLATE_NOOP("FindingEditor", "Pemilu"), "stage": QT_TRANSLATE_NOOP("FindingEditor", "Tahapan"),
    "occurred_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal kejadian"),
    "known_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal diketahui"),
    "region_code": QT_TRANSLATE_NOOP("FindingEditor", "Wilayah"),
    "description": QT_TRANSLATE_NOOP("FindingEditor", "Uraian"),
    "subjects": QT_TRANSLATE_NOOP("FindingEditor", "Daftar terlapor"),
    "urls": QT_TRANSLATE_NOOP("FindingEditor", "Tautan"),
    "witnesses": QT_TRANSLATE_NOOP("FindingEditor", "Saksi"),
    "reporter_name": QT_TRANSLATE_NOOP("FindingEditor", "Nama pelapor"),
    "supervision_form": QT_TRANSLATE_NOOP("FindingEditor", "Bentuk pengawasan"),
    "forwarded_to": QT_TRANSLATE_NOOP("FindingEditor", "Diteruskan ke"),
}
SUBJECT_PARTS = (("name", "x"), ("nip", ""), ("nik", ""))  # a subject's field and a value that cannot be at fault


def set_combo_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value or "")
    combo.setCurrentIndex(index if index >= 0 else 0)


def save_new_finding(store, finding: Finding, evidence: list) -> Finding:
    """Operation: store a new finding with its evidence files, as one transaction."""
    return store.add_finding(finding, evidence=evidence)


def save_finding_edit(store, finding_id: str, fields: dict, added: list, removals: dict[str, str]) -> Finding:
    """Operation: the editor's changes to a stored finding — fields, evidence removed and evidence added — as one
    transaction (the store's transactions nest as one): Batal before this leaves everything as it was."""
    with store.database.transaction():
        for evidence_id, reason in removals.items():
            store.remove_evidence(evidence_id, reason)
        store.update_finding(finding_id, fields)
        if added:  # last: it is the step that can fail on a file, and it discards the files it copied
            store.add_evidence(finding_id, added)
    return store.get_finding(finding_id)


class FindingEditor(QDialog):
    """Write a new finding or change one, with its evidence. Simpan stores everything in one operation off the UI
    thread (gui/operations.py); Batal drops every change, evidence included. Enter never saves: it moves to the
    next field; Ctrl+S saves."""

    def __init__(self, store, finding_id: str | None = None, parent: QWidget | None = None,
                 draft: drafts.Draft | None = None):
        super().__init__(parent)
        self.ui = Ui_FindingEditor()
        self.ui.setupUi(self)
        self.store = store
        self.catalog = store.catalog
        self.original: Finding | None = store.get_finding(finding_id) if finding_id else None
        self.saved: Finding | None = None
        self.subjects: list[Subject] = []
        self.touched: set[str] = set()
        self.attempted = False
        self._loading = True
        self.dirty = False
        self.problems: list = []
        self.subject_faults: dict[int, set[str]] = {}
        self.saving = False
        if draft is not None:
            self.draft_key = draft.key
        else:
            self.draft_key = drafts.new_draft_key(finding_id)
        self.error_labels = {
            "source": self.ui.err_source, "category": self.ui.err_category, "platform": self.ui.err_platform,
            "election": self.ui.err_election, "stage": self.ui.err_stage, "occurred_on": self.ui.err_occurred_on,
            "known_on": self.ui.err_known_on, "region_code": self.ui.err_region_code,
            "description": self.ui.err_description, "subjects": self.ui.err_subjects, "urls": self.ui.err_urls,
            "witnesses": self.ui.err_witnesses, "reporter_name": self.ui.err_reporter_name,
            "forwarded_to": self.ui.err_forwarded_to,
        }
        self.inputs = {
            "source": self.ui.sourceCombo, "category": self.ui.categoryCombo, "platform": self.ui.platformCombo,
            "election": self.ui.electionCombo, "stage": self.ui.stageCombo, "occurred_on": self.ui.occurredEdit,
            "known_on": self.ui.knownEdit, "region_code": self.ui.regionPicker.ui.searchEdit,
            "description": self.ui.descriptionEdit, "subjects": self.ui.subjectsTable, "urls": self.ui.urlsEdit,
            "witnesses": self.ui.witnessesTable, "reporter_name": self.ui.reporterName,
            "forwarded_to": self.ui.forwardedTo,
        }
        self._fill_choices()
        self._connect()
        self._setup_known_nip()
        self.validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS, timeout=self.validate)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.save_draft)
        if self.original is not None:
            self.load(self.original)
        else:
            self.load_defaults()
        if draft is not None:
            self.load_fields(finding_fields_from_dict(draft.fields))
            self.pending_from_draft = [p for p in draft.pending_evidence]
            self.dirty = True
        else:
            self.pending_from_draft = []
        self._setup_evidence()
        self._loading = False
        self._update_heading()
        self.validate()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # the default button never moves: only Simpan is drawn as the default
        self.ui.saveButton.setDefault(True)
        self.resize(1060, 700)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="findingEditor")
        self.screen_fit.restore()

    # -- set-up ---------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui, catalog = self.ui, self.catalog
        locale = indonesian_locale()
        today = QDate.currentDate()
        for edit in (ui.occurredEdit, ui.knownEdit):
            edit.setLocale(locale)
            edit.calendarWidget().setLocale(locale)
            edit.calendarWidget().setGridVisible(False)
            edit.setMaximumDate(today)
            edit.setMinimumDate(QDate(2000, 1, 1))
        ui.sourceCombo.addItem(self.tr("Temuan hasil pengawasan"), "temuan")
        ui.sourceCombo.addItem(self.tr("Laporan masyarakat"), "laporan")
        ui.categoryCombo.addItem(self.tr("— pilih kategori —"), "")
        groups = {"media_sosial": self.tr("Media sosial"), "luar_jaringan": self.tr("Luar jaringan")}
        last_group = None
        for category in catalog.categories.values():
            if category.group != last_group:
                if last_group is not None:
                    ui.categoryCombo.insertSeparator(ui.categoryCombo.count())
                last_group = category.group
            ui.categoryCombo.addItem(f"{category.name}", category.code)
            ui.categoryCombo.setItemData(ui.categoryCombo.count() - 1,
                                         f"{groups.get(category.group, '')} · {category.code}\n{category.description}",
                                         Qt.ItemDataRole.ToolTipRole)
        ui.categoryCombo.setMaxVisibleItems(18)
        ui.platformCombo.addItem(self.tr("—"), "")
        for platform in catalog.platforms.values():
            ui.platformCombo.addItem(platform.name, platform.code)
        for profile in catalog.elections.values():
            ui.electionCombo.addItem(profile.name, profile.code)
        ui.stageCombo.addItem(self.tr("Otomatis"), "")
        ui.stageCombo.setItemData(0, self.tr("Tahapan dipilih menurut tanggal kejadian dan profil pemilu"),
                                  Qt.ItemDataRole.ToolTipRole)
        for stage in catalog.stages.values():
            ui.stageCombo.addItem(stage.name, stage.code)
        ui.regionPicker.set_regions(self.store.regions)
        for kind in catalog.employment_types.values():
            ui.subjectType.addItem(kind.name, kind.code)
        ui.supervisionForm.addItem(self.tr("—"), "")
        for form in catalog.supervision_forms.values():
            ui.supervisionForm.addItem(form.name, form.code)
        ui.forwardedTo.addItem(self.tr("— belum diteruskan —"), "")
        for body in catalog.forwarding_bodies.values():
            ui.forwardedTo.addItem(body.name, body.code)
        ui.sanctionCombo.addItem(self.tr("— belum ada —"), "")
        for sanction in catalog.sanctions.values():
            ui.sanctionCombo.addItem(sanction.name, sanction.code)
        table = ui.subjectsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Jenis"), self.tr("NIP / NIK"), self.tr("Jabatan"),
                                         self.tr("Instansi")])
        header = table.horizontalHeader()
        for column, width in enumerate((200, 190, 160, 150)):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        witnesses = ui.witnessesTable
        witnesses.setColumnCount(2)
        witnesses.setHorizontalHeaderLabels([self.tr("Nama saksi"), self.tr("Alamat")])
        witnesses.setColumnWidth(0, 260)
        witnesses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.saveButton.setIcon(style.icon("save", "#ffffff"))
        ui.addSubjectButton.setIcon(style.icon("add"))
        ui.removeSubjectButton.setIcon(style.icon("remove"))
        ui.addWitnessButton.setIcon(style.icon("add"))
        ui.removeWitnessButton.setIcon(style.icon("remove"))
        ui.tabs.setTabIcon(0, style.icon("place"))
        ui.tabs.setTabIcon(1, style.icon("people"))
        ui.tabs.setTabIcon(2, style.icon("link"))
        ui.tabs.setTabIcon(3, style.icon("pdf"))
        ui.tabs.setTabIcon(4, style.icon("status"))
        ui.tabs.setTabIcon(5, style.icon("attach"))
        ui.problemsLabel.setVisible(False)
        ui.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.problemsLabel.linkActivated.connect(self.go_to_field)
        ui.footerRow.setStretchFactor(ui.problemsLabel, 1)  # the summary takes the row's width, not a thin column

    def _connect(self) -> None:
        ui = self.ui
        changed = self._changed
        for name, combo in (("source", ui.sourceCombo), ("category", ui.categoryCombo), ("platform", ui.platformCombo),
                            ("election", ui.electionCombo), ("stage", ui.stageCombo),
                            ("supervision_form", ui.supervisionForm), ("forwarded_to", ui.forwardedTo),
                            ("sanction", ui.sanctionCombo)):
            combo.currentIndexChanged.connect(lambda _i, n=name: changed(n))
        for name, edit in (("title", ui.titleEdit), ("address", ui.addressEdit), ("reporter_name", ui.reporterName),
                           ("reporter_address", ui.reporterAddress), ("supervision_purpose", ui.supervisionPurpose),
                           ("supervision_target", ui.supervisionTarget)):
            edit.textChanged.connect(lambda _t, n=name: changed(n))
        for name, edit in (("description", ui.descriptionEdit), ("urls", ui.urlsEdit), ("facts", ui.factsEdit),
                           ("analysis", ui.analysisEdit), ("legal_basis", ui.legalBasisEdit)):
            edit.textChanged.connect(lambda n=name: changed(n))
        ui.occurredEdit.dateChanged.connect(lambda _d: changed("occurred_on"))
        ui.knownEdit.dateChanged.connect(lambda _d: changed("known_on"))
        ui.regionPicker.codeChanged.connect(lambda _c: changed("region_code"))
        ui.needsMoreInfo.toggled.connect(lambda _b: changed("needs_more_info"))
        ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.fillLegalBasisButton.clicked.connect(self.fill_legal_basis)
        # subjects
        ui.subjectsTable.currentCellChanged.connect(lambda row, *_: self._show_subject(row))
        ui.addSubjectButton.clicked.connect(self.add_subject)
        ui.removeSubjectButton.clicked.connect(self.remove_subject)
        for edit in (ui.subjectName, ui.subjectNip, ui.subjectNik, ui.subjectPosition, ui.subjectAgency,
                     ui.subjectAddress, ui.subjectAccounts):
            edit.textEdited.connect(lambda _t: self._subject_edited())
        ui.subjectType.currentIndexChanged.connect(lambda _i: self._subject_edited())
        # witnesses
        ui.addWitnessButton.clicked.connect(self.add_witness)
        ui.removeWitnessButton.clicked.connect(self.remove_witness)
        ui.witnessesTable.itemChanged.connect(lambda _item: changed("witnesses"))
        # buttons
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

    def _setup_known_nip(self) -> None:
        """Below the subject's fields: "NIP ini sudah ada di N temuan" with a link to each (the same person reported
        before, here or by another office; issue 14). Added here, not in the form, to keep the change small."""
        self.known_nip_label = QLabel(self.ui.subjectNip.parentWidget())
        self.known_nip_label.setObjectName("knownNip")
        self.known_nip_label.setWordWrap(True)
        self.known_nip_label.setTextFormat(Qt.TextFormat.RichText)
        self.known_nip_label.linkActivated.connect(self._open_known_finding)
        self.known_nip_label.hide()
        grid = self.ui.subjectNip.parentWidget().layout()
        if isinstance(grid, QGridLayout):
            grid.addWidget(self.known_nip_label, grid.rowCount(), 0, 1, grid.columnCount())
        self.ui.subjectNip.textChanged.connect(self._nip_typed)

    def _nip_typed(self, text: str) -> None:
        from netralitas_desktop.services.subjects import known_nip

        excluding = self.original.id if self.original is not None else None
        ids = known_nip(self.store, text, excluding=excluding)
        if not ids:
            self.known_nip_label.hide()
            return
        links = []
        for finding_id in ids[:5]:
            finding = self.store.get_finding(finding_id)
            number = finding.register_number or finding.form_a_number or finding_id[:8]
            links.append(f'<a href="{finding_id}">{html.escape(number)}</a>')
        more = self.tr(" dan {n} lainnya").format(n=len(ids) - 5) if len(ids) > 5 else ""
        self.known_nip_label.setText(self.tr("NIP ini sudah ada di {n} temuan: {links}{more}").format(
            n=len(ids), links=", ".join(links), more=more))
        self.known_nip_label.show()

    def _open_known_finding(self, finding_id: str) -> None:
        """Show that finding in the main window's list (the editor stays open)."""
        window = self.parent()
        if window is not None and hasattr(window, "show_finding"):
            window.show_finding(finding_id)

    def _setup_evidence(self) -> None:
        """The evidence tab follows Simpan and Batal like every other field (the panel's staged mode)."""
        panel = self.ui.evidencePanel
        panel.set_compact(False)
        stored = self.original.evidence if self.original is not None else []
        panel.set_staged(self.store, stored, [p for p in self.pending_from_draft if Path(p).exists()],
                         drafts.draft_files_dir(self.store.data_dir, self.draft_key))
        panel.changed.connect(lambda: self._changed("evidence"))
        self._update_evidence_tab()

    # -- loading --------------------------------------------------------------------------------------------
    def load_defaults(self) -> None:
        ui, store = self.ui, self.store
        today = QDate.currentDate()
        ui.occurredEdit.setDate(today)
        ui.knownEdit.setDate(today)
        set_combo_data(ui.electionCombo, store.setting("default_election", ""))
        office_region = store.office.region_code
        ui.regionPicker.set_code(office_region if office_region in store.regions else "")
        self.subjects = []
        self._refresh_subjects()
        self._source_changed()
        self._show_case(None)

    def load(self, finding: Finding) -> None:
        self.load_fields({name: getattr(finding, name) for name in EDITABLE_FIELDS})
        self._show_case(finding)

    def load_fields(self, fields: dict) -> None:
        ui = self.ui
        value = fields.get
        set_combo_data(ui.sourceCombo, value("source", "temuan"))
        ui.titleEdit.setText(value("title", ""))
        set_combo_data(ui.categoryCombo, value("category", ""))
        set_combo_data(ui.platformCombo, value("platform", ""))
        if value("election"):
            set_combo_data(ui.electionCombo, value("election"))
        set_combo_data(ui.stageCombo, value("stage", ""))
        for edit, key in ((ui.occurredEdit, "occurred_on"), (ui.knownEdit, "known_on")):
            qdate = to_qdate(value(key))
            if qdate.isValid():
                edit.setDate(qdate)
        if "region_code" in fields:
            ui.regionPicker.set_code(value("region_code"))
        ui.addressEdit.setText(value("address", ""))
        ui.descriptionEdit.setPlainText(value("description", ""))
        self.subjects = [copy.deepcopy(s) for s in value("subjects", [])]
        self._refresh_subjects()
        ui.urlsEdit.setPlainText("\n".join(value("urls", [])))
        ui.witnessesTable.blockSignals(True)
        ui.witnessesTable.setRowCount(0)
        for witness in value("witnesses", []):
            self._append_witness(witness.name, witness.address)
        ui.witnessesTable.blockSignals(False)
        ui.reporterName.setText(value("reporter_name", ""))
        ui.reporterAddress.setText(value("reporter_address", ""))
        set_combo_data(ui.supervisionForm, value("supervision_form", ""))
        ui.supervisionPurpose.setText(value("supervision_purpose", ""))
        ui.supervisionTarget.setText(value("supervision_target", ""))
        ui.factsEdit.setPlainText(value("facts", ""))
        ui.analysisEdit.setPlainText(value("analysis", ""))
        ui.legalBasisEdit.setPlainText(value("legal_basis", ""))
        ui.needsMoreInfo.setChecked(bool(value("needs_more_info", False)))
        set_combo_data(ui.forwardedTo, value("forwarded_to", ""))
        set_combo_data(ui.sanctionCombo, value("sanction", ""))
        self._source_changed()
        self._category_changed()
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # show the start of long texts, not their end

    def _show_case(self, finding: Finding | None) -> None:
        ui = self.ui
        if finding is None:
            ui.caseStatusValue.setText(self.tr("Draf (belum disimpan)"))
            for label in (ui.caseRegisterValue, ui.caseFormAValue, ui.caseVersionValue):
                label.setText("—")
            return
        status = self.catalog.statuses.get(finding.status)
        ui.caseStatusValue.setText(status.name if status else finding.status)
        ui.caseRegisterValue.setText(finding.register_number or self.tr("belum teregistrasi"))
        ui.caseFormAValue.setText(finding.form_a_number or "—")
        ui.caseVersionValue.setText(self.tr("dicatat {created} oleh {by}; versi {version}, diubah {updated}").format(
            created=format_datetime_id(finding.created_at), by=finding.created_by, version=finding.version,
            updated=format_datetime_id(finding.updated_at)))

    # -- subjects and witnesses -----------------------------------------------------------------------------
    def _refresh_subjects(self, select: int | None = None) -> None:
        table = self.ui.subjectsTable
        table.blockSignals(True)
        table.setRowCount(len(self.subjects))
        for row, subject in enumerate(self.subjects):
            self._fill_subject_row(row, subject)
        table.blockSignals(False)
        if self.subjects:
            row = select if select is not None else max(0, min(table.currentRow(), len(self.subjects) - 1))
            table.setCurrentCell(row, 0)
            self._show_subject(row)
        else:
            self._show_subject(-1)
        self.ui.removeSubjectButton.setEnabled(bool(self.subjects))

    def _fill_subject_row(self, row: int, subject: Subject) -> None:
        kind = self.catalog.employment_types.get(subject.employment_type)
        values = (subject.name or self.tr("(nama belum diisi)"), kind.name if kind else subject.employment_type,
                  subject.nip or subject.nik, subject.position, subject.agency)
        for column, text in enumerate(values):
            self.ui.subjectsTable.setItem(row, column, QTableWidgetItem(text))

    def _show_subject(self, row: int) -> None:
        ui = self.ui
        has = 0 <= row < len(self.subjects)
        ui.subjectFrame.setEnabled(has)
        subject = self.subjects[row] if has else Subject(name="")
        for edit, text in ((ui.subjectName, subject.name), (ui.subjectNip, subject.nip), (ui.subjectNik, subject.nik),
                           (ui.subjectPosition, subject.position), (ui.subjectAgency, subject.agency),
                           (ui.subjectAddress, subject.address), (ui.subjectAccounts, ", ".join(subject.accounts))):
            edit.setText(text)
        ui.subjectType.blockSignals(True)
        set_combo_data(ui.subjectType, subject.employment_type if has else "pns")
        ui.subjectType.blockSignals(False)
        self._update_id_fields()
        self._outline_subject()

    def _update_id_fields(self) -> None:
        kind = self.catalog.employment_types.get(self.ui.subjectType.currentData() or "")
        uses_nip = kind is not None and kind.id_kind == "nip"
        self.ui.subjectNip.setEnabled(uses_nip or bool(self.ui.subjectNip.text()))
        self.ui.subjectNipLabel.setEnabled(self.ui.subjectNip.isEnabled())

    def current_subject_row(self) -> int:
        return self.ui.subjectsTable.currentRow()

    def _subject_edited(self) -> None:
        row = self.current_subject_row()
        if not 0 <= row < len(self.subjects):
            return
        ui = self.ui
        subject = self.subjects[row]
        subject.name = ui.subjectName.text().strip()
        subject.employment_type = ui.subjectType.currentData() or "lainnya"
        subject.nip = ui.subjectNip.text().strip().replace(" ", "")
        subject.nik = ui.subjectNik.text().strip().replace(" ", "")
        subject.position = ui.subjectPosition.text().strip()
        subject.agency = ui.subjectAgency.text().strip()
        subject.address = ui.subjectAddress.text().strip()
        subject.accounts = [a.strip() for a in ui.subjectAccounts.text().split(",") if a.strip()]
        self.ui.subjectsTable.blockSignals(True)
        self._fill_subject_row(row, subject)
        self.ui.subjectsTable.blockSignals(False)
        self._update_id_fields()
        self._changed("subjects")

    def add_subject(self) -> None:
        self.subjects.append(Subject(name="", employment_type="pns"))
        self._refresh_subjects(select=len(self.subjects) - 1)
        self.ui.subjectName.setFocus()
        self._changed("subjects")

    def remove_subject(self) -> None:
        row = self.current_subject_row()
        if 0 <= row < len(self.subjects):
            del self.subjects[row]
            self._refresh_subjects(select=min(row, len(self.subjects) - 1) if self.subjects else None)
            self._changed("subjects")

    def _append_witness(self, name: str = "", address: str = "") -> int:
        table = self.ui.witnessesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(address))
        return row

    def add_witness(self) -> None:
        row = self._append_witness()
        self.ui.witnessesTable.setCurrentCell(row, 0)
        self.ui.witnessesTable.editItem(self.ui.witnessesTable.item(row, 0))
        self._changed("witnesses")

    def remove_witness(self) -> None:
        row = self.ui.witnessesTable.currentRow()
        if row >= 0:
            self.ui.witnessesTable.removeRow(row)
            self._changed("witnesses")

    def witnesses(self) -> list[Witness]:
        table = self.ui.witnessesTable
        result = []
        for row in range(table.rowCount()):
            name = table.item(row, 0).text().strip() if table.item(row, 0) else ""
            address = table.item(row, 1).text().strip() if table.item(row, 1) else ""
            if name or address:
                result.append(Witness(name=name, address=address))
        return result

    # -- reactions ------------------------------------------------------------------------------------------
    def _source_changed(self, *_args) -> None:
        is_report = self.ui.sourceCombo.currentData() == "laporan"
        for widget in (self.ui.reporterName, self.ui.reporterAddress, self.ui.reporterNameLabel,
                       self.ui.reporterAddressLabel):
            widget.setEnabled(is_report)

    def _category_changed(self, *_args) -> None:
        category = self.catalog.categories.get(self.ui.categoryCombo.currentData() or "")
        if category is None:
            self.ui.categoryHint.setText("")
            return
        level = SANCTION_LEVEL_WORDS.get(category.sanction_level)
        hint = category.description
        if level:
            hint += " " + self.tr("Menurut SKB 2022: {level}.").format(level=self.tr(level))
        self.ui.categoryHint.setText(hint)
        if not self._loading:
            platform = self.ui.platformCombo.currentData() or ""
            if category.group == "luar_jaringan" and not platform:
                set_combo_data(self.ui.platformCombo, "luring")
            elif category.group == "media_sosial" and platform == "luring":
                set_combo_data(self.ui.platformCombo, "")

    def fill_legal_basis(self) -> None:
        category = self.catalog.categories.get(self.ui.categoryCombo.currentData() or "")
        if category:
            self.ui.legalBasisEdit.setPlainText("; ".join(category.legal_basis))

    def _changed(self, field: str) -> None:
        if self._loading:
            return
        self.touched.add(field)
        self.dirty = True
        if field == "evidence":
            self._update_evidence_tab()
        self.validate_timer.start()
        self.autosave_timer.start()

    def _update_evidence_tab(self) -> None:
        panel = self.ui.evidencePanel
        count = panel.active_count()
        waiting = bool(panel.pending_paths() or panel.pending_removals())
        text = self.tr("Bukti ({n})").format(n=count) if count else self.tr("Bukti")
        self.ui.tabs.setTabText(5, text + (" •" if waiting else ""))
        self.ui.tabs.setTabToolTip(5, self.tr("Perubahan bukti disimpan saat Anda menekan Simpan") if waiting else "")

    # -- the finding ----------------------------------------------------------------------------------------
    def finding(self) -> Finding:
        """The finding as the widgets show it (not stored)."""
        ui = self.ui
        self._subject_edited_silently()
        finding = Finding(
            category=ui.categoryCombo.currentData() or "", region_code=ui.regionPicker.code(),
            occurred_on=iso_date(ui.occurredEdit.date()), known_on=iso_date(ui.knownEdit.date()),
            description=ui.descriptionEdit.toPlainText().strip(), subjects=copy.deepcopy(self.subjects),
            source=ui.sourceCombo.currentData() or "temuan", title=ui.titleEdit.text().strip(),
            address=ui.addressEdit.text().strip(), platform=ui.platformCombo.currentData() or "",
            urls=[u.strip() for u in ui.urlsEdit.toPlainText().splitlines() if u.strip()],
            legal_basis=ui.legalBasisEdit.toPlainText().strip(), witnesses=self.witnesses(),
            election=ui.electionCombo.currentData() or "", stage=ui.stageCombo.currentData() or "",
            reporter_name=ui.reporterName.text().strip() if ui.sourceCombo.currentData() == "laporan" else "",
            reporter_address=ui.reporterAddress.text().strip() if ui.sourceCombo.currentData() == "laporan" else "",
            supervision_form=ui.supervisionForm.currentData() or "",
            supervision_purpose=ui.supervisionPurpose.text().strip(),
            supervision_target=ui.supervisionTarget.text().strip(), facts=ui.factsEdit.toPlainText().strip(),
            analysis=ui.analysisEdit.toPlainText().strip(), needs_more_info=ui.needsMoreInfo.isChecked(),
            forwarded_to=ui.forwardedTo.currentData() or "", sanction=ui.sanctionCombo.currentData() or "",
        )
        if self.original is not None:
            finding.id = self.original.id
            finding.status = self.original.status
            finding.created_at = self.original.created_at
            finding.registered_on = self.original.registered_on
        return finding

    def _subject_edited_silently(self) -> None:
        """Make sure the subject form's text is in self.subjects (typing fires textEdited, setText does not)."""
        row = self.current_subject_row()
        if 0 <= row < len(self.subjects) and self.ui.subjectName.text().strip() != self.subjects[row].name:
            self.subjects[row].name = self.ui.subjectName.text().strip()

    def editable_fields(self) -> dict:
        finding = self.finding()
        return {name: getattr(finding, name) for name in EDITABLE_FIELDS}

    @staticmethod
    def field_key(problem) -> str:
        """The editor's field for a problem of the gate ("subjects" also for a finer "subjects.0.nip")."""
        field = problem.field or ""
        return next((name for name in TAB_OF_FIELD if field == name or field.startswith((name + ".", name + "["))),
                    field)

    def validate(self) -> list:
        """Check the finding against the rules and show each problem beside its field, the field outlined; once
        Simpan was pressed, a summary under the tabs names each tab and field, as links to the field."""
        finding = self.finding()
        self.problems = finding_problems(finding, self.catalog, self.store.regions)
        by_field: dict[str, list[str]] = {}
        for problem in self.problems:
            by_field.setdefault(self.field_key(problem), []).append(str(problem))
        for field, label in self.error_labels.items():
            messages = by_field.get(field, [])
            show = bool(messages) and (self.attempted or field in self.touched)
            label.setText("\n".join(messages) if show else "")
            label.setVisible(show)
            style.set_invalid(self.inputs[field], show)
        self.subject_faults = self._subject_faults(finding) if "subjects" in by_field else {}
        self._outline_subject()
        shown = [f for f in by_field if self.attempted or f in self.touched]
        tab_problems = {TAB_OF_FIELD.get(f, 0) for f in shown}
        for index, name in enumerate(TAB_NAMES):
            text = self.tr(name)
            self.ui.tabs.setTabText(index, f"{text} •" if index in tab_problems else text)
        if self.attempted and self.problems:
            self.ui.problemsLabel.setText(self.problems_summary(by_field))
            self.ui.problemsLabel.setVisible(True)
        else:
            self.ui.problemsLabel.setVisible(False)
        self._update_deadline(finding)
        return self.problems

    def problems_summary(self, by_field: dict[str, list[str]]) -> str:
        """ "3 isian perlu diperbaiki: Kejadian › Kategori · Terlapor › Terlapor 1: NIP", each a link to its field."""
        import html

        parts = []
        for field, messages in by_field.items():
            if field not in TAB_OF_FIELD:
                parts.extend(html.escape(m) for m in messages)
                continue
            where = f"{self.tr(TAB_NAMES[TAB_OF_FIELD[field]]).replace('&&', '&')} › {self.tr(FIELD_NAMES[field])}"
            if field == "subjects" and self.subject_faults:
                names = {"name": self.tr("nama"), "nip": self.tr("NIP"), "nik": self.tr("NIK")}
                where += ": " + "; ".join(
                    self.tr("terlapor {n} ({parts})").format(n=row + 1, parts=", ".join(names[p] for p in sorted(f)))
                    for row, f in sorted(self.subject_faults.items()))
            parts.append(f"<a href='{field}' style='color:{style.DANGER}'>{html.escape(where)}</a>")
        count = sum(len(m) for m in by_field.values())
        return self.tr("{n} isian perlu diperbaiki sebelum disimpan:").format(n=count) + " " + " · ".join(parts)

    def go_to_field(self, field: str) -> None:
        """Show the tab of a field and put the cursor in it (a link of the problems summary)."""
        self.ui.tabs.setCurrentIndex(TAB_OF_FIELD.get(field, 0))
        if field == "subjects" and self.subject_faults:
            row, faults = min(self.subject_faults.items())
            self.ui.subjectsTable.setCurrentCell(row, 0)
            widget = {"name": self.ui.subjectName, "nip": self.ui.subjectNip, "nik": self.ui.subjectNik}[
                next(p for p, _ in SUBJECT_PARTS if p in faults)]
        else:
            widget = self.inputs.get(field)
        if widget is not None:
            widget.setFocus()

    def _subject_faults(self, finding: Finding) -> dict[int, set[str]]:
        """Which of each subject's name, NIP and NIK the gate refuses: the parts whose replacement by a value that
        cannot be wrong makes a problem go away (the rules stay in one place, domain/validation.py)."""

        def subject_problems(subjects: list[Subject]) -> int:
            probe = replace(finding, subjects=subjects)
            return sum(1 for p in finding_problems(probe, self.catalog, self.store.regions)
                       if self.field_key(p) == "subjects")

        base = subject_problems(finding.subjects)
        faults: dict[int, set[str]] = {}
        for row, subject in enumerate(finding.subjects):
            for part, harmless in SUBJECT_PARTS:
                if getattr(subject, part) == harmless:
                    continue
                subjects = list(finding.subjects)
                subjects[row] = replace(subject, **{part: harmless})
                if subject_problems(subjects) < base:
                    faults.setdefault(row, set()).add(part)
        return faults

    def _outline_subject(self) -> None:
        """Outline the parts of the subject shown in the form that the gate refuses, and mark its row."""
        show = self.attempted or "subjects" in self.touched
        faults = self.subject_faults.get(self.current_subject_row(), set()) if show else set()
        for part, widget in (("name", self.ui.subjectName), ("nip", self.ui.subjectNip), ("nik", self.ui.subjectNik)):
            style.set_invalid(widget, part in faults)
        table = self.ui.subjectsTable
        for row in range(table.rowCount()):
            bad = show and row in self.subject_faults
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setForeground(QColor(style.DANGER) if bad else QColor(style.TEXT))

    def _update_deadline(self, finding: Finding) -> None:
        chip = self.ui.deadlineChip
        data = asdict(finding)
        data["created_at"] = finding.created_at or date.today().isoformat()
        deadline = None
        if finding.known_on:
            try:
                deadline = self.store.deadline(data)
            except (ValueError, NetralitasError):
                deadline = None
        if deadline is None:
            chip.setVisible(False)
            return
        chip.setVisible(True)
        unit = self.tr("hari kerja") if deadline.day_kind == "kerja" else self.tr("hari")
        due = format_date_id(deadline.due_on, with_weekday=True)
        if deadline.days_left < 0:
            text = self.tr("{label}: lewat {n} {unit} (batas {due})").format(
                label=deadline.label, n=-deadline.days_left, unit=unit, due=due)
            kind = "danger"
        elif deadline.days_left == 0:
            text = self.tr("{label}: batas hari ini ({due})").format(label=deadline.label, due=due)
            kind = "danger"
        else:
            text = self.tr("{label}: sisa {n} {unit} (batas {due})").format(
                label=deadline.label, n=deadline.days_left, unit=unit, due=due)
            kind = "warning" if deadline.days_left <= 2 else "info"
        chip.setText(text)
        style.set_chip(chip, kind)

    def _update_heading(self) -> None:
        if self.original is None:
            self.setWindowTitle(self.tr("Temuan baru"))
            self.ui.headingLabel.setText(self.tr("Temuan baru"))
        else:
            number = self.original.register_number or self.original.form_a_number or self.original.id[:8]
            self.setWindowTitle(self.tr("Ubah temuan {number}").format(number=number))
            self.ui.headingLabel.setText(self.tr("Ubah temuan {number}").format(number=number))

    # -- drafts ---------------------------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Autosave: the fields and pending files, so a crash loses at most a second or two of typing."""
        if not self.dirty or self.saved is not None:
            return
        fields = {}
        finding = self.finding()
        for name in EDITABLE_FIELDS:
            value = getattr(finding, name)
            if name == "subjects":
                value = [asdict(s) for s in value]
            elif name == "witnesses":
                value = [asdict(w) for w in value]
            fields[name] = value
        draft = drafts.Draft(key=self.draft_key, fields=fields,
                             finding_id=self.original.id if self.original else None,
                             pending_evidence=[str(p) for p in self.ui.evidencePanel.pending_paths()])
        try:
            drafts.save_draft(self.store.data_dir, draft)
        except OSError:
            self.ui.draftLabel.setText(self.tr("Draf tidak dapat disimpan otomatis (periksa ruang disk)"))
            return
        clock = format_datetime_id(draft.saved_at).rpartition(" pukul ")[2]
        self.ui.draftLabel.setText(self.tr("Draf tersimpan otomatis pukul {time}").format(time=clock))

    def discard_draft(self) -> None:
        self.autosave_timer.stop()
        drafts.discard_draft(self.store.data_dir, self.draft_key)

    # -- save and close -------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate everything, then store it as one operation off the UI thread; on success the draft is removed
        and the editor closes. False when a problem stops it (the first faulty field gets the cursor)."""
        if self.saving:
            return False
        self.attempted = True
        problems = self.validate()
        if problems:
            self.go_to_field(self.field_key(problems[0]))
            return False
        finding = self.finding()
        panel = self.ui.evidencePanel
        self._set_saving(True)
        common = dict(title=self.tr("Temuan belum tersimpan"), on_success=self._saved, on_failure=self._save_failed,
                      on_cancelled=lambda: self._set_saving(False),
                      changes=lambda saved: Changes(findings=(saved.id,)))
        if self.original is None:
            finding.status = "draf"
            run_operation(self, self.store.data_dir, save_new_finding, finding, panel.pending_paths(),
                          label=self.tr("Menyimpan temuan…"), **common)
        else:
            run_operation(self, self.store.data_dir, save_finding_edit, self.original.id, self.editable_fields(),
                          panel.pending_paths(), panel.pending_removals(),
                          label=self.tr("Menyimpan perubahan temuan…"), **common)
        return True

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        ui = self.ui
        ui.saveButton.setEnabled(not saving)
        ui.cancelButton.setEnabled(not saving)
        ui.tabs.setEnabled(not saving)
        ui.saveButton.setText(self.tr("Menyimpan…") if saving else self.tr("Simpan"))

    def _saved(self, finding: Finding) -> None:
        self.saved = finding
        self.discard_draft()
        self.dirty = False
        self._set_saving(False)
        super().accept()

    def _save_failed(self, message: str) -> None:
        self._set_saving(False)
        show_error_text(self, self.tr("Temuan belum tersimpan"), message)

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        if self.saving:
            return  # the operation decides: it either stores everything or nothing
        if self.dirty and self.saved is None:
            if not confirm(self, self.tr("Buang perubahan?"), self.tr(
                    "Perubahan pada temuan ini, termasuk bukti yang ditambahkan atau dihapus, belum disimpan. Buang "
                    "perubahan dan tutup?"), self.tr("Buang perubahan"), self.tr("Kembali mengedit")):
                return
        self.discard_draft()
        super().reject()

    def closeEvent(self, event) -> None:
        if self.saving or (self.dirty and self.saved is None):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        """Enter in a field moves to the next field (it never saves a half-filled form); Escape is Batal."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            focus = self.focusWidget()
            if not isinstance(focus, QPlainTextEdit):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
