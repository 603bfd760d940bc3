"""Logging, listing, finding and changing findings through the `netralitas` command line."""

import json
from datetime import date

from cli_helpers import FINDING_ARGS, INIT_ARGS, own_form_a, run

from netralitas_desktop.domain.deadlines import ROMAN_MONTHS


def test_init_refuses_to_overwrite_an_existing_store(data_dir):
    result = run(data_dir, *INIT_ARGS)
    assert result.code == 1
    assert "sudah berisi basis data" in result.err
    assert result.err.count("\n") == 1


def test_add_then_list_has_the_documented_json_shape(data_dir, screenshot):
    added = run(data_dir, *FINDING_ARGS, "--evidence", screenshot, "--json")
    assert added.code == 0, added.err
    listed = run(data_dir, "finding", "list", "--json").json()
    assert len(listed) == 1
    finding = listed[0]
    for key in ("id", "register_number", "status", "category", "region_code", "occurred_on", "known_on", "subjects"):
        assert key in finding
    assert finding["category"] == "MS-SOSIALISASI"
    assert finding["region_code"] == "19.03.01.2008"
    assert finding["status"] == "draf"
    subject = finding["subjects"][0]
    assert subject == {**subject, "name": "Hendra Saputra", "nip": "198503122010011004", "employment_type": "pns",
                       "position": "Guru", "agency": "SD Negeri 3 Toboali"}
    shown = run(data_dir, "finding", "show", finding["id"], "--json").json()
    assert shown["evidence"][0]["name"] == "Screenshot_postingan.png"
    assert shown["evidence"][0]["size"] == screenshot.stat().st_size
    import hashlib
    assert shown["evidence"][0]["sha256"] == hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert shown["version"] == 1 and shown["origin_office_id"] and shown["origin_device_id"]
    # Form A is dated the day it is written (today, unless given) and its number's month and year follow that day,
    # not the day of the event (2023-12-03).
    written = date.fromisoformat(shown["written_on"])
    assert abs((written - date.today()).days) <= 1  # the office's day (WIB) may differ from the test machine's
    # A kecamatan without a block of its kabupaten's LHP series numbers on its own, with its place and its laptop's
    # tag (docs/numbering.md).
    assert shown["form_a_number"] == own_form_a(data_dir, 1) + f"{ROMAN_MONTHS[written.month - 1]}/{written.year}"


def test_add_from_a_json_file_with_several_subjects(data_dir, tmp_path):
    payload = {
        "category": "LR-AJAKAN", "region_code": "19.03.02.2001", "occurred_on": "2024-01-10",
        "known_on": "2024-01-11", "source": "laporan", "reporter_name": "Yusuf Halim",
        "description": "Kepala desa mengumpulkan perangkat desa dan mengarahkan dukungan kepada calon tertentu.",
        "subjects": [{"name": "Sulaiman", "employment_type": "kepala_desa", "position": "Kepala Desa"},
                     {"name": "Herlina", "employment_type": "perangkat_desa", "position": "Sekretaris Desa",
                      "nik": "1903024101850001"}],
        "witnesses": [{"name": "Rudi Gunawan", "address": "Dusun II"}],
        "handover": True,  # Lepar lies outside Toboali: recorded here, to be handed over
    }
    file = tmp_path / "temuan.json"
    file.write_text(json.dumps(payload))
    result = run(data_dir, "finding", "add", "--json-file", file, "--json")
    assert result.code == 0, result.err
    finding = result.json()
    assert [s["name"] for s in finding["subjects"]] == ["Sulaiman", "Herlina"]
    assert finding["witnesses"] == [{"name": "Rudi Gunawan", "address": "Dusun II"}]
    assert finding["source"] == "laporan"
    assert finding["handover"] is True


def test_search_finds_by_name_nip_agency_url_and_phrase(data_dir, finding_id):
    run(data_dir, "finding", "add", "--category", "LR-APK", "--region", "19.03.03.2001", "--handover", "--occurred-on",
        "2023-12-20", "--known-on", "2023-12-20", "--description", "Memasang baliho calon di halaman kantor desa.",
        "--subject", "name=Akiong Lim;type=kepala_desa;position=Kepala Desa")
    def ids(query):
        return [f["id"] for f in run(data_dir, "finding", "list", "--search", query, "--json").json()]
    assert ids("Hendra") == [finding_id]
    assert ids("hend") == [finding_id]  # as the user types
    assert ids("198503122010011004") == [finding_id]
    assert ids("Toboali") == [finding_id]
    assert ids("hendra.saputra") == [finding_id]
    assert ids('"akun Facebook pribadinya"') == [finding_id]
    assert ids('"Facebook akun"') == []
    assert len(ids("akiong")) == 1 and ids("akiong") != [finding_id]


def test_filters_by_status_region_category_and_dates(data_dir, finding_id):
    run(data_dir, "finding", "add", "--category", "LR-APK", "--region", "19.01.01.1001", "--handover", "--occurred-on",
        "2024-01-20", "--known-on", "2024-01-21", "--description", "Baliho", "--subject", "Budi")
    def count(*flags):
        return len(run(data_dir, "finding", "list", *flags, "--json").json())
    assert count() == 2
    assert count("--region", "19.03") == 1
    assert count("--region", "19.03.01") == 1
    assert count("--region", "19") == 2
    assert count("--category", "LR-APK") == 1
    assert count("--from", "2024-01-01") == 1
    assert count("--to", "2023-12-31") == 1
    assert count("--status", "draf") == 2
    assert count("--status", "temuan") == 0
    assert count("--subject-type", "pns") == 1


def test_edit_raises_the_version_and_is_audited(data_dir, finding_id):
    result = run(data_dir, "finding", "edit", finding_id[:8], "--description", "Uraian diperbaiki.", "--json")
    assert result.code == 0, result.err
    assert result.json()["version"] == 2
    shown = run(data_dir, "finding", "show", finding_id, "--json", "--audit").json()
    edits = [e for e in shown["audit"] if e["action"] == "finding.edit"]
    assert edits[0]["details"]["changes"]["description"]["menjadi"] == "Uraian diperbaiki."
    assert edits[0]["actor"] == "Rina Marlina"


def test_status_workflow_assigns_the_register_number(data_dir, finding_id):
    for status in ("temuan", "kajian_awal"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Rapat pleno").code == 0
    result = run(data_dir, "finding", "status", finding_id, "teregistrasi", "--reason", "Memenuhi syarat",
                 "--on", "2024-04-15")
    assert result.code == 0, result.err
    finding = run(data_dir, "finding", "show", finding_id, "--json").json()
    # Its own series (temuan, Pemilu, 2024), with the kecamatan's place after the kabupaten's code.
    assert finding["register_number"] == "001/TM/PL/Kec/19.03.01/IV/2024"
    assert finding["registered_on"] == "2024-04-15"
    assert [h["to_status"] for h in finding["history"]] == ["draf", "temuan", "kajian_awal", "teregistrasi"]
    assert finding["history"][-1]["reason"] == "Memenuhi syarat"
    # the register number finds it too
    assert run(data_dir, "finding", "show", "001/TM/PL/Kec/19.03.01/IV/2024", "--json").json()["id"] == finding_id


def test_a_status_change_off_the_workflow_is_refused(data_dir, finding_id):
    result = run(data_dir, "finding", "status", finding_id, "selesai", "--reason", "x")
    assert result.code == 1
    assert "tidak dapat diubah" in result.err
    assert run(data_dir, "finding", "show", finding_id, "--json").json()["status"] == "draf"


def test_forwarding_needs_a_body(data_dir, finding_id):
    for status in ("temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno").code == 0
    refused = run(data_dir, "finding", "status", finding_id, "diteruskan", "--reason", "Pleno")
    assert refused.code == 1 and "instansi tujuan" in refused.err
    done = run(data_dir, "finding", "status", finding_id, "diteruskan", "--reason", "Pleno", "--to", "bkn")
    assert done.code == 0, done.err
    finding = run(data_dir, "finding", "show", finding_id, "--json").json()
    assert finding["forwarded_to"] == "bkn"
    assert finding["history"][-1]["forwarding_body"] == "bkn"


def test_show_reports_days_left_before_the_deadline(data_dir, finding_id):
    finding = run(data_dir, "finding", "show", finding_id, "--json").json()
    deadline = finding["deadline"]
    assert deadline["label"] == "Penetapan temuan"
    assert deadline["overdue"] is True  # known on 2023-12-03: seven days (UU 7/2017 Art. 454(5)) passed long ago
    assert deadline["due_on"] == "2023-12-10" and deadline["day_kind"] == "kalender"
    text = run(data_dir, "finding", "show", finding_id)
    assert "Batas waktu" in text.out and "lewat" in text.out
