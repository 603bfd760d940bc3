"""The catalog files in resources/catalog load, agree with domain.md, and fail clearly when broken."""

from collections import deque
from datetime import date

import pytest
from cli_helpers import edit_json

from netralitas_desktop.domain.catalog import CatalogError, load_catalog
from netralitas_desktop.domain.errors import NetralitasError

DOMAIN_CATEGORIES = [
    "MS-SOSIALISASI",
    "MS-INTERAKSI",
    "MS-FOTO",
    "MS-PROFIL",
    "LR-APK",
    "LR-DEKLARASI",
    "LR-PENDEKATAN",
    "LR-KAMPANYE",
    "LR-KEBIJAKAN",
    "LR-AJAKAN",
    "LR-DUKUNGAN",
    "LR-PARPOL",
    "LR-FASILITAS",
    "LR-LAIN",
]


@pytest.fixture
def catalog():
    return load_catalog()


def test_every_category_from_domain_is_present_in_file_order(catalog):
    assert list(catalog.categories) == DOMAIN_CATEGORIES


def test_social_media_categories_need_a_url_and_offline_ones_do_not(catalog):
    for code, category in catalog.categories.items():
        assert category.needs_url == code.startswith("MS-")
        assert category.group == ("media_sosial" if code.startswith("MS-") else "luar_jaringan")
    assert catalog.categories["LR-PARPOL"].sanction_level == "ptdh"
    assert catalog.categories["LR-AJAKAN"].sanction_level == "sedang"
    assert "UU 7/2017 Pasal 282" in catalog.categories["LR-KEBIJAKAN"].legal_basis
    assert isinstance(catalog.categories["MS-FOTO"].legal_basis, tuple)


def test_every_open_status_can_reach_selesai(catalog):
    for start, status in catalog.statuses.items():
        if status.terminal:
            continue
        seen, queue = {start}, deque([start])
        while queue:
            for following in catalog.statuses[queue.popleft()].next:
                if following not in seen:
                    seen.add(following)
                    queue.append(following)
        assert "selesai" in seen, f"{start} cannot reach selesai"


def test_statuses_follow_the_workflow(catalog):
    assert list(catalog.statuses)[0] == "draf"
    assert list(catalog.statuses)[-1] == "selesai"
    assert catalog.can_transition("draf", "temuan")
    assert not catalog.can_transition("selesai", "draf")
    assert not catalog.can_transition("tidak-ada", "selesai")
    forwarding = {code for code, s in catalog.statuses.items() if s.needs_forwarding_body}
    assert forwarding == {"diteruskan", "dilimpahkan"}


def test_pemilu_2024_profile(catalog):
    pemilu = catalog.elections["pemilu-2024"]
    assert (pemilu.kind, pemilu.register_code) == ("pemilu", "PL")
    campaign = next(s for s in pemilu.stage_dates if s.stage == "kampanye")
    assert (campaign.start, campaign.end) == (date(2023, 11, 28), date(2024, 2, 10))
    assert pemilu.stage_on(date(2024, 2, 14)) == "pemungutan_penghitungan_suara"
    assert pemilu.stage_on(date(2024, 2, 12)) == "masa_tenang"
    assert pemilu.stage_on(date(2023, 11, 30)) == "kampanye"
    assert [c.label for c in pemilu.candidates][1] == "02 Prabowo Subianto – Gibran Rakabuming Raka"
    numbers = {p.number for p in pemilu.parties if p.scope == "nasional"}
    assert numbers == set(range(1, 18)) | {24}
    assert pemilu.deadlines.day_kind == "kerja"
    assert pemilu.deadlines.kind_of("finding") == "kalender" and pemilu.deadlines.kind_of("decision") == "kerja"
    assert pemilu.deadlines.decision_from == "registration"
    assert date(2024, 2, 14) in catalog.holidays.dates  # voting day, a national holiday


def test_pilkada_2024_counts_calendar_days(catalog):
    pilkada = catalog.elections["pilkada-2024"]
    assert (pilkada.kind, pilkada.register_code) == ("pemilihan", "PB")
    assert (pilkada.deadlines.decision_days, pilkada.deadlines.decision_extension_days) == (3, 2)
    assert pilkada.deadlines.day_kind == "kalender"
    assert pilkada.stage_on(date(2024, 11, 27)) == "pemungutan_penghitungan_suara"


def test_kasn_before_it_closed_bkn_after(catalog):
    before = {b.code for b in catalog.forwarding_bodies_on(date(2024, 5, 1))}
    after = {b.code for b in catalog.forwarding_bodies_on(date(2024, 9, 1))}
    assert "kasn" in before and "bkn" not in before
    assert "bkn" in after and "kasn" not in after
    assert catalog.forwarding_body_for("pns", date(2024, 5, 1)).code == "kasn"
    assert catalog.forwarding_body_for("pns", date(2024, 9, 1)).code == "bkn"
    assert catalog.forwarding_body_for("kepala_desa", date(2024, 9, 1)).code == "bupati_walikota"


def test_register_template_gives_bawaslus_own_number_shape(catalog):
    numbering = catalog.numbering
    number = numbering.register_template.format(
        seq=6,
        kind=numbering.kind_codes["temuan"],
        election="PL",
        level=numbering.level_codes["kabupaten"],
        office_code="27.09",
        office="27.09",
        month_roman="IV",
        year=2024,
    )
    assert number == "006/TM/PL/Kab/27.09/IV/2024"


def test_default_catalog_is_loaded_once(catalog):
    assert load_catalog() is catalog


def test_a_copy_loads_the_same(catalog_copy, catalog):
    assert load_catalog(catalog_copy) == catalog


def test_broken_json_names_the_file(catalog_copy):
    path = catalog_copy / "categories.json"
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    with pytest.raises(CatalogError, match=r"Berkas katalog categories\.json rusak: .*bukan JSON"):
        load_catalog(catalog_copy)


def test_missing_key_is_reported(catalog_copy):
    edit_json(catalog_copy / "statuses.json", lambda data: data["items"][2].pop("name"))
    with pytest.raises(CatalogError) as caught:
        load_catalog(catalog_copy)
    assert str(caught.value) == (
        "Berkas katalog statuses.json rusak: entri ke-3 di 'items' (kajian_awal): kunci 'name' tidak ada."
    )
    assert caught.value.file == "statuses.json"
    assert isinstance(caught.value, NetralitasError)


def test_dangling_next_status_is_reported(catalog_copy):
    edit_json(catalog_copy / "statuses.json", lambda data: data["items"][0]["next"].append("diarsipkan"))
    with pytest.raises(CatalogError, match="status berikutnya 'diarsipkan' yang tidak ada"):
        load_catalog(catalog_copy)


def test_status_that_cannot_finish_is_reported(catalog_copy):
    def loop(data):
        data["items"][-2]["next"] = ["klarifikasi"]  # ditindaklanjuti
        data["items"][5]["next"] = ["ditindaklanjuti"]  # klarifikasi

    edit_json(catalog_copy / "statuses.json", loop)
    with pytest.raises(CatalogError, match="tidak ada jalan menuju status akhir"):
        load_catalog(catalog_copy)


def test_duplicate_code_is_reported(catalog_copy):
    edit_json(catalog_copy / "platforms.json", lambda data: data["items"].append(data["items"][0]))
    with pytest.raises(CatalogError, match="platforms.json rusak: kode 'facebook' muncul lebih dari sekali"):
        load_catalog(catalog_copy)


def test_unknown_forwarding_body_is_reported(catalog_copy):
    edit_json(
        catalog_copy / "employment_types.json", lambda data: data["items"][0].update(forward_to="kasn2")
    )
    with pytest.raises(CatalogError, match="employment_types.json rusak: .*'kasn2'"):
        load_catalog(catalog_copy)


def test_bad_date_in_election_profile_is_reported(catalog_copy):
    edit_json(
        catalog_copy / "elections" / "pemilu-2024.json",
        lambda data: data["stage_dates"][0].update(start="28/11/2023"),
    )
    with pytest.raises(CatalogError, match=r"elections/pemilu-2024\.json rusak: .*tanggal \"28/11/2023\""):
        load_catalog(catalog_copy)


def test_unknown_placeholder_in_number_template_is_reported(catalog_copy):
    edit_json(catalog_copy / "numbering.json", lambda data: data.update(form_a_template="{seq}/LHP/{kantor}"))
    with pytest.raises(CatalogError, match=r"numbering\.json rusak: .*kolom tak dikenal \{kantor\}"):
        load_catalog(catalog_copy)


def test_missing_file_is_reported(catalog_copy):
    (catalog_copy / "sanctions.json").unlink()
    with pytest.raises(CatalogError, match=r"Berkas katalog sanctions\.json tidak ditemukan"):
        load_catalog(catalog_copy)
