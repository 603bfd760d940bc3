"""Notes on a finding: how a level that does not own a finding adds to it (append-only; they travel in bundles)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from netralitas_desktop.data import notes as notes_table
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import new_id, utc_now
from netralitas_desktop.domain.validation import NOTE_RULE, normalise_text


@dataclass
class Note:
    id: str
    finding_id: str
    at: str
    author: str
    text: str
    origin_office_id: str
    origin_device_id: str

    def to_json(self) -> dict:
        return asdict(self)


def add_note(store, finding_id: str, text: str) -> Note:
    """Add a note to a finding (any office may, whoever owns the finding); audited, one transaction."""
    text = normalise_text(text if text is not None else "", NOTE_RULE, "text")  # the gate, as for every write
    if not text:
        raise ValidationError("Isi catatan wajib diisi.", "text")
    store.get_finding(finding_id)
    note = Note(new_id(), finding_id, utc_now(), store.officer.name, text, store.office.id, store.device_id)
    notes_table.insert_note(store, note.to_json())
    return note


def notes_for(store, finding_id: str) -> list[Note]:
    """The notes on a finding, oldest first."""
    return [Note(**{k: r[k] for k in Note.__dataclass_fields__}) for r in notes_table.notes_of(store, finding_id)]
