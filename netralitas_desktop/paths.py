"""Where the application's files live: shipped resources and the user's data dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "NetralitasDesktop"
APP_AUTHOR = "Bawaslu"
DATA_DIR_VARIABLE = "NETRALITAS_DATA_DIR"
GUIDE_FILE = "user-guide.md"


def resources_dir() -> Path:
    """The shipped resources: `netralitas_desktop/resources` inside an installed wheel; the top-level `resources/`
    of a checkout (editable install) or of the frozen app; else whatever importlib.resources finds. Looked up on
    disk first: importing importlib.resources alone costs start-up about 10 ms."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "catalog").is_dir():
            return candidate
    from importlib import resources

    return Path(str(resources.files("netralitas_desktop.resources")))


def user_guide() -> Path | None:
    """The Indonesian user guide (Markdown; its screenshots in `screenshots/` beside it): in the frozen app, inside
    an installed wheel (the package's `guide/`) or in a checkout (docs/); None when this installation has none."""
    here = Path(__file__).resolve().parent
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / "docs"] if frozen_root else []
    candidates += [here / "guide", here.parent / "docs"]
    return next((folder / GUIDE_FILE for folder in candidates if (folder / GUIDE_FILE).is_file()), None)


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
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Where rotating log files go."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
