"""Windows remember their size, position and maximised state (QSettings, per user and machine), and a remembered
geometry that no longer fits the screens is not used."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize

from netralitas_desktop.gui.app import open_main_window
from netralitas_desktop.gui.screen_fit import fit_to_screen


def test_the_main_window_opens_where_and_as_it_was_left(qtbot, store_dir):
    first = open_main_window(store_dir, load=False)
    qtbot.addWidget(first)
    assert (first.width(), first.height()) == (1366, 768), "the design size on a large screen"
    first.resize(1100, 640)
    first.move(120, 90)
    first.close()
    second = open_main_window(store_dir, load=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1100, 640) and second.pos() == QPoint(120, 90)
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()
    third = open_main_window(store_dir, load=False)
    qtbot.addWidget(third)
    qtbot.waitUntil(third.isMaximized)
    third.close()


def test_a_geometry_saved_for_other_screens_is_not_used(qtbot, store_dir):
    QSettings().setValue("windows/mainWindow/geometry", QByteArray(b"\x01\xd9\xd0\xcb bukan geometri"))
    window = open_main_window(store_dir, load=False)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1366, 768) and not window.screen_fit.restored
    window.close()


def test_a_dialog_remembers_its_size_but_never_outgrows_the_screen(qtbot, store):
    from netralitas_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(900, 700)
    dialog.reject()
    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert again.size() == QSize(900, 700)
    QSettings().setValue("windows/settingsDialog/size", QSize(5000, 4000))
    huge = SettingsDialog(store)
    qtbot.addWidget(huge)
    huge.show()
    fit_to_screen(huge)
    available = huge.screen().availableGeometry()
    frame = huge.frameGeometry()
    assert available.contains(frame) or (frame.width() <= available.width() and frame.height() <= available.height())
    huge.reject()
