"""The main window reads evidence pictures in the background (never on the UI thread): progress in the status
bar, a pause that loses nothing, the words shown (selectable) in the evidence panel, and one clear line when the
OCR cannot run here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_helpers import open_window, wait_list_idle
from phone_screens import POSTS, render

from netralitas_desktop.data import readings
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.gui.evidence import EvidencePanel
from netralitas_desktop.gui.picture_reader import PictureReader


def findings_with_screenshots(data_dir: Path, folder: Path, count: int) -> list[str]:
    ids = []
    with Store(data_dir) as store:
        for n in range(count):
            path = folder / f"Screenshot_{n}.png"
            path.write_bytes(render(POSTS[n:n + 2], theme="dark" if n % 2 else "light", size=30, seed=n).png())
            ids.append(store.add_finding(Finding(
                category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2023-12-02",
                known_on="2023-12-03", description="Tangkapan layar terlampir.", platform="facebook",
                subjects=[Subject(name="Agus Prasetyo", employment_type="pns")]), evidence=[path]).id)
    return ids


def pending(data_dir: Path) -> int:
    with Store(data_dir, readonly=True) as store:
        return readings.queue_counts(store)[readings.PENDING]


@pytest.fixture
def reading_on(monkeypatch):
    monkeypatch.setattr(PictureReader, "enabled", True)


def test_pictures_are_read_in_the_background_and_a_pause_loses_nothing(qtbot, store_dir, tmp_path, reading_on):
    ids = findings_with_screenshots(store_dir, tmp_path, 3)
    main = open_window(qtbot, store_dir)
    reader = main.picture_reader
    qtbot.waitUntil(lambda: reader.widget.isVisible() and "Membaca teks gambar" in reader.label.text(),
                    timeout=20_000)
    reader.button.click()  # Jeda
    qtbot.waitUntil(lambda: reader.job is None, timeout=60_000)
    assert reader.paused and "dijeda" in reader.label.text()
    assert 1 <= pending(store_dir) <= 3  # the picture being read waits for the next run
    reader.button.click()  # Lanjutkan
    qtbot.waitUntil(lambda: reader.job is None and pending(store_dir) == 0, timeout=120_000)
    assert not reader.widget.isVisible()
    # The list's search finds words only the pictures hold.
    qtbot.keyClicks(main.search_edit, "Coblos02")
    wait_list_idle(qtbot, main)
    assert set(main.model.ids) == {ids[0], ids[1]}  # posts 0+1 and 1+2: Hendra's and Rina's #Coblos02
    with Store(store_dir, readonly=True) as store:
        panel = EvidencePanel()
        qtbot.addWidget(panel)
        panel.set_finding(store, ids[0])
        panel.show()
        panel.ui.itemList.setCurrentRow(0)
        assert "#Coblos02" in panel.reading_text.toPlainText()
        assert panel.reading_text.isReadOnly() and panel.reading_text.textInteractionFlags()
        # Screenshots 0 and 1 share Rina's post (half their words): possibly the same, for the officer to judge;
        # screenshot 2 shares none of screenshot 0's posts.
        shared, apart = (store.get_finding(i).form_a_number or "?" for i in ids[1:])
        assert panel.also_reported.text().startswith("mungkin gambar sama: juga dilaporkan oleh Panwaslu Kecamatan")
        assert shared in panel.also_reported.text() and apart not in panel.also_reported.text()


def test_ocr_unavailable_is_one_line_and_the_pictures_keep_waiting(qtbot, store_dir, tmp_path, reading_on,
                                                                  monkeypatch):
    findings_with_screenshots(store_dir, tmp_path, 1)
    monkeypatch.setitem(sys.modules, "tesserocr", None)  # a build without the OCR library
    main = open_window(qtbot, store_dir)
    reader = main.picture_reader
    qtbot.waitUntil(lambda: reader.widget.isVisible() and reader.job is None, timeout=20_000)
    assert "tidak tersedia" in reader.label.text() and "\n" not in reader.label.text()
    assert reader.button.text() == "Coba lagi"
    assert pending(store_dir) == 1
