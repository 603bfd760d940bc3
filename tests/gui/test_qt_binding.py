"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 on Python 3.11 drops a reference to None on
every processed event and signal, and Python aborts after a few thousand ("Fatal Python error: none_dealloc") —
in the app that is a few minutes of scrolling or typing. Use PySide6-Essentials < 6.12 on Python 3.11 (6.11.3
is fine), or Python ≥ 3.12 (where None cannot be freed). See gui/app.py: qt_binding_problem()."""

from __future__ import annotations

import sys

from netralitas_desktop.gui.app import qt_binding_problem


def test_processing_events_keeps_the_reference_count_of_none(qapp):
    before = sys.getrefcount(None)
    for _ in range(200):
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < 50, (f"processing 200 events lost {lost} references to None: {qt_binding_problem() or ''} "
                       "Pin PySide6-Essentials<6.12 for Python 3.11.")


def test_the_app_names_the_known_bad_combination():
    import PySide6

    bad = PySide6.__version__.startswith("6.12.") and sys.version_info < (3, 12)
    assert bool(qt_binding_problem()) == bad
