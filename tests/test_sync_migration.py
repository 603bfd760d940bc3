"""A store made before format 2 (no origin proofs, devices trusted without a fixed identity) keeps working: its
first export signs every record this device made with its own key; records it received under format 1 cannot
prove their origin and stay here until their origin office sends them again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sync_helpers import add_finding, evidence_png, export, import_, make_office, office_id, ok


def as_made_by_format_1(data_dir: Path) -> None:
    """Take away what migration 0010 added, as in a store of the previous release."""
    conn = sqlite3.connect(data_dir / "netralitas.db")
    with conn:
        for table in ("sync_record_origins", "sync_attestations", "sync_certificates", "sync_state"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("ALTER TABLE sync_devices DROP COLUMN bound_level")
        conn.execute("ALTER TABLE sync_devices DROP COLUMN bound_region")
        conn.execute("DELETE FROM schema_migrations WHERE number = 10")
    conn.close()


def test_a_format_1_store_signs_its_own_records_and_holds_back_what_it_cannot_prove(tmp_path):
    desa = make_office(tmp_path / "desa", "desa")
    kecamatan = make_office(tmp_path / "kecamatan", "kecamatan")
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    village = add_finding(desa, tmp_path, "Kepala desa hadir di deklarasi.", evidence=evidence_png(1))
    import_(kecamatan, export(desa, tmp_path / "desa.nbundle")["path"], "--trust-new-device")
    own = add_finding(kecamatan, tmp_path, "Camat memasang baliho.", evidence=evidence_png(2))
    import_(kabupaten, export(kecamatan, tmp_path / "first.nbundle")["path"], "--trust-new-device")
    for office in (kecamatan, kabupaten):
        as_made_by_format_1(office)

    ok(kecamatan, "finding", "edit", own, "--description", "Camat memasang baliho di simpang tiga.")
    result = export(kecamatan, tmp_path / "after-upgrade.nbundle", "--full")
    assert any("tidak dapat dibuktikan" in w for w in result["warnings"])  # the desa's records, from format 1
    report = import_(kabupaten, result["path"])  # the kabupaten's trust survived the migration
    assert report["applied"] and report["counts"]["findings"]["updated"] == 1
    assert ok(kabupaten, "finding", "show", own, "--json")["description"] == "Camat memasang baliho di simpang tiga."
    devices = {d["office_id"]: d for d in ok(kabupaten, "keys", "devices", "--json")}
    assert (devices[office_id(kecamatan)]["office_level"], devices[office_id(kecamatan)]["office_region"]) == \
        ("kecamatan", "19.03.01")  # the identity it was trusted for, taken over by the migration

    # The desa sends its records again: now they carry their origin's signature, and travel on.
    import_(kecamatan, export(desa, tmp_path / "desa-again.nbundle", "--full")["path"])
    relayed = export(kecamatan, tmp_path / "relayed.nbundle", "--full")
    assert relayed["warnings"] == []
    import_(kabupaten, relayed["path"])
    assert ok(kabupaten, "finding", "show", village, "--json")["origin_office_id"] == office_id(desa)
    assert ok(kabupaten, "check").code == 0
