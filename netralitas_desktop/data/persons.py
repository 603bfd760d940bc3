"""The same person across findings and offices (domain/persons.py): each subject's person key kept up to date, and
the queries behind the subject view, the editor's "NIP ini sudah ada" and the list of repeat subjects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netralitas_desktop.domain.persons import SubjectQuery, name_key, person_key

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

FILL_CHUNK = 5_000


def fill_missing_keys(store: Store) -> int:
    """Compute the keys of subjects stored before they existed (NULL); returns how many were filled. A cheap
    indexed probe when there is nothing to do."""
    if store.database.scalar("SELECT 1 FROM subjects WHERE name_key IS NULL LIMIT 1") is None:
        return 0
    filled = 0
    with store.database.transaction() as conn:
        while True:
            rows = conn.execute("SELECT rowid, name, nip, nik, agency FROM subjects WHERE name_key IS NULL LIMIT ?",
                                (FILL_CHUNK,)).fetchall()
            if not rows:
                return filled
            conn.executemany("UPDATE subjects SET person_key = ?, name_key = ? WHERE rowid = ?",
                             [(person_key(nip, nik, name, agency), name_key(name), rowid)
                              for rowid, name, nip, nik, agency in rows])
            filled += len(rows)


@dataclass(frozen=True)
class SubjectMention:
    """One subject of one finding, with what the subject view and the repeat list show of the finding."""

    finding_id: str
    subject_id: str
    name: str
    employment_type: str
    nip: str
    nik: str
    position: str
    agency: str
    person_key: str
    register_number: str | None
    form_a_number: str | None
    status: str
    category: str
    known_on: str
    region_code: str
    origin_office_id: str
    office_name: str
    office_level: str
    match: str = "sama"  # sama: the same key; mungkin: only the name and agency match a subject with a number


_MENTION_SQL = (
    "SELECT s.finding_id, s.id AS subject_id, s.name, s.employment_type, s.nip, s.nik, s.position, s.agency, "
    "coalesce(s.person_key, '') AS person_key, f.register_number, f.form_a_number, f.status, f.category, f.known_on, "
    "f.region_code, f.origin_office_id, coalesce(o.name, '') AS office_name, coalesce(o.level, '') AS office_level "
    "FROM subjects s JOIN findings f ON f.id = s.finding_id LEFT JOIN offices o ON o.id = f.origin_office_id ")
_ORDER = " ORDER BY f.known_on DESC, f.rowid DESC, s.seq"


def _mentions(store: Store, where: str, params: list[object], match: str = "sama") -> list[SubjectMention]:
    return [SubjectMention(**row, match=match) for row in store.database.query(_MENTION_SQL + where + _ORDER, params)]


def mentions_of(store: Store, query: SubjectQuery) -> list[SubjectMention]:
    """Every subject that is the person asked for, newest finding first: by NIP or NIK (and, marked `mungkin`,
    subjects without a number whose name and agency match one of them), or by name (any agency)."""
    if query.kind == "nama":
        return _mentions(store, "WHERE s.name_key = ?", [query.value])
    found = _mentions(store, "WHERE s.person_key = ?", [query.key])
    by_name = sorted({person_key("", "", m.name, m.agency) for m in found} - {""})
    if by_name:
        found += _mentions(store, f"WHERE s.person_key IN ({', '.join('?' * len(by_name))})", list(by_name),
                           match="mungkin")
    return found


def findings_with_key(store: Store, key: str, *, excluding: str | None = None) -> list[str]:
    """The findings (ids, newest first) with a subject of this person key, other than `excluding`."""
    rows = store.database.query(
        "SELECT DISTINCT s.finding_id, f.known_on, f.rowid FROM subjects s JOIN findings f ON f.id = s.finding_id "
        "WHERE s.person_key = ? AND s.finding_id != ? ORDER BY f.known_on DESC, f.rowid DESC",
        (key, excluding or ""))
    return [r["finding_id"] for r in rows]


@dataclass(frozen=True)
class RepeatSubject:
    """A person found in more than one finding: the key, the name and numbers last recorded, how many findings
    and offices, and the offices' names."""

    person_key: str
    name: str
    nip: str
    nik: str
    agency: str
    employment_type: str
    findings: int
    offices: int
    office_names: tuple[str, ...]
    last_known_on: str


def repeat_subjects(store: Store, *, region: str = "", date_from: str = "", date_to: str = "",
                    minimum: int = 2, limit: int | None = None) -> list[RepeatSubject]:
    """People found in at least `minimum` findings (of the region and period given: the date the violation became
    known), most findings first."""
    conditions = ["s.person_key IS NOT NULL", "s.person_key != ''"]
    params: list[object] = []
    if region:
        conditions.append("(f.region_code = ? OR (f.region_code >= ? AND f.region_code < ?))")
        params += [region, region + ".", region + "/"]
    if date_from:
        conditions.append("f.known_on >= ?")
        params.append(date_from)
    if date_to:
        conditions.append("f.known_on <= ?")
        params.append(date_to)
    # Only people with `minimum` findings in the whole store can have as many in a region or period: counted first
    # from the (person_key, finding_id) index alone, they spare the join for everybody else (12x at 100,000).
    candidates = ("s.person_key IN (SELECT person_key FROM subjects WHERE person_key IS NOT NULL AND person_key != '' "
                  "GROUP BY person_key HAVING count(DISTINCT finding_id) >= ?)")
    groups = store.database.query(
        "SELECT s.person_key, count(DISTINCT s.finding_id) AS findings, count(DISTINCT f.origin_office_id) AS offices, "
        "max(f.known_on) AS last_known_on FROM subjects s JOIN findings f ON f.id = s.finding_id "
        f"WHERE {' AND '.join([*conditions, candidates])} GROUP BY s.person_key "
        "HAVING count(DISTINCT s.finding_id) >= ? "
        "ORDER BY findings DESC, offices DESC, last_known_on DESC, s.person_key" + (" LIMIT ?" if limit else ""),
        [*params, minimum, minimum, *([limit] if limit else [])])
    return [_repeat(store, row, conditions, params) for row in groups]


def _repeat(store: Store, group: dict[str, object], conditions: list[str], params: list[object]) -> RepeatSubject:
    where = " AND ".join([*conditions, "s.person_key = ?"])
    rows = store.database.query(
        "SELECT s.name, s.nip, s.nik, s.agency, s.employment_type, coalesce(o.name, f.origin_office_id) AS office "
        "FROM subjects s JOIN findings f ON f.id = s.finding_id LEFT JOIN offices o ON o.id = f.origin_office_id "
        f"WHERE {where} ORDER BY f.known_on DESC, f.rowid DESC", [*params, group["person_key"]])
    latest = rows[0]
    offices = tuple(dict.fromkeys(str(r["office"]) for r in rows))
    return RepeatSubject(person_key=str(group["person_key"]), name=latest["name"], nip=latest["nip"],
                         nik=latest["nik"], agency=latest["agency"], employment_type=latest["employment_type"],
                         findings=int(str(group["findings"])), offices=int(str(group["offices"])),
                         office_names=offices, last_known_on=str(group["last_known_on"]))


def keys_of_findings(store: Store, finding_ids: Iterable[str]) -> set[str]:
    """The person keys (non-empty) of these findings' subjects."""
    ids = sorted(set(finding_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {r["person_key"] for r in store.database.query(
            f"SELECT DISTINCT person_key FROM subjects WHERE finding_id IN ({', '.join('?' * len(chunk))}) AND "
            "person_key IS NOT NULL AND person_key != ''", chunk)}
    return found
