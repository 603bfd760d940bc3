"""What the printed forms share (Form A, Model B.1, the receipt, the registration form): who signs and for which
office and election, the office's time zone, and the "a. Label : value" blocks real forms are made of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import FormSpec, TimeZone
from netralitas_desktop.domain.dates_id import roman
from netralitas_desktop.domain.model import Finding
from netralitas_desktop.domain.provisions import election_kind_of
from netralitas_desktop.reports.common import Styles, para, signature_block, table_style, text
from netralitas_desktop.reports.places import place_of_signing, region_full_name, subject_type_short

HEADING_ROOM = 28 * mm  # a heading needs this much room below it for a few lines of what it introduces
BLANK = "……………………………"  # printed where the form expects a value the record does not hold: fill in by hand


@dataclass(frozen=True)
class FormContext:
    """Everything a form prints besides the finding: office, signer, election wording, time zone."""

    election_kind: str  # pemilu or pemilihan
    election_word: str  # PEMILU or PEMILIHAN
    signer_name: str
    signer_jabatan: str
    office_name: str
    office_address: str
    assignment_letter: str  # the office's default SPT number (setting), pre-filling activities
    signing_place: str
    zone: TimeZone

    @property
    def election_title(self) -> str:
        """ "Pemilu" or "Pemilihan", as in "Pengawas Pemilu"."""
        return self.election_word.capitalize()


def form_context(store: Store, finding: Finding) -> FormContext:
    kind = election_kind_of(finding, store.catalog, store.setting("default_election", "") or "")
    signer = store.setting("signer") or {}
    officer = store.setting("officer") or {}
    return FormContext(
        election_kind=kind,
        election_word="PEMILIHAN" if kind == "pemilihan" else "PEMILU",
        signer_name=signer.get("name") or officer.get("name") or "",
        signer_jabatan=signer.get("jabatan") or officer.get("jabatan") or "",
        office_name=store.office.name,
        office_address=store.office.address or (store.setting("letterhead") or {}).get("address", ""),
        assignment_letter=str(store.setting("assignment_letter") or ""),
        signing_place=place_of_signing(store),
        zone=store.office_zone(),
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


def letter(index: int) -> str:
    """1 → "a.", 27 → "aa." (lettered items of a form)."""
    mark = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        mark = chr(ord("a") + rest) + mark
    return mark + "."


def model_title(spec: FormSpec, election_kind: str) -> str:
    """ "FORMULIR MODEL B.1"."""
    return f"FORMULIR MODEL {spec.model[election_kind]}"


class FormBlocks:
    """Building blocks in the layout of Bawaslu's forms: Roman-numbered sections, "a. Label : value" rows,
    numbered sub-headings with their content indented below, free text that flows across pages."""

    LABEL_W = 63 * mm
    NUM_W = 9 * mm
    COLON_W = 4 * mm

    def __init__(self, width: float, st: Styles):
        self.width, self.st = width, st

    def section(self, number: int, title: str) -> list[Flowable]:
        """ "IV.  INFORMASI DUGAAN PELANGGARAN", starting a new page when little room is left.

        A heading is not kept with what follows (keepWithNext): ReportLab would then move a long table or
        text wholesale to the next page and leave half a page empty.
        """
        heading = Paragraph(f"{roman(number)}.&nbsp;&nbsp;{text(title.upper())}", self.st.section)
        heading.keepWithNext = 0
        return [CondPageBreak(HEADING_ROOM), heading]

    def rows(self, rows: Sequence[tuple[str, str, object]], *, indent: float = 0,
             label_w: float | None = None) -> Table:
        """ "mark label : value" rows without borders; a value is text, a flowable or a list of flowables."""
        label_w = self.LABEL_W - indent if label_w is None else label_w  # values line up at every depth
        data = []
        for mark, label, value in rows:
            cell = value if isinstance(value, (Flowable, list)) else para(value, self.st.body)
            data.append(["", Paragraph(text(mark), self.st.body), Paragraph(text(label), self.st.body),
                         Paragraph(":", self.st.body), cell])
        widths = [indent, self.NUM_W, label_w, self.COLON_W, self.width - indent - self.NUM_W - label_w - self.COLON_W]
        table = Table(data, colWidths=widths, splitInRow=1, hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (1, 0), (1, -1), 4), ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ]))
        return table

    def lettered(self, rows: Sequence[tuple[str, object]], *, indent: float = 0, start: int = 1) -> Table:
        return self.rows([(letter(i), label, value) for i, (label, value) in enumerate(rows, start=start)],
                         indent=indent)

    def numbered(self, rows: Sequence[tuple[str, object]], *, indent: float = 0, start: int = 1) -> Table:
        return self.rows([(f"{i}.", label, value) for i, (label, value) in enumerate(rows, start=start)],
                         indent=indent)

    def item_heading(self, mark: str, label: str, *, indent: float = 0) -> list[Flowable]:
        """A numbered sub-heading ("2. Saksi-saksi:") whose content follows below it."""
        table = Table([["", Paragraph(text(mark), self.st.body), Paragraph(text(label) + ":", self.st.body)]],
                      colWidths=[indent, self.NUM_W, self.width - indent - self.NUM_W], hAlign="LEFT")
        table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return [CondPageBreak(HEADING_ROOM), table]

    def long_text(self, value: str, *, empty: str = "-", indent: float | None = None) -> list[Flowable]:
        """Free text as justified paragraphs indented under its heading; splits across pages."""
        left = self.NUM_W if indent is None else indent
        style = self.st.body_justify.clone("indented", leftIndent=left, spaceAfter=3)
        paragraphs = [p.strip() for p in (value or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
        if not paragraphs:
            return [Paragraph(text(empty), style)]
        return [Paragraph(text(p), style) for p in paragraphs]

    def numbered_list(self, items: Sequence[str], *, indent: float | None = None, empty: str = "Tidak ada.",
                      style=None, marks: Sequence[str] | None = None) -> list[Flowable]:
        """ "1. …", "2. …" with hanging indents under a heading; `empty` when there is nothing to list."""
        left = self.NUM_W if indent is None else indent
        base = style or self.st.body
        if not items:
            return [Paragraph(text(empty), base.clone("none", leftIndent=left))]
        item_style = base.clone("li", leftIndent=left + 7 * mm, bulletIndent=left, spaceAfter=1.5,
                                bulletFontName=self.st.body.fontName, bulletFontSize=self.st.body.fontSize)
        marks = marks or [f"{i}." for i in range(1, len(items) + 1)]
        return [Paragraph(text(item), item_style, bulletText=mark) for item, mark in zip(items, marks, strict=True)]

    def signature(self, ctx: FormContext, on, *, roles: Sequence[str] | None = None) -> Flowable:
        """Place and date of writing, "Pengawas Pemilu," and the signer's position, room to sign, the name."""
        roles = list(roles) if roles is not None else [f"Pengawas {ctx.election_title},"]
        if roles and (ctx.signer_jabatan or ctx.office_name):
            roles.append(position_at_office(ctx.signer_jabatan, ctx.office_name))
        return KeepTogether([Spacer(1, 10), signature_block(ctx.signing_place, on, roles, ctx.signer_name,
                                                            self.width, self.st)])

    def two_signatures(self, left: tuple[str, str], right: tuple[str, str], *, place_date: str = "") -> Table:
        """Two signature columns side by side (e.g. "Pelapor" and "Penerima Laporan"): role, room, name."""
        st = self.st
        half = self.width / 2

        def column(role: str, name: str) -> list[Flowable]:
            return [Paragraph(f"<b>{text(role)}</b>", st.sign.clone("c", alignment=1)), Spacer(1, 15 * mm),
                    Paragraph(f"<b><u>{text(name or '(………………………………)')}</u></b>",
                              st.sign.clone("n", alignment=1))]

        rows: list[list] = []
        if place_date:
            rows.append(["", Paragraph(text(place_date), st.sign.clone("pd", alignment=1))])
        rows.append([column(*left), column(*right)])
        table = Table(rows, colWidths=[half, half])
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, 0), 8)]))
        return table


def event_place(store: Store, finding: Finding) -> str:
    """Where the event happened: the free address, then the full region name, each place named once
    ("Jl. Raya Rias, Desa Rias" then "Kecamatan Toboali, …"), with the platform for online events."""
    parts = [p.strip() for p in region_full_name(store.regions, finding.region_code).split(",") if p.strip()]
    address = (finding.address or "").strip()
    while parts and parts[0].lower() in address.lower():
        parts.pop(0)
    place = ", ".join(x for x in (address, *parts) if x)
    platform = platform_name(store.catalog, finding)
    return place + (f"; media daring: {platform}" if platform else "")


def platform_name(catalog, finding: Finding) -> str:
    """The social-media platform's name, "" for offline events."""
    platform = catalog.platforms.get(finding.platform)
    if platform is None or finding.platform in ("", "luring"):
        return ""
    return platform.name


def subject_identity(catalog, subject) -> str:
    """ "PNS, Guru Ahli Muda, SD Negeri 3 Toboali, NIP 1985…" — who a subject is, in one line."""
    ident = f"NIP {subject.nip}" if subject.nip else (f"NIK {subject.nik}" if subject.nik else "")
    return ", ".join(x for x in (subject_type_short(catalog, subject.employment_type), subject.position,
                                 subject.agency, ident) if x)
