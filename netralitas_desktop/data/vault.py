"""Content-addressed evidence files: stored once per SHA-256, written atomically, never edited in place."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from netralitas_desktop.domain.errors import EvidenceError

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    mime_type: str
    exif_time: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    created: bool = False  # True when this call wrote the file (so a failed action can take it back)


def sha256_of(path: Path) -> str:
    """The hex SHA-256 of a file, read in chunks."""
    return sha256_and_size(path)[0]


def sha256_and_size(path: Path) -> tuple[str, int]:
    """The hex SHA-256 of a file and the number of bytes it gave: what is really stored, even for files (such as
    those under /proc) whose reported size is not their content's."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def guess_mime(name: str, head: bytes = b"") -> str:
    """The MIME type from the file's first bytes, else from its name."""
    signatures = (
        (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"%PDF-", "application/pdf"),
        (b"GIF8", "image/gif"), (b"PK\x03\x04", "application/zip"),
    )
    for magic, mime in signatures:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _rational(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return float(value[0]) / float(value[1])


def image_metadata(path: Path) -> tuple[str | None, float | None, float | None]:
    """EXIF capture time (ISO, local camera time) and GPS decimal degrees of an image, when it has them."""
    try:
        from PIL import ExifTags, Image

        with Image.open(path) as image:
            exif = image.getexif()
            if not exif:
                return None, None, None
            taken = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal) or exif.get(
                ExifTags.Base.DateTime)
            exif_time = None
            if taken:
                try:
                    exif_time = datetime.strptime(str(taken).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
                except ValueError:
                    exif_time = None
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            lat = lon = None
            if gps and 2 in gps and 4 in gps:
                lat = sum(_rational(v) / 60**i for i, v in enumerate(gps[2]))
                lon = sum(_rational(v) / 60**i for i, v in enumerate(gps[4]))
                if gps.get(1) == "S":
                    lat = -lat
                if gps.get(3) == "W":
                    lon = -lon
                lat, lon = round(lat, 7), round(lon, 7)
            return exif_time, lat, lon
    except Exception:  # noqa: BLE001 - a broken image still goes in the vault, just without metadata
        return None, None, None


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    """Write `chunks` (an iterable of bytes) to a temporary file, fsync it, then rename it onto `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def disk_error_message(err: OSError, what: str) -> str:
    if err.errno in (28, 27, 122):  # ENOSPC, EFBIG, EDQUOT
        return f"Disk penuh saat menyimpan {what}: kosongkan ruang penyimpanan lalu ulangi."
    if isinstance(err, PermissionError):
        return f"Tidak ada izin menulis saat menyimpan {what}: periksa izin folder data."
    return f"Gagal menyimpan {what}: {err.strerror or err}."


class Vault:
    """Evidence files under `<data dir>/evidence/ab/abcdef…` named by their SHA-256."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def stored_size(self, sha256: str) -> int | None:
        """The size in bytes of the stored file, or None when it is not here."""
        try:
            return self.path_for(sha256).stat().st_size
        except OSError:
            return None

    def open_blob(self, sha256: str) -> BinaryIO:
        """The stored file's bytes, for reading (e.g. into a bundle); EvidenceError when it is not here."""
        try:
            return open(self.path_for(sha256), "rb")  # noqa: SIM115 - the caller closes it
        except OSError as err:
            raise EvidenceError(f"Berkas bukti {sha256[:12]}… tidak dapat dibaca dari brankas "
                                f"({err.strerror or err}).") from err

    def adopt(self, staged: list[tuple[Path, str]], advance: Callable[[], None] | None = None) -> None:
        """Take verified, fsynced files (each already checked against its SHA-256) from a scratch folder on the same
        disk into the vault, by renaming them; then make the renames durable, one fsync per vault folder."""
        folders: set[Path] = set()
        for path, sha256 in staged:
            target = self.path_for(sha256)
            if target.exists():
                path.unlink(missing_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                folders.add(target.parent)
            if advance is not None:
                advance()
        for folder in sorted(folders):
            fsync_dir(folder)
        if folders:
            fsync_dir(self.root)

    def put(self, source: Path) -> StoredFile:
        """Store a file (once per content) and describe it; raises EvidenceError if it cannot be read or kept."""
        source = Path(source)
        self.check_readable([source])
        try:
            with open(source, "rb") as handle:
                head = handle.read(16)
            digest, size = sha256_and_size(source)
        except OSError as err:
            raise EvidenceError(f"Berkas bukti tidak dapat dibaca: {source} ({err.strerror or err})") from err
        target = self.path_for(digest)
        created = self.stored_size(digest) != size
        if created:
            try:
                write_atomically(target, self._copy_verified(source, digest))
            except OSError as err:
                raise EvidenceError(disk_error_message(err, f"bukti {source.name}")) from err
        mime = guess_mime(source.name, head)
        exif_time = lat = lon = None
        if mime.startswith("image/"):
            exif_time, lat, lon = image_metadata(target)
        return StoredFile(digest, size, mime, exif_time, lat, lon, created)

    @staticmethod
    def check_readable(paths: list[Path]) -> None:
        """Refuse, before anything is written, any path that is missing or cannot be read."""
        for path in paths:
            if not path.exists():
                raise EvidenceError(f"Berkas bukti tidak ditemukan: {path}")
            if not path.is_file():
                raise EvidenceError(f"Bukan berkas biasa: {path}")
            try:
                with open(path, "rb") as handle:
                    handle.read(1)
            except OSError as err:
                raise EvidenceError(f"Berkas bukti tidak dapat dibaca: {path} ({err.strerror or err})") from err

    def discard(self, sha256: str) -> None:
        """Take back a file written by an action that then failed (never used on committed evidence)."""
        self.path_for(sha256).unlink(missing_ok=True)

    def put_bytes(self, data: bytes, sha256: str | None = None) -> str:
        """Store bytes (e.g. a blob from a bundle) and return their SHA-256; refuses a mismatching hash."""
        digest = hashlib.sha256(data).hexdigest()
        if sha256 and digest != sha256:
            raise EvidenceError(f"Isi berkas bukti tidak cocok dengan SHA-256 {sha256[:12]}….")
        target = self.path_for(digest)
        if not target.exists():
            try:
                write_atomically(target, [data])
            except OSError as err:
                raise EvidenceError(disk_error_message(err, "berkas bukti")) from err
        return digest

    @staticmethod
    def _copy_verified(source: Path, expected: str) -> Iterator[bytes]:
        """Yield the file's bytes and fail if they changed since they were hashed."""
        digest = hashlib.sha256()
        with open(source, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                yield chunk
        if digest.hexdigest() != expected:
            raise EvidenceError(f"Berkas {source.name} berubah saat disalin; ulangi.")

    def verify(self, sha256: str) -> str | None:
        """None if the stored file is present and intact, else an Indonesian description of the problem."""
        path = self.path_for(sha256)
        if not path.exists():
            return f"Berkas bukti {sha256[:12]}… hilang dari brankas."
        try:
            actual = sha256_of(path)
        except OSError as err:
            return f"Berkas bukti {sha256[:12]}… tidak dapat dibaca ({err.strerror or err})."
        if actual != sha256:
            return f"Berkas bukti {sha256[:12]}… rusak: isinya tidak cocok dengan SHA-256."
        return None
