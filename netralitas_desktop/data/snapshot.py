"""A consistent copy of a live store's database, for backups: SQLite's backup API, safe while the app writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netralitas_desktop.domain.errors import StoreError


def snapshot_database(source: Path, target: Path) -> list[str]:
    """Copy the database at `source` to `target` (a self-contained file, no WAL) and return the SHA-256 of every
    evidence file the copy refers to, in order."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            return [row[0] for row in dst.execute("SELECT DISTINCT sha256 FROM evidence ORDER BY 1")]
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as err:
        raise StoreError(f"Basis data tidak dapat disalin: {err}") from err
