"""Scratch folders for sync jobs inside the data dir (`sync-tmp/`), and recovery after a job was killed.

An import stages verified evidence files in its scratch folder and moves them into the vault only after its
transaction committed. If the process dies before the commit, the folder is simply removed next time; if it
dies after, the next sync job finishes the move (the committed `blobs` rows say which files belong).
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyrage

from netralitas_desktop.domain.model import new_id

if TYPE_CHECKING:  # the store imports this module (recovery at open); the name is for the type checker only
    from netralitas_desktop.data.store import Store

LOCKS = sys.platform != "win32"  # Windows: no advisory locks; recovery then leaves recent folders alone
if LOCKS:
    import fcntl

WORK_DIR = "sync-tmp"
LOCK = ".lock"
STAGED_BLOBS = "blobs"
STALE_SECONDS = 24 * 3600


def _root(store: Store) -> Path:
    return Path(store.data_dir) / WORK_DIR


@contextmanager
def work_dir(store: Store, kind: str) -> Iterator[Path]:
    """A private scratch folder for one job, locked while it runs and removed afterwards."""
    with scratch_dir(store.data_dir, kind) as folder:
        yield folder


@contextmanager
def scratch_dir(data_dir: Path | str, kind: str) -> Iterator[Path]:
    """A private scratch folder inside the data dir (`sync-tmp/<kind>-<id>`, e.g. a backup's snapshot), locked
    while it runs and removed afterwards; one left by a killed job is removed when the store is next opened."""
    folder = Path(data_dir) / WORK_DIR / f"{kind}-{new_id()}"
    folder.mkdir(parents=True, mode=0o700)
    lock = open(folder / LOCK, "wb")  # noqa: SIM115 - held for the job's lifetime
    if LOCKS:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        yield folder
    finally:
        lock.close()
        shutil.rmtree(folder, ignore_errors=True)


_sessions: dict[str, tuple[Path, BinaryIO]] = {}


def session_folder(data_dir: Path | str, kind: str = "lihat") -> Path:
    """A scratch folder inside the data dir that lives as long as this process (decrypted copies of evidence to
    look at), locked so that no other process removes it meanwhile; `remove_session_folders` removes it when the
    app closes, and the next start removes one left by a killed app."""
    where = str(Path(data_dir).resolve())
    if where in _sessions and _sessions[where][0].is_dir():
        return _sessions[where][0]
    folder = Path(data_dir) / WORK_DIR / f"{kind}-{new_id()}"
    folder.mkdir(parents=True, mode=0o700)
    lock = open(folder / LOCK, "wb")  # noqa: SIM115 - held until remove_session_folders
    if LOCKS:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    _sessions[where] = (folder, lock)
    return folder


def preview_folder(data_dir: Path | str) -> Path:
    """A new private folder for one PDF preview, inside this process's session folder of the data dir (never the
    system temp folder: the report holds personal data). Its window removes it when closed; the app's close, or the
    next start after a kill, removes whatever is left with the session folder."""
    folder = session_folder(data_dir) / f"pratinjau-{new_id()}"
    folder.mkdir(mode=0o700)
    return folder


def remove_session_folders() -> None:
    """Remove this process's session folders (the app is closing)."""
    for folder, lock in list(_sessions.values()):
        lock.close()
        shutil.rmtree(folder, ignore_errors=True)
    _sessions.clear()


def _in_use(folder: Path) -> bool:
    if not LOCKS:
        try:
            return time.time() - folder.stat().st_mtime < STALE_SECONDS
        except OSError:
            return False
    try:
        with open(folder / LOCK, "ab") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            return False
    except OSError:
        return False


def move_staged_blobs(store: Store, staged: list[tuple[Path, str]],
                      advance: Callable[[], None] | None = None) -> None:
    """Hand verified, durable staged files to the vault (committed imports only)."""
    store.vault.adopt(staged, advance)


def recover_interrupted_imports(store: Store) -> int:
    """Finish or clean up after sync jobs that were killed; returns how many evidence files were put back."""
    root = _root(store)
    if not root.is_dir():
        return 0
    restored = 0
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or _in_use(folder):
            continue
        staged = folder / STAGED_BLOBS
        ready = []
        if staged.is_dir():
            for path in staged.iterdir():
                sha = path.name
                if store.vault.has(sha) or not store.database.scalar("SELECT 1 FROM blobs WHERE sha256 = ?",
                                                                     (sha,)):
                    continue
                try:
                    if store.vault.staged_sha256(path) == sha:
                        ready.append((path, sha))
                except (OSError, pyrage.DecryptError):
                    continue
        move_staged_blobs(store, ready)
        restored += len(ready)
        shutil.rmtree(folder, ignore_errors=True)
    return restored
