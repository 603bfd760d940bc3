"""Helpers and fixtures: real stores in tmp_path, driven through the `netralitas` command line."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from netralitas_desktop.cli.main import main

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run(data_dir: Path, *args: str) -> Result:
    """Run `netralitas --data-dir DIR ARGS…` in this process and capture what it prints."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), *map(str, args)])
        except SystemExit as exit_:  # argparse refusals
            code = exit_.code
    return Result(code, out.getvalue(), err.getvalue())


def run_process(data_dir: Path, *args: str, preexec_fn=None, timeout: float = 60) -> Result:
    """Run the command line in a separate process (for locks, permissions, resource limits and kills)."""
    completed = subprocess.run(
        [sys.executable, "-m", "netralitas_desktop", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True, text=True, preexec_fn=preexec_fn, timeout=timeout)
    return Result(completed.returncode, completed.stdout, completed.stderr)


def store_snapshot(data_dir: Path) -> tuple[str, tuple]:
    """Everything a user could see: the database's logical content and the evidence files with their hashes."""
    writable = os.access(data_dir, os.W_OK)
    conn = sqlite3.connect(f"file:{data_dir / 'netralitas.db'}?mode=ro{'' if writable else '&immutable=1'}", uri=True)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    files = tuple(sorted(
        (str(p.relative_to(data_dir)), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in (data_dir / "evidence").rglob("*") if p.is_file()
    )) if (data_dir / "evidence").exists() else ()
    return hashlib.sha256(dump.encode()).hexdigest(), files


INIT_ARGS = ("init", "--office-name", "Panwaslu Kecamatan Toboali", "--level", "kecamatan", "--region", "19.03.01",
             "--officer", "Rina Marlina", "--office-code", "19.03", "--jabatan", "Anggota Panwaslu Kecamatan")


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped catalog that a test may break."""
    import shutil

    from netralitas_desktop.paths import resources_dir

    target = tmp_path / "catalog"
    shutil.copytree(resources_dir() / "catalog", target)
    return target


def edit_json(path: Path, change) -> None:
    """Load a JSON file, let `change` alter the data, write it back."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An initialised store for Panwaslu Kecamatan Toboali."""
    folder = tmp_path / "data"
    result = run(folder, *INIT_ARGS)
    assert result.code == 0, result.err
    return folder


def device_of(data_dir: Path) -> str:
    """The device id of a store."""
    conn = sqlite3.connect(f"file:{data_dir / 'netralitas.db'}?mode=ro", uri=True)
    try:
        return json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0])
    finally:
        conn.close()


def own_form_a(data_dir: Path, seq: int, office: str = "19.03.01") -> str:
    """How a Form A number of a device without a block of its kabupaten's series starts (docs/numbering.md):
    `3-5C0E2F/LHP/PM.01.03/19.03.01/`."""
    from netralitas_desktop.domain.numbering import device_tag

    return f"{seq}-{device_tag(device_of(data_dir))}/LHP/PM.01.03/{office}/"


def png_bytes(color=(200, 30, 30), size=(64, 48)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "Screenshot_postingan.png"
    path.write_bytes(png_bytes())
    return path


FINDING_ARGS = (
    "finding", "add", "--category", "MS-SOSIALISASI", "--region", "19.03.01.2008", "--occurred-on", "2023-12-02",
    "--known-on", "2023-12-03", "--platform", "facebook",
    "--description", "Mengunggah ajakan memilih pasangan calon nomor urut 02 di akun Facebook pribadinya.",
    "--subject", "name=Hendra Saputra;type=pns;nip=198503122010011004;position=Guru;agency=SD Negeri 3 Toboali",
    "--url", "https://www.facebook.com/hendra.saputra/posts/1234567890",
)


@pytest.fixture
def finding_id(data_dir: Path) -> str:
    result = run(data_dir, *FINDING_ARGS, "--json")
    assert result.code == 0, result.err
    return result.json()["id"]
