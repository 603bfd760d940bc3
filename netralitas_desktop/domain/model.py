"""Dataclasses of the domain: offices, officers, findings, subjects, evidence, status events. No I/O."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from netralitas_desktop.domain.errors import ValidationError

LEVELS = ("pusat", "provinsi", "kabupaten", "kecamatan", "desa")
# Who may register a finding (give it a case number): Bawaslu RI, Provinsi, Kabupaten/Kota and Panwaslu
# Kecamatan (Perbawaslu 7/2018 Art. 4(2), same in 7/2022 (confirm)); a Panwaslu Kelurahan/Desa passes findings up.
REGISTERING_LEVELS = ("pusat", "provinsi", "kabupaten", "kecamatan")
SOURCES = ("temuan", "laporan")


def new_id() -> str:
    """A fresh record identity (UUID4 as text), built directly from random bytes (bulk demo data needs speed)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class OrderedIds:
    """Record identities for a bulk load: UUIDv7 (RFC 9562) — the load's start in milliseconds, a counter and
    random bits — so that ids made in one run sort in the order they were made, and every index of them grows at
    its end instead of at random pages (random UUID4 keys make 100,000 inserts several times slower)."""

    def __init__(self) -> None:
        self.prefix = (int(time.time() * 1000) & (2**48 - 1)) << 80 | 0x7 << 76  # timestamp, version 7
        self.counter = int.from_bytes(os.urandom(3), "big")  # a random start: two loads in one millisecond differ
        self.random: list[int] = []

    def __call__(self) -> str:
        """The next identity, as text like new_id()'s."""
        if not self.random:  # random bits fetched 1,024 ids at a time: one system call each, not one per id
            self.random = list(memoryview(os.urandom(4096)).cast("I"))
        self.counter += 1
        counter = self.counter & (2**42 - 1)  # rand_a (12 bits) and the top 30 bits of rand_b hold the counter
        value = (self.prefix | (counter >> 30) << 64 | 0b10 << 62 | (counter & (2**30 - 1)) << 32
                 | self.random.pop())
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def utc_now() -> str:
    """The current time as an ISO-8601 UTC string with seconds, the form every timestamp is stored in."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_date(value: str | date | None) -> date | None:
    """An ISO date (YYYY-MM-DD) from text; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass
class Office:
    id: str
    name: str
    level: str
    region_code: str
    address: str = ""
    office_code: str = ""  # Bawaslu's own region code used in register numbers, not Kemendagri's


@dataclass
class Officer:
    name: str
    jabatan: str = ""
    unit: str = ""


@dataclass
class Subject:
    """A terlapor: the person reported. NIP for PNS/PPPK (18 digits), NIK otherwise (16 digits)."""

    name: str
    employment_type: str = "lainnya"
    nip: str = ""
    nik: str = ""
    position: str = ""  # jabatan
    agency: str = ""  # instansi / unit kerja
    address: str = ""
    accounts: list[str] = field(default_factory=list)  # social-media handles
    id: str = field(default_factory=new_id)


@dataclass
class Witness:
    name: str
    address: str = ""


@dataclass
class Activity:
    """One supervision activity of Form A section II (Kegiatan I, II, …): what was done, when and where.

    The place and time are those of the supervision itself (e.g. a cyber patrol at the office), not of the event.
    Times are "HH:MM" in the office's time zone; `assignment_letter` is the surat perintah tugas (SPT) number.
    """

    form: str = ""  # bentuk pengawasan: a code of supervision_forms.json
    purpose: str = ""
    target: str = ""
    date: str = ""  # ISO date
    time_from: str = ""
    time_to: str = ""
    place: str = ""
    assignment_letter: str = ""


@dataclass
class Evidence:
    id: str
    finding_id: str
    sha256: str
    name: str  # original file name
    mime_type: str
    size: int
    added_at: str
    added_by: str
    exif_time: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    url: str = ""  # for online content: where it was seen
    seen_at: str | None = None
    note: str = ""
    removed_at: str | None = None
    removed_by: str | None = None
    removed_reason: str | None = None
    origin_office_id: str = ""
    origin_device_id: str = ""

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass
class StatusEvent:
    """One status change: when it was typed (`at`, UTC), by whom, why, and the date of the decision it stands for
    (`decided_on`, the legal date that deadlines and the KASN/BKN rule follow)."""

    id: str
    finding_id: str
    from_status: str | None
    to_status: str
    at: str
    officer: str
    reason: str
    forwarding_body: str = ""
    origin_office_id: str = ""
    origin_device_id: str = ""
    decided_on: str = ""  # ISO date of the decision; events stored before it existed: the day they were typed

    @property
    def decision_date(self) -> str:
        return self.decided_on or self.at[:10]


@dataclass
class Finding:
    """A temuan (or a public laporan): what was seen, who did it, where, when, and what happened next."""

    category: str
    region_code: str
    occurred_on: str  # ISO date
    known_on: str  # ISO date the office learned of it
    description: str  # uraian singkat
    subjects: list[Subject] = field(default_factory=list)
    source: str = "temuan"
    title: str = ""
    address: str = ""
    platform: str = ""
    urls: list[str] = field(default_factory=list)
    legal_basis: str = ""
    witnesses: list[Witness] = field(default_factory=list)
    election: str = ""
    stage: str = ""
    reporter_name: str = ""  # only for a laporan
    reporter_address: str = ""
    supervision_form: str = ""  # bentuk pengawasan on Form A (langsung, pencegahan, ...)
    supervision_purpose: str = ""
    supervision_target: str = ""
    facts: str = ""  # fakta dan keterangan
    analysis: str = ""
    needs_more_info: bool = False  # extends the decision deadline (7 + 7 days for Pemilu)
    # Form A and the Model B forms (FORM_FIELDS below).
    activities: list[Activity] = field(default_factory=list)  # Form A section II; empty: the supervision_* fields
    written_on: str = ""  # ISO date Form A is written; its number's month and year follow it
    received_on: str = ""  # a laporan: ISO date it was received at the office
    received_time: str = ""  # a laporan: "HH:MM" it was received, office time zone
    reporter_birth_place: str = ""
    reporter_birth_date: str = ""  # ISO date
    reporter_sex: str = ""  # "L" or "P"
    reporter_occupation: str = ""
    reporter_nationality: str = ""
    reporter_phone: str = ""
    reporter_email: str = ""
    forwarded_to: str = ""
    sanction: str = ""
    handover: bool = False  # recorded here although outside the office's area: to be handed over (dilimpahkan)
    status: str = "draf"
    id: str = field(default_factory=new_id)
    register_number: str | None = None
    register_seq: int | None = None
    registered_on: str | None = None
    form_a_number: str | None = None
    origin_office_id: str = ""
    origin_device_id: str = ""
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    updated_by: str = ""
    version: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    history: list[StatusEvent] = field(default_factory=list)

    def to_json(self, *, with_evidence: bool = True) -> dict[str, Any]:
        """The documented JSON shape (docs/finding-json.md)."""
        data = asdict(self)
        if not with_evidence:
            data.pop("evidence")
            data.pop("history")
        else:
            for item in data["evidence"]:
                item["removed"] = item["removed_at"] is not None
        return data


# Fields a user edits; the rest are kept by the store (identity, numbering, status, versioning).
EDITABLE_FIELDS = (
    "category", "region_code", "occurred_on", "known_on", "description", "subjects", "source", "title",
    "address", "platform", "urls", "legal_basis", "witnesses", "election", "stage", "reporter_name",
    "reporter_address", "supervision_form", "supervision_purpose", "supervision_target", "facts",
    "analysis", "needs_more_info", "forwarded_to", "sanction",
)
# Fields of the printed forms (Form A, the Model B forms), edited from the command line, JSON and the desktop editor
# (which shows every JSON field and writes back only those the officer changed).
FORM_FIELDS = (
    "activities", "written_on", "received_on", "received_time", "reporter_birth_place", "reporter_birth_date",
    "reporter_sex", "reporter_occupation", "reporter_nationality", "reporter_phone", "reporter_email",
)
# Every field the command line, a JSON file and the desktop editor may set: the editable ones, the forms', and the
# handover mark.
JSON_FIELDS = (*EDITABLE_FIELDS, *FORM_FIELDS, "handover")
REPORTER_SEXES = {"L": "Laki-laki", "P": "Perempuan"}


def _activity_or_refuse(data: object) -> Activity:
    if not isinstance(data, dict):
        raise ValidationError("Setiap kegiatan pengawasan harus berupa objek JSON {…}.", "activities")
    return activity_from_dict(data)


def subject_from_dict(data: Mapping[str, Any]) -> Subject:
    """A Subject from a JSON object, ignoring keys it does not know."""
    known = {k: v for k, v in data.items() if k in Subject.__dataclass_fields__}
    if "type" in data and "employment_type" not in known:
        known["employment_type"] = data["type"]
    return Subject(**known)


def witness_from_dict(data: Mapping[str, Any] | str) -> Witness:
    if isinstance(data, str):
        return Witness(name=data)
    return Witness(name=data.get("name", ""), address=data.get("address", ""))


ACTIVITY_KEYS = tuple(Activity.__dataclass_fields__)


def activity_from_dict(data: Mapping[str, Any]) -> Activity:
    """An Activity from a JSON object; values are kept as given (the validation gate checks them)."""
    return Activity(**{k: v for k, v in data.items() if k in ACTIVITY_KEYS})


def finding_fields_from_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    """The editable fields of a finding from a JSON object, with nested objects turned into dataclasses."""
    fields = {k: v for k, v in data.items() if k in EDITABLE_FIELDS or k in FORM_FIELDS}
    if "activities" in fields:
        if not isinstance(fields["activities"], list):
            raise ValidationError("Kegiatan pengawasan (activities) harus berupa daftar objek.", "activities")
        fields["activities"] = [a if isinstance(a, Activity) else _activity_or_refuse(a)
                                for a in fields["activities"]]
    if "subjects" in fields:
        fields["subjects"] = [s if isinstance(s, Subject) else subject_from_dict(s) for s in fields["subjects"]]
    if "witnesses" in fields:
        fields["witnesses"] = [w if isinstance(w, Witness) else witness_from_dict(w) for w in fields["witnesses"]]
    return fields
