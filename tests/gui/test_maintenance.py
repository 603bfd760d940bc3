"""Backup, about, log folder and the self-test from the desktop app."""

from __future__ import annotations

from netralitas_desktop.gui import maintenance


def test_the_about_text_names_the_data_dir_and_the_region_data_licence(store_dir):
    text = maintenance.about_text(store_dir)
    assert str(store_dir) in text and "ODbL" in text and "idn-area-data" in text and "netralitas.log" in text


def test_the_menus_offer_backup_restore_keys_conflicts_and_the_log_folder(window):
    maintenance.install_menu_entries(window)
    file_entries = [a.text() for a in window.ui.menuFile.actions()]
    help_entries = [a.text() for a in window.ui.menuHelp.actions()]
    for entry in ("Cadangkan data…", "Pulihkan cadangan…", "Konflik sinkronisasi…", "Kunci dan penerima bundel…"):
        assert entry in file_entries
    assert "Buka folder log" in help_entries


def test_backup_from_the_menu_writes_an_encrypted_file_that_restores(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.backup import restore_backup

    target = tmp_path / "cadangan.nbak"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("rahasia-toboali", True))
    told: list[str] = []
    monkeypatch.setattr(maintenance, "show_info", lambda parent, title, message: told.append(message))
    maintenance.backup_with_passphrase(window)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert str(target) in told[0]
    restore_backup(target, tmp_path / "pulih", passphrase="rahasia-toboali")
    with Store(tmp_path / "pulih") as store:
        assert store.check() == []


def test_the_selftest_passes(qapp):
    lines: list[str] = []
    assert maintenance.run_selftest(lines.append) == 0
    assert lines[-1] == "UJI MANDIRI LULUS."
