"""The letterhead (kop surat) logo: copied into the data dir so the setting survives the original moving."""

from __future__ import annotations

import hashlib
from pathlib import Path

from netralitas_desktop.data.vault import disk_error_message, write_atomically
from netralitas_desktop.domain.errors import EvidenceError

LOGO_FOLDER = "kop"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


def keep_logo(data_dir: Path | str, source: Path | str) -> Path:
    """Copy an image into `<data dir>/kop/` under a name from its content; returns the copy's absolute path.

    The caller stores it as `letterhead["logo"]`, best relative to the data dir (the reports accept both).
    """
    source = Path(source)
    if source.suffix.lower() not in LOGO_SUFFIXES:
        raise EvidenceError(f"Logo harus berupa gambar ({', '.join(LOGO_SUFFIXES)}): {source.name}")
    try:
        data = source.read_bytes()
    except OSError as err:
        raise EvidenceError(f"Berkas logo tidak dapat dibaca: {source} ({err.strerror or err})") from err
    digest = hashlib.sha256(data).hexdigest()  # a logo is small: read once, hash the bytes in hand
    target = (Path(data_dir) / LOGO_FOLDER / f"logo-{digest[:12]}{source.suffix.lower()}").resolve()
    if not target.exists():
        try:
            write_atomically(target, [data])
        except OSError as err:
            raise EvidenceError(disk_error_message(err, "logo kop surat")) from err
    return target
