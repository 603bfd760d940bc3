"""What every report shares: paper sizes, embedded fonts, styles, letterhead, signature block, page numbers
"Halaman X dari Y", a table that pages itself cheaply, atomic output and file names."""

from __future__ import annotations

import functools
import io
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import HRFlowable

from netralitas_desktop.data.store import Store
from netralitas_desktop.data.vault import disk_error_message, write_atomically
from netralitas_desktop.domain.dates_id import format_date_id, number_id
from netralitas_desktop.domain.errors import Cancelled, EvidenceError, NetralitasError
from netralitas_desktop.paths import resources_dir

# --- errors ----------------------------------------------------------------------------------------------


class ReportError(NetralitasError):
    """A report that cannot be made: bad paper size, nothing to print, file not writable."""


class EmptyReportError(ReportError):
    """The chosen period, region or statuses hold no finding."""


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def check_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise Cancelled when the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled("Pembuatan laporan dibatalkan; tidak ada berkas yang disimpan.")


# --- paper -----------------------------------------------------------------------------------------------

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),  # 595.28 × 841.89 pt
    "F4": (215 * mm, 330 * mm),  # Folio as sold in Indonesia: 609.45 × 935.43 pt
}
_PAPER_ALIASES = {"a4": "A4", "f4": "F4", "folio": "F4"}


def paper_name(paper: str | None, store: Store | None = None) -> str:
    """ "A4" or "F4" from a choice, else the store's setting "paper_size", else A4."""
    chosen = paper or (store.setting("paper_size", "A4") if store is not None else "A4") or "A4"
    name = _PAPER_ALIASES.get(str(chosen).strip().lower())
    if name is None:
        raise ReportError(f"Ukuran kertas tidak dikenal: '{chosen}' (pilih A4 atau F4).")
    return name


def page_size(paper: str, *, landscape: bool = False) -> tuple[float, float]:
    width, height = PAPER_SIZES[paper]
    return (height, width) if landscape else (width, height)


# --- fonts -----------------------------------------------------------------------------------------------

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
FONT_ITALIC = "LiberationSans-Italic"
FONT_BOLD_ITALIC = "LiberationSans-BoldItalic"
MONO = "LiberationMono"
MONO_BOLD = "LiberationMono-Bold"
_FONT_FILES = {
    FONT: "LiberationSans-Regular.ttf",
    FONT_BOLD: "LiberationSans-Bold.ttf",
    FONT_ITALIC: "LiberationSans-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    MONO: "LiberationMono-Regular.ttf",
    MONO_BOLD: "LiberationMono-Bold.ttf",
}


@functools.lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the shipped TTF fonts once; they are embedded (subset) in every PDF."""
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        path = folder / file
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as err:  # noqa: BLE001 - ReportLab raises several types for a bad or missing font
            raise ReportError(f"Huruf laporan tidak dapat dimuat: {path} ({err}).") from err
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD)


# --- styles ----------------------------------------------------------------------------------------------

BLACK = colors.black
GRID = colors.HexColor("#404040")
HEAD_FILL = colors.HexColor("#e4e4e4")
SECTION_FILL = colors.HexColor("#f0f0f0")
MUTED = colors.HexColor("#555555")
WARN = colors.HexColor("#9b1c1c")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_justify: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    mono_cell: ParagraphStyle
    note: ParagraphStyle
    sign: ParagraphStyle
    letterhead_top: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_address: ParagraphStyle


@functools.lru_cache(maxsize=4)
def styles(base_size: float = 10.0) -> Styles:
    """Paragraph styles for body text of `base_size` points; tables use a size 1.5 pt smaller."""
    register_fonts()
    size, cell = base_size, base_size - 1.5

    def style(name: str, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", FONT)
        kw.setdefault("bulletFontName", kw["fontName"])  # ReportLab's default bullet font is Helvetica
        kw.setdefault("fontSize", size)
        kw.setdefault("leading", kw["fontSize"] * 1.25)
        return ParagraphStyle(name, **kw)

    return Styles(
        body=style("body"),
        body_justify=style("body_justify", alignment=4),
        small=style("small", fontSize=size - 2, textColor=MUTED),
        title=style("title", fontName=FONT_BOLD, fontSize=size + 2, leading=(size + 2) * 1.3, alignment=TA_CENTER),
        subtitle=style("subtitle", alignment=TA_CENTER),
        section=style("section", fontName=FONT_BOLD, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        label=style("label"),
        cell=style("cell", fontSize=cell, leading=cell * 1.22),
        cell_center=style("cell_center", fontSize=cell, leading=cell * 1.22, alignment=TA_CENTER),
        cell_right=style("cell_right", fontSize=cell, leading=cell * 1.22, alignment=TA_RIGHT),
        cell_bold=style("cell_bold", fontName=FONT_BOLD, fontSize=cell, leading=cell * 1.22),
        cell_head=style("cell_head", fontName=FONT_BOLD, fontSize=cell, leading=cell * 1.22, alignment=TA_CENTER),
        # wordWrap CJK lets a hash or URL break between any two characters instead of running off the page.
        mono=style("mono", fontName=MONO, fontSize=cell, leading=cell * 1.3, wordWrap="CJK"),
        mono_cell=style("mono_cell", fontName=MONO, fontSize=cell - 0.5, leading=(cell - 0.5) * 1.3, wordWrap="CJK"),
        note=style("note", fontSize=size - 1.5, leading=(size - 1.5) * 1.3, textColor=MUTED),
        sign=style("sign", alignment=TA_LEFT),
        letterhead_top=style("lh_top", fontName=FONT_BOLD, fontSize=size + 1, alignment=TA_CENTER),
        letterhead_name=style("lh_name", fontName=FONT_BOLD, fontSize=size + 3, leading=(size + 3) * 1.2,
                              alignment=TA_CENTER),
        letterhead_address=style("lh_addr", fontSize=size - 1.5, alignment=TA_CENTER),
    )


def text(value: object) -> str:
    """Text made safe for a Paragraph: markup characters escaped, line breaks kept."""
    if value is None:
        return ""
    escaped = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle, *, empty: str = "-") -> Paragraph:
    """A Paragraph of plain text (escaped), or `empty` when there is none."""
    content = text(value).strip()
    return Paragraph(content or empty, style)


def table_style(commands: Sequence[tuple]) -> TableStyle:
    """A TableStyle whose cells default to the embedded font (ReportLab's default, Helvetica, is not embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


def grid_style(*, header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    """Bordered table: thin dark grid, shaded bold header rows, cells aligned to the top."""
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    return table_style([*commands, *extra])


# --- numbers and dates -----------------------------------------------------------------------------------



def format_size_id(size: int) -> str:
    """A byte count as "48.213 bita (47,1 KB)"."""
    exact = f"{number_id(size)} bita"
    if size < 1024:
        return exact
    value, unit = size / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{exact} ({f'{value:.1f}'.replace('.', ',')} {unit})"


def short_date(value: str | date | None) -> str:
    """ "2023-12-02" → "02-12-2023" for narrow table columns; "" when missing."""
    if not value:
        return ""
    iso = value.isoformat() if isinstance(value, date) else str(value)[:10]
    return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}"


# --- letterhead and signature ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """The kop surat from setting "letterhead": {office_name, address, logo, institution}."""

    office_name: str
    address: str = ""
    logo: str = ""
    institution: str = "BADAN PENGAWAS PEMILIHAN UMUM"


def letterhead_from_store(store: Store) -> Letterhead:
    data = store.setting("letterhead") or {}
    logo = data.get("logo") or ""
    if logo and not Path(logo).is_absolute():
        logo = str(store.data_dir / logo)  # a logo kept inside the data dir may be named relative to it
    return Letterhead(
        office_name=data.get("office_name") or store.office.name,
        address=data.get("address") or store.office.address,
        logo=logo,
        institution=data.get("institution") or "BADAN PENGAWAS PEMILIHAN UMUM",
    )


def letterhead_flowables(letterhead: Letterhead, width: float, st: Styles) -> list[Flowable]:
    """Kop surat: optional logo on the left, institution and office centred, address, then a double rule."""
    lines = [Paragraph(text(letterhead.institution.upper()), st.letterhead_top),
             Paragraph(text(letterhead.office_name.upper()), st.letterhead_name)]
    if letterhead.address:
        lines.append(Paragraph(text(letterhead.address), st.letterhead_address))
    logo_cell: Flowable | str = ""
    logo_width = 24 * mm
    if letterhead.logo:
        logo_cell = logo_image(letterhead.logo, 22 * mm)
    table = Table([[logo_cell, lines, ""]], colWidths=[logo_width, width - 2 * logo_width, logo_width])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        table,
        Spacer(1, 2),
        HRFlowable(width="100%", thickness=2, color=BLACK, spaceBefore=0, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.6, color=BLACK, spaceBefore=0, spaceAfter=8),
    ]


def logo_image(path: str, height: float) -> Flowable | str:
    """The letterhead logo scaled to `height`, or nothing when the file cannot be read."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(path) as image:
            w, h = image.size
    except (OSError, ValueError):
        return ""  # a missing logo must not stop a register from printing
    return Image(path, width=height * w / h, height=height)


def signature_block(place: str, on: date | str | None, role_lines: Sequence[str], name: str, width: float,
                    st: Styles, *, nip: str = "") -> Table:
    """Place and Indonesian date, role, room to sign, and the name underlined, on the right half."""
    place_date = ", ".join(x for x in (place, format_date_id(on)) if x)
    rows: list[list] = [[Paragraph(text(place_date), st.sign)]]
    rows += [[Paragraph(f"<b>{text(line)}</b>" if i == 0 else text(line), st.sign)]
             for i, line in enumerate(role_lines)]
    rows.append([Spacer(1, 20 * mm)])
    rows.append([Paragraph(f"<b><u>{text(name or '(………………………………)')}</u></b>", st.sign)])
    if nip:
        rows.append([Paragraph(text(f"NIP {nip}"), st.sign)])
    inner = Table(rows, colWidths=[min(85 * mm, width / 2)])
    inner.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    outer = Table([["", inner]], colWidths=[width - min(85 * mm, width / 2), min(85 * mm, width / 2)])
    outer.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    outer.keepWithNext = 0
    return outer


# --- a cheap wrapped-text cell --------------------------------------------------------------------------

_WIDTHS: dict[tuple[str, str, float], float] = {}


def _width(word: str, font: str, size: float) -> float:
    """stringWidth, remembered: register rows repeat the same words thousands of times."""
    key = (word, font, size)
    found = _WIDTHS.get(key)
    if found is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        found = _WIDTHS[key] = pdfmetrics.stringWidth(word, font, size)
    return found


def _fitting_words(piece: str, font: str, size: float, width: float) -> list[str]:
    """The words of `piece`; a word wider than the cell is cut into pieces that fit (never run past it)."""
    words = []
    for word in piece.split(" "):
        if not word:
            continue
        if _width(word, font, size) <= width:
            words.append(word)
            continue
        part = ""
        for char in word:
            if part and pdfmetrics.stringWidth(part + char, font, size) > width:
                words.append(part)
                part = ""
            part += char
        words.append(part)
    return words


class TextCell(Flowable):
    """Word-wrapped lines of plain text for table cells, 5–10× cheaper than a Paragraph.

    `lines` are logical lines, each a list of (text, font) pieces, so a name can be bold and its type not.
    The wrap is computed once per width and kept, since a table wraps each cell again when drawing it.
    """

    def __init__(self, lines: Sequence[Sequence[tuple[str, str]]], *, size: float = 7.5, leading: float = 9,
                 color=BLACK, align: str = "left"):
        super().__init__()
        self.lines = lines
        self.size, self.leading, self.color, self.align = size, leading, color, align
        self._wrapped_for: float | None = None
        self._rows: list[list[tuple[float, str, str]]] = []

    @classmethod
    def plain(cls, value: str, font: str = FONT, **kw) -> TextCell:
        return cls([[(line, font)] for line in (value or "-").split("\n")], **kw)

    def _layout(self, width: float) -> None:
        size = self.size
        rows: list[list[tuple[float, str, str]]] = []
        space: dict[str, float] = {}
        for pieces in self.lines:
            row: list[tuple[float, str, str]] = []  # (x, font, word)
            x = 0.0
            for piece, font in pieces:
                gap = space.get(font)
                if gap is None:
                    gap = space[font] = _width(" ", font, size)
                for word in _fitting_words(piece, font, size, width):
                    w = _width(word, font, size)
                    if row and x + gap + w > width:
                        rows.append(row)
                        row, x = [], 0.0
                    elif row:
                        x += gap
                    row.append((x, font, word))
                    x += w
            rows.append(row)
        self._rows = rows
        self._wrapped_for = width

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        if self._wrapped_for != availWidth:
            self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._rows) * self.leading
        return availWidth, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFillColor(self.color)
        y = self.height - self.size
        for row in self._rows:
            if row:
                shift = 0.0
                if self.align != "left":
                    last_x, last_font, last_word = row[-1]
                    used = last_x + _width(last_word, last_font, self.size)
                    shift = (self.width - used) / (2 if self.align == "center" else 1)
                # Consecutive words in one font go out as one string: far fewer PDF operators.
                run_x, run_font, words = row[0][0], row[0][1], [row[0][2]]
                for x, font, word in row[1:]:
                    if font == run_font:
                        words.append(word)
                        continue
                    canvas.setFont(run_font, self.size)
                    canvas.drawString(run_x + shift, y, " ".join(words))
                    run_x, run_font, words = x, font, [word]
                canvas.setFont(run_font, self.size)
                canvas.drawString(run_x + shift, y, " ".join(words))
            y -= self.leading


# --- a long table that pages itself ----------------------------------------------------------------------


class PagedTable(Flowable):
    """A table of many rows that measures each row once and cuts itself into one Table per page.

    ReportLab's own Table re-measures and re-styles every remaining row at each page split, which grows
    with the square of the row count (11 s for 10,000 rows). This one keeps running heights and finds each
    page's last row by bisection; every page's piece repeats the header.
    """

    def __init__(self, header: list[list], rows: list[list], col_widths: Sequence[float], *,
                 style_commands: Sequence[tuple] = (), padding: tuple[float, float, float, float] = (3, 3, 2, 3),
                 on_page: Callable[[int, int], None] | None = None, first_row: int = 0,
                 _shared: dict[str, Any] | None = None):
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style_commands = list(style_commands)
        self.padding = padding  # left, right, top, bottom
        self.on_page = on_page
        self.first_row = first_row  # index of rows[0] in the whole table (for zebra shading and progress)
        # Heights are measured lazily and shared between the pieces of one table.
        self._shared: dict[str, Any] = _shared if _shared is not None else {"heights": [], "sums": [0.0], "rows": rows,
                                                            "header_h": None, "total": first_row + len(rows)}

    # Row heights ---------------------------------------------------------------------------------------
    def _cell_height(self, cell, width: float) -> float:
        left, right, top, bottom = self.padding
        if isinstance(cell, Flowable):
            return cell.wrap(width - left - right, 10_000)[1] + top + bottom
        if isinstance(cell, (list, tuple)):
            return sum(f.wrap(width - left - right, 10_000)[1] for f in cell) + top + bottom
        lines = str(cell).count("\n") + 1 if cell is not None else 1
        return lines * 1.2 * 7.5 + top + bottom  # matches the table's default string leading below

    def _row_height(self, row: list) -> float:
        return max(self._cell_height(cell, w) for cell, w in zip(row, self.col_widths, strict=True))

    def _header_height(self) -> float:
        if self._shared["header_h"] is None:
            self._shared["header_h"] = sum(self._row_height(r) for r in self.header)
        return self._shared["header_h"]

    def _measure_until(self, start: int, limit: float) -> None:
        """Measure rows until those from `start` on are taller than `limit`, or all are measured."""
        shared = self._shared
        heights, sums, rows = shared["heights"], shared["sums"], shared["rows"]
        while len(heights) < len(rows) and (len(sums) <= start or sums[-1] - sums[start] <= limit):
            h = self._row_height(rows[len(heights)])
            heights.append(h)
            sums.append(sums[-1] + h)

    # Flowable protocol ---------------------------------------------------------------------------------
    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        start = self.first_row
        self._measure_until(start, availHeight)
        sums = self._shared["sums"]
        end = len(sums) - 1  # rows measured so far: all of them, or enough to overflow this frame
        self.width = sum(self.col_widths)
        self.height = self._header_height() + sums[end] - sums[start]
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        start = self.first_row
        room = availHeight - self._header_height()
        self._measure_until(start, room)
        sums = self._shared["sums"]
        # The last row whose bottom still fits: bisect over the running sums.
        end = bisect_right(sums, sums[start] + room, lo=start + 1) - 1
        if end <= start:
            return []  # not even one row fits here: let the frame move on to the next page
        all_rows = self._shared["rows"]
        piece = self._piece(all_rows[start:end], start)
        rest = PagedTable(self.header, [], self.col_widths, style_commands=self.style_commands,
                          padding=self.padding, on_page=self.on_page, first_row=end, _shared=self._shared)
        return [piece, rest] if end < len(all_rows) else [piece]

    def _piece(self, rows: list[list], start: int) -> Table:
        heights = self._shared["heights"]
        header_heights = [self._row_height(r) for r in self.header]
        table = _ReportingTable(
            [*self.header, *rows], colWidths=self.col_widths,
            rowHeights=[*header_heights, *heights[start:start + len(rows)]],
            on_draw=(lambda: on_page(start + len(rows), self._shared["total"])) if (on_page := self.on_page) else None)
        left, right, top, bottom = self.padding
        n = len(self.header)
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT, 7.5, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ("BACKGROUND", (0, 0), (-1, n - 1), HEAD_FILL), ("VALIGN", (0, 0), (-1, n - 1), "MIDDLE"),
        ]
        table.setStyle(table_style([*commands, *self.style_commands]))
        return table

    def draw(self):
        # Reached when the remaining rows fit in the frame: draw them as the last piece.
        rows = self._shared["rows"][self.first_row:]
        piece = self._piece(rows, self.first_row)
        piece.wrapOn(self.canv, self.width, self.height)
        piece.drawOn(self.canv, 0, 0)


class _ReportingTable(Table):
    """A Table that calls back when it is drawn (progress and cancellation of long reports)."""

    def __init__(self, *args, on_draw: Callable[[], None] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._on_draw = on_draw

    def draw(self):
        if self._on_draw is not None:
            self._on_draw()
        super().draw()


# --- document and page numbers ---------------------------------------------------------------------------


def _numbered_canvas(footer_left: str, font_size: float = 7.5):
    """A canvas class that holds pages back until the end so each can say "Halaman X dari Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = self._pagesize
            left, right, y = 15 * mm, width - 15 * mm, 10 * mm
            self.saveState()
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.4)
            self.line(left, y + 9, right, y + 9)
            self.setFont(FONT, font_size)
            self.setFillColor(MUTED)
            if footer_left:
                self.drawString(left, y, footer_left)
            self.drawRightString(right, y, f"Halaman {self._pageNumber} dari {total}")
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class Margins:
    left: float = 25 * mm
    right: float = 20 * mm
    top: float = 18 * mm
    bottom: float = 20 * mm


def build_pdf(story: list[Flowable], *, pagesize: tuple[float, float], title: str, author: str, subject: str,
              footer_left: str = "", margins: Margins | None = None, keywords: Sequence[str] = (),
              cancelled: CancelCheck | None = None) -> tuple[bytes, int]:
    """Lay out `story` and return the PDF bytes and the page count (fonts embedded, metadata set)."""
    register_fonts()
    margins = margins or Margins()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=margins.left, rightMargin=margins.right, topMargin=margins.top,
        bottomMargin=margins.bottom, title=title, author=author, subject=subject, creator="Netralitas Desktop",
        keywords=list(keywords), lang="id-ID", displayDocTitle=1, initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def after_flowable(_flowable) -> None:
        check_cancelled(cancelled)

    doc.afterFlowable = after_flowable
    try:
        doc.build(story, canvasmaker=_numbered_canvas(footer_left))
    except LayoutError as err:
        raise ReportError(f"Tata letak laporan gagal: ada isian yang terlalu besar untuk satu halaman ({err}).") \
            from err
    return buffer.getvalue(), doc.page


def frame_width(pagesize: tuple[float, float], margins: Margins | None = None) -> float:
    margins = margins or Margins()
    return pagesize[0] - margins.left - margins.right


def write_pdf(output: Path | str, data: bytes, *, kind: str = "PDF") -> Path:
    """Write the report (PDF, or `kind` such as "Excel") to a temporary name beside `output`, fsync, then rename
    it into place."""
    target = Path(output).expanduser()
    if target.exists() and target.is_dir():
        raise ReportError(f"Tujuan berkas {kind} adalah folder, bukan berkas: {target}")
    try:
        write_atomically(target, [data])
    except OSError as err:
        raise ReportError(disk_error_message(err, f"laporan {target.name}")) from err
    except EvidenceError as err:  # pragma: no cover - write_atomically raises only OSError today
        raise ReportError(str(err)) from err
    return target


# --- file names ------------------------------------------------------------------------------------------


def _file_part(value: str) -> str:
    """A piece of a file name: slashes and other characters file systems refuse become '-'."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "-", str(value).strip())
    return cleaned.strip("-.") or "x"


_MODEL_B_FILES = {"laporan": "LaporanB1", "receipt": "TandaTerima", "registration": "Registrasi"}


def default_filename(kind: str, *, number: str = "", date_from: str | date | None = None,
                     date_to: str | date | None = None, region: str = "", suffix: str = ".pdf") -> str:
    """A file name that says what the PDF is.

    form-a → FormA_001-TM-PL-Kec-19.03-IV-2024.pdf · register → Register_Temuan_2024-01-01_2024-03-31.pdf ·
    recap → Rekap_19.03_2023-11-28_2024-02-13.pdf
    """
    def iso(value) -> str:
        return value.isoformat() if isinstance(value, date) else str(value or "")

    if kind in ("form-a", "form_a", "forma"):
        return f"FormA_{_file_part(number or 'tanpa-nomor')}.pdf"
    if kind in _MODEL_B_FILES:
        return f"{_MODEL_B_FILES[kind]}_{_file_part(number or 'tanpa-nomor')}.pdf"
    period = [p for p in (iso(date_from), iso(date_to)) if p]
    if date_from and not date_to:
        period = [iso(date_from), "sekarang"]
    elif date_to and not date_from:
        period = ["awal", iso(date_to)]
    if kind == "register":
        parts = ["Register_Temuan", *([_file_part(region)] if region else []), *(period or ["Semua"])]
        return "_".join(parts) + suffix
    if kind in ("recap", "rekap"):
        parts = ["Rekap", _file_part(region) if region else "Semua-Wilayah", *(period or ["Semua"])]
        return "_".join(parts) + suffix
    raise ReportError(f"Jenis laporan tidak dikenal: '{kind}' (form-a, laporan, receipt, registration, register "
                      "atau recap).")


