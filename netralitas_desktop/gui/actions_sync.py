"""Menu entry points for sync bundles. Each takes an ActionContext (see gui/context.py), opens its dialog
window-modal over `ctx.window` and returns it at once; long work runs in the dialogs' worker jobs.

- `export_bundle(ctx)`          Berkas → Ekspor bundel…
- `import_bundle(ctx)`          Berkas → Impor bundel… (asks for the file first)
- `open_import_dialog(ctx, p)`  the import dialog for a given file, checking it at once (a double-clicked
                                .nbundle, `netralitas-desktop --import-bundle FILE`)
- `show_conflicts(ctx)`         the conflicts imports kept
- `show_keys(ctx)`              this device's keys, headquarters recipients, trusted devices
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.operations import Changes, announce
from netralitas_desktop.gui.sync_conflicts import ConflictsDialog
from netralitas_desktop.gui.sync_export import ExportBundleDialog
from netralitas_desktop.gui.sync_import import ImportBundleDialog
from netralitas_desktop.gui.sync_keys import KeysDialog


def _ui_store(ctx: ActionContext, dialog_owner: list):
    """The UI thread's store; before the window has loaded one (opening a bundle at start-up), a store of the
    dialog's own, closed with it."""
    if ctx.store is not None:
        return ctx.store
    from netralitas_desktop.data.store import Store

    store = Store(ctx.data_dir)
    dialog_owner.append(store)
    return store


DialogT = TypeVar("DialogT", bound=QDialog)


def _open(dialog: DialogT, owned: list) -> DialogT:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for store in owned:
        dialog.finished.connect(lambda _result, s=store: s.close())
    dialog.open()
    return dialog


def export_bundle(ctx: ActionContext) -> ExportBundleDialog:
    """Berkas → Ekspor bundel…: a signed (and, with headquarters keys, encrypted) bundle for the level above."""
    owned: list = []
    return _open(ExportBundleDialog(_ui_store(ctx, owned), ctx.data_dir, ctx.window), owned)


def open_import_dialog(ctx: ActionContext, path: Path | None = None,
                       parent: QWidget | None = None) -> ImportBundleDialog:
    """The import dialog; with `path`, the bundle is checked at once and its preview shown."""
    dialog = ImportBundleDialog(ctx.data_dir, parent or ctx.window, path=Path(path) if path else None)
    # An import may bring any finding, a trusted device and conflicts: every view refreshes.
    dialog.imported.connect(lambda _report: announce(Changes(all_findings=True, keys=True, conflicts=True)))
    dialog.conflictsRequested.connect(lambda: show_conflicts(ctx, parent=dialog))
    _open(dialog, [])
    if path is not None:
        dialog.inspect()
    return dialog


def import_bundle(ctx: ActionContext) -> ImportBundleDialog:
    """Berkas → Impor bundel…: choose a bundle, see what it brings, then merge it."""
    dialog = open_import_dialog(ctx)
    QTimer.singleShot(0, dialog.choose_file)
    return dialog


def show_conflicts(ctx: ActionContext, parent: QWidget | None = None) -> ConflictsDialog:
    """The conflicts kept by imports, to compare and resolve."""
    owned: list = []
    dialog = ConflictsDialog(_ui_store(ctx, owned), parent or ctx.window)
    return _open(dialog, owned)


def show_keys(ctx: ActionContext) -> KeysDialog:
    """This device's id, fingerprint and public keys; headquarters recipients; trusted devices."""
    owned: list = []
    return _open(KeysDialog(_ui_store(ctx, owned), ctx.window), owned)
