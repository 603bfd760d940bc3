"""A protected store (issue 11): what a stolen laptop's data folder gives away, the passphrase contract of the
command line, in-place conversion (also when killed), change of passphrase and recovery through the printed code
or headquarters' key. Real stores in tmp_path, driven through the `netralitas` command line."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest
from cli_helpers import FINDING_ARGS, INIT_ARGS, run, run_process

from netralitas_desktop.data import conversion, store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import Cancelled

PASSPHRASE = "kopi-tubruk-pagi-99"
NAME, NIP = "Hendra Saputra", "198503122010011004"
EVIDENCE_MARKER = b"BUKTI-RAHASIA-TANGKAPAN-LAYAR-7f3a9c"
# What a thief must not find in any file: the subject's name and NIP, the evidence bytes, and the private keys.
SECRETS = (NAME.encode(), NIP.encode(), NAME.encode("utf-16-le"), EVIDENCE_MARKER, b"AGE-SECRET-KEY-",
           b"PRIVATE KEY")


def leaked(folder: Path) -> list[str]:
    """Every file under `folder` (database, WAL, keys, evidence, temporaries) that holds any known secret."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(folder)}: {s[:20]!r}" for s in SECRETS if s in data]
    return found


@pytest.fixture
def passphrase_env(monkeypatch):
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", PASSPHRASE)
    yield
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()


@pytest.fixture(autouse=True)
def forget_keys():
    yield
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()


def fill(folder: Path, tmp_path: Path) -> str:
    """A finding about a named civil servant with one evidence file; returns its id."""
    evidence = tmp_path / "tangkapan.txt"
    evidence.write_bytes(EVIDENCE_MARKER * 50)
    result = run(folder, *FINDING_ARGS, "--evidence", str(evidence), "--json")
    assert result.code == 0, result.err
    return result.json()["id"]


def test_a_protected_store_gives_a_thief_nothing_readable(tmp_path, passphrase_env, monkeypatch):
    folder = tmp_path / "data"
    result = run(folder, *INIT_ARGS)
    assert result.code == 0, result.err
    assert "dilindungi kata sandi" in result.out and "TANPA" not in result.err
    finding = fill(folder, tmp_path)
    assert NAME in run(folder, "finding", "show", finding).out  # the officer reads it all
    assert run(folder, "check").code == 0
    # The app is open (its WAL holds the last writes) when the laptop is taken: copy the folder as it is.
    with Store(folder) as store:
        assert store.protected
        stolen = tmp_path / "stolen"
        shutil.copytree(folder, stolen)
    assert leaked(stolen) == []
    assert not (stolen / "netralitas.db").read_bytes().startswith(b"SQLite format 3")
    # Nor can a thief open it without the passphrase: every command says so in one line.
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE")
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    refused = run_process(stolen, "finding", "list")
    assert refused.code != 0 and len(refused.err.strip().splitlines()) == 1 and "kata sandi" in refused.err.lower()
    assert "Traceback" not in refused.err


def test_a_wrong_passphrase_is_refused_in_one_line_and_counted(tmp_path, passphrase_env):
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    fill(folder, tmp_path)
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan-kata-sandinya\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NETRALITAS_STORE_PASSPHRASE"}
    for attempt in range(1, 5):
        done = subprocess.run([sys.executable, "-m", "netralitas_desktop", "--data-dir", str(folder),
                               "--store-passphrase-file", str(wrong), "finding", "list"],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        if attempt <= 3:
            assert "Kata sandi salah" in done.stderr
        else:  # after three wrong tries the next one has to wait, even in a new process
            assert "coba lagi dalam" in done.stderr
    assert store_key.failed_tries(folder) == 3
    # The right passphrase, once the wait is over, opens it and clears the count.
    path = store_key.key_file(folder).parent / store_key.FAILURES_FILE
    path.write_text('{"count": 3, "last": %f}' % (time.time() - 3600), encoding="utf-8")
    assert run(folder, "finding", "list").code == 0
    assert store_key.failed_tries(folder) == 0


def test_a_protected_database_that_is_locked_or_damaged_gives_one_line(tmp_path, passphrase_env):
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    fill(folder, tmp_path)
    with Store(folder) as store:  # another program holds the database
        store.conn.execute("BEGIN EXCLUSIVE")
        busy = run_process(folder, *FINDING_ARGS)
        store.conn.execute("ROLLBACK")
    assert busy.code != 0 and "Traceback" not in busy.err and len(busy.err.strip().splitlines()) == 1
    db = folder / "netralitas.db"
    data = bytearray(db.read_bytes())
    for i in range(200, 3000):  # the first page: the schema
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    for command in (("finding", "list"), ("check",)):
        damaged = run_process(folder, *command)
        assert damaged.code != 0 and "Traceback" not in damaged.err
        assert damaged.err.strip().splitlines() == ["galat: Berkas basis data rusak. Pulihkan dari cadangan "
                                                    "(netralitas restore)."]


def test_init_without_a_passphrase_still_works_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    folder = tmp_path / "data"
    result = run(folder, *INIT_ARGS)
    assert result.code == 0 and "TANPA kata sandi" in result.err
    assert not store_key.is_protected(folder)
    assert run(folder, "finding", "list").code == 0
    assert run(folder, "passphrase", "status").out.startswith("Data ini TIDAK")


def test_passphrase_file_before_the_subcommand_and_a_short_passphrase(tmp_path, monkeypatch):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    short = tmp_path / "pendek.txt"
    short.write_text("1234\n", encoding="utf-8")
    refused = run(tmp_path / "a", "--store-passphrase-file", str(short), *INIT_ARGS)
    assert refused.code != 0 and "minimal 8" in refused.err and not (tmp_path / "a" / "netralitas.db").exists()
    good = tmp_path / "sandi.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "b"
    assert run(folder, "--store-passphrase-file", str(good), *INIT_ARGS).code == 0
    assert store_key.is_protected(folder)
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    assert run(folder, "--store-passphrase-file", str(good), "finding", "list").code == 0
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    locked = run(folder, "finding", "list")  # no passphrase at all, not at a terminal
    assert locked.code != 0 and "Kata sandi data diperlukan" in locked.err


def test_an_existing_store_is_converted_in_place_and_keeps_everything(tmp_path, monkeypatch):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    before = run(folder, "finding", "show", finding, "--json").json()
    assert leaked(folder)  # plain today: the thief reads it all
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", PASSPHRASE)
    result = run(folder, "protect", "--recovery-sheet", str(tmp_path / "lembar.pdf"))
    assert result.code == 0, result.err
    assert (tmp_path / "lembar.pdf").read_bytes().startswith(b"%PDF")
    assert leaked(folder) == []
    after = run(folder, "finding", "show", finding, "--json").json()
    assert after == before
    assert run(folder, "check").code == 0, run(folder, "check").out
    # Evidence still reads back byte for byte (and `check` verified every file by decrypting it).
    with Store(folder) as store:
        sha = store.database.query("SELECT sha256 FROM evidence")[0]["sha256"]
        assert store.vault.read_bytes(sha) == EVIDENCE_MARKER * 50
    again = run(folder, "protect")
    assert again.code != 0 and "sudah dilindungi" in again.err


@pytest.mark.parametrize("stop_after", [0, 1, 2, 3])  # before each file, the export, the check, the switch
def test_a_conversion_stopped_at_any_step_leaves_the_old_store_whole(tmp_path, monkeypatch, stop_after):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    before = run(folder, "finding", "show", finding, "--json").json()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > stop_after

    with pytest.raises(Cancelled):
        conversion.protect_store(folder, PASSPHRASE, [], cancelled=cancelled)
    assert not store_key.is_protected(folder)
    assert not list(folder.rglob("*.age")) and not list(folder.rglob("*.enc-tmp*"))
    assert not store_key.key_file(folder).exists()
    assert run(folder, "finding", "show", finding, "--json").json() == before
    assert run(folder, "check").code == 0


KILL_SCRIPT = """
import os, sys
from netralitas_desktop.data import conversion
real = conversion.{hook}
def hook(*args, **kwargs):
    result = real(*args, **kwargs)
    os.kill(os.getpid(), 9)
    return result
conversion.{hook} = hook
conversion.protect_store(sys.argv[1], "{passphrase}", [])
"""


@pytest.mark.parametrize("hook", ["_seal_copy", "_export_encrypted", "_verify_encrypted", "_write_marker",
                                  "fsync_dir"])
def test_a_kill_during_conversion_leaves_one_whole_store(tmp_path, monkeypatch, hook):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    before = run(folder, "finding", "show", finding, "--json").json()
    done = subprocess.run([sys.executable, "-c", KILL_SCRIPT.format(hook=hook, passphrase=PASSPHRASE),
                           str(folder)], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    if store_key.is_protected(folder):
        monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", PASSPHRASE)
    assert run(folder, "finding", "show", finding, "--json").json() == before  # opening tidies up first
    assert run(folder, "check").code == 0
    if store_key.is_protected(folder):
        assert leaked(folder) == []
    else:
        assert not list(folder.rglob("*.age")) and not store_key.key_file(folder).exists()


def test_change_of_passphrase(tmp_path, passphrase_env, monkeypatch):
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    monkeypatch.setenv("NETRALITAS_NEW_STORE_PASSPHRASE", "teh-manis-sore-42")
    assert run(folder, "passphrase", "change").code == 0
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    old = run(folder, "finding", "show", finding)
    assert old.code != 0 and "Kata sandi salah" in old.err
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", "teh-manis-sore-42")
    assert NAME in run(folder, "finding", "show", finding).out


def test_recovery_with_the_printed_code_works_once(tmp_path, passphrase_env, monkeypatch):
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    with Store(folder) as store:
        code = store_key.new_recovery_code(folder, store.store_key)
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE")  # forgotten
    monkeypatch.setenv("NETRALITAS_NEW_STORE_PASSPHRASE", "passphrase-baru-2024")
    wrong = run(folder, "passphrase", "recover", "--code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert wrong.code != 0 and "Kode pemulihan salah" in wrong.err
    typed = code.lower().replace("-", " ").replace("O", "0")  # as an officer types it
    result = run(folder, "passphrase", "recover", "--code", typed)
    assert result.code == 0, result.err
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", "passphrase-baru-2024")
    assert NAME in run(folder, "finding", "show", finding).out
    spent = run(folder, "passphrase", "recover", "--code", code)
    assert spent.code != 0 and "tidak mempunyai kode pemulihan" in spent.err


def test_recovery_at_headquarters_with_its_age_key(tmp_path, passphrase_env, monkeypatch):
    hq = pyrage.x25519.Identity.generate()
    identity_file = tmp_path / "kunci-kantor-atasan.txt"
    identity_file.write_text(f"{hq}\n", encoding="utf-8")
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    assert run(folder, "passphrase", "status", "--json").json()["headquarters"] == []
    assert run(folder, "settings", "set", "hq_recipient", str(hq.to_public())).code == 0
    assert run(folder, "passphrase", "status", "--json").json()["headquarters"] == [str(hq.to_public())]
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE")
    monkeypatch.setenv("NETRALITAS_NEW_STORE_PASSPHRASE", "passphrase-baru-2024")
    other = tmp_path / "lain.txt"
    other.write_text(f"{pyrage.x25519.Identity.generate()}\n", encoding="utf-8")
    refused = run(folder, "passphrase", "recover", "--hq-identity", str(other))
    assert refused.code != 0 and "tidak dapat membuka" in refused.err
    assert run(folder, "passphrase", "recover", "--hq-identity", str(identity_file)).code == 0
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", "passphrase-baru-2024")
    assert NAME in run(folder, "finding", "show", finding).out


def test_bundles_between_protected_stores_and_a_report_with_sealed_evidence(tmp_path, passphrase_env):
    from sync_helpers import add_finding, age_key, evidence_png, export, import_, make_office, ok

    def shown(folder, finding_id):
        return ok(folder, "finding", "show", finding_id, "--json")

    kecamatan = make_office(tmp_path / "kec", "kecamatan")
    kabupaten = make_office(tmp_path / "kab", "kabupaten")
    assert store_key.is_protected(kecamatan) and store_key.is_protected(kabupaten)
    finding = add_finding(kecamatan, tmp_path, f"Mengunggah ajakan memilih, {NAME}.", evidence=evidence_png(7))
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten))
    bundle = tmp_path / "toboali.nbundle"
    assert export(kecamatan, bundle)["counts"]["blobs"] == 1
    assert import_(kabupaten, bundle, "--trust-new-device")["evidence_files"] == 1
    here, there = shown(kecamatan, finding), shown(kabupaten, finding)
    here.pop("deadline"), there.pop("deadline")
    assert here == there
    assert ok(kabupaten, "check").code == 0  # every sealed file decrypts to its SHA-256
    assert leaked(kabupaten) == []
    assert not [p for p in kabupaten.rglob("*") if p.is_file() and evidence_png(7) in p.read_bytes()]
    with Store(kabupaten) as store:
        sha = there["evidence"][0]["sha256"]
        assert store.vault.read_bytes(sha) == evidence_png(7)
    # The Form A annex shows the evidence picture, read through the vault.
    pdf = tmp_path / "form-a.pdf"
    assert ok(kabupaten, "report", "form-a", finding, "-o", pdf).code == 0
    assert b"/Subtype /Image" in pdf.read_bytes()


# -- backups ----------------------------------------------------------------------------------------------------------
def test_a_protected_store_backs_up_and_restores_without_leaking(tmp_path, passphrase_env, monkeypatch):
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "frasa-cadangan-terpisah")
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    usb = tmp_path / "usb"
    result = run(folder, "backup", "-o", usb / "cadangan.nbak")
    assert result.code == 0, result.err
    assert leaked(usb) == [] and leaked(folder) == []
    assert not list((folder / "sync-tmp").glob("*"))  # the scratch folder went
    restored = tmp_path / "pulih"
    assert run(restored, "restore", usb / "cadangan.nbak").code == 0
    assert leaked(restored) == []  # restored as it was kept: encrypted, opened with the store passphrase
    assert store_key.is_protected(restored)
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    assert NAME in run(restored, "finding", "show", finding).out
    assert run(restored, "check").code == 0
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", "bukan-kata-sandinya")
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    assert run(restored, "finding", "show", finding).code != 0


def test_a_damaged_database_is_not_backed_up(tmp_path, monkeypatch):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "frasa-cadangan-terpisah")
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    assert run(folder, "demo").code == 0
    db = folder / "netralitas.db"
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096  # a page in the middle, not the schema
    data[middle + 8:middle + 4000] = os.urandom(3992)
    db.write_bytes(bytes(data))
    result = run(folder, "backup", "-o", tmp_path / "cadangan.nbak")
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1 and "netralitas check" in result.err
    assert not (tmp_path / "cadangan.nbak").exists() and not list(tmp_path.glob(".cadangan-*"))


def _crafted_backup(path: Path, recipient, inner_members: dict[str, bytes], identity) -> None:
    """A backup-shaped file made by someone else: the right layers, contents of their choosing."""
    import io
    import tarfile

    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w") as archive:
        for name, data in inner_members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    backup_identity = pyrage.x25519.Identity.generate()
    layers = {"kunci.age": pyrage.encrypt(str(backup_identity).encode(), [recipient]),
              "data.tar.age": pyrage.encrypt(inner.getvalue(), [backup_identity.to_public()])}
    with tarfile.open(path, "w") as archive:
        for name, data in layers.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("members", [
    {"netralitas.db": b"x" * 100},  # no manifest at all
    {"manifest.json": b"{not json", "netralitas.db": b"x"},
    {"manifest.json": b'{"format": "lain/9", "files": {}}'},
    {"manifest.json": b'{"format": "netralitas-backup/1", "files": {}}'},  # no database
    {"manifest.json": b'{"format": "netralitas-backup/1", "files": {"netralitas.db": {"sha256": "00"}}}',
     "netralitas.db": b"x"},
    {"manifest.json": b'{"format": "netralitas-backup/1", "files": ["netralitas.db"]}'},
])
def test_a_crafted_backup_gives_one_line_and_leaves_no_folder(tmp_path, members):
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "kunci.txt"
    key_file.write_text(f"{identity}\n", encoding="utf-8")
    crafted = tmp_path / "palsu.nbak"
    _crafted_backup(crafted, identity.to_public(), members, identity)
    target = tmp_path / "pulih"
    result = run(target, "restore", crafted, "--identity", key_file)
    assert result.code != 0 and "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert not target.exists()


def test_restore_refuses_odd_targets_in_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "frasa-cadangan-terpisah")
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    backup = tmp_path / "cadangan.nbak"
    assert run(folder, "backup", "-o", backup).code == 0
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("isi", encoding="utf-8")
    garbage = tmp_path / "bukan.nbak"
    garbage.write_bytes(os.urandom(5000))
    for target, source in ((a_file, backup), (folder, backup), (tmp_path / "baru", garbage),
                           (tmp_path / "baru2", tmp_path / "tidak-ada.nbak"), (tmp_path / "baru3", tmp_path)):
        result = run(target, "restore", source)
        assert result.code != 0 and "Traceback" not in result.err, (target, result.err)
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert a_file.read_text(encoding="utf-8") == "isi"
    assert not (tmp_path / "baru").exists() and not (tmp_path / "baru3").exists()


def test_the_printed_recovery_sheet_recovers_a_forgotten_passphrase(tmp_path, passphrase_env, monkeypatch):
    import re

    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    sheet = tmp_path / "lembar.pdf"
    result = run(folder, "passphrase", "sheet", "-o", sheet)
    assert result.code == 0, result.err
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True).stdout
    assert "Panwaslu Kecamatan Toboali" in text and "LEMBAR PEMULIHAN" in text
    code = re.search(r"[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}", text).group(0)
    assert code not in result.out + result.err  # printed on the sheet only
    assert run(folder, "passphrase", "status", "--json").json()["recovery_code"]
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE")
    new = tmp_path / "baru.txt"
    new.write_text("kata-sandi-baru-sekali\n", encoding="utf-8")
    assert run(folder, "passphrase", "recover", "--code", code, "--new-passphrase-file", new).code == 0
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    assert NAME in run(folder, "--store-passphrase-file", new, "finding", "show", finding).out


def test_recovery_at_headquarters_with_its_own_data_folder(tmp_path, monkeypatch):
    from sync_helpers import age_key, make_office, ok

    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE", raising=False)
    kabupaten = make_office(tmp_path / "kab", "kabupaten")  # headquarters, unprotected here
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", PASSPHRASE)
    kecamatan = make_office(tmp_path / "kec", "kecamatan")
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten), "--name", "Bawaslu Kabupaten Bangka Selatan")
    finding = fill(kecamatan, tmp_path)
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.delenv("NETRALITAS_STORE_PASSPHRASE")  # forgotten; the laptop is brought to the office above
    monkeypatch.setenv("NETRALITAS_NEW_STORE_PASSPHRASE", "passphrase-baru-2024")
    result = run(kecamatan, "passphrase", "recover", "--hq-store", kabupaten)
    assert result.code == 0, result.err
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    monkeypatch.setenv("NETRALITAS_STORE_PASSPHRASE", "passphrase-baru-2024")
    assert NAME in run(kecamatan, "finding", "show", finding).out


def test_a_kill_during_the_backup_of_a_protected_store_leaves_no_plaintext_anywhere(tmp_path, passphrase_env,
                                                                                    monkeypatch):
    monkeypatch.setenv("NETRALITAS_PASSPHRASE", "frasa-cadangan-terpisah")
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding = fill(folder, tmp_path)
    sources = []
    for n in range(12):  # enough evidence for the backup to take a moment
        big = tmp_path / f"foto-{n}.jpg"
        big.write_bytes(os.urandom(2_000_000))
        sources.append(big)
    assert run(folder, "evidence", "add", finding, *sources).code == 0
    for source in sources:
        source.unlink()
    (tmp_path / "tangkapan.txt").unlink()
    usb = tmp_path / "usb"
    process = subprocess.Popen([sys.executable, "-m", "netralitas_desktop", "--data-dir", str(folder), "backup",
                                "-o", str(usb / "cadangan.nbak")])
    deadline = time.monotonic() + 60
    while not list((folder / "sync-tmp").glob("cadangan-*/data.tar.age")) and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (usb / "cadangan.nbak").exists()
    assert leaked(tmp_path) == []  # the data dir, its scratch, the USB stick: nothing readable anywhere
    assert run(folder, "check").code == 0  # the store is whole; opening it removed the scratch
    assert not list((folder / "sync-tmp").glob("cadangan-*"))


@pytest.mark.parametrize("damage", ["huge_kdf", "garbage", "missing", "no_vault_key"])
def test_a_damaged_or_hostile_key_file_gives_one_line(tmp_path, passphrase_env, damage):
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    key_file = store_key.key_file(folder)
    if damage == "huge_kdf":  # must not make us allocate terabytes
        key_file.write_text('{"format": "netralitas-store-key/1", "passphrase": {"kdf": "argon2id", '
                            '"m_kib": 99999999999, "t": 3, "p": 4, "salt": "AAAA", "wrapped": "AAAA"}}')
    elif damage == "garbage":
        key_file.write_bytes(b"\x00garbage")
    elif damage == "missing":
        key_file.unlink()
    else:
        (folder / "keys" / "vault-identity.txt.wrapped").unlink()
    store_key._unlocked.clear()
    store_key._unlocked_memo.clear()
    result = run_process(folder, "finding", "list")
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1 and "pulihkan folder data dari cadangan" in result.err.lower()
