"""The words read in an evidence picture travel in bundles inside the evidence record of the office that made the
evidence, signed by that office like the rest of the record (docs/bundle-format.md, section 4): a receiver finds
them by search without reading the picture itself, a relay passes them on as signed, and nobody else may say what
another office's picture reads. A real screenshot, read by the real OCR engine once for the module."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run
from phone_screens import POSTS, render
from sync_helpers import (
    Parts,
    Rogue,
    add_finding,
    clone_as_second_device,
    evidence_png,
    export,
    frozen,
    import_,
    logical_state,
    make_office,
    ok,
    plain_zip,
)

from netralitas_desktop.data import readings
from netralitas_desktop.data.store import Store

WORD = "#Coblos02"  # drawn in the screenshot, in no finding's own text


def records(bundle: Path, kind: str, receiver: Path | None = None) -> list[dict]:
    import json

    data = Parts(plain_zip(bundle, receiver)).get(f"records/{kind}.jsonl").decode()
    return [json.loads(line) for line in data.splitlines()]


def found(data_dir: Path, text: str) -> set[str]:
    return {f["id"] for f in ok(data_dir, "finding", "list", "--search", text, "--json")}


def carried_readings(data_dir: Path) -> list[tuple]:
    """The readings a store keeps that some office other than this store made (what arrived in bundles)."""
    conn = sqlite3.connect(f"file:{data_dir / 'netralitas.db'}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(
            "SELECT t.evidence_id, t.sha256, t.text, t.engine, t.made_at, t.origin_office_id, t.origin_device_id "
            "FROM evidence_texts t WHERE t.origin_office_id != (SELECT json_extract(value, '$.id') FROM settings "
            "WHERE key = 'office') ORDER BY 1, 5")]
    finally:
        conn.close()


def evidence_state(data_dir: Path) -> dict:
    state = logical_state(data_dir)
    return {k: state[k] for k in ("findings", "subjects", "evidence", "blobs", "files")}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("readings")
    toboali = make_office(root / "toboali", "kecamatan")
    screenshot = root / "Screenshot_20231203.png"
    screenshot.write_bytes(render(POSTS[0:2], theme="light", size=28, seed=1).png())
    finding = ok(toboali, "finding", "add", "--category", "MS-SOSIALISASI", "--region", "19.03.01.2008",
                 "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--platform", "facebook",
                 "--description", "Tangkapan layar unggahan terlampir.", "--subject",
                 "name=Hendra Saputra;type=pns;agency=SD Negeri 3 Toboali", "--evidence", screenshot, "--json")
    unread = Path(export(toboali, root / "toboali-1.nbundle")["path"])  # before the picture was read
    read = ok(toboali, "evidence", "ocr", "--json")
    assert (read["done"], read["failed"]) == (1, 0)
    with_reading = Path(export(toboali, root / "toboali-2.nbundle")["path"])  # the reading arrives later
    everything = Path(export(toboali, root / "toboali-full.nbundle", "--full")["path"])  # with the picture
    return {"root": root, "toboali": toboali, "finding": finding["id"], "evidence": finding["evidence"][0]["id"],
            "unread": unread, "read": with_reading, "full": everything}


def test_the_reading_is_part_of_the_origins_evidence_record_from_its_next_version(world):
    before = next(r for r in records(world["unread"], "evidence") if r["id"] == world["evidence"])
    after = next(r for r in records(world["read"], "evidence") if r["id"] == world["evidence"])
    assert "reading" not in before and before["version"] == 1  # as bundles were before readings travelled
    assert after["version"] == 2 and {k: v for k, v in after.items() if k not in ("reading", "version",
                                                                                  "attestation")} == {
        k: v for k, v in before.items() if k not in ("version", "attestation")}
    assert WORD in after["reading"]["text"] and after["reading"]["engine"].startswith("tesseract")
    assert after["attestation"] != before["attestation"]  # the new version is signed anew by its origin


def test_reading_the_same_words_again_makes_no_new_version(world, tmp_path):
    toboali = Path(shutil.copytree(world["toboali"], tmp_path / "toboali"))
    ok(toboali, "evidence", "ocr", "--all", "--json")
    conn = sqlite3.connect(f"file:{toboali / 'netralitas.db'}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version FROM evidence WHERE id = ?", (world["evidence"],)).fetchone() == (2,)
    finally:
        conn.close()


def test_only_the_device_that_added_the_evidence_puts_its_reading_in_the_record(tmp_path):
    first = make_office(tmp_path / "toboali", "kecamatan")
    add_finding(first, tmp_path, "Spanduk di depan kantor desa.", evidence=evidence_png(1))
    second = clone_as_second_device(first, tmp_path / "toboali-laptop-2")

    def carried(data_dir: Path) -> tuple:
        conn = sqlite3.connect(f"file:{data_dir / 'netralitas.db'}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT version, reading_text IS NOT NULL FROM evidence").fetchone()
        finally:
            conn.close()
    for data_dir in (second, first):
        read = ok(data_dir, "evidence", "ocr", "--json")
        assert (read["done"], read["failed"]) == (1, 0)
    assert carried(second) == (1, 0)  # its own reading, kept in its store: no second version 2 to conflict with
    assert carried(first) == (2, 1)


def test_a_receiver_finds_the_words_without_reading_the_picture_whatever_the_order(world, tmp_path):
    in_order = make_office(tmp_path / "kabupaten", "kabupaten")
    reversed_ = Path(shutil.copytree(in_order, tmp_path / "kabupaten-2"))  # the same store, to compare
    import_(in_order, world["unread"], "--trust-new-device")
    with Store(in_order, readonly=True) as store:
        assert readings.queue_counts(store)[readings.PENDING] == 1  # arrived unread: waits for its own reading
    assert found(in_order, WORD) == set()
    import_(in_order, world["read"])
    content = (evidence_state(in_order), carried_readings(in_order))
    import_(in_order, world["full"])  # the same records again, in another bundle: nothing changes
    assert (evidence_state(in_order), carried_readings(in_order)) == content
    import_(reversed_, world["full"], "--trust-new-device")
    import_(reversed_, world["read"])
    import_(reversed_, world["unread"])
    for store_dir in (in_order, reversed_):
        assert found(store_dir, WORD) == {world["finding"]}
        with Store(store_dir, readonly=True) as store:
            assert readings.queue_counts(store)[readings.PENDING] == 0  # arrived read: not queued here
        text = ok(store_dir, "evidence", "text", world["evidence"], "--json")
        assert text["state"] == "done" and [(WORD in r["text"], r["office_name"]) for r in text["readings"]] == [
            (True, "Panwaslu Kecamatan Toboali")], text
    assert logical_state(in_order) == logical_state(reversed_)
    assert carried_readings(in_order) == carried_readings(reversed_) and len(carried_readings(in_order)) == 1


def test_a_picture_that_arrived_read_is_only_hashed_by_the_queue(world, tmp_path):
    """Not read again, but hashed, so that resized or cropped copies arriving later are still found."""
    from netralitas_desktop.data import same_files
    from netralitas_desktop.sync import import_bundle

    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    with Store(kabupaten) as store:  # the import alone (the command also compares up to 100 pictures at once)
        import_bundle(store, world["full"], trust_new_device=True)
    sha = next(r for r in records(world["full"], "evidence") if r["id"] == world["evidence"])["sha256"]
    with Store(kabupaten, readonly=True) as store:
        assert sha not in same_files.picture_hashes(store)
    run_ = ok(kabupaten, "evidence", "ocr", "--json")
    assert (run_["done"], run_["failed"], run_["remaining"]) == (0, 0, 0)
    with Store(kabupaten, readonly=True) as store:
        assert len(same_files.picture_hashes(store).get(sha, "")) == 64
        assert [r.office_name for r in readings.readings_of(store, [world["evidence"]])[world["evidence"]]] == [
            "Panwaslu Kecamatan Toboali"]  # no reading of its own


def test_a_relay_passes_the_reading_on_as_signed_and_the_receiver_may_read_again(world, tmp_path):
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    provinsi = make_office(tmp_path / "provinsi", "provinsi")
    import_(kabupaten, world["full"], "--trust-new-device")
    # The kabupaten reads the picture itself too: its own reading, not a change to the kecamatan's record.
    read = ok(kabupaten, "evidence", "ocr", world["evidence"], "--json")
    assert (read["done"], read["failed"]) == (1, 0)
    up = Path(export(kabupaten, tmp_path / "up.nbundle")["path"])
    relayed = next(r for r in records(up, "evidence") if r["id"] == world["evidence"])
    origin = next(r for r in records(world["read"], "evidence") if r["id"] == world["evidence"])
    assert relayed == origin
    import_(provinsi, up, "--trust-new-device")
    assert found(provinsi, WORD) == {world["finding"]}


def test_only_the_origin_says_what_its_picture_reads(world, tmp_path):
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    provinsi = make_office(tmp_path / "provinsi", "provinsi")
    import_(kabupaten, world["full"], "--trust-new-device")
    up = Path(export(kabupaten, tmp_path / "up.nbundle")["path"])
    state = frozen(provinsi)
    for resign, message in ((False, "diubah setelah ditandatangani"), (True, "tetapi ditandatangani perangkat")):
        rogue = Rogue(kabupaten, up)

        def reword(record, resign=resign):
            record["reading"] = {**record["reading"], "text": "Tidak ada ajakan memilih."}
            if resign:
                record["version"] += 1
        rogue.edit("evidence", lambda r: r["id"] == world["evidence"], reword, resign=resign)
        result = run(provinsi, "bundle", "import", rogue.write(tmp_path / f"rogue-{resign}.nbundle"),
                     "--trust-new-device")
        assert result.code == 1 and message in result.err and result.err.count("\n") == 1, result.err
        assert frozen(provinsi) == state
