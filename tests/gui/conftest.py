"""GUI tests: real widgets driven with pytest-qt on the offscreen platform, over real stores in tmp_path."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

from pathlib import Path  # noqa: E402

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
