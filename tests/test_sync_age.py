"""Our age files are ordinary age files: pyrage and the `age` command open ours, we open theirs, and damage is
always detected."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pyrage
import pytest
from sync_helpers import add_finding, age_key, evidence_png, export, import_, make_office, ok

from netralitas_desktop.sync.agefile import AgeError, EncryptingWriter, NoMatchingIdentity, decrypt_stream

SIZES = (0, 1, 65535, 65536, 65537, 3 * 65536, 200_001)


def encrypt(data: bytes, *recipients: pyrage.x25519.Identity, piece: int = 7777) -> bytes:
    out = io.BytesIO()
    writer = EncryptingWriter(out, [str(r.to_public()) for r in recipients])
    for start in range(0, len(data), piece):
        writer.write(data[start:start + piece])
    writer.close()
    return out.getvalue()


def decrypt(data: bytes, identity: pyrage.x25519.Identity) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BufferedReader(io.BytesIO(data)), out, str(identity))
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_opens_ours_and_we_open_pyrages(size):
    first, second = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    ours = encrypt(data, first, second)
    assert pyrage.decrypt(ours, [first]) == data and pyrage.decrypt(ours, [second]) == data
    assert decrypt(pyrage.encrypt(data, [first.to_public(), second.to_public()]), second) == data
    assert decrypt(ours, first) == data


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_the_age_command_opens_ours_and_we_open_its(tmp_path):
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "kunci.txt"
    key.write_text(f"{identity}\n")
    data = os.urandom(150_000)
    (tmp_path / "ours.age").write_bytes(encrypt(data, identity))
    opened = subprocess.run(["age", "-d", "-i", key, tmp_path / "ours.age"], capture_output=True, check=True)
    assert opened.stdout == data
    (tmp_path / "plain").write_bytes(data)
    subprocess.run(["age", "-r", str(identity.to_public()), "-o", tmp_path / "theirs.age", tmp_path / "plain"],
                   check=True)
    assert decrypt((tmp_path / "theirs.age").read_bytes(), identity) == data


@pytest.mark.parametrize("damage", ["truncated", "chunk dropped", "bit flipped", "header changed", "appended"])
def test_damage_is_always_detected(damage):
    identity = pyrage.x25519.Identity.generate()
    sealed = bytearray(encrypt(os.urandom(3 * 65536 + 100), identity))
    if damage == "truncated":
        sealed = sealed[:-50]
    elif damage == "chunk dropped":
        header = sealed.index(b"\n---") + 49  # "\n--- " + 43 base64 characters + "\n"
        sealed = sealed[:header + 16] + sealed[header + 16 + 65536 + 16:]
    elif damage == "bit flipped":
        sealed[-1000] ^= 1
    elif damage == "header changed":
        sealed[sealed.index(b"X25519") + 10] ^= 1
    else:
        sealed += b"mehr"
    with pytest.raises(AgeError):
        decrypt(bytes(sealed), identity)


def test_someone_elses_file_says_so():
    mine, theirs = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    with pytest.raises(NoMatchingIdentity):
        decrypt(encrypt(b"rahasia", theirs), mine)


def test_an_armored_bundle_made_by_hand_still_imports(tmp_path):
    field = make_office(tmp_path / "kecamatan", "kecamatan")
    hq = make_office(tmp_path / "kabupaten", "kabupaten")
    plain = tmp_path / "plain.nbundle"
    export(field, plain)
    armored = tmp_path / "armored.nbundle"
    armored.write_bytes(pyrage.encrypt(plain.read_bytes(), [pyrage.x25519.Recipient.from_str(age_key(hq))],
                                       armored=True))
    assert import_(hq, armored, "--trust-new-device")["applied"]


@pytest.mark.skipif(any(shutil.which(t) is None for t in ("age", "unzip", "jq", "sha256sum", "openssl", "sh")),
                    reason="the standard tools of docs/bundle-format.md are not all installed")
def test_a_bundle_checks_out_by_hand_as_the_format_doc_says(tmp_path):
    field = make_office(tmp_path / "kecamatan", "kecamatan")
    hq = make_office(tmp_path / "kabupaten", "kabupaten")
    add_finding(field, tmp_path, "Untuk diperiksa dengan tangan.", evidence=evidence_png(4))
    export(field, tmp_path / "toboali.nbundle", "--recipient", age_key(hq))
    script = f"""
        set -e
        age -d -i {hq}/keys/age-identity.txt -o toboali.zip toboali.nbundle
        mkdir isi && unzip -q toboali.zip -d isi && cd isi
        jq -r '.entries[] | "\\(.sha256)  \\(.path)"' manifest.json | sha256sum -c --quiet
        (printf '\\060\\052\\060\\005\\006\\003\\053\\145\\160\\003\\041\\000';
            jq -r .source.signing_key manifest.json | base64 -d) | openssl pkey -pubin -inform DER -out pengirim.pem
        openssl pkeyutl -verify -pubin -inkey pengirim.pem -rawin -in manifest.json -sigfile manifest.sig
        jq -r .source.signing_key manifest.json | base64 -d | sha256sum | cut -c1-32
    """
    done = subprocess.run(["sh", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Signature Verified Successfully" in done.stdout
    fingerprint = ok(field, "keys", "show", "--json")["fingerprint"]
    assert done.stdout.strip().splitlines()[-1] == fingerprint.replace(" ", "").lower()
