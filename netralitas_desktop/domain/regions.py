"""Region lookups over Indonesia's administrative areas (provinsi → kabupaten/kota → kecamatan → desa).

The data is `resources/wilayah/wilayah.tsv.gz` (built by `bench/build_wilayah.py` from idn-area-data,
ODbL — see `resources/wilayah/ATTRIBUTION.md`): one `code<TAB>name` line per area, sorted by code.
Codes are dotted Kemendagri codes: `19`, `19.03`, `19.03.01`, `19.03.01.2001`.
"""

from __future__ import annotations

import functools
import gzip
import zlib
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from pathlib import Path

from netralitas_desktop.domain.errors import NetralitasError, ValidationError
from netralitas_desktop.paths import resources_dir

LEVELS = ("provinsi", "kabupaten", "kecamatan", "desa")
"""Level names, top down; a code with n dotted parts is at LEVELS[n - 1]."""

# Search keys are folded: lower case, apostrophes and quotes dropped ("Ba'u" → "bau"), every other
# run of ASCII non-alphanumerics turned into one space ("Sigala-Gala" → "sigala gala"), trimmed.
_DROPPED = "'’`\""
_SEPARATORS = "".join(ch for ch in map(chr, range(128)) if not ch.isalnum() and ch not in _DROPPED)
_SEPARATOR_TABLE = str.maketrans(_SEPARATORS, " " * len(_SEPARATORS))
# For folding the whole resource at once: flags every name that needs more than lower-casing with \x01.
_FLAGGED = "".join(ch for ch in map(chr, range(128)) if not ch.isalnum() and ch not in " \t\n")
_FLAG_TABLE = str.maketrans(_FLAGGED, "\x01" * len(_FLAGGED))
_PAST_END = "\U0010ffff"  # sorts after any character, so [key, key + _PAST_END) holds every `key…`


class RegionDataError(NetralitasError):
    """The region resource is missing or unreadable."""


class UnknownRegionError(ValidationError):
    """A region code that is not in the data."""

    def __init__(self, code: str):
        super().__init__(f"Kode wilayah tidak dikenal: {code!r}", field="wilayah")
        self.code = code


def normalise_code(text: str) -> str:
    """A region code as typed, with surrounding whitespace removed (codes keep their dots)."""
    return text.strip()


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative area: its dotted Kemendagri code and its name as published."""

    code: str
    name: str

    @property
    def level(self) -> str:
        """One of LEVELS: provinsi, kabupaten (also for a kota), kecamatan or desa (also for a kelurahan)."""
        depth = self.code.count(".")
        if depth >= len(LEVELS):
            raise ValueError(f"not a region code: {self.code!r}")
        return LEVELS[depth]

    @property
    def parent_code(self) -> str | None:
        """The code one level up, or None for a province."""
        return self.code.rpartition(".")[0] or None

    @property
    def is_kelurahan(self) -> bool:
        """True for a village whose 4-digit tail starts with 1 (a kelurahan rather than a desa)."""
        return self.code.count(".") == 3 and self.code.rpartition(".")[2].startswith("1")


def _fold(text: str) -> str:
    """The search key of a name or query (see the note at the top of the module)."""
    for ch in _DROPPED:
        text = text.replace(ch, "")
    return " ".join(filter(None, text.lower().translate(_SEPARATOR_TABLE).split(" ")))


def _fold_names(names: list[str]) -> list[str]:
    """[_fold(name) for name in names], mostly with whole-text operations (start-up time: 5x faster)."""
    if not names:
        return []
    flagged = "\n".join(names).replace("’", "'").lower().translate(_FLAG_TABLE)
    keys = flagged.split("\n")
    if "  " in flagged or " \n" in flagged or "\n " in flagged or flagged[0] == " " or flagged[-1] == " ":
        irregular: Iterable[int] = range(len(keys))  # stray spaces (not in our resource): fold each name
    else:
        irregular = _lines_containing(flagged, "\x01")  # names with punctuation: about 1 in 80
    for i in irregular:
        keys[i] = _fold(names[i])
    return keys


def _lines_containing(text: str, char: str) -> list[int]:
    """The numbers (from 0) of the lines of `text` that contain `char`; fast when few do."""
    found = []
    line = 0
    line_start = 0
    position = text.find(char)
    while position != -1:
        line += text.count("\n", line_start, position)
        found.append(line)
        line_start = text.find("\n", position)
        if line_start == -1:
            break
        position = text.find(char, line_start)
    return found


class RegionIndex:
    """All regions, indexed by code, by parent and by name for prefix search."""

    def __init__(self, areas: Iterable[tuple[str, str]] = ()):
        """Index (code, name) pairs."""
        lines = []
        for code, name in areas:
            if any(ch in code + name for ch in "\t\r\n"):
                raise ValueError(f"tab or line break in region {code!r} {name!r}")
            lines.append(f"{code}\t{name}\n")
        self._index_tsv("".join(lines))

    @classmethod
    def from_file(cls, path: Path) -> RegionIndex:
        """Read a `code<TAB>name` file, gzip'd when its name ends in .gz."""
        path = Path(path)
        try:
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            text = data.decode("utf-8")
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as err:
            raise RegionDataError(f"Data wilayah tidak dapat dibaca ({path}): {err}") from err
        index = cls()
        index._index_tsv(text)
        return index

    def _index_tsv(self, text: str) -> None:
        # Bulk string operations and C-level map/compress rather than Python loops over the 91k lines:
        # this runs at application start-up.
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        if text and not text.endswith("\n"):
            text += "\n"
        lines = text.count("\n")
        if text.count("\t") != lines:
            raise RegionDataError("Data wilayah rusak: setiap baris harus berisi kode<TAB>nama.")
        fields = text.replace("\n", "\t").split("\t")
        codes, names = fields[0:-1:2], fields[1::2]
        keys = _fold_names(names)
        if codes != sorted(codes):
            rows = sorted(zip(codes, names, keys, strict=True))
            codes, names, keys = ([row[i] for row in rows] for i in range(3))

        if codes and not "".join(codes).replace(".", "").isdigit():
            raise RegionDataError("Data wilayah rusak: kode wilayah hanya boleh berisi angka dan titik.")
        self._names: dict[str, str] = dict(zip(codes, names, strict=True))
        if len(self._names) != lines:
            raise RegionDataError("Data wilayah rusak: ada kode yang muncul lebih dari sekali.")
        depths = list(map(str.count, codes, repeat(".")))
        if max(depths, default=0) >= len(LEVELS):
            raise RegionDataError("Data wilayah rusak: kode dengan lebih dari empat bagian.")

        # Per level: codes in code order with their keys, and two sorted lists of "key\0code" entries —
        # whole names, and the tails of names from their second word on — searched with bisect.
        self._codes: list[list[str]] = []
        self._keys: list[list[str]] = []
        self._name_entries: list[list[str]] = []
        self._word_entries: list[list[str]] = []
        for depth in range(len(LEVELS)):
            at_depth = list(map(depth.__eq__, depths))
            level_codes = list(compress(codes, at_depth))
            level_keys = list(compress(keys, at_depth))
            name_entries = list(map("\0".join, zip(level_keys, level_codes, strict=True)))
            name_entries.sort()
            word_entries = []
            has_words = map(str.__contains__, level_keys, repeat(" "))
            for key, code in compress(zip(level_keys, level_codes, strict=True), has_words):
                space = key.find(" ")
                while space != -1:
                    word_entries.append(f"{key[space + 1 :]}\0{code}")
                    space = key.find(" ", space + 1)
            word_entries.sort()
            self._codes.append(level_codes)
            self._keys.append(level_keys)
            self._name_entries.append(name_entries)
            self._word_entries.append(word_entries)

    # -- by code ------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and normalise_code(code) in self._names

    def get(self, code: str) -> Region | None:
        """The region with this code, or None."""
        code = normalise_code(code)
        name = self._names.get(code)
        return None if name is None else Region(code, name)

    def counts_by_level(self) -> dict[str, int]:
        """How many regions each level has, top down."""
        return {level: len(codes) for level, codes in zip(LEVELS, self._codes, strict=True)}

    def children(self, code: str | None) -> list[Region]:
        """The regions one level below `code` (None: the provinces), sorted by code; [] if none."""
        if code is None:
            return [Region(child, self._names[child]) for child in self._codes[0]]
        code = normalise_code(code)
        depth = code.count(".") + 1
        if depth >= len(LEVELS) or code not in self._names:
            return []
        level_codes = self._codes[depth]
        lo, hi = _prefix_range(level_codes, code + ".")
        return [Region(child, self._names[child]) for child in level_codes[lo:hi]]

    def ancestors(self, code: str) -> list[Region]:
        """The province, regency … down to and including the region itself."""
        code = normalise_code(code)
        if code not in self._names:
            raise UnknownRegionError(code)
        parts = code.split(".")
        prefixes = (".".join(parts[:n]) for n in range(1, len(parts) + 1))
        return [Region(prefix, self._names[prefix]) for prefix in prefixes if prefix in self._names]

    def full_name(self, code: str) -> str:
        """The region and all above it, e.g. "Kecamatan Toboali, Kabupaten Bangka Selatan, Kepulauan Bangka
        Belitung"; villages are titled Desa or Kelurahan."""
        return ", ".join(_titled(region) for region in reversed(self.ancestors(code)))

    # -- by name ------------------------------------------------------------------------------------

    def search(
        self, prefix: str, level: str | None = None, within: str | None = None, limit: int = 20
    ) -> list[Region]:
        """Regions whose name, or a word in it, starts with `prefix` (case-insensitive), optionally only
        at `level` and below `within`. Whole-name matches come first, then higher levels first, then A–Z."""
        query = _fold(prefix)
        if level is not None and level not in LEVELS:
            raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
        depths = range(len(LEVELS)) if level is None else [LEVELS.index(level)]
        scope = None
        if within is not None:
            within = normalise_code(within)
            scope = within + "."
            depths = [depth for depth in depths if depth > within.count(".")]
        if not query or limit <= 0:
            return []

        found: dict[str, None] = {}  # insertion-ordered set of codes
        for whole_name in (True, False):
            for depth in depths:
                for code in self._matches(depth, query, whole_name, scope):
                    found[code] = None
                    if len(found) >= limit:
                        return [Region(code, self._names[code]) for code in found]
        return [Region(code, self._names[code]) for code in found]

    def _matches(self, depth: int, query: str, whole_name: bool, scope: str | None) -> Iterator[str]:
        """Codes at `depth` matching `query` in index order (whole name, or a later word's tail)."""
        entries = self._name_entries[depth] if whole_name else self._word_entries[depth]
        lo, hi = _prefix_range(entries, query)
        if scope is None:
            for i in range(lo, hi):  # not islice: that would step through the first `lo` entries
                yield entries[i].rpartition("\0")[2]
            return
        level_codes = self._codes[depth]
        first, last = _prefix_range(level_codes, scope)
        if hi - lo <= last - first:
            # Fewer name matches than regions in scope: walk the matches, keep those in scope.
            for i in range(lo, hi):
                code = entries[i].rpartition("\0")[2]
                if code.startswith(scope):
                    yield code
            return
        # Fewer regions in scope: test each one, then order as the index would.
        keys = self._keys[depth]
        hits = []
        for i in range(first, last):
            key = keys[i]
            if whole_name:
                if key.startswith(query):
                    hits.append(f"{key}\0{level_codes[i]}")
                continue
            space = key.find(" " + query)
            while space != -1:
                hits.append(f"{key[space + 1 :]}\0{level_codes[i]}")
                space = key.find(" " + query, space + 1)
        hits.sort()
        for entry in hits:
            yield entry.rpartition("\0")[2]


def _prefix_range(sorted_strings: list[str], prefix: str) -> tuple[int, int]:
    """The slice of a sorted list holding the strings that start with `prefix`."""
    return bisect_left(sorted_strings, prefix), bisect_left(sorted_strings, prefix + _PAST_END)


def _titled(region: Region) -> str:
    """A region's name with its type in front where the name lacks it ("Kecamatan Toboali")."""
    level = region.level
    if level == "kecamatan":
        title = "Kecamatan"
    elif level == "desa":
        # Some names already carry it ("Desa Adat Yoboi", "Desa Baru"); don't say "Desa Desa …".
        if region.name.lower().startswith(("desa ", "kelurahan ")):
            return region.name
        title = "Kelurahan" if region.is_kelurahan else "Desa"
    else:
        return region.name  # provinces have no prefix; regency names already say Kabupaten/Kota
    if region.name.lower().startswith(title.lower() + " "):
        return region.name
    return f"{title} {region.name}"


def default_path() -> Path:
    """Where the shipped region data lives."""
    return resources_dir() / "wilayah" / "wilayah.tsv.gz"


def load_regions(path: Path | None = None) -> RegionIndex:
    """The region index from `path`, or from the shipped resource (read once, then cached)."""
    if path is None:
        return _load_default()
    return RegionIndex.from_file(path)


@functools.lru_cache(maxsize=1)
def _load_default() -> RegionIndex:
    return RegionIndex.from_file(default_path())
