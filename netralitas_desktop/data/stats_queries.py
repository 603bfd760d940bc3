"""The queries behind counts and deadline lists (dashboard, recap): grouped counts and the dates a deadline is
computed from, for the findings a filter selects. services/stats.py turns them into what officers read."""

from __future__ import annotations

from typing import NamedTuple

from netralitas_desktop.data.database import translated_errors
from netralitas_desktop.data.query import where_clause
from netralitas_desktop.data.store import SET_ON_SQL, Store
from netralitas_desktop.domain.filters import FindingFilter

# How much of a region code names the area counts are grouped by: the kecamatan (19.03.01) or the desa
# (19.03.01.2008).
AREA_CODE_LENGTH = {"kecamatan": 8, "desa": 13}


class CountRow(NamedTuple):
    """How many findings share a status, category, area (kecamatan code, or desa code) and platform."""

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
    received_on: str | None  # a laporan: the day it was received
    set_on: str | None  # a temuan past draf: the day it was set in pleno


def grouped_counts(store: Store, filt: FindingFilter, area: str = "kecamatan") -> list[CountRow]:
    """Findings counted by status, category, area (kecamatan, or desa) and platform at once (one pass over a
    covering index)."""
    where, params = where_clause(filt)
    with translated_errors():
        rows = store.conn.execute(
            f"SELECT f.status, f.category, substr(f.region_code, 1, {AREA_CODE_LENGTH[area]}), f.platform, count(*) "
            f"FROM findings f WHERE {where} GROUP BY 1, 2, 3, 4", params).fetchall()
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
        # The clocks' other start dates only where they matter: the JSON body for reports, the status history for
        # temuan in a status whose clock starts when it was set (CASE evaluates the subquery only then).
        rows = store.conn.execute(
            "SELECT f.rowid, f.id, f.status, f.source, f.known_on, f.created_at, f.registered_on, f.election, "
            "CASE WHEN f.source = 'laporan' THEN json_extract(f.body, '$.received_on') END, "
            "CASE WHEN f.source = 'temuan' AND f.status IN ('kajian_awal', 'teregistrasi', 'klarifikasi', 'kajian') "
            f"THEN ({SET_ON_SQL}) END FROM findings f WHERE {where}", params).fetchall()
        # The JSON body is read only through the partial index of findings that need more information.
        more_info = {r[0] for r in store.conn.execute(
            "SELECT f.id FROM findings f WHERE json_extract(f.body, '$.needs_more_info')")}
    # Sorted here rather than by SQL: ORDER BY known_on makes SQLite read every row through the date index.
    rows.sort(key=lambda r: (r[4], r[0]), reverse=True)
    return [DeadlineInput(r[1], r[2], r[3], r[4], r[5], r[6], r[1] in more_info, r[7], r[8], r[9]) for r in rows]
