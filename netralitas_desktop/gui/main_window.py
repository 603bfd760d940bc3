"""The main window: the findings list with filters, search and a detail pane; the dashboard; the menus."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from netralitas_desktop import __version__
from netralitas_desktop.domain.dates_id import format_date_id, format_datetime_id, number_id
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.main_window import Ui_MainWindow
from netralitas_desktop.gui.i18n import deadline_text, indonesian_locale, iso_date
from netralitas_desktop.gui.messages import show_info
from netralitas_desktop.gui.models import COLUMNS, FindingsTableModel
from netralitas_desktop.gui.operations import Changes, data_events
from netralitas_desktop.gui.picture_reader import PictureReader
from netralitas_desktop.gui.screen_fit import available_geometry, fit_window, relax_combos, scroll_body
from netralitas_desktop.gui.worker import Job, JobRunner, open_store, run_with_progress

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.domain.filters import FindingFilter
    from netralitas_desktop.gui.context import ActionContext
    from netralitas_desktop.gui.dashboard import DashboardWidget
    from netralitas_desktop.gui.editor import FindingEditor
    from netralitas_desktop.gui.evidence import EvidencePanel
    from netralitas_desktop.gui.settings_dialog import SettingsDialog
    from netralitas_desktop.gui.status_dialog import StatusDialog
    from netralitas_desktop.gui.unlock import AppLock

SEARCH_DEBOUNCE_MS = 250
SEARCH_MIN_CHARS = 2  # as you type; Enter searches for a single character too (it matches most of the list)
OPEN_STATUSES = ("draf", "temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian")
ROW_HEIGHT = 30
FILTERS_FROM_WIDTH = 1200  # narrower windows open with the filter panel folded away (unless chosen otherwise)
SETTINGS_KEY = "windows/mainWindow"


def load_ids(job: Job, data_dir: Path, filt: FindingFilter | None, order: str) -> tuple[list[str], int]:
    """The ordered ids for a filter and the store's total (worker thread, own Store)."""
    with open_store(job, data_dir) as store:
        ids = store.finding_ids(filt, order=order)
        job.check()
        return ids, store.count_findings()


def esc(text) -> str:
    import html

    return html.escape(str(text or ""))


class MainWindow(QMainWindow):
    """Opens with the list loading in the background: the window is usable at once, the rows follow."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.data_dir = Path(data_dir)
        self.store: Store | None = None
        self.editor: FindingEditor | None = None  # the dialogs open now (tests reach them here)
        self.status_dialog: StatusDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        # Set by gui/app.py as the app opens: the first load, the menus loaded after start-up, the daily backup.
        self.load_timer: QTimer | None = None
        self.finish_timer: QTimer | None = None
        self.backup_timer: QTimer | None = None
        self.menu_job: Job | None = None
        self.app_lock: AppLock | None = None  # set for a protected store (issue 11)
        self.runner = JobRunner(self)
        self._filters_placed = False
        self.filter: FindingFilter | None = None  # none until the store is open (the store module loads late)
        self.order = "-known_on"
        self.fixed_ids: list[str] | None = None  # a list given by the dashboard (e.g. overdue), not a filter
        self.fixed_label = ""
        self.list_job: Job | None = None
        self.generation = 0
        self.total = 0
        self.current_id: str | None = None
        self.dashboard_stale = True
        self._forced_search = False
        self._focused_list = False
        self._select_after_load: str | None = None
        self.model = FindingsTableModel(None, self)
        self._setup_actions()
        self._setup_view()
        self._setup_filters()
        self._setup_statusbar()
        self._set_store_actions_enabled(False)
        self._dashboard: DashboardWidget | None = None
        self._evidence_panel: EvidencePanel | None = None
        self._show_detail(None)
        data_events().changed.connect(self._data_changed)
        # Small screens (1280×720 at 125 % leaves 1024×536): the filters and the detail pane scroll, their buttons
        # stay put, and the window remembers its size, position and maximised state.
        # The filter column is a scroll area in the form itself (ui/main_window.ui): made in place, not moved
        # into one after setupUi, which restyles every combo box at start-up.
        self.ui.filterScrollBody.setProperty("scrollBody", True)
        relax_combos(self.ui.filterScrollBody)
        # The title's lines are elided to the pane's width (full text in the tooltip): a wrapping label would make
        # the pane's height depend on its width, which the splitter does not follow.
        self.ui.detailTitle.setWordWrap(False)
        self.ui.detailTitle.setMinimumWidth(80)
        self.ui.detailTitle.installEventFilter(self)
        self._detail_title = ""
        # On a short screen the detail pane scrolls (its scroll area is in the form), the Ubah / … row stays.
        self.ui.detailScrollBody.setProperty("scrollBody", True)
        # A floor for the tabs below their pages' minimum (each page scrolls on its own): the pane then scrolls as a
        # whole only on a very short window, not whenever the evidence tab's hint takes a line more.
        self.ui.detailTabs.setMinimumHeight(200)
        self.screen_fit = fit_window(self, scroll=False, remember="mainWindow")

    # -- parts made when first needed (they are not on screen when the window opens) -----------------------
    @property
    def dashboard(self) -> DashboardWidget:
        if self._dashboard is None:
            from netralitas_desktop.gui.dashboard import DashboardWidget

            self._dashboard = DashboardWidget(self.ui.dashboardPage)
            self.ui.dashboardPageLayout.addWidget(self._dashboard)
            scroll_body(self.ui.dashboardPage, keep_last=False)
            self._dashboard.filterRequested.connect(self.show_filtered)
            self._dashboard.idsRequested.connect(self.show_ids)
            self._dashboard.findingRequested.connect(self.show_finding)
            if self.store is not None:
                self._dashboard.set_store(self.store)
        return self._dashboard

    @property
    def evidence_panel(self) -> EvidencePanel:
        if self._evidence_panel is None:
            from netralitas_desktop.gui.evidence import EvidencePanel

            self._evidence_panel = EvidencePanel(self.ui.evidenceTab)
            self._evidence_panel.set_compact(True)
            self.ui.evidenceTabLayout.addWidget(self._evidence_panel)
        return self._evidence_panel

    # -- set-up ---------------------------------------------------------------------------------------------
    def _setup_actions(self) -> None:
        ui = self.ui
        icons = {ui.actionNewFinding: ("add", "#ffffff"), ui.actionEditFinding: ("edit", None),
                 ui.actionChangeStatus: ("status", None), ui.actionShowFindings: ("list", None),
                 ui.actionShowDashboard: ("dashboard", None), ui.actionPrintPreview: ("print", None),
                 ui.actionSavePdf: ("pdf", None), ui.actionExportBundle: ("export", None),
                 ui.actionImportBundle: ("import", None), ui.actionSettings: ("settings", None),
                 ui.actionSearch: ("search", None), ui.actionRefresh: ("refresh", None),
                 ui.actionResetFilters: ("clear", None)}
        for action, (name, colour) in icons.items():
            action.setIcon(style.icon(name, colour) if colour else style.icon(name))
        new_button = ui.toolBar.widgetForAction(ui.actionNewFinding)
        new_button.setObjectName("primaryAction")
        ui.actionPrintPreview.setIconText(self.tr("Cetak"))
        ui.actionExportBundle.setIconText(self.tr("Ekspor"))
        ui.actionImportBundle.setIconText(self.tr("Impor"))
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        ui.toolBar.addWidget(spacer)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Cari nama, NIP, instansi, uraian, tautan… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(style.icon("search", style.MUTED), QLineEdit.ActionPosition.LeadingPosition)
        # Room for the placeholder on a large screen, but no wider than what a 1024 px wide window has left
        # after the buttons: a wider minimum pushes the box into the toolbar's overflow menu, out of sight.
        self.search_edit.setMinimumWidth(160)
        self.search_edit.setMaximumWidth(420)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ui.toolBar.addWidget(self.search_edit)
        settings_button_action = ui.toolBar.addAction(style.icon("settings"), self.tr("Pengaturan"))
        settings_button_action.triggered.connect(self.open_settings)
        settings_button_action.setToolTip(self.tr("Pengaturan kantor, petugas, kop surat (Ctrl+,)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(lambda: self.apply_search(forced=True))
        ui.actionNewFinding.triggered.connect(self.new_finding)
        ui.actionEditFinding.triggered.connect(self.edit_finding)
        ui.actionChangeStatus.triggered.connect(self.change_status)
        ui.actionSearch.triggered.connect(self.focus_search)
        ui.actionResetFilters.triggered.connect(self.reset_filters)
        ui.actionRefresh.triggered.connect(self.refresh_with_progress)
        ui.actionShowFindings.triggered.connect(lambda: self.show_page(0))
        ui.actionShowDashboard.triggered.connect(lambda: self.show_page(1))
        ui.actionPrintPreview.triggered.connect(self.print_preview)
        ui.actionSavePdf.triggered.connect(self.save_pdf)
        ui.actionExportBundle.triggered.connect(self.export_bundle)
        ui.actionImportBundle.triggered.connect(self.import_bundle)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionUserGuide.triggered.connect(self.open_user_guide)
        ui.actionAbout.triggered.connect(self.about)
        ui.editButton.clicked.connect(self.edit_finding)
        ui.statusButton.clicked.connect(self.change_status)
        ui.printButton.clicked.connect(self.print_preview)
        ui.editButton.setIcon(style.icon("edit"))
        ui.statusButton.setIcon(style.icon("status"))
        ui.printButton.setIcon(style.icon("print"))
        for button in (ui.editButton, ui.statusButton, ui.printButton):
            button.setStyleSheet("padding: 5px 9px;")  # three in a row in a pane that may be 300 px wide
        ui.resetFiltersButton.setIcon(style.icon("clear"))
        ui.resetFiltersButton.clicked.connect(self.reset_filters)
        self.cancel_load_button = QPushButton(self.tr("Batal"), self)
        self.cancel_load_button.setProperty("flat", True)
        self.cancel_load_button.clicked.connect(self.cancel_loading)
        ui.listHeader.addWidget(self.cancel_load_button)
        self.cancel_load_button.setVisible(False)
        ui.actionShowFilters.setIcon(style.icon("filter"))
        ui.actionShowFilters.toggled.connect(self.show_filters)
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setDefaultAction(ui.actionShowFilters)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setAutoRaise(True)
        ui.listHeader.insertWidget(0, self.filters_button)

    def _setup_view(self) -> None:
        view = self.ui.findingsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, spec in enumerate(COLUMNS):
            view.setColumnWidth(column, self.column_width(spec))
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no size query per row
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.model.sortRequested.connect(self.sort_by)  # after the indicator: setting it must not re-query
        self._empty_label: QLabel | None = None  # made when the list is first empty (not at start-up)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        view.doubleClicked.connect(lambda _i: self.edit_finding())
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setStretchFactor(2, 0)
        self.ui.splitter.setSizes([210, 760, 330])
        self._setup_columns()

    # -- columns: the five that matter on a small screen, the others when chosen ---------------------------------
    def column_width(self, spec) -> int:
        """A column as wide as its longest usual text in the list's font (the register number in full), else its
        design width."""
        samples = {"known_on": "30 Des 2024", "number": "000/TM/PL/Kab/00.00/VIII/2024"}
        if spec.key not in samples:
            return spec.width
        metrics = self.ui.findingsView.fontMetrics()
        return metrics.horizontalAdvance(samples[spec.key]) + 2 * 8 + 4  # the item padding of the stylesheet

    def _setup_columns(self) -> None:
        header = self.ui.findingsView.horizontalHeader()
        saved = QSettings().value(f"{SETTINGS_KEY}/columns")
        restored = isinstance(saved, (QByteArray, bytes)) and bool(saved) and header.restoreState(QByteArray(saved))
        if not restored:
            for column, spec in enumerate(COLUMNS):
                header.setSectionHidden(column, not spec.shown)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.ui.menuColumns.exec(header.mapToGlobal(pos)))
        self.ui.menuColumns.aboutToShow.connect(self._fill_column_menu)
        header.sectionResized.connect(lambda *_: self._remember_columns())
        header.sectionMoved.connect(lambda *_: self._remember_columns())

    def _fill_column_menu(self) -> None:
        menu = self.ui.menuColumns
        menu.clear()
        header = self.ui.findingsView.horizontalHeader()
        for column in range(len(COLUMNS)):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Kembalikan kolom bawaan"), self.reset_columns)

    def show_column(self, column: int, shown: bool) -> None:
        header = self.ui.findingsView.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last column stays
        header.setSectionHidden(column, not shown)
        self._remember_columns()

    def reset_columns(self) -> None:
        header = self.ui.findingsView.horizontalHeader()
        for column, spec in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(column), column)
            header.setSectionHidden(column, not spec.shown)
            self.ui.findingsView.setColumnWidth(column, self.column_width(spec))
        self._remember_columns()

    def _remember_columns(self) -> None:
        QSettings().setValue(f"{SETTINGS_KEY}/columns", self.ui.findingsView.horizontalHeader().saveState())

    # -- the filter panel, folded away on small screens ------------------------------------------------------------
    def show_filters(self, shown: bool) -> None:
        """Show or fold away the filter panel (remembered); the list header's Filter button says how many filters
        are on while it is folded."""
        self.ui.filterPanel.setVisible(shown)
        if self.ui.actionShowFilters.isChecked() != shown:
            self.ui.actionShowFilters.setChecked(shown)
        if self._filters_placed:
            QSettings().setValue(f"{SETTINGS_KEY}/filters", shown)
        self._update_filters_button()

    def _place_filters(self) -> None:
        """Once, when first shown at its real size: the filter panel as remembered, else folded on screens
        narrower than FILTERS_FROM_WIDTH; the list gets the room the panels leave."""
        if self._filters_placed:
            return
        saved = QSettings().value(f"{SETTINGS_KEY}/filters")
        wide = available_geometry(self).width() >= FILTERS_FROM_WIDTH
        shown = saved in (True, "true") if saved is not None else wide
        self.show_filters(shown)
        self._filters_placed = True
        detail = 360 if wide else self.ui.detailPanel.minimumSizeHint().width()
        filters = 235 if shown else 0
        self.ui.splitter.setSizes([filters, max(300, self.ui.splitter.width() - filters - detail), detail])

    def active_filter_count(self) -> int:
        ui = self.ui
        count = sum(1 for combo in (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.regionFilter,
                                    ui.sourceFilter) if combo.currentIndex() > 0)
        return count + ui.dateFromEnabled.isChecked() + ui.dateToEnabled.isChecked()

    def _update_filters_button(self) -> None:
        count = self.active_filter_count()
        shown = self.ui.filterPanel.isVisibleTo(self)
        text = self.tr("Filter") if not count or shown else self.tr("Filter ({n} aktif)").format(n=count)
        self.ui.actionShowFilters.setIconText(text)
        self.filters_button.setText(text)

    def _setup_filters(self) -> None:
        ui = self.ui
        locale = indonesian_locale()
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setLocale(locale)  # the calendar popup is made on first use and takes the default locale
            edit.setDate(QDate.currentDate())
        ui.dateFrom.setDate(QDate.currentDate().addMonths(-1))
        ui.dateField.addItem(self.tr("Tanggal diketahui"), "known_on")
        ui.dateField.addItem(self.tr("Tanggal kejadian"), "occurred_on")
        ui.dateField.addItem(self.tr("Tanggal registrasi"), "registered_on")
        ui.sourceFilter.addItem(self.tr("Temuan dan laporan"), "")
        ui.sourceFilter.addItem(self.tr("Temuan hasil pengawasan"), "temuan")
        ui.sourceFilter.addItem(self.tr("Laporan masyarakat"), "laporan")
        for combo in (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.regionFilter, ui.subregionFilter,
                      ui.sourceFilter, ui.dateField):
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.sourceFilter, ui.dateField,
                      ui.subregionFilter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        ui.regionFilter.currentIndexChanged.connect(self._region_filter_changed)
        for box in (ui.dateFromEnabled, ui.dateToEnabled):
            box.toggled.connect(self._date_toggles)
        ui.dateFrom.dateChanged.connect(lambda _d: self.apply_filters())
        ui.dateTo.dateChanged.connect(lambda _d: self.apply_filters())

    def _setup_statusbar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.officer_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.picture_reader = PictureReader(self, self.data_dir, self.runner)  # OCR of evidence, in the background
        self.statusBar().addPermanentWidget(self.picture_reader.widget)
        self.statusBar().addPermanentWidget(self.officer_label)

    # -- opening the store ----------------------------------------------------------------------------------
    def start_loading(self) -> Job:
        """Open the store and list the findings in a worker (warming the catalog and region caches), then
        open the UI thread's own Store, which is then quick."""
        self.ui.loadingLabel.setText(self.tr("Membuka data…"))
        self.ui.loadingLabel.setVisible(True)
        job = Job(load_ids, self.data_dir, self.filter, self.order, name="buka")
        job.signals.finished.connect(self._initial_loaded)
        job.signals.failed.connect(self._initial_failed)
        self.list_job = job
        self.runner.start(job)
        return job

    @property
    def attached(self) -> Store:
        """The store the window shows: what the list, the filters and the detail pane read once it is attached
        (they are built only after attach_store)."""
        if self.store is None:
            raise RuntimeError("no store attached to the main window yet")
        return self.store

    def open_store_now(self) -> None:
        """Open synchronously (tests, screenshots): the store and the full id list."""
        from netralitas_desktop.data.store import Store

        self.attach_store(Store(self.data_dir))
        ids = self.attached.finding_ids(self.filter, order=self.order)
        self._set_ids(ids, self.attached.count_findings())

    def _initial_loaded(self, result) -> None:
        from netralitas_desktop.data.store import Store

        self.list_job = None
        try:
            self.attach_store(Store(self.data_dir))
        except NetralitasError as err:
            self._initial_failed(str(err))
            return
        ids, total = result
        self._set_ids(ids, total)

    def _initial_failed(self, message: str) -> None:
        self.ui.loadingLabel.setText(self.tr("Data tidak dapat dibuka"))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Data tidak dapat dibuka"), message)

    def attach_store(self, store) -> None:
        self.store = store
        self.model.set_store(store)
        self._fill_filter_choices()
        self.filter = self.filter_from_widgets()
        if self._dashboard is not None:
            self._dashboard.set_store(store)
        self._set_store_actions_enabled(True)
        self._update_office_labels()
        self.picture_reader.start()

    def _update_office_labels(self) -> None:
        office = self.attached.office
        self.setWindowTitle(self.tr("Netralitas Desktop — {office}").format(office=office.name))
        self.officer_label.setText(self.tr("Petugas: {name} · {office}").format(name=self.attached.officer.name,
                                                                              office=office.name))
        region = office.region_code
        regions = self.attached.regions
        place = regions.full_name(region) if region in regions else region
        self.ui.officeLabel.setText(f"{office.name}\n{place}")

    def _set_store_actions_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.actionNewFinding, ui.actionSettings, ui.actionExportBundle, ui.actionImportBundle,
                       ui.actionShowDashboard, ui.actionRefresh, ui.actionSavePdf):
            action.setEnabled(enabled)
        self.ui.filterPanel.setEnabled(enabled)
        self._update_selection_actions()

    def _update_selection_actions(self) -> None:
        has = self.store is not None and self.current_id is not None
        for widget in (self.ui.actionEditFinding, self.ui.actionChangeStatus, self.ui.actionPrintPreview,
                       self.ui.editButton, self.ui.statusButton, self.ui.printButton):
            widget.setEnabled(has)

    # -- filters --------------------------------------------------------------------------------------------
    def _fill_filter_choices(self) -> None:
        from netralitas_desktop.domain.regions import LEVELS

        ui, catalog = self.ui, self.attached.catalog
        combos = (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.regionFilter, ui.subregionFilter)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        ui.statusFilter.addItem(self.tr("Semua status"), None)
        ui.statusFilter.addItem(self.tr("Masih ditangani"), list(OPEN_STATUSES))
        ui.statusFilter.insertSeparator(2)
        for status in catalog.statuses.values():
            ui.statusFilter.addItem(style.dot_pixmap(style.STATUS_COLOURS.get(status.code, style.MUTED)),
                                    status.name, [status.code])
        ui.categoryFilter.addItem(self.tr("Semua kategori"), None)
        for category in catalog.categories.values():
            ui.categoryFilter.addItem(category.name, [category.code])
            ui.categoryFilter.setItemData(ui.categoryFilter.count() - 1, category.description,
                                          Qt.ItemDataRole.ToolTipRole)
        ui.subjectTypeFilter.addItem(self.tr("Semua jenis"), None)
        for kind in catalog.employment_types.values():
            ui.subjectTypeFilter.addItem(kind.name, [kind.code])
        regions = self.attached.regions
        office_code = self.attached.office.region_code
        base = self.region_filter_base(office_code)
        first_level = LEVELS[base.count(".") + 1] if base else LEVELS[0]
        labels = {"provinsi": self.tr("Provinsi"), "kabupaten": self.tr("Kabupaten/kota"),
                  "kecamatan": self.tr("Kecamatan"), "desa": self.tr("Desa/kelurahan")}
        ui.regionFilterLabel.setText(labels[first_level])
        second = LEVELS[LEVELS.index(first_level) + 1] if first_level != "desa" else None
        ui.subregionFilterLabel.setText(labels[second] if second else "")
        ui.subregionFilter.setVisible(second is not None)
        ui.subregionFilterLabel.setVisible(second is not None)
        ui.regionFilter.addItem(self.tr("Semua wilayah"), "")
        for region in regions.children(base or None):
            ui.regionFilter.addItem(region.name, region.code)
        ui.subregionFilter.addItem(self.tr("Semua"), "")
        ui.subregionFilter.setEnabled(False)
        for combo in combos:
            combo.blockSignals(False)

    @staticmethod
    def region_filter_base(office_code: str) -> str:
        """The region whose children the first region filter lists: the office's regency for offices at or
        below a regency, the province for a provincial office, none (provinces) for the centre."""
        depth = office_code.count(".") if office_code else -1
        if depth >= 1:
            return ".".join(office_code.split(".")[:2])
        return office_code if depth == 0 else ""

    def _region_filter_changed(self, _index: int) -> None:
        ui = self.ui
        code = ui.regionFilter.currentData() or ""
        ui.subregionFilter.blockSignals(True)
        ui.subregionFilter.clear()
        ui.subregionFilter.addItem(self.tr("Semua"), "")
        if code and self.store is not None and code in self.store.regions:
            for region in self.store.regions.children(code):
                ui.subregionFilter.addItem(region.name, region.code)
        ui.subregionFilter.setEnabled(ui.subregionFilter.count() > 1)
        ui.subregionFilter.blockSignals(False)
        self.apply_filters()

    def _date_toggles(self) -> None:
        self.ui.dateFrom.setEnabled(self.ui.dateFromEnabled.isChecked())
        self.ui.dateTo.setEnabled(self.ui.dateToEnabled.isChecked())
        self.apply_filters()

    def filter_from_widgets(self) -> FindingFilter:
        from netralitas_desktop.domain.filters import FindingFilter

        ui = self.ui
        region = ui.subregionFilter.currentData() or ui.regionFilter.currentData() or ""
        return FindingFilter(
            statuses=list(ui.statusFilter.currentData() or []), region=region,
            categories=list(ui.categoryFilter.currentData() or []),
            subject_types=list(ui.subjectTypeFilter.currentData() or []), source=ui.sourceFilter.currentData() or "",
            date_field=ui.dateField.currentData() or "known_on",
            date_from=iso_date(ui.dateFrom.date()) if ui.dateFromEnabled.isChecked() else "",
            date_to=iso_date(ui.dateTo.date()) if ui.dateToEnabled.isChecked() else "",
            search=self.search_text())

    def apply_filters(self) -> None:
        self._update_filters_button()
        if self.store is None:
            return
        self.fixed_ids = None
        self.filter = self.filter_from_widgets()
        self.reload()

    def search_text(self) -> str:
        """What the list is searched for: the box's text, unless it is a single character still being typed."""
        text = self.search_edit.text().strip()
        return text if len(text) >= SEARCH_MIN_CHARS or self._forced_search else ""

    def apply_search(self, forced: bool = False) -> None:
        self.search_timer.stop()
        self._forced_search = forced
        if self.store is None or self.filter is None:
            return
        if self.filter.search == self.search_text() and self.fixed_ids is None:
            return
        self.apply_filters()

    def reset_filters(self) -> None:
        ui = self.ui
        widgets = (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.regionFilter, ui.sourceFilter,
                   ui.dateField, ui.dateFromEnabled, ui.dateToEnabled, self.search_edit, ui.subregionFilter)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (ui.statusFilter, ui.categoryFilter, ui.subjectTypeFilter, ui.regionFilter, ui.sourceFilter,
                      ui.dateField):
            combo.setCurrentIndex(0)
        self._remove_extra_items()
        ui.dateFromEnabled.setChecked(False)
        ui.dateToEnabled.setChecked(False)
        ui.dateFrom.setEnabled(False)
        ui.dateTo.setEnabled(False)
        self.search_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._region_filter_changed(0)

    def _remove_extra_items(self) -> None:
        """Drop choices added for a dashboard click (e.g. "Diteruskan / diputus")."""
        for combo in (self.ui.statusFilter, self.ui.regionFilter):
            for index in range(combo.count() - 1, -1, -1):
                if combo.itemData(index, Qt.ItemDataRole.UserRole + 1) == "extra":
                    combo.removeItem(index)

    def show_filtered(self, fields: dict, label: str = "") -> None:
        """Show the list filtered as the dashboard asks: {"statuses": [...]} / categories / subject_types / region."""
        self.reset_filters_silently()
        ui = self.ui

        def choose(combo, value, text) -> None:
            index = combo.findData(value)
            if index < 0:
                combo.addItem(text or str(value), value)
                index = combo.count() - 1
                combo.setItemData(index, "extra", Qt.ItemDataRole.UserRole + 1)
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

        if "statuses" in fields:
            choose(ui.statusFilter, list(fields["statuses"]), label)
        if "categories" in fields:
            choose(ui.categoryFilter, list(fields["categories"]), label)
        if "subject_types" in fields:
            choose(ui.subjectTypeFilter, list(fields["subject_types"]), label)
        if "region" in fields:
            code = fields["region"]
            base = self.region_filter_base(self.attached.office.region_code)
            parent = code.rsplit(".", 1)[0] if "." in code else ""
            if parent == base or not base:
                choose(ui.regionFilter, code, label)
                self._region_filter_changed(0)
                self.show_page(0)
                return
            choose(ui.regionFilter, code, label)
        self.show_page(0)
        self.apply_filters()

    def reset_filters_silently(self) -> None:
        for widget in self.ui.filterPanel.findChildren(QWidget):
            widget.blockSignals(True)
        self.search_edit.blockSignals(True)
        try:
            self.reset_filters()
        finally:
            for widget in self.ui.filterPanel.findChildren(QWidget):
                widget.blockSignals(False)
            self.search_edit.blockSignals(False)

    def show_ids(self, ids: list[str], label: str) -> None:
        """Show a fixed list of findings (e.g. overdue ones) in the given order."""
        self.reset_filters_silently()
        self.fixed_ids, self.fixed_label = list(ids), label
        self.show_page(0)
        self._set_ids(self.fixed_ids, self.total)

    def show_finding(self, finding_id: str) -> None:
        """Open the list on one finding: keep the current list if it holds it, else show all."""
        self.show_page(0)
        row = self.model.row_of(finding_id)
        if row is None:
            self._select_after_load = finding_id
            self.reset_filters()
            return
        self.select_row(row)

    # -- the list -------------------------------------------------------------------------------------------
    def reload(self) -> Job | None:
        """List the ids for the current filter and order in a worker; stale answers are dropped."""
        if self.store is None:
            return None
        if self.fixed_ids is not None:
            self._set_ids(self.fixed_ids, self.total)
            return None
        if self.list_job is not None:
            self.list_job.cancel()
        self.generation += 1
        generation = self.generation
        job = Job(load_ids, self.data_dir, self.filter, self.order, name="daftar")
        job.signals.finished.connect(lambda result, g=generation: self._loaded(g, result))
        job.signals.failed.connect(lambda message, g=generation: self._load_failed(g, message))
        job.signals.cancelled.connect(lambda g=generation: self._load_cancelled(g))
        self.list_job = job
        self.ui.loadingLabel.setText(self.tr("Memuat…"))
        self.ui.loadingLabel.setVisible(True)
        QTimer.singleShot(400, lambda g=generation: self._offer_cancel(g))
        self.runner.start(job)
        return job

    def refresh_with_progress(self) -> None:
        """F5: reload with a progress dialog and a Batal button (for very large stores)."""
        if self.store is None:
            return
        self.dashboard_stale = True
        self.generation += 1
        generation = self.generation
        job = Job(load_ids, self.data_dir, self.filter, self.order, name="muat ulang")
        self.list_job = job
        run_with_progress(self, self.tr("Memuat ulang"), self.tr("Memuat daftar temuan…"), job,
                          on_finished=partial(self._loaded, generation), runner=self.runner)

    def _offer_cancel(self, generation: int) -> None:
        if generation == self.generation and self.list_job is not None:
            self.cancel_load_button.setVisible(True)

    def cancel_loading(self) -> None:
        if self.list_job is not None:
            self.list_job.cancel()

    def _loaded(self, generation: int, result) -> None:
        if generation != self.generation:
            return
        self.list_job = None
        ids, total = result
        self._set_ids(ids, total)

    def _load_failed(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.list_job = None
        self._loading_done()
        show_info(self, self.tr("Daftar tidak dapat dimuat"), message)

    def _load_cancelled(self, generation: int) -> None:
        if generation == self.generation:
            self.list_job = None
            self._loading_done()
            self.ui.loadingLabel.setText(self.tr("Dibatalkan"))
            self.ui.loadingLabel.setVisible(True)

    def _loading_done(self) -> None:
        self.ui.loadingLabel.setVisible(False)
        self.cancel_load_button.setVisible(False)

    def _set_ids(self, ids: list[str], total: int) -> None:
        keep = self._select_after_load or self.current_id
        self._select_after_load = None
        self.total = total
        self.model.set_ids(ids, self.order)
        self._loading_done()
        self._update_status()
        row = self.model.row_of(keep) if keep else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self._show_detail(None)
        if not self._focused_list:  # the first list: keyboard focus on the table, not on the first filter
            self._focused_list = True
            self.ui.findingsView.setFocus()

    def select_row(self, row: int) -> None:
        view = self.ui.findingsView
        index = self.model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)

    def sort_by(self, order: str) -> None:
        if self.fixed_ids is not None:
            return
        self.order = order
        self.reload()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.findingsView.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows if r < len(self.model.ids)]

    @property
    def empty_label(self) -> QLabel:
        """The message over an empty list."""
        if self._empty_label is None:
            viewport = self.ui.findingsView.viewport()
            label = QLabel(viewport)
            label.setObjectName("emptyState")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setProperty("role", "muted")
            label.linkActivated.connect(self._empty_link)
            label.setVisible(False)
            viewport.installEventFilter(self)
            self._empty_label = label
        return self._empty_label

    def _update_empty_state(self) -> None:
        """Say why the list is empty, and what to do: log the first finding, or loosen the filter."""
        if self.model.rowCount() or self.store is None or self.list_job is not None:
            if self._empty_label is not None:
                self._empty_label.setVisible(False)
            return
        label = self.empty_label
        if self.total == 0:
            text = self.tr("<p><b>Belum ada temuan.</b></p><p>Klik <a href='new'>Temuan baru</a> (Ctrl+N) untuk "
                           "mencatat temuan pertama, atau impor bundel dari kantor di bawah.</p>")
        elif self.fixed_ids is not None:
            text = self.tr("<p><b>Tidak ada temuan di daftar ini.</b></p><p><a href='reset'>Tampilkan semua "
                           "temuan</a></p>")
        else:
            text = self.tr("<p><b>Tidak ada temuan yang cocok.</b></p><p>Filter atau pencarian tidak cocok dengan "
                           "satu pun dari {n} temuan. <a href='reset'>Hapus semua filter</a></p>").format(
                n=number_id(self.total))
        label.setText(text)
        viewport = self.ui.findingsView.viewport()
        label.setGeometry(viewport.rect().adjusted(24, 24, -24, -24))
        label.setVisible(True)

    def _empty_link(self, link: str) -> None:
        if link == "new":
            self.new_finding()
        else:
            self.fixed_ids = None
            self.reset_filters()

    def _update_status(self) -> None:
        shown = len(self.model.ids)
        if self.fixed_ids is not None:
            text = self.tr("{label}: {n} temuan").format(label=self.fixed_label, n=number_id(shown))
        elif shown == self.total:
            text = self.tr("{n} temuan").format(n=number_id(shown))
        else:
            text = self.tr("Menampilkan {n} dari {total} temuan").format(n=number_id(shown),
                                                                       total=number_id(self.total))
        self._update_empty_state()
        selected = len(self.ui.findingsView.selectionModel().selectedRows())
        if selected > 1:
            text += self.tr(" · {n} dipilih").format(n=number_id(selected))
        self.count_label.setText(text)
        self.ui.resultLabel.setText(
            self.tr("· {label}").format(label=self.fixed_label) if self.fixed_ids is not None
            else self.tr("· {n} temuan").format(n=number_id(shown)))

    # -- detail pane ----------------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding_id = self.model.id_at(current.row()) if current.isValid() else None
        if finding_id != self.current_id:
            self._show_detail(finding_id)

    def _show_detail(self, finding_id: str | None) -> None:
        self.current_id = finding_id
        self._update_selection_actions()
        ui = self.ui
        if finding_id is None or self.store is None:
            self.set_detail_title(self.tr("Pilih temuan di daftar untuk melihat rinciannya."))
            ui.statusChip.setVisible(False)
            ui.deadlineChip.setVisible(False)
            ui.detailText.setHtml("")
            ui.historyText.setHtml("")
            ui.detailTabs.setTabText(1, self.tr("Bukti"))
            if self._evidence_panel is not None:
                self._evidence_panel.clear()
            return
        try:
            finding = self.store.get_finding(finding_id)
        except NetralitasError as err:
            self.set_detail_title(str(err))
            return
        catalog = self.store.catalog
        category = catalog.categories.get(finding.category)
        who = ", ".join(s.name for s in finding.subjects) or "—"
        self.set_detail_title(f"{who}\n{category.name if category else finding.category}")
        status = catalog.statuses.get(finding.status)
        ui.statusChip.setText(status.name if status else finding.status)
        ui.statusChip.setVisible(True)
        style.set_chip(ui.statusChip, "ok" if status and status.terminal else "info")
        deadline = self.store.deadline(finding)
        ui.deadlineChip.setVisible(deadline is not None)
        if deadline is not None:
            if deadline.days_left < 0:
                ui.deadlineChip.setText(self.tr("Lewat {n} {unit}").format(n=-deadline.days_left,
                                                                          unit=self.model.day_unit(deadline)))
                style.set_chip(ui.deadlineChip, "danger")
            elif deadline.days_left == 0:
                ui.deadlineChip.setText(self.tr("Batas hari ini"))
                style.set_chip(ui.deadlineChip, "danger")
            else:
                ui.deadlineChip.setText(self.tr("Sisa {n} {unit}").format(n=deadline.days_left,
                                                                         unit=self.model.day_unit(deadline)))
                style.set_chip(ui.deadlineChip, "warning" if deadline.days_left <= 2 else "")
            if deadline.estimate:  # past the last year whose holidays are known (the tooltip says which)
                ui.deadlineChip.setText(ui.deadlineChip.text() + self.tr(" (perkiraan)"))
            ui.deadlineChip.setToolTip(deadline_text(deadline))
        ui.detailText.setHtml(self.summary_html(finding, deadline))
        ui.historyText.setHtml(self.history_html(finding))
        self.evidence_panel.set_finding(self.store, finding.id, finding.evidence)
        active = sum(1 for e in finding.evidence if not e.removed)
        ui.detailTabs.setTabText(1, self.tr("Bukti ({n})").format(n=active))

    def summary_html(self, f, deadline) -> str:
        store = self.attached
        catalog = store.catalog

        def name(mapping, code):
            item = mapping.get(code)
            return item.name if item else code

        rows = []

        def row(label: str, value: str, raw: bool = False) -> None:
            if value:
                rows.append(f"<tr><td style='color:{style.MUTED};padding:2px 10px 2px 0;white-space:nowrap' "
                            f"valign='top'>{esc(label)}</td><td style='padding:2px 0'>"
                            f"{value if raw else esc(value)}</td></tr>")

        row(self.tr("Nomor register"), f.register_number or self.tr("belum teregistrasi"))
        row(self.tr("Nomor Form A"), f.form_a_number or "")
        row(self.tr("Sumber"), self.tr("Laporan masyarakat") if f.source == "laporan"
            else self.tr("Temuan hasil pengawasan"))
        row(self.tr("Kategori"), name(catalog.categories, f.category))
        row(self.tr("Platform"), name(catalog.platforms, f.platform) if f.platform else "")
        place = store.regions.full_name(f.region_code) if f.region_code in store.regions else f.region_code
        row(self.tr("Wilayah"), place)
        row(self.tr("Alamat"), f.address)
        row(self.tr("Kejadian"), format_date_id(f.occurred_on, with_weekday=True))
        row(self.tr("Diketahui"), format_date_id(f.known_on, with_weekday=True))
        if f.registered_on:
            row(self.tr("Teregistrasi"), format_date_id(f.registered_on, with_weekday=True))
        if deadline is not None:
            estimate = f" ({deadline.estimate_note})" if deadline.estimate else ""
            row(self.tr("Batas waktu"),
                f"{deadline.label}: {format_date_id(deadline.due_on, with_weekday=True)}{estimate}")
        row(self.tr("Tahapan"), name(catalog.stages, f.stage) if f.stage else "")
        people = []
        for s in f.subjects:
            ident = f"NIP {s.nip}" if s.nip else (f"NIK {s.nik}" if s.nik else "")
            bits = [esc(x) for x in (name(catalog.employment_types, s.employment_type), ident, s.position, s.agency)
                    if x]
            accounts = f"<br><span style='color:{style.MUTED}'>{esc(', '.join(s.accounts))}</span>" \
                if s.accounts else ""
            people.append(f"<b>{esc(s.name)}</b><br>{' · '.join(bits)}{accounts}")
        row(self.tr("Terlapor"), "<br>".join(people), raw=True)
        row(self.tr("Uraian"), f.description)
        links = "<br>".join(f"<a href='{esc(u)}'>{esc(u)}</a>" for u in f.urls)
        row(self.tr("Tautan"), links, raw=True)
        row(self.tr("Saksi"), "; ".join(w.name + (f" ({w.address})" if w.address else "") for w in f.witnesses))
        if f.source == "laporan":
            row(self.tr("Pelapor"), f.reporter_name + (f", {f.reporter_address}" if f.reporter_address else ""))
        row(self.tr("Diteruskan ke"), name(catalog.forwarding_bodies, f.forwarded_to) if f.forwarded_to else "")
        row(self.tr("Sanksi"), name(catalog.sanctions, f.sanction) if f.sanction else "")
        row(self.tr("Dicatat"), self.tr("{when} oleh {who}").format(when=format_datetime_id(f.created_at),
                                                                  who=f.created_by))
        if f.version > 1:
            row(self.tr("Diubah"), self.tr("{when} oleh {who} (versi {v})").format(
                when=format_datetime_id(f.updated_at), who=f.updated_by, v=f.version))
        return f"<table cellspacing='0' width='100%'>{''.join(rows)}</table>"

    def history_html(self, f) -> str:
        catalog = self.attached.catalog
        parts = [f"<p style='color:{style.MUTED};font-weight:600'>{esc(self.tr('Riwayat status'))}</p>"]
        for event in reversed(f.history):
            to = catalog.statuses.get(event.to_status)
            body = catalog.forwarding_bodies.get(event.forwarding_body)
            extra = f" → {esc(body.name)}" if body else ""
            parts.append(f"<p style='margin:0 0 6px 0'><b>{esc(to.name if to else event.to_status)}</b>{extra}<br>"
                         f"<span style='color:{style.MUTED}'>{esc(format_datetime_id(event.at))} · "
                         f"{esc(event.officer)}</span><br>{esc(event.reason)}</p>")
        from netralitas_desktop.gui.status_dialog import audit_action_name, audit_summary

        trail = self.attached.audit_trail(f.id)
        parts.append(f"<p style='color:{style.MUTED};font-weight:600;margin-top:10px'>"
                     f"{esc(self.tr('Jejak audit ({n})').format(n=len(trail)))}</p>")
        for entry in reversed(trail):
            action = audit_action_name(entry["action"])
            summary = audit_summary(entry, catalog)
            parts.append(f"<p style='margin:0 0 6px 0'>{esc(action)}"
                         f"{' · ' + esc(summary) if summary else ''}<br><span style='color:{style.MUTED}'>"
                         f"{esc(format_datetime_id(entry['at']))} · {esc(entry['actor'])}</span></p>")
        return "".join(parts)

    def set_detail_title(self, text: str) -> None:
        self._detail_title = text
        self.ui.detailTitle.setToolTip(text)
        self._elide_detail_title()

    def _elide_detail_title(self) -> None:
        label = self.ui.detailTitle
        metrics = label.fontMetrics()
        width = max(40, label.width())
        label.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                                for line in self._detail_title.splitlines()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.detailTitle and event.type() == event.Type.Resize:
            self._elide_detail_title()
        elif (self._empty_label is not None and isinstance(watched, QWidget)
              and watched is self._empty_label.parentWidget() and event.type() == event.Type.Resize):
            self._empty_label.setGeometry(watched.rect().adjusted(24, 24, -24, -24))
        return super().eventFilter(watched, event)

    # -- after a change to the store ------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        """Every operation ends here (gui/operations.py): refresh what shows the data that changed."""
        if self.store is None:
            return
        if changes.settings:
            self._reopen_store()
        if not (changes.any_finding or changes.settings):
            return
        self.picture_reader.start()  # evidence added or imported: its pictures wait to be read
        self.dashboard_stale = True
        if changes.all_findings or changes.settings:
            self.model.invalidate()
        else:
            for finding_id in changes.findings:
                self.model.invalidate(finding_id)
        if changes.touches(self.current_id) or changes.settings:
            self._show_detail(self.current_id)
        self.reload()  # a new finding joins the list; a changed status may leave a filtered one
        if self.ui.pages.currentIndex() == 1:
            self.show_page(1)

    def _reopen_store(self) -> None:
        """The UI thread's Store keeps the office and the officer it opened with: open it again after the
        settings changed, and follow the new office in titles and filter choices."""
        from netralitas_desktop.data.store import Store

        try:
            fresh = Store(self.data_dir)
        except NetralitasError as err:
            show_info(self, self.tr("Data tidak dapat dibuka"), str(err))
            return
        old = self.store
        self.attach_store(fresh)
        if old is not None:
            old.close()

    # -- pages ----------------------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        self.ui.actionShowFindings.setChecked(index == 0)
        self.ui.actionShowDashboard.setChecked(index == 1)
        if index == 1 and self.store is not None and (self.dashboard_stale or self.dashboard.data is None):
            self.dashboard_stale = False
            self.dashboard.refresh()

    def focus_search(self) -> None:
        self.show_page(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- actions --------------------------------------------------------------------------------------------
    def new_finding(self) -> None:
        if self.store is None:
            return
        from netralitas_desktop.gui.editor import FindingEditor

        draft = None
        from netralitas_desktop.services import drafts

        leftover = drafts.list_drafts(self.data_dir, None)
        if leftover:
            choice = self._ask_draft(leftover[0])
            if choice is None:
                return
            if choice:
                draft = leftover[0]
            else:
                drafts.discard_draft(self.data_dir, leftover[0].key)
        self._run_editor(FindingEditor(self.store, None, self, draft=draft))

    def _ask_draft(self, draft) -> bool | None:
        """True: continue the draft; False: discard it; None: cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Draf belum disimpan"), self.tr(
            "Ada temuan yang belum selesai ditulis (draf tersimpan otomatis {when}). Lanjutkan draf itu?").format(
            when=format_datetime_id(draft.saved_at)), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("draftQuestion")
        resume = box.addButton(self.tr("Lanjutkan draf"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang draf"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.exec()
        if box.clickedButton() is resume:
            return True
        if box.clickedButton() is discard:
            return False
        return None

    def edit_finding(self) -> None:
        if self.store is None or self.current_id is None:
            return
        from netralitas_desktop.gui.editor import FindingEditor

        finding = self.store.get_finding(self.current_id)
        if finding.origin_office_id != self.store.office.id:
            show_info(self, self.tr("Temuan kantor lain"), self.tr(
                "Temuan ini dicatat oleh kantor lain: isinya tidak diubah di sini. Anda tetap dapat mengubah "
                "statusnya dan menambah bukti."))
            return
        from netralitas_desktop.services import drafts

        draft = None
        leftover = drafts.list_drafts(self.data_dir, finding.id)
        if leftover:
            choice = self._ask_draft(leftover[0])
            if choice is None:
                return
            if choice:
                draft = leftover[0]
            else:
                drafts.discard_draft(self.data_dir, leftover[0].key)
        self._run_editor(FindingEditor(self.store, finding.id, self, draft=draft))

    def _run_editor(self, editor) -> None:
        self.editor = editor  # reachable from tests
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        editor.open()
        editor.activateWindow()

    def _editor_closed(self, editor) -> None:
        self.editor = None
        self.activateWindow()
        if editor.saved is not None:  # the list is reloading (the data-changed signal): select it when it lands
            self._select_after_load = editor.saved.id

    def change_status(self) -> None:
        if self.store is None or self.current_id is None:
            return
        from netralitas_desktop.gui.status_dialog import StatusDialog

        dialog = StatusDialog(self.store, self.current_id, self)
        self.status_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._status_closed(d))
        dialog.open()
        dialog.activateWindow()

    def _status_closed(self, dialog) -> None:
        self.status_dialog = None
        self.activateWindow()
        if dialog.result_finding is not None:
            self._select_after_load = dialog.result_finding.id

    def action_context(self) -> ActionContext:
        """What a menu action needs (gui/context.py)."""
        from netralitas_desktop.gui.context import ActionContext

        return ActionContext(window=self, data_dir=self.data_dir, store=self.store, selected_ids=self.selected_ids,
                             current_filter=lambda: self.filter)

    def print_preview(self) -> None:
        from netralitas_desktop.gui import actions_reports

        actions_reports.print_preview(self.action_context())

    def save_pdf(self) -> None:
        from netralitas_desktop.gui import actions_reports

        actions_reports.save_pdf(self.action_context())

    def export_bundle(self) -> None:
        from netralitas_desktop.gui import actions_sync

        actions_sync.export_bundle(self.action_context())

    def import_bundle(self) -> None:
        from netralitas_desktop.gui import actions_sync

        actions_sync.import_bundle(self.action_context())

    def open_settings(self) -> None:
        if self.store is None:
            return
        from netralitas_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        self.settings_dialog = dialog  # reachable from tests
        dialog.exec()  # the window follows the new settings through the data-changed signal
        self.settings_dialog = None
        minutes = self.store.setting("lock_minutes") if self.store is not None else None
        if self.app_lock is not None and isinstance(minutes, int):
            self.app_lock.minutes = minutes  # the idle lock follows at once

    def open_user_guide(self) -> None:
        from netralitas_desktop.paths import user_guide

        guide = user_guide()
        if guide is not None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
        else:
            show_info(self, self.tr("Panduan pengguna"), self.tr("Panduan pengguna tidak ditemukan di komputer ini."))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("Tentang Netralitas Desktop"), self.tr(
            "<b>Netralitas Desktop {version}</b><p>Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, "
            "kepala desa dan perangkat desa, tanpa internet.</p><p>Data wilayah: idn-area-data (ODbL). "
            "Ikon: digambar mengikuti Lucide (ISC).</p>").format(version=__version__))

    # -- closing --------------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self.runner.cancel_all()
        if self._dashboard is not None and self._dashboard.job is not None:
            self._dashboard.job.cancel()
        self.runner.wait(3000)
        from netralitas_desktop.gui.worker import default_runner

        default_runner().cancel_all()
        default_runner().wait(3000)
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._place_filters)  # after show_window() maximised or restored it

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Below the width the toolbar needs with every label (about 1150 px), the buttons other than Temuan baru
        show their icon only (the label stays in the tooltip), so that the search box stays in sight instead of
        going into the toolbar's overflow menu."""
        bar = self.ui.toolBar
        primary = bar.widgetForAction(self.ui.actionNewFinding)
        buttons = [w for a in bar.actions() if (w := bar.widgetForAction(a)) is not None
                   and isinstance(w, QToolButton) and w is not primary]
        if not hasattr(self, "_toolbar_full_width"):
            self._toolbar_full_width = bar.sizeHint().width()
        compact = self.width() < self._toolbar_full_width
        wanted = Qt.ToolButtonStyle.ToolButtonIconOnly if compact else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in buttons:
            if button.toolButtonStyle() != wanted:
                button.setToolButtonStyle(wanted)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

