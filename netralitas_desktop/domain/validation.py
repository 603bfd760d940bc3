"""Rules a finding must meet before it is stored, with Indonesian messages tied to the field at fault."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import REPORTER_SEXES, SOURCES, Activity, Finding, parse_date


def valid_url(url: str) -> bool:
    parsed = urlparse(url.strip())
    return parsed.scheme in ("http", "https") and "." in parsed.netloc and " " not in url.strip()


def _date_problem(finding: Finding, name: str, label: str) -> tuple[date | None, ValidationError | None]:
    value = getattr(finding, name)
    if not value:
        return None, ValidationError(f"{label} wajib diisi.", name)
    try:
        return parse_date(value), None
    except ValueError:
        return None, ValidationError(f"{label} tidak valid: '{value}' (gunakan format TTTT-BB-HH).", name)


def finding_problems(finding: Finding, catalog, regions, today: date | None = None) -> list[ValidationError]:
    """Every rule the finding breaks, each naming its field; empty when it may be saved."""
    today = today or date.today()
    problems: list[ValidationError] = []

    def problem(message: str, field: str) -> None:
        problems.append(ValidationError(message, field))

    if finding.source not in SOURCES:
        problem(f"Sumber harus 'temuan' atau 'laporan', bukan '{finding.source}'.", "source")
    if not finding.category:
        problem("Kategori pelanggaran wajib diisi.", "category")
    elif finding.category not in catalog.categories:
        problem(f"Kategori pelanggaran tidak dikenal: '{finding.category}'.", "category")
    if not finding.region_code:
        problem("Wilayah kejadian wajib diisi (kode wilayah Kemendagri).", "region_code")
    elif finding.region_code not in regions:
        problem(f"Kode wilayah tidak dikenal: '{finding.region_code}' (contoh: 19.03.01).", "region_code")
    if not finding.description.strip():
        problem("Uraian singkat kejadian wajib diisi.", "description")
    if finding.platform and finding.platform not in catalog.platforms:
        problem(f"Platform tidak dikenal: '{finding.platform}'.", "platform")
    if finding.supervision_form and finding.supervision_form not in catalog.supervision_forms:
        problem(f"Bentuk pengawasan tidak dikenal: '{finding.supervision_form}' "
                f"(pilih: {', '.join(catalog.supervision_forms)}).", "supervision_form")
    if finding.stage and finding.stage not in catalog.stages:
        problem(f"Tahapan tidak dikenal: '{finding.stage}'.", "stage")
    if finding.election and finding.election not in catalog.elections:
        problem(f"Profil pemilu tidak dikenal: '{finding.election}'.", "election")
    if finding.forwarded_to and finding.forwarded_to not in catalog.forwarding_bodies:
        problem(f"Instansi tujuan penerusan tidak dikenal: '{finding.forwarded_to}'.", "forwarded_to")
    if finding.source == "laporan" and not finding.reporter_name.strip():
        problem("Nama pelapor wajib diisi untuk laporan masyarakat.", "reporter_name")

    occurred, error = _date_problem(finding, "occurred_on", "Tanggal kejadian")
    if error:
        problems.append(error)
    known, error = _date_problem(finding, "known_on", "Tanggal diketahui")
    if error:
        problems.append(error)
    if occurred and occurred > today:
        problem("Tanggal kejadian tidak boleh di masa depan.", "occurred_on")
    if known and known > today:
        problem("Tanggal diketahui tidak boleh di masa depan.", "known_on")
    if occurred and known and known < occurred:
        problem("Tanggal diketahui tidak boleh sebelum tanggal kejadian.", "known_on")

    for index, url in enumerate(finding.urls, start=1):
        if not valid_url(url):
            problem(f"Tautan ke-{index} tidak valid: '{url}' (harus diawali http:// atau https://).", "urls")
    if category := catalog.categories.get(finding.category):
        if category.needs_url and not finding.urls and finding.status != "draf":
            problem("Kategori media sosial memerlukan minimal satu tautan unggahan.", "urls")

    if not finding.subjects:
        problem("Minimal satu terlapor wajib diisi.", "subjects")
    for index, subject in enumerate(finding.subjects, start=1):
        who = f"Terlapor ke-{index}"
        if not subject.name.strip():
            problem(f"{who}: nama wajib diisi.", "subjects")
        if subject.employment_type not in catalog.employment_types:
            problem(f"{who}: jenis kepegawaian tidak dikenal: '{subject.employment_type}'.", "subjects")
        if subject.nip and not re.fullmatch(r"\d{18}", subject.nip):
            problem(f"{who}: NIP harus 18 angka.", "subjects")
        if subject.nik and not re.fullmatch(r"\d{16}", subject.nik):
            problem(f"{who}: NIK harus 16 angka.", "subjects")
    for index, witness in enumerate(finding.witnesses, start=1):
        if not witness.name.strip():
            problem(f"Saksi ke-{index}: nama wajib diisi.", "witnesses")
    problems += form_field_problems(finding, catalog, today)
    return problems


def validate_finding(finding: Finding, catalog, regions, today: date | None = None) -> None:
    """Raise the first ValidationError of a finding, listing the others in the message when there are several."""
    problems = finding_problems(finding, catalog, regions, today)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationError(" ".join(str(p) for p in problems), problems[0].field)


# --- fields of the printed forms (Form A, Model B.1): activities, dates of writing and receipt, reporter ------

MAX_ACTIVITIES = 30  # Kegiatan I … XXX: more would not be one supervision report
TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
PHONE_RE = re.compile(r"\+?[0-9][0-9 ()\-.]{6,22}")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _optional_date(value: object, label: str, field: str, problems: list[ValidationError]) -> date | None:
    """A date given as "YYYY-MM-DD", None when empty; a problem is added when it is not one."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and len(value) == 10:  # fromisoformat would also take "20231203"
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(ValidationError(f"{label} tidak valid: '{value}' (gunakan format TTTT-BB-HH).", field))
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


def activity_problems(activities: list, catalog, *, today: date, written_on: date | None) -> list[ValidationError]:
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
        texts = [name for name in Activity.__dataclass_fields__ if not isinstance(getattr(activity, name), str)]
        if texts:
            problem(f"{who}: isian '{texts[0]}' harus berupa teks.")
            continue
        if not activity.form:
            problem(f"{who}: bentuk pengawasan wajib diisi (pilih: {', '.join(catalog.supervision_forms)}).")
        elif activity.form not in catalog.supervision_forms:
            problem(f"{who}: bentuk pengawasan tidak dikenal: '{activity.form}' "
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
                problem(f"{who}: {label} tidak valid: '{value}' (gunakan JJ:MM, mis. 09:00).")
        if (TIME_RE.fullmatch(activity.time_from or "") and TIME_RE.fullmatch(activity.time_to or "")
                and activity.time_to < activity.time_from):
            problem(f"{who}: jam selesai {activity.time_to} lebih awal dari jam mulai {activity.time_from}.")
        if activity.time_to and not activity.time_from:
            problem(f"{who}: jam selesai diisi tanpa jam mulai.")
    return problems


def form_field_problems(finding: Finding, catalog, today: date) -> list[ValidationError]:
    """Rules for the fields only the printed forms use: Form A's date of writing and activities, a report's
    date and time of receipt, and the reporter's identity on Model B.1 (checked when given)."""
    problems: list[ValidationError] = []
    texts = ("written_on", "received_on", "received_time", "reporter_birth_place", "reporter_birth_date",
             "reporter_sex", "reporter_occupation", "reporter_nationality", "reporter_phone", "reporter_email")
    if not _text_fields(finding, texts, problems):
        return problems
    try:
        known = parse_date(finding.known_on)
    except (ValueError, TypeError):
        known = None  # reported by the date rules above

    written = _day_not_before(finding.written_on, "Tanggal penulisan Formulir A", "written_on", problems,
                              today=today, earliest=known, earliest_label="tanggal diketahui")
    problems += activity_problems(finding.activities, catalog, today=today, written_on=written)
    _day_not_before(finding.received_on, "Tanggal laporan diterima", "received_on", problems, today=today,
                    earliest=known, earliest_label="tanggal pelapor mengetahui kejadian")
    if finding.received_time and not TIME_RE.fullmatch(finding.received_time):
        problems.append(ValidationError(f"Jam laporan diterima tidak valid: '{finding.received_time}' "
                                        "(gunakan JJ:MM, mis. 10:15).", "received_time"))

    birth = _optional_date(finding.reporter_birth_date, "Tanggal lahir pelapor", "reporter_birth_date", problems)
    if birth and (birth >= today or birth.year < 1900):
        problems.append(ValidationError(f"Tanggal lahir pelapor tidak masuk akal: {birth.isoformat()}.",
                                        "reporter_birth_date"))
    if finding.reporter_sex and finding.reporter_sex not in REPORTER_SEXES:
        problems.append(ValidationError(f"Jenis kelamin pelapor: tulis 'L' atau 'P', bukan '{finding.reporter_sex}'.",
                                        "reporter_sex"))
    if finding.reporter_phone and not (PHONE_RE.fullmatch(finding.reporter_phone.strip())
                                       and 8 <= sum(c.isdigit() for c in finding.reporter_phone) <= 15):
        problems.append(ValidationError(f"Nomor telepon pelapor tidak valid: '{finding.reporter_phone}' "
                                        "(8–15 angka, mis. 0812-7000-1234 atau +62 812 7000 1234).",
                                        "reporter_phone"))
    if finding.reporter_email and not EMAIL_RE.fullmatch(finding.reporter_email.strip()):
        problems.append(ValidationError(f"Alamat e-mail pelapor tidak valid: '{finding.reporter_email}'.",
                                        "reporter_email"))
    return problems


def setting_problems(key: str, value: object, catalog) -> list[ValidationError]:
    """Rules for the settings the printed forms read: `time_zone` (WIB/WITA/WIT or empty for the office's
    province) and `assignment_letter` (the default SPT number that pre-fills new activities)."""
    if key == "time_zone":
        if value not in ("", None) and value not in catalog.time_zones:
            return [ValidationError(f"Zona waktu tidak dikenal: '{value}' (pilih: {', '.join(catalog.time_zones)}, "
                                    "atau kosong untuk mengikuti provinsi kantor).", "time_zone")]
    elif key == "assignment_letter" and not isinstance(value, str):
        return [ValidationError("Nomor surat perintah tugas harus berupa teks.", "assignment_letter")]
    return []


EVIDENCE_DESCRIPTION_LIMIT = 1_000


def evidence_description_problems(note: object) -> list[ValidationError]:
    """Rules for an evidence item's description in words (printed as barang bukti): one line of text."""
    if not isinstance(note, str) or not note.strip():
        return [ValidationError("Uraian bukti wajib diisi (teks satu baris).", "note")]
    if len(note) > EVIDENCE_DESCRIPTION_LIMIT:
        return [ValidationError(f"Uraian bukti terlalu panjang: {len(note)} karakter (paling banyak "
                                f"{EVIDENCE_DESCRIPTION_LIMIT}).", "note")]
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in note):
        return [ValidationError("Uraian bukti berisi karakter kendali atau ganti baris; tulis satu baris.", "note")]
    return []
