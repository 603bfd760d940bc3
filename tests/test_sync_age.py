"""Our age files are ordinary age files: pyrage and the `age` command open ours, we open theirs, and damage is
always detected."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pyrage
import pytest
from sync_helpers import age_key, export, import_, make_office

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
