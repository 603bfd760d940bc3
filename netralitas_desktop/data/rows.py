"""How findings and their parts are laid out in the tables: column lists and the row ↔ dataclass mapping."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from netralitas_desktop.domain.model import (
    FORM_FIELDS,
    Evidence,
    Finding,
    StatusEvent,
    Subject,
    Witness,
    activity_from_dict,
)
from netralitas_desktop.domain.persons import name_key, person_key

Row = dict[str, Any]
"""A table row as a dict of column name to SQLite value."""

# json.dumps(value, ensure_ascii=False) with the encoder built once: bulk writes encode hundreds of thousands.
_to_json = json.JSONEncoder(ensure_ascii=False).encode

# Finding fields kept in their own columns; the other editable ones live in the JSON `body`.
COLUMNS = ("id", "origin_office_id", "origin_device_id", "version", "created_at", "updated_at", "created_by",
           "updated_by", "source", "status", "title", "category", "region_code", "address", "occurred_on",
           "known_on", "registered_on", "register_seq", "register_number", "form_a_number", "election", "stage",
           "platform", "description")
BODY_FIELDS = ("urls", "witnesses", "legal_basis", "reporter_name", "reporter_address", "supervision_form",
               "supervision_purpose", "supervision_target", "facts", "analysis", "needs_more_info",
               "forwarded_to", "sanction", *FORM_FIELDS, "handover")
FINDING_ROW_COLUMNS = (*COLUMNS, "body", "local_seq")
SUBJECT_COLUMNS = ("id", "finding_id", "seq", "name", "employment_type", "nip", "nik", "position", "agency",
                   "address", "accounts", "person_key", "name_key")
EVIDENCE_COLUMNS = tuple(f.name for f in fields(Evidence))
STATUS_EVENT_COLUMNS = (*(f.name for f in fields(StatusEvent)), "local_seq")
FTS_COLUMNS = ("register_number", "title", "description", "subjects", "agencies", "urls", "place", "evidence_text")


def finding_row(finding: Finding) -> Row:
    """The `findings` table row of a finding (without `local_seq`, which the writer assigns)."""
    row: Row = {name: getattr(finding, name) for name in COLUMNS}
    body = {name: getattr(finding, name) for name in BODY_FIELDS}
    body["witnesses"] = [asdict(w) for w in finding.witnesses]
    body["activities"] = [asdict(a) for a in finding.activities]
    row["body"] = _to_json(body)
    return row


def subject_rows(finding: Finding) -> list[Row]:
    """The `subjects` rows of a finding, in their order on it."""
    return [
        {"id": s.id, "finding_id": finding.id, "seq": index, "name": s.name, "employment_type": s.employment_type,
         "nip": s.nip, "nik": s.nik, "position": s.position, "agency": s.agency, "address": s.address,
         "accounts": _to_json(s.accounts), "person_key": person_key(s.nip, s.nik, s.name, s.agency),
         "name_key": name_key(s.name)}
        for index, s in enumerate(finding.subjects)
    ]


def finding_from_row(row: Row, subjects: list[Row]) -> Finding:
    """A Finding from its table row and subject rows."""
    body = json.loads(row.get("body") or "{}")
    values: dict[str, Any] = {name: row[name] for name in COLUMNS}
    for name in BODY_FIELDS:
        if name in body:
            values[name] = body[name]
    values["witnesses"] = [Witness(**w) for w in body.get("witnesses", [])]
    values["activities"] = [activity_from_dict(a) for a in body.get("activities", [])]
    values["subjects"] = [
        Subject(id=s["id"], name=s["name"], employment_type=s["employment_type"], nip=s["nip"], nik=s["nik"],
                position=s["position"], agency=s["agency"], address=s["address"],
                accounts=json.loads(s["accounts"]))
        for s in subjects
    ]
    return Finding(**values)


def evidence_from_row(row: Row) -> Evidence:
    return Evidence(**{k: row[k] for k in EVIDENCE_COLUMNS})


def status_event_from_row(row: Row) -> StatusEvent:
    return StatusEvent(**{k: row[k] for k in StatusEvent.__dataclass_fields__})


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """`INSERT INTO table (a, b) VALUES (:a, :b)` for named parameters."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
