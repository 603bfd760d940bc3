"""Formulir Model A — Laporan Hasil Pengawasan (Perbawaslu 5/2022) for one temuan, sections I–V as filed.

Form A carries no letterhead by default (Perbawaslu 5/2022); `letterhead=True` adds the office's kop. It is
dated the day it is written (`written_on`). Section II lists each supervision activity with its own form,
purpose, target, day, time of day, place and SPT number. Section IV follows real forms: 1. Peristiwa (a–e),
2. Saksi-saksi, 3. Alat bukti, 4. Barang bukti (in words), 5. Uraian singkat, 6. Fakta dan keterangan,
7. Analisa with the provisions violated — only those binding that subject type in that kind of election
(provisions.json), or the officer's own. A public report (laporan) prints Model B.1 instead (model_b.py).
Long fields flow as paragraphs across pages; lists are bordered tables whose header repeats.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id, format_time_range_id, roman
from netralitas_desktop.domain.forms import activities_of, uses_form_a, written_on_of
from netralitas_desktop.domain.model import Activity, Finding
from netralitas_desktop.domain.provisions import Provisions, provisions_for
from netralitas_desktop.reports.annex import annex_story
from netralitas_desktop.reports.common import (
    Margins,
    Styles,
    build_pdf,
    frame_width,
    grid_style,
    letterhead_flowables,
    letterhead_from_store,
    page_size,
    paper_name,
    para,
    styles,
    text,
    write_pdf,
)
from netralitas_desktop.reports.evidence_words import describe_item, means_of_proof
from netralitas_desktop.reports.form_parts import (
    BLANK,
    FormBlocks,
    FormContext,
    event_place,
    form_context,
    model_title,
    position_at_office,
)
from netralitas_desktop.reports.model_b import build_laporan
from netralitas_desktop.reports.places import subject_type_short

SANCTION_LEVEL_NAMES = {"berat": "hukuman disiplin berat", "sedang": "hukuman disiplin sedang",
                        "etik": "sanksi moral (pelanggaran kode etik)",
                        "ptdh": "pemberhentian tidak dengan hormat (PTDH)"}
ROMAN = tuple(roman(n) for n in range(1, 21))  # section numbers (the recap uses them too)
NIHIL = "nihil"


class FormABuilder(FormBlocks):
    """Builds the flowables of one Form A; `story()` is the form, the annex is added by annex.py."""

    def __init__(self, store: Store, finding: Finding, width: float, st: Styles, ctx: FormContext):
        super().__init__(width, st)
        self.store, self.finding, self.ctx = store, finding, ctx
        self.catalog, self.regions = store.catalog, store.regions
        self.activities = activities_of(finding, ctx.assignment_letter)
        self.provisions: Provisions = provisions_for(finding, self.catalog, ctx.election_kind)

    # -- header --------------------------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        st, f, ctx = self.st, self.finding, self.ctx
        spec = self.catalog.forms["form_a"]
        items: list[Flowable] = [
            Paragraph(text(model_title(spec, ctx.election_kind)), st.title),
            Paragraph(text(spec.title.format(election=ctx.election_word)), st.title),
            Spacer(1, 2),
            Paragraph(f"Nomor: {text(f.form_a_number or BLANK)}", st.subtitle),
        ]
        if f.register_number:
            items.append(Paragraph(f"Nomor register temuan: {text(f.register_number)}", st.small.clone(
                "reg", alignment=1)))
        items.append(Spacer(1, 8))
        return items

    # -- I. data pengawas -------------------------------------------------------------------------------------
    def assignment_letters(self) -> list[str]:
        """The SPT numbers of the activities, each once; the office's default when none is given."""
        letters: list[str] = []
        for activity in self.activities:
            if activity.assignment_letter and activity.assignment_letter not in letters:
                letters.append(activity.assignment_letter)
        return letters or ([self.ctx.assignment_letter] if self.ctx.assignment_letter else [])

    def data_pengawas(self) -> list[Flowable]:
        f, ctx = self.finding, self.ctx
        stage = self.catalog.stages.get(f.stage)
        return [
            *self.section(1, f"Data Pengawas {ctx.election_title}"),
            self.lettered([
                ("Tahapan yang diawasi", stage.name if stage else (f.stage or "-")),
                ("Nama pelaksana tugas pengawasan", ctx.signer_name or BLANK),
                ("Jabatan", position_at_office(ctx.signer_jabatan, ctx.office_name) or BLANK),
                ("Nomor surat perintah tugas", "; ".join(self.assignment_letters()) or BLANK),
                ("Alamat", ctx.office_address or "-"),
            ]),
        ]

    # -- II. kegiatan -----------------------------------------------------------------------------------------
    def activity_rows(self, activity: Activity, *, with_letter: bool) -> list[tuple[str, object]]:
        known = self.catalog.supervision_forms.get(activity.form)
        when = format_date_id(activity.date, with_weekday=True) if activity.date else BLANK
        clock = format_time_range_id(activity.time_from, activity.time_to, self.ctx.zone.code)
        rows: list[tuple[str, object]] = [
            ("Bentuk pengawasan", (known.name if known else activity.form) or BLANK),
            ("Tujuan", activity.purpose or "-"),
            ("Sasaran", activity.target or "-"),
            ("Waktu dan tempat", [para(f"Hari/tanggal: {when}", self.st.body),
                                  para(f"Waktu: {clock or 'pukul ' + BLANK}", self.st.body),
                                  para(f"Tempat: {activity.place or BLANK}", self.st.body)]),
        ]
        if with_letter:
            rows.append(("Nomor surat perintah tugas", activity.assignment_letter or BLANK))
        return rows

    def kegiatan(self) -> list[Flowable]:
        out = [*self.section(2, "Kegiatan Pengawasan")]
        activities = self.activities or [Activity()]
        # The SPT is in section I; repeat it per activity only when the activities ran on different letters.
        several_letters = len({a.assignment_letter for a in activities}) > 1
        heading = self.st.body.clone("kg", leftIndent=4, spaceAfter=2, spaceBefore=3)
        for number, activity in enumerate(activities, start=1):
            out += [Paragraph(f"<b>Kegiatan {roman(number)}</b>", heading),
                    self.lettered(self.activity_rows(activity, with_letter=several_letters))]
        return out

    # -- III. uraian -----------------------------------------------------------------------------------------
    def uraian(self) -> list[Flowable]:
        f = self.finding
        active = [e for e in f.evidence if not e.removed]
        documentation = (f"Dokumentasi: {len(active)} berkas bukti"
                         + (f" dan {len(f.urls)} tautan daring" if f.urls else "")
                         + " (lihat butir IV.4 dan Lampiran Bukti)." if active or f.urls
                         else "Dokumentasi: tidak ada.")
        return [
            *self.section(3, "Uraian Singkat Hasil Pengawasan"),
            *self.long_text(f.description),
            Paragraph(text(documentation), self.st.body.clone("doc", leftIndent=self.NUM_W, spaceBefore=2)),
        ]

    # -- IV. dugaan pelanggaran -------------------------------------------------------------------------------
    def subjects_table(self) -> Flowable:
        st, catalog, f = self.st, self.catalog, self.finding
        indent = 2 * self.NUM_W
        if not f.subjects:
            return Paragraph("Belum diketahui.", st.body.clone("none", leftIndent=indent))
        widths = [8 * mm, 40 * mm, 41 * mm, 0]  # NIP: "NIP " and 18 digits on one line
        widths[3] = self.width - indent - sum(widths)
        rows = [[Paragraph("No.", st.cell_head), Paragraph("Nama dan status kepegawaian", st.cell_head),
                 Paragraph("NIP / NIK", st.cell_head), Paragraph("Jabatan, instansi dan akun media sosial",
                                                                 st.cell_head)]]
        for index, s in enumerate(f.subjects, start=1):
            ident = [x for x in (f"NIP {s.nip}" if s.nip else "", f"NIK {s.nik}" if s.nik else "") if x]
            accounts = ", ".join(s.accounts)
            rows.append([
                Paragraph(f"{index}.", st.cell_center),
                Paragraph(f"<b>{text(s.name)}</b><br/>{text(subject_type_short(catalog, s.employment_type))}",
                          st.cell),
                para("\n".join(ident), st.mono_cell),
                para("\n".join(x for x in (s.position, s.agency, f"Akun: {accounts}" if accounts else "") if x),
                     st.cell),
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

    def barang_bukti(self) -> list[Flowable]:
        """Each kept evidence item in words with its number in the annex; the post URLs; removed items counted."""
        st, f = self.st, self.finding
        zone = self.ctx.zone.tzinfo
        items, marks = [], []
        for number, item in enumerate(f.evidence, start=1):  # numbered as in the annex, removed ones skipped
            if not item.removed:
                items.append(f"{describe_item(item, zone)} (Lampiran Bukti nomor {number}).")
                marks.append(f"{len(items)}.")
        out = self.numbered_list(items, marks=marks, empty="Tidak ada berkas bukti.")
        indent = st.body.clone("ind", leftIndent=self.NUM_W, spaceBefore=2)
        removed = len(f.evidence) - len(items)
        if removed:
            out.append(Paragraph(f"{removed} berkas bukti ditandai dihapus; tercantum dengan alasannya di Lampiran "
                                 "Bukti.", indent))
        if f.urls:
            out.append(Paragraph("Tautan unggahan:", indent))
            out += self.numbered_list(f.urls, indent=self.NUM_W + 7 * mm, style=st.mono)
        out.append(Paragraph("Rincian setiap bukti beserta SHA-256 lengkap terdapat pada Lampiran Bukti.",
                             st.note.clone("n", leftIndent=self.NUM_W, spaceBefore=2)))
        return out

    def nature_text(self) -> str:
        """IV.5: the category, and sanctions only for the subjects the rules that carry them bind."""
        category = self.catalog.categories.get(self.finding.category)
        if category is None:
            return self.finding.category or "-"
        parts = [f"Kategori {category.code} — {category.name}. {category.description}"]
        prov = self.provisions
        if prov.discipline_types:
            # Named only for PNS/PPPK: the discipline rules bind no one else (a kepala desa is not "disiplin berat").
            who = "" if prov.discipline_binds_all else "Bagi terlapor " + "/".join(
                subject_type_short(self.catalog, t) for t in prov.discipline_types) + ", "
            if category.sanction_level in SANCTION_LEVEL_NAMES:
                sentence = f"menurut SKB 2022 perbuatan ini diancam {SANCTION_LEVEL_NAMES[category.sanction_level]}."
                parts.append(who + sentence if who else sentence[0].upper() + sentence[1:])
            if category.ethics_for_bakal_calon:
                parts.append("Bila menyangkut bakal calon: pelanggaran kode etik (sanksi moral).")
        parts += prov.sanction_notes
        return " ".join(parts)

    def provisions_block(self) -> list[Flowable]:
        st = self.st
        prov = self.provisions
        label = "Ketentuan yang diduga dilanggar" + (" (menurut pengawas)" if prov.from_officer else "") + ":"
        out: list[Flowable] = [Paragraph(text(label), st.body.clone("provh", leftIndent=self.NUM_W, spaceBefore=4))]
        bullet = st.body.clone("law", leftIndent=self.NUM_W + 10, bulletIndent=self.NUM_W, spaceAfter=1)
        if prov.items:
            out += [Paragraph(text(p), bullet, bulletText="–") for p in prov.items]
        else:
            out.append(Paragraph(f"{BLANK} (ketentuan untuk jenis terlapor ini belum ditentukan; isi pada temuan)",
                                 bullet, bulletText="–"))
        return out

    def dugaan(self) -> list[Flowable]:
        f, st = self.finding, self.st
        category = self.catalog.categories.get(f.category)
        event = f.title or (category.name if category else f.category)
        addresses = [f"{s.name}: {s.address}" if s.address else f"{s.name}: -" for s in f.subjects]
        inner = self.NUM_W
        return [
            *self.section(4, "Informasi Dugaan Pelanggaran"),
            *self.item_heading("1.", "Peristiwa"),
            self.lettered([
                ("Peristiwa", [para(event, st.body), para("Sumber: temuan hasil pengawasan", st.small)]),
                ("Tempat kejadian", event_place(self.store, f) or "-"),
                ("Waktu kejadian", format_date_id(f.occurred_on, with_weekday=True)
                 + f" (diketahui {format_date_id(f.known_on, with_weekday=True)})"),
            ], indent=inner),
            *self.item_heading("d.", "Pelaku", indent=inner), self.subjects_table(),
            *self.item_heading("e.", "Alamat pelaku", indent=inner),
            *self.numbered_list(addresses, indent=2 * self.NUM_W, empty="Belum diketahui."),
            *self.item_heading("2.", "Saksi-saksi"), self.witnesses_table(),
            *self.item_heading("3.", "Alat bukti"),
            *self.numbered_list(means_of_proof(f), empty="Tidak ada."),
            *self.item_heading("4.", "Barang bukti"), *self.barang_bukti(),
            *self.item_heading("5.", "Uraian singkat dugaan pelanggaran"), *self.long_text(self.nature_text()),
            *self.item_heading("6.", "Fakta dan keterangan"), *self.long_text(f.facts),
            *self.item_heading("7.", "Analisa"), *self.long_text(f.analysis), *self.provisions_block(),
        ]

    # -- V. sengketa ----------------------------------------------------------------------------------------
    def sengketa(self) -> list[Flowable]:
        return [
            *self.section(5, f"Informasi Dugaan Sengketa Proses {self.ctx.election_title}"),
            self.lettered([("Peristiwa (peserta, tempat, waktu)", NIHIL),
                           ("Objek sengketa (bentuk, identitas, tanggal dikeluarkan, kerugian langsung)", NIHIL),
                           ("Uraian", NIHIL)]),
        ]

    def story(self) -> list[Flowable]:
        return [*self.header(), *self.data_pengawas(), *self.kegiatan(), *self.uraian(), *self.dugaan(),
                *self.sengketa(), self.signature(self.ctx, written_on_of(self.finding))]


def render_form_a(store: Store, finding_id: str, output: Path | str, *, paper: str | None = None, annex: bool = True,
                  letterhead: bool = False, cancelled=None) -> Path:
    """Write Form A of one finding (and by default its evidence annex) as a PDF; returns the path.

    A public report (source laporan) is not reported on Form A: it prints Formulir Model B.1 instead."""
    path, _pages = build_form_a(store, finding_id, output, paper=paper, annex=annex, letterhead=letterhead,
                                cancelled=cancelled)
    return path


def build_form_a(store: Store, finding_id: str, output: Path | str, *, paper: str | None = None, annex: bool = True,
                 letterhead: bool = False, cancelled=None) -> tuple[Path, int]:
    """Like render_form_a, also returning the page count."""
    finding = store.get_finding(store.resolve_id(finding_id))
    if not uses_form_a(finding):
        # Model B.1 carries the office's letterhead (the published form's "KOP PENGAWAS PEMILU").
        return build_laporan(store, finding.id, output, paper=paper, annex=annex, letterhead=True,
                             cancelled=cancelled)
    paper = paper_name(paper, store)
    size = page_size(paper)
    margins = Margins()
    width = frame_width(size, margins)
    st = styles(10)
    ctx = form_context(store, finding)
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
        subject=f"Laporan Hasil Pengawasan {ctx.election_title}: "
                f"{finding.title or finding.category} ({format_date_id(finding.occurred_on)})",
        keywords=["Formulir Model A", "Laporan Hasil Pengawasan", finding.category,
                  *([finding.register_number] if finding.register_number else [])],
        footer_left=f"Formulir Model A Nomor {number}" + (" · dengan Lampiran Bukti" if annex else ""),
        cancelled=cancelled)
    return write_pdf(output, data), pages


__all__ = ["render_form_a", "build_form_a", "FormABuilder", "position_at_office"]
