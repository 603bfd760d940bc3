"""Legal deadlines as domain.md describes them: the date each clock starts from, working days across the 2026 holidays
and weekends, "lewat" whatever day today is, estimates past the last known holiday year, and the KASN/BKN switch."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.deadlines import add_days, days_between, days_left, deadline_for, report_filing
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.domain.validation import validate_status_change

CATALOG = load_catalog()
PEMILU, PILKADA = CATALOG.elections["pemilu-2024"], CATALOG.elections["pilkada-2024"]
HOLIDAYS = CATALOG.holidays.dates
KNOWN = CATALOG.holidays.known_years


def clock(status, source="temuan", *, profile=PEMILU, known=date(2026, 3, 2), received=None, registered=None,
          today=date(2026, 3, 2), more=False):
    return deadline_for(status=status, source=source, known_on=known, received_on=received, registered_on=registered,
                        needs_more_info=more, rule=profile.deadlines, holidays=HOLIDAYS | profile.holidays,
                        today=today, known_years=KNOWN)


def test_working_days_skip_weekends_and_holidays():
    holidays = frozenset({date(2023, 12, 25), date(2023, 12, 26)})
    # Friday 22 Dec 2023 + 2 working days: skips the weekend and Christmas + cuti bersama
    assert add_days(date(2023, 12, 22), 2, "kerja", holidays) == date(2023, 12, 28)
    assert add_days(date(2023, 12, 22), 2, "kalender", holidays) == date(2023, 12, 24)
    assert days_between(date(2023, 12, 22), date(2023, 12, 28), "kerja", holidays) == 2
    assert days_between(date(2023, 12, 28), date(2023, 12, 22), "kerja", holidays) == -2


def test_the_2026_idulfitri_and_nyepi_holidays_are_not_working_days():
    # Registered Tuesday 17 March 2026: 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti Idulfitri), 21–22 (Idulfitri, a
    # weekend), 23–24 (cuti Idulfitri) are off; the 7th working day is Thursday 2 April (3 April is Good Friday).
    decision = clock("teregistrasi", registered=date(2026, 3, 17), today=date(2026, 3, 17))
    assert decision.label == "Putusan/penanganan" and decision.day_kind == "kerja"
    assert decision.due_on == date(2026, 4, 2)
    assert decision.days_left == 7 and not decision.estimate
    # The same count with no holiday list would end a week earlier: the list is what makes it right.
    assert add_days(date(2026, 3, 17), 7, "kerja") == date(2026, 3, 26)
    # Christmas 2026: 24 (cuti bersama) and 25 December are off; Friday 23 Dec → the 2nd working day is 29 Dec.
    assert add_days(date(2026, 12, 23), 2, "kerja", HOLIDAYS) == date(2026, 12, 29)


def test_every_2026_holiday_of_the_skb_is_in_the_catalog():
    days = {h.date: h for h in CATALOG.holidays.in_year(2026)}
    assert len(days) == 25 and not any(h.provisional for h in days.values())
    assert sum(1 for h in days.values() if h.kind == "cuti_bersama") == 8
    assert days[date(2026, 3, 21)].name.startswith("Hari Raya Idulfitri 1447")
    assert CATALOG.holidays.knows(2026) and CATALOG.holidays.knows(2027) and not CATALOG.holidays.knows(2028)
    provisional_2027 = [h for h in CATALOG.holidays.in_year(2027) if h.provisional]
    assert len(provisional_2027) == 18 and date(2027, 3, 10) in {h.date for h in provisional_2027}


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 3, 6), 0),   # Friday, the due date itself: "batas hari ini"
    (date(2026, 3, 7), -1),  # Saturday after: passed, although no working day lies between
    (date(2026, 3, 8), -1),  # Sunday after: passed (the bug: it showed "batas hari ini")
    (date(2026, 3, 9), -1),  # Monday: one working day late
    (date(2026, 3, 10), -2),
])
def test_a_date_that_has_passed_is_late_whatever_day_today_is(today, expected):
    assert days_left(today, date(2026, 3, 6), "kerja", HOLIDAYS) == expected
    registered = date(2026, 2, 25)  # + 7 working days = Friday 6 March 2026
    decision = clock("teregistrasi", registered=registered, today=today)
    assert decision.due_on == date(2026, 3, 6)
    assert decision.days_left == expected and decision.overdue == (expected < 0)
    assert ("lewat" in decision.describe()) == (expected < 0)
    assert ("batas hari ini" in decision.describe()) == (expected == 0)


@given(st.dates(date(2023, 1, 1), date(2027, 12, 31)), st.integers(-60, 60))
def test_days_left_is_negative_exactly_when_the_due_date_has_passed(today, offset):
    due = today + timedelta(days=offset)
    for kind in ("kerja", "kalender"):
        left = days_left(today, due, kind, HOLIDAYS)
        assert (left < 0) == (due < today)
        assert (left == 0) == (due == today or (kind == "kerja" and due > today
                                                and days_between(today, due, kind, HOLIDAYS) == 0))


@given(st.dates(date(2023, 1, 1), date(2027, 12, 31)), st.integers(-400, 400))
def test_counting_working_days_agrees_with_walking_the_calendar(start, span):
    end = start + timedelta(days=span)
    low, high = sorted((start, end))
    walked = sum(1 for n in range(1, (high - low).days + 1)
                 if (d := low + timedelta(days=n)).weekday() < 5 and d not in HOLIDAYS)
    assert days_between(start, end, "kerja", HOLIDAYS) == (walked if end >= start else -walked)


def test_a_deadline_past_the_last_known_holiday_year_is_an_estimate():
    late = clock("teregistrasi", registered=date(2027, 12, 22), today=date(2027, 12, 22))
    assert late.due_on.year == 2028 and late.estimate and late.unknown_years == (2028,)
    assert "perkiraan: hari libur 2028 belum diketahui" in late.describe()
    assert not clock("teregistrasi", registered=date(2027, 6, 1), today=date(2027, 6, 1)).estimate
    # Calendar days do not depend on holidays: never an estimate.
    assert not clock("teregistrasi", "laporan", profile=PILKADA, received=date(2027, 12, 30),
                     today=date(2027, 12, 30)).estimate


def test_each_clock_starts_from_the_date_the_law_names():
    # Setting a finding: 7 days from discovery (calendar days in Pemilu, UU 7/2017 Art. 454(5) (confirm)).
    setting = clock("draf", known=date(2026, 3, 2))
    assert (setting.label, setting.due_on, setting.day_kind) == ("Penetapan temuan", date(2026, 3, 9), "kalender")
    # Once set in pleno, it is no longer "overdue for setting": no clock until it is registered.
    assert clock("temuan", known=date(2026, 1, 5), today=date(2026, 3, 2)) is None
    # Kajian awal of a report: from the day it was RECEIVED, not from the day it was typed or became known.
    study = clock("kajian_awal", "laporan", known=date(2026, 2, 20), received=date(2026, 2, 26),
                  today=date(2026, 2, 26))
    assert (study.label, study.due_on) == ("Kajian awal", date(2026, 3, 2))  # Thu + 2 working days = Mon
    assert clock("draf", "laporan", received=date(2026, 2, 26), known=date(2026, 2, 20)).label == "Kajian awal"
    # The decision: from registration in Pemilu, from receipt in Pilkada.
    pemilu = clock("klarifikasi", "laporan", known=date(2024, 10, 1), received=date(2024, 10, 1),
                   registered=date(2024, 10, 4), today=date(2024, 10, 4))
    pilkada = clock("klarifikasi", "laporan", profile=PILKADA, known=date(2024, 10, 1), received=date(2024, 10, 1),
                    registered=date(2024, 10, 4), today=date(2024, 10, 4))
    assert pemilu.due_on == date(2024, 10, 15)  # 7 working days after Friday 4 October
    assert pilkada.due_on == date(2024, 10, 4)  # 3 calendar days after receipt on 1 October
    assert pilkada.days_left == 0
    assert clock("klarifikasi", "laporan", profile=PILKADA, known=date(2024, 10, 1), received=date(2024, 10, 1),
                 registered=date(2024, 10, 4), today=date(2024, 10, 4), more=True).due_on == date(2024, 10, 6)
    # A Pilkada temuan's decision runs from the day it was set in pleno.
    assert clock("teregistrasi", profile=PILKADA, known=date(2024, 10, 1), received=date(2024, 10, 2),
                 registered=date(2024, 10, 3), today=date(2024, 10, 3)).due_on == date(2024, 10, 5)
    # Decided: no clock.
    assert clock("selesai") is None and clock("diteruskan") is None


def test_a_report_filed_late_is_said_so():
    in_time = report_filing(known_on=date(2026, 3, 2), received_on=date(2026, 3, 9), rule=PEMILU.deadlines,
                            holidays=HOLIDAYS)
    late = report_filing(known_on=date(2026, 3, 2), received_on=date(2026, 3, 10), rule=PEMILU.deadlines,
                         holidays=HOLIDAYS)
    assert in_time.days_left == 0 and late.days_left == -1 and late.label == "Penyampaian laporan"


def _asn_finding(subject_type="pns"):
    return Finding(category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2024-01-10",
                   known_on="2024-01-11", description="x", subjects=[Subject(name="A", employment_type=subject_type)],
                   status="kajian")


@pytest.mark.parametrize(("body", "decided", "ok"), [
    ("kasn", "2024-08-23", True), ("bkn", "2024-08-23", False),
    ("kasn", "2024-08-24", False), ("bkn", "2024-08-24", True),
    ("bkn", "2024-02-20", False), ("kasn", "2024-09-10", False),
])
def test_kasn_up_to_23_august_2024_and_bkn_from_the_24th(body, decided, ok):
    assert CATALOG.forwarding_body_for("pns", date.fromisoformat(decided)).code == ("kasn" if decided <= "2024-08-23"
                                                                                    else "bkn")
    change = lambda: validate_status_change(_asn_finding(), "diteruskan", "Pleno", body, decided, CATALOG,  # noqa: E731
                                            date(2026, 11, 29))
    if ok:
        assert change().forwarding_body == body
    else:
        with pytest.raises(ValidationError, match="gunakan (kasn|bkn)"):
            change()


def test_ad_hoc_officials_go_to_whoever_appointed_them_not_to_dkpp():
    assert CATALOG.employment_types["adhoc"].forward_to == "pembentuk_adhoc"
    with pytest.raises(ValidationError, match="DKPP.* tidak menangani Penyelenggara pemilu ad hoc; gunakan "
                                              "pembentuk_adhoc"):
        validate_status_change(_asn_finding("adhoc"), "diteruskan", "Pleno", "dkpp", "2024-03-01", CATALOG,
                               date(2026, 11, 29))
    done = validate_status_change(_asn_finding("adhoc"), "diteruskan", "Pleno", "pembentuk_adhoc", "2024-03-01",
                                  CATALOG, date(2026, 11, 29))
    assert done.forwarding_body == "pembentuk_adhoc"
