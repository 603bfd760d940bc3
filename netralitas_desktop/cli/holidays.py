"""`netralitas holidays …`: the national holidays and cuti bersama deadlines count with, and the office's changes."""

from __future__ import annotations

import argparse

from netralitas_desktop.cli.arguments import path_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.domain.holidays import HOLIDAY_KINDS
from netralitas_desktop.domain.validation import normalise_date


def cmd_list(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        calendar = store.holiday_calendar()
    holidays = calendar.in_year(args.year)
    if args.json:
        print_json({"known_years": sorted(calendar.known_years),
                    "years": [{"year": y.year, "source": y.source, "provisional": y.provisional}
                              for y in sorted(calendar.years.values(), key=lambda y: y.year)],
                    "holidays": [h.to_json() for h in holidays]})
        return 0
    for holiday in holidays:
        mark = "  (sementara)" if holiday.provisional else ""
        echo(f"{holiday.date.isoformat()}  {format_date_id(holiday.date, with_weekday=True):<28} "
             f"{HOLIDAY_KINDS.get(holiday.kind, holiday.kind):<22} {holiday.name}{mark}")
    years = ", ".join(str(y) for y in sorted(calendar.known_years)) or "tidak ada"
    echo(f"{len(holidays)} hari libur. Tahun yang daftarnya lengkap: {years}; batas waktu sesudahnya adalah "
         "perkiraan.", err=True)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        holiday = store.add_holiday(args.date, args.name, kind=args.kind, provisional=args.provisional,
                                    source=args.source)
    echo(f"Hari libur disimpan: {format_date_id(holiday.date, with_weekday=True)} — {holiday.name}.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        holiday = store.remove_holiday(normalise_date(args.date, "Tanggal", "date"))
    echo(f"Dihapus dari daftar hari libur: {format_date_id(holiday.date, with_weekday=True)} — {holiday.name}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        result = store.import_holidays(args.file)
    years = ", ".join(str(y) for y in result.years)
    provisional = f", {result.provisional} sementara" if result.provisional else ""
    echo(f"Daftar hari libur {years} dimuat dari {args.file.name}: {result.holidays} hari ({result.added} baru, "
         f"{result.removed} dihapus{provisional}).")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `holidays …` on the main parser's subcommands."""
    group = commands.add_parser("holidays", help="hari libur nasional dan cuti bersama untuk menghitung hari kerja")
    sub = group.add_subparsers(dest="holidays_command", required=True, metavar="AKSI")
    p = sub.add_parser("list", help="daftar hari libur (semua, atau satu tahun)")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("import", help="muat berkas CSV atau JSON: daftar tahun-tahun di dalamnya diganti isinya")
    p.add_argument("file", type=path_arg)
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("add", help="tambah atau ubah satu hari libur")
    p.add_argument("date")
    p.add_argument("name")
    p.add_argument("--kind", default="libur_nasional", choices=tuple(HOLIDAY_KINDS))
    p.add_argument("--provisional", action="store_true", help="tanggal belum dicocokkan dengan keputusan resmi")
    p.add_argument("--source", default="", help="dasar penetapan, mis. nomor SKB")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("remove", help="hapus satu hari libur dari daftar kantor ini")
    p.add_argument("date")
    p.set_defaults(func=cmd_remove)
