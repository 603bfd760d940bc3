"""The register and the recap as Excel workbooks (openpyxl), with the same filters and numbers as the PDFs.

What headquarters staff open first: dates are Excel dates, counts are numbers, the header row is frozen and
filtered, columns are wide enough to read. The register is written in openpyxl's write-only mode, row by row,
so 10,000 findings stay fast and small in memory; the recap puts each of its tables on a sheet of its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id, format_period_id
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import parse_date
from netralitas_desktop.reports.common import (
    CancelCheck,
    EmptyReportError,
    Progress,
    check_cancelled,
    write_pdf,
)
from netralitas_desktop.reports.data import check_filter, recap_data, register_entries, subjects_of
from netralitas_desktop.reports.places import (
    area_within,
    area_word,
    district_label,
    region_full_name,
    region_short_name,
    subject_type_short,
)
from netralitas_desktop.reports.register import describe_filter

DATE_FORMAT = "DD-MM-YYYY"
PERCENT_FORMAT = "0.0%"
MAX_WIDTH = 60  # characters: longer text wraps in the cell instead of making one column a screen wide


def day_kind_text(deadline: Deadline) -> str:
    """ "kerja", "kalender", or "kerja (perkiraan)" past the last year whose holidays are known."""
    return f"{deadline.day_kind} (perkiraan)" if deadline.estimate else deadline.day_kind


def _openpyxl():
    """openpyxl, loaded on first use so commands other than an Excel export do not pay for it."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    return openpyxl, Font, PatternFill, Alignment, get_column_letter


class Sheet:
    """One worksheet: a bold, shaded, frozen header with an autofilter, typed cells (dates as dates, counts as
    numbers, shares as percentages), and column widths from the longest value (openpyxl does not size columns).

    Rows are kept until `finish()`, because a write-only sheet must know its column widths before its first row.
    """

    def __init__(self, workbook, title: str, columns: Sequence[tuple[str, str]], *, write_only: bool):
        self.workbook, self.title, self.write_only = workbook, title, write_only
        self.columns = list(columns)  # (header, kind): kind is "text", "int", "date" or "percent"
        self.widths = [len(header) + 2 for header, _ in self.columns]
        self.values: list[Sequence] = []

    @property
    def rows(self) -> int:
        return len(self.values)

    def append(self, values: Sequence) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{self.title}: {len(values)} nilai untuk {len(self.columns)} kolom")
        for index, ((_name, kind), value) in enumerate(zip(self.columns, values, strict=True)):
            if value is None:
                continue
            width = 11 if kind == "date" else 8 if kind == "percent" else max(
                (len(line) for line in str(value).split("\n")), default=0)
            if width > self.widths[index]:
                self.widths[index] = width
        self.values.append(values)

    def finish(self) -> None:
        """Write the sheet: widths, frozen header, the rows with their number formats, the autofilter."""
        _openpyxl_module, font, fill, _alignment, letter = _openpyxl()
        ws = self.workbook.create_sheet(title=self.title)
        for index, width in enumerate(self.widths, start=1):
            ws.column_dimensions[letter(index)].width = min(width + 2, MAX_WIDTH)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{letter(len(self.columns))}{self.rows + 1}"
        if self.write_only:
            from openpyxl.cell import WriteOnlyCell as make
        else:
            from openpyxl.cell import Cell as make
        bold, shade = font(bold=True), fill("solid", fgColor="E4E4E4")
        header = []
        for name, _kind in self.columns:
            cell = make(ws, value=name)
            cell.font, cell.fill = bold, shade
            header.append(cell)
        ws.append(header)
        formats = [DATE_FORMAT if kind == "date" else PERCENT_FORMAT if kind == "percent" else None
                   for _name, kind in self.columns]
        for values in self.values:
            cells = []
            for value, number_format in zip(values, formats, strict=True):
                if number_format and value is not None:
                    cell = make(ws, value=value)
                    cell.number_format = number_format
                    cells.append(cell)
                else:
                    cells.append(value)
            ws.append(cells)


def _save(workbook, output: Path | str) -> Path:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_pdf(output, buffer.getvalue(), kind="Excel")


def _day(value) -> date | None:
    try:
        return parse_date(value[:10]) if value else None
    except ValueError:
        return None


REGISTER_COLUMNS = (
    ("No.", "int"), ("Nomor register", "text"), ("Nomor Form A", "text"), ("Sumber", "text"),
    ("Tanggal kejadian", "date"), ("Tanggal diketahui", "date"), ("Tanggal registrasi", "date"),
    ("Terlapor", "text"), ("Jumlah terlapor", "int"), ("Jenis kepegawaian", "text"), ("Kode kategori", "text"),
    ("Kategori", "text"), ("Kode wilayah", "text"), ("Tempat", "text"), ("Platform", "text"), ("Status", "text"),
    ("Tahap berikutnya", "text"), ("Batas waktu", "date"), ("Sisa hari", "int"), ("Jenis hari", "text"),
    ("Lewat batas", "text"),
)


def build_register_xlsx(store: Store, filt: FindingFilter | None, output: Path | str, *, today: date | None = None,
                        progress: Progress | None = None, cancelled: CancelCheck | None = None) -> tuple[Path, int]:
    """The register of the findings a filter selects (oldest first) as a workbook; returns path and row count.

    "Sisa hari" is negative when the deadline has passed, in the profile's day kind ("kerja" or "kalender")."""
    openpyxl = _openpyxl()[0]
    filt = filt or FindingFilter()
    check_filter(store, filt)
    today = today or date.today()
    check_cancelled(cancelled)
    ids = store.finding_ids(filt, order="known_on")
    if not ids:
        raise EmptyReportError(f"Tidak ada temuan untuk register ini ({describe_filter(store, filt)}).")
    catalog = store.catalog
    workbook = openpyxl.Workbook(write_only=True)
    sheet = Sheet(workbook, "Register", REGISTER_COLUMNS, write_only=True)
    places: dict[str, str] = {}
    for number, entry in enumerate(register_entries(store, ids, today=today, progress=progress,
                                                    cancelled=cancelled), start=1):
        row, deadline = entry.row, entry.deadline
        category = catalog.categories.get(row["category"])
        status = catalog.statuses.get(row["status"])
        platform = catalog.platforms.get(row["platform"] or "")
        code = row["region_code"]
        if code not in places:
            places[code] = region_short_name(store.regions, code)
        sheet.append([
            number, row["register_number"] or "", row["form_a_number"] or "", row["source"],
            _day(row["occurred_on"]), _day(row["known_on"]), _day(row["registered_on"]),
            "\n".join(s.name for s in entry.subjects), len(entry.subjects),
            ", ".join(dict.fromkeys(subject_type_short(catalog, s.employment_type) for s in entry.subjects)),
            row["category"], category.name if category else "", code, places[code],
            platform.name if platform else (row["platform"] or ""), status.name if status else row["status"],
            deadline.label if deadline else "", deadline.due_on if deadline else None,
            deadline.days_left if deadline else None, day_kind_text(deadline) if deadline else "",
            ("Ya" if deadline.overdue else "Tidak") if deadline else "",
        ])
    check_cancelled(cancelled)
    sheet.finish()
    return _save(workbook, output), sheet.rows


def _count_sheet(workbook, title: str, label: str, items: list[tuple[str, str, int]], total: int) -> None:
    sheet = Sheet(workbook, title, [("Kode", "text"), (label, "text"), ("Jumlah", "int"), ("Persen", "percent")],
                  write_only=False)
    for code, name, count in items:
        sheet.append([code, name, count, count / total if total else None])
    sheet.finish()


def build_recap_xlsx(store: Store, date_from: str | date, date_to: str | date, output: Path | str, *, region: str = "",
                     today: date | None = None, cancelled: CancelCheck | None = None) -> tuple[Path, int]:
    """The recap of findings known between two dates (inclusive), optionally in one region, as a workbook with one
    sheet per table (summary, district × category, subject type, status, platform, overdue); returns path and
    sheet count."""
    openpyxl = _openpyxl()[0]
    if not date_from or not date_to:
        raise ValidationError("Rekapitulasi memerlukan tanggal awal dan tanggal akhir (--from dan --to).")
    iso = [d.isoformat() if isinstance(d, date) else str(d) for d in (date_from, date_to)]
    filt = FindingFilter(region=region or "", date_from=iso[0], date_to=iso[1])
    check_filter(store, filt)
    today = today or date.today()
    check_cancelled(cancelled)
    catalog, regions = store.catalog, store.regions
    data = recap_data(store, filt, today=today)
    counts, total = data.counts, data.counts.total
    if total == 0:
        raise EmptyReportError(f"Tidak ada temuan untuk direkapitulasi ({describe_filter(store, filt)}).")
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)

    summary = Sheet(workbook, "Ringkasan", [("Uraian", "text"), ("Nilai", "text")], write_only=False)
    for label, value in (
            ("Kantor", store.office.name),
            ("Periode (tanggal diketahui)", format_period_id(filt.date_from, filt.date_to)),
            ("Wilayah", region_full_name(regions, filt.region) if filt.region else "semua wilayah"),
            ("Jumlah temuan dan laporan", total),
            ("Temuan hasil pengawasan", data.by_source.get("temuan", 0)),
            ("Laporan masyarakat", data.by_source.get("laporan", 0)),
            (area_word(counts.area), len(counts.by_district)),
            (f"Lewat batas waktu per {format_date_id(today)}", len(data.overdue))):
        summary.append([label, value])
    summary.finish()

    categories = list(catalog.categories)
    with_regency = not region or region.count(".") < 1
    word = area_word(counts.area)
    within = area_within(store, filt) if counts.area == "desa" else ""
    cross = Sheet(workbook, f"{'Desa' if counts.area == 'desa' else 'Kecamatan'} x Kategori",
                  [(f"Kode {word.lower()}", "text"), (word, "text"), *[(c, "int") for c in categories],
                   ("Jumlah", "int")], write_only=False)
    for district in sorted(counts.by_district):
        cross.append([district, district_label(regions, district, with_regency=with_regency, within=within),
                      *[counts.by_district_category.get((district, c), 0) for c in categories],
                      counts.by_district.get(district, 0)])
    cross.append(["", "Jumlah", *[counts.by_category.get(c, 0) for c in categories], total])
    cross.finish()

    types = catalog.employment_types
    _count_sheet(workbook, "Jenis kepegawaian", "Jenis kepegawaian",
                 [(c, types[c].name if c in types else c, n) for c, n in counts.by_subject_type.items()], total)
    _count_sheet(workbook, "Status", "Status penanganan",
                 [(c, catalog.statuses[c].name if c in catalog.statuses else c, n) for c, n in
                  counts.by_status.items()], total)
    _count_sheet(workbook, "Platform", "Platform",
                 [(c or "", catalog.platforms[c].name if c in catalog.platforms else (c or "Tidak diisi"), n)
                  for c, n in counts.by_platform.items()], total)

    overdue = Sheet(workbook, "Lewat batas waktu", [
        ("No.", "int"), ("Nomor register", "text"), ("Nomor Form A", "text"), ("Tanggal diketahui", "date"),
        ("Terlapor", "text"), ("Kode kategori", "text"), ("Kode wilayah", "text"), ("Tempat", "text"),
        ("Status", "text"), ("Tahap yang tertunda", "text"), ("Batas waktu", "date"), ("Lewat (hari)", "int"),
        ("Jenis hari", "text")], write_only=False)
    subjects = data.overdue_subjects or subjects_of(store, [row["id"] for row, _ in data.overdue])
    for number, (row, deadline) in enumerate(data.overdue, start=1):
        check_cancelled(cancelled)
        status = catalog.statuses.get(row["status"])
        overdue.append([
            number, row["register_number"] or "", row["form_a_number"] or "", _day(row["known_on"]),
            "\n".join(s.name for s in subjects.get(row["id"], [])), row["category"], row["region_code"],
            region_short_name(regions, row["region_code"]), status.name if status else row["status"],
            deadline.label, deadline.due_on, -deadline.days_left, day_kind_text(deadline)])
    overdue.finish()
    if data.repeats is not None:  # kabupaten/kota and up: the people reported more than once
        repeats = Sheet(workbook, "Terlapor berulang", [
            ("No.", "int"), ("Terlapor", "text"), ("NIP", "text"), ("NIK", "text"), ("Instansi", "text"),
            ("Jumlah temuan", "int"), ("Jumlah kantor", "int"), ("Dilaporkan oleh", "text")], write_only=False)
        for number, r in enumerate(data.repeats, start=1):
            repeats.append([number, r.name, r.nip, r.nik, r.agency, r.findings, r.offices, ", ".join(r.office_names)])
        repeats.finish()
    return _save(workbook, output), len(workbook.sheetnames)
