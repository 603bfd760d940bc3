"""Writing bundles: what changed since the last export to a destination (or everything), signed, optionally
encrypted, written to a temporary file beside the output, fsynced and renamed; then recorded in the ledger."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import pyrage

from netralitas_desktop import __version__
from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data.database import translated_errors
from netralitas_desktop.data.sync_workdir import work_dir
from netralitas_desktop.data.vault import fsync_dir, sha256_of
from netralitas_desktop.domain.errors import NotFoundError, ValidationError
from netralitas_desktop.domain.model import LEVELS, new_id, utc_now
from netralitas_desktop.sync.format import (
    BLOB_PREFIX,
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    RECORD_KINDS,
    RECORD_PATHS,
    SIGNATURE,
    BundleError,
    canonical_json,
    is_compressed_mime,
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

CHUNK = 1024 * 1024
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
    rows = store.database.query("SELECT * FROM offices WHERE id = ? OR region_code = ?", (text, text))
    if not rows and len(text) >= 4:
        rows = store.database.query("SELECT * FROM offices WHERE id LIKE ?", (text + "%",))
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
    rows = store.database.query("SELECT age_recipient FROM sync_devices WHERE office_id = ? AND age_recipient != ''"
                                " ORDER BY device_id", (destination["id"],))
    return [r["age_recipient"] for r in rows]


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


def _filters(store, scope: _Scope) -> tuple[str, str, str, dict]:
    """SQL conditions (on findings, on child records, on audit entries) and their named parameters."""
    if scope.destination is None:
        # Upward: everything except what came down from levels above ours (they have it already).
        higher = {f"h{i}": level for i, level in enumerate(LEVELS[:LEVELS.index(store.office.level)])} or {"h": "-"}
        above = f"(SELECT id FROM offices WHERE level IN ({', '.join(':' + k for k in higher)}))"
        origin = f"origin_office_id NOT IN {above}"
        return origin, origin, f"office_id NOT IN {above}", higher
    # A return bundle: what others added to the findings of the destination's office and of the offices below
    # it (the destination has its own records already; its findings still travel as the parents of the rest).
    region = scope.destination["region_code"]
    inside = "(SELECT id FROM offices WHERE region_code = :region OR region_code LIKE :below)"
    about = f"origin_office_id IN {inside}"
    findings = f"{about} AND origin_office_id != :destination"
    children = f"finding_id IN (SELECT id FROM findings WHERE {about}) AND origin_office_id != :destination"
    audit = (f"office_id != :destination AND (entity_id IN (SELECT id FROM findings WHERE {about}) OR entity_id IN "
             f"(SELECT e.id FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.{about}))")
    return findings, children, audit, {"region": region, "below": region + ".%",
                                       "destination": scope.destination["id"]}


class _RecordWriter:
    """A JSON Lines file in the work dir, hashed as it is written."""

    def __init__(self, path: Path):
        self.path = path
        self.handle = open(path, "wb")  # noqa: SIM115 - closed in finish()
        self.digest = hashlib.sha256()
        self.count = 0
        self.size = 0

    def write(self, record: dict) -> None:
        line = (canonical_json(record) + "\n").encode("utf-8")
        self.handle.write(line)
        self.digest.update(line)
        self.count += 1
        self.size += len(line)

    def finish(self) -> dict:
        self.handle.close()
        return {"path": self.path, "size": self.size, "sha256": self.digest.hexdigest()}


def _query(conn, sql: str, params=()) -> Iterator[dict]:
    cursor = conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row, strict=True))


def _select_records(store, conn, scope: _Scope, folder: Path, tracker: Tracker) -> tuple[dict, dict, set]:
    """Write the scope's records to JSON Lines files; returns (files by kind, counts, blob hashes needed)."""
    writers = {kind: _RecordWriter(folder / f"{kind}.jsonl") for kind in RECORD_KINDS}
    on_findings, on_children, on_audit, params = _filters(store, scope)
    since = scope.since_local_seq
    parents: set[str] = set()
    offices: set[str] = {store.office.id}
    blobs: set[str] = set()
    try:
        for kind, table, make in (("status_events", "status_events", status_event_record),
                                  ("notes", "notes", note_record), ("evidence", "evidence", evidence_record)):
            for row in _query(conn, f"SELECT * FROM {table} WHERE local_seq > :since AND {on_children} "
                              "ORDER BY local_seq, rowid", {"since": since, **params}):
                writers[kind].write(make(row))
                parents.add(row["finding_id"])
                offices.add(row["origin_office_id"])
                if kind == "evidence":
                    blobs.add(row["sha256"])
            tracker.advance()
        written: set[str] = set()

        def write_findings(rows: list[dict]) -> None:
            ids = [r["id"] for r in rows]
            subjects: dict[str, list[dict]] = {i: [] for i in ids}
            for s in _query(conn, f"SELECT * FROM subjects WHERE finding_id IN ({', '.join('?' * len(ids))})",
                            ids):
                subjects[s["finding_id"]].append(s)
            for row in rows:
                writers["findings"].write(finding_record(row, subjects[row["id"]]))
                written.add(row["id"])
                offices.add(row["origin_office_id"])

        batch: list[dict] = []
        for row in _query(conn, f"SELECT * FROM findings WHERE local_seq > :since AND {on_findings} "
                          "ORDER BY local_seq, rowid", {"since": since, **params}):
            batch.append(row)
            if len(batch) >= 500:
                write_findings(batch)
                batch = []
                tracker.check()
        if batch:
            write_findings(batch)
        # A bundle is self-contained: every event, note and evidence item travels with its finding, so the
        # receiver can apply it whatever it imported before.
        missing = sorted(parents - written)
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            write_findings(list(_query(conn, f"SELECT * FROM findings WHERE id IN ({', '.join('?' * len(chunk))})"
                                       " ORDER BY local_seq, rowid", chunk)))
        tracker.advance()
        for row in _query(conn, f"SELECT * FROM audit_log WHERE seq > :since AND {on_audit} ORDER BY seq",
                          {"since": scope.since_audit_seq, **params}):
            writers["audit"].write(audit_record(row))
            offices.add(row["office_id"])
        tracker.advance()
        ids = sorted(offices)
        for row in _query(conn, f"SELECT * FROM offices WHERE id IN ({', '.join('?' * len(ids))}) ORDER BY id", ids):
            writers["offices"].write(office_record(row))
    finally:
        files = {kind: writer.finish() for kind, writer in writers.items()}
    counts = {kind: writers[kind].count for kind in RECORD_KINDS}
    return files, counts, blobs


# -- writing the file ---------------------------------------------------------------------------------------------
def _zip_info(path: str, when: datetime, compressed: bool, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.file_size = size
    return info


def _copy_into(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: Path, tracker: Tracker) -> None:
    with open(source, "rb") as handle, zf.open(info, "w") as out:
        while chunk := handle.read(CHUNK):
            out.write(chunk)
            tracker.advance(len(chunk))


def _write_zip(stream, manifest_bytes: bytes, signature: bytes, files: dict, blobs: list[dict], when: datetime,
               tracker: Tracker) -> None:
    # Fast deflate: records shrink ~8× at level 1 too, and the time goes to the evidence files.
    with zipfile.ZipFile(stream, "w", allowZip64=True, compresslevel=1) as zf:
        zf.writestr(_zip_info(MANIFEST, when, False, len(manifest_bytes)), manifest_bytes)
        zf.writestr(_zip_info(SIGNATURE, when, False, len(signature)), signature)
        for kind in RECORD_KINDS:
            file = files[kind]
            _copy_into(zf, _zip_info(RECORD_PATHS[kind], when, True, file["size"]), file["path"], tracker)
        for blob in blobs:
            # The vault names files by their SHA-256 and checks them on the way in (and `netralitas check` at
            # any time); the receiver checks every file again, so they are not hashed a third time here.
            info = _zip_info(BLOB_PREFIX + blob["sha256"], when, not is_compressed_mime(blob["mime_type"]),
                             blob["size"])
            _copy_into(zf, info, blob["source"], tracker)


# -- the export ---------------------------------------------------------------------------------------------------
@contextmanager
def read_snapshot(store) -> Iterator:
    """A consistent read of the database (WAL snapshot) without taking the write lock."""
    conn = store.conn
    with translated_errors():
        conn.execute("BEGIN DEFERRED")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")


def export_bundle(store, output: Path | str, *, full: bool = False, recipients: Iterable[str] = (),
                  destination: str | dict | None = None, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None) -> ExportResult:
    """Write a bundle of what changed since the last export to the same destination (everything with `full`).

    `destination` None means the level above; an office (id, id prefix or region code) makes a return bundle
    with that office's findings and everything added to them. With no `recipients`, upward bundles are
    encrypted to the configured headquarters keys and return bundles to the destination's known devices;
    with none of those either, the bundle is signed but not encrypted. `output` may be a folder.
    """
    tracker = Tracker(progress, cancelled, "Ekspor dibatalkan; tidak ada berkas yang dibuat.")
    keys = device_keys.keys_for(store)
    signing_key = device_keys.signing_key_for(store)
    if isinstance(destination, str):
        destination = destination_office(store, destination)
    recipient_keys = [device_keys.parse_recipient(r) for r in recipients] or default_recipients(store, destination)
    recipient_keys = list(dict.fromkeys(recipient_keys))
    for_destination = destination["id"] if destination else UPWARD

    last = store.database.query(
        "SELECT sequence, until_local_seq, until_audit_seq FROM sync_exports WHERE destination = ? "
        "ORDER BY sequence DESC LIMIT 1", (for_destination,))
    scope = _Scope(destination, full, 0, 0, previous_sequence=last[0]["sequence"] if last else None)
    if last and not full:
        scope.since_local_seq, scope.since_audit_seq = last[0]["until_local_seq"], last[0]["until_audit_seq"]
    sequence = (store.database.scalar("SELECT max(sequence) FROM sync_exports") or 0) + 1
    bundle_id = new_id()
    created_at = utc_now()

    output = Path(output).expanduser()
    if output.is_dir():
        output = output / default_file_name(store, sequence, destination)
    if not output.parent.is_dir():
        raise BundleError(f"Folder tujuan tidak ada: {output.parent}.")

    tracker.phase(0.1, 4)
    with work_dir(store, "export") as folder:
        with read_snapshot(store) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'local_seq'").fetchone()
            scope.until_local_seq = json.loads(row[0]) if row else 0
            scope.until_audit_seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]
            files, counts, needed = _select_records(store, conn, scope, folder, tracker)
            already = set() if full else {r[0] for r in conn.execute(
                "SELECT sha256 FROM sync_blobs_sent WHERE destination = ?", (for_destination,))}
            mimes = dict(conn.execute("SELECT sha256, mime_type FROM blobs"))
        blobs, warnings = [], []
        for sha in sorted(needed - already):
            source = store.vault.path_for(sha)
            if not source.exists():
                # Received without its file (an earlier bundle not imported yet): the row travels, the file not.
                warnings.append(f"Berkas bukti {sha[:12]}… belum ada di brankas; tidak ikut dalam bundel.")
                continue
            blobs.append({"sha256": sha, "size": source.stat().st_size, "mime_type": mimes.get(sha, ""),
                          "source": source})
        counts["blobs"] = len(blobs)
        blob_bytes = sum(b["size"] for b in blobs)

        office = store.database.query("SELECT * FROM offices WHERE id = ?", (store.office.id,))[0]
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "bundle_id": bundle_id,
            "created_at": created_at,
            "created_by": store.officer.name,
            "app_version": __version__,
            "source": {"office": office_record(office), "device_id": store.device_id,
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
            output, lambda stream: _write_zip(stream, manifest_bytes, signature, files, blobs, when, tracker),
            recipient_keys, folder)

    tracker.phase(0.02, 1)
    result = ExportResult(
        path=output, bundle_id=bundle_id, sequence=sequence, created_at=created_at, full=full,
        destination=None if destination is None else dict(destination), encrypted=bool(recipient_keys),
        recipients=recipient_keys, counts=counts, blob_bytes=blob_bytes, size=size, sha256=sha256,
        manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(), since_local_seq=scope.since_local_seq,
        until_local_seq=scope.until_local_seq, warnings=warnings)
    _record_export(store, result, scope, [b["sha256"] for b in blobs], for_destination)
    tracker.finish()
    return result


def _write_atomically(output: Path, write_zip, recipient_keys: list[str], scratch: Path) -> tuple[int, str]:
    """Write to a temporary file beside `output`, fsync, rename; returns (size, sha256) of the file.

    An encrypted bundle's plain ZIP is written to the scratch folder in the data dir (this laptop's own disk,
    which holds the same data in the clear), never beside `output`: a USB stick keeps deleted blocks. pyrage then
    encrypts it file to file, streaming, into the temporary file beside `output`.
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    except OSError as err:
        raise BundleError(f"Tidak dapat menulis di {output.parent} ({err.strerror or err}).") from err
    temp = Path(temp_name)
    plain = scratch / "bundle.zip"
    try:
        if recipient_keys:
            os.close(fd)
            with open(plain, "wb", buffering=CHUNK) as handle:
                write_zip(handle)
            pyrage.encrypt_file(str(plain), str(temp), [pyrage.x25519.Recipient.from_str(k) for k in recipient_keys])
            plain.unlink()
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            size, digest = temp.stat().st_size, sha256_of(temp)
        else:
            with os.fdopen(fd, "wb", buffering=CHUNK) as handle:
                hashing = HashingWriter(handle)
                try:
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
        plain.unlink(missing_ok=True)
        if err.errno in (28, 27, 122):
            raise BundleError(f"Disk tujuan penuh: {output.parent}. Kosongkan ruang lalu ulangi; tidak ada "
                              "berkas yang dibuat.") from err
        raise BundleError(f"Bundel tidak dapat ditulis ke {output} ({err.strerror or err}).") from err
    except BaseException:
        temp.unlink(missing_ok=True)
        plain.unlink(missing_ok=True)
        raise
    fsync_dir(output.parent)
    return size, digest


def _record_export(store, result: ExportResult, scope: _Scope, blobs: list[str], destination: str) -> None:
    with store.database.transaction() as conn:
        conn.execute(
            "INSERT INTO sync_exports (sequence, bundle_id, destination, created_at, created_by, full, "
            "since_local_seq, until_local_seq, since_audit_seq, until_audit_seq, counts, recipients, file_name, "
            "size, sha256, manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (result.sequence, result.bundle_id, destination, result.created_at, store.officer.name,
             int(result.full), scope.since_local_seq, scope.until_local_seq, scope.since_audit_seq,
             scope.until_audit_seq, json.dumps(result.counts), json.dumps(result.recipients), result.path.name,
             result.size, result.sha256, result.manifest_sha256))
        conn.executemany("INSERT OR REPLACE INTO sync_blobs_sent VALUES (?, ?, ?)",
                         [(destination, sha, result.sequence) for sha in blobs])
        store.record_audit(conn, "bundle.export", "bundle", result.bundle_id, {
            "sequence": result.sequence, "full": result.full, "destination": destination,
            "counts": result.counts, "sha256": result.sha256, "encrypted": result.encrypted})

