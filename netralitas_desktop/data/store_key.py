"""The store key of a protected store: one random key that encrypts the database (SQLCipher), the evidence vault,
the drafts and the device's private keys, kept on disk only wrapped.

`keys/store-key.json` holds the key three ways, each opened by something else:
- `passphrase`: AES key wrap (RFC 3394) under Argon2id(officer's passphrase) — what unlocks the app every day;
- `headquarters`: age-encrypted to headquarters' recipients (the keys upward bundles go to) — a forgotten
  passphrase is recovered at the office above with its own key;
- `recovery`: AES key wrap under Argon2id(one-time recovery code) — the printed recovery sheet, for an office
  with no headquarters key yet.
Sub-keys come from the store key through HKDF (one per use), so the SQLCipher key and the key that wraps the
private-key files never equal each other or the store key. Everything here is a library call (cryptography,
pyrage); nothing is hand-made crypto.

The process remembers the keys it unlocked (`remember`, `key_for`): every `Store(data_dir)` of an unlocked
store, in any thread, opens without asking again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import (
    InvalidUnwrap,
    aes_key_unwrap,
    aes_key_unwrap_with_padding,
    aes_key_wrap,
    aes_key_wrap_with_padding,
)

from netralitas_desktop.data.encryption_probe import DB_NAME as DB_NAME  # re-exported: callers know store_key
from netralitas_desktop.data.encryption_probe import PLAIN_HEADER as PLAIN_HEADER
from netralitas_desktop.data.encryption_probe import is_protected as is_protected
from netralitas_desktop.data.vault import write_atomically
from netralitas_desktop.domain.errors import StoreError, ValidationError

KEYS_DIR = "keys"
KEY_FILE = "store-key.json"
FAILURES_FILE = "unlock-failures.json"
FORMAT = "netralitas-store-key/1"
# RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes — about half a second here (docs/security.md).
KDF_PARAMS = {"m_kib": 64 * 1024, "t": 3, "p": 4}
MIN_PASSPHRASE = 8
FREE_TRIES = 3  # wrong passphrases before each further try has to wait
MAX_DELAY_S = 300.0
CODE_GROUPS, CODE_GROUP_LEN = 6, 5  # 30 base32 characters = 150 random bits


class WrongPassphrase(StoreError):
    """The passphrase (or recovery code, or headquarters' key) does not open this store's key."""


class LockedStore(StoreError):
    """A protected store opened without its key."""


@dataclass(frozen=True)
class StoreKey:
    """The 32-byte store key (never printed) and the sub-keys derived from it."""

    raw: bytes = field(repr=False)

    def subkey(self, purpose: str) -> bytes:
        """A 32-byte key for one use, derived with HKDF-SHA256 (domain separation by `purpose`)."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"netralitas/{purpose}/v1".encode()).derive(self.raw)

    def sqlcipher_key(self) -> str:
        """SQLCipher's raw-key form, `x'<64 hex>'` (a raw key skips SQLCipher's own KDF at every open)."""
        return f"x'{self.subkey('sqlcipher').hex()}'"

    def wrap_secret(self, secret: bytes) -> bytes:
        """A private key's bytes wrapped (AES key wrap with padding, RFC 5649) for a file in keys/."""
        return aes_key_wrap_with_padding(self.subkey("key-files"), secret)

    def unwrap_secret(self, blob: bytes, what: str) -> bytes:
        """The secret of `wrap_secret`; StoreError naming `what` when the file was changed or is another store's."""
        try:
            return aes_key_unwrap_with_padding(self.subkey("key-files"), blob)
        except (InvalidUnwrap, ValueError) as err:
            raise StoreError(f"Berkas kunci {what} rusak atau milik data lain; tidak dapat dibuka.") from err


# -- which stores are protected --------------------------------------------------------------------------------------


def key_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / KEYS_DIR / KEY_FILE


def read_key_file(data_dir: Path | str) -> dict[str, Any]:
    """The key file's content; StoreError when it is missing or damaged (the data cannot be opened without it)."""
    path = key_file(data_dir)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise StoreError(f"Berkas kunci data {path} tidak ada: data terenkripsi ini tidak dapat dibuka. "
                         "Pulihkan folder data dari cadangan.") from err
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise StoreError(f"Berkas kunci data {path} rusak: pulihkan folder data dari cadangan.") from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("passphrase"), dict):
        raise StoreError(f"Berkas kunci data {path} tidak dikenal atau rusak.")
    return doc


def _write_key_file(data_dir: Path | str, doc: dict[str, Any]) -> None:
    path = key_file(data_dir)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        write_atomically(path, [json.dumps(doc, indent=1).encode("utf-8")])
    except OSError as err:
        raise StoreError(f"Berkas kunci data tidak dapat ditulis: {path} ({err.strerror or err}).") from err


# -- wrapping --------------------------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _kek(secret: str, salt: bytes, params: dict[str, Any]) -> bytes:
    """Argon2id of a passphrase or recovery code (memory-hard: about half a second and 64 MiB here)."""
    m_kib, t, p = (int(params[k]) for k in ("m_kib", "t", "p"))
    if not (8 * p <= m_kib <= 4 * 1024 * 1024 and 1 <= t <= 64 and 1 <= p <= 64):
        raise ValueError("KDF parameters out of range")  # a hostile key file must not make us allocate gigabytes
    return Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m_kib).derive(secret.encode("utf-8"))


def _wrap_with(secret: str, store_key: StoreKey) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    return {"kdf": "argon2id", **KDF_PARAMS, "salt": _b64(salt),
            "wrapped": _b64(aes_key_wrap(_kek(secret, salt, KDF_PARAMS), store_key.raw))}


def _unwrap_with(secret: str, entry: object) -> StoreKey | None:
    """The store key from a passphrase or code entry, or None when the secret is wrong."""
    try:
        if not isinstance(entry, dict) or entry.get("kdf") != "argon2id":
            raise ValueError("unknown KDF")
        kek = _kek(secret, _unb64(entry["salt"]), entry)
        return StoreKey(aes_key_unwrap(kek, _unb64(entry["wrapped"])))
    except InvalidUnwrap:
        return None
    except (KeyError, TypeError, ValueError, binascii.Error) as err:
        raise StoreError("Berkas kunci data rusak: pulihkan folder data dari cadangan.") from err


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase the officer chose, refused when too short."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError(f"Kata sandi minimal {MIN_PASSPHRASE} karakter.", "passphrase")
    return passphrase


def _headquarters_entry(store_key: StoreKey, recipients: Iterable[str]) -> dict[str, Any] | None:
    keys = sorted(set(recipients))
    if not keys:
        return None
    try:
        parsed = [pyrage.x25519.Recipient.from_str(k) for k in keys]
        blob = pyrage.encrypt(store_key.raw, parsed, armored=True).decode("ascii")
    except (pyrage.RecipientError, pyrage.EncryptError) as err:
        raise ValidationError(f"Kunci kantor atasan tidak sah: {err}", "recipient") from err
    return {"recipients": keys, "age": blob}


# -- creating, unlocking, changing ------------------------------------------------------------------------------------
def create_key(data_dir: Path | str, passphrase: str, headquarters: Iterable[str] = ()) -> StoreKey:
    """A new random store key, written wrapped under the passphrase (and to headquarters' keys) in keys/."""
    check_new_passphrase(passphrase)
    store_key = StoreKey(secrets.token_bytes(32))
    doc: dict[str, Any] = {"format": FORMAT, "passphrase": _wrap_with(passphrase, store_key)}
    if entry := _headquarters_entry(store_key, headquarters):
        doc["headquarters"] = entry
    _write_key_file(data_dir, doc)
    _remember_unlock(data_dir, passphrase, store_key)
    return store_key


def unlock_delay(data_dir: Path | str) -> float:
    """Seconds to wait before the next passphrase may be tried (0 after fewer than three wrong tries); the wait
    doubles with every wrong try, up to five minutes, and is kept on disk so that restarting does not reset it."""
    count, last = _failures(data_dir)
    if count < FREE_TRIES:
        return 0.0
    wait = min(MAX_DELAY_S, 5.0 * 2 ** (count - FREE_TRIES))
    return float(max(0.0, last + wait - time.time()))


def failed_tries(data_dir: Path | str) -> int:
    """Wrong passphrases since the last right one."""
    return _failures(data_dir)[0]


def _failures(data_dir: Path | str) -> tuple[int, float]:
    try:
        data = json.loads((Path(data_dir) / KEYS_DIR / FAILURES_FILE).read_text(encoding="utf-8"))
        count, last = int(data["count"]), float(data["last"])
        return max(0, count), min(last, time.time())  # a clock set back must not lock the officer out for long
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def _record_failure(data_dir: Path | str) -> int:
    count = _failures(data_dir)[0] + 1
    try:
        write_atomically(Path(data_dir) / KEYS_DIR / FAILURES_FILE,
                         [json.dumps({"count": count, "last": time.time()}).encode()])
    except OSError:
        pass  # a read-only data dir: the KDF's own half second still slows guessing down
    return count


def _clear_failures(data_dir: Path | str) -> None:
    try:
        (Path(data_dir) / KEYS_DIR / FAILURES_FILE).unlink(missing_ok=True)
    except OSError:
        pass


def wait_message(seconds: float) -> str:
    return f"Terlalu banyak kata sandi salah: coba lagi dalam {max(1, round(seconds))} detik."


def unlock(data_dir: Path | str, passphrase: str) -> StoreKey:
    """The store key from the officer's passphrase (about half a second: the KDF), remembered for this process.
    Raises WrongPassphrase (counted; after three, each further try waits longer) or StoreError."""
    doc = read_key_file(data_dir)
    memo = _unlock_memo_key(doc, passphrase)
    if memo in _unlocked_memo:
        store_key = _unlocked_memo[memo]
        _clear_failures(data_dir)
        remember(data_dir, store_key)
        return store_key
    if (delay := unlock_delay(data_dir)) > 0:
        raise WrongPassphrase(wait_message(delay))
    unwrapped = _unwrap_with(passphrase, doc["passphrase"])
    if unwrapped is None:
        count = _record_failure(data_dir)
        message = "Kata sandi salah."
        if count >= FREE_TRIES:
            message += f" ({count} kali salah; percobaan berikutnya harus menunggu.)"
        raise WrongPassphrase(message)
    _clear_failures(data_dir)
    _remember_unlock(data_dir, passphrase, unwrapped)
    return unwrapped


def change_passphrase(data_dir: Path | str, store_key: StoreKey, new_passphrase: str) -> None:
    """Wrap the store key under a new passphrase (nothing else is re-encrypted). The recovery code stays valid."""
    check_new_passphrase(new_passphrase)
    doc = read_key_file(data_dir)
    doc["passphrase"] = _wrap_with(new_passphrase, store_key)
    _write_key_file(data_dir, doc)
    _clear_failures(data_dir)
    _forget_memo_of(data_dir)
    _remember_unlock(data_dir, new_passphrase, store_key)


def headquarters_recipients(data_dir: Path | str) -> list[str]:
    """The headquarters keys the store key is wrapped to (empty: recovery only by the printed code)."""
    entry = read_key_file(data_dir).get("headquarters")
    return list(entry.get("recipients", [])) if isinstance(entry, dict) else []


def set_headquarters(data_dir: Path | str, store_key: StoreKey, recipients: Iterable[str]) -> None:
    """Wrap the store key to exactly these headquarters keys (none: remove that wrap)."""
    wanted = sorted(set(recipients))
    doc = read_key_file(data_dir)
    if headquarters_recipients(data_dir) == wanted:
        return
    entry = _headquarters_entry(store_key, wanted)
    if entry:
        doc["headquarters"] = entry
    else:
        doc.pop("headquarters", None)
    _write_key_file(data_dir, doc)


def has_recovery_code(data_dir: Path | str) -> bool:
    return isinstance(read_key_file(data_dir).get("recovery"), dict)


def new_recovery_code(data_dir: Path | str, store_key: StoreKey) -> str:
    """A fresh one-time recovery code (six groups of five letters and digits); the previous code stops working.
    Shown once: it is kept on disk only as a wrap of the store key."""
    alphabet = base64.b32encode(secrets.token_bytes(20)).decode("ascii")[:CODE_GROUPS * CODE_GROUP_LEN]
    code = "-".join(alphabet[i:i + CODE_GROUP_LEN] for i in range(0, len(alphabet), CODE_GROUP_LEN))
    doc = read_key_file(data_dir)
    doc["recovery"] = _wrap_with(normalise_code(code), store_key)
    _write_key_file(data_dir, doc)
    return code


def normalise_code(code: str) -> str:
    """A typed recovery code as it was made: case, spaces and dashes forgiven, and the digits people type for
    look-alike letters (0→O, 1→I, 8→B; base32 has no 0, 1 or 8)."""
    letters = "".join(c for c in (code or "").upper() if c.isalnum()).translate(str.maketrans("018", "OIB"))
    return "-".join(letters[i:i + CODE_GROUP_LEN] for i in range(0, len(letters), CODE_GROUP_LEN))


def recover_with_code(data_dir: Path | str, code: str) -> StoreKey:
    """The store key from the printed recovery code; set a new passphrase next (`reset_passphrase`)."""
    entry = read_key_file(data_dir).get("recovery")
    if not isinstance(entry, dict):
        raise WrongPassphrase("Data ini tidak mempunyai kode pemulihan (lembar pemulihan belum pernah dicetak, "
                              "atau kodenya sudah dipakai). Pulihkan lewat kantor atasan.")
    if (delay := unlock_delay(data_dir)) > 0:
        raise WrongPassphrase(wait_message(delay))
    store_key = _unwrap_with(normalise_code(code), entry)
    if store_key is None:
        _record_failure(data_dir)
        raise WrongPassphrase("Kode pemulihan salah.")
    return store_key


def recover_with_identities(data_dir: Path | str, identities: Iterable[pyrage.x25519.Identity]) -> StoreKey:
    """The store key from headquarters' age identity (the office above recovers a forgotten passphrase)."""
    entry = read_key_file(data_dir).get("headquarters")
    if not isinstance(entry, dict) or not isinstance(entry.get("age"), str):
        raise WrongPassphrase("Kunci data ini tidak dibungkus untuk kantor atasan (kunci kantor atasan belum diatur "
                              "saat data dilindungi). Gunakan kode pemulihan dari lembar pemulihan.")
    try:
        raw = pyrage.decrypt(entry["age"].encode("ascii"), list(identities))
    except (pyrage.DecryptError, UnicodeEncodeError) as err:
        raise WrongPassphrase("Kunci kantor atasan ini tidak dapat membuka data ini (data dibungkus untuk kunci "
                              "kantor atasan yang lain).") from err
    if len(raw) != 32:
        raise StoreError("Berkas kunci data rusak: pulihkan folder data dari cadangan.")
    return StoreKey(raw)


def reset_passphrase(data_dir: Path | str, store_key: StoreKey, new_passphrase: str, *, used_code: bool) -> None:
    """After a recovery: wrap the store key under the new passphrase; a used recovery code is spent (print a new
    sheet). Checks first that `store_key` really is this store's key."""
    check_new_passphrase(new_passphrase)
    doc = read_key_file(data_dir)
    doc["passphrase"] = _wrap_with(new_passphrase, store_key)
    if used_code:
        doc.pop("recovery", None)
    _write_key_file(data_dir, doc)
    _clear_failures(data_dir)
    _forget_memo_of(data_dir)
    _remember_unlock(data_dir, new_passphrase, store_key)


# -- the keys this process unlocked -----------------------------------------------------------------------------------
_lock = threading.Lock()
_unlocked: dict[str, StoreKey] = {}
# (key file digest, passphrase digest) -> key: a passphrase already checked against these exact bytes in this
# process is not run through the KDF again (the tests' many in-process commands; each CLI process starts empty).
_unlocked_memo: dict[tuple[str, str, str], StoreKey] = {}


def _where(data_dir: Path | str) -> str:
    return os.path.normcase(str(Path(data_dir).resolve()))


def _unlock_memo_key(doc: dict[str, Any], passphrase: str) -> tuple[str, str, str]:
    entry = json.dumps(doc["passphrase"], sort_keys=True).encode()
    return (hashlib.sha256(entry).hexdigest(),
            hashlib.sha256(entry + b"\0" + passphrase.encode("utf-8", "surrogatepass")).hexdigest(), "")


def _remember_unlock(data_dir: Path | str, passphrase: str, store_key: StoreKey) -> None:
    remember(data_dir, store_key)
    try:
        _unlocked_memo[_unlock_memo_key(read_key_file(data_dir), passphrase)] = store_key
    except StoreError:
        pass


def _forget_memo_of(data_dir: Path | str) -> None:
    key = key_for(data_dir)
    for memo, value in list(_unlocked_memo.items()):
        if value == key:
            del _unlocked_memo[memo]


def remember(data_dir: Path | str, store_key: StoreKey) -> None:
    """Keep the key of an unlocked store for this process (every Store of that folder opens with it)."""
    with _lock:
        _unlocked[_where(data_dir)] = store_key


def key_for(data_dir: Path | str) -> StoreKey | None:
    """The key this process unlocked for the store in `data_dir`, if any."""
    with _lock:
        return _unlocked.get(_where(data_dir))


def forget(data_dir: Path | str) -> None:
    """Drop a store's key from this process (a closed store; the folder moved elsewhere)."""
    with _lock:
        key = _unlocked.pop(_where(data_dir), None)
    if key is not None:
        for memo, value in list(_unlocked_memo.items()):
            if value == key:
                del _unlocked_memo[memo]
