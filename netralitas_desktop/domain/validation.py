"""The one gate every write passes: findings, offices, settings and status changes, with Indonesian messages.

Two kinds of function, kept apart on purpose:
- `normalise_*` take what a person typed (command-line flags, a `--json-file`, a form, demo data) and return it in
  the one stored form — dates as `YYYY-MM-DD`, NIP/NIK as ASCII digits, text trimmed, line breaks as `\\n` — or
  raise `ValidationError(message, field)`. A value of the wrong JSON type is refused, never coerced.
- `*_problems` / `validate_*` check a value that should already be in stored form (a normalised entry, or a
  record imported from another office, which must not be rewritten on the way in) against every rule.

Pure: no I/O; the catalog and the region index are passed in. The limits below are documented in
docs/finding-json.md; they are far above what an officer writes and keep every report fast.

The public API, for every path that writes (the store, demo data, the sync importer, the GUI):
- findings: `normalise_finding_fields(json_object)`, `normalise_finding(finding)`,
  `finding_problems(finding, catalog, regions, today, office=…)` / `validate_finding(…)`;
- status changes: `validate_status_change(finding, new_status, reason, forwarding_body, on, catalog, today,
  office=…)`, and for one stored or imported: `status_event_problems(event, finding, catalog, today, office_level)`;
- holidays: `normalise_holiday(json_object)`, `holidays_from_file(name, data)` (CSV or JSON, each entry through
  `normalise_holiday`);
- number blocks: `number_block_problems(block, issuer, target, today)`;
- offices and settings: `normalise_office(…)`, `normalise_setting(key, value, …)`, `setting_problem(…)`,
  `is_internal_setting(key)`;
- pieces: `normalise_text` / `text_problem` with a `TextRule`, `normalise_date` / `date_problem` /
  `parse_stored_date`, `normalise_id_number`, `ascii_digits`, `valid_url`, `office_covers`,
  `evidence_description_problems`, `echo` (a refused value as a message may repeat it).
Every refusal is a `ValidationError(message, field)` with the message in Indonesian.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from netralitas_desktop.domain.catalog import Catalog
from netralitas_desktop.domain.dates_id import MONTHS_ID, number_id
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.holidays import HOLIDAY_KINDS, Holiday
from netralitas_desktop.domain.model import (
    ACTIVITY_KEYS,
    JSON_FIELDS,
    LEVELS,
    REGISTERING_LEVELS,
    REPORTER_SEXES,
    SOURCES,
    Activity,
    Finding,
    Office,
    StatusEvent,
    Subject,
    Witness,
)
from netralitas_desktop.domain.numbering import FORM_A_SERIES, NumberBlock
from netralitas_desktop.domain.regions import RegionIndex

# -- limits -------------------------------------------------------------------------------------------------------
EARLIEST_DATE = date(2000, 1, 1)  # before any election this app serves; older dates are typing mistakes
MAX_SUBJECTS = 50
MAX_WITNESSES = 50
MAX_URLS = 20
MAX_ACTIVITIES = 30  # Kegiatan I … XXX: more would not be one supervision report
MAX_ACCOUNTS = 5
URL_LIMIT = 1_000
CODE_LIMIT = 64  # catalog codes and region codes
ECHO_LIMIT = 40  # how much of a refused value a message repeats


@dataclass(frozen=True)
class TextRule:
    """How a text field is checked: its Indonesian label, its length limit and whether it may hold line breaks."""

    label: str
    limit: int
    multiline: bool = False


FINDING_TEXTS: dict[str, TextRule] = {
    "title": TextRule("Judul", 300),
    "address": TextRule("Alamat/lokasi kejadian", 500),
    "description": TextRule("Uraian singkat kejadian", 20_000, multiline=True),
    "legal_basis": TextRule("Ketentuan yang dilanggar", 4_000, multiline=True),
    "reporter_name": TextRule("Nama pelapor", 200),
    "reporter_address": TextRule("Alamat pelapor", 500),
    "supervision_purpose": TextRule("Tujuan pengawasan", 1_000),
    "supervision_target": TextRule("Sasaran pengawasan", 1_000),
    "facts": TextRule("Fakta dan keterangan", 30_000, multiline=True),
    "analysis": TextRule("Analisis", 30_000, multiline=True),
    "sanction": TextRule("Sanksi", 2_000, multiline=True),
}
FORM_TEXTS: dict[str, TextRule] = {
    "received_time": TextRule("Jam laporan diterima", 10),
    "reporter_birth_place": TextRule("Tempat lahir pelapor", 200),
    "reporter_sex": TextRule("Jenis kelamin pelapor", 10),
    "reporter_occupation": TextRule("Pekerjaan pelapor", 200),
    "reporter_nationality": TextRule("Kewarganegaraan pelapor", 100),
    "reporter_phone": TextRule("Nomor telepon pelapor", 40),
    "reporter_email": TextRule("Alamat e-mail pelapor", 254),
}
FORM_DATES: dict[str, str] = {"written_on": "Tanggal penulisan Formulir A", "received_on": "Tanggal laporan diterima",
                              "reporter_birth_date": "Tanggal lahir pelapor"}
ACTIVITY_TEXTS: dict[str, TextRule] = {
    "form": TextRule("bentuk pengawasan", CODE_LIMIT), "purpose": TextRule("tujuan", 500),
    "target": TextRule("sasaran", 500), "time_from": TextRule("jam mulai", 10),
    "time_to": TextRule("jam selesai", 10), "place": TextRule("tempat", 300),
    "assignment_letter": TextRule("nomor surat perintah tugas", 100),
}
FINDING_CODES: dict[str, str] = {
    "source": "Sumber", "category": "Kategori pelanggaran", "region_code": "Kode wilayah", "platform": "Platform",
    "election": "Profil pemilu", "stage": "Tahapan", "supervision_form": "Bentuk pengawasan",
    "forwarded_to": "Instansi tujuan penerusan",
}
FINDING_DATES: dict[str, str] = {"occurred_on": "Tanggal kejadian", "known_on": "Tanggal diketahui"}
FINDING_FLAGS: dict[str, str] = {"needs_more_info": "Perlu keterangan tambahan",
                                 "handover": "Dilimpahkan ke kantor lain"}
SUBJECT_TEXTS: dict[str, TextRule] = {
    "name": TextRule("nama", 150),
    "position": TextRule("jabatan", 150),
    "agency": TextRule("instansi", 200),
    "address": TextRule("alamat", 200),
}
WITNESS_TEXTS: dict[str, TextRule] = {"name": TextRule("nama", 150), "address": TextRule("alamat", 200)}
ACCOUNT_RULE = TextRule("akun media sosial", 100)
REASON_RULE = TextRule("Alasan", 2_000, multiline=True)
NOTE_RULE = TextRule("Catatan", 10_000, multiline=True)
ID_DIGITS = {"nip": 18, "nik": 16}

# -- characters ---------------------------------------------------------------------------------------------------
# Refused everywhere: C0/C1 controls (ESC starts terminal sequences), DEL, lone surrogates (they cannot be written
# as UTF-8), the bidi embeddings, overrides and isolates (they reorder what a reader sees), interlinear
# annotations and a byte-order mark inside text. Multi-line texts may hold \n and \t.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufff9-\ufffb"
_UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]")
_UNSAFE_IN_LINE = re.compile(f"[{_UNSAFE}\t\n\u2028\u2029]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SPELLED_DATE = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTHS_ID, start=1)}
_MONTHS.update({name.lower()[:3]: number for number, name in enumerate(MONTHS_ID, start=1)})
_MONTHS.update({"agt": 8, "ags": 8, "des": 12, "okt": 10, "peb": 2, "pebruari": 2, "nopember": 11, "nop": 11})
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_OFFICE_CODE = re.compile(r"[0-9A-Za-z.\-]+")
_UUID_LIKE = re.compile(r"[0-9A-Za-z\-]{1,64}")


def echo(value: object) -> str:
    """A refused value as a message may repeat it: shortened, control characters shown as escapes."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > ECHO_LIMIT:
        text = text[:ECHO_LIMIT] + "…"
    return _UNSAFE_IN_LINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _character_name(char: str) -> str:
    return f"U+{ord(char):04X}" + (f" {unicodedata.name(char)}" if unicodedata.name(char, "") else "")


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "angka"
    if isinstance(value, list | tuple):
        return "daftar"
    if isinstance(value, dict):
        return "objek"
    if isinstance(value, str):
        return "teks"
    return type(value).__name__


def wrong_type(label: str, expected: str, value: object, field: str) -> ValidationError:
    """The error for a JSON value of the wrong type."""
    return ValidationError(f"{label} harus berupa {expected}, bukan {_type_name(value)}.", field)


# -- text ---------------------------------------------------------------------------------------------------------
def text_problem(text: str, rule: TextRule, who: str = "") -> str | None:
    """What is wrong with a text already in stored form, or None; `who` goes before the label ("Terlapor ke-2")."""
    bad = (_UNSAFE_IN_TEXT if rule.multiline else _UNSAFE_IN_LINE).search(text)
    if bad is None and len(text) <= rule.limit:
        return None
    label = f"{who}: {rule.label}" if who else rule.label
    if bad:
        where = "" if rule.multiline else " (isian satu baris)"
        return f"{label} berisi karakter kendali {_character_name(bad.group())}{where}; hapus karakter itu."
    return f"{label} terlalu panjang: {number_id(len(text))} karakter (paling banyak {number_id(rule.limit)})."



def normalise_text(value: object, rule: TextRule, field: str, who: str = "") -> str:
    """Typed text in stored form: a string, trimmed, line breaks as \\n (multi-line) — or a ValidationError."""
    if not isinstance(value, str):
        raise wrong_type(f"{who}: {rule.label}" if who else rule.label, "teks", value, field)
    text = value.removeprefix("\ufeff")
    if rule.multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.strip()
    if problem := text_problem(text, rule, who):
        raise ValidationError(problem, field)
    return text


def normalise_code(value: object, label: str, field: str) -> str:
    """A catalog or region code as typed: a one-line string, trimmed (whether it is known is checked later)."""
    return normalise_text(value, TextRule(label, CODE_LIMIT), field)


def ascii_digits(text: str) -> str:
    """Digits of any script (full-width, Arabic-Indic, …) as ASCII digits; other characters unchanged."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if unicodedata.decimal(ch, None) is not None else ch
                   for ch in text)


def normalise_idnumber_id(value: object, kind: str, label: str, field: str) -> str:
    """A NIP (18 digits) or NIK (16) as ASCII digits; spaces, dots and dashes between groups are dropped."""
    if not isinstance(value, str):  # a JSON number loses leading zeros: a NIP or NIK is written as text
        raise wrong_type(label, "teks berisi angka", value, field)
    text = ascii_digits(value.strip())
    digits = re.sub(r"[\s.\-]", "", text)
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit() or len(digits) != ID_DIGITS[kind]:
        raise ValidationError(f"{label} harus {ID_DIGITS[kind]} angka, bukan '{echo(value)}'.", field)
    return digits


# -- dates --------------------------------------------------------------------------------------------------------
def normalise_date(value: object, label: str, field: str) -> str:
    """A date as `YYYY-MM-DD`. Unambiguous other spellings are turned into it (`20231203`, the ISO week date
    `2023-W48-7`, `3 Desember 2023`, digits of other scripts); `03/12/2023` and the like are refused, since
    day and month could be either way round. Empty text stays empty (whether it is required is checked later)."""
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise wrong_type(label, "tanggal TTTT-BB-HH", value, field)
    text = ascii_digits(value.strip())
    if not text:
        return ""
    refused = ValidationError(f"{label} tidak valid: '{echo(value)}' (gunakan format TTTT-BB-HH, "
                              "mis. 2023-12-03).", field)
    if len(text) > 40:
        raise refused
    spelled = _SPELLED_DATE.fullmatch(text)
    try:
        if spelled:
            month = _MONTHS.get(spelled.group(2).lower())
            if month is None:
                raise refused
            parsed = date(int(spelled.group(3)), month, int(spelled.group(1)))
        elif _ISO_DATE.fullmatch(text) or re.fullmatch(r"[0-9]{8}|[0-9]{4}-?W[0-9]{2}-?[0-9]", text):
            parsed = date.fromisoformat(text)
        else:
            raise refused
    except ValueError:
        raise refused from None
    return parsed.isoformat()


def date_problem(value: str, label: str, *, today: date, required: bool = True,
                 not_after_today: bool = True) -> str | None:
    """What is wrong with a stored-form date (`YYYY-MM-DD`, within EARLIEST_DATE … today), or None."""
    if not value:
        return f"{label} wajib diisi." if required else None
    parsed = parse_stored_date(value)
    if parsed is None:
        return f"{label} tidak valid: '{echo(value)}' (gunakan format TTTT-BB-HH, mis. 2023-12-03)."
    if parsed < EARLIEST_DATE:
        return f"{label} terlalu lampau: {value} (paling awal {EARLIEST_DATE.isoformat()})."
    if not_after_today and parsed > today:
        return f"{label} tidak boleh di masa depan ({value})."
    return None


def parse_stored_date(value: str) -> date | None:
    """The date of exactly `YYYY-MM-DD` text, else None."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# -- findings -----------------------------------------------------------------------------------------------------
_URL = re.compile(r"https?://[^/?#\s]*\.[^/?#\s]*(?:[/?#]\S*)?", re.IGNORECASE)


def valid_url(url: str) -> bool:
    """An http(s) address with a host name (holding a dot) and no spaces."""
    return _URL.fullmatch(url.strip()) is not None


def _list_of(value: object, label: str, field: str, limit: int) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise wrong_type(label, "daftar", value, field)
    if len(value) > limit:
        raise ValidationError(f"{label}: paling banyak {limit} (ada {len(value)}).", field)
    return list(value)


def normalise_subject(value: object, index: int) -> Subject:
    """A terlapor from a JSON object (or a Subject) in stored form. `type` is accepted for `employment_type`."""
    who = f"Terlapor ke-{index}"
    if isinstance(value, Subject):
        value = {**vars(value)}
    if not isinstance(value, dict):
        raise wrong_type(who, "objek {name, employment_type, nip, …}", value, "subjects")
    data = dict(value)
    if "type" in data and "employment_type" not in data:
        data["employment_type"] = data["type"]
    fields: dict[str, Any] = {}
    for name, rule in SUBJECT_TEXTS.items():
        if name in data:
            fields[name] = normalise_text(data[name], rule, "subjects", who)
    if "employment_type" in data:
        fields["employment_type"] = normalise_code(data["employment_type"], f"{who}: jenis kepegawaian",
                                                   "subjects")
    for kind in ID_DIGITS:
        if kind in data:
            fields[kind] = normalise_idnumber_id(data[kind], kind, f"{who}: {kind.upper()}", "subjects")
    if "accounts" in data:
        accounts = _list_of(data["accounts"], f"{who}: akun media sosial", "subjects", MAX_ACCOUNTS)
        fields["accounts"] = [a for a in (normalise_text(a, ACCOUNT_RULE, "subjects", who) for a in accounts) if a]
    if "id" in data and data["id"] not in (None, ""):
        if not isinstance(data["id"], str) or not _UUID_LIKE.fullmatch(data["id"]):
            raise ValidationError(f"{who}: id tidak sah: '{echo(data['id'])}'.", "subjects")
        fields["id"] = data["id"]
    return Subject(**{"name": "", **fields})


def normalise_witness(value: object, index: int) -> Witness:
    """A saksi from `{name, address}`, a bare name, or a Witness, in stored form."""
    who = f"Saksi ke-{index}"
    if isinstance(value, Witness):
        value = {"name": value.name, "address": value.address}
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        raise wrong_type(who, "objek {name, address} atau nama", value, "witnesses")
    return Witness(**{name: normalise_text(value.get(name, ""), rule, "witnesses", who)
                      for name, rule in WITNESS_TEXTS.items()})


def normalise_activity(value: object, index: int) -> Activity:
    """A Form A supervision activity from a JSON object (or an Activity), in stored form."""
    who = f"Kegiatan ke-{index}"
    if isinstance(value, Activity):
        value = {**vars(value)}
    if not isinstance(value, dict):
        raise wrong_type(who, "objek {form, purpose, target, date, time_from, time_to, place, …}", value,
                         "activities")
    fields = {name: normalise_text(value[name], rule, "activities", who)
              for name, rule in ACTIVITY_TEXTS.items() if name in value}
    if "date" in value:
        fields["date"] = normalise_date(value["date"], f"{who}: tanggal", "activities")
    return Activity(**fields)


def normalise_finding_fields(data: Mapping[str, object]) -> dict[str, Any]:
    """The editable fields of a finding from a JSON object or command-line flags, in stored form.

    Keys that are not editable fields are ignored (so the output of `finding show --json` can be fed back);
    a value of the wrong type, a bad date or digit, a control character or an over-long text raises a
    ValidationError naming the field."""
    if not isinstance(data, Mapping):
        raise wrong_type("Isian temuan", "objek JSON", data, "finding")
    fields: dict[str, Any] = {}
    for name, value in data.items():
        if name not in JSON_FIELDS:
            continue
        if name in FINDING_TEXTS:
            fields[name] = normalise_text(value, FINDING_TEXTS[name], name)
        elif name in FORM_TEXTS:
            fields[name] = normalise_text(value, FORM_TEXTS[name], name)
            if name == "reporter_sex":
                fields[name] = fields[name].upper()
            elif name in ("reporter_phone", "received_time"):
                fields[name] = ascii_digits(fields[name])
        elif name in FORM_DATES:
            fields[name] = normalise_date(value, FORM_DATES[name], name)
        elif name == "activities":
            activities = _list_of(value, "Kegiatan pengawasan", "activities", MAX_ACTIVITIES)
            fields[name] = [normalise_activity(a, i) for i, a in enumerate(activities, start=1)]
        elif name in FINDING_CODES:
            fields[name] = normalise_code(value, FINDING_CODES[name], name)
        elif name in FINDING_DATES:
            fields[name] = normalise_date(value, FINDING_DATES[name], name)
        elif name in FINDING_FLAGS:
            if not isinstance(value, bool):
                raise wrong_type(FINDING_FLAGS[name], "true atau false", value, name)
            fields[name] = value
        elif name == "urls":
            urls = _list_of(value, "Tautan", "urls", MAX_URLS)
            rule = TextRule("Tautan", URL_LIMIT)
            fields[name] = [u for u in (normalise_text(u, rule, "urls") for u in urls) if u]
        elif name == "subjects":
            subjects = _list_of(value, "Terlapor", "subjects", MAX_SUBJECTS)
            fields[name] = [normalise_subject(s, i) for i, s in enumerate(subjects, start=1)]
        elif name == "witnesses":
            witnesses = _list_of(value, "Saksi", "witnesses", MAX_WITNESSES)
            fields[name] = [normalise_witness(w, i) for i, w in enumerate(witnesses, start=1)]
    return fields


def normalise_finding(finding: Finding) -> Finding:
    """The finding with every editable field in stored form (in place; returned for convenience)."""
    fields = normalise_finding_fields({name: getattr(finding, name) for name in JSON_FIELDS})
    for name, value in fields.items():
        setattr(finding, name, value)
    return finding


def region_within(code: str, area: str) -> bool:
    """Whether a dotted region code is the area itself or lies below it."""
    return code == area or code.startswith(area + ".")


def office_covers(office: Office, region_code: str) -> bool:
    """Whether a place lies inside the office's area (Bawaslu RI covers the whole country)."""
    return office.level == "pusat" or region_within(region_code, office.region_code)


def finding_problems(finding: Finding, catalog: Catalog, regions: RegionIndex, today: date | None = None, *,
                     office: Office | None = None) -> list[ValidationError]:
    """Every rule the finding breaks, each naming its field; empty when it may be saved. The finding is expected
    in stored form (see `normalise_finding`). With `office`, its place must lie in the office's area unless it is
    marked for handover."""
    today = today or date.today()
    problems: list[ValidationError] = []

    def problem(message: str, field: str) -> None:
        problems.append(ValidationError(message, field))

    if not _texts_sound(finding):  # the common case is checked in two regex passes, the rest field by field
        for name, rule in _FINDING_TEXT_RULES:
            value = getattr(finding, name)
            if not isinstance(value, str):
                problem(f"{rule.label} harus berupa teks.", name)
            elif found := text_problem(value, rule):
                problem(found, name)
        if problems:
            return problems

    if finding.source not in SOURCES:
        problem(f"Sumber harus 'temuan' atau 'laporan', bukan '{echo(finding.source)}'.", "source")
    if not finding.category:
        problem("Kategori pelanggaran wajib diisi.", "category")
    elif finding.category not in catalog.categories:
        problem(f"Kategori pelanggaran tidak dikenal: '{echo(finding.category)}'.", "category")
    if not finding.region_code:
        problem("Wilayah kejadian wajib diisi (kode wilayah Kemendagri).", "region_code")
    elif finding.region_code != finding.region_code.strip() or finding.region_code not in regions:
        problem(f"Kode wilayah tidak dikenal: '{echo(finding.region_code)}' (contoh: 19.03.01).", "region_code")
    elif office is not None and not finding.handover and not office_covers(office, finding.region_code):
        problem(f"Wilayah kejadian {finding.region_code} di luar wilayah {office.name} ({office.region_code}): "
                "tandai temuan untuk dilimpahkan (--handover) bila memang dicatat di sini.", "region_code")
    if not finding.description.strip():
        problem("Uraian singkat kejadian wajib diisi.", "description")
    if finding.platform and finding.platform not in catalog.platforms:
        problem(f"Platform tidak dikenal: '{echo(finding.platform)}'.", "platform")
    if finding.supervision_form and finding.supervision_form not in catalog.supervision_forms:
        problem(f"Bentuk pengawasan tidak dikenal: '{echo(finding.supervision_form)}' "
                f"(pilih: {', '.join(catalog.supervision_forms)}).", "supervision_form")
    if finding.stage and finding.stage not in catalog.stages:
        problem(f"Tahapan tidak dikenal: '{echo(finding.stage)}'.", "stage")
    if finding.election and finding.election not in catalog.elections:
        problem(f"Profil pemilu tidak dikenal: '{echo(finding.election)}'.", "election")
    if finding.forwarded_to and finding.forwarded_to not in catalog.forwarding_bodies:
        problem(f"Instansi tujuan penerusan tidak dikenal: '{echo(finding.forwarded_to)}'.", "forwarded_to")
    if finding.source == "laporan" and not finding.reporter_name.strip():
        problem("Nama pelapor wajib diisi untuk laporan masyarakat.", "reporter_name")
    for name, label in FINDING_FLAGS.items():
        if not isinstance(getattr(finding, name), bool):
            problem(f"{label} harus true atau false.", name)

    for name, label in FINDING_DATES.items():
        if found := date_problem(getattr(finding, name), label, today=today):
            problem(found, name)
    occurred, known = parse_stored_date(finding.occurred_on), parse_stored_date(finding.known_on)
    if occurred and known and known < occurred:
        problem("Tanggal diketahui tidak boleh sebelum tanggal kejadian.", "known_on")

    problems.extend(_url_problems(finding, catalog))
    problems.extend(_people_problems(finding, catalog))
    problems.extend(form_field_problems(finding, catalog, today))
    return problems


def _url_problems(finding: Finding, catalog: Catalog) -> list[ValidationError]:
    problems = []
    if not isinstance(finding.urls, list) or len(finding.urls) > MAX_URLS:
        return [ValidationError(f"Tautan: paling banyak {MAX_URLS}.", "urls")]
    for index, url in enumerate(finding.urls, start=1):
        if not isinstance(url, str) or text_problem(url, TextRule("Tautan", URL_LIMIT)) or not valid_url(url):
            problems.append(ValidationError(f"Tautan ke-{index} tidak valid: '{echo(url)}' (harus diawali http:// "
                                            "atau https://).", "urls"))
    category = catalog.categories.get(finding.category)
    if category and category.needs_url and not finding.urls and finding.status != "draf":
        problems.append(ValidationError("Kategori media sosial memerlukan minimal satu tautan unggahan.", "urls"))
    return problems


def _people_problems(finding: Finding, catalog: Catalog) -> list[ValidationError]:
    problems: list[ValidationError] = []

    def problem(message: str, field: str) -> None:
        problems.append(ValidationError(message, field))

    if not finding.subjects:
        problem("Minimal satu terlapor wajib diisi.", "subjects")
    if len(finding.subjects) > MAX_SUBJECTS:
        problem(f"Terlapor: paling banyak {MAX_SUBJECTS}.", "subjects")
    for index, subject in enumerate(finding.subjects, start=1):
        who = f"Terlapor ke-{index}"
        one_line = [subject.name, subject.position, subject.agency, subject.address, *subject.accounts]
        if _UNSAFE_IN_LINE.search("".join(one_line)) or any(len(getattr(subject, name)) > rule.limit
                                                            for name, rule in SUBJECT_TEXTS.items()):
            for name, rule in SUBJECT_TEXTS.items():
                if found := text_problem(getattr(subject, name), rule, who):
                    problem(found, "subjects")
        if not subject.name.strip():
            problem(f"{who}: nama wajib diisi.", "subjects")
        kind = catalog.employment_types.get(subject.employment_type)
        if kind is None:
            problem(f"{who}: jenis kepegawaian tidak dikenal: '{echo(subject.employment_type)}'.", "subjects")
        if subject.nip and not re.fullmatch(r"[0-9]{18}", subject.nip):
            problem(f"{who}: NIP harus 18 angka.", "subjects")
        elif subject.nip and kind is not None and kind.id_kind != "nip":
            problem(f"{who}: NIP hanya untuk ASN (PNS/PPPK); untuk {kind.name} isi NIK.", "subjects")
        if subject.nik and not re.fullmatch(r"[0-9]{16}", subject.nik):
            problem(f"{who}: NIK harus 16 angka.", "subjects")
        if len(subject.accounts) > MAX_ACCOUNTS:
            problem(f"{who}: akun media sosial paling banyak {MAX_ACCOUNTS}.", "subjects")
        for account in subject.accounts:
            if found := text_problem(account, ACCOUNT_RULE, who):
                problem(found, "subjects")
    if len(finding.witnesses) > MAX_WITNESSES:
        problem(f"Saksi: paling banyak {MAX_WITNESSES}.", "witnesses")
    for index, witness in enumerate(finding.witnesses, start=1):
        who = f"Saksi ke-{index}"
        for name, rule in WITNESS_TEXTS.items():
            if found := text_problem(getattr(witness, name), rule, who):
                problem(found, "witnesses")
        if not witness.name.strip():
            problem(f"{who}: nama wajib diisi.", "witnesses")
    return problems


_FINDING_TEXT_RULES = (*FINDING_TEXTS.items(), *((name, TextRule(label, CODE_LIMIT)) for name, label in
                                                 FINDING_CODES.items()))
_LINE_FIELDS = tuple(name for name, rule in _FINDING_TEXT_RULES if not rule.multiline)
_TEXT_FIELDS = tuple(name for name, rule in _FINDING_TEXT_RULES if rule.multiline)


_ALL_TEXTS = attrgetter(*(name for name, _ in _FINDING_TEXT_RULES))
_LINES = attrgetter(*_LINE_FIELDS)
_TEXTS = attrgetter(*_TEXT_FIELDS)
_LIMITS = tuple(rule.limit for _, rule in _FINDING_TEXT_RULES)


def _texts_sound(finding: Finding) -> bool:
    """Whether every text and code field of the finding is text within its limit without unsafe characters
    (in a few C-level passes: demo data checks 100,000 findings)."""
    try:
        if any(map(operator.gt, map(len, _ALL_TEXTS(finding)), _LIMITS)):
            return False
        lines, texts = "".join(_LINES(finding)), "".join(_TEXTS(finding))  # TypeError unless all are str
    except TypeError:
        return False
    return not _UNSAFE_IN_LINE.search(lines) and not _UNSAFE_IN_TEXT.search(texts)


def raise_first(problems: Sequence[ValidationError]) -> None:
    """Raise the first problem, listing the others in the message when there are several."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationError(" ".join(str(p) for p in problems), problems[0].field)


def validate_finding(finding: Finding, catalog: Catalog, regions: RegionIndex, today: date | None = None, *,
                     office: Office | None = None) -> None:
    """Raise the first ValidationError of a finding (see `finding_problems`)."""
    raise_first(finding_problems(finding, catalog, regions, today, office=office))


# -- fields of the printed forms (Form A, Model B.1): activities, dates of writing and receipt, reporter ------

TIME_RE = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
PHONE_RE = re.compile(r"\+?[0-9][0-9 ()\-.]{6,22}")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _optional_date(value: object, label: str, field: str, problems: list[ValidationError]) -> date | None:
    """A date given as "YYYY-MM-DD", None when empty; a problem is added when it is not one."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and (day := parse_stored_date(value)):  # not "20231203", which fromisoformat takes
        return day
    problems.append(ValidationError(f"{label} tidak valid: '{echo(value)}' (gunakan format TTTT-BB-HH).", field))
    return None


def _day_not_before(value: object, label: str, field: str, problems: list[ValidationError], *, today: date,
                    earliest: date | None, earliest_label: str) -> date | None:
    """An optional date that may be neither in the future nor before `earliest` (a day it cannot precede)."""
    day = _optional_date(value, label, field, problems)
    if day and day > today:
        problems.append(ValidationError(f"{label} tidak boleh di masa depan.", field))
    elif day and earliest and day < earliest:
        problems.append(ValidationError(f"{label} ({day.isoformat()}) tidak boleh sebelum {earliest_label} "
                                        f"({earliest.isoformat()}).", field))
    return day


def _text_fields(finding: Finding, names: tuple[str, ...], problems: list[ValidationError]) -> bool:
    """True when every named field is text (JSON may carry numbers or lists where text belongs)."""
    ok = True
    for name in names:
        if not isinstance(getattr(finding, name), str):
            problems.append(ValidationError(f"Isian '{name}' harus berupa teks.", name))
            ok = False
    return ok


def activity_problems(activities: object, catalog: Catalog, *, today: date,
                      written_on: date | None) -> list[ValidationError]:
    """Rules for Form A section II: each activity has a known form, a date (not after the form was written),
    a place, and a valid time of day (from–to, "HH:MM")."""
    problems: list[ValidationError] = []

    def problem(message: str) -> None:
        problems.append(ValidationError(message, "activities"))

    if not isinstance(activities, list):
        problem("Kegiatan pengawasan harus berupa daftar.")
        return problems
    if len(activities) > MAX_ACTIVITIES:
        problem(f"Paling banyak {MAX_ACTIVITIES} kegiatan pengawasan dalam satu Formulir A.")
    for index, activity in enumerate(activities, start=1):
        who = f"Kegiatan ke-{index}"
        if not isinstance(activity, Activity):
            problem(f"{who} harus berupa objek kegiatan.")
            continue
        texts = [name for name in ACTIVITY_KEYS if not isinstance(getattr(activity, name), str)]
        if texts:
            problem(f"{who}: isian '{texts[0]}' harus berupa teks.")
            continue
        unsafe = [found for name, rule in ACTIVITY_TEXTS.items()
                  if (found := text_problem(getattr(activity, name), rule, who))]
        if unsafe:
            problem(unsafe[0])
            continue
        if not activity.form:
            problem(f"{who}: bentuk pengawasan wajib diisi (pilih: {', '.join(catalog.supervision_forms)}).")
        elif activity.form not in catalog.supervision_forms:
            problem(f"{who}: bentuk pengawasan tidak dikenal: '{echo(activity.form)}' "
                    f"(pilih: {', '.join(catalog.supervision_forms)}).")
        if not activity.place.strip():
            problem(f"{who}: tempat kegiatan pengawasan wajib diisi (tempat pengawas bekerja, bukan tempat "
                    "kejadian).")
        if not activity.date:
            problem(f"{who}: tanggal kegiatan wajib diisi.")
        else:
            day = _optional_date(activity.date, f"{who}: tanggal", "activities", problems)
            if day and day > today:
                problem(f"{who}: tanggal kegiatan tidak boleh di masa depan.")
            elif day and written_on and day > written_on:
                problem(f"{who}: tanggal kegiatan ({day.isoformat()}) jatuh sesudah tanggal penulisan Formulir A "
                        f"({written_on.isoformat()}).")
        for name, label in (("time_from", "jam mulai"), ("time_to", "jam selesai")):
            value = getattr(activity, name)
            if value and not TIME_RE.fullmatch(value):
                problem(f"{who}: {label} tidak valid: '{echo(value)}' (gunakan JJ:MM, mis. 09:00).")
        if (TIME_RE.fullmatch(activity.time_from or "") and TIME_RE.fullmatch(activity.time_to or "")
                and activity.time_to < activity.time_from):
            problem(f"{who}: jam selesai {activity.time_to} lebih awal dari jam mulai {activity.time_from}.")
        if activity.time_to and not activity.time_from:
            problem(f"{who}: jam selesai diisi tanpa jam mulai.")
    return problems


def form_field_problems(finding: Finding, catalog: Catalog, today: date) -> list[ValidationError]:
    """Rules for the fields only the printed forms use: Form A's date of writing and activities, a report's
    date and time of receipt, and the reporter's identity on Model B.1 (checked when given)."""
    problems: list[ValidationError] = []
    texts = ("written_on", "received_on", "received_time", "reporter_birth_place", "reporter_birth_date",
             "reporter_sex", "reporter_occupation", "reporter_nationality", "reporter_phone", "reporter_email")
    if not _text_fields(finding, texts, problems):
        return problems
    for name, rule in FORM_TEXTS.items():
        if found := text_problem(getattr(finding, name), rule):
            problems.append(ValidationError(found, name))
    known = parse_stored_date(finding.known_on)  # when it is not a date, the date rules above said so

    written = _day_not_before(finding.written_on, "Tanggal penulisan Formulir A", "written_on", problems,
                              today=today, earliest=known, earliest_label="tanggal diketahui")
    problems += activity_problems(finding.activities, catalog, today=today, written_on=written)
    _day_not_before(finding.received_on, "Tanggal laporan diterima", "received_on", problems, today=today,
                    earliest=known, earliest_label="tanggal pelapor mengetahui kejadian")
    if finding.received_time and not TIME_RE.fullmatch(finding.received_time):
        problems.append(ValidationError(f"Jam laporan diterima tidak valid: '{echo(finding.received_time)}' "
                                        "(gunakan JJ:MM, mis. 10:15).", "received_time"))

    birth = _optional_date(finding.reporter_birth_date, "Tanggal lahir pelapor", "reporter_birth_date", problems)
    if birth and (birth >= today or birth.year < 1900):
        problems.append(ValidationError(f"Tanggal lahir pelapor tidak masuk akal: {birth.isoformat()}.",
                                        "reporter_birth_date"))
    if finding.reporter_sex and finding.reporter_sex not in REPORTER_SEXES:
        problems.append(ValidationError(f"Jenis kelamin pelapor: tulis 'L' atau 'P', bukan "
                                        f"'{echo(finding.reporter_sex)}'.", "reporter_sex"))
    if finding.reporter_phone and not (PHONE_RE.fullmatch(finding.reporter_phone.strip())
                                       and 8 <= sum(c.isdigit() for c in finding.reporter_phone) <= 15):
        problems.append(ValidationError(f"Nomor telepon pelapor tidak valid: '{echo(finding.reporter_phone)}' "
                                        "(8–15 angka, mis. 0812-7000-1234 atau +62 812 7000 1234).",
                                        "reporter_phone"))
    if finding.reporter_email and not EMAIL_RE.fullmatch(finding.reporter_email.strip()):
        problems.append(ValidationError(f"Alamat e-mail pelapor tidak valid: '{echo(finding.reporter_email)}'.",
                                        "reporter_email"))
    return problems


# -- status changes -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatusChange:
    """A checked status change: the new status, the reason, the body forwarded to and the decision date."""

    new_status: str
    reason: str
    forwarding_body: str
    on: date


def validate_status_change(finding: Finding, new_status: object, reason: object, forwarding_body: object,
                           on: object, catalog: Catalog, today: date | None = None, *,
                           office: Office | None = None) -> StatusChange:
    """Check a status change along the workflow. `on` is the date of the decision it stands for (a date or
    `YYYY-MM-DD` text, default today): not in the future, not before the finding became known, and the body it
    is forwarded to must be competent on that date (KASN for decisions up to 23 August 2024, BKN from the 24th,
    per the catalog) and for the persons reported (DKPP does not hear ad-hoc officials). With `office`, only a
    level that may register (not a Panwaslu Kelurahan/Desa) registers."""
    today = today or date.today()
    status = normalise_code(new_status, "Status", "status")
    if status not in catalog.statuses:
        raise ValidationError(f"Status tidak dikenal: '{echo(status)}' (pilih: {', '.join(catalog.statuses)}).",
                              "status")
    text = normalise_text(reason, REASON_RULE, "reason")
    if not text:
        raise ValidationError("Alasan perubahan status wajib diisi.", "reason")
    if not catalog.can_transition(finding.status, status):
        allowed = ", ".join(catalog.statuses[finding.status].next) if finding.status in catalog.statuses else ""
        raise ValidationError(f"Status '{finding.status}' tidak dapat diubah menjadi '{status}' "
                              f"(yang boleh: {allowed or 'tidak ada'}).", "status")
    if office is not None and (problem := registration_problem(status, office.level)):
        raise ValidationError(problem, "status")
    decided_text = normalise_date(on, "Tanggal keputusan", "on") if on not in (None, "") else today.isoformat()
    if found := date_problem(decided_text, "Tanggal keputusan", today=today):
        raise ValidationError(found, "on")
    decided = date.fromisoformat(decided_text)
    known = parse_stored_date(finding.known_on)
    if known and decided < known:
        raise ValidationError(f"Tanggal keputusan {decided_text} sebelum temuan diketahui ({finding.known_on}).",
                              "on")
    body = normalise_code(forwarding_body if forwarding_body is not None else "", "Instansi tujuan",
                          "forwarding_body")
    if catalog.statuses[status].needs_forwarding_body:
        if not body:
            raise ValidationError("Pilih instansi tujuan penerusan/pelimpahan.", "forwarding_body")
        if problem := forwarding_problem(body, decided, finding, catalog):
            raise ValidationError(problem, "forwarding_body")
    elif body:
        raise ValidationError(f"Status '{status}' tidak diteruskan ke instansi mana pun; hapus --to.",
                              "forwarding_body")
    return StatusChange(status, text, body, decided)


def registration_problem(status: str, level: str) -> str | None:
    """Why an office of this level may not move a finding to this status, or None (a Panwaslu Kelurahan/Desa writes
    Form A and passes it up: it does not register)."""
    if status == "teregistrasi" and level not in REGISTERING_LEVELS:
        return ("Panwaslu Kelurahan/Desa tidak meregistrasi temuan: teruskan temuan ke Panwaslu Kecamatan, yang "
                "berwenang meregistrasinya.")
    return None


def forwarding_problem(body: str, decided: date, finding: Finding, catalog: Catalog) -> str | None:
    """Why a finding may not be forwarded to this body by a decision of that date, or None: the body must exist,
    be competent on the decision date (KASN/BKN), and hear at least one of the persons reported."""
    known_body = catalog.forwarding_bodies.get(body)
    if known_body is None:
        return f"Instansi tujuan tidak dikenal: '{echo(body)}' (pilih: {', '.join(catalog.forwarding_bodies)})."
    if not known_body.is_valid_on(decided):
        instead = [b.code for b in catalog.forwarding_bodies.values()
                   if (b.replaces == body or known_body.replaces == b.code) and b.is_valid_on(decided)]
        hint = f"; gunakan {', '.join(instead)}" if instead else ""
        return f"{known_body.name} tidak menerima penerusan untuk keputusan tanggal {decided.isoformat()}{hint}."
    types = {s.employment_type for s in finding.subjects if isinstance(s, Subject)}
    if known_body.not_for and types and types <= set(known_body.not_for):
        names = ", ".join(catalog.employment_types[t].name if t in catalog.employment_types else t
                          for t in sorted(types))
        instead = sorted({catalog.employment_types[t].forward_to for t in types if t in catalog.employment_types})
        hint = f"; gunakan {', '.join(instead)}" if instead else ""
        return f"{known_body.name} tidak menangani {names}{hint}."
    return None


def status_event_problems(event: StatusEvent, finding: Finding, catalog: Catalog, today: date,
                          office_level: str | None = None) -> list[ValidationError]:
    """Rules for a status change as stored (an imported one, or demo data): a known status, a reason, a decision
    date that is a real date not after today nor before the finding became known, a forwarding body competent on
    that date, and a registration only from a level that registers."""
    problems: list[ValidationError] = []

    def problem(message: str, field: str) -> None:
        problems.append(ValidationError(message, field))

    if event.to_status not in catalog.statuses:
        problem(f"Status tidak dikenal: '{echo(event.to_status)}'.", "status")
    if not isinstance(event.reason, str) or not event.reason.strip():
        problem("Alasan perubahan status wajib diisi.", "reason")
    decided = parse_stored_date(event.decision_date)
    if decided is None:
        problem(f"Tanggal keputusan tidak valid: '{echo(event.decided_on)}'.", "on")
    elif found := date_problem(event.decision_date, "Tanggal keputusan", today=today):
        problem(found, "on")
    known = parse_stored_date(finding.known_on)
    if decided and known and decided < known:
        problem(f"Tanggal keputusan {decided.isoformat()} sebelum temuan diketahui ({finding.known_on}).", "on")
    if office_level is not None and (found := registration_problem(event.to_status, office_level)):
        problem(found, "status")
    status = catalog.statuses.get(event.to_status)
    if event.forwarding_body:
        if status is not None and not status.needs_forwarding_body:
            problem(f"Status '{event.to_status}' tidak diteruskan ke instansi mana pun.", "forwarding_body")
        elif decided and (found := forwarding_problem(event.forwarding_body, decided, finding, catalog)):
            problem(found, "forwarding_body")
    elif status is not None and status.needs_forwarding_body:
        problem("Pilih instansi tujuan penerusan/pelimpahan.", "forwarding_body")
    return problems


# -- offices and settings -----------------------------------------------------------------------------------------
REGION_DEPTH_OF_LEVEL = {"pusat": 1, "provinsi": 1, "kabupaten": 2, "kecamatan": 3, "desa": 4}
REGION_KIND_OF_LEVEL = {"pusat": "kode provinsi tempat kedudukannya, mis. 31 (DKI Jakarta)",
                        "provinsi": "kode provinsi, mis. 19", "kabupaten": "kode kabupaten/kota, mis. 19.03",
                        "kecamatan": "kode kecamatan, mis. 19.03.01", "desa": "kode desa/kelurahan, mis. 19.03.01.2008"}
OFFICE_TEXTS = {"name": TextRule("Nama kantor", 200), "address": TextRule("Alamat kantor", 500)}
PERSON_TEXTS = {"name": TextRule("Nama", 200), "jabatan": TextRule("Jabatan", 200), "unit": TextRule("Unit", 200)}


def normalise_office(data: Mapping[str, object], regions: RegionIndex) -> dict[str, str]:
    """An office's name, level, region code, address and Bawaslu office code in stored form, with the region
    matching the level (Bawaslu RI: the province of its seat, used only for the place of signing)."""
    name = normalise_text(data.get("name", ""), OFFICE_TEXTS["name"], "office_name")
    if not name:
        raise ValidationError("Nama kantor wajib diisi.", "office_name")
    level = normalise_code(data.get("level", ""), "Tingkat kantor", "level")
    if level not in LEVELS:
        raise ValidationError(f"Tingkat kantor tidak dikenal: '{echo(level)}' (pilih: {', '.join(LEVELS)}).",
                              "level")
    region = normalise_code(data.get("region_code", ""), "Kode wilayah kantor", "region_code")
    if region not in regions:
        raise ValidationError(f"Kode wilayah tidak dikenal: '{echo(region)}' (contoh: 19.03 atau 19.03.01).",
                              "region_code")
    if region.count(".") + 1 != REGION_DEPTH_OF_LEVEL[level]:
        raise ValidationError(f"Kode wilayah {region} tidak cocok dengan tingkat {level}: gunakan "
                              f"{REGION_KIND_OF_LEVEL[level]}.", "region_code")
    address = normalise_text(data.get("address", ""), OFFICE_TEXTS["address"], "office_address")
    code = normalise_code(data.get("office_code", "") or region, "Kode kantor Bawaslu", "office_code")
    if not _OFFICE_CODE.fullmatch(code):
        raise ValidationError(f"Kode kantor Bawaslu hanya boleh berisi angka, huruf, titik dan tanda hubung: "
                              f"'{echo(code)}' (mis. 19.03).", "office_code")
    return {"name": name, "level": level, "region_code": region, "address": address, "office_code": code}


def normalise_person(value: object, label: str, field: str, keys: tuple[str, ...],
                     current: Mapping[str, object] | None = None, *, name_required: bool = True) -> dict[str, str]:
    """An officer or signer: an object with these keys (missing ones kept from `current`), or a bare name."""
    base = {k: v for k, v in (current or {}).items() if k in keys and isinstance(v, str)}
    if isinstance(value, str):
        value = {**base, "name": value}
    if not isinstance(value, dict):
        raise wrong_type(label, f"nama (teks) atau objek {{{', '.join(keys)}}}", value, field)
    unknown = sorted(set(value) - set(keys))
    if unknown:
        raise ValidationError(f"{label}: kunci tidak dikenal: {', '.join(echo(k) for k in unknown)} "
                              f"(gunakan: {', '.join(keys)}).", field)
    merged = {**base, **value}
    result = {}
    for key in (k for k in keys if k in merged or k == "name"):  # keys the caller did not give stay absent
        rule = PERSON_TEXTS.get(key, TextRule(key, 200))
        if key == "nip":
            result[key] = normalise_idnumber_id(merged.get(key, ""), "nip", f"{label}: NIP", field)
        else:
            result[key] = normalise_text(merged.get(key, ""), rule, field, label)
    if name_required and not result.get("name"):
        raise ValidationError(f"{label}: nama wajib diisi.", field)
    return result


SETTABLE_KEYS: dict[str, str] = {
    "office": "kantor: {name, level, region_code, address, office_code}",
    "officer": "petugas di laptop ini: nama, atau {name, jabatan, unit}",
    "signer": "penanda tangan laporan: nama, atau {name, jabatan, nip}",
    "letterhead": "kop surat: {office_name, address, logo}",
    "paper_size": "ukuran kertas: A4 atau F4",
    "default_election": "profil pemilu bawaan, mis. pemilu-2024",
    "hq_recipient": "kunci publik age kantor atasan (age1…), atau \"\"",
    "sync_recipients": "penerima bundel: [{name, key}]",
    "assignment_letter": "nomor surat perintah tugas (Form A bagian I)",
    "signing_place": "tempat penandatanganan laporan",
    "time_zone": "zona waktu kantor: WIB, WITA atau WIT, atau \"\" untuk mengikuti provinsi kantor",
    "lock_minutes": "aplikasi terkunci setelah sekian menit tanpa kegiatan (1–240; data berkata sandi)",
}
LOCK_MINUTES_DEFAULT = 10
LOCK_MINUTES_RANGE = (1, 240)
INTERNAL_KEYS = ("device_id", "local_seq", "audit_head", "series_keeper")
INTERNAL_PREFIXES = ("counter:",)


def is_internal_setting(key: str) -> bool:
    """Settings the application keeps for itself (identity, counters, the audit chain's head)."""
    return key in INTERNAL_KEYS or key.startswith(INTERNAL_PREFIXES)


def _one_line_setting(value: object, label: str, key: str, limit: int = 200) -> str:
    return normalise_text(value, TextRule(label, limit), key)


def normalise_setting(key: object, value: object, *, catalog: Catalog, regions: RegionIndex,
                      current: object = None) -> Any:
    """A setting's value in stored form, checked for its key; internal and unknown keys are refused.
    `current` is the stored value, from which an object missing some keys is completed (the office keeps its id)."""
    if not isinstance(key, str):
        raise wrong_type("Kunci pengaturan", "teks", key, "key")
    if is_internal_setting(key):
        raise ValidationError(f"Pengaturan '{echo(key)}' diatur oleh aplikasi sendiri dan tidak dapat diubah.",
                              "key")
    if key not in SETTABLE_KEYS:
        raise ValidationError(f"Pengaturan tidak dikenal: '{echo(key)}' (yang dapat diatur: "
                              f"{', '.join(SETTABLE_KEYS)}).", "key")
    old = current if isinstance(current, dict) else {}
    if key == "office":
        if not isinstance(value, dict):
            raise wrong_type("Pengaturan 'office'", "objek {name, level, region_code, address, office_code}",
                             value, key)
        unknown = sorted(set(value) - {"id", "name", "level", "region_code", "address", "office_code"})
        if unknown:
            raise ValidationError(f"Pengaturan 'office': kunci tidak dikenal: {', '.join(echo(k) for k in unknown)}.",
                                  key)
        if "id" in value and old.get("id") and value["id"] != old["id"]:
            raise ValidationError("ID kantor tidak dapat diubah.", key)
        office = normalise_office({**old, **value}, regions)
        return {"id": old.get("id") or value.get("id", ""), **office}
    if key == "officer":
        return normalise_person(value, "Petugas", key, ("name", "jabatan", "unit"), old)
    if key == "signer":
        return normalise_person(value, "Penanda tangan", key, ("name", "jabatan", "nip"), old, name_required=False)
    if key == "letterhead":
        if not isinstance(value, dict):
            raise wrong_type("Kop surat", "objek {office_name, address, logo}", value, key)
        unknown = sorted(set(value) - {"office_name", "address", "logo"})
        if unknown:
            raise ValidationError(f"Kop surat: kunci tidak dikenal: {', '.join(echo(k) for k in unknown)}.", key)
        merged = {"office_name": "", "address": "", "logo": "", **old, **value}
        return {"office_name": _one_line_setting(merged["office_name"], "Kop surat: nama kantor", key),
                "address": _one_line_setting(merged["address"], "Kop surat: alamat", key, 500),
                "logo": _one_line_setting(merged["logo"], "Kop surat: berkas logo", key, 1_000)}
    if key == "paper_size":
        if not isinstance(value, str) or value.strip().upper() not in ("A4", "F4", "FOLIO"):
            raise ValidationError(f"Ukuran kertas harus A4 atau F4, bukan '{echo(value)}'.", key)
        return "F4" if value.strip().upper() == "FOLIO" else value.strip().upper()
    if key == "default_election":
        code = normalise_code(value, "Profil pemilu", key)
        if code not in catalog.elections:
            raise ValidationError(f"Profil pemilu tidak dikenal: '{echo(code)}' "
                                  f"(pilih: {', '.join(catalog.elections)}).", key)
        return code
    if key == "hq_recipient":
        text = _one_line_setting(value, "Kunci kantor atasan", key)
        if text and not _AGE_RECIPIENT.fullmatch(text):
            raise ValidationError("Kunci kantor atasan harus kunci publik age (diawali age1) atau kosong.", key)
        return text
    if key == "sync_recipients":
        items = _list_of(value, "Penerima bundel", key, 50)
        result = []
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict) or set(item) != {"name", "key"}:
                raise wrong_type(f"Penerima ke-{index}", "objek {name, key}", item, key)
            name = _one_line_setting(item["name"], f"Penerima ke-{index}: nama", key)
            recipient = _one_line_setting(item["key"], f"Penerima ke-{index}: kunci", key)
            if not _AGE_RECIPIENT.fullmatch(recipient):
                raise ValidationError(f"Penerima ke-{index}: kunci publik age tidak sah.", key)
            result.append({"name": name, "key": recipient})
        return result
    if key == "lock_minutes":
        low, high = LOCK_MINUTES_RANGE
        number = value.strip() if isinstance(value, str) else value
        if isinstance(number, str) and number.isdigit():
            number = int(number)
        if not isinstance(number, int) or isinstance(number, bool) or not low <= number <= high:
            raise ValidationError(f"Waktu kunci otomatis harus bilangan bulat {low}–{high} menit, bukan "
                                  f"'{echo(value)}'.", key)
        return number
    if key == "time_zone":
        zone = _one_line_setting(value, "Zona waktu", key).upper()
        if zone and zone not in catalog.time_zones:
            raise ValidationError(f"Zona waktu tidak dikenal: '{echo(value)}' (pilih: {', '.join(catalog.time_zones)}, "
                                  "atau kosong untuk mengikuti provinsi kantor).", key)
        return zone
    return _one_line_setting(value, SETTABLE_KEYS[key].split(" (")[0].capitalize(), key)


def setting_problem(key: str, value: object, *, catalog: Catalog, regions: RegionIndex) -> str | None:
    """What is wrong with a stored setting (written by an older version, or by hand), or None."""
    if is_internal_setting(key) or key not in SETTABLE_KEYS:
        return None
    try:
        normalised = normalise_setting(key, value, catalog=catalog, regions=regions, current=value)
    except ValidationError as err:
        return str(err)
    if type(normalised) is not type(value):  # e.g. a bare name where the store keeps an object
        return f"Pengaturan '{key}' harus berupa {_type_name(normalised)}, bukan {_type_name(value)}."
    return None


# -- evidence -----------------------------------------------------------------------------------------------------
EVIDENCE_DESCRIPTION_RULE = TextRule("Uraian bukti", 1_000)  # one line: printed as barang bukti on Form A


def evidence_description_problems(note: object) -> list[ValidationError]:
    """Rules for an evidence item's description in words (printed as barang bukti): one line of text."""
    if not isinstance(note, str) or not note.strip():
        return [ValidationError("Uraian bukti wajib diisi (teks satu baris).", "note")]
    if problem := text_problem(note, EVIDENCE_DESCRIPTION_RULE):
        return [ValidationError(problem, "note")]
    return []


# -- holidays -----------------------------------------------------------------------------------------------------
HOLIDAY_TEXTS = {"name": TextRule("Nama hari libur", 200), "source": TextRule("Sumber", 500)}
HOLIDAY_KEYS = {"date": "date", "tanggal": "date", "name": "name", "nama": "name", "kind": "kind", "jenis": "kind",
                "provisional": "provisional", "sementara": "provisional", "source": "source", "sumber": "source"}
LATEST_HOLIDAY_YEAR = 2100
MAX_HOLIDAYS_IN_FILE = 5_000
HOLIDAY_FILE_BYTES = 2_000_000
_YES = {"true", "ya", "y", "yes", "1", "sementara"}
_NO = {"false", "tidak", "t", "no", "n", "0", ""}


def normalise_holiday(value: object, who: str = "Hari libur") -> Holiday:
    """A holiday from a JSON object or a CSV row (`date`/`tanggal`, `name`/`nama`, optional `kind`/`jenis`,
    `provisional`/`sementara`, `source`/`sumber`), in stored form: a real date between 2000 and 2100, a name, a
    known kind (libur_nasional, cuti_bersama, pemungutan_suara, libur_kantor)."""
    if not isinstance(value, Mapping):
        raise wrong_type(who, "objek {date, name, kind, provisional, source}", value, "holidays")
    data: dict[str, object] = {}
    for key, item in value.items():
        name = HOLIDAY_KEYS.get(str(key).strip().lower()) if isinstance(key, str) else None
        if name is None:
            raise ValidationError(f"{who}: kolom tidak dikenal: '{echo(key)}' (gunakan: date, name, kind, "
                                  "provisional, source).", "holidays")
        data[name] = item
    day = normalise_date(data.get("date", ""), f"{who}: tanggal", "holidays")
    if not day:
        raise ValidationError(f"{who}: tanggal wajib diisi.", "holidays")
    parsed = date.fromisoformat(day)
    if not EARLIEST_DATE <= parsed <= date(LATEST_HOLIDAY_YEAR, 12, 31):
        raise ValidationError(f"{who}: tanggal {day} di luar tahun 2000–{LATEST_HOLIDAY_YEAR}.", "holidays")
    name = normalise_text(data.get("name", ""), HOLIDAY_TEXTS["name"], "holidays", who)
    if not name:
        raise ValidationError(f"{who}: nama hari libur wajib diisi.", "holidays")
    kind = normalise_text(data.get("kind", "") or "libur_nasional", TextRule("jenis", CODE_LIMIT), "holidays", who)
    kind = kind.lower().replace(" ", "_")
    if kind not in HOLIDAY_KINDS:
        raise ValidationError(f"{who}: jenis '{echo(kind)}' tidak dikenal (pilih: {', '.join(HOLIDAY_KINDS)}).",
                              "holidays")
    provisional = data.get("provisional", False)
    if isinstance(provisional, str) and provisional.strip().lower() in _YES | _NO:
        provisional = provisional.strip().lower() in _YES
    if not isinstance(provisional, bool):
        raise wrong_type(f"{who}: sementara (provisional)", "true atau false", provisional, "holidays")
    source = normalise_text(data.get("source", ""), HOLIDAY_TEXTS["source"], "holidays", who)
    return Holiday(date=parsed, name=name, kind=kind, provisional=provisional, source=source)


def holidays_from_file(name: str, data: bytes) -> list[Holiday]:
    """The holidays of a file an office loads: JSON (holidays.json's shape, `{"items": [...]}`, or a bare list) or
    CSV with a header row (`date,name[,kind][,provisional][,source]`, comma or semicolon). Every entry passes
    `normalise_holiday`; a date given twice, an empty file or one that is not text is refused with the entry named."""
    import csv
    import io
    import json

    if len(data) > HOLIDAY_FILE_BYTES:
        raise ValidationError(f"Berkas hari libur terlalu besar ({number_id(len(data))} bita; paling besar "
                              f"{number_id(HOLIDAY_FILE_BYTES)}).", "holidays")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"Berkas hari libur {echo(name)} bukan teks UTF-8 (simpan sebagai CSV UTF-8 atau "
                              "JSON).", "holidays") from None
    stripped = text.lstrip()
    entries: list[tuple[str, object]] = []
    if name.lower().endswith(".json") or stripped.startswith(("{", "[")):
        try:
            parsed = json.loads(text)
        except (ValueError, RecursionError) as err:
            where = f" (baris {err.lineno})" if isinstance(err, json.JSONDecodeError) else ""
            raise ValidationError(f"Berkas hari libur {echo(name)} bukan JSON yang sah{where}.", "holidays") from None
        items = parsed.get("items") if isinstance(parsed, dict) else parsed
        if not isinstance(items, list):
            raise ValidationError("Berkas JSON hari libur harus berupa daftar, atau objek dengan 'items': [ … ].",
                                  "holidays")
        entries = [(f"Entri ke-{i}", item) for i, item in enumerate(items, start=1)]
    else:
        lines = text.splitlines()
        dialect = ";" if lines and lines[0].count(";") > lines[0].count(",") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
        try:
            rows = list(reader)
        except csv.Error as err:
            raise ValidationError(f"Berkas CSV hari libur rusak: {err}.", "holidays") from None
        header = {str(h).strip().lower() for h in reader.fieldnames or ()}
        if not {"date", "tanggal"} & header or not {"name", "nama"} & header:
            raise ValidationError("Berkas CSV hari libur harus punya baris judul dengan kolom date (atau tanggal) "
                                  "dan name (atau nama).", "holidays")
        for line, row in enumerate(rows, start=2):
            if None in row:
                raise ValidationError(f"Baris {line}: kolomnya lebih banyak daripada judulnya.", "holidays")
            if any((v or "").strip() for v in row.values()):
                entries.append((f"Baris {line}", {k.strip(): (v or "").strip() for k, v in row.items() if k}))
    if not entries:
        raise ValidationError(f"Berkas hari libur {echo(name)} tidak berisi satu pun hari libur.", "holidays")
    if len(entries) > MAX_HOLIDAYS_IN_FILE:
        raise ValidationError(f"Berkas hari libur berisi {number_id(len(entries))} entri (paling banyak "
                              f"{number_id(MAX_HOLIDAYS_IN_FILE)}).", "holidays")
    holidays: dict[date, Holiday] = {}
    for who, entry in entries:
        holiday = normalise_holiday(entry, who)
        if holiday.date in holidays:
            raise ValidationError(f"{who}: tanggal {holiday.date.isoformat()} sudah disebut sebelumnya.", "holidays")
        holidays[holiday.date] = holiday
    return sorted(holidays.values(), key=attrgetter("date"))


# -- number blocks ------------------------------------------------------------------------------------------------
MAX_BLOCK = 10_000  # numbers in one block: far above a year of one office's Form A


def number_block_problems(block: NumberBlock, *, issuer: Office, target: Office, today: date
                          ) -> list[ValidationError]:
    """Rules for a block of Form A numbers (docs/numbering.md): the kabupaten/kota's series of one year, a sensible
    range, handed to a device of an office below it in its area — or to another laptop of the issuing office."""
    problems: list[ValidationError] = []

    def problem(message: str) -> None:
        problems.append(ValidationError(message, "number_block"))

    if block.series != FORM_A_SERIES:
        problem(f"Blok nomor untuk seri tak dikenal: '{echo(block.series)}'.")
    if not isinstance(block.year, int) or not EARLIEST_DATE.year <= block.year <= today.year + 1:
        problem(f"Blok nomor untuk tahun {echo(block.year)}: hanya tahun ini, tahun lalu atau tahun depan.")
    if not (isinstance(block.first, int) and isinstance(block.last, int) and 1 <= block.first <= block.last):
        problem(f"Blok nomor tidak sah: {echo(block.first)}–{echo(block.last)}.")
    elif block.size > MAX_BLOCK:
        problem(f"Blok nomor terlalu besar: {number_id(block.size)} nomor (paling banyak {number_id(MAX_BLOCK)}).")
    if not isinstance(block.office_code, str) or not _OFFICE_CODE.fullmatch(block.office_code):
        problem(f"Kode kantor blok nomor tidak sah: '{echo(block.office_code)}'.")
    for value, label in ((block.id, "id"), (block.target_device_id, "perangkat tujuan"),
                         (block.issuer_device_id, "perangkat pemberi")):
        if not isinstance(value, str) or not _UUID_LIKE.fullmatch(value):
            problem(f"Blok nomor: {label} tidak sah: '{echo(value)}'.")
    same_office = issuer.id == target.id
    below = (issuer.level == "kabupaten" and LEVELS.index(target.level) > LEVELS.index(issuer.level)
             and region_within(target.region_code, issuer.region_code))
    if not same_office and not below:
        problem(f"Blok nomor Formulir A hanya diberikan Bawaslu Kabupaten/Kota kepada kantor di bawahnya dalam "
                f"wilayahnya, atau kepada laptop lain kantor sendiri; bukan oleh {issuer.name} ({issuer.level}) "
                f"kepada {target.name} ({target.level}).")
    return problems


# -- words read from evidence pictures (OCR) ----------------------------------------------------------------------
READING_TEXT_RULE = TextRule("Teks hasil baca gambar", 50_000, multiline=True)
READING_ENGINE_RULE = TextRule("Pembaca teks", 200)


def reading_problems(text: object, engine: object) -> list[ValidationError]:
    """What is wrong with a reading (the words read from a picture and what read them), local or from a bundle."""
    problems = []
    if not isinstance(text, str):
        problems.append(wrong_type(READING_TEXT_RULE.label, "teks", text, "text"))
    elif problem := text_problem(text, READING_TEXT_RULE):
        problems.append(ValidationError(problem, "text"))
    if not isinstance(engine, str) or not engine.strip():
        problems.append(ValidationError("Pembaca teks wajib disebut (mis. 'tesseract 5.5.4 ind+eng').", "engine"))
    elif problem := text_problem(engine, READING_ENGINE_RULE):
        problems.append(ValidationError(problem, "engine"))
    return problems
