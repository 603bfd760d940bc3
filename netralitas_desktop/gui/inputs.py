"""Values in and out of input widgets the forms share: a combo box's chosen code, a masked box's text, and a
date typed as HH-BB-TTTT (the Indonesian order)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox


def set_combo_data(combo: QComboBox, value: str | None) -> None:
    """Choose the item whose data is `value` (the first item when none is)."""
    index = combo.findData(value or "")
    combo.setCurrentIndex(index if index >= 0 else 0)


def masked_text(text: str) -> str:
    """What a masked box holds, without the mask's own separators when nothing was typed (":" or "--")."""
    return "" if not text.strip(" :-_") else text.strip()


def iso_from_day_month_year(text: str) -> str | None:
    """ "17-08-1985" → "1985-08-17"; "" for an empty box; None when it is incomplete or no real day."""
    text = masked_text(text)
    if not text:
        return ""
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        return None
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
    except ValueError:
        return None


def day_month_year_from_iso(value: str) -> str:
    """ "1985-08-17" → "17-08-1985"; text that is not an ISO date is shown as it is."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
