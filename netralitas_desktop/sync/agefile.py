"""The age file format (age-encryption.org/v1, c2sp.org/age) for X25519 recipients, streamed in 64 KiB chunks.

Files written here are ordinary age files (`age -d -i KEY` opens them) and files from `age` or pyrage open
here. The primitives come from `cryptography` (OpenSSL): its ChaCha20-Poly1305 runs at gigabytes per second,
about fifteen times the pyrage build we ship, which is what a 1 GB bundle needs. Keys are still made and
parsed by pyrage (keys.py); ASCII-armored input is left to pyrage (verify.py).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION_LINE = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
TAG = 16
X25519_INFO = b"age-encryption.org/v1/X25519"
MAX_HEADER = 1024 * 1024  # many recipients still fit; a hostile file cannot make us read forever
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class AgeError(ValueError):
    """A damaged, truncated or foreign age file (English detail; callers say it in Indonesian)."""


class NoMatchingIdentity(AgeError):
    """The file is encrypted, but not to our key."""


# -- encodings ------------------------------------------------------------------------------------------------------
def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def bech32_decode(text: str, hrp: str) -> bytes:
    """The bytes of a Bech32 string with the given human-readable part (no length limit, as age uses it)."""
    if text.lower() != text and text.upper() != text:
        raise AgeError("mixed-case Bech32")
    text = text.lower()
    prefix, _, data = text.rpartition("1")
    if prefix != hrp or len(data) < 6 or any(c not in BECH32_CHARSET for c in data):
        raise AgeError("not a Bech32 string for " + hrp)
    values = [BECH32_CHARSET.index(c) for c in data]
    expanded = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix]
    if _bech32_polymod(expanded + values) != 1:
        raise AgeError("bad Bech32 checksum")
    accumulator, bits, result = 0, 0, bytearray()
    for value in values[:-6]:
        accumulator = (accumulator << 5) | value
        bits += 5
        if bits >= 8:
            bits -= 8
            result.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator << (8 - bits)) & 0xFF:
        raise AgeError("bad Bech32 padding")
    return bytes(result)


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes) -> bytes:
    if text.endswith(b"="):
        raise AgeError("padded base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as err:
        raise AgeError("bad base64") from err
    if _b64encode(data) != text:
        raise AgeError("non-canonical base64")
    return data


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# -- writing --------------------------------------------------------------------------------------------------------
def _header(file_key: bytes, recipients: list[bytes]) -> bytes:
    lines = [VERSION_LINE]
    for recipient in recipients:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        wrap_key = _hkdf(shared, share + recipient, X25519_INFO)
        body = ChaCha20Poly1305(wrap_key).encrypt(b"\x00" * 12, file_key, None)
        lines.append(b"-> X25519 " + _b64encode(share) + b"\n" + _b64encode(body) + b"\n")
    header = b"".join(lines) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    return header + b" " + _b64encode(mac) + b"\n"


class EncryptingWriter:
    """A write-only stream that age-encrypts what is written into `target`; `close()` writes the final chunk."""

    def __init__(self, target, recipients: list[str]):
        if not recipients:
            raise ValueError("at least one recipient")
        self.target = target
        file_key = os.urandom(16)
        nonce = os.urandom(16)
        target.write(_header(file_key, [bech32_decode(r, "age") for r in recipients]) + nonce)
        self.aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self.pending = bytearray()
        self.counter = 0
        self.closed = False

    def write(self, data) -> int:
        self.pending += data
        # Keep at least one byte back: only close() knows which chunk is the last.
        ready = (len(self.pending) - 1) // CHUNK
        if ready > 0:
            view = memoryview(self.pending)
            sealed = [self.aead.encrypt(_chunk_nonce(self.counter + i, False), view[i * CHUNK:(i + 1) * CHUNK], None)
                      for i in range(ready)]
            view.release()
            self.counter += ready
            del self.pending[:ready * CHUNK]
            self.target.write(b"".join(sealed))
        return len(data)

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        self.target.write(self.aead.encrypt(_chunk_nonce(self.counter, last), chunk, None))
        self.counter += 1

    def flush(self) -> None:
        self.target.flush()

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self.pending), last=True)
            self.pending.clear()
            self.closed = True


# -- reading --------------------------------------------------------------------------------------------------------
def _read_line(source, consumed: list[int]) -> bytes:
    line = source.readline(MAX_HEADER)
    consumed[0] += len(line)
    if not line.endswith(b"\n") or consumed[0] > MAX_HEADER:
        raise AgeError("truncated or oversized header")
    return line


def _file_key(source, identity: bytes) -> bytes:
    """Parse the header, unwrap the file key with our X25519 identity and check the header MAC."""
    consumed = [0]
    header = bytearray(_read_line(source, consumed))
    if bytes(header) != VERSION_LINE:
        raise AgeError("not an age v1 file")
    secret = X25519PrivateKey.from_private_bytes(identity)
    public = secret.public_key().public_bytes_raw()
    file_key = None
    stanzas = 0
    while True:
        line = _read_line(source, consumed)
        if line.startswith(b"---"):
            if not line.startswith(b"--- ") or stanzas == 0:
                raise AgeError("bad header end")
            header += b"---"
            mac = _b64decode(line[4:-1])
            break
        if not line.startswith(b"-> "):
            raise AgeError("bad stanza")
        header += line
        args = line[3:-1].split(b" ")
        body = b""
        while True:  # the body ends with a line shorter than 64 columns
            body_line = _read_line(source, consumed)
            header += body_line
            body += body_line[:-1]
            if len(body_line) - 1 < 64:
                break
        stanzas += 1
        if args[0] != b"X25519" or file_key is not None:
            continue
        if len(args) != 2:
            raise AgeError("bad X25519 stanza")
        share, wrapped = _b64decode(args[1]), _b64decode(body)
        if len(share) != 32 or len(wrapped) != 32:
            raise AgeError("bad X25519 stanza")
        try:
            shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError as err:  # OpenSSL refuses an all-zero shared secret (a low-order share)
            raise AgeError("low-order X25519 share") from err
        if not any(shared):
            raise AgeError("low-order X25519 share")
        try:
            file_key = ChaCha20Poly1305(_hkdf(shared, share + public, X25519_INFO)).decrypt(b"\x00" * 12, wrapped,
                                                                                            None)
        except InvalidTag:
            continue  # addressed to another recipient
    if file_key is None:
        raise NoMatchingIdentity("no identity matched")
    expected = hmac.new(_hkdf(file_key, b"", b"header"), bytes(header), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise AgeError("header MAC mismatch")
    return file_key


def _read_full(source, size: int) -> bytes:
    parts, missing = [], size
    while missing:
        part = source.read(missing)
        if not part:
            break
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def decrypt_stream(source, target, identity: str) -> None:
    """Decrypt an age file read from `source` (a buffered binary stream) into `target` with our identity."""
    file_key = _file_key(source, bech32_decode(identity, "age-secret-key-"))
    nonce = _read_full(source, 16)
    if len(nonce) != 16:
        raise AgeError("truncated payload")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    pending = _read_full(source, CHUNK + TAG)
    while True:
        following = _read_full(source, CHUNK + TAG) if len(pending) == CHUNK + TAG else b""
        last = not following
        if len(pending) < TAG:
            raise AgeError("truncated payload")
        try:
            plain = aead.decrypt(_chunk_nonce(counter, last), pending, None)
        except InvalidTag as err:
            raise AgeError("damaged or truncated payload") from err
        if last and not plain and counter:
            raise AgeError("empty final chunk")
        target.write(plain)
        if last:
            return
        pending = following
        counter += 1
