"""Words read from evidence pictures (OCR): the queue of pictures to read, the readings, and the search index's
`evidence_text` column. The only SQL about them.

A reading belongs to the device that ran the OCR and never changes (reading again makes a new one, only when the
words differ). The queue is per file (`picture_scans`): the same screenshot attached to two findings is read
once, and a reading is written for every evidence item with that file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netralitas_desktop.data.rows import FTS_COLUMNS
from netralitas_desktop.domain.errors import NotFoundError
from netralitas_desktop.domain.model import new_id, utc_now
from netralitas_desktop.domain.text_match import PICTURE_TYPES, is_picture
from netralitas_desktop.domain.validation import reading_problems

if TYPE_CHECKING:
    from netralitas_desktop.data.store import Store

PENDING, DONE, FAILED = "pending", "done", "failed"
READING_COLUMNS = ("id", "finding_id", "evidence_id", "sha256", "text", "engine", "made_at", "origin_office_id",
                   "origin_device_id")
_PICTURES = ", ".join(f"'{mime}'" for mime in sorted(PICTURE_TYPES))  # constants, not input


@dataclass(frozen=True)
class Reading:
    """One device's reading of an evidence picture, with the name of the office that made it."""

    id: str
    finding_id: str
    evidence_id: str
    sha256: str
    text: str
    engine: str
    made_at: str
    origin_office_id: str
    origin_device_id: str
    office_name: str = ""


@dataclass(frozen=True)
class Scan:
    """This store's work on one picture file: `pending`, `done` or `failed` (with why), and its hash."""

    sha256: str
    state: str
    error: str
    dhash: str


# -- the queue ------------------------------------------------------------------------------------------------------
def queue_pictures(conn: sqlite3.Connection, files: Iterable[tuple[str, str]]) -> None:
    """Put picture files (sha256, MIME type) in the queue unless they are there already (inside the caller's
    transaction); other files are ignored."""
    now = utc_now()
    conn.executemany("INSERT OR IGNORE INTO picture_scans (sha256, state, queued_at) VALUES (?, 'pending', ?)",
                     [(sha, now) for sha, mime in files if is_picture(mime)])


def queue_unread(conn: sqlite3.Connection, shas: Iterable[str]) -> None:
    """Queue the pictures among these files that nobody has read yet (evidence that came without a reading)."""
    wanted = sorted(set(shas))
    now = utc_now()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        conn.execute(
            f"INSERT OR IGNORE INTO picture_scans (sha256, state, queued_at) SELECT DISTINCT e.sha256, 'pending', ? "
            f"FROM evidence e WHERE e.sha256 IN ({marks}) AND e.removed_at IS NULL AND e.mime_type IN ({_PICTURES}) "
            "AND NOT EXISTS (SELECT 1 FROM evidence_texts t WHERE t.sha256 = e.sha256)", (now, *chunk))


def requeue(store: Store, evidence_ids: Iterable[str] | None = None) -> int:
    """Put pictures back in the queue to be read again: those of these evidence items, or (None) every picture
    of the store; returns how many files wait."""
    now = utc_now()
    with store.database.transaction() as conn:
        if evidence_ids is None:
            files = conn.execute(f"SELECT DISTINCT sha256 FROM evidence WHERE removed_at IS NULL AND mime_type IN "
                                 f"({_PICTURES})").fetchall()
        else:
            ids = sorted(set(evidence_ids))
            files = conn.execute(f"SELECT DISTINCT sha256 FROM evidence WHERE mime_type IN ({_PICTURES}) AND id IN "
                                 f"({', '.join('?' * len(ids))})", ids).fetchall() if ids else []
        conn.executemany("INSERT INTO picture_scans (sha256, state, queued_at) VALUES (?, 'pending', ?) ON CONFLICT "
                         "(sha256) DO UPDATE SET state = 'pending', error = '', queued_at = excluded.queued_at",
                         [(sha, now) for (sha,) in files])
    return len(files)


def pending_files(store: Store, limit: int | None = None) -> list[str]:
    """Files waiting to be read, oldest first (only those still evidence of something here)."""
    sql = ("SELECT p.sha256 FROM picture_scans p WHERE p.state = 'pending' AND EXISTS (SELECT 1 FROM evidence e "
           "WHERE e.sha256 = p.sha256) ORDER BY p.queued_at, p.sha256")
    rows = store.database.query(sql + (" LIMIT ?" if limit is not None else ""),
                                (limit,) if limit is not None else ())
    return [r["sha256"] for r in rows]


def unhashed_files(store: Store, limit: int | None = None) -> list[str]:
    """Pictures whose words arrived read by their origin (done here without OCR) but whose picture hash this store
    has not computed yet: the queue hashes them, for finding resized or cropped copies."""
    sql = ("SELECT p.sha256 FROM picture_scans p WHERE p.state = 'done' AND p.dhash = '' AND EXISTS (SELECT 1 FROM "
           "evidence e WHERE e.sha256 = p.sha256 AND e.removed_at IS NULL) ORDER BY p.queued_at, p.sha256")
    rows = store.database.query(sql + (" LIMIT ?" if limit is not None else ""),
                                (limit,) if limit is not None else ())
    return [r["sha256"] for r in rows]


def queue_counts(store: Store) -> dict[str, int]:
    """How many picture files are pending, done and failed."""
    counts = {PENDING: 0, DONE: 0, FAILED: 0}
    for row in store.database.query("SELECT p.state, count(*) AS n FROM picture_scans p WHERE EXISTS (SELECT 1 FROM "
                                    "evidence e WHERE e.sha256 = p.sha256) GROUP BY p.state"):
        counts[row["state"]] = row["n"]
    return counts


def scans_of(store: Store, shas: Iterable[str]) -> dict[str, Scan]:
    """The scan state of these files (files never queued are absent)."""
    wanted = sorted(set(shas))
    found: dict[str, Scan] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in store.database.query(f"SELECT sha256, state, error, dhash FROM picture_scans WHERE sha256 IN "
                                        f"({', '.join('?' * len(chunk))})", chunk):
            found[row["sha256"]] = Scan(**row)
    return found


def mime_of_file(store: Store, sha256: str) -> str:
    """The MIME type evidence with this file was stored as ('' when none here)."""
    return str(store.database.scalar("SELECT mime_type FROM evidence WHERE sha256 = ? LIMIT 1", (sha256,)) or "")


def set_hash(store: Store, sha256: str, dhash: str) -> None:
    """Remember a picture's difference hash (computed outside the queue, e.g. for the duplicates of an import)."""
    with store.database.transaction() as conn:
        conn.execute("INSERT INTO picture_scans (sha256, state, dhash, queued_at) VALUES (?, 'pending', ?, ?) "
                     "ON CONFLICT (sha256) DO UPDATE SET dhash = excluded.dhash", (sha256, dhash, utc_now()))


# -- finishing a file -----------------------------------------------------------------------------------------------
def record_reading(store: Store, sha256: str, text: str, engine: str, dhash: str = "") -> list[str]:
    """The words read from a picture file by this device: a reading for every evidence item with that file whose
    last reading by this device had other words, the file marked done, the search entries refreshed — one
    transaction. Returns the ids of the findings whose readings changed."""
    for problem in reading_problems(text, engine):
        raise problem
    now = utc_now()
    with store.database.transaction() as conn:
        _finish(conn, sha256, DONE, "", dhash, now)
        items = conn.execute("SELECT id, finding_id FROM evidence WHERE sha256 = ? AND removed_at IS NULL ORDER BY "
                             "rowid", (sha256,)).fetchall()
        fresh = []
        for evidence_id, finding_id in items:
            last = conn.execute("SELECT text FROM evidence_texts WHERE evidence_id = ? AND sha256 = ? AND "
                                "origin_device_id = ? ORDER BY made_at DESC, rowid DESC LIMIT 1",
                                (evidence_id, sha256, store.device_id)).fetchone()
            if last is None or last[0] != text:
                fresh.append({"id": new_id(), "finding_id": finding_id, "evidence_id": evidence_id, "sha256": sha256,
                              "text": text, "engine": engine, "made_at": now, "origin_office_id": store.office.id,
                              "origin_device_id": store.device_id})
        if fresh:
            first = store.next_local_seq(conn, len(fresh))
            insert_readings(conn, [{**r, "local_seq": first + i} for i, r in enumerate(fresh)])
        _carry_in_own_evidence(store, conn, sha256, text, engine, now)
        changed = sorted({r["finding_id"] for r in fresh})
        refresh_search(conn, changed)
    return changed


def _carry_in_own_evidence(store: Store, conn: sqlite3.Connection, sha256: str, text: str, engine: str,
                           now: str) -> None:
    """The evidence this device added with this file carries the words read in its record (they travel in
    bundles): a new version of each item whose carried words differ, like any other change to evidence. Only the
    device that added it: two laptops of one office reading the same item would otherwise make two different
    versions with the same number (a conflict) — another device's reading stays in its store."""
    items = conn.execute("SELECT id FROM evidence WHERE sha256 = ? AND removed_at IS NULL AND origin_office_id = ? "
                         "AND origin_device_id = ? AND reading_text IS NOT ? ORDER BY rowid",
                         (sha256, store.office.id, store.device_id, text)).fetchall()
    for (evidence_id,) in items:
        conn.execute("UPDATE evidence SET reading_text = ?, reading_engine = ?, reading_at = ?, version = version + 1, "
                     "local_seq = ? WHERE id = ?", (text, engine, now, store.next_local_seq(conn), evidence_id))


def evidence_row(record: dict[str, object]) -> dict[str, object]:
    """An evidence record from a bundle (or a conflict) as the row of `evidence`: its reading, if any, as the
    `reading_*` columns."""
    row = {k: v for k, v in record.items() if k != "reading"}
    reading = record.get("reading")
    carried = reading if isinstance(reading, dict) else {}
    row["reading_text"], row["reading_engine"], row["reading_at"] = (carried.get("text"), carried.get("engine"),
                                                                     carried.get("made_at"))
    return row


def adopt_carried_readings(conn: sqlite3.Connection, evidence: list[dict[str, object]], now: str) -> list[str]:
    """Imported evidence rows that carry their origin's reading (inside the import's transaction): the reading is
    kept as the origin office's (replacing an earlier one it carried, so the order bundles arrive in does not
    matter), and the picture is not queued here (`evidence ocr` can still read it again). Returns the findings
    whose words changed."""
    changed = []
    for row in evidence:
        if row["reading_text"] is None:
            continue
        same = ("evidence_id = :id AND origin_office_id = :origin_office_id AND origin_device_id = "
                ":origin_device_id")
        if conn.execute(f"SELECT 1 FROM evidence_texts WHERE {same} AND sha256 = :sha256 AND text = :reading_text "
                        "AND made_at = :reading_at", row).fetchone() is not None:
            continue
        # The readings an earlier version carried (never this device's own: it does not import its own records).
        conn.execute(f"DELETE FROM evidence_texts WHERE {same}", row)
        insert_readings(conn, [{"id": new_id(), "finding_id": row["finding_id"], "evidence_id": row["id"],
                                "sha256": row["sha256"], "text": row["reading_text"], "engine": row["reading_engine"],
                                "made_at": row["reading_at"], "origin_office_id": row["origin_office_id"],
                                "origin_device_id": row["origin_device_id"], "local_seq": row["local_seq"]}])
        conn.execute("INSERT INTO picture_scans (sha256, state, queued_at, scanned_at) VALUES (?, 'done', ?, ?) "
                     "ON CONFLICT (sha256) DO UPDATE SET state = 'done', error = '' WHERE state = 'pending'",
                     (row["sha256"], now, now))
        changed.append(str(row["finding_id"]))
    return changed


def record_failure(store: Store, sha256: str, error: str, dhash: str = "") -> None:
    """A picture that could not be read: why (one Indonesian line), kept until it is queued again."""
    with store.database.transaction() as conn:
        _finish(conn, sha256, FAILED, error[:500], dhash, utc_now())


def _finish(conn: sqlite3.Connection, sha256: str, state: str, error: str, dhash: str, now: str) -> None:
    conn.execute("INSERT INTO picture_scans (sha256, state, error, dhash, queued_at, scanned_at) VALUES "
                 "(?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET state = excluded.state, "
                 "error = excluded.error, dhash = CASE WHEN excluded.dhash != '' THEN excluded.dhash ELSE dhash END, "
                 "scanned_at = excluded.scanned_at", (sha256, state, error, dhash, now, now))


def insert_readings(conn: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
    """Readings as rows of `evidence_texts` (each with its `local_seq`), inside the caller's transaction."""
    if rows:
        names = [*READING_COLUMNS, "local_seq"]
        conn.executemany(f"INSERT INTO evidence_texts ({', '.join(names)}) VALUES "
                         f"({', '.join(':' + n for n in names)})", rows)


# -- reading them back ----------------------------------------------------------------------------------------------
def readings_of(store: Store, evidence_ids: Iterable[str]) -> dict[str, list[Reading]]:
    """The readings of these evidence items (only those of the item's own file), newest first, by item."""
    wanted = sorted(set(evidence_ids))
    found: dict[str, list[Reading]] = {i: [] for i in wanted}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = store.database.query(
            "SELECT t.id, t.finding_id, t.evidence_id, t.sha256, t.text, t.engine, t.made_at, t.origin_office_id, "
            "t.origin_device_id, coalesce(o.name, '') AS office_name FROM evidence_texts t JOIN evidence e ON "
            "e.id = t.evidence_id AND e.sha256 = t.sha256 AND e.finding_id = t.finding_id LEFT JOIN offices o ON "
            f"o.id = t.origin_office_id WHERE t.evidence_id IN ({', '.join('?' * len(chunk))}) "
            "ORDER BY t.made_at DESC, t.rowid DESC", chunk)
        for row in rows:
            found[row["evidence_id"]].append(Reading(**row))
    return found


def texts_of_files(store: Store, shas: Iterable[str]) -> dict[str, list[str]]:
    """Every distinct text read from these files (by anyone), by file."""
    wanted = sorted(set(shas))
    found: dict[str, list[str]] = {sha: [] for sha in wanted}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in store.database.query(f"SELECT DISTINCT sha256, text FROM evidence_texts WHERE sha256 IN "
                                        f"({', '.join('?' * len(chunk))})", chunk):
            found[row["sha256"]].append(row["text"])
    return found


def finding_text(conn: sqlite3.Connection, finding_id: str) -> str:
    """The words read from a finding's evidence (not removed), each distinct text once: its search column."""
    rows = conn.execute("SELECT DISTINCT t.text FROM evidence_texts t JOIN evidence e ON e.id = t.evidence_id AND "
                        "e.sha256 = t.sha256 AND e.finding_id = t.finding_id WHERE t.finding_id = ? AND "
                        "e.removed_at IS NULL AND t.text != '' ORDER BY t.text", (finding_id,)).fetchall()
    return "\n".join(text for (text,) in rows)


def refresh_search(conn: sqlite3.Connection, finding_ids: Iterable[str]) -> None:
    """Put the current words read from these findings' evidence into their search entries (caller's
    transaction)."""
    for finding_id in sorted(set(finding_ids)):
        row = conn.execute("SELECT rowid FROM findings WHERE id = ?", (finding_id,)).fetchone()
        if row is not None:
            conn.execute("UPDATE findings_fts SET evidence_text = ? WHERE rowid = ?",
                         (finding_text(conn, finding_id), row[0]))


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Every search entry written again with its finding's evidence text, in bulk (caller's transaction): after
    readings were added in bulk, much faster than updating each entry of a large index in place."""
    others = [c for c in FTS_COLUMNS if c != "evidence_text"]
    texts: dict[str, list[str]] = {}
    for finding_id, text in conn.execute(
            "SELECT DISTINCT t.finding_id, t.text FROM evidence_texts t JOIN evidence e ON e.id = t.evidence_id AND "
            "e.sha256 = t.sha256 AND e.finding_id = t.finding_id WHERE e.removed_at IS NULL AND t.text != '' "
            "ORDER BY t.finding_id, t.text"):
        texts.setdefault(finding_id, []).append(text)
    rows = conn.execute(f"SELECT s.rowid, {', '.join('s.' + c for c in others)}, f.id FROM findings_fts s "
                        "JOIN findings f ON f.rowid = s.rowid").fetchall()
    conn.execute("DELETE FROM findings_fts")
    conn.executemany(f"INSERT INTO findings_fts (rowid, {', '.join(others)}, evidence_text) VALUES "
                     f"({', '.join('?' * (len(others) + 2))})",
                     [(*row[:-1], "\n".join(texts.get(row[-1], []))) for row in rows])


def file_of_evidence(store: Store, evidence_id: str) -> tuple[str, str, str]:
    """(sha256, file name, MIME type) of an evidence item (removed ones too)."""
    rows = store.database.query("SELECT sha256, name, mime_type FROM evidence WHERE id = ?", (evidence_id,))
    if not rows:
        raise NotFoundError(f"Bukti tidak ditemukan: '{evidence_id[:40]}'.")
    return rows[0]["sha256"], rows[0]["name"], rows[0]["mime_type"]
