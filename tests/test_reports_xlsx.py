"""The register and the recap as Excel workbooks: opened with openpyxl and read back, equal to the store."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import INIT_ARGS, run, store_snapshot

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.reports.register import register_filter
from netralitas_desktop.services import stats
from netralitas_desktop.services.demo import generate_demo

TODAY = date(2024, 3, 1)
PERIOD = ("2023-11-28", "2024-02-13")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo-xlsx") / "data"
    assert run(folder, *INIT_ARGS).code == 0
    with Store(folder) as store:
        generate_demo(store, 300, seed=11, images=4, today=TODAY)
    return folder


def rows_of(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def day(value) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def test_register_workbook_equals_the_store_with_the_same_filters(demo_dir, tmp_path):
    output = tmp_path / "register.xlsx"
    result = run(demo_dir, "report", "register", "--from", "2024-01-01", "--to", "2024-01-31", "--region", "19.03",
                 "--status", "klarifikasi", "--status", "kajian", "--status", "teregistrasi", "--per", "2024-03-01",
                 "-o", output)
    assert result.code == 0, result.err
    assert "Buku register (Excel) disimpan" in result.out
    with Store(demo_dir, readonly=True) as store:
        filt = register_filter("2024-01-01", "2024-01-31", "19.03", ["klarifikasi", "kajian", "teregistrasi"])
        ids = store.finding_ids(filt, order="known_on")
        expected = store.summary_rows(ids)
        deadlines = [store.deadline(row, TODAY) for row in expected]
    assert ids, "the filter should select some findings"
    assert f"({len(ids)} temuan" in result.out

    book = openpyxl.load_workbook(output)
    sheet = book["Register"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:U{len(ids) + 1}"
    assert sheet["A1"].font.b
    assert all(sheet.column_dimensions[c].width >= 7 for c in "ABCDEFGH")
    assert sheet.column_dimensions["B"].width >= len("001/TM/PL/Kec/19.03/I/2024")  # a number fits its column
    rows = rows_of(sheet)
    assert len(rows) == len(ids)
    for number, (row, want, deadline) in enumerate(zip(rows, expected, deadlines, strict=True), start=1):
        assert row["No."] == number
        assert (row["Nomor register"] or None) == want["register_number"]
        assert (row["Nomor Form A"] or None) == want["form_a_number"]
        assert day(row["Tanggal diketahui"]) == date.fromisoformat(want["known_on"])
        assert day(row["Tanggal kejadian"]) == date.fromisoformat(want["occurred_on"])
        assert day(row["Tanggal registrasi"]) == (date.fromisoformat(want["registered_on"]) if want["registered_on"]
                                                  else None)
        assert row["Kode wilayah"].startswith("19.03") and row["Kode kategori"] == want["category"]
        assert want["subject"] in row["Terlapor"] and row["Jumlah terlapor"] == want["subject_count"]
        if deadline is not None:
            assert day(row["Batas waktu"]) == deadline.due_on and row["Sisa hari"] == deadline.days_left
            assert row["Lewat batas"] == ("Ya" if deadline.overdue else "Tidak")
    # Dates are dates and counts numbers, with a day-month-year format.
    first = sheet.cell(row=2, column=6)
    assert isinstance(first.value, datetime) and first.number_format == "DD-MM-YYYY"
    assert isinstance(sheet.cell(row=2, column=9).value, int)


def test_recap_workbook_has_one_sheet_per_table_and_the_stores_numbers(demo_dir, tmp_path):
    output = tmp_path / "rekap.xlsx"
    result = run(demo_dir, "report", "recap", "--from", PERIOD[0], "--to", PERIOD[1], "--region", "19.03",
                 "--per", "2024-03-01", "--format", "xlsx", "-o", output)
    assert result.code == 0, result.err
    with Store(demo_dir, readonly=True) as store:
        filt = FindingFilter(region="19.03", date_from=PERIOD[0], date_to=PERIOD[1])
        counts = stats.finding_counts(store, filt)
        overdue = stats.findings_by_deadline(store, filt, today=TODAY, within_days=-1)
        catalog = store.catalog
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["Ringkasan", "Kecamatan x Kategori", "Jenis kepegawaian", "Status", "Platform",
                               "Lewat batas waktu"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")

    summary = {row["Uraian"]: row["Nilai"] for row in rows_of(book["Ringkasan"])}
    assert summary["Jumlah temuan dan laporan"] == counts.total
    assert summary["Kecamatan"] == len(counts.by_district)
    assert summary["Lewat batas waktu per 1 Maret 2024"] == len(overdue)

    cross = rows_of(book["Kecamatan x Kategori"])
    for row in cross[:-1]:
        district = row["Kode kecamatan"]
        assert row["Jumlah"] == counts.by_district[district]
        for code in catalog.categories:
            assert row[code] == counts.by_district_category.get((district, code), 0)
    assert cross[-1]["Kecamatan"] == "Jumlah" and cross[-1]["Jumlah"] == counts.total
    assert len(cross) == len(counts.by_district) + 1

    statuses = {row["Kode"]: row for row in rows_of(book["Status"])}
    assert {code: row["Jumlah"] for code, row in statuses.items()} == counts.by_status
    some = next(iter(statuses.values()))
    assert some["Persen"] == pytest.approx(some["Jumlah"] / counts.total)
    assert book["Status"].cell(row=2, column=4).number_format == "0.0%"
    types = {row["Kode"]: row["Jumlah"] for row in rows_of(book["Jenis kepegawaian"])}
    assert types == counts.by_subject_type

    late = rows_of(book["Lewat batas waktu"])
    assert len(late) == len(overdue)
    for row, (want, deadline) in zip(late, overdue, strict=True):
        assert row["Lewat (hari)"] == -deadline.days_left > 0
        assert day(row["Batas waktu"]) == deadline.due_on
        assert (row["Nomor Form A"] or None) == want["form_a_number"]


def test_format_and_file_name_must_agree_and_defaults_follow_the_format(demo_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    refused = run(demo_dir, "report", "recap", "--from", PERIOD[0], "--to", PERIOD[1], "--format", "xlsx",
                  "-o", tmp_path / "rekap.pdf")
    assert refused.code == 1 and "tidak cocok" in refused.err and not (tmp_path / "rekap.pdf").exists()
    made = run(demo_dir, "report", "register", "--from", "2024-01-01", "--to", "2024-01-31", "--format", "xlsx")
    assert made.code == 0, made.err
    assert (tmp_path / "Register_Temuan_2024-01-01_2024-01-31.xlsx").exists()


def test_an_empty_period_writes_no_workbook_and_changes_nothing(demo_dir, tmp_path):
    before = store_snapshot(demo_dir)
    for command in ("register", "recap"):
        output = tmp_path / f"{command}.xlsx"
        result = run(demo_dir, "report", command, "--from", "2030-01-01", "--to", "2030-01-31", "-o", output)
        assert result.code == 1 and result.err.startswith("galat: Tidak ada temuan")
        assert not output.exists()
    assert store_snapshot(demo_dir) == before
