"""Choices shared by the set-up wizard and the settings dialog: office levels, paper sizes, the age key check."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from netralitas_desktop.domain.model import LEVELS

AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
PAPER_SIZES = (("A4", "A4 (210 × 297 mm)"), ("F4", "F4 / Folio (215 × 330 mm)"))

# The region level an office of each level is located at (pusat: a province, e.g. DKI Jakarta).
REGION_LEVEL_OF_OFFICE = {"pusat": "provinsi", "provinsi": "provinsi", "kabupaten": "kabupaten",
                          "kecamatan": "kecamatan", "desa": "desa"}


def level_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"pusat": translate("OfficeFields", "Bawaslu RI (pusat)"),
            "provinsi": translate("OfficeFields", "Bawaslu Provinsi"),
            "kabupaten": translate("OfficeFields", "Bawaslu Kabupaten/Kota"),
            "kecamatan": translate("OfficeFields", "Panwaslu Kecamatan"),
            "desa": translate("OfficeFields", "Panwaslu Kelurahan/Desa")}


def fill_levels(combo) -> None:
    names = level_names()
    for level in LEVELS:
        combo.addItem(names[level], level)


def suggested_office_name(level: str, region_name: str) -> str:
    """ "Panwaslu Kecamatan Toboali", "Bawaslu Kabupaten Bangka Selatan" …"""
    if level == "pusat":
        return "Bawaslu Republik Indonesia"
    if level == "provinsi":
        return f"Bawaslu Provinsi {region_name}".strip()
    if level == "kabupaten":
        return f"Bawaslu {region_name}".strip()  # regency names already say Kabupaten/Kota
    if level == "kecamatan":
        return f"Panwaslu Kecamatan {region_name}".strip()
    return f"Panwaslu Kelurahan/Desa {region_name}".strip()


def recipient_problem(text: str) -> str:
    """'' when `text` is empty or a well-formed age public key, else what is wrong (Indonesian)."""
    key = text.strip()
    if not key:
        return ""
    if key.startswith("AGE-SECRET-KEY-"):
        return QCoreApplication.translate("OfficeFields", "Itu kunci RAHASIA age, bukan kunci publik: jangan "
                                                          "dibagikan. Minta kunci yang diawali age1.")
    if not key.startswith("age1"):
        return QCoreApplication.translate("OfficeFields", "Kunci publik age diawali age1.")
    if not AGE_RECIPIENT.fullmatch(key):
        return QCoreApplication.translate("OfficeFields", "Kunci publik age tidak sah: harus 62 karakter (age1 "
                                                          "diikuti 58 huruf/angka). Periksa salah ketik.")
    return ""
