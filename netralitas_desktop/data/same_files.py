"""The same evidence file across findings and offices: evidence items by file, and the picture hashes the near
match compares (services/duplicates.py decides; this module only reads)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netralitas_desktop.domain.errors import NotFoundError

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store


@dataclass(frozen=True)
class EvidenceItem:
    """An evidence item (not removed) with what a match shows of its finding and office."""

    evidence_id: str
    finding_id: str
    sha256: str
    name: str
    mime_type: str
    added_at: str
    origin_office_id: str
    office_name: str
    register_number: str | None
    form_a_number: str | None
    known_on: str
    local_seq: int


_ITEM_SQL = (
    "SELECT e.id AS evidence_id, e.finding_id, e.sha256, e.name, e.mime_type, e.added_at, f.origin_office_id, "
    "coalesce(o.name, '') AS office_name, f.register_number, f.form_a_number, f.known_on, e.local_seq "
    "FROM evidence e JOIN findings f ON f.id = e.finding_id LEFT JOIN offices o ON o.id = f.origin_office_id "
    "WHERE e.removed_at IS NULL ")


def items_by_id(store: Store, evidence_ids: Iterable[str]) -> list[EvidenceItem]:
    """These evidence items (those not removed), in the order asked."""
    wanted = list(dict.fromkeys(evidence_ids))
    found: dict[str, EvidenceItem] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in store.database.query(_ITEM_SQL + f"AND e.id IN ({', '.join('?' * len(chunk))})", chunk):
            found[row["evidence_id"]] = EvidenceItem(**row)
    return [found[i] for i in wanted if i in found]


def items_of_finding(store: Store, finding_id: str) -> list[EvidenceItem]:
    return [EvidenceItem(**r) for r in store.database.query(_ITEM_SQL + "AND e.finding_id = ? ORDER BY e.rowid",
                                                            (finding_id,))]


def items_with_files(store: Store, shas: Iterable[str]) -> list[EvidenceItem]:
    """Every evidence item (not removed) whose file is one of these."""
    wanted = sorted(set(shas))
    found: list[EvidenceItem] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found += [EvidenceItem(**r) for r in store.database.query(
            _ITEM_SQL + f"AND e.sha256 IN ({', '.join('?' * len(chunk))}) ORDER BY f.known_on, e.rowid", chunk)]
    return found


def items_since(store: Store, local_seq: int) -> list[EvidenceItem]:
    """Evidence items written (added here or imported) after this value of the change counter."""
    return [EvidenceItem(**r) for r in store.database.query(_ITEM_SQL + "AND e.local_seq > ? ORDER BY e.local_seq",
                                                            (local_seq,))]


def files_in_several_findings(store: Store) -> list[str]:
    """Files that are evidence (not removed) of more than one finding."""
    return [r["sha256"] for r in store.database.query(
        "SELECT sha256 FROM evidence WHERE removed_at IS NULL GROUP BY sha256 HAVING count(DISTINCT finding_id) > 1 "
        "ORDER BY min(added_at)")]


def picture_hashes(store: Store) -> dict[str, str]:
    """The difference hash of every picture file that has one and is evidence (not removed) here."""
    return {r["sha256"]: r["dhash"] for r in store.database.query(
        "SELECT p.sha256, p.dhash FROM picture_scans p WHERE p.dhash != '' AND EXISTS (SELECT 1 FROM evidence e "
        "WHERE e.sha256 = p.sha256 AND e.removed_at IS NULL)")}


def change_counter(store: Store) -> int:
    """The store's change counter now (what an import's new evidence is numbered after)."""
    value = store.database.scalar("SELECT value FROM settings WHERE key = 'local_seq'")
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def resolve_evidence_id(store: Store, text: str) -> str:
    """An evidence id from a full id or a unique prefix (≥ 4 characters); NotFoundError otherwise."""
    text = text.strip()
    pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = store.database.query("SELECT id FROM evidence WHERE id = ? OR (length(?) >= 4 AND id LIKE ? ESCAPE '\\') "
                                "LIMIT 2", (text, text, pattern))
    if len(rows) != 1:
        exact = [r for r in rows if r["id"] == text]
        if not exact:
            raise NotFoundError(f"Bukti tidak ditemukan: '{text[:40]}'." if not rows else
                                f"'{text[:40]}' cocok dengan lebih dari satu bukti; tulis ID lebih lengkap.")
        return str(exact[0]["id"])
    return str(rows[0]["id"])
