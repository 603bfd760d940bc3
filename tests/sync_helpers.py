"""Helpers for the sync tests: offices at each level, bundles through the CLI, and a store's state to compare."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pyrage
from cli_helpers import png_bytes, run, store_snapshot
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from netralitas_desktop.domain.model import new_id

OFFICES = {
    "desa": ("Panwaslu Desa Rias", "desa", "19.03.01.2008", "Sari Dewi"),
    "kecamatan": ("Panwaslu Kecamatan Toboali", "kecamatan", "19.03.01", "Rina Marlina"),
    "kecamatan2": ("Panwaslu Kecamatan Lepar", "kecamatan", "19.03.02", "Yusuf Halim"),
    "kabupaten": ("Bawaslu Kabupaten Bangka Selatan", "kabupaten", "19.03", "Budi Santoso"),
    "provinsi": ("Bawaslu Provinsi Kepulauan Bangka Belitung", "provinsi", "19", "Maya Lestari"),
}


def make_office(folder: Path, kind: str) -> Path:
    """An initialised store for one of OFFICES."""
    name, level, region, officer = OFFICES[kind]
    result = run(folder, "init", "--office-name", name, "--level", level, "--region", region, "--officer", officer)
    assert result.code == 0, result.err
    return folder


def ok(data_dir: Path, *args):
    """Run the CLI and insist it succeeded; returns its JSON when --json was given, else the result."""
    result = run(data_dir, *args)
    assert result.code == 0, f"{args}: {result.err}"
    return result.json() if "--json" in args else result


def add_finding(data_dir: Path, tmp: Path, description: str, *, region: str = "19.03.01.2008",
                evidence: bytes | None = None, name: str = "Hendra Saputra") -> str:
    """A finding through the CLI, optionally with one PNG evidence file; returns its id."""
    args = ["finding", "add", "--category", "MS-SOSIALISASI", "--region", region, "--occurred-on", "2023-12-02",
            "--known-on", "2023-12-03", "--platform", "facebook", "--description", description,
            "--subject", f"name={name};type=pns;nip=198503122010011004;position=Guru;agency=SD Negeri 3 Toboali",
            "--url", "https://www.facebook.com/hendra.saputra/posts/1234567890"]
    if evidence is not None:
        path = tmp / f"bukti-{hashlib.sha256(evidence).hexdigest()[:8]}.png"
        path.write_bytes(evidence)
        args += ["--evidence", path]
    return ok(data_dir, *args, "--json")["id"]


def evidence_png(seed: int) -> bytes:
    return png_bytes(color=(seed * 37 % 256, seed * 91 % 256, 120), size=(40 + seed % 7, 30))


def age_key(data_dir: Path) -> str:
    return ok(data_dir, "keys", "show", "--json")["age_recipient"]


def export(data_dir: Path, output: Path, *args) -> dict:
    return ok(data_dir, "bundle", "export", "-o", output, *args, "--json")


def import_(data_dir: Path, bundle: Path, *args) -> dict:
    return ok(data_dir, "bundle", "import", bundle, *args, "--json")


def office_id(data_dir: Path) -> str:
    return ok(data_dir, "keys", "show", "--json")["office"]["id"]


def device_id(data_dir: Path) -> str:
    return ok(data_dir, "keys", "show", "--json")["device_id"]


# -- comparing stores ---------------------------------------------------------------------------------------------
def frozen(data_dir: Path) -> tuple:
    """The database file's bytes (after a checkpoint) and everything a user could see: for 'unchanged' checks."""
    conn = sqlite3.connect(data_dir / "netralitas.db")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = data_dir / "netralitas.db-wal"
    wal_size = wal.stat().st_size if wal.exists() else 0
    db_hash = hashlib.sha256((data_dir / "netralitas.db").read_bytes()).hexdigest()
    return db_hash, wal_size, store_snapshot(data_dir)


def _rows(conn, sql: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql)]


def logical_state(data_dir: Path) -> dict:
    """The shared content of a store, without what is local by nature (change counters, import times, the
    store's own audit chain): two stores that received the same bundles must agree on all of it."""
    conn = sqlite3.connect(f"file:{data_dir / 'netralitas.db'}?mode=ro", uri=True)
    try:
        own = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0])

        def table(name: str, without=("local_seq",), where: str = "") -> list[tuple]:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[1] not in without]
            return _rows(conn, f"SELECT {', '.join(columns)} FROM {name} {where} ORDER BY {columns[0]}, "
                               f"{', '.join(columns[1:3])}")

        state = {
            "offices": table("offices"),
            "findings": table("findings"),
            "subjects": table("subjects"),
            "evidence": table("evidence"),
            "status_events": table("status_events"),
            "notes": table("notes"),
            "blobs": table("blobs", without=("stored_at",)),
            "audit": table("audit_log", without=("seq",), where=f"WHERE device_id != '{own}'"),
            "open_conflicts": _rows(conn, "SELECT entity, entity_id, version, content_hash FROM sync_conflicts "
                                          "WHERE resolved_at IS NULL ORDER BY 1, 2, 3, 4"),
            "devices": _rows(conn, "SELECT device_id, office_id, signing_key, last_sequence FROM sync_devices "
                                   "ORDER BY 1"),
        }
    finally:
        conn.close()
    state["files"] = store_snapshot(data_dir)[1]
    return state


def clone_as_second_device(source: Path, target: Path) -> Path:
    """A second laptop of the same office: a copy of the data dir with its own device id and keys."""
    from netralitas_desktop.data.keys import create_device_keys

    shutil.copytree(source, target)
    shutil.rmtree(target / "keys")
    new_device = new_id()
    conn = sqlite3.connect(target / "netralitas.db")
    with conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'device_id'", (json.dumps(new_device),))
        conn.execute("DELETE FROM settings WHERE key = 'audit_head'")
        # A new device has signed nothing yet: the first laptop's attestations and certificates stay its own.
        for table in ("sync_record_origins", "sync_attestations", "sync_certificates", "sync_state"):
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    create_device_keys(target, new_device)
    return target


# -- taking bundles apart and forging them ------------------------------------------------------------------------
def identity(data_dir: Path) -> pyrage.x25519.Identity:
    text = (data_dir / "keys" / "age-identity.txt").read_text()
    return pyrage.x25519.Identity.from_str(next(line for line in text.splitlines() if line.startswith("AGE-")))


def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    return serialization.load_pem_private_key((data_dir / "keys" / "device-signing.pem").read_bytes(), None)


def plain_zip(bundle: Path, receiver: Path | None = None) -> bytes:
    """The ZIP inside a bundle (decrypted with the receiver's identity when encrypted)."""
    data = bundle.read_bytes()
    if data.startswith(b"age-encryption.org"):
        return pyrage.decrypt(data, [identity(receiver)])
    return data


class Parts:
    """A bundle's entries in order, editable, and written back as a ZIP (re-signed or not)."""

    def __init__(self, zip_bytes: bytes):
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
            self.entries = [(info.filename, zf.read(info)) for info in zf.infolist()]

    def get(self, name: str) -> bytes:
        return next(data for n, data in self.entries if n == name)

    def set(self, name: str, data: bytes) -> None:
        self.entries = [(n, data if n == name else d) for n, d in self.entries]

    @property
    def manifest(self) -> dict:
        return json.loads(self.get("manifest.json"))

    def set_manifest(self, manifest: dict, key: Ed25519PrivateKey | None = None) -> None:
        """Replace the manifest; sign it with `key` (else keep the old, now wrong, signature)."""
        data = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode()
        self.set("manifest.json", data)
        if key is not None:
            self.set("manifest.sig", key.sign(data))

    def update_entry(self, name: str, data: bytes, key: Ed25519PrivateKey) -> None:
        """Change an entry and record its new size and hash in a re-signed manifest (a sender gone rogue)."""
        self.set(name, data)
        manifest = self.manifest
        for entry in manifest["entries"]:
            if entry["path"] == name:
                entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
        self.set_manifest(manifest, key)

    def write(self, path: Path, *, extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
              recipients: list[str] = ()) -> Path:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in self.entries:
                zf.writestr(name, data)
            for info, data in extra:
                zf.writestr(info, data)
        data = buffer.getvalue()
        if recipients:
            data = pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(r) for r in recipients])
        path.write_bytes(data)
        return path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()



# -- a rogue office -------------------------------------------------------------------------------------------------
class Rogue:
    """An office gone rogue. It takes one of its own honest exports apart, edits records, signs what it changed
    with its own keys (a new attestation, a new manifest signature: what any office can do) and encrypts the
    result again. It cannot sign with another office's keys; `claim_device` lets it try (the signature is then
    its own key's, under another device's name)."""

    def __init__(self, office: Path, bundle: Path, receiver: Path | None = None):
        self.office = office
        self.key = signing_key(office)
        self.device = device_id(office)
        self.parts = Parts(plain_zip(Path(bundle), receiver))
        self.changed: list[tuple[str, dict]] = []

    # reading and editing records
    def records(self, kind: str) -> list[dict]:
        data = self.parts.get(f"records/{kind}.jsonl").decode()
        return [json.loads(line) for line in data.splitlines()]

    def _store(self, kind: str, records: list[dict]) -> None:
        self.parts.set(f"records/{kind}.jsonl", "".join(canonical_line(r) for r in records).encode())

    def edit(self, kind: str, match, change, *, resign: bool = True) -> dict:
        """Change the first record of `kind` for which `match(record)` holds; re-attest it unless told not to."""
        records = self.records(kind)
        record = next(r for r in records if match(r))
        change(record)
        if resign:
            self.changed.append((kind, record))
        self._store(kind, records)
        return record

    def add(self, kind: str, record: dict, *, resign: bool = True) -> dict:
        records = self.records(kind)
        records.append(record)
        if resign:
            self.changed.append((kind, record))
        self._store(kind, records)
        return record

    def remove(self, kind: str, match) -> None:
        self._store(kind, [r for r in self.records(kind) if not match(r)])

    def add_certificate(self, device: str, signing_key_b64: str, office: dict, *, issuer: str | None = None,
                        key: Ed25519PrivateKey | None = None) -> dict:
        from netralitas_desktop.sync.format import CERTIFICATE_PREFIX, signed_bytes

        statement = {"device_id": device, "signing_key": signing_key_b64, "office_id": office["id"],
                     "level": office["level"], "region_code": office["region_code"],
                     "issuer_device_id": issuer or self.device, "issued_at": "2024-01-05T08:00:00+00:00"}
        statement["signature"] = base64.b64encode((key or self.key).sign(
            signed_bytes(CERTIFICATE_PREFIX, statement))).decode()
        return self.add("certificates", statement, resign=False)

    def keep_only_the_office(self) -> None:
        """Drop every finding with what belongs to it (evidence, its files, events, notes): the office record, its
        audit entries and their proofs stay."""
        for kind in ("findings", "evidence", "status_events", "notes"):
            self.remove(kind, lambda r: True)
        self.parts.entries = [(n, d) for n, d in self.parts.entries if not n.startswith("blobs/")]

    def remove_blob(self, sha: str) -> None:
        self.parts.entries = [(n, d) for n, d in self.parts.entries if n != f"blobs/{sha}"]

    # signing and writing
    def attest(self, *, claim_device: str | None = None, key: Ed25519PrivateKey | None = None) -> str:
        """Put every changed record in one new attestation signed with the rogue's key (or `key`)."""
        from netralitas_desktop.sync.format import ATTESTATION_PREFIX, content_hash, record_digest, signed_bytes

        attestation_id = new_id()
        digests = []
        for kind, record in self.changed:
            content = {k: v for k, v in record.items() if k != "attestation"}
            digests.append(record_digest(kind, content_hash(content)))
        statement = {"id": attestation_id, "device_id": claim_device or self.device,
                     "signed_at": "2024-01-05T08:00:00+00:00", "digests": digests}
        statement["signature"] = base64.b64encode((key or self.key).sign(
            signed_bytes(ATTESTATION_PREFIX, statement))).decode()
        for kind, record in self.changed:
            wanted = _identity(kind, record)
            records = self.records(kind)
            for other in records:
                if _identity(kind, other) == wanted:
                    other["attestation"] = attestation_id
            self._store(kind, records)
        self.add("attestations", statement, resign=False)
        self.changed = []
        return attestation_id

    def write(self, path: Path, *, recipients: list[str] = (), manifest_change=None) -> Path:
        """Attest what changed, fix the manifest's entries and counts, sign it with the rogue's key, encrypt."""
        if self.changed:
            self.attest()
        manifest = self.parts.manifest
        names = {n for n, _ in self.parts.entries}
        manifest["entries"] = [e for e in manifest["entries"] if e["path"] in names]
        for entry in manifest["entries"]:
            data = self.parts.get(entry["path"])
            entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
        for kind in manifest["counts"]:
            if kind != "blobs":
                manifest["counts"][kind] = len(self.records(kind))
        manifest["counts"]["blobs"] = sum(1 for n in names if n.startswith("blobs/"))
        if manifest_change is not None:
            manifest_change(manifest)
        manifest["bundle_id"] = new_id()
        self.parts.set_manifest(manifest, self.key)
        return self.parts.write(path, recipients=list(recipients))


def _identity(kind: str, record: dict):
    return (record["device_id"], record["issuer_device_id"]) if kind == "certificates" else record["id"]


def canonical_line(record: dict) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
