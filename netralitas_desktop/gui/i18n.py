"""Language: Indonesian locale for dates and numbers, Qt's own strings in Indonesian, optional UI translations.

The source language of every string in the app is Bahasa Indonesia. `resources/translations/qtbase_id.qm`
translates the strings Qt itself shows (OK/Batal buttons, context menus, the wizard's buttons);
`netralitas_<lang>.qm`, when present and asked for with $NETRALITAS_LANG, translates the app into another
language.
"""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QDate, QLocale, QTranslator

from netralitas_desktop.domain.dates_id import MONTHS_ID
from netralitas_desktop.paths import resources_dir

LANG_VARIABLE = "NETRALITAS_LANG"
_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` and return it untranslated (translated where it is shown, with
    tr()). PySide6's own returns `object` to a type checker; this one says what it returns."""
    return text


def indonesian_locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def install_translations(app) -> None:
    """Indonesian locale by default, Qt's own strings in Indonesian, and the app translation if asked for."""
    QLocale.setDefault(indonesian_locale())
    folder = resources_dir() / "translations"
    names = ["qtbase_id"]
    lang = os.environ.get(LANG_VARIABLE, "").strip()
    if lang and lang != "id":
        names = [f"netralitas_{lang}"]
    for name in names:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)


def to_qdate(value: str | date | None) -> QDate:
    """A QDate from an ISO date (or a date); an invalid QDate for nothing."""
    if not value:
        return QDate()
    text = value.isoformat() if isinstance(value, date) else str(value)[:10]
    return QDate.fromString(text, "yyyy-MM-dd")


def iso_date(value: QDate) -> str:
    return value.toString("yyyy-MM-dd") if value.isValid() else ""


def short_date_id(value: str | None) -> str:
    """ "3 Des 2023" from an ISO date, for tables."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{day.day} {MONTHS_ID[day.month - 1][:3]} {day.year}"



def size_id(size: int) -> str:
    """A file size in Indonesian notation: "1,4 MB", "820 KB", "12 B"."""
    if size < 1024:
        return f"{size} B"
    scaled = float(size)
    for unit in ("KB", "MB", "GB"):
        scaled /= 1024
        if scaled < 1024 or unit == "GB":
            text = f"{scaled:.1f}" if scaled < 10 else f"{scaled:.0f}"
            return f"{text.replace('.', ',')} {unit}"
    return f"{size} B"


def deadline_text(deadline) -> str:
    """ "Penetapan temuan: lewat 3 hari kerja (batas Selasa, 5 Desember 2023)": a deadline with its date in
    Indonesian (the core's describe() gives the ISO date)."""
    from netralitas_desktop.domain.dates_id import format_date_id

    unit = "hari kerja" if deadline.day_kind == "kerja" else "hari"
    due = format_date_id(deadline.due_on, with_weekday=True)
    if deadline.days_left < 0:
        text = f"{deadline.label}: lewat {-deadline.days_left} {unit} (batas {due})"
    elif deadline.days_left == 0:
        text = f"{deadline.label}: batas hari ini ({due})"
    else:
        text = f"{deadline.label}: sisa {deadline.days_left} {unit} (batas {due})"
    return f"{text}, {deadline.estimate_note}" if deadline.estimate else text
