"""How sync facts read in the dialogs: a fingerprint to read aloud by phone, record counts, offices, hashes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from netralitas_desktop.domain.dates_id import format_datetime_id, number_id
from netralitas_desktop.gui import style
from netralitas_desktop.gui.i18n import QT_TRANSLATE_NOOP, size_id

# How to say each hex digit on the phone: digits in Indonesian, letters in the spelling alphabet radio and
# police use (B, D and E sound alike when said as "be", "de", "e").
DIGIT_NAMES = {
    "0": QT_TRANSLATE_NOOP("SyncText", "nol"), "1": QT_TRANSLATE_NOOP("SyncText", "satu"),
    "2": QT_TRANSLATE_NOOP("SyncText", "dua"), "3": QT_TRANSLATE_NOOP("SyncText", "tiga"),
    "4": QT_TRANSLATE_NOOP("SyncText", "empat"), "5": QT_TRANSLATE_NOOP("SyncText", "lima"),
    "6": QT_TRANSLATE_NOOP("SyncText", "enam"), "7": QT_TRANSLATE_NOOP("SyncText", "tujuh"),
    "8": QT_TRANSLATE_NOOP("SyncText", "delapan"), "9": QT_TRANSLATE_NOOP("SyncText", "sembilan"),
    "A": QT_TRANSLATE_NOOP("SyncText", "Alfa"), "B": QT_TRANSLATE_NOOP("SyncText", "Bravo"),
    "C": QT_TRANSLATE_NOOP("SyncText", "Charlie"), "D": QT_TRANSLATE_NOOP("SyncText", "Delta"),
    "E": QT_TRANSLATE_NOOP("SyncText", "Echo"), "F": QT_TRANSLATE_NOOP("SyncText", "Foxtrot"),
}

# The kinds of records an import reports, in the order the core reports them.
KIND_NAMES = {
    "findings": QT_TRANSLATE_NOOP("SyncText", "Temuan"),
    "evidence": QT_TRANSLATE_NOOP("SyncText", "Bukti"),
    "status_events": QT_TRANSLATE_NOOP("SyncText", "Riwayat status"),
    "notes": QT_TRANSLATE_NOOP("SyncText", "Catatan"),
    "audit": QT_TRANSLATE_NOOP("SyncText", "Log audit"),
    "offices": QT_TRANSLATE_NOOP("SyncText", "Kantor"),
}

# A bundle's record counts in a sentence: "3 temuan, 8 riwayat status, …".
COUNT_WORDS = (
    ("findings", QT_TRANSLATE_NOOP("SyncText", "{n} temuan")),
    ("status_events", QT_TRANSLATE_NOOP("SyncText", "{n} riwayat status")),
    ("notes", QT_TRANSLATE_NOOP("SyncText", "{n} catatan")),
    ("evidence", QT_TRANSLATE_NOOP("SyncText", "{n} bukti")),
    ("audit", QT_TRANSLATE_NOOP("SyncText", "{n} entri log audit")),
)


def tr(text: str) -> str:
    """The translation of a string marked with QT_TRANSLATE_NOOP("SyncText", …)."""
    return QCoreApplication.translate("SyncText", text)


def kind_name(kind: str) -> str:
    """ "findings" → "Temuan"."""
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def monospace_family() -> str:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def fingerprint_groups(fingerprint: str) -> list[str]:
    """ "3330 D80A …" → ["3330", "D80A", …] (the eight groups compared by phone)."""
    return fingerprint.upper().split()


def spoken_group(group: str) -> str:
    """How to say a group on the phone: "D80A" → "Delta delapan nol Alfa"."""
    return " ".join(tr(DIGIT_NAMES[c]) if c in DIGIT_NAMES else c for c in group.upper())


def fingerprint_html(fingerprint: str, *, point_size: int = 17) -> str:
    """The fingerprint as a numbered grid of its groups, each with how to say it, for reading aloud by phone."""
    cells = []
    for number, group in enumerate(fingerprint_groups(fingerprint), start=1):
        cells.append(
            f'<td align="center" width="25%" style="padding: 4px 4px;">'
            f'<span style="color:{style.MUTED}; font-size:8pt;">{number}</span><br>'
            f'<span style="font-family:\'{monospace_family()}\'; font-size:{point_size}pt; font-weight:600; '
            f'color:{style.TEXT};">{html.escape(group)}</span><br>'
            f'<span style="color:{style.MUTED}; font-size:8pt;">{html.escape(spoken_group(group))}</span></td>')
    rows = ["".join(cells[i:i + 4]) for i in range(0, len(cells), 4)]
    # Fixed quarters: a long spoken form wraps inside its cell instead of pushing the grid out of the frame.
    return ('<table width="100%" cellspacing="0" cellpadding="0">' + "".join(f"<tr>{row}</tr>" for row in rows)
            + "</table>")


def grouped_sha256(digest: str) -> str:
    """A SHA-256 in eight groups of eight on two lines, easier to compare by eye or read out."""
    groups = [digest[i:i + 8] for i in range(0, len(digest), 8)]
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


def office_text(office: dict | None) -> str:
    """ "Panwaslu Kecamatan Toboali (kecamatan, 19.03.01)"."""
    if not office:
        return QCoreApplication.translate("SyncText", "kantor tidak dikenal")
    details = ", ".join(v for v in (office.get("level"), office.get("region_code")) if v)
    name = office.get("name") or (office.get("id") or office.get("office_id") or "?")[:8]
    return f"{name} ({details})" if details else name


def when_text(moment: str | None) -> str:
    """An ISO time as "12 Desember 2023 pukul 14.02 WIB"."""
    return format_datetime_id(moment, with_zone=True) if moment else "—"


def counts_sentence(counts: dict[str, int]) -> str:
    """An export's record counts: "3 temuan, 8 riwayat status, 0 catatan, 5 bukti, 21 entri log audit"."""
    return ", ".join(tr(text).format(n=number_id(counts.get(kind, 0))) for kind, text in COUNT_WORDS)


def bytes_text(size: int) -> str:
    """ "1,4 MB (1.468.006 bita)"; just "820 B" when small."""
    if size < 1024:
        return f"{size} B"
    text = QCoreApplication.translate("SyncText", "{size} ({bytes} bita)")
    return text.format(size=size_id(size), bytes=number_id(size))
