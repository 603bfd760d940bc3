"""Importing bundles: verify everything first, then apply in one transaction, then move the evidence files in.

`inspect_bundle` does the checks and says what an import would change without changing anything;
`import_bundle` applies it. A bundle is imported whole or not at all, and importing it again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from netralitas_desktop.data.sync_workdir import move_staged_blobs, recover_interrupted_imports, work_dir
from netralitas_desktop.data.vault import write_atomically
from netralitas_desktop.domain.model import LEVELS, utc_now
from netralitas_desktop.sync.export import read_snapshot
from netralitas_desktop.sync.format import BLOB_PREFIX, BundleError, UntrustedDeviceError
from netralitas_desktop.sync.merge import REPORTED_KINDS, EntityCounts, MergePlan, apply_merge, plan_merge
from netralitas_desktop.sync.progress import CancelCheck, ProgressCallback, Tracker
from netralitas_desktop.sync.verify import (
    Bundle,
    Signer,
    file_head_fingerprint,
    file_sha256,
    open_bundle,
    read_contents,
)

KIND_NAMES = {"findings": "Temuan", "evidence": "Bukti", "status_events": "Riwayat",
              "notes": "Catatan", "audit": "Log audit", "offices": "Kantor"}


@dataclass
class ImportPlan:
    """What a bundle holds and what importing it would change (nothing is changed by making a plan)."""

    path: str
    bundle_id: str
    format_version: int
    created_at: str
    created_by: str
    sequence: int
    source_office: dict
    signer: Signer
    encrypted: bool
    full: bool
    destination: dict | None
    file_size: int
    file_sha256: str
    file_head_sha256: str  # SHA-256 of the size and first MiB: recognises a file imported before
    manifest_sha256: str
    already_imported: bool
    counts: dict[str, EntityCounts]
    evidence_files: int  # evidence files new to this store
    evidence_bytes: int
    evidence_missing: int  # evidence items whose file is neither in the bundle nor here yet
    warnings: list[str] = field(default_factory=list)

    @property
    def device_known(self) -> bool:
        return self.signer.known

    @property
    def fingerprint(self) -> str:
        return self.signer.fingerprint

    @property
    def changes(self) -> bool:
        """Whether importing would change any record or bring any evidence file."""
        return self.evidence_files > 0 or any(c.added or c.updated or c.conflicts for c in self.counts.values())

    def to_json(self) -> dict:
        data = asdict(self)
        data["signer"] = self.signer.to_json()
        data["counts"] = {k: c.to_json() for k, c in self.counts.items()}
        data["device_known"] = self.device_known
        return data

    def _signer_status(self) -> str:
        if getattr(self, "trusted_new_device", False):
            return "baru dipercaya pada impor ini (sidik jari dicocokkan petugas)"
        return SIGNER_STATUS[self.signer.status]

    def summary_lines(self) -> list[str]:
        """The plan in Indonesian, one fact a line (for the CLI and the receipt)."""
        office = self.source_office
        lines = [
            f"Bundel       : {Path(self.path).name} (nomor {self.sequence}, {self.created_at})",
            f"Dari         : {office.get('name', '?')} ({office.get('level', '?')}, {office.get('region_code', '?')})",
            f"Perangkat    : {self.signer.device_id[:8]}  sidik jari {self.signer.fingerprint}",
            f"Status kunci : {self._signer_status()}",
            f"Isi          : {'lengkap' if self.full else 'perubahan sejak bundel sebelumnya'}"
            f"{', terenkripsi' if self.encrypted else ', tidak terenkripsi'}",
            f"SHA-256      : {self.file_sha256}",
        ]
        for kind in REPORTED_KINDS:
            c = self.counts[kind]
            lines.append(f"{KIND_NAMES[kind]:<13}: {c.added} baru, {c.updated} diperbarui, {c.unchanged} sama, "
                         f"{c.conflicts} konflik")
        size = f"{self.evidence_bytes:,}".replace(",", ".")
        lines.append(f"Berkas bukti : {self.evidence_files} berkas baru ({size} bita)")
        if self.evidence_missing:
            lines.append(f"Belum lengkap: {self.evidence_missing} berkas bukti menunggu bundel lain")
        lines += [f"Perhatian    : {w}" for w in self.warnings]
        return lines


SIGNER_STATUS = {"self": "perangkat ini sendiri", "known": "perangkat dikenal, kunci cocok",
                 "unknown": "PERANGKAT BELUM DIKENAL", "key_changed": "KUNCI BERBEDA dari yang dikenal"}


@dataclass
class ImportReport(ImportPlan):
    """What an import did; `receipt_text()` is the tanda terima."""

    applied: bool = False
    imported_at: str = ""
    imported_by: str = ""
    receiving_office: dict = field(default_factory=dict)
    trusted_new_device: bool = False

    def receipt_text(self) -> str:
        office = self.receiving_office
        status = ("Sudah pernah diimpor sebelumnya; tidak ada yang berubah." if self.already_imported and not
                  self.applied else "Diterima dan diimpor seluruhnya.")
        lines = [
            "TANDA TERIMA BUNDEL DATA PENGAWASAN NETRALITAS",
            "=" * 47,
            f"Penerima     : {office.get('name', '')} ({office.get('level', '')}, {office.get('region_code', '')})",
            f"Diimpor oleh : {self.imported_by}",
            f"Waktu impor  : {self.imported_at}",
            f"ID bundel    : {self.bundle_id}",
            *self.summary_lines(),
            f"Hasil        : {status}",
            "",
            "Yang menerima,",
            "",
            "",
            f"({self.imported_by})",
        ]
        return "\n".join(lines) + "\n"


def _plan_from(bundle: Bundle, merge: MergePlan | None, already: bool, warnings: list[str], cls=ImportPlan,
               **extra) -> ImportPlan:
    manifest = bundle.manifest
    if merge is None:  # already imported: every record is as it was
        counts = {k: EntityCounts(unchanged=manifest["counts"].get(k, 0)) for k in REPORTED_KINDS}
        files = missing = 0
        size = 0
    else:
        counts = merge.counts
        files, missing = len(merge.new_blob_files), merge.evidence_missing
        size = sum(bundle.blobs[sha]["size"] for sha in merge.new_blob_files)
    return cls(
        path=str(bundle.path), bundle_id=manifest["bundle_id"], format_version=manifest["format_version"],
        created_at=manifest["created_at"], created_by=str(manifest.get("created_by", "")),
        sequence=manifest["sequence"], source_office=manifest["source"]["office"], signer=bundle.signer,
        encrypted=bundle.encrypted, full=bool(manifest["scope"].get("full")),
        destination=manifest["scope"].get("destination"), file_size=bundle.file_size,
        file_sha256=bundle.file_sha256, file_head_sha256=bundle.file_head_sha256,
        manifest_sha256=bundle.manifest_sha256, already_imported=already,
        counts=counts, evidence_files=files, evidence_bytes=size, evidence_missing=missing,
        warnings=warnings, **extra)


def _refuse_signer(store, bundle: Bundle, trust_new_device: bool, plan: ImportPlan | None = None) -> None:
    signer = bundle.signer
    office = signer.office.get("name", "?")
    if signer.status == "key_changed":
        raise BundleError(
            f"Bundel ditolak: perangkat {signer.device_id[:8]} ({office}) sudah dikenal dengan kunci lain "
            f"(sidik jari baru {signer.fingerprint}). Jika laptop itu memang diganti, cocokkan sidik jarinya lewat "
            f"telepon, hapus kepercayaan lama dengan `netralitas keys forget {signer.device_id[:8]}`, lalu impor "
            "lagi dengan --trust-new-device.")
    if signer.status == "unknown" and not trust_new_device:
        raise UntrustedDeviceError(
            f"Bundel ditandatangani perangkat yang belum dikenal: {office}, perangkat {signer.device_id[:8]}, sidik "
            f"jari {signer.fingerprint}. Cocokkan sidik jari ini lewat telepon dengan `netralitas keys show` di "
            "kantor pengirim, lalu impor lagi dengan --trust-new-device.", plan)


def _warnings(store, bundle: Bundle) -> list[str]:
    warnings = []
    manifest = bundle.manifest
    previous = manifest["scope"].get("previous_sequence")
    if isinstance(previous, int) and bundle.signer.device_id != store.device_id and not store.database.scalar(
            "SELECT 1 FROM sync_imports WHERE device_id = ? AND sequence = ?", (bundle.signer.device_id, previous)):
        warnings.append(f"bundel sebelumnya dari perangkat ini (nomor {previous}) belum diimpor di sini; "
                        "tidak masalah, impor bundel itu kapan saja.")
    destination = manifest["scope"].get("destination")
    if isinstance(destination, dict) and destination.get("office_id") not in (None, store.office.id):
        warnings.append(f"bundel ini dibuat untuk kantor lain ({destination.get('name', '?')}).")
    source_level = bundle.signer.office.get("level")
    if destination is None and source_level in LEVELS and store.office.level in LEVELS and \
            LEVELS.index(source_level) <= LEVELS.index(store.office.level) and bundle.signer.status != "self":
        warnings.append("bundel ke atas ini datang dari kantor yang tingkatnya tidak di bawah kantor ini.")
    return warnings


def _check_bundle_id(store, bundle: Bundle) -> bool:
    """True when this exact bundle was imported before; refuses another bundle reusing its id."""
    row = store.database.query("SELECT manifest_sha256 FROM sync_imports WHERE bundle_id = ?", (bundle.bundle_id,))
    if row and row[0]["manifest_sha256"] != bundle.manifest_sha256:
        raise BundleError("Bundel ditolak: ID bundelnya sudah dipakai bundel lain yang isinya berbeda.")
    return bool(row)


def inspect_bundle(store, path: Path | str, *, progress: ProgressCallback | None = None,
                   cancelled: CancelCheck | None = None) -> ImportPlan:
    """Verify a bundle fully and say what importing it would change, without changing anything.

    Raises BundleError for a bundle that would be refused; an unknown signing device is not an error here
    (`plan.device_known` is False and `plan.fingerprint` is what to compare by phone).
    """
    tracker = Tracker(progress, cancelled, "Pemeriksaan dibatalkan.")
    with work_dir(store, "inspect") as folder:
        bundle = open_bundle(store, path, folder, tracker)
        if bundle.signer.status == "key_changed":
            _refuse_signer(store, bundle, False)
        already = _check_bundle_id(store, bundle)
        read_contents(store, bundle, folder, tracker, stage=False)
        tracker.phase(0.3, 1)
        with read_snapshot(store) as conn:
            merge = plan_merge(store, conn, bundle)
    tracker.finish()
    return _plan_from(bundle, merge, already, _warnings(store, bundle))


def import_bundle(store, path: Path | str, *, trust_new_device: bool = False,
                  progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> ImportReport:
    """Verify and import a bundle whole, in one transaction; importing it again changes nothing.

    Raises UntrustedDeviceError (with `.plan`) when the signer is unknown and `trust_new_device` is False,
    BundleError for anything else refused, Cancelled if `cancelled()` became true. In every such case the
    store is exactly as it was.
    """
    tracker = Tracker(progress, cancelled, "Impor dibatalkan; tidak ada data yang berubah.")
    recover_interrupted_imports(store)
    previous = _imported_before(store, Path(path), tracker)
    if previous is not None:
        tracker.finish()
        return previous
    with work_dir(store, "import") as folder:
        bundle = open_bundle(store, path, folder, tracker)
        _refuse_signer(store, bundle, trust_new_device)
        already = _check_bundle_id(store, bundle)
        warnings = _warnings(store, bundle)
        if already and all(store.vault.has(p[len(BLOB_PREFIX):]) for p in bundle.entries
                           if p.startswith(BLOB_PREFIX)):
            # The same signed manifest was applied before and its files are all here: nothing can change.
            tracker.finish()
            return _report(store, bundle, None, True, warnings, applied=False)
        read_contents(store, bundle, folder, tracker, stage=True)
        tracker.check()
        with store.database.transaction() as conn:
            merge = plan_merge(store, conn, bundle)
            tracker.check()
            applied = merge.writes or not already
            if applied:
                apply_merge(store, conn, bundle, merge, tracker)
                report = _report(store, bundle, merge, already, warnings, applied=True,
                                 trusted=bundle.signer.status == "unknown")
                _record_import(store, conn, bundle, report)
                tracker.check()  # the last moment a cancel still leaves nothing behind
        if not applied:
            report = _report(store, bundle, merge, already, warnings, applied=False)
        tracker.phase(0.05, len(merge.new_blob_files) or 1)
        # Committed: too late to cancel; if killed now, the next sync command finishes these moves.
        move_staged_blobs(store, [(bundle.blobs[sha]["staged"], sha) for sha in merge.new_blob_files],
                          lambda: tracker.advance(check=False))
    tracker.finish()
    return report


def _imported_before(store, path: Path, tracker: Tracker) -> ImportReport | None:
    """The report of an earlier import of this very file (same SHA-256) from a device still trusted, else None.

    The same bytes were verified and applied whole before, so nothing can change: the file is only hashed,
    not decrypted or checked again (`inspect_bundle` always checks everything).
    """
    try:
        head = file_head_fingerprint(path)
    except OSError:
        return None  # open_bundle explains the problem
    rows = store.database.query("SELECT i.file_sha256, i.device_id, i.report FROM sync_imports i "
                                "WHERE json_extract(i.report, '$.file_head_sha256') = ?", (head,))
    if not rows:
        return None
    tracker.phase(0.9, path.stat().st_size)
    whole = file_sha256(path, tracker)
    for row in rows:
        if row["file_sha256"] != whole:
            continue
        data = json.loads(row["report"])
        signer = Signer(**{k: data["signer"][k] for k in Signer.__dataclass_fields__})
        if signer.device_id == store.device_id:
            signer.status = "self"
        elif store.database.scalar("SELECT 1 FROM sync_devices WHERE device_id = ? AND signing_key = ?",
                                   (signer.device_id, signer.signing_key)):
            signer.status = "known"
        else:
            return None  # no longer trusted: the full path decides
        counts = {k: EntityCounts(unchanged=sum(c.values())) for k, c in data["counts"].items()}
        fields = {k: v for k, v in data.items() if k in ImportPlan.__dataclass_fields__}
        fields.update(path=str(path), signer=signer, counts=counts, already_imported=True, evidence_files=0,
                      evidence_bytes=0, evidence_missing=0, warnings=[])
        return ImportReport(**fields, applied=False, imported_at=utc_now(), imported_by=store.officer.name,
                            receiving_office=_receiving_office(store))
    return None


def _receiving_office(store) -> dict:
    return {k: getattr(store.office, k) for k in ("id", "name", "level", "region_code")}


def _report(store, bundle: Bundle, merge: MergePlan | None, already: bool, warnings: list[str], *,
            applied: bool, trusted: bool = False) -> ImportReport:
    return _plan_from(bundle, merge, already, warnings, cls=ImportReport, applied=applied,
                      imported_at=utc_now(), imported_by=store.officer.name,
                      receiving_office=_receiving_office(store),
                      trusted_new_device=trusted)


def _record_import(store, conn, bundle: Bundle, report: ImportReport) -> None:
    signer = bundle.signer
    manifest = bundle.manifest
    now = report.imported_at
    if signer.status == "unknown":
        conn.execute("INSERT INTO sync_devices (device_id, office_id, signing_key, fingerprint, age_recipient, "
                     "trusted_at, trusted_by, last_sequence, last_imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (signer.device_id, signer.office["id"], signer.signing_key, signer.fingerprint,
                      signer.age_recipient, now, store.officer.name, manifest["sequence"], now))
        store.record_audit(conn, "device.trust", "device", signer.device_id,
                     {"office_id": signer.office["id"], "fingerprint": signer.fingerprint,
                      "bundle_id": bundle.bundle_id})
    elif signer.status == "known":
        conn.execute("UPDATE sync_devices SET last_sequence = max(last_sequence, ?), last_imported_at = ?, "
                     "age_recipient = ? WHERE device_id = ?",
                     (manifest["sequence"], now, signer.age_recipient, signer.device_id))
    if not report.already_imported:
        conn.execute("INSERT INTO sync_imports (bundle_id, manifest_sha256, device_id, sequence, source_office_id, "
                     "created_at, imported_at, imported_by, file_sha256, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (bundle.bundle_id, bundle.manifest_sha256, signer.device_id, manifest["sequence"],
                      signer.office["id"], manifest["created_at"], now, store.officer.name, bundle.file_sha256,
                      json.dumps(report.to_json(), ensure_ascii=False)))
    store.record_audit(conn, "bundle.import", "bundle", bundle.bundle_id, {
        "device_id": signer.device_id, "office_id": signer.office["id"], "sequence": manifest["sequence"],
        "file_sha256": bundle.file_sha256,
        "counts": {k: c.to_json() for k, c in report.counts.items()}, "evidence_files": report.evidence_files})


def save_receipt(report: ImportReport, path: Path | str) -> Path:
    """Write the tanda terima: JSON when the name ends in .json, plain text otherwise (atomically)."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = report.receipt_text()
    try:
        write_atomically(path, [text.encode("utf-8")])
    except OSError as err:
        raise BundleError(f"Tanda terima tidak dapat disimpan di {path} ({err.strerror or err}); impor tetap "
                          "berhasil.") from err
    return path

