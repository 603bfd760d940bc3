"""`netralitas evidence …`: add files to a finding's evidence, mark an item removed (the file stays)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from netralitas_desktop.cli.arguments import path_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.data.store import Store


def cmd_add(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        items = store.add_evidence(store.resolve_id(args.id), args.files, url=args.url or "", note=args.note or "")
    if args.json:
        print_json([asdict(item) for item in items])
    for item in items:
        echo(f"Bukti disimpan: {item.name} sha256={item.sha256}", err=args.json)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        store.remove_evidence(args.evidence_id, args.reason)
    echo("Bukti ditandai dihapus; berkasnya tetap disimpan dan tercatat di log audit.")
    return 0


def cmd_describe(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        store.describe_evidence(args.evidence_id, args.text)
    echo("Uraian bukti disimpan; dicetak sebagai barang bukti pada formulir.")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `evidence …` on the main parser's subcommands."""
    evidence = commands.add_parser("evidence", help="bukti: tambah, hapus (tercatat)")
    sub = evidence.add_subparsers(dest="evidence_command", required=True, metavar="AKSI")
    p = sub.add_parser("add", help="tambahkan berkas bukti ke temuan")
    p.add_argument("id")
    p.add_argument("files", nargs="+", type=path_arg)
    p.add_argument("--url", help="tautan konten daring yang dibuktikan")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("remove", help="tandai bukti dihapus (dengan alasan)")
    p.add_argument("evidence_id")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_remove)
    p = sub.add_parser("describe", help="uraikan bukti dengan kata-kata (barang bukti pada formulir)")
    p.add_argument("evidence_id")
    p.add_argument("text", help="mis. 'Tangkapan layar unggahan akun Facebook terlapor tanggal 2 Desember 2023'")
    p.set_defaults(func=cmd_describe)
