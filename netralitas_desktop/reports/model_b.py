"""Public reports and registration: Formulir Model B.1 (the laporan with the reporter's identity), its receipt
(tanda bukti penyampaian laporan), and the registration form of a temuan or laporan.

Model numbers, titles and field labels come from resources/catalog/forms.json, since the regulation's numbering
is not confirmed for all of them. These forms carry the office's letterhead (the "KOP PENGAWAS PEMILU" of the
published B.1); `letterhead=False` leaves it off.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_clock_id, format_date_id, weekday_name_id
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.forms import uses_form_a
from netralitas_desktop.domain.model import REPORTER_SEXES, Finding
from netralitas_desktop.domain.provisions import provisions_for
from netralitas_desktop.reports.annex import annex_story
from netralitas_desktop.reports.common import (
    Margins,
    Styles,
    build_pdf,
    frame_width,
    letterhead_flowables,
    letterhead_from_store,
    page_size,
    paper_name,
    para,
    styles,
    text,
    write_pdf,
)
from netralitas_desktop.reports.evidence_words import describe_item
from netralitas_desktop.reports.form_parts import (
    BLANK,
    FormBlocks,
    FormContext,
    event_place,
    form_context,
    model_title,
    subject_identity,
)


class ModelBBuilder(FormBlocks):
    """The flowables of B.1, the receipt and the registration form of one finding."""

    def __init__(self, store: Store, finding: Finding, width: float, st: Styles, ctx: FormContext):
        super().__init__(width, st)
        self.store, self.finding, self.ctx = store, finding, ctx
        self.catalog = store.catalog

    # -- shared pieces -------------------------------------------------------------------------------------
    def model_line(self, code: str) -> list[Flowable]:
        """ "FORMULIR MODEL B.1" at the top right, above the letterhead as on the published form."""
        st = self.st
        spec = self.catalog.forms[code]
        return [Paragraph(f"<b>{text(model_title(spec, self.ctx.election_kind))}</b>",
                          st.body.clone("model", alignment=2)), Spacer(1, 4)]

    def title_block(self, title: str, number: str, *, number_mark: str = "", note: str = "") -> list[Flowable]:
        """The form's title and its number (dotted when not yet given, with a note saying who fills it in)."""
        st = self.st
        small = f"&nbsp;&nbsp;<font size='{st.note.fontSize}' color='#555555'>{text(note)}</font>" if note else ""
        return [Paragraph(text(title), st.title),
                Paragraph(f"Nomor: {text(number or BLANK)}{text(number_mark)}{small}", st.subtitle), Spacer(1, 8)]

    def event_name(self) -> str:
        category = self.catalog.categories.get(self.finding.category)
        return self.finding.title or (category.name if category else self.finding.category)

    def evidence_words(self) -> list[str]:
        zone = self.ctx.zone.tzinfo
        items = [describe_item(e, zone) for e in self.finding.evidence if not e.removed]
        items += [f"Tautan unggahan daring: {url}" for url in self.finding.urls]
        return items

    def received_text(self) -> tuple[str, str]:
        """The day and the time a laporan was received, as printed ("Senin, 4 Desember 2023", "10.15 WIB")."""
        f = self.finding
        day = format_date_id(f.received_on, with_weekday=True) if f.received_on else BLANK
        clock = f"{format_clock_id(f.received_time)} {self.ctx.zone.code}" if f.received_time else BLANK
        return day, clock

    def reporter_birth(self) -> str:
        f = self.finding
        parts = [f.reporter_birth_place.strip(), format_date_id(f.reporter_birth_date) if f.reporter_birth_date
                 else ""]
        return ", ".join(p for p in parts if p) or BLANK

    # -- Model B.1 -----------------------------------------------------------------------------------------
    def laporan(self) -> list[Flowable]:
        f, st, ctx = self.finding, self.st, self.ctx
        spec = self.catalog.forms["laporan"]
        label = spec.label
        out = self.title_block(spec.title, f.register_number or "", number_mark="" if f.register_number else "*",
                               note="" if f.register_number else label("number_note"))
        out += [*self.item_heading("1.", label("reporter")), self.lettered([
            (label("reporter_name"), f.reporter_name or BLANK),
            (label("reporter_birth"), self.reporter_birth()),
            (label("reporter_sex"), REPORTER_SEXES.get(f.reporter_sex, f.reporter_sex) or BLANK),
            (label("reporter_occupation"), f.reporter_occupation or BLANK),
            (label("reporter_nationality"), f.reporter_nationality or BLANK),
            (label("reporter_address"), f.reporter_address or BLANK),
            (label("reporter_phone"), f.reporter_phone or BLANK),
            (label("reporter_email"), f.reporter_email or "-"),
        ], indent=self.NUM_W)]
        out += self.item_heading("2.", label("subjects"))
        many = len(f.subjects) > 1
        for number, subject in enumerate(f.subjects or [None], start=1):
            if many:
                out.append(Paragraph(f"Terlapor {number}", st.body.clone("tn", leftIndent=self.NUM_W + 4,
                                                                         spaceBefore=2)))
            out.append(self.lettered([
                (label("subject_name"), subject.name if subject else BLANK),
                (label("subject_address"), (subject.address if subject else "") or BLANK),
                (label("subject_identity"), subject_identity(self.catalog, subject) if subject else BLANK),
            ], indent=self.NUM_W))
        out += [*self.item_heading("3.", label("event")), self.lettered([
            (label("event_what"), self.event_name()),
            (label("event_place"), event_place(self.store, f) or BLANK),
            (label("event_date"), format_date_id(f.occurred_on, with_weekday=True)),
            (label("event_known"), format_date_id(f.known_on, with_weekday=True)),
        ], indent=self.NUM_W)]
        out += self.item_heading("4.", label("witnesses"))
        if f.witnesses:
            for number, witness in enumerate(f.witnesses, start=1):
                out.append(self.rows([(f"{number})", label("witness_name"), witness.name),
                                      ("", label("witness_address"), witness.address or "-")], indent=self.NUM_W))
        else:
            out += self.numbered_list([], empty="Tidak ada.")
        evidence = self.evidence_words()
        out += [*self.item_heading("5.", label("evidence")),
                *self.numbered_list(evidence, marks=[f"{chr(ord('a') + i % 26)}." for i in range(len(evidence))],
                                    empty="Tidak ada.")]
        out += [*self.item_heading("6.", label("chronology")), *self.long_text(f.description)]
        day, clock = self.received_text()
        # Where and when it was reported, the reporter's statement and both signatures stay on one page.
        out.append(KeepTogether([
            Spacer(1, 4),
            self.rows([("", label("reported_place"), ctx.office_name), ("", label("reported_date"), day),
                       ("", label("reported_time"), clock)], label_w=40 * mm),
            Paragraph(text(label("statement")), st.body_justify.clone("stmt", spaceBefore=4)),
            self.two_signatures((label("receiver"), ctx.signer_name), (label("reporter_sign"), f.reporter_name)),
        ]))
        return out

    # -- receipt ---------------------------------------------------------------------------------------------
    def receipt(self) -> list[Flowable]:
        f, st, ctx = self.finding, self.st, self.ctx
        spec = self.catalog.forms["tanda_terima"]
        label = spec.label
        out = self.title_block(spec.title, "")
        weekday = weekday_name_id(f.received_on) if f.received_on else BLANK
        received = format_date_id(f.received_on) if f.received_on else BLANK
        clock = format_clock_id(f.received_time) if f.received_time else BLANK
        out.append(Paragraph(text(label("intro").format(
            weekday=weekday, date=received, time=clock, zone=ctx.zone.code, office=ctx.office_name,
            election=ctx.election_title)), st.body_justify.clone("intro", spaceAfter=6)))
        subjects = [f"{s.name} ({subject_identity(self.catalog, s)})" for s in f.subjects]
        out.append(self.numbered([
            (label("reporter_name"), f.reporter_name or BLANK),
            (label("reporter_address"), f.reporter_address or BLANK),
            (label("reporter_phone"), f.reporter_phone or BLANK),
            (label("subjects"), "\n".join(subjects) or BLANK),
            (label("event"), self.event_name()),
            (label("event_date"), format_date_id(f.occurred_on, with_weekday=True)),
        ]))
        out += [*self.item_heading("7.", label("evidence")), *self.numbered_list(self.evidence_words(),
                                                                                    empty="Tidak ada.")]
        out.append(Paragraph(text(label("closing")), st.body_justify.clone("closing", spaceBefore=8)))
        place_date = ", ".join(x for x in (ctx.signing_place, received if f.received_on else "") if x)
        out.append(KeepTogether(self.two_signatures((label("reporter_sign"), f.reporter_name),
                                                    (label("receiver"), ctx.signer_name), place_date=place_date)))
        return out

    # -- registration ----------------------------------------------------------------------------------------
    def registration(self) -> list[Flowable]:
        f, st, ctx = self.finding, self.st, self.ctx
        spec = self.catalog.forms["registrasi"]
        label = spec.label
        laporan = not uses_form_a(f)
        out = self.title_block(label("title_laporan" if laporan else "title_temuan"),
                               f.register_number or "")
        if laporan:
            day, clock = self.received_text()
            origin = (label("origin_laporan"), f"{day}, pukul {clock}")
            who = (label("reporter"), ", ".join(x for x in (f.reporter_name, f.reporter_address) if x) or BLANK)
        else:
            written = format_date_id(f.written_on or f.known_on)
            origin = (label("origin_temuan"), f"{f.form_a_number or BLANK}, tanggal {written}")
            who = (label("finder"), ", ".join(x for x in (ctx.signer_name, ctx.office_name) if x) or BLANK)
        category = self.catalog.categories.get(f.category)
        status = self.catalog.statuses.get(f.status)
        provisions = provisions_for(f, self.catalog, ctx.election_kind)
        subjects = [para(f"{s.name} ({subject_identity(self.catalog, s)})", st.body) for s in f.subjects]
        out.append(self.numbered([
            (label("register_number"), f.register_number or BLANK),
            (label("registered_on"), format_date_id(f.registered_on, with_weekday=True) if f.registered_on
             else BLANK),
            origin, who,
            (label("subjects"), subjects or BLANK),
            (label("event"), self.event_name()),
            (label("event_place"), event_place(self.store, f) or BLANK),
            (label("event_date"), format_date_id(f.occurred_on, with_weekday=True)),
            (label("event_known"), format_date_id(f.known_on, with_weekday=True)),
            (label("category"), f"{category.code} — {category.name}" if category else f.category),
            (label("provisions"), [para(f"– {p}", st.body) for p in provisions.items] or BLANK),
            (label("status"), status.name if status else f.status),
        ]))
        out.append(self.signature(ctx, f.registered_on, roles=[f"{label('signer')},"]))
        return out


# -- rendering --------------------------------------------------------------------------------------------------

def _finding(store: Store, finding_id: str) -> Finding:
    return store.get_finding(store.resolve_id(finding_id))


def _require_laporan(finding: Finding, what: str) -> None:
    if uses_form_a(finding):
        raise ValidationError(f"{what} hanya untuk laporan masyarakat; temuan ini dilaporkan dengan Formulir Model A "
                              "(netralitas report form-a).", "source")


def _build(store: Store, finding: Finding, output: Path | str, code: str, make, *, title: str, subject: str,
           paper: str | None, letterhead: bool, annex: bool = False, cancelled=None) -> tuple[Path, int]:
    size = page_size(paper_name(paper, store))
    margins = Margins()
    width = frame_width(size, margins)
    st = styles(10)
    ctx = form_context(store, finding)
    builder = ModelBBuilder(store, finding, width, st, ctx)
    story: list[Flowable] = builder.model_line(code)
    if letterhead:
        story += letterhead_flowables(letterhead_from_store(store), width, st)
    story += make(builder)
    if annex:
        story += [PageBreak(), *annex_story(store, finding, width, st, cancelled=cancelled, form_label=title)]
    data, pages = build_pdf(story, pagesize=size, margins=margins, title=title, author=ctx.office_name,
                            subject=subject, keywords=[title, finding.category], footer_left=title,
                            cancelled=cancelled)
    return write_pdf(output, data), pages


def build_laporan(store: Store, finding_id: str, output: Path | str, *, paper: str | None = None, annex: bool = True,
                  letterhead: bool = True, cancelled=None) -> tuple[Path, int]:
    """Formulir Model B.1 of a public report (with its evidence annex by default); returns path and page count."""
    finding = _finding(store, finding_id)
    _require_laporan(finding, "Formulir Model B.1")
    ctx = form_context(store, finding)
    model = store.catalog.forms["laporan"].model[ctx.election_kind]
    number = finding.register_number or finding.id[:8]
    return _build(store, finding, output, "laporan", ModelBBuilder.laporan,
                  title=f"Formulir Model {model} Nomor {number}",
                  subject=f"Laporan dugaan pelanggaran: {finding.title or finding.category}, pelapor "
                          f"{finding.reporter_name}", paper=paper, letterhead=letterhead, annex=annex,
                  cancelled=cancelled)


def build_receipt(store: Store, finding_id: str, output: Path | str, *, paper: str | None = None,
                  letterhead: bool = True) -> tuple[Path, int]:
    """The receipt handed to the reporter (tanda bukti penyampaian laporan); returns path and page count."""
    finding = _finding(store, finding_id)
    _require_laporan(finding, "Tanda bukti penyampaian laporan")
    return _build(store, finding, output, "tanda_terima", ModelBBuilder.receipt,
                  title=f"Tanda Bukti Penyampaian Laporan {finding.reporter_name}".strip(),
                  subject=f"Tanda terima laporan diterima {format_date_id(finding.received_on)}", paper=paper,
                  letterhead=letterhead)


def build_registration(store: Store, finding_id: str, output: Path | str, *, paper: str | None = None,
                       letterhead: bool = True) -> tuple[Path, int]:
    """The registration form of a registered temuan or laporan; refused before it is registered."""
    finding = _finding(store, finding_id)
    if not finding.register_number:
        raise ValidationError("Temuan/laporan ini belum diregistrasi: nomor registrasi diberikan saat statusnya "
                              "diubah menjadi 'teregistrasi'.", "register_number")
    return _build(store, finding, output, "registrasi", ModelBBuilder.registration,
                  title=f"Registrasi {finding.register_number}",
                  subject=f"Formulir registrasi {finding.register_number}", paper=paper, letterhead=letterhead)


def render_laporan(store: Store, finding_id: str, output: Path | str, **options) -> Path:
    """Write Formulir Model B.1 of a laporan; returns the path."""
    return build_laporan(store, finding_id, output, **options)[0]


def render_receipt(store: Store, finding_id: str, output: Path | str, **options) -> Path:
    """Write the receipt of a laporan; returns the path."""
    return build_receipt(store, finding_id, output, **options)[0]


def render_registration(store: Store, finding_id: str, output: Path | str, **options) -> Path:
    """Write the registration form of a registered finding; returns the path."""
    return build_registration(store, finding_id, output, **options)[0]
