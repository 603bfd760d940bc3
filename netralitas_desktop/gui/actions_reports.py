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
    """Cetak / Pratinjau PDF…: the form of the selected finding (Form A of a temuan, Model B.1 of a laporan, each
    with its evidence annex), in the preview window.

    With several findings selected, the first in list order is shown.
    """
    from netralitas_desktop.gui.report_dialogs import (
        FORM_A,
        ReportRequest,
        finding_form_name,
        finding_number,
        form_a_filename,
        preview_report,
        report_title,
    )

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
    # Form A without a letterhead (Perbawaslu 5/2022), Model B.1 with one, as the command line prints them.
    request = ReportRequest(kind=FORM_A, output=Path(form_a_filename(finding)), paper=paper, finding_id=finding.id,
                            letterhead=finding.source == "laporan")
    title = report_title(request, finding_number(finding), finding_form_name(ctx.store, finding))
    return preview_report(ctx.window, ctx.data_dir, request, title)


def save_pdf(ctx: ActionContext):
    """Simpan PDF…: the dialog to choose the selected finding's forms, the register or the recap (PDF or Excel), and
    where to save it."""
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
