"""Reading the pictures waiting in the queue (OCR), one file at a time, each finished in its own transaction: a
stop (pause, closing the app, a kill) loses at most the file being read, which stays in the queue.

The bytes come from the evidence vault through its own API (`Vault.open_blob`), never by path, so that reading
keeps working when the vault is encrypted at rest. The words go to the database only (they are personal data),
never to a file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from netralitas_desktop.data import readings
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import Cancelled, EvidenceError
from netralitas_desktop.domain.text_match import is_picture
from netralitas_desktop.services.ocr_engine import OcrEngine
from netralitas_desktop.services.pictures import dhash, open_picture

MAX_PICTURE_BYTES = 60 * 1024 * 1024  # a larger "picture" is not a screenshot: refused rather than decoded

Progress = Callable[[int, int], None]  # (files done, files in this run)
StopCheck = Callable[[], bool]


@dataclass
class FileResult:
    """What reading one file gave: `done` (with its words) or `failed` (with why)."""

    sha256: str
    state: str
    words: int = 0
    text: str = ""
    error: str = ""
    findings: list[str] = field(default_factory=list)  # whose searchable words changed


@dataclass
class ReadSummary:
    """A run over the queue: each file's result and the findings whose searchable words changed."""

    files: list[FileResult] = field(default_factory=list)
    findings: set[str] = field(default_factory=set)
    remaining: int = 0  # files still waiting after this run

    @property
    def done(self) -> int:
        return sum(1 for f in self.files if f.state == readings.DONE)

    @property
    def failed(self) -> int:
        return sum(1 for f in self.files if f.state == readings.FAILED)


def picture_of(store: Store, sha256: str) -> bytes:
    """A stored picture's bytes, through the vault (EvidenceError when missing, unreadable or too large)."""
    size = store.vault.stored_size(sha256)
    if size is not None and size > MAX_PICTURE_BYTES:
        raise EvidenceError(f"Berkas terlalu besar untuk dibaca sebagai gambar ({size // (1024 * 1024)} MB).")
    with store.vault.open_blob(sha256) as handle:
        data = handle.read(MAX_PICTURE_BYTES + 1)
    if len(data) > MAX_PICTURE_BYTES:
        raise EvidenceError("Berkas terlalu besar untuk dibaca sebagai gambar.")
    return data


def read_file(store: Store, engine: OcrEngine, sha256: str, stop: StopCheck | None = None) -> FileResult:
    """Read one stored picture and record the result (a reading, or why it failed)."""
    picture_hash = ""
    try:
        image = open_picture(picture_of(store, sha256))
        picture_hash = dhash(image)
        text = engine.read(image)
    except EvidenceError as err:
        readings.record_failure(store, sha256, str(err), picture_hash)
        return FileResult(sha256, readings.FAILED, error=str(err))
    if stop is not None and stop():
        raise Cancelled("Pembacaan teks dijeda; berkas ini dibaca lagi nanti.")
    changed = readings.record_reading(store, sha256, text, engine.label, picture_hash)
    return FileResult(sha256, readings.DONE, words=len(text.split()), text=text, findings=changed)


def hash_file(store: Store, sha256: str) -> None:
    """Compute and keep a stored picture's difference hash without reading its words (they arrived with it); a
    picture that cannot be decoded is marked failed with why, like one that cannot be read."""
    try:
        readings.set_hash(store, sha256, dhash(open_picture(picture_of(store, sha256))))
    except EvidenceError as err:
        readings.record_failure(store, sha256, str(err))


def read_queue(store: Store, *, files: Iterable[str] | None = None, limit: int | None = None,
               engine: OcrEngine | None = None, progress: Progress | None = None,
               stop: StopCheck | None = None) -> ReadSummary:
    """Read the files waiting in the queue (or these `files`), at most `limit` of them; `stop()` is asked between
    files (and before a result is written): a stopped run raises Cancelled, and what it finished stays done.
    The engine is made (and closed) here unless one is given (one engine per thread, reused)."""
    todo = list(files) if files is not None else readings.pending_files(store, limit)
    if limit is not None:
        todo = todo[:limit]
    # Pictures that arrived read by their origin are not read again, only hashed (a queue run, not named files).
    to_hash = [] if files is not None else readings.unhashed_files(
        store, None if limit is None else max(limit - len(todo), 0))
    summary = ReadSummary()
    if not todo and not to_hash:
        return summary
    total = len(todo) + len(to_hash)
    own = engine is None and bool(todo)
    reader = engine or (OcrEngine() if todo else None)
    try:
        for index, sha in enumerate([*todo, *to_hash]):
            if stop is not None and stop():
                raise Cancelled("Pembacaan teks dijeda; berkas yang belum dibaca menunggu.")
            if progress is not None:
                progress(index, total)
            if index >= len(todo):
                hash_file(store, sha)
                continue
            assert reader is not None  # made above whenever there are files to read
            result = read_file(store, reader, sha, stop)
            summary.findings.update(result.findings)
            summary.files.append(result)
        if progress is not None:
            progress(total, total)
    finally:
        if own and reader is not None:
            reader.close()
    summary.remaining = readings.queue_counts(store)[readings.PENDING]
    return summary


@dataclass(frozen=True)
class EvidenceWords:
    """What the evidence panel and `evidence text` show of a picture's words: the state (`pending`, `done`,
    `failed`, `none` for a file that is not a picture), the latest text and who read it, why it failed."""

    state: str
    text: str = ""
    read_by: str = ""
    made_at: str = ""
    error: str = ""


def words_of_evidence(store: Store, evidence_id: str) -> EvidenceWords:
    """The latest words read from an evidence item's picture (by this device or an office that sent them)."""
    sha256, _name, mime_type = readings.file_of_evidence(store, evidence_id)
    scan = readings.scans_of(store, [sha256]).get(sha256)
    found = readings.readings_of(store, [evidence_id])[evidence_id]
    if found:
        latest = found[0]
        return EvidenceWords(readings.DONE, latest.text, latest.office_name or latest.origin_office_id[:8],
                             latest.made_at)
    if not is_picture(mime_type):
        return EvidenceWords("none")
    if scan is not None and scan.state == readings.FAILED:
        return EvidenceWords(readings.FAILED, error=scan.error)
    return EvidenceWords(readings.PENDING)
