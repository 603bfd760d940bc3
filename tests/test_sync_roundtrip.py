"""Bundles between real stores: up a level, back down, through three levels, incremental, conflicts, trust."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pyrage
import pytest
from cli_helpers import run, store_snapshot
from sync_helpers import (
    Parts,
    add_finding,
    age_key,
    clone_as_second_device,
    device_id,
    evidence_png,
    export,
    frozen,
    import_,
    make_office,
    office_id,
    ok,
    plain_zip,
)

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import Cancelled
from netralitas_desktop.sync import (
    UntrustedDeviceError,
    create_device_keys,
    export_bundle,
    import_bundle,
    inspect_bundle,
    list_conflicts,
)


@pytest.fixture
def kecamatan(tmp_path):
    return make_office(tmp_path / "kecamatan", "kecamatan")


@pytest.fixture
def kabupaten(tmp_path):
    return make_office(tmp_path / "kabupaten", "kabupaten")


def shown(data_dir, finding_id) -> dict:
    return ok(data_dir, "finding", "show", finding_id, "--json")


# -- keys ---------------------------------------------------------------------------------------------------------
def test_init_makes_private_keys_readable_only_by_the_owner(kecamatan):
    folder = kecamatan / "keys"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("device-signing.pem", "age-identity.txt"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    keys = ok(kecamatan, "keys", "show", "--json")
    assert keys["device_id"] == device_id(kecamatan)
    assert keys["age_recipient"].startswith("age1")
    assert len(keys["fingerprint"].split()) == 8
    text = ok(kecamatan, "keys", "show").out
    assert keys["fingerprint"] in text and "SECRET" not in text and "PRIVATE" not in text


def test_set_recipient_checks_the_key(kecamatan, kabupaten):
    bad = run(kecamatan, "keys", "set-recipient", "age1bukankunci")
    assert bad.code == 1 and bad.err.startswith("galat: Kunci penerima tidak sah")
    secret = (kabupaten / "keys" / "age-identity.txt").read_text().splitlines()[-1]
    refused = run(kecamatan, "keys", "set-recipient", secret)
    assert refused.code == 1 and "RAHASIA" in refused.err
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten), "--name", "Bawaslu Kabupaten Bangka Selatan")
    assert ok(kecamatan, "keys", "show", "--json")["recipients"] == [
        {"name": "Bawaslu Kabupaten Bangka Selatan", "key": age_key(kabupaten)}]
    ok(kecamatan, "keys", "remove-recipient", "Bawaslu Kabupaten Bangka Selatan")
    assert ok(kecamatan, "keys", "show", "--json")["recipients"] == []


def test_the_headquarters_key_from_the_settings_dialog_is_used_too(kecamatan, kabupaten, tmp_path):
    ok(kecamatan, "settings", "set", "hq_recipient", age_key(kabupaten))  # what the settings dialog writes
    assert [r["key"] for r in ok(kecamatan, "keys", "show", "--json")["recipients"]] == [age_key(kabupaten)]
    add_finding(kecamatan, tmp_path, "Satu.")
    bundle = export(kecamatan, tmp_path / "satu.nbundle")
    assert bundle["encrypted"] and bundle["recipients"] == [age_key(kabupaten)]
    assert import_(kabupaten, bundle["path"], "--trust-new-device")["applied"]
    ok(kecamatan, "keys", "remove-recipient", age_key(kabupaten))
    assert ok(kecamatan, "keys", "show", "--json")["recipients"] == []


# -- up and down --------------------------------------------------------------------------------------------------
def test_round_trip_to_the_level_above(kecamatan, kabupaten, tmp_path):
    first = add_finding(kecamatan, tmp_path, "Mengunggah ajakan memilih.", evidence=evidence_png(1))
    second = add_finding(kecamatan, tmp_path, "Memasang spanduk.", evidence=evidence_png(2))
    ok(kecamatan, "finding", "status", first, "temuan", "--reason", "Pleno 4 Desember")
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten))
    bundle = tmp_path / "toboali-1.nbundle"
    result = export(kecamatan, bundle)
    assert result["encrypted"] and result["counts"]["findings"] == 2 and result["counts"]["blobs"] == 2
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1")
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == result["sha256"]

    # Private keys never travel: not in the (decrypted) bundle.
    inside = plain_zip(bundle, kabupaten)
    for name in ("device-signing.pem", "age-identity.txt"):
        secret = (kecamatan / "keys" / name).read_text().strip().splitlines()[-2 if name.endswith("pem") else -1]
        assert secret.encode() not in inside

    refused = run(kabupaten, "bundle", "import", bundle)
    assert refused.code == 1 and "belum dikenal" in refused.err
    assert ok(kecamatan, "keys", "show", "--json")["fingerprint"] in refused.err

    receipt = tmp_path / "tanda-terima.txt"
    report = import_(kabupaten, bundle, "--trust-new-device", "--receipt", receipt)
    assert report["applied"] and report["counts"]["findings"]["added"] == 2
    assert report["evidence_files"] == 2 and report["source_office"]["name"] == "Panwaslu Kecamatan Toboali"
    text = receipt.read_text()
    assert "TANDA TERIMA" in text and result["sha256"] in text and "Panwaslu Kecamatan Toboali" in text

    for finding_id in (first, second):
        here, there = shown(kecamatan, finding_id), shown(kabupaten, finding_id)
        for key in ("deadline",):
            here.pop(key), there.pop(key)
        assert here == there  # every field, subjects, evidence, history and origin
        assert there["origin_office_id"] == office_id(kecamatan)
        for item in there["evidence"]:
            assert (kabupaten / "evidence" / item["sha256"][:2] / item["sha256"]).read_bytes() == \
                   (kecamatan / "evidence" / item["sha256"][:2] / item["sha256"]).read_bytes()
    assert ok(kabupaten, "finding", "list", "--search", "spanduk", "--json")[0]["id"] == second
    assert ok(kabupaten, "check").code == 0

    # Importing again changes nothing at all, not even the database file.
    before = frozen(kabupaten)
    again = import_(kabupaten, bundle)
    assert not again["applied"] and again["already_imported"]
    assert frozen(kabupaten) == before


def test_incremental_export_carries_only_changes_and_new_evidence(kecamatan, kabupaten, tmp_path):
    first = add_finding(kecamatan, tmp_path, "Pertama.", evidence=evidence_png(1))
    add_finding(kecamatan, tmp_path, "Kedua.", evidence=evidence_png(2))
    one = export(kecamatan, tmp_path / "1.nbundle")
    assert one["counts"]["findings"] == 2 and not one["encrypted"]
    nothing = export(kecamatan, tmp_path / "2.nbundle")
    assert nothing["counts"]["findings"] == 0 and nothing["counts"]["blobs"] == 0
    assert nothing["counts"]["audit"] == 1  # only the previous export's own audit entry

    ok(kecamatan, "finding", "edit", first, "--description", "Pertama, diperbaiki.")
    # The same file again as evidence of another finding: the row travels, the file was sent already.
    third = add_finding(kecamatan, tmp_path, "Ketiga.", evidence=evidence_png(1))
    three = export(kecamatan, tmp_path / "3.nbundle")
    assert three["counts"]["findings"] == 2 and three["counts"]["evidence"] == 1 and three["counts"]["blobs"] == 0
    full = export(kecamatan, tmp_path / "4.nbundle", "--full")
    assert full["counts"]["findings"] == 3 and full["counts"]["blobs"] == 2

    ledger = ok(kecamatan, "bundle", "ledger", "--json")["exports"]
    assert [e["sequence"] for e in ledger] == [1, 2, 3, 4]
    assert [e["full"] for e in ledger] == [False, False, False, True]
    assert ledger[2]["counts"]["findings"] == 2 and len(ledger[2]["sha256"]) == 64

    for name in ("1", "2", "3"):
        import_(kabupaten, tmp_path / f"{name}.nbundle", "--trust-new-device")
    assert shown(kabupaten, first)["description"] == "Pertama, diperbaiki."
    assert shown(kabupaten, first)["version"] == 2
    assert len(shown(kabupaten, third)["evidence"]) == 1
    before = frozen(kabupaten)
    report = import_(kabupaten, tmp_path / "4.nbundle")  # everything in it is here already
    assert report["counts"]["findings"] == {"added": 0, "updated": 0, "unchanged": 3, "conflicts": 0, "ignored": 0}
    assert frozen(kabupaten)[2] != before[2]  # a new bundle is recorded (ledger, audit) …
    assert [f["id"] for f in ok(kabupaten, "finding", "list", "--json")] == \
           [f["id"] for f in ok(kecamatan, "finding", "list", "--json")]  # … but no record changed


def test_return_bundle_brings_decisions_and_notes_back_down(kecamatan, kabupaten, tmp_path):
    lepar = make_office(tmp_path / "lepar", "kecamatan2")
    ours = add_finding(kecamatan, tmp_path, "Temuan Toboali.", evidence=evidence_png(3))
    theirs = add_finding(lepar, tmp_path, "Temuan Lepar.", region="19.03.02.2001")
    import_(kabupaten, export(kecamatan, tmp_path / "up.nbundle")["path"], "--trust-new-device")
    import_(kabupaten, export(lepar, tmp_path / "up-lepar.nbundle")["path"], "--trust-new-device")

    # The kabupaten does not edit a kecamatan's finding: it adds a status event and a note.
    refused = run(kabupaten, "finding", "edit", ours, "--description", "Diubah di kabupaten.")
    assert refused.code == 1 and "milik kantor lain" in refused.err
    ok(kabupaten, "finding", "status", ours, "temuan", "--reason", "Pleno Bawaslu Kabupaten 5 Desember")
    ok(kabupaten, "note", "add", ours, "Mohon lengkapi keterangan saksi.")

    down = export(kabupaten, tmp_path / "down.nbundle", "--to", "19.03.01")
    assert down["destination"]["name"] == "Panwaslu Kecamatan Toboali"
    assert down["encrypted"], "a return bundle is encrypted to the devices known for that office"
    # Only what the kabupaten added, with its finding as the parent; not Toboali's own events and evidence.
    assert {k: down["counts"][k] for k in ("findings", "status_events", "notes", "evidence", "blobs")} == \
        {"findings": 1, "status_events": 1, "notes": 1, "evidence": 0, "blobs": 0}
    with pytest.raises(pyrage.DecryptError):  # the Lepar office's key cannot open Toboali's return bundle
        plain_zip(tmp_path / "down.nbundle", lepar)

    report = import_(kecamatan, tmp_path / "down.nbundle", "--trust-new-device")
    assert report["counts"]["status_events"]["added"] == 1 and report["counts"]["notes"]["added"] == 1
    history = shown(kecamatan, ours)["history"]
    assert history[-1]["reason"] == "Pleno Bawaslu Kabupaten 5 Desember"
    assert history[-1]["origin_office_id"] == office_id(kabupaten)
    notes = ok(kecamatan, "note", "list", ours, "--json")
    assert notes[0]["text"] == "Mohon lengkapi keterangan saksi." and notes[0]["author"] == "Budi Santoso"
    assert run(kecamatan, "finding", "show", theirs).code == 1  # Lepar's finding stayed with Lepar
    assert ok(kecamatan, "check").code == 0

    # Going up again does not send the kabupaten its own decisions back.
    up_again = export(kecamatan, tmp_path / "up-2.nbundle")
    assert up_again["counts"]["status_events"] == 0 and up_again["counts"]["notes"] == 0


def test_relay_through_three_levels_keeps_each_records_origin(tmp_path):
    desa = make_office(tmp_path / "desa", "desa")
    kecamatan = make_office(tmp_path / "kecamatan", "kecamatan")
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    village = add_finding(desa, tmp_path, "Kepala desa hadir di deklarasi.", evidence=evidence_png(5))
    ok(desa, "keys", "set-recipient", age_key(kecamatan))
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten))

    import_(kecamatan, export(desa, tmp_path / "desa.nbundle")["path"], "--trust-new-device")
    ok(kecamatan, "finding", "status", village, "temuan", "--reason", "Diterima Panwaslu Kecamatan")
    own = add_finding(kecamatan, tmp_path, "Camat memasang baliho.", evidence=evidence_png(6))
    up = export(kecamatan, tmp_path / "kecamatan.nbundle")
    assert up["counts"]["findings"] == 2 and up["counts"]["blobs"] == 2  # relayed evidence goes up too

    # The kabupaten trusts the kecamatan only; the desa's records come with it, origin intact.
    report = import_(kabupaten, tmp_path / "kecamatan.nbundle", "--trust-new-device")
    assert report["counts"]["findings"]["added"] == 2
    relayed = shown(kabupaten, village)
    assert relayed["origin_office_id"] == office_id(desa)
    assert relayed["origin_device_id"] == device_id(desa)
    assert relayed["evidence"][0]["origin_office_id"] == office_id(desa)
    assert {e["origin_office_id"] for e in relayed["history"]} == {office_id(desa), office_id(kecamatan)}
    assert shown(kabupaten, own)["origin_office_id"] == office_id(kecamatan)
    devices = ok(kabupaten, "keys", "devices", "--json")
    assert [d["device_id"] for d in devices] == [device_id(kecamatan)]
    assert ok(kabupaten, "check").code == 0

    # And the decision travels back down the same two steps.
    ok(kabupaten, "finding", "status", village, "kajian_awal", "--reason", "Kajian awal Bawaslu Kabupaten")
    import_(kecamatan, export(kabupaten, tmp_path / "k-down.nbundle", "--to", office_id(kecamatan))["path"],
            "--trust-new-device")
    down = export(kecamatan, tmp_path / "d-down.nbundle", "--to", office_id(desa))
    import_(desa, down["path"], "--trust-new-device")
    reasons = [e["reason"] for e in shown(desa, village)["history"]]
    assert reasons[-2:] == ["Diterima Panwaslu Kecamatan", "Kajian awal Bawaslu Kabupaten"]
    assert ok(desa, "check").code == 0


# -- conflicts and trust --------------------------------------------------------------------------------------------
def test_same_version_with_other_content_is_a_conflict_kept_and_resolved_by_the_owner(kecamatan, kabupaten,
                                                                                        tmp_path):
    finding = add_finding(kecamatan, tmp_path, "Asli.")
    import_(kabupaten, export(kecamatan, tmp_path / "0.nbundle")["path"], "--trust-new-device")
    laptop2 = clone_as_second_device(kecamatan, tmp_path / "laptop2")
    ok(kecamatan, "finding", "edit", finding, "--description", "Versi laptop pertama.")
    ok(laptop2, "finding", "edit", finding, "--description", "Versi laptop kedua.")
    one = export(kecamatan, tmp_path / "1.nbundle")["path"]
    two = export(laptop2, tmp_path / "2.nbundle")["path"]

    import_(kabupaten, one)
    report = import_(kabupaten, two, "--trust-new-device")
    assert report["counts"]["findings"]["conflicts"] == 1
    conflicts = ok(kabupaten, "bundle", "conflicts", "--json")
    assert len(conflicts) == 1 and "description" in conflicts[0]["differences"]
    kept = {conflicts[0]["current"]["description"], conflicts[0]["incoming"]["description"]}
    assert kept == {"Versi laptop pertama.", "Versi laptop kedua."}  # both versions kept, none lost
    assert import_(kabupaten, two)["counts"]["findings"]["conflicts"] == 0  # not counted twice

    refused = run(kabupaten, "bundle", "resolve", conflicts[0]["id"], "--keep", "incoming")
    assert refused.code == 1 and "kantor asal" in refused.err
    ok(kabupaten, "bundle", "resolve", conflicts[0]["id"][:8], "--keep", "both")
    assert ok(kabupaten, "bundle", "conflicts", "--json") == []
    assert len(ok(kabupaten, "bundle", "conflicts", "--all", "--json")) == 1

    # The owner office decides: it takes the second laptop's text as a new version, which wins everywhere.
    import_(kecamatan, two, "--trust-new-device")
    at_owner = ok(kecamatan, "bundle", "conflicts", "--json")
    assert len(at_owner) == 1
    ok(kecamatan, "bundle", "resolve", at_owner[0]["id"], "--keep",
       "incoming" if at_owner[0]["incoming"]["description"] == "Versi laptop kedua." else "current")
    assert shown(kecamatan, finding)["description"] == "Versi laptop kedua."
    assert shown(kecamatan, finding)["version"] == 3
    import_(kabupaten, export(kecamatan, tmp_path / "3.nbundle")["path"])
    assert shown(kabupaten, finding)["description"] == "Versi laptop kedua."
    assert ok(kabupaten, "bundle", "conflicts", "--json") == []


def test_a_known_device_with_a_new_key_is_refused(kecamatan, kabupaten, tmp_path):
    add_finding(kecamatan, tmp_path, "Satu.")
    import_(kabupaten, export(kecamatan, tmp_path / "1.nbundle")["path"], "--trust-new-device")
    # Someone makes new keys under the same device id (a forged or re-installed laptop).
    import shutil

    shutil.rmtree(kecamatan / "keys")
    create_device_keys(kecamatan, device_id(kecamatan))
    add_finding(kecamatan, tmp_path, "Dua.")
    forged = export(kecamatan, tmp_path / "2.nbundle")["path"]
    before = frozen(kabupaten)
    for flags in ((), ("--trust-new-device",)):
        refused = run(kabupaten, "bundle", "import", forged, *flags)
        assert refused.code == 1 and "sudah dikenal dengan kunci lain" in refused.err
    assert run(kabupaten, "bundle", "verify", forged).code == 1
    assert frozen(kabupaten) == before
    # After checking by phone, the headquarters forgets the old key and trusts the new one.
    ok(kabupaten, "keys", "forget", device_id(kecamatan)[:8])
    assert import_(kabupaten, forged, "--trust-new-device")["counts"]["findings"]["added"] == 1


# -- the API the GUI uses ---------------------------------------------------------------------------------------------
def test_inspect_previews_exactly_what_import_does_and_cancel_leaves_nothing(kecamatan, kabupaten, tmp_path):
    for n in range(3):
        add_finding(kecamatan, tmp_path, f"Temuan {n}.", evidence=evidence_png(10 + n))
    with Store(kecamatan) as store:
        with pytest.raises(Cancelled):
            export_bundle(store, tmp_path / "batal.nbundle", cancelled=lambda: True)
        assert not list(tmp_path.glob("*batal*")) and not list(tmp_path.glob(".*tmp"))
        seen = []
        result = export_bundle(store, tmp_path, recipients=[age_key(kabupaten)],
                               progress=lambda done, total: seen.append((done, total)))
    assert result.path.parent == tmp_path and result.path.suffix == ".nbundle"
    assert seen[-1] == (1000, 1000) and [d for d, _ in seen] == sorted(d for d, _ in seen)

    before = frozen(kabupaten)
    with Store(kabupaten) as store:
        plan = inspect_bundle(store, result.path)
        assert not plan.device_known and plan.fingerprint == ok(kecamatan, "keys", "show", "--json")["fingerprint"]
        assert plan.counts["findings"].added == 3 and plan.evidence_files == 3 and plan.changes
        with pytest.raises(UntrustedDeviceError) as refused:
            import_bundle(store, result.path)
        assert "belum dikenal" in str(refused.value)
        calls = []

        def cancel_late() -> bool:
            calls.append(1)
            return len(calls) > 20
        with pytest.raises(Cancelled):
            import_bundle(store, result.path, trust_new_device=True, cancelled=cancel_late)
    assert frozen(kabupaten) == before
    assert not list((kabupaten / "sync-tmp").iterdir())

    with Store(kabupaten) as store:
        report = import_bundle(store, result.path, trust_new_device=True)
        assert report.counts["findings"].added == plan.counts["findings"].added
        assert report.evidence_files == plan.evidence_files
        assert list_conflicts(store) == []
    assert store_snapshot(kabupaten)[1]  # the evidence files arrived


def test_records_travel_in_the_shape_the_store_writes_back(kecamatan, tmp_path):
    """Both ends hash the same content: an exported finding is already normalised (defaults filled)."""
    import json
    import sqlite3

    from netralitas_desktop.sync.records import checked_record, normalized_finding, split_attestation

    finding = add_finding(kecamatan, tmp_path, "Bentuk catatan.", evidence=evidence_png(7))
    conn = sqlite3.connect(kecamatan / "netralitas.db")
    with conn:  # an older row whose body lacks a field the store knows today
        body = json.loads(conn.execute("SELECT body FROM findings WHERE id = ?", (finding,)).fetchone()[0])
        body.pop("sanction")
        conn.execute("UPDATE findings SET body = ? WHERE id = ?", (json.dumps(body), finding))
    conn.close()
    bundle = export(kecamatan, tmp_path / "bentuk.nbundle")
    parts = Parts(plain_zip(Path(bundle["path"])))
    record = json.loads(parts.get("records/findings.jsonl").decode().splitlines()[0])
    assert record["body"]["sanction"] == ""
    content, attestation = split_attestation(checked_record("findings", record))
    assert attestation and {**content, "attestation": attestation} == record
    assert content == normalized_finding(content)



def test_a_finding_without_the_newer_form_fields_keeps_its_origin_signature_on_relay(tmp_path):
    """A writer that did not know the form fields yet signs its finding without them: the receiver fills in the
    defaults, and still checks (and relays) the record as its origin signed it."""
    from sync_helpers import Rogue

    from netralitas_desktop.sync.records import FILLED_ON_READING

    kecamatan = make_office(tmp_path / "kecamatan", "kecamatan")
    kabupaten = make_office(tmp_path / "kabupaten", "kabupaten")
    provinsi = make_office(tmp_path / "provinsi", "provinsi")
    finding = add_finding(kecamatan, tmp_path, "Tanpa kolom formulir.")
    older = Rogue(kecamatan, Path(export(kecamatan, tmp_path / "baru.nbundle")["path"]))
    older.edit("findings", lambda r: r["id"] == finding,
               lambda r: r.update(body={k: v for k, v in r["body"].items() if k not in FILLED_ON_READING}))
    report = import_(kabupaten, older.write(tmp_path / "lama.nbundle"), "--trust-new-device")
    assert report["counts"]["findings"]["added"] == 1
    assert shown(kabupaten, finding)["activities"] == []
    relayed = export(kabupaten, tmp_path / "naik.nbundle")
    assert import_(provinsi, relayed["path"], "--trust-new-device")["counts"]["findings"]["added"] == 1
    assert shown(provinsi, finding)["description"] == "Tanpa kolom formulir."
