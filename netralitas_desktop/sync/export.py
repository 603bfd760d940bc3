"""Writing bundles: what changed since the last export to a destination (or everything), signed, optionally
encrypted, written to a temporary file beside the output, fsynced and renamed; then recorded in the ledger."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pyrage

from netralitas_desktop import __version__
from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data import sync_tables
from netralitas_desktop.data.sync_origins import Attestation, Certificate, OriginTables, origins_transaction
from netralitas_desktop.data.sync_reader import Selection, SyncReader
from netralitas_desktop.data.sync_workdir import work_dir
from netralitas_desktop.data.vault import fsync_dir
from netralitas_desktop.domain.errors import NotFoundError, ValidationError
from netralitas_desktop.domain.model import LEVELS, new_id, utc_now
from netralitas_desktop.sync.attest import attest_own_records, certify_trusted_devices
from netralitas_desktop.sync.authority import OfficeIdentity
from netralitas_desktop.sync.format import (
    BLOB_PREFIX,
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    RECORD_KINDS,
    RECORD_PATHS,
    SIGNATURE,
    SIGNED_KINDS,
    BundleError,
    attested_line,
    canonical_and_hash,
    canonical_json,
    is_compressed_mime,
    record_digest,
)
from netralitas_desktop.sync.progress import CancelCheck, ProgressCallback, Tracker
from netralitas_desktop.sync.records import (
    audit_record,
    evidence_record,
    finding_record,
    note_record,
    office_record,
    status_event_record,
)
from netralitas_desktop.sync.streams import HashingWriter

CHUNK = 4 * 1024 * 1024
UPWARD = ""  # the ledger's destination for bundles to the level above


@dataclass
class ExportResult:
    """What `export_bundle` wrote."""

    path: Path
    bundle_id: str
    sequence: int
    created_at: str
    full: bool
    destination: dict | None  # the office of a return bundle; None for the level above
    encrypted: bool
    recipients: list[str]
    counts: dict[str, int]
    blob_bytes: int
    size: int
    sha256: str
    manifest_sha256: str
    since_local_seq: int = 0
    until_local_seq: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


# -- destinations and recipients ----------------------------------------------------------------------------------
def destination_office(store, text: str) -> dict:
    """An office known to this store (from its own data or imported bundles) by id, id prefix or region code."""
    text = text.strip()
    rows = sync_tables.offices_matching(store, text)
    if not rows:
        raise NotFoundError(f"Kantor tujuan tidak dikenal: '{text}'. Kantor dikenal setelah bundelnya diimpor "
                            "(lihat `netralitas keys devices`).")
    if len(rows) > 1:
        raise NotFoundError(f"'{text}' cocok dengan lebih dari satu kantor; tulis ID kantor lebih lengkap.")
    office = rows[0]
    if office["id"] == store.office.id:
        raise ValidationError("Kantor tujuan adalah kantor ini sendiri.", "destination")
    return office


def default_recipients(store, destination: dict | None) -> list[str]:
    """Upward: the configured headquarters keys. Return bundles: the age keys of the destination's devices."""
    if destination is None:
        return [r["key"] for r in device_keys.recipients(store)]
    return sync_tables.age_recipients_of_office(store, destination["id"])


def default_file_name(store, sequence: int, destination: dict | None) -> str:
    code = (store.office.office_code or store.office.region_code).replace(".", "")
    to = f"-ke-{(destination['office_code'] or destination['region_code']).replace('.', '')}" if destination else ""
    return f"netralitas-{code}{to}-{sequence:04d}-{datetime.now():%Y%m%d}{FILE_SUFFIX}"


# -- selection ----------------------------------------------------------------------------------------------------
@dataclass
class _Scope:
    destination: dict | None
    full: bool
    since_local_seq: int
    since_audit_seq: int
    until_local_seq: int = 0
    until_audit_seq: int = 0
    previous_sequence: int | None = None


def _identities(store, origins: OriginTables, reader: SyncReader) -> dict[str, OfficeIdentity]:
    """Every office known here as trusted: by its binding where it has one, else as recorded."""
    bindings = origins.bindings()
    found = {}
    for row in reader.all_offices():
        bound = bindings.get(row["id"])
        level, region = (bound.level, bound.region_code) if bound else (row["level"], row["region_code"])
        found[row["id"]] = OfficeIdentity(row["id"], level, region, row["name"])
    office = store.office
    found[office.id] = OfficeIdentity(office.id, office.level, office.region_code, office.name)
    return found


def _selection(store, destination: dict | None, identities: dict[str, OfficeIdentity],
               bindings: dict) -> Selection:
    me = identities[store.office.id]
    if destination is None:
        # Upward: everything except what came down from levels above ours (they have it already).
        above = {i for i, o in identities.items() if LEVELS.index(o.level) < LEVELS.index(me.level)}
        return Selection(exclude_origins=frozenset(above))
    bound = bindings.get(destination["id"])
    if bound is None:
        raise BundleError(f"Kantor tujuan {destination['name']} belum pernah dipercaya di sini (belum ada bundelnya "
                          "yang diimpor): bundel balik dipilih menurut wilayah yang dipercaya, bukan yang diakui.")
    target = OfficeIdentity(destination["id"], bound.level, bound.region_code, destination["name"])
    # What offices above the destination decided about its findings and those of the offices below it.
    about = {i for i, o in identities.items() if i == target.id or target.covers(o)}
    above = {i for i, o in identities.items() if o.covers(target)}
    return Selection(findings_of=frozenset(about), made_by=frozenset(above))


_MAKE = {"evidence": evidence_record, "status_events": status_event_record, "notes": note_record,
         "audit": audit_record, "offices": office_record}


class _RecordWriter:
    """A JSON Lines file in the work dir, hashed as it is written."""

    def __init__(self, path: Path):
        self.path = path
        self.handle = open(path, "wb")  # noqa: SIM115 - closed in finish()
        self.digest = hashlib.sha256()
        self.count = 0
        self.size = 0

    def write(self, record: dict) -> None:
        self.write_line((canonical_json(record) + "\n").encode("utf-8"))

    def write_line(self, line: bytes) -> None:
        self.handle.write(line)
        self.digest.update(line)
        self.count += 1
        self.size += len(line)

    def finish(self) -> dict:
        self.handle.close()
        return {"path": self.path, "size": self.size, "sha256": self.digest.hexdigest()}


@dataclass
class _Selected:
    files: dict
    counts: dict
    blobs: set[str]
    attestations: list[Attestation]
    certificates: list[Certificate]
    skipped: int



def _certificate_paths(own_device: str, devices: set[str], certificates: list[Certificate]) -> tuple[list, set]:
    """The certificates that link each device to this one (issuer by issuer); and the devices with no such link."""
    by_subject: dict[str, list[Certificate]] = {}
    for cert in certificates:
        by_subject.setdefault(cert.device_id, []).append(cert)
    chosen: dict[tuple[str, str], Certificate] = {}
    unprovable = set()
    for device in devices - {own_device}:
        path: list[Certificate] | None = None
        frontier: list[tuple[str, list[Certificate]]] = [(device, [])]
        seen = {device}
        while frontier and path is None:
            subject, links = frontier.pop(0)
            for cert in by_subject.get(subject, []):
                step = [*links, cert]
                if cert.issuer_device_id == own_device:
                    path = step
                    break
                if cert.issuer_device_id not in seen:
                    seen.add(cert.issuer_device_id)
                    frontier.append((cert.issuer_device_id, step))
        if path is None:
            unprovable.add(device)
        else:
            chosen.update({(c.device_id, c.issuer_device_id): c for c in path})
    return [chosen[k] for k in sorted(chosen)], unprovable


def _select_records(store, reader: SyncReader, origins: OriginTables, scope: _Scope, selection: Selection,
                    folder: Path, tracker: Tracker) -> _Selected:
    """Write the scope's records with their attestations and the certificates that prove them to JSON Lines files."""
    since = scope.since_local_seq
    rows: dict[str, list] = {"status_events": [], "notes": [], "evidence": [], "findings": [], "audit": []}
    for kind in ("status_events", "notes") if not selection.upward else ("status_events", "notes", "evidence"):
        rows[kind] = list(reader.changed_children(kind, since, selection))
    tracker.advance()
    if selection.upward:
        rows["findings"] = list(reader.changed_findings(since, selection))
    # A bundle is self-contained: every event, note and evidence item travels with its finding, so the
    # receiver can apply it whatever it imported before.
    have = {r["id"] for r in rows["findings"]}
    parents = {r["finding_id"] for k in ("status_events", "notes", "evidence") for r in rows[k]} - have
    rows["findings"] += reader.findings_by_id(parents)
    rows["audit"] = list(reader.changed_audit(scope.since_audit_seq, selection))
    tracker.advance()

    office_ids = {store.office.id} | {r["origin_office_id"] for k in ("findings", "evidence", "status_events", "notes")
                                      for r in rows[k]} | {r["office_id"] for r in rows["audit"]}
    office_rows = reader.rows_by_id("offices", office_ids, proved=True)
    attestations = origins.attestations({r["attestation_id"] for kind_rows in (*rows.values(), office_rows.values())
                                         for r in kind_rows if r["attestation_id"] is not None})
    devices = {a.device_id for a in attestations.values()}
    _, unprovable = _certificate_paths(store.device_id, devices, origins.certificates())
    # The devices whose attestations this bundle can carry with the certificates that link them to this one.
    proven = {a for a, statement in attestations.items() if statement.device_id not in unprovable}

    # Records received before format 2 (or from a device whose link to this one was forgotten) cannot prove their
    # origin, nor can a received record that the tables no longer give back as its origin signed it (one signed in
    # a form other than the canonical one): they stay here, with whatever refers to them.
    subjects = reader.subjects_of(r["id"] for r in rows["findings"] if not r["attested_content"])

    def content_of(kind: str, row) -> str | None:
        if row["attested_content"]:  # this device's records, exactly as it attested them
            return row["attested_content"]
        record = finding_record(row, subjects.get(row["id"], [])) if kind == "findings" else _MAKE[kind](row)
        content, sha = canonical_and_hash(record)
        return content if record_digest(kind, sha) == row["attested_digest"] else None

    office_contents = {i: content for i, row in office_rows.items()
                       if row["attestation_id"] in proven and (content := content_of("offices", row)) is not None}
    offices_ok = set(office_contents)
    skipped = 0
    kept: dict[str, list] = {}
    findings_ok = set()
    for kind in ("findings", "evidence", "status_events", "notes", "audit"):
        kept[kind] = []
        for row in rows[kind]:
            office = row["office_id"] if kind == "audit" else row["origin_office_id"]
            content = content_of(kind, row) if row["attestation_id"] in proven and office in offices_ok and (
                kind in ("findings", "audit") or row["finding_id"] in findings_ok) else None
            if content is not None:
                kept[kind].append((row, content))
                if kind == "findings":
                    findings_ok.add(row["id"])
            else:
                skipped += 1
    referred = {store.office.id} | {row["office_id"] if k == "audit" else row["origin_office_id"]
                                    for k in kept for row, _ in kept[k]}
    kept["offices"] = [(office_rows[i], office_contents[i]) for i in sorted(offices_ok & referred)]

    writers = {kind: _RecordWriter(folder / f"{kind}.jsonl") for kind in RECORD_KINDS}
    used: set[str] = set()
    try:
        for kind in SIGNED_KINDS:
            write = writers[kind].write_line
            for row, content in kept[kind]:
                used.add(row["attestation_id"])
                write(attested_line(content, row["attestation_id"]))
            tracker.check()
        for attestation_id in sorted(used):
            writers["attestations"].write(attestations[attestation_id].to_json())
        carried, _ = _certificate_paths(store.device_id, {attestations[a].device_id for a in used},
                                        origins.certificates())
        for cert in carried:
            writers["certificates"].write(cert.to_json())
    finally:
        files = {kind: writer.finish() for kind, writer in writers.items()}
    counts = {kind: writers[kind].count for kind in RECORD_KINDS}
    tracker.advance()
    return _Selected(files, counts, {row["sha256"] for row, _ in kept["evidence"]},
                     [attestations[a] for a in sorted(used)], carried, skipped)


# -- writing the file ---------------------------------------------------------------------------------------------
def _zip_info(path: str, when: datetime, compressed: bool, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.file_size = size
    return info


def _copy_into(zf: zipfile.ZipFile, info: zipfile.ZipInfo, handle: BinaryIO, tracker: Tracker) -> None:
    with handle, zf.open(info, "w") as out:
        while chunk := handle.read(CHUNK):
            out.write(chunk)
            tracker.advance(len(chunk))


def _write_zip(store, stream, manifest_bytes: bytes, signature: bytes, files: dict, blobs: list[dict],
               when: datetime, tracker: Tracker) -> None:
    # Fast deflate: records shrink ~8× at level 1 too, and the time goes to the evidence files.
    with zipfile.ZipFile(stream, "w", allowZip64=True, compresslevel=1) as zf:
        zf.writestr(_zip_info(MANIFEST, when, False, len(manifest_bytes)), manifest_bytes)
        zf.writestr(_zip_info(SIGNATURE, when, False, len(signature)), signature)
        for kind in RECORD_KINDS:
            file = files[kind]
            _copy_into(zf, _zip_info(RECORD_PATHS[kind], when, True, file["size"]), open(file["path"], "rb"),
                       tracker)
        for blob in blobs:
            # The vault names files by their SHA-256 and checks them on the way in (and `netralitas check` at
            # any time); the receiver checks every file again, so they are not hashed a third time here.
            info = _zip_info(BLOB_PREFIX + blob["sha256"], when, not is_compressed_mime(blob["mime_type"]),
                             blob["size"])
            _copy_into(zf, info, store.vault.open_blob(blob["sha256"]), tracker)


# -- the export ---------------------------------------------------------------------------------------------------
def export_bundle(store, output: Path | str, *, full: bool = False, recipients: Iterable[str] = (),
                  destination: str | dict | None = None, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None) -> ExportResult:
    """Write a bundle of what changed since the last export to the same destination (everything with `full`).

    `destination` None means the level above; an office (id, id prefix or region code) makes a return bundle
    with the decisions and notes of this office (and those above it) about that office's findings. With no
    `recipients`, upward bundles are encrypted to the configured headquarters keys and return bundles to the
    destination's known devices; with none of those either, the bundle is signed but not encrypted. `output`
    may be a folder. Records this device made are signed (attested) on the way.
    """
    tracker = Tracker(progress, cancelled, "Ekspor dibatalkan; tidak ada berkas yang dibuat.")
    keys = device_keys.keys_for(store)
    signing_key = device_keys.signing_key_for(store)
    if isinstance(destination, str):
        destination = destination_office(store, destination)
    recipient_keys = [device_keys.parse_recipient(r) for r in recipients] or default_recipients(store, destination)
    recipient_keys = list(dict.fromkeys(recipient_keys))
    for_destination = destination["id"] if destination else UPWARD

    last = sync_tables.last_export(store, for_destination)
    scope = _Scope(destination, full, 0, 0, previous_sequence=last.sequence if last else None)
    if last and not full:
        scope.since_local_seq, scope.since_audit_seq = last.until_local_seq, last.until_audit_seq
    sequence = sync_tables.next_export_sequence(store)
    bundle_id = new_id()
    created_at = utc_now()

    output = Path(output).expanduser()
    if output.is_dir():
        output = output / default_file_name(store, sequence, destination)
    if not output.parent.is_dir():
        raise BundleError(f"Folder tujuan tidak ada: {output.parent}.")

    tracker.phase(0.1, 5)
    warnings: list[str] = []
    with work_dir(store, "export") as folder:
        with origins_transaction(store) as (reader, origins):
            certify_trusted_devices(store, origins, sync_tables.trusted_device_list(store), signing_key)
            attest_own_records(store, reader, origins, signing_key, tracker)
            identities = _identities(store, origins, reader)
            selection = _selection(store, destination, identities, origins.bindings())
            scope.until_local_seq, scope.until_audit_seq = reader.local_seq(), reader.audit_seq()
            selected = _select_records(store, reader, origins, scope, selection, folder, tracker)
            sent = {} if full else reader.blobs_sent(for_destination)
            mimes = reader.blob_types(selected.blobs)
            office = office_record(reader.rows_by_id("offices", [store.office.id])[store.office.id])
        if selected.skipped:
            warnings.append(f"{selected.skipped} catatan dari kantor lain tidak ikut: asalnya tidak dapat dibuktikan "
                            "(diterima sebelum format 2, atau tidak ditandatangani dalam bentuk bakunya). Minta "
                            "kantor asalnya mengekspor ulang dengan --full.")
        blobs, earlier = [], {}
        for sha in sorted(selected.blobs):
            if sha in sent:
                earlier[sha] = sent[sha]
                continue
            size = store.vault.stored_size(sha)
            if size is None:
                raise BundleError(f"Berkas bukti {sha[:12]}… tidak ada di brankas; jalankan `netralitas check`. "
                                  "Tidak ada berkas yang dibuat.")
            blobs.append({"sha256": sha, "size": size, "mime_type": mimes.get(sha, "")})
        counts = {**selected.counts, "blobs": len(blobs)}
        blob_bytes = sum(b["size"] for b in blobs)
        files = selected.files
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "bundle_id": bundle_id,
            "created_at": created_at,
            "created_by": store.officer.name,
            "app_version": __version__,
            "source": {"office": office, "device_id": store.device_id,
                       "signing_key": keys.signing_key, "fingerprint": keys.fingerprint,
                       "age_recipient": keys.age_recipient},
            "sequence": sequence,
            "scope": {
                "full": full,
                "destination": None if destination is None else {
                    "office_id": destination["id"], "name": destination["name"],
                    "region_code": destination["region_code"]},
                "previous_sequence": scope.previous_sequence,
                "since_local_seq": scope.since_local_seq, "until_local_seq": scope.until_local_seq,
                "since_audit_seq": scope.since_audit_seq, "until_audit_seq": scope.until_audit_seq,
            },
            "counts": counts,
            "earlier_blobs": earlier,
            "entries": [{"path": RECORD_PATHS[kind], "size": files[kind]["size"], "sha256": files[kind]["sha256"]}
                        for kind in RECORD_KINDS]
                       + [{"path": BLOB_PREFIX + b["sha256"], "size": b["size"], "sha256": b["sha256"]}
                          for b in blobs],
        }
        manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        signature = signing_key.sign(manifest_bytes)

        tracker.phase(0.88, sum(f["size"] for f in files.values()) + blob_bytes)
        when = datetime.fromisoformat(created_at)
        size, sha256 = _write_atomically(
            output, lambda stream: _write_zip(store, stream, manifest_bytes, signature, files, blobs, when, tracker),
            recipient_keys)

    tracker.phase(0.02, 1)
    result = ExportResult(
        path=output, bundle_id=bundle_id, sequence=sequence, created_at=created_at, full=full,
        destination=None if destination is None else dict(destination), encrypted=bool(recipient_keys),
        recipients=recipient_keys, counts=counts, blob_bytes=blob_bytes, size=size, sha256=sha256,
        manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(), since_local_seq=scope.since_local_seq,
        until_local_seq=scope.until_local_seq, warnings=warnings)
    sync_tables.record_export(store, sync_tables.LedgerEntry(
        sequence=sequence, bundle_id=bundle_id, destination=for_destination, created_at=created_at,
        created_by=store.officer.name, full=full, since_local_seq=scope.since_local_seq,
        until_local_seq=scope.until_local_seq, since_audit_seq=scope.since_audit_seq,
        until_audit_seq=scope.until_audit_seq, counts=counts, recipients=recipient_keys, file_name=output.name,
        size=size, sha256=sha256, manifest_sha256=result.manifest_sha256), [b["sha256"] for b in blobs],
        encrypted=bool(recipient_keys))
    tracker.finish()
    return result


def _encrypted(write_zip, out, recipient_keys: list[str]) -> None:
    """Stream the ZIP through age into `out`: the ZIP is written into a pipe on a second thread while pyrage
    encrypts from the other end, so the plain ZIP never touches a disk and no byte is written twice."""
    read_end, write_end = os.pipe()
    failures: list[BaseException] = []

    def produce() -> None:
        try:
            with open(write_end, "wb", buffering=CHUNK) as pipe:
                write_zip(pipe)
        except BaseException as err:  # noqa: BLE001 - re-raised on the calling thread
            failures.append(err)

    producer = threading.Thread(target=produce, name="bundle-zip", daemon=True)
    producer.start()
    source = open(read_end, "rb", buffering=CHUNK)  # noqa: SIM115 - closed below, before joining
    try:
        pyrage.encrypt_io(source, out, [pyrage.x25519.Recipient.from_str(k) for k in recipient_keys])
    finally:
        source.close()  # a producer still writing gets a broken pipe instead of waiting for ever
        producer.join()
    if failures:
        raise failures[0]


def _write_atomically(output: Path, write_zip, recipient_keys: list[str]) -> tuple[int, str]:
    """Write to a temporary file beside `output` (encrypted as it is written when there are recipients), hashing
    it on the way, fsync, rename; returns (size, sha256) of the file."""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    except OSError as err:
        raise BundleError(f"Tidak dapat menulis di {output.parent} ({err.strerror or err}).") from err
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb", buffering=CHUNK) as handle:
            hashing = HashingWriter(handle)
            try:
                if recipient_keys:
                    _encrypted(write_zip, hashing, recipient_keys)
                else:
                    write_zip(hashing)
                handle.flush()
                digest = hashing.hash.hexdigest()  # hashed alongside; finishes while the data reaches the disk
            finally:
                hashing.hash.close()
            os.fsync(handle.fileno())
            size = hashing.size
        os.replace(temp, output)
    except OSError as err:
        temp.unlink(missing_ok=True)
        if err.errno in (28, 27, 122):
            raise BundleError(f"Disk tujuan penuh: {output.parent}. Kosongkan ruang lalu ulangi; tidak ada "
                              "berkas yang dibuat.") from err
        raise BundleError(f"Bundel tidak dapat ditulis ke {output} ({err.strerror or err}).") from err
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(output.parent)
    return size, digest
