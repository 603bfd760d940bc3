"""Unsaved edits of a finding, kept on disk so that a crash or power cut loses at most a few seconds of typing.

A draft is a JSON file in `<data dir>/drafts/`: the editable fields of the finding being written (new or
existing), the evidence files waiting to be attached, and when it was saved. The editor writes it while the
officer types, removes it on save or cancel, and offers it back when a draft is left over. No Qt here.
In a protected store the draft is sealed (`<key>.json.age`, age to the store's own key): what the officer types
is personal data and never lies in a plain file.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from netralitas_desktop.data import store_key
from netralitas_desktop.data.keys import vault_sealer
from netralitas_desktop.data.sealed import Sealer
from netralitas_desktop.data.vault import SEALED_SUFFIX, write_atomically
from netralitas_desktop.domain.model import new_id, utc_now

DRAFTS_FOLDER = "drafts"


@dataclass
class Draft:
    """One saved draft: `finding_id` is None for a finding not stored yet."""

    key: str
    fields: dict
    finding_id: str | None = None
    saved_at: str = ""
    pending_evidence: list[str] = field(default_factory=list)  # file paths to attach on save


def drafts_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / DRAFTS_FOLDER


def new_draft_key(finding_id: str | None = None) -> str:
    """The key of a draft: one per existing finding, a fresh one for every new finding being written."""
    return f"temuan-{finding_id}" if finding_id else f"baru-{new_id()}"


def draft_files_dir(data_dir: Path | str, key: str) -> Path:
    """Where a draft keeps files that exist nowhere else (e.g. a screenshot pasted from the clipboard)."""
    return drafts_dir(data_dir) / f"{key}-berkas"


def _sealer(data_dir: Path | str) -> Sealer | None:
    """The protected store's sealer (its key unlocked in this process), or None for an unprotected store."""
    if not store_key.is_protected(data_dir):
        return None
    key = store_key.key_for(data_dir)
    if key is None:
        raise store_key.LockedStore("Data dilindungi kata sandi dan belum dibuka: draf tidak dapat disimpan.")
    return vault_sealer(data_dir, key)


def _draft_path(data_dir: Path | str, key: str) -> Path:
    suffix = SEALED_SUFFIX if store_key.is_protected(data_dir) else ""
    return drafts_dir(data_dir) / f"{key}.json{suffix}"


def save_draft(data_dir: Path | str, draft: Draft) -> Path:
    """Write the draft atomically (temporary file, fsync, rename; sealed in a protected store) and return its
    path."""
    draft.saved_at = utc_now()
    path = _draft_path(data_dir, draft.key)
    payload = {"key": draft.key, "finding_id": draft.finding_id, "saved_at": draft.saved_at,
               "fields": draft.fields, "pending_evidence": list(draft.pending_evidence)}
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    sealer = _sealer(data_dir)
    write_atomically(path, [data if sealer is None else sealer.encrypt_bytes(data)])
    return path


def _read(path: Path, sealer: Sealer | None = None) -> Draft | None:
    try:
        raw = path.read_bytes()
        if path.name.endswith(SEALED_SUFFIX):
            if sealer is None:
                return None
            raw = sealer.decrypt_bytes(raw)
        data = json.loads(raw.decode("utf-8"))
        return Draft(key=data["key"], fields=dict(data["fields"]), finding_id=data.get("finding_id"),
                     saved_at=data.get("saved_at", ""), pending_evidence=list(data.get("pending_evidence", [])))
    except (OSError, ValueError, KeyError, TypeError, pyrage.DecryptError):
        return None  # a half-written or foreign file is not a draft


def load_draft(data_dir: Path | str, key: str) -> Draft | None:
    return _read(_draft_path(data_dir, key), _sealer(data_dir))


def list_drafts(data_dir: Path | str, finding_id: str | None = None) -> list[Draft]:
    """Drafts of one existing finding, or (finding_id None) drafts of new findings; newest first."""
    folder = drafts_dir(data_dir)
    if not folder.is_dir():
        return []
    sealer = _sealer(data_dir)
    pattern = "*.json" + (SEALED_SUFFIX if sealer is not None else "")
    found = [d for d in (_read(p, sealer) for p in folder.glob(pattern))
             if d is not None and d.finding_id == finding_id]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def discard_draft(data_dir: Path | str, key: str) -> None:
    """Remove a draft and the files only it held."""
    for suffix in ("", SEALED_SUFFIX):
        (drafts_dir(data_dir) / f"{key}.json{suffix}").unlink(missing_ok=True)
    shutil.rmtree(draft_files_dir(data_dir, key), ignore_errors=True)
