"""Whether a data folder's database is encrypted, read from its first bytes.

Kept apart from store_key so that the app can ask before its first window without loading SQLCipher, the crypto
libraries or the validation rules (about 0.1 s of a cold start)."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "netralitas.db"  # database.DB_NAME (that module imports the SQLite drivers; this one need not)
PLAIN_HEADER = b"SQLite format 3\x00"  # the first bytes of every unencrypted SQLite file


def is_protected(data_dir: Path | str) -> bool:
    """True when the store's database is encrypted: its first bytes are not SQLite's plain header. (The rename
    of the encrypted database is the moment a conversion takes effect, so the database alone decides.)"""
    try:
        with open(Path(data_dir) / DB_NAME, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return len(head) == len(PLAIN_HEADER) and head != PLAIN_HEADER
