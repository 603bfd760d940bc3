"""Offline OCR of evidence pictures and the same file across findings, driven through the command line on a real
store: phone screenshots the tests draw themselves (Indonesian posts with a candidate's number, hashtags and
@accounts, light and dark mode, 1080×2400), read once for the whole module (reading is the slow part)."""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import INIT_ARGS, png_bytes, run
from phone_screens import POSTS, as_jpeg, cropped, render
from PIL import Image

from netralitas_desktop.data import readings
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.text_match import clean_reading, hash_distance, words
from netralitas_desktop.paths import resources_dir
from netralitas_desktop.services.ocr_engine import OcrEngine, OcrUnavailable
from netralitas_desktop.services.pictures import dhash, open_picture

LIGHT_POSTS = POSTS[0:2]  # Hendra: "nomor urut 02 … #Coblos02 #Pemilu2024"; Rina: "@relawan.toboali #Coblos02"
DARK_POSTS = POSTS[2:4]  # Budi: "0812-3456-7890 #NetralitasASN"; Siti: "nomor 03! #Pilpres2024 @tim.pemenangan03"
OTHER_POSTS = POSTS[4:6]  # another post in the same app layout (the near-duplicate negative)


def ok(data_dir: Path, *args):
    result = run(data_dir, *args)
    assert result.code == 0, f"{args}: {result.err}"
    return result.json() if "--json" in args else result


def add(data_dir: Path, folder: Path, name: str, data: bytes, subject: str = "Agus Prasetyo") -> dict:
    """A finding whose description shares no word with the screenshots, with one evidence file."""
    path = folder / name
    path.write_bytes(data)
    return ok(data_dir, "finding", "add", "--category", "MS-SOSIALISASI", "--region", "19.03.01.2008",
              "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--platform", "facebook",
              "--description", "Tangkapan layar unggahan terlampir.",
              "--subject", f"name={subject};type=pns;agency=Dinas Pendidikan", "--evidence", path, "--json")


def resized_jpeg_cropped(image: Image.Image) -> bytes:
    """What a screenshot becomes on its way through phones: two thirds the size, 5 % cut off every side, JPEG."""
    small = image.resize((image.width * 2 // 3, image.height * 2 // 3), Image.Resampling.LANCZOS)
    return as_jpeg(cropped(small, 0.05), 70)


@pytest.fixture(scope="module")
def shots():
    return {"light": render(LIGHT_POSTS, theme="light", size=28, seed=1),
            "dark": render(DARK_POSTS, theme="dark", size=30, seed=2),
            "other": render(OTHER_POSTS, theme="light", size=28, seed=1)}


@pytest.fixture(scope="module")
def office(tmp_path_factory, shots):
    """One store: a finding per screenshot (light, dark, a resized+JPEG+cropped copy of the light one, another post
    in the same layout, the light one's exact bytes again), searched before and after `evidence ocr`."""
    folder = tmp_path_factory.mktemp("ocr")
    data_dir = folder / "data"
    assert run(data_dir, *INIT_ARGS).code == 0
    light = shots["light"].png()
    findings = {
        "light": add(data_dir, folder, "Screenshot_20231203_terang.png", light),
        "dark": add(data_dir, folder, "Screenshot_20231203_gelap.png", shots["dark"].png()),
        "copy": add(data_dir, folder, "IMG-20231204-WA0007.jpg", resized_jpeg_cropped(shots["light"].image)),
        "other": add(data_dir, folder, "Screenshot_lain.png", shots["other"].png()),
        "same": add(data_dir, folder, "salinan.png", light),
    }
    before = {word: ok(data_dir, "finding", "list", "--search", word, "--json")
              for word in ("#Coblos02", "Pilpres2024")}
    read = ok(data_dir, "evidence", "ocr", "--json")
    return {"dir": data_dir, "findings": findings, "before": before, "read": read}


def evidence_id(office, key: str) -> str:
    return office["findings"][key]["evidence"][0]["id"]


def found(office, text: str) -> set[str]:
    ids = {f["id"] for f in ok(office["dir"], "finding", "list", "--search", text, "--json")}
    return {key for key, finding in office["findings"].items() if finding["id"] in ids}


def test_every_picture_is_read_once_by_file(office):
    read = office["read"]
    # Five evidence items, four files: the same bytes attached twice are read once.
    assert (read["done"], read["failed"], read["remaining"]) == (4, 0, 0)
    assert all(f["words"] > 20 for f in read["files"])


def test_words_of_light_and_dark_screenshots_are_found_by_search(office):
    assert office["before"] == {"#Coblos02": [], "Pilpres2024": []}  # only the pictures hold these words
    assert found(office, "#Coblos02") == {"light", "copy", "same"}
    assert found(office, "Pemilu2024") == {"light", "copy", "same"}
    # An @account, as a phrase (the cropped copy lost the start of its line).
    assert found(office, '"relawan.toboali"') == {"light", "same"}
    assert found(office, "#Pilpres2024") == {"dark"}
    assert found(office, '"tim.pemenangan03"') == {"dark"}
    assert found(office, "0812") == {"dark"}  # a phone number on a dark screenshot
    assert found(office, "NetralitasASN Pilpres2024") == {"dark"}
    assert found(office, "Prasetyo Pilpres2024") == {"dark"}  # the subject's name and a word of the picture


@pytest.mark.parametrize("key", ["light", "dark"])
def test_at_least_95_percent_of_the_words_drawn_are_read(office, shots, key):
    data = ok(office["dir"], "evidence", "text", evidence_id(office, key), "--json")
    assert data["state"] == "done"
    text = data["readings"][0]["text"]
    drawn = Counter(words(" ".join(shots[key].words)))
    read = Counter(words(text))
    assert sum((drawn & read).values()) >= 0.95 * sum(drawn.values())
    for word in ("#coblos02", "02", "@hendra.saputra") if key == "light" else ("#pilpres2024", "03",
                                                                              "@tim.pemenangan03"):
        assert word in read, word
    assert data["readings"][0]["office_name"] == "Panwaslu Kecamatan Toboali"
    assert data["readings"][0]["engine"].startswith("tesseract 5")


def test_the_same_bytes_are_also_reported_elsewhere(office):
    matches = ok(office["dir"], "evidence", "duplicates", evidence_id(office, "light"), "--json")["matches"]
    by_finding = {m["finding_id"]: m["kind"] for m in matches}
    findings = office["findings"]
    assert by_finding[findings["same"]["id"]] == "berkas"
    assert matches[0]["office"] == "Panwaslu Kecamatan Toboali"


def test_a_resized_recompressed_cropped_copy_is_the_same_picture(office):
    matches = ok(office["dir"], "evidence", "duplicates", evidence_id(office, "copy"), "--json")["matches"]
    by_finding = {m["finding_id"]: m for m in matches}
    findings = office["findings"]
    assert by_finding[findings["light"]["id"]]["kind"] == "sama"
    assert by_finding[findings["light"]["id"]]["word_overlap"] >= 0.8
    assert by_finding[findings["same"]["id"]]["kind"] == "sama"


def test_another_post_in_the_same_layout_is_not_the_same_picture(office, shots):
    # Its picture hash is closer to the light screenshot than the cropped copy's is: the words decide.
    light, other = dhash(shots["light"].image), dhash(shots["other"].image)
    copy = dhash(open_picture(resized_jpeg_cropped(shots["light"].image)))
    assert hash_distance(light, other) < hash_distance(light, copy)
    matches = ok(office["dir"], "evidence", "duplicates", evidence_id(office, "other"), "--json")["matches"]
    assert matches == []
    pairs = ok(office["dir"], "evidence", "duplicates", "--json")
    other_id = office["findings"]["other"]["id"]
    assert not [p for p in pairs if other_id in (p["first"]["finding_id"], p["second"]["finding_id"])]
    kinds = Counter(p["kind"] for p in pairs)
    assert kinds == {"berkas": 1, "sama": 2}  # light = same bytes; the copy = light, the copy = its twin


def test_a_removed_picture_no_longer_finds_its_finding(office, tmp_path):
    data_dir = tmp_path / "data"
    import shutil

    shutil.copytree(office["dir"], data_dir)
    ok(data_dir, "evidence", "remove", evidence_id(office, "dark"), "--reason", "Salah unggah")
    assert found({**office, "dir": data_dir}, "#Pilpres2024") == set()
    assert run(data_dir, "check").code == 0


def test_reading_again_keeps_one_reading_when_the_words_are_the_same(office, tmp_path):
    import shutil

    data_dir = tmp_path / "data"
    shutil.copytree(office["dir"], data_dir)
    again = ok(data_dir, "evidence", "ocr", evidence_id(office, "light"), "--json")
    assert again["done"] == 1 and again["findings"] == []  # nothing new to say
    assert len(ok(data_dir, "evidence", "text", evidence_id(office, "light"), "--json")["readings"]) == 1


# -- the queue, bad pictures, a missing engine (no OCR of real text: fast) ------------------------------------------
def test_the_queue_survives_a_restart_and_a_damaged_picture_fails_with_a_reason(tmp_path):
    data_dir = tmp_path / "data"
    assert run(data_dir, *INIT_ARGS).code == 0
    add(data_dir, tmp_path, "merah.png", png_bytes())
    broken = png_bytes()[:60]  # a PNG cut short (a failed download)
    finding = add(data_dir, tmp_path, "rusak.png", broken)
    with Store(data_dir) as store:  # a new process later: the files still wait
        assert len(readings.pending_files(store)) == 2
    result = ok(data_dir, "evidence", "ocr", "--json")
    assert (result["done"], result["failed"], result["remaining"]) == (1, 1, 0)
    failure = next(f for f in result["files"] if f["state"] == "failed")
    assert failure["sha256"] == hashlib.sha256(broken).hexdigest()
    assert re.search(r"rusak|terpotong|bukan gambar", failure["error"])
    text = ok(data_dir, "evidence", "text", finding["evidence"][0]["id"])
    assert "gagal dibaca" in text.out
    assert run(data_dir, "check").code == 0


def test_a_file_that_is_not_a_picture_is_kept_and_not_queued(tmp_path):
    data_dir = tmp_path / "data"
    assert run(data_dir, *INIT_ARGS).code == 0
    finding = add(data_dir, tmp_path, "surat.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    assert ok(data_dir, "evidence", "ocr", "--json")["done"] == 0
    assert "bukan gambar" in ok(data_dir, "evidence", "text", finding["evidence"][0]["id"]).out


def test_missing_language_data_is_one_clear_line(tmp_path):
    with pytest.raises(OcrUnavailable, match="Data bahasa OCR tidak ditemukan"):
        OcrEngine(tmp_path)


def test_a_hostile_picture_size_is_refused_before_decoding():
    import struct
    import zlib

    from netralitas_desktop.domain.errors import EvidenceError

    small = png_bytes()
    # The same file claiming 20,000 × 20,000 pixels (1.2 GB decoded): the header is all that is looked at.
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    hostile = small[:8] + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)) + small[33:]
    with pytest.raises(EvidenceError, match="terlalu besar"):
        open_picture(hostile)


def test_the_shipped_language_data_is_the_recorded_one():
    folder = resources_dir() / "tessdata"
    recorded = dict(re.findall(r"`(\w+\.traineddata)` \| [^|]+\| [\d,]+ \| `([0-9a-f]{64})`",
                               (folder / "README.md").read_text(encoding="utf-8")))
    assert set(recorded) == {"ind.traineddata", "eng.traineddata"}
    for name, sha in recorded.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha
    assert "Apache License" in (folder / "LICENSE-tessdata.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("raw", "cleaned"), [
    ("Ayo coblos nomor O2!", "Ayo coblos nomor 02!"),
    ("#CoblosO2 #Pemilu2O24", "#Coblos02 #Pemilu2024"),
    ("12rb suka  1,2jt", "12 rb suka 1,2 jt"),
    ("baris satu\n\n\nbaris dua\x0c", "baris satu\nbaris dua"),
    ("OKE Oktober", "OKE Oktober"),  # a letter O in a word stays
])
def test_reading_clean_up(raw, cleaned):
    assert clean_reading(raw) == cleaned


# -- across offices: bundles imported at the kabupaten ---------------------------------------------------------------
def test_the_same_screenshot_from_two_kecamatan_is_named_on_import_and_read_at_the_kabupaten(tmp_path, shots):
    from sync_helpers import export, import_, make_office

    toboali = make_office(tmp_path / "toboali", "kecamatan")
    lepar = make_office(tmp_path / "lepar", "kecamatan2")
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    screenshot = shots["light"].png()
    (tmp_path / "a.png").write_bytes(screenshot)
    args = ("finding", "add", "--category", "MS-SOSIALISASI", "--occurred-on", "2023-12-02", "--known-on",
            "2023-12-03", "--platform", "facebook", "--description", "Tangkapan layar terlampir.", "--subject",
            "name=Hendra Saputra;type=pns;agency=SD Negeri 3 Toboali", "--evidence", tmp_path / "a.png", "--json")
    first = ok(toboali, *args, "--region", "19.03.01.2008")
    second = ok(lepar, *args, "--region", "19.03.02.2001")
    import_(kabupaten, export(toboali, tmp_path / "toboali.nbundle")["path"], "--trust-new-device")
    report = run(kabupaten, "bundle", "import", export(lepar, tmp_path / "lepar.nbundle")["path"],
                 "--trust-new-device")
    assert report.code == 0, report.err
    assert "1 berkas sama dengan temuan yang sudah ada" in report.out
    # The kabupaten reads the pictures it received (the words stay with the kecamatan's own store too).
    read = ok(kabupaten, "evidence", "ocr", "--json")
    assert (read["done"], read["failed"]) == (1, 0)
    assert {f["id"] for f in ok(kabupaten, "finding", "list", "--search", "#Coblos02", "--json")} == {
        first["id"], second["id"]}
    matches = ok(kabupaten, "evidence", "duplicates", first["evidence"][0]["id"], "--json")["matches"]
    assert [(m["kind"], m["office"], m["finding_id"]) for m in matches] == [
        ("berkas", "Panwaslu Kecamatan Lepar", second["id"])]
    line = ok(kabupaten, "evidence", "duplicates", first["evidence"][0]["id"]).out
    assert "juga dilaporkan oleh Panwaslu Kecamatan Lepar" in line


def test_without_the_ocr_library_the_command_says_so_in_one_line_and_the_pictures_wait(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    assert run(data_dir, *INIT_ARGS).code == 0
    add(data_dir, tmp_path, "merah.png", png_bytes())
    monkeypatch.setitem(__import__("sys").modules, "tesserocr", None)  # a build without tesserocr
    result = run(data_dir, "evidence", "ocr")
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1 and "tidak tersedia" in result.err
    with Store(data_dir, readonly=True) as store:
        assert readings.queue_counts(store)[readings.PENDING] == 1


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # from reading its EXIF on adding
def test_a_decompression_bomb_and_a_non_picture_named_png_fail_alone(tmp_path):
    """A picture whose header is honest but whose pixels would fill the memory, and a text file named .png: each
    fails with its reason, the good picture beside them is read, and nothing is lost."""
    data_dir = tmp_path / "data"
    assert run(data_dir, *INIT_ARGS).code == 0
    bomb = io.BytesIO()
    Image.new("L", (12_000, 8_000), 255).save(bomb, "PNG")  # 96 MP of white: a few hundred KB compressed
    add(data_dir, tmp_path, "bom.png", bomb.getvalue())
    add(data_dir, tmp_path, "bukan.png", b"ini bukan gambar\n" * 50)
    add(data_dir, tmp_path, "merah.png", png_bytes())
    result = ok(data_dir, "evidence", "ocr", "--json")
    assert (result["done"], result["failed"], result["remaining"]) == (1, 2, 0)
    errors = sorted(f["error"] for f in result["files"] if f["state"] == "failed")
    assert "terlalu besar" in errors[1] and "bukan gambar" in errors[0], errors
    assert run(data_dir, "check").code == 0


def test_rebuilding_the_search_in_bulk_finds_what_the_readings_found(office, tmp_path):
    import shutil

    data_dir = tmp_path / "data"
    shutil.copytree(office["dir"], data_dir)
    words = ("#Coblos02", "#Pilpres2024", '"relawan.toboali"', "0812", "Prasetyo Pilpres2024", "Tangkapan")
    before = {w: found({**office, "dir": data_dir}, w) for w in words}
    with Store(data_dir) as store, store.database.transaction() as conn:
        readings.rebuild_search(conn)
    assert {w: found({**office, "dir": data_dir}, w) for w in words} == before
    assert before["#Coblos02"] == {"light", "copy", "same"} and len(before["Tangkapan"]) == 5
    assert run(data_dir, "check").code == 0
