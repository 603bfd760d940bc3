"""Holidays as data an office can update (`netralitas holidays …`): validated, audited, used by every deadline, and
a bad file loses nothing. Decision dates kept on status events and used by the clocks."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from cli_helpers import FINDING_ARGS, run, store_snapshot

from netralitas_desktop.data.store import Store


def audit_actions(data_dir) -> list[str]:
    conn = sqlite3.connect(data_dir / "netralitas.db")
    try:
        return [row[0] for row in conn.execute("SELECT action FROM audit_log WHERE action LIKE 'holiday.%' "
                                               "ORDER BY seq")]
    finally:
        conn.close()


def test_the_list_carries_2026_confirmed_and_2027_provisional(data_dir):
    listed = run(data_dir, "holidays", "list", "--year", "2026")
    assert listed.code == 0
    assert "2026-03-21  Sabtu, 21 Maret 2026" in listed.out and "Hari Raya Idulfitri 1447 Hijriah" in listed.out
    assert "(sementara)" not in listed.out
    assert "Tahun yang daftarnya lengkap: 2023, 2024, 2025, 2026, 2027" in listed.err
    later = run(data_dir, "holidays", "list", "--year", "2027", "--json").json()
    assert later["known_years"] == [2023, 2024, 2025, 2026, 2027]
    marks = {h["date"]: h["provisional"] for h in later["holidays"]}
    assert marks["2027-03-10"] is True and marks["2027-08-17"] is False  # Idulfitri estimated; Proklamasi fixed


def test_loading_a_file_replaces_its_years_and_makes_them_known(data_dir, tmp_path):
    csv = tmp_path / "libur-2028.csv"
    csv.write_text("tanggal;nama;jenis;sementara\n2028-01-01;Tahun Baru 2028 Masehi;libur_nasional;tidak\n"
                   "26 Januari 2028;Tahun Baru Imlek 2579;;ya\n2028-01-27;Cuti bersama Imlek;cuti bersama;ya\n",
                   encoding="utf-8")
    loaded = run(data_dir, "holidays", "import", csv)
    assert loaded.code == 0, loaded.err
    assert loaded.out.strip() == ("Daftar hari libur 2028 dimuat dari libur-2028.csv: 3 hari (3 baru, 0 dihapus, "
                                  "2 sementara).")
    data = run(data_dir, "holidays", "list", "--year", "2028", "--json").json()
    assert 2028 in data["known_years"]
    assert [(h["date"], h["kind"], h["provisional"]) for h in data["holidays"]] == [
        ("2028-01-01", "libur_nasional", False), ("2028-01-26", "libur_nasional", True),
        ("2028-01-27", "cuti_bersama", True)]
    # A JSON file for 2026 with only two days: 2026's list becomes exactly those two.
    json_file = tmp_path / "libur.json"
    json_file.write_text('{"items": [{"date": "2026-01-01", "name": "Tahun Baru"}, '
                         '{"date": "2026-08-17", "name": "Proklamasi", "source": "SKB"}]}', encoding="utf-8")
    assert run(data_dir, "holidays", "import", json_file).out.startswith(
        "Daftar hari libur 2026 dimuat dari libur.json: 2 hari (0 baru, 23 dihapus")
    assert [h["date"] for h in run(data_dir, "holidays", "list", "--year", "2026", "--json").json()["holidays"]] \
        == ["2026-01-01", "2026-08-17"]
    assert audit_actions(data_dir) == ["holiday.import", "holiday.import"]


@pytest.mark.parametrize(("content", "words"), [
    (b"\xff\xfe\x00t\x00a", "bukan teks UTF-8"),
    (b"date,name\n2026-02-30,Hari salah\n", "Baris 2: tanggal tidak valid: '2026-02-30'"),
    (b"date,name\n2026-05-01,Buruh\n2026-05-01,Buruh lagi\n", "Baris 3: tanggal 2026-05-01 sudah disebut"),
    (b"date,name,kind\n2026-05-01,Buruh,libur_sekolah\n", "jenis 'libur_sekolah' tidak dikenal"),
    (b"date,name\n2026-05-01,\n", "Baris 2: nama hari libur wajib diisi"),
    (b"tanggal\n2026-05-01\n", "kolom date (atau tanggal) dan name (atau nama)"),
    (b"date,name\n", "tidak berisi satu pun hari libur"),
    (b'{"items": [{"date": "1999-12-31", "name": "Dulu"}]}', "di luar tahun 2000"),
    (b'{"items": [{"date": 20260101, "name": "Angka"}]}', "harus berupa tanggal"),
    (b'{"items": {"2026-01-01": "Tahun Baru"}}', "harus berupa daftar"),
    (b'{"items": [1, 2', "bukan JSON yang sah"),
    (b"date,name\n2026-05-01,Nama\x1b[31m\n", "karakter kendali"),
])
def test_a_bad_holiday_file_is_refused_in_one_line_and_changes_nothing(data_dir, tmp_path, content, words):
    path = tmp_path / ("libur.json" if content.startswith(b"{") else "libur.csv")
    path.write_bytes(content)
    before = store_snapshot(data_dir)
    result = run(data_dir, "holidays", "import", path)
    assert result.code == 1 and result.err.count("\n") == 1 and words in result.err, result.err
    assert store_snapshot(data_dir) == before
    missing = run(data_dir, "holidays", "import", tmp_path / "tidak-ada.csv")
    assert missing.code == 1 and "tidak ditemukan" in missing.err


def test_adding_and_removing_a_day_moves_the_deadline_and_is_audited(data_dir):
    finding_id = run(data_dir, *FINDING_ARGS, "--json").json()["id"]
    for status in ("temuan", "teregistrasi"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", "2026-03-02").code \
            == 0
    due = lambda: run(data_dir, "finding", "show", finding_id, "--json").json()["deadline"]["due_on"]  # noqa: E731
    assert due() == "2026-03-11"  # 7 working days after Monday 2 March 2026
    added = run(data_dir, "holidays", "add", "2026-03-05", "Libur daerah", "--kind", "libur_kantor")
    assert added.code == 0 and added.out.startswith("Hari libur disimpan: Kamis, 5 Maret 2026")
    assert due() == "2026-03-12"
    assert run(data_dir, "holidays", "remove", "2026-03-05").code == 0
    assert due() == "2026-03-11"
    assert run(data_dir, "holidays", "remove", "2026-03-18").code == 0  # a shipped day (cuti bersama Nyepi)
    assert "2026-03-18" not in run(data_dir, "holidays", "list", "--year", "2026").out
    refused = run(data_dir, "holidays", "add", "2026-02-30", "Salah")
    assert refused.code == 1 and "tanggal tidak valid" in refused.err
    assert run(data_dir, "holidays", "remove", "2026-03-06").err == \
        "galat: 2026-03-06 tidak ada dalam daftar hari libur kantor ini.\n"
    assert audit_actions(data_dir) == ["holiday.add", "holiday.remove", "holiday.remove"]


def test_a_deadline_past_the_last_known_year_says_it_is_an_estimate(data_dir):
    finding_id = run(data_dir, *FINDING_ARGS, "--json").json()["id"]
    for status in ("temuan", "teregistrasi"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", "2025-12-22").code \
            == 0
    with Store(data_dir) as store:
        finding = store.get_finding(finding_id)
        assert not store.deadline(finding).estimate
        later = store.deadline(finding, today=date(2028, 3, 1))  # counting how late crosses 2028
        assert later.estimate and "perkiraan: hari libur 2028 belum diketahui" in later.describe()
    shown = run(data_dir, "finding", "show", finding_id, "--json").json()["deadline"]
    assert shown["estimate"] is False and shown["unknown_years"] == []


def test_every_status_change_keeps_its_decision_date(data_dir):
    finding_id = run(data_dir, *FINDING_ARGS, "--json").json()["id"]
    said = run(data_dir, "finding", "status", finding_id, "temuan", "--reason", "Pleno", "--on", "2023-12-05")
    assert said.out.startswith(f"Status temuan {finding_id[:8]} kini 'temuan' (keputusan tanggal 2023-12-05)")
    assert run(data_dir, "finding", "status", finding_id, "kajian_awal", "--reason", "Kajian",
               "--on", "6 Desember 2023").code == 0
    history = run(data_dir, "finding", "show", finding_id, "--json").json()["history"]
    assert [(h["to_status"], h["decided_on"]) for h in history][1:] == [("temuan", "2023-12-05"),
                                                                        ("kajian_awal", "2023-12-06")]
    assert history[1]["at"][:10] != "2023-12-05"  # typed today: kept apart from the decision date
    # Kajian awal of a temuan runs from the day it was set in pleno (Tuesday 5 Dec + 2 working days).
    deadline = run(data_dir, "finding", "show", finding_id, "--json").json()["deadline"]
    assert (deadline["label"], deadline["due_on"]) == ("Kajian awal", "2023-12-07")
    text = run(data_dir, "finding", "show", finding_id).out
    assert "Riwayat       : 2023-12-05 draf → temuan (Rina Marlina: Pleno; dicatat " in text


@pytest.mark.parametrize(("body", "on", "words"), [
    ("bkn", "2024-02-20", "Badan Kepegawaian Negara (BKN) tidak menerima penerusan untuk keputusan tanggal "
                          "2024-02-20; gunakan kasn."),
    ("kasn", "2024-09-10", "Komisi Aparatur Sipil Negara (KASN) tidak menerima penerusan untuk keputusan tanggal "
                           "2024-09-10; gunakan bkn."),
])
def test_forwarding_to_the_wrong_asn_body_for_the_decision_date_is_one_line(data_dir, body, on, words):
    finding_id = run(data_dir, *FINDING_ARGS, "--json").json()["id"]
    for status in ("temuan", "teregistrasi", "kajian"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", "2024-02-01").code \
            == 0
    result = run(data_dir, "finding", "status", finding_id, "diteruskan", "--to", body, "--on", on,
                 "--reason", "Pleno")
    assert result.code == 1 and result.err == f"galat: {words}\n"
    assert run(data_dir, "finding", "show", finding_id, "--json").json()["status"] == "kajian"


def test_a_laporan_shows_whether_it_was_filed_in_time_and_its_study_runs_from_receipt(data_dir):
    args = [*FINDING_ARGS, "--source", "laporan", "--reporter-name", "Budi", "--received-on", "2023-12-12"]
    shown = run(data_dir, *args, "--json").json()
    assert shown["report_filing"]["overdue"] is True  # known 3 December, received 12 December: 7 days passed
    assert shown["deadline"]["label"] == "Kajian awal" and shown["deadline"]["due_on"] == "2023-12-14"
    text = run(data_dir, "finding", "show", shown["id"]).out
    assert "Penyampaian   : terlambat 2 hari (batas 2023-12-10, sejak diketahui)" in text
