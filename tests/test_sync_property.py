"""Headquarters may receive bundles in any order, some twice, one of them forged: every order must leave the same
store, and the forger's records never appear.

Three field offices — a desa, its kecamatan (which relays the desa's bundles, and has a second laptop) and a
sibling kecamatan gone rogue — send bundles that overlap, relay, conflict and depend on each other's evidence
files. A bundle refused because a file it needs has not arrived yet is imported again after the others, as an
operator would once told so; the rogue bundle is refused every time.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import (
    Rogue,
    add_finding,
    clone_as_second_device,
    evidence_png,
    export,
    import_,
    logical_state,
    make_office,
    office_id,
    ok,
)

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import new_id
from netralitas_desktop.sync import BundleError, import_bundle

ROGUE = 7  # the index of the forged bundle


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> tuple[Path, list[Path], dict]:
    """Eight bundles (one forged) for a kabupaten, from a desa, its kecamatan (two laptops) and a sibling."""
    root = tmp_path_factory.mktemp("sources")
    hq = make_office(root / "kabupaten", "kabupaten")
    desa = make_office(root / "desa", "desa")
    kecamatan = make_office(root / "kecamatan", "kecamatan")
    lepar = make_office(root / "lepar", "kecamatan2")
    ids = {}
    ids["desa"] = add_finding(desa, root, "Kepala desa berorasi.", evidence=evidence_png(1))
    ids["desa2"] = add_finding(desa, root, "Perangkat desa memasang spanduk.", evidence=evidence_png(2))
    b0 = export(desa, root / "b0.nbundle")["path"]  # the desa, straight to the kabupaten too
    laptop2 = clone_as_second_device(kecamatan, root / "kecamatan-laptop2")

    import_(kecamatan, b0, "--trust-new-device")
    ok(kecamatan, "finding", "status", ids["desa"], "temuan", "--reason", "Diterima kecamatan")
    ids["kecamatan"] = add_finding(kecamatan, root, "Camat hadir di kampanye.", evidence=evidence_png(1))
    b1 = export(kecamatan, root / "b1.nbundle")["path"]  # relays the desa's findings

    ok(desa, "finding", "edit", ids["desa"], "--description", "Kepala desa berorasi di balai desa.")
    ok(desa, "evidence", "add", ids["desa2"], _file(root, evidence_png(3), "c.png"))
    removed = ok(desa, "finding", "show", ids["desa2"], "--json")["evidence"][0]["id"]
    ok(desa, "evidence", "remove", removed, "--reason", "Salah unggah")
    b2 = export(desa, root / "b2.nbundle")["path"]  # needs b0's file for the removed item

    import_(kecamatan, b2)
    ok(kecamatan, "note", "add", ids["desa2"], "Bukti pengganti sudah diterima.")
    b3 = export(kecamatan, root / "b3.nbundle")["path"]

    import_(laptop2, b1, "--trust-new-device")
    ok(laptop2, "finding", "edit", ids["kecamatan"], "--description", "Camat hadir di kampanye (laptop 2).")
    ok(kecamatan, "finding", "edit", ids["kecamatan"], "--description", "Camat hadir di kampanye (laptop 1).")
    b4 = export(laptop2, root / "b4.nbundle")["path"]  # a conflict with b5
    b5 = export(kecamatan, root / "b5.nbundle")["path"]

    ids["lepar"] = add_finding(lepar, root, "Guru mengunggah ajakan.", region="19.03.02.2001",
                               evidence=evidence_png(4))
    b6 = export(lepar, root / "b6.nbundle")["path"]
    ids["lepar2"] = add_finding(lepar, root, "Kepala desa membagikan sembako.", region="19.03.02.2001")
    honest = export(lepar, root / "lepar-honest.nbundle")["path"]
    rogue = Rogue(lepar, Path(honest))
    template = rogue.records("findings")[0]
    ids["forged"] = new_id()
    rogue.add("findings", {**template, "id": ids["forged"], "origin_office_id": office_id(kecamatan),
                           "subjects": [{**s, "id": new_id()} for s in template["subjects"]],
                           "description": "Camat Toboali berkampanye (palsu)."})
    described = next(o for o in Rogue(kecamatan, Path(b1)).records("offices") if o["id"] == office_id(kecamatan))
    rogue.add("offices", described)  # re-signed by the rogue: the forger cannot sign as the kecamatan
    b7 = rogue.write(root / "b7.nbundle")

    template_dir = root / "kabupaten-template"
    shutil.copytree(hq, template_dir)
    return template_dir, [Path(b) for b in (b0, b1, b2, b3, b4, b5, b6, b7)], ids


def _file(root: Path, data: bytes, name: str) -> Path:
    path = root / name
    path.write_bytes(data)
    return path


def state_after(template: Path, bundles: list[Path], order: list[int]) -> dict:
    """Import in this order; bundles refused for a missing evidence file are retried after the others."""
    with tempfile.TemporaryDirectory() as temp:
        hq = Path(temp) / "hq"
        shutil.copytree(template, hq)
        with Store(hq) as store:
            waiting = list(order)
            while waiting:
                retry = []
                for index in waiting:
                    try:
                        import_bundle(store, bundles[index], trust_new_device=True)
                    except BundleError as err:
                        if index == ROGUE:
                            continue
                        assert "belum ada di sini" in str(err), str(err)
                        retry.append(index)
                assert len(retry) < len(waiting), "no bundle could be imported"
                waiting = retry
            assert store.check() == []
        return logical_state(hq)


def test_the_bundles_really_overlap_relay_conflict_and_depend(bundles):
    template, files, ids = bundles
    state = state_after(template, files, list(range(len(files))))
    finding_ids = {row[0] for row in state["findings"]}
    assert finding_ids == {ids["desa"], ids["desa2"], ids["kecamatan"], ids["lepar"]}
    assert len(state["open_conflicts"]) == 1  # the two laptops' version 2 of the kecamatan's finding
    assert len(state["devices"]) == 4  # the desa, both kecamatan laptops, the sibling
    assert len(state["notes"]) == 1
    assert any(row[14] is not None for row in state["evidence"])  # the removal travelled (removed_at)
    with tempfile.TemporaryDirectory() as temp:  # b2 before b0 waits for b0's file
        hq = Path(temp) / "hq"
        shutil.copytree(template, hq)
        with Store(hq) as store, pytest.raises(BundleError, match="belum ada di sini"):
            import_bundle(store, files[2], trust_new_device=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 7), max_size=2).flatmap(
    lambda extra: st.permutations([0, 1, 2, 3, 4, 5, 6, 7] + extra)))
def test_any_order_with_repetitions_and_a_forgery_converges(bundles, order):
    template, files, ids = bundles
    reference = getattr(test_any_order_with_repetitions_and_a_forgery_converges, "reference", None)
    if reference is None:
        reference = state_after(template, files, list(range(len(files))))
        test_any_order_with_repetitions_and_a_forgery_converges.reference = reference
    state = state_after(template, files, list(order))
    assert state == reference
    assert ids["forged"] not in {row[0] for row in state["findings"]}
