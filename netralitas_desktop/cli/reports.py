"""`netralitas report …`: Form A, register and recap as PDF files.

The report modules are imported inside the commands: they load ReportLab and Pillow (about 0.3 s), which no
other command needs.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from netralitas_desktop.cli.arguments import date_arg, path_arg
from netralitas_desktop.cli.output import echo
from netralitas_desktop.data.store import Store

PAPERS = ("A4", "F4")


def _date(text: str | None, flag: str) -> date | None:
    value = date_arg(text, flag)
    return date.fromisoformat(value) if value else None


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
        output = args.output or Path(default_filename(
            "form-a", number=finding.register_number or finding.form_a_number or finding.id[:8]))
        path, pages = build_form_a(store, finding.id, output, paper=args.paper, annex=not args.no_annex,
                                   letterhead=args.letterhead)
    echo(_saved("Formulir Model A", path, pages))
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from netralitas_desktop.reports.common import default_filename
    from netralitas_desktop.reports.register import build_register, register_filter

    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    filt = register_filter(date_from, date_to, args.region or "", args.status or [])
    output = args.output or Path(default_filename("register", date_from=date_from, date_to=date_to,
                                                  region=args.region or ""))
    with Store(args.data_dir, readonly=True) as store:
        path, pages = build_register(store, filt, output, paper=args.paper, today=_date(args.per, "--per"))
        count = store.count_findings(filt)
    echo(_saved(f"Buku register ({count} temuan)", path, pages))
    return 0


def cmd_recap(args: argparse.Namespace) -> int:
    from netralitas_desktop.reports.common import default_filename
    from netralitas_desktop.reports.recap import build_recap

    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    output = args.output or Path(default_filename("recap", date_from=date_from, date_to=date_to,
                                                  region=args.region or ""))
    with Store(args.data_dir, readonly=True) as store:
        path, pages = build_recap(store, date_from, date_to, output, region=args.region or "", paper=args.paper,
                                  today=_date(args.per, "--per"))
    echo(_saved("Rekapitulasi", path, pages))
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the report subcommands on the main parser's subparsers."""
    report = commands.add_parser("report", help="cetak PDF: Formulir Model A, buku register, rekapitulasi")
    reports = report.add_subparsers(dest="report_command", required=True, metavar="LAPORAN")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", type=path_arg, help="berkas PDF tujuan (bawaan: nama yang menjelaskan isinya)")
        p.add_argument("--paper", type=_paper, default=None, metavar="A4|F4",
                       help="ukuran kertas (bawaan: pengaturan paper_size)")

    p = reports.add_parser("form-a", help="Formulir Model A satu temuan, dengan lampiran bukti")
    p.add_argument("id", help="ID, awalan ID, nomor register atau nomor Form A")
    common(p)
    p.add_argument("--no-annex", action="store_true", help="tanpa lampiran bukti")
    p.add_argument("--letterhead", action="store_true", help="dengan kop surat (bawaan: tanpa, sesuai Perbawaslu "
                   "5/2022)")
    p.set_defaults(func=cmd_form_a)

    p = reports.add_parser("register", help="buku register temuan untuk satu periode")
    p.add_argument("--from", dest="date_from", help="tanggal diketahui awal TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", help="tanggal diketahui akhir TTTT-BB-HH")
    p.add_argument("--region", help="kode wilayah, mis. 19.03 (termasuk wilayah di bawahnya)")
    p.add_argument("--status", action="append", help="hanya status ini (boleh berulang)")
    p.add_argument("--per", help="tanggal acuan batas waktu TTTT-BB-HH (bawaan: hari ini)")
    common(p)
    p.set_defaults(func=cmd_register)

    p = reports.add_parser("recap", help="rekapitulasi satu periode dan wilayah, dengan grafik")
    p.add_argument("--from", dest="date_from", required=True, help="tanggal diketahui awal TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", required=True, help="tanggal diketahui akhir TTTT-BB-HH")
    p.add_argument("--region", help="kode wilayah, mis. 19.03")
    p.add_argument("--per", help="tanggal acuan batas waktu TTTT-BB-HH (bawaan: hari ini)")
    common(p)
    p.set_defaults(func=cmd_recap)
