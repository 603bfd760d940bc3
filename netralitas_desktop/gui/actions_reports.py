"""Menu entry points for PDF reports (Berkas → Cetak / Pratinjau PDF… and Simpan PDF…).

Placeholder until the report engine is wired in: the reports engineer replaces this file. Each function
receives an ActionContext (see gui/context.py): `ctx.selected_ids()` gives the findings to print (Form A),
`ctx.current_filter()` the list's filter (register, recap). Long work goes through `ctx.run_in_background`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.messages import show_info


def print_preview(ctx: ActionContext) -> None:
    """Cetak / Pratinjau PDF…: Form A of the selected finding(s), opened for printing."""
    show_info(ctx.window, QCoreApplication.translate("actions_reports", "Cetak / Pratinjau PDF"),
              QCoreApplication.translate("actions_reports", "Belum tersedia. Sementara itu gunakan perintah "
                                                            "`netralitas report form-a` di terminal."))


def save_pdf(ctx: ActionContext) -> None:
    """Simpan PDF…: save Form A, the register or the recap as a PDF file."""
    show_info(ctx.window, QCoreApplication.translate("actions_reports", "Simpan PDF"),
              QCoreApplication.translate("actions_reports", "Belum tersedia. Sementara itu gunakan perintah "
                                                            "`netralitas report` di terminal."))
