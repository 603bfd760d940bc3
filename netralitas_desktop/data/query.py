"""Filters and full-text search over findings, turned into SQL with parameters."""

from __future__ import annotations

import re

from netralitas_desktop.domain.filters import FindingFilter

DATE_FIELDS = ("occurred_on", "known_on", "registered_on", "created_at", "updated_at")
SORTABLE = {
    "register_number": "f.register_number", "status": "f.status", "category": "f.category",
    "region_code": "f.region_code", "occurred_on": "f.occurred_on", "known_on": "f.known_on",
    "updated_at": "f.updated_at", "created_at": "f.created_at", "title": "f.title",
    "subject": "(SELECT name FROM subjects s WHERE s.finding_id = f.id ORDER BY seq LIMIT 1)",
}


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: quoted phrases stay phrases, other words match as prefixes (type-ahead)."""
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        if phrase.strip():
            tokens = re.findall(r"\w+", phrase)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"')
        elif word:
            parts.extend(f'"{token}"*' for token in re.findall(r"\w+", word))
    return " AND ".join(parts)


def where_clause(filt: FindingFilter) -> tuple[str, list[object]]:
    """SQL conditions (on alias `f`) and their parameters for a filter."""
    conditions: list[str] = []
    params: list[object] = []

    def one_of(column: str, values: list[str]) -> None:
        conditions.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    if filt.statuses:
        one_of("f.status", filt.statuses)
    if filt.categories:
        one_of("f.category", filt.categories)
    if filt.source:
        conditions.append("f.source = ?")
        params.append(filt.source)
    if filt.origin_office_id:
        conditions.append("f.origin_office_id = ?")
        params.append(filt.origin_office_id)
    if filt.region:
        # Dotted codes nest, so a range scan on the index finds the region and everything below it.
        conditions.append("(f.region_code = ? OR (f.region_code >= ? AND f.region_code < ?))")
        params.extend([filt.region, filt.region + ".", filt.region + "/"])
    if filt.subject_types:
        marks = ", ".join("?" * len(filt.subject_types))
        # IN over the subjects index stays fast on 100,000 findings even before ANALYZE has run.
        conditions.append(f"f.id IN (SELECT s.finding_id FROM subjects s WHERE s.employment_type IN ({marks}))")
        params.extend(filt.subject_types)
    column = filt.date_field if filt.date_field in DATE_FIELDS else "known_on"
    if filt.date_from:
        conditions.append(f"f.{column} >= ?")
        params.append(filt.date_from)
    if filt.date_to:
        conditions.append(f"substr(f.{column}, 1, 10) <= ?")
        params.append(filt.date_to)
    match = fts_query(filt.search) if filt.search else ""
    if match:
        conditions.append("f.rowid IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ?)")
        params.append(match)
    return (" AND ".join(conditions) or "1"), params


def order_clause(order: str) -> str:
    """`ORDER BY` text from a name like "known_on" or "-known_on" (descending); unknown names fall back."""
    descending = order.startswith("-")
    column = SORTABLE.get(order.lstrip("-"), "f.known_on")
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}, f.rowid {direction}"
