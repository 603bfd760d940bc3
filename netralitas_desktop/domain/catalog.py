"""The catalog: lists an office may correct (categories, statuses, election profiles…), loaded from JSON.

Each list is a file in `resources/catalog/` so a correction needs no new release. Loading checks every
file and raises `CatalogError` with an Indonesian message naming the file and the problem. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.holidays import HOLIDAY_KINDS, Holiday, HolidayCalendar, HolidayYear
from netralitas_desktop.domain.numbering import NUMBER_FIELDS
from netralitas_desktop.paths import resources_dir

CATEGORY_GROUPS = ("media_sosial", "luar_jaringan")
SANCTION_LEVELS = ("berat", "sedang", "etik", "ptdh", "")
ID_KINDS = ("nip", "nik")
ELECTION_KINDS = ("pemilu", "pemilihan")
DAY_KINDS = ("kerja", "kalender")
DEADLINES = ("finding", "report", "kajian_awal", "decision")  # the clocks of an election profile
DECISION_STARTS = ("registration", "receipt")  # Pemilu: from registration; Pilkada: from receipt


class CatalogError(NetralitasError):
    """A catalog file that is missing or broken; `file` names it relative to the catalog folder."""

    def __init__(self, message: str, file: str | None = None):
        super().__init__(message)
        self.file = file


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    description: str
    group: str
    sanction_level: str
    ethics_for_bakal_calon: bool
    legal_basis: tuple[str, ...]
    needs_url: bool


@dataclass(frozen=True, slots=True)
class EmploymentType:
    code: str
    name: str
    is_asn: bool
    id_kind: str
    forward_to: str


@dataclass(frozen=True, slots=True)
class Platform:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Stage:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Status:
    code: str
    name: str
    next: tuple[str, ...]
    terminal: bool
    needs_forwarding_body: bool


@dataclass(frozen=True, slots=True)
class ForwardingBody:
    code: str
    name: str
    valid_from: date | None
    valid_until: date | None
    replaces: str | None = None
    not_for: tuple[str, ...] = ()  # employment types this body does not hear (DKPP: ad-hoc officials)

    def is_valid_on(self, d: date) -> bool:
        """True when a decision dated `d` may be forwarded to this body (both bounds inclusive)."""
        if self.valid_from is not None and d < self.valid_from:
            return False
        return not (self.valid_until is not None and d > self.valid_until)


@dataclass(frozen=True, slots=True)
class Sanction:
    code: str
    name: str
    group: str


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """An election profile's clocks: day counts, the day kind (working or calendar days, by default `day_kind`,
    per clock in `day_kinds`), and the date the decision clock starts from."""

    finding_days: int
    report_days: int
    kajian_awal_days: int
    decision_days: int
    decision_extension_days: int
    day_kind: str
    day_kinds: dict[str, str] = field(default_factory=dict)  # clock (DEADLINES) → day kind, where it differs
    decision_from: str = "registration"

    def kind_of(self, clock: str) -> str:
        """The day kind of one clock: `finding`, `report`, `kajian_awal` or `decision`."""
        return self.day_kinds.get(clock, self.day_kind)


@dataclass(frozen=True, slots=True)
class StageDates:
    stage: str
    start: date
    end: date

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


@dataclass(frozen=True, slots=True)
class Candidate:
    number: int
    name: str
    running_mate: str
    contest: str

    @property
    def label(self) -> str:
        """'01 Anies Rasyid Baswedan – Abdul Muhaimin Iskandar', as printed on forms."""
        names = f"{self.name} – {self.running_mate}" if self.running_mate else self.name
        return f"{self.number:02d} {names}"


@dataclass(frozen=True, slots=True)
class Party:
    number: int
    abbreviation: str
    name: str
    scope: str


@dataclass(frozen=True, slots=True)
class ElectionProfile:
    code: str
    name: str
    kind: str
    register_code: str
    year: int
    stage_dates: tuple[StageDates, ...]
    candidates: tuple[Candidate, ...]
    parties: tuple[Party, ...]
    deadlines: DeadlineRule
    holidays: frozenset[date] = frozenset()  # days off of this election only; the national list is holidays.json
    notes: tuple[str, ...] = ()

    def stage_on(self, d: date) -> str | None:
        """The stage whose dates contain `d`; where stages overlap, the shortest one wins."""
        matching = [s for s in self.stage_dates if s.contains(d)]
        if not matching:
            return None
        return min(matching, key=lambda s: s.end - s.start).stage

    @property
    def first_day(self) -> date | None:
        return min((s.start for s in self.stage_dates), default=None)

    @property
    def last_day(self) -> date | None:
        return max((s.end for s in self.stage_dates), default=None)


@dataclass(frozen=True, slots=True)
class Numbering:
    """Number templates and series (numbering.json; the design is in docs/numbering.md)."""

    register_template: str
    form_a_template: str
    level_codes: dict[str, str]
    kind_codes: dict[str, str]
    register_device_template: str = "{seq:03}-{device}/{kind}/{election}/{level}/{office}/{month_roman}/{year}"
    form_a_fallback_template: str = "{seq}-{device}/LHP/PM.01.03/{office}/{month_roman}/{year}"
    register_series: tuple[str, ...] = ("kind", "election")


@dataclass(frozen=True, slots=True)
class ProvisionRule:
    """Which provisions bind one subject type in one kind of election (provisions.json)."""

    subject_type: str
    election_kind: str
    provisions: tuple[str, ...]  # printed texts, in order
    skb_discipline: bool  # bound by PP 94/2021 and the SKB 2022: its sanction levels may be named
    sanction_note: str


@dataclass(frozen=True, slots=True)
class FormSpec:
    """A printed form's model number, regulation, title and field labels, per election kind (forms.json)."""

    code: str
    model: dict[str, str]
    regulation: dict[str, str]
    title: str
    confirmed: bool
    labels: dict[str, str]

    def label(self, key: str) -> str:
        return self.labels[key]


@dataclass(frozen=True, slots=True)
class TimeZone:
    """WIB, WITA or WIT with its UTC offset and the provinces (Kemendagri codes) that keep it."""

    code: str
    name: str
    utc_offset_hours: int
    provinces: tuple[str, ...]

    @property
    def tzinfo(self) -> dt.timezone:
        return dt.timezone(dt.timedelta(hours=self.utc_offset_hours), self.code)


@dataclass(frozen=True, slots=True)
class Catalog:
    categories: dict[str, Category]
    employment_types: dict[str, EmploymentType]
    platforms: dict[str, Platform]
    stages: dict[str, Stage]
    statuses: dict[str, Status]
    forwarding_bodies: dict[str, ForwardingBody]
    sanctions: dict[str, Sanction]
    elections: dict[str, ElectionProfile]
    numbering: Numbering
    supervision_forms: dict[str, Platform] = field(default_factory=dict)  # Form A II: bentuk pengawasan
    provision_rules: dict[tuple[str, str], ProvisionRule] = field(default_factory=dict)  # (type, kind) → rule
    forms: dict[str, FormSpec] = field(default_factory=dict)
    time_zones: dict[str, TimeZone] = field(default_factory=dict)
    holidays: HolidayCalendar = field(default_factory=HolidayCalendar)

    def can_transition(self, old: str, new: str) -> bool:
        """True when the workflow allows moving a finding from status `old` to `new`."""
        status = self.statuses.get(old)
        return status is not None and new in status.next

    def provision_rule(self, employment_type: str, election_kind: str) -> ProvisionRule | None:
        """The provisions that bind a subject type in an election kind (`pemilu` or `pemilihan`)."""
        return self.provision_rules.get((employment_type, election_kind))

    def zone_of_region(self, region_code: str) -> TimeZone | None:
        """The time zone of the province a Kemendagri region code lies in, or None for an unknown province."""
        province = region_code.split(".", 1)[0]
        for zone in self.time_zones.values():
            if province in zone.provinces:
                return zone
        return None

    def office_zone(self, region_code: str, override: str = "") -> TimeZone:
        """The office's time zone: the `time_zone` setting when it names a zone, else its province's, else WIB."""
        if override in self.time_zones:
            return self.time_zones[override]
        zone = self.zone_of_region(region_code or "")
        if zone is not None:
            return zone
        return self.time_zones.get("WIB") or next(iter(self.time_zones.values()))

    def forwarding_bodies_on(self, d: date) -> list[ForwardingBody]:
        """The bodies a decision dated `d` may be forwarded to, in file order."""
        return [body for body in self.forwarding_bodies.values() if body.is_valid_on(d)]

    def forwarding_body_for(self, employment_type: str, d: date) -> ForwardingBody:
        """Where a finding about this employment type goes for a decision dated `d` (KASN before BKN)."""
        body = self.forwarding_bodies[self.employment_types[employment_type].forward_to]
        seen = {body.code}
        while not body.is_valid_on(d):
            if body.valid_from is not None and d < body.valid_from and body.replaces:
                candidate = self.forwarding_bodies[body.replaces]
            else:
                successors = [b for b in self.forwarding_bodies.values() if b.replaces == body.code]
                if not successors:
                    break
                candidate = successors[0]
            if candidate.code in seen:
                break
            seen.add(candidate.code)
            body = candidate
        return body


# --- reading and checking -------------------------------------------------------------------------


class _File:
    """One catalog file: reads its JSON and builds errors that name it."""

    def __init__(self, directory: Path, name: str):
        self.name = name
        self.path = directory / name

    def error(self, problem: str) -> CatalogError:
        return CatalogError(f"Berkas katalog {self.name} rusak: {problem}.", file=self.name)

    def read(self) -> Any:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CatalogError(
                f"Berkas katalog {self.name} tidak ditemukan di {self.path}.", file=self.name
            ) from None
        except UnicodeDecodeError:
            raise self.error("isinya bukan teks UTF-8") from None
        except OSError as err:
            raise CatalogError(
                f"Berkas katalog {self.name} tidak dapat dibaca: {err.strerror or err}.", file=self.name
            ) from err
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise self.error(
                f"isinya bukan JSON yang sah (kesalahan di baris {err.lineno}, kolom {err.colno})"
            ) from None

    def root(self) -> _Entry:
        data = self.read()
        if not isinstance(data, dict):
            raise self.error("isi teratas harus berupa objek JSON { … }")
        return _Entry(self, data, "")

    def items(self) -> list[_Entry]:
        return self.root().entries("items")


class _Entry:
    """One JSON object inside a catalog file, with typed getters that fail in Indonesian."""

    def __init__(self, file: _File, data: dict[str, Any], where: str):
        self.file = file
        self.data = data
        self.where = where

    def error(self, problem: str) -> CatalogError:
        return self.file.error(f"{self.where}: {problem}" if self.where else problem)

    def _within(self, label: str) -> str:
        return f"{self.where}, {label}" if self.where else label

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise self.error(f"kunci '{key}' tidak ada")
        return self.data[key]

    def text(self, key: str, *, allowed: tuple[str, ...] | None = None, may_be_empty: bool = False) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise self.error(f"nilai '{key}' harus berupa teks")
        if allowed is not None and value not in allowed:
            choices = ", ".join(f"'{a}'" for a in allowed)
            raise self.error(f"nilai '{key}' adalah '{value}', seharusnya salah satu dari {choices}")
        if not value.strip() and not may_be_empty:
            raise self.error(f"nilai '{key}' tidak boleh kosong")
        return value

    def optional_text(self, key: str) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.text(key)

    def flag(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise self.error(f"nilai '{key}' harus true atau false")
        return value

    def number(self, key: str, *, minimum: int = 0) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"nilai '{key}' harus berupa bilangan bulat")
        if value < minimum:
            raise self.error(f"nilai '{key}' tidak boleh kurang dari {minimum}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"nilai '{key}' harus berupa daftar teks [\"…\", …]")
        return tuple(value)

    def optional_day(self, key: str) -> date | None:
        """A date written "YYYY-MM-DD", or None for null."""
        return None if self.raw(key) is None else self.day(key)

    def day(self, key: str) -> date:
        """A date written "YYYY-MM-DD"."""
        value = self.raw(key)
        try:
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(
                f"tanggal {json.dumps(value, ensure_ascii=False)} pada kunci '{key}' tidak sah "
                '(tulis sebagai "YYYY-MM-DD")'
            ) from None

    def mapping(self, key: str) -> dict[str, str]:
        value = self.raw(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
            raise self.error(f"nilai '{key}' harus berupa objek yang setiap nilainya teks tidak kosong")
        return dict(value)

    def entry(self, key: str) -> _Entry:
        value = self.raw(key)
        if not isinstance(value, dict):
            raise self.error(f"nilai '{key}' harus berupa objek {{ … }}")
        return _Entry(self.file, value, self._within(f"'{key}'"))

    def entries(self, key: str) -> list[_Entry]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.error(f"nilai '{key}' harus berupa daftar [ … ]")
        result = []
        for index, item in enumerate(value, start=1):
            label = f"entri ke-{index} di '{key}'"
            if not isinstance(item, dict):
                raise self.error(f"{label} harus berupa objek {{ … }}")
            code = item.get("code")
            if isinstance(code, str) and code:
                label += f" ({code})"
            result.append(_Entry(self.file, item, self._within(label)))
        return result


def _by_code(file: _File, build: Callable[[_Entry], Any]) -> dict[str, Any]:
    """Build each of the file's items and key it by code, keeping file order and refusing duplicates."""
    result: dict[str, Any] = {}
    for entry in file.items():
        item = build(entry)
        if item.code in result:
            raise file.error(f"kode '{item.code}' muncul lebih dari sekali")
        result[item.code] = item
    return result


def _category(e: _Entry) -> Category:
    return Category(
        code=e.text("code"),
        name=e.text("name"),
        description=e.text("description"),
        group=e.text("group", allowed=CATEGORY_GROUPS),
        sanction_level=e.text("sanction_level", allowed=SANCTION_LEVELS, may_be_empty=True),
        ethics_for_bakal_calon=e.flag("ethics_for_bakal_calon"),
        legal_basis=e.texts("legal_basis"),
        needs_url=e.flag("needs_url"),
    )


def _employment_type(e: _Entry) -> EmploymentType:
    return EmploymentType(
        code=e.text("code"),
        name=e.text("name"),
        is_asn=e.flag("is_asn"),
        id_kind=e.text("id_kind", allowed=ID_KINDS),
        forward_to=e.text("forward_to"),
    )


def _platform(e: _Entry) -> Platform:
    return Platform(code=e.text("code"), name=e.text("name"))


def _stage(e: _Entry) -> Stage:
    return Stage(code=e.text("code"), name=e.text("name"))


def _status(e: _Entry) -> Status:
    return Status(
        code=e.text("code"),
        name=e.text("name"),
        next=e.texts("next"),
        terminal=e.flag("terminal"),
        needs_forwarding_body=e.flag("needs_forwarding_body"),
    )


def _forwarding_body(e: _Entry) -> ForwardingBody:
    body = ForwardingBody(
        code=e.text("code"),
        name=e.text("name"),
        valid_from=e.optional_day("valid_from"),
        valid_until=e.optional_day("valid_until"),
        replaces=e.optional_text("replaces"),
        not_for=e.texts("not_for") if "not_for" in e.data else (),
    )
    if body.valid_from and body.valid_until and body.valid_from > body.valid_until:
        raise e.error(f"valid_from {body.valid_from} jatuh sesudah valid_until {body.valid_until}")
    return body


def _sanction(e: _Entry) -> Sanction:
    return Sanction(code=e.text("code"), name=e.text("name"), group=e.text("group"))


def _check_statuses(file: _File, statuses: dict[str, Status]) -> None:
    if not statuses:
        raise file.error("daftar status kosong")
    for status in statuses.values():
        for following in status.next:
            if following not in statuses:
                raise file.error(
                    f"status '{status.code}' menyebut status berikutnya '{following}' yang tidak ada"
                )
        if status.terminal and status.next:
            raise file.error(f"status '{status.code}' bertanda akhir (terminal) tetapi masih punya 'next'")
        if not status.terminal and not status.next:
            raise file.error(f"status '{status.code}' bukan status akhir tetapi 'next' kosong")
    # A finding must never be stuck: from every status some terminal status is reachable.
    can_finish = {code for code, s in statuses.items() if s.terminal}
    changed = True
    while changed:
        changed = False
        for code, status in statuses.items():
            if code not in can_finish and any(n in can_finish for n in status.next):
                can_finish.add(code)
                changed = True
    for code in statuses:
        if code not in can_finish:
            raise file.error(f"dari status '{code}' tidak ada jalan menuju status akhir")


def _check_forwarding(
    bodies_file: _File,
    types_file: _File,
    bodies: dict[str, ForwardingBody],
    employment_types: dict[str, EmploymentType],
) -> None:
    for body in bodies.values():
        if body.replaces is not None and body.replaces not in bodies:
            raise bodies_file.error(f"instansi '{body.code}' menggantikan '{body.replaces}' yang tidak ada")
    for kind in employment_types.values():
        if kind.forward_to not in bodies:
            raise types_file.error(
                f"jenis kepegawaian '{kind.code}' diteruskan ke '{kind.forward_to}', "
                "yang tidak ada di forwarding_bodies.json"
            )
        if kind.code in bodies[kind.forward_to].not_for:
            raise types_file.error(f"jenis kepegawaian '{kind.code}' diteruskan ke '{kind.forward_to}', yang "
                                   "menurut forwarding_bodies.json ('not_for') tidak menanganinya")
    for body in bodies.values():
        for code in body.not_for:
            if code not in employment_types:
                raise bodies_file.error(f"instansi '{body.code}': jenis kepegawaian '{code}' pada 'not_for' "
                                        "tidak ada di employment_types.json")


REGISTERING_LEVEL_CODES = ("pusat", "provinsi", "kabupaten", "kecamatan")
_TEMPLATES = ("register_template", "register_device_template", "form_a_template", "form_a_fallback_template")


def _numbering(file: _File) -> Numbering:
    root = file.root()
    series = root.texts("register_series") if "register_series" in root.data else ("kind", "election")
    for part in series:
        if part not in ("kind", "election"):
            raise file.error(f"'register_series' memuat '{part}'; yang boleh: kind, election")
    numbering = Numbering(
        register_template=root.text("register_template"),
        form_a_template=root.text("form_a_template"),
        level_codes=root.mapping("level_codes"),
        kind_codes=root.mapping("kind_codes"),
        register_series=tuple(series),
        **{key: root.text(key) for key in ("register_device_template", "form_a_fallback_template")
           if key in root.data},
    )
    for key in _TEMPLATES:
        template = getattr(numbering, key)
        try:
            template.format(**NUMBER_FIELDS)
        except KeyError as err:
            known = ", ".join("{" + name + "}" for name in NUMBER_FIELDS)
            raise file.error(
                f"templat '{key}' memakai kolom tak dikenal {{{err.args[0]}}}; yang dikenal: {known}"
            ) from None
        except (ValueError, IndexError):
            raise file.error(f"templat '{key}' tidak sah (periksa tanda kurung kurawal {{ }})") from None
        if "{seq" not in template:
            raise file.error(f"templat '{key}' tidak memuat nomor urut {{seq}}")
        # A number made outside the office's series must carry the laptop's tag, and its series must never give
        # the same text as the series it stands beside (docs/numbering.md).
        if key in ("register_device_template", "form_a_fallback_template") and "{device}" not in template:
            raise file.error(f"templat '{key}' harus memuat tanda laptop {{device}}")
        if key in ("register_template", "form_a_template") and "{device}" in template:
            raise file.error(f"templat '{key}' tidak boleh memuat {{device}}")
    for level in REGISTERING_LEVEL_CODES:
        if level not in numbering.level_codes:
            raise file.error(f"'level_codes' tidak memuat tingkat '{level}'")
    for source in ("temuan", "laporan"):
        if source not in numbering.kind_codes:
            raise file.error(f"'kind_codes' tidak memuat '{source}'")
    return numbering


def _holiday(entry: _Entry) -> Holiday:
    return Holiday(date=entry.day("date"), name=entry.text("name"),
                   kind=entry.text("kind", allowed=tuple(HOLIDAY_KINDS)) if "kind" in entry.data
                   else "libur_nasional",
                   provisional=entry.flag("provisional") if "provisional" in entry.data else False,
                   source=entry.text("source", may_be_empty=True) if "source" in entry.data else "")


def _holiday_calendar(file: _File) -> HolidayCalendar:
    """holidays.json: the national list and the years it is complete for."""
    root = file.root()
    years: dict[int, HolidayYear] = {}
    for entry in root.entries("years"):
        year = HolidayYear(year=entry.number("year", minimum=2000), source=entry.text("source", may_be_empty=True),
                           provisional=entry.flag("provisional") if "provisional" in entry.data else False)
        if year.year in years:
            raise entry.error(f"tahun {year.year} muncul lebih dari sekali")
        years[year.year] = year
    holidays: dict[date, Holiday] = {}
    for entry in root.entries("items"):
        holiday = _holiday(entry)
        if holiday.date in holidays:
            raise entry.error(f"tanggal {holiday.date.isoformat()} muncul lebih dari sekali")
        holidays[holiday.date] = holiday
    return HolidayCalendar(holidays=holidays, years=years)


def _profile_holiday(root: _Entry, value: Any, index: int) -> date:
    """A profile's own day off is written either as "YYYY-MM-DD" or as {"date": "YYYY-MM-DD", "name": "…"}."""
    entry = _Entry(
        root.file, value if isinstance(value, dict) else {"date": value}, f"entri ke-{index} di 'holidays'"
    )
    return entry.day("date")


def _deadline_rule(rule: _Entry) -> DeadlineRule:
    day_kinds = rule.mapping("day_kinds") if "day_kinds" in rule.data else {}
    for clock, kind in day_kinds.items():
        if clock not in DEADLINES:
            raise rule.error(f"'day_kinds' menyebut tenggat '{clock}'; yang dikenal: {', '.join(DEADLINES)}")
        if kind not in DAY_KINDS:
            raise rule.error(f"'day_kinds.{clock}' adalah '{kind}', seharusnya salah satu dari "
                             f"{', '.join(DAY_KINDS)}")
    return DeadlineRule(
        finding_days=rule.number("finding_days", minimum=1),
        report_days=rule.number("report_days", minimum=1),
        kajian_awal_days=rule.number("kajian_awal_days", minimum=1),
        decision_days=rule.number("decision_days", minimum=1),
        decision_extension_days=rule.number("decision_extension_days"),
        day_kind=rule.text("day_kind", allowed=DAY_KINDS),
        day_kinds=day_kinds,
        decision_from=rule.text("decision_from", allowed=DECISION_STARTS) if "decision_from" in rule.data
        else "registration",
    )


def _election(file: _File, stages: dict[str, Stage]) -> ElectionProfile:
    root = file.root()
    stage_dates = []
    for item in root.entries("stage_dates"):
        span = StageDates(stage=item.text("stage"), start=item.day("start"), end=item.day("end"))
        if span.stage not in stages:
            raise item.error(f"tahapan '{span.stage}' tidak ada di stages.json")
        if span.start > span.end:
            raise item.error(f"tanggal mulai {span.start} jatuh sesudah tanggal selesai {span.end}")
        stage_dates.append(span)
    candidates = tuple(
        Candidate(
            number=item.number("number", minimum=1),
            name=item.text("name"),
            running_mate=item.text("running_mate", may_be_empty=True) if "running_mate" in item.data else "",
            contest=item.text("contest"),
        )
        for item in root.entries("candidates")
    )
    parties = tuple(
        Party(
            number=item.number("number", minimum=1),
            abbreviation=item.text("abbreviation"),
            name=item.text("name"),
            scope=item.text("scope"),
        )
        for item in root.entries("parties")
    )
    if len({p.number for p in parties}) != len(parties):
        raise file.error("ada nomor partai yang muncul lebih dari sekali")
    deadlines = _deadline_rule(root.entry("deadlines"))
    raw_holidays = root.data.get("holidays", [])
    if not isinstance(raw_holidays, list):
        raise root.error("nilai 'holidays' harus berupa daftar tanggal [\"YYYY-MM-DD\", …]")
    holidays = frozenset(_profile_holiday(root, value, i) for i, value in enumerate(raw_holidays, start=1))
    notes = root.texts("notes") if "notes" in root.data else ()
    return ElectionProfile(
        code=root.text("code"),
        name=root.text("name"),
        kind=root.text("kind", allowed=ELECTION_KINDS),
        register_code=root.text("register_code"),
        year=root.number("year", minimum=1),
        stage_dates=tuple(stage_dates),
        candidates=candidates,
        parties=parties,
        deadlines=deadlines,
        holidays=holidays,
        notes=notes,
    )


def _elections(directory: Path, stages: dict[str, Stage]) -> dict[str, ElectionProfile]:
    folder = directory / "elections"
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not paths:
        raise CatalogError(
            f"Katalog tidak memuat profil pemilu: folder {folder} tidak ada atau tidak berisi berkas .json.",
            file="elections",
        )
    elections: dict[str, ElectionProfile] = {}
    origin: dict[str, str] = {}
    for path in paths:
        file = _File(directory, f"elections/{path.name}")
        profile = _election(file, stages)
        if profile.code in elections:
            raise file.error(f"kode pemilu '{profile.code}' sudah dipakai di {origin[profile.code]}")
        elections[profile.code] = profile
        origin[profile.code] = file.name
    return elections


def load_catalog(directory: Path | None = None) -> Catalog:
    """Load and check the catalog in `directory` (default: the shipped `resources/catalog`, cached)."""
    if directory is None:
        return _default_catalog()
    return _load(Path(directory))


@functools.lru_cache(maxsize=1)
def _default_catalog() -> Catalog:
    return _load(resources_dir() / "catalog")


def _load(directory: Path) -> Catalog:
    if not directory.is_dir():
        raise CatalogError(f"Folder katalog {directory} tidak ditemukan.")

    def file(name: str) -> _File:
        return _File(directory, name)

    employment_file = file("employment_types.json")
    employment_types = _by_code(employment_file, _employment_type)
    stages = _by_code(file("stages.json"), _stage)
    statuses_file = file("statuses.json")
    statuses = _by_code(statuses_file, _status)
    _check_statuses(statuses_file, statuses)
    bodies_file = file("forwarding_bodies.json")
    forwarding_bodies = _by_code(bodies_file, _forwarding_body)
    _check_forwarding(bodies_file, employment_file, forwarding_bodies, employment_types)
    return Catalog(
        categories=_by_code(file("categories.json"), _category),
        employment_types=employment_types,
        platforms=_by_code(file("platforms.json"), _platform),
        stages=stages,
        statuses=statuses,
        forwarding_bodies=forwarding_bodies,
        sanctions=_by_code(file("sanctions.json"), _sanction),
        elections=_elections(directory, stages),
        numbering=_numbering(file("numbering.json")),
        supervision_forms=_by_code(file("supervision_forms.json"), _platform),
        provision_rules=_provision_rules(file("provisions.json"), employment_types),
        forms=_forms(file("forms.json")),
        time_zones=_time_zones(file("time_zones.json")),
        holidays=_holiday_calendar(file("holidays.json")),
    )


# --- printed forms: provisions, form specs, time zones -----------------------------------------------------

# The labels each form's layout reads (reports/), and the placeholders its templates may use.
FORM_LABELS: dict[str, tuple[str, ...]] = {
    "form_a": (),
    "laporan": ("reporter", "reporter_name", "reporter_birth", "reporter_sex", "reporter_occupation",
                "reporter_nationality", "reporter_address", "reporter_phone", "reporter_email", "subjects",
                "subject_name", "subject_address", "subject_identity", "event", "event_what", "event_place",
                "event_date", "event_known", "witnesses", "witness_name", "witness_address", "evidence",
                "chronology", "reported_place", "reported_date", "reported_time", "statement", "receiver",
                "reporter_sign", "number_note"),
    "tanda_terima": ("intro", "reporter_name", "reporter_address", "reporter_phone", "subjects", "event",
                     "event_date", "evidence", "closing", "receiver", "reporter_sign"),
    "registrasi": ("title_temuan", "title_laporan", "register_number", "registered_on", "origin_temuan",
                   "origin_laporan", "finder", "reporter", "subjects", "event", "event_place", "event_date",
                   "event_known", "category", "provisions", "status", "signer"),
}
_FORM_SAMPLE = {"weekday": "Senin", "date": "4 Desember 2023", "time": "10.15", "zone": "WIB",
                "office": "Panwaslu Kecamatan Toboali", "election": "PEMILU"}


def _provision_rules(file: _File, employment_types: dict[str, EmploymentType]) -> dict[tuple[str, str], ProvisionRule]:
    """provisions.json: named provision texts, then rules; every employment type × election kind exactly once."""
    root = file.root()
    texts: dict[str, str] = {}
    for entry in root.entries("provisions"):
        code = entry.text("code")
        if code in texts:
            raise file.error(f"kode ketentuan '{code}' muncul lebih dari sekali")
        texts[code] = entry.text("text")
    rules: dict[tuple[str, str], ProvisionRule] = {}
    for entry in root.entries("items"):
        kind = entry.text("election_kind", allowed=ELECTION_KINDS)
        codes = entry.texts("provisions")
        for code in codes:
            if code not in texts:
                raise entry.error(f"ketentuan '{code}' tidak ada di daftar 'provisions'")
        types = entry.texts("subject_types")
        if not types:
            raise entry.error("'subject_types' kosong")
        for subject_type in types:
            if subject_type not in employment_types:
                raise entry.error(f"jenis kepegawaian '{subject_type}' tidak ada di employment_types.json")
            if (subject_type, kind) in rules:
                raise entry.error(f"pasangan '{subject_type}' × '{kind}' sudah diatur oleh entri lain")
            rules[(subject_type, kind)] = ProvisionRule(
                subject_type=subject_type, election_kind=kind, provisions=tuple(texts[c] for c in codes),
                skb_discipline=entry.flag("skb_discipline"),
                sanction_note=entry.text("sanction_note", may_be_empty=True))
    missing = [f"{t} × {k}" for t in employment_types for k in ELECTION_KINDS if (t, k) not in rules]
    if missing:
        raise file.error(f"tidak ada aturan untuk {', '.join(missing)}")
    return rules


def _per_election_kind(entry: _Entry, key: str) -> dict[str, str]:
    value = entry.mapping(key)
    if sorted(value) != sorted(ELECTION_KINDS):
        raise entry.error(f"nilai '{key}' harus berisi tepat kunci {', '.join(ELECTION_KINDS)}")
    return value


def _check_template(entry: _Entry, name: str, template: str) -> None:
    try:
        template.format(**_FORM_SAMPLE)
    except KeyError as err:
        known = ", ".join("{" + key + "}" for key in _FORM_SAMPLE)
        raise entry.error(f"'{name}' memakai tempat isian tak dikenal {{{err.args[0]}}}; yang dikenal: {known}") \
            from None
    except (ValueError, IndexError):
        raise entry.error(f"'{name}' tidak sah (periksa tanda kurung kurawal {{ }})") from None


def _form_spec(entry: _Entry) -> FormSpec:
    spec = FormSpec(
        code=entry.text("code"),
        model=_per_election_kind(entry, "model"),
        regulation=_per_election_kind(entry, "regulation"),
        title=entry.text("title"),
        confirmed=entry.flag("confirmed"),
        labels=entry.mapping("labels") if entry.raw("labels") else {},
    )
    _check_template(entry, "title", spec.title)
    for key in FORM_LABELS.get(spec.code, ()):
        if key not in spec.labels:
            raise entry.error(f"label '{key}' tidak ada di 'labels'")
    for key, label in spec.labels.items():
        _check_template(entry, f"labels.{key}", label)
    return spec


def _forms(file: _File) -> dict[str, FormSpec]:
    forms = _by_code(file, _form_spec)
    missing = [code for code in FORM_LABELS if code not in forms]
    if missing:
        raise file.error(f"formulir {', '.join(missing)} tidak ada")
    return forms


def _time_zone(entry: _Entry) -> TimeZone:
    zone = TimeZone(code=entry.text("code"), name=entry.text("name"),
                    utc_offset_hours=entry.number("utc_offset_hours"), provinces=entry.texts("provinces"))
    if not -12 <= zone.utc_offset_hours <= 14:
        raise entry.error(f"selisih UTC {zone.utc_offset_hours} jam tidak masuk akal")
    return zone


def _time_zones(file: _File) -> dict[str, TimeZone]:
    root = file.root()
    zones: dict[str, TimeZone] = {}
    seen: dict[str, str] = {}
    for entry in root.entries("zones"):
        zone = _time_zone(entry)
        if zone.code in zones:
            raise file.error(f"zona '{zone.code}' muncul lebih dari sekali")
        for province in zone.provinces:
            if province in seen:
                raise file.error(f"provinsi '{province}' ada di zona {seen[province]} dan {zone.code}")
            seen[province] = zone.code
        zones[zone.code] = zone
    if not zones:
        raise file.error("daftar zona kosong")
    return zones
