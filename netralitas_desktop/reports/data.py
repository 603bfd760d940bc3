"""What the register and the recap print, read from the store in chunks (never one full finding at a time).

Built on Store.finding_ids / summary_rows / subject_lines and services/stats.py; no SQL here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.data.store import Store, SubjectLine
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import parse_date
from netralitas_desktop.reports.common import CancelCheck, Progress, check_cancelled
from netralitas_desktop.services import stats
from netralitas_desktop.services.subjects import RepeatSubject, lists_repeats, repeat_subjects

CHUNK = 500  # findings read at a time
__all__ = ["CHUNK", "RecapData", "RegisterEntry", "SubjectLine", "check_filter", "recap_data", "register_entries",
           "subjects_of"]


@dataclass
class RegisterEntry:
    """One line of the register: a finding's summary row, all its subjects and its current deadline."""

    row: dict
    subjects: list[SubjectLine]
    deadline: Deadline | None


def subjects_of(store: Store, ids: list[str]) -> dict[str, list[SubjectLine]]:
    """Every subject of the given findings, in their order on the finding (summary rows carry only the first)."""
    return store.subject_lines(ids)


def check_filter(store: Store, filt: FindingFilter) -> None:
    """Refuse codes a report cannot name (region, statuses) with an Indonesian message."""
    if filt.region and filt.region not in store.regions:
        raise ValidationError(f"Kode wilayah tidak dikenal: '{filt.region}' (contoh: 19.03 atau 19.03.01).",
                              "region")
    for status in filt.statuses:
        if status not in store.catalog.statuses:
            known = ", ".join(store.catalog.statuses)
            raise ValidationError(f"Status tidak dikenal: '{status}' (pilih: {known}).", "status")
    for value, flag in ((filt.date_from, "--from"), (filt.date_to, "--to")):
        if value:
            try:
                parse_date(value)
            except ValueError:
                raise ValidationError(f"{flag}: tanggal tidak valid '{value}' (gunakan TTTT-BB-HH).") from None
    if filt.date_from and filt.date_to and filt.date_from > filt.date_to:
        raise ValidationError(f"Tanggal awal {filt.date_from} jatuh sesudah tanggal akhir {filt.date_to}.")


def register_entries(store: Store, ids: list[str], *, today: date, progress: Progress | None = None,
                     cancelled: CancelCheck | None = None, progress_total: int | None = None
                     ) -> Iterator[RegisterEntry]:
    """Register lines for `ids` in that order, read CHUNK at a time."""
    total = progress_total or len(ids)
    for start in range(0, len(ids), CHUNK):
        check_cancelled(cancelled)
        chunk = ids[start:start + CHUNK]
        subjects = subjects_of(store, chunk)
        for row in store.summary_rows(chunk):
            yield RegisterEntry(row, subjects.get(row["id"], []), store.deadline(row, today))
        if progress:
            progress(min(start + CHUNK, len(ids)), total)


@dataclass
class RecapData:
    """The numbers of a recap: counts by everything the report breaks down, and the overdue findings."""

    filt: FindingFilter
    counts: stats.Counts
    by_source: dict[str, int]
    overdue: list[tuple[dict, Deadline]]
    overdue_subjects: dict[str, list[SubjectLine]] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    repeats: list[RepeatSubject] | None = None  # people reported more than once (kabupaten and up), else None


def recap_data(store: Store, filt: FindingFilter, *, today: date) -> RecapData:
    """Counts (stats.finding_counts), findings per source, and open findings past their deadline on `today`."""
    counts = stats.finding_counts(store, filt, area=stats.recap_area(store, filt))
    by_source = {source: store.count_findings(FindingFilter(**{**filt.__dict__, "source": source}))
                 for source in ("temuan", "laporan")}
    overdue = stats.findings_by_deadline(store, filt, today=today, within_days=-1)
    overdue_subjects = subjects_of(store, [row["id"] for row, _ in overdue])
    repeats = repeat_subjects(store, region=filt.region or "", date_from=filt.date_from or "",
                              date_to=filt.date_to or "") if lists_repeats(store.office.level) else None
    return RecapData(filt, counts, by_source, overdue, overdue_subjects, today, repeats)
