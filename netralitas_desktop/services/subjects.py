"""The subject view: every finding about one person (by NIP, NIK, or name with agency), from every office whose
findings this store holds, at any level; and the people reported more than once (domain/persons.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from netralitas_desktop.data import persons
from netralitas_desktop.data.persons import RepeatSubject, SubjectMention
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import LEVELS
from netralitas_desktop.domain.persons import SubjectQuery, subject_query

# Levels whose recap and dashboard list repeat subjects: they see the findings of several field offices.
REPEATS_FROM_LEVEL = "kabupaten"


def lists_repeats(level: str) -> bool:
    """Whether an office of this level sees repeat subjects in its recap and dashboard (kabupaten/kota and up)."""
    return level in LEVELS and LEVELS.index(level) <= LEVELS.index(REPEATS_FROM_LEVEL)


@dataclass
class SubjectView:
    """What the store knows of one person: the subjects that are them (`same`), and those that only share the name
    and agency of one of them while carrying no number (`possible`)."""

    query: SubjectQuery
    same: list[SubjectMention] = field(default_factory=list)
    possible: list[SubjectMention] = field(default_factory=list)

    @property
    def finding_ids(self) -> list[str]:
        return list(dict.fromkeys(m.finding_id for m in self.same))

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.same))

    @property
    def offices(self) -> list[str]:
        return list(dict.fromkeys(m.office_name or m.origin_office_id[:8] for m in self.same))

    def numbers(self, kind: str) -> list[str]:
        return list(dict.fromkeys(getattr(m, kind) for m in self.same if getattr(m, kind)))

    def to_json(self) -> dict[str, object]:
        return {"query": {"kind": self.query.kind, "value": self.query.value}, "names": self.names,
                "nip": self.numbers("nip"), "nik": self.numbers("nik"), "agencies": self.numbers("agency"),
                "offices": self.offices, "findings": len(self.finding_ids),
                "mentions": [asdict(m) for m in self.same], "possible": [asdict(m) for m in self.possible]}


def subject_view(store: Store, text: str) -> SubjectView:
    """The findings about the person a NIP (18 digits), NIK (16 digits) or name points to."""
    query = subject_query(text)
    if query is None:
        raise ValidationError("Tulis NIP (18 angka), NIK (16 angka) atau nama terlapor.", "subject")
    found = persons.mentions_of(store, query)
    return SubjectView(query, [m for m in found if m.match == "sama"], [m for m in found if m.match != "sama"])


def known_nip(store: Store, nip: str, *, excluding: str | None = None) -> list[str]:
    """The findings (newest first) that already have a subject with this NIP, other than `excluding`: what the
    editor says while an officer types one ("NIP ini sudah ada di 2 temuan")."""
    query = subject_query(nip)
    if query is None or query.kind != "nip":
        return []
    return persons.findings_with_key(store, query.key, excluding=excluding)


def repeat_subjects(store: Store, *, region: str = "", date_from: str = "", date_to: str = "", minimum: int = 2,
                    limit: int | None = None) -> list[RepeatSubject]:
    """People found in at least `minimum` findings of the region and period, most findings first."""
    return persons.repeat_subjects(store, region=region, date_from=date_from, date_to=date_to,
                                   minimum=max(2, minimum), limit=limit)


def findings_of_person(store: Store, person_key: str) -> list[str]:
    """The findings (ids, newest first) with a subject of this person key (a repeat subject's findings)."""
    return persons.findings_with_key(store, person_key)
