"""Keeping the data safe and the app checkable: backup and restore, automatic backups, the log folder, the
`.nbundle` file type, the About dialog, and the self-test of a frozen build (`--selftest`)."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from netralitas_desktop import __version__
from netralitas_desktop.gui.messages import show_error, show_error_text, show_info
from netralitas_desktop.gui.worker import Job, default_runner, run_with_progress
from netralitas_desktop.paths import log_dir

if TYPE_CHECKING:
    from netralitas_desktop.gui.main_window import MainWindow

log = logging.getLogger("netralitas.gui")


def tr(text: str) -> str:
    return QCoreApplication.translate("Maintenance", text)


def install_menu_entries(window: MainWindow) -> None:
    """Add the maintenance, sync-conflict and key entries to the main window's File and Help menus."""
    from netralitas_desktop.gui import actions_sync

    ui = window.ui
    file_entries: list[tuple[str | None, Callable[[], object] | None]] = [
        (tr("Konflik sinkronisasi…"), lambda: actions_sync.show_conflicts(window.action_context())),
        (tr("Kunci dan penerima bundel…"), lambda: actions_sync.show_keys(window.action_context())),
        (None, None),
        (tr("Cadangkan data…"), lambda: backup_with_passphrase(window)),
        (tr("Pulihkan cadangan…"), lambda: restore_into_new_folder(window)),
    ]
    from netralitas_desktop.gui import unlock
    from netralitas_desktop.gui.recovery import save_recovery_sheet

    app_lock = window.app_lock
    if app_lock is not None:  # a protected store (issue 11)
        file_entries[2:2] = [
            (tr("Ganti kata sandi data…"), lambda: unlock.change_passphrase(window, window.data_dir)),
            (tr("Cetak lembar pemulihan…"), lambda: save_recovery_sheet(window, window.data_dir)),
            (tr("Kunci sekarang"), app_lock.lock)]
    else:
        file_entries[2:2] = [(tr("Lindungi data dengan kata sandi…"),
                              lambda: unlock.protect_from_app(window, window.data_dir))]
    before = ui.actionSettings
    for text, slot in file_entries:
        if text is None:
            ui.menuFile.insertSeparator(before)
            continue
        action = QAction(text, window)
        action.triggered.connect(slot)
        ui.menuFile.insertAction(before, action)
    ui.menuFile.insertSeparator(before)
    for text, slot in ((tr("Buka folder log"), open_log_folder),
                       (tr("Daftarkan berkas bundel (.nbundle)"), lambda: register_file_types(window))):
        action = QAction(text, window)
        action.triggered.connect(slot)
        ui.menuHelp.insertAction(ui.actionAbout, action)
    ui.actionAbout.triggered.disconnect()
    ui.actionAbout.triggered.connect(lambda: show_about(window, window.data_dir))


def about_text(data_dir: Path) -> str:
    from netralitas_desktop.services.logs import LOG_NAME

    return tr(
        "<b>Netralitas Desktop {version}</b><p>Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, kepala "
        "desa dan perangkat desa, tanpa internet.</p>"
        "<p>Folder data: <code>{data}</code><br>Berkas log: <code>{log}</code></p>"
        "<p><b>Lisensi</b><br>Data wilayah: diturunkan dari idn-area-data 4.0.1 © para kontributornya, di bawah "
        "Open Database License (ODbL) 1.0 — lihat resources/wilayah/ATTRIBUTION.md.<br>"
        "Huruf: Liberation Sans dan Mono (SIL Open Font License 1.1).<br>"
        "Qt dan PySide6 (LGPLv3), ReportLab (BSD), sqlite-utils (Apache 2.0), pyrage dan cryptography "
        "(Apache 2.0/BSD), Pillow (HPND).<br>Ikon: digambar mengikuti Lucide (ISC).</p>"
    ).format(version=__version__, data=data_dir, log=log_dir() / LOG_NAME)


def show_about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(parent, tr("Tentang Netralitas Desktop"), about_text(data_dir))


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def register_file_types(parent: QWidget) -> None:
    from netralitas_desktop.domain.errors import NetralitasError
    from netralitas_desktop.services.file_association import register_file_association

    try:
        show_info(parent, tr("Berkas bundel"), register_file_association())
    except NetralitasError as err:
        show_error(parent, err)


def ask_passphrase(parent: QWidget, *, confirm: bool) -> str | None:
    """A passphrase typed twice (once to restore); None when the officer cancelled."""
    first, ok = QInputDialog.getText(parent, tr("Frasa sandi cadangan"),
                                     tr("Frasa sandi (minimal 8 karakter). Simpan di tempat aman: tanpa frasa "
                                        "ini cadangan tidak dapat dibuka."), QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if confirm:
        if len(first) < 8:
            show_error_text(parent, tr("Frasa sandi cadangan"), tr("Frasa sandi minimal 8 karakter."))
            return None
        second, ok = QInputDialog.getText(parent, tr("Frasa sandi cadangan"), tr("Ulangi frasa sandi:"),
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if second != first:
            show_error_text(parent, tr("Frasa sandi cadangan"), tr("Frasa sandi tidak sama; cadangan tidak dibuat."))
            return None
    return first


def backup_with_passphrase(window) -> None:
    """Berkas → Cadangkan data…: an encrypted snapshot, safe while the app is open, written off the UI thread."""
    from datetime import date

    target, _ = QFileDialog.getSaveFileName(window, tr("Simpan cadangan"),
                                            str(Path.home() / f"Cadangan_Netralitas_{date.today():%Y-%m-%d}.nbak"),
                                            tr("Cadangan Netralitas (*.nbak)"))
    if not target:
        return
    secret = ask_passphrase(window, confirm=True)
    if secret is None:
        return

    def work(job: Job, data_dir: Path, output: Path, passphrase: str):
        from netralitas_desktop.services.backup import make_backup

        return make_backup(data_dir, output, passphrase=passphrase, progress=job.report)

    def done(result) -> None:
        from netralitas_desktop.domain.dates_id import number_id
        from netralitas_desktop.gui.i18n import size_id

        show_info(window, tr("Cadangan dibuat"), tr("Cadangan disimpan di {path} ({files} berkas, {size}).")
                  .format(path=result.path, files=number_id(result.files), size=size_id(result.bytes)))

    run_with_progress(window, tr("Cadangkan data"), tr("Membuat cadangan terenkripsi…"),
                      Job(work, window.data_dir, Path(target), secret, name="backup"), on_finished=done,
                      on_failed=lambda message: show_error_text(window, tr("Cadangan gagal"), message))


def restore_into_new_folder(window) -> None:
    """Berkas → Pulihkan cadangan…: restore into an empty folder, check it, and say how to open it."""
    source, _ = QFileDialog.getOpenFileName(window, tr("Pilih berkas cadangan"), str(Path.home()),
                                            tr("Cadangan Netralitas (*.nbak)"))
    if not source:
        return
    folder = QFileDialog.getExistingDirectory(window, tr("Pilih folder KOSONG untuk data yang dipulihkan"))
    if not folder:
        return
    secret = ask_passphrase(window, confirm=False)
    if secret is None:
        return

    def work(job: Job, backup: Path, target: Path, passphrase: str):
        from netralitas_desktop.data.store import Store
        from netralitas_desktop.services.backup import restore_backup

        restore_backup(backup, target, passphrase=passphrase)
        with Store(target) as store:
            return store.check()

    def done(problems) -> None:
        if problems:
            show_error_text(window, tr("Pemulihan"), tr("Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: ")
                            + "; ".join(problems))
            return
        show_info(window, tr("Cadangan dipulihkan"),
                  tr("Data dipulihkan ke {folder} dan lolos pemeriksaan. Buka dengan: netralitas-desktop --data-dir "
                     "\"{folder}\"").format(folder=folder))

    run_with_progress(window, tr("Pulihkan cadangan"), tr("Memulihkan dan memeriksa cadangan…"),
                      Job(work, Path(source), Path(folder), secret, name="restore"), on_finished=done,
                      on_failed=lambda message: show_error_text(window, tr("Pemulihan gagal"), message))


def start_automatic_backup(data_dir: Path) -> Job:
    """Today's automatic backup (last 7 kept) in the background, a few seconds after start-up."""
    def work(job: Job, folder: Path):
        from netralitas_desktop.data.store import Store
        from netralitas_desktop.services.backup import rotate_automatic_backup

        with Store(folder) as store:
            return rotate_automatic_backup(store)

    job = Job(work, data_dir, name="automatic-backup")
    job.signals.failed.connect(lambda message: log.warning("automatic backup failed: %s", message))
    default_runner().start(job)
    return job


def run_selftest(report=print) -> int:
    """`netralitas-desktop --selftest`: the core self-test, then the main window and the PDF module, offscreen.
    Returns the process exit code."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from netralitas_desktop.selftest import run_core_selftest

    try:
        run_core_selftest(report)
        from netralitas_desktop.gui.app import create_application, open_main_window

        app = create_application([sys.argv[0]])
        with tempfile.TemporaryDirectory(prefix="netralitas-uji-gui-") as temp:
            from netralitas_desktop.data.store import Store
            from netralitas_desktop.reports import render_form_a
            from netralitas_desktop.services.demo import generate_demo

            folder = Path(temp) / "data"
            with Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan",
                              region_code="19.03.01", officer="Uji Mandiri", office_code="19.03") as store:
                generate_demo(store, 30, images=3)
                first = store.finding_ids()[0]
                render_form_a(store, first, Path(temp) / "form-a.pdf")
            window = open_main_window(folder)
            clock = QElapsedTimer()
            clock.start()
            while window.model.rowCount() < 30 and clock.elapsed() < 30_000:
                QApplication.processEvents()
            if window.model.rowCount() != 30:
                raise AssertionError(f"jendela utama memuat {window.model.rowCount()} dari 30 temuan")
            report("Jendela utama terbuka dan memuat daftar temuan.")
            from PySide6.QtPdf import QPdfDocument

            document = QPdfDocument(window)
            document.load(str(Path(temp) / "form-a.pdf"))
            if document.pageCount() < 1:
                raise AssertionError("modul PDF Qt tidak dapat membuka Form A")
            report(f"Pratinjau PDF: Form A terbuka ({document.pageCount()} halaman).")
            # Every job the window started (counts, details) ends before its folder goes: on a busy machine one
            # may still be opening the store, and removing the folder under it would fail the self-test.
            from netralitas_desktop.gui.worker import default_runner

            for runner in (window.runner, default_runner()):
                runner.wait(60_000)
            window.close()
            app.processEvents()
        report("UJI MANDIRI LULUS.")
        return 0
    except Exception as err:  # noqa: BLE001 - the self-test reports whatever broke
        log.exception("self-test failed")
        print(f"UJI MANDIRI GAGAL: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
