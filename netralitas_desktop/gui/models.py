"""Qt models over the store: the findings table (ids in order, row details fetched page by page)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.i18n import deadline_text, short_date_id

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

_ROOT = QModelIndex()  # the invisible root: default parent of a flat model's rows
PAGE_SIZE = 100
MAX_PAGES = 40  # at most 4,000 rows' details in memory


@dataclass(frozen=True)
class Column:
    key: str
    order: str | None  # the store's sort name, None when the column cannot be sorted
    width: int
    shown: bool = True  # shown unless the officer chooses otherwise (Tampilan → Kolom daftar)


# In order of priority: the five an officer needs on a 1024 px wide laptop screen come first and fit it; the
# others are hidden until chosen.
COLUMNS = (
    Column("known_on", "known_on", 92),
    Column("subject", "subject", 124),
    Column("number", "register_number", 190),
    Column("status", "status", 112),
    Column("deadline", None, 100),
    Column("category", "category", 150, shown=False),
    Column("region", "region_code", 160, shown=False),
)


@dataclass(frozen=True)
class RowView:
    """What the table shows for one finding, computed once when its page is fetched."""

    id: str
    texts: tuple[str, ...]
    tooltips: tuple[str, ...]
    status: str
    days_left: int | None
    subject_type: str


class FindingsTableModel(QAbstractTableModel):
    """Rows are finding ids in the store's order; each page of details comes from Store.summary_rows."""

    sortRequested = Signal(str)  # the store's order name, e.g. "-known_on"
    pageFetched = Signal(int)  # page number, for tests and benchmarks

    def __init__(self, store: Store | None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.ids: list[str] = []
        self.total = 0
        self._pages: OrderedDict[int, list[RowView]] = OrderedDict()
        self.fetches = 0
        self.order = "-known_on"
        self.today = date.today()
        headers = {"known_on": self.tr("Diketahui"), "subject": self.tr("Terlapor"), "category": self.tr("Kategori"),
                   "status": self.tr("Status"), "deadline": self.tr("Batas waktu"), "region": self.tr("Wilayah"),
                   "number": self.tr("Nomor register / Form A")}
        self._headers = tuple(headers[c.key] for c in COLUMNS)
        self._bold = QFont()
        self._bold.setBold(True)
        self._dots = {code: style.dot_pixmap(colour) for code, colour in style.STATUS_COLOURS.items()}

    # -- content -------------------------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        self.store = store

    def set_ids(self, ids: list[str], order: str | None = None) -> None:
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        if order is not None:
            self.order = order
        self.today = date.today()
        self.endResetModel()

    def invalidate(self, finding_id: str | None = None) -> None:
        """Forget cached details (of one finding's page, or all) so they are fetched again."""
        if finding_id is None:
            self._pages.clear()
            if self.ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))
            return
        row = self.row_of(finding_id)
        if row is not None:
            self._pages.pop(row // PAGE_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, finding_id: str) -> int | None:
        try:
            return self.ids.index(finding_id)
        except ValueError:
            return None

    def id_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> list[RowView]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        store = self.store
        if store is None:  # no ids before a store is set
            return []
        ids = self.ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        rows = {r["id"]: r for r in store.summary_rows(ids)}
        page = [self._view(store, rows.get(i), i) for i in ids]
        self._pages[number] = page
        self.fetches += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self.pageFetched.emit(number)
        return page

    def _view(self, store: Store, row: dict | None, finding_id: str) -> RowView:
        if row is None:  # removed since the ids were listed
            return RowView(finding_id, ("",) * len(COLUMNS), ("",) * len(COLUMNS), "", None, "")
        catalog, regions = store.catalog, store.regions
        category = catalog.categories.get(row["category"])
        status = catalog.statuses.get(row["status"])
        kind = catalog.employment_types.get(row["subject_type"] or "")
        subject = row["subject"] or ""
        if (row["subject_count"] or 0) > 1:
            subject += self.tr(" (+{n})").format(n=row["subject_count"] - 1)
        region = regions.get(row["region_code"]) if row["region_code"] else None
        place = region.name if region else row["region_code"]
        district = regions.get(row["region_code"].rsplit(".", 1)[0]) if region and region.level == "desa" else None
        if district:
            place = f"{place}, {district.name}"
        deadline = store.deadline(row, self.today)
        days_left = deadline.days_left if deadline else None
        if deadline is None or days_left is None:
            due = ""
        elif days_left < 0:
            due = self.tr("lewat {n} {unit}").format(n=-days_left, unit=self.day_unit(deadline))
        elif days_left == 0:
            due = self.tr("hari ini")
        else:
            due = self.tr("sisa {n} {unit}").format(n=days_left, unit=self.day_unit(deadline))
        if deadline is not None and deadline.estimate:  # past the last year whose holidays are known
            due += self.tr(" (perkiraan)")
        number = row["register_number"] or row["form_a_number"] or ""
        texts = {"known_on": short_date_id(row["known_on"]), "subject": subject,
                 "category": category.name if category else row["category"], "region": place,
                 "status": status.name if status else row["status"], "deadline": due, "number": number}
        tooltips = {
            "known_on": self.tr("Diketahui {day}").format(day=format_date_id(row["known_on"], with_weekday=True))
            if row["known_on"] else "",
            "subject": f"{subject} — {kind.name}" if kind else subject,
            "category": f"{category.name}: {category.description}" if category else "",
            "region": regions.full_name(row["region_code"]) if region else "",
            "status": status.name if status else "",
            "deadline": deadline_text(deadline) if deadline else self.tr("Tidak ada batas waktu pada status ini"),
            "number": (self.tr("Nomor register") if row["register_number"] else self.tr("Nomor Form A"))
            + f": {number}" if number else "",
        }
        return RowView(finding_id, tuple(texts[c.key] for c in COLUMNS), tuple(tooltips[c.key] for c in COLUMNS),
                       row["status"], days_left, row["subject_type"] or "")

    def day_unit(self, deadline) -> str:
        """Pemilu deadlines count working days, Pilkada calendar days: the table says which."""
        return self.tr("hari kerja") if deadline.day_kind == "kerja" else self.tr("hari")

    # -- Qt model interface -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole):
            return None
        view = self._page(row // PAGE_SIZE)[row % PAGE_SIZE]
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.DisplayRole:
            return view.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.tooltips[column] or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._dots.get(view.status) if key == "status" else None
        if key == "deadline" and view.days_left is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                if view.days_left < 0:
                    return QBrush(QColor(style.DANGER))
                if view.days_left <= 2:
                    return QBrush(QColor(style.WARNING))
            if role == Qt.ItemDataRole.FontRole and view.days_left <= 2:
                return self._bold
        if key == "number" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.MUTED))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column].order
        if name is None:
            return
        self.sortRequested.emit(name if order == Qt.SortOrder.AscendingOrder else f"-{name}")
