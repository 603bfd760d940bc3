"""What the user narrowed the finding list to: a plain value the GUI, CLI, reports and the store share."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FindingFilter:
    """What the user narrowed the list to. Empty fields do not filter."""

    statuses: list[str] = field(default_factory=list)
    region: str = ""  # a code at any level: matches it and everything under it
    categories: list[str] = field(default_factory=list)
    subject_types: list[str] = field(default_factory=list)
    source: str = ""
    date_from: str = ""
    date_to: str = ""
    date_field: str = "known_on"
    search: str = ""
    origin_office_id: str = ""
