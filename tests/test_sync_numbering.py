"""Numbers unique across the organisation after sync (docs/numbering.md): a kabupaten, two of its kecamatan and a
second laptop of one of them each number Form A and register cases offline; blocks of the kabupaten's Form A series
travel down in return bundles (as the kabupaten's signed audit entries); after every bundle went up, the
kabupaten's store holds every finding once and no number twice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sync_helpers import (
    add_finding,
    clone_as_second_device,
    device_id,
    export,
    import_,
    make_office,
    office_id,
    ok,
)

from netralitas_desktop.data import numbers
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import new_id


def register(data_dir: Path, finding_id: str) -> str:
    for status in ("temuan", "teregistrasi"):
        ok(data_dir, "finding", "status", finding_id, status, "--reason", "Pleno", "--on", "2024-04-15")
    return ok(data_dir, "finding", "show", finding_id, "--json")["register_number"]


def form_a(data_dir: Path, finding_id: str) -> str:
    return ok(data_dir, "finding", "show", finding_id, "--json")["form_a_number"]


def test_numbers_of_two_kecamatan_two_laptops_and_the_kabupaten_are_unique_after_sync(tmp_path):
    kab = make_office(tmp_path / "kab", "kabupaten")
    toboali = make_office(tmp_path / "toboali", "kecamatan")
    lepar = make_office(tmp_path / "lepar", "kecamatan2")
    toboali2 = clone_as_second_device(toboali, tmp_path / "toboali2")
    # Every laptop's first bundle makes it known at the kabupaten (its devices are what blocks are given to).
    for n, laptop in enumerate((toboali, toboali2, lepar)):
        import_(kab, export(laptop, tmp_path / f"up-{n}.nbundle")["path"], "--trust-new-device")
    toboali_id, lepar_id = office_id(toboali), office_id(lepar)
    own = add_finding(kab, tmp_path, "Camat hadir di kampanye.")  # the kabupaten's own series: number 1
    given = ok(kab, "numbers", "give", toboali_id, "--count", "2", "--json")
    given += ok(kab, "numbers", "give", lepar_id, "--count", "2", "--json")
    assert {b["target_device_id"] for b in given} == {device_id(toboali), device_id(toboali2), device_id(lepar)}
    ranges = {b["target_device_id"]: (b["first"], b["last"]) for b in given}
    assert sorted(ranges.values()) == [(2, 3), (4, 5), (6, 7)]

    # The blocks go down with the return bundles; each laptop imports its office's.
    down = {toboali_id: export(kab, tmp_path / "down-toboali.nbundle", "--to", toboali_id)["path"],
            lepar_id: export(kab, tmp_path / "down-lepar.nbundle", "--to", lepar_id)["path"]}
    for laptop, office in ((toboali, toboali_id), (toboali2, toboali_id), (lepar, lepar_id)):
        import_(laptop, down[office], "--trust-new-device")
        assert list(ok(laptop, "numbers", "show", "--json")["numbers_left"].values()) == [2]
    # A block handed to the other laptop is kept but not used here; the same bundle again adds nothing.
    import_(toboali, down[toboali_id])
    assert len(ok(toboali, "numbers", "show", "--json")["blocks"]) == 2

    # Offline, every laptop writes three Form A (two from its block, then its own tagged numbers) and registers two.
    made: dict[str, list[str]] = {}
    registered: dict[str, list[str]] = {}
    for name, laptop, region in (("toboali", toboali, "19.03.01.2008"), ("toboali2", toboali2, "19.03.01.2008"),
                                 ("lepar", lepar, "19.03.02.2001"), ("kab", kab, "19.03.01.2008")):
        made[name] = [add_finding(laptop, tmp_path, f"{name} temuan {i}", region=region) for i in range(3)]
        registered[name] = [register(laptop, f) for f in made[name][:2]]
    for name, laptop in (("toboali", toboali), ("toboali2", toboali2), ("lepar", lepar)):
        first, last = ranges[device_id(laptop)]
        numbers = [form_a(laptop, f) for f in made[name]]
        assert [int(n.split("/")[0]) for n in numbers[:2]] == [first, last]  # the kabupaten's series itself
        assert all(n.split("/")[3] == numbers[0].split("/")[3] for n in numbers[:2])
        assert re.match(r"1-[0-9A-F]{6}/LHP/", numbers[2]), numbers[2]  # block used up: its own, tagged

    # Everything goes up; the kabupaten ends with every finding once and no number twice.
    for n, laptop in enumerate((toboali, toboali2, lepar)):
        import_(kab, export(laptop, tmp_path / f"up-final-{n}.nbundle")["path"])
    findings = ok(kab, "finding", "list", "--json")
    ids = {f["id"] for f in findings}
    assert {own, *[f for fs in made.values() for f in fs]} <= ids
    form_numbers = [f["form_a_number"] for f in findings if f["form_a_number"]]
    register_numbers = [f["register_number"] for f in findings if f["register_number"]]
    assert len(form_numbers) == len(findings) == 13
    assert len(set(form_numbers)) == len(form_numbers), sorted(form_numbers)
    assert len(register_numbers) == 8 and len(set(register_numbers)) == 8, sorted(register_numbers)
    # The kabupaten's own numbers continued after the blocks it gave (never inside one).
    kab_numbers = sorted(int(form_a(kab, f).split("/")[0]) for f in made["kab"])
    assert kab_numbers == [8, 9, 10]


def test_a_block_arriving_in_a_bundle_passes_the_gate(tmp_path):
    """A block travels as its issuer's signed audit entry: one that a kecamatan says it gave, or whose entry another
    device signed, is refused with the whole import (the sync authority rules already keep return bundles to
    offices above the recipient; this is the gate behind them)."""
    kab = make_office(tmp_path / "kab", "kabupaten")
    toboali = make_office(tmp_path / "toboali", "kecamatan")
    lepar = make_office(tmp_path / "lepar", "kecamatan2")
    import_(kab, export(toboali, tmp_path / "up.nbundle")["path"], "--trust-new-device")
    import_(toboali, export(kab, tmp_path / "down.nbundle", "--to", office_id(toboali))["path"],
            "--trust-new-device")
    import_(kab, export(lepar, tmp_path / "up-lepar.nbundle")["path"], "--trust-new-device")
    import_(toboali, export(kab, tmp_path / "down2.nbundle", "--to", office_id(toboali))["path"])
    kab_office, kab_device, lepar_office, lepar_device = (office_id(kab), device_id(kab), office_id(lepar),
                                                          device_id(lepar))
    with Store(toboali) as store:
        store.conn.execute("INSERT OR IGNORE INTO offices VALUES (?, 'Panwaslu Kecamatan Lepar', 'kecamatan', "
                           "'19.03.02', '', '')", (lepar_office,))
        block = {"id": new_id(), "series": "form_a", "year": store.today().year, "first": 50, "last": 51,
                 "office_code": "19.03", "target_office_id": store.office.id, "target_device_id": store.device_id,
                 "issued_at": "2026-01-05T01:00:00Z", "issued_by": "Budi"}

        def entry(office: str, device: str, **block_fields) -> dict:
            details = {**block, "issuer_office_id": office, "issuer_device_id": device, **block_fields}
            return {"action": "number_block.give", "office_id": office, "device_id": device,
                    "details": json.dumps(details)}

        with pytest.raises(ValidationError, match="hanya diberikan Bawaslu Kabupaten/Kota"):
            with store.database.transaction() as conn:
                numbers.adopt_blocks(store, conn, [entry(lepar_office, lepar_device)])
        with pytest.raises(ValidationError, match="tidak diberikan oleh perangkat yang menandatanganinya"):
            with store.database.transaction() as conn:
                numbers.adopt_blocks(store, conn, [entry(kab_office, lepar_device, issuer_device_id=kab_device)])
        with pytest.raises(ValidationError, match="Blok nomor tidak sah"):
            with store.database.transaction() as conn:
                numbers.adopt_blocks(store, conn, [entry(kab_office, kab_device, first=9, last=3)])
        assert numbers.blocks(store) == []
        with store.database.transaction() as conn:
            [kept] = numbers.adopt_blocks(store, conn, [entry(kab_office, kab_device)])
        assert (kept.first, kept.last) == (50, 51) and numbers.numbers_left(store, kept.year) == 2


def test_a_second_laptop_of_the_kabupaten_gets_its_block_from_the_keepers_bundle(tmp_path):
    kab = make_office(tmp_path / "kab", "kabupaten")
    kab2 = clone_as_second_device(kab, tmp_path / "kab2")
    import_(kab, export(kab2, tmp_path / "kab2-up.nbundle")["path"], "--trust-new-device")
    [block] = ok(kab, "numbers", "give", office_id(kab), "--count", "3", "--json")
    assert block["target_device_id"] == device_id(kab2)
    import_(kab2, export(kab, tmp_path / "kab-up.nbundle")["path"], "--trust-new-device")
    finding = add_finding(kab2, tmp_path, "Lurah hadir di kampanye.")
    assert form_a(kab2, finding).startswith(f"{block['first']}/LHP/PM.01.03/")
    assert list(ok(kab2, "numbers", "show", "--json")["numbers_left"].values()) == [2]
