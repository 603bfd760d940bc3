"""The recovery sheet ("lembar pemulihan"): a one-page PDF with the office's name and a one-time recovery code that
opens the store when its passphrase is forgotten (data/store_key.py). Printed once and kept locked away, apart
from the laptop; the PDF itself is not kept by the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from netralitas_desktop.data import store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.reports.common import (
    MONO_BOLD,
    Margins,
    build_pdf,
    frame_width,
    grid_style,
    page_size,
    para,
    styles,
    text,
    write_pdf,
)

STEPS = (
    "Simpan lembar ini di tempat terkunci, <b>terpisah dari laptop</b> (jangan difoto, jangan disimpan di laptop "
    "atau ponsel). Siapa pun yang memegang kode ini dan laptop atau cadangannya dapat membuka data.",
    "Jika kata sandi terlupa: buka Terminal/Command Prompt dan jalankan <font face=\"LiberationMono\">netralitas "
    "passphrase recover --code KODE</font> (huruf besar/kecil, spasi dan tanda hubung boleh diabaikan); perintah "
    "itu meminta kata sandi baru dua kali.",
    "Kode hanya berlaku <b>satu kali</b>. Setelah dipakai, cetak lembar baru (<font face=\"LiberationMono\">"
    "netralitas passphrase sheet -o BERKAS.pdf</font>) dan musnahkan lembar ini.",
    "Mencetak lembar baru membuat kode baru; kode pada lembar lama tidak berlaku lagi.",
    "Bila kantor atasan sudah memberikan kartu kuncinya, kata sandi juga dapat dipulihkan di kantor atasan dengan "
    "membawa laptop atau cadangannya (lihat panduan pengguna, bagian Keamanan data).",
)


def recovery_sheet_pdf(store: Store, code: str, *, paper: str = "A4") -> bytes:
    """The sheet's PDF bytes: office, device, date of printing, the code in large letters, what to do."""
    st = styles(11)
    size = page_size(paper)
    width = frame_width(size)
    now = datetime.now(store.office_zone().tzinfo)
    code_style = st.title.clone("code", fontName=MONO_BOLD, fontSize=18, leading=26)  # one line on A4 and F4
    rows = [
        ("Kantor", para(store.office.name, st.cell)),
        ("Wilayah", para(store.office.region_code, st.cell)),
        ("Petugas", para(store.officer.name, st.cell)),
        ("Perangkat", para(store.device_id[:8], st.mono_cell)),
        ("Dicetak", para(f"{format_date_id(now.date())} pukul {now:%H.%M} {store.office_zone().code}", st.cell)),
    ]
    details = Table([[para(label, st.cell_bold), value] for label, value in rows], colWidths=[35 * mm, width - 35 * mm])
    details.setStyle(grid_style(header_rows=0))
    code_box = Table([[Paragraph(text(code), code_style)]], colWidths=[width])
    code_box.setStyle(grid_style(header_rows=0, extra=[("TOPPADDING", (0, 0), (-1, -1), 10),
                                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story = [
        Paragraph("LEMBAR PEMULIHAN KATA SANDI", st.title),
        Paragraph("Netralitas Desktop — data pengawasan netralitas", st.subtitle),
        Spacer(1, 6 * mm),
        details,
        Spacer(1, 8 * mm),
        Paragraph("Kode pemulihan (sekali pakai)", st.section),
        code_box,
        Spacer(1, 6 * mm),
        Paragraph("Petunjuk", st.section),
    ]
    story += [Paragraph(f"{number}. {step}", st.body) for number, step in enumerate(STEPS, 1)]
    data, _pages = build_pdf(story, pagesize=size, title="Lembar pemulihan kata sandi", author=store.office.name,
                             subject="Kode pemulihan sekali pakai", margins=Margins(),
                             footer_left="RAHASIA — simpan terpisah dari laptop")
    return data


def write_recovery_sheet(store: Store, code: str, output: Path | str) -> Path:
    """Write the sheet to `output` (atomically)."""
    return write_pdf(output, recovery_sheet_pdf(store, code, paper=store.setting("paper_size", "A4") or "A4"))


def write_new_recovery_sheet(data_dir: Path | str, output: Path | str) -> Path:
    """Make a new one-time recovery code for the unlocked protected store in `data_dir` (the previous code stops
    working) and write its sheet to `output`. Argon2id wraps the code: about a second, so off the UI thread."""
    with Store(data_dir) as store:
        if store.store_key is None:
            raise ValidationError("Data ini belum dilindungi kata sandi: lembar pemulihan tidak diperlukan.",
                                  "passphrase")
        code = store_key.new_recovery_code(data_dir, store.store_key)
        return write_recovery_sheet(store, code, output)
