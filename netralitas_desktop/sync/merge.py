"""Merging a verified bundle into the store: the same result whatever the order, however often.

Planning (here) decides, record by record, what an import does; `data.merge_writer` writes it. Every record is
first traced to the device that made it (`origins`), judged by who may say what (`authority`) and checked by the
same rules as local entry (`incoming`). One refused record refuses the bundle; nothing is written before the plan
is complete.

Rules (docs/bundle-format.md, "Merging"):
- findings and evidence are owned by their origin office and carry a version: a higher version replaces a lower
  one; the same version with other content is a conflict. Of two contents of one version, the one with the
  smaller content hash is kept in the tables and the other in `sync_conflicts`, so every store ends up showing
  the same one.
- status events, notes and audit entries never change: new ones are added; one that differs from what is here
  under the same identity is kept aside as a conflict. Audit entries must link to the chain kept here.
- an office's description is taken from its most recently attested version.
- records that are sound but not the sender's to give (this office's own, a return bundle's parents) are ignored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from netralitas_desktop.data.sync_origins import Attestation, Certificate, OriginTables, RecordOrigin
from netralitas_desktop.data.sync_reader import SyncReader
from netralitas_desktop.domain.dates_id import byte_count
from netralitas_desktop.domain.model import Finding, Office
from netralitas_desktop.sync.authority import ACCEPT, IGNORE, OfficeIdentity, claimed_office, record_verdict
from netralitas_desktop.sync.format import BundleError, content_hash, record_digest
from netralitas_desktop.sync.incoming import IncomingRules, Invalid, refusal, where
from netralitas_desktop.sync.origins import Origins, is_changed
from netralitas_desktop.sync.records import (
    audit_record,
    evidence_record,
    finding_record,
    note_record,
    office_record,
    status_event_record,
)
from netralitas_desktop.sync.verify import Bundle

ENTITY = {"findings": "finding", "evidence": "evidence", "status_events": "status_event", "notes": "note",
          "audit": "audit", "offices": "office"}
REPORTED_KINDS = ("findings", "evidence", "status_events", "notes", "audit", "offices")
# Findings first: the other kinds are judged against their finding's origin office; office descriptions last.
PLAN_ORDER = ("findings", "evidence", "status_events", "notes", "audit", "offices")


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    ignored: int = 0  # sound, but not the sender's to give (this office's own records, a return bundle's parents)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Action:
    kind: str
    action: str  # insert | update | swap (incoming replaces current; current kept as conflict) | conflict
    record: dict
    local: dict | None = None
    origin: RecordOrigin | None = None
    finding: Finding | None = None  # for a finding: the one validated, to be written as is


@dataclass
class ImportContext:
    """What planning judges a bundle against."""

    receiver: OfficeIdentity
    signer: OfficeIdentity
    upward: bool
    origins: Origins
    rules: IncomingRules
    own_device: str


@dataclass
class MergePlan:
    """What applying a bundle would do; computed inside the transaction that applies it."""

    counts: dict[str, EntityCounts] = field(default_factory=lambda: {k: EntityCounts() for k in REPORTED_KINDS})
    actions: list[Action] = field(default_factory=list)
    new_blob_files: list[str] = field(default_factory=list)
    healed_origins: list[RecordOrigin] = field(default_factory=list)  # records here that lacked their proof
    attestations: list[Attestation] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)
    evidence_missing: int = 0  # always 0 in format 2: a bundle without a needed file is refused

    @property
    def writes(self) -> bool:
        return bool(self.actions or self.healed_origins)

    @property
    def ignored(self) -> int:
        return sum(c.ignored for c in self.counts.values())


def _local_records(reader: SyncReader, kind: str, ids: Iterable[str]) -> dict[str, dict]:
    if kind == "findings":
        rows = reader.rows_by_id("findings", ids)
        subjects = reader.subjects_of(rows)
        return {i: finding_record(row, subjects.get(i, [])) for i, row in rows.items()}
    make = {"evidence": evidence_record, "status_events": status_event_record, "notes": note_record,
            "audit": audit_record, "offices": office_record}[kind]
    return {i: make(row) for i, row in reader.rows_by_id(kind, ids).items()}


class _Planner:
    def __init__(self, store, reader: SyncReader, bundle: Bundle, context: ImportContext):
        self.store, self.reader, self.bundle, self.context = store, reader, bundle, context
        self.origins_table = OriginTables.beside(reader)
        self.plan = MergePlan()
        self.known_conflicts = reader.known_conflicts()
        self.finding_office: dict[str, OfficeIdentity] = {}  # finding id -> its origin office (proven)
        self.findings_here: set[str] = set()  # findings present after the plan (here already, or inserted)
        self.validated: dict[str, Finding] = {}  # findings as the gate checked them
        self.audit_at: dict[tuple[str, int], Any] = {}  # entries here at the positions of incoming ones

    def refuse(self, kind: str, index: int, field: str | None, message: str) -> BundleError:
        return refusal(kind, self.bundle.records[kind][index], index + 1, field, message)

    # -- tracing and judging one record -------------------------------------------------------------------
    def judge(self, kind: str, index: int, record: dict, digest_of: str, *,
              validate: bool = True) -> tuple[str, RecordOrigin | None, OfficeIdentity]:
        """ACCEPT or IGNORE, with the record's origin and the office whose device made it; raises BundleError for a
        refused record."""
        context = self.context
        attestation = self.bundle.attested_by[kind][index]
        carried = self.bundle.as_carried[kind].get(index, "")
        if carried:  # filled in on reading: the origin signed the record as it was carried
            digest_of = hashlib.sha256(carried.encode("utf-8")).hexdigest()
        digest = record_digest(kind, digest_of)
        device = context.origins.device_of(attestation, digest)
        claimed = claimed_office(kind, record)
        from_elsewhere = claimed == context.receiver.id and context.signer.id != context.receiver.id
        if is_changed(device):
            raise self.refuse(kind, index, None, "isinya tidak sama dengan yang ditandatangani perangkat asalnya "
                                                 "(diubah setelah ditandatangani)")
        if device is None:
            if from_elsewhere:
                return IGNORE, None, context.receiver
            unknown = self._attesting_device(attestation)[:8]
            raise self.refuse(kind, index, None, f"atestasinya dibuat perangkat {unknown} yang tidak dikenal di sini "
                                                 "dan tidak dijamin sertifikat mana pun")
        finding_office = None
        if kind in ("evidence", "status_events", "notes"):
            finding_office = self.finding_office.get(record["finding_id"])
        verdict = record_verdict(kind, record, device.office, device.device_id, context.signer, context.receiver,
                                 context.upward, finding_office)
        if verdict not in (ACCEPT, IGNORE):
            raise self.refuse(kind, index, None, verdict)
        if kind == "offices" and verdict == ACCEPT and (record["level"], record["region_code"]) != (
                device.office.level, device.office.region_code):
            raise self.refuse(kind, index, "region_code", f"kantor ini dipercaya sebagai {device.office.level} "
                                                          f"{device.office.region_code}, bukan {record['level']} "
                                                          f"{record['region_code']}")
        if verdict == ACCEPT and validate:
            try:
                made = context.rules.check(kind, record, origin=Office(
                    device.office.id, device.office.name, device.office.level, device.office.region_code))
            except Invalid as err:
                raise self.refuse(kind, index, err.field, str(err)) from err
            if made is not None:
                self.validated[record["id"]] = made
        # Kept as carried when it differs from what the tables will give back: relays pass on what was signed.
        return verdict, RecordOrigin(kind, record["id"], digest, attestation, carried), device.office

    def _attesting_device(self, attestation_id: str) -> str:
        return next((a["device_id"] for a in self.bundle.records["attestations"] if a["id"] == attestation_id), "?")

    # -- the kinds --------------------------------------------------------------------------------------------
    def run(self) -> MergePlan:
        records = self.bundle.records
        for kind in PLAN_ORDER:
            local = _local_records(self.reader, kind, [r["id"] for r in records[kind]])
            local_origins = self.origins_table.origins(kind, local)
            if kind == "findings":
                self.findings_here |= set(self.reader.rows_by_id("findings", {
                    r["finding_id"] for k in ("evidence", "status_events", "notes") for r in records[k]}))
            if kind == "audit":
                self.audit_at = self.reader.audit_entries_at(
                    (r["device_id"], r["device_seq"]) for r in records[kind] if r["id"] not in local)
            written = self.bundle.as_written[kind]
            carried = self.bundle.as_carried[kind]
            lists = self.context.origins.lists
            attested_by = self.bundle.attested_by[kind]
            for index, record in enumerate(records[kind]):
                incoming = written.get(index)
                if incoming is None or index in carried or not lists(attested_by[index],
                                                                      record_digest(kind, incoming)):
                    incoming = content_hash(record)
                current = local.get(record["id"])
                here = current is not None and content_hash(current) == incoming
                # A record identical to one kept here is traced and judged, but not checked again: it is not
                # written (and it passed the gate when it was).
                verdict, origin, office = self.judge(kind, index, record, incoming, validate=not here)
                if kind == "findings":
                    self.finding_office[record["id"]] = office
                counts = self.plan.counts[kind]
                if verdict == IGNORE:
                    if here or (current is not None and current.get("version", 0) >= record.get("version", 1)):
                        counts.unchanged += 1  # here already, or a newer version of it
                    else:
                        counts.ignored += 1
                    continue
                if here:
                    counts.unchanged += 1
                    if origin is not None and record["id"] not in local_origins:
                        self.plan.healed_origins.append(origin)
                    continue
                assert origin is not None  # only an ignored record has none
                getattr(self, f"_{kind}")(index, record, current, origin, incoming)
        self._audit_links()
        self._files()
        self._register_numbers()
        used = {a.origin.attestation_id for a in self.plan.actions if a.origin is not None} | {
            o.attestation_id for o in self.plan.healed_origins}
        self.plan.attestations = [a for i, a in self.context.origins.attestations.items() if i in used]
        self.plan.certificates = list(self.context.origins.certificates)
        return self.plan

    def _add(self, kind: str, action: str, record: dict, local: dict | None, origin: RecordOrigin | None) -> None:
        made = self.validated.get(record["id"]) if kind == "findings" else None
        self.plan.actions.append(Action(kind, action, record, local, origin, made))
        counts = self.plan.counts[kind]
        if action == "insert":
            counts.added += 1
        elif action == "update":
            counts.updated += 1
        else:
            counts.conflicts += 1

    def _conflict_known(self, kind: str, record: dict, entity_id: str | None = None) -> bool:
        version = record["device_seq"] if kind == "audit" else record.get("version", 1)
        return (ENTITY[kind], entity_id or record["id"], version, content_hash(record)) in self.known_conflicts

    def _offices(self, index, record, current, origin, incoming) -> None:
        if current is None:
            self._add("offices", "insert", record, None, origin)
            return
        if record["id"] == self.context.receiver.id:
            self.plan.counts["offices"].ignored += 1  # this office describes itself in its own settings
            return
        ours = self.origins_table.origins("offices", [record["id"]]).get(record["id"])
        theirs = self.context.origins.attestations[origin.attestation_id].signed_at
        mine = self.origins_table.attestations([ours.attestation_id]).get(ours.attestation_id) if ours else None
        if ours is None or mine is None or (theirs, origin.digest) > (mine.signed_at, ours.digest):
            self._add("offices", "update", record, current, origin)
        else:
            self.plan.counts["offices"].unchanged += 1

    def _versioned(self, kind: str, index: int, record: dict, current: dict | None, origin: RecordOrigin,
                   incoming: str) -> None:
        if current is None:
            self._add(kind, "insert", record, None, origin)
            return
        if current["origin_office_id"] != record["origin_office_id"]:
            raise self.refuse(kind, index, "origin_office_id", f"{ENTITY_WORDS[kind]} dengan ID ini sudah ada di "
                                                               "sini sebagai milik kantor lain")
        if kind == "evidence" and (current["finding_id"], current["sha256"]) != (record["finding_id"],
                                                                                record["sha256"]):
            raise self.refuse(kind, index, "finding_id", "bukti tidak boleh dipindahkan ke temuan lain atau diganti "
                                                         "berkasnya; tambahkan sebagai bukti baru")
        if record["version"] > current["version"]:
            self._add(kind, "update", record, current, origin)
        elif record["version"] < current["version"]:
            self.plan.counts[kind].unchanged += 1  # an older version: what we have already supersedes it
        elif self._conflict_known(kind, record) or self._conflict_known(kind, current):
            self.plan.counts[kind].unchanged += 1
        else:
            self._add(kind, "swap" if incoming < content_hash(current) else "conflict", record, current, origin)

    def _findings(self, index, record, current, origin, incoming) -> None:
        self._versioned("findings", index, record, current, origin, incoming)
        self.findings_here.add(record["id"])

    def _evidence(self, index, record, current, origin, incoming) -> None:
        if record["finding_id"] not in self.findings_here:
            self.plan.counts["evidence"].ignored += 1
            return
        self._versioned("evidence", index, record, current, origin, incoming)

    def _immutable(self, kind: str, record: dict, current: dict | None, origin: RecordOrigin) -> None:
        if record["finding_id"] not in self.findings_here:
            self.plan.counts[kind].ignored += 1  # about a finding this office does not hold
        elif current is None:
            self._add(kind, "insert", record, None, origin)
        elif self._conflict_known(kind, record):
            self.plan.counts[kind].unchanged += 1
        else:
            self._add(kind, "conflict", record, current, origin)

    def _status_events(self, index, record, current, origin, incoming) -> None:
        self._immutable("status_events", record, current, origin)

    def _notes(self, index, record, current, origin, incoming) -> None:
        self._immutable("notes", record, current, origin)

    def _audit(self, index, record, current, origin, incoming) -> None:
        entity_id = f"{record['device_id']}:{record['device_seq']}"
        if current is None:
            current_row = self.audit_at.get((record["device_id"], record["device_seq"]))
            current = audit_record(current_row) if current_row else None
            # This device's own chain only grows here; an entry of it we do not have is not ours to add.
            if current is None and record["device_id"] != self.context.own_device:
                self._add("audit", "insert", record, None, origin)
                return
        if self._conflict_known("audit", record, entity_id):
            self.plan.counts["audit"].unchanged += 1
        else:
            self._add("audit", "conflict", record, current, origin)

    # -- across records ---------------------------------------------------------------------------------------
    def _audit_links(self) -> None:
        """Entries added to a chain kept here must link with its neighbours: a chain is never broken by an import."""
        added = {(a.record["device_id"], a.record["device_seq"]): a.record for a in self.plan.actions
                 if a.kind == "audit" and a.action == "insert"}
        for (device, seq), entry in added.items():
            if (device, seq - 1) not in added and seq > 1:
                before = self.reader.audit_entry(device, seq - 1)
                if before is not None and before["hash"] != entry["prev_hash"]:
                    raise BundleError(f"Bundel ditolak: entri log audit {seq} perangkat {device[:8]} tidak "
                                      "tersambung dengan entri sebelumnya yang sudah ada di sini.")
            if (device, seq + 1) not in added:
                after = self.reader.audit_entry(device, seq + 1)
                if after is not None and after["prev_hash"] != entry["hash"]:
                    raise BundleError(f"Bundel ditolak: entri log audit {seq} perangkat {device[:8]} tidak "
                                      "tersambung dengan entri sesudahnya yang sudah ada di sini.")

    def _files(self) -> None:
        """Every evidence record kept here has its file: in the bundle, or here already (format 2, section 7)."""
        bundle, vault = self.bundle, self.store.vault
        earlier = bundle.manifest.get("earlier_blobs", {})
        stored = [a.record for a in self.plan.actions if a.kind == "evidence"]
        for record in stored:
            sha = record["sha256"]
            if sha in bundle.blobs:
                continue
            size = vault.stored_size(sha)
            if size is None:
                sent = f" (dikirim dalam bundel nomor {earlier[sha]} dari pengirim yang sama)" if sha in earlier else ""
                raise BundleError(f"Bundel ditolak: bukti {record['id'][:8]} ('{record['name'][:60]}') merujuk berkas "
                                  f"{sha[:12]}… yang tidak ada di bundel ini dan belum ada di sini{sent}. Impor dulu "
                                  "bundel yang membawa berkas itu, lalu ulangi; atau minta pengirim mengekspor ulang "
                                  "dengan --full.")
            if size != record["size"]:
                raise BundleError(f"Bundel ditolak: bukti {record['id'][:8]} mencatat ukuran "
                                  f"{byte_count(record['size'])}, tetapi berkas yang tersimpan di sini "
                                  f"{byte_count(size)}.")
        needed = {r["sha256"] for r in stored} | self.reader.known_blobs(bundle.blobs)
        self.plan.new_blob_files = sorted(sha for sha in bundle.blobs if sha in needed and not vault.has(sha))

    def _register_numbers(self) -> None:
        """Case numbers are unique per office: say which finding already carries an incoming one."""
        numbered = {(a.record["origin_office_id"], a.record["register_number"]): a.record for a in self.plan.actions
                    if a.kind == "findings" and a.action in ("insert", "update", "swap")
                    and a.record["register_number"] is not None}
        if not numbered:
            return
        taken = self.reader.register_numbers_taken(numbered)
        for key, record in numbered.items():
            holder = taken.get(key)
            if holder is not None and holder != record["id"]:
                raise BundleError(f"Bundel ditolak: temuan {record['id'][:8]} memakai nomor register "
                                  f"'{key[1]}' yang di sini sudah dipakai temuan {holder[:8]} dari kantor yang sama. "
                                  "Hubungi kantor asal temuan.")


ENTITY_WORDS = {"findings": "temuan", "evidence": "bukti"}


def plan_merge(store, reader: SyncReader, bundle: Bundle, context: ImportContext) -> MergePlan:
    """Trace, judge, check and classify every record of the bundle against the store (reads only)."""
    return _Planner(store, reader, bundle, context).run()


__all__ = ["EntityCounts", "ImportContext", "MergePlan", "REPORTED_KINDS", "plan_merge", "where"]
