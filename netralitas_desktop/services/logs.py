"""A rotating log file in the platform's log dir, for the app and the command line alike."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from netralitas_desktop.paths import log_dir

LOG_NAME = "netralitas.log"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to `<log dir>/netralitas.log` (1 MB × 5 files); returns the file, or None if it cannot be written."""
    folder = Path(folder) if folder else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("netralitas")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return folder / LOG_NAME
