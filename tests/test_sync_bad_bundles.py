"""A corpus of damaged, forged and hostile bundles: each is refused with a clear Indonesian message, and the
receiving store stays byte-for-byte as it was (database file after a checkpoint, dump and evidence files)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from cli_helpers import run
from sync_helpers import (
    Parts,
    add_finding,
    age_key,
    evidence_png,
    export,
    frozen,
    import_,
    make_office,
    ok,
    sha256_hex,
    signing_key,
)

from netralitas_desktop.sync.format import FORMAT_VERSION, MAX_MANIFEST_BYTES, MAX_RECORD_LINE_BYTES


@dataclass
class Corpus:
    root: Path
    sender: Path  # a trusted kecamatan
    stranger: Path  # an office the headquarters has never heard of
    hq: Path
    good: bytes  # the plain ZIP of a sound bundle from the sender
    first_bundle_id: str
    hq_state: tuple

    def parts(self) -> Parts:
        return Parts(self.good)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    root = tmp_path_factory.mktemp("corpus")
    sender = make_office(root / "kecamatan", "kecamatan")
    stranger = make_office(root / "lepar", "kecamatan2")
    hq = make_office(root / "kabupaten", "kabupaten")
    first = add_finding(sender, root, "Temuan pertama.", evidence=evidence_png(1))
    first_bundle = export(sender, root / "first.nbundle")
    import_(hq, first_bundle["path"], "--trust-new-device")
    ok(sender, "finding", "status", first, "temuan", "--reason", "Pleno")
    add_finding(sender, root, "Temuan kedua.", evidence=evidence_png(2))
    good = export(sender, root / "good.nbundle")
    assert good["counts"]["blobs"] == 1 and good["counts"]["status_events"] >= 2
    add_finding(stranger, root, "Temuan Lepar.", region="19.03.02.2001")
    return Corpus(root, sender, stranger, hq, Path(good["path"]).read_bytes(), first_bundle["bundle_id"],
                  frozen(hq))


def _blob_name(parts: Parts) -> str:
    return next(n for n, _ in parts.entries if n.startswith("blobs/"))


def _jsonl(parts: Parts, name: str) -> list[dict]:
    return [json.loads(line) for line in parts.get(name).decode().splitlines()]


def _set_jsonl(parts: Parts, name: str, records: list, key) -> None:
    parts.update_entry(name, "".join(json.dumps(r) + "\n" for r in records).encode(), key)


def _with_manifest(c: Corpus, path: Path, change, *, sign=True) -> Path:
    parts = c.parts()
    manifest = parts.manifest
    change(manifest)
    parts.set_manifest(manifest, signing_key(c.sender) if sign else None)
    return parts.write(path)


def _extra(c: Corpus, path: Path, info, data: bytes = b"x") -> Path:
    return c.parts().write(path, extra=[(info, data)])


def _symlink_info() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("records/link.jsonl")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


# -- the cases: name -> (how to make the file, what the message must say) -------------------------------------------
def tampered_record(c, path, recipients=()):
    parts = c.parts()
    parts.set("records/findings.jsonl", parts.get("records/findings.jsonl").replace(b"Temuan kedua", b"Temuan KEDUA"))
    return parts.write(path, recipients=recipients)


def tampered_record_encrypted(c, path):
    return tampered_record(c, path, recipients=[age_key(c.hq)])


def tampered_evidence(c, path):
    parts = c.parts()
    name = _blob_name(parts)
    data = bytearray(parts.get(name))
    data[-20] ^= 0xFF
    parts.set(name, bytes(data))
    return parts.write(path)


def tampered_manifest(c, path):
    return _with_manifest(c, path, lambda m: m["source"]["office"].update(name="Kantor Palsu"), sign=False)


def wrong_signature(c, path):
    parts = c.parts()
    parts.set_manifest(parts.manifest, signing_key(c.stranger))
    return parts.write(path)


def missing_signature(c, path):
    parts = c.parts()
    parts.entries = [(n, d) for n, d in parts.entries if n != "manifest.sig"]
    return parts.write(path)


def unknown_device(c, path):
    shutil.copy(export(c.stranger, c.root / f"stranger-{path.stem}.nbundle")["path"], path)
    return path


def known_device_new_key(c, path):
    # The sender's device id, but someone else's key, correctly self-signed.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from netralitas_desktop.data.keys import fingerprint, public_key_text

    key = Ed25519PrivateKey.generate()
    public = public_key_text(key.public_key())
    parts = c.parts()
    manifest = parts.manifest
    manifest["source"].update(signing_key=public, fingerprint=fingerprint(public))
    parts.set_manifest(manifest, key)
    return parts.write(path)


def truncated(c, path):
    path.write_bytes(c.good[: len(c.good) // 2])
    return path


def truncated_encrypted(c, path):
    data = pyrage.encrypt(c.good, [pyrage.x25519.Recipient.from_str(age_key(c.hq))])
    path.write_bytes(data[:-100])
    return path


def not_a_zip(c, path):
    path.write_text("Ini hanya catatan rapat, bukan bundel.\n")
    return path


def empty_file(c, path):
    path.write_bytes(b"")
    return path


def encrypted_to_another_key(c, path):
    other = pyrage.x25519.Identity.generate().to_public()
    path.write_bytes(pyrage.encrypt(c.good, [other]))
    return path


def path_traversal(c, path):
    return _extra(c, path, "../../../home/petugas/.bashrc")


def absolute_path(c, path):
    return _extra(c, path, "/etc/cron.d/netralitas")


def windows_absolute_path(c, path):
    return _extra(c, path, "C:/Windows/System32/evil.dll")


def backslash_name(c, path):
    return _extra(c, path, "blobs\\..\\..\\evil")


def symlink(c, path):
    return _extra(c, path, _symlink_info(), b"/etc/passwd")


def duplicate_names(c, path):
    parts = c.parts()
    name = "records/findings.jsonl"
    with pytest.warns(UserWarning):
        return parts.write(path, extra=[(name, parts.get(name))])


def directory_entry(c, path):
    return _extra(c, path, zipfile.ZipInfo("blobs/sub/"), b"")


def outside_the_layout(c, path):
    return _extra(c, path, "baca-saya.txt", b"halo")


def unlisted_blob(c, path):
    data = b"berkas selundupan"
    return _extra(c, path, f"blobs/{sha256_hex(data)}", data)


def zip_bomb(c, path):
    parts = c.parts()
    zeros = bytes(20 * 1024 * 1024)
    name = f"blobs/{sha256_hex(zeros)}"
    return parts.write(path, extra=[(name, zeros)])


def oversized_json_line(c, path):
    parts = c.parts()
    line = json.dumps({"id": "x", "text": base64.b64encode(os.urandom(MAX_RECORD_LINE_BYTES)).decode()})
    parts.update_entry("records/notes.jsonl", (line + "\n").encode(), signing_key(c.sender))
    return parts.write(path)


def oversized_manifest(c, path):
    parts = c.parts()
    parts.set("manifest.json", b" " * (MAX_MANIFEST_BYTES + 1))
    return parts.write(path)


def future_format_version(c, path):
    return _with_manifest(c, path, lambda m: m.update(format_version=FORMAT_VERSION + 1))


def format_version_1(c, path):
    return _with_manifest(c, path, lambda m: m.update(format_version=1))


def wrong_format_version(c, path):
    return _with_manifest(c, path, lambda m: m.update(format_version="1"))


def not_a_netralitas_manifest(c, path):
    return _with_manifest(c, path, lambda m: m.update(format="another-app-export"))


def manifest_not_json(c, path):
    parts = c.parts()
    data = b'{"format": "netralitas-bundle", '
    parts.set("manifest.json", data)
    parts.set("manifest.sig", signing_key(c.sender).sign(data))
    return parts.write(path)


def manifest_duplicate_keys(c, path):
    parts = c.parts()
    text = parts.get("manifest.json").decode()
    data = text.replace('"format_version": 2,', '"format_version": 2, "format_version": 3,', 1).encode()
    parts.set("manifest.json", data)
    parts.set("manifest.sig", signing_key(c.sender).sign(data))
    return parts.write(path)


def record_with_wrong_type(c, path):
    parts = c.parts()
    records = _jsonl(parts, "records/findings.jsonl")
    records[0]["version"] = "2"
    _set_jsonl(parts, "records/findings.jsonl", records, signing_key(c.sender))
    return parts.write(path)


def record_not_an_object(c, path):
    parts = c.parts()
    parts.update_entry("records/notes.jsonl", b"[1, 2, 3]\n", signing_key(c.sender))
    manifest = parts.manifest
    manifest["counts"]["notes"] = 1
    parts.set_manifest(manifest, signing_key(c.sender))
    return parts.write(path)


def event_without_its_finding(c, path):
    parts = c.parts()
    events = _jsonl(parts, "records/status_events.jsonl")
    events[0]["finding_id"] = "00000000-0000-4000-8000-000000000000"
    _set_jsonl(parts, "records/status_events.jsonl", events, signing_key(c.sender))
    return parts.write(path)


def counts_do_not_match(c, path):
    return _with_manifest(c, path, lambda m: m["counts"].update(findings=m["counts"]["findings"] + 5))


def audit_entry_rewritten(c, path):
    parts = c.parts()
    entries = _jsonl(parts, "records/audit.jsonl")
    entries[0]["actor"] = "Orang Lain"
    _set_jsonl(parts, "records/audit.jsonl", entries, signing_key(c.sender))
    return parts.write(path)


def size_does_not_match(c, path):
    def change(m):
        m["entries"][0]["size"] += 1
    return _with_manifest(c, path, change)


def listed_entry_missing(c, path):
    parts = c.parts()
    name = _blob_name(parts)
    parts.entries = [(n, d) for n, d in parts.entries if n != name]
    return parts.write(path)


def blob_nobody_refers_to(c, path):
    parts = c.parts()
    data = b"lampiran tanpa catatan"
    name = f"blobs/{sha256_hex(data)}"
    parts.entries.append((name, data))
    manifest = parts.manifest
    manifest["entries"].append({"path": name, "size": len(data), "sha256": sha256_hex(data)})
    manifest["counts"]["blobs"] += 1
    parts.set_manifest(manifest, signing_key(c.sender))
    return parts.write(path)


def bundle_id_reused(c, path):
    return _with_manifest(c, path, lambda m: m.update(bundle_id=c.first_bundle_id))


CASES = {
    "tampered_record": (tampered_record, "catatan 'records/findings.jsonl' telah diubah"),
    "tampered_record_encrypted": (tampered_record_encrypted, "telah diubah"),
    "tampered_evidence": (tampered_evidence, "berkas bukti 'blobs/"),
    "tampered_manifest": (tampered_manifest, "Tanda tangan bundel tidak sah"),
    "wrong_signature": (wrong_signature, "Tanda tangan bundel tidak sah"),
    "missing_signature": (missing_signature, "'manifest.sig' tidak ada"),
    "unknown_device": (unknown_device, "perangkat yang belum dikenal"),
    "known_device_new_key": (known_device_new_key, "sudah dikenal dengan kunci lain"),
    "truncated": (truncated, "rusak atau terpotong"),
    "truncated_encrypted": (truncated_encrypted, "terenkripsi rusak atau terpotong"),
    "not_a_zip": (not_a_zip, "Bukan berkas bundel Netralitas"),
    "empty_file": (empty_file, "kosong"),
    "encrypted_to_another_key": (encrypted_to_another_key, "dienkripsi untuk kunci lain"),
    "path_traversal": (path_traversal, "jalur yang keluar folder"),
    "absolute_path": (absolute_path, "jalur absolut"),
    "windows_absolute_path": (windows_absolute_path, "jalur absolut"),
    "backslash_name": (backslash_name, "garis miring terbalik"),
    "symlink": (symlink, "tautan simbolik"),
    "duplicate_names": (duplicate_names, "nama berkas ganda"),
    "directory_entry": (directory_entry, "berisi folder"),
    "outside_the_layout": (outside_the_layout, "di luar susunan bundel"),
    "unlisted_blob": (unlisted_blob, "tidak tercatat di manifest"),
    "zip_bomb": (zip_bomb, "bom ZIP"),
    "oversized_json_line": (oversized_json_line, "JSON terlalu besar"),
    "oversized_manifest": (oversized_manifest, "'manifest.json' terlalu besar"),
    "future_format_version": (future_format_version, "format versi 3, lebih baru"),
    "format_version_1": (format_version_1, "format versi 1 dari Netralitas Desktop versi lama"),
    "wrong_format_version": (wrong_format_version, "Versi format bundel tidak dikenal"),
    "not_a_netralitas_manifest": (not_a_netralitas_manifest, "Bukan bundel Netralitas"),
    "manifest_not_json": (manifest_not_json, "bukan JSON yang sah"),
    "manifest_duplicate_keys": (manifest_duplicate_keys, "kunci ganda 'format_version'"),
    "record_with_wrong_type": (record_with_wrong_type, "kolom 'version' harus bilangan bulat"),
    "record_not_an_object": (record_not_an_object, "harus berisi satu objek JSON"),
    "event_without_its_finding": (event_without_its_finding, "merujuk temuan yang tidak ada"),
    "counts_do_not_match": (counts_do_not_match, "jumlah catatan 'findings' tidak cocok"),
    "audit_entry_rewritten": (audit_entry_rewritten, "log audit"),
    "size_does_not_match": (size_does_not_match, "ukuran 'records/offices.jsonl' tidak cocok"),
    "listed_entry_missing": (listed_entry_missing, "tercatat di manifest tidak ada"),
    "blob_nobody_refers_to": (blob_nobody_refers_to, "tidak dirujuk"),
    "bundle_id_reused": (bundle_id_reused, "ID bundelnya sudah dipakai"),
}


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_bundle_is_refused_and_the_store_is_unchanged(corpus, name, tmp_path):
    make, message = CASES[name]
    path = make(corpus, tmp_path / f"{name}.nbundle")
    result = run(corpus.hq, "bundle", "import", path)
    assert result.code == 1, f"{name} was accepted: {result.out}"
    assert result.err.startswith("galat: ") and result.err.count("\n") == 1
    assert message in result.err, result.err
    if name != "unknown_device":  # a sound bundle from an unknown device verifies; importing it is refused
        verify = run(corpus.hq, "bundle", "verify", path)
        assert verify.code == 1 and message in verify.err
    if name == "unknown_device":
        # Once its fingerprint is checked, the same bundle is accepted (shown on a copy: it is a real change).
        copy = tmp_path / "hq-copy"
        shutil.copytree(corpus.hq, copy)
        assert import_(copy, path, "--trust-new-device")["applied"]
    else:
        trusted = run(corpus.hq, "bundle", "import", path, "--trust-new-device")
        assert trusted.code == 1 and message in trusted.err
    assert frozen(corpus.hq) == corpus.hq_state
    assert not [p for p in (corpus.hq / "sync-tmp").iterdir()]


def test_the_sound_bundle_still_imports_after_all_refusals(corpus, tmp_path):
    hq = tmp_path / "hq"
    shutil.copytree(corpus.hq, hq)
    good = tmp_path / "good.nbundle"
    good.write_bytes(corpus.good)
    report = import_(hq, good)
    assert report["applied"] and report["counts"]["findings"]["added"] == 1
    assert ok(hq, "check").code == 0
