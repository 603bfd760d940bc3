"""The dashboard: counts by status, category, subject type and district, and the deadlines near or past.

Everything is computed off the UI thread (a job with its own Store); every row is clickable and opens the
matching findings in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QHeaderView, QLabel, QStyledItemDelegate, QTableView, QWidget

from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.dashboard import Ui_DashboardWidget
from netralitas_desktop.gui.i18n import deadline_text, short_date_id
from netralitas_desktop.gui.worker import Job, default_runner, open_store

if TYPE_CHECKING:
    from netralitas_desktop.domain.catalog import Catalog
    from netralitas_desktop.domain.deadlines import Deadline
    from netralitas_desktop.domain.regions import RegionIndex

_ROOT = QModelIndex()  # the invisible root: default parent of a flat model's rows
URGENT_ROWS = 300
REPEAT_ROWS = 50
DECIDED = ("diteruskan", "dilimpahkan", "putusan_bawaslu", "ditindaklanjuti")


@dataclass
class DashboardData:
    """What the dashboard shows, computed in a job."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_subject_type: dict[str, int] = field(default_factory=dict)
    by_district: dict[str, int] = field(default_factory=dict)
    open_count: int = 0
    overdue_ids: list[str] = field(default_factory=list)
    soon_ids: list[str] = field(default_factory=list)
    urgent: list[tuple[dict[str, Any], Deadline]] = field(default_factory=list)  # (summary row, deadline), best first
    computed_at: str = ""
    # People reported more than once (kabupaten/kota and up; None below): (key, label, findings, offices), and
    # the findings of each key.
    repeats: list[tuple[str, str, int, str]] | None = None
    repeat_ids: dict[str, list[str]] = field(default_factory=dict)


def compute_dashboard(job: Job, data_dir, today: date | None = None) -> DashboardData:
    """Counts and deadline lists for the whole store (runs in a worker thread with its own Store)."""
    from netralitas_desktop.services import stats, subjects
    from netralitas_desktop.services.browse import deadline_summary

    repeats, repeat_ids = None, {}
    with open_store(job, data_dir) as store:
        job.report(0, 0)
        counts = stats.finding_counts(store)
        urgent = deadline_summary(store, today=today, within_days=3, keep=URGENT_ROWS, progress=job.report)
        if subjects.lists_repeats(store.office.level):
            found = subjects.repeat_subjects(store, limit=REPEAT_ROWS)
            numbers = [f"NIP {r.nip}" if r.nip else f"NIK {r.nik}" if r.nik else r.agency for r in found]
            repeats = [(r.person_key, f"{r.name} ({number})", r.findings, ", ".join(r.office_names))
                       for r, number in zip(found, numbers, strict=True)]
            repeat_ids = {r.person_key: subjects.findings_of_person(store, r.person_key) for r in found}
    data = DashboardData(
        total=counts.total, by_status=counts.by_status, by_category=counts.by_category,
        by_subject_type=counts.by_subject_type, by_district=counts.by_district,
        open_count=sum(counts.by_status.get(s, 0) for s in stats.OPEN_STATUSES),
        overdue_ids=urgent.overdue_ids, soon_ids=urgent.soon_ids, urgent=urgent.shown,
        computed_at=datetime.now().strftime("%H.%M"), repeats=repeats, repeat_ids=repeat_ids)
    return data


class CountsModel(QAbstractTableModel):
    """Label and count per key, largest first; the delegate draws a bar behind the label."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, int, str]] = []  # key, label, count, tooltip
        self.maximum = 1

    def set_rows(self, rows: list[tuple[str, str, int, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.maximum = max((r[2] for r in rows), default=1) or 1
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, label, count, tooltip = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else number_id(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip or label
        if role == Qt.ItemDataRole.UserRole:
            return key
        if role == Qt.ItemDataRole.UserRole + 1:
            return count / self.maximum
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BarDelegate(QStyledItemDelegate):
    """A soft bar under the label, as long as the count is relative to the largest."""

    def paint(self, painter: QPainter, option, index) -> None:
        if index.column() == 0:
            share = index.data(Qt.ItemDataRole.UserRole + 1) or 0
            rect = QRect(option.rect)
            rect.setWidth(max(2, int(rect.width() * share)))
            rect.adjust(0, 3, 0, -3)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.ACCENT_SOFT))
            painter.drawRoundedRect(rect, 4, 4)
            painter.restore()
        super().paint(painter, option, index)


class DeadlineModel(QAbstractTableModel):
    def __init__(self, catalog: Catalog | None = None, regions: RegionIndex | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.catalog, self.regions = catalog, regions
        self.rows: list[tuple[dict[str, Any], Deadline]] = []
        self.headers = (self.tr("Terlapor"), self.tr("Status"), self.tr("Batas"), self.tr("Sisa"))

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, deadline = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row["subject"] or "—"
            if column == 1:
                status = self.catalog.statuses.get(row["status"]) if self.catalog else None
                return status.name if status else row["status"]
            if column == 2:
                return short_date_id(deadline.due_on.isoformat())
            unit = self.tr("hari kerja") if deadline.day_kind == "kerja" else self.tr("hari")
            if deadline.days_left < 0:
                text = self.tr("lewat {n} {unit}").format(n=-deadline.days_left, unit=unit)
            elif deadline.days_left == 0:
                text = self.tr("hari ini")
            else:
                text = self.tr("{n} {unit}").format(n=deadline.days_left, unit=unit)
            # Past the last year whose holidays are known: the count is an estimate (the tooltip says which year).
            return text + self.tr(" (perkiraan)") if deadline.estimate else text
        if role == Qt.ItemDataRole.ToolTipRole:
            category = self.catalog.categories.get(row["category"]) if self.catalog else None
            place = self.regions.full_name(row["region_code"]) if self.regions and row["region_code"] in self.regions \
                else row["region_code"]
            return f"{deadline_text(deadline)}\n{category.name if category else row['category']}\n{place}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(QColor(style.DANGER if deadline.days_left < 0 else style.WARNING))
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class DashboardWidget(QWidget):
    """Counts and deadlines; clicking a row asks the main window to show the matching findings."""

    filterRequested = Signal(dict, str)  # FindingFilter fields, a label for the list
    idsRequested = Signal(list, str)  # a fixed list of finding ids, a label
    findingRequested = Signal(str)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DashboardWidget()
        self.ui.setupUi(self)
        self.data_dir = None
        self.catalog: Catalog | None = None
        self.regions: RegionIndex | None = None
        self.data: DashboardData | None = None
        self.job: Job | None = None
        self.models: dict[str, CountsModel] = {}
        self._delegate = BarDelegate(self)
        for key, view in (("status", self.ui.statusView), ("category", self.ui.categoryView),
                          ("subject_type", self.ui.subjectTypeView), ("district", self.ui.districtView)):
            model = CountsModel(self)
            self.models[key] = model
            view.setModel(model)
            view.setItemDelegate(self._delegate)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().setDefaultSectionSize(26)
            view.clicked.connect(lambda index, k=key: self._count_clicked(k, index))
        # The people reported more than once (kabupaten/kota and up), under the districts: added here rather than in
        # ui/dashboard.ui to keep this feature's change to the shared form small.
        self.repeat_title = QLabel(self.tr("Terlapor berulang"), self.ui.districtCard)
        self.repeat_title.setProperty("role", "subheading")
        self.repeat_view = QTableView(self.ui.districtCard)
        self.repeat_view.setObjectName("repeatView")
        repeat_model = CountsModel(self)
        self.models["repeat"] = repeat_model
        self.repeat_view.setModel(repeat_model)
        self.repeat_view.setItemDelegate(self._delegate)
        self.repeat_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.repeat_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.repeat_view.setShowGrid(False)
        self.repeat_view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.repeat_view.verticalHeader().hide()
        self.repeat_view.horizontalHeader().hide()
        self.repeat_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.repeat_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.repeat_view.verticalHeader().setDefaultSectionSize(26)
        self.repeat_view.setMinimumHeight(60)
        self.repeat_view.clicked.connect(self._repeat_clicked)
        self.ui.districtCardLayout.addWidget(self.repeat_title)
        self.ui.districtCardLayout.addWidget(self.repeat_view)
        self.repeat_title.hide()
        self.repeat_view.hide()
        self.deadline_model = DeadlineModel(parent=self)
        view = self.ui.deadlineView
        view.setModel(self.deadline_model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultSectionSize(26)
        view.clicked.connect(self._deadline_clicked)
        self.ui.deadlineCard.setMinimumWidth(430)
        self.ui.refreshButton.setIcon(style.icon("refresh"))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.showOverdueButton.clicked.connect(self._show_open)
        # A click on a card filters the list to its findings (the cards are plain frames: watched, not subclassed).
        self.card_clicks: dict[QWidget, Callable[[], None]] = {
            self.ui.totalCard: lambda: self.filterRequested.emit({}, self.tr("Semua temuan")),
            self.ui.openCard: self._show_open, self.ui.overdueCard: self._show_overdue,
            self.ui.soonCard: self._show_soon, self.ui.forwardedCard: self._show_decided}
        for card in self.card_clicks:
            card.setCursor(Qt.CursorShape.PointingHandCursor)
            card.installEventFilter(self)
        style.set_chip(self.ui.overdueCardValue, "")
        self.ui.overdueCardValue.setStyleSheet(f"color: {style.DANGER};")
        self.ui.soonCardValue.setStyleSheet(f"color: {style.WARNING};")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handler = self.card_clicks.get(watched) if isinstance(watched, QWidget) else None
        if handler is not None and event.type() == QEvent.Type.MouseButtonPress:
            handler()
            return True
        return super().eventFilter(watched, event)

    def set_store(self, store) -> None:
        self.data_dir = store.data_dir
        self.catalog, self.regions = store.catalog, store.regions
        self.deadline_model.catalog, self.deadline_model.regions = store.catalog, store.regions
        self.ui.scopeLabel.setText(self.tr("· {office}").format(office=store.office.name))

    def refresh(self) -> Job | None:
        """Recompute in the background; the old numbers stay until the new ones arrive."""
        if self.data_dir is None:
            return None
        if self.job is not None:
            self.job.cancel()
        self.ui.updatedLabel.setText(self.tr("Menghitung…"))
        job = Job(compute_dashboard, self.data_dir, name="dasbor")
        job.signals.finished.connect(self.show_data)
        job.signals.failed.connect(lambda message: self.ui.updatedLabel.setText(message))
        self.job = job
        default_runner().start(job)
        return job

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.job = None
        catalog, regions = self.catalog, self.regions
        if catalog is None or regions is None:  # not shown over a store yet
            return
        self.ui.totalCardValue.setText(number_id(data.total))
        self.ui.openCardValue.setText(number_id(data.open_count))
        self.ui.overdueCardValue.setText(number_id(len(data.overdue_ids)))
        self.ui.soonCardValue.setText(number_id(len(data.soon_ids)))
        decided = sum(data.by_status.get(s, 0) for s in DECIDED)
        self.ui.forwardedCardValue.setText(number_id(decided))
        self.ui.totalCardHint.setText(self.tr("klik untuk daftar lengkap"))
        self.ui.openCardHint.setText(self.tr("draf s.d. kajian"))
        self.ui.overdueCardHint.setText(self.tr("perlu segera ditangani"))
        self.ui.soonCardHint.setText(self.tr("termasuk hari ini"))
        self.ui.forwardedCardHint.setText(self.tr("diteruskan, dilimpahkan, diputus"))
        statuses = [(code, catalog.statuses[code].name if code in catalog.statuses else code, n, "")
                    for code, n in sorted(data.by_status.items(), key=lambda kv: list(catalog.statuses).index(kv[0])
                                          if kv[0] in catalog.statuses else 99)]
        self.models["status"].set_rows(statuses)
        self.models["category"].set_rows([
            (code, catalog.categories[code].name if code in catalog.categories else code, n,
             f"{code}: {catalog.categories[code].description}" if code in catalog.categories else code)
            for code, n in data.by_category.items()])
        self.models["subject_type"].set_rows([
            (code, catalog.employment_types[code].name if code in catalog.employment_types else code, n, "")
            for code, n in data.by_subject_type.items()])
        districts = []
        for code, n in data.by_district.items():
            region = regions.get(code) if code else None
            label = region.name if region else (code or self.tr("(tanpa wilayah)"))
            tooltip = regions.full_name(code) if region else ""
            districts.append((code, label, n, tooltip))
        self.models["district"].set_rows(districts)
        self.models["repeat"].set_rows(data.repeats or [])
        for part in (self.repeat_title, self.repeat_view):
            part.setVisible(data.repeats is not None)
        self.deadline_model.set_rows(data.urgent)
        self.ui.deadlineCardTitle.setText(self.tr("Batas waktu terdekat dan terlewat ({n})").format(
            n=number_id(len(data.overdue_ids) + len(data.soon_ids))))
        self.ui.updatedLabel.setText(self.tr("Diperbarui pukul {time}").format(time=data.computed_at))
        self.loaded.emit()

    # -- clicks ---------------------------------------------------------------------------------------------
    def _count_clicked(self, key: str, index: QModelIndex) -> None:
        model = self.models[key]
        code, label, _count, _tip = model.rows[index.row()]
        field_name = {"status": "statuses", "category": "categories", "subject_type": "subject_types",
                      "district": "region"}[key]
        value = code if key == "district" else [code]
        self.filterRequested.emit({field_name: value}, label)

    def _repeat_clicked(self, index: QModelIndex) -> None:
        """A person reported more than once: their findings in the list."""
        if self.data is not None:
            key, label, _count, _offices = self.models["repeat"].rows[index.row()]
            self.idsRequested.emit(self.data.repeat_ids.get(key, []), label)

    def _deadline_clicked(self, index: QModelIndex) -> None:
        finding_id = self.deadline_model.data(index, Qt.ItemDataRole.UserRole)
        if finding_id:
            self.findingRequested.emit(finding_id)

    def _show_open(self) -> None:
        from netralitas_desktop.services.stats import OPEN_STATUSES

        self.filterRequested.emit({"statuses": list(OPEN_STATUSES)}, self.tr("Masih ditangani"))

    def _show_decided(self) -> None:
        self.filterRequested.emit({"statuses": list(DECIDED)}, self.tr("Diteruskan / diputus"))

    def _show_overdue(self) -> None:
        if self.data:
            self.idsRequested.emit(self.data.overdue_ids, self.tr("Lewat batas waktu"))

    def _show_soon(self) -> None:
        if self.data:
            self.idsRequested.emit(self.data.soon_ids, self.tr("Batas waktu ≤ 3 hari"))

    def view_for(self, key: str) -> QTableView:
        return {"status": self.ui.statusView, "category": self.ui.categoryView,
                "subject_type": self.ui.subjectTypeView, "district": self.ui.districtView}[key]
