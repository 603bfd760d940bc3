"""Menu entry points for sync bundles (Berkas → Ekspor bundel… / Impor bundel…).

Placeholder until the sync engine is wired in: the sync engineer replaces this file. Each function receives an
ActionContext (see gui/context.py) and must do long work through `ctx.run_in_background`, opening its own Store
in the worker thread, then call `ctx.refresh()` when data changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.messages import show_info


def export_bundle(ctx: ActionContext) -> None:
    """Berkas → Ekspor bundel…: write a signed (and encrypted) bundle for the level above."""
    show_info(ctx.window, QCoreApplication.translate("actions_sync", "Ekspor bundel"),
              QCoreApplication.translate("actions_sync", "Belum tersedia. Sementara itu gunakan perintah "
                                                         "`netralitas bundle export` di terminal."))


def import_bundle(ctx: ActionContext) -> None:
    """Berkas → Impor bundel…: read a bundle from another office, show what it brings, then merge it."""
    show_info(ctx.window, QCoreApplication.translate("actions_sync", "Impor bundel"),
              QCoreApplication.translate("actions_sync", "Belum tersedia. Sementara itu gunakan perintah "
                                                         "`netralitas bundle import` di terminal."))
