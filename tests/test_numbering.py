"""Register and Form A numbers unique across the organisation (docs/numbering.md), on one store: series per kind
and election kind, the office's own place in the number, the keeper laptop and the others' tag, blocks of the
kabupaten's Form A series and the fallback once they run out, and no registration by a Panwaslu Kelurahan/Desa."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import FINDING_ARGS, own_form_a, run
from sync_helpers import clone_as_second_device

from netralitas_desktop.data import numbers
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.numbering import device_tag, format_number, office_part

OFFICES = {
    "kabupaten": ("Bawaslu Kabupaten Bangka Selatan", "kabupaten", "19.03"),
    "toboali": ("Panwaslu Kecamatan Toboali", "kecamatan", "19.03.01"),
    "lepar": ("Panwaslu Kecamatan Lepar Pongok", "kecamatan", "19.03.02"),
    "rias": ("Panwaslu Desa Rias", "desa", "19.03.01.2008"),
}


def office(folder: Path, kind: str, office_code: str = "19.03") -> Path:
    name, level, region = OFFICES[kind]
    result = run(folder, "init", "--office-name", name, "--level", level, "--region", region, "--officer", "Rina",
                 "--office-code", office_code)
    assert result.code == 0, result.err
    return folder



def add(folder: Path, *extra: str, region: str = "19.03.01.2008") -> dict:
    args = [a if a != "19.03.01.2008" else region for a in FINDING_ARGS]
    result = run(folder, *args, *extra, "--json")
    assert result.code == 0, result.err
    return result.json()


def register(folder: Path, finding_id: str, on: str = "2024-04-15", *, via: str = "temuan") -> dict:
    for status in (via, "teregistrasi") if via != "kajian_awal" else ("kajian_awal", "teregistrasi"):
        result = run(folder, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", on)
        assert result.code == 0, result.err
    return run(folder, "finding", "show", finding_id, "--json").json()


@pytest.mark.parametrize(("code", "level", "region", "expected"), [
    ("27.09", "kabupaten", "27.09", "27.09"),
    ("19.03", "kecamatan", "19.03.01", "19.03.01"),  # the kabupaten's code + the kecamatan's own number
    ("19.03.01", "kecamatan", "19.03.01", "19.03.01"),  # already names it
    ("19.03.07", "kecamatan", "19.03.01", "19.03.07.01"),  # a mistyped code still ends with its own place
    ("19.03", "desa", "19.03.01.2008", "19.03.01.2008"),
    ("19.03.01", "desa", "19.03.01.2008", "19.03.01.2008"),
])
def test_the_office_part_always_ends_with_the_offices_own_place(code, level, region, expected):
    assert office_part(code, level, region) == expected


def test_two_kecamatan_sharing_the_kabupaten_code_never_share_a_number(tmp_path):
    toboali, lepar = office(tmp_path / "toboali", "toboali"), office(tmp_path / "lepar", "lepar")
    one = register(toboali, add(toboali)["id"])
    two = register(lepar, add(lepar, region="19.03.02.2001")["id"])
    assert one["register_number"] == "001/TM/PL/Kec/19.03.01/IV/2024"
    assert two["register_number"] == "001/TM/PL/Kec/19.03.02/IV/2024"
    assert one["form_a_number"] != two["form_a_number"]
    assert one["form_a_number"].startswith(own_form_a(toboali, 1, "19.03.01"))
    assert two["form_a_number"].startswith(own_form_a(lepar, 1, "19.03.02"))


def test_register_series_per_kind_and_election_kind_restart_each_year(tmp_path):
    kab = office(tmp_path / "kab", "kabupaten")
    first = register(kab, add(kab)["id"])
    second = register(kab, add(kab)["id"])
    report = add(kab, "--source", "laporan", "--reporter-name", "Budi", "--received-on", "2024-04-10")
    laporan = register(kab, report["id"], via="kajian_awal")
    pilkada = register(kab, add(kab, "--election", "pilkada-2024", "--occurred-on", "2024-10-01",
                                "--known-on", "2024-10-02")["id"], on="2024-10-05")
    next_year = register(kab, add(kab)["id"], on="2025-01-06")
    assert first["register_number"] == "001/TM/PL/Kab/19.03/IV/2024"  # Bawaslu's own shape
    assert second["register_number"] == "002/TM/PL/Kab/19.03/IV/2024"
    assert laporan["register_number"] == "001/LP/PL/Kab/19.03/IV/2024"  # its own series
    assert pilkada["register_number"] == "001/TM/PB/Kab/19.03/X/2024"
    assert next_year["register_number"] == "001/TM/PL/Kab/19.03/I/2025"  # a new year starts again
    # The kabupaten keeps its own Form A series: plain numbers.
    assert first["form_a_number"].startswith("1/LHP/PM.01.03/19.03/")
    assert second["form_a_number"].startswith("2/LHP/PM.01.03/19.03/")


def test_a_desa_office_does_not_register(tmp_path):
    desa = office(tmp_path / "desa", "rias")
    finding = add(desa)
    assert finding["form_a_number"].startswith(own_form_a(desa, 1, "19.03.01.2008"))
    assert run(desa, "finding", "status", finding["id"], "temuan", "--reason", "Pleno").code == 0
    refused = run(desa, "finding", "status", finding["id"], "teregistrasi", "--reason", "Pleno")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert "Panwaslu Kelurahan/Desa tidak meregistrasi temuan" in refused.err
    assert run(desa, "finding", "show", finding["id"], "--json").json()["register_number"] is None


def test_two_laptops_of_one_office_never_issue_the_same_number(tmp_path):
    first = office(tmp_path / "laptop1", "kabupaten")
    second = clone_as_second_device(first, tmp_path / "laptop2")
    a = register(first, add(first)["id"])
    b = register(second, add(second)["id"])
    tag = device_tag(json.loads(sqlite3.connect(second / "netralitas.db").execute(
        "SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0]))
    assert a["register_number"] == "001/TM/PL/Kab/19.03/IV/2024"  # the keeper: the office's series
    assert b["register_number"] == f"001-{tag}/TM/PL/Kab/19.03/IV/2024"  # the other laptop: with its tag
    assert a["form_a_number"].startswith("1/LHP/") and b["form_a_number"].startswith(f"1-{tag}/LHP/")
    shown = run(second, "numbers", "show", "--json").json()
    assert shown["device_tag"] == tag and shown["series_keeper"] is False
    assert run(first, "numbers", "show", "--json").json()["series_keeper"] is True


def test_form_a_numbers_follow_the_kabupatens_blocks_then_fall_back(tmp_path):
    """A block of the kabupaten's LHP series handed to a kecamatan laptop gives plain kabupaten numbers; once it is
    used up (offline), the laptop numbers on its own with its place and tag, which the series can never give."""
    kab = office(tmp_path / "kab", "kabupaten")
    toboali = office(tmp_path / "toboali", "toboali")
    with Store(toboali) as store:
        device, office_id = store.device_id, store.office.id
    with Store(kab) as store:  # the kabupaten knows the kecamatan (as after importing its bundle)
        store.conn.execute("INSERT INTO offices VALUES (?, ?, 'kecamatan', '19.03.01', '', '19.03')",
                           (office_id, "Panwaslu Kecamatan Toboali"))
        store.conn.execute("INSERT INTO sync_devices (device_id, office_id, signing_key, fingerprint, trusted_at, "
                           "trusted_by) VALUES (?, ?, 'k', 'f', '2024-01-01', 'Rina')", (device, office_id))
        own = store.add_finding(_finding(store))  # the kabupaten's own number 1 of this year
        [block] = numbers.give_blocks(store, "19.03.01", 2)
        after = store.add_finding(_finding(store))
        audit = store.audit_trail(block.id)
    year = date.today().year
    assert own.form_a_number.startswith("1/LHP/PM.01.03/19.03/")
    assert (block.first, block.last, block.year, block.target_device_id) == (2, 3, year, device)
    assert after.form_a_number.startswith("4/LHP/PM.01.03/19.03/")  # the block's numbers are not the kabupaten's
    assert [e["action"] for e in audit] == ["number_block.give"]
    with Store(toboali) as store:  # the block arrives (sync: see test_sync_numbering)
        with store.database.transaction() as conn:
            numbers.write_block(store, conn, block)
        got = [store.add_finding(_finding(store)).form_a_number for _ in range(3)]
        left = numbers.numbers_left(store, year)
    assert got[0].startswith("2/LHP/PM.01.03/19.03/") and got[1].startswith("3/LHP/PM.01.03/19.03/")
    assert got[2].startswith(own_form_a(toboali, 1))  # the block ran out: its own, tagged
    assert left == 0
    shown = run(toboali, "numbers", "show")
    assert "peringatan: Nomor Formulir A dari blok kabupaten/kota tinggal 0" in shown.err


def test_only_the_kabupatens_keeper_gives_blocks_and_only_below_it(tmp_path):
    kab = office(tmp_path / "kab", "kabupaten")
    toboali = office(tmp_path / "toboali", "toboali")
    laptop2 = clone_as_second_device(kab, tmp_path / "kab2")
    refused = run(laptop2, "numbers", "give", "19.03", "--count", "5")
    assert refused.code == 1 and "penyimpan seri" in refused.err
    assert run(kab, "numbers", "give", "19.03.09", "--count", "5").err.startswith("galat: Kantor tidak dikenal")
    for count in ("0", "100000"):
        bad = run(kab, "numbers", "give", "19.03", "--count", count)
        assert bad.code == 1 and "Jumlah nomor per blok" in bad.err
    # A kecamatan cannot hand blocks to the kabupaten above it (nor to its sister kecamatan).
    with Store(toboali) as store:
        store.conn.execute("INSERT INTO offices VALUES ('kab-id', 'Bawaslu Kabupaten Bangka Selatan', 'kabupaten', "
                           "'19.03', '', '19.03')")
        store.conn.execute("INSERT INTO sync_devices (device_id, office_id, signing_key, fingerprint, trusted_at, "
                           "trusted_by) VALUES ('dev-kab', 'kab-id', 'k', 'f', '2024-01-01', 'Rina')")
    upward = run(toboali, "numbers", "give", "19.03", "--count", "5")
    assert upward.code == 1 and "hanya diberikan Bawaslu Kabupaten/Kota kepada kantor di bawahnya" in upward.err
    # Its own other laptop it may (any keeper).
    with Store(kab) as store:
        laptop = json.loads(sqlite3.connect(laptop2 / "netralitas.db").execute(
            "SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0])
        store.conn.execute("INSERT INTO sync_devices (device_id, office_id, signing_key, fingerprint, trusted_at, "
                           "trusted_by) VALUES (?, ?, 'k', 'f', '2024-01-01', 'Rina')", (laptop, store.office.id))
        office_id = store.office.id
    given = run(kab, "numbers", "give", office_id, "--count", "10", "--json")
    assert given.code == 0, given.err
    assert [b["target_device_id"] for b in given.json()] == [laptop]


def test_register_counters_of_an_older_store_continue_in_every_new_series(tmp_path):
    """A store numbered before the series were split (one counter a year) continues after it in every series: no
    number it gave can come again."""
    kab = office(tmp_path / "kab", "kabupaten")
    conn = sqlite3.connect(kab / "netralitas.db")
    with conn:
        conn.execute("DELETE FROM settings WHERE key LIKE 'counter:register:%'")
        conn.execute("INSERT INTO settings VALUES ('counter:register:2024', '7')")
        conn.execute("DELETE FROM settings WHERE key = 'series_keeper'")
        conn.execute("DELETE FROM schema_migrations WHERE number = 42")
        conn.execute("DROP TABLE number_blocks")
    conn.close()
    assert register(kab, add(kab)["id"])["register_number"] == "008/TM/PL/Kab/19.03/IV/2024"
    laporan = add(kab, "--source", "laporan", "--reporter-name", "Budi", "--received-on", "2024-04-10")
    assert register(kab, laporan["id"], via="kajian_awal")["register_number"] == "008/LP/PL/Kab/19.03/IV/2024"


def test_number_templates_are_data_and_refused_when_they_cannot_be_unique(catalog_copy):
    from cli_helpers import edit_json

    from netralitas_desktop.domain.catalog import CatalogError

    numbering = load_catalog().numbering
    assert format_number(numbering.register_template, seq=6, kind="TM", election="PL", level="Kab",
                         office_code="27.09", office="27.09", on=date(2024, 4, 3)) == "006/TM/PL/Kab/27.09/IV/2024"
    edit_json(catalog_copy / "numbering.json", lambda d: d.update(form_a_fallback_template="{seq}/LHP/{office}"))
    with pytest.raises(CatalogError, match="form_a_fallback_template' harus memuat tanda laptop"):
        load_catalog(catalog_copy)


def _finding(store):
    from netralitas_desktop.domain.model import Finding, Subject

    return Finding(category="LR-APK", region_code=store.office.region_code + ".2008"
                   if store.office.level == "kecamatan" else "19.03.01.2008", occurred_on="2024-01-02",
                   known_on="2024-01-03", description="Memasang spanduk.", subjects=[Subject(name="A", nik="")])
