"""Case (register) numbers and Form A numbers that are unique across the organisation. No I/O.

The design, and why, is in docs/numbering.md. In short:
- a number's **office part** names the office: its Bawaslu office code, followed for a Panwaslu Kecamatan or
  Kelurahan/Desa by its own place below the kabupaten (`19.03` + `.01` for Toboali), taken from its Kemendagri
  region, which is fixed when the level above trusts it — so two kecamatan sharing a kabupaten code differ;
- each office's series is kept by one device, its **keeper** (the laptop that ran `init`); numbers from another
  laptop of the office carry that laptop's **device tag** (`001-5C0E2F/…`), so two laptops never collide;
- Form A numbers of offices below the kabupaten/kota (and of its other laptops) follow the kabupaten's LHP series
  through **blocks** of numbers its keeper hands down; without a block (or once it is used up, offline) a device
  numbers on its own with the tagged fallback, which can never equal a number of the kabupaten's series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
TAG_LENGTH = 6  # hex digits of the device id: 16.7 million tags, so two laptops of one office differ
# Placeholders a number template may use (numbering.json); a template is checked by formatting it with these.
NUMBER_FIELDS = {"seq": 6, "kind": "TM", "election": "PL", "level": "Kab", "office_code": "19.03",
                 "office": "19.03.01", "device": "5C0E2F", "month_roman": "IV", "year": 2024}
FORM_A_SERIES = "form_a"
GIVE_ACTION = "number_block.give"  # the issuer's audit entry of a block: how the block travels down in bundles


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]


def device_tag(device_id: str) -> str:
    """The short mark of a laptop in the numbers it issues outside its office's series: `5C0E2F`."""
    return re.sub(r"[^0-9A-Za-z]", "", device_id)[:TAG_LENGTH].upper()


def office_part(office_code: str, level: str, region_code: str) -> str:
    """The office in a number: its Bawaslu code, followed below the kabupaten/kota by its own place (the
    Kemendagri kecamatan number, and for a desa the village number too), unless the code already ends with it.

    `office_part("19.03", "kecamatan", "19.03.01") == "19.03.01"`; a kabupaten's code stands alone."""
    if level not in ("kecamatan", "desa") or region_code.count(".") < 2:
        return office_code
    own = region_code.split(".")[2:]  # the kecamatan number, then the village number for a desa
    # The result always ends with the office's own place, so two offices of one kabupaten never share it.
    for present in range(len(own), 0, -1):  # "19.03.01" already names kecamatan 01; "19.03" does not
        if office_code.endswith("." + ".".join(own[:present])):
            return ".".join([office_code, *own[present:]])
    return ".".join([office_code, *own])


def format_number(template: str, *, seq: int, on: date, kind: str = "", election: str = "", level: str = "",
                  office_code: str = "", office: str = "", device: str = "") -> str:
    """A number from a numbering.json template; month and year are those of `on` (the day of registration, or the
    day Form A is written)."""
    return template.format(seq=seq, kind=kind, election=election, level=level, office_code=office_code,
                           office=office or office_code, device=device, month_roman=roman_month(on.month),
                           year=on.year)


def register_series(kind: str, election: str, year: int, split_by: tuple[str, ...]) -> str:
    """The counter of a register series: `register:TM:PL:2024` when numbering.json splits by kind and election
    (the sequence restarts each year)."""
    parts = ["register"]
    if "kind" in split_by:
        parts.append(kind)
    if "election" in split_by:
        parts.append(election)
    return ":".join([*parts, str(year)])


@dataclass(frozen=True)
class NumberBlock:
    """Numbers `first`…`last` of an office's Form A series for one year, handed by its keeper device to one
    device (of an office below it, or another laptop of its own). The numbers print with `office_code`, the
    code of the series' office (the kabupaten/kota)."""

    id: str
    series: str
    year: int
    first: int
    last: int
    office_code: str
    issuer_office_id: str
    issuer_device_id: str
    target_office_id: str
    target_device_id: str
    issued_at: str
    issued_by: str

    @property
    def size(self) -> int:
        return self.last - self.first + 1


__all__ = ["FORM_A_SERIES", "NUMBER_FIELDS", "ROMAN_MONTHS", "NumberBlock", "device_tag", "format_number",
           "office_part", "register_series", "roman_month"]
