"""Evidence described in words, as forms list it (alat bukti, barang bukti), never by file name."""

from __future__ import annotations

import datetime as dt

from netralitas_desktop.domain.dates_id import format_datetime_id
from netralitas_desktop.domain.model import Evidence, Finding

_KIND_BY_MIME = (("image/", "Foto"), ("video/", "Rekaman video"), ("audio/", "Rekaman suara"),
                 ("application/pdf", "Dokumen PDF"), ("text/", "Dokumen teks"))
_SCREENSHOT_HINTS = ("screenshot", "screen shot", "tangkapan", "capture", "scr_", "ss_")
NUMBER_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                "sebelas")


def count_words(count: int) -> str:
    """3 → "3 (tiga)", as Indonesian letters write counts; larger numbers as digits only."""
    return f"{count} ({NUMBER_WORDS[count]})" if 0 <= count < len(NUMBER_WORDS) else str(count)


def kind_of(item: Evidence) -> str:
    """ "Tangkapan layar", "Foto", "Dokumen PDF", … from the file's type (and whether it looks like a screenshot)."""
    mime = (item.mime_type or "").lower()
    if mime.startswith("image/") and any(h in (item.name or "").lower() for h in _SCREENSHOT_HINTS):
        return "Tangkapan layar"
    for prefix, word in _KIND_BY_MIME:
        if mime.startswith(prefix):
            return word
    return "Berkas elektronik"


def describe_item(item: Evidence, zone: dt.tzinfo | None = None) -> str:
    """An evidence item in words: the officer's note when written, else its kind, when it was taken or seen, and
    where it came from (e.g. "Tangkapan layar unggahan daring https://…, dilihat 3 Desember 2023 pukul 10.00 WIB")."""
    if (item.note or "").strip():
        return item.note.strip()
    kind = kind_of(item)
    parts = [kind]
    if item.url:
        parts = [f"{kind} unggahan daring {item.url}"]
        if item.seen_at:
            parts.append(f"dilihat {format_datetime_id(item.seen_at, with_zone=True, zone=zone)}")
    if item.exif_time:
        parts.append(f"diambil {format_datetime_id(item.exif_time)} (jam kamera)")
    if item.gps_lat is not None and item.gps_lon is not None:
        parts.append("dengan lokasi GPS")
    return ", ".join(parts)


def means_of_proof(finding: Finding) -> list[str]:
    """Alat bukti the finding holds: witness statements, electronic information and documents, online posts."""
    active = [e for e in finding.evidence if not e.removed]
    items = []
    if finding.witnesses:
        items.append(f"Keterangan saksi: {count_words(len(finding.witnesses))} orang (lihat butir 2).")
    documents = sum(1 for e in active if (e.mime_type or "").startswith(("application/pdf", "text/")))
    electronic = len(active) - documents
    if electronic:
        items.append(f"Informasi/dokumen elektronik: {count_words(electronic)} berkas (foto, tangkapan layar atau "
                     "rekaman; lihat butir 4 dan Lampiran Bukti).")
    if documents:
        items.append(f"Surat atau dokumen: {count_words(documents)} berkas (lihat butir 4 dan Lampiran Bukti).")
    if finding.urls:
        items.append(f"Unggahan daring: {count_words(len(finding.urls))} tautan (lihat butir 4).")
    return items
