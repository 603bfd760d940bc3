"""Issue 12 part B figures, each against a baseline measured in the same run (medians of 7 rounds).

1. The holiday calendar follows writes from another connection (PRAGMA data_version on every deadline): its share
   of `Store.deadline()` over the demo's findings.
2. A return bundle's audit selection with the clause that carries blocks of Form A numbers down, against the same
   query without it.

    python bench/bench_dates_numbers.py [--findings 20000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from netralitas_desktop.data.store import Store
from netralitas_desktop.services.demo import generate_demo

ROUNDS = 7


def medians(*runs) -> list[float]:
    """Median seconds of each run, the runs interleaved round by round (the machine is shared)."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(ROUNDS):
        for run, kept in zip(runs, times, strict=True):
            start = time.perf_counter()
            run()
            kept.append(time.perf_counter() - start)
    return [statistics.median(kept) for kept in times]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                             region_code="19.03", officer="Rina Marlina", office_code="19.03")
        generate_demo(store, args.findings, images=3)
        store.close()

        with Store(folder, readonly=True) as store:
            findings = store.list_findings(limit=2000)

            def deadlines() -> None:
                for finding in findings:
                    store.deadline(finding)

            def version_checks() -> None:
                for _ in findings:
                    store.conn.execute("PRAGMA data_version").fetchone()

            whole, check = medians(deadlines, version_checks)
        print(f"Store.deadline(): {whole / len(findings) * 1e6:.1f} µs a finding; the data_version check "
              f"{check / len(findings) * 1e6:.1f} µs = {check / whole:.2f} of it")

        conn = sqlite3.connect(folder / "netralitas.db")
        office = conn.execute("SELECT id FROM offices LIMIT 1").fetchone()[0]
        params = {"about": json.dumps([office]), "made_by": json.dumps([office])}
        base = ("SELECT count(*) FROM audit_log t WHERE t.seq > 0 AND office_id IN (SELECT value FROM "
                "json_each(:made_by)) AND (entity_id IN (SELECT id FROM findings WHERE origin_office_id IN (SELECT "
                "value FROM json_each(:about))) OR entity_id IN (SELECT e.id FROM evidence e JOIN findings f ON "
                "f.id = e.finding_id WHERE f.origin_office_id IN (SELECT value FROM json_each(:about)))")
        blocks = (" OR (action = 'number_block.give' AND json_extract(details, '$.target_office_id') IN "
                  "(SELECT value FROM json_each(:about)))")
        before, after = medians(lambda: conn.execute(base + ")", params).fetchone(),
                                lambda: conn.execute(base + blocks + ")", params).fetchone())
        rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        conn.close()
        print(f"Return-bundle audit selection over {rows} entries: {after * 1000:.0f} ms with the block clause, "
              f"{before * 1000:.0f} ms without: ratio {after / before:.2f}")


if __name__ == "__main__":
    main()
