"""PDF reports drawn with ReportLab: Form A, evidence annex, register, recap.

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
    from netralitas_desktop.reports.recap import render_recap
    from netralitas_desktop.reports.register import render_register

_WHERE = {
    "render_form_a": "form_a",
    "render_register": "register",
    "render_recap": "recap",
    "default_filename": "common",
    "paper_name": "common",
    "ReportError": "common",
    "EmptyReportError": "common",
}
__all__ = [
    "render_form_a",
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
