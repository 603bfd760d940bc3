"""The same file across findings and offices: exactly (the same SHA-256) and nearly (the same screenshot resized,
re-sent as JPEG or cropped a little: `domain.text_match.picture_verdict`, a loose picture hash confirmed by the
words read from both). Nothing is merged or removed: matches are shown for the officer to judge."""

from __future__ import annotations

from dataclasses import dataclass, field

from netralitas_desktop.data import readings, same_files
from netralitas_desktop.data.same_files import EvidenceItem
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import EvidenceError, NotFoundError
from netralitas_desktop.domain.text_match import HASH_LOOSE, hash_distance, is_picture, picture_verdict, word_set
from netralitas_desktop.services.pictures import dhash, open_picture
from netralitas_desktop.services.reading import picture_of

FILE = "berkas"  # the same bytes (SHA-256)
HASH_ON_IMPORT = 100  # pictures an import hashes at once to look for near copies (about 30 ms each)
KIND_WORDS = {FILE: "berkas sama", "sama": "gambar sama", "mungkin": "mungkin gambar sama"}


@dataclass(frozen=True)
class Match:
    """Another evidence item that is the same file (`berkas`), the same picture (`sama`) or possibly the same
    picture (`mungkin`), with the hash distance and the share of words in common when compared by picture."""

    item: EvidenceItem
    kind: str
    distance: float | None = None
    overlap: float | None = None

    def to_json(self) -> dict[str, object]:
        i = self.item
        return {"kind": self.kind, "evidence_id": i.evidence_id, "finding_id": i.finding_id, "name": i.name,
                "sha256": i.sha256, "office_id": i.origin_office_id, "office": i.office_name,
                "register_number": i.register_number, "form_a_number": i.form_a_number,
                "distance": None if self.distance is None else round(self.distance, 3),
                "word_overlap": None if self.overlap is None else round(self.overlap, 3)}


def _hash_of(store: Store, sha256: str, known: dict[str, str], compute: bool = True) -> str:
    """A picture's hash: kept from its reading, else (`compute`) computed now from the vault (and kept, in a
    writable store); '' when the file cannot be decoded or is not hashed yet."""
    if known.get(sha256) or not compute:
        return known.get(sha256, "")
    try:
        value = dhash(open_picture(picture_of(store, sha256)))
    except EvidenceError:
        return ""
    if not store.readonly:
        readings.set_hash(store, sha256, value)
    known[sha256] = value
    return value


def _compare(mine: str, my_words: frozenset[str], candidates: dict[str, str],
             words: dict[str, list[str]]) -> dict[str, tuple[str, float, float]]:
    """Candidate files (sha → hash) that are the same or possibly the same picture: sha → (kind, distance,
    overlap)."""
    found = {}
    for sha, other in candidates.items():
        distance = hash_distance(mine, other)
        if distance is None or distance > HASH_LOOSE:
            continue
        theirs = word_set(words.get(sha, []))
        verdict = picture_verdict(distance, my_words, theirs)
        if verdict is not None:
            overlap = len(my_words & theirs) / min(len(my_words), len(theirs)) if my_words and theirs else 0.0
            found[sha] = (verdict, distance, overlap)
    return found


def matches_for(store: Store, evidence_id: str, *, compute_hash: bool = True) -> list[Match]:
    """Evidence of other findings that is the same file as this item, or the same picture (or possibly);
    `compute_hash=False` (the UI thread) compares a picture only once its reading has hashed it."""
    items = same_files.items_by_id(store, [evidence_id])
    if not items:
        raise NotFoundError(f"Bukti tidak ditemukan atau sudah dihapus: '{evidence_id[:40]}'.")
    return _matches(store, items[0], {}, compute_hash=compute_hash)


def _matches(store: Store, me: EvidenceItem, hashes: dict[str, str], others: list[EvidenceItem] | None = None,
             compute_hash: bool = True) -> list[Match]:
    found = [Match(i, FILE) for i in same_files.items_with_files(store, [me.sha256]) if i.finding_id != me.finding_id]
    if not is_picture(me.mime_type):
        return found
    hashes = hashes or same_files.picture_hashes(store)
    mine = _hash_of(store, me.sha256, hashes, compute_hash)
    if not mine:
        return found
    allowed = None if others is None else {o.sha256 for o in others}
    candidates = {sha: h for sha, h in hashes.items() if sha != me.sha256 and (allowed is None or sha in allowed)}
    close = {sha: h for sha, h in candidates.items() if (d := hash_distance(mine, h)) is not None and d <= HASH_LOOSE}
    if not close:
        return found
    words = readings.texts_of_files(store, [me.sha256, *close])
    similar = _compare(mine, word_set(words[me.sha256]), close, words)
    for item in same_files.items_with_files(store, similar):
        if item.finding_id != me.finding_id and (others is None or item in others):
            kind, distance, overlap = similar[item.sha256]
            found.append(Match(item, kind, distance, overlap))
    return sorted(found, key=lambda m: (list(KIND_WORDS).index(m.kind), m.item.known_on, m.item.evidence_id))


@dataclass(frozen=True)
class DuplicatePair:
    """Two evidence items of different findings that are the same file or (possibly) the same picture."""

    first: EvidenceItem
    second: EvidenceItem
    kind: str
    distance: float | None = None
    overlap: float | None = None

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "first": Match(self.first, self.kind).to_json(),
                "second": Match(self.second, self.kind).to_json(),
                "distance": None if self.distance is None else round(self.distance, 3),
                "word_overlap": None if self.overlap is None else round(self.overlap, 3)}


def all_duplicates(store: Store) -> list[DuplicatePair]:
    """Every pair of evidence items of different findings that are the same file, then every pair of pictures that
    are (possibly) the same; compares every hashed picture with every other (fine for thousands)."""
    pairs: list[DuplicatePair] = []
    exact = same_files.items_with_files(store, same_files.files_in_several_findings(store))
    by_file: dict[str, list[EvidenceItem]] = {}
    for item in exact:
        by_file.setdefault(item.sha256, []).append(item)
    for items in by_file.values():
        pairs += [DuplicatePair(a, b, FILE) for n, a in enumerate(items) for b in items[n + 1:]
                  if a.finding_id != b.finding_id]
    hashes = same_files.picture_hashes(store)
    shas = sorted(hashes)
    values = [int(hashes[sha], 16) for sha in shas]
    limit = int(HASH_LOOSE * 4 * 64)
    close = [(shas[i], shas[j]) for i in range(len(shas)) for j in range(i + 1, len(shas))
             if (values[i] ^ values[j]).bit_count() <= limit]
    if not close:
        return pairs
    involved = {sha for pair in close for sha in pair}
    words = readings.texts_of_files(store, involved)
    items_by_file: dict[str, list[EvidenceItem]] = {}
    for item in same_files.items_with_files(store, involved):
        items_by_file.setdefault(item.sha256, []).append(item)
    for a, b in close:
        distance = hash_distance(hashes[a], hashes[b])
        words_a, words_b = word_set(words[a]), word_set(words[b])
        verdict = picture_verdict(distance, words_a, words_b)
        if verdict is None:
            continue
        overlap = len(words_a & words_b) / min(len(words_a), len(words_b)) if words_a and words_b else 0.0
        pairs += [DuplicatePair(x, y, verdict, distance, overlap) for x in items_by_file.get(a, [])
                  for y in items_by_file.get(b, []) if x.finding_id != y.finding_id]
    return pairs


@dataclass
class ImportMatches:
    """Evidence an import brought that is the same file as (or the same picture as) evidence of findings that were
    here before it: what the import says ("3 berkas sama dengan temuan yang sudah ada")."""

    same_files: int = 0  # files brought that another finding here already had, byte for byte
    same_pictures: int = 0  # pictures brought that are the same picture as one here (resized, cropped, …)
    possible: int = 0  # pictures that are possibly the same as one here
    unchecked: int = 0  # pictures not compared by picture (too many at once: their reading will compare them)
    matches: dict[str, list[Match]] = field(default_factory=dict)  # evidence id brought → its matches

    @property
    def any(self) -> bool:
        return bool(self.same_files or self.same_pictures or self.possible)

    def summary(self) -> str:
        """One Indonesian line, '' when nothing matched."""
        parts = []
        if self.same_files:
            parts.append(f"{self.same_files} berkas sama dengan temuan yang sudah ada")
        if self.same_pictures:
            parts.append(f"{self.same_pictures} gambar sama (diperkecil, dikirim ulang atau dipotong)")
        if self.possible:
            parts.append(f"{self.possible} gambar mungkin sama")
        return "; ".join(parts)

    def counts(self) -> dict[str, int]:
        """How many files brought are the same file, the same picture, possibly the same picture."""
        return {"same_files": self.same_files, "same_pictures": self.same_pictures, "possible": self.possible}

    def to_json(self) -> dict[str, object]:
        return {"same_files": self.same_files, "same_pictures": self.same_pictures, "possible": self.possible,
                "unchecked": self.unchecked, "summary": self.summary(),
                "matches": {k: [m.to_json() for m in v] for k, v in self.matches.items()}}


def import_matches(store: Store, since_local_seq: int) -> ImportMatches:
    """What evidence written after `since_local_seq` (an import's) matches among the evidence that was here."""
    brought = same_files.items_since(store, since_local_seq)
    result = ImportMatches()
    if not brought:
        return result
    new_ids = {i.evidence_id for i in brought}
    hashes = same_files.picture_hashes(store)
    earlier: list[EvidenceItem] | None = None
    hashed = 0
    counted: dict[str, set[str]] = {FILE: set(), "sama": set(), "mungkin": set()}
    for item in brought:
        picture = is_picture(item.mime_type)
        if picture and not hashes.get(item.sha256):
            if hashed >= HASH_ON_IMPORT:
                result.unchecked += 1
                picture = False
            hashed += 1
        if picture and earlier is None:
            earlier = [i for i in same_files.items_with_files(store, hashes) if i.evidence_id not in new_ids]
        found = [m for m in (_matches(store, item, hashes, earlier) if picture else
                             [Match(i, FILE) for i in same_files.items_with_files(store, [item.sha256])
                              if i.finding_id != item.finding_id])
                 if m.item.evidence_id not in new_ids]
        if found:
            result.matches[item.evidence_id] = found
            best = min(found, key=lambda m: list(KIND_WORDS).index(m.kind)).kind
            counted[best].add(item.sha256)
    result.same_files, result.same_pictures, result.possible = (len(counted[FILE]), len(counted["sama"]),
                                                                len(counted["mungkin"]))
    return result

