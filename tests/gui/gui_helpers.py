"""Helpers for driving the GUI in tests: a store, the main window loaded as the app loads it, waiting."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from netralitas_desktop.data.store import Store

LARGE_STORE_FINDINGS = 20_000


def create_store(folder: Path) -> Path:
    store = Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                         officer="Rina Marlina", office_code="19.03", officer_jabatan="Anggota Panwaslu Kecamatan")
    store.close()
    return folder


def open_window(qtbot, folder: Path):
    from netralitas_desktop.gui.main_window import MainWindow

    main = MainWindow(folder)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.start_loading()
    qtbot.waitUntil(lambda: main.store is not None and main.list_job is None, timeout=20_000)
    return main


def wait_list_idle(qtbot, main, timeout: int = 10_000) -> None:
    """Until the search debounce has fired and the list job has answered."""
    qtbot.waitUntil(lambda: not main.search_timer.isActive() and main.list_job is None, timeout=timeout)


def answer_modal(handler, delay_ms: int = 50, timeout: float = 5.0) -> None:
    """Run `handler(dialog)` on the next modal dialog that opens (for exec()-style dialogs)."""
    started = time.monotonic()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            handler(dialog)
        elif time.monotonic() - started < timeout:
            QTimer.singleShot(delay_ms, poll)

    QTimer.singleShot(delay_ms, poll)
