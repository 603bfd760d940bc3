"""Importing bundles: verify everything first, then apply in one transaction, then move the evidence files in.

`inspect_bundle` does the checks and says what an import would change without changing anything;
`import_bundle` applies it. A bundle is imported whole or not at all, and importing it again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data import sync_tables
from netralitas_desktop.data.merge_writer import ImportRecord, merge_transaction
from netralitas_desktop.data.sync_origins import origin_tables
from netralitas_desktop.data.sync_reader import read_snapshot
from netralitas_desktop.data.sync_workdir import move_staged_blobs, recover_interrupted_imports, work_dir
from netralitas_desktop.data.vault import write_atomically
from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.domain.model import utc_now
from netralitas_desktop.sync.apply import apply_merge
from netralitas_desktop.sync.attest import certificate_for
from netralitas_desktop.sync.authority import OfficeIdentity, direction_problem
from netralitas_desktop.sync.format import BundleError, UntrustedDeviceError
from netralitas_desktop.sync.incoming import IncomingRules
from netralitas_desktop.sync.merge import REPORTED_KINDS, EntityCounts, ImportContext, MergePlan, plan_merge
from netralitas_desktop.sync.origins import Device, IdentityChange, establish
from netralitas_desktop.sync.progress import CancelCheck, ProgressCallback, Tracker
from netralitas_desktop.sync.verify import Bundle, EvidenceCheck, Signer, open_bundle, read_contents

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
    manifest_sha256: str
    already_imported: bool
    counts: dict[str, EntityCounts]
    evidence_files: int  # evidence files new to this store
    evidence_bytes: int
    evidence_missing: int  # always 0 in format 2 (a bundle without a needed evidence file is refused)
    warnings: list[str] = field(default_factory=list)
    identity_changes: list[dict] = field(default_factory=list)  # offices claiming another level or region

    @property
    def needs_retrust(self) -> bool:
        """Whether importing needs the operator to re-trust an office for a new level or region."""
        return bool(self.identity_changes)

    @property
    def device_known(self) -> bool:
        """False when the operator must confirm first: a new device, or an office claiming a new identity."""
        return self.signer.known and not self.identity_changes

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
            ignored = f", {c.ignored} diabaikan" if c.ignored else ""
            lines.append(f"{KIND_NAMES[kind]:<13}: {c.added} baru, {c.updated} diperbarui, {c.unchanged} sama, "
                         f"{c.conflicts} konflik{ignored}")
        size = number_id(self.evidence_bytes)
        lines.append(f"Berkas bukti : {self.evidence_files} berkas baru ({size} bita)")
        lines += [f"Identitas    : {IdentityChange(**_flat(c)).text()}" for c in self.identity_changes]
        lines += [f"Perhatian    : {w}" for w in self.warnings]
        return lines


SIGNER_STATUS = {"self": "perangkat ini sendiri", "known": "perangkat dikenal, kunci cocok",
                 "unknown": "PERANGKAT BELUM DIKENAL", "key_changed": "KUNCI BERBEDA dari yang dikenal",
                 "identity_changed": "dikenal, tetapi kantornya MENGAKU TINGKAT/WILAYAH LAIN"}


def _flat(change: dict) -> dict:
    return {"office_id": change["office_id"], "name": change["name"], "old_level": change["old"]["level"],
            "old_region": change["old"]["region_code"], "new_level": change["new"]["level"],
            "new_region": change["new"]["region_code"]}


@dataclass
class ImportReport(ImportPlan):
    """What an import did; `receipt_text()` is the tanda terima."""

    applied: bool = False
    imported_at: str = ""
    imported_by: str = ""
    receiving_office: dict = field(default_factory=dict)
    trusted_new_device: bool = False
    retrusted: bool = False
    # Evidence the import brought that findings here already had ({same_files, same_pictures, possible}): set by
    # the caller that compared them (services.duplicates.import_matches), empty when nobody did.
    same_as_existing: dict[str, int] = field(default_factory=dict)

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


def _plan_from(bundle: Bundle, merge: MergePlan, already: bool, warnings: list[str], changes: list[IdentityChange],
               cls=ImportPlan, **extra) -> ImportPlan:
    manifest = bundle.manifest
    return cls(
        path=str(bundle.path), bundle_id=manifest["bundle_id"], format_version=manifest["format_version"],
        created_at=manifest["created_at"], created_by=str(manifest.get("created_by", "")),
        sequence=manifest["sequence"], source_office=manifest["source"]["office"], signer=bundle.signer,
        encrypted=bundle.encrypted, full=bool(manifest["scope"].get("full")),
        destination=manifest["scope"].get("destination"), file_size=bundle.file_size,
        file_sha256=bundle.file_sha256, manifest_sha256=bundle.manifest_sha256, already_imported=already,
        counts=merge.counts, evidence_files=len(merge.new_blob_files),
        evidence_bytes=sum(bundle.blobs[sha]["size"] for sha in merge.new_blob_files), evidence_missing=0,
        warnings=warnings, identity_changes=[c.to_json() for c in changes], **extra)


def _refuse_signer(bundle: Bundle, trust_new_device: bool) -> None:
    signer = bundle.signer
    office = signer.office.get("name", "?")
    if signer.status == "key_changed":
        raise BundleError(
            f"Bundel ditolak: perangkat {signer.device_id[:8]} ({office}) sudah dikenal dengan kunci lain atau untuk "
            f"kantor lain (sidik jari baru {signer.fingerprint}). Jika laptop itu memang diganti, cocokkan sidik "
            f"jarinya lewat telepon, hapus kepercayaan lama dengan `netralitas keys forget {signer.device_id[:8]}`, "
            "lalu impor lagi dengan --trust-new-device.")
    if signer.status == "unknown" and not trust_new_device:
        raise UntrustedDeviceError(
            f"Bundel ditandatangani perangkat yang belum dikenal: {office}, perangkat {signer.device_id[:8]}, sidik "
            f"jari {signer.fingerprint}. Cocokkan sidik jari ini lewat telepon dengan `netralitas keys show` di "
            "kantor pengirim, lalu impor lagi dengan --trust-new-device.")


def _warnings(store, bundle: Bundle) -> list[str]:
    warnings = []
    previous = bundle.manifest["scope"].get("previous_sequence")
    if isinstance(previous, int) and bundle.signer.device_id != store.device_id and not sync_tables.has_imported(
            store, bundle.signer.device_id, previous):
        warnings.append(f"bundel sebelumnya dari perangkat ini (nomor {previous}) belum diimpor di sini; "
                        "tidak masalah, impor bundel itu kapan saja.")
    return warnings


def _already_imported(store, bundle: Bundle) -> bool:
    """True when this exact bundle was imported before; refuses another bundle reusing its id."""
    manifest_sha256 = sync_tables.imported_manifest_sha256(store, bundle.bundle_id)
    if manifest_sha256 is not None and manifest_sha256 != bundle.manifest_sha256:
        raise BundleError("Bundel ditolak: ID bundelnya sudah dipakai bundel lain yang isinya berbeda.")
    return manifest_sha256 is not None


def _receiver(store) -> OfficeIdentity:
    office = store.office
    return OfficeIdentity(office.id, office.level, office.region_code, office.name)


def _signer_identity(store, bundle: Bundle) -> tuple[OfficeIdentity, IdentityChange | None]:
    """The office the signing device speaks for: as trusted (or, for a new device or a re-trust, as it claims)."""
    signer, office = bundle.signer, bundle.signer.office
    claimed = OfficeIdentity(office["id"], office["level"], office["region_code"], office.get("name", ""))
    if signer.status == "self":
        return _receiver(store), None
    if signer.bound is None:  # a device not trusted yet: as it claims (the operator is shown it and decides)
        return claimed, None
    if signer.status == "identity_changed":
        change = IdentityChange(claimed.id, claimed.name, signer.bound["level"], signer.bound["region_code"],
                                claimed.level, claimed.region_code)
        return claimed, change
    return OfficeIdentity(claimed.id, signer.bound["level"], signer.bound["region_code"], claimed.name), None


@dataclass
class _Examined:
    bundle: Bundle
    context: ImportContext
    changes: list[IdentityChange]
    warnings: list[str]
    evidence: EvidenceCheck  # still running: wait() before relying on the evidence files


def _examine(store, path: Path | str, folder: Path, tracker: Tracker, *, stage: bool, trust_new_device: bool,
             check_origins: bool) -> _Examined:
    """Everything that needs no lock: the container, every entry's hash, every record's shape, every signature."""
    bundle = open_bundle(store, path, folder, tracker)
    _refuse_signer(bundle, trust_new_device)
    evidence = read_contents(store, bundle, folder, tracker, stage=stage)
    try:
        return _judge_sender(store, bundle, tracker, evidence, check_origins)
    except BaseException:
        evidence.cancel()
        raise


def _judge_sender(store, bundle: Bundle, tracker: Tracker, evidence: EvidenceCheck,
                  check_origins: bool) -> _Examined:
    receiver = _receiver(store)
    signer, change = _signer_identity(store, bundle)
    destination = bundle.manifest["scope"].get("destination")
    if problem := direction_problem(signer, receiver, destination["office_id"] if destination else None):
        claim = f"{change.text()}; dengan identitas itu pun " if change else ""
        raise BundleError(f"Bundel ditolak: {claim}{problem}.")
    signer_device = None
    if bundle.signer.status in ("unknown", "identity_changed"):
        signer_device = Device(bundle.signer.device_id, bundle.signer.signing_key, signer,
                               "signer" if bundle.signer.status == "unknown" else "trusted")
    own = Device(store.device_id, device_keys.keys_for(store).signing_key, receiver, "self")
    offices = {o["id"]: o for o in bundle.records["offices"]}
    tracker.check()
    kept = origin_tables(store)
    origins = establish(own=own, trusted=sync_tables.trusted_device_list(store), signer=signer_device,
                        bindings=kept.bindings(), stored=kept.certificates(), offices=offices,
                        certificates=bundle.records["certificates"],
                        attestations=bundle.records["attestations"] if check_origins else [],
                        receiver=receiver, upward=destination is None)
    if not check_origins:  # benchmarks only: what the import costs without checking origin signatures
        origins.trust_all(bundle.records["attestations"])
    changes = ([change] if change else []) + origins.identity_changes
    context = ImportContext(receiver, signer, destination is None, origins,
                            IncomingRules(store.catalog, store.regions), store.device_id)
    return _Examined(bundle, context, changes, _warnings(store, bundle), evidence)


def _refuse_identity_change(changes: list[IdentityChange], plan: ImportPlan | None = None) -> None:
    lines = "; ".join(c.text() for c in changes)
    raise UntrustedDeviceError(
        f"Bundel ditolak sampai dipercaya ulang: {lines}. Pastikan lewat telepon bahwa perubahan ini benar, lalu "
        "impor lagi dengan --retrust.", plan)


def inspect_bundle(store, path: Path | str, *, progress: ProgressCallback | None = None,
                   cancelled: CancelCheck | None = None) -> ImportPlan:
    """Verify a bundle fully and say what importing it would change, without changing anything.

    Raises BundleError for a bundle that would be refused; an unknown signing device, or an office claiming
    another level or region than it was trusted for, is not an error here: `plan.device_known` is False,
    `plan.fingerprint` is what to compare by phone and `plan.identity_changes` lists old and new identities.
    """
    tracker = Tracker(progress, cancelled, "Pemeriksaan dibatalkan.")
    with work_dir(store, "inspect") as folder:
        examined = _examine(store, path, folder, tracker, stage=False, trust_new_device=True, check_origins=True)
        try:
            tracker.phase(0.3, 1)
            with read_snapshot(store) as reader:
                merge = plan_merge(store, reader, examined.bundle, examined.context)
            already = _already_imported(store, examined.bundle)
        except BaseException:
            examined.evidence.cancel()
            raise
        examined.evidence.wait()
    tracker.finish()
    return _plan_from(examined.bundle, merge, already, examined.warnings, examined.changes)


def import_bundle(store, path: Path | str, *, trust_new_device: bool = False, retrust: bool = False,
                  progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                  _check_origins: bool = True) -> ImportReport:
    """Verify and import a bundle whole, in one transaction; importing it again changes nothing.

    Every entry's hash, every signature and every record is checked before anything is decided, even whether the
    bundle was imported before. Raises UntrustedDeviceError for an unknown signer without `trust_new_device` and
    for an office claiming a new level or region without `retrust`, BundleError for anything else refused,
    Cancelled if `cancelled()` became true. In every such case the store is exactly as it was.
    """
    tracker = Tracker(progress, cancelled, "Impor dibatalkan; tidak ada data yang berubah.")
    recover_interrupted_imports(store)
    with work_dir(store, "import") as folder:
        examined = _examine(store, path, folder, tracker, stage=True, trust_new_device=trust_new_device,
                            check_origins=_check_origins)
        bundle = examined.bundle
        try:
            if examined.changes and not retrust:
                _refuse_identity_change(examined.changes)
            tracker.check()
            with merge_transaction(store) as writer:
                merge = plan_merge(store, writer.reader, bundle, examined.context)
                already = _already_imported(store, bundle)
                tracker.check()
                applied = merge.writes or not already
                if applied:
                    apply_merge(store, writer, bundle, merge, tracker)
                examined.evidence.wait()  # every evidence file checked (and staged, fsynced) before the commit
                report = _report(store, bundle, merge, already, examined, applied=applied)
                if applied:
                    _record_import(store, writer, bundle, report, examined)
                tracker.check()  # the last moment a cancel still leaves nothing behind
        except BaseException:
            examined.evidence.cancel()
            raise
        tracker.phase(0.05, len(merge.new_blob_files) or 1)
        # Committed: too late to cancel; if killed now, the next sync command finishes these moves.
        move_staged_blobs(store, [(bundle.blobs[sha]["staged"], sha) for sha in merge.new_blob_files],
                          lambda: tracker.advance(check=False))
    tracker.finish()
    return report


def _receiving_office(store) -> dict:
    return {k: getattr(store.office, k) for k in ("id", "name", "level", "region_code")}


def _report(store, bundle: Bundle, merge: MergePlan, already: bool, examined: _Examined, *,
            applied: bool) -> ImportReport:
    report = _plan_from(bundle, merge, already, examined.warnings, examined.changes, cls=ImportReport,
                        applied=applied, imported_at=utc_now(), imported_by=store.officer.name,
                        receiving_office=_receiving_office(store),
                        trusted_new_device=applied and bundle.signer.status == "unknown",
                        retrusted=applied and bool(examined.changes))
    assert isinstance(report, ImportReport)
    return report


def _record_import(store, writer, bundle: Bundle, report: ImportReport, examined: _Examined) -> None:
    signer = bundle.signer
    manifest = bundle.manifest
    now = report.imported_at
    identity = examined.context.signer
    signing_key = device_keys.signing_key_for(store)
    issued = []
    if signer.status == "unknown":
        writer.trust_device(device_id=signer.device_id, office_id=identity.id, level=identity.level,
                            region_code=identity.region_code, signing_key=signer.signing_key,
                            fingerprint=signer.fingerprint, age_recipient=signer.age_recipient,
                            sequence=manifest["sequence"], now=now, bundle_id=bundle.bundle_id)
        issued.append(certificate_for(store.device_id, signing_key, signer.device_id, signer.signing_key, identity,
                                      now))
    elif signer.status in ("known", "identity_changed"):
        writer.device_seen(signer.device_id, manifest["sequence"], signer.age_recipient, now)
    for change in examined.changes:
        writer.rebind_office(change.office_id, change.new_level, change.new_region,
                             was=(change.old_level, change.old_region), bundle_id=bundle.bundle_id)
        office = OfficeIdentity(change.office_id, change.new_level, change.new_region, change.name)
        issued += [certificate_for(store.device_id, signing_key, d["device_id"], d["signing_key"], office, now)
                   for d in writer.devices_of_office(change.office_id)]
    writer.origins.add_certificates(issued)
    if not report.already_imported:
        writer.record_import(ImportRecord(
            bundle_id=bundle.bundle_id, manifest_sha256=bundle.manifest_sha256, device_id=signer.device_id,
            sequence=manifest["sequence"], source_office_id=signer.office["id"], created_at=manifest["created_at"],
            imported_at=now, imported_by=store.officer.name, file_sha256=bundle.file_sha256, report=report.to_json()))
    writer.audit("bundle.import", "bundle", bundle.bundle_id, {
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


__all__ = ["ImportPlan", "ImportReport", "import_bundle", "inspect_bundle", "save_receipt"]
