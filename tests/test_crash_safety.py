"""SIGKILL in the middle of saving: nothing committed is lost, nothing half-written is visible."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from cli_helpers import run

SAVER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from netralitas_desktop.domain.model import Finding, Subject
    from netralitas_desktop.data.store import Store

    store = Store(sys.argv[1])
    blob_dir = Path(sys.argv[2])
    for n in range(10_000):
        evidence = blob_dir / f"bukti-{n}.bin"
        evidence.write_bytes(os.urandom(1_000_000))  # a fresh 1 MB file each time: the vault really writes
        finding = Finding(category="LR-APK", region_code="19.03.01.2008", occurred_on="2024-01-02",
                          known_on="2024-01-03", description=f"Temuan ke-{n}", subjects=[Subject(name=f"Orang {n}")])
        if sys.argv[3] == "finding":
            saved = store.add_finding(finding, evidence=[evidence])
        else:
            saved = store.add_finding(finding)
            store.add_evidence(saved.id, [evidence])
        print(saved.id, flush=True)  # printed only after the commit
""")


def kill_midway(data_dir, tmp_path, mode: str, seed: int) -> list[str]:
    """Start the saver, wait until it has committed a few findings (their ids arrive on its stdout, printed after
    each commit), then kill it a moment into the next save. Waiting on the pipe, not on the clock: a loaded machine
    that takes seconds to open the store only makes the test slower, never empty."""
    blob_dir = tmp_path / f"blobs-{seed}"
    blob_dir.mkdir()
    chance = random.Random(seed)
    wanted = chance.randint(1, 3)
    process = subprocess.Popen([sys.executable, "-c", SAVER, str(data_dir), str(blob_dir), mode],
                               stdout=subprocess.PIPE, text=True)
    committed = []
    try:
        while len(committed) < wanted:
            line = process.stdout.readline()
            if not line:  # the saver died on its own: the assertions below show what it committed
                break
            committed.append(line.strip())
        # Into the next save: writing 1 MB to the vault, hashing, fsyncing and committing take tens of ms.
        time.sleep(chance.uniform(0.0, 0.05))
    finally:
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
    return committed + out.split()


def assert_sound(data_dir, committed):
    result = run(data_dir, "check")
    assert result.code == 0, result.out
    stored = {f["id"] for f in run(data_dir, "finding", "list", "--json").json()}
    assert set(committed) <= stored
    for finding_id in committed:
        finding = run(data_dir, "finding", "show", finding_id, "--json").json()
        assert finding["history"][0]["reason"] == "Dicatat"


def test_killed_while_saving_findings_with_evidence(data_dir, tmp_path):
    for seed in range(3):
        committed = kill_midway(data_dir, tmp_path, "finding", seed)
        assert committed, "the saver never got to commit: the test did not test anything"
        assert_sound(data_dir, committed)


def test_killed_while_adding_evidence(data_dir, tmp_path):
    committed = kill_midway(data_dir, tmp_path, "evidence", 7)
    assert committed
    assert_sound(data_dir, committed)
    # the store keeps working after the crash
    after = run(data_dir, "finding", "add", "--category", "LR-APK", "--region", "19.03.01.2008", "--occurred-on",
                "2024-01-02", "--known-on", "2024-01-03", "--description", "Setelah crash", "--subject", "Budi")
    assert after.code == 0, after.err


def test_killed_while_making_a_backup(data_dir, finding_id, tmp_path, monkeypatch):
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "rahasia-toboali-2024")
    for n in range(20):
        big = tmp_path / f"foto-{n}.jpg"
        big.write_bytes(os.urandom(2_000_000))
        run(data_dir, "evidence", "add", finding_id, big)
    target = tmp_path / "cadangan.nbak"
    env = dict(os.environ)
    process = subprocess.Popen([sys.executable, "-m", "netralitas_desktop", "--data-dir", str(data_dir), "backup",
                                "-o", str(target)], env=env)
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".cadangan-*/*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert list(tmp_path.glob(".cadangan-*")), "the backup was not killed midway"
    assert not target.exists()  # a backup is either complete or absent
    assert run(data_dir, "check").code == 0
    completed = subprocess.run([sys.executable, "-m", "netralitas_desktop", "--data-dir", str(data_dir), "backup",
                                "-o", str(target)], env=env, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert run(tmp_path / "pulih", "restore", target).code == 0
