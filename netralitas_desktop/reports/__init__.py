"""Reports: Form A, Model B.1, receipt and registration form, evidence annex, register, recap (PDF, ReportLab);
register and recap also as Excel workbooks (openpyxl).

No Qt here: the GUI calls these from a worker thread, passing `progress(done, total)` and `cancelled()`.
Every report is laid out in memory and written atomically, so a failed or cancelled report leaves no file.
Names are imported on first use so that `netralitas` commands other than `report` do not load ReportLab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netralitas_desktop.reports.common import (
        EmptyReportError,
        ReportError,
        default_filename,
        paper_name,
    )
    from netralitas_desktop.reports.form_a import render_form_a
    from netralitas_desktop.reports.model_b import render_laporan, render_receipt, render_registration
    from netralitas_desktop.reports.recap import render_recap
    from netralitas_desktop.reports.register import render_register
    from netralitas_desktop.reports.xlsx import build_recap_xlsx, build_register_xlsx

_WHERE = {
    "render_form_a": "form_a",
    "render_laporan": "model_b",
    "render_receipt": "model_b",
    "render_registration": "model_b",
    "build_register_xlsx": "xlsx",
    "build_recap_xlsx": "xlsx",
    "render_register": "register",
    "render_recap": "recap",
    "default_filename": "common",
    "paper_name": "common",
    "ReportError": "common",
    "EmptyReportError": "common",
}
__all__ = [
    "render_form_a",
    "render_laporan",
    "render_receipt",
    "render_registration",
    "build_register_xlsx",
    "build_recap_xlsx",
    "render_register",
    "render_recap",
    "default_filename",
    "paper_name",
    "ReportError",
    "EmptyReportError",
]


def __getattr__(name: str):
    if name in _WHERE:
        module = importlib.import_module(f"netralitas_desktop.reports.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
