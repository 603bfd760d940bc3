"""Choosing and making a report from the app: the form of a finding (Form A of a temuan, Model B.1 of a laporan),
a laporan's receipt, the registration form, the register, or the recap — the last two as PDF or Excel.

`SaveReportDialog` asks which report, for which period, region and status, on which paper, in which format and
into which file; the report is made by the core (`netralitas_desktop.reports`) in a worker with a progress bar
and Batal (a cancelled report leaves no file). `preview_report` makes a PDF into a temporary folder and opens it
in the preview window, from which it can be printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netralitas_desktop.domain.dates_id import format_date_id, number_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.gui import style
from netralitas_desktop.gui.i18n import indonesian_locale, iso_date, size_id, to_qdate
from netralitas_desktop.gui.messages import confirm, show_error_text
from netralitas_desktop.gui.screen_fit import fit_to_screen, fit_window
from netralitas_desktop.gui.worker import Job, JobRunner, default_runner, open_store, run_with_progress
from netralitas_desktop.services.stats import OPEN_STATUSES

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.domain.model import Finding

FORM_A, RECEIPT, REGISTRATION, REGISTER, RECAP = "form-a", "receipt", "registration", "register", "recap"
FINDING_FORMS = (FORM_A, RECEIPT, REGISTRATION)  # the forms of one finding
PDF, XLSX = "pdf", "xlsx"

_last_folder: Path | None = None  # where the user saved the last report in this session


# -- what to make, made in a worker --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRequest:
    """One report to make: its kind, where to write it, and what it covers."""

    kind: str  # FORM_A (Model B.1 for a laporan), RECEIPT, REGISTRATION, REGISTER or RECAP
    output: Path
    paper: str = "A4"
    finding_id: str = ""  # the forms of one finding
    annex: bool = True  # Form A / Model B.1: with the evidence annex
    letterhead: bool = False  # the forms of one finding: with the letterhead
    file_format: str = PDF  # register and recap: PDF or XLSX
    date_from: str = ""  # register (optional) and recap (required): known-on dates, ISO
    date_to: str = ""
    region: str = ""
    statuses: list[str] = field(default_factory=list)  # register only

    def register_filter(self) -> FindingFilter:
        return FindingFilter(statuses=list(self.statuses), region=self.region, date_from=self.date_from,
                             date_to=self.date_to)

    def recap_filter(self) -> FindingFilter:
        return FindingFilter(region=self.region, date_from=self.date_from, date_to=self.date_to)


@dataclass(frozen=True)
class SavedReport:
    path: Path
    pages: int  # pages of a PDF; rows of the Excel register; sheets of the Excel recap
    size: int
    unit: str = "pages"  # "pages", "rows" or "sheets"


def make_report(store, request: ReportRequest, *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> SavedReport:
    """Write the requested report with the core's report functions; returns where, pages (rows, sheets) and
    bytes."""
    from netralitas_desktop.domain.forms import uses_form_a
    from netralitas_desktop.reports.form_a import build_form_a
    from netralitas_desktop.reports.model_b import build_laporan, build_receipt, build_registration

    unit = "pages"
    if request.kind == FORM_A:
        if uses_form_a(store.get_finding(request.finding_id)):
            path, pages = build_form_a(store, request.finding_id, request.output, paper=request.paper,
                                       annex=request.annex, letterhead=request.letterhead, cancelled=cancelled)
        else:  # a public report prints Model B.1
            path, pages = build_laporan(store, request.finding_id, request.output, paper=request.paper,
                                        annex=request.annex, letterhead=request.letterhead, cancelled=cancelled)
    elif request.kind == RECEIPT:
        path, pages = build_receipt(store, request.finding_id, request.output, paper=request.paper,
                                    letterhead=request.letterhead)
    elif request.kind == REGISTRATION:
        path, pages = build_registration(store, request.finding_id, request.output, paper=request.paper,
                                         letterhead=request.letterhead)
    elif request.kind == REGISTER and request.file_format == XLSX:
        from netralitas_desktop.reports.xlsx import build_register_xlsx

        path, pages = build_register_xlsx(store, request.register_filter(), request.output, progress=progress,
                                          cancelled=cancelled)
        unit = "rows"
    elif request.kind == REGISTER:
        from netralitas_desktop.reports.register import build_register

        path, pages = build_register(store, request.register_filter(), request.output, paper=request.paper,
                                     progress=progress, cancelled=cancelled)
    elif request.kind == RECAP and request.file_format == XLSX:
        from netralitas_desktop.reports.xlsx import build_recap_xlsx

        path, pages = build_recap_xlsx(store, request.date_from, request.date_to, request.output,
                                       region=request.region, cancelled=cancelled)
        unit = "sheets"
    elif request.kind == RECAP:
        from netralitas_desktop.reports.recap import build_recap

        path, pages = build_recap(store, request.date_from, request.date_to, request.output, region=request.region,
                                  paper=request.paper, progress=progress, cancelled=cancelled)
    else:
        raise ValueError(f"unknown report kind {request.kind!r}")
    return SavedReport(path, pages, path.stat().st_size, unit)


def report_job(job: Job, data_dir: Path, request: ReportRequest) -> SavedReport:
    """The worker's side: a read-only Store of its own; progress through the job's signal; Batal stops it."""
    with open_store(job, data_dir, readonly=True) as store:
        return make_report(store, request, progress=lambda done, total: job.signals.progress.emit(done, total),
                           cancelled=lambda: job.is_cancelled)


def form_a_filename(finding: Finding) -> str:
    """The file of a finding's form, as the command line names it: FormA_<register number, else Form A number,
    else short ID>.pdf for a temuan, LaporanB1_<register number, else short ID>.pdf for a laporan."""
    from netralitas_desktop.domain.forms import uses_form_a
    from netralitas_desktop.reports import default_filename

    if not uses_form_a(finding):
        return default_filename("laporan", number=finding.register_number or finding.id[:8])
    return default_filename(FORM_A, number=finding.register_number or finding.form_a_number or finding.id[:8])


def finding_form_name(store: Store, finding: Finding) -> str:
    """ "Formulir Model A" for a temuan, "Formulir Model B.1" for a laporan (the model number from forms.json,
    by the kind of election)."""
    from netralitas_desktop.domain.forms import uses_form_a
    from netralitas_desktop.domain.provisions import election_kind_of

    code = "form_a" if uses_form_a(finding) else "laporan"
    spec = store.catalog.forms.get(code)
    kind = election_kind_of(finding, store.catalog, str(store.setting("default_election", "") or ""))
    model = spec.model.get(kind, "") if spec is not None else ""
    model = model or ("A" if code == "form_a" else "B.1")
    return QCoreApplication.translate("Reports", "Formulir Model {model}").format(model=model)


def finding_number(finding: Finding) -> str:
    """The number a finding is known by: its register number, else its Form A number, else its short ID."""
    return finding.register_number or finding.form_a_number or finding.id[:8]


def report_title(request: ReportRequest, number: str = "", form_name: str = "") -> str:
    if request.kind == FORM_A:
        name = form_name or QCoreApplication.translate("Reports", "Formulir Model A")
        return f"{name} {number}".strip()
    if request.kind == RECEIPT:
        return QCoreApplication.translate("Reports", "Tanda bukti penyampaian laporan")
    if request.kind == REGISTRATION:
        return QCoreApplication.translate("Reports", "Formulir registrasi {number}").format(number=number).strip()
    if request.kind == REGISTER:
        return QCoreApplication.translate("Reports", "Buku Register Temuan")
    return QCoreApplication.translate("Reports", "Rekapitulasi")


_open_previews: set = set()  # preview windows stay referenced until they close


def preview_report(parent: QWidget | None, data_dir: Path, request: ReportRequest, title: str, *,
                   runner: JobRunner | None = None,
                   on_opened: Callable[[QWidget], None] | None = None) -> Job | None:
    """Make a report into a temporary folder in a worker (progress dialog, Batal), then open it in a preview
    window; the folder goes when the window closes, or at once if the report fails or is cancelled."""
    import shutil

    try:
        from netralitas_desktop.gui.pdf_preview import PdfPreviewWindow, new_preview_folder
    except ImportError as err:  # a build without Qt's PDF module (PySide6-Pdf) can still save PDFs
        show_error_text(parent, QCoreApplication.translate("Reports", "Pratinjau PDF"), QCoreApplication.translate(
            "Reports", "Pratinjau tidak tersedia di pemasangan ini ({error}). Gunakan Simpan PDF…, lalu buka dan "
                       "cetak berkasnya dengan penampil PDF.").format(error=err))
        return None

    folder = new_preview_folder(data_dir)
    request = replace(request, output=folder / request.output.name)
    job = Job(report_job, data_dir, request, name="pratinjau")

    def opened(saved: SavedReport) -> None:
        try:
            window = PdfPreviewWindow(saved.path, title, parent, suggested_name=saved.path.name, temp_dir=folder,
                                      runner=runner)
        except NetralitasError as err:
            shutil.rmtree(folder, ignore_errors=True)
            show_error_text(parent, QCoreApplication.translate("Reports", "Pratinjau PDF"), str(err))
            return
        _open_previews.add(window)
        window.destroyed.connect(lambda *_: _open_previews.discard(window))
        window.show()
        window.raise_()
        window.activateWindow()
        if on_opened:
            on_opened(window)

    def failed(message: str) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        show_error_text(parent, QCoreApplication.translate("Reports", "Pratinjau PDF"), message)

    job.signals.cancelled.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    label = QCoreApplication.translate("Reports", "Menyusun {title}…").format(title=title)
    run_with_progress(parent, QCoreApplication.translate("Reports", "Pratinjau PDF"), label, job,
                      on_finished=opened, on_failed=failed, runner=runner)
    return job


# -- the dialog ----------------------------------------------------------------------------------------------


def region_filter_base(office_code: str) -> str:
    """The region whose children the first region box lists, as in the main window's filter: the regency for
    offices at or below one, the province for a provincial office, nothing (all provinces) for the centre."""
    depth = office_code.count(".") if office_code else -1
    if depth >= 1:
        return ".".join(office_code.split(".")[:2])
    return office_code if depth == 0 else ""


class SaveReportDialog(QDialog):
    """Simpan PDF…: which report, what it covers, paper, format, file; made in a worker with progress and Batal."""

    def __init__(self, parent: QWidget | None, store: Store, data_dir: Path, *, finding_id: str | None = None,
                 list_filter: FindingFilter | None = None, runner: JobRunner | None = None):
        super().__init__(parent)
        self.setObjectName("saveReportDialog")
        self.store, self.data_dir = store, Path(data_dir)
        self.finding = store.get_finding(finding_id) if finding_id else None
        self.list_filter = list_filter or FindingFilter()
        self.runner = runner
        self.job: Job | None = None
        self.saved: SavedReport | None = None
        self._close_when_done = False
        self._auto_name = True
        self._folder = _last_folder or documents_folder()
        self._confirmed_path: Path | None = None
        self.ignored_filters: list[str] = []
        self.problem = ""
        self._ready = False  # the boxes fire signals while being filled
        self.setWindowTitle(self.tr("Simpan laporan"))
        self.setWindowIcon(style.icon("pdf"))
        self._build_ui()
        self._fill_choices()
        self._ready = True
        self.use_list_filter()
        self._kind_changed()
        self.setMinimumWidth(680)
        self.resize(680, 10)
        self.screen_fit = fit_window(self)
        self.body_scroll: QScrollArea | None = self.findChild(QScrollArea)

    # -- building -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)

        self.kinds_box = kinds = QGroupBox(self.tr("Laporan"), self)
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setSpacing(3)
        self.form_a_radio = QRadioButton(self.tr("Formulir Model A temuan yang dipilih"), kinds)
        self.form_a_radio.setObjectName("formARadio")
        self.finding_label = self._muted(kinds)
        self.finding_label.setObjectName("findingLabel")
        self.annex_check = QCheckBox(self.tr("Dengan lampiran bukti"), kinds)
        self.annex_check.setChecked(True)
        self.letterhead_check = QCheckBox(self.tr("Dengan kop surat"), kinds)
        self.letterhead_check.setToolTip(self.tr("Perbawaslu 5/2022: Formulir Model A tanpa kop surat; Formulir Model "
                                                 "B.1, tanda terima dan formulir registrasi dengan kop surat."))
        form_a_options = QHBoxLayout()
        form_a_options.setContentsMargins(24, 0, 0, 6)
        form_a_options.addWidget(self.annex_check)
        form_a_options.addSpacing(16)
        form_a_options.addWidget(self.letterhead_check)
        form_a_options.addStretch(1)
        self.receipt_radio = QRadioButton(self.tr("Tanda bukti penyampaian laporan"), kinds)
        self.receipt_radio.setObjectName("receiptRadio")
        self.receipt_note = self._muted(kinds, self.tr(
            "Untuk pelapor: laporan diterima, kapan dan dengan bukti apa. Bukan bukti registrasi."))
        self.registration_radio = QRadioButton(self.tr("Formulir registrasi"), kinds)
        self.registration_radio.setObjectName("registrationRadio")
        self.registration_note = self._muted(kinds)
        self.registration_note.setObjectName("registrationNote")
        self.register_radio = QRadioButton(self.tr("Buku register temuan"), kinds)
        self.register_radio.setObjectName("registerRadio")
        register_note = self._muted(kinds, self.tr(
            "Satu baris per temuan: nomor, tanggal, terlapor, kategori, tempat, status dan batas waktu."))
        self.recap_radio = QRadioButton(self.tr("Rekapitulasi"), kinds)
        self.recap_radio.setObjectName("recapRadio")
        recap_note = self._muted(kinds, self.tr(
            "Jumlah per kecamatan dan kategori, jenis terlapor, status dan platform, dengan grafik dan daftar "
            "temuan yang lewat batas waktu."))
        kinds_layout.addWidget(self.form_a_radio)
        kinds_layout.addWidget(self._indented(self.finding_label))
        kinds_layout.addLayout(form_a_options)
        kinds_layout.addWidget(self.receipt_radio)
        kinds_layout.addWidget(self._indented(self.receipt_note, bottom=6))
        kinds_layout.addWidget(self.registration_radio)
        kinds_layout.addWidget(self._indented(self.registration_note, bottom=6))
        kinds_layout.addWidget(self.register_radio)
        kinds_layout.addWidget(self._indented(register_note, bottom=6))
        kinds_layout.addWidget(self.recap_radio)
        kinds_layout.addWidget(self._indented(recap_note))
        layout.addWidget(kinds)

        self.scope_box = QGroupBox(self.tr("Cakupan"), self)
        scope = QFormLayout(self.scope_box)
        scope.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scope.setHorizontalSpacing(12)
        locale = indonesian_locale()
        self.from_check = QCheckBox(self.tr("Dari"), self.scope_box)
        self.to_check = QCheckBox(self.tr("sampai"), self.scope_box)
        self.from_edit, self.to_edit = QDateEdit(self.scope_box), QDateEdit(self.scope_box)
        for edit, name in ((self.from_edit, "fromEdit"), (self.to_edit, "toEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setLocale(locale)
            edit.calendarWidget().setLocale(locale)
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setMinimumWidth(170)
        period = QHBoxLayout()
        period.setSpacing(6)
        period.addWidget(self.from_check)
        period.addWidget(self.from_edit)
        period.addSpacing(8)
        period.addWidget(self.to_check)
        period.addWidget(self.to_edit)
        period.addStretch(1)
        scope.addRow(self.tr("Tanggal diketahui"), period)
        self.region_combo, self.subregion_combo = QComboBox(self.scope_box), QComboBox(self.scope_box)
        self.region_combo.setObjectName("regionCombo")
        self.subregion_combo.setObjectName("subregionCombo")
        regions = QHBoxLayout()
        regions.setSpacing(6)
        for combo in (self.region_combo, self.subregion_combo):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            regions.addWidget(combo, 1)
        scope.addRow(self.tr("Wilayah"), regions)
        self.status_combo = QComboBox(self.scope_box)
        self.status_combo.setObjectName("statusCombo")
        self.status_label = QLabel(self.tr("Status"), self.scope_box)
        scope.addRow(self.status_label, self.status_combo)
        self.count_label = QLabel(self.scope_box)
        self.count_label.setObjectName("countLabel")
        self.list_filter_button = QPushButton(self.tr("Sesuai filter daftar"), self.scope_box)
        self.list_filter_button.setObjectName("listFilterButton")
        self.list_filter_button.setProperty("flat", True)
        self.list_filter_button.setToolTip(self.tr("Isi periode, wilayah dan status dari filter daftar temuan"))
        self.list_filter_button.clicked.connect(self.use_list_filter)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.list_filter_button)
        scope.addRow("", count_row)
        self.filter_note = self._muted(self.scope_box)
        self.filter_note.setObjectName("filterNote")
        scope.addRow("", self.filter_note)
        layout.addWidget(self.scope_box)

        output = QFormLayout()
        output.setHorizontalSpacing(12)
        output.setContentsMargins(4, 0, 4, 0)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        output.addRow(self.tr("Kertas"), self.paper_combo)
        self.pdf_radio = QRadioButton(self.tr("PDF (untuk dicetak)"), self)
        self.pdf_radio.setObjectName("pdfRadio")
        self.xlsx_radio = QRadioButton(self.tr("Excel (.xlsx, untuk diolah)"), self)
        self.xlsx_radio.setObjectName("xlsxRadio")
        self.format_group = QButtonGroup(self)  # one choice, wherever the scrolled body puts the two buttons
        self.format_group.addButton(self.pdf_radio)
        self.format_group.addButton(self.xlsx_radio)
        self.pdf_radio.setChecked(True)
        formats = QHBoxLayout()
        formats.setSpacing(16)
        formats.addWidget(self.pdf_radio)
        formats.addWidget(self.xlsx_radio)
        formats.addStretch(1)
        self.format_label = QLabel(self.tr("Format"), self)
        output.addRow(self.format_label, formats)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.textEdited.connect(lambda _t: self._path_edited())
        self.browse_button = QPushButton(self.tr("Pilih…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        output.addRow(self.tr("Simpan ke"), path_row)
        layout.addLayout(output)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)

        self.result_frame = QFrame(self)
        self.result_frame.setObjectName("resultFrame")
        self.result_frame.setProperty("card", True)
        result = QHBoxLayout(self.result_frame)
        result.setContentsMargins(12, 8, 8, 8)
        self.result_label = QLabel(self.result_frame)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(style.icon("open"), self.tr("Buka berkas"), self.result_frame)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_saved)
        self.folder_button = QPushButton(self.tr("Buka folder"), self.result_frame)
        self.folder_button.setObjectName("folderButton")
        self.folder_button.clicked.connect(self.open_saved_folder)
        for button in (self.open_button, self.folder_button):
            button.setAutoDefault(False)  # Enter keeps meaning Simpan
        result.addWidget(self.result_label, 1)
        result.addWidget(self.open_button)
        result.addWidget(self.folder_button)
        self.result_frame.setVisible(False)
        layout.addWidget(self.result_frame)

        layout.addSpacing(4)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.preview_button = QPushButton(style.icon("print"), self.tr("Pratinjau…"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("Tampilkan laporan sebelum dicetak"))
        self.preview_button.clicked.connect(self.preview)
        self.cancel_button = QPushButton(self.tr("Tutup"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.save_button = QPushButton(style.icon("save", "#ffffff"), self.tr("Simpan"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)  # Ctrl+S is Simpan everywhere
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for radio in (self.form_a_radio, self.receipt_radio, self.registration_radio, self.register_radio,
                      self.recap_radio):
            radio.toggled.connect(self._kind_toggled)
        self.xlsx_radio.toggled.connect(lambda _on: self._scope_changed())
        for check in (self.from_check, self.to_check):
            check.toggled.connect(lambda _on: self._scope_changed())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._scope_changed())
        self.region_combo.currentIndexChanged.connect(lambda _i: self._region_changed())
        for combo in (self.subregion_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self._scope_changed())

    def _muted(self, parent: QWidget, text: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        return label

    def _indented(self, label: QLabel, bottom: int = 0) -> QLabel:
        label.setContentsMargins(24, 0, 0, bottom)
        return label

    def _fill_choices(self) -> None:
        store = self.store
        finding = self.finding
        if finding is not None:
            title = finding.title or finding.category
            self.finding_label.setText(self.tr("{number} · {title}").format(number=finding_number(finding),
                                                                            title=title))
            if finding.source == "laporan":
                self.form_a_radio.setText(self.tr("{form} laporan yang dipilih").format(
                    form=finding_form_name(store, finding)))
            if finding.register_number:
                self.registration_note.setText(self.tr("Nomor {number}, teregistrasi {date}.").format(
                    number=finding.register_number, date=format_date_id(finding.registered_on or "")))
            else:
                self.registration_note.setText(self.tr(
                    "Belum teregistrasi: nomor registrasi diberikan saat statusnya diubah menjadi Teregistrasi."))
        else:
            self.finding_label.setText(self.tr("Belum ada temuan yang dipilih di daftar."))
            self.registration_note.setText(self.tr("Untuk temuan atau laporan yang dipilih, bila sudah "
                                                   "teregistrasi."))
            self.form_a_radio.setEnabled(False)
        is_report = finding is not None and finding.source == "laporan"
        self.receipt_radio.setVisible(is_report)
        self.receipt_note.setVisible(is_report)
        self.registration_radio.setEnabled(finding is not None and bool(finding.register_number))
        from netralitas_desktop.reports import paper_name

        try:
            paper = paper_name(None, store)
        except NetralitasError:
            paper = "A4"
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

        self.status_combo.addItem(self.tr("Semua status"), [])
        self.status_combo.addItem(self.tr("Masih ditangani"), list(OPEN_STATUSES))
        self.status_combo.insertSeparator(2)
        for status in store.catalog.statuses.values():
            self.status_combo.addItem(style.dot_pixmap(style.STATUS_COLOURS.get(status.code, style.MUTED)),
                                      status.name, [status.code])

        self.region_base = region_filter_base(store.office.region_code)
        self.region_combo.addItem(self.tr("Semua wilayah"), "")
        for region in store.regions.children(self.region_base or None):
            self.region_combo.addItem(region.name, region.code)
        self.subregion_combo.addItem(self.tr("Semua"), "")
        self.subregion_combo.setEnabled(False)
        (self.form_a_radio if self.finding is not None else self.register_radio).setChecked(True)

    # -- choices --------------------------------------------------------------------------------------------
    def kind_radios(self) -> dict[str, QRadioButton]:
        return {FORM_A: self.form_a_radio, RECEIPT: self.receipt_radio, REGISTRATION: self.registration_radio,
                REGISTER: self.register_radio, RECAP: self.recap_radio}

    def kind(self) -> str:
        return next((kind for kind, radio in self.kind_radios().items() if radio.isChecked()), REGISTER)

    def set_kind(self, kind: str) -> None:
        self.kind_radios()[kind].setChecked(True)

    def file_format(self) -> str:
        """PDF, or Excel for the register and the recap when chosen."""
        return XLSX if self.kind() in (REGISTER, RECAP) and self.xlsx_radio.isChecked() else PDF

    def set_file_format(self, file_format: str) -> None:
        (self.xlsx_radio if file_format == XLSX else self.pdf_radio).setChecked(True)

    def region(self) -> str:
        return self.subregion_combo.currentData() or self.region_combo.currentData() or ""

    def set_region(self, code: str) -> None:
        """Choose a region in the two boxes; one outside them is added to the first box by its full name."""
        self.region_combo.blockSignals(True)
        index = self.region_combo.findData(code)
        parent = code.rsplit(".", 1)[0] if code.count(".") else ""
        sub_code = ""
        if index < 0 and parent and self.region_combo.findData(parent) >= 0:
            index, sub_code = self.region_combo.findData(parent), code
        if index < 0 and code:
            name = self.store.regions.full_name(code) if code in self.store.regions else code
            self.region_combo.addItem(name, code)
            index = self.region_combo.count() - 1
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.blockSignals(False)
        self._fill_subregions()
        if sub_code:
            self.subregion_combo.setCurrentIndex(max(self.subregion_combo.findData(sub_code), 0))

    def _fill_subregions(self) -> None:
        self.subregion_combo.blockSignals(True)
        self.subregion_combo.clear()
        self.subregion_combo.addItem(self.tr("Semua"), "")
        code = self.region_combo.currentData() or ""
        if code and code.count(".") < 3 and code in self.store.regions:
            for region in self.store.regions.children(code):
                self.subregion_combo.addItem(region.name, region.code)
        self.subregion_combo.setEnabled(self.subregion_combo.count() > 1)
        self.subregion_combo.blockSignals(False)

    def _region_changed(self) -> None:
        self._fill_subregions()
        self._scope_changed()

    def statuses(self) -> list[str]:
        return list(self.status_combo.currentData() or [])

    def set_statuses(self, statuses: list[str]) -> None:
        for index in range(self.status_combo.count()):
            if sorted(self.status_combo.itemData(index) or []) == sorted(statuses):
                self.status_combo.setCurrentIndex(index)
                return
        names = [self.store.catalog.statuses[s].name for s in statuses if s in self.store.catalog.statuses]
        self.status_combo.addItem(self.tr("Sesuai filter daftar ({names})").format(names=", ".join(names)),
                                  list(statuses))
        self.status_combo.setCurrentIndex(self.status_combo.count() - 1)

    def set_period(self, date_from: str, date_to: str) -> None:
        """Known-on dates (ISO, "" for open); the boxes keep a sensible date when a bound is open."""
        today = QDate.currentDate()
        for check, edit, value, fallback in ((self.from_check, self.from_edit, date_from, today.addMonths(-1)),
                                             (self.to_check, self.to_edit, date_to, today)):
            check.setChecked(bool(value))
            edit.setDate(to_qdate(value) if value else fallback)

    def use_list_filter(self) -> None:
        """Period, region and status as the finding list is filtered; what the register cannot use is named."""
        filt = self.list_filter
        by_known = filt.date_field in ("", "known_on")
        self.set_period(filt.date_from if by_known else "", filt.date_to if by_known else "")
        self.set_region(filt.region)
        self.set_statuses(filt.statuses)
        ignored = []
        if not by_known and (filt.date_from or filt.date_to):
            ignored.append(self.tr("periode menurut tanggal kejadian/registrasi"))
        if filt.categories:
            ignored.append(self.tr("kategori"))
        if filt.subject_types:
            ignored.append(self.tr("jenis terlapor"))
        if filt.source:
            ignored.append(self.tr("sumber"))
        if filt.search:
            ignored.append(self.tr("kata pencarian"))
        self.ignored_filters = ignored
        self._scope_changed()

    def request(self) -> ReportRequest:
        """The report the dialog asks for now: into the file as typed, or the default name."""
        return replace(self.scope_request(), output=self.output_path() or Path(self.default_name()),
                       paper=self.paper_combo.currentData() or "A4",
                       finding_id=self.finding.id if self.finding is not None else "",
                       annex=self.annex_check.isChecked(), letterhead=self.letterhead_check.isChecked())

    def scope_request(self) -> ReportRequest:
        """Kind, format, period, region and statuses only (the forms of one finding cover none of them)."""
        kind = self.kind()
        if kind in FINDING_FORMS:
            return ReportRequest(kind=kind, output=Path("."))
        recap = kind == RECAP
        return ReportRequest(
            kind=kind, output=Path("."), file_format=self.file_format(),
            date_from=iso_date(self.from_edit.date()) if self.from_check.isChecked() or recap else "",
            date_to=iso_date(self.to_edit.date()) if self.to_check.isChecked() or recap else "",
            region=self.region(), statuses=self.statuses() if kind == REGISTER else [])

    def default_name(self) -> str:
        """What reports.default_filename calls this report (a finding's forms: by its register number, else its
        Form A number or short ID)."""
        from netralitas_desktop.reports import default_filename

        scope = self.scope_request()
        finding = self.finding
        if scope.kind == FORM_A:
            return form_a_filename(finding) if finding is not None else "FormA.pdf"
        if scope.kind in (RECEIPT, REGISTRATION):
            number = (finding.register_number or finding.id[:8]) if finding is not None else ""
            return default_filename(scope.kind, number=number)
        return default_filename(scope.kind, date_from=scope.date_from or None, date_to=scope.date_to or None,
                                region=scope.region, suffix=f".{scope.file_format}")

    # -- reacting -------------------------------------------------------------------------------------------
    def _kind_toggled(self, on: bool) -> None:
        if on:  # the radio chosen, not the one left
            self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.annex_check.setEnabled(kind == FORM_A)
        self.letterhead_check.setEnabled(kind in FINDING_FORMS)
        # Form A is printed without a letterhead (Perbawaslu 5/2022); Model B.1, the receipt and the registration
        # form with one, as the command line does.
        temuan_form = kind == FORM_A and self.finding is not None and self.finding.source != "laporan"
        self.letterhead_check.setChecked(kind in FINDING_FORMS and not temuan_form)
        self.scope_box.setVisible(kind not in FINDING_FORMS)
        self._update_format_choice()
        self.status_label.setVisible(kind == REGISTER)
        self.status_combo.setVisible(kind == REGISTER)
        recap = kind == RECAP
        for check in (self.from_check, self.to_check):
            check.setEnabled(not recap)  # the recap needs both dates
        self._scope_changed()
        QTimer.singleShot(0, self.fit_height)

    def _update_format_choice(self) -> None:
        """PDF or Excel: for the register and the recap (the forms of a finding are PDF), not while one is made."""
        tables = self.kind() in (REGISTER, RECAP) and self.job is None
        for widget in (self.format_label, self.pdf_radio, self.xlsx_radio):
            widget.setEnabled(tables)

    def fit_height(self) -> None:
        """As tall as the wrapped notes need at the current width (the box grows and shrinks with the kind)."""
        layout, scroll = self.layout(), self.body_scroll
        body = scroll.widget() if scroll is not None else None
        if layout is None or scroll is None or body is None:
            return
        layout.activate()
        width = self.width() - scroll.verticalScrollBar().sizeHint().width()
        natural = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        chrome = layout.totalSizeHint().height() - scroll.sizeHint().height()  # margins and the buttons
        # Up to the work area, then the body scrolls (a dialog that grows is moved back inside by screen_fit).
        fit_to_screen(self, QSize(self.width(), max(natural + chrome, layout.totalMinimumSize().height())))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_height()

    def _scope_changed(self) -> None:
        if not self._ready:
            return
        kind = self.kind()
        recap = kind == RECAP
        self.from_edit.setEnabled(self.from_check.isChecked() or recap)
        self.to_edit.setEnabled(self.to_check.isChecked() or recap)
        if recap:
            for check in (self.from_check, self.to_check):
                check.blockSignals(True)
                check.setChecked(True)
                check.blockSignals(False)
        self._update_count()
        if self._auto_name:
            self.path_edit.setText(str(self._folder / self.default_name()))
        elif (path := self.output_path()) is not None and path.suffix != Path(self.path_edit.text().strip()).suffix:
            self.path_edit.setText(str(path))  # PDF or Excel chosen: the typed name follows
        self.path_edit.setToolTip(self.path_edit.text())
        self._update_buttons()

    def _update_count(self) -> None:
        kind = self.kind()
        self.problem = ""
        self.paper_combo.setEnabled(self.file_format() == PDF)  # a workbook has no paper
        if kind in FINDING_FORMS:
            self.problem = "" if self.finding is not None else self.tr("Pilih satu temuan di daftar dulu.")
            return
        request = self.scope_request()
        if request.date_from and request.date_to and request.date_from > request.date_to:
            self.problem = self.tr("Tanggal awal jatuh sesudah tanggal akhir.")
            self.count_label.setText("")
        else:
            filt = request.register_filter() if kind == REGISTER else request.recap_filter()
            count = self.store.count_findings(filt)
            self.count_label.setText(self.tr("{n} temuan dan laporan dalam cakupan ini").format(n=number_id(count)))
            if count == 0:
                self.problem = self.tr("Tidak ada temuan dalam cakupan ini: ubah periode, wilayah atau status.")
        notes = []
        if self.ignored_filters and kind == REGISTER:
            notes.append(self.tr("Filter daftar yang tidak dipakai laporan: {parts}.").format(
                parts=", ".join(self.ignored_filters)))
        if kind == RECAP:
            notes.append(self.tr("Rekapitulasi selalu memerlukan tanggal awal dan akhir."))
        self.filter_note.setText(" ".join(notes))
        self.filter_note.setVisible(bool(notes))

    def _update_buttons(self) -> None:
        running = self.job is not None
        ready = not running and not self.problem
        self.save_button.setEnabled(ready)
        self.preview_button.setEnabled(ready and self.file_format() == PDF)
        self.preview_button.setToolTip(self.tr("Tampilkan laporan sebelum dicetak") if self.file_format() == PDF
                                       else self.tr("Pratinjau hanya untuk PDF: buka berkas Excel setelah disimpan"))
        if self.problem and not running:
            self._show_message(self.problem, error=True)
        elif not running and self.message_label.property("role") == "error":
            self.message_label.setVisible(False)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("role", "error" if error else "muted")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setVisible(bool(text))
        QTimer.singleShot(0, self.fit_height)

    # -- the file -------------------------------------------------------------------------------------------
    def output_path(self) -> Path | None:
        """The file as typed, with the chosen format's suffix (a .pdf typed for an Excel file becomes .xlsx)."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = f".{self.file_format()}"
        if path.suffix.lower() == suffix:
            return path
        if path.suffix.lower() in (".pdf", ".xlsx"):
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)

    def set_output_path(self, path: Path | str) -> None:
        """Write to this file (tests and scripts; the user types it or uses Pilih…)."""
        self.path_edit.setText(str(path))
        self._path_edited()

    def _path_edited(self) -> None:
        path = self.output_path()
        self._auto_name = path is not None and path.name == self.default_name()
        if path is not None:
            self._folder = path.parent

    def choose_file(self) -> None:
        start = self.output_path() or self._folder / self.default_name()
        kinds = self.tr("Buku kerja Excel (*.xlsx)") if self.file_format() == XLSX else self.tr("Berkas PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), str(start), kinds)
        if chosen:
            self.set_output_path(chosen)
            self._confirmed_path = self.output_path()  # the file dialog already asked about overwriting

    # -- making the report ----------------------------------------------------------------------------------
    def save(self) -> Job | None:
        """Check the choices, then make the report into the chosen file in a worker."""
        if self.job is not None or self.problem:
            return None
        path = self.output_path()
        if path is None:
            self._show_message(self.tr("Tulis nama berkas tujuan, atau tekan Pilih…."), error=True)
            return None
        if not path.parent.is_dir():
            self._show_message(self.tr("Folder tujuan tidak ada: {folder}").format(folder=path.parent), error=True)
            return None
        if path.exists() and self._confirmed_path != path and not confirm(
                self, self.tr("Timpa berkas?"), self.tr("Berkas {name} sudah ada. Timpa dengan laporan baru?").format(
                    name=path.name), self.tr("Timpa")):
            return None
        request = replace(self.request(), output=path)
        job = Job(report_job, self.data_dir, request, name="simpan laporan")
        self._start(job, self.tr("Menyusun {title}…").format(title=self.title(request)))
        job.signals.finished.connect(self._saved)
        return job

    def preview(self) -> Job | None:
        """Make the report into a temporary file and show it in the preview window (from which it prints)."""
        if self.job is not None or self.problem:
            return None
        if self.file_format() != PDF:
            return None
        request = replace(self.request(), output=Path(self.default_name()))
        parent, runner = self.parentWidget(), self.runner
        self.accept()
        return preview_report(parent, self.data_dir, request, self.title(request), runner=runner)

    def title(self, request: ReportRequest) -> str:
        """The report's name as the preview and the progress say it ("Formulir Model B.1 002/LP/…")."""
        finding = self.finding
        if finding is None:
            return report_title(request)
        return report_title(request, finding_number(finding), finding_form_name(self.store, finding))

    def _start(self, job: Job, label: str) -> None:
        self.job = job
        self.result_frame.setVisible(False)
        self._show_message(label)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        QTimer.singleShot(0, self.fit_height)
        for widget in (self.kinds_box, self.scope_box, self.paper_combo, self.path_edit,
                       self.browse_button):
            widget.setEnabled(False)
        self._update_format_choice()
        self.cancel_button.setText(self.tr("Batal"))
        self._update_buttons()
        job.signals.progress.connect(self._progress)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        (self.runner or default_runner()).start(job)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _ended(self) -> None:
        self.job = None
        self.progress_bar.setVisible(False)
        QTimer.singleShot(0, self.fit_height)
        for widget in (self.kinds_box, self.scope_box, self.paper_combo, self.path_edit,
                       self.browse_button):
            widget.setEnabled(True)
        self._update_format_choice()
        self.paper_combo.setEnabled(self.file_format() == PDF)
        self.cancel_button.setText(self.tr("Tutup"))
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def _saved(self, saved: SavedReport) -> None:
        global _last_folder
        self.saved = saved
        _last_folder = saved.path.parent
        self._show_message("")
        self._ended()
        units = {"pages": self.tr("{n} halaman"), "rows": self.tr("{n} baris"), "sheets": self.tr("{n} lembar kerja")}
        count = units.get(saved.unit, units["pages"]).format(n=number_id(saved.pages))
        self.result_label.setText(self.tr("<b>Laporan disimpan:</b> {name}<br>{count} · {size} · di "
                                          "{folder}").format(name=saved.path.name, count=count,
                                                             size=size_id(saved.size), folder=saved.path.parent))
        self.result_frame.setVisible(True)
        QTimer.singleShot(0, self.fit_height)

    def _failed(self, message: str) -> None:
        self._ended()
        self._show_message(message, error=True)

    def _cancelled(self) -> None:
        self._ended()
        self._show_message(self.tr("Dibatalkan; tidak ada berkas yang disimpan."))

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._show_message(self.tr("Membatalkan…"))

    def open_saved(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.path)))

    def open_saved_folder(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.path.parent)))

    def _cancel_clicked(self) -> None:
        """Batal stops the report being made and keeps the dialog open; Tutup closes it."""
        if self.job is not None:
            self.cancel_job()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close button: a report being made is stopped, then the dialog closes."""
        if self.job is not None:
            self._close_when_done = True
            self.cancel_job()
            return
        super().reject()


def documents_folder() -> Path:
    """The user's Documents folder (home if the system names none): where reports are saved at first."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
