"""Reading a bundle without trusting it: decrypt, check every name, bound every size, check the signature, the
format version and every SHA-256, and every record field by field. Nothing here writes to the store."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import threading
import zipfile
from contextlib import ExitStack, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyrage

from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data import sync_tables
from netralitas_desktop.data.audit import GENESIS, entry_hash
from netralitas_desktop.data.sync_workdir import STAGED_BLOBS
from netralitas_desktop.domain.dates_id import byte_count
from netralitas_desktop.domain.errors import Cancelled
from netralitas_desktop.sync.format import (
    AGE_ARMOR_MAGIC,
    AGE_MAGIC,
    BLOB_PREFIX,
    EMPTY_ZIP_MAGIC,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_BLOB_BYTES,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_RECORD_FILE_BYTES,
    MAX_RECORD_LINE_BYTES,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    RECORD_KINDS,
    RECORD_PATHS,
    SHA256_RE,
    SIGNATURE,
    SIGNATURE_BYTES,
    SIGNED_KINDS,
    ZIP_MAGIC,
    BundleError,
    canonical_json,
    refuse_json_constant,
    strict_json,
)
from netralitas_desktop.sync.progress import Tracker
from netralitas_desktop.sync.records import (
    MAX_SAFE_INTEGER,
    RecordProblem,
    checked_office,
    checked_record,
    normalised_on_reading,
    split_attestation,
)

CHUNK = 1024 * 1024
BLOB_CHUNK = 4 * 1024 * 1024
# Records are parsed with the C decoder; NaN and Infinity are refused (duplicate keys only matter in the manifest,
# which is parsed strictly: a record is checked field by field after parsing).
_RECORD_JSON = json.JSONDecoder(parse_constant=refuse_json_constant)
KNOWN_PATHS = {MANIFEST, SIGNATURE, *RECORD_PATHS.values()}
RESEND = "Minta pengirim membuat dan mengirim ulang bundelnya."


@dataclass
class Signer:
    """Who signed a bundle, and whether this store knows that device."""

    device_id: str
    office: dict
    signing_key: str
    fingerprint: str
    age_recipient: str
    status: str  # self | known | unknown | key_changed | identity_changed
    bound: dict | None = None  # the office identity it was trusted for: {level, region_code}

    @property
    def known(self) -> bool:
        return self.status in ("self", "known")

    def to_json(self) -> dict:
        return {**asdict(self), "known": self.known}


@dataclass
class Bundle:
    """A bundle whose manifest and signature were checked (and, after `read_contents`, everything else)."""

    path: Path
    encrypted: bool
    file_size: int
    file_sha256: str  # of the file as received: set by the evidence check (`EvidenceCheck.wait()`)
    zip_path: Path
    manifest: dict
    manifest_sha256: str
    signer: Signer
    entries: dict[str, dict]  # path -> manifest entry
    infos: dict[str, zipfile.ZipInfo]
    records: dict[str, list[dict]] = field(default_factory=dict)  # content, without the `attestation` field
    attested_by: dict[str, list[str]] = field(default_factory=dict)  # kind -> attestation id of each record
    # kind -> {line index: canonical JSON as carried} for records filled in on reading (their digest is of this)
    as_carried: dict[str, dict[int, str]] = field(default_factory=dict)
    # kind -> {line index: SHA-256 of the line's bytes after the attestation}: the content hash when those bytes
    # are the canonical JSON (the attestation lists their digest); saves encoding every record again
    as_written: dict[str, dict[int, str]] = field(default_factory=dict)
    blobs: dict[str, dict] = field(default_factory=dict)  # sha256 -> {"size", "staged": Path | None}

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def blob_bytes(self) -> int:
        return sum(b["size"] for b in self.blobs.values())


# -- step 1: the file, the container, the names ---------------------------------------------------------------------
def _decrypt(store, path: Path, target: Path) -> None:
    """Decrypt an age file into `target` with pyrage (file to file, streaming)."""
    identity = device_keys.age_identity_for(store)
    try:
        with open(path, "rb") as probe:
            armored = probe.read(len(AGE_ARMOR_MAGIC)).startswith(AGE_ARMOR_MAGIC)
        if armored:  # armored by hand: rare and small
            target.write_bytes(pyrage.decrypt(path.read_bytes(), [identity]))
        else:
            pyrage.decrypt_file(str(path), str(target), [identity])
    except pyrage.DecryptError as err:
        if "no matching keys" in str(err).lower():
            raise BundleError(
                "Bundel ini dienkripsi untuk kunci lain, bukan untuk kantor ini. Minta pengirim mengenkripsi "
                "untuk kunci age kantor ini (lihat `netralitas keys show`).") from err
        raise BundleError(f"Bundel terenkripsi rusak atau terpotong; tidak dapat dibuka. {RESEND}") from err
    except OSError as err:
        if err.errno in (28, 27, 122):
            raise BundleError("Disk penuh saat membuka bundel terenkripsi; kosongkan ruang lalu ulangi. "
                              "Tidak ada data yang berubah.") from err
        raise BundleError(f"Bundel terenkripsi rusak atau terpotong; tidak dapat dibuka. {RESEND}") from err


def _hash_file(path: Path, tracker: Tracker, stop: threading.Event) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(BLOB_CHUNK):
                if stop.is_set():
                    raise Cancelled(tracker.message)
                digest.update(chunk)
                tracker.advance(len(chunk))
    except OSError as err:
        raise BundleError(f"Berkas bundel tidak dapat dibaca lagi: {path} ({err.strerror or err}).") from err
    return digest.hexdigest()


def _check_name(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.orig_filename
    shown = name.encode("unicode_escape").decode("ascii")[:80]
    if "\x00" in name or name != info.filename:
        raise BundleError(f"Bundel ditolak: nama berkas tidak sah di dalam bundel ('{shown}').")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise BundleError(f"Bundel ditolak: berisi jalur absolut '{shown}'.")
    if "\\" in name:
        raise BundleError(f"Bundel ditolak: nama berkas memakai garis miring terbalik '{shown}'.")
    parts = name.split("/")
    if ".." in parts:
        raise BundleError(f"Bundel ditolak: berisi jalur yang keluar folder ('{shown}').")
    if name.endswith("/") or info.is_dir():
        raise BundleError(f"Bundel ditolak: berisi folder '{shown}' (bundel hanya berisi berkas).")
    if "." in parts or "" in parts:
        raise BundleError(f"Bundel ditolak: nama berkas tidak sah di dalam bundel ('{shown}').")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode) or (mode and stat.S_IFMT(mode) and not stat.S_ISREG(mode)):
        raise BundleError(f"Bundel ditolak: '{shown}' adalah tautan simbolik atau berkas khusus.")
    if name in seen:
        raise BundleError(f"Bundel ditolak: nama berkas ganda '{shown}'.")
    seen.add(name)
    if name not in KNOWN_PATHS and not (name.startswith(BLOB_PREFIX)
                                        and SHA256_RE.match(name[len(BLOB_PREFIX):])):
        raise BundleError(f"Bundel ditolak: berkas '{shown}' di luar susunan bundel.")


def _check_sizes(info: zipfile.ZipInfo) -> None:
    name = info.filename
    if info.flag_bits & 0x1:
        raise BundleError(f"Bundel ditolak: '{name}' dienkripsi dengan sandi ZIP (tidak didukung).")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"Bundel ditolak: '{name}' memakai metode kompresi yang tidak didukung.")
    limit = (MAX_MANIFEST_BYTES if name == MANIFEST else SIGNATURE_BYTES if name == SIGNATURE
             else MAX_RECORD_FILE_BYTES if name in KNOWN_PATHS else MAX_BLOB_BYTES)
    if info.file_size > limit:
        raise BundleError(f"Bundel ditolak: '{name}' terlalu besar ({byte_count(info.file_size)}; batas "
                          f"{byte_count(limit)}).")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise BundleError(f"Bundel ditolak: '{name}' mengembang lebih dari {MAX_RATIO} kali saat dibuka "
                          "(bom ZIP).")


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with zf.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as err:
        raise BundleError(f"Bundel rusak: '{info.filename}' tidak dapat dibaca ({err}). {RESEND}") from err
    if len(data) > limit:
        raise BundleError(f"Bundel ditolak: '{info.filename}' lebih besar dari yang tercatat.")
    return data


def open_bundle(store, path: Path | str, folder: Path, tracker: Tracker) -> Bundle:
    """Decrypt (into `folder`), check the container, the manifest and its signature; classify the signer."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(len(AGE_ARMOR_MAGIC))
    except FileNotFoundError as err:
        raise BundleError(f"Berkas bundel tidak ditemukan: {path}") from err
    except IsADirectoryError as err:
        raise BundleError(f"Itu folder, bukan berkas bundel: {path}") from err
    except OSError as err:
        raise BundleError(f"Berkas bundel tidak dapat dibaca: {path} ({err.strerror or err}).") from err
    encrypted = head.startswith(AGE_MAGIC) or head.startswith(AGE_ARMOR_MAGIC)
    if not encrypted and not head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        if size == 0:
            raise BundleError(f"Berkas bundel kosong (0 bita): {path.name}. {RESEND}")
        raise BundleError(f"Bukan berkas bundel Netralitas (bukan ZIP maupun berkas terenkripsi age): {path.name}.")
    free = shutil.disk_usage(folder).free
    if encrypted and free < size + 64 * 1024 * 1024:
        raise BundleError("Ruang disk di folder data tidak cukup untuk membuka bundel ini; kosongkan ruang lalu "
                          "ulangi. Tidak ada data yang berubah.")

    tracker.phase(0.2, 1)  # pyrage reports no progress while it decrypts
    if encrypted:
        zip_path = folder / "bundle.zip"
        _decrypt(store, path, zip_path)
        tracker.check()
    else:
        zip_path = path

    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as err:
        what = "Isi bundel terenkripsi" if encrypted else "Bundel"
        raise BundleError(f"{what} rusak atau terpotong (bukan ZIP yang utuh). {RESEND}") from err
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"Bundel ditolak: terlalu banyak berkas ({len(infos)}; batas {MAX_ENTRIES}).")
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info, seen)
            _check_sizes(info)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"Bundel ditolak: total isinya terlalu besar ({byte_count(total)}).")
        by_name = {info.filename: info for info in infos}
        for required in (MANIFEST, SIGNATURE):
            if required not in by_name:
                raise BundleError(f"Bundel rusak: '{required}' tidak ada. {RESEND}")
        manifest_bytes = _read_entry(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES)
        signature = _read_entry(zf, by_name[SIGNATURE], SIGNATURE_BYTES)

    manifest = strict_json(manifest_bytes, "manifest.json")
    _check_manifest_header(manifest)
    source = manifest["source"]
    if len(signature) != SIGNATURE_BYTES or not device_keys.signature_valid(source["signing_key"], manifest_bytes,
                                                                            signature):
        raise BundleError("Tanda tangan bundel tidak sah: manifest telah diubah, atau bundel tidak ditandatangani "
                          "oleh perangkat yang disebutnya. Bundel ditolak.")
    if device_keys.fingerprint(source["signing_key"]) != source["fingerprint"]:
        raise BundleError("Bundel ditolak: sidik jari kunci di manifest tidak cocok dengan kuncinya.")
    _check_manifest_body(manifest)
    entries = {e["path"]: e for e in manifest["entries"]}
    listed = set(entries) | {MANIFEST, SIGNATURE}
    if set(by_name) != listed:
        extra = sorted(set(by_name) - listed)
        missing = sorted(listed - set(by_name))
        if extra:
            raise BundleError(f"Bundel ditolak: berkas '{extra[0]}' tidak tercatat di manifest.")
        raise BundleError(f"Bundel rusak: berkas '{missing[0]}' yang tercatat di manifest tidak ada. {RESEND}")
    for name, entry in entries.items():
        if by_name[name].file_size != entry["size"]:
            raise BundleError(f"Bundel ditolak: ukuran '{name}' tidak cocok dengan manifest.")
    return Bundle(path=path, encrypted=encrypted, file_size=size, file_sha256="",
                  zip_path=zip_path,
                  manifest=manifest, manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
                  signer=classify_signer(store, source), entries=entries, infos=by_name)


def _check_manifest_header(manifest) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError("Bukan bundel Netralitas: manifest.json tidak menyebut format 'netralitas-bundle'.")
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BundleError(f"Versi format bundel tidak dikenal: {str(version)[:20]!r}.")
    if version > FORMAT_VERSION:
        raise BundleError(f"Bundel memakai format versi {version}, lebih baru dari yang dikenal aplikasi ini "
                          f"(versi {FORMAT_VERSION}). Perbarui Netralitas Desktop lalu ulangi.")
    if version < FORMAT_VERSION:
        raise BundleError(f"Bundel ini memakai format versi {version} dari Netralitas Desktop versi lama, yang tidak "
                          "membawa tanda tangan asal setiap catatan; bundel ditolak. Minta pengirim memperbarui "
                          f"aplikasinya lalu mengekspor ulang (format versi {FORMAT_VERSION}).")
    source = manifest.get("source")
    if not isinstance(source, dict) or not all(isinstance(source.get(k), str) for k in
                                                ("device_id", "signing_key", "fingerprint", "age_recipient")):
        raise BundleError("Bundel rusak: manifest tidak menyebut perangkat pengirim dan kuncinya.")


def _check_manifest_body(manifest: dict) -> None:
    def bad(what: str):
        return BundleError(f"Bundel rusak: manifest tidak sah ({what}).")

    if not isinstance(manifest.get("bundle_id"), str) or not manifest["bundle_id"]:
        raise bad("bundle_id")
    if not isinstance(manifest.get("created_at"), str):
        raise bad("created_at")
    sequence = manifest.get("sequence")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise bad("sequence")
    try:
        checked_office(manifest["source"].get("office"))
    except RecordProblem as err:
        raise bad(f"source.office: {err}") from err
    scope = manifest.get("scope")
    if not isinstance(scope, dict) or not isinstance(manifest.get("counts"), dict):
        raise bad("scope/counts")
    destination = scope.get("destination")
    if destination is not None and (not isinstance(destination, dict)
                                    or not isinstance(destination.get("office_id"), str)):
        raise bad("scope.destination")
    earlier = manifest.get("earlier_blobs", {})
    if not isinstance(earlier, dict) or not all(
            isinstance(k, str) and SHA256_RE.match(k) and isinstance(v, int) and not isinstance(v, bool)
            and 1 <= v <= MAX_SAFE_INTEGER for k, v in earlier.items()):
        raise bad("earlier_blobs")
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise bad("entries")
    paths = set()
    for entry in entries:
        if (not isinstance(entry, dict) or set(entry) != {"path", "size", "sha256"}
                or not isinstance(entry["path"], str) or isinstance(entry["size"], bool)
                or not isinstance(entry["size"], int) or entry["size"] < 0
                or not isinstance(entry["sha256"], str) or not SHA256_RE.match(entry["sha256"])):
            raise bad("entries")
        if entry["path"] in paths or entry["path"] in (MANIFEST, SIGNATURE):
            raise bad(f"entri ganda '{entry['path'][:80]}'")
        if entry["path"].startswith(BLOB_PREFIX) and entry["path"][len(BLOB_PREFIX):] != entry["sha256"]:
            raise bad(f"nama '{entry['path'][:80]}' tidak sama dengan SHA-256-nya")
        paths.add(entry["path"])
    for kind in RECORD_KINDS:
        if RECORD_PATHS[kind] not in paths:
            raise BundleError(f"Bundel rusak: '{RECORD_PATHS[kind]}' tidak tercatat di manifest.")


def classify_signer(store, source: dict) -> Signer:
    """Is the signing device this one, a trusted one, an unknown one, a known one with a new key (or for another
    office), or a trusted one whose office now claims another level or region than it was trusted for?"""
    office = source.get("office") or {}
    signer = Signer(source["device_id"], office, source["signing_key"], source["fingerprint"],
                    source["age_recipient"], "unknown")
    if source["device_id"] == store.device_id:
        same = device_keys.keys_for(store).signing_key == source["signing_key"] and office.get("id") == \
            store.office.id
        signer.status = "self" if same else "key_changed"
        return signer
    trusted = sync_tables.trusted_device(store, source["device_id"])
    if trusted is not None:
        signer.bound = {"level": trusted.bound_level, "region_code": trusted.bound_region}
        if trusted.signing_key != source["signing_key"] or trusted.office_id != office.get("id"):
            signer.status = "key_changed"
        elif (trusted.bound_level, trusted.bound_region) != (office.get("level"), office.get("region_code")):
            signer.status = "identity_changed"
        else:
            signer.status = "known"
    return signer


# -- step 2: every entry ----------------------------------------------------------------------------------------------
class EvidenceCheck:
    """Evidence files hashed (and staged) on a second thread while the import goes on: hashing and disk writes
    release the GIL, parsing and planning need it. `wait()` before anything depends on the files being sound."""

    def __init__(self, run):
        self._stop = threading.Event()
        self._failures: list[BaseException] = []

        def work() -> None:
            try:
                run(self._stop)
            except BaseException as err:  # noqa: BLE001 - re-raised on the waiting thread
                self._failures.append(err)

        self._thread = threading.Thread(target=work, name="bundle-blobs", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Block until every file was checked; raise what went wrong (a tampered file, a full disk, a cancel)."""
        self._thread.join()
        if self._failures:
            raise self._failures[0]

    def cancel(self) -> None:
        """Stop checking (the import failed elsewhere) and wait for the thread to leave the scratch folder."""
        self._stop.set()
        self._thread.join()


def read_contents(store, bundle: Bundle, folder: Path, tracker: Tracker, *, stage: bool) -> EvidenceCheck:
    """Check every record entry's SHA-256 and every record; start checking (with `stage`, keeping new evidence
    files in `folder`) every evidence file and hashing the bundle file, whose result `EvidenceCheck.wait()`
    gives."""
    tracker.phase(0.45, sum(e["size"] for e in bundle.entries.values()) + bundle.file_size)
    staged_dir = folder / STAGED_BLOBS
    blob_entries = [e for p, e in sorted(bundle.entries.items()) if p.startswith(BLOB_PREFIX)]
    if stage:
        staged_dir.mkdir(exist_ok=True)
        needed = sum(e["size"] for e in blob_entries if not store.vault.has(e["sha256"]))
        if shutil.disk_usage(folder).free < needed + 64 * 1024 * 1024:
            raise BundleError("Ruang disk di folder data tidak cukup untuk berkas bukti bundel ini; kosongkan ruang "
                              "lalu ulangi. Tidak ada data yang berubah.")
    for entry in blob_entries:
        sha = entry["sha256"]
        bundle.blobs[sha] = {"size": entry["size"],
                             "staged": staged_dir / sha if stage and not store.vault.has(sha) else None}

    records_zip = _open_zip(bundle)  # opened before the thread below may remove the decrypted copy

    def read_blobs(stop: threading.Event) -> None:
        with _open_zip(bundle) as zf:
            for entry in blob_entries:
                _read_blob(zf, bundle.infos[entry["path"]], entry, bundle.blobs[entry["sha256"]]["staged"], tracker,
                           stop, store.vault.staging_writer)
        if bundle.encrypted:
            # Every blob is read (and the records are read through a handle already open): the decrypted copy
            # goes before the flush below would write it to the disk. Windows keeps an open file: it stays.
            with suppress(OSError):
                bundle.zip_path.unlink()
        _make_durable([blob["staged"] for blob in bundle.blobs.values() if blob["staged"] is not None])
        # The file's own SHA-256 identifies it in the ledger and the receipt (nothing is decided by it).
        bundle.file_sha256 = _hash_file(bundle.path, tracker, stop)

    evidence = EvidenceCheck(read_blobs)
    try:
        with records_zip as zf:
            for kind in RECORD_KINDS:
                path = RECORD_PATHS[kind]
                (bundle.records[kind], bundle.attested_by[kind], bundle.as_carried[kind],
                 bundle.as_written[kind]) = _read_records(zf, bundle.infos[path], bundle.entries[path], kind, tracker)
        _check_counts(bundle)
        _check_references(bundle)
    except BaseException:
        evidence.cancel()
        raise
    return evidence


def _open_zip(bundle: Bundle) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(bundle.zip_path)
    except (zipfile.BadZipFile, OSError) as err:
        raise BundleError(f"Bundel rusak atau berubah saat dibaca. {RESEND}") from err


def _entry_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, tracker: Tracker, size: int = CHUNK,
                  stop: threading.Event | None = None):
    try:
        with zf.open(info) as handle:
            while chunk := handle.read(size):
                if stop is not None and stop.is_set():
                    raise Cancelled(tracker.message)
                tracker.advance(len(chunk))
                yield chunk
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as err:
        if isinstance(err, OSError) and err.errno in (28, 27, 122):
            raise BundleError("Disk penuh saat memeriksa bundel; kosongkan ruang lalu ulangi. "
                              "Tidak ada data yang berubah.") from err
        raise BundleError(f"Bundel rusak: isi '{info.filename}' tidak utuh ({err}). {RESEND}") from err


def _tampered(path: str) -> BundleError:
    what = "berkas bukti" if path.startswith(BLOB_PREFIX) else "catatan"
    return BundleError(f"Bundel ditolak: {what} '{path}' telah diubah (SHA-256 tidak cocok dengan manifest yang "
                       "ditandatangani).")


def _read_blob(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict, target: Path | None,
               tracker: Tracker, stop: threading.Event, writer=None) -> None:
    """Hash an evidence entry and, with a `target`, stage it there through `writer` (the vault's staging writer:
    sealed in a protected store, so no plaintext waits in the scratch folder)."""
    digest = hashlib.sha256()
    with ExitStack() as stack:
        out = None
        if target is not None:
            out = stack.enter_context(writer(target)) if writer is not None else stack.enter_context(
                open(target, "wb"))
        # Large reads: this thread needs the GIL only a few times per chunk while the other one parses.
        for chunk in _entry_chunks(zf, info, tracker, BLOB_CHUNK, stop):
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
    if digest.hexdigest() != entry["sha256"]:
        if target is not None:
            target.unlink(missing_ok=True)
        raise _tampered(entry["path"])


def _make_durable(paths: list[Path]) -> None:
    """Staged evidence files reach the disk before the transaction that refers to them commits.

    On Linux one `sync` (which waits until everything is written) costs one journal commit where a thousand
    fsyncs cost a thousand (seconds for a gigabyte of photos); elsewhere each file is fsynced, once all are written
    so that the disk has written most of them back meanwhile."""
    if not paths:
        return
    try:
        if sys.platform.startswith("linux"):
            os.sync()
            return
        for path in paths:
            with open(path, "r+b") as handle:  # writable: Windows flushes only handles opened for writing
                os.fsync(handle.fileno())
    except OSError as err:
        if err.errno in (28, 27, 122):
            raise BundleError("Disk penuh saat menyimpan berkas bukti bundel; kosongkan ruang lalu ulangi. "
                              "Tidak ada data yang berubah.") from err
        raise BundleError(f"Berkas bukti tidak dapat disimpan ({err.strerror or err}). Tidak ada data yang "
                          "berubah.") from err


def _read_records(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict, kind: str,
                  tracker: Tracker) -> tuple[list[dict], list[str], dict[int, str], dict[int, str]]:
    digest = hashlib.sha256()
    records: list[dict] = []
    attested_by: list[str] = []
    as_carried: dict[int, str] = {}
    as_written: dict[int, str] = {}
    problem: BundleError | None = None
    pending = b""
    line_number = 0

    def take(line: bytes) -> None:
        nonlocal problem, line_number
        line_number += 1
        if problem is not None:
            return
        try:
            value = _RECORD_JSON.decode(line.decode("utf-8"))
            if normalised_on_reading(kind, value):
                as_carried[len(records)] = canonical_json({k: v for k, v in value.items() if k != "attestation"})
            record = checked_record(kind, value)
            if kind in SIGNED_KINDS:
                record, attestation = split_attestation(record)
                attested_by.append(attestation)
                # Writers put the attestation first and then the record's canonical JSON: hash those bytes as
                # they are. Whether they really are the canonical JSON is settled by the attestation listing
                # their digest (the caller falls back to encoding the record when it does not).
                prefix = b'{"attestation":' + canonical_json(attestation).encode("utf-8") + b","
                if line.startswith(prefix):
                    as_written[len(records)] = hashlib.sha256(b"{" + line[len(prefix):]).hexdigest()
            records.append(record)
        except RecordProblem as err:
            problem = BundleError(f"Bundel rusak: {entry['path']} baris {line_number}: {err}.")
        except (ValueError, RecursionError):  # includes UnicodeDecodeError
            problem = BundleError(f"Bundel rusak: {entry['path']} baris {line_number} bukan JSON yang sah.")

    for chunk in _entry_chunks(zf, info, tracker):
        digest.update(chunk)
        if problem is not None:
            continue  # keep hashing: a tampered file is reported as tampered, not as malformed
        pending += chunk
        lines = pending.split(b"\n")
        pending = lines.pop()
        for line in lines:
            take(line)
        if len(pending) > MAX_RECORD_LINE_BYTES and problem is None:
            problem = BundleError(f"Bundel ditolak: satu baris di '{entry['path']}' melebihi "
                                  f"{byte_count(MAX_RECORD_LINE_BYTES)} (JSON terlalu besar).")
            pending = b""
    if digest.hexdigest() != entry["sha256"]:
        raise _tampered(entry["path"])
    if pending and problem is None:
        take(pending)
    if problem is not None:
        raise problem
    seen: set = set()
    for record in records:
        identities = [(record["device_id"], record["issuer_device_id"])] if kind == "certificates" else [record["id"]]
        if kind == "audit":
            identities.append((record["device_id"], record["device_seq"]))
        for identity in identities:
            if identity in seen:
                raise BundleError(f"Bundel rusak: catatan ganda di '{entry['path']}' ({identity}).")
            seen.add(identity)
    return records, attested_by, as_carried, as_written


def _check_counts(bundle: Bundle) -> None:
    counts = bundle.manifest["counts"]
    for kind in RECORD_KINDS:
        if counts.get(kind) != len(bundle.records[kind]):
            raise BundleError(f"Bundel rusak: jumlah catatan '{kind}' tidak cocok dengan manifest.")
    if counts.get("blobs") != len(bundle.blobs):
        raise BundleError("Bundel rusak: jumlah berkas bukti tidak cocok dengan manifest.")


def _check_references(bundle: Bundle) -> None:
    records = bundle.records
    findings = {f["id"] for f in records["findings"]}
    offices = {o["id"] for o in records["offices"]}
    source_office = bundle.manifest["source"]["office"]["id"]
    if source_office not in offices:
        raise BundleError("Bundel rusak: kantor pengirim tidak ada di records/offices.jsonl.")
    described = next(o for o in records["offices"] if o["id"] == source_office)
    if described != bundle.manifest["source"]["office"]:
        raise BundleError("Bundel rusak: kantor pengirim di manifest berbeda dengan di records/offices.jsonl.")
    attestations = {a["id"] for a in records["attestations"]}
    for kind in SIGNED_KINDS:
        for record, attestation in zip(records[kind], bundle.attested_by[kind], strict=True):
            if attestation not in attestations:
                raise BundleError(f"Bundel rusak: {kind} {str(record.get('id'))[:8]} merujuk atestasi "
                                  f"{attestation[:8]} yang tidak ada di records/attestations.jsonl.")
    for kind in ("evidence", "status_events", "notes"):
        for record in records[kind]:
            if record["finding_id"] not in findings:
                raise BundleError(f"Bundel rusak: {kind} {record['id'][:8]} merujuk temuan yang tidak ada di "
                                  "bundel.")
    for kind in ("findings", "evidence", "status_events", "notes"):
        for record in records[kind]:
            if record["origin_office_id"] not in offices:
                raise BundleError(f"Bundel rusak: kantor asal {record['origin_office_id'][:8]} tidak ada di "
                                  "records/offices.jsonl.")
    referenced = {record["sha256"] for record in records["evidence"]}
    for sha in bundle.blobs:
        if sha not in referenced:
            raise BundleError(f"Bundel ditolak: berkas blobs/{sha[:12]}… tidak dirujuk catatan bukti mana pun.")
    for record in records["evidence"]:
        blob = bundle.blobs.get(record["sha256"])
        if blob is not None and record["size"] != blob["size"]:
            raise BundleError(f"Bundel ditolak: bukti {record['id'][:8]} mencatat ukuran {byte_count(record['size'])}"
                              f", tetapi berkasnya {byte_count(blob['size'])}.")
    chains: dict[str, dict[int, dict]] = {}
    for entry in records["audit"]:
        if entry["office_id"] not in offices:
            raise BundleError("Bundel rusak: entri log audit dari kantor yang tidak ada di records/offices.jsonl.")
        if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            raise BundleError(f"Bundel ditolak: entri log audit {entry['device_seq']} perangkat "
                              f"{entry['device_id'][:8]} telah diubah (hash tidak cocok).")
        chains.setdefault(entry["device_id"], {})[entry["device_seq"]] = entry
    for device, chain in chains.items():
        for seq, entry in chain.items():
            if seq == 1 and entry["prev_hash"] != GENESIS:
                raise BundleError(f"Bundel ditolak: entri log audit pertama perangkat {device[:8]} tidak dimulai "
                                  "dari nol (awal rantai palsu).")
            before = chain.get(seq - 1)
            if before is not None and entry["prev_hash"] != before["hash"]:
                raise BundleError(f"Bundel ditolak: rantai log audit perangkat {device[:8]} putus sebelum entri "
                                  f"{seq}.")
