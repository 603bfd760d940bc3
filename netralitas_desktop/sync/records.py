"""Records as carried in bundles (one JSON object per line): made from table rows, checked field by field (types
and ranges) on the way in, and normalised so that both ends compute the same content hash for the same record.

What the values mean (known codes, dates, limits) is checked afterwards by `incoming`, with the same gate as local
entry; who may have made them by `origins` and `authority`."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import MISSING
from typing import Any, Protocol, cast

from netralitas_desktop.data.rows import BODY_FIELDS, COLUMNS, EVIDENCE_COLUMNS, finding_row, subject_rows
from netralitas_desktop.domain.model import (
    ACTIVITY_KEYS,
    FORM_FIELDS,
    LEVELS,
    Finding,
    StatusEvent,
    Subject,
    Witness,
    activity_from_dict,
)
from netralitas_desktop.sync.format import MAX_BLOB_BYTES, SHA256_RE


class RowLike(Protocol):
    """A table row as the data layer gives it (a dict, or an `sqlite3.Row`): read by column name."""

    def __getitem__(self, key: str, /) -> Any: ...


SUBJECT_FIELDS = ("id", "name", "employment_type", "nip", "nik", "position", "agency", "address", "accounts")
STATUS_EVENT_FIELDS = tuple(StatusEvent.__dataclass_fields__)
NOTE_FIELDS = ("id", "finding_id", "at", "author", "text", "origin_office_id", "origin_device_id")
AUDIT_FIELDS = ("id", "device_id", "device_seq", "office_id", "at", "actor", "action", "entity", "entity_id",
                "details", "prev_hash", "hash")
OFFICE_FIELDS = ("id", "name", "level", "region_code", "address", "office_code")
EVIDENCE_FIELDS = (*EVIDENCE_COLUMNS, "version")
# What the evidence's origin office read in its picture (OCR): an evidence record carries it only when there is one,
# so a record without a reading is the same (and hashes the same) as before readings travelled.
READING_FIELD = "reading"
READING_FIELDS = ("text", "engine", "made_at")
ATTESTATION_FIELD = "attestation"  # on every signed record: the id of the attestation that covers it
MAX_SAFE_INTEGER = 2**53  # versions and sequences stay exact in every JSON reader


# -- from the tables ----------------------------------------------------------------------------------------------
def _body_defaults() -> dict:
    defaults = {}
    for name in BODY_FIELDS:
        spec = Finding.__dataclass_fields__[name]
        defaults[name] = cast(Callable[[], Any], spec.default_factory)() if spec.default is MISSING else spec.default
    return defaults


BODY_DEFAULTS = _body_defaults()


def finding_record(row: RowLike, subjects: Sequence[RowLike]) -> dict[str, Any]:
    """A finding as carried: its columns, the JSON body as an object, and its subjects in order.

    The body always has exactly the store's body fields (defaults for any missing), so that the record is the
    same whichever end makes it."""
    record = {name: row[name] for name in COLUMNS}
    body = json.loads(row["body"] or "{}")
    record["body"] = {name: body[name] if name in body else copy(BODY_DEFAULTS[name]) for name in BODY_FIELDS}
    record["subjects"] = [{**{k: s[k] for k in SUBJECT_FIELDS if k != "accounts"},
                           "accounts": json.loads(s["accounts"])}
                          for s in sorted(subjects, key=lambda s: s["seq"])]
    return record


def finding_from_record(record: dict) -> Finding:
    """The Finding a record describes (built directly: the same as going through its table rows, without the
    JSON round trip)."""
    values = {name: record[name] for name in COLUMNS}
    body = record["body"]
    values.update({name: body[name] for name in BODY_FIELDS if name in body})
    values["witnesses"] = [Witness(**w) for w in body.get("witnesses", [])]
    values["activities"] = [activity_from_dict(a) for a in body.get("activities", [])]
    values["urls"] = list(body.get("urls", []))
    values["subjects"] = [Subject(id=s["id"], name=s["name"], employment_type=s["employment_type"], nip=s["nip"],
                                  nik=s["nik"], position=s["position"], agency=s["agency"], address=s["address"],
                                  accounts=list(s["accounts"])) for s in record["subjects"]]
    return Finding(**values)


def normalized_finding(record: dict) -> dict:
    """The record as this store would write it back (defaults filled, body in the store's own shape)."""
    finding = finding_from_record(record)
    return finding_record(finding_row(finding), subject_rows(finding))


def evidence_record(row: RowLike) -> dict[str, Any]:
    """An evidence item as carried: its columns, and its origin's reading (`reading_*` columns) when it has one."""
    record = {name: row[name] for name in EVIDENCE_FIELDS}
    if row["reading_text"] is not None:
        record[READING_FIELD] = {"text": row["reading_text"], "engine": row["reading_engine"],
                                 "made_at": row["reading_at"]}
    return record


def status_event_record(row: RowLike) -> dict[str, Any]:
    return {name: row[name] for name in STATUS_EVENT_FIELDS}


def note_record(row: RowLike) -> dict[str, Any]:
    return {name: row[name] for name in NOTE_FIELDS}


def audit_record(row: RowLike) -> dict[str, Any]:
    return {name: row[name] for name in AUDIT_FIELDS}


def office_record(row: RowLike) -> dict[str, Any]:
    return {name: row[name] for name in OFFICE_FIELDS}


# -- checking what arrives ----------------------------------------------------------------------------------------
class RecordProblem(ValueError):
    """What is wrong with one record, in Indonesian (the caller adds where it is)."""


_Bad = RecordProblem


def _text(value, name):
    if not isinstance(value, str):
        raise _Bad(f"kolom '{name}' harus teks")
    return value


def _id(value, name):
    if not isinstance(value, str) or not value or len(value) > 200:
        raise _Bad(f"kolom '{name}' harus ID yang tidak kosong")
    return value


def _optional_text(value, name):
    return None if value is None else _text(value, name)


def _integer(minimum: int, maximum: int = MAX_SAFE_INTEGER) -> Callable:
    def check(value, name):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"kolom '{name}' harus bilangan bulat")
        if not minimum <= value <= maximum:
            raise _Bad(f"kolom '{name}' harus bilangan bulat antara {minimum} dan {maximum}")
        return value
    return check


def _optional_integer(value, name):
    return None if value is None else _integer(1)(value, name)


def _optional_number(value, name):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) > 1e300:
        raise _Bad(f"kolom '{name}' harus angka")
    return float(value)  # SQLite gives REAL back as float: hash what will be read back


def _boolean(value, name):
    if not isinstance(value, bool):
        raise _Bad(f"kolom '{name}' harus true/false")
    return value


def _sha256(value, name):
    if not isinstance(value, str) or not SHA256_RE.match(value):
        raise _Bad(f"kolom '{name}' harus SHA-256 (64 digit heksadesimal huruf kecil)")
    return value


def _level(value, name):
    if value not in LEVELS:
        raise _Bad(f"kolom '{name}' harus salah satu dari {', '.join(LEVELS)}")
    return value


def _text_list(value, name):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad(f"kolom '{name}' harus daftar teks")
    return value


def _object(fields: dict) -> Callable:
    names = frozenset(fields)
    # Text fields are by far the most common: checked inline, without a call each (imports check millions).
    texts = tuple(f for f, c in fields.items() if c is _text)
    others = tuple((f, c) for f, c in fields.items() if c is not _text)

    def check(value, name):
        if not isinstance(value, dict):
            raise _Bad(f"kolom '{name}' harus objek JSON")
        if value.keys() != names:
            unknown = sorted(set(value) - names)
            if unknown:
                raise _Bad(f"kolom tidak dikenal '{unknown[0]}' di '{name}'")
            missing = [f for f in fields if f not in value]
            raise _Bad(f"kolom '{missing[0]}' tidak ada di '{name}'")
        for field in texts:
            if type(value[field]) is not str:
                raise _Bad(f"kolom '{field}' harus teks")
        result = dict(value)
        for field, check_field in others:
            result[field] = check_field(value[field], field)
        return result
    return check


def _list_of(check_item: Callable) -> Callable:
    def check(value, name):
        if not isinstance(value, list):
            raise _Bad(f"kolom '{name}' harus daftar")
        return [check_item(v, name) for v in value]
    return check


SUBJECT_SCHEMA = {"id": _id, **{f: _text for f in SUBJECT_FIELDS[1:-1]}, "accounts": _text_list}
_BODY_TYPES = {
    "urls": _text_list, "witnesses": _list_of(_object({"name": _text, "address": _text})),
    "needs_more_info": _boolean, "activities": _list_of(_object({name: _text for name in ACTIVITY_KEYS})),
    "handover": _boolean,
}
# Derived from the store's own field lists, so a field the store gains travels without a change here (a field
# this module does not know the type of must be a JSON scalar).
BODY_SCHEMA = {name: _BODY_TYPES.get(name, _text) for name in BODY_FIELDS}
# Body fields added after the first writers: a body without them reads them as their defaults.
FILLED_ON_READING = (*FORM_FIELDS, "handover")


def _body_of_any_version(check: Callable) -> Callable:
    """A finding body from an office that has not upgraded yet lacks the fields added since (FILLED_ON_READING):
    they read as their defaults, as this store would have them, instead of refusing the whole bundle."""
    def wrapped(value, name):
        if isinstance(value, dict):
            value = {**{k: copy(BODY_DEFAULTS[k]) for k in FILLED_ON_READING if k not in value}, **value}
        return check(value, name)
    return wrapped


FINDING_SCHEMA = {
    **{name: _text for name in COLUMNS},  # the typed ones below; new text columns need nothing here
    "id": _id, "origin_office_id": _id, "origin_device_id": _id, "version": _integer(1),
    "registered_on": _optional_text, "register_seq": _optional_integer, "register_number": _optional_text,
    "form_a_number": _optional_text,
    "body": _body_of_any_version(_object(BODY_SCHEMA)), "subjects": _list_of(_object(SUBJECT_SCHEMA)),
}
EVIDENCE_SCHEMA = {
    "id": _id, "finding_id": _id, "sha256": _sha256, "name": _text, "mime_type": _text,
    "size": _integer(0, MAX_BLOB_BYTES),
    "added_at": _text, "added_by": _text, "exif_time": _optional_text, "gps_lat": _optional_number,
    "gps_lon": _optional_number, "url": _text, "seen_at": _optional_text, "note": _text,
    "removed_at": _optional_text, "removed_by": _optional_text, "removed_reason": _optional_text,
    "origin_office_id": _id, "origin_device_id": _id, "version": _integer(1),
}
READING_SCHEMA = {name: _text for name in READING_FIELDS}


def _evidence_with_reading(check: Callable) -> Callable:
    """An evidence record's fields are all required, except its reading: absent when the picture was not read (and
    in every record from a store made before readings travelled)."""
    check_reading = _object(READING_SCHEMA)

    def wrapped(value, name):
        if not isinstance(value, dict) or READING_FIELD not in value:
            return check(value, name)
        rest = dict(value)
        reading = check_reading(rest.pop(READING_FIELD), READING_FIELD)
        return {**check(rest, name), READING_FIELD: reading}
    return wrapped


STATUS_EVENT_SCHEMA = {
    "id": _id, "finding_id": _id, "from_status": _optional_text, "to_status": _text, "at": _text,
    "officer": _text, "reason": _text, "forwarding_body": _text, "origin_office_id": _id, "origin_device_id": _id,
    "decided_on": _text,
}
NOTE_SCHEMA = {"id": _id, "finding_id": _id, "at": _text, "author": _text, "text": _text,
               "origin_office_id": _id, "origin_device_id": _id}
AUDIT_SCHEMA = {
    "id": _id, "device_id": _id, "device_seq": _integer(1), "office_id": _id, "at": _text, "actor": _text,
    "action": _text, "entity": _text, "entity_id": _text, "details": _text, "prev_hash": _sha256, "hash": _sha256,
}
OFFICE_SCHEMA = {"id": _id, "name": _text, "level": _level, "region_code": _text, "address": _text,
                 "office_code": _text}
SCHEMAS = {"offices": OFFICE_SCHEMA, "findings": FINDING_SCHEMA, "evidence": EVIDENCE_SCHEMA,
           "status_events": STATUS_EVENT_SCHEMA, "notes": NOTE_SCHEMA, "audit": AUDIT_SCHEMA}


def _base64(length: int) -> Callable:
    def check(value, name):
        if not isinstance(value, str) or not value or len(value) > 200:
            raise _Bad(f"kolom '{name}' harus teks base64")
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as err:
            raise _Bad(f"kolom '{name}' harus teks base64") from err
        if len(raw) != length:
            raise _Bad(f"kolom '{name}' harus {length} bita")
        return value
    return check


MAX_ATTESTED_RECORDS = 5000
ATTESTATION_SCHEMA = {"id": _id, "device_id": _id, "signed_at": _text, "signature": _base64(64),
                      "digests": _list_of(_sha256)}
CERTIFICATE_SCHEMA = {"device_id": _id, "signing_key": _base64(32), "office_id": _id, "level": _level,
                      "region_code": _text, "issuer_device_id": _id, "issued_at": _text, "signature": _base64(64)}
PROOF_SCHEMAS = {"attestations": ATTESTATION_SCHEMA, "certificates": CERTIFICATE_SCHEMA}


def checked_record(kind: str, value) -> dict:
    """A record of a signed kind as carried (its fields plus `attestation`), every field checked for its type and
    range; RecordProblem says what is wrong otherwise.

    Every field is required and none may be unknown, so a record that passes is already in the shape this
    store writes back (`normalized_finding(record) == record`): both ends hash the same content. The returned
    record has no `attestation` field: see `split_attestation`.
    """
    if not isinstance(value, dict):
        raise RecordProblem("setiap baris harus berisi satu objek JSON")
    if kind in PROOF_SCHEMAS:
        checked = _PROOF_CHECKS[kind](value, kind)
        if kind == "attestations" and not 1 <= len(checked["digests"]) <= MAX_ATTESTED_RECORDS:
            raise RecordProblem(f"kolom 'digests' harus berisi 1 sampai {MAX_ATTESTED_RECORDS} ringkasan")
        return checked
    content = dict(value)
    attestation = content.pop(ATTESTATION_FIELD, None)
    if not isinstance(attestation, str) or not attestation or len(attestation) > 200:
        raise RecordProblem(f"kolom '{ATTESTATION_FIELD}' harus ID atestasi yang tidak kosong")
    record = _CHECKS[kind](content, kind)
    record[ATTESTATION_FIELD] = attestation
    return record


def normalised_on_reading(kind: str, value) -> bool:
    """Whether `checked_record` will fill in fields the record lacks (a finding from a store that did not have the
    form fields yet): its origin signed it as carried, so its digest is taken before that."""
    if kind == "status_events":
        return isinstance(value, dict) and "decided_on" not in value
    body = value.get("body") if kind == "findings" and isinstance(value, dict) else None
    return isinstance(body, dict) and any(name not in body for name in FILLED_ON_READING)


def split_attestation(record: dict) -> tuple[dict, str]:
    """The record's content (what is hashed and stored) and the id of the attestation that covers it."""
    content = dict(record)
    return content, content.pop(ATTESTATION_FIELD)


def checked_office(value) -> dict:
    """An office description as in a manifest (no attestation): every field checked."""
    if not isinstance(value, dict):
        raise RecordProblem("harus berisi satu objek JSON")
    return _CHECKS["offices"](value, "offices")


_CHECKS = {kind: _object(schema) for kind, schema in SCHEMAS.items()}
_PROOF_CHECKS = {kind: _object(schema) for kind, schema in PROOF_SCHEMAS.items()}


def _event_of_any_version(value, name):
    """A status event from an office that has not upgraded yet has no decision date: it reads as "" (the day it
    was typed stands for it), instead of refusing the whole bundle."""
    if isinstance(value, dict) and "decided_on" not in value:
        value = {**value, "decided_on": ""}
    return _object(STATUS_EVENT_SCHEMA)(value, name)


_CHECKS["status_events"] = _event_of_any_version
_CHECKS["evidence"] = _evidence_with_reading(_CHECKS["evidence"])
