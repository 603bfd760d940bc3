"""Region lookups over the shipped resources/wilayah/wilayah.tsv.gz."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import pytest

from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.regions import (
    Region,
    RegionDataError,
    RegionIndex,
    UnknownRegionError,
    load_regions,
    normalise_code,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO_ROOT.parent / "shared" / "data" / "wilayah"

BANGKA_SELATAN_KECAMATAN = [
    ("19.03.01", "Toboali"),
    ("19.03.02", "Lepar"),
    ("19.03.03", "Airgegas"),
    ("19.03.04", "Simpang Rimba"),
    ("19.03.05", "Payung"),
    ("19.03.06", "Tukak Sadai"),
    ("19.03.07", "Pulau Besar"),
    ("19.03.08", "Kepulauan Pongok"),
]


@pytest.fixture(scope="module")
def regions() -> RegionIndex:
    return load_regions()


def names(found: list[Region]) -> list[str]:
    return [region.name for region in found]


# -- the data -----------------------------------------------------------------------------------------


def test_counts_per_level(regions):
    assert regions.counts_by_level() == {"provinsi": 38, "kabupaten": 514, "kecamatan": 7285, "desa": 83762}
    assert len(regions) == 38 + 514 + 7285 + 83762


def test_default_index_is_loaded_once(regions):
    assert load_regions() is regions


def test_attribution_ships_beside_the_data():
    folder = REPO_ROOT / "resources" / "wilayah"
    attribution = (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for words in ("idn-area-data", "4.0.1", "Open Database License"):
        assert words in attribution
    assert (folder / "LICENSE-ODbL.md").exists()


# -- by code ------------------------------------------------------------------------------------------


def test_get_a_regency(regions):
    bangka_selatan = regions.get("19.03")
    assert bangka_selatan == Region("19.03", "Kabupaten Bangka Selatan")
    assert bangka_selatan.level == "kabupaten"
    assert bangka_selatan.parent_code == "19"


def test_unknown_code_is_none(regions):
    assert regions.get("19.99") is None
    assert regions.get("1903") is None  # codes keep their dots
    assert "19.99" not in regions
    assert regions.children("19.99") == []


def test_codes_are_stripped_of_whitespace(regions):
    assert normalise_code("  19.03\n") == "19.03"
    assert regions.get(" 19.03 ").code == "19.03"
    assert " 19.03" in regions


def test_levels_follow_the_dotted_parts():
    assert [Region(code, "x").level for code in ("19", "19.03", "19.03.01", "19.03.01.2008")] == [
        "provinsi",
        "kabupaten",
        "kecamatan",
        "desa",
    ]
    assert Region("19", "x").parent_code is None
    assert Region("19.03.01.2008", "x").parent_code == "19.03.01"


def test_provinces_are_the_children_of_none(regions):
    provinces = regions.children(None)
    assert len(provinces) == 38
    assert provinces[0] == Region("11", "Aceh")
    assert [region.code for region in provinces] == sorted(region.code for region in provinces)


def test_children_of_bangka_selatan_are_its_eight_kecamatan(regions):
    found = regions.children("19.03")
    assert [(region.code, region.name) for region in found] == BANGKA_SELATAN_KECAMATAN
    assert {region.level for region in found} == {"kecamatan"}


def test_a_village_has_no_children(regions):
    assert regions.children("19.03.01.1001") == []


def test_ancestors_of_a_toboali_village(regions):
    village = regions.children("19.03.01")[-1]
    assert [region.code for region in regions.ancestors(village.code)] == [
        "19",
        "19.03",
        "19.03.01",
        village.code,
    ]
    assert names(regions.ancestors(village.code))[:3] == [
        "Kepulauan Bangka Belitung",
        "Kabupaten Bangka Selatan",
        "Toboali",
    ]
    assert regions.ancestors("19") == [Region("19", "Kepulauan Bangka Belitung")]


def test_ancestors_of_an_unknown_code_is_a_user_error(regions):
    with pytest.raises(UnknownRegionError) as raised:
        regions.ancestors("19.99")
    assert isinstance(raised.value, ValidationError)
    assert "Kode wilayah tidak dikenal" in str(raised.value)


def test_kelurahan_and_desa(regions):
    toboali = regions.get("19.03.01.1001")
    serdang = regions.get("19.03.01.2004")
    assert (toboali.name, toboali.is_kelurahan) == ("Toboali", True)
    assert (serdang.name, serdang.is_kelurahan) == ("Serdang", False)
    assert not regions.get("19.03.01").is_kelurahan  # only villages are kelurahan


def test_full_name_titles_each_level(regions):
    assert regions.full_name("19.03.01.1001") == (
        "Kelurahan Toboali, Kecamatan Toboali, Kabupaten Bangka Selatan, Kepulauan Bangka Belitung"
    )
    assert regions.full_name("19.03.01.2004") == (
        "Desa Serdang, Kecamatan Toboali, Kabupaten Bangka Selatan, Kepulauan Bangka Belitung"
    )
    assert regions.full_name("19.03") == "Kabupaten Bangka Selatan, Kepulauan Bangka Belitung"
    assert regions.full_name("19") == "Kepulauan Bangka Belitung"


def test_full_name_does_not_repeat_a_title_the_name_carries(regions):
    assert regions.get("91.03.01.3007").name == "Desa Adat Yoboi"
    assert regions.full_name("91.03.01.3007").startswith("Desa Adat Yoboi, Kecamatan ")


# -- by name ------------------------------------------------------------------------------------------


def test_search_tobo_finds_the_kecamatan_toboali_first(regions):
    found = regions.search("tobo")
    assert found[0] == Region("19.03.01", "Toboali")
    assert Region("19.03.01.1001", "Toboali") in found  # the kelurahan, further down


def test_search_is_case_insensitive(regions):
    assert regions.search("TOBOALI", level="kecamatan") == regions.search("toboali", level="kecamatan")


def test_search_by_level(regions):
    assert regions.search("toboali", level="kecamatan") == [Region("19.03.01", "Toboali")]
    assert regions.search("toboali", level="desa") == [Region("19.03.01.1001", "Toboali")]
    with pytest.raises(ValueError):
        regions.search("toboali", level="kota")


def test_search_within_a_regency(regions):
    found = regions.search("p", within="19.03")
    assert found and all(region.code.startswith("19.03.") for region in found)
    assert Region("19.03.05", "Payung") in found
    assert regions.search("p", level="kecamatan", within="19.03") == [
        Region("19.03.05", "Payung"),
        Region("19.03.07", "Pulau Besar"),
        Region("19.03.08", "Kepulauan Pongok"),  # by the word "Pongok", after the whole-name matches
    ]


def test_search_within_excludes_the_region_itself_and_unknown_scopes(regions):
    assert regions.search("bangka", within="19.03") == [Region("19.03.04.2003", "Bangka Kota")]  # not 19.03
    assert regions.search("toboali", within="19.99") == []


def test_search_by_a_word_inside_the_name(regions):
    found = regions.search("selatan", level="kabupaten", limit=100)
    assert Region("19.03", "Kabupaten Bangka Selatan") in found
    assert all(" selatan" in region.name.lower() for region in found)
    assert regions.search("bangka sel") == [Region("19.03", "Kabupaten Bangka Selatan")]


def test_whole_name_matches_come_before_word_matches(regions):
    found = regions.search("bangka", limit=500)
    starts_with_bangka = [region for region in found if region.name.lower().startswith("bangka")]
    assert found[0] == Region("73.04.01", "Bangkala")  # whole name; a kecamatan before the villages
    assert found[: len(starts_with_bangka)] == starts_with_bangka
    assert Region("19.01", "Kabupaten Bangka") in found[len(starts_with_bangka) :]


def test_search_ignores_punctuation_and_apostrophes(regions):
    assert Region("11.07.06.2022", "Pulo Lon / Pulo Dayah") in regions.search("lon pulo")
    assert regions.search("kuala bau", within="11.01.02") == [Region("11.01.02.2018", "Pasi Kuala Ba'u")]
    assert regions.search("ba'u", within="11.01.02") == [Region("11.01.02.2018", "Pasi Kuala Ba'u")]
    assert regions.search("sigala-gala", level="kecamatan") == [Region("11.02.02", "Lawe Sigala-Gala")]
    assert regions.search("sigala gala", level="kecamatan") == [Region("11.02.02", "Lawe Sigala-Gala")]


def test_search_limit_and_empty_queries(regions):
    assert len(regions.search("s", limit=5)) == 5
    assert regions.search("") == []
    assert regions.search("  - ") == []
    assert regions.search("s", limit=0) == []


def fold(text: str) -> str:
    """The matching rule, spelled out: lower case, apostrophes dropped, other punctuation is a space."""
    text = re.sub(r"['’`\"]", "", text.lower())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def plain_search(regions: RegionIndex, query: str, within: str, limit: int = 20) -> list[Region]:
    """search() by scanning every region under `within`: whole-name matches, then word matches; each
    group higher levels first, then by the matched text, then by code."""
    query = fold(query)
    below = []
    pending = regions.children(within)
    while pending:
        region = pending.pop()
        below.append(region)
        pending.extend(regions.children(region.code))
    depth = {"provinsi": 0, "kabupaten": 1, "kecamatan": 2, "desa": 3}
    whole, words = [], []
    for region in below:
        key = fold(region.name)
        if key.startswith(query):
            whole.append((depth[region.level], key, region.code, region))
        else:
            tails = [key[i + 1 :] for i in range(len(key)) if key[i:].startswith(" " + query)]
            if tails:
                words.append((depth[region.level], min(tails), region.code, region))
    return [entry[-1] for entry in sorted(whole) + sorted(words)][:limit]


@pytest.mark.parametrize(
    "query, within",
    [
        ("s", "19.03"),  # few regions in scope, many name matches
        ("su", "33"),  # a big province
        ("sukamaju", "32"),  # few name matches, many regions in scope
        ("jaya", "32.01"),  # mostly word matches
        ("kota", "31"),
        ("ba", "11.01.02"),
    ],
)
def test_search_agrees_with_a_plain_scan(regions, query, within):
    for limit in (5, 20, 500):
        expected = plain_search(regions, query, within, limit)
        assert regions.search(query, within=within, limit=limit) == expected


# -- other sources --------------------------------------------------------------------------------------


def test_an_index_from_pairs():
    index = RegionIndex([("19", "Kepulauan Bangka Belitung"), ("19.03", "Kabupaten Bangka Selatan")])
    assert len(index) == 2
    assert index.children("19") == [Region("19.03", "Kabupaten Bangka Selatan")]
    assert index.search("sel") == [Region("19.03", "Kabupaten Bangka Selatan")]


def test_load_from_another_file(tmp_path):
    path = tmp_path / "wilayah.tsv.gz"
    path.write_bytes(gzip.compress(b"19\tKepulauan Bangka Belitung\n19.03\tKabupaten  Bangka-Selatan\n"))
    index = load_regions(path)
    assert index.counts_by_level() == {"provinsi": 1, "kabupaten": 1, "kecamatan": 0, "desa": 0}
    assert index.search("bangka selatan") == [Region("19.03", "Kabupaten  Bangka-Selatan")]


def test_missing_or_broken_file_is_a_user_error(tmp_path):
    with pytest.raises(RegionDataError):
        load_regions(tmp_path / "absent.tsv.gz")
    broken = tmp_path / "broken.tsv"
    broken.write_text("19 Kepulauan Bangka Belitung\n", encoding="utf-8")
    with pytest.raises(RegionDataError):
        load_regions(broken)


@pytest.mark.skipif(not SOURCE_DIR.exists(), reason="source CSV files not present")
def test_the_shipped_resource_is_what_the_build_script_makes(tmp_path):
    script = REPO_ROOT / "bench" / "build_wilayah.py"
    subprocess.run(
        [sys.executable, str(script), str(SOURCE_DIR), "--output", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    shipped = REPO_ROOT / "resources" / "wilayah"
    # Compare the text, not the gzip bytes: another zlib build may compress differently.
    built, ours = (
        gzip.decompress((folder / "wilayah.tsv.gz").read_bytes()) for folder in (tmp_path, shipped)
    )
    assert built == ours
    for name in ("ATTRIBUTION.md", "LICENSE-ODbL.md"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
