"""`netralitas subject …`: every finding about one person (NIP, NIK or name), and the people reported more than
once."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from netralitas_desktop.cli.arguments import count_arg, date_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.data.store import Store
from netralitas_desktop.services.subjects import repeat_subjects, subject_view


def cmd_show(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        view = subject_view(store, args.who)
    if args.json:
        print_json(view.to_json())
        return 0
    if not view.same:
        echo(f"Tidak ada temuan tentang terlapor '{args.who}'.")
    else:
        numbers = [f"NIP {n}" for n in view.numbers("nip")] + [f"NIK {n}" for n in view.numbers("nik")]
        echo(f"Terlapor : {' / '.join(view.names)}" + (f"  ({', '.join(numbers)})" if numbers else ""))
        echo(f"Instansi : {' / '.join(view.numbers('agency')) or '-'}")
        echo(f"Temuan   : {len(view.finding_ids)} dari {len(view.offices)} kantor ({', '.join(view.offices)})")
        for m in view.same:
            echo(f"{m.finding_id[:8]}  {m.known_on}  {m.status:<18} {m.category:<15} {m.office_name:<36} "
                 f"{m.name}  {m.register_number or ''}")
    for m in view.possible:
        echo(f"mungkin  {m.finding_id[:8]}  {m.known_on}  {m.office_name}  {m.name} ({m.agency}, tanpa NIP/NIK)")
    return 0


def cmd_repeats(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        found = repeat_subjects(store, region=args.region or "", date_from=date_arg(args.date_from, "--from"),
                                date_to=date_arg(args.date_to, "--to"), minimum=args.min, limit=args.limit)
    if args.json:
        print_json([asdict(r) for r in found])
        return 0
    for r in found:
        number = f"NIP {r.nip}" if r.nip else f"NIK {r.nik}" if r.nik else "tanpa NIP/NIK"
        echo(f"{r.findings:>3} temuan  {r.offices:>2} kantor  {r.name}  ({number}; {r.agency or '-'})  "
             f"{', '.join(r.office_names)}")
    echo(f"{len(found)} terlapor dilaporkan lebih dari sekali.", err=True)
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `subject …` on the main parser's subcommands."""
    subject = commands.add_parser("subject", help="terlapor: semua temuan tentang satu orang, terlapor berulang")
    sub = subject.add_subparsers(dest="subject_command", required=True, metavar="AKSI")
    p = sub.add_parser("show", help="semua temuan tentang satu terlapor (NIP, NIK atau nama)")
    p.add_argument("who", metavar="NIP|NIK|NAMA")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("repeats", help="terlapor yang ada di lebih dari satu temuan")
    p.add_argument("--region", help="hanya temuan di wilayah ini (kode Kemendagri)")
    p.add_argument("--from", dest="date_from", help="tanggal diketahui sejak TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", help="tanggal diketahui sampai TTTT-BB-HH")
    p.add_argument("--min", type=count_arg, default=2, help="paling sedikit sekian temuan (bawaan 2)")
    p.add_argument("--limit", type=count_arg)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_repeats)
