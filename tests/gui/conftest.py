"""GUI tests: real widgets driven with pytest-qt on the offscreen platform, over real stores in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

# Before Qt is imported anywhere: the offscreen platform with one 1920×1080 screen at 100 % (its default screen is
# 800×800, which windows that fit themselves to the screen would shrink to). The screen-fit test emulates the
# officers' laptops in subprocesses of its own (tests/gui/screen_fit/).
SCREENS = Path(__file__).resolve().parent / "screens"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS / 'desktop-1920x1080.json'}"

import pytest  # noqa: E402
from gui_helpers import LARGE_STORE_FINDINGS, create_store, open_window  # noqa: E402

from netralitas_desktop.data.store import Store  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):
    """The test QApplication with the app's Indonesian locale, translations and style."""
    from netralitas_desktop.gui.i18n import install_translations
    from netralitas_desktop.gui.style import apply_style

    install_translations(qapp)
    apply_style(qapp)
    return qapp


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """Windows remember their size and choices in QSettings: keep that out of the real user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture(autouse=True)
def no_background_reading(monkeypatch):
    """The main window reads evidence pictures (OCR) in the background: seconds per picture, and writes to the store
    while a test looks at it. Off unless a test switches it on (tests/gui/test_picture_reader.py)."""
    from netralitas_desktop.gui.picture_reader import PictureReader

    monkeypatch.setattr(PictureReader, "enabled", False)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """An empty store of Panwaslu Kecamatan Toboali."""
    return create_store(tmp_path / "data")


@pytest.fixture
def store(store_dir: Path):
    with Store(store_dir) as opened:
        yield opened


@pytest.fixture(scope="session")
def large_store_dir(tmp_path_factory) -> Path:
    """20,000 demo findings, generated once per test session (about 5 seconds)."""
    from netralitas_desktop.services.demo import generate_demo

    folder = tmp_path_factory.mktemp("besar") / "data"
    store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                         region_code="19.03", officer="Rina Marlina", office_code="19.03")
    generate_demo(store, LARGE_STORE_FINDINGS, images=6)
    store.close()
    return folder


@pytest.fixture
def window(qtbot, store_dir):
    """The main window over an empty store, loaded the way the app loads it (in the background)."""
    return open_window(qtbot, store_dir)
