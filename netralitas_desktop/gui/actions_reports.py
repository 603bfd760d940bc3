"""Menu entry points for PDF reports: Berkas → Cetak / Pratinjau PDF… and Simpan PDF….

Each receives an ActionContext (see gui/context.py). The reports themselves are made by the core
(`netralitas_desktop.reports`) in a worker with a Store of its own; see report_dialogs.py and pdf_preview.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.messages import show_error, show_info
from netralitas_desktop.gui.worker import Job


def print_preview(ctx: ActionContext) -> Job | None:
    """Cetak / Pratinjau PDF…: Form A (with its evidence annex) of the selected finding, in the preview window.

    With several findings selected, the first in list order is shown.
    """
    from netralitas_desktop.gui.report_dialogs import FORM_A, ReportRequest, form_a_filename, preview_report

    ids = ctx.selected_ids()
    if not ids:
        show_info(ctx.window, QCoreApplication.translate("actions_reports", "Cetak / Pratinjau PDF"),
                  QCoreApplication.translate("actions_reports", "Pilih satu temuan di daftar dulu."))
        return None
    try:
        finding = ctx.store.get_finding(ids[0])
        from netralitas_desktop.reports import paper_name

        paper = paper_name(None, ctx.store)
    except NetralitasError as err:
        show_error(ctx.window, err, QCoreApplication.translate("actions_reports", "Cetak / Pratinjau PDF"))
        return None
    number = finding.register_number or finding.form_a_number or finding.id[:8]
    request = ReportRequest(kind=FORM_A, output=Path(form_a_filename(finding)), paper=paper, finding_id=finding.id)
    title = QCoreApplication.translate("actions_reports", "Formulir Model A {number}").format(number=number)
    return preview_report(ctx.window, ctx.data_dir, request, title)


def save_pdf(ctx: ActionContext):
    """Simpan PDF…: the dialog to choose Form A, the register or the recap, and where to save it."""
    from netralitas_desktop.gui.report_dialogs import SaveReportDialog

    ids = ctx.selected_ids()
    try:
        dialog = SaveReportDialog(ctx.window, ctx.store, ctx.data_dir, finding_id=ids[0] if ids else None,
                                  list_filter=ctx.current_filter())
    except NetralitasError as err:
        show_error(ctx.window, err, QCoreApplication.translate("actions_reports", "Simpan PDF"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal without a nested event loop
    return dialog
