"""The same person across findings and offices: two kecamatan report the same civil servant (once by NIP, once with
the name written with a degree and the NIP typed with spaces), their bundles are imported at the kabupaten, and the
kabupaten's subject view, repeat list and "NIP ini sudah ada" see one person in two offices."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from sync_helpers import export, import_, make_office, ok

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.persons import name_key, person_key, subject_query
from netralitas_desktop.services.subjects import known_nip, lists_repeats

NIP = "198503122010011004"


def add(data_dir: Path, region: str, subject: str, description: str = "Unggahan ajakan memilih.") -> str:
    return ok(data_dir, "finding", "add", "--category", "MS-SOSIALISASI", "--region", region,
              "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--platform", "facebook",
              "--description", description, "--subject", subject, "--json")["id"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("subjects")
    toboali = make_office(root / "toboali", "kecamatan")
    lepar = make_office(root / "lepar", "kecamatan2")
    kabupaten = make_office(root / "kabupaten", "kabupaten")
    f = {
        "toboali": add(toboali, "19.03.01.2008", f"name=Hendra Saputra;type=pns;nip={NIP};agency=SD Negeri 3 Toboali"),
        "lepar": add(lepar, "19.03.02.2001",
                     "name=Drs. Hendra Saputra, S.Pd.;type=pns;nip=19850312 201001 1 004;agency=SDN 3 Toboali"),
        # The same name and agency without a number: possibly him, never counted as him.
        "lepar_noname": add(lepar, "19.03.02.2001", "name=HENDRA SAPUTRA;type=pns;agency=SDN 3 Toboali",
                            "Guru memakai atribut partai."),
        "other": add(lepar, "19.03.02.2001", "name=Budi Santoso;type=pns;nip=199001012015031002;agency=Dinas PU"),
    }
    import_(kabupaten, export(toboali, root / "toboali.nbundle")["path"], "--trust-new-device")
    import_(kabupaten, export(lepar, root / "lepar.nbundle")["path"], "--trust-new-device")
    return {"toboali": toboali, "lepar": lepar, "kabupaten": kabupaten, "findings": f}


def test_the_kabupaten_sees_one_person_reported_by_two_kecamatan(world):
    view = ok(world["kabupaten"], "subject", "show", NIP, "--json")
    assert view["findings"] == 2
    assert {m["finding_id"] for m in view["mentions"]} == {world["findings"]["toboali"], world["findings"]["lepar"]}
    assert set(view["offices"]) == {"Panwaslu Kecamatan Toboali", "Panwaslu Kecamatan Lepar"}
    assert view["nip"] == [NIP]
    assert [m["finding_id"] for m in view["possible"]] == [world["findings"]["lepar_noname"]]
    # Typed with spaces and dots, it is the same NIP.
    spaced = ok(world["kabupaten"], "subject", "show", "19850312 201001.1.004", "--json")
    assert spaced["findings"] == 2
    text = ok(world["kabupaten"], "subject", "show", NIP).out
    assert "2 dari 2 kantor" in text and "mungkin" in text


def test_a_kecamatan_only_sees_its_own_findings(world):
    view = ok(world["toboali"], "subject", "show", NIP, "--json")
    assert view["findings"] == 1 and view["offices"] == ["Panwaslu Kecamatan Toboali"]


def test_the_repeat_list_names_the_person_and_both_offices(world):
    repeats = ok(world["kabupaten"], "subject", "repeats", "--json")
    assert len(repeats) == 1
    (person,) = repeats
    assert (person["person_key"], person["findings"], person["offices"]) == (f"nip:{NIP}", 2, 2)
    assert set(person["office_names"]) == {"Panwaslu Kecamatan Toboali", "Panwaslu Kecamatan Lepar"}
    # One kecamatan's region only: the person is reported once there.
    assert ok(world["kabupaten"], "subject", "repeats", "--region", "19.03.01", "--json") == []
    assert ok(world["kabupaten"], "subject", "repeats", "--from", "2023-12-04", "--json") == []


def test_the_kabupaten_recap_lists_the_repeat_subject_and_a_kecamatan_recap_does_not(world, tmp_path):
    import pypdf

    def recap(office: str) -> str:
        path = tmp_path / f"rekap-{office}.pdf"
        ok(world[office], "report", "recap", "--from", "2023-12-01", "--to", "2023-12-31", "-o", path)
        return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)

    text = recap("kabupaten")
    section = text[text.index("TERLAPOR YANG DILAPORKAN LEBIH DARI SEKALI"):]
    assert f"NIP {NIP}" in section and "Hendra Saputra" in section
    assert "Panwaslu Kecamatan Toboali" in section and "Panwaslu Kecamatan Lepar" in section
    assert "199001012015031002" not in section  # reported once
    assert "LEBIH DARI SEKALI" not in recap("lepar")


def test_the_kabupaten_recap_workbook_has_a_repeat_sheet(world, tmp_path):
    import openpyxl

    path = tmp_path / "rekap.xlsx"
    ok(world["kabupaten"], "report", "recap", "--from", "2023-12-01", "--to", "2023-12-31", "-o", path)
    sheet = openpyxl.load_workbook(path)["Terlapor berulang"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[2], r[5], r[6]) for r in rows] == [(NIP, 2, 2)]
    path = tmp_path / "rekap-lepar.xlsx"
    ok(world["lepar"], "report", "recap", "--from", "2023-12-01", "--to", "2023-12-31", "-o", path)
    assert "Terlapor berulang" not in openpyxl.load_workbook(path).sheetnames


def test_a_known_nip_points_at_the_findings_that_have_it(world):
    with Store(world["kabupaten"], readonly=True) as store:
        assert set(known_nip(store, NIP)) == {world["findings"]["toboali"], world["findings"]["lepar"]}
        assert known_nip(store, NIP, excluding=world["findings"]["lepar"]) == [world["findings"]["toboali"]]
        assert known_nip(store, "123") == []  # not a NIP: nothing to say


def test_a_name_finds_every_spelling_of_it(world):
    view = ok(world["kabupaten"], "subject", "show", "hendra saputra", "--json")
    assert view["findings"] == 3  # by name any agency, numbers or not


@pytest.mark.parametrize("bad", ["", "   ", "12345", "!!!"])
def test_nothing_usable_to_look_up_is_one_clear_line(world, bad):
    result = run(world["kabupaten"], "subject", "show", bad)
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_repeats_are_listed_from_kabupaten_up():
    assert [lists_repeats(level) for level in ("pusat", "provinsi", "kabupaten", "kecamatan", "desa")] == [
        True, True, True, False, False]


@pytest.mark.parametrize(("name", "key"), [
    ("Drs. H. Hendra Saputra, S.Pd.", "hendra saputra"),
    ("Hendra Saputra S.Pd", "hendra saputra"),
    ("HENDRA  SAPUTRA", "hendra saputra"),
    ("Dédé Ruslan", "dede ruslan"),
    ("Ibu", "ibu"),  # a lone honorific stays a name
])
def test_names_compare_without_titles_case_and_accents(name, key):
    assert name_key(name) == key


def test_a_name_without_an_agency_identifies_nobody():
    assert person_key("", "", "Budi Santoso", "") == ""
    assert person_key("", "", "Budi Santoso", "SDN 1") == person_key("", "", "budi santoso", "SD Negeri 1")
    assert subject_query("3201010101010001").kind == "nik"
