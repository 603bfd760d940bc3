"""The finding editor: every field of a finding, inline validation, deadline, evidence, autosaved drafts.

It shows every field the command line and a JSON file can set (`model.JSON_FIELDS`), and on saving an existing
finding it writes only the fields whose value the officer changed: a field it keeps out of sight (a laporan's
reporter on a temuan, Form A's activities on a laporan, the old single supervision row) is never written back, so
nothing set elsewhere — the command line, an import — is lost by an edit here.
"""

from __future__ import annotations

import copy
import html
from dataclasses import asdict, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id, format_datetime_id
from netralitas_desktop.domain.errors import NetralitasError, ValidationError
from netralitas_desktop.domain.model import (
    JSON_FIELDS,
    REPORTER_SEXES,
    Finding,
    Subject,
    Witness,
    finding_fields_from_dict,
)
from netralitas_desktop.domain.provisions import default_provisions, election_kind_of
from netralitas_desktop.domain.validation import finding_problems, normalise_finding_fields, office_covers
from netralitas_desktop.gui import style
from netralitas_desktop.gui.activities_editor import ActivitiesEditor, activity_row_of
from netralitas_desktop.gui.forms.finding_editor import Ui_FindingEditor
from netralitas_desktop.gui.i18n import QT_TRANSLATE_NOOP, indonesian_locale, iso_date, to_qdate
from netralitas_desktop.gui.inputs import (
    day_month_year_from_iso,
    iso_from_day_month_year,
    masked_text,
    set_combo_data,
)
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
# A laporan's own fields (Model B.1, receipt): shown, and written, for a laporan only.
REPORT_FIELDS = ("reporter_name", "reporter_address", "reporter_birth_place", "reporter_birth_date", "reporter_sex",
                 "reporter_occupation", "reporter_nationality", "reporter_phone", "reporter_email", "received_on",
                 "received_time")
# Form A's own fields: shown, and written, for a temuan only.
FORM_A_FIELDS = ("activities", "written_on")
# Form A section II of findings written before activities existed: kept as they are, never shown or written.
OLD_SUPERVISION_FIELDS = ("supervision_form", "supervision_purpose", "supervision_target")

TAB_OF_FIELD = {
    "source": "event", "category": "event", "platform": "event", "election": "event", "stage": "event",
    "occurred_on": "event", "known_on": "event", "region_code": "event", "description": "event", "title": "event",
    "address": "event", "handover": "event",
    "subjects": "subjects", "urls": "links", "witnesses": "links",
    **{name: "reporter" for name in REPORT_FIELDS},
    "written_on": "form_a", "activities": "form_a", "supervision_form": "form_a", "facts": "form_a",
    "analysis": "form_a", "legal_basis": "form_a",
    "forwarded_to": "follow_up", "sanction": "follow_up",
}
TAB_NAMES = {"event": QT_TRANSLATE_NOOP("FindingEditor", "Kejadian"),
             "subjects": QT_TRANSLATE_NOOP("FindingEditor", "Terlapor"),
             "links": QT_TRANSLATE_NOOP("FindingEditor", "Tautan && saksi"),
             "reporter": QT_TRANSLATE_NOOP("FindingEditor", "Pelapor"),
             "form_a": QT_TRANSLATE_NOOP("FindingEditor", "Formulir A"),
             "follow_up": QT_TRANSLATE_NOOP("FindingEditor", "Tindak lanjut")}
REPORT_ANALYSIS_TAB = QT_TRANSLATE_NOOP("FindingEditor", "Fakta && analisis")  # the Form A tab of a laporan
FIELD_NAMES = {
    "source": QT_TRANSLATE_NOOP("FindingEditor", "Sumber"), "category": QT_TRANSLATE_NOOP("FindingEditor", "Kategori"),
    "platform": QT_TRANSLATE_NOOP("FindingEditor", "Platform"),
    "election": QT_TRANSLATE_NOOP("FindingEditor", "Pemilu"), "stage": QT_TRANSLATE_NOOP("FindingEditor", "Tahapan"),
    "occurred_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal kejadian"),
    "known_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal diketahui"),
    "region_code": QT_TRANSLATE_NOOP("FindingEditor", "Wilayah"),
    "description": QT_TRANSLATE_NOOP("FindingEditor", "Uraian"),
    "title": QT_TRANSLATE_NOOP("FindingEditor", "Judul"),
    "address": QT_TRANSLATE_NOOP("FindingEditor", "Alamat"),
    "handover": QT_TRANSLATE_NOOP("FindingEditor", "Dilimpahkan"),
    "subjects": QT_TRANSLATE_NOOP("FindingEditor", "Daftar terlapor"),
    "urls": QT_TRANSLATE_NOOP("FindingEditor", "Tautan"),
    "witnesses": QT_TRANSLATE_NOOP("FindingEditor", "Saksi"),
    "reporter_name": QT_TRANSLATE_NOOP("FindingEditor", "Nama pelapor"),
    "reporter_address": QT_TRANSLATE_NOOP("FindingEditor", "Alamat pelapor"),
    "reporter_birth_place": QT_TRANSLATE_NOOP("FindingEditor", "Tempat lahir"),
    "reporter_birth_date": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal lahir"),
    "reporter_sex": QT_TRANSLATE_NOOP("FindingEditor", "Jenis kelamin"),
    "reporter_occupation": QT_TRANSLATE_NOOP("FindingEditor", "Pekerjaan"),
    "reporter_nationality": QT_TRANSLATE_NOOP("FindingEditor", "Kewarganegaraan"),
    "reporter_phone": QT_TRANSLATE_NOOP("FindingEditor", "Telepon"),
    "reporter_email": QT_TRANSLATE_NOOP("FindingEditor", "E-mail"),
    "received_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal diterima"),
    "received_time": QT_TRANSLATE_NOOP("FindingEditor", "Jam diterima"),
    "written_on": QT_TRANSLATE_NOOP("FindingEditor", "Tanggal penulisan"),
    "activities": QT_TRANSLATE_NOOP("FindingEditor", "Kegiatan pengawasan"),
    "supervision_form": QT_TRANSLATE_NOOP("FindingEditor", "Bentuk pengawasan"),
    "facts": QT_TRANSLATE_NOOP("FindingEditor", "Fakta"),
    "analysis": QT_TRANSLATE_NOOP("FindingEditor", "Analisis"),
    "legal_basis": QT_TRANSLATE_NOOP("FindingEditor", "Ketentuan"),
    "forwarded_to": QT_TRANSLATE_NOOP("FindingEditor", "Diteruskan ke"),
    "sanction": QT_TRANSLATE_NOOP("FindingEditor", "Sanksi"),
}
SUBJECT_PARTS = (("name", "x"), ("nip", ""), ("nik", ""))  # a subject's field and a value that cannot be at fault


def blank_finding() -> Finding:
    """What a new finding holds in the fields the editor does not show."""
    return Finding(category="", region_code="", occurred_on="", known_on="", description="")


def store_evidence(store: Store, finding_id: str, paths: list[Path], notes: dict[str, str],
                   descriptions: dict[str, str]) -> None:
    """Describe stored items, then add files (last: the step that can fail on a file, and it discards the files it
    copied) and describe the new ones: inside the caller's transaction."""
    for evidence_id, note in descriptions.items():
        store.describe_evidence(evidence_id, note)
    if paths:
        added = store.add_evidence(finding_id, paths)
        for item, path in zip(added, paths, strict=True):
            if note := notes.get(str(path), ""):
                store.describe_evidence(item.id, note)


def save_new_finding(store: Store, finding: Finding, evidence: list[Path],
                     notes: dict[str, str] | None = None) -> Finding:
    """Operation: store a new finding with its evidence files (and their descriptions), as one transaction."""
    with store.database.transaction():
        saved = store.add_finding(finding)
        store_evidence(store, saved.id, list(evidence), notes or {}, {})
    return store.get_finding(saved.id)


def save_finding_edit(store: Store, finding_id: str, fields: dict[str, Any], added: list[Path],
                      removals: dict[str, str], descriptions: dict[str, str] | None = None,
                      notes: dict[str, str] | None = None) -> Finding:
    """Operation: the editor's changes to a stored finding — fields, evidence removed, described and added — as one
    transaction (the store's transactions nest as one): Batal before this leaves everything as it was."""
    with store.database.transaction():
        for evidence_id, reason in removals.items():
            store.remove_evidence(evidence_id, reason)
        if fields:
            store.update_finding(finding_id, fields)
        store_evidence(store, finding_id, list(added), notes or {}, descriptions or {})
    return store.get_finding(finding_id)


class FindingEditor(QDialog):
    """Write a new finding or change one, with its evidence. Simpan stores everything in one operation off the UI
    thread (gui/operations.py); Batal drops every change, evidence included. Enter never saves: it moves to the
    next field; Ctrl+S saves."""

    def __init__(self, store: Store, finding_id: str | None = None, parent: QWidget | None = None,
                 draft: drafts.Draft | None = None):
        super().__init__(parent)
        self.ui = Ui_FindingEditor()
        self.ui.setupUi(self)
        self.store = store
        self.catalog = store.catalog
        # Read once: the checks run on every keystroke, and the settings do not change while the editor is open.
        self.office = store.office
        self.zone = store.office_zone()
        self.default_election = str(store.setting("default_election", "") or "")
        self.assignment_letter = str(store.setting("assignment_letter", "") or "")
        self.original: Finding | None = store.get_finding(finding_id) if finding_id else None
        self.base = self.original if self.original is not None else blank_finding()
        self.saved: Finding | None = None
        self.loaded: Finding | None = None  # the finding as the editor showed it on opening: what "changed" means
        self.subjects: list[Subject] = []
        self.touched: set[str] = set()
        self.attempted = False
        self._loading = True
        self.dirty = False
        self.problems: list[ValidationError] = []
        self.subject_faults: dict[int, set[str]] = {}
        self.saving = False
        # A finding stored before its date of writing (or of receipt) existed keeps it empty until the officer
        # sets one: its Form A stands on the day it became known, as it was numbered.
        self.written_unset = False
        self.received_unset = False
        self.draft_key = draft.key if draft is not None else drafts.new_draft_key(finding_id)
        ui = self.ui
        self.tab_widgets = {"event": ui.eventTab, "subjects": ui.subjectsTab, "links": ui.linksTab,
                            "reporter": ui.reporterTab, "form_a": ui.formATab, "follow_up": ui.followUpTab,
                            "evidence": ui.evidenceTab}
        self.error_labels: dict[str, QLabel] = {
            "source": ui.err_source, "category": ui.err_category, "platform": ui.err_platform,
            "election": ui.err_election, "stage": ui.err_stage, "occurred_on": ui.err_occurred_on,
            "known_on": ui.err_known_on, "region_code": ui.err_region_code, "handover": ui.err_region_code,
            "description": ui.err_description, "subjects": ui.err_subjects, "urls": ui.err_urls,
            "witnesses": ui.err_witnesses, "reporter_name": ui.err_reporter_name, "forwarded_to": ui.err_forwarded_to,
            "written_on": ui.err_written_on, "activities": ui.err_activities,
            **{name: ui.err_reporter for name in REPORT_FIELDS if name.startswith("reporter_")
               and name != "reporter_name"},
            "received_on": ui.err_received, "received_time": ui.err_received,
        }
        self.inputs: dict[str, QWidget] = {
            "source": ui.sourceCombo, "category": ui.categoryCombo, "platform": ui.platformCombo,
            "election": ui.electionCombo, "stage": ui.stageCombo, "occurred_on": ui.occurredEdit,
            "known_on": ui.knownEdit, "region_code": ui.regionPicker.ui.searchEdit, "handover": ui.handoverCheck,
            "description": ui.descriptionEdit, "subjects": ui.subjectsTable, "urls": ui.urlsEdit,
            "witnesses": ui.witnessesTable, "reporter_name": ui.reporterName, "reporter_address": ui.reporterAddress,
            "reporter_birth_place": ui.reporterBirthPlace, "reporter_birth_date": ui.reporterBirthDate,
            "reporter_sex": ui.reporterSex, "reporter_occupation": ui.reporterOccupation,
            "reporter_nationality": ui.reporterNationality, "reporter_phone": ui.reporterPhone,
            "reporter_email": ui.reporterEmail, "received_on": ui.receivedOnEdit, "received_time": ui.receivedTimeEdit,
            "written_on": ui.writtenEdit, "activities": ui.activitiesTable, "title": ui.titleEdit,
            "address": ui.addressEdit, "facts": ui.factsEdit, "analysis": ui.analysisEdit,
            "legal_basis": ui.legalBasisEdit, "forwarded_to": ui.forwardedTo, "sanction": ui.sanctionCombo,
        }
        self.activities = ActivitiesEditor(ui, self.catalog, self)
        self._fill_choices()
        self._connect()
        self._setup_known_nip()
        self.validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        if self.original is not None:
            self.load(self.original)
        else:
            self.load_defaults()
        self.loaded = self.finding()
        self.pending_from_draft: list[str] = []
        if draft is not None:
            self.load_fields({**finding_fields_from_dict(draft.fields),
                              **({"handover": draft.fields["handover"]} if "handover" in draft.fields else {})})
            self.pending_from_draft = list(draft.pending_evidence)
            self.dirty = True
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

    def today(self) -> date:
        """Today in the office's time zone (what the store checks dates against)."""
        return datetime.now(self.zone.tzinfo).date()

    def tab_index(self, key: str) -> int:
        return self.ui.tabs.indexOf(self.tab_widgets[key])

    # -- set-up ---------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui, catalog = self.ui, self.catalog
        locale = indonesian_locale()
        today = QDate.currentDate()
        for edit in (ui.occurredEdit, ui.knownEdit, ui.writtenEdit, ui.receivedOnEdit):
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
        ui.reporterSex.addItem(self.tr("—"), "")
        for code, name in REPORTER_SEXES.items():
            ui.reporterSex.addItem(name, code)
        ui.forwardedTo.addItem(self.tr("— belum diteruskan —"), "")
        for body in catalog.forwarding_bodies.values():
            ui.forwardedTo.addItem(body.name, body.code)
        ui.sanctionCombo.addItem(self.tr("— belum ada —"), "")
        for sanction in catalog.sanctions.values():
            ui.sanctionCombo.addItem(sanction.name, sanction.code)
        ui.receivedZoneLabel.setText(self.zone.code)
        self.activities.set_zone(self.zone.code)
        self.activities.set_assignment_letter_default(self.assignment_letter)
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
        for key, name in (("event", "place"), ("subjects", "people"), ("links", "link"), ("reporter", "edit"),
                          ("form_a", "pdf"), ("follow_up", "status"), ("evidence", "attach")):
            ui.tabs.setTabIcon(self.tab_index(key), style.icon(name))
        ui.problemsLabel.setVisible(False)
        ui.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.problemsLabel.linkActivated.connect(self.go_to_field)
        ui.footerRow.setStretchFactor(ui.problemsLabel, 1)  # the summary takes the row's width, not a thin column

    def _connect(self) -> None:
        ui = self.ui
        changed = self._changed
        for name, combo in (("source", ui.sourceCombo), ("category", ui.categoryCombo), ("platform", ui.platformCombo),
                            ("election", ui.electionCombo), ("stage", ui.stageCombo),
                            ("forwarded_to", ui.forwardedTo), ("sanction", ui.sanctionCombo),
                            ("reporter_sex", ui.reporterSex)):
            combo.currentIndexChanged.connect(lambda _i, n=name: changed(n))
        for name, edit in (("title", ui.titleEdit), ("address", ui.addressEdit), ("reporter_name", ui.reporterName),
                           ("reporter_address", ui.reporterAddress), ("reporter_birth_place", ui.reporterBirthPlace),
                           ("reporter_birth_date", ui.reporterBirthDate),
                           ("reporter_occupation", ui.reporterOccupation),
                           ("reporter_nationality", ui.reporterNationality), ("reporter_phone", ui.reporterPhone),
                           ("reporter_email", ui.reporterEmail), ("received_time", ui.receivedTimeEdit)):
            edit.textChanged.connect(lambda _t, n=name: changed(n))
        for name, box in (("description", ui.descriptionEdit), ("urls", ui.urlsEdit), ("facts", ui.factsEdit),
                          ("analysis", ui.analysisEdit), ("legal_basis", ui.legalBasisEdit)):
            box.textChanged.connect(lambda n=name: changed(n))
        ui.occurredEdit.dateChanged.connect(lambda _d: changed("occurred_on"))
        ui.knownEdit.dateChanged.connect(self._known_changed)
        ui.writtenEdit.dateChanged.connect(self._written_changed)
        ui.receivedOnEdit.dateChanged.connect(self._received_changed)
        ui.regionPicker.codeChanged.connect(self._region_changed)
        ui.handoverCheck.toggled.connect(lambda _b: changed("handover"))
        ui.needsMoreInfo.toggled.connect(lambda _b: changed("needs_more_info"))
        ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.fillLegalBasisButton.clicked.connect(self.fill_legal_basis)
        self.activities.changed.connect(lambda: changed("activities"))
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
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)

    def _setup_known_nip(self) -> None:
        """Below the subject's fields: "NIP ini sudah ada di N temuan" with a link to each (the same person reported
        before, here or by another office; issue 14). Added here, not in the form, to keep the change small."""
        self.known_nip_label = QLabel(self.ui.subjectNip.parentWidget())
        self.known_nip_label.setObjectName("knownNip")
        self.known_nip_label.setWordWrap(True)
        self.known_nip_label.setTextFormat(Qt.TextFormat.RichText)
        self.known_nip_label.linkActivated.connect(self._open_known_finding)
        self.known_nip_label.hide()
        holder = self.ui.subjectNip.parentWidget()
        grid = holder.layout() if holder is not None else None
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
        panel.set_staged(self.store, stored, [Path(p) for p in self.pending_from_draft if Path(p).exists()],
                         drafts.draft_files_dir(self.store.data_dir, self.draft_key))
        panel.changed.connect(lambda: self._changed("evidence"))
        self._update_evidence_tab()

    # -- loading --------------------------------------------------------------------------------------------
    def load_defaults(self) -> None:
        ui, store = self.ui, self.store
        today = QDate.currentDate()
        ui.occurredEdit.setDate(today)
        ui.knownEdit.setDate(today)
        ui.writtenEdit.setDate(today)
        ui.receivedOnEdit.setDate(today)
        ui.receivedTimeEdit.setText(datetime.now(self.zone.tzinfo).strftime("%H:%M"))
        set_combo_data(ui.electionCombo, self.default_election)
        office_region = self.office.region_code
        ui.regionPicker.set_code(office_region if office_region in store.regions else "")
        self.subjects = []
        self._refresh_subjects()
        self.activities.default_date = iso_date(today)
        self._source_changed()
        self._update_handover()
        self._show_case(None)

    def load(self, finding: Finding) -> None:
        self.load_fields({name: getattr(finding, name) for name in JSON_FIELDS})
        self._show_case(finding)

    def load_fields(self, fields: dict[str, Any]) -> None:
        ui = self.ui
        value = fields.get
        set_combo_data(ui.sourceCombo, value("source", "temuan"))
        ui.titleEdit.setText(value("title", ""))
        set_combo_data(ui.categoryCombo, value("category", ""))
        set_combo_data(ui.platformCombo, value("platform", ""))
        if value("election"):
            set_combo_data(ui.electionCombo, value("election"))
        set_combo_data(ui.stageCombo, value("stage", ""))
        for date_edit, key in ((ui.occurredEdit, "occurred_on"), (ui.knownEdit, "known_on")):
            qdate = to_qdate(value(key))
            if qdate.isValid():
                date_edit.setDate(qdate)
        if "region_code" in fields:
            ui.regionPicker.set_code(value("region_code"))
        ui.handoverCheck.setChecked(bool(value("handover", False)))
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
        for edit, key in ((ui.reporterName, "reporter_name"), (ui.reporterAddress, "reporter_address"),
                          (ui.reporterBirthPlace, "reporter_birth_place"),
                          (ui.reporterOccupation, "reporter_occupation"),
                          (ui.reporterNationality, "reporter_nationality"), (ui.reporterPhone, "reporter_phone"),
                          (ui.reporterEmail, "reporter_email")):
            if key in fields:
                edit.setText(value(key) or "")
        if "reporter_birth_date" in fields:
            ui.reporterBirthDate.setText(day_month_year_from_iso(value("reporter_birth_date") or ""))
        if "reporter_sex" in fields:
            set_combo_data(ui.reporterSex, value("reporter_sex") or "")
        known, today = ui.knownEdit.date(), QDate.currentDate()
        was = self.original.source if self.original is not None else ""
        if "written_on" in fields:
            # Empty on a temuan stored before the field existed: its Form A stands on known_on (kept so). Empty on
            # a laporan: the day it would be written if it became a temuan now, as the store would date it.
            written = to_qdate(value("written_on"))
            self.written_unset = not written.isValid() and was == "temuan"
            ui.writtenEdit.setDate(written if written.isValid() else known if self.written_unset else today)
        if "received_on" in fields:
            # Likewise a laporan stored before the date of receipt existed keeps none; a temuan that becomes a
            # laporan is received now.
            received = to_qdate(value("received_on"))
            self.received_unset = not received.isValid() and was == "laporan"
            ui.receivedOnEdit.setDate(received if received.isValid() else known if self.received_unset else today)
            if "received_time" in fields:
                now = datetime.now(self.zone.tzinfo).strftime("%H:%M")
                fresh = not received.isValid() and not self.received_unset
                ui.receivedTimeEdit.setText(value("received_time") or (now if fresh else ""))
        if "activities" in fields:
            self.activities.set_items(list(value("activities") or []))
        self.activities.default_date = iso_date(known)
        ui.factsEdit.setPlainText(value("facts", ""))
        ui.analysisEdit.setPlainText(value("analysis", ""))
        ui.legalBasisEdit.setPlainText(value("legal_basis", ""))
        ui.needsMoreInfo.setChecked(bool(value("needs_more_info", False)))
        set_combo_data(ui.forwardedTo, value("forwarded_to", ""))
        set_combo_data(ui.sanctionCombo, value("sanction", ""))
        self._source_changed()
        self._category_changed()
        self._update_handover()
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
        table = self.ui.witnessesTable
        table.setCurrentCell(row, 0)
        item = table.item(row, 0)
        if item is not None:
            table.editItem(item)
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
            name_item, address_item = table.item(row, 0), table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            address = address_item.text().strip() if address_item is not None else ""
            if name or address:
                result.append(Witness(name=name, address=address))
        return result

    # -- reactions ------------------------------------------------------------------------------------------
    def is_report(self) -> bool:
        return self.ui.sourceCombo.currentData() == "laporan"

    def _source_changed(self, *_args: object) -> None:
        """A laporan shows its reporter tab and prints Model B.1: Form A's date of writing and activities are a
        temuan's only."""
        ui = self.ui
        report = self.is_report()
        ui.tabs.setTabVisible(self.tab_index("reporter"), report)
        ui.formAOnly.setVisible(not report)
        ui.formANote.setVisible(report)
        self._update_tab_texts()

    def _category_changed(self, *_args: object) -> None:
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

    def _region_changed(self, _code: str = "") -> None:
        self._update_handover()
        self._changed("region_code")

    def region_outside_office(self) -> bool:
        """The chosen place lies outside the office's area (then the finding is recorded for handover)."""
        code = self.ui.regionPicker.code()
        return bool(code) and code in self.store.regions and not office_covers(self.office, code)

    def _update_handover(self) -> None:
        """The handover mark shows where it means something: a place outside the office's area, or a finding
        marked already (so that the mark can be taken back)."""
        check = self.ui.handoverCheck
        check.setVisible(self.region_outside_office() or check.isChecked())

    def _known_changed(self, _date: QDate) -> None:
        known = self.ui.knownEdit.date()
        self.activities.default_date = iso_date(known)
        for unset, edit in ((self.written_unset, self.ui.writtenEdit), (self.received_unset, self.ui.receivedOnEdit)):
            if unset:  # still standing on the day it became known: follow it
                edit.blockSignals(True)
                edit.setDate(known)
                edit.blockSignals(False)
        self._changed("known_on")

    def _written_changed(self, _date: QDate) -> None:
        if not self._loading:
            self.written_unset = False
        self._changed("written_on")

    def _received_changed(self, _date: QDate) -> None:
        if not self._loading:
            self.received_unset = False
        self._changed("received_on")

    def default_provisions(self, finding: Finding | None = None) -> list[str]:
        """The provisions the table says bind these subjects in this kind of election (what Form A prints when the
        officer writes none)."""
        finding = finding or self.finding()
        kind = election_kind_of(finding, self.catalog, self.default_election)
        return default_provisions(finding, self.catalog, kind)

    def fill_legal_basis(self) -> None:
        """Isi ketentuan bawaan: the default provisions as text the officer can then correct."""
        items = self.default_provisions()
        if items:
            self.ui.legalBasisEdit.setPlainText("; ".join(items))

    def _show_default_provisions(self, finding: Finding) -> None:
        items = self.default_provisions(finding)
        self.ui.fillLegalBasisButton.setEnabled(bool(items))
        self.ui.legalBasisEdit.setPlaceholderText(
            "\n".join(items) if items else self.tr("Tambahkan terlapor: ketentuan bawaan mengikuti jenis "
                                                   "kepegawaiannya dan jenis pemilu."))

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
        waiting = panel.has_pending_changes()
        text = self.tr("Bukti ({n})").format(n=count) if count else self.tr("Bukti")
        index = self.tab_index("evidence")
        self.ui.tabs.setTabText(index, text + (" •" if waiting else ""))
        self.ui.tabs.setTabToolTip(index, self.tr("Perubahan bukti disimpan saat Anda menekan Simpan") if waiting
                                   else "")

    # -- the finding ----------------------------------------------------------------------------------------
    def finding(self) -> Finding:
        """The finding as it would be stored (not stored): the widgets' values for what the editor shows, and the
        stored values for what it keeps out of sight."""
        ui = self.ui
        self._subject_edited_silently()
        base = self.base
        report = self.is_report()
        finding = Finding(
            category=ui.categoryCombo.currentData() or "", region_code=ui.regionPicker.code(),
            occurred_on=iso_date(ui.occurredEdit.date()), known_on=iso_date(ui.knownEdit.date()),
            description=ui.descriptionEdit.toPlainText().strip(), subjects=copy.deepcopy(self.subjects),
            source=ui.sourceCombo.currentData() or "temuan", title=ui.titleEdit.text().strip(),
            address=ui.addressEdit.text().strip(), platform=ui.platformCombo.currentData() or "",
            urls=[u.strip() for u in ui.urlsEdit.toPlainText().splitlines() if u.strip()],
            legal_basis=ui.legalBasisEdit.toPlainText().strip(), witnesses=self.witnesses(),
            election=ui.electionCombo.currentData() or "", stage=ui.stageCombo.currentData() or "",
            facts=ui.factsEdit.toPlainText().strip(), analysis=ui.analysisEdit.toPlainText().strip(),
            needs_more_info=ui.needsMoreInfo.isChecked(), forwarded_to=ui.forwardedTo.currentData() or "",
            sanction=ui.sanctionCombo.currentData() or "", handover=ui.handoverCheck.isChecked(),
            **{name: copy.deepcopy(getattr(base, name)) for name in OLD_SUPERVISION_FIELDS},
        )
        if report:
            birth = iso_from_day_month_year(ui.reporterBirthDate.text())
            finding.reporter_name = ui.reporterName.text().strip()
            finding.reporter_address = ui.reporterAddress.text().strip()
            finding.reporter_birth_place = ui.reporterBirthPlace.text().strip()
            finding.reporter_birth_date = birth if birth is not None else masked_text(ui.reporterBirthDate.text())
            finding.reporter_sex = ui.reporterSex.currentData() or ""
            finding.reporter_occupation = ui.reporterOccupation.text().strip()
            finding.reporter_nationality = ui.reporterNationality.text().strip()
            finding.reporter_phone = ui.reporterPhone.text().strip()
            finding.reporter_email = ui.reporterEmail.text().strip()
            finding.received_on = "" if self.received_unset else iso_date(ui.receivedOnEdit.date())
            finding.received_time = masked_text(ui.receivedTimeEdit.text())
        else:
            for name in REPORT_FIELDS:
                setattr(finding, name, getattr(base, name))
        if report:
            finding.activities = copy.deepcopy(base.activities)
            finding.written_on = base.written_on
        else:
            finding.activities = self.activities.items()
            finding.written_on = "" if self.written_unset else iso_date(ui.writtenEdit.date())
        if self.original is not None:
            finding.id = self.original.id
            finding.status = self.original.status
            finding.created_at = self.original.created_at
            finding.registered_on = self.original.registered_on
            finding.form_a_number = self.original.form_a_number
        return finding

    def _subject_edited_silently(self) -> None:
        """Make sure the subject form's text is in self.subjects (typing fires textEdited, setText does not)."""
        row = self.current_subject_row()
        if 0 <= row < len(self.subjects) and self.ui.subjectName.text().strip() != self.subjects[row].name:
            self.subjects[row].name = self.ui.subjectName.text().strip()

    def editable_fields(self) -> dict[str, Any]:
        """What an edit writes: the fields whose value differs from what the editor showed on opening (so that a
        field changed elsewhere meanwhile, or one the editor keeps out of sight, is never overwritten)."""
        finding = self.finding()
        loaded = self.loaded
        return {name: getattr(finding, name) for name in JSON_FIELDS
                if loaded is None or getattr(finding, name) != getattr(loaded, name)}

    @staticmethod
    def field_key(problem: ValidationError) -> str:
        """The editor's field for a problem of the gate ("subjects" also for a finer "subjects.0.nip")."""
        field = problem.field or ""
        return next((name for name in TAB_OF_FIELD if field == name or field.startswith((name + ".", name + "["))),
                    field)

    def checked_finding(self) -> tuple[Finding, list[ValidationError]]:
        """The finding in stored form and every problem the gate finds with it, as the command line checks one:
        each value normalised first (a refusal there names its field), then the rules, with the office's area."""
        finding = self.finding()
        problems: list[ValidationError] = []
        if self.is_report() and iso_from_day_month_year(self.ui.reporterBirthDate.text()) is None:
            problems.append(ValidationError(self.tr(
                "Tanggal lahir pelapor tidak lengkap atau tidak ada di kalender: tulis HH-BB-TTTT, mis. 17-08-1985."),
                "reporter_birth_date"))
            finding.reporter_birth_date = ""
        refused: dict[str, ValidationError] = {}
        for name in JSON_FIELDS:
            try:
                fields = normalise_finding_fields({name: getattr(finding, name)})
            except ValidationError as err:  # kept as typed: the rules below say more, naming each part at fault
                refused.setdefault(self.field_key(err), err)
                continue
            setattr(finding, name, fields[name])
        for problem in finding_problems(finding, self.catalog, self.store.regions, self.today(), office=self.office):
            if self.field_key(problem) == "region_code" and self.region_outside_office() and not finding.handover:
                problem = ValidationError(self.tr(
                    "Wilayah kejadian di luar wilayah {office} ({area}): centang “Dicatat di sini untuk "
                    "dilimpahkan” bila temuan memang dicatat di sini.").format(
                    office=self.office.name, area=self.office.region_code), "region_code")
            problems.append(problem)
        named = {self.field_key(p) for p in problems}
        problems += [err for key, err in refused.items() if key not in named]
        return finding, problems

    def validate(self) -> list[ValidationError]:
        """Check the finding against the rules and show each problem beside its field, the field outlined; once
        Simpan was pressed, a summary under the tabs names each tab and field, as links to the field."""
        finding, self.problems = self.checked_finding()
        by_field: dict[str, list[str]] = {}
        for problem in self.problems:
            by_field.setdefault(self.field_key(problem), []).append(str(problem))
        shown = {f for f in by_field if self.attempted or f in self.touched}
        label_texts: dict[QLabel, list[str]] = {}
        for field, label in self.error_labels.items():
            label_texts.setdefault(label, [])
            if field in shown:
                label_texts[label] += by_field[field]
        for label, messages in label_texts.items():
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        for field, widget in self.inputs.items():
            if field not in ("subjects", "activities"):
                style.set_invalid(widget, field in shown)
        self.subject_faults = self._subject_faults(finding) if "subjects" in by_field else {}
        self._outline_subject()
        self.activities.show_problems(by_field.get("activities", []), "activities" in shown)
        self._update_tab_texts({TAB_OF_FIELD.get(f, "event") for f in shown})
        if self.attempted and self.problems:
            self.ui.problemsLabel.setText(self.problems_summary(by_field))
            self.ui.problemsLabel.setVisible(True)
        else:
            self.ui.problemsLabel.setVisible(False)
        self._update_deadline(finding)
        self._show_default_provisions(finding)
        return self.problems

    def tab_name(self, key: str) -> str:
        if key == "form_a" and self.is_report():
            return self.tr(REPORT_ANALYSIS_TAB)
        return self.tr(TAB_NAMES[key])

    def _update_tab_texts(self, faulty: set[str] | None = None) -> None:
        if faulty is None:
            faulty = {TAB_OF_FIELD.get(self.field_key(p), "event") for p in self.problems
                      if self.attempted or self.field_key(p) in self.touched}
        for key in TAB_NAMES:
            text = self.tab_name(key)
            self.ui.tabs.setTabText(self.tab_index(key), f"{text} •" if key in faulty else text)

    def problems_summary(self, by_field: dict[str, list[str]]) -> str:
        """ "3 isian perlu diperbaiki: Kejadian › Kategori · Terlapor › Terlapor 1: NIP", each a link to its field."""
        parts: list[str] = []
        for field, messages in by_field.items():
            if field not in TAB_OF_FIELD:
                parts.extend(html.escape(m) for m in messages)
                continue
            where = f"{self.tab_name(TAB_OF_FIELD[field]).replace('&&', '&')} › {self.tr(FIELD_NAMES[field])}"
            if field == "subjects" and self.subject_faults:
                names = {"name": self.tr("nama"), "nip": self.tr("NIP"), "nik": self.tr("NIK")}
                where += ": " + "; ".join(
                    self.tr("terlapor {n} ({parts})").format(n=row + 1, parts=", ".join(names[p] for p in sorted(f)))
                    for row, f in sorted(self.subject_faults.items()))
            elif field == "activities":
                rows = sorted({row + 1 for m in messages if (row := activity_row_of(m)) is not None})
                if rows:
                    where += ": " + self.tr("kegiatan {numbers}").format(numbers=", ".join(map(str, rows)))
            parts.append(f"<a href='{field}' style='color:{style.DANGER}'>{html.escape(where)}</a>")
        count = sum(len(m) for m in by_field.values())
        return self.tr("{n} isian perlu diperbaiki sebelum disimpan:").format(n=count) + " " + " · ".join(parts)

    def go_to_field(self, field: str) -> None:
        """Show the tab of a field and put the cursor in it (a link of the problems summary)."""
        self.ui.tabs.setCurrentIndex(self.tab_index(TAB_OF_FIELD.get(field, "event")))
        widget: QWidget | None
        if field == "subjects" and self.subject_faults:
            row, faults = min(self.subject_faults.items())
            self.ui.subjectsTable.setCurrentCell(row, 0)
            widget = {"name": self.ui.subjectName, "nip": self.ui.subjectNip, "nik": self.ui.subjectNik}[
                next(p for p, _ in SUBJECT_PARTS if p in faults)]
        elif field == "activities":
            widget = self.activities.focus_fault()
        else:
            widget = self.inputs.get(field)
        if widget is not None:
            widget.setFocus()

    def _subject_faults(self, finding: Finding) -> dict[int, set[str]]:
        """Which of each subject's name, NIP and NIK the gate refuses: the parts whose replacement by a value that
        cannot be wrong makes a problem go away (the rules stay in one place, domain/validation.py)."""

        def subject_problems(subjects: list[Subject]) -> int:
            probe = replace(finding, subjects=subjects)
            return sum(1 for p in finding_problems(probe, self.catalog, self.store.regions, self.today(),
                                                   office=self.office)
                       if self.field_key(p) == "subjects")

        base = subject_problems(finding.subjects)
        faults: dict[int, set[str]] = {}
        for row, subject in enumerate(finding.subjects):
            for part, harmless in SUBJECT_PARTS:
                if getattr(subject, part) == harmless:
                    continue
                subjects = list(finding.subjects)
                harmless_part: dict[str, Any] = {part: harmless}
                subjects[row] = replace(subject, **harmless_part)
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
        if deadline.estimate:  # a working-day count into a year whose holidays are not known yet
            text += self.tr(", perkiraan: hari libur {years} belum diketahui").format(
                years=", ".join(str(year) for year in deadline.unknown_years))
        chip.setText(text)
        style.set_chip(chip, kind)

    def _update_heading(self) -> None:
        if self.original is None:
            self.setWindowTitle(self.tr("Temuan baru"))
            self.ui.headingLabel.setText(self.tr("Temuan baru"))
        else:
            number = self.original.register_number or self.original.form_a_number or self.original.id[:8]
            # A laporan is not a temuan to the officer (it has a number …/LP/… and prints as Model B.1).
            heading = (self.tr("Ubah laporan {number}") if self.original.source == "laporan"
                       else self.tr("Ubah temuan {number}")).format(number=number)
            self.setWindowTitle(heading)
            self.ui.headingLabel.setText(heading)

    # -- drafts ---------------------------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Autosave: the fields and pending files, so a crash loses at most a second or two of typing."""
        if not self.dirty or self.saved is not None:
            return
        finding = self.finding()
        fields: dict[str, Any] = {}
        for name in JSON_FIELDS:
            value = getattr(finding, name)
            if name in ("subjects", "witnesses", "activities"):
                value = [asdict(item) for item in value]
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
        panel = self.ui.evidencePanel
        self._set_saving(True)
        common: dict[str, Any] = dict(
            title=self.tr("Temuan belum tersimpan"), on_success=self._saved, on_failure=self._save_failed,
            on_cancelled=lambda: self._set_saving(False), changes=lambda saved: Changes(findings=(saved.id,)))
        if self.original is None:
            finding = self.finding()
            finding.status = "draf"
            run_operation(self, self.store.data_dir, save_new_finding, finding, panel.pending_paths(),
                          panel.pending_notes(), label=self.tr("Menyimpan temuan…"), **common)
        else:
            run_operation(self, self.store.data_dir, save_finding_edit, self.original.id, self.editable_fields(),
                          panel.pending_paths(), panel.pending_removals(), panel.pending_descriptions(),
                          panel.pending_notes(), label=self.tr("Menyimpan perubahan temuan…"), **common)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving or (self.dirty and self.saved is None):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field moves to the next field (it never saves a half-filled form); Escape is Batal."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            focus = self.focusWidget()
            if not isinstance(focus, QPlainTextEdit):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

