"""Register and recap over a demo store: every finding listed, every number equal to what the store says."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from cli_helpers import FINDING_ARGS, INIT_ARGS, run
from test_reports_form_a import A4, F4, font_problems, page_size, page_texts, pdf_text

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.domain.errors import Cancelled
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.reports import EmptyReportError, render_recap, render_register
from netralitas_desktop.reports.xlsx import build_recap_xlsx, build_register_xlsx
from netralitas_desktop.services import stats
from netralitas_desktop.services.demo import generate_demo

TODAY = date(2024, 3, 1)  # deadlines are computed as of this day, so the expected numbers never drift
PERIOD = ("2023-11-28", "2024-02-13")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """A store with 400 demo findings from the Pemilu 2024 campaign, shared by the tests of this module."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert run(folder, *INIT_ARGS).code == 0
    with Store(folder) as store:
        generate_demo(store, 400, seed=7, images=6, today=TODAY)
    return folder


def test_register_lists_every_finding_of_the_period(demo_dir, tmp_path):
    output = tmp_path / "register.pdf"
    result = run(demo_dir, "report", "register", "--from", "2024-01-01", "--to", "2024-01-31", "--per",
                 TODAY.isoformat(), "-o", output)
    assert result.code == 0, result.err
    with Store(demo_dir, readonly=True) as store:
        filt = FindingFilter(date_from="2024-01-01", date_to="2024-01-31")
        ids = store.finding_ids(filt, order="known_on")
        rows = store.summary_rows(ids)
    assert f"({len(ids)} temuan)" in result.out
    texts = page_texts(output)
    text = " ".join(texts)
    assert "BUKU REGISTER TEMUAN DAN LAPORAN DUGAAN PELANGGARAN NETRALITAS" in text
    assert "BADAN PENGAWAS PEMILIHAN UMUM" in texts[0]  # the register carries the letterhead
    assert "Periode (tanggal diketahui): 1 Januari 2024 s.d. 31 Januari 2024" in text
    assert f"Jumlah: {len(ids)} temuan/laporan" in text
    for row in rows:
        if row["source"] == "laporan":
            assert row["form_a_number"] is None  # a public report prints Model B.1 and takes no Form A number
        else:
            assert row["form_a_number"] in text
        if row["register_number"]:
            assert row["register_number"] in text
        assert row["subject"] in text
    # The last row number is the count, and every page repeats the column headings.
    assert re.search(rf"\b{len(ids)} \S+", text)
    assert all("Nomor register / Nomor Form A" in page for page in texts[:-1])
    assert all(page_size(output, i) == (A4[1], A4[0]) for i in range(len(texts)))
    assert font_problems(output) == []
    meta = pypdf.PdfReader(output).metadata
    assert meta.author == "Panwaslu Kecamatan Toboali"
    assert meta.title == "Buku Register Temuan 1 Januari 2024 s.d. 31 Januari 2024"


def test_register_filters_by_status_and_region_and_prints_deadlines(demo_dir, tmp_path):
    output = tmp_path / "klarifikasi.pdf"
    with Store(demo_dir, readonly=True) as store:
        filt = FindingFilter(statuses=["klarifikasi", "kajian"], region="19.03")
        render_register(store, filt, output, paper="F4", today=TODAY)
        rows = store.summary_rows(store.finding_ids(filt))
        deadlines = [store.deadline(row, TODAY) for row in rows]
    text = pdf_text(output)
    assert page_size(output) == (F4[1], F4[0])
    assert "Status: Klarifikasi, Kajian dugaan pelanggaran" in text
    assert "Wilayah: Kabupaten Bangka Selatan, Provinsi Kepulauan Bangka Belitung" in text
    assert f"Jumlah: {len(rows)} temuan/laporan" in text
    overdue = sum(d.overdue for d in deadlines)
    assert f"{overdue} lewat batas waktu per 1 Maret 2024" in text
    for deadline in deadlines:
        iso = deadline.due_on.isoformat()
        assert f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}" in text
        if deadline.overdue:
            assert f"lewat {-deadline.days_left} hari kerja" in text


def test_register_reports_progress_and_can_be_cancelled(demo_dir, tmp_path):
    seen: list[tuple[int, int]] = []
    with Store(demo_dir, readonly=True) as store:
        total = store.count_findings()
        render_register(store, None, tmp_path / "all.pdf", progress=lambda d, t: seen.append((d, t)), today=TODAY)
        assert seen[-1] == (2 * total, 2 * total)
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)

        calls = []

        def cancel_after_reading() -> bool:
            calls.append(1)
            return len(calls) > 3

        target = tmp_path / "cancelled.pdf"
        with pytest.raises(Cancelled, match="dibatalkan"):
            render_register(store, None, target, cancelled=cancel_after_reading, today=TODAY)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["all.pdf"]  # no temporary file left behind


def test_recap_numbers_equal_the_store(demo_dir, tmp_path):
    output = tmp_path / "recap.pdf"
    result = run(demo_dir, "report", "recap", "--from", PERIOD[0], "--to", PERIOD[1], "--region", "19.03",
                 "--per", TODAY.isoformat(), "-o", output)
    assert result.code == 0, result.err
    with Store(demo_dir, readonly=True) as store:
        filt = FindingFilter(region="19.03", date_from=PERIOD[0], date_to=PERIOD[1])
        counts = stats.finding_counts(store, filt)
        overdue = stats.findings_by_deadline(store, filt, today=TODAY, within_days=-1)
        catalog, regions = store.catalog, store.regions
        temuan = store.count_findings(FindingFilter(**{**filt.__dict__, "source": "temuan"}))
    text = pdf_text(output)
    assert "REKAPITULASI DUGAAN PELANGGARAN NETRALITAS" in text
    assert "Periode (tanggal diketahui): 28 November 2023 s.d. 13 Februari 2024" in text
    assert counts.total > 50
    summary = (f"{number_id(counts.total)} {number_id(temuan)} {number_id(counts.total - temuan)} "
               f"{len(counts.by_district)} {len(overdue)}")
    assert summary in text
    # Section II: every district's row ends with its total; the last row holds the category totals.
    def cells(values: list[int]) -> str:
        return " ".join(number_id(v) if v else "-" for v in values)  # an empty cell prints "-"

    for district, total in counts.by_district.items():
        row = cells([counts.by_district_category.get((district, c), 0) for c in catalog.categories])
        assert f"{regions.get(district).name} {row} {total}" in text, district
    assert f"Jumlah {cells([counts.by_category.get(c, 0) for c in catalog.categories])} {counts.total}" in text
    for code, count in counts.by_status.items():
        assert re.search(rf"\d+ {re.escape(catalog.statuses[code].name)} {count} ", text), code
    for code, count in counts.by_subject_type.items():
        assert re.search(rf"\d+ {re.escape(catalog.employment_types[code].name)} {count} ", text), code
    for code, count in counts.by_platform.items():
        assert re.search(rf"\d+ {re.escape(catalog.platforms[code].name)} {count} ", text), code
    assert "TEMUAN YANG LEWAT BATAS WAKTU PER 1 MARET 2024" in text
    for row, deadline in overdue:
        assert (row["form_a_number"] or row["register_number"] or "(belum teregistrasi)") in text
        assert f"{-deadline.days_left} {'hari kerja' if deadline.day_kind == 'kerja' else 'hari'}" in text
    assert font_problems(output) == []
    assert page_size(output) == (A4[1], A4[0])
    meta = pypdf.PdfReader(output).metadata
    assert meta.subject == "Rekapitulasi 19.03, 28 November 2023 s.d. 13 Februari 2024"


def test_recap_charts_are_drawn_with_reportlab_graphics(demo_dir, tmp_path):
    output = tmp_path / "charts.pdf"
    with Store(demo_dir, readonly=True) as store:
        render_recap(store, *PERIOD, output, today=TODAY)
    text = pdf_text(output)
    for title in ("Grafik: menurut jenis kepegawaian terlapor", "Grafik: menurut status penanganan",
                  "Grafik: menurut platform (media daring atau luring)"):
        assert title in text
    # The charts' category labels are text in the PDF (short names such as PNS), not pictures.
    assert "PNS" in text and "Kepala desa" in text


def test_a_kecamatan_offices_own_recap_breaks_down_by_desa(demo_dir, tmp_path):
    """Panwaslu Kecamatan Toboali's recap without a region (and any recap of a kecamatan) counts per desa; a desa
    outside the kecamatan (a finding recorded for handover) is named with its kecamatan."""
    output, workbook = tmp_path / "desa.pdf", tmp_path / "desa.xlsx"
    with Store(demo_dir, readonly=True) as store:
        render_recap(store, *PERIOD, output, today=TODAY)
        build_recap_xlsx(store, *PERIOD, workbook, today=TODAY)
        filt = FindingFilter(date_from=PERIOD[0], date_to=PERIOD[1])
        counts = stats.finding_counts(store, filt, area="desa")
        by_kecamatan = stats.finding_counts(store, filt)
        regions = store.regions
        catalog = store.catalog
    assert counts.area == "desa" and len(counts.by_district) > len(by_kecamatan.by_district)
    assert all(code.count(".") == 3 for code in counts.by_district)
    text = pdf_text(output)
    assert "MENURUT DESA/KELURAHAN DAN KATEGORI PELANGGARAN" in text
    outside = [code for code in counts.by_district if not code.startswith("19.03.01.")]
    assert outside, "the demo records a few findings for handover"
    for code, total in counts.by_district.items():
        name = regions.get(code).name
        label = name if code.startswith("19.03.01.") else f"{name} (Kec. {regions.get(code[:8]).name})"
        values = [counts.by_district_category.get((code, c), 0) for c in catalog.categories]
        row = " ".join(number_id(v) if v else "-" for v in values)
        assert f"{label} {row} {total}" in text, code
    book = openpyxl.load_workbook(workbook)
    assert "Desa x Kategori" in book.sheetnames
    sheet = book["Desa x Kategori"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Kode desa/kelurahan", "Desa/Kelurahan"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert {code: r[-1] for code, r in rows.items()} == counts.by_district
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Desa/Kelurahan"] == len(counts.by_district)


def test_recap_progress_and_cancel_leave_no_file(demo_dir, tmp_path):
    seen = []
    with Store(demo_dir, readonly=True) as store:
        render_recap(store, *PERIOD, tmp_path / "ok.pdf", progress=lambda d, t: seen.append((d, t)), today=TODAY)
        assert seen[0] == (0, 1) and seen[-1][0] == seen[-1][1]
        with pytest.raises(Cancelled):
            render_recap(store, *PERIOD, tmp_path / "no.pdf", cancelled=lambda: True, today=TODAY)
    assert not (tmp_path / "no.pdf").exists()


def test_empty_period_is_refused_and_leaves_the_old_file(demo_dir, tmp_path):
    output = tmp_path / "old.pdf"
    output.write_bytes(b"previous report")
    result = run(demo_dir, "report", "recap", "--from", "2030-01-01", "--to", "2030-01-31", "-o", output)
    assert result.code == 1
    assert result.err.startswith("galat: Tidak ada temuan untuk direkapitulasi")
    assert output.read_bytes() == b"previous report"
    with Store(demo_dir, readonly=True) as store, pytest.raises(EmptyReportError):
        render_register(store, FindingFilter(date_from="2030-01-01"), tmp_path / "x.pdf")
    bad = run(demo_dir, "report", "register", "--from", "2024-02-01", "--to", "2024-01-01", "-o", output)
    assert bad.code == 1 and "sesudah tanggal akhir" in bad.err
    bad = run(demo_dir, "report", "recap", "--from", "2024-13-01", "--to", "2024-01-01")
    assert bad.code == 1 and "--from: tanggal tidak valid" in bad.err
    bad = run(demo_dir, "report", "register", "--status", "entah")
    assert bad.code == 1 and "Status tidak dikenal" in bad.err


def test_default_names_in_the_working_directory(demo_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(demo_dir, "report", "register", "--from", "2024-01-01", "--to", "2024-03-31").code == 0
    assert run(demo_dir, "report", "recap", "--from", PERIOD[0], "--to", PERIOD[1], "--region", "19.03").code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Register_Temuan_2024-01-01_2024-03-31.pdf", "Rekap_19.03_2023-11-28_2024-02-13.pdf"]


def test_a_deadline_counted_into_a_year_without_holidays_is_printed_as_an_estimate(data_dir, tmp_path):
    """A case decided in December 2022 counts its working days into 2022, whose holidays the app does not know (its
    list starts in 2023): the register and the recap, PDF and Excel, say 'perkiraan' beside that deadline only."""
    args = [a.replace("2023-12-02", "2022-12-19").replace("2023-12-03", "2022-12-20") for a in map(str, FINDING_ARGS)]
    old = run(data_dir, *args, "--json").json()["id"]
    recent = run(data_dir, *FINDING_ARGS, "--json").json()["id"]
    for finding_id, on in ((old, "2022-12-22"), (recent, "2023-12-05")):
        for status in ("temuan", "teregistrasi"):
            assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", on).code == 0
    register, recap = tmp_path / "register.pdf", tmp_path / "recap.pdf"
    register_book, recap_book = tmp_path / "register.xlsx", tmp_path / "recap.xlsx"
    today = date(2024, 3, 1)
    with Store(data_dir, readonly=True) as store:
        render_register(store, None, register, today=today)
        render_recap(store, "2022-12-01", "2023-12-31", recap, today=today)
        build_register_xlsx(store, None, register_book, today=today)
        build_recap_xlsx(store, "2022-12-01", "2023-12-31", recap_book, today=today)
    assert pdf_text(register).count("(perkiraan)") == 1
    assert pdf_text(recap).count("(perkiraan)") == 1
    rows = list(openpyxl.load_workbook(register_book)["Register"].iter_rows(min_row=2, values_only=True))
    assert sorted(str(v) for row in rows for v in row if "kerja" in str(v)) == ["kerja", "kerja (perkiraan)"]
    overdue = list(openpyxl.load_workbook(recap_book)["Lewat batas waktu"].iter_rows(min_row=2, values_only=True))
    assert sorted(str(row[-1]) for row in overdue if row[0]) == ["kerja", "kerja (perkiraan)"]
