"""Protecting an existing store in place: database, evidence, drafts and private keys encrypted under a new store
key, crash-safely.

The rename of the encrypted database onto `netralitas.db` is the one moment the conversion takes effect; the store
is protected exactly when its database is encrypted (`store_key.is_protected`). Everything the protected store
needs is written before that moment, beside the plain files and without touching them: the key file, the wrapped
private keys, a sealed copy (`….age`) of every evidence file and draft. So a kill at any moment leaves either the
old store, whole (its extra files are removed by the next conversion), or the new one, whole (its leftover plain
files are removed when it is next opened, before anything else: `finish_interrupted`).

The database is exported with SQLCipher's `sqlcipher_export` into `netralitas.db.enc-tmp` while this connection
holds the database exclusively (no other process can read or write it meanwhile), checked, fsynced, and renamed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data import store_key
from netralitas_desktop.data.database import DB_ERRORS, DB_NAME, sqlite_error_message
from netralitas_desktop.data.sealed import Sealer
from netralitas_desktop.data.store_key import StoreKey
from netralitas_desktop.data.vault import SEALED_SUFFIX, fsync_dir
from netralitas_desktop.domain.errors import Cancelled, StoreError

TEMP_SUFFIX = ".enc-tmp"
EVIDENCE_DIR = "evidence"
DRAFTS_DIR = "drafts"
SIDE_FILES = ("-journal", "-wal", "-shm")

Progress = Callable[[int, int], None]
DB_OR_STORE_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, StoreError)


def _temp_db(data_dir: Path) -> Path:
    return data_dir / (DB_NAME + TEMP_SUFFIX)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _plain_files(folder: Path) -> list[Path]:
    """Files under `folder` that are not sealed copies nor temporaries, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(SEALED_SUFFIX)
                  and not p.name.startswith(".tmp-"))


def finish_interrupted(data_dir: Path | str) -> None:
    """Tidy up after a conversion that was killed (no key needed; called whenever a store is opened for writing):
    in a protected store the plain files that have their sealed or wrapped copy go; in an unprotected one the
    copies an unfinished conversion made go."""
    data_dir = Path(data_dir)
    if not os.access(data_dir, os.W_OK):
        return
    protected = store_key.is_protected(data_dir)
    if protected:
        _remove_with_side_files(_temp_db(data_dir))
        device_keys.remove_plain_private_keys(data_dir)
        if not _marker(data_dir).exists():
            return
        for folder in (data_dir / EVIDENCE_DIR, data_dir / DRAFTS_DIR):
            for path in _plain_files(folder):
                if Path(str(path) + SEALED_SUFFIX).exists():
                    path.unlink(missing_ok=True)
        _marker(data_dir).unlink(missing_ok=True)
    elif store_key.key_file(data_dir).exists() or _temp_db(data_dir).exists():
        _undo_unfinished(data_dir)


def _marker(data_dir: Path) -> Path:
    """Present from before the rename until the plain leftovers are gone: tells `finish_interrupted` to look."""
    return data_dir / store_key.KEYS_DIR / "converting"


def _undo_unfinished(data_dir: Path) -> None:
    """Remove what an unfinished conversion wrote beside the (still plain) store."""
    _remove_with_side_files(_temp_db(data_dir))
    for folder in (data_dir / EVIDENCE_DIR, data_dir / DRAFTS_DIR):
        if folder.is_dir():
            for path in folder.rglob("*" + SEALED_SUFFIX):
                if path.is_file() and Path(str(path)[:-len(SEALED_SUFFIX)]).exists():
                    path.unlink(missing_ok=True)
    device_keys.remove_wrapped_keys(data_dir)
    store_key.key_file(data_dir).unlink(missing_ok=True)
    _marker(data_dir).unlink(missing_ok=True)


def _seal_copy(sealer: Sealer, source: Path) -> None:
    """Write `source`'s sealed copy beside it (`name.age`), atomically; the plain file stays until the end."""
    target = Path(str(source) + SEALED_SUFFIX)
    temp = source.with_name(".tmp-" + source.name + SEALED_SUFFIX)
    try:
        with open(source, "rb") as reader, open(temp, "wb") as out:
            sealer.encrypt_io(reader, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _table_counts(conn: sqlcipher.Connection, schema: str) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def protect_store(data_dir: Path | str, passphrase: str, headquarters: list[str], *,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> StoreKey:
    """Encrypt an unprotected store in place under a new store key wrapped under `passphrase` (and to the
    `headquarters` keys); returns the key (remembered for this process). The store must not be open elsewhere.
    Cancelled (before the database is switched) or an error leaves the store exactly as it was."""
    data_dir = Path(data_dir)
    store_key.check_new_passphrase(passphrase)
    if store_key.is_protected(data_dir):
        raise StoreError("Data ini sudah dilindungi kata sandi.")
    if not (data_dir / DB_NAME).exists():
        raise StoreError(f"Basis data tidak ditemukan di {data_dir}.")

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 1000)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("Perlindungan dibatalkan; data tetap seperti semula (tanpa kata sandi).")

    finish_interrupted(data_dir)  # an earlier attempt that died: start from the plain store alone
    report(0)
    plain = sqlcipher.connect(str(data_dir / DB_NAME), isolation_level=None, check_same_thread=False)
    switched = False
    try:
        try:
            plain.execute("PRAGMA busy_timeout = 2000")
            # Exclusive for as long as this connection lives: nobody reads or writes the store meanwhile (and if
            # somebody has it open now, this fails at once instead of converting under their feet).
            plain.execute("PRAGMA locking_mode = EXCLUSIVE")
            busy = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            plain.execute("BEGIN IMMEDIATE")
            plain.execute("COMMIT")  # the exclusive lock is now held until close
            if busy:
                raise StoreError("busy")
        except DB_OR_STORE_ERRORS as err:
            raise StoreError("Basis data sedang dipakai (aplikasi atau perintah lain masih membukanya): tutup "
                             "dulu, lalu ulangi. Tidak ada yang berubah.") from err
        key = store_key.create_key(data_dir, passphrase, headquarters)
        device_keys.wrap_private_keys(data_dir, key)
        sealer = device_keys.vault_sealer(data_dir, key)
        report(20)
        to_seal = _plain_files(data_dir / EVIDENCE_DIR) + _plain_files(data_dir / DRAFTS_DIR)
        for done, path in enumerate(to_seal, 1):
            check()
            _seal_copy(sealer, path)
            report(20 + 680 * done // max(1, len(to_seal)))
        for folder in sorted({path.parent for path in to_seal}):
            fsync_dir(folder)
        check()
        _export_encrypted(plain, data_dir, key)
        report(800)
        check()
        _verify_encrypted(plain, data_dir, key)
        report(900)
        check()
        _write_marker(data_dir)
        plain.close()  # the last connection: SQLite checkpoints and removes the plain -wal and -shm
        for suffix in ("-wal", "-shm"):
            side = Path(str(data_dir / DB_NAME) + suffix)
            if side.exists():
                if suffix == "-wal" and side.stat().st_size > 0:
                    raise StoreError("Basis data sedang dipakai proses lain; tutup lalu ulangi.")
                side.unlink()
        report(940)
        os.replace(_temp_db(data_dir), data_dir / DB_NAME)  # the moment the store becomes protected
        switched = True
        fsync_dir(data_dir)
        report(960)
        finish_interrupted(data_dir)
        report(1000)
        return key
    except BaseException as err:
        plain.close()
        if not switched:
            _undo_unfinished(data_dir)
            store_key.forget(data_dir)
        if isinstance(err, DB_ERRORS):
            raise StoreError(sqlite_error_message(err)) from err
        if isinstance(err, OSError) and err.errno is not None:
            raise StoreError(sqlite_error_message(err)) from err
        raise


def _write_marker(data_dir: Path) -> None:
    marker = _marker(data_dir)
    with open(marker, "wb") as handle:
        handle.write(b"1")
        os.fsync(handle.fileno())
    fsync_dir(marker.parent)


def _export_encrypted(plain: sqlcipher.Connection, data_dir: Path, key: StoreKey) -> None:
    """Copy everything (schema, FTS5 and its shadow tables, triggers, sequences, data) into the encrypted file."""
    temp = _temp_db(data_dir)
    _remove_with_side_files(temp)
    plain.execute("ATTACH DATABASE ? AS enc KEY ?", (str(temp), key.sqlcipher_key()))
    try:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute("SELECT sqlcipher_export('enc')")
        for pragma in ("user_version", "application_id"):  # not copied by sqlcipher_export
            value = int(plain.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            plain.execute(f"PRAGMA enc.{pragma} = {value}")
        plain.execute("COMMIT")
    finally:
        if plain.in_transaction:
            plain.execute("ROLLBACK")
        plain.execute("DETACH DATABASE enc")


def _verify_encrypted(plain: sqlcipher.Connection, data_dir: Path, key: StoreKey) -> None:
    """The encrypted copy, on its own connection: intact, the same rows in every table, search index sound; then
    WAL mode (kept in its header) and fsync."""
    temp = _temp_db(data_dir)
    before = _table_counts(plain, "main")
    enc = sqlcipher.connect(str(temp), isolation_level=None)
    try:
        enc.execute("PRAGMA cipher_log_level = NONE")
        enc.execute(f"PRAGMA key = \"{key.sqlcipher_key()}\"")
        result = enc.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise StoreError(f"Salinan terenkripsi tidak utuh ({result[0][0]}); data tetap seperti semula.")
        if _table_counts(enc, "main") != before:
            raise StoreError("Salinan terenkripsi tidak sama dengan basis data; data tetap seperti semula.")
        for (name,) in enc.execute("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"):
            enc.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'integrity-check\')')
        enc.execute("PRAGMA journal_mode = WAL")
    finally:
        enc.close()
    _fsync(temp)
    fsync_dir(data_dir)


def describe(data_dir: Path | str) -> dict[str, object]:
    """What protects this store, for `netralitas passphrase status` and the security dialog."""
    data_dir = Path(data_dir)
    if not store_key.is_protected(data_dir):
        return {"protected": False}
    doc = store_key.read_key_file(data_dir)
    return {"protected": True, "headquarters": store_key.headquarters_recipients(data_dir),
            "recovery_code": isinstance(doc.get("recovery"), dict),
            "kdf": {k: doc["passphrase"].get(k) for k in ("kdf", "m_kib", "t", "p")},
            "failed_tries": store_key.failed_tries(data_dir)}
