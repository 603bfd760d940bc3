"""A consistent copy of a live store's database, for backups: SQLite's backup API, safe while the app writes."""

from __future__ import annotations

from pathlib import Path

from netralitas_desktop.data.database import DB_ERRORS, connect, sqlite_error_message
from netralitas_desktop.domain.errors import StoreError

DAMAGED = ("Basis data rusak (pemeriksaan cepat SQLite gagal), jadi tidak dicadangkan: jalankan `netralitas check`, "
           "lalu pulihkan dari cadangan yang lebih lama.")
CORRUPT = sqlite_error_message(Exception("malformed"))


class DamagedDatabase(StoreError):
    """The copy of the database fails SQLite's `quick_check`: it is not worth backing up."""


def snapshot_database(source: Path, target: Path, key: str | None = None) -> list[str]:
    """Copy the database at `source` to `target` (a self-contained file, no WAL; encrypted under the same `key`
    when the store is protected, so the copy is no easier to read than the store), check it with
    `PRAGMA quick_check`, and return the SHA-256 of every evidence file the copy refers to, in order.
    DamagedDatabase when the check fails."""
    try:
        src = connect(f"file:{source}?mode=ro", key, uri=True)
        dst = connect(str(target), key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            result = [row[0] for row in dst.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise DamagedDatabase(DAMAGED)
            return [row[0] for row in dst.execute("SELECT DISTINCT sha256 FROM evidence ORDER BY 1")]
        finally:
            dst.close()
            src.close()
    except DB_ERRORS as err:
        message = sqlite_error_message(err)
        if message == CORRUPT:
            raise DamagedDatabase(DAMAGED) from err
        raise StoreError(f"Basis data tidak dapat disalin untuk cadangan: {message}") from err
