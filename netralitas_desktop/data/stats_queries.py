"""The queries behind counts and deadline lists (dashboard, recap): grouped counts and the dates a deadline is
computed from, for the findings a filter selects. services/stats.py turns them into what officers read."""

from __future__ import annotations

from typing import NamedTuple

from netralitas_desktop.data.database import translated_errors
from netralitas_desktop.data.query import where_clause
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter


class CountRow(NamedTuple):
    """How many findings share a status, category, district (kecamatan code) and platform."""

    status: str
    category: str
    district: str
    platform: str
    findings: int


class DeadlineInput(NamedTuple):
    """What a finding's legal deadline depends on (see Store.deadline), and its place in the list order."""

    id: str
    status: str
    source: str
    known_on: str
    created_at: str
    registered_on: str | None
    needs_more_info: bool
    election: str


def grouped_counts(store: Store, filt: FindingFilter) -> list[CountRow]:
    """Findings counted by status, category, district and platform at once (one pass over a covering index)."""
    where, params = where_clause(filt)
    with translated_errors():
        rows = store.conn.execute(
            "SELECT f.status, f.category, substr(f.region_code, 1, 8), f.platform, count(*) FROM findings f "
            f"WHERE {where} GROUP BY 1, 2, 3, 4", params).fetchall()
    return [CountRow(*row) for row in rows]


def counts_by_subject_type(store: Store, filt: FindingFilter) -> dict[str, int]:
    """Findings with at least one subject of each employment type."""
    where, params = where_clause(filt)
    if where == "1":  # the whole store: the subjects index alone answers it
        sql = "SELECT employment_type, count(DISTINCT finding_id) FROM subjects GROUP BY 1 ORDER BY 2 DESC"
    else:
        sql = ("SELECT s.employment_type, count(DISTINCT s.finding_id) FROM subjects s JOIN findings f "
               f"ON f.id = s.finding_id WHERE {where} GROUP BY 1 ORDER BY 2 DESC")
    with translated_errors():
        return {kind: count for kind, count in store.conn.execute(sql, params)}


def deadline_inputs(store: Store, filt: FindingFilter) -> list[DeadlineInput]:
    """For every finding the filter selects, what its deadline depends on; newest known first (the list order)."""
    where, params = where_clause(filt)
    with translated_errors():
        rows = store.conn.execute(
            "SELECT f.rowid, f.id, f.status, f.source, f.known_on, f.created_at, f.registered_on, f.election "
            f"FROM findings f WHERE {where}", params).fetchall()
        # The JSON body is read only through the partial index of findings that need more information.
        more_info = {r[0] for r in store.conn.execute(
            "SELECT f.id FROM findings f WHERE json_extract(f.body, '$.needs_more_info')")}
    # Sorted here rather than by SQL: ORDER BY known_on makes SQLite read every row through the date index.
    rows.sort(key=lambda r: (r[4], r[0]), reverse=True)
    return [DeadlineInput(r[1], r[2], r[3], r[4], r[5], r[6], r[1] in more_info, r[7]) for r in rows]
