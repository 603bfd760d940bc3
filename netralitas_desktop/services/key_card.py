"""The key card ("kartu kunci"): how an office hands its age public key to the offices below it.

Bundles sent upward are encrypted to the receiving office's age key. Instead of dictating an `age1…` key, the
office above makes a small card with one click (`netralitas keys card -o FILE`, or in the app), passes it on by
USB, e-mail or WhatsApp, and reads its fingerprint aloud by phone; the office below opens it
(`netralitas keys set-recipient --card FILE`, or the set-up wizard) and compares the fingerprint. The card is
signed by the issuing device, and its fingerprint is that device's, so a card changed on the way does not
open. Format: docs/bundle-format.md, "Key card". No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from netralitas_desktop.data.keys import (
    fingerprint,
    keys_for,
    parse_recipient,
    set_recipient,
    sign,
    signature_valid,
)
from netralitas_desktop.data.vault import write_atomically
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import LEVELS, utc_now

FORMAT = "netralitas-key-card"
FORMAT_VERSION = 1
SUFFIX = ".nkunci"
MAX_BYTES = 8 * 1024  # a card is about 600 bytes; anything much larger is not one
OFFICE_FIELDS = ("id", "name", "level", "region_code")
FIELD_LIMIT = 200  # characters of any text field


class KeyCardError(ValidationError):
    """A file or text that is not a sound key card, or one this office cannot use; the message says why."""

    def __init__(self, message: str):
        super().__init__(message, "card")


@dataclass(frozen=True)
class KeyCard:
    """What a card says: which office, which of its devices made it, and the age key to encrypt to."""

    office: dict  # id, name, level, region_code
    device_id: str
    signing_key: str  # Ed25519 public key of the issuing device, base64
    fingerprint: str  # that key's fingerprint: read aloud by phone
    age_recipient: str  # age1…: bundles upward are encrypted to it
    created_at: str

    def body(self) -> dict:
        return {"format": FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}


def canonical(body: dict) -> bytes:
    """The bytes a card's signature covers: its fields without `signature`, as sorted compact JSON."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def make_key_card(store) -> KeyCard:
    """This office's card, issued by this device."""
    keys = keys_for(store)
    office = store.office
    return KeyCard(office={"id": office.id, "name": office.name, "level": office.level,
                           "region_code": office.region_code},
                   device_id=keys.device_id, signing_key=keys.signing_key, fingerprint=keys.fingerprint,
                   age_recipient=keys.age_recipient, created_at=utc_now())


def key_card_text(store, card: KeyCard | None = None) -> str:
    """The card as its file holds it: one line of JSON, signed (small enough for a QR code)."""
    card = card or make_key_card(store)
    body = card.body()
    signature = base64.b64encode(sign(store, canonical(body))).decode("ascii")
    return json.dumps({**body, "signature": signature}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False) + "\n"


def default_card_name(store) -> str:
    """ "kartu-kunci-bawaslu-kabupaten-bangka-selatan.nkunci"."""
    slug = re.sub(r"[^a-z0-9]+", "-", store.office.name.lower()).strip("-") or "kantor"
    return f"kartu-kunci-{slug}{SUFFIX}"


def write_key_card(store, path: Path | str) -> tuple[Path, KeyCard]:
    """Write this office's card to `path` (a folder: under its default name); returns where and the card."""
    target = Path(path)
    if target.is_dir():
        target = target / default_card_name(store)
    card = make_key_card(store)
    try:
        write_atomically(target, [key_card_text(store, card).encode("utf-8")])
    except OSError as err:
        raise KeyCardError(f"Kartu kunci tidak dapat ditulis ke {target} ({err.strerror or err}).") from err
    return target, card


def read_key_card(source: Path | str | bytes) -> KeyCard:
    """A card from a file (a Path) or its pasted text; KeyCardError (Indonesian) when it is not a sound card:
    not JSON, another format or version, a field missing or malformed, a bad age key, or a signature or
    fingerprint that does not match (changed on the way)."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_BYTES:
                raise KeyCardError(f"{source.name} bukan kartu kunci (terlalu besar).")
            raw = source.read_bytes()
        except FileNotFoundError as err:
            raise KeyCardError(f"Kartu kunci tidak ditemukan: {source}.") from err
        except OSError as err:
            raise KeyCardError(f"Kartu kunci tidak dapat dibaca: {source} ({err.strerror or err}).") from err
    else:
        raw = source.encode("utf-8") if isinstance(source, str) else bytes(source)
        if len(raw) > MAX_BYTES:
            raise KeyCardError("Teks itu bukan kartu kunci (terlalu panjang).")
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as err:
        raise KeyCardError("Berkas itu bukan kartu kunci Netralitas (isinya tidak terbaca). Minta kantor atasan "
                           "membuat kartu kunci lagi.") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyCardError("Berkas itu bukan kartu kunci Netralitas. Minta kantor atasan membuat kartu kunci "
                           "(Sinkronisasi → Kunci → Buat kartu kunci).")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise KeyCardError("Kartu kunci rusak: versi formatnya tidak sah.")
    if version > FORMAT_VERSION:
        raise KeyCardError("Kartu kunci ini dibuat aplikasi versi lebih baru: perbarui aplikasi.")
    expected = {"format", "format_version", "office", "device_id", "signing_key", "fingerprint", "age_recipient",
                "created_at", "signature"}
    if set(data) != expected:
        missing, extra = expected - set(data), set(data) - expected
        raise KeyCardError("Kartu kunci rusak: " + ("isian hilang: " + ", ".join(sorted(missing)) if missing
                                                     else "isian tak dikenal: " + ", ".join(sorted(extra))) + ".")
    office = data["office"]
    if not isinstance(office, dict) or set(office) != set(OFFICE_FIELDS) or not all(
            isinstance(office[k], str) and office[k] and len(office[k]) <= FIELD_LIMIT
            and not any(ord(c) < 32 for c in office[k]) for k in OFFICE_FIELDS):
        raise KeyCardError("Kartu kunci rusak: data kantornya tidak lengkap.")
    if office["level"] not in LEVELS:
        raise KeyCardError(f"Kartu kunci rusak: tingkat kantor tidak dikenal ('{office['level'][:20]}').")
    for key in ("device_id", "signing_key", "fingerprint", "age_recipient", "created_at", "signature"):
        if not isinstance(data[key], str) or len(data[key]) > FIELD_LIMIT:
            raise KeyCardError(f"Kartu kunci rusak: isian {key} tidak sah.")
    card = KeyCard(office=dict(office), device_id=data["device_id"], signing_key=data["signing_key"],
                   fingerprint=data["fingerprint"], age_recipient=data["age_recipient"],
                   created_at=data["created_at"])
    try:
        signature = base64.b64decode(data["signature"], validate=True)
        own_fingerprint = fingerprint(card.signing_key)
    except (binascii.Error, ValueError) as err:
        raise KeyCardError("Kartu kunci rusak: tanda tangannya tidak terbaca.") from err
    if own_fingerprint != card.fingerprint or not signature_valid(card.signing_key, canonical(card.body()),
                                                                  signature):
        raise KeyCardError("Kartu kunci ini telah diubah setelah dibuat (tanda tangannya tidak cocok): jangan "
                           "dipakai. Minta kartu baru langsung dari kantor atasan.")
    try:
        parse_recipient(card.age_recipient)
    except ValidationError as err:
        raise KeyCardError(f"Kartu kunci rusak: {err}") from err
    return card


def card_problem(store, card: KeyCard) -> str:
    """Why this office should not send its bundles to `card`'s office ('' when it may): its own card, or a card
    of an office that is not above this one, or above another area."""
    office = store.office
    if card.age_recipient == keys_for(store).age_recipient or card.office["id"] == office.id:
        return "Itu kartu kunci kantor ini sendiri. Buka kartu kunci dari kantor atasan."
    return card_problem_for_office(card, office.name, office.level, office.region_code)


def card_problem_for_office(card: KeyCard, name: str, level: str, region_code: str) -> str:
    """`card_problem` for an office described by its name, level and region (the set-up wizard has no store
    yet): '' when the card's office is above it and its area contains the office's."""
    if LEVELS.index(card.office["level"]) >= LEVELS.index(level):
        return (f"Kartu ini milik {card.office['name']} ({card.office['level']}), bukan kantor di atas "
                f"{name} ({level}).")
    region = card.office["region_code"]
    if card.office["level"] != "pusat" and region_code and region and not (
            region_code == region or region_code.startswith(region + ".")):
        return (f"Kartu ini milik {card.office['name']} (wilayah {region}), di luar wilayah kantor ini "
                f"({region_code}). Periksa bahwa kartunya dari kantor atasan Anda.")
    return ""


def use_key_card(store, card: KeyCard) -> list[dict]:
    """Encrypt bundles upward to the card's office from now on; KeyCardError when `card_problem` objects."""
    problem = card_problem(store, card)
    if problem:
        raise KeyCardError(problem)
    return set_recipient(store, card.age_recipient, card.office["name"])


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` (error correction M) as rows of dark (True) and light modules, no quiet zone."""
    import segno  # loaded when a card is shown, not at start-up

    return [[bool(cell) for cell in row] for row in segno.make(text, error="m", micro=False).matrix]


def _no_duplicates(pairs: list) -> dict:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def _no_constant(name: str):
    raise ValueError(f"not JSON: {name}")
