"""Lampiran Bukti: every evidence item of a finding with a thumbnail and the facts to check it by.

A printed page must let anyone check a file against it, so each item shows its full SHA-256 as
selectable text (monospace, one line where it fits, otherwise broken between characters, never cut).
Thumbnails respect EXIF orientation and are scaled down before embedding to keep PDFs small.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_datetime_id
from netralitas_desktop.domain.errors import EvidenceError
from netralitas_desktop.domain.model import Evidence, Finding
from netralitas_desktop.reports.common import (
    GRID,
    HEAD_FILL,
    WARN,
    Styles,
    check_cancelled,
    format_size_id,
    para,
    table_style,
    text,
)

THUMB_BOX = (56 * mm, 62 * mm)  # width, height available for a thumbnail
THUMB_PIXELS = 420  # longest side embedded: about 190 dpi at the box size, sharp on paper, small in the file


def thumbnail_jpeg(path: Path | BinaryIO) -> tuple[bytes, int, int] | None:
    """A scaled-down, upright JPEG of an image file and its pixel size, or None when it is not an image."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(path) as original:
            original.draft("RGB", (THUMB_PIXELS, THUMB_PIXELS))  # JPEG decodes at a fraction of full size
            image = ImageOps.exif_transpose(original)
            image.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = PILImage.new("RGB", image.size, (255, 255, 255))
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            elif image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=82, optimize=True)
            width_px, height_px = image.size
    except (OSError, ValueError, UnidentifiedImageError, PILImage.DecompressionBombError):
        return None
    return buffer.getvalue(), width_px, height_px


def thumbnail_image(jpeg: tuple[bytes, int, int], box: tuple[float, float] = THUMB_BOX) -> Image:
    """A ReportLab Image of a thumbnail fitted into `box` (width, height in points)."""
    data, width_px, height_px = jpeg
    scale = min(box[0] / width_px, box[1] / height_px)
    return Image(io.BytesIO(data), width=width_px * scale, height=height_px * scale)


def gps_text(lat: float | None, lon: float | None) -> str:
    """ "3°05'28,4" LS, 106°30'44,4" BT (-3.091235, 106.512346)"; "" without coordinates."""
    if lat is None or lon is None:
        return ""

    def dms(value: float, positive: str, negative: str) -> str:
        hemisphere = positive if value >= 0 else negative
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        seconds = (value - degrees - minutes / 60) * 3600
        return f"{degrees}°{minutes:02d}'{seconds:04.1f}\" {hemisphere}".replace(".", ",")

    return f"{dms(lat, 'LU', 'LS')}, {dms(lon, 'BT', 'BB')} ({lat:.6f}, {lon:.6f})"


class AnnexBuilder:
    THUMB_COL = 60 * mm
    LABEL_COL = 33 * mm

    def __init__(self, store: Store, finding: Finding, width: float, st: Styles, form_label: str = ""):
        self.store, self.finding, self.width, self.st = store, finding, width, st
        self.form_label = form_label  # the form the annex belongs to, e.g. "Formulir Model B.1 Nomor …"
        self.zone = store.office_zone().tzinfo  # every time prints in the office's WIB/WITA/WIT
        self._thumbs: dict[str, tuple[bytes, int, int] | None] = {}

    def when(self, moment: str | None) -> str:
        """A stored UTC time in the office's zone, with its name: "3 Desember 2023 pukul 10.05 WIB"."""
        return format_datetime_id(moment, with_zone=True, zone=self.zone)

    def _thumb(self, item: Evidence) -> Flowable:
        st = self.st
        if not self.store.vault.has(item.sha256):
            return Paragraph("Berkas tidak ada di brankas bukti", st.cell_center)
        if item.mime_type.startswith("image/"):
            if item.sha256 not in self._thumbs:  # the same file may be attached twice: scale it once
                try:  # through the vault: a protected store's files are sealed
                    with self.store.vault.open_blob(item.sha256) as blob:
                        self._thumbs[item.sha256] = thumbnail_jpeg(blob)
                except EvidenceError:
                    self._thumbs[item.sha256] = None
            jpeg = self._thumbs[item.sha256]
            if jpeg is not None:
                return thumbnail_image(jpeg)
        return Paragraph(f"Tidak ada pratinjau<br/>({text(item.mime_type)})", st.cell_center)

    def _check(self, item: Evidence) -> tuple[str, bool]:
        problem = self.store.vault.verify(item.sha256)
        if problem:
            return problem, False
        return "Isi berkas di brankas cocok dengan SHA-256 ini (diperiksa saat dicetak).", True

    def item_block(self, index: int, total: int, item: Evidence) -> Flowable:
        st = self.st
        value_w = self.width - self.THUMB_COL - self.LABEL_COL
        details = [
            ("Nama berkas asli", para(item.name, st.cell)),
            ("Jenis berkas", para(item.mime_type, st.cell)),
            ("Ukuran", para(format_size_id(item.size), st.cell)),
            ("Ditambahkan", para(" oleh ".join(x for x in (self.when(item.added_at), item.added_by) if x), st.cell)),
            ("Waktu pengambilan (EXIF)", para(format_datetime_id(item.exif_time, with_seconds=True)
                                              + (" (jam kamera)" if item.exif_time else ""), st.cell,
                                              empty="tidak ada")),
            ("Lokasi (GPS EXIF)", para(gps_text(item.gps_lat, item.gps_lon), st.cell, empty="tidak ada")),
        ]
        if item.url:
            seen = f"\ndilihat {self.when(item.seen_at)}" if item.seen_at else ""
            details.append(("Tautan daring", [para(item.url, st.mono_cell), para(seen.strip(), st.cell, empty="")]))
        if item.note:
            details.append(("Catatan", para(item.note, st.cell)))
        check, ok = self._check(item)
        details.append(("Pemeriksaan", para(check, st.cell if ok else st.cell_bold)))
        inner = Table([[Paragraph(text(label), st.cell_bold), value] for label, value in details],
                      colWidths=[self.LABEL_COL, value_w])
        inner.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        title = f"Bukti {index} dari {total}"
        heading = Paragraph(f"<b>{text(title)}</b>&nbsp;&nbsp;·&nbsp;&nbsp;{text(item.name)}", st.cell)
        rows: list[list] = [[heading, ""]]
        commands = [
            ("BOX", (0, 0), (-1, -1), 0.8, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("SPAN", (0, 0), (1, 0)),
            ("LINEAFTER", (0, 1), (0, 1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 1), (0, 1), "CENTER"),
            ("VALIGN", (0, 1), (0, 1), "MIDDLE"),
            ("LEFTPADDING", (1, 1), (1, 1), 0), ("RIGHTPADDING", (1, 1), (1, 1), 0),
            ("TOPPADDING", (1, 1), (1, 1), 0), ("BOTTOMPADDING", (1, 1), (1, 1), 0),
        ]
        rows.append([self._thumb(item), inner])
        sha = Table([[Paragraph("<b>SHA-256</b>", st.cell), Paragraph(item.sha256, st.mono)]],
                    colWidths=[self.LABEL_COL - 12 * mm, self.width - self.LABEL_COL + 12 * mm])
        sha.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 3), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        rows.append([sha, ""])
        commands += [("SPAN", (0, 2), (1, 2)), ("LINEABOVE", (0, 2), (-1, 2), 0.5, GRID),
                     ("LEFTPADDING", (0, 2), (-1, 2), 0), ("RIGHTPADDING", (0, 2), (-1, 2), 0)]
        if item.removed:
            removal = (f"DITANDAI DIHAPUS pada {self.when(item.removed_at)}"
                       f" oleh {item.removed_by or '-'}. Alasan: {item.removed_reason or '-'}. "
                       "Berkas tetap disimpan di brankas dan tercatat di log audit.")
            rows.append([Paragraph(text(removal), st.cell_bold.clone("removed", textColor=WARN)), ""])
            commands += [("SPAN", (0, 3), (1, 3)), ("LINEABOVE", (0, 3), (-1, 3), 0.5, GRID)]
        table = Table(rows, colWidths=[self.THUMB_COL, self.width - self.THUMB_COL])
        table.setStyle(table_style(commands))
        return KeepTogether([table, Spacer(1, 5)])

    def story(self, cancelled=None) -> list[Flowable]:
        st, f = self.st, self.finding
        of = self.form_label or f"Formulir Model A Nomor {f.form_a_number or f.id[:8]}"
        out: list[Flowable] = [
            Paragraph("LAMPIRAN BUKTI", st.title),
            Paragraph(text(of), st.subtitle),
            Spacer(1, 6),
            Paragraph("Setiap berkas bukti disimpan di brankas bukti menurut sidik SHA-256-nya. Keaslian berkas "
                      "dapat diperiksa dengan menghitung SHA-256 berkas itu (misalnya <font name='LiberationMono'>"
                      "sha256sum NAMA_BERKAS</font> atau <font name='LiberationMono'>certutil -hashfile "
                      "NAMA_BERKAS SHA256</font>) lalu mencocokkannya dengan yang tercetak di bawah.",
                      st.body_justify.clone("intro", fontSize=st.body.fontSize - 1,
                                            leading=(st.body.fontSize - 1) * 1.3, spaceAfter=8)),
        ]
        total = len(f.evidence)
        if not total:
            out.append(Paragraph("Tidak ada berkas bukti yang dilampirkan.", st.body))
        for index, item in enumerate(f.evidence, start=1):
            check_cancelled(cancelled)
            out.append(self.item_block(index, total, item))
        if f.urls:
            out.append(Paragraph("Tautan daring yang dicatat pada temuan", st.section))
            style = st.mono.clone("urls", leftIndent=14, bulletIndent=0, spaceAfter=2)
            out += [Paragraph(text(url), style, bulletText=f"{i}.") for i, url in enumerate(f.urls, start=1)]
        return out


def annex_story(store: Store, finding: Finding, width: float, st: Styles, *, cancelled=None,
                form_label: str = "") -> list[Flowable]:
    """The flowables of the evidence annex of one finding (`form_label` names the form it belongs to)."""
    return AnnexBuilder(store, finding, width, st, form_label).story(cancelled)
