"""Encrypted backups of a data dir and their restoration.

A backup is a plain tar holding two age files, so it can be opened by hand with the `age` command:
- `kunci.age`: a one-off age identity, encrypted with the passphrase (or to age recipients);
- `data.tar.age`: a tar of the consistent database snapshot (SQLite backup API, safe while the app is open),
  the evidence files it refers to, the other files of the data dir and `manifest.json` (SHA-256 of each),
  encrypted to that identity. Large evidence never has to fit in memory: both layers stream through files.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from netralitas_desktop import __version__
from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data import store_key
from netralitas_desktop.data.database import DB_NAME
from netralitas_desktop.data.keys import keys_for
from netralitas_desktop.data.snapshot import snapshot_database
from netralitas_desktop.data.store import Store
from netralitas_desktop.data.sync_workdir import scratch_dir
from netralitas_desktop.data.vault import Vault, fsync_dir, sha256_of
from netralitas_desktop.domain.errors import NetralitasError, StoreError
from netralitas_desktop.domain.model import new_id, utc_now

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


def _remove_stale_scratch(folder: Path) -> None:
    """Older versions staged a backup in `.cadangan-*` beside the output (with the database and keys in clear)
    and left it there when killed; a killed backup now leaves only `.cadangan-*.tmp` (encrypted). Both go."""
    try:
        stale = list(folder.glob(".cadangan-*"))
    except OSError:
        return
    for path in stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with suppress(OSError):
                path.unlink()


def _encrypt_stream(write_tar: Callable[[tarfile.TarFile], None], target: Path,
                    recipient: x25519.Recipient) -> None:
    """age-encrypt a tar as it is written (a thread writes it into a pipe, age reads the pipe into `target`):
    the clear tar exists only in memory, a pipe buffer at a time."""
    read_end, write_end = os.pipe()
    failures: list[BaseException] = []

    def produce() -> None:
        try:
            with open(write_end, "wb", buffering=1024 * 1024) as pipe, \
                    tarfile.open(fileobj=pipe, mode="w|", format=tarfile.PAX_FORMAT) as archive:
                write_tar(archive)
        except BaseException as err:  # noqa: BLE001 - re-raised on the calling thread
            failures.append(err)

    thread = threading.Thread(target=produce, name="backup-tar", daemon=True)
    thread.start()
    try:
        with open(read_end, "rb", buffering=1024 * 1024) as pipe, open(target, "wb") as out:
            pyrage.encrypt_io(pipe, out, [recipient])
            out.flush()
            os.fsync(out.fileno())
    finally:
        thread.join()
    if failures:
        raise failures[0]


def make_backup(data_dir: Path, output: Path, *, passphrase: str = "", recipients: tuple[str, ...] = (),
                progress: Callable[[int, int], None] | None = None) -> BackupResult:
    """Write an encrypted backup of `data_dir` to `output` (atomically), for a passphrase and/or recipients.

    Nothing in clear is written outside the data dir: the database snapshot waits in a scratch folder inside it
    (`sync-tmp/`, encrypted under the store key when the store is protected), and the tar of the snapshot,
    evidence and other files is encrypted as it is written. A protected store is backed up as it is kept
    (encrypted database, sealed evidence, wrapped keys): the restored copy opens with the same store passphrase.
    A database that fails SQLite's quick check is not backed up."""
    data_dir, output = Path(data_dir), Path(output)
    if not (data_dir / DB_NAME).exists():
        raise BackupError(f"Tidak ada basis data di {data_dir} untuk dicadangkan.")
    if not passphrase and not recipients:
        raise BackupError("Cadangan memerlukan frasa sandi (atau kunci penerima).")
    if output.is_dir():
        raise BackupError(f"Tujuan cadangan {output} adalah folder; berikan nama berkas, mis. "
                          f"{output / 'cadangan.nbak'}.")
    try:
        parsed = [x25519.Recipient.from_str(r) for r in recipients]
    except Exception as err:  # noqa: BLE001 - pyrage raises its own error types
        raise BackupError(f"Kunci penerima tidak valid: {err}") from err
    protected = store_key.is_protected(data_dir)
    key = store_key.key_for(data_dir) if protected else None
    if protected and key is None:
        raise BackupError("Data dilindungi kata sandi dan belum dibuka: buka dulu dengan kata sandinya.")
    vault = Vault(data_dir / "evidence", device_keys.vault_sealer(data_dir, key) if key is not None else None)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_scratch(output.parent)
    except OSError as err:
        raise BackupError(f"Folder tujuan cadangan tidak dapat dipakai: {output.parent} "
                          f"({err.strerror or err}).") from err
    partial = output.parent / f".cadangan-{new_id()}.tmp"
    try:
        with scratch_dir(data_dir, "cadangan") as work:
            snapshot = work / DB_NAME
            try:
                blobs = snapshot_database(data_dir / DB_NAME, snapshot, key.sqlcipher_key() if key else None)
            except StoreError as err:
                raise BackupError(str(err)) from err
            others = sorted(p for p in data_dir.rglob("*") if p.is_file()
                            and p.relative_to(data_dir).parts[0] not in SKIPPED_TOP_LEVEL
                            and not p.name.startswith(".tmp-")
                            and p.name != store_key.FAILURES_FILE)
            missing = [sha for sha in blobs if not vault.has(sha)]
            if missing:
                raise BackupError(f"Berkas bukti {missing[0][:12]}… hilang; jalankan `netralitas check`.")
            manifest: dict[str, dict] = {}
            total = len(blobs) + len(others) + 1

            def write_tar(archive: tarfile.TarFile) -> None:
                done = 0
                _add_file(archive, snapshot, DB_NAME, manifest)
                for path in others:
                    _add_file(archive, path, path.relative_to(data_dir).as_posix(), manifest)
                    done += 1
                    if progress:
                        progress(done, total)
                for sha in blobs:
                    source = vault.path_for(sha)  # as stored: sealed in a protected store
                    _add_file(archive, source, source.relative_to(data_dir).as_posix(), manifest)
                    done += 1
                    if progress:
                        progress(done, total)
                body = json.dumps({"format": FORMAT, "created_at": utc_now(), "app_version": __version__,
                                   "protected": protected, "files": manifest}, indent=1).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(body)
                archive.addfile(info, io.BytesIO(body))

            identity = x25519.Identity.generate()
            _encrypt_stream(write_tar, work / "data.tar.age", identity.to_public())
            secret = str(identity).encode()
            key_bytes = age_passphrase.encrypt(secret, passphrase) if passphrase else pyrage.encrypt(secret, parsed)
            readme = README.format(format=FORMAT).encode("utf-8")
            with tarfile.open(partial, "w") as archive:
                for name, data in (("BACA.txt", readme), ("kunci.age", key_bytes)):
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    archive.addfile(info, io.BytesIO(data))
                archive.add(work / "data.tar.age", arcname="data.tar.age")
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, output)
            fsync_dir(output.parent)
    except OSError as err:
        partial.unlink(missing_ok=True)
        if err.errno in (28, 27, 122):
            raise BackupError("Disk penuh saat membuat cadangan; tidak ada berkas cadangan yang ditulis.") from err
        raise BackupError(f"Cadangan gagal ditulis: {err.strerror or err}") from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    return BackupResult(output, len(manifest), len(blobs), output.stat().st_size)


def _safe_member(member: tarfile.TarInfo) -> bool:
    path = PurePosixPath(member.name)
    return member.isfile() and not path.is_absolute() and ".." not in path.parts and bool(path.parts)


@contextmanager
def _decrypted_tar(source: Path, identity: x25519.Identity) -> Iterator[tarfile.TarFile]:
    """The inner tar, decrypted as it is read (age into a pipe on a thread): no clear copy on any disk."""
    read_end, write_end = os.pipe()
    failures: list[BaseException] = []

    def produce() -> None:
        try:
            with open(source, "rb") as encrypted, open(write_end, "wb", buffering=1024 * 1024) as pipe:
                pyrage.decrypt_io(encrypted, pipe, [identity])
        except BrokenPipeError:
            pass
        except BaseException as err:  # noqa: BLE001 - re-raised below
            failures.append(err)

    thread = threading.Thread(target=produce, name="restore-untar", daemon=True)
    thread.start()
    pipe = open(read_end, "rb", buffering=1024 * 1024)  # noqa: SIM115 - closed below
    try:
        with tarfile.open(fileobj=pipe, mode="r|") as archive:
            yield archive
    except (tarfile.TarError, EOFError) as err:
        pipe.close()
        thread.join()
        if failures:  # the cut tar is age's refusal of a changed file: say that
            raise BackupError("Isi cadangan rusak: tidak dapat didekripsi.") from failures[0]
        raise BackupError("Isi cadangan rusak (arsip tidak utuh).") from err
    finally:
        pipe.close()
        thread.join()
    if failures:
        raise BackupError("Isi cadangan rusak: tidak dapat didekripsi.") from failures[0]


def restore_backup(backup: Path, data_dir: Path, *, passphrase: str = "", identities: tuple[str, ...] = ()) -> int:
    """Restore a backup into an empty or new data dir after checking every file's SHA-256; returns file count.
    Everything is staged inside the target folder; on any refusal the folder is left as it was."""
    backup, data_dir = Path(backup), Path(data_dir)
    if not backup.is_file():
        raise BackupError(f"Berkas cadangan tidak ditemukan: {backup}.")
    if data_dir.exists() and not data_dir.is_dir():
        raise BackupError(f"Tujuan pemulihan {data_dir} adalah berkas, bukan folder; pilih folder kosong.")
    try:
        if data_dir.exists() and any(data_dir.iterdir()):
            raise BackupError(f"Folder tujuan {data_dir} tidak kosong; pulihkan ke folder kosong.")
        created = not data_dir.exists()
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BackupError(f"Folder tujuan tidak dapat dipakai: {data_dir} ({err.strerror or err}).") from err
    staging = data_dir / f".pulih-{new_id()}"
    try:
        count = _restore_into(backup, staging, passphrase, identities)
        for child in staging.iterdir():
            os.replace(child, data_dir / child.name)
        staging.rmdir()
        return count
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            shutil.rmtree(data_dir, ignore_errors=True)
        raise


def _restore_into(backup: Path, staging: Path, passphrase: str, identities: tuple[str, ...]) -> int:
    staging.mkdir(mode=0o700)
    not_ours = BackupError(f"Berkas {backup.name} bukan cadangan Netralitas Desktop.")
    try:
        with tarfile.open(backup, "r:") as outer:
            names = {m.name: m for m in outer.getmembers() if _safe_member(m)}
            if not {"kunci.age", "data.tar.age"} <= names.keys():
                raise not_ours
            key_file = outer.extractfile(names["kunci.age"])
            if key_file is None:
                raise not_ours
            key_bytes = key_file.read(64 * 1024)
            outer.extract(names["data.tar.age"], staging, filter="data")
    except (tarfile.TarError, OSError, EOFError) as err:
        raise BackupError(f"Berkas cadangan rusak atau tidak terbaca: {backup.name}.") from err
    encrypted = staging / "data.tar.age"
    try:
        if passphrase:
            secret = age_passphrase.decrypt(key_bytes, passphrase)
        else:
            secret = pyrage.decrypt(key_bytes, [x25519.Identity.from_str(i) for i in identities])
        identity = x25519.Identity.from_str(secret.decode().strip())
    except Exception as err:  # noqa: BLE001 - pyrage raises its own error types
        raise BackupError("Frasa sandi atau kunci salah: cadangan tidak dapat dibuka.") from err
    found: dict[str, dict] = {}
    manifest_bytes = b""
    with _decrypted_tar(encrypted, identity) as archive:
        for member in archive:
            if not _safe_member(member):
                raise BackupError("Cadangan berisi nama berkas yang tidak aman; ditolak.")
            handle = archive.extractfile(member)
            if handle is None:
                raise BackupError("Isi cadangan rusak (arsip tidak utuh).")
            if member.name == "manifest.json":
                manifest_bytes = handle.read(16 * 1024 * 1024)
                continue
            if member.name in found or member.name.startswith(".pulih-"):
                raise BackupError("Cadangan berisi berkas ganda; ditolak.")
            target = staging / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with open(target, "wb") as out:
                while chunk := handle.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
            found[member.name] = {"sha256": digest.hexdigest(), "size": member.size}
    encrypted.unlink()
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
            raise ValueError("no manifest")
    except (UnicodeDecodeError, ValueError) as err:
        raise BackupError("Cadangan tidak berisi manifest yang sah (dibuat ulang atau rusak); ditolak.") from err
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Format cadangan tidak dikenal: {str(manifest.get('format'))[:40]}.")
    files = manifest["files"]
    if DB_NAME not in files:
        raise BackupError("Cadangan tidak berisi basis data; ditolak.")
    for name, meta in files.items():
        if not isinstance(meta, dict) or found.get(name, {}).get("sha256") != meta.get("sha256"):
            raise BackupError(f"Berkas {str(name)[:80]} di dalam cadangan rusak (SHA-256 tidak cocok).")
    if set(found) - set(files):
        raise BackupError("Cadangan berisi berkas yang tidak tercatat di manifest; ditolak.")
    return len(files)


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
