"""Hostile offices: signed must mean authorised.

Each scenario takes an honest export of an office gone rogue, edits records, re-signs them with that office's own
keys (or tries another's) and encrypts the bundle again (`sync_helpers.Rogue`). Each is refused with one
Indonesian line and the receiving store stays byte-for-byte as it was — or, where the rule is "accept but ignore",
the bundle's honest part is imported and the forged record never appears.
"""

from __future__ import annotations

import base64
import random
import shutil
import string
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_helpers import run
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import (
    Parts,
    Rogue,
    add_finding,
    age_key,
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

from netralitas_desktop.data.keys import public_key_text
from netralitas_desktop.domain.model import new_id


@dataclass
class World:
    root: Path
    desa: Path  # Panwaslu Desa Rias, under Toboali
    toboali: Path  # a kecamatan, relays the desa
    lepar: Path  # a sibling kecamatan: the usual rogue
    kabupaten: Path  # headquarters of both
    provinsi: Path  # above the kabupaten
    lepar_next: Path  # Lepar's honest incremental bundle, not yet imported at the kabupaten
    lepar_full: Path  # Lepar's full export (its audit chain from the first entry)
    toboali_next: Path  # Toboali's honest incremental bundle (a new finding with evidence)
    down_to_toboali: Path  # the kabupaten's honest return bundle to Toboali, not yet imported there
    kabupaten_up: Path  # the kabupaten's honest bundle to the province (relays Toboali's and the desa's records)
    desa_next: Path  # the desa's honest incremental bundle for Toboali
    findings: dict  # name -> id
    states: dict  # office name -> frozen state


def _file(root: Path, name: str, data: bytes) -> Path:
    path = root / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("authority")
    desa = make_office(root / "desa", "desa")
    toboali = make_office(root / "toboali", "kecamatan")
    lepar = make_office(root / "lepar", "kecamatan2")
    kabupaten = make_office(root / "kabupaten", "kabupaten")
    provinsi = make_office(root / "provinsi", "provinsi")
    f = {}
    f["desa"] = add_finding(desa, root, "Kepala desa hadir di deklarasi.", evidence=evidence_png(1))
    import_(toboali, export(desa, root / "desa-1.nbundle")["path"], "--trust-new-device")
    ok(toboali, "finding", "status", f["desa"], "temuan", "--reason", "Diterima Panwaslu Kecamatan")
    f["toboali"] = add_finding(toboali, root, "Camat memasang baliho.", evidence=evidence_png(2))
    import_(kabupaten, export(toboali, root / "toboali-1.nbundle")["path"], "--trust-new-device")
    f["lepar"] = add_finding(lepar, root, "Guru mengunggah ajakan.", region="19.03.02.2001", evidence=evidence_png(3))
    import_(kabupaten, export(lepar, root / "lepar-1.nbundle")["path"], "--trust-new-device")
    ok(kabupaten, "finding", "status", f["toboali"], "temuan", "--reason", "Pleno Bawaslu Kabupaten")
    ok(kabupaten, "note", "add", f["toboali"], "Mohon lengkapi saksi.")
    kabupaten_up = Path(export(kabupaten, root / "kabupaten-up.nbundle")["path"])
    import_(provinsi, kabupaten_up, "--trust-new-device")
    ok(kabupaten, "finding", "status", f["toboali"], "kajian_awal", "--reason", "Kajian awal")
    kabupaten_up2 = Path(export(kabupaten, root / "kabupaten-up-2.nbundle")["path"])
    down = Path(export(kabupaten, root / "down.nbundle", "--to", office_id(toboali))["path"])
    import_(toboali, export(kabupaten, root / "down-0.nbundle", "--to", office_id(toboali), "--full")["path"],
            "--trust-new-device")

    f["lepar_next"] = add_finding(lepar, root, "Kepala desa membagikan sembako.", region="19.03.02.2001",
                                  evidence=evidence_png(4))
    lepar_next = Path(export(lepar, root / "lepar-2.nbundle")["path"])
    lepar_full = Path(export(lepar, root / "lepar-full.nbundle", "--full")["path"])
    f["toboali_next"] = add_finding(toboali, root, "Lurah ikut kampanye.", evidence=evidence_png(5))
    toboali_next = Path(export(toboali, root / "toboali-2.nbundle")["path"])
    f["desa_next"] = add_finding(desa, root, "Perangkat desa memasang spanduk.", evidence=evidence_png(6))
    desa_next = Path(export(desa, root / "desa-2.nbundle")["path"])
    states = {name: frozen(path) for name, path in (("kabupaten", kabupaten), ("toboali", toboali),
                                                     ("provinsi", provinsi))}
    return World(root, desa, toboali, lepar, kabupaten, provinsi, lepar_next, lepar_full, toboali_next, down,
                 kabupaten_up2, desa_next, f, states)


def record_of(bundle: Path, kind: str, record_id: str, receiver: Path | None = None) -> dict:
    return next(r for r in _records(bundle, kind, receiver) if r["id"] == record_id)


def _records(bundle: Path, kind: str, receiver: Path | None = None) -> list[dict]:
    import json

    data = Parts(plain_zip(bundle, receiver)).get(f"records/{kind}.jsonl").decode()
    return [json.loads(line) for line in data.splitlines()]


def _new_finding_like(template: dict, **changes) -> dict:
    record = {**template, "id": new_id(), "version": 1, "register_number": None, "register_seq": None,
              "registered_on": None, "subjects": [{**s, "id": new_id()} for s in template["subjects"]]}
    record.update(changes)
    return record


def is_(record_id: str):
    return lambda r: r.get("id") == record_id


# -- the scenarios: name -> (make the bundle, who receives it, what the refusal says) ----------------------------------
def sibling_forges_a_new_finding(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    template = rogue.records("findings")[0]
    rogue.add("offices", record_of(w.toboali_next, "offices", office_id(w.toboali)))
    rogue.add("findings", _new_finding_like(template, origin_office_id=office_id(w.toboali),
                                            description="Camat Toboali berkampanye (palsu)."))
    return rogue.write(path)


def sibling_signs_under_the_siblings_device_id(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    template = rogue.records("findings")[0]
    rogue.add("offices", record_of(w.toboali_next, "offices", office_id(w.toboali)))
    rogue.add("findings", _new_finding_like(template, origin_office_id=office_id(w.toboali),
                                            origin_device_id=device_id(w.toboali)))
    rogue.attest(claim_device=device_id(w.toboali))
    return rogue.write(path)


def forging_as_the_receiver(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    template = rogue.records("findings")[0]
    rogue.add("offices", {"id": office_id(w.kabupaten), "name": "Bawaslu Kabupaten Bangka Selatan",
                          "level": "kabupaten", "region_code": "19.03", "address": "", "office_code": "19.03"})
    rogue.add("findings", _new_finding_like(template, origin_office_id=office_id(w.kabupaten),
                                            description="Temuan atas nama kabupaten (palsu)."))
    return rogue.write(path)


def overwriting_a_siblings_finding_with_a_high_version(w: World, path: Path):
    theirs = record_of(w.toboali_next, "findings", w.findings["toboali_next"])
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.add("findings", {**theirs, "version": 99, "description": "Diubah oleh Lepar."})
    rogue.add("offices", record_of(w.toboali_next, "offices", office_id(w.toboali)))
    return rogue.write(path)


def removing_a_siblings_evidence(w: World, path: Path):
    item = next(r for r in _records(w.toboali_next, "evidence") if r["finding_id"] == w.findings["toboali_next"])
    parent = record_of(w.toboali_next, "findings", w.findings["toboali_next"])
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.add("findings", parent)
    rogue.add("offices", record_of(w.toboali_next, "offices", office_id(w.toboali)))
    rogue.add("evidence", {**item, "version": item["version"] + 1, "removed_at": "2024-01-05T08:00:00+00:00",
                           "removed_by": "Petugas Lepar", "removed_reason": "Dihapus"})
    return rogue.write(path)


def moving_a_siblings_evidence_onto_another_finding(w: World, path: Path):
    item = next(r for r in _records(Path(w.root / "toboali-1.nbundle"), "evidence")
                if r["finding_id"] == w.findings["toboali"])
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.add("evidence", {**item, "finding_id": w.findings["lepar_next"], "origin_office_id": office_id(w.lepar),
                           "origin_device_id": device_id(w.lepar), "version": item["version"] + 1})
    return rogue.write(path)


def planting_an_audit_entry_in_a_siblings_chain(w: World, path: Path):
    from netralitas_desktop.data.audit import entry_hash

    theirs = [e for e in _records(w.toboali_next, "audit") if e["device_id"] == device_id(w.toboali)]
    last = max(theirs, key=lambda e: e["device_seq"])
    planted = {**{k: v for k, v in last.items() if k != "attestation"}, "id": new_id(),
               "device_seq": last["device_seq"] + 50, "action": "finding.delete", "prev_hash": last["hash"]}
    planted["hash"] = entry_hash(planted["prev_hash"], planted)
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.add("offices", record_of(w.toboali_next, "offices", office_id(w.toboali)))
    rogue.add("audit", planted)
    return rogue.write(path)


def a_broken_first_link_in_its_own_chain(w: World, path: Path):
    from netralitas_desktop.data.audit import entry_hash

    rogue = Rogue(w.lepar, w.lepar_full)

    def rewrite(entry):
        entry["prev_hash"] = "f" * 64
        entry["hash"] = entry_hash(entry["prev_hash"], entry)
    rogue.edit("audit", lambda e: e["device_seq"] == 1 and e["device_id"] == device_id(w.lepar), rewrite)
    # Every later link is rewritten too, so that only the first link is wrong.
    entries = sorted((e for e in rogue.records("audit") if e["device_id"] == device_id(w.lepar)),
                     key=lambda e: e["device_seq"])
    for before, entry in zip(entries, entries[1:], strict=False):
        rogue.edit("audit", is_(entry["id"]), lambda e, prev=before["hash"]: (
            e.update(prev_hash=prev), e.update(hash=entry_hash(prev, e))))
        entries = sorted((e for e in rogue.records("audit") if e["device_id"] == device_id(w.lepar)),
                         key=lambda e: e["device_seq"])
    return rogue.write(path)


def rewriting_its_own_history_that_headquarters_holds(w: World, path: Path):
    from netralitas_desktop.data.audit import entry_hash

    rogue = Rogue(w.lepar, w.lepar_next)
    first = min((e for e in rogue.records("audit") if e["device_id"] == device_id(w.lepar)),
                key=lambda e: e["device_seq"])
    rogue.edit("audit", is_(first["id"]), lambda e: (e.update(prev_hash="e" * 64),
                                                     e.update(hash=entry_hash("e" * 64, e))))
    return rogue.write(path)


def a_relaying_kabupaten_alters_a_kecamatan_finding(w: World, path: Path):
    rogue = Rogue(w.kabupaten, w.kabupaten_up)
    rogue.edit("findings", is_(w.findings["toboali"]), lambda r: r.update(description="Diubah di kabupaten."),
               resign=False)
    return rogue.write(path)


def a_relaying_kabupaten_re_signs_an_altered_desa_finding(w: World, path: Path):
    rogue = Rogue(w.kabupaten, w.root / "kabupaten-up.nbundle")
    rogue.edit("findings", is_(w.findings["desa"]), lambda r: r.update(
        version=7, description="Kepala desa tidak bersalah (diubah di kabupaten)."))
    return rogue.write(path)


def a_return_bundle_plants_a_finding_of_its_own(w: World, path: Path):
    rogue = Rogue(w.kabupaten, w.down_to_toboali, w.toboali)
    template = rogue.records("findings")[0]
    rogue.add("findings", _new_finding_like(template, origin_office_id=office_id(w.kabupaten),
                                            origin_device_id=device_id(w.kabupaten)))
    return rogue.write(path, recipients=[age_key(w.toboali)])


def a_return_bundle_plants_a_finding_in_the_recipients_name(w: World, path: Path):
    rogue = Rogue(w.kabupaten, w.down_to_toboali, w.toboali)
    template = rogue.records("findings")[0]
    rogue.add("findings", _new_finding_like(template, description="Ditanam atas nama Toboali."))
    return rogue.write(path, recipients=[age_key(w.toboali)])


def a_sibling_sends_a_return_bundle(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.remove("findings", lambda r: True)
    rogue.remove("evidence", lambda r: True)
    rogue.remove("status_events", lambda r: True)
    for name, _ in list(rogue.parts.entries):
        if name.startswith("blobs/"):
            rogue.remove_blob(name[len("blobs/"):])
    return rogue.write(path, manifest_change=lambda m: m["scope"].update(destination={
        "office_id": office_id(w.kabupaten), "name": "Bawaslu Kabupaten", "region_code": "19.03"}))


def claiming(level: str, region: str):
    def make(w: World, path: Path):
        rogue = Rogue(w.lepar, w.lepar_next)
        rogue.keep_only_the_office()  # its findings would lie outside the area it claims, which the gate refuses
        rogue.edit("offices", is_(office_id(w.lepar)), lambda o: o.update(region_code=region, level=level))
        return rogue.write(path, manifest_change=lambda m: m["source"]["office"].update(region_code=region,
                                                                                        level=level))
    return make


widening_its_own_region = claiming("kabupaten", "19.03")
taking_over_a_siblings_area = claiming("kecamatan", "19.03.01")


def describing_itself_otherwise_than_in_its_manifest(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("offices", is_(office_id(w.lepar)), lambda o: o.update(region_code="19"))
    return rogue.write(path)


def _edit_lepar_finding(change):
    def make(w: World, path: Path):
        rogue = Rogue(w.lepar, w.lepar_next)
        rogue.edit("findings", is_(w.findings["lepar_next"]), change)
        return rogue.write(path)
    return make


def _subject(field, value):
    def change(record):
        record["subjects"][0][field] = value
    return change


a_finding_outside_its_offices_area = _edit_lepar_finding(lambda r: r.update(region_code="19.03.01.2008"))
impossible_date = _edit_lepar_finding(lambda r: r.update(occurred_on="2023-02-30"))
date_spelled_otherwise = _edit_lepar_finding(lambda r: r.update(known_on="20231203"))
unknown_status = _edit_lepar_finding(lambda r: r.update(status="dibatalkan_paksa"))
unknown_category = _edit_lepar_finding(lambda r: r.update(category="MS-TIKTOK-DANCE"))
unknown_region = _edit_lepar_finding(lambda r: r.update(region_code="19.99.99"))
unknown_employment_type = _edit_lepar_finding(_subject("employment_type", "raja"))
nip_in_other_digits = _edit_lepar_finding(_subject("nip", "١٩٨٥٠٣١٢٢٠١٠٠١١٠٠٤"))
terminal_escape_in_a_name = _edit_lepar_finding(_subject("name", "Hendra\x1b[31m Saputra"))
version_beyond_two_to_the_53 = _edit_lepar_finding(lambda r: r.update(version=2**63))
description_of_two_hundred_thousand_characters = _edit_lepar_finding(lambda r: r.update(
    description="".join(random.Random(7).choices(string.ascii_letters + " ", k=200_000))))


def evidence_size_beyond_any_file(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("evidence", lambda r: True, lambda r: r.update(size=2**60))
    return rogue.write(path)


READ = {"text": "nomor urut 02 #Coblos02", "engine": "tesseract 5.5.4 ind+eng", "made_at": "2024-01-04T08:00:00+00:00"}


def a_relaying_kabupaten_signs_a_reading_of_a_kecamatan_picture(w: World, path: Path):
    """Only the evidence's origin office says what its picture reads: the kabupaten's own signature does not do."""
    rogue = Rogue(w.kabupaten, w.root / "kabupaten-up.nbundle")
    rogue.edit("evidence", lambda r: r["finding_id"] == w.findings["toboali"],
               lambda r: r.update(version=r["version"] + 1, reading=dict(READ)))
    return rogue.write(path)


def a_relaying_kabupaten_slips_a_reading_into_a_signed_record(w: World, path: Path):
    rogue = Rogue(w.kabupaten, w.root / "kabupaten-up.nbundle")
    rogue.edit("evidence", lambda r: r["finding_id"] == w.findings["toboali"],
               lambda r: r.update(reading=dict(READ)), resign=False)
    return rogue.write(path)


def _own_reading(w: World, path: Path, **changes) -> Path:
    """Lepar signs a reading of its own picture (its right) that breaks the gate every reading passes."""
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("evidence", lambda r: True, lambda r: r.update(reading={**READ, **changes}))
    return rogue.write(path)


def a_reading_with_a_terminal_escape(w: World, path: Path):
    return _own_reading(w, path, text="nomor urut 02 \x1b[2J#Coblos02")


def a_reading_without_its_reader(w: World, path: Path):
    return _own_reading(w, path, engine=" ")


def a_reading_with_a_time_spelled_otherwise(w: World, path: Path):
    return _own_reading(w, path, made_at="4 Januari 2024")


def a_reading_with_a_field_of_its_own(w: World, path: Path):
    return _own_reading(w, path, confidence="0.99")


def a_reading_of_a_file_that_is_not_a_picture(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("evidence", lambda r: True, lambda r: r.update(mime_type="application/pdf", reading=dict(READ)))
    return rogue.write(path)


def a_reading_of_two_hundred_thousand_characters(w: World, path: Path):
    return _own_reading(w, path, text="#Coblos02 " * 20_000)


def evidence_size_that_is_not_the_files(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("evidence", lambda r: True, lambda r: r.update(size=0))
    return rogue.write(path)


def an_evidence_file_that_never_arrives(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    item = rogue.records("evidence")[0]
    rogue.remove_blob(item["sha256"])
    return rogue.write(path)


def a_record_nobody_signed(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    rogue.edit("findings", is_(w.findings["lepar_next"]), lambda r: r.update(title="Tanpa tanda tangan"),
               resign=False)
    return rogue.write(path)


def relaying_a_siblings_genuine_records(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    honest = Rogue(w.toboali, w.toboali_next)
    for kind in ("offices", "findings", "evidence", "status_events", "attestations"):
        for record in honest.records(kind):
            if kind != "offices" or record["id"] != office_id(w.lepar):
                rogue.add(kind, record, resign=False)
    for name, data in honest.parts.entries:
        if name.startswith("blobs/"):
            rogue.parts.entries.append((name, data))
            rogue.parts.set_manifest({**rogue.parts.manifest, "entries": rogue.parts.manifest["entries"] + [
                {"path": name, "size": len(data), "sha256": name[len("blobs/"):]}]})
    return rogue.write(path)


def certifying_a_device_for_a_sibling(w: World, path: Path):
    rogue = Rogue(w.lepar, w.lepar_next)
    fake = Ed25519PrivateKey.generate()
    toboali = record_of(w.toboali_next, "offices", office_id(w.toboali))
    rogue.add_certificate(new_id(), public_key_text(fake.public_key()), toboali)
    return rogue.write(path)


def a_tampered_copy_of_a_bundle_already_imported(w: World, path: Path):
    honest = Path(w.root / "lepar-1.nbundle")
    parts = Parts(plain_zip(honest))
    name = "records/findings.jsonl"
    parts.set(name, parts.get(name).replace(b"Guru mengunggah", b"GURU mengunggah"))  # same size
    return parts.write(path)


def a_desa_registers_a_case(w: World, path: Path):
    rogue = Rogue(w.desa, w.desa_next)
    rogue.edit("findings", is_(w.findings["desa_next"]), lambda r: r.update(
        register_number="001/TM/PL/Kec/19.03/I/2024", register_seq=1, registered_on="2024-01-04",
        status="teregistrasi"))
    return rogue.write(path)


CASES = {
    "sibling_forges_a_new_finding": (sibling_forges_a_new_finding, "kabupaten",
                                     "tetapi ditandatangani perangkat"),
    "sibling_signs_under_the_siblings_device_id": (sibling_signs_under_the_siblings_device_id, "kabupaten",
                                                   "tanda tangan atestasi"),
    "forging_as_the_receiver": (forging_as_the_receiver, "kabupaten", "tetapi ditandatangani perangkat"),
    "overwriting_a_siblings_finding_with_a_high_version": (overwriting_a_siblings_finding_with_a_high_version,
                                                           "kabupaten", "tetapi ditandatangani perangkat"),
    "removing_a_siblings_evidence": (removing_a_siblings_evidence, "kabupaten", "ditandatangani perangkat"),
    "moving_a_siblings_evidence_onto_another_finding": (moving_a_siblings_evidence_onto_another_finding,
                                                        "kabupaten", "milik kantor lain"),
    "planting_an_audit_entry_in_a_siblings_chain": (planting_an_audit_entry_in_a_siblings_chain, "kabupaten",
                                                    "ditandatangani perangkat"),
    "a_broken_first_link_in_its_own_chain": (a_broken_first_link_in_its_own_chain, "kabupaten",
                                             "tidak dimulai dari nol"),
    "rewriting_its_own_history_that_headquarters_holds": (rewriting_its_own_history_that_headquarters_holds,
                                                          "kabupaten", "log audit"),
    "a_relaying_kabupaten_alters_a_kecamatan_finding": (a_relaying_kabupaten_alters_a_kecamatan_finding,
                                                        "provinsi", "diubah setelah ditandatangani"),
    "a_relaying_kabupaten_re_signs_an_altered_desa_finding": (
        a_relaying_kabupaten_re_signs_an_altered_desa_finding, "provinsi", "tetapi ditandatangani perangkat"),
    "a_return_bundle_plants_a_finding_of_its_own": (a_return_bundle_plants_a_finding_of_its_own, "toboali",
                                                    "bukan milik kantor ini"),
    "a_return_bundle_plants_a_finding_in_the_recipients_name": (
        a_return_bundle_plants_a_finding_in_the_recipients_name, "toboali", "tetapi ditandatangani perangkat"),
    "a_sibling_sends_a_return_bundle": (a_sibling_sends_a_return_bundle, "kabupaten",
                                        "bundel balik hanya diterima dari kantor di atas"),
    "widening_its_own_region": (widening_its_own_region, "kabupaten", "kini mengaku kabupaten 19.03"),
    "describing_itself_otherwise_than_in_its_manifest": (describing_itself_otherwise_than_in_its_manifest,
                                                         "kabupaten", "berbeda dengan di records/offices.jsonl"),
    "a_finding_outside_its_offices_area": (a_finding_outside_its_offices_area, "kabupaten",
                                           "di luar wilayah Panwaslu Kecamatan Lepar"),
    "impossible_date": (impossible_date, "kabupaten", "kolom 'occurred_on': tanggal tidak ada di kalender"),
    "date_spelled_otherwise": (date_spelled_otherwise, "kabupaten", "kolom 'known_on': tanggal tidak sah"),
    "unknown_status": (unknown_status, "kabupaten", "kolom 'status': status tidak dikenal"),
    "unknown_category": (unknown_category, "kabupaten", "Kategori pelanggaran tidak dikenal"),
    "unknown_region": (unknown_region, "kabupaten", "Kode wilayah tidak dikenal"),
    "unknown_employment_type": (unknown_employment_type, "kabupaten", "jenis kepegawaian tidak dikenal"),
    "nip_in_other_digits": (nip_in_other_digits, "kabupaten", "kolom 'subjects': Terlapor ke-1: NIP harus 18 angka"),
    "terminal_escape_in_a_name": (terminal_escape_in_a_name, "kabupaten", "karakter kendali"),
    "version_beyond_two_to_the_53": (version_beyond_two_to_the_53, "kabupaten",
                                     "kolom 'version' harus bilangan bulat antara 1 dan"),
    "description_of_two_hundred_thousand_characters": (
        description_of_two_hundred_thousand_characters, "kabupaten",
        "kolom 'description': Uraian singkat kejadian terlalu panjang"),
    "evidence_size_beyond_any_file": (evidence_size_beyond_any_file, "kabupaten", "kolom 'size' harus bilangan"),
    "a_relaying_kabupaten_signs_a_reading_of_a_kecamatan_picture": (
        a_relaying_kabupaten_signs_a_reading_of_a_kecamatan_picture, "provinsi", "tetapi ditandatangani perangkat"),
    "a_relaying_kabupaten_slips_a_reading_into_a_signed_record": (
        a_relaying_kabupaten_slips_a_reading_into_a_signed_record, "provinsi", "diubah setelah ditandatangani"),
    "a_reading_with_a_terminal_escape": (a_reading_with_a_terminal_escape, "kabupaten",
                                         "kolom 'reading.text': Teks hasil baca gambar"),
    "a_reading_without_its_reader": (a_reading_without_its_reader, "kabupaten",
                                     "kolom 'reading.engine': Pembaca teks wajib disebut"),
    "a_reading_with_a_time_spelled_otherwise": (a_reading_with_a_time_spelled_otherwise, "kabupaten",
                                                "kolom 'reading.made_at'"),
    "a_reading_with_a_field_of_its_own": (a_reading_with_a_field_of_its_own, "kabupaten",
                                          "kolom tidak dikenal 'confidence' di 'reading'"),
    "a_reading_of_a_file_that_is_not_a_picture": (a_reading_of_a_file_that_is_not_a_picture, "kabupaten",
                                                  "kolom 'reading': hanya gambar yang dibaca teksnya"),
    "a_reading_of_two_hundred_thousand_characters": (a_reading_of_two_hundred_thousand_characters, "kabupaten",
                                                     "Teks hasil baca gambar terlalu panjang"),
    "evidence_size_that_is_not_the_files": (evidence_size_that_is_not_the_files, "kabupaten",
                                            "mencatat ukuran 0 bita"),
    "an_evidence_file_that_never_arrives": (an_evidence_file_that_never_arrives, "kabupaten",
                                            "yang tidak ada di bundel ini dan belum ada di sini"),
    "a_record_nobody_signed": (a_record_nobody_signed, "kabupaten", "diubah setelah ditandatangani"),
    "relaying_a_siblings_genuine_records": (relaying_a_siblings_genuine_records, "kabupaten",
                                            "yang tidak berada di bawahnya"),
    "certifying_a_device_for_a_sibling": (certifying_a_device_for_a_sibling, "kabupaten",
                                          "yang tidak berada di bawahnya"),
    "a_tampered_copy_of_a_bundle_already_imported": (a_tampered_copy_of_a_bundle_already_imported, "kabupaten",
                                                     "telah diubah"),
    "a_desa_registers_a_case": (a_desa_registers_a_case, "toboali", "tidak berwenang meregistrasi"),
}


def test_at_least_twenty_hostile_scenarios():
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_bundle_is_refused_and_the_store_is_unchanged(world, name, tmp_path):
    make, receiver_name, message = CASES[name]
    receiver = getattr(world, receiver_name)
    path = make(world, tmp_path / f"{name}.nbundle")
    result = run(receiver, "bundle", "import", path)
    assert result.code == 1, f"{name} was accepted:\n{result.out}"
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    assert message in result.err, result.err
    verify = run(receiver, "bundle", "verify", path)
    assert verify.code == 1 and message in verify.err, verify.err
    assert frozen(receiver) == world.states[receiver_name]


# -- accepted, but the forged part ignored -----------------------------------------------------------------------------
def test_a_forgery_in_the_receivers_name_by_an_unknown_device_is_ignored(world, tmp_path):
    hq = tmp_path / "hq"
    shutil.copytree(world.kabupaten, hq)
    rogue = Rogue(world.lepar, world.lepar_next)
    fake = Ed25519PrivateKey.generate()
    fake_device = new_id()
    kabupaten = {"id": office_id(hq), "level": "kabupaten", "region_code": "19.03"}
    rogue.add_certificate(fake_device, public_key_text(fake.public_key()), kabupaten)
    template = rogue.records("findings")[0]
    described = rogue.add("offices", {**kabupaten, "name": "Bawaslu Kabupaten (diganti)", "address": "",
                                      "office_code": "19.03"}, resign=False)
    planted = rogue.add("findings", _new_finding_like(template, origin_office_id=office_id(hq),
                                                      origin_device_id=fake_device), resign=False)
    rogue.changed = [("offices", described), ("findings", planted)]
    rogue.attest(claim_device=fake_device, key=fake)
    report = import_(hq, rogue.write(tmp_path / "planted.nbundle"))
    assert report["applied"] and report["counts"]["findings"]["ignored"] == 1
    assert report["counts"]["offices"]["ignored"] == 1
    assert report["counts"]["findings"]["added"] == 1  # Lepar's genuine new finding
    assert run(hq, "finding", "show", planted["id"]).code == 1
    assert run(hq, "finding", "show", world.findings["lepar_next"]).code == 0
    assert ok(hq, "check").code == 0


def test_after_a_refused_overwrite_the_owners_real_edit_wins(world, tmp_path):
    hq, toboali = tmp_path / "hq", tmp_path / "toboali"
    shutil.copytree(world.kabupaten, hq)
    shutil.copytree(world.toboali, toboali)
    forged = overwriting_a_siblings_finding_with_a_high_version(world, tmp_path / "forged.nbundle")
    assert run(hq, "bundle", "import", forged).code == 1
    import_(hq, world.toboali_next)
    ok(toboali, "finding", "edit", world.findings["toboali_next"], "--description", "Lurah ikut kampanye (v2).")
    import_(hq, export(toboali, tmp_path / "edit.nbundle")["path"])
    shown = ok(hq, "finding", "show", world.findings["toboali_next"], "--json")
    assert shown["description"] == "Lurah ikut kampanye (v2)." and shown["version"] == 2
    assert ok(hq, "bundle", "conflicts", "--json") == []


def test_region_widening_needs_an_explicit_re_trust_and_return_bundles_follow_the_binding(world, tmp_path):
    hq = tmp_path / "hq"
    shutil.copytree(world.kabupaten, hq)
    widened = taking_over_a_siblings_area(world, tmp_path / "widened.nbundle")
    before = frozen(hq)
    with_trust = run(hq, "bundle", "import", widened, "--trust-new-device")
    assert with_trust.code == 1 and "--retrust" in with_trust.err and "19.03.02" in with_trust.err
    assert frozen(hq) == before
    verified = ok(hq, "bundle", "verify", widened, "--json")
    change = verified["identity_changes"][0]
    assert change["old"] == {"level": "kecamatan", "region_code": "19.03.02"}
    assert change["new"] == {"level": "kecamatan", "region_code": "19.03.01"}
    assert not verified["device_known"]
    # The ordinary return bundle to Lepar still selects by what Lepar was trusted for.
    down = export(hq, tmp_path / "down.nbundle", "--to", office_id(world.lepar), "--full")
    parents = {r["id"] for r in _records(Path(down["path"]), "findings", world.lepar)}
    assert world.findings["toboali"] not in parents and world.findings["desa"] not in parents
    # Re-trusted explicitly, the new identity holds.
    report = import_(hq, widened, "--retrust")
    assert report["retrusted"]
    devices = {d["office_id"]: d for d in ok(hq, "keys", "devices", "--json")}
    assert devices[office_id(world.lepar)]["office_region"] == "19.03.01"


def test_a_higher_level_cannot_remove_a_field_offices_evidence(world, tmp_path):
    hq = tmp_path / "hq"
    shutil.copytree(world.kabupaten, hq)
    item = ok(hq, "finding", "show", world.findings["toboali"], "--json")["evidence"][0]
    refused = run(hq, "evidence", "remove", item["id"], "--reason", "Tidak relevan")
    assert refused.code == 1 and "milik kantor lain" in refused.err
    more = tmp_path / "lain.png"
    more.write_bytes(evidence_png(9))
    refused = run(hq, "evidence", "add", world.findings["toboali"], more)
    assert refused.code == 1 and "milik kantor lain" in refused.err
    ok(hq, "note", "add", world.findings["toboali"], "Mohon hapus bukti yang tidak relevan.")


def test_a_desa_office_does_not_register_cases(world, tmp_path):
    desa = tmp_path / "desa"
    shutil.copytree(world.desa, desa)
    finding = world.findings["desa_next"]
    ok(desa, "finding", "status", finding, "temuan", "--reason", "Ditetapkan")
    ok(desa, "finding", "status", finding, "kajian_awal", "--reason", "Kajian awal")
    refused = run(desa, "finding", "status", finding, "teregistrasi", "--reason", "Registrasi")
    assert refused.code == 1 and "tidak meregistrasi" in refused.err


def test_evidence_from_a_file_that_reports_size_zero_keeps_its_true_size(world, tmp_path):
    office = tmp_path / "lepar"
    shutil.copytree(world.lepar, office)
    source = Path("/proc/version")
    if not source.exists() or source.stat().st_size != 0:
        pytest.skip("needs a /proc file that reports size 0")
    ok(office, "evidence", "add", world.findings["lepar_next"], source)
    item = next(e for e in ok(office, "finding", "show", world.findings["lepar_next"], "--json")["evidence"]
                if e["name"] == "version")
    assert item["size"] > 0
    hq = tmp_path / "hq"
    shutil.copytree(world.kabupaten, hq)
    import_(hq, world.lepar_next)
    import_(hq, export(office, tmp_path / "proc.nbundle")["path"])
    assert ok(hq, "check").code == 0


def test_the_origin_proofs_travel_two_levels_up(world, tmp_path):
    """The province never met the desa or Toboali, yet checks their records through the certificates."""
    province = make_office(tmp_path / "provinsi", "provinsi")
    first = world.root / "kabupaten-up.nbundle"
    report = import_(province, first, "--trust-new-device")
    assert report["applied"] and report["counts"]["findings"]["added"] == 3
    shown = ok(province, "finding", "show", world.findings["desa"], "--json")
    assert shown["origin_office_id"] == office_id(world.desa)
    assert {d["office_id"] for d in ok(province, "keys", "devices", "--json")} == {office_id(world.kabupaten)}
    certificates = _records(first, "certificates")
    assert {c["office_id"] for c in certificates} >= {office_id(world.toboali), office_id(world.desa)}
    assert all(base64.b64decode(c["signature"]) for c in certificates)


def test_a_record_signed_in_a_non_canonical_form_is_taken_from_its_origin_but_not_relayed(world, tmp_path):
    """The importer hashes a record's bytes as written when its attestation lists them; a rogue that signs other
    bytes than the canonical JSON gets its own record in, but no relay can pass it on as signed."""
    import hashlib
    import json

    from netralitas_desktop.sync.format import ATTESTATION_PREFIX, canonical_json, record_digest, signed_bytes

    hq = tmp_path / "hq"
    shutil.copytree(world.kabupaten, hq)
    rogue = Rogue(world.lepar, world.lepar_next)
    lines = rogue.parts.get("records/findings.jsonl").decode().splitlines()
    record = json.loads(lines[0])
    content = canonical_json({k: v for k, v in record.items() if k != "attestation"}).replace('","', '", "', 1)
    attestation = new_id()
    statement = {"id": attestation, "device_id": device_id(world.lepar), "signed_at": "2024-01-05T08:00:00+00:00",
                 "digests": [record_digest("findings", hashlib.sha256(content.encode()).hexdigest())]}
    statement["signature"] = base64.b64encode(rogue.key.sign(signed_bytes(ATTESTATION_PREFIX, statement))).decode()
    lines[0] = f'{{"attestation":"{attestation}",{content[1:]}'
    rogue.parts.set("records/findings.jsonl", ("\n".join(lines) + "\n").encode())
    rogue.add("attestations", statement, resign=False)
    report = import_(hq, rogue.write(tmp_path / "tidak-kanonik.nbundle"))
    assert report["counts"]["findings"]["added"] == 1
    assert ok(hq, "finding", "show", record["id"], "--json")["description"] == record["description"]
    relayed = export(hq, tmp_path / "naik.nbundle")
    assert any("tidak dapat dibuktikan" in w for w in relayed["warnings"])
    assert record["id"] not in {r["id"] for r in _records(Path(relayed["path"]), "findings")}
