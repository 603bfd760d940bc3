"""The findings table over a large store: ids only up front, details page by page, sorting re-queries the store."""

from __future__ import annotations

import time

from gui_helpers import LARGE_STORE_FINDINGS, open_window, wait_list_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.gui.models import COLUMNS, MAX_PAGES, PAGE_SIZE, FindingsTableModel


def column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def test_rows_are_fetched_lazily_a_page_at_a_time(qtbot, large_store_dir):
    with Store(large_store_dir, readonly=True) as store:
        model = FindingsTableModel(store)
        ids = store.finding_ids(order="-known_on")
        started = time.perf_counter()
        model.set_ids(ids)
        assert model.rowCount() == LARGE_STORE_FINDINGS
        assert model.fetches == 0 and model.cached_rows() == 0, "no row details before they are shown"
        first = model.data(model.index(0, column("subject")))
        assert time.perf_counter() - started < 1.0
        assert model.fetches == 1 and model.cached_rows() == PAGE_SIZE
        row = store.summary_rows([ids[0]])[0]
        assert first.startswith(row["subject"])
        # Reading the rest of the page costs nothing more; a far row fetches just its page.
        for r in range(PAGE_SIZE):
            model.data(model.index(r, column("status")))
        assert model.fetches == 1
        model.data(model.index(15_050, 0))
        assert model.fetches == 2
        # Touching every page keeps at most MAX_PAGES pages of details.
        for r in range(0, LARGE_STORE_FINDINGS, PAGE_SIZE):
            model.data(model.index(r, 0))
        assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
        # Labels come from the catalog, in Indonesian; overdue deadlines are red.
        statuses = {model.data(model.index(r, column("status"))) for r in range(200)}
        assert statuses <= {s.name for s in store.catalog.statuses.values()}
        overdue = next(r for r in range(LARGE_STORE_FINDINGS)
                       if (model.data(model.index(r, column("deadline"))) or "").startswith("lewat"))
        colour = model.data(model.index(overdue, column("deadline")), Qt.ItemDataRole.ForegroundRole).color().name()
        assert colour == "#c62828"


def test_sorting_by_a_header_asks_the_store_for_that_order(qtbot, large_store_dir):
    window = open_window(qtbot, large_store_dir)
    assert window.model.rowCount() == LARGE_STORE_FINDINGS
    assert "20.000 temuan" in window.count_label.text()
    header = window.ui.findingsView.horizontalHeader()
    with Store(large_store_dir, readonly=True) as store:
        for key, order in (("subject", "subject"), ("number", "register_number")):
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(header.sectionViewportPosition(column(key)) + 20, header.height() // 2))
            wait_list_idle(qtbot, window)
            assert window.order in (order, f"-{order}")
            assert window.model.ids == store.finding_ids(order=window.order)
        # A second click on the same header reverses the order.
        first_order = window.order
        window.model.sort(column("number"), Qt.SortOrder.DescendingOrder if not first_order.startswith("-")
                          else Qt.SortOrder.AscendingOrder)
        wait_list_idle(qtbot, window)
        assert window.order != first_order and window.model.ids == store.finding_ids(order=window.order)
        # Filtering keeps the order and shows the counts.
        window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData(["kajian"]))
        wait_list_idle(qtbot, window)
        expected = store.finding_ids(FindingFilter(statuses=["kajian"]), order=window.order)
        assert window.model.ids == expected
        assert f"Menampilkan {len(expected):,}".replace(",", ".") in window.count_label.text()


def test_scrolling_to_the_end_fetches_only_what_is_shown(qtbot, large_store_dir):
    window = open_window(qtbot, large_store_dir)
    view = window.ui.findingsView
    scrollbar = view.verticalScrollBar()
    started = time.perf_counter()
    positions = [*range(0, scrollbar.maximum() + 1, max(1, scrollbar.maximum() // 40)), scrollbar.maximum()]
    before = window.model.fetches
    for value in positions:
        scrollbar.setValue(value)
        view.viewport().repaint()
    assert time.perf_counter() - started < 10
    # A screenful may straddle two pages; the other pages of the 20,000 rows are never read.
    assert window.model.fetches - before <= 2 * len(positions)
    assert window.model.fetches < LARGE_STORE_FINDINGS // PAGE_SIZE / 2
    last = view.indexAt(view.viewport().rect().bottomLeft() - QPoint(0, 5))
    assert last.row() >= LARGE_STORE_FINDINGS - 30


def test_subject_type_filter_is_fast_on_a_large_store(qtbot, large_store_dir, tmp_path):
    """The subject-type filter uses the subjects index even without planner statistics."""
    import shutil
    import sqlite3

    copy = tmp_path / "tanpa-statistik"
    shutil.copytree(large_store_dir, copy)
    conn = sqlite3.connect(copy / "netralitas.db")
    conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    conn.commit()
    conn.close()
    with Store(copy, readonly=True) as store:
        started = time.perf_counter()
        ids = store.finding_ids(FindingFilter(subject_types=["kepala_desa"]))
        assert time.perf_counter() - started < 1.0 and ids
