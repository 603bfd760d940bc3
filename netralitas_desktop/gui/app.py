"""`netralitas-desktop [--data-dir DIR] [--demo]`: start the application.

With no store in the data dir the set-up wizard appears; `--demo` opens a store of realistic sample data
(created on first use in its own folder, never in the office's real data dir unless --data-dir says so).
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from netralitas_desktop.domain.dates_id import number_id

DEMO_FINDINGS = 500
# store.database.DB_NAME, written out: importing the store module would load sqlite-utils (and whatever it
# pulls in) before the window appears; the store is opened in the background instead (a test keeps them equal).
DB_FILE = "netralitas.db"
AUTOMATIC_BACKUP_DELAY_MS = 10_000
# The menus' extra modules and the log file wait this long after the window is up: importing them in the first
# moments competes with the first paint and the list's loading for the interpreter.
AFTER_START_MS = 250
MENU_MODULES = ("netralitas_desktop.gui.maintenance", "netralitas_desktop.gui.actions_sync")


def import_modules(job, names: tuple[str, ...]) -> None:
    """Import modules (in a worker thread, so that loading them does not freeze the window)."""
    import importlib

    for name in names:
        importlib.import_module(name)
log = logging.getLogger("netralitas.gui")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from netralitas_desktop import __version__

    parser = argparse.ArgumentParser(prog="netralitas-desktop", description="Netralitas Desktop: pencatatan "
                                     "dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa.")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder data (bawaan: $NETRALITAS_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--demo", action="store_true", help="buka data contoh (dibuat bila belum ada)")
    parser.add_argument("--demo-findings", type=int, default=DEMO_FINDINGS, help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"netralitas-desktop {__version__}")
    parser.add_argument("--import-bundle", type=Path, metavar="BERKAS",
                        help="buka dialog impor untuk bundel ini (klik ganda berkas .nbundle)")
    parser.add_argument("--selftest", action="store_true",
                        help="uji mandiri tanpa layar: simpan, cetak, ekspor/impor, jendela utama")
    parser.add_argument("--register-file-types", action="store_true",
                        help="daftarkan berkas .nbundle agar dibuka dengan aplikasi ini")
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)  # start-up benchmarks
    return parser.parse_args(argv)


def demo_data_dir(explicit: Path | None = None) -> Path:
    """The demo store's folder: --data-dir if given, else beside the real data dir with a "-demo" suffix."""
    from netralitas_desktop.paths import data_dir

    if explicit:
        return Path(explicit).expanduser()
    real = data_dir()
    return real.parent / f"{real.name}-demo"


def has_store(folder: Path) -> bool:
    return (Path(folder) / DB_FILE).exists()


def create_demo_store(job, folder: Path, findings: int) -> Path:
    """Create a sample store for Bawaslu Kabupaten Bangka Selatan with realistic findings (worker thread)."""
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.demo import generate_demo

    store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                         region_code="19.03", officer="Rina Marlina", office_code="19.03",
                         office_address="Jalan Jenderal Sudirman, Toboali, Bangka Selatan",
                         officer_jabatan="Staf Penanganan Pelanggaran")
    try:
        store.set_setting("signer", {"name": "Hendra Gunawan", "jabatan": "Ketua Bawaslu Kabupaten Bangka Selatan"})
        generate_demo(store, findings, progress=job.report)
    finally:
        store.close()
    return folder


def create_application(argv: list[str] | None = None):
    """The QApplication with Indonesian locale and translations, and the style (the icon: set_app_icon)."""
    from PySide6.QtWidgets import QApplication

    from netralitas_desktop.gui.i18n import install_translations
    from netralitas_desktop.gui.style import apply_style

    existing = QApplication.instance()
    made_here = existing is None
    if isinstance(existing, QApplication):
        app = existing
    elif existing is None:
        # Fusion named on the command line: setStyle() would also build Python wrappers of the style's types,
        # a few milliseconds of start-up for nothing.
        app = QApplication([*list(argv or sys.argv[:1]), "-style", "Fusion"])
    else:
        raise RuntimeError("the app needs a QApplication; another kind of Qt application is running")
    app.setApplicationName("Netralitas Desktop")
    app.setOrganizationName("Bawaslu")
    install_translations(app)
    apply_style(app, fusion_set=made_here)
    return app


def set_app_icon(app) -> None:
    """The window icon. Not before the main window is up: naming a PNG makes Qt look through every image-format
    plugin, cold disk reads at start-up (until then the system shows the executable's own icon)."""
    from PySide6.QtGui import QIcon

    from netralitas_desktop.gui.style import icons_dir

    app.setWindowIcon(QIcon(str(icons_dir() / "app.png")))


def qt_binding_problem() -> str | None:
    """A warning when the installed PySide6 is known to crash this Python, else None.

    PySide6 6.12.0 drops a reference to None on every processed event when run on Python 3.11 (None only became
    immortal in 3.12); the interpreter then aborts after a few thousand events.
    """
    import PySide6

    if PySide6.__version__.startswith("6.12.") and sys.version_info < (3, 12):
        return (f"PySide6 {PySide6.__version__} dengan Python {sys.version_info.major}.{sys.version_info.minor} "
                "diketahui membuat aplikasi berhenti mendadak. Pasang PySide6-Essentials versi di bawah 6.12 "
                "(mis. 6.11.3) atau gunakan Python 3.12.")
    return None


def install_error_hook() -> None:
    """An unexpected error in a slot is logged and shown instead of killing the app."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            from netralitas_desktop.gui.messages import show_error

            show_error(None, value)
        except Exception:  # noqa: BLE001 - never fail inside the hook
            previous(kind, value, tb)

    sys.excepthook = hook


def open_main_window(data_dir: Path, *, load: bool = True):
    """Show the main window at once and load the findings in the background."""
    from PySide6.QtCore import QSize

    from netralitas_desktop.gui.main_window import MainWindow
    from netralitas_desktop.gui.screen_fit import show_window

    window = MainWindow(data_dir)
    show_window(window, QSize(1366, 768))
    if load:
        # After the first paint: the loading thread would otherwise hold the GIL while the window draws.
        from PySide6.QtCore import QTimer

        timer = window.load_timer = QTimer(window, singleShot=True, interval=0)
        timer.timeout.connect(window.start_loading)
        timer.start()
    return window


def remove_temporary_files() -> None:
    """When the app closes: the decrypted evidence copies inside the data dir and the copies handed to other
    programs in the system's temp folder go (they hold personal data)."""
    import shutil
    import tempfile

    from netralitas_desktop.data.sync_workdir import remove_session_folders

    remove_session_folders()
    shutil.rmtree(Path(tempfile.gettempdir()) / "netralitas-bukti", ignore_errors=True)


def unlock_if_protected(folder: Path) -> bool:
    """A protected store asks for its passphrase before any window shows; False when the officer left."""
    from netralitas_desktop.data.encryption_probe import is_protected

    if not is_protected(folder):  # asked without loading the crypto: an unprotected store starts sooner
        return True
    from netralitas_desktop.data import store_key

    if store_key.key_for(folder) is not None:
        return True
    from netralitas_desktop.gui.unlock import unlock_at_start

    return unlock_at_start(folder)


def install_app_lock(window, folder: Path) -> None:
    """A protected store's app locks itself after the idle time of the `lock_minutes` setting."""
    from netralitas_desktop.data.encryption_probe import is_protected

    if not is_protected(folder):
        return
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.gui.unlock import AppLock

    with Store(folder, readonly=True) as store:
        minutes = store.setting("lock_minutes")
    window.app_lock = AppLock(folder, minutes if isinstance(minutes, int) else None, window)


def launch(argv: list[str] | None = None) -> list | None:
    """Everything `main` does before the event loop: open the store (or create the demo, or run the wizard)
    and show the main window. Returns the list the window is put in (it may arrive later, after the demo is
    made), or None when the officer cancelled the wizard."""
    args = parse_args(argv)
    app = create_application()
    from netralitas_desktop.paths import data_dir as default_data_dir

    folder = demo_data_dir(args.data_dir) if args.demo else default_data_dir(args.data_dir)
    windows: list = []
    app.aboutToQuit.connect(remove_temporary_files)

    def open_folder(path: Path) -> None:
        from PySide6.QtCore import QTimer

        window = open_main_window(path)
        windows.append(window)
        install_app_lock(window, path)
        # The window is drawn first: the maintenance and sync menus load the sync engine (a quarter of a second
        # of imports), and the daily backup copies the whole data dir, so it waits until the list is up.
        window.finish_timer = QTimer(window, singleShot=True, interval=AFTER_START_MS)
        window.finish_timer.timeout.connect(lambda: load_menu_modules(window))
        window.finish_timer.start()
        window.backup_timer = QTimer(window, singleShot=True, interval=AUTOMATIC_BACKUP_DELAY_MS)
        window.backup_timer.timeout.connect(lambda: start_backup(path))
        window.backup_timer.start()

    def load_menu_modules(window) -> None:
        """Import those modules in a worker (the UI stays responsive), then add their menu entries."""
        from netralitas_desktop.gui.worker import Job, default_runner

        job = Job(import_modules, MENU_MODULES, name="menu")
        job.signals.finished.connect(lambda _result: finish_opening(window))
        job.signals.failed.connect(lambda _message: finish_opening(window))  # the import error shows there
        window.menu_job = job
        default_runner().start(job)

    def finish_opening(window) -> None:
        from shiboken6 import isValid

        from netralitas_desktop.gui import maintenance

        if not isValid(window):  # closed while the menu modules were loading: nothing left to add them to
            return
        maintenance.install_menu_entries(window)
        if args.import_bundle:
            from netralitas_desktop.gui import actions_sync

            actions_sync.open_import_dialog(window.action_context(), args.import_bundle)

    def start_backup(path: Path) -> None:
        from netralitas_desktop.gui import maintenance

        maintenance.start_automatic_backup(path)

    if not has_store(folder):
        set_app_icon(app)  # the wizard or the demo's progress come first
    if has_store(folder):
        if not unlock_if_protected(folder):
            return None
        open_folder(folder)
    elif args.demo:
        from netralitas_desktop.gui.worker import Job, run_with_progress

        job = Job(create_demo_store, folder, args.demo_findings, name="demo")

        def failed(message: str) -> None:
            from netralitas_desktop.gui.messages import show_error_text

            show_error_text(None, app.translate("App", "Data contoh"), message)
            app.quit()

        run_with_progress(None, app.translate("App", "Data contoh"),
                          app.translate("App", "Membuat {n} temuan contoh…").format(
                              n=number_id(args.demo_findings)), job,
                          on_finished=open_folder, on_failed=failed, delay_ms=0)
    else:
        from netralitas_desktop.gui.wizard import SetupWizard

        wizard = SetupWizard(folder)
        if wizard.exec() != SetupWizard.DialogCode.Accepted or not wizard.created:
            return None
        open_folder(wizard.data_dir)
    from PySide6.QtCore import QTimer

    # Once the window is drawn and the event loop turns: start-up time is the officer's time.
    QTimer.singleShot(AFTER_START_MS, start_logging)
    QTimer.singleShot(AFTER_START_MS, lambda: set_app_icon(app))
    return windows


def start_logging() -> None:
    """The rotating log file, and a warning about a Qt binding known to crash this Python."""
    from netralitas_desktop.services.logs import setup_logging

    setup_logging()
    if problem := qt_binding_problem():
        log.warning(problem)
        print(problem, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.selftest:
        from netralitas_desktop.gui.maintenance import run_selftest

        return run_selftest()
    if args.register_file_types:
        from netralitas_desktop.domain.errors import NetralitasError
        from netralitas_desktop.services.file_association import register_file_association

        try:
            print(register_file_association())
        except NetralitasError as err:
            print(f"galat: {err}", file=sys.stderr)
            return 1
        return 0
    windows = launch(argv)
    if windows is None:
        return 0
    install_error_hook()
    from PySide6.QtWidgets import QApplication

    if args.quit_when_ready:  # the window is up and the event loop turns: what bench/bench_frozen.py times
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print("READY", flush=True), QApplication.quit()))
    return QApplication.exec()


if __name__ == "__main__":
    raise SystemExit(main())
