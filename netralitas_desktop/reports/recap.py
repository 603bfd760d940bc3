"""Rekapitulasi: counts for a period and region by district × category, subject type, status and platform,
bar charts drawn with ReportLab's own graphics, and the findings past their legal deadline.

Every number comes from stats.finding_counts (one filter: region, date_from, date_to on the known-on date)
and stats.findings_by_deadline, so the printed recap equals what the dashboard shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id, format_period_id, number_id
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    GRID,
    HEAD_FILL,
    SECTION_FILL,
    WARN,
    CancelCheck,
    EmptyReportError,
    PagedTable,
    Progress,
    Styles,
    TextCell,
    build_pdf,
    check_cancelled,
    frame_width,
    grid_style,
    letterhead_flowables,
    letterhead_from_store,
    page_size,
    paper_name,
    short_date,
    signature_block,
    styles,
    table_style,
    text,
    write_pdf,
)
from netralitas_desktop.reports.data import RecapData, check_filter, recap_data
from netralitas_desktop.reports.form_a import ROMAN, position_at_office
from netralitas_desktop.reports.places import (
    area_within,
    area_word,
    district_label,
    place_of_signing,
    region_short_name,
    subject_type_short,
)
from netralitas_desktop.reports.register import LANDSCAPE_MARGINS, describe_filter, subject_lines

BAR_FILL = colors.HexColor("#5b6f8a")  # a sober slate blue that still prints legibly in grey


class RotatedLabel(Flowable):
    """A short label turned 90° for narrow table columns (category codes over count columns)."""

    def __init__(self, label: str, font: str = FONT_BOLD, size: float = 7):
        super().__init__()
        self.label, self.font, self.size = label, font, size

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.text_width = stringWidth(self.label, self.font, self.size)
        return self.size * 1.2, self.text_width

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.rotate(90)
        canvas.drawString(0, -self.size * 0.95, self.label)
        canvas.restoreState()


def bar_chart(items: list[tuple[str, int]], width: float, *, bar_height: float = 11) -> Drawing:
    """A horizontal bar chart, largest at the top, value printed at the end of each bar."""
    items = items or [("(tidak ada)", 0)]
    label_width = min(width * 0.42, 62 * mm)
    height = len(items) * bar_height + 22
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # the renderer's starting font, else it selects (unembedded) Helvetica
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 14
    chart.width, chart.height = width - label_width - 24, len(items) * bar_height
    # The category axis runs bottom-up: reverse so the largest count sits on top.
    ordered = list(reversed(items))
    chart.data = [[value for _, value in ordered]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    peak = max((value for _, value in items), default=0)
    chart.valueAxis.valueMax = max(1, peak) * 1.12
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d0d0")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = lambda v: number_id(int(v)) if float(v).is_integer() else ""
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_height * 0.62
    chart.groupSpacing = bar_height * 0.38
    chart.barLabelFormat = lambda v: number_id(int(v))
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%" if whole else "-"


class RecapBuilder:
    def __init__(self, store: Store, data: RecapData, width: float, st: Styles):
        self.store, self.data, self.width, self.st = store, data, width, st
        self.catalog, self.regions = store.catalog, store.regions
        self.total = data.counts.total

    def section(self, number: int, title: str) -> Paragraph:
        return Paragraph(f"{ROMAN[number - 1]}.&nbsp;&nbsp;{text(title.upper())}", self.st.section)

    def _plain_section(self, number: int, title: str) -> Paragraph:
        heading = self.section(number, title)
        heading.keepWithNext = 0
        return heading

    # I. summary ---------------------------------------------------------------------------------------------
    def summary(self) -> Flowable:
        st, d = self.st, self.data
        figures = [
            ("Jumlah temuan dan laporan", self.total),
            ("Temuan hasil pengawasan", d.by_source.get("temuan", 0)),
            ("Laporan masyarakat", d.by_source.get("laporan", 0)),
            (area_word(d.counts.area), len(d.counts.by_district)),
            (f"Lewat batas waktu per {format_date_id(d.today)}", len(d.overdue)),
        ]
        big = st.title.clone("big", fontSize=15, leading=18)
        late = big.clone("late", textColor=WARN)
        cells = [[Paragraph(number_id(value), late if i == len(figures) - 1 else big)
                  for i, (_, value) in enumerate(figures)],
                 [Paragraph(text(label), st.cell_center) for label, _ in figures]]
        table = Table(cells, colWidths=[self.width / len(figures)] * len(figures))
        table.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.6, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
            ("BACKGROUND", (0, 0), (-1, -1), SECTION_FILL),
            ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
        ]))
        return table

    # II. district × category ------------------------------------------------------------------------------
    def cross_table(self) -> Flowable:
        st, counts = self.st, self.data.counts
        categories = list(self.catalog.categories)
        districts = sorted(counts.by_district)
        region = self.data.filt.region
        with_regency = not region or region.count(".") < 1
        within = area_within(self.store, self.data.filt) if counts.area == "desa" else ""
        name_w, total_w = 52 * mm, 15 * mm
        cat_w = (self.width - name_w - total_w - 8 * mm) / len(categories)
        header = [Paragraph("No.", st.cell_head), Paragraph(area_word(counts.area), st.cell_head),
                  *[RotatedLabel(code) for code in categories], Paragraph("Jumlah", st.cell_head)]
        rows = [header]
        for index, district in enumerate(districts, start=1):
            label = district_label(self.regions, district, with_regency=with_regency, within=within)
            values = [counts.by_district_category.get((district, c), 0) for c in categories]
            rows.append([str(index), Paragraph(text(label), st.cell), *[number_id(v) if v else "-" for v in values],
                         number_id(counts.by_district.get(district, 0))])
        totals = [counts.by_category.get(c, 0) for c in categories]
        rows.append(["", Paragraph("<b>Jumlah</b>", st.cell), *[number_id(v) if v else "-" for v in totals],
                     number_id(self.total)])
        table = Table(rows, colWidths=[8 * mm, name_w, *[cat_w] * len(categories), total_w], repeatRows=1)
        table.setStyle(grid_style(extra=[
            ("FONT", (0, 1), (-1, -1), FONT, 7.5),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (2, 1), (-1, -1), "CENTER"),
            ("ALIGN", (2, 0), (-2, 0), "CENTER"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 0), (1, 0), "MIDDLE"), ("VALIGN", (-1, 0), (-1, 0), "MIDDLE"),
            ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL), ("FONT", (2, -1), (-1, -1), FONT_BOLD, 7.5),
            ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 7.5), ("TOPPADDING", (2, 0), (-2, 0), 4),
        ]))
        legend = "; ".join(f"<b>{text(c.code)}</b> {text(c.name)}" for c in self.catalog.categories.values())
        return [table, Paragraph("Kategori: " + legend + ".", self.st.note.clone("leg", spaceBefore=3))]

    # III–V. one dimension: table beside its chart ------------------------------------------------------------
    def dimension(self, number: int, title: str, items: list[tuple[str, str, int]], note: str = "") -> Flowable:
        """`items` are (label, short label for the chart, count), largest first."""
        st = self.st
        table_w = self.width * 0.44
        rows = [[Paragraph("No.", st.cell_head), Paragraph("Uraian", st.cell_head),
                 Paragraph("Jumlah", st.cell_head), Paragraph("Persen", st.cell_head)]]
        for index, (label, _short, value) in enumerate(items, start=1):
            rows.append([str(index), Paragraph(text(label), st.cell), number_id(value),
                         percent(value, self.total)])
        if not items:
            rows.append(["", Paragraph("Tidak ada", st.cell), "0", "-"])
        table = Table(rows, colWidths=[8 * mm, table_w - 8 * mm - 36 * mm, 18 * mm, 18 * mm], repeatRows=1)
        table.setStyle(grid_style(extra=[("FONT", (0, 1), (-1, -1), FONT, 7.5), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                                         ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
        chart_w = self.width - table_w - 8 * mm
        chart = bar_chart([(short, value) for _label, short, value in items], chart_w)
        chart_title = Paragraph(f"Grafik: {text(title.lower())}", st.note.clone("ct", alignment=1))
        side = Table([[table, [chart_title, chart]]], colWidths=[table_w + 8 * mm, chart_w])
        side.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out = [self.section(number, title), side]
        if note:
            out.append(Paragraph(text(note), st.note.clone("dn", spaceBefore=2)))
        return KeepTogether(out)

    def subject_items(self) -> list[tuple[str, str, int]]:
        types = self.catalog.employment_types
        return [(types[code].name if code in types else code, subject_type_short(self.catalog, code), count)
                for code, count in self.data.counts.by_subject_type.items()]

    def status_items(self) -> list[tuple[str, str, int]]:
        statuses = self.catalog.statuses
        items = []
        for code, count in self.data.counts.by_status.items():
            name = statuses[code].name if code in statuses else code
            items.append((name, name if len(name) <= 32 else name[:30] + "…", count))
        return items

    def platform_items(self) -> list[tuple[str, str, int]]:
        platforms = self.catalog.platforms
        items = []
        for code, count in self.data.counts.by_platform.items():
            name = platforms[code].name if code in platforms else (code or "Tidak diisi")
            items.append((name, name, count))
        return items

    # VI. overdue ----------------------------------------------------------------------------------------------
    def overdue_table(self, on_page) -> list[Flowable]:
        st, data = self.st, self.data
        if not data.overdue:
            return [Paragraph(f"Tidak ada temuan yang lewat batas waktu per {format_date_id(data.today)}.", st.body)]
        columns = (("No.", 0.035), ("Nomor register /\nNomor Form A", 0.165), ("Tanggal\ndiketahui", 0.065),
                   ("Terlapor", 0.18), ("Kategori", 0.1), ("Tempat", 0.125), ("Status", 0.1),
                   ("Tahap yang tertunda", 0.11), ("Batas\nwaktu", 0.065), ("Lewat", 0.07))
        total_share = sum(share for _, share in columns)
        widths = [share / total_share * self.width for _, share in columns]
        header = [Paragraph(text(label).replace("\n", "<br/>"), st.cell_head) for label, _ in columns]
        rows = []
        places: dict[str, str] = {}
        for index, (row, deadline) in enumerate(data.overdue, start=1):
            status = self.catalog.statuses.get(row["status"])
            unit = "hari kerja" if deadline.day_kind == "kerja" else "hari"
            if deadline.estimate:  # past the last year whose holidays are known
                unit += " (perkiraan)"
            code = row["region_code"]
            if code not in places:
                places[code] = region_short_name(self.regions, code)
            rows.append([
                str(index), f"{row['register_number'] or '(belum teregistrasi)'}\n{row['form_a_number'] or ''}",
                short_date(row["known_on"]),
                TextCell(subject_lines(data.overdue_subjects.get(row["id"], []), self.catalog)), row["category"],
                TextCell.plain(places[code]), TextCell.plain(status.name if status else row["status"]),
                TextCell.plain(deadline.label), short_date(deadline.due_on),
                TextCell([[(str(-deadline.days_left), FONT_BOLD), (unit, FONT)]], color=WARN),
            ])
        return [PagedTable([header], rows, widths, on_page=on_page,
                           style_commands=[("ALIGN", (0, 1), (0, -1), "RIGHT")])]

    # VII. repeat subjects (kabupaten/kota and up) ---------------------------------------------------------------
    def repeats_table(self) -> list[Flowable]:
        """People reported in more than one finding of the period, by NIP, NIK or name with agency."""
        st, repeats = self.st, self.data.repeats or []
        if not repeats:
            return [Paragraph("Tidak ada terlapor yang dilaporkan lebih dari sekali pada periode ini.", st.body)]
        columns = (("No.", 0.04), ("Terlapor", 0.2), ("NIP / NIK", 0.16), ("Instansi", 0.2),
                   ("Jumlah\ntemuan", 0.07), ("Dilaporkan oleh", 0.33))
        widths = [share * self.width for _, share in columns]
        rows = [[Paragraph(text(label).replace("\n", "<br/>"), st.cell_head) for label, _ in columns]]
        for index, r in enumerate(repeats, start=1):
            number = f"NIP {r.nip}" if r.nip else f"NIK {r.nik}" if r.nik else "(sama nama dan instansi)"
            rows.append([str(index), Paragraph(text(r.name), st.cell), Paragraph(text(number), st.cell),
                         Paragraph(text(r.agency or "-"), st.cell), number_id(r.findings),
                         Paragraph(text(", ".join(r.office_names)), st.cell)])
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(grid_style(extra=[("FONT", (0, 1), (-1, -1), FONT, 7.5), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                                         ("ALIGN", (4, 1), (4, -1), "RIGHT")]))
        return [table]

    def story(self, on_page) -> list[Flowable]:
        d = self.data
        total = self.total
        repeats = [] if d.repeats is None else [
            CondPageBreak(45 * mm), self._plain_section(7, "Terlapor yang dilaporkan lebih dari sekali"),
            *self.repeats_table()]
        return [
            self.section(1, "Ringkasan"), self.summary(),
            self.section(2, f"Menurut {area_word(self.data.counts.area).lower()} dan kategori pelanggaran"),
            *self.cross_table(),
            self.dimension(3, "Menurut jenis kepegawaian terlapor", self.subject_items(),
                           note="Satu temuan dihitung pada setiap jenis kepegawaian terlapornya; jumlah baris dapat "
                                f"melebihi {number_id(total)} temuan."),
            self.dimension(4, "Menurut status penanganan", self.status_items()),
            self.dimension(5, "Menurut platform (media daring atau luring)", self.platform_items()),
            # A heading kept with a long table would push the whole table to a new page: ask for room instead.
            CondPageBreak(45 * mm),
            self._plain_section(6, f"Temuan yang lewat batas waktu per {format_date_id(d.today)}"),
            *self.overdue_table(on_page),
            *repeats,
        ]


def render_recap(store: Store, date_from: str | date, date_to: str | date, output: Path | str, *, region: str = "",
                 paper: str | None = None, progress: Progress | None = None, cancelled: CancelCheck | None = None,
                 today: date | None = None) -> Path:
    """Write the recap of findings known between two dates (inclusive), optionally in one region.

    `progress(done, total)` goes from counting (0 of total) to laying out the overdue list (total = its rows + 1);
    `cancelled()` returning True stops the work with Cancelled and writes nothing.
    """
    path, _pages = build_recap(store, date_from, date_to, output, region=region, paper=paper, progress=progress,
                               cancelled=cancelled, today=today)
    return path


def build_recap(store: Store, date_from: str | date, date_to: str | date, output: Path | str, *, region: str = "",
                paper: str | None = None, progress: Progress | None = None, cancelled: CancelCheck | None = None,
                today: date | None = None) -> tuple[Path, int]:
    """Like render_recap, also returning the page count."""
    if not date_from or not date_to:
        raise ValidationError("Rekapitulasi memerlukan tanggal awal dan tanggal akhir (--from dan --to).")
    iso = [d.isoformat() if isinstance(d, date) else str(d) for d in (date_from, date_to)]
    filt = FindingFilter(region=region or "", date_from=iso[0], date_to=iso[1])
    check_filter(store, filt)
    today = today or date.today()
    paper = paper_name(paper, store)
    size = page_size(paper, landscape=True)
    width = frame_width(size, LANDSCAPE_MARGINS)
    st = styles(9)
    check_cancelled(cancelled)
    if progress:
        progress(0, 1)
    data = recap_data(store, filt, today=today)
    if data.counts.total == 0:
        raise EmptyReportError(f"Tidak ada temuan untuk direkapitulasi ({describe_filter(store, filt)}).")
    check_cancelled(cancelled)
    steps = len(data.overdue) + 1
    if progress:
        progress(1, steps)

    def on_page(done: int, _total: int) -> None:
        check_cancelled(cancelled)
        if progress:
            progress(1 + done, steps)

    period = format_period_id(filt.date_from, filt.date_to)
    signer = store.setting("signer") or {}
    story: list[Flowable] = [
        *letterhead_flowables(letterhead_from_store(store), width, st),
        Paragraph("REKAPITULASI DUGAAN PELANGGARAN NETRALITAS", st.title),
        Paragraph("Aparatur Sipil Negara, Kepala Desa dan Perangkat Desa", st.subtitle),
        Spacer(1, 3),
        Paragraph(text(describe_filter(store, filt)), st.subtitle.clone("filt", fontSize=8.5, spaceAfter=4)),
        *RecapBuilder(store, data, width, st).story(on_page),
        KeepTogether([Spacer(1, 8), signature_block(
            place_of_signing(store), today, [position_at_office(signer.get("jabatan", ""), store.office.name)],
            signer.get("name", ""), width, st)]),
    ]
    where = region or "semua wilayah"
    data_bytes, pages = build_pdf(
        story, pagesize=size, margins=LANDSCAPE_MARGINS, title=f"Rekapitulasi Dugaan Pelanggaran Netralitas {period}",
        author=store.office.name, subject=f"Rekapitulasi {where}, {period}", keywords=["Rekapitulasi", period, where],
        footer_left=f"Rekapitulasi · {store.office.name} · {period}", cancelled=cancelled)
    check_cancelled(cancelled)
    if progress:
        progress(steps, steps)
    return write_pdf(output, data_bytes), pages
