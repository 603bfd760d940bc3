"""Device keys: an Ed25519 signing key and an age identity per store, kept only in `<data dir>/keys/` (mode 0600).

Public halves travel in every bundle's manifest; private halves never leave the data dir. In a protected store
the private halves, and the store's own age identity that seals its evidence and drafts, exist only wrapped under
the store key (`<name>.wrapped`: AES key wrap with padding, RFC 5649), so a copied data folder gives nobody the
power to sign bundles as this office. The headquarters'
age public keys (the recipients upward bundles are encrypted to) are a setting, `sync_recipients`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from netralitas_desktop.data.sealed import Sealer
from netralitas_desktop.data.store_key import StoreKey
from netralitas_desktop.data.vault import fsync_dir
from netralitas_desktop.domain.errors import StoreError, ValidationError
from netralitas_desktop.domain.model import utc_now

if TYPE_CHECKING:  # the store imports this module (keys are made with the store); for the type checker only
    from netralitas_desktop.data.store import Store

KEYS_DIR = "keys"
SIGNING_KEY_FILE = "device-signing.pem"
AGE_IDENTITY_FILE = "age-identity.txt"
VAULT_IDENTITY_FILE = "vault-identity.txt"  # a protected store's own age key (evidence, drafts); only wrapped
PRIVATE_FILES = (SIGNING_KEY_FILE, AGE_IDENTITY_FILE)
WRAPPED = ".wrapped"
DEVICE_FILE = "device.json"
RECIPIENTS_SETTING = "sync_recipients"
HQ_SETTING = "hq_recipient"  # the one key the settings dialog edits


@dataclass(frozen=True)
class DeviceKeys:
    """The public side of this device's keys: what `netralitas keys show` prints and bundles carry."""

    device_id: str
    signing_key: str  # Ed25519 public key, base64 of the 32 raw bytes
    fingerprint: str  # to compare by phone before trusting a device
    age_recipient: str  # age1…: encrypt return bundles to this device

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def fingerprint(signing_key: str | bytes) -> str:
    """A short, readable digest of a public signing key: 8 groups of 4 hex digits (128 bits of SHA-256)."""
    raw = signing_key if isinstance(signing_key, bytes) else base64.b64decode(signing_key)
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey | None:
    """The Ed25519 key from its base64 text, or None when the text is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
    except (binascii.Error, ValueError, TypeError):
        return None


def _write_private(path: Path, data: bytes) -> None:
    # O_EXCL: never overwrite an existing key; 0600 from the first byte, not chmod-ed afterwards.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, 0o600)


def _write_secret(folder: Path, name: str, data: bytes, store_key: StoreKey | None) -> None:
    if store_key is None:
        _write_private(folder / name, data)
    else:
        _write_private(folder / (name + WRAPPED), store_key.wrap_secret(data))


def _read_secret(folder: Path, name: str, store_key: StoreKey | None) -> bytes:
    """A private key file's bytes (unwrapped in a protected store); OSError when it is not there."""
    if store_key is None:
        return (folder / name).read_bytes()
    return store_key.unwrap_secret((folder / (name + WRAPPED)).read_bytes(), name)


def _age_identity_text(identity: pyrage.x25519.Identity, created: str) -> bytes:
    return f"# created: {created}\n# public key: {identity.to_public()}\n{identity}\n".encode("ascii")


def _parse_age_identity(data: bytes) -> pyrage.x25519.Identity:
    lines = [line.strip() for line in data.decode("ascii").splitlines()]
    return pyrage.x25519.Identity.from_str(next(line for line in lines if line.startswith("AGE-SECRET-KEY-")))


def create_device_keys(data_dir: Path | str, device_id: str, store_key: StoreKey | None = None) -> DeviceKeys:
    """Create the device's signing key and age identity in `<data_dir>/keys/` (once; wrapped under `store_key` in
    a protected store); returns the public keys."""
    folder = Path(data_dir) / KEYS_DIR
    if (folder / DEVICE_FILE).exists():
        return _load_public(folder, device_id)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        for name in PRIVATE_FILES:
            # A previous attempt died between files: start again rather than mix keys.
            (folder / name).unlink(missing_ok=True)
            (folder / (name + WRAPPED)).unlink(missing_ok=True)
        signing = Ed25519PrivateKey.generate()
        _write_secret(folder, SIGNING_KEY_FILE, signing.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()), store_key)
        identity = pyrage.x25519.Identity.generate()
        recipient = str(identity.to_public())
        created = utc_now()
        _write_secret(folder, AGE_IDENTITY_FILE, _age_identity_text(identity, created), store_key)
        signing_key = public_key_text(signing.public_key())
        keys = DeviceKeys(device_id, signing_key, fingerprint(signing_key), recipient)
        # The public description is written last: its presence means both private keys are complete.
        temp = folder / (DEVICE_FILE + ".tmp")
        temp.unlink(missing_ok=True)
        _write_private(temp, json.dumps({**keys.to_json(), "created_at": created}, indent=2).encode("utf-8"))
        os.replace(temp, folder / DEVICE_FILE)
        fsync_dir(folder)
    except OSError as err:
        raise StoreError(f"Kunci perangkat tidak dapat dibuat di {folder} ({err.strerror or err}).") from err
    return keys


def create_vault_identity(data_dir: Path | str, store_key: StoreKey) -> None:
    """A protected store's own age key, wrapped (made once, when the store is made or protected)."""
    folder = Path(data_dir) / KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / (VAULT_IDENTITY_FILE + WRAPPED)
    path.unlink(missing_ok=True)
    _write_secret(folder, VAULT_IDENTITY_FILE, _age_identity_text(pyrage.x25519.Identity.generate(), utc_now()),
                  store_key)


def vault_sealer(data_dir: Path | str, store_key: StoreKey) -> Sealer:
    """What seals a protected store's evidence and drafts: its own age key, unwrapped with the store key."""
    folder = Path(data_dir) / KEYS_DIR
    try:
        return Sealer(_parse_age_identity(_read_secret(folder, VAULT_IDENTITY_FILE, store_key)))
    except (OSError, UnicodeDecodeError, StopIteration, pyrage.IdentityError) as err:
        raise StoreError(f"Kunci brankas bukti tidak dapat dibaca: {folder / (VAULT_IDENTITY_FILE + WRAPPED)}. "
                         "Pulihkan folder data dari cadangan.") from err


def wrap_private_keys(data_dir: Path | str, store_key: StoreKey) -> None:
    """Protecting a store: write a wrapped copy of each private key file that is still plain (the plain files
    go once the conversion took effect, `remove_plain_private_keys`)."""
    folder = Path(data_dir) / KEYS_DIR
    for name in PRIVATE_FILES:
        wrapped = folder / (name + WRAPPED)
        wrapped.unlink(missing_ok=True)
        if (folder / name).exists():
            try:
                _write_private(wrapped, store_key.wrap_secret((folder / name).read_bytes()))
            except OSError as err:
                raise StoreError(f"Kunci perangkat tidak dapat dibungkus: {folder / name} "
                                 f"({err.strerror or err}).") from err
    create_vault_identity(data_dir, store_key)
    fsync_dir(folder)


def remove_plain_private_keys(data_dir: Path | str) -> None:
    """After a conversion took effect: the plain private key files whose wrapped copy exists go."""
    folder = Path(data_dir) / KEYS_DIR
    for name in PRIVATE_FILES:
        if (folder / (name + WRAPPED)).exists():
            (folder / name).unlink(missing_ok=True)


def remove_wrapped_keys(data_dir: Path | str) -> None:
    """An interrupted conversion (the store is still unprotected): its wrapped copies go."""
    folder = Path(data_dir) / KEYS_DIR
    for name in (*PRIVATE_FILES, VAULT_IDENTITY_FILE):
        (folder / (name + WRAPPED)).unlink(missing_ok=True)


def _load_public(folder: Path, device_id: str) -> DeviceKeys:
    try:
        data = json.loads((folder / DEVICE_FILE).read_text(encoding="utf-8"))
        keys = DeviceKeys(data["device_id"], data["signing_key"], data["fingerprint"], data["age_recipient"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise StoreError(f"Berkas kunci perangkat rusak: {folder / DEVICE_FILE}.") from err
    if keys.device_id != device_id:
        raise StoreError("Folder kunci milik perangkat lain (ID perangkat tidak cocok): jangan menyalin folder "
                         "data antarlaptop; buat data baru dengan `netralitas init`.")
    return keys


def keys_for(store: Store) -> DeviceKeys:
    """This store's public keys (created on first use for a store made before sync existed)."""
    return create_device_keys(store.data_dir, store.device_id, store.store_key)


def signing_key_for(store: Store) -> Ed25519PrivateKey:
    keys_for(store)
    path = Path(store.data_dir) / KEYS_DIR / SIGNING_KEY_FILE
    try:
        key = serialization.load_pem_private_key(_read_secret(path.parent, path.name, store.store_key),
                                                 password=None)
    except (OSError, ValueError) as err:
        raise StoreError(f"Kunci tanda tangan perangkat tidak dapat dibaca: {path}.") from err
    if not isinstance(key, Ed25519PrivateKey) or public_key_text(key.public_key()) != keys_for(store).signing_key:
        raise StoreError(f"Kunci tanda tangan perangkat tidak cocok dengan {DEVICE_FILE}: {path}.")
    return key


def age_identity_for(store: Store) -> pyrage.x25519.Identity:
    keys_for(store)
    path = Path(store.data_dir) / KEYS_DIR / AGE_IDENTITY_FILE
    try:
        return _parse_age_identity(_read_secret(path.parent, path.name, store.store_key))
    except (OSError, UnicodeDecodeError, StopIteration, pyrage.IdentityError) as err:
        raise StoreError(f"Identitas age perangkat tidak dapat dibaca: {path}.") from err


def sign(store: Store, data: bytes) -> bytes:
    """The Ed25519 signature of `data` by this device (64 bytes)."""
    return signing_key_for(store).sign(data)


def signature_valid(signing_key: str, data: bytes, signature: bytes) -> bool:
    key = decode_public_key(signing_key)
    if key is None:
        return False
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def parse_recipient(text: str) -> str:
    """A validated age X25519 public key (age1…); raises ValidationError with an Indonesian message."""
    key = (text or "").strip()
    if key.startswith("AGE-SECRET-KEY-"):
        raise ValidationError("Itu kunci RAHASIA age, bukan kunci publik: jangan dibagikan. Gunakan kunci yang "
                              "diawali 'age1' dari `netralitas keys show` kantor tujuan.", "recipient")
    if not key.startswith("age1"):
        raise ValidationError(f"Kunci penerima tidak sah: '{key[:20]}' (kunci publik age diawali 'age1').",
                              "recipient")
    try:
        return str(pyrage.x25519.Recipient.from_str(key))
    except pyrage.RecipientError as err:
        raise ValidationError(f"Kunci penerima tidak sah: '{key[:20]}…' (periksa salah ketik).",
                              "recipient") from err


def recipients(store: Store) -> list[dict[str, str]]:
    """The configured recipients of upward bundles: [{"name", "key"}] from `keys set-recipient`, plus the
    headquarters key of the settings dialog (`hq_recipient`) when it is set."""
    found = [dict(r) for r in store.setting(RECIPIENTS_SETTING, []) or []]
    from_settings = (store.setting(HQ_SETTING, "") or "").strip()
    if from_settings and from_settings not in {r["key"] for r in found}:
        try:
            found.append({"name": "kantor atasan (pengaturan)", "key": parse_recipient(from_settings)})
        except ValidationError:
            pass  # the settings dialog checks it; a broken value must not stop an export to the others
    return found


def set_recipient(store: Store, key: str, name: str = "") -> list[dict[str, str]]:
    """Add (or rename) a recipient of upward bundles; an entry with the same name is replaced."""
    key = parse_recipient(key)
    name = name.strip() or "kantor atasan"
    listed = store.setting(RECIPIENTS_SETTING, []) or []
    store.set_setting(RECIPIENTS_SETTING,
                      [r for r in listed if r["key"] != key and r["name"] != name] + [{"name": name, "key": key}])
    return recipients(store)


def remove_recipient(store: Store, key_or_name: str) -> list[dict[str, str]]:
    """Forget a recipient by key or name (also the settings dialog's headquarters key)."""
    wanted = key_or_name.strip()
    if wanted not in {v for r in recipients(store) for v in (r["key"], r["name"])}:
        raise ValidationError(f"Penerima tidak ditemukan: '{key_or_name}'.", "recipient")
    listed = store.setting(RECIPIENTS_SETTING, []) or []
    kept = [r for r in listed if wanted not in (r["key"], r["name"])]
    if len(kept) != len(listed):
        store.set_setting(RECIPIENTS_SETTING, kept)
    if any(r["name"] == wanted or r["key"] == wanted for r in recipients(store)
           if r["key"] == (store.setting(HQ_SETTING, "") or "").strip()):
        store.set_setting(HQ_SETTING, "")
    return recipients(store)
