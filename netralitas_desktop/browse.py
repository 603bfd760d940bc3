"""Small helpers the finding list needs beyond the store's queries. No Qt here."""

from __future__ import annotations

from netralitas_desktop.store import Store
from netralitas_desktop.store.database import translated_errors

# Re-analyse when the findings table has grown this much since the last ANALYZE.
GROWTH_FACTOR = 2


def refresh_query_statistics(store: Store) -> bool:
    """Run ANALYZE when the database has no planner statistics or has grown a lot since; True if it ran.

    Without statistics SQLite answers the subject-type filter by walking the `subjects_type` index once per
    finding (minutes on 100,000 findings); with them it picks `subjects_finding` (well under a second).
    """
    with translated_errors():
        conn = store.conn
        total = conn.execute("SELECT count(*) FROM findings").fetchone()[0]
        has_stats = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").fetchone()
        analysed = 0
        if has_stats:
            row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'subjects' LIMIT 1").fetchone()
            analysed = int(str(row[0]).split()[0]) if row else 0
            subjects = conn.execute("SELECT count(*) FROM subjects").fetchone()[0]
            if analysed and subjects <= analysed * GROWTH_FACTOR + 100:
                return False
        elif total < 50:
            return False  # a tiny store: any plan is fast
        conn.execute("ANALYZE")
        return True
