"""When two subjects (terlapor) of different findings are the same person: pure rules, no I/O.

A civil servant is often reported by several offices. The same person is recognised by, in this order:

1. the NIP (18 digits) — `nip:198503122010011004`;
2. else the NIK (16 digits) — `nik:1903…`;
3. else the normalised name *with* the normalised agency — `nama:hendra saputra|sd negeri 3 toboali`. A name
   alone is not enough (two Budi Santosos of different offices are two people), so a subject with neither an
   identity number nor an agency is not linked to anyone.

Names are compared without case, accents, punctuation, academic degrees ("Hendra Saputra, S.Pd.") and
honorifics ("H.", "Drs."); agencies without case and punctuation, with a few usual abbreviations written out
("SDN 3" = "SD Negeri 3"). Subjects with an identity number are also shown beside those that match them by name
and agency alone, as *possibly* the same person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

NIP_DIGITS = 18
NIK_DIGITS = 16

# Honorifics and academic titles written before a name (lower case, without the dot).
_TITLES_BEFORE = frozenset({"h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "hm", "tn", "ny", "sdr", "sdri",
                            "bpk", "bapak", "ibu", "pak", "bu"})
# A degree written after a name without a comma: S.Pd, S.H., M.Si., A.Md.Kep, S.Kom …
_DEGREE = re.compile(r"^[a-z]{1,2}\.[a-z]{1,5}(\.[a-z]{1,5})*\.?$")
_NOT_WORD = re.compile(r"[^\w]+")
# Usual abbreviations in agency names, written out so that both spellings give one key.
_AGENCY_WORDS = {"sdn": "sd negeri", "smpn": "smp negeri", "sman": "sma negeri", "smkn": "smk negeri",
                 "min": "mi negeri", "mtsn": "mts negeri", "man": "ma negeri", "kab": "kabupaten", "kec": "kecamatan",
                 "kel": "kelurahan", "ds": "desa", "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota",
                 "dinkes": "dinas kesehatan", "disdik": "dinas pendidikan"}


def _plain(text: str) -> str:
    """Lower case, accents off (é → e), as one line."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_key(name: str) -> str:
    """A person's name as compared: no degrees after a comma or at the end, no honorifics before, no
    punctuation, one space between words ('Drs. H. Hendra Saputra, S.Pd.' → 'hendra saputra')."""
    text = _plain(name).split(",", 1)[0]
    tokens = text.split()
    while tokens and tokens[0].rstrip(".") in _TITLES_BEFORE and len(tokens) > 1:
        tokens.pop(0)
    while len(tokens) > 1 and _DEGREE.match(tokens[-1]):
        tokens.pop()
    return " ".join(_NOT_WORD.sub(" ", " ".join(tokens)).split())


def agency_key(agency: str) -> str:
    """An agency as compared: lower case, no punctuation, usual abbreviations written out."""
    tokens = _NOT_WORD.sub(" ", _plain(agency)).split()
    return " ".join(_AGENCY_WORDS.get(token, token) for token in tokens)


def person_key(nip: str, nik: str, name: str, agency: str) -> str:
    """Who a subject is, for finding the same person elsewhere: by NIP, else NIK, else name with agency; '' when
    nothing identifies them well enough."""
    if nip:
        return f"nip:{nip}"
    if nik:
        return f"nik:{nik}"
    name_part, agency_part = name_key(name), agency_key(agency)
    if name_part and agency_part:
        return f"nama:{name_part}|{agency_part}"
    return ""


@dataclass(frozen=True)
class SubjectQuery:
    """What an officer looks a person up by: kind `nip`, `nik` or `nama`, and the value compared."""

    kind: str
    value: str

    @property
    def key(self) -> str:
        """The person key this query selects (for a name: the name part only; agencies may differ)."""
        return f"{self.kind}:{self.value}"


def subject_query(text: str) -> SubjectQuery | None:
    """A NIP (18 digits), a NIK (16 digits) or a name, from what was typed (spaces and dots in numbers allowed);
    None when nothing usable is left."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in ".-")
    if digits.isascii() and digits.isdigit():
        if len(digits) == NIP_DIGITS:
            return SubjectQuery("nip", digits)
        if len(digits) == NIK_DIGITS:
            return SubjectQuery("nik", digits)
        return None
    name = name_key(text)
    return SubjectQuery("nama", name) if name else None
