"""Form A's date of writing and its number, its supervision activities, every printed time in the office's time
zone, a long finding printed completely, and the new fields travelling in a bundle."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from cli_helpers import FINDING_ARGS, own_form_a, run, store_snapshot
from sync_helpers import age_key, export, import_, make_office, ok

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.dates_id import MONTHS_ID, format_datetime_id
from netralitas_desktop.domain.model import Activity, Finding, Subject, Witness
from netralitas_desktop.domain.regions import load_regions
from netralitas_desktop.reports.form_a import build_form_a

ACTIVITY = ("form=analisis;purpose=Patroli siber;target=Akun ASN;date=2023-12-03;from=09:00;to=11:00;"
            "place=Sekretariat Panwaslu Kecamatan Toboali")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def show(data_dir: Path, finding_id: str) -> dict:
    return ok(data_dir, "finding", "show", finding_id, "--json")


def refused(data_dir: Path, *args: str) -> str:
    """Run a command that must be refused with one Indonesian line and leave the store as it was."""
    before = store_snapshot(data_dir)
    result = run(data_dir, *args)
    assert result.code == 1, result.out
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1
    assert store_snapshot(data_dir) == before
    return result.err


# -- the day Form A is written, and its number ------------------------------------------------------------------

def test_written_on_is_checked(data_dir, finding_id):
    assert "masa depan" in refused(data_dir, "finding", "edit", finding_id, "--written-on",
                                   (date.today() + timedelta(days=3)).isoformat())
    assert "tidak boleh sebelum tanggal diketahui" in refused(data_dir, "finding", "edit", finding_id,
                                                               "--written-on", "2023-12-01")
    assert "gunakan format TTTT-BB-HH" in refused(data_dir, "finding", "edit", finding_id, "--written-on",
                                                  "04/12/2023")  # day and month could be either way round
    # An unambiguous spelling is stored as YYYY-MM-DD (the validation gate).
    assert ok(data_dir, "finding", "edit", finding_id, "--written-on", "4 Desember 2023", "--json")[
        "written_on"] == "2023-12-04"


def test_the_form_a_number_follows_the_month_it_is_written(data_dir, finding_id, tmp_path):
    assert ok(data_dir, "finding", "edit", finding_id, "--written-on", "2023-12-04", "--json")[
        "form_a_number"].endswith("/XII/2023")
    number = show(data_dir, finding_id)["form_a_number"]
    # Another day of the same month keeps the number.
    assert ok(data_dir, "finding", "edit", finding_id, "--written-on", "2023-12-20", "--json")[
        "form_a_number"] == number
    # Another month gets a number of that month: never a stale month.
    moved = ok(data_dir, "finding", "edit", finding_id, "--written-on", "2024-01-08", "--json")["form_a_number"]
    assert moved.endswith("/I/2024") and moved.startswith(own_form_a(data_dir, 1))  # the first of 2024's series
    output = tmp_path / "a.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    text = pdf_text(output)
    assert f"Nomor: {moved}" in text and "Toboali, 8 Januari 2024" in text


def test_an_older_finding_without_a_date_of_writing_stands_on_the_day_known(data_dir, finding_id, tmp_path):
    """Findings stored before `written_on` existed were numbered by the day known; they keep that number."""
    conn = sqlite3.connect(data_dir / "netralitas.db")
    with conn:
        conn.execute("UPDATE findings SET body = json_remove(body, '$.written_on'), form_a_number = "
                     "'7/LHP/PM.01.03/19.03/XII/2023' WHERE id = ?", (finding_id,))
    conn.close()
    assert show(data_dir, finding_id)["written_on"] == ""
    output = tmp_path / "old.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    assert "Toboali, 3 Desember 2023" in pdf_text(output)
    edited = ok(data_dir, "finding", "edit", finding_id, "--title", "Judul baru", "--json")
    assert edited["form_a_number"] == "7/LHP/PM.01.03/19.03/XII/2023" and edited["written_on"] == ""
    # Its day known moved to another month: the number follows.
    moved = ok(data_dir, "finding", "edit", finding_id, "--occurred-on", "2024-01-02", "--known-on", "2024-01-03",
               "--json")
    assert moved["form_a_number"].endswith("/I/2024")


# -- activities ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("spec", "message"), [
    ("form=ronda;date=2023-12-03;place=Kantor", "bentuk pengawasan tidak dikenal: 'ronda'"),
    ("form=analisis;date=2023-12-03", "tempat kegiatan pengawasan wajib diisi"),
    ("form=analisis;place=Kantor", "tanggal kegiatan wajib diisi"),
    ("form=analisis;date=2023-12-03;place=Kantor;from=9.00", "jam mulai tidak valid: '9.00'"),
    ("form=analisis;date=2023-12-03;place=Kantor;from=11:00;to=09:00", "jam selesai 09:00 lebih awal"),
    ("form=analisis;date=2023-12-03;place=Kantor;to=09:00", "jam selesai diisi tanpa jam mulai"),
    ("form=analisis;date=2023-12-09;place=Kantor", "sesudah tanggal penulisan Formulir A (2023-12-04)"),
    ("form=analisis;date=2023-13-01;place=Kantor", "tanggal tidak valid"),
    ("bentuk=analisis;jam=09:00", "Kunci kegiatan tidak dikenal: 'jam'"),
])
def test_bad_activities_are_refused(data_dir, finding_id, spec, message):
    assert run(data_dir, "finding", "edit", finding_id, "--written-on", "2023-12-04").code == 0
    assert message in refused(data_dir, "finding", "edit", finding_id, "--activity", spec)


def test_activities_from_json_must_be_a_list_of_objects(data_dir, finding_id, tmp_path):
    for payload, message in (({"activities": "patroli"}, "harus berupa daftar"),
                             ({"activities": ["patroli"]}, "harus berupa objek"),
                             ({"activities": [{"form": "analisis", "date": 20231203, "place": "Kantor"}]},
                              "tanggal harus berupa tanggal")):
        path = tmp_path / "edit.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        assert message in refused(data_dir, "finding", "edit", finding_id, "--json-file", path)


def test_activities_print_in_order_with_their_own_time_place_and_spt(data_dir, finding_id, tmp_path):
    assert run(data_dir, "settings", "set", "assignment_letter", "045/PM.01.02/K.BB-03/XII/2023").code == 0
    payload = tmp_path / "activities.json"
    payload.write_text(json.dumps({"written_on": "2023-12-05", "activities": [
        {"form": "analisis", "purpose": "Patroli siber", "target": "Akun ASN", "date": "2023-12-03",
         "time_from": "09:00", "time_to": "11:00", "place": "Sekretariat Panwaslu Kecamatan Toboali"},
        {"form": "langsung", "purpose": "Klarifikasi ke sekolah", "target": "SD Negeri 3 Toboali",
         "date": "2023-12-04", "time_from": "13:30", "place": "SD Negeri 3 Toboali",
         "assignment_letter": "046/PM.01.02/K.BB-03/XII/2023"}]}), encoding="utf-8")
    stored = ok(data_dir, "finding", "edit", finding_id, "--json-file", payload, "--json")["activities"]
    # An activity without an SPT number gets the office's default; one with its own keeps it.
    assert [a["assignment_letter"] for a in stored] == ["045/PM.01.02/K.BB-03/XII/2023",
                                                         "046/PM.01.02/K.BB-03/XII/2023"]
    assert run(data_dir, "settings", "set", "assignment_letter", "099/LAIN").code == 0  # the default moves on
    output = tmp_path / "kegiatan.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    text = pdf_text(output)
    section = text[text.index("II. KEGIATAN PENGAWASAN"):text.index("III. URAIAN")]
    assert section.index("Kegiatan I ") < section.index("Kegiatan II ")
    for expected in ("Bentuk pengawasan : Analisis", "Hari/tanggal: Minggu, 3 Desember 2023",
                     "Waktu: pukul 09.00–11.00 WIB", "Tempat: Sekretariat Panwaslu Kecamatan Toboali",
                     "Bentuk pengawasan : Pengawasan langsung", "Hari/tanggal: Senin, 4 Desember 2023",
                     "Waktu: pukul 13.30 WIB", "Tempat: SD Negeri 3 Toboali",
                     "Nomor surat perintah tugas : 045/PM.01.02/K.BB-03/XII/2023",
                     "Nomor surat perintah tugas : 046/PM.01.02/K.BB-03/XII/2023"):
        assert expected in section, expected
    assert "099/LAIN" not in text
    assert "d. Nomor surat perintah tugas : 045/PM.01.02/K.BB-03/XII/2023; 046/PM.01.02/K.BB-03/XII/2023" in text


def test_a_finding_from_the_desktop_editor_keeps_its_activities(data_dir, finding_id):
    """The editor writes back every field it shows; the form fields it does not show yet must survive."""
    ok(data_dir, "finding", "edit", finding_id, "--activity", ACTIVITY, "--written-on", "2023-12-04")
    with Store(data_dir) as store:
        from netralitas_desktop.domain.model import EDITABLE_FIELDS

        finding = store.get_finding(finding_id)
        fields = {name: getattr(finding, name) for name in EDITABLE_FIELDS}
        fields["title"] = "Diubah di jendela penyunting"
        store.update_finding(finding_id, fields)
    shown = show(data_dir, finding_id)
    assert shown["activities"][0]["place"] == "Sekretariat Panwaslu Kecamatan Toboali"
    assert shown["written_on"] == "2023-12-04"


# -- time zones -----------------------------------------------------------------------------------------------------

def test_every_province_has_a_time_zone():
    catalog, regions = load_catalog(), load_regions()
    provinces = [r.code for r in regions.children(None)]
    assert len(provinces) == 38
    zones = {code: catalog.zone_of_region(code).code for code in provinces}
    assert zones["19"] == "WIB" and zones["31"] == "WIB" and zones["62"] == "WIB"  # Bangka Belitung, Jakarta
    assert zones["51"] == "WITA" and zones["64"] == "WITA" and zones["73"] == "WITA"  # Bali, Kaltim, Sulsel
    assert zones["81"] == "WIT" and zones["96"] == "WIT"  # Maluku, Papua Barat Daya
    assert catalog.time_zones["WITA"].utc_offset_hours == 8


@pytest.mark.parametrize(("region", "village", "zone", "hours"), [
    ("51.71", "51.71.01.1001", "WITA", 8),  # Kota Denpasar
    ("91.71", "91.71.01.1001", "WIT", 9),  # Kota Jayapura
])
def test_times_print_in_the_offices_zone(tmp_path, screenshot, region, village, zone, hours):
    regions = load_regions()
    if village not in regions:
        village = next(v.code for d in regions.children(region) for v in regions.children(d.code))
    folder = tmp_path / zone
    assert run(folder, "init", "--office-name", f"Bawaslu Kota {zone}", "--level", "kabupaten", "--region", region,
               "--officer", "Made Wirawan").code == 0
    added = ok(folder, "finding", "add", "--category", "LR-APK", "--region", village, "--occurred-on", "2023-12-02",
               "--known-on", "2023-12-03", "--written-on", "2023-12-03", "--description", "Spanduk.",
               "--subject", "name=Nyoman;type=pns", "--activity", ACTIVITY.replace("Toboali", "Kota"),
               "--evidence", screenshot, "--json")
    output = tmp_path / f"{zone}.pdf"
    assert run(folder, "report", "form-a", added["id"], "-o", output).code == 0
    text = pdf_text(output)
    assert f"Waktu: pukul 09.00–11.00 {zone}" in text
    added_at = datetime.fromisoformat(added["evidence"][0]["added_at"])
    local = added_at.astimezone(UTC) + timedelta(hours=hours)
    # The annex shows when the file was added on the office's clock, not UTC.
    assert f"{local.day} {MONTHS_ID[local.month - 1]} {local.year} pukul {local:%H.%M} {zone}" in text
    assert " UTC" not in text


def test_the_time_zone_setting_overrides_the_province_and_is_checked(data_dir, finding_id, tmp_path):
    assert "Zona waktu tidak dikenal: 'GMT+7'" in refused(data_dir, "settings", "set", "time_zone", "GMT+7")
    assert run(data_dir, "settings", "set", "time_zone", "WITA").code == 0
    ok(data_dir, "finding", "edit", finding_id, "--activity", ACTIVITY, "--written-on", "2023-12-04")
    output = tmp_path / "wita.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    assert "Waktu: pukul 09.00–11.00 WITA" in pdf_text(output)


def test_format_datetime_in_a_zone():
    catalog = load_catalog()
    moment = "2023-12-03T02:05:00+00:00"
    assert format_datetime_id(moment, with_zone=True, zone=catalog.time_zones["WIB"].tzinfo) == \
        "3 Desember 2023 pukul 09.05 WIB"
    assert format_datetime_id(moment, with_zone=True, zone=catalog.time_zones["WIT"].tzinfo) == \
        "3 Desember 2023 pukul 11.05 WIT"
    assert format_datetime_id("2023-12-03T23:30:00+00:00", zone=catalog.time_zones["WITA"].tzinfo) == \
        "4 Desember 2023 pukul 07.30"  # the office's date, not UTC's


# -- a long finding -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_long_finding_prints_completely(data_dir, tmp_path, paper):
    long = " ".join(f"Kalimat ke-{n} menerangkan kejadian dengan rinci agar pembaca memahami urutannya."
                    for n in range(1, 120))
    subjects = [Subject(name=f"Terlapor Nomor {n:02d}", employment_type=("pns", "kepala_desa", "perangkat_desa")[n % 3],
                        nip=f"19850312201001{n:04d}" if n % 3 == 0 else "", position="Jabatan Panjang Sekali " * 3,
                        agency=f"Instansi Nomor {n} Kecamatan Toboali Kabupaten Bangka Selatan",
                        address=f"Jl. Merdeka No. {n}, Toboali", accounts=[f"@terlapor{n}"])
                for n in range(1, 26)]
    activities = [Activity(form="analisis" if n % 2 else "langsung", purpose=f"Tujuan kegiatan {n}",
                           target=f"Sasaran kegiatan {n}", date="2023-12-03", time_from="08:00", time_to="09:00",
                           place=f"Tempat kegiatan nomor {n}", assignment_letter=f"{n:03d}/SPT/XII/2023")
                for n in range(1, 13)]
    with Store(data_dir) as store:
        finding = store.add_finding(Finding(
            category="MS-FOTO", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            written_on="2023-12-04", description=long, facts=long, analysis=long, subjects=subjects,
            witnesses=[Witness(f"Saksi Nomor {n}", f"Desa Rias RT 0{n}") for n in range(1, 21)],
            activities=activities, platform="facebook",
            urls=[f"https://www.facebook.com/terlapor{n}/posts/{n}1234567890" for n in range(8)]))
        output, pages = build_form_a(store, finding.id, tmp_path / f"long-{paper}.pdf", paper=paper, annex=False)
    text = pdf_text(output)
    assert pages >= 4
    for subject in subjects:
        assert subject.name in text and f"{subject.name}: {subject.address}" in text
    for activity in activities:
        assert f"Tempat: {activity.place}" in text and activity.assignment_letter in text
    assert "Kegiatan XII" in text
    for n in range(1, 21):
        assert f"Saksi Nomor {n}" in text
    assert text.count("Kalimat ke-119 menerangkan") == 3  # description, facts and analysis end on the page
    assert "V. INFORMASI DUGAAN SENGKETA PROSES PEMILU" in text and "Toboali, 4 Desember 2023" in text


# -- the new fields travel --------------------------------------------------------------------------------------------

def test_form_fields_travel_in_a_bundle(tmp_path):
    kecamatan = make_office(tmp_path / "kecamatan", "kecamatan")
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    finding = ok(kecamatan, *FINDING_ARGS, "--written-on", "2023-12-04", "--activity", ACTIVITY, "--json")["id"]
    laporan = ok(kecamatan, "finding", "add", "--source", "laporan", "--category", "LR-APK", "--region",
                 "19.03.01.2008", "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--description", "Baliho.",
                 "--subject", "Ahmad", "--reporter-name", "Dewi", "--reporter-sex", "P", "--reporter-phone",
                 "081270001234", "--received-on", "2023-12-05", "--received-time", "10:15", "--json")["id"]
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten))
    bundle = tmp_path / "b.nbundle"
    export(kecamatan, bundle)
    import_(kabupaten, bundle, "--trust-new-device")
    for finding_id in (finding, laporan):
        here, there = show(kecamatan, finding_id), show(kabupaten, finding_id)
        here.pop("deadline"), there.pop("deadline")
        assert here == there
    assert show(kabupaten, finding)["activities"][0]["time_from"] == "09:00"
    assert show(kabupaten, laporan)["received_time"] == "10:15"


# -- evidence in words ----------------------------------------------------------------------------------------------

def test_evidence_is_described_in_words_not_by_file_name(data_dir, tmp_path, screenshot):
    finding = ok(data_dir, *FINDING_ARGS, "--evidence", screenshot, "--json")
    item = finding["evidence"][0]
    output = tmp_path / "bukti.pdf"
    assert run(data_dir, "report", "form-a", finding["id"], "-o", output, "--no-annex").code == 0
    barang = pdf_text(output).split("4. Barang bukti:")[1].split("5. Uraian singkat")[0]
    assert "Tangkapan layar (Lampiran Bukti nomor 1)" in barang and screenshot.name not in barang

    words = "Tangkapan layar unggahan akun Facebook Hendra Saputra tanggal 2 Desember 2023"
    assert "wajib diisi" in refused(data_dir, "evidence", "describe", item["id"][:8], "  ")
    assert "karakter kendali" in refused(data_dir, "evidence", "describe", item["id"][:8], "baris\x1b[31m")
    described = run(data_dir, "evidence", "describe", item["id"][:8], words)
    assert described.code == 0, described.err
    shown = show(data_dir, finding["id"])
    assert shown["evidence"][0]["note"] == words and shown["evidence"][0]["sha256"] == item["sha256"]
    assert run(data_dir, "report", "form-a", finding["id"], "-o", output, "--no-annex").code == 0
    assert f"{words} (Lampiran Bukti nomor 1)" in pdf_text(output)
    with Store(data_dir, readonly=True) as store:
        assert any(e["action"] == "evidence.describe" for e in store.audit_trail(finding["id"]))


def test_a_bundle_from_an_office_that_has_not_upgraded_still_imports(data_dir):
    """Findings exported before the form fields existed carry no such keys: they read as their defaults."""
    from netralitas_desktop.domain.model import FORM_FIELDS
    from netralitas_desktop.sync.records import (
        checked_record,
        finding_record,
        normalised_on_reading,
        normalized_finding,
        split_attestation,
    )

    finding_id = ok(data_dir, *FINDING_ARGS, "--activity", ACTIVITY, "--json")["id"]
    with Store(data_dir, readonly=True) as store:
        row = store.database.query("SELECT * FROM findings WHERE id = ?", (finding_id,))[0]
        subjects = store.database.query("SELECT * FROM subjects WHERE finding_id = ?", (finding_id,))
    record = {**finding_record(row, subjects), "attestation": "a-1"}  # as carried in a bundle (format 2)
    old = {**record, "body": {k: v for k, v in record["body"].items() if k not in FORM_FIELDS}}
    assert normalised_on_reading("findings", old) and not normalised_on_reading("findings", record)
    checked, _ = split_attestation(checked_record("findings", old))
    assert checked["body"]["activities"] == [] and checked["body"]["written_on"] == ""
    assert normalized_finding(checked) == checked
    assert checked_record("findings", record) == record  # a current record is kept as it is
