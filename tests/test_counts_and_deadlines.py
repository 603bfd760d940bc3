"""What the dashboard and the recap count equals what the findings say one by one: the grouped counts read from
covering indexes, and the deadline lists computed once per distinct set of dates."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from cli_helpers import INIT_ARGS, run

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.services import stats
from netralitas_desktop.services.browse import deadline_summary
from netralitas_desktop.services.demo import generate_demo

TODAY = date(2024, 1, 20)  # inside the campaign: many findings are due soon or overdue


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counts") / "data"
    assert run(folder, *INIT_ARGS).code == 0
    with Store(folder) as store:
        generate_demo(store, 600, seed=11, images=3, today=TODAY)
        # One finding needs more information: its decision deadline is longer.
        target = next(f for f in store.list_findings(FindingFilter(statuses=["klarifikasi"])))
        store.update_finding(target.id, {"needs_more_info": True})
    return folder


def one_by_one(store: Store, filt: FindingFilter) -> list:
    return store.list_findings(filt, order="-known_on")


@pytest.mark.parametrize("filt", [FindingFilter(), FindingFilter(region="19.03.01.2008"),
                                  FindingFilter(date_from="2023-12-01", date_to="2023-12-31"),
                                  FindingFilter(statuses=["kajian", "selesai"], source="temuan")])
def test_counts_equal_the_findings_counted_one_by_one(demo_store, filt):
    with Store(demo_store, readonly=True) as store:
        counts = stats.finding_counts(store, filt)
        findings = one_by_one(store, filt)
    assert counts.total == len(findings)
    assert counts.by_status == Counter(f.status for f in findings)
    assert counts.by_category == Counter(f.category for f in findings)
    assert counts.by_platform == Counter(f.platform for f in findings)
    assert counts.by_district == Counter(f.region_code[:8] for f in findings)
    assert counts.by_district_category == Counter((f.region_code[:8], f.category) for f in findings)
    assert counts.by_subject_type == Counter(t for f in findings for t in {s.employment_type for s in f.subjects})
    assert list(counts.by_status.values()) == sorted(counts.by_status.values(), reverse=True)  # largest first


def test_deadline_lists_equal_the_deadline_of_each_finding(demo_store):
    with Store(demo_store, readonly=True) as store:
        expected = [(f.id, store.deadline(f, TODAY)) for f in one_by_one(store, FindingFilter())
                    if f.status in stats.OPEN_STATUSES]
        expected = [(i, d) for i, d in expected if d is not None and d.days_left <= 3]
        assert stats.urgent_deadlines(store, today=TODAY, within_days=3) == expected
        summary = deadline_summary(store, today=TODAY, within_days=3, keep=20)
    assert sorted(summary.overdue_ids) == sorted(i for i, d in expected if d.days_left < 0)
    assert sorted(summary.soon_ids) == sorted(i for i, d in expected if d.days_left >= 0)
    # The list on screen: the most urgent first — due soon (fewest days left first), then the overdue (most
    # recently missed first).
    ranks = [(0, d.days_left) if d.days_left >= 0 else (1, -d.days_left) for _, d in summary.shown]
    assert len(ranks) == 20 and ranks == sorted(ranks)
    assert {row["id"] for row, _ in summary.shown} <= {i for i, _ in expected}
    assert all(set(row) == {"id", "subject", "status", "category", "region_code", "known_on"}
               for row, _ in summary.shown)


def test_the_longer_decision_deadline_of_a_finding_that_needs_more_information(demo_store):
    with Store(demo_store, readonly=True) as store:
        finding = next(f for f in store.list_findings(FindingFilter(statuses=["klarifikasi"])) if f.needs_more_info)
        listed = dict(stats.urgent_deadlines(store, today=date(2030, 1, 1), within_days=10_000))
        finding.needs_more_info = False
        shorter = store.deadline(finding, date(2030, 1, 1))
    assert listed[finding.id].due_on > shorter.due_on  # 7 + 7 working days instead of 7
