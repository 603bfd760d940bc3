"""The one validation gate, rule by rule, through the command line a user types and the JSON files scripts write.
Every refusal names the field, prints one Indonesian line and leaves the store as it was."""

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest
from cli_helpers import FINDING_ARGS, INIT_ARGS, own_form_a, run, store_snapshot

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import EDITABLE_FIELDS
from netralitas_desktop.domain.validation import FINDING_TEXTS


def replace_flag(args, flag, value):
    args = list(args)
    args[args.index(flag) + 1] = value
    return args


def add(data_dir, *args):
    return run(data_dir, *FINDING_ARGS, *args, "--json")


def refused(result, *words):
    assert result.code == 1, result.out
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1, result.err
    for word in words:
        assert word in result.err, result.err


# -- dates ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["20231203", "2023-W48-7", "3 Desember 2023", "03 des 2023",
                                   "\uff12\uff10\uff12\uff13-\uff11\uff12-\uff10\uff13", " 2023-12-03 "])
def test_unambiguous_date_spellings_are_stored_as_iso_and_found_by_period(data_dir, typed):
    result = run(data_dir, *replace_flag(FINDING_ARGS, "--known-on", typed), "--json")
    assert result.code == 0, result.err
    assert result.json()["known_on"] == "2023-12-03"
    in_period = run(data_dir, "finding", "list", "--from", "2023-12-01", "--to", "2023-12-31", "--json").json()
    assert [f["id"] for f in in_period] == [result.json()["id"]]


@pytest.mark.parametrize("typed", ["03/12/2023", "12-03-2023", "2023/12/03", "2023-12-03T10:00", "kemarin",
                                   "2023-13-01", "1999-12-31"])
def test_ambiguous_or_impossible_dates_are_refused(data_dir, typed):
    before = store_snapshot(data_dir)
    refused(run(data_dir, *replace_flag(FINDING_ARGS, "--occurred-on", typed)), "Tanggal kejadian")
    assert store_snapshot(data_dir) == before


def test_a_period_filter_takes_the_same_date_spellings(data_dir, finding_id):
    assert len(run(data_dir, "finding", "list", "--from", "20231201", "--json").json()) == 1
    refused(run(data_dir, "finding", "list", "--from", "01/12/2023"), "--from: tanggal tidak valid")


# -- NIP and NIK ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("nip", ["\uff11\uff19\uff18\uff15\uff10\uff13\uff11\uff12\uff12\uff10\uff11\uff10\uff10"
                                 "\uff11\uff11\uff10\uff10\uff14",  # full-width
                                 "\u0661\u0669\u0668\u0665\u0660\u0663\u0661\u0662\u0662\u0660\u0661\u0660\u0660"
                                 "\u0661\u0661\u0660\u0660\u0664",  # Arabic-Indic
                                 "19850312 201001 1 004"])  # grouped as printed on a card
def test_nip_in_other_digits_is_stored_as_ascii_and_found_by_an_ascii_search(data_dir, nip):
    args = replace_flag(FINDING_ARGS, "--subject", f"name=Hendra Saputra;type=pns;nip={nip}")
    result = run(data_dir, *args, "--json")
    assert result.code == 0, result.err
    assert result.json()["subjects"][0]["nip"] == "198503122010011004"
    found = run(data_dir, "finding", "list", "--search", "198503122010011004", "--json").json()
    assert [f["id"] for f in found] == [result.json()["id"]]


@pytest.mark.parametrize("spec, words", [
    ("name=Budi;type=pns;nip=19850312201001100X", ["NIP harus 18 angka"]),
    ("name=Budi;type=pns;nip=1985031220100110041", ["NIP harus 18 angka"]),
    ("name=Budi;type=kepala_desa;nip=198503122010011004", ["NIP hanya untuk ASN"]),
    ("name=Budi;type=kepala_desa;nik=19030241018500", ["NIK harus 16 angka"]),
])
def test_wrong_identity_numbers_are_refused(data_dir, spec, words):
    refused(run(data_dir, *replace_flag(FINDING_ARGS, "--subject", spec)), *words)


# -- control characters and lengths ---------------------------------------------------------------------------
@pytest.mark.parametrize("name, what", [
    ("Hendra\x1b[2J\x1b[31mSaputra", "U+001B"),  # clears the terminal when printed raw
    ("Hendra \u202eartupaS", "U+202E"),  # right-to-left override: reads backwards
    ("Hendra\nSaputra", "U+000A"),  # a name is one line
    ("Hendra\x00", "U+0000"),
])
def test_control_characters_in_names_are_refused_naming_the_character(data_dir, name, what):
    refused(run(data_dir, *replace_flag(FINDING_ARGS, "--subject", f"name={name};type=pns")), "Terlapor ke-1: nama",
            what)


def test_line_breaks_are_kept_in_long_texts_and_refused_in_one_line_fields(data_dir):
    result = add(data_dir, "--facts", "Pertama.\r\nKedua.\n\n\tKetiga.")
    assert result.code == 0, result.err
    assert result.json()["facts"] == "Pertama.\nKedua.\n\n\tKetiga."
    refused(run(data_dir, *FINDING_ARGS, "--title", "Judul\ndua baris"), "Judul", "satu baris")


def test_every_text_field_has_a_limit_and_a_text_at_the_limit_is_kept(data_dir, tmp_path):
    rule = FINDING_TEXTS["description"]
    refused(run(data_dir, *replace_flag(FINDING_ARGS, "--description", "a" * (rule.limit + 1))),
            "Uraian singkat kejadian terlalu panjang", "20.000")
    at_limit = tmp_path / "panjang.json"
    at_limit.write_text(json.dumps({name: "kata " * (r.limit // 5) for name, r in FINDING_TEXTS.items()
                                    if name not in ("reporter_name", "reporter_address")}))
    result = run(data_dir, *FINDING_ARGS, "--json-file", at_limit, "--json")
    assert result.code == 0, result.err
    assert len(result.json()["analysis"]) == FINDING_TEXTS["analysis"].limit - 1  # trimmed


def test_a_huge_json_file_is_refused_before_it_is_read(data_dir, tmp_path):
    big = tmp_path / "besar.json"
    big.write_text(json.dumps({"description": "x" * 6_000_000}))
    refused(run(data_dir, *FINDING_ARGS, "--json-file", big), "terlalu besar")


# -- JSON of the wrong type -----------------------------------------------------------------------------------
@pytest.mark.parametrize("payload, words", [
    ({"description": 5}, ["Uraian singkat kejadian harus berupa teks, bukan angka"]),
    ({"category": None}, ["Kategori pelanggaran harus berupa teks, bukan null"]),
    ({"title": ["a"]}, ["Judul harus berupa teks, bukan daftar"]),
    ({"subjects": {"name": "Budi"}}, ["Terlapor harus berupa daftar, bukan objek"]),
    ({"subjects": [["Budi"]]}, ["Terlapor ke-1 harus berupa objek"]),
    ({"subjects": [{"name": 7}]}, ["Terlapor ke-1: nama harus berupa teks"]),
    ({"subjects": [{"name": "Budi", "nik": 1903024101850001}]}, ["Terlapor ke-1: NIK harus berupa teks berisi angka"]),
    ({"subjects": [{"name": "Budi", "accounts": "@budi"}]}, ["akun media sosial harus berupa daftar"]),
    ({"urls": "https://x.com/a"}, ["Tautan harus berupa daftar"]),
    ({"urls": [42]}, ["Tautan harus berupa teks"]),
    ({"witnesses": [{"name": {"x": 1}}]}, ["Saksi ke-1: nama harus berupa teks"]),
    ({"needs_more_info": "ya"}, ["Perlu keterangan tambahan harus berupa true atau false"]),
    ({"handover": 1}, ["Dilimpahkan ke kantor lain harus berupa true atau false"]),
    ({"known_on": 20231203}, ["Tanggal diketahui harus berupa tanggal"]),
    ([1, 2], ["satu objek temuan"]),
])
def test_json_values_of_the_wrong_type_are_refused_naming_the_field(data_dir, tmp_path, payload, words):
    file = tmp_path / "temuan.json"
    file.write_text(json.dumps(payload))
    before = store_snapshot(data_dir)
    refused(run(data_dir, "finding", "add", "--json-file", file), *words)
    assert store_snapshot(data_dir) == before


def test_the_output_of_show_can_be_fed_back_to_edit(data_dir, finding_id, tmp_path):
    shown = run(data_dir, "finding", "show", finding_id, "--json").json()
    shown["title"] = "Judul baru"
    file = tmp_path / "kembali.json"
    file.write_text(json.dumps(shown))
    result = run(data_dir, "finding", "edit", finding_id, "--json-file", file, "--json")
    assert result.code == 0, result.err
    assert result.json()["title"] == "Judul baru" and result.json()["version"] == 2


# -- status changes -------------------------------------------------------------------------------------------
def move_to(data_dir, finding_id, *statuses):
    for status in statuses:
        result = run(data_dir, "finding", "status", finding_id, status, "--reason", "Rapat pleno", "--on",
                     "2024-01-10")
        assert result.code == 0, result.err


def test_a_status_date_in_the_future_or_before_the_finding_was_known_is_refused(data_dir, finding_id):
    move_to(data_dir, finding_id, "temuan", "kajian_awal")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    refused(run(data_dir, "finding", "status", finding_id, "teregistrasi", "--reason", "x", "--on", tomorrow),
            "masa depan")
    refused(run(data_dir, "finding", "status", finding_id, "teregistrasi", "--reason", "x", "--on", "2099-01-01"),
            "masa depan")
    refused(run(data_dir, "finding", "status", finding_id, "teregistrasi", "--reason", "x", "--on", "2023-12-01"),
            "sebelum temuan diketahui (2023-12-03)")
    shown = run(data_dir, "finding", "show", finding_id, "--json").json()
    assert shown["status"] == "kajian_awal" and shown["register_number"] is None


def test_forwarding_is_checked_against_the_decision_date(data_dir, finding_id):
    move_to(data_dir, finding_id, "temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian")
    refused(run(data_dir, "finding", "status", finding_id, "diteruskan", "--reason", "Pleno", "--to", "bkn",
                "--on", "2024-02-01"), "gunakan kasn")
    refused(run(data_dir, "finding", "status", finding_id, "diteruskan", "--reason", "Pleno", "--to", "kasn",
                "--on", "2024-09-02"), "gunakan bkn")
    done = run(data_dir, "finding", "status", finding_id, "diteruskan", "--reason", "Pleno", "--to", "kasn",
               "--on", "2024-02-01")
    assert done.code == 0, done.err


def test_a_blank_reason_is_refused(data_dir, finding_id):
    refused(run(data_dir, "finding", "status", finding_id, "temuan", "--reason", " \t "), "Alasan")


# -- offices and their area -----------------------------------------------------------------------------------
@pytest.mark.parametrize("level, region, ok", [
    ("kecamatan", "19", False), ("kecamatan", "19.03.01.2008", False), ("kecamatan", "19.03.01", True),
    ("desa", "19.03.01", False), ("desa", "19.03.01.2008", True), ("kabupaten", "19.03", True),
    ("kabupaten", "19.03.01", False), ("provinsi", "19", True), ("pusat", "31", True), ("pusat", "19.03", False),
])
def test_an_office_region_must_match_its_level(tmp_path, level, region, ok):
    args = list(INIT_ARGS)
    args[args.index("--level") + 1], args[args.index("--region") + 1] = level, region
    result = run(tmp_path / "kantor", *args)
    if ok:
        assert result.code == 0, result.err
    else:
        refused(result, f"tidak cocok dengan tingkat {level}")
        assert not (tmp_path / "kantor" / "netralitas.db").exists()


def test_a_finding_outside_the_office_area_needs_the_handover_mark(data_dir):
    lepar = replace_flag(FINDING_ARGS, "--region", "19.03.02.2001")
    refused(run(data_dir, *lepar), "di luar wilayah Panwaslu Kecamatan Toboali", "--handover")
    result = run(data_dir, *lepar, "--handover", "--json")
    assert result.code == 0, result.err
    finding = result.json()
    assert finding["handover"] is True
    assert "dilimpahkan" in run(data_dir, "finding", "show", finding["id"]).out
    kept = run(data_dir, "finding", "edit", finding["id"], "--title", "Judul baru", "--json")  # the mark stays
    assert kept.code == 0 and kept.json()["handover"] is True
    with Store(data_dir) as store:  # the desktop editor writes back EDITABLE_FIELDS only: the mark stays too
        fields = {name: getattr(store.get_finding(finding["id"]), name) for name in EDITABLE_FIELDS}
        assert store.update_finding(finding["id"], {**fields, "title": "Lagi"}).handover is True
    refused(run(data_dir, "finding", "edit", finding["id"], "--no-handover"), "di luar wilayah")
    moved = run(data_dir, "finding", "edit", finding["id"], "--region", "19.03.01.2008", "--no-handover", "--json")
    assert moved.code == 0 and moved.json()["handover"] is False


def test_bawaslu_ri_covers_the_whole_country(tmp_path):
    folder = tmp_path / "ri"
    assert run(folder, "init", "--office-name", "Bawaslu RI", "--level", "pusat", "--region", "31",
               "--officer", "Petugas Pusat").code == 0
    result = run(folder, *replace_flag(FINDING_ARGS, "--region", "19.03.01.2008"), "--json")
    assert result.code == 0, result.err


# -- settings -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, value, words", [
    ("officer", "5", ["Petugas harus berupa nama"]),
    ("officer", '{"nama": "Budi"}', ["kunci tidak dikenal: nama"]),
    ("signer", "[]", ["Penanda tangan harus berupa"]),
    ("paper_size", "A5", ["A4 atau F4"]),
    ("default_election", "pemilu-2099", ["Profil pemilu tidak dikenal"]),
    ("office", '{"level": "desa"}', ["tidak cocok dengan tingkat desa"]),
    ("office", '{"id": "lain"}', ["ID kantor tidak dapat diubah"]),
    ("hq_recipient", "age1salah", ["kunci publik age"]),
    ("assignment_letter", "123", ["harus berupa teks"]),
    ("device_id", "x", ["diatur oleh aplikasi"]),
    ("local_seq", "0", ["diatur oleh aplikasi"]),
    ("audit_head", "[]", ["diatur oleh aplikasi"]),
    ("counter:form_a:2024", "0", ["diatur oleh aplikasi"]),
    ("warna", "merah", ["Pengaturan tidak dikenal"]),
])
def test_settings_are_typed_and_internal_keys_cannot_be_set(data_dir, finding_id, key, value, words):
    before = store_snapshot(data_dir)
    refused(run(data_dir, "settings", "set", key, value), *words)
    assert store_snapshot(data_dir) == before
    assert run(data_dir, *FINDING_ARGS).code == 0  # and everything still works
    assert run(data_dir, "check").code == 0


def test_settings_keep_what_was_not_given(data_dir):
    assert run(data_dir, "settings", "set", "officer", "Budi Santoso").code == 0
    assert run(data_dir, "settings", "set", "paper_size", "folio").code == 0
    shown = json.loads(run(data_dir, "settings", "show").out)
    assert shown["officer"] == {"name": "Budi Santoso", "jabatan": "Anggota Panwaslu Kecamatan", "unit": ""}
    assert shown["paper_size"] == "F4"
    result = run(data_dir, *FINDING_ARGS, "--json")
    assert result.json()["created_by"] == "Budi Santoso"


def damage(data_dir, key, value):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    with conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))
    conn.close()


def test_a_store_with_a_setting_broken_by_an_old_version_opens_and_is_repaired(data_dir, finding_id):
    damage(data_dir, "officer", "5")  # what `settings set officer 5` wrote before the gate existed
    assert run(data_dir, "finding", "list").code == 0
    assert run(data_dir, "finding", "show", finding_id).code == 0
    refused(run(data_dir, *FINDING_ARGS), "settings set officer")
    check = run(data_dir, "check")
    assert check.code == 1 and "Pengaturan 'officer' tidak sah" in check.out
    assert "officer" in run(data_dir, "settings", "show").err
    assert run(data_dir, "settings", "set", "officer", '{"name": "Rina Marlina"}').code == 0
    assert run(data_dir, *FINDING_ARGS).code == 0
    assert run(data_dir, "check").code == 0


@pytest.mark.parametrize("key, value", [("paper_size", '"B5"'), ("signer", "7"), ("letterhead", "not json")])
def test_a_broken_optional_setting_falls_back_to_its_default_for_reports(data_dir, finding_id, tmp_path, key, value):
    damage(data_dir, key, value)
    result = run(data_dir, "report", "form-a", finding_id, "-o", tmp_path / "form-a.pdf")
    assert result.code == 0, result.err
    assert run(data_dir, "settings", "set", key, {"paper_size": "A4", "signer": '"Rina"',
                                                  "letterhead": '{"office_name": "X"}'}[key]).code == 0
    assert run(data_dir, "check").code == 0


def test_a_damaged_change_counter_does_not_stop_saving(data_dir, finding_id):
    damage(data_dir, "local_seq", '"abc"')
    year = run(data_dir, "finding", "show", finding_id, "--json").json()["written_on"][:4]
    damage(data_dir, f"counter:form_a:own:{year}", '"x"')
    result = add(data_dir)
    assert result.code == 0, result.err
    assert result.json()["form_a_number"].startswith(own_form_a(data_dir, 2))  # after the number already in use


# -- what the command line prints ------------------------------------------------------------------------------
def test_escape_sequences_stored_by_an_old_version_are_never_printed_raw(data_dir, finding_id):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    with conn:
        conn.execute("UPDATE subjects SET name = ?", ("Hendra\x1b]0;diretas\x07\x1b[31m\u202e",))
    conn.close()
    for args in (("finding", "list"), ("finding", "show", finding_id), ("finding", "list", "--json")):
        result = run(data_dir, *args)
        assert result.code == 0, result.err
        assert "\x1b" not in result.out and "\u202e" not in result.out and "\x07" not in result.out
    assert "Hendra\\x1b]0;diretas\\x07\\x1b[31m\\u202e" in run(data_dir, "finding", "list").out
    assert json.loads(run(data_dir, "finding", "list", "--json").out)[0]["subjects"][0]["name"].startswith(
        "Hendra\x1b")  # the JSON still carries the exact value


@pytest.mark.parametrize("args, words", [
    (("finding", "status"), ["argumen wajib belum diberikan"]),
    (("init", "--level", "kota"), ["pilihan tidak dikenal 'kota'"]),
    (("finding", "list", "--limit", "banyak"), ["--limit", "bukan bilangan bulat"]),
    (("finding", "list", "--limit", str(10**30)), ["--limit", "harus antara"]),
    (("finding", "lihat",), ["pilihan tidak dikenal 'lihat'"]),
    (("demo", "--findings", "0"), ["--findings", "harus antara"]),
])
def test_a_malformed_command_line_is_one_indonesian_line(data_dir, args, words):
    result = run(data_dir, *args)
    assert result.code == 2
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1, result.err
    for word in words:
        assert word in result.err


def test_a_reader_that_closes_the_pipe_early_gets_no_traceback(data_dir):
    assert run(data_dir, "demo", "--findings", "300").code == 0
    process = subprocess.Popen([sys.executable, "-m", "netralitas_desktop", "--data-dir", str(data_dir), "finding",
                                "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"["  # what `| head -1` reads
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert process.returncode in (0, 1)


def test_dates_and_numbers_an_old_version_stored_as_typed_are_named_by_check_and_repaired_by_edit(data_dir,
                                                                                                finding_id):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    with conn:
        conn.execute("UPDATE findings SET known_on = '20231203'")
        conn.execute("UPDATE subjects SET nip = '\uff11\uff19\uff18\uff15\uff10\uff13\uff11\uff12\uff12\uff10\uff11"
                     "\uff10\uff10\uff11\uff11\uff10\uff10\uff14'")
    conn.close()
    check = run(data_dir, "check")
    assert check.code == 1
    assert "known_on tersimpan sebagai '20231203'" in check.out and "--known-on" in check.out
    assert "nip tersimpan" in check.out
    repaired = run(data_dir, "finding", "edit", finding_id, "--known-on", "20231203", "--subject",
                   "name=Hendra Saputra;type=pns;nip=198503122010011004", "--json")
    assert repaired.code == 0, repaired.err
    assert repaired.json()["known_on"] == "2023-12-03"
    assert run(data_dir, "check").code == 0
