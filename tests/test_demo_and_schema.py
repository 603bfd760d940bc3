"""Sample data covers the whole domain and keeps the store sound; the schema is migrated and recorded."""

import sqlite3

from cli_helpers import run

from netralitas_desktop.data.database import migrations
from netralitas_desktop.domain.catalog import load_catalog


def test_demo_covers_every_category_and_status_with_evidence(data_dir):
    assert run(data_dir, "demo", "--findings", "80").code == 0
    findings = run(data_dir, "finding", "list", "--json").json()
    catalog = load_catalog()
    assert len(findings) == 80
    assert {f["category"] for f in findings} == set(catalog.categories)
    assert {f["status"] for f in findings} == set(catalog.statuses)
    assert any(f["region_code"].startswith("19.03.") for f in findings)
    assert any(not f["region_code"].startswith("19.03.") for f in findings)
    # Inside the office's area (Kecamatan Toboali), except the few recorded for handover, which say so.
    outside = [f for f in findings if not f["region_code"].startswith("19.03.01.")]
    assert outside and all(f["handover"] for f in outside)
    assert not any(f["handover"] for f in findings if f["region_code"].startswith("19.03.01."))
    with_evidence = [f for f in findings if run(data_dir, "finding", "show", f["id"], "--json").json()["evidence"]]
    assert len(with_evidence) > len(findings) / 2
    registered = [f for f in findings if f["register_number"]]
    assert registered and all("/TM/" in f["register_number"] or "/LP/" in f["register_number"] for f in registered)
    assert run(data_dir, "check").code == 0
    # demo data is searchable like any other
    name = findings[0]["subjects"][0]["name"].split()[0]
    assert run(data_dir, "finding", "list", "--search", name, "--json").json()


def test_migrations_are_recorded_once(data_dir):
    conn = sqlite3.connect(data_dir / "netralitas.db")
    recorded = [row[0] for row in conn.execute("SELECT number FROM schema_migrations ORDER BY number")]
    assert recorded == [number for number, _, _ in migrations()]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    run(data_dir, "finding", "list")  # reopening applies nothing twice
    conn = sqlite3.connect(data_dir / "netralitas.db")
    assert [row[0] for row in conn.execute("SELECT number FROM schema_migrations ORDER BY number")] == recorded
    conn.close()
