"""Encrypted bundles are ordinary age files (made and opened by pyrage): the `age` command opens ours and we open
theirs; a bundle checks out by hand as docs/bundle-format.md says."""

from __future__ import annotations

import shutil
import subprocess

import pyrage
import pytest
from sync_helpers import add_finding, age_key, evidence_png, export, import_, make_office, ok


def test_an_encrypted_bundle_is_a_standard_age_file_holding_the_zip(tmp_path):
    field = make_office(tmp_path / "kecamatan", "kecamatan")
    hq = make_office(tmp_path / "kabupaten", "kabupaten")
    add_finding(field, tmp_path, "Rahasia pribadi terlapor.", evidence=evidence_png(3))
    sealed = tmp_path / "toboali.nbundle"
    export(field, sealed, "--recipient", age_key(hq))
    data = sealed.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n") and b"Rahasia" not in data
    secret = next(line for line in (hq / "keys" / "age-identity.txt").read_text().splitlines()
                  if line.startswith("AGE-SECRET-KEY-"))
    identity = pyrage.x25519.Identity.from_str(secret)
    assert pyrage.decrypt(data, [identity]).startswith(b"PK\x03\x04")
    assert import_(hq, sealed, "--trust-new-device")["applied"]


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_a_bundle_encrypted_with_the_age_command_imports(tmp_path):
    field = make_office(tmp_path / "kecamatan", "kecamatan")
    hq = make_office(tmp_path / "kabupaten", "kabupaten")
    plain = tmp_path / "plain.nbundle"
    export(field, plain)
    sealed = tmp_path / "sealed.nbundle"
    subprocess.run(["age", "-r", age_key(hq), "-o", sealed, plain], check=True)
    assert import_(hq, sealed, "--trust-new-device")["applied"]


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
        head -1 records/findings.jsonl | jq -jcS 'del(.attestation)' | sha256sum | cut -c1-64 > isi.sha
        digest=$(printf 'netralitas-record-v2\nfindings\n%s' "$(cat isi.sha)" | sha256sum | cut -c1-64)
        id=$(head -1 records/findings.jsonl | jq -r .attestation)
        jq -c --arg id "$id" 'select(.id == $id) | .digests' records/attestations.jsonl | grep -q "$digest"
        jq -c --arg id "$id" 'select(.id == $id)' records/attestations.jsonl > atestasi.json
        (printf 'netralitas-attestation-v2\n'; jq -jcS 'del(.signature)' atestasi.json) > atestasi.bin
        jq -r .signature atestasi.json | base64 -d > atestasi.sig
        openssl pkeyutl -verify -pubin -inkey pengirim.pem -rawin -in atestasi.bin -sigfile atestasi.sig
        jq -r .source.signing_key manifest.json | base64 -d | sha256sum | cut -c1-32
    """
    done = subprocess.run(["sh", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Signature Verified Successfully") == 2  # the manifest, and a record's attestation
    fingerprint = ok(field, "keys", "show", "--json")["fingerprint"]
    assert done.stdout.strip().splitlines()[-1] == fingerprint.replace(" ", "").lower()
