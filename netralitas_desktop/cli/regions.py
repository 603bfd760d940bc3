"""`netralitas region TEXT`: look up Kemendagri region codes by name."""

from __future__ import annotations

import argparse

from netralitas_desktop.cli.arguments import count_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.domain.regions import load_regions


def cmd_region(args: argparse.Namespace) -> int:
    regions = load_regions()
    found = regions.search(args.text, level=args.level, within=args.within, limit=args.limit)
    if args.json:
        print_json([{"code": r.code, "name": r.name, "level": r.level, "full_name": regions.full_name(r.code)}
                    for r in found])
    else:
        for r in found:
            echo(f"{r.code:<14} {regions.full_name(r.code)}")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `region` on the main parser's subcommands."""
    p = commands.add_parser("region", help="cari wilayah (kode Kemendagri)")
    p.add_argument("text")
    p.add_argument("--level", choices=("provinsi", "kabupaten", "kecamatan", "desa"))
    p.add_argument("--within")
    p.add_argument("--limit", type=count_arg, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_region, store_passphrase_role="none")  # no store needed
