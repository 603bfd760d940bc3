"""Register `.nbundle` sync bundles with the packaged app, so a double-click opens the import dialog.

Windows: per-user keys under HKCU\\Software\\Classes (no administrator rights needed on office laptops).
Linux: a .desktop entry and a shared-mime-info type in the user's XDG data dir.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from netralitas_desktop.domain.errors import NetralitasError

SUFFIX = ".nbundle"
MIME_TYPE = "application/x-netralitas-bundle"
PROG_ID = "NetralitasDesktop.Bundle"


def app_command() -> list[str]:
    """How to start the GUI from a file manager: the frozen executable, else this Python with the GUI module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "netralitas_desktop.gui"]


def register_windows(command: list[str]) -> None:
    if sys.platform != "win32":  # winreg exists only there (and the type checker knows it)
        raise OSError("register_windows runs on Windows only")
    import winreg

    opener = subprocess.list2cmdline([*command, "--import-bundle"]) + ' "%1"'
    entries = {
        rf"Software\Classes\{SUFFIX}": PROG_ID,
        rf"Software\Classes\{PROG_ID}": "Bundel sinkronisasi Netralitas",
        rf"Software\Classes\{PROG_ID}\shell\open\command": opener,
    }
    for key, value in entries.items():
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValue(handle, "", winreg.REG_SZ, value)


def register_linux(command: list[str], data_home: Path | None = None) -> list[Path]:
    """Write the MIME type and .desktop entry; returns the files written."""
    data_home = data_home or Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    mime_dir, apps_dir = data_home / "mime" / "packages", data_home / "applications"
    mime_dir.mkdir(parents=True, exist_ok=True)
    apps_dir.mkdir(parents=True, exist_ok=True)
    mime = mime_dir / "netralitas-bundle.xml"
    mime.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n    <comment>Bundel sinkronisasi Netralitas</comment>\n'
        f'    <glob pattern="*{SUFFIX}"/>\n  </mime-type>\n</mime-info>\n', encoding="utf-8")
    desktop = apps_dir / "netralitas-desktop.desktop"
    exec_line = " ".join(shlex.quote(part) for part in command) + " --import-bundle %f"
    desktop.write_text(
        "[Desktop Entry]\nType=Application\nName=Netralitas Desktop\n"
        "Comment=Pengawasan netralitas ASN, kepala desa dan perangkat desa\n"
        f"Exec={exec_line}\nMimeType={MIME_TYPE};\nCategories=Office;\nTerminal=false\n", encoding="utf-8")
    for tool in (["update-mime-database", str(data_home / "mime")], ["update-desktop-database", str(apps_dir)]):
        try:
            subprocess.run(tool, capture_output=True, check=False, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            pass  # the files are in place; the desktop picks them up at next login
    return [mime, desktop]


def register_file_association() -> str:
    """Register `.nbundle` for this user; returns an Indonesian sentence saying what was done."""
    command = app_command()
    try:
        if sys.platform == "win32":
            register_windows(command)
        elif sys.platform.startswith("linux"):
            register_linux(command)
        else:
            raise NetralitasError("Pendaftaran jenis berkas belum didukung di sistem operasi ini.")
    except OSError as err:
        raise NetralitasError(f"Jenis berkas {SUFFIX} tidak dapat didaftarkan: {err}") from err
    return f"Berkas {SUFFIX} kini dibuka dengan Netralitas Desktop (dialog impor)."
