"""Formulir Model A — Laporan Hasil Pengawasan (Perbawaslu 5/2022) for one finding, sections I–V.

Form A carries no letterhead by default (Perbawaslu 5/2022); `letterhead=True` adds the office's kop.
Long fields flow as paragraphs across pages; lists are bordered tables whose header repeats.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.domain.model import Finding
from netralitas_desktop.reports.annex import annex_story
from netralitas_desktop.reports.common import (
    Margins,
    Styles,
    build_pdf,
    format_size_id,
    frame_width,
    grid_style,
    letterhead_flowables,
    letterhead_from_store,
    page_size,
    paper_name,
    para,
    signature_block,
    styles,
    table_style,
    text,
    write_pdf,
)
from netralitas_desktop.reports.places import place_of_signing, region_full_name, subject_type_short

# Bentuk pengawasan on Form A (Perbawaslu 5/2022); a finding stores the key, the form prints the words.
SANCTION_LEVEL_NAMES = {"berat": "hukuman disiplin berat", "sedang": "hukuman disiplin sedang",
                        "etik": "sanksi moral (pelanggaran kode etik)",
                        "ptdh": "pemberhentian tidak dengan hormat (PTDH)"}
HEADING_ROOM = 28 * mm  # a heading needs this much room below it for a few lines of what it introduces
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(frozen=True)
class FormAContext:
    """Everything Form A prints besides the finding: office, signer, wording for Pemilu or Pemilihan."""

    election_word: str  # PEMILU or PEMILIHAN
    signer_name: str
    signer_jabatan: str
    office_name: str
    office_address: str
    assignment_letter: str
    signing_place: str


def form_a_context(store, finding: Finding) -> FormAContext:
    profile = store.catalog.elections.get(finding.election or store.setting("default_election", ""))
    signer = store.setting("signer") or {}
    officer = store.setting("officer") or {}
    return FormAContext(
        election_word="PEMILIHAN" if profile is not None and profile.kind == "pemilihan" else "PEMILU",
        signer_name=signer.get("name") or officer.get("name") or "",
        signer_jabatan=signer.get("jabatan") or officer.get("jabatan") or "",
        office_name=store.office.name,
        office_address=store.office.address or (store.setting("letterhead") or {}).get("address", ""),
        assignment_letter=str(store.setting("assignment_letter") or ""),
        signing_place=place_of_signing(store),
    )


def position_at_office(jabatan: str, office: str) -> str:
    """ "Anggota Panwaslu Kecamatan" at "Panwaslu Kecamatan Toboali" → "Anggota Panwaslu Kecamatan Toboali"."""
    jabatan, office = jabatan.strip(), office.strip()
    if not jabatan or not office:
        return jabatan or office
    if office.lower() in jabatan.lower():
        return jabatan
    words = jabatan.split()
    for start in range(1, len(words)):  # longest tail of the position that the office name starts with
        tail = " ".join(words[start:])
        if office.lower().startswith(tail.lower() + " ") or office.lower() == tail.lower():
            return " ".join(words[:start]) + " " + office
    return f"{jabatan} {office}"


def legal_provisions(finding: Finding, catalog) -> list[str]:
    """The finding's own provisions, then the category's, each once, in order."""
    provisions: list[str] = []
    own = finding.legal_basis.replace("\r", "").replace("\n", ";").split(";")
    category = catalog.categories.get(finding.category)
    for item in [*own, *(category.legal_basis if category else ())]:
        item = item.strip()
        if item and item.lower() not in (p.lower() for p in provisions):
            provisions.append(item)
    return provisions


class FormABuilder:
    """Builds the flowables of one Form A; `story()` is the form, the annex is added by annex.py."""

    LABEL_W = 63 * mm
    NUM_W = 9 * mm
    COLON_W = 4 * mm

    def __init__(self, store, finding: Finding, width: float, st: Styles, ctx: FormAContext):
        self.store, self.finding, self.width, self.st, self.ctx = store, finding, width, st, ctx
        self.catalog, self.regions = store.catalog, store.regions

    # -- building blocks ---------------------------------------------------------------------------------
    def section(self, number: int, title: str) -> list[Flowable]:
        """ "IV.  INFORMASI DUGAAN PELANGGARAN", starting a new page when little room is left.

        A heading is not kept with what follows (keepWithNext): ReportLab would then move a long table or
        text wholesale to the next page and leave half a page empty.
        """
        heading = Paragraph(f"{ROMAN[number - 1]}.&nbsp;&nbsp;{text(title.upper())}", self.st.section)
        heading.keepWithNext = 0
        return [CondPageBreak(HEADING_ROOM), heading]

    def fields(self, rows: list[tuple[str, object]], *, start: int = 1, letters: bool = False) -> Table:
        """Numbered "label : value" rows without borders; values are Paragraphs or flowables."""
        data = []
        for index, (label, value) in enumerate(rows, start=start):
            mark = f"{chr(ord('a') + index - 1)}." if letters else f"{index}."
            cell = value if isinstance(value, (Flowable, list)) else para(value, self.st.body)
            data.append([Paragraph(mark, self.st.body), Paragraph(text(label), self.st.body),
                         Paragraph(":", self.st.body), cell])
        table = Table(data, colWidths=[self.NUM_W, self.LABEL_W, self.COLON_W,
                                       self.width - self.NUM_W - self.LABEL_W - self.COLON_W],
                      splitInRow=1, hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (0, -1), 4), ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ]))
        return table

    def item_heading(self, number: int, label: str) -> list[Flowable]:
        """A numbered sub-heading ("4. Pelaku (terlapor):") whose content follows below it, full width."""
        table = Table([[Paragraph(f"{number}.", self.st.body), Paragraph(text(label) + ":", self.st.body)]],
                      colWidths=[self.NUM_W, self.width - self.NUM_W], hAlign="LEFT")
        table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (0, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return [CondPageBreak(HEADING_ROOM), table]

    def long_text(self, value: str, *, empty: str = "-") -> list[Flowable]:
        """Free text as justified paragraphs indented under its heading; splits across pages."""
        style = self.st.body_justify.clone("indented", leftIndent=self.NUM_W, spaceAfter=3)
        paragraphs = [p.strip() for p in (value or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
        if not paragraphs:
            return [Paragraph(text(empty), style)]
        return [Paragraph(text(p), style) for p in paragraphs]

    # -- header --------------------------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        st, f = self.st, self.finding
        items: list[Flowable] = [
            Paragraph("FORMULIR MODEL A", st.title),
            Paragraph(f"LAPORAN HASIL PENGAWASAN {self.ctx.election_word}", st.title),
            Spacer(1, 2),
            Paragraph(f"Nomor: {text(f.form_a_number or '…………')}", st.subtitle),
        ]
        if f.register_number:
            items.append(Paragraph(f"Nomor register temuan: {text(f.register_number)}", st.small.clone(
                "reg", alignment=1)))
        items.append(Spacer(1, 8))
        return items

    # -- sections ------------------------------------------------------------------------------------------
    def data_pengawas(self) -> list[Flowable]:
        f, ctx = self.finding, self.ctx
        stage = self.catalog.stages.get(f.stage)
        jabatan = position_at_office(ctx.signer_jabatan, ctx.office_name)
        return [
            *self.section(1, f"Data Pengawas {ctx.election_word.capitalize()}"),
            self.fields([
                ("Tahapan yang diawasi", stage.name if stage else (f.stage or "-")),
                ("Nama pelaksana tugas pengawasan", ctx.signer_name),
                ("Jabatan", jabatan),
                ("Nomor surat perintah tugas", ctx.assignment_letter or "-"),
                ("Alamat", ctx.office_address or "-"),
            ], letters=True),
        ]

    def place_text(self) -> str:
        f = self.finding
        parts = [p.strip() for p in region_full_name(self.regions, f.region_code).split(",") if p.strip()]
        address = (f.address or "").strip()
        # "Jl. Raya Rias, Desa Rias" then "Desa Rias, Kecamatan …": name each place once.
        while parts and parts[0].lower() in address.lower():
            parts.pop(0)
        return ", ".join(x for x in (address, *parts) if x)

    def platform_text(self) -> str:
        platform = self.catalog.platforms.get(self.finding.platform)
        if platform is None or self.finding.platform in ("", "luring"):
            return ""
        return platform.name

    def kegiatan(self) -> list[Flowable]:
        f = self.finding
        known = self.catalog.supervision_forms.get(f.supervision_form)
        form = (known.name if known else f.supervision_form) or "-"
        when = format_date_id(f.known_on, with_weekday=True)
        place = self.place_text()
        if self.platform_text():
            place += f" (media daring: {self.platform_text()})"
        return [
            *self.section(2, "Kegiatan Pengawasan"),
            Paragraph("<b>Kegiatan I</b>", self.st.body.clone("kg", leftIndent=4, spaceAfter=2)),
            self.fields([
                ("Bentuk pengawasan", form),
                ("Tujuan", f.supervision_purpose or "-"),
                ("Sasaran", f.supervision_target or "-"),
                ("Waktu dan tempat", [para(f"Waktu: {when}", self.st.body), para(f"Tempat: {place or '-'}",
                                                                                 self.st.body)]),
            ], letters=True),
        ]

    def uraian(self) -> list[Flowable]:
        f = self.finding
        active = [e for e in f.evidence if not e.removed]
        documentation = (f"Dokumentasi: {len(active)} berkas bukti"
                         + (f" dan {len(f.urls)} tautan daring" if f.urls else "")
                         + " (lihat butir IV.6 dan Lampiran Bukti)." if active or f.urls
                         else "Dokumentasi: tidak ada.")
        return [
            *self.section(3, "Uraian Singkat Hasil Pengawasan"),
            *self.long_text(f.description),
            Paragraph(text(documentation), self.st.body.clone("doc", leftIndent=self.NUM_W, spaceBefore=2)),
        ]

    def subjects_table(self) -> Flowable:
        st, catalog = self.st, self.catalog
        f = self.finding
        if not f.subjects:
            return Paragraph("Belum diketahui.", st.body.clone("none", leftIndent=self.NUM_W))
        widths = [8 * mm, 35 * mm, 41 * mm, 0, 30 * mm]  # NIP: "NIP " and 18 digits on one line
        widths[3] = self.width - self.NUM_W - sum(widths)
        rows = [[Paragraph("No.", st.cell_head), Paragraph("Nama dan status kepegawaian", st.cell_head),
                 Paragraph("NIP / NIK", st.cell_head), Paragraph("Jabatan dan instansi", st.cell_head),
                 Paragraph("Alamat dan akun media sosial", st.cell_head)]]
        for index, s in enumerate(f.subjects, start=1):
            ident = []
            if s.nip:
                ident.append(f"NIP {s.nip}")
            if s.nik:
                ident.append(f"NIK {s.nik}")
            accounts = ", ".join(s.accounts)
            rows.append([
                Paragraph(f"{index}.", st.cell_center),
                Paragraph(f"<b>{text(s.name)}</b><br/>{text(subject_type_short(catalog, s.employment_type))}",
                          st.cell),
                para("\n".join(ident), st.mono_cell),
                para("\n".join(x for x in (s.position, s.agency) if x), st.cell),
                para("\n".join(x for x in (s.address, f"Akun: {accounts}" if accounts else "") if x), st.cell),
            ])
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="RIGHT")
        table.setStyle(grid_style())
        return table

    def witnesses_table(self) -> Flowable:
        st = self.st
        if not self.finding.witnesses:
            return Paragraph("Tidak ada.", st.body.clone("none", leftIndent=self.NUM_W))
        widths = [8 * mm, 60 * mm, self.width - self.NUM_W - 68 * mm]
        rows = [[Paragraph("No.", st.cell_head), Paragraph("Nama", st.cell_head), Paragraph("Alamat", st.cell_head)]]
        rows += [[Paragraph(f"{i}.", st.cell_center), para(w.name, st.cell), para(w.address, st.cell)]
                 for i, w in enumerate(self.finding.witnesses, start=1)]
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="RIGHT")
        table.setStyle(grid_style())
        return table

    def evidence_table(self) -> list[Flowable]:
        st, f = self.st, self.finding
        active = [e for e in f.evidence if not e.removed]
        removed = len(f.evidence) - len(active)
        out: list[Flowable] = []
        indent = st.body.clone("ind", leftIndent=self.NUM_W, spaceBefore=2)
        if active:
            widths = [8 * mm, 0, 32 * mm, 28 * mm, 28 * mm]
            widths[1] = self.width - self.NUM_W - sum(widths)
            rows = [[Paragraph("No.", st.cell_head), Paragraph("Nama berkas", st.cell_head),
                     Paragraph("Jenis", st.cell_head), Paragraph("Ukuran", st.cell_head),
                     Paragraph("SHA-256 (awal)", st.cell_head)]]
            for i, e in enumerate(f.evidence, start=1):  # numbered as in the annex, removed ones skipped
                if e.removed:
                    continue
                rows.append([Paragraph(f"{i}.", st.cell_center), para(e.name, st.cell), para(e.mime_type, st.cell),
                             para(format_size_id(e.size), st.cell), para(e.sha256[:12] + "…", st.mono_cell)])
            table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="RIGHT")
            table.setStyle(grid_style())
            out.append(table)
        else:
            out.append(Paragraph("Tidak ada berkas bukti.", indent))
        if removed:
            out.append(Paragraph(f"{removed} berkas bukti ditandai dihapus; tercantum dengan alasannya di Lampiran "
                                 "Bukti.", indent))
        if f.urls:
            out.append(Paragraph("Tautan unggahan:", indent))
            url_style = st.mono.clone("url", leftIndent=self.NUM_W + 10, bulletIndent=self.NUM_W, spaceAfter=1)
            out += [Paragraph(text(u), url_style, bulletText=f"{i}.") for i, u in enumerate(f.urls, start=1)]
        out.append(Paragraph("Rincian setiap bukti beserta SHA-256 lengkap terdapat pada Lampiran Bukti.",
                             st.note.clone("n", leftIndent=self.NUM_W, spaceBefore=2)))
        return out

    def dugaan(self) -> list[Flowable]:
        f, st = self.finding, self.st
        category = self.catalog.categories.get(f.category)
        event = f.title or (category.name if category else f.category)
        source = ("Laporan masyarakat" + (f"; pelapor: {f.reporter_name}" if f.reporter_name else "")
                  + (f", {f.reporter_address}" if f.reporter_address else "")) if f.source == "laporan" \
            else "Temuan hasil pengawasan"
        place = self.place_text()
        if self.platform_text():
            place += f"; media daring: {self.platform_text()}"
        nature = "-"
        if category is not None:
            nature = f"Kategori {category.code} — {category.name}. {category.description}"
            if category.sanction_level in SANCTION_LEVEL_NAMES:
                nature += f" Menurut SKB 2022 diancam {SANCTION_LEVEL_NAMES[category.sanction_level]}."
            if category.ethics_for_bakal_calon:
                nature += " Bila menyangkut bakal calon: pelanggaran kode etik (sanksi moral)."
        provisions = legal_provisions(f, self.catalog)
        bullet = st.body.clone("law", leftIndent=self.NUM_W + 10, bulletIndent=self.NUM_W, spaceAfter=1)
        return [
            *self.section(4, "Informasi Dugaan Pelanggaran"),
            self.fields([
                ("Peristiwa", [para(event, st.body), para(f"Sumber: {source}", st.small)]),
                ("Tempat kejadian", place or "-"),
                ("Waktu kejadian", format_date_id(f.occurred_on, with_weekday=True)
                 + f" (diketahui {format_date_id(f.known_on, with_weekday=True)})"),
            ]),
            *self.item_heading(4, "Pelaku (terlapor), alamat dan identitas"), self.subjects_table(),
            *self.item_heading(5, "Saksi-saksi"), self.witnesses_table(),
            *self.item_heading(6, "Alat bukti dan barang bukti"), *self.evidence_table(),
            *self.item_heading(7, "Uraian singkat dugaan pelanggaran"), *self.long_text(nature),
            *self.item_heading(8, "Fakta dan keterangan"), *self.long_text(f.facts),
            *self.item_heading(9, "Analisis"), *self.long_text(f.analysis),
            *self.item_heading(10, "Ketentuan yang dilanggar"),
            *([Paragraph(text(p), bullet, bulletText="–") for p in provisions] or self.long_text("")),
        ]

    def sengketa(self) -> list[Flowable]:
        return [
            *self.section(5, f"Informasi Dugaan Sengketa Proses {self.ctx.election_word.capitalize()}"),
            self.fields([("Pihak yang bersengketa", "Tidak ada"), ("Objek sengketa", "Tidak ada"),
                         ("Uraian singkat", "Tidak ada")]),
        ]

    def closing(self) -> Flowable:
        f, ctx = self.finding, self.ctx
        on = f.known_on  # Form A is made on the day of the supervision it reports
        roles = [f"Pengawas {ctx.election_word.capitalize()},"]
        if ctx.signer_jabatan or ctx.office_name:
            roles.append(position_at_office(ctx.signer_jabatan, ctx.office_name))
        return KeepTogether([Spacer(1, 10), signature_block(ctx.signing_place, on, roles, ctx.signer_name,
                                                            self.width, self.st)])

    def story(self) -> list[Flowable]:
        return [*self.header(), *self.data_pengawas(), *self.kegiatan(), *self.uraian(), *self.dugaan(),
                *self.sengketa(), self.closing()]


def render_form_a(store, finding_id: str, output: Path | str, *, paper: str | None = None, annex: bool = True,
                  letterhead: bool = False, cancelled=None) -> Path:
    """Write Form A of one finding (and by default its evidence annex) as a PDF; returns the path."""
    path, _pages = build_form_a(store, finding_id, output, paper=paper, annex=annex, letterhead=letterhead,
                                cancelled=cancelled)
    return path


def build_form_a(store, finding_id: str, output: Path | str, *, paper: str | None = None, annex: bool = True,
                 letterhead: bool = False, cancelled=None) -> tuple[Path, int]:
    """Like render_form_a, also returning the page count."""
    finding = store.get_finding(store.resolve_id(finding_id))
    paper = paper_name(paper, store)
    size = page_size(paper)
    margins = Margins()
    width = frame_width(size, margins)
    st = styles(10)
    ctx = form_a_context(store, finding)
    story: list[Flowable] = []
    if letterhead:
        story += letterhead_flowables(letterhead_from_store(store), width, st)
    story += FormABuilder(store, finding, width, st, ctx).story()
    if annex:
        story += [PageBreak(), *annex_story(store, finding, width, st, cancelled=cancelled)]
    number = finding.form_a_number or finding.id[:8]
    data, pages = build_pdf(
        story, pagesize=size, margins=margins,
        title=f"Formulir Model A {number}", author=ctx.office_name,
        subject=f"Laporan Hasil Pengawasan {ctx.election_word.capitalize()}: "
                f"{finding.title or finding.category} ({format_date_id(finding.occurred_on)})",
        keywords=["Formulir Model A", "Laporan Hasil Pengawasan", finding.category,
                  *([finding.register_number] if finding.register_number else [])],
        footer_left=f"Formulir Model A Nomor {number}" + (" · dengan Lampiran Bukti" if annex else ""),
        cancelled=cancelled)
    return write_pdf(output, data), pages


__all__ = ["render_form_a", "build_form_a", "FormABuilder"]
