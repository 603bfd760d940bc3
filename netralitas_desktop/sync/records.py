"""Records as carried in bundles (one JSON object per line): made from table rows, checked field by field on
the way in, and normalised so that both ends compute the same content hash for the same record."""

from __future__ import annotations

import json
from collections.abc import Callable
from copy import copy
from dataclasses import MISSING

from netralitas_desktop.data.store import (
    BODY_FIELDS,
    COLUMNS,
    EVIDENCE_COLUMNS,
    finding_from_row,
    finding_row,
    subject_rows,
)
from netralitas_desktop.domain.model import ACTIVITY_KEYS, FORM_FIELDS, LEVELS, Finding, StatusEvent
from netralitas_desktop.sync.format import SHA256_RE

SUBJECT_FIELDS = ("id", "name", "employment_type", "nip", "nik", "position", "agency", "address", "accounts")
STATUS_EVENT_FIELDS = tuple(StatusEvent.__dataclass_fields__)
NOTE_FIELDS = ("id", "finding_id", "at", "author", "text", "origin_office_id", "origin_device_id")
AUDIT_FIELDS = ("id", "device_id", "device_seq", "office_id", "at", "actor", "action", "entity", "entity_id",
                "details", "prev_hash", "hash")
OFFICE_FIELDS = ("id", "name", "level", "region_code", "address", "office_code")
EVIDENCE_FIELDS = (*EVIDENCE_COLUMNS, "version")


# -- from the tables ----------------------------------------------------------------------------------------------
def _body_defaults() -> dict:
    defaults = {}
    for name in BODY_FIELDS:
        spec = Finding.__dataclass_fields__[name]
        defaults[name] = spec.default_factory() if spec.default is MISSING else spec.default
    return defaults


BODY_DEFAULTS = _body_defaults()


def finding_record(row: dict, subjects: list[dict]) -> dict:
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
    row = {**{name: record[name] for name in COLUMNS}, "body": json.dumps(record["body"], ensure_ascii=False)}
    subjects = [{**s, "finding_id": record["id"], "seq": i, "accounts": json.dumps(s["accounts"])}
                for i, s in enumerate(record["subjects"])]
    return finding_from_row(row, subjects)


def normalized_finding(record: dict) -> dict:
    """The record as this store would write it back (defaults filled, body in the store's own shape)."""
    finding = finding_from_record(record)
    return finding_record(finding_row(finding), subject_rows(finding))


def evidence_record(row: dict) -> dict:
    return {name: row[name] for name in EVIDENCE_FIELDS}


def status_event_record(row: dict) -> dict:
    return {name: row[name] for name in STATUS_EVENT_FIELDS}


def note_record(row: dict) -> dict:
    return {name: row[name] for name in NOTE_FIELDS}


def audit_record(row: dict) -> dict:
    return {name: row[name] for name in AUDIT_FIELDS}


def office_record(row: dict) -> dict:
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


def _integer(minimum: int) -> Callable:
    def check(value, name):
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _Bad(f"kolom '{name}' harus bilangan bulat ≥ {minimum}")
        return value
    return check


def _optional_integer(value, name):
    return None if value is None else _integer(0)(value, name)


def _optional_number(value, name):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
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
    def check(value, name):
        if not isinstance(value, dict):
            raise _Bad(f"kolom '{name}' harus objek JSON")
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise _Bad(f"kolom tidak dikenal '{unknown[0]}' di '{name}'")
        missing = [f for f in fields if f not in value]
        if missing:
            raise _Bad(f"kolom '{missing[0]}' tidak ada di '{name}'")
        return {f: check_field(value[f], f) for f, check_field in fields.items()}
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
def _body_of_any_version(check: Callable) -> Callable:
    """A finding body from an office that has not upgraded yet lacks the fields added since (FORM_FIELDS, handover):
    they read as their defaults, as this store would have them, instead of refusing the whole bundle."""
    def wrapped(value, name):
        if isinstance(value, dict):
            value = {**{k: copy(BODY_DEFAULTS[k]) for k in (*FORM_FIELDS, "handover") if k not in value}, **value}
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
    "id": _id, "finding_id": _id, "sha256": _sha256, "name": _text, "mime_type": _text, "size": _integer(0),
    "added_at": _text, "added_by": _text, "exif_time": _optional_text, "gps_lat": _optional_number,
    "gps_lon": _optional_number, "url": _text, "seen_at": _optional_text, "note": _text,
    "removed_at": _optional_text, "removed_by": _optional_text, "removed_reason": _optional_text,
    "origin_office_id": _id, "origin_device_id": _id, "version": _integer(1),
}
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


def checked_record(kind: str, value) -> dict:
    """The record with every field checked; RecordProblem says what is wrong otherwise.

    Every field is required and none may be unknown, so a record that passes is already in the shape this
    store writes back (`normalized_finding(record) == record`): both ends hash the same content.
    """
    if not isinstance(value, dict):
        raise RecordProblem("setiap baris harus berisi satu objek JSON")
    return _CHECKS[kind](value, kind)


_CHECKS = {kind: _object(schema) for kind, schema in SCHEMAS.items()}


def _event_of_any_version(value, name):
    """A status event from an office that has not upgraded yet has no decision date: the day it was typed."""
    if isinstance(value, dict) and "decided_on" not in value:
        value = {**value, "decided_on": ""}
    return _object(STATUS_EVENT_SCHEMA)(value, name)


_CHECKS["status_events"] = _event_of_any_version
