"""How the app words the fields of its records for an officer: Indonesian names, never column names or codes.
Shared by the conflicts view and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netralitas_desktop.gui.i18n import QT_TRANSLATE_NOOP

# Indonesian names of the fields a user compares; others show their technical name.
FIELD_NAMES = {
    "id": QT_TRANSLATE_NOOP("RecordWords", "ID"),
    "origin_office_id": QT_TRANSLATE_NOOP("RecordWords", "Kantor asal"),
    "origin_device_id": QT_TRANSLATE_NOOP("RecordWords", "Perangkat asal"),
    "finding_id": QT_TRANSLATE_NOOP("RecordWords", "ID temuan"),
    "title": QT_TRANSLATE_NOOP("RecordWords", "Judul"),
    "description": QT_TRANSLATE_NOOP("RecordWords", "Uraian"),
    "status": QT_TRANSLATE_NOOP("RecordWords", "Status"),
    "category": QT_TRANSLATE_NOOP("RecordWords", "Kategori"),
    "source": QT_TRANSLATE_NOOP("RecordWords", "Sumber"),
    "region_code": QT_TRANSLATE_NOOP("RecordWords", "Wilayah"),
    "address": QT_TRANSLATE_NOOP("RecordWords", "Alamat"),
    "occurred_on": QT_TRANSLATE_NOOP("RecordWords", "Tanggal kejadian"),
    "known_on": QT_TRANSLATE_NOOP("RecordWords", "Tanggal diketahui"),
    "registered_on": QT_TRANSLATE_NOOP("RecordWords", "Tanggal registrasi"),
    "register_number": QT_TRANSLATE_NOOP("RecordWords", "Nomor register"),
    "register_seq": QT_TRANSLATE_NOOP("RecordWords", "Urutan register"),
    "form_a_number": QT_TRANSLATE_NOOP("RecordWords", "Nomor Form A"),
    "election": QT_TRANSLATE_NOOP("RecordWords", "Pemilihan"),
    "stage": QT_TRANSLATE_NOOP("RecordWords", "Tahapan"),
    "platform": QT_TRANSLATE_NOOP("RecordWords", "Platform"),
    "version": QT_TRANSLATE_NOOP("RecordWords", "Versi"),
    "created_at": QT_TRANSLATE_NOOP("RecordWords", "Dibuat pada"),
    "created_by": QT_TRANSLATE_NOOP("RecordWords", "Dibuat oleh"),
    "updated_at": QT_TRANSLATE_NOOP("RecordWords", "Diubah pada"),
    "updated_by": QT_TRANSLATE_NOOP("RecordWords", "Diubah oleh"),
    "urls": QT_TRANSLATE_NOOP("RecordWords", "Tautan"),
    "witnesses": QT_TRANSLATE_NOOP("RecordWords", "Saksi"),
    "legal_basis": QT_TRANSLATE_NOOP("RecordWords", "Dasar hukum"),
    "reporter_name": QT_TRANSLATE_NOOP("RecordWords", "Nama pelapor"),
    "reporter_address": QT_TRANSLATE_NOOP("RecordWords", "Alamat pelapor"),
    "supervision_form": QT_TRANSLATE_NOOP("RecordWords", "Bentuk pengawasan"),
    "supervision_purpose": QT_TRANSLATE_NOOP("RecordWords", "Tujuan pengawasan"),
    "supervision_target": QT_TRANSLATE_NOOP("RecordWords", "Sasaran pengawasan"),
    "facts": QT_TRANSLATE_NOOP("RecordWords", "Fakta dan keterangan"),
    "analysis": QT_TRANSLATE_NOOP("RecordWords", "Analisis"),
    "needs_more_info": QT_TRANSLATE_NOOP("RecordWords", "Perlu keterangan tambahan"),
    "forwarded_to": QT_TRANSLATE_NOOP("RecordWords", "Diteruskan kepada"),
    "sanction": QT_TRANSLATE_NOOP("RecordWords", "Sanksi"),
    "subjects": QT_TRANSLATE_NOOP("RecordWords", "Terlapor"),
    "name": QT_TRANSLATE_NOOP("RecordWords", "Nama"),
    "employment_type": QT_TRANSLATE_NOOP("RecordWords", "Jenis kepegawaian"),
    "nip": QT_TRANSLATE_NOOP("RecordWords", "NIP"),
    "nik": QT_TRANSLATE_NOOP("RecordWords", "NIK"),
    "position": QT_TRANSLATE_NOOP("RecordWords", "Jabatan"),
    "agency": QT_TRANSLATE_NOOP("RecordWords", "Instansi"),
    "accounts": QT_TRANSLATE_NOOP("RecordWords", "Akun media sosial"),
    "note": QT_TRANSLATE_NOOP("RecordWords", "Keterangan"),
    "text": QT_TRANSLATE_NOOP("RecordWords", "Isi catatan"),
    "author": QT_TRANSLATE_NOOP("RecordWords", "Penulis"),
    "reason": QT_TRANSLATE_NOOP("RecordWords", "Alasan"),
    "officer": QT_TRANSLATE_NOOP("RecordWords", "Petugas"),
    "from_status": QT_TRANSLATE_NOOP("RecordWords", "Dari status"),
    "to_status": QT_TRANSLATE_NOOP("RecordWords", "Menjadi status"),
    "at": QT_TRANSLATE_NOOP("RecordWords", "Waktu"),
    "mime_type": QT_TRANSLATE_NOOP("RecordWords", "Jenis berkas"),
    "size": QT_TRANSLATE_NOOP("RecordWords", "Ukuran"),
    "sha256": QT_TRANSLATE_NOOP("RecordWords", "SHA-256"),
    "removed_at": QT_TRANSLATE_NOOP("RecordWords", "Ditandai dihapus pada"),
    "removed_reason": QT_TRANSLATE_NOOP("RecordWords", "Alasan dihapus"),
}



def field_name(key: str) -> str:
    """ "facts" → "Fakta dan keterangan"; a key without a name is shown spaced out, never as a code."""
    text = FIELD_NAMES.get(key)
    return QCoreApplication.translate("RecordWords", text) if text else key.replace("_", " ")


def field_label(path: tuple) -> str:
    """ ("body", "facts") → "Fakta dan keterangan"; ("subjects", 0, "nip") → "Terlapor 1 · NIP"."""
    parts: list[str] = []
    for part in path:
        if part == "body":
            continue
        if isinstance(part, int):
            parts[-1] = f"{parts[-1]} {part + 1}"
        else:
            parts.append(field_name(part))
    return " · ".join(parts)
