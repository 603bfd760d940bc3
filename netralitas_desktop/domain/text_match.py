"""Words read from pictures (OCR), and when two pictures are the same screenshot: pure rules, no I/O.

Two screenshots are *the same file* when their SHA-256 is equal. They are *the same picture* (resized, re-sent
through WhatsApp as JPEG, cropped a little) by a two-stage rule measured on rendered phone screenshots (issue 14
research; docs/performance.md): no perceptual hash alone can tell a cropped copy from another post in the same
app layout — two different posts of one template hash closer (0.02–0.06) than a screenshot and its 5 % crop
(up to 0.41) — so the hash only drops unrelated pictures and the words decide:

* dHash distance ≤ 0.45 and the words of the smaller set found in the other ≥ 0.80 → the same picture;
* the same, with 0.60–0.80 of the words → possibly the same (shown for the officer to judge);
* when either picture has fewer than 8 words (a photo), the hash alone decides, strictly: distance ≤ 0.10.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HASH_LOOSE = 0.45  # above this the pictures are unrelated, whatever their words
HASH_STRICT = 0.10  # a picture with few words: only a resized or re-encoded copy comes this close
MIN_WORDS = 8  # fewer words than this cannot decide
SAME_WORDS = 0.80  # share of the smaller word set found in the other: the same picture
MAYBE_WORDS = 0.60  # … possibly the same picture

# Picture types the OCR reads (other evidence — PDF, video — is kept but not read).
PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/tiff"})

SAME = "sama"  # the same picture (or, for files, the same bytes)
MAYBE = "mungkin"  # possibly the same picture: for the officer to judge

# Tesseract's letter O for zero, where it matters in election posts: the candidate's number "02", "#Coblos02",
# years ("2O24"); and "12rb" (ribu) / "1,2jt" (juta) glued to their number.
_O_AS_NUMBER = re.compile(r"(?<![\w#@.])[Oo](?=\d+\b)")
_O_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d)|(?<=\d)[Oo](?=[Oo]?\d)")
_TAG = re.compile(r"[#@][\w.]+")
_O_IN_TAG = re.compile(r"(?<=[a-z])O(?=\d)")
_GLUED_UNIT = re.compile(r"(?<=\d)(rb|jt)\b")
# Form feeds (Tesseract ends each page with one) and other control characters; tabs and line breaks stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")
_BLANK_LINES = re.compile(r"\n[ \t]*(\n[ \t]*)+")
# Stripped from both ends of a word before comparing; '#', '@' and inner '.', '_', '-' stay (@hendra.saputra).
_EDGE_PUNCTUATION = ".,!?:;\"'()[]{}…·•|-–—/\\*“”‘’<>~=+"


def is_picture(mime_type: str) -> bool:
    """Whether the OCR reads files of this type."""
    return mime_type.split(";", 1)[0].strip().lower() in PICTURE_TYPES


def clean_reading(raw: str) -> str:
    """OCR output as stored: the O-for-zero and glued-unit fixes, no control characters, no empty lines."""
    text = _O_AS_NUMBER.sub("0", raw)
    text = _O_BETWEEN_DIGITS.sub("0", text)
    text = _GLUED_UNIT.sub(r" \1", text)
    text = _TAG.sub(lambda m: _O_IN_TAG.sub("0", m.group(0)), text)
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def words(text: str) -> list[str]:
    """The words of a text as compared: lower case, punctuation stripped at both ends."""
    found = []
    for token in text.split():
        word = token.lower().strip(_EDGE_PUNCTUATION)
        if word:
            found.append(word)
    return found


def word_set(texts: Iterable[str]) -> frozenset[str]:
    """The distinct words of one or more texts."""
    return frozenset(word for text in texts for word in words(text))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other: a crop keeps (most of) its words inside the original."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def hash_distance(a: str, b: str) -> float | None:
    """Differing bits ÷ bits of two equal-length hex hashes; None when either is missing or they differ in size."""
    if not a or not b or len(a) != len(b):
        return None
    try:
        return (int(a, 16) ^ int(b, 16)).bit_count() / (4 * len(a))
    except ValueError:
        return None


def picture_verdict(distance: float | None, words_a: frozenset[str], words_b: frozenset[str]) -> str | None:
    """SAME, MAYBE or None for two pictures: their hash distance (None: unknown) and the words read from each."""
    if distance is None or distance > HASH_LOOSE:
        return None
    if min(len(words_a), len(words_b)) < MIN_WORDS:
        return SAME if distance <= HASH_STRICT else None
    overlap = containment(words_a, words_b)
    if overlap >= SAME_WORDS:
        return SAME
    if overlap >= MAYBE_WORDS:
        return MAYBE
    return None
