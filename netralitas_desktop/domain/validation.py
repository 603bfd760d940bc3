"""Rules a finding must meet before it is stored, with Indonesian messages tied to the field at fault."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import SOURCES, Finding, parse_date


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
    return problems


def validate_finding(finding: Finding, catalog, regions, today: date | None = None) -> None:
    """Raise the first ValidationError of a finding, listing the others in the message when there are several."""
    problems = finding_problems(finding, catalog, regions, today)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationError(" ".join(str(p) for p in problems), problems[0].field)
