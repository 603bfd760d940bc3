"""The SQLite connection: WAL, foreign keys, numbered migrations, one-transaction-per-action, error messages."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, cast

from sqlcipher3 import dbapi2 as sqlcipher

from netralitas_desktop.domain.errors import StoreError
from netralitas_desktop.domain.model import utc_now

DB_NAME = "netralitas.db"
BUSY_TIMEOUT_MS = 3000
# A protected store's database is opened through SQLCipher (sqlcipher3), whose exceptions are its own classes, not
# the standard library's: every `except` over database errors names both.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DB_OR_DISK_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, OSError)


def sqlite_error_message(err: BaseException) -> str:
    """An Indonesian explanation of an SQLite or OS error, saying what to do."""
    text = str(err).lower()
    if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "Disk penuh: kosongkan ruang penyimpanan lalu ulangi. Tidak ada data yang berubah."
    if "locked" in text or "busy" in text:
        return ("Basis data sedang dipakai proses lain (mungkin aplikasi masih terbuka). "
                "Tutup proses itu lalu ulangi. Tidak ada data yang berubah.")
    if "readonly" in text or "read-only" in text or isinstance(err, PermissionError):
        return ("Basis data hanya-baca: periksa izin tulis folder data. Tidak ada data yang berubah.")
    if "disk i/o error" in text:
        return ("Gagal menulis ke disk (disk mungkin penuh atau rusak): periksa ruang dan kondisi disk lalu ulangi. "
                "Tidak ada data yang berubah.")
    if "full" in text:
        return "Disk penuh: kosongkan ruang penyimpanan lalu ulangi. Tidak ada data yang berubah."
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "Berkas basis data rusak. Pulihkan dari cadangan (netralitas restore)."
    if "unable to open" in text:
        return "Basis data tidak dapat dibuka: periksa folder data dan izinnya."
    return f"Kesalahan basis data: {err}"


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn SQLite and disk errors into StoreError with an Indonesian message."""
    try:
        yield
    except DB_OR_DISK_ERRORS as err:
        if isinstance(err, OSError) and err.errno is None:
            raise
        raise StoreError(sqlite_error_message(err)) from err


def migrations() -> list[tuple[int, str, str]]:
    """The numbered migrations shipped with the package: (number, name, sql), in order."""
    folder = resources.files("netralitas_desktop.data") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def connect(target: str, key: str | None = None, *, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode, usable from any thread: the standard library's for an unprotected store;
    SQLCipher's keyed with `key` (the raw-key form, `x'<hex>'`) for a protected one. A wrong key shows at the
    first read ("file is not a database")."""
    if key is None:
        return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    conn = sqlcipher.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # else a damaged page prints to stderr
    conn.execute(f"PRAGMA key = \"{key}\"")
    return cast(sqlite3.Connection, conn)  # the same DB-API as the standard library's (pysqlite's fork)


def row_factory(conn: sqlite3.Connection) -> type:
    """The driver's own Row class (sqlite3.Row refuses a SQLCipher cursor)."""
    return sqlcipher.Row if isinstance(conn, sqlcipher.Connection) else sqlite3.Row


class Database:
    """A store's database file, opened with WAL and foreign keys, migrated to the latest schema; encrypted with
    SQLCipher when a `key` is given."""

    def __init__(self, path: Path, *, create: bool = False, readonly: bool = False, key: str | None = None):
        self.path = Path(path)
        self.key = key
        if not create and not self.path.exists():
            raise StoreError(f"Basis data tidak ditemukan di {self.path}. Jalankan `netralitas init` dulu.")
        if not readonly and self.path.exists() and not os.access(self.path.parent, os.W_OK):
            raise StoreError(f"Folder data {self.path.parent} hanya-baca: periksa izin tulis atau salin ke disk "
                             "yang dapat ditulisi. Tidak ada data yang berubah.")
        with translated_errors():
            conn = self._connect_readonly() if readonly else connect(str(self.path), key)
        try:
            self._prepare(conn, readonly)
        except BaseException:
            conn.close()
            raise

    def _prepare(self, conn: sqlite3.Connection, readonly: bool) -> None:
        with translated_errors():
            self.conn = conn
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -32768")  # 32 MB: indexes of 100,000 findings stay in memory
            self._depth = 0
            if not readonly:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()

    def _connect_readonly(self) -> sqlite3.Connection:
        # On read-only media a WAL database without its -shm file only opens as immutable.
        mode = "ro" if os.access(self.path.parent, os.W_OK) else "ro&immutable=1"
        return connect(f"file:{self.path}?mode={mode}", self.key, uri=True)

    def _migrate(self) -> None:
        conn = self.conn
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                     "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {row[0] for row in conn.execute("SELECT number FROM schema_migrations")}
        for number, name, sql in migrations():
            if number in done:
                continue
            # executescript commits first, so the migration and its record are applied as one script.
            conn.executescript(
                "BEGIN IMMEDIATE;\n" + sql + "\nINSERT INTO schema_migrations VALUES "
                f"({number}, '{name}', '{utc_now()}');\nCOMMIT;"
            )

    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(number) FROM schema_migrations").fetchone()[0] or 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: BEGIN IMMEDIATE … COMMIT, rolled back whole on any error. Nests as one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        with translated_errors():
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            with translated_errors():
                yield self.conn
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except DB_ERRORS:
                    pass  # SQLite already rolled back (e.g. after a full disk)
            raise
        finally:
            self._depth = 0

    def query(self, sql: str, params: Sequence[object] | Mapping[str, object] = ()) -> list[dict[str, Any]]:
        """The rows of a query as dicts of column name to value."""
        with translated_errors():
            cursor = self.conn.execute(sql, params)
            columns = [c[0] for c in cursor.description or ()]
            return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[object] | Mapping[str, object] = ()) -> Any:
        """The first column of the first row of a query, or None when it returns no row."""
        with translated_errors():
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()
