"""What the register and the recap print, read from the store in chunks (never one full finding at a time).

Built on Store.finding_ids / Store.summary_rows and stats.py. `subjects_of` is the one query of our own:
summary rows carry only the first subject, the register lists them all. (It belongs in the Store.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import parse_date
from netralitas_desktop.reports.common import CancelCheck, Progress, check_cancelled
from netralitas_desktop.services import stats

CHUNK = 500  # ids per query: well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class SubjectLine:
    name: str
    employment_type: str
    position: str


@dataclass
class RegisterEntry:
    """One line of the register: a finding's summary row, all its subjects and its current deadline."""

    row: dict
    subjects: list[SubjectLine]
    deadline: Deadline | None


def subjects_of(store, ids: list[str]) -> dict[str, list[SubjectLine]]:
    """Every subject of the given findings, in their order on the finding."""
    found: dict[str, list[SubjectLine]] = {i: [] for i in ids}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = store.conn.execute(
            "SELECT finding_id, name, employment_type, position FROM subjects "
            f"WHERE finding_id IN ({', '.join('?' * len(chunk))}) ORDER BY finding_id, seq", chunk)
        for finding_id, name, kind, position in rows:
            found[finding_id].append(SubjectLine(name, kind, position or ""))
    return found


def check_filter(store, filt: FindingFilter) -> None:
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


def register_entries(store, ids: list[str], *, today: date, progress: Progress | None = None,
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


def recap_data(store, filt: FindingFilter, *, today: date) -> RecapData:
    """Counts (stats.finding_counts), findings per source, and open findings past their deadline on `today`."""
    counts = stats.finding_counts(store, filt)
    by_source = {source: store.count_findings(FindingFilter(**{**filt.__dict__, "source": source}))
                 for source in ("temuan", "laporan")}
    overdue = stats.findings_by_deadline(store, filt, today=today, within_days=-1)
    overdue_subjects = subjects_of(store, [row["id"] for row, _ in overdue])
    return RecapData(filt, counts, by_source, overdue, overdue_subjects, today)
