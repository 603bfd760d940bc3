"""SIGKILL an import midway: before its commit the store is exactly as it was; after it, the import is whole
(the evidence files still being moved are put in place by the next sync command). Either way it imports."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sync_helpers import age_key, export, frozen, import_, logical_state, make_office, ok

from netralitas_desktop.data.store import Store

# Kills itself when progress (out of 1000) reaches the given point: a real SIGKILL at a known phase.
KILLER = textwrap.dedent("""
    import os, signal, sys
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.sync import import_bundle

    store = Store(sys.argv[1])
    point = int(sys.argv[3])

    def progress(done, total):
        if done >= point:
            os.kill(os.getpid(), signal.SIGKILL)

    import_bundle(store, sys.argv[2], trust_new_device=True, progress=progress)
    print("selesai", flush=True)
""")

# Where the import spends its progress: decrypting 0–200 (pyrage reports nothing meanwhile: the kill at 100 comes as
# decryption ends), checking entries 200–650 (evidence files are checked and staged, and the bundle file hashed, on a
# second thread from there until just before the commit), the transaction 650–900, moving evidence into the vault
# after the commit 900–950.
BEFORE_COMMIT = {"decrypting": 100, "checking entries": 400, "inside the transaction": 800}
AFTER_COMMIT = {"moving evidence files": 925}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    hq = make_office(root / "kabupaten", "kabupaten")
    field = make_office(root / "kecamatan", "kecamatan")
    ok(field, "demo", "--findings", "60")
    exported = export(field, root / "demo.nbundle", "--recipient", age_key(hq))
    bundle = Path(exported["path"])
    reference = root / "reference"
    shutil.copytree(hq, reference)
    import_(reference, bundle, "--trust-new-device")
    return root, hq, bundle, logical_state(reference), exported["counts"]["blobs"]


def kill_import_at(data_dir: Path, bundle: Path, point: int) -> None:
    process = subprocess.run([sys.executable, "-c", KILLER, str(data_dir), str(bundle), str(point)],
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert "selesai" not in process.stdout


@pytest.mark.parametrize("phase", sorted(BEFORE_COMMIT))
def test_killed_before_the_commit_leaves_the_store_as_it_was(setup, tmp_path, phase):
    root, template, bundle, reference, blobs = setup
    hq = tmp_path / "hq"
    shutil.copytree(template, hq)
    before = frozen(hq)
    kill_import_at(hq, bundle, BEFORE_COMMIT[phase])
    staged = list((hq / "sync-tmp").glob("import-*/blobs/*"))
    if phase == "inside the transaction":  # evidence files are checked and staged alongside the transaction
        assert 0 < len(staged) <= blobs
    assert frozen(hq) == before  # database bytes, its dump and the evidence files
    assert ok(hq, "check").code == 0
    report = import_(hq, bundle, "--trust-new-device")
    assert report["applied"] and report["counts"]["findings"]["added"] == 60
    assert logical_state(hq) == reference
    assert not list((hq / "sync-tmp").iterdir())


def test_killed_after_the_commit_is_finished_when_the_store_is_next_opened(setup, tmp_path):
    root, template, bundle, reference, _ = setup
    hq = tmp_path / "hq"
    shutil.copytree(template, hq)
    kill_import_at(hq, bundle, AFTER_COMMIT["moving evidence files"])
    # The import committed whole; some evidence files were still waiting in the scratch folder.
    waiting = list((hq / "sync-tmp").glob("import-*/blobs/*"))
    assert waiting, "the kill came too late to test anything"
    with Store(hq, readonly=True) as store:  # a reader does not touch anything …
        assert any("hilang dari brankas" in p for p in store.check())
    assert ok(hq, "check").code == 0  # … the next command that opens the store for writing finishes the move
    assert not list((hq / "sync-tmp").glob("import-*/blobs/*"))
    assert logical_state(hq) == reference
    again = import_(hq, bundle)
    assert not again["applied"] and again["already_imported"]
