"""Every record a bundle brings passes the same rules as local entry before anything is written.

Findings go through the one validation gate of the domain (`domain.validation`); on top of it, and for the
other kinds, the rules that a record from outside must meet: canonical dates and times, known codes, ASCII
NIP/NIK digits, text limits, no control characters in one-line fields. One invalid record refuses the whole
bundle, naming the record, where it is and the field, in Indonesian.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import Office
from netralitas_desktop.domain.text_match import is_picture
from netralitas_desktop.domain.validation import (
    EVIDENCE_DESCRIPTION_RULE,
    NOTE_RULE,
    PERSON_TEXTS,
    REASON_RULE,
    REGION_DEPTH_OF_LEVEL,
    TextRule,
    normalise_office,
    reading_problems,
    text_problem,
    valid_url,
    validate_finding,
)
from netralitas_desktop.sync.format import BundleError
from netralitas_desktop.sync.records import finding_from_record

# Text limits: generous for real use, small enough that every report stays fast.
ONE_LINE_CHARS = 1_000
LONG_TEXT_CHARS = 100_000
AUDIT_DETAILS_CHARS = 1_000_000
# How far a date may lie after the receiver's today: offices sit in three time zones (WIB, WITA, WIT).
CLOCK_ALLOWANCE = timedelta(days=1)

DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
UTC_TIME_RE = re.compile(_TIME + r"(\+00:00|Z)")
LOCAL_TIME_RE = re.compile(_TIME + r"([+-][0-9]{2}:[0-9]{2}|Z)?")
MIME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
# C0 and C1 control characters (and DEL); long texts may keep line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_LONG_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

KIND_LABELS = {"offices": "kantor", "findings": "temuan", "evidence": "bukti", "status_events": "riwayat status",
               "notes": "catatan", "audit": "entri log audit", "attestations": "atestasi",
               "certificates": "sertifikat perangkat"}


class Invalid(ValueError):
    """One field of one record breaks a rule."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def where(kind: str, record: dict, line: int) -> str:
    """How a record is named in a message: 'temuan 0b6f3c2a (records/findings.jsonl baris 3)'."""
    identity = record.get("id") if isinstance(record, dict) else None
    if kind == "audit" and isinstance(record, dict):
        identity = f"{str(record.get('device_id', '?'))[:8]}#{record.get('device_seq', '?')}"
    shown = f" {str(identity)[:8]}" if identity else ""
    return f"{KIND_LABELS.get(kind, kind)}{shown} (records/{kind}.jsonl baris {line})"


def refusal(kind: str, record: dict, line: int, field: str | None, message: str) -> BundleError:
    column = f", kolom '{field}'" if field else ""
    return BundleError(f"Bundel ditolak: {where(kind, record, line)}{column}: {message.rstrip('.')}.")


# -- small rules ------------------------------------------------------------------------------------------------
def one_line(value: str | None, field: str, limit: int = ONE_LINE_CHARS) -> None:
    if value is None:
        return
    if len(value) > limit:
        raise Invalid(field, f"teks terlalu panjang ({number_id(len(value))} karakter; batas {number_id(limit)})")
    if _CONTROL.search(value):
        raise Invalid(field, "berisi karakter kendali (mis. baris baru atau kode terminal)")


def one_lines(fields: list[tuple[str, str | None]], limit: int = ONE_LINE_CHARS) -> None:
    """`one_line` for many fields at once: one scan of all of them, field by field only to name a culprit."""
    values = [v for _, v in fields if v]
    if not values or (max(map(len, values)) <= limit and not _CONTROL.search("".join(values))):
        return
    for field, value in fields:
        one_line(value, field, limit)


def long_text(value: str, field: str, limit: int = LONG_TEXT_CHARS) -> None:
    if len(value) > limit:
        raise Invalid(field, f"teks terlalu panjang ({number_id(len(value))} karakter; batas {number_id(limit)})")
    if _CONTROL_IN_LONG_TEXT.search(value):
        raise Invalid(field, "berisi karakter kendali")


def gate(value: str, rule: TextRule, field: str) -> None:
    """A text by the gate's rule for it (its length limit; one line unless the rule allows more)."""
    if problem := text_problem(value, rule):
        raise Invalid(field, problem)


def identifier(value: str, field: str) -> None:
    if not ID_RE.fullmatch(value):
        raise Invalid(field, f"ID tidak sah: '{value[:40]}'")


def iso_date(value: str | None, field: str, *, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        raise Invalid(field, f"tanggal tidak sah: '{str(value)[:40]}' (gunakan format TTTT-BB-HH)")
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise Invalid(field, f"tanggal tidak ada di kalender: '{value}'") from err


def utc_time(value: str | None, field: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not UTC_TIME_RE.fullmatch(value):
        raise Invalid(field, f"waktu tidak sah: '{str(value)[:40]}' (ISO-8601 UTC, mis. 2024-01-02T03:04:05+00:00)")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise Invalid(field, f"waktu tidak ada di kalender: '{value}'") from err


def local_time(value: str | None, field: str) -> None:
    if value is None:
        return
    if not LOCAL_TIME_RE.fullmatch(value):
        raise Invalid(field, f"waktu tidak sah: '{value[:40]}'")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise Invalid(field, f"waktu tidak ada di kalender: '{value}'") from err


def region_matches_level(code: str, level: str, regions) -> str | None:
    """Why an office's region does not fit its level (None when it does)."""
    if code not in regions:
        return f"kode wilayah tidak dikenal: '{code[:40]}'"
    if code.count(".") + 1 != REGION_DEPTH_OF_LEVEL[level]:
        return f"wilayah '{code}' tidak sesuai tingkat kantor '{level}'"
    return None


_KNOWN_EVENT_FIELDS = frozenset(("id", "finding_id", "from_status", "to_status", "at", "officer", "reason",
                                 "forwarding_body", "origin_office_id", "origin_device_id"))


# The gate names office fields as the settings do.
_OFFICE_FIELDS = {"office_name": "name", "office_address": "address", "level": "level", "region_code": "region_code",
                  "office_code": "office_code"}


# -- per kind ---------------------------------------------------------------------------------------------------
class IncomingRules:
    """The rules for records from outside, with the catalog and regions of the receiving store."""

    def __init__(self, catalog, regions, today: date | None = None):
        self.catalog = catalog
        self.regions = regions
        self.latest = (today or date.today()) + CLOCK_ALLOWANCE

    def check(self, kind: str, record: dict, origin: Office | None = None):
        """Raise Invalid for the first rule the record breaks; for a finding, return the Finding it describes.
        `origin` is the office that made the record (a finding's place must lie in its area, as when entered)."""
        if kind == "findings":
            return self._findings(record, origin)
        return getattr(self, f"_{kind}")(record)

    def _offices(self, o: dict) -> None:
        identifier(o["id"], "id")
        try:  # the gate an office's own settings pass
            normalise_office(o, self.regions)
        except ValidationError as err:
            raise Invalid(_OFFICE_FIELDS.get(err.field or "", err.field or "?"), str(err)) from err

    def _findings(self, f: dict, origin: Office | None):
        for field in ("id", "origin_office_id", "origin_device_id"):
            identifier(f[field], field)
        # What the store sets itself (the gate checks what an officer types).
        one_lines([(field, f[field]) for field in ("created_by", "updated_by", "register_number", "form_a_number")])
        if f["status"] not in self.catalog.statuses:
            raise Invalid("status", f"status tidak dikenal: '{f['status'][:40]}'")
        for field in ("occurred_on", "known_on"):
            iso_date(f[field], field)
        registered = iso_date(f["registered_on"], "registered_on", optional=True)
        for field in ("created_at", "updated_at"):
            utc_time(f[field], field)
        numbered = (f["register_number"] is not None, registered is not None)
        if numbered[0] != numbered[1] or (f["register_seq"] is not None and not numbered[0]):
            raise Invalid("register_number", "nomor register, urutan dan tanggal registrasi harus lengkap bersama")
        if registered and registered > self.latest:
            raise Invalid("registered_on", "tanggal registrasi di masa depan")
        for index, subject in enumerate(f["subjects"], start=1):
            identifier(subject["id"], f"subjects[{index}].id")
        finding = finding_from_record(f)
        try:  # the gate every local entry passes: texts, codes, dates, NIP/NIK, links, forms, the office's area
            validate_finding(finding, self.catalog, self.regions, today=self.latest, office=origin)
        except ValidationError as err:
            raise Invalid(err.field or "?", str(err)) from err
        return finding

    def _evidence(self, e: dict) -> None:
        for field in ("id", "finding_id", "origin_office_id", "origin_device_id"):
            identifier(e[field], field)
        if not e["name"].strip():
            raise Invalid("name", "nama berkas kosong")
        for field in ("name", "added_by", "removed_by"):
            one_line(e[field], field)
        gate(e["note"], EVIDENCE_DESCRIPTION_RULE, "note")
        if not MIME_RE.fullmatch(e["mime_type"]):
            raise Invalid("mime_type", f"jenis berkas tidak sah: '{e['mime_type'][:40]}'")
        if e["url"]:
            one_line(e["url"], "url", 2_000)
            if not valid_url(e["url"]):
                raise Invalid("url", f"tautan tidak sah: '{e['url'][:60]}'")
        utc_time(e["added_at"], "added_at")
        utc_time(e["seen_at"], "seen_at", optional=True)
        local_time(e["exif_time"], "exif_time")
        for field, bound in (("gps_lat", 90), ("gps_lon", 180)):
            if e[field] is not None and not -bound <= e[field] <= bound:
                raise Invalid(field, f"koordinat di luar rentang ±{bound}")
        removal = (e["removed_at"], e["removed_by"], e["removed_reason"])
        if any(v is not None for v in removal):
            utc_time(e["removed_at"], "removed_at")
            if not (e["removed_by"] or "").strip() or not (e["removed_reason"] or "").strip():
                raise Invalid("removed_reason", "penghapusan bukti harus mencatat oleh siapa dan alasannya")
            gate(e["removed_reason"], REASON_RULE, "removed_reason")
        if (reading := e.get("reading")) is not None:
            self._reading(reading, e["mime_type"])

    @staticmethod
    def _reading(reading: dict, mime_type: str) -> None:
        """The words the evidence's origin read in its picture: by the same gate as a local reading."""
        if not is_picture(mime_type):
            raise Invalid("reading", f"hanya gambar yang dibaca teksnya, bukan '{mime_type[:40]}'")
        for problem in reading_problems(reading["text"], reading["engine"]):
            raise Invalid(f"reading.{problem.field}", str(problem))
        utc_time(reading["made_at"], "reading.made_at")

    def _status_events(self, s: dict) -> None:
        for field in ("id", "finding_id", "origin_office_id", "origin_device_id"):
            identifier(s[field], field)
        if s["to_status"] not in self.catalog.statuses:
            raise Invalid("to_status", f"status tidak dikenal: '{s['to_status'][:40]}'")
        if s["from_status"] is not None and s["from_status"] not in self.catalog.statuses:
            raise Invalid("from_status", f"status tidak dikenal: '{s['from_status'][:40]}'")
        if s["forwarding_body"] and s["forwarding_body"] not in self.catalog.forwarding_bodies:
            raise Invalid("forwarding_body", f"instansi tujuan tidak dikenal: '{s['forwarding_body'][:40]}'")
        utc_time(s["at"], "at")
        if not s["officer"].strip():
            raise Invalid("officer", "nama petugas kosong")
        gate(s["officer"], PERSON_TEXTS["name"], "officer")
        gate(s["reason"], REASON_RULE, "reason")
        for field in s.keys() - _KNOWN_EVENT_FIELDS:
            value = s[field]  # fields a newer store adds (e.g. the decision date) are dates or short texts
            if isinstance(value, str):
                one_line(value, field)
                if field.endswith("_on") and value:
                    iso_date(value, field)
        decided = iso_date(s.get("decided_on") or None, "decided_on", optional=True)
        body = self.catalog.forwarding_bodies.get(s["forwarding_body"])
        if decided is not None and body is not None and not body.is_valid_on(decided):
            # KASN up to 23 August 2024, BKN from the 24th: as when the decision is entered here. An event from a
            # store without decision dates is left as it was (it stands on the day it was typed).
            raise Invalid("forwarding_body", f"{body.name} tidak menerima penerusan untuk keputusan tanggal "
                                             f"{decided.isoformat()}")

    def _notes(self, n: dict) -> None:
        for field in ("id", "finding_id", "origin_office_id", "origin_device_id"):
            identifier(n[field], field)
        utc_time(n["at"], "at")
        gate(n["author"], PERSON_TEXTS["name"], "author")
        if not n["text"].strip():
            raise Invalid("text", "isi catatan kosong")
        gate(n["text"], NOTE_RULE, "text")

    def _audit(self, a: dict) -> None:
        for field in ("id", "device_id", "office_id"):
            identifier(a[field], field)
        utc_time(a["at"], "at")
        for field in ("actor", "action", "entity", "entity_id"):
            one_line(a[field], field)
        if len(a["details"]) > AUDIT_DETAILS_CHARS:
            raise Invalid("details", "rincian terlalu panjang")
        try:
            details = json.loads(a["details"])
        except ValueError as err:
            raise Invalid("details", "rincian bukan JSON yang sah") from err
        if not isinstance(details, dict):
            raise Invalid("details", "rincian harus objek JSON")

    def _certificates(self, c: dict) -> None:
        for field in ("device_id", "office_id", "issuer_device_id"):
            identifier(c[field], field)
        utc_time(c["issued_at"], "issued_at")
        if problem := region_matches_level(c["region_code"], c["level"], self.regions):
            raise Invalid("region_code", problem)

    def _attestations(self, a: dict) -> None:
        for field in ("id", "device_id"):
            identifier(a[field], field)
        utc_time(a["signed_at"], "signed_at")
