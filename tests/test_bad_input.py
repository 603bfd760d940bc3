"""Bad input gets one clear Indonesian line, a non-zero exit, and leaves the store exactly as it was."""

import os
import shutil
import sqlite3
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_helpers import FINDING_ARGS, run, run_process, store_snapshot


def replace_flag(args, flag, value):
    args = list(args)
    args[args.index(flag) + 1] = value
    return args


def drop_flag(args, flag):
    args = list(args)
    index = args.index(flag)
    del args[index:index + 2]
    return args


@pytest.mark.parametrize("args, message", [
    (replace_flag(FINDING_ARGS, "--region", "19.99.99"), "Kode wilayah tidak dikenal"),
    (replace_flag(FINDING_ARGS, "--category", "MS-TIDAKADA"), "Kategori pelanggaran tidak dikenal"),
    (drop_flag(FINDING_ARGS, "--description"), "Uraian singkat kejadian wajib diisi"),
    (drop_flag(FINDING_ARGS, "--known-on"), "Tanggal diketahui wajib diisi"),
    (drop_flag(FINDING_ARGS, "--subject"), "Minimal satu terlapor"),
    (replace_flag(FINDING_ARGS, "--known-on", "2023-11-30"), "tidak boleh sebelum tanggal kejadian"),
    (replace_flag(FINDING_ARGS, "--occurred-on", "2023-02-30"), "Tanggal kejadian tidak valid"),
    (replace_flag(FINDING_ARGS, "--occurred-on", "2999-01-01"), "masa depan"),
    (replace_flag(FINDING_ARGS, "--url", "facebook.com/x"), "Tautan ke-1 tidak valid"),
    ([*FINDING_ARGS[:-4], "--subject", "name=Budi;type=pns;nip=123", *FINDING_ARGS[-2:]], "NIP harus 18 angka"),
    ([*FINDING_ARGS, "--evidence", "/tidak/ada/berkas.png"], "Berkas bukti tidak ditemukan"),
    ([*FINDING_ARGS, "--evidence", "/tmp"], "Bukan berkas biasa"),
])
def test_refused_input_leaves_the_store_unchanged(data_dir, finding_id, args, message):
    before = store_snapshot(data_dir)
    result = run(data_dir, *args)
    assert result.code == 1
    assert message in result.err
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1
    assert store_snapshot(data_dir) == before


def test_a_failing_evidence_file_among_several_rolls_back_everything(data_dir, finding_id, screenshot, tmp_path):
    before = store_snapshot(data_dir)
    broken_link = tmp_path / "tautan-rusak.png"
    broken_link.symlink_to(tmp_path / "tidak-ada.png")
    result = run(data_dir, "evidence", "add", finding_id, screenshot, broken_link)
    assert result.code == 1 and "tidak ditemukan" in result.err
    assert store_snapshot(data_dir) == before


def test_an_uninitialised_data_dir_says_to_run_init(tmp_path):
    result = run(tmp_path / "kosong", "finding", "list")
    assert result.code == 1 and "netralitas init" in result.err


def test_a_locked_database_is_reported_and_nothing_changes(data_dir, finding_id):
    before = store_snapshot(data_dir)
    holder = sqlite3.connect(data_dir / "netralitas.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_process(data_dir, *FINDING_ARGS)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 1
    assert "sedang dipakai proses lain" in result.err
    assert store_snapshot(data_dir) == before


@contextmanager
def tmpfs(mount_point: Path, size: str):
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def read_only_copy(data_dir, tmp_path):
    """The store copied onto a tmpfs mounted read-only (root, who ignores file modes, cannot write there)."""
    with tmpfs(tmp_path / "ro", "64m") as mount_point:
        shutil.copytree(data_dir, mount_point / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point / "data"


@pytest.fixture
def nearly_full_copy(data_dir, finding_id, tmp_path):
    """The store copied onto a 2 MB tmpfs: a few hundred kilobytes stay free."""
    with tmpfs(tmp_path / "small", "2m") as mount_point:
        shutil.copytree(data_dir, mount_point / "data")
        yield mount_point / "data"


def test_a_read_only_data_dir_is_reported_and_nothing_changes(read_only_copy):
    before = store_snapshot(read_only_copy)
    result = run_process(read_only_copy, *FINDING_ARGS)
    assert result.code == 1
    assert "hanya-baca" in result.err, result.err
    assert store_snapshot(read_only_copy) == before
    listed = run_process(read_only_copy, "finding", "list", "--json")
    assert listed.code == 0, listed.err  # reading still works


def test_a_full_disk_while_storing_evidence_loses_nothing(nearly_full_copy, tmp_path):
    before = store_snapshot(nearly_full_copy)
    finding_id = run(nearly_full_copy, "finding", "list", "--json").json()[0]["id"]
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    result = run_process(nearly_full_copy, "evidence", "add", finding_id, big)
    assert result.code == 1
    assert "Disk penuh" in result.err, result.err
    assert store_snapshot(nearly_full_copy) == before
    assert not list((nearly_full_copy / "evidence").rglob(".tmp-*"))


def test_a_full_disk_while_writing_the_database_loses_nothing(nearly_full_copy, tmp_path):
    before = store_snapshot(nearly_full_copy)
    result = run_process(nearly_full_copy, "demo", "--findings", "5000")  # several MB in one transaction
    assert result.code == 1
    assert "Disk penuh" in result.err, result.err
    assert store_snapshot(nearly_full_copy) == before
    assert run(nearly_full_copy, "check").code == 0


def test_concurrent_readers_do_not_block_a_writer(data_dir, finding_id):
    """WAL: the GUI may be reading while the command line writes."""
    reader = sqlite3.connect(data_dir / "netralitas.db")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM findings").fetchone()
    done = threading.Event()
    try:
        result = run(data_dir, *FINDING_ARGS)
        done.set()
    finally:
        reader.close()
    assert result.code == 0 and done.is_set()
