"""The bundle format (docs/bundle-format.md): names, limits, errors and the JSON rules shared by export and import."""

from __future__ import annotations

import hashlib
import json
import re

from netralitas_desktop.domain.errors import NetralitasError

FORMAT_NAME = "netralitas-bundle"
FORMAT_VERSION = 2
FILE_SUFFIX = ".nbundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# Records made by offices, each covered by its origin device's attestation (section 4 of the format).
SIGNED_KINDS = ("offices", "findings", "evidence", "status_events", "notes", "audit")
# What proves who made them: attestations (a device's signature over record digests) and device certificates.
PROOF_KINDS = ("attestations", "certificates")
RECORD_KINDS = (*SIGNED_KINDS, *PROOF_KINDS)
RECORD_PATHS = {kind: f"records/{kind}.jsonl" for kind in RECORD_KINDS}
BLOB_PREFIX = "blobs/"
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"

# Limits checked before anything is read in full. Generous for 100,000 findings and gigabytes of evidence,
# small enough that a hostile file cannot fill the disk or memory.
MAX_ENTRIES = 500_000
MAX_MANIFEST_BYTES = 128 * 1024 * 1024
MAX_RECORD_FILE_BYTES = 4 * 1024 * 1024 * 1024
MAX_RECORD_LINE_BYTES = 4 * 1024 * 1024
MAX_BLOB_BYTES = 8 * 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed : compressed, for entries larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
SIGNATURE_BYTES = 64

# Evidence already compressed is stored as is; recompressing it costs time and gains nothing.
COMPRESSED_MIME_PREFIXES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "video/",
                            "audio/", "application/pdf", "application/zip", "application/gzip",
                            "application/x-7z", "application/vnd.openxmlformats")


class BundleError(NetralitasError):
    """A bundle that cannot be written, read or accepted; nothing in the store was changed."""


class UntrustedDeviceError(BundleError):
    """The bundle is sound but signed by a device this store does not know yet; `plan` describes it."""

    def __init__(self, message: str, plan=None):
        super().__init__(message)
        self.plan = plan


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same value always gives the same bytes (and hash)."""
    return _CANONICAL.encode(value)


def content_hash(record: dict) -> str:
    """SHA-256 of a record's canonical JSON (without its `attestation` field): what two versions are compared by."""
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def canonical_and_hash(record: dict) -> tuple[str, str]:
    """A record's canonical JSON and its `content_hash`, encoding it once."""
    text = canonical_json(record)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def attested_line(content: str, attestation_id: str) -> bytes:
    """A record's line in a bundle from its canonical JSON: the `attestation` field first, then the content as
    attested (readers do not depend on the order of keys)."""
    return f'{{"attestation":{canonical_json(attestation_id)},{content[1:]}\n'.encode()


# Domain-separation prefixes: a signature over one kind of statement can never pass for another.
RECORD_DIGEST_PREFIX = b"netralitas-record-v2\n"
ATTESTATION_PREFIX = b"netralitas-attestation-v2\n"
CERTIFICATE_PREFIX = b"netralitas-certificate-v2\n"


def record_digest(kind: str, content_sha256: str) -> str:
    """What an attestation lists for a record: SHA-256 over the prefix, the record kind and its content hash."""
    return hashlib.sha256(RECORD_DIGEST_PREFIX + f"{kind}\n{content_sha256}".encode("ascii")).hexdigest()


def signed_bytes(prefix: bytes, statement: dict) -> bytes:
    """The exact bytes an attestation or certificate signature covers: prefix + canonical JSON without `signature`."""
    return prefix + canonical_json({k: v for k, v in statement.items() if k != "signature"}).encode("utf-8")


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def refuse_json_constant(name):
    raise ValueError(f"nilai {name} tidak diizinkan")


def strict_json(data: bytes | str, what: str):
    """Parse JSON refusing duplicate keys, NaN and Infinity; raises BundleError naming `what`."""
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return json.loads(data, object_pairs_hook=_no_duplicates, parse_constant=refuse_json_constant)
    except UnicodeDecodeError as err:
        raise BundleError(f"Bundel rusak: {what} bukan teks UTF-8 yang sah.") from err
    except _DuplicateKey as err:
        raise BundleError(f"Bundel rusak: {what} memuat kunci ganda '{err}'.") from err
    except (ValueError, RecursionError) as err:
        raise BundleError(f"Bundel rusak: {what} bukan JSON yang sah.") from err



def is_compressed_mime(mime: str) -> bool:
    return mime.startswith(COMPRESSED_MIME_PREFIXES)
