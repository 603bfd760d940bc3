"""Notes on a finding: how a level that does not own a finding adds to it (append-only; they travel in bundles)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import new_id, utc_now

MAX_NOTE_CHARS = 20_000


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
    text = (text or "").strip()
    if not text:
        raise ValidationError("Isi catatan wajib diisi.", "text")
    if len(text) > MAX_NOTE_CHARS:
        raise ValidationError(f"Catatan terlalu panjang (lebih dari {MAX_NOTE_CHARS:,} karakter).", "text")
    store.get_finding(finding_id)
    note = Note(new_id(), finding_id, utc_now(), store.officer.name, text, store.office.id, store.device_id)
    with store.database.transaction() as conn:
        row = {**note.to_json(), "local_seq": store.next_local_seq(conn)}
        conn.execute(f"INSERT INTO notes ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
        # Audited under the finding, so the entry travels with the finding's return bundles.
        store.record_audit(conn, "finding.note", "finding", finding_id, {"note_id": note.id, "text": text})
    return note


def notes_for(store, finding_id: str) -> list[Note]:
    """The notes on a finding, oldest first."""
    rows = store.database.query("SELECT * FROM notes WHERE finding_id = ? ORDER BY at, rowid", (finding_id,))
    return [Note(**{k: r[k] for k in Note.__dataclass_fields__}) for r in rows]
