"""Register numbers and legal deadlines as domain.md describes them."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.deadlines import add_days, days_between, deadline_for, register_number_for


def test_register_number_follows_the_office_template():
    numbering = load_catalog().numbering
    number = register_number_for(numbering.register_template, seq=6, kind="TM", election="PL", level="Kab",
                                 office_code="27.09", on=date(2024, 4, 3))
    assert number == "006/TM/PL/Kab/27.09/IV/2024"
    form_a = register_number_for(numbering.form_a_template, seq=12, kind="", election="", level="",
                                 office_code="19.03", on=date(2023, 12, 1))
    assert form_a == "12/LHP/PM.01.03/19.03/XII/2023"


def test_working_days_skip_weekends_and_holidays():
    holidays = frozenset({date(2023, 12, 25), date(2023, 12, 26)})
    # Friday 22 Dec 2023 + 2 working days: skips the weekend and Christmas + cuti bersama
    assert add_days(date(2023, 12, 22), 2, "kerja", holidays) == date(2023, 12, 28)
    assert add_days(date(2023, 12, 22), 2, "kalender", holidays) == date(2023, 12, 24)
    assert days_between(date(2023, 12, 22), date(2023, 12, 28), "kerja", holidays) == 2
    assert days_between(date(2023, 12, 28), date(2023, 12, 22), "kerja", holidays) == -2


def test_pemilu_counts_working_days_and_pilkada_calendar_days():
    catalog = load_catalog()
    pemilu, pilkada = catalog.elections["pemilu-2024"], catalog.elections["pilkada-2024"]
    common = dict(status="teregistrasi", source="temuan", known_on=date(2024, 10, 1), received_on=date(2024, 10, 1),
                  registered_on=date(2024, 10, 4), needs_more_info=False, today=date(2024, 10, 4))
    pemilu_deadline = deadline_for(rule=pemilu.deadlines, holidays=pemilu.holidays, **common)
    pilkada_deadline = deadline_for(rule=pilkada.deadlines, holidays=pilkada.holidays, **common)
    assert pemilu_deadline.due_on == date(2024, 10, 15)  # 7 working days after Friday 4 October
    assert pilkada_deadline.due_on == date(2024, 10, 7)  # 3 calendar days
    assert pilkada_deadline.days_left == 3 and not pilkada_deadline.overdue
    extended = deadline_for(rule=pilkada.deadlines, holidays=pilkada.holidays, **{**common, "needs_more_info": True})
    assert extended.due_on == date(2024, 10, 9)  # 3 + 2 days


def test_overdue_and_decided_findings():
    rule = load_catalog().elections["pilkada-2024"].deadlines
    late = deadline_for(status="temuan", source="temuan", known_on=date(2024, 11, 1), received_on=date(2024, 11, 1),
                        registered_on=None, needs_more_info=False, rule=rule, holidays=frozenset(),
                        today=date(2024, 11, 10))
    assert late.overdue and late.days_left == -2 and "lewat 2 hari" in late.describe()
    decided = deadline_for(status="selesai", source="temuan", known_on=date(2024, 11, 1),
                           received_on=date(2024, 11, 1), registered_on=None, needs_more_info=False, rule=rule,
                           holidays=frozenset(), today=date(2024, 11, 10))
    assert decided is None


@given(st.dates(date(2023, 1, 1), date(2026, 12, 31)), st.integers(-400, 400))
def test_counting_working_days_agrees_with_walking_the_calendar(start, span):
    holidays = load_catalog().elections["pemilu-2024"].holidays
    end = start + timedelta(days=span)
    low, high = sorted((start, end))
    walked = sum(1 for n in range(1, (high - low).days + 1)
                 if (d := low + timedelta(days=n)).weekday() < 5 and d not in holidays)
    assert days_between(start, end, "kerja", holidays) == (walked if end >= start else -walked)
