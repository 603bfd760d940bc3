"""Evidence dropped or pasted onto a stored finding, and the region picker's type-ahead."""

from __future__ import annotations

import warnings
from pathlib import Path

from gui_helpers import answer_modal
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.gui.evidence import EvidencePanel
from netralitas_desktop.gui.region_picker import RegionPicker


def stored_finding(store) -> Finding:
    return store.add_finding(Finding(
        category="LR-APK", region_code="19.03.01", occurred_on="2023-12-02", known_on="2023-12-03",
        description="Memasang baliho calon di depan kantor desa.",
        subjects=[Subject(name="Budi Santoso", employment_type="kepala_desa")]))


def png(path: Path, colour: str = "#2e7d32") -> Path:
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path


def test_files_dropped_on_the_list_are_stored_at_once(qtbot, store, tmp_path):
    finding = stored_finding(store)
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.set_finding(store, finding.id)
    panel.show()
    photo = png(tmp_path / "IMG_20231203_baliho.jpg.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    viewport = panel.ui.itemList.viewport()
    # QApplication does not deliver a drop without a drag under way, so the panel's drop handler is called as
    # Qt would call it while a file manager drags files over the list.
    with warnings.catch_warnings():  # QPoint: the only form before PySide6 6.12, deprecated since
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    assert panel._drop_filter.eventFilter(viewport, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert panel._drop_filter.eventFilter(viewport, drop)
    # Stored off the UI thread; the panel shows it once the data-changed signal arrives.
    qtbot.waitUntil(lambda: panel.ui.itemList.count() == 1)
    evidence = store.get_finding(finding.id).evidence
    assert [e.name for e in evidence] == ["IMG_20231203_baliho.jpg.png"]
    assert panel.ui.itemList.count() == 1 and not panel.ui.itemList.item(0).icon().isNull()
    assert panel.ui.shaValue.toolTip() == evidence[0].sha256
    assert "oleh Rina Marlina" in panel.ui.addedValue.text()


def test_ctrl_v_pastes_a_screenshot_and_an_empty_clipboard_is_explained(qtbot, store):
    finding = stored_finding(store)
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.set_finding(store, finding.id)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1877f2"))
    QGuiApplication.clipboard().setImage(image)
    panel.ui.itemList.setFocus()
    qtbot.keyClick(panel.ui.itemList, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.ui.itemList.count() == 1)
    evidence = store.get_finding(finding.id).evidence
    assert len(evidence) == 1 and evidence[0].name.startswith("tangkapan-layar-")
    assert evidence[0].mime_type == "image/png"
    QGuiApplication.clipboard().setText("bukan gambar")
    seen = []
    answer_modal(lambda box: (seen.append(box.text()), box.accept()))
    qtbot.mouseClick(panel.ui.pasteButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Papan klip tidak berisi gambar.")
    assert len(store.get_finding(finding.id).evidence) == 1


def test_region_picker_cascades_and_accepts_typed_names(qtbot, store):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_regions(store.regions)
    picker.show()
    picker.set_code("19.03.01")
    assert [c.currentText() for c in picker.combos[:3]] == ["Kepulauan Bangka Belitung",
                                                            "Kabupaten Bangka Selatan", "Toboali"]
    village = picker.ui.villageCombo
    assert village.isEnabled() and village.count() == len(store.regions.children("19.03.01")) + 1
    # Typing a village's name selects it (the completer matches anywhere in the name, any case).
    village.lineEdit().selectAll()
    qtbot.keyClicks(village.lineEdit(), "tanjung ketapang")
    village.lineEdit().editingFinished.emit()
    assert picker.code() == "19.03.01.1003"
    assert "Kelurahan Tanjung Ketapang" in picker.ui.codeLabel.text()
    # Changing the regency empties the levels below it.
    regency = picker.ui.regencyCombo
    regency.setCurrentIndex(regency.findData("19.01"))
    assert picker.code() == "19.01" and picker.ui.districtCombo.count() > 1 and picker.ui.villageCombo.count() == 1
    # The search box offers regions at the allowed levels only: Sebagin is a village, not offered here.
    search = picker.ui.searchEdit
    search.setText("")
    qtbot.keyClicks(search, "sebagin")
    assert [code.count(".") for code in picker.search_results()] == [3]
    picker.set_deepest_level("kecamatan")
    if (open_popup := QApplication.activePopupWidget()) is not None:
        open_popup.hide()  # a list left open by the typing above keeps the window from being activated
    picker.activateWindow()  # the search's list shows only in the active window
    qtbot.waitUntil(picker.isActiveWindow)
    search.setFocus()
    search.setText("")
    qtbot.keyClicks(search, "sebagin")
    assert picker.search_results() == []
    search.setText("")
    qtbot.keyClicks(search, "air")
    offered = picker.search_results()
    assert len(offered) >= 2 and all(code.count(".") <= 2 for code in offered)
    # A click on a line of the search's list picks that region (the completer's text signal, not its index one).
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    second = popup.model().index(1, 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(second).center())
    assert picker.code() == offered[1]
