"""Headquarters may receive bundles in any order, some twice: every order must leave the same store."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import (
    add_finding,
    age_key,
    clone_as_second_device,
    evidence_png,
    export,
    import_,
    logical_state,
    make_office,
    ok,
)

from netralitas_desktop.data.store import Store
from netralitas_desktop.sync import import_bundle


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> tuple[Path, list[Path]]:
    """Five bundles from a desa (two laptops) and its kecamatan that overlap, relay and conflict."""
    root = tmp_path_factory.mktemp("sources")
    hq = make_office(root / "kabupaten", "kabupaten")
    desa = make_office(root / "desa", "desa")
    kecamatan = make_office(root / "kecamatan", "kecamatan")
    ok(kecamatan, "keys", "set-recipient", age_key(hq))
    ok(desa, "keys", "set-recipient", age_key(kecamatan), "--name", "Panwaslu Kecamatan")
    ok(desa, "keys", "set-recipient", age_key(hq), "--name", "Bawaslu Kabupaten")  # two recipients
    first = add_finding(desa, root, "Kepala desa berorasi.", evidence=evidence_png(1))
    second = add_finding(desa, root, "Perangkat desa memasang spanduk.", evidence=evidence_png(2))
    b1 = export(desa, root / "b1.nbundle")["path"]
    laptop2 = clone_as_second_device(desa, root / "desa-laptop2")

    import_(kecamatan, b1, "--trust-new-device")
    ok(kecamatan, "finding", "status", first, "temuan", "--reason", "Diterima kecamatan")
    add_finding(kecamatan, root, "Camat hadir di kampanye.", evidence=evidence_png(1))  # the same file as desa's
    b3 = export(kecamatan, root / "b3.nbundle")["path"]

    ok(desa, "finding", "edit", first, "--description", "Kepala desa berorasi (laptop 1).")
    ok(desa, "evidence", "add", second, *[_file(root, evidence_png(3), "c.png")])
    removed = ok(desa, "finding", "show", second, "--json")["evidence"][0]["id"]
    ok(desa, "evidence", "remove", removed, "--reason", "Salah unggah")
    b2 = export(desa, root / "b2.nbundle")["path"]

    ok(laptop2, "finding", "edit", first, "--description", "Kepala desa berorasi (laptop 2).")
    b4 = export(laptop2, root / "b4.nbundle")["path"]

    import_(kecamatan, b2)
    ok(kecamatan, "note", "add", second, "Bukti pengganti sudah diterima.")
    b5 = export(kecamatan, root / "b5.nbundle")["path"]
    template = root / "kabupaten-template"
    shutil.copytree(hq, template)
    return template, [Path(b) for b in (b1, b2, b3, b4, b5)]


def _file(root: Path, data: bytes, name: str) -> Path:
    path = root / name
    path.write_bytes(data)
    return path


def state_after(template: Path, bundles: list[Path], order: list[int]) -> dict:
    with tempfile.TemporaryDirectory() as temp:
        hq = Path(temp) / "hq"
        shutil.copytree(template, hq)
        with Store(hq) as store:
            for index in order:
                import_bundle(store, bundles[index], trust_new_device=True)
            assert store.check() == []
        return logical_state(hq)


def test_the_bundles_really_overlap_relay_and_conflict(bundles):
    template, files = bundles
    state = state_after(template, files, [0, 1, 2, 3, 4])
    assert len(state["findings"]) == 3
    assert len(state["open_conflicts"]) == 1  # the two laptops' version 2 of the same finding
    assert len(state["devices"]) == 3
    assert len(state["notes"]) == 1
    assert any(row[14] is not None for row in state["evidence"])  # the removal travelled (removed_at)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 4), max_size=3).flatmap(lambda extra: st.permutations([0, 1, 2, 3, 4] + extra)))
def test_any_order_and_repetition_converges(bundles, order):
    template, files = bundles
    reference = getattr(test_any_order_and_repetition_converges, "reference", None)
    if reference is None:
        reference = state_after(template, files, [0, 1, 2, 3, 4])
        test_any_order_and_repetition_converges.reference = reference
    assert state_after(template, files, list(order)) == reference
