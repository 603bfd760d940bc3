"""Sample data covers the whole domain and keeps the store sound; the schema is migrated and recorded."""

import sqlite3
from datetime import date

from cli_helpers import run

from netralitas_desktop.data.database import migrations
from netralitas_desktop.data.store import Store
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


def test_demo_findings_fit_their_election_profile_and_forward_by_decision_date(data_dir):
    """Every event lies inside its profile's stages (no 2026 finding under Pemilu 2024), registration numbers are
    in the profile's series (PL or PB), and ASN cases go to KASN for decisions up to 23 August 2024, BKN after."""
    assert run(data_dir, "demo", "--findings", "240").code == 0
    catalog = load_catalog()
    findings = run(data_dir, "finding", "list", "--json").json()
    assert {f["election"] for f in findings} == {"pemilu-2024", "pilkada-2024"}
    for finding in findings:
        profile = catalog.elections[finding["election"]]
        assert str(profile.first_day) <= finding["occurred_on"] <= finding["known_on"] <= str(profile.last_day), \
            finding["id"]
        assert finding["stage"] in {s.stage for s in profile.stage_dates}
        if finding["register_number"]:
            assert f"/{profile.register_code}/Kec/19.03.01/" in finding["register_number"]
    conn = sqlite3.connect(data_dir / "netralitas.db")
    forwarded = conn.execute("SELECT e.forwarding_body, e.decided_on, s.employment_type FROM status_events e "
                             "JOIN subjects s ON s.finding_id = e.finding_id AND s.seq = 0 "
                             "WHERE e.forwarding_body != ''").fetchall()
    conn.close()
    asn = [(body, day) for body, day, kind in forwarded if kind in ("pns", "pppk")]
    assert {body for body, _ in asn} == {"kasn", "bkn"}
    assert all(day <= "2024-08-23" for body, day in asn if body == "kasn")
    assert all(day >= "2024-08-24" for body, day in asn if body == "bkn")
    assert not any(body == "dkpp" for body, _, kind in forwarded if kind == "adhoc")
    # Every decision after the draft sits on a working day of the office's holiday list (no pleno on a Sunday, on
    # Idulfitri or on a cuti bersama); the election's own days off (voting day) count too.
    conn = sqlite3.connect(data_dir / "netralitas.db")
    decisions = conn.execute("SELECT f.election, e.decided_on FROM status_events e JOIN findings f ON "
                             "f.id = e.finding_id WHERE e.from_status IS NOT NULL").fetchall()
    conn.close()
    with Store(data_dir, readonly=True) as store:
        days_off = {code: store.holiday_dates(code) for code in ("pemilu-2024", "pilkada-2024")}
    assert decisions
    for election, decided in decisions:
        day = date.fromisoformat(decided)
        assert day.weekday() < 5 and day not in days_off[election], (election, decided)


def test_a_desa_office_demo_writes_form_a_and_registers_nothing(tmp_path):
    folder = tmp_path / "desa"
    assert run(folder, "init", "--office-name", "Panwaslu Desa Rias", "--level", "desa", "--region",
               "19.03.01.2008", "--officer", "Sari Dewi", "--office-code", "19.03").code == 0
    assert run(folder, "demo", "--findings", "30").code == 0
    findings = run(folder, "finding", "list", "--json").json()
    assert {f["status"] for f in findings} == {"draf"} and not any(f["register_number"] for f in findings)
    inside = [f for f in findings if not f["handover"]]
    assert inside and all(f["region_code"] == "19.03.01.2008" for f in inside)
    temuan = [f for f in findings if f["source"] == "temuan"]
    assert temuan and all("/LHP/PM.01.03/19.03.01.2008/" in f["form_a_number"] for f in temuan)
    assert run(folder, "check").code == 0
