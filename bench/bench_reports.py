"""Figures for the reports: Form A with 10 photos, Form A of a large finding, register and recap over 10,000
findings, and the register and recap as Excel workbooks.

Each PDF is timed against the same content drawn by a bare ReportLab script in the same run (SimpleDocTemplate,
Paragraph cells, LongTable with a repeated header, photos embedded as they are); each workbook against our own
PDF of the same report. Targets: Form A < 1 s; Form A of a large finding < 2 s; recap of 10,000 findings < 10 s.

    python bench/bench_reports.py [--findings 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Image,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter  # noqa: E402
from netralitas_desktop.domain.model import Activity, Finding, Subject, Witness  # noqa: E402
from netralitas_desktop.reports import render_form_a, render_recap, render_register  # noqa: E402
from netralitas_desktop.reports.common import FONT, register_fonts, styles  # noqa: E402
from netralitas_desktop.reports.data import register_entries  # noqa: E402
from netralitas_desktop.reports.xlsx import build_recap_xlsx, build_register_xlsx  # noqa: E402
from netralitas_desktop.services import stats  # noqa: E402
from netralitas_desktop.services.demo import generate_demo  # noqa: E402

TODAY = date(2024, 3, 1)


def timed(action: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def phone_photos(folder: Path, count: int) -> list[Path]:
    """JPEGs the size a phone takes (4000 × 3000) with EXIF time; some turned by EXIF orientation."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    rng = random.Random(10)
    paths = []
    for index in range(count):
        image = PILImage.new("RGB", (4000, 3000), (rng.randint(60, 200), rng.randint(60, 200), 180))
        draw = ImageDraw.Draw(image)
        for _ in range(40):
            x, y = rng.randint(0, 3600), rng.randint(0, 2600)
            draw.rectangle((x, y, x + 400, y + 300), fill=(rng.randint(0, 255), rng.randint(0, 255), 60))
        exif = PILImage.Exif()
        exif.get_ifd(0x8769)[0x9003] = f"2023:12:{index + 1:02d} 10:15:00"
        if index % 3 == 0:
            exif[0x0112] = 6
        path = folder / f"IMG_2023120{index}_101500.jpg"
        image.save(path, "JPEG", quality=88, exif=exif)
        paths.append(path)
    return paths


def bare_form_a(finding: Finding, photos: list[Path], output: io.BytesIO) -> None:
    """The same fields and photos with nothing but ReportLab: no thumbnails, no page numbers, no checks."""
    st = styles(10)
    story = [Paragraph("FORMULIR MODEL A", st.title), Paragraph("LAPORAN HASIL PENGAWASAN PEMILU", st.title)]
    for label, value in (("Uraian", finding.description), ("Fakta", finding.facts), ("Analisis", finding.analysis)):
        story += [Paragraph(label, st.section), Paragraph(value, st.body)]
    story.append(Table([[s.name, s.nip, s.position, s.agency] for s in finding.subjects], repeatRows=0))
    story.append(PageBreak())
    for item, photo in zip(finding.evidence, photos, strict=True):
        story += [Image(str(photo), width=56 * mm, height=42 * mm), Paragraph(item.sha256, st.mono), Spacer(1, 6)]
    SimpleDocTemplate(output, pagesize=A4).build(story)


def bare_table(header: list[str], rows: list[list], output: io.BytesIO, title: str) -> None:
    """A long table the plain ReportLab way: one LongTable, header repeated, landscape A4."""
    st = styles(9)
    table = LongTable([header, *rows], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7.5), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(output, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm).build(
        [Paragraph(title, st.title), table])


def register_cells(store: Store, ids: list[str]) -> list[list]:
    """The register's row contents as plain cells (Paragraph where text wraps), for the bare script."""
    st = styles(9)
    rows = []
    for number, entry in enumerate(register_entries(store, ids, today=TODAY), start=1):
        row = entry.row
        rows.append([str(number), f"{row['register_number'] or '-'}\n{row['form_a_number']}", row["occurred_on"],
                     row["known_on"], row["registered_on"] or "-",
                     Paragraph(", ".join(s.name for s in entry.subjects), st.cell),
                     Paragraph(row["category"], st.cell), Paragraph(row["region_code"], st.cell),
                     Paragraph(row["status"], st.cell), str(entry.deadline.due_on if entry.deadline else "-")])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per Form A measurement (median)")
    args = parser.parse_args()
    register_fonts()
    results: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        store = Store.create(root / "data", office_name="Panwaslu Kecamatan Toboali", level="kecamatan",
                             region_code="19.03.01", officer="Rina Marlina", office_code="19.03",
                             officer_jabatan="Anggota Panwaslu Kecamatan")
        start = time.perf_counter()
        generate_demo(store, args.findings, seed=2024, today=TODAY)
        print(f"demo store: {args.findings:,} findings in {time.perf_counter() - start:.1f} s")

        photos = phone_photos(root, 10)
        text = " ".join(f"Kalimat ke-{n} menerangkan kejadian secara rinci." for n in range(60))
        finding = store.add_finding(Finding(
            category="MS-FOTO", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            description=text, facts=text, analysis=text, platform="facebook",
            urls=["https://www.facebook.com/contoh/posts/1234567890"],
            subjects=[Subject(name=f"Terlapor {n}", employment_type="pns", nip=f"19850312201001{n:04d}",
                              position="Guru", agency="SD Negeri 3 Toboali") for n in range(3)]), evidence=photos)
        size_kb = sum(p.stat().st_size for p in photos) / 1024
        ours = timed(lambda: render_form_a(store, finding.id, root / "form-a.pdf"), args.runs)
        bare = timed(lambda: bare_form_a(finding, photos, io.BytesIO()), args.runs)
        pdf_kb = (root / "form-a.pdf").stat().st_size / 1024
        bare_buffer = io.BytesIO()
        bare_form_a(finding, photos, bare_buffer)
        results.append(("Form A + annex, 10 photos 4000×3000", ours, bare,
                        f"PDF {pdf_kb:,.0f} KB (bare: {len(bare_buffer.getvalue()) / 1024:,.0f} KB; "
                        f"photos {size_kb:,.0f} KB)"))

        long_text = " ".join(f"Kalimat ke-{n} menerangkan kejadian secara rinci agar urutannya jelas."
                             for n in range(150))
        big = store.add_finding(Finding(
            category="MS-FOTO", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            written_on="2023-12-04", description=long_text, facts=long_text, analysis=long_text, platform="facebook",
            urls=[f"https://www.facebook.com/contoh{n}/posts/1234567890" for n in range(8)],
            subjects=[Subject(name=f"Terlapor {n}", employment_type=("pns", "kepala_desa", "perangkat_desa")[n % 3],
                              nip=f"19850312201001{n:04d}" if n % 3 == 0 else "", position="Guru Ahli Muda",
                              agency="SD Negeri 3 Toboali", address=f"Jl. Merdeka {n}") for n in range(25)],
            witnesses=[Witness(f"Saksi {n}", f"Desa Rias RT {n:03d}") for n in range(20)],
            activities=[Activity(form="analisis", purpose="Patroli siber", target="Akun ASN", date="2023-12-03",
                                 time_from="09:00", time_to="11:00", place=f"Tempat {n}") for n in range(12)]),
            evidence=photos)
        ours = timed(lambda: render_form_a(store, big.id, root / "form-a-big.pdf"), args.runs)
        bare = timed(lambda: bare_form_a(big, photos, io.BytesIO()), args.runs)
        pages = len(__import__("pypdf").PdfReader(root / "form-a-big.pdf").pages)
        results.append(("Form A + annex, 25 subjects, 12 activities, 10 photos", ours, bare,
                        f"{pages} pages, PDF {(root / 'form-a-big.pdf').stat().st_size / 1024:,.0f} KB"))

        everything = FindingFilter()
        ids = store.finding_ids(everything, order="known_on")
        ours = timed(lambda: render_register(store, everything, root / "register.pdf", today=TODAY), 1)
        cells = register_cells(store, ids)
        bare = timed(lambda: bare_table([str(i) for i in range(10)], cells, io.BytesIO(), "Register"), 1)
        results.append((f"Register, {len(ids):,} findings", ours, bare,
                        f"PDF {(root / 'register.pdf').stat().st_size / 1024:,.0f} KB"))

        period = ("2023-11-01", "2024-03-01")
        filt = FindingFilter(date_from=period[0], date_to=period[1])
        ours = timed(lambda: render_recap(store, *period, root / "recap.pdf", today=TODAY), 1)
        counts = stats.finding_counts(store, filt)
        overdue = stats.findings_by_deadline(store, filt, today=TODAY, within_days=-1)

        def bare_recap() -> None:
            data = stats.finding_counts(store, filt)
            late = stats.findings_by_deadline(store, filt, today=TODAY, within_days=-1)
            st = styles(9)
            rows = [[row["register_number"] or "-", row["form_a_number"], Paragraph(row["subject"] or "-", st.cell),
                     row["category"], Paragraph(row["region_code"], st.cell), row["status"], str(d.due_on),
                     str(-d.days_left)] for row, d in late]
            cross = [[district, *[data.by_district_category.get((district, c), 0) for c in store.catalog.categories]]
                     for district in sorted(data.by_district)]
            out = io.BytesIO()
            table = Table(cross)
            SimpleDocTemplate(out, pagesize=landscape(A4)).build([table, LongTable(rows, repeatRows=0)])

        bare = timed(bare_recap, 1)
        results.append((f"Recap, {counts.total:,} findings ({len(overdue):,} overdue listed)", ours, bare,
                        f"PDF {(root / 'recap.pdf').stat().st_size / 1024:,.0f} KB"))
        register_pdf = results[2][1]
        ours = timed(lambda: build_register_xlsx(store, everything, root / "register.xlsx", today=TODAY), 1)
        results.append((f"Register as Excel, {len(ids):,} findings (vs our PDF)", ours, register_pdf,
                        f"XLSX {(root / 'register.xlsx').stat().st_size / 1024:,.0f} KB"))
        recap_pdf = results[3][1]
        ours = timed(lambda: build_recap_xlsx(store, *period, root / "recap.xlsx", today=TODAY), 1)
        results.append(("Recap as Excel (vs our PDF)", ours, recap_pdf,
                        f"XLSX {(root / 'recap.xlsx').stat().st_size / 1024:,.0f} KB"))
        store.close()

    print()
    print(f"{'report':<58} {'ours':>8} {'baseline':>8} {'ratio':>6}  notes (baseline: bare ReportLab, or our PDF)")
    for name, ours, bare, note in results:
        print(f"{name:<58} {ours:>7.2f}s {bare:>7.2f}s {ours / bare:>6.2f}  {note}")
    form_a, big_form_a, recap = results[0][1], results[1][1], results[3][1]
    print()
    print(f"target Form A < 1 s: {'met' if form_a < 1 else 'MISSED'} ({form_a:.2f} s)")
    print(f"target Form A of a large finding < 2 s: {'met' if big_form_a < 2 else 'MISSED'} ({big_form_a:.2f} s)")
    print(f"target recap of {args.findings:,} < 10 s: {'met' if recap < 10 else 'MISSED'} ({recap:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
