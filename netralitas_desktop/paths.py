"""Where the application's files live: shipped resources and the user's data dir."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "NetralitasDesktop"
APP_AUTHOR = "Bawaslu"
DATA_DIR_VARIABLE = "NETRALITAS_DATA_DIR"
GUIDE_FILE = "user-guide.md"


def resources_dir() -> Path:
    """The shipped resources: `netralitas_desktop/resources` inside an installed wheel or the frozen app (read
    through importlib.resources); in a checkout (editable install) the top-level `resources/` they are built from."""
    try:
        return Path(str(resources.files("netralitas_desktop.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def user_guide() -> Path | None:
    """The Indonesian user guide (Markdown; its screenshots in `screenshots/` beside it): in the frozen app, inside
    an installed wheel (netralitas_desktop.guide) or in a checkout (docs/); None when this installation has none."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "docs" / GUIDE_FILE)
    try:  # a folder without __init__.py: a namespace package, whose files() only joins, it has no one path
        candidates.append(Path(str(resources.files("netralitas_desktop.guide").joinpath(GUIDE_FILE))))
    except ModuleNotFoundError:
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "docs" / GUIDE_FILE)
    return next((path for path in candidates if path.is_file()), None)


def ui_dir() -> Path:
    """The `ui/` folder of Qt Designer forms."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "ui"
    return Path(__file__).resolve().parent.parent / "ui"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The store's folder: an explicit choice, else $NETRALITAS_DATA_DIR, else the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_VARIABLE)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where rotating log files go."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
