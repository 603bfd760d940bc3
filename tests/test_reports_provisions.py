"""The "provisions violated" on Form A: only what binds that subject type in that kind of election
(shared/domain.md "Which law binds whom", resources/catalog/provisions.json), editable per finding.

Golden tests: every employment type of the catalog × Pemilu and Pilkada, printed and read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from cli_helpers import edit_json, run

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import CatalogError, load_catalog
from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.reports.form_a import build_form_a

PEMILU_280 = "UU 7/2017 Pasal 280 ayat (2) dan (3)"
ASN_LAWS = ("UU 20/2023 tentang Aparatur Sipil Negara", "PP 94/2021 Pasal 5 huruf n", "SKB 2022 Pedoman Netralitas")
VILLAGE_LAW = "UU 6/2014"
PILKADA_LAW = "UU 10/2016"
PEMILU_LAW = "UU 7/2017"
DISCIPLINE = "hukuman disiplin"

# (employment type, election kind) → (must be printed, must not be printed), from domain.md.
GOLDEN: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("pns", "pemilu"): ((PEMILU_280, "UU 7/2017 Pasal 282", "UU 7/2017 Pasal 283", "UU 7/2017 Pasal 494",
                         *ASN_LAWS), (PILKADA_LAW, VILLAGE_LAW)),
    ("pppk", "pemilu"): ((PEMILU_280, "UU 7/2017 Pasal 283", *ASN_LAWS), (PILKADA_LAW, VILLAGE_LAW)),
    ("pns", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)", "UU 10/2016 Pasal 188", *ASN_LAWS),
                           (PEMILU_LAW, VILLAGE_LAW, "UU 10/2016 Pasal 70")),
    ("pppk", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)", *ASN_LAWS), (PEMILU_LAW, VILLAGE_LAW)),
    ("kepala_desa", "pemilu"): ((PEMILU_280, "UU 7/2017 Pasal 282", "UU 7/2017 Pasal 490", "UU 6/2014 Pasal 29"),
                                (PILKADA_LAW, *ASN_LAWS, "Pasal 494", DISCIPLINE)),
    ("kepala_desa", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)", "UU 10/2016 Pasal 188", "UU 6/2014 Pasal 29"),
                                   (PEMILU_LAW, *ASN_LAWS, DISCIPLINE)),
    ("perangkat_desa", "pemilu"): ((PEMILU_280, "UU 7/2017 Pasal 494", "UU 6/2014 Pasal 51"),
                                   (PILKADA_LAW, *ASN_LAWS, "Pasal 29", "Pasal 282", DISCIPLINE)),
    ("perangkat_desa", "pemilihan"): (("UU 10/2016 Pasal 70 dan Pasal 71", "UU 6/2014 Pasal 51"),
                                      (PEMILU_LAW, *ASN_LAWS, DISCIPLINE)),
    ("bpd", "pemilu"): ((PEMILU_280, "UU 7/2017 Pasal 494", "UU 6/2014 Pasal 64"),
                        (PILKADA_LAW, *ASN_LAWS, "Pasal 51", DISCIPLINE)),
    ("bpd", "pemilihan"): (("UU 10/2016 Pasal 70 dan Pasal 71", "UU 6/2014 Pasal 64"),
                           (PEMILU_LAW, *ASN_LAWS, DISCIPLINE)),
    ("tni", "pemilu"): (("UU 7/2017 Pasal 280 ayat (2)", "UU 34/2004"),
                        (PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, "UU 2/2002", DISCIPLINE)),
    ("tni", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)", "UU 34/2004"),
                           (PEMILU_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("polri", "pemilu"): (("UU 7/2017 Pasal 280 ayat (2)", "UU 2/2002"),
                          (PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, "UU 34/2004", DISCIPLINE)),
    ("polri", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)", "UU 2/2002"),
                             (PEMILU_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("non_asn", "pemilu"): (("Ketentuan kepegawaian atau perjanjian kerja",),
                            (PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("non_asn", "pemilihan"): (("Ketentuan kepegawaian atau perjanjian kerja",),
                               (PEMILU_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("pejabat", "pemilu"): (("UU 7/2017 Pasal 282", "UU 7/2017 Pasal 283"),
                            (PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("pejabat", "pemilihan"): (("UU 10/2016 Pasal 71 ayat (1)",), (PEMILU_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("adhoc", "pemilu"): (("Peraturan DKPP 2/2017",), (PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("adhoc", "pemilihan"): (("Peraturan DKPP 2/2017",), (PEMILU_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("lainnya", "pemilu"): (("belum ditentukan",), (PEMILU_LAW, PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW, DISCIPLINE)),
    ("lainnya", "pemilihan"): (("belum ditentukan",), (PEMILU_LAW, PILKADA_LAW, *ASN_LAWS, VILLAGE_LAW,
                                                       DISCIPLINE)),
}
ELECTIONS = {"pemilu": ("pemilu-2024", "2023-12-02", "2023-12-03"),
             "pemilihan": ("pilkada-2024", "2024-10-02", "2024-10-03")}


def test_the_golden_table_covers_every_employment_type_and_election_kind():
    catalog = load_catalog()
    assert set(GOLDEN) == {(t, k) for t in catalog.employment_types for k in ("pemilu", "pemilihan")}
    assert set(GOLDEN) == set(catalog.provision_rules)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def provisions_printed(text: str) -> str:
    """What Form A prints from the suspected violation's description (IV.5) to the end of section IV."""
    return text[text.index("5. Uraian singkat dugaan pelanggaran"):text.index("V. INFORMASI DUGAAN SENGKETA")]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("golden") / "data"
    result = run(folder, "init", "--office-name", "Panwaslu Kecamatan Toboali", "--level", "kecamatan", "--region",
                 "19.03.01", "--officer", "Rina Marlina")
    assert result.code == 0, result.err
    with Store(folder) as opened:
        yield opened


@pytest.mark.parametrize(("subject_type", "kind"), sorted(GOLDEN))
def test_form_a_prints_only_what_binds_the_subject(store, tmp_path, subject_type, kind):
    election, occurred, known = ELECTIONS[kind]
    finding = store.add_finding(Finding(
        category="LR-APK", region_code="19.03.01.2008", occurred_on=occurred, known_on=known, election=election,
        description="Memasang spanduk pasangan calon di depan rumah.",
        subjects=[Subject(name="Terlapor Uji", employment_type=subject_type)]))
    output, _pages = build_form_a(store, finding.id, tmp_path / "a.pdf", annex=False)
    text = pdf_text(output)
    printed = provisions_printed(text)
    must, must_not = GOLDEN[(subject_type, kind)]
    for item in must:
        assert item in printed, (subject_type, kind, item)
    for item in must_not:
        assert item not in printed, (subject_type, kind, item)
    assert ("LAPORAN HASIL PENGAWASAN PEMILIHAN" in text) == (kind == "pemilihan")


def test_mixed_subjects_name_the_discipline_only_for_the_asn(data_dir, tmp_path):
    result = run(data_dir, "finding", "add", "--category", "LR-AJAKAN", "--region", "19.03.01.2008",
                 "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--description", "Pertemuan warga.",
                 "--subject", "name=Ahmad Lubis;type=kepala_desa", "--subject", "name=Hendra Saputra;type=pns",
                 "--json")
    assert result.code == 0, result.err
    output = tmp_path / "mixed.pdf"
    assert run(data_dir, "report", "form-a", result.json()["id"], "-o", output, "--no-annex").code == 0
    printed = provisions_printed(pdf_text(output))
    assert "Bagi terlapor PNS, menurut SKB 2022 perbuatan ini diancam hukuman disiplin sedang." in printed
    assert "Bagi kepala desa: sanksi administratif menurut UU 6/2014 Pasal 30" in printed
    # Both subjects' provisions, each once, in subject order (the kepala desa first).
    assert printed.index("UU 6/2014 Pasal 29") < printed.index("PP 94/2021 Pasal 5 huruf n")
    assert printed.count(PEMILU_280) == 1


def test_the_officers_text_replaces_the_default_and_can_be_cleared(data_dir, finding_id, tmp_path):
    own = "UU 7/2017 Pasal 280 ayat (3); UU 5/2014 Pasal 87 ayat (4) huruf c"
    assert run(data_dir, "finding", "edit", finding_id, "--legal-basis", own).code == 0
    output = tmp_path / "own.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    printed = provisions_printed(pdf_text(output))
    assert "Ketentuan yang diduga dilanggar (menurut pengawas):" in printed
    assert "– UU 7/2017 Pasal 280 ayat (3) – UU 5/2014 Pasal 87 ayat (4) huruf c" in printed
    assert "PP 94/2021" not in printed and "Pasal 283" not in printed

    # The same through a JSON file; an empty text brings the default back.
    payload = tmp_path / "edit.json"
    payload.write_text('{"legal_basis": ""}', encoding="utf-8")
    assert run(data_dir, "finding", "edit", finding_id, "--json-file", payload).code == 0
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--no-annex").code == 0
    printed = provisions_printed(pdf_text(output))
    assert "(menurut pengawas)" not in printed and "PP 94/2021 Pasal 5 huruf n" in printed


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["items"].pop(), "tidak ada aturan untuk lainnya × pemilihan"),
    (lambda d: d["items"].append(dict(d["items"][0])), "sudah diatur oleh entri lain"),
    (lambda d: d["items"][0]["provisions"].append("uu99_1"), "ketentuan 'uu99_1' tidak ada"),
    (lambda d: d["items"][0]["subject_types"].append("lurah"), "jenis kepegawaian 'lurah' tidak ada"),
    (lambda d: d["items"][0].update(election_kind="pilpres"), "seharusnya salah satu dari 'pemilu', 'pemilihan'"),
    (lambda d: d["items"][0].update(skb_discipline="ya"), "harus true atau false"),
])
def test_a_broken_provisions_file_is_refused_with_its_name(catalog_copy, change, message):
    folder = catalog_copy
    edit_json(folder / "provisions.json", change)
    with pytest.raises(CatalogError, match="provisions.json") as caught:
        load_catalog(folder)
    assert message in str(caught.value)


@pytest.mark.parametrize(("file", "change", "message"), [
    ("forms.json", lambda d: d["items"][1]["labels"].pop("reporter_phone"), "label 'reporter_phone' tidak ada"),
    ("forms.json", lambda d: d["items"][1]["model"].pop("pemilihan"), "tepat kunci pemilu, pemilihan"),
    ("forms.json", lambda d: d["items"][2]["labels"].update(intro="Pada {hari} ini"),
     "tempat isian tak dikenal {hari}"),
    ("forms.json", lambda d: d["items"].pop(3), "formulir registrasi tidak ada"),
    ("time_zones.json", lambda d: d["zones"][1]["provinces"].append("19"), "provinsi '19' ada di zona WIB dan WITA"),
    ("time_zones.json", lambda d: d["zones"][0].update(utc_offset_hours=70), "tidak masuk akal"),
])
def test_broken_form_and_zone_files_are_refused_with_their_name(catalog_copy, file, change, message):
    folder = catalog_copy
    edit_json(folder / file, change)
    with pytest.raises(CatalogError, match=file.replace(".", r"\.")) as caught:
        load_catalog(folder)
    assert message in str(caught.value)


@pytest.mark.parametrize(("category", "ethics"), [("MS-SOSIALISASI", True), ("LR-APK", True),
                                                  ("LR-DEKLARASI", True), ("LR-AJAKAN", False)])
def test_the_skb_ethics_variant_for_a_bakal_calon_is_printed_where_list_a_has_it(data_dir, tmp_path, category,
                                                                                 ethics):
    """SKB 2022 list A (domain.md): these acts about a bakal calon are breaches of the code of ethics (moral
    sanction) — Form A says so for them, and not for an act the list does not name."""
    result = run(data_dir, "finding", "add", "--category", category, "--region", "19.03.01.2008",
                 "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--description", "Uraian.",
                 "--subject", "name=Hendra Saputra;type=pns", "--url", "https://www.facebook.com/h/posts/1",
                 "--json")
    assert result.code == 0, result.err
    output = tmp_path / "ethics.pdf"
    assert run(data_dir, "report", "form-a", result.json()["id"], "-o", output, "--no-annex").code == 0
    text = " ".join(pdf_text(output).split())
    assert ("Bila menyangkut bakal calon: pelanggaran kode etik (sanksi moral)." in text) == ethics
