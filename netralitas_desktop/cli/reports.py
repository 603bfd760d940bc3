"""`netralitas report …`: Form A, Model B.1, receipt, registration, register and recap (PDF; register and recap
also as Excel .xlsx).

The report modules are imported inside the commands: they load ReportLab, Pillow and openpyxl (about 0.3 s), which
no other command needs.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from netralitas_desktop.cli.arguments import date_arg, path_arg
from netralitas_desktop.cli.output import echo
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.forms import uses_form_a
from netralitas_desktop.domain.model import Finding

PAPERS = ("A4", "F4")


def _date(text: str | None, flag: str) -> date | None:
    value = date_arg(text, flag)
    return date.fromisoformat(value) if value else None


def _period(args: argparse.Namespace) -> tuple[date, date]:
    """The recap's period: both ends are required."""
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if date_from is None or date_to is None:
        raise ValidationError("Rekapitulasi memerlukan tanggal awal dan tanggal akhir (--from dan --to).")
    return date_from, date_to


def _paper(text: str) -> str:
    value = text.strip().upper()
    if value == "FOLIO":
        return "F4"
    if value not in PAPERS:
        raise argparse.ArgumentTypeError(f"ukuran kertas tidak dikenal: '{text}' (pilih A4 atau F4)")
    return value


def _saved(kind: str, path: Path, pages: int) -> str:
    size = path.stat().st_size
    shown = f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
    return f"{kind} disimpan: {path} ({pages} halaman, {shown.replace('.', ',')})."


def cmd_form_a(args: argparse.Namespace) -> int:
    from netralitas_desktop.reports.common import default_filename
    from netralitas_desktop.reports.form_a import build_form_a

    with Store(args.data_dir, readonly=True) as store:
        finding = store.get_finding(store.resolve_id(args.id))
        if not uses_form_a(finding):  # a public report is not reported on Form A
            return _model_b(args, "laporan", store=store, finding=finding)
        output = args.output or Path(default_filename(
            "form-a", number=finding.register_number or finding.form_a_number or finding.id[:8]))
        path, pages = build_form_a(store, finding.id, output, paper=args.paper, annex=not args.no_annex,
                                   letterhead=args.letterhead)
    echo(_saved("Formulir Model A", path, pages))
    return 0


MODEL_B = {
    # kind: (what is printed, builder name in reports.model_b, default file name kind)
    "laporan": ("Formulir Model B.1 (laporan)", "build_laporan", "laporan"),
    "receipt": ("Tanda bukti penyampaian laporan", "build_receipt", "receipt"),
    "registration": ("Formulir registrasi", "build_registration", "registration"),
}


def _model_b(args: argparse.Namespace, kind: str, *, store: Store | None = None,
             finding: Finding | None = None) -> int:
    from netralitas_desktop.reports import model_b
    from netralitas_desktop.reports.common import default_filename

    what, builder, file_kind = MODEL_B[kind]
    options = {"paper": args.paper, "letterhead": not getattr(args, "no_letterhead", False)}
    if kind == "laporan":
        options["annex"] = not args.no_annex
    own = store is None
    store = store or Store(args.data_dir, readonly=True)
    try:
        finding = finding or store.get_finding(store.resolve_id(args.id))
        output = args.output or Path(default_filename(file_kind, number=finding.register_number or finding.id[:8]))
        path, pages = getattr(model_b, builder)(store, finding.id, output, **options)
    finally:
        if own:
            store.close()
    echo(_saved(what, path, pages))
    return 0


def cmd_laporan(args: argparse.Namespace) -> int:
    return _model_b(args, "laporan")


def cmd_receipt(args: argparse.Namespace) -> int:
    return _model_b(args, "receipt")


def cmd_registration(args: argparse.Namespace) -> int:
    return _model_b(args, "registration")


def _format(args: argparse.Namespace) -> str:
    """ "pdf" or "xlsx": --format when given, else the suffix of -o; a contradiction is refused."""
    suffix = args.output.suffix.lower() if args.output else ""
    by_name = "xlsx" if suffix == ".xlsx" else ("pdf" if suffix == ".pdf" else "")
    if args.format and by_name and args.format != by_name:
        raise ValidationError(f"--format {args.format} tidak cocok dengan nama berkas {args.output.name}.")
    return args.format or by_name or "pdf"


def _saved_xlsx(kind: str, path: Path, detail: str) -> str:
    size = path.stat().st_size
    shown = f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
    return f"{kind} disimpan: {path} ({detail}, {shown.replace('.', ',')})."


def cmd_register(args: argparse.Namespace) -> int:
    from netralitas_desktop.reports.common import default_filename
    from netralitas_desktop.reports.register import build_register, register_filter

    fmt = _format(args)
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    filt = register_filter(date_from, date_to, args.region or "", args.status or [])
    output = args.output or Path(default_filename("register", date_from=date_from, date_to=date_to,
                                                  region=args.region or "", suffix=f".{fmt}"))
    with Store(args.data_dir, readonly=True) as store:
        if fmt == "xlsx":
            from netralitas_desktop.reports.xlsx import build_register_xlsx

            path, rows = build_register_xlsx(store, filt, output, today=_date(args.per, "--per"))
            echo(_saved_xlsx("Buku register (Excel)", path, f"{rows} temuan"))
            return 0
        path, pages = build_register(store, filt, output, paper=args.paper, today=_date(args.per, "--per"))
        count = store.count_findings(filt)
    echo(_saved(f"Buku register ({count} temuan)", path, pages))
    return 0


def cmd_recap(args: argparse.Namespace) -> int:
    from netralitas_desktop.reports.common import default_filename
    from netralitas_desktop.reports.recap import build_recap

    fmt = _format(args)
    date_from, date_to = _period(args)
    output = args.output or Path(default_filename("recap", date_from=date_from, date_to=date_to,
                                                  region=args.region or "", suffix=f".{fmt}"))
    with Store(args.data_dir, readonly=True) as store:
        if fmt == "xlsx":
            from netralitas_desktop.reports.xlsx import build_recap_xlsx

            path, sheets = build_recap_xlsx(store, date_from, date_to, output, region=args.region or "",
                                            today=_date(args.per, "--per"))
            echo(_saved_xlsx("Rekapitulasi (Excel)", path, f"{sheets} lembar"))
            return 0
        path, pages = build_recap(store, date_from, date_to, output, region=args.region or "", paper=args.paper,
                                  today=_date(args.per, "--per"))
    echo(_saved("Rekapitulasi", path, pages))
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the report subcommands on the main parser's subparsers."""
    report = commands.add_parser("report", help="cetak PDF: Formulir Model A dan B, tanda terima, registrasi, buku "
                                 "register, rekapitulasi (register dan rekapitulasi juga Excel)")
    reports = report.add_subparsers(dest="report_command", required=True, metavar="LAPORAN")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", type=path_arg, help="berkas tujuan (bawaan: nama yang menjelaskan isinya)")
        p.add_argument("--paper", type=_paper, default=None, metavar="A4|F4",
                       help="ukuran kertas (bawaan: pengaturan paper_size)")

    p = reports.add_parser("form-a", help="Formulir Model A satu temuan, dengan lampiran bukti")
    p.add_argument("id", help="ID, awalan ID, nomor register atau nomor Form A")
    common(p)
    p.add_argument("--no-annex", action="store_true", help="tanpa lampiran bukti")
    p.add_argument("--letterhead", action="store_true", help="dengan kop surat (bawaan: tanpa, sesuai Perbawaslu "
                   "5/2022)")
    p.set_defaults(func=cmd_form_a)

    for name, func, help_text in (
            ("laporan", cmd_laporan, "Formulir Model B.1 laporan masyarakat, dengan lampiran bukti"),
            ("receipt", cmd_receipt, "tanda bukti penyampaian laporan untuk pelapor"),
            ("registration", cmd_registration, "formulir registrasi temuan/laporan yang sudah teregistrasi")):
        p = reports.add_parser(name, help=help_text)
        p.add_argument("id", help="ID, awalan ID atau nomor register")
        common(p)
        if name == "laporan":
            p.add_argument("--no-annex", action="store_true", help="tanpa lampiran bukti")
        p.add_argument("--no-letterhead", action="store_true", help="tanpa kop surat")
        p.set_defaults(func=func)

    p = reports.add_parser("register", help="buku register temuan untuk satu periode")
    p.add_argument("--from", dest="date_from", help="tanggal diketahui awal TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", help="tanggal diketahui akhir TTTT-BB-HH")
    p.add_argument("--region", help="kode wilayah, mis. 19.03 (termasuk wilayah di bawahnya)")
    p.add_argument("--status", action="append", help="hanya status ini (boleh berulang)")
    p.add_argument("--per", help="tanggal acuan batas waktu TTTT-BB-HH (bawaan: hari ini)")
    common(p)
    p.add_argument("--format", choices=("pdf", "xlsx"), help="pdf atau xlsx (bawaan: dari akhiran -o, lalu pdf)")
    p.set_defaults(func=cmd_register)

    p = reports.add_parser("recap", help="rekapitulasi satu periode dan wilayah, dengan grafik")
    p.add_argument("--from", dest="date_from", required=True, help="tanggal diketahui awal TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", required=True, help="tanggal diketahui akhir TTTT-BB-HH")
    p.add_argument("--region", help="kode wilayah, mis. 19.03")
    p.add_argument("--per", help="tanggal acuan batas waktu TTTT-BB-HH (bawaan: hari ini)")
    common(p)
    p.add_argument("--format", choices=("pdf", "xlsx"), help="pdf atau xlsx (bawaan: dari akhiran -o, lalu pdf)")
    p.set_defaults(func=cmd_recap)
