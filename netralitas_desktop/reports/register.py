"""Buku register temuan dan laporan: one row per finding for a period, landscape, with the letterhead.

Rows are read 500 at a time (Store.finding_ids + Store.summary_rows + one subjects query) and laid out
by PagedTable, so 10,000 findings take seconds rather than minutes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id, format_period_id, number_id
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.reports.common import (
    BLACK,
    FONT,
    FONT_BOLD,
    WARN,
    CancelCheck,
    EmptyReportError,
    Margins,
    PagedTable,
    Progress,
    Styles,
    TextCell,
    build_pdf,
    check_cancelled,
    frame_width,
    letterhead_flowables,
    letterhead_from_store,
    page_size,
    paper_name,
    short_date,
    signature_block,
    styles,
    text,
    write_pdf,
)
from netralitas_desktop.reports.data import RegisterEntry, SubjectLine, check_filter, register_entries
from netralitas_desktop.reports.form_a import position_at_office
from netralitas_desktop.reports.places import place_of_signing, region_full_name, region_short_name, subject_type_short

LANDSCAPE_MARGINS = Margins(left=15 * mm, right=15 * mm, top=14 * mm, bottom=18 * mm)
MAX_SUBJECTS_IN_ROW = 4  # more are summed up ("dan 11 lainnya") so no row outgrows a page
# Column shares of the frame width (sum 1.0): No, number, 3 dates, subjects, category, place, status, deadline.
REGISTER_COLUMNS = (
    ("No.", 0.035), ("Nomor register /\nNomor Form A", 0.17), ("Tanggal\nkejadian", 0.062),
    ("Tanggal\ndiketahui", 0.062), ("Tanggal\nregistrasi", 0.062), ("Terlapor", 0.165), ("Kategori", 0.13),
    ("Tempat", 0.118), ("Status", 0.096), ("Batas waktu", 0.10),
)


def subject_lines(subjects: list[SubjectLine], catalog) -> list[list[tuple[str, str]]]:
    """ "Name (PNS)" per line with the name in bold, at most MAX_SUBJECTS_IN_ROW, then "dan N terlapor lainnya"."""
    lines = [[(s.name, FONT_BOLD), (f"({subject_type_short(catalog, s.employment_type)})", FONT)]
             for s in subjects[:MAX_SUBJECTS_IN_ROW]]
    if len(subjects) > MAX_SUBJECTS_IN_ROW:
        lines.append([(f"dan {len(subjects) - MAX_SUBJECTS_IN_ROW} terlapor lainnya", FONT)])
    return lines or [[("-", FONT)]]


def deadline_text(entry: RegisterEntry) -> str:
    deadline = entry.deadline
    if deadline is None:
        return "-"
    unit = "hari kerja" if deadline.day_kind == "kerja" else "hari"
    if deadline.days_left < 0:
        state = f"lewat {-deadline.days_left} {unit}"
    elif deadline.days_left == 0:
        state = "hari ini"
    else:
        state = f"sisa {deadline.days_left} {unit}"
    estimate = "\n(perkiraan)" if deadline.estimate else ""  # past the last year whose holidays are known
    return f"{short_date(deadline.due_on)}\n{state}{estimate}"


class RegisterRows:
    """Turns register entries into table cells: strings and TextCells, no Paragraphs (they cost the most)."""

    def __init__(self, store: Store, st: Styles):
        self.store, self.st = store, st
        self.catalog, self.regions = store.catalog, store.regions
        self._place_cache: dict[str, str] = {}

    def place(self, code: str) -> str:
        if code not in self._place_cache:
            self._place_cache[code] = region_short_name(self.regions, code)
        return self._place_cache[code]

    def cells(self, number: int, entry: RegisterEntry) -> list:
        row = entry.row
        category = self.catalog.categories.get(row["category"])
        status = self.catalog.statuses.get(row["status"])
        register = row["register_number"] or "(belum teregistrasi)"
        overdue = bool(entry.deadline and entry.deadline.overdue)
        return [
            str(number),
            f"{register}\n{row['form_a_number'] or ''}",
            short_date(row["occurred_on"]),
            short_date(row["known_on"]),
            short_date(row["registered_on"]) or "-",
            TextCell(subject_lines(entry.subjects, self.catalog)),
            TextCell([[(row["category"], FONT_BOLD)], [(category.name if category else "", FONT)]]),
            TextCell.plain(self.place(row["region_code"])),
            TextCell.plain(status.name if status else row["status"]),
            TextCell.plain(deadline_text(entry), FONT_BOLD if overdue else FONT, color=WARN if overdue else BLACK),
        ]


def header_row(columns, st: Styles) -> list:
    return [Paragraph(text(label).replace("\n", "<br/>"), st.cell_head) for label, _ in columns]


def describe_filter(store: Store, filt: FindingFilter) -> str:
    """ "Periode (tanggal diketahui): … · Wilayah: … · Status: …" for report titles."""
    parts = [f"Periode (tanggal diketahui): {format_period_id(filt.date_from or None, filt.date_to or None)}"]
    parts.append("Wilayah: " + (region_full_name(store.regions, filt.region) if filt.region else "semua wilayah"))
    if filt.statuses:
        names = [store.catalog.statuses[s].name if s in store.catalog.statuses else s for s in filt.statuses]
        parts.append("Status: " + ", ".join(names))
    return " · ".join(parts)


def render_register(store: Store, filt: FindingFilter | None, output: Path | str, *, paper: str | None = None,
                    progress: Progress | None = None, cancelled: CancelCheck | None = None,
                    today: date | None = None) -> Path:
    """Write the register of the findings a filter selects (oldest first) as a landscape PDF.

    `progress(done, total)` counts rows read and then rows laid out (total = 2 × findings);
    `cancelled()` returning True stops the work with Cancelled and writes nothing.
    """
    path, _pages = build_register(store, filt, output, paper=paper, progress=progress, cancelled=cancelled,
                                  today=today)
    return path


def build_register(store: Store, filt: FindingFilter | None, output: Path | str, *, paper: str | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   today: date | None = None) -> tuple[Path, int]:
    """Like render_register, also returning the page count."""
    filt = filt or FindingFilter()
    check_filter(store, filt)
    today = today or date.today()
    paper = paper_name(paper, store)
    size = page_size(paper, landscape=True)
    width = frame_width(size, LANDSCAPE_MARGINS)
    st = styles(9)
    check_cancelled(cancelled)
    ids = store.finding_ids(filt, order="known_on")
    if not ids:
        raise EmptyReportError(f"Tidak ada temuan untuk register ini ({describe_filter(store, filt)}).")
    total = len(ids)
    builder = RegisterRows(store, st)
    rows, overdue = [], 0
    entries = register_entries(store, ids, today=today, progress=progress, cancelled=cancelled,
                               progress_total=2 * total)
    for number, entry in enumerate(entries, start=1):
        rows.append(builder.cells(number, entry))
        overdue += bool(entry.deadline and entry.deadline.overdue)

    def on_page(done: int, _total: int) -> None:
        check_cancelled(cancelled)
        if progress:
            progress(total + done, 2 * total)

    letterhead = letterhead_from_store(store)
    story: list[Flowable] = [
        *letterhead_flowables(letterhead, width, st),
        Paragraph("BUKU REGISTER TEMUAN DAN LAPORAN DUGAAN PELANGGARAN NETRALITAS", st.title),
        Paragraph("Aparatur Sipil Negara, Kepala Desa dan Perangkat Desa", st.subtitle),
        Spacer(1, 3),
        Paragraph(text(describe_filter(store, filt)), st.subtitle.clone("filt", fontSize=8.5)),
        Paragraph(text(f"Jumlah: {number_id(total)} temuan/laporan · {number_id(overdue)} lewat batas "
                       f"waktu per {format_date_id(today)}"), st.subtitle.clone("sum", fontSize=8.5, spaceAfter=6)),
        PagedTable([header_row(REGISTER_COLUMNS, st)], rows, [share * width for _, share in REGISTER_COLUMNS],
                   style_commands=[("ALIGN", (0, 1), (0, -1), "RIGHT"), ("FONT", (1, 1), (1, -1), "LiberationSans",
                                                                        7.5, 9)],
                   on_page=on_page),
        Paragraph("Batas waktu: tahap penanganan berikutnya menurut profil pemilu (UU 7/2017 Pasal 454; Perbawaslu "
                  "7/2022); \"-\" bila sudah diputus.", st.note.clone("legend", spaceBefore=4)),
    ]
    signer = store.setting("signer") or {}
    story.append(KeepTogether([Spacer(1, 8), signature_block(
        place_of_signing(store), today, [position_at_office(signer.get("jabatan", ""), store.office.name)],
        signer.get("name", ""), width, st)]))
    period = format_period_id(filt.date_from or None, filt.date_to or None)
    data, pages = build_pdf(
        story, pagesize=size, margins=LANDSCAPE_MARGINS, title=f"Buku Register Temuan {period}",
        author=store.office.name, subject=f"Register temuan dan laporan dugaan pelanggaran netralitas, {period}",
        keywords=["Register Temuan", period], footer_left=f"Buku Register Temuan · {store.office.name} · {period}",
        cancelled=cancelled)
    check_cancelled(cancelled)
    return write_pdf(output, data), pages


def register_filter(date_from: str | date | None = None, date_to: str | date | None = None, region: str = "",
                    statuses: list[str] | None = None) -> FindingFilter:
    """A FindingFilter over the known-on date, as the register and its CLI use it."""
    def iso(value) -> str:
        return value.isoformat() if isinstance(value, date) else (value or "")

    return FindingFilter(statuses=list(statuses or []), region=region or "", date_from=iso(date_from),
                         date_to=iso(date_to))
