"""The evidence vault, evidence removal as a recorded event, and `netralitas check`."""

import hashlib
import sqlite3
from datetime import datetime

from cli_helpers import png_bytes, run


def vault_files(data_dir):
    return sorted(p for p in (data_dir / "evidence").rglob("*") if p.is_file())


def test_identical_files_are_stored_once_under_their_hash(data_dir, finding_id, screenshot, tmp_path):
    copy = tmp_path / "salinan.png"
    copy.write_bytes(screenshot.read_bytes())
    assert run(data_dir, "evidence", "add", finding_id, screenshot, copy).code == 0
    digest = hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert vault_files(data_dir) == [data_dir / "evidence" / digest[:2] / digest]
    evidence = run(data_dir, "finding", "show", finding_id, "--json").json()["evidence"]
    assert [e["name"] for e in evidence] == ["Screenshot_postingan.png", "salinan.png"]
    assert {e["mime_type"] for e in evidence} == {"image/png"}
    assert evidence[0]["added_by"] == "Rina Marlina"


def test_exif_time_and_gps_are_read_from_a_photo(data_dir, finding_id, tmp_path):
    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2023:12:05 10:11:12"
    exif.get_ifd(0x8825).update({1: "S", 2: (3.0, 0.0, 36.0), 3: "E", 4: (106.0, 27.0, 0.0)})
    photo = tmp_path / "IMG_0001.jpg"
    Image.new("RGB", (40, 30), "blue").save(photo, "JPEG", exif=exif)
    assert run(data_dir, "evidence", "add", finding_id, photo).code == 0
    item = run(data_dir, "finding", "show", finding_id, "--json").json()["evidence"][0]
    assert item["mime_type"] == "image/jpeg"
    assert datetime.fromisoformat(item["exif_time"]) == datetime(2023, 12, 5, 10, 11, 12)
    assert abs(item["gps_lat"] + 3.01) < 1e-6 and abs(item["gps_lon"] - 106.45) < 1e-6


def test_removing_evidence_needs_a_reason_keeps_the_file_and_is_audited(data_dir, finding_id, screenshot):
    run(data_dir, "evidence", "add", finding_id, screenshot)
    evidence_id = run(data_dir, "finding", "show", finding_id, "--json").json()["evidence"][0]["id"]
    assert run(data_dir, "evidence", "remove", evidence_id, "--reason", " ").code == 1
    assert run(data_dir, "evidence", "remove", evidence_id, "--reason", "Salah unggah").code == 0
    shown = run(data_dir, "finding", "show", finding_id, "--json", "--audit").json()
    item = shown["evidence"][0]
    assert item["removed"] is True and item["removed_reason"] == "Salah unggah"
    assert item["removed_by"] == "Rina Marlina"
    assert len(vault_files(data_dir)) == 1
    assert [e["action"] for e in shown["audit"]][-1] == "evidence.remove"


def test_check_passes_on_a_sound_store(data_dir, finding_id, screenshot):
    run(data_dir, "evidence", "add", finding_id, screenshot)
    result = run(data_dir, "check")
    assert result.code == 0, result.out
    assert "dalam keadaan baik" in result.out


def test_check_names_a_damaged_evidence_file(data_dir, finding_id, screenshot):
    run(data_dir, "evidence", "add", finding_id, screenshot)
    [stored] = vault_files(data_dir)
    stored.write_bytes(png_bytes(color=(0, 0, 0)))
    result = run(data_dir, "check")
    assert result.code == 1
    assert f"{stored.name[:12]}" in result.out and "rusak" in result.out


def test_check_names_a_missing_evidence_file(data_dir, finding_id, screenshot):
    run(data_dir, "evidence", "add", finding_id, screenshot)
    [stored] = vault_files(data_dir)
    stored.unlink()
    result = run(data_dir, "check")
    assert result.code == 1 and "hilang" in result.out


def tamper(data_dir, *statements):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_the_audit_log_refuses_edits(data_dir, finding_id):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    try:
        conn.execute("UPDATE audit_log SET actor = 'orang lain'")
        raise AssertionError("update was allowed")
    except sqlite3.IntegrityError as err:
        assert "append-only" in str(err)
    finally:
        conn.close()


def test_check_detects_an_edited_audit_entry(data_dir, finding_id):
    tamper(data_dir, "UPDATE audit_log SET actor = 'orang lain' WHERE device_seq = 2")
    result = run(data_dir, "check")
    assert result.code == 1 and "telah diubah" in result.out


def test_check_detects_a_removed_audit_entry_in_the_middle_and_at_the_end(data_dir, finding_id):
    run(data_dir, "finding", "edit", finding_id, "--title", "Judul baru")
    tamper(data_dir, "DELETE FROM audit_log WHERE device_seq = 2")
    assert "hilang" in run(data_dir, "check").out
    tamper(data_dir, "DELETE FROM audit_log WHERE device_seq = (SELECT max(device_seq) FROM audit_log)")
    assert "entri terakhir" in run(data_dir, "check").out
