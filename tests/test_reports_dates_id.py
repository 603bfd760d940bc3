"""Indonesian dates as printed on forms: "Kamis, 30 November 2023", "pukul 14.05 WIB"."""

from datetime import UTC, date, datetime, timedelta, timezone

from netralitas_desktop.domain.dates_id import format_date_id, format_datetime_id, format_period_id, zone_name


def test_dates_in_indonesian():
    assert format_date_id(date(2023, 11, 30)) == "30 November 2023"
    assert format_date_id("2023-11-30", with_weekday=True) == "Kamis, 30 November 2023"
    assert format_date_id(datetime(2024, 2, 14, 7, 0)) == "14 Februari 2024"
    assert format_date_id("2024-08-17T09:00:00+07:00", with_weekday=True) == "Sabtu, 17 Agustus 2024"
    assert [format_date_id(date(2024, m, 1)).split()[1] for m in range(1, 13)] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember"]
    assert format_date_id(None) == format_date_id("") == ""


def test_times_use_a_dot_and_name_the_zone():
    assert format_datetime_id("2023-11-30T14:05:09") == "30 November 2023 pukul 14.05"
    assert format_datetime_id("2023-11-30T14:05:09", with_seconds=True) == "30 November 2023 pukul 14.05.09"
    wib = timezone(timedelta(hours=7))
    moment = datetime(2023, 11, 30, 7, 5, tzinfo=UTC).astimezone(wib)
    assert format_datetime_id(moment, with_weekday=True).startswith("Kamis, 30 November 2023 pukul ")
    assert zone_name(timedelta(hours=7)) == "WIB"
    assert zone_name(timedelta(hours=8)) == "WITA"
    assert zone_name(timedelta(hours=9)) == "WIT"
    assert zone_name(timedelta(hours=5, minutes=30)) == "UTC+5.30"
    assert format_datetime_id(None) == ""


def test_periods():
    assert format_period_id("2023-11-28", "2024-02-13") == "28 November 2023 s.d. 13 Februari 2024"
    assert format_period_id("2024-01-01", None) == "sejak 1 Januari 2024"
    assert format_period_id(None, "2024-01-31") == "sampai dengan 31 Januari 2024"
    assert format_period_id(None, None) == "semua tanggal"
