"""Encrypted backup while the store is open, and restoration into an empty data dir."""

import os
import sqlite3

import pytest
from cli_helpers import run, store_snapshot


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "rahasia-toboali-2024")


def test_backup_and_restore_give_back_the_same_store(data_dir, finding_id, screenshot, tmp_path):
    run(data_dir, "evidence", "add", finding_id, screenshot)
    backup = tmp_path / "cadangan.nbak"
    result = run(data_dir, "backup", "-o", backup)
    assert result.code == 0, result.err
    assert b"Hendra" not in backup.read_bytes()  # encrypted
    restored = tmp_path / "pulih"
    result = run(restored, "restore", backup)
    assert result.code == 0, result.err
    assert "lolos pemeriksaan" in result.out
    assert store_snapshot(restored) == store_snapshot(data_dir)
    assert run(restored, "finding", "show", finding_id, "--json").json()["subjects"][0]["name"] == "Hendra Saputra"


def test_backup_is_consistent_while_another_connection_writes(data_dir, finding_id, tmp_path):
    writer = sqlite3.connect(data_dir / "netralitas.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE findings SET title = 'belum disimpan'")
    try:
        assert run(data_dir, "backup", "-o", tmp_path / "b.nbak").code == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    restored = tmp_path / "pulih"
    assert run(restored, "restore", tmp_path / "b.nbak").code == 0
    assert run(restored, "finding", "show", finding_id, "--json").json()["title"] != "belum disimpan"


def test_restore_refuses_a_wrong_passphrase_a_non_empty_folder_and_a_damaged_file(data_dir, finding_id, tmp_path,
                                                                                    monkeypatch):
    backup = tmp_path / "b.nbak"
    run(data_dir, "backup", "-o", backup)
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "salah-sandi-123")
    wrong = run(tmp_path / "a", "restore", backup)
    assert wrong.code == 1 and "Frasa sandi atau kunci salah" in wrong.err
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "rahasia-toboali-2024")
    busy = run(data_dir, "restore", backup)
    assert busy.code == 1 and "tidak kosong" in busy.err
    damaged = tmp_path / "rusak.nbak"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    result = run(tmp_path / "c", "restore", damaged)
    assert result.code == 1 and result.err.startswith("galat: ")
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").iterdir())
    not_backup = tmp_path / "bukan.nbak"
    not_backup.write_bytes(os.urandom(2000))
    assert "rusak" in run(tmp_path / "d", "restore", not_backup).err


def test_backup_needs_a_passphrase_of_eight_characters(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "pendek")
    result = run(data_dir, "backup", "-o", tmp_path / "b.nbak")
    assert result.code == 1 and "minimal 8" in result.err
    assert not (tmp_path / "b.nbak").exists()


def test_automatic_backups_rotate_and_open_with_the_device_key(data_dir, finding_id, tmp_path):
    from datetime import timedelta

    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.backup import rotate_automatic_backup

    with Store(data_dir) as store:
        first = rotate_automatic_backup(store)
        assert first is not None and first.parent == data_dir / "backups"
        assert rotate_automatic_backup(store) is None  # one a day
        for _ in range(3):
            rotate_automatic_backup(store, keep=2, every=timedelta(0))
        assert len(list((data_dir / "backups").glob("otomatis-*.nbak"))) == 2
    newest = sorted((data_dir / "backups").glob("otomatis-*.nbak"))[-1]
    restored = tmp_path / "pulih"
    result = run(restored, "restore", newest, "--identity", data_dir / "keys" / "age-identity.txt")
    assert result.code == 0, result.err
    assert run(restored, "finding", "show", finding_id, "--json").json()["id"] == finding_id
    assert not (restored / "backups").exists()  # backups are not nested in backups
