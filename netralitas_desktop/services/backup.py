"""Encrypted backups of a data dir and their restoration.

A backup is a plain tar holding two age files, so it can be opened by hand with the `age` command:
- `kunci.age`: a one-off age identity, encrypted with the passphrase (or to age recipients);
- `data.tar.age`: a tar of the consistent database snapshot (SQLite backup API, safe while the app is open),
  the evidence files it refers to, the other files of the data dir and `manifest.json` (SHA-256 of each),
  encrypted to that identity. Large evidence never has to fit in memory: both layers stream through files.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from netralitas_desktop import __version__
from netralitas_desktop.data.database import DB_NAME
from netralitas_desktop.data.keys import keys_for
from netralitas_desktop.data.snapshot import snapshot_database
from netralitas_desktop.data.store import Store
from netralitas_desktop.data.vault import fsync_dir, sha256_of
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.model import utc_now

FORMAT = "netralitas-backup/1"
SKIPPED_TOP_LEVEL = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "backups", "evidence", "sync-tmp"}
README = """Cadangan Netralitas Desktop ({format}).
Buka dengan: age -d -o kunci.txt kunci.age   (masukkan frasa sandi)
             age -d -i kunci.txt data.tar.age | tar -x
lalu periksa: sha256sum sesuai manifest.json. Atau gunakan: netralitas restore BERKAS.
"""


class BackupError(NetralitasError):
    """A backup that cannot be made or restored."""


@dataclass
class BackupResult:
    path: Path
    files: int
    evidence_files: int
    bytes: int


def _add_file(archive: tarfile.TarFile, path: Path, name: str, manifest: dict) -> None:
    manifest[name] = {"sha256": sha256_of(path), "size": path.stat().st_size}
    archive.add(path, arcname=name, recursive=False)


def make_backup(data_dir: Path, output: Path, *, passphrase: str = "", recipients: tuple[str, ...] = (),
                progress: Callable[[int, int], None] | None = None) -> BackupResult:
    """Write an encrypted backup of `data_dir` to `output` (atomically), for a passphrase and/or recipients."""
    data_dir, output = Path(data_dir), Path(output)
    if not (data_dir / DB_NAME).exists():
        raise BackupError(f"Tidak ada basis data di {data_dir} untuk dicadangkan.")
    if not passphrase and not recipients:
        raise BackupError("Cadangan memerlukan frasa sandi (atau kunci penerima).")
    try:
        parsed = [x25519.Recipient.from_str(r) for r in recipients]
    except Exception as err:  # noqa: BLE001 - pyrage raises its own error types
        raise BackupError(f"Kunci penerima tidak valid: {err}") from err
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".cadangan-", dir=output.parent) as temp:
        work = Path(temp)
        snapshot = work / DB_NAME
        blobs = snapshot_database(data_dir / DB_NAME, snapshot)
        others = sorted(p for p in data_dir.rglob("*") if p.is_file()
                        and p.relative_to(data_dir).parts[0] not in SKIPPED_TOP_LEVEL
                        and not p.name.startswith(".tmp-"))
        manifest: dict[str, dict] = {}
        inner = work / "data.tar"
        total, done = len(blobs) + len(others) + 1, 0
        try:
            with tarfile.open(inner, "w", format=tarfile.PAX_FORMAT) as archive:
                _add_file(archive, snapshot, DB_NAME, manifest)
                for path in others:
                    _add_file(archive, path, path.relative_to(data_dir).as_posix(), manifest)
                    done += 1
                    if progress:
                        progress(done, total)
                for sha in blobs:
                    source = data_dir / "evidence" / sha[:2] / sha
                    if not source.exists():
                        raise BackupError(f"Berkas bukti {sha[:12]}… hilang; jalankan `netralitas check`.")
                    _add_file(archive, source, f"evidence/{sha[:2]}/{sha}", manifest)
                    done += 1
                    if progress:
                        progress(done, total)
                body = json.dumps({"format": FORMAT, "created_at": utc_now(), "app_version": __version__,
                                   "files": manifest}, indent=1).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(body)
                archive.addfile(info, io.BytesIO(body))
            identity = x25519.Identity.generate()
            pyrage.encrypt_file(str(inner), str(work / "data.tar.age"), [identity.to_public()])
            inner.unlink()
            secret = str(identity).encode()
            key = age_passphrase.encrypt(secret, passphrase) if passphrase else pyrage.encrypt(secret, parsed)
            (work / "kunci.age").write_bytes(key)
            (work / "BACA.txt").write_text(README.format(format=FORMAT), encoding="utf-8")
            outer = work / "backup.tmp"
            with tarfile.open(outer, "w") as archive:
                for name in ("BACA.txt", "kunci.age", "data.tar.age"):
                    archive.add(work / name, arcname=name)
            with open(outer, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(outer, output)
            fsync_dir(output.parent)
        except OSError as err:
            if err.errno in (28, 27, 122):
                raise BackupError("Disk penuh saat membuat cadangan; tidak ada berkas cadangan yang ditulis.") from err
            raise BackupError(f"Cadangan gagal ditulis: {err.strerror or err}") from err
    if progress:
        progress(total, total)
    return BackupResult(output, len(manifest), len(blobs), output.stat().st_size)


def _safe_member(member: tarfile.TarInfo) -> bool:
    path = PurePosixPath(member.name)
    return member.isfile() and not path.is_absolute() and ".." not in path.parts


def restore_backup(backup: Path, data_dir: Path, *, passphrase: str = "", identities: tuple[str, ...] = ()) -> int:
    """Restore a backup into an empty or new data dir after checking every file's SHA-256; returns file count."""
    backup, data_dir = Path(backup), Path(data_dir)
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(f"Folder tujuan {data_dir} tidak kosong; pulihkan ke folder kosong.")
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pulih-", dir=data_dir.parent) as temp:
        work = Path(temp)
        try:
            with tarfile.open(backup, "r:") as outer:
                names = {m.name: m for m in outer.getmembers() if _safe_member(m)}
                if not {"kunci.age", "data.tar.age"} <= names.keys():
                    raise BackupError("Berkas ini bukan cadangan Netralitas Desktop.")
                key_file = outer.extractfile(names["kunci.age"])
                if key_file is None:
                    raise BackupError("Berkas ini bukan cadangan Netralitas Desktop.")
                key_bytes = key_file.read()
                outer.extract(names["data.tar.age"], work, filter="data")
        except (tarfile.TarError, OSError, EOFError) as err:
            raise BackupError(f"Berkas cadangan rusak atau tidak terbaca: {backup.name}.") from err
        try:
            if passphrase:
                secret = age_passphrase.decrypt(key_bytes, passphrase)
            else:
                secret = pyrage.decrypt(key_bytes, [x25519.Identity.from_str(i) for i in identities])
            identity = x25519.Identity.from_str(secret.decode().strip())
        except Exception as err:  # noqa: BLE001 - pyrage raises its own error types
            raise BackupError("Frasa sandi atau kunci salah: cadangan tidak dapat dibuka.") from err
        try:
            pyrage.decrypt_file(str(work / "data.tar.age"), str(work / "data.tar"), [identity])
        except Exception as err:  # noqa: BLE001
            raise BackupError("Isi cadangan rusak: tidak dapat didekripsi.") from err
        staging = work / "data"
        try:
            with tarfile.open(work / "data.tar", "r:") as inner:
                members = inner.getmembers()
                if any(not _safe_member(m) for m in members):
                    raise BackupError("Cadangan berisi nama berkas yang tidak aman; ditolak.")
                inner.extractall(staging, members=members, filter="data")
        except (tarfile.TarError, EOFError) as err:
            raise BackupError("Isi cadangan rusak (arsip tidak utuh).") from err
        manifest = json.loads((staging / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Format cadangan tidak dikenal: {manifest.get('format')}.")
        for name, meta in manifest["files"].items():
            path = staging / name
            if not path.exists() or sha256_of(path) != meta["sha256"]:
                raise BackupError(f"Berkas {name} di dalam cadangan rusak (SHA-256 tidak cocok).")
        (staging / "manifest.json").unlink()
        if data_dir.exists():
            data_dir.rmdir()
        shutil.move(str(staging), data_dir)
    return len(manifest["files"])


def rotate_automatic_backup(store: Store, *, keep: int = 7, every: timedelta = timedelta(days=1)) -> Path | None:
    """Make today's automatic backup in `<data dir>/backups/` if the last is older than `every`; keep the last
    `keep`. Encrypted to this device's own age key and, when set, headquarters' key. Returns the new file, or
    None when the last one is recent enough."""
    folder = store.data_dir / "backups"
    existing = sorted(folder.glob("otomatis-*.nbak"))
    now = datetime.now(UTC)
    if existing and now - datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC) < every:
        return None
    # This device's own age key opens it (restore with --identity keys/age-identity.txt), and so does
    # headquarters' when configured: a dead laptop's data can then be recovered upstairs.
    recipients = tuple(r for r in (keys_for(store).age_recipient, store.setting("hq_recipient")) if r)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"otomatis-{now:%Y%m%d-%H%M%S-%f}.nbak"
    make_backup(store.data_dir, target, recipients=recipients)
    for old in sorted(folder.glob("otomatis-*.nbak"))[:-keep]:
        old.unlink()
    return target


def identities_from_file(path: Path) -> tuple[str, ...]:
    """The age secret keys in a key file (such as `keys/age-identity.txt` of a data dir)."""
    try:
        lines = Path(path).read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise BackupError(f"Berkas kunci tidak dapat dibaca: {path}.") from err
    found = tuple(line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-"))
    if not found:
        raise BackupError(f"Berkas {path} tidak berisi kunci age.")
    return found
