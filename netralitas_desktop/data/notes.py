"""Notes on findings (append-only; a trigger refuses any change): writing one and reading a finding's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store


def insert_note(store: Store, note: dict[str, Any]) -> None:
    """Store a note (its columns as in the `notes` table) and audit it under its finding, in one transaction."""
    with store.database.transaction() as conn:
        row = {**note, "local_seq": store.next_local_seq(conn)}
        conn.execute(f"INSERT INTO notes ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
        # Audited under the finding, so the entry travels with the finding's return bundles.
        store.record_audit(conn, "finding.note", "finding", note["finding_id"],
                           {"note_id": note["id"], "text": note["text"]})


def notes_of(store: Store, finding_id: str) -> list[dict[str, Any]]:
    """The note rows of a finding, oldest first."""
    return [dict(row) for row in store.database.query("SELECT * FROM notes WHERE finding_id = ? ORDER BY at, rowid",
                                                      (finding_id,))]
