"""The "provisions violated" of a finding: which law binds which subject type in which kind of election
(resources/catalog/provisions.json), or the officer's own text when written. No I/O."""

from __future__ import annotations

from dataclasses import dataclass

from netralitas_desktop.domain.catalog import Catalog
from netralitas_desktop.domain.model import Finding


@dataclass(frozen=True)
class Provisions:
    """What Form A prints as the provisions violated, and what may be said about sanctions."""

    items: tuple[str, ...]
    from_officer: bool  # the officer's text replaced the default
    discipline_types: tuple[str, ...]  # subject types bound by PP 94/2021 and the SKB 2022 (PNS, PPPK)
    other_types: tuple[str, ...]  # subject types the discipline rules do not bind
    sanction_notes: tuple[str, ...]  # sanctions that bind the other subject types, from the table

    @property
    def discipline_binds_all(self) -> bool:
        return bool(self.discipline_types) and not self.other_types


def election_kind_of(finding: Finding, catalog: Catalog, default_election: str = "") -> str:
    """ "pemilu" or "pemilihan", from the finding's election profile (or the office's default); Pemilu if unknown."""
    profile = catalog.elections.get(finding.election or default_election)
    return profile.kind if profile is not None else "pemilu"


def split_provisions(text: str) -> list[str]:
    """The officer's text as separate provisions: one per line or separated by ';', each once."""
    items: list[str] = []
    for item in text.replace("\r", "").replace("\n", ";").split(";"):
        item = item.strip()
        if item and item.lower() not in (i.lower() for i in items):
            items.append(item)
    return items


def default_provisions(finding: Finding, catalog: Catalog, election_kind: str) -> list[str]:
    """The table's provisions for every subject type of the finding, in subject order, each once."""
    items: list[str] = []
    for subject in finding.subjects:
        rule = catalog.provision_rule(subject.employment_type, election_kind)
        for item in rule.provisions if rule else ():
            if item not in items:
                items.append(item)
    return items


def provisions_for(finding: Finding, catalog: Catalog, election_kind: str) -> Provisions:
    """The provisions Form A prints: the officer's `legal_basis` when given, else the table's default."""
    own = split_provisions(finding.legal_basis or "")
    discipline: list[str] = []
    other: list[str] = []
    notes: list[str] = []
    for subject in finding.subjects:
        kind = subject.employment_type
        rule = catalog.provision_rule(kind, election_kind)
        target = discipline if rule is not None and rule.skb_discipline else other
        if kind not in target:
            target.append(kind)
        if rule is not None and rule.sanction_note and rule.sanction_note not in notes:
            notes.append(rule.sanction_note)
    return Provisions(
        items=tuple(own or default_provisions(finding, catalog, election_kind)), from_officer=bool(own),
        discipline_types=tuple(discipline), other_types=tuple(other), sanction_notes=tuple(notes))
