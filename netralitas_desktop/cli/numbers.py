"""`netralitas numbers …`: how this laptop numbers Form A and register numbers, and blocks of the kabupaten/kota's
Form A series handed down (docs/numbering.md)."""

from __future__ import annotations

import argparse

from netralitas_desktop.cli.output import echo, print_json, print_warning
from netralitas_desktop.data import numbers
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.numbering import device_tag


def cmd_show(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        keeper = numbers.is_series_keeper(store)
        year = store.today().year
        states = numbers.blocks(store)
        left = numbers.numbers_left(store, year)
        data = {"device_id": store.device_id, "device_tag": device_tag(store.device_id), "series_keeper": keeper,
                "office_part": numbers.own_office_part(store), "level": store.office.level,
                "numbers_left": {str(year): left},
                "blocks": [{**vars(s.block), "used": s.used, "left": s.left} for s in states]}
        names = numbers.office_names(store)
        own_series = keeper and store.office.level in numbers.SERIES_LEVELS
    if args.json:
        print_json(data)
        return 0
    echo(f"Laptop ini       : {store.device_id[:8]}, tanda {data['device_tag']}"
         f"{' — penyimpan seri kantor' if keeper else ''}")
    echo(f"Kode kantor      : {data['office_part']}")
    if own_series:
        echo("Formulir A       : seri LHP kantor ini sendiri (beri blok kepada kantor di bawah dengan "
             "`netralitas numbers give`)")
    else:
        echo(f"Formulir A       : dari blok seri kabupaten/kota; sisa {left} nomor untuk {year}"
             + ("" if left else ", lalu nomor sendiri bertanda laptop ini"))
    echo("Nomor register   : " + ("seri kantor" if keeper else f"seri kantor dengan tanda {data['device_tag']}"))
    for state in states:
        block = state.block
        who = "laptop ini" if state.used is not None else (
            f"{names.get(block.target_office_id, block.target_office_id[:8])}, perangkat {block.target_device_id[:8]}")
        use = f", terpakai {state.used}, sisa {state.left}" if state.used is not None else ""
        echo(f"Blok {block.year}        : {block.first}–{block.last} ({block.office_code}) untuk {who}{use}")
    if not own_series and left <= numbers.LOW_BLOCK:
        print_warning(f"Nomor Formulir A dari blok kabupaten/kota tinggal {left} untuk {year}: minta blok baru "
                      "(datang dengan bundel balik).")
    return 0


def cmd_give(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        given = numbers.give_blocks(store, args.office, args.count, year=args.year, devices=args.device or [])
        names = numbers.office_names(store)
    if args.json:
        print_json([vars(block) for block in given])
        return 0
    for block in given:
        echo(f"Blok {block.year} nomor {block.first}–{block.last} untuk "
             f"{names.get(block.target_office_id, block.target_office_id[:8])}, perangkat "
             f"{block.target_device_id[:8]}.")
    echo("Blok ikut terkirim pada bundel balik berikutnya ke kantor itu (netralitas bundle export --to …).")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `numbers …` on the main parser's subcommands."""
    group = commands.add_parser("numbers", help="penomoran Formulir A dan register: blok nomor kabupaten/kota")
    sub = group.add_subparsers(dest="numbers_command", required=True, metavar="AKSI")
    p = sub.add_parser("show", help="cara laptop ini memberi nomor, dan blok nomor yang dipegang")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("give", help="beri blok nomor Formulir A kepada perangkat kantor di bawah (kabupaten/kota)")
    p.add_argument("office", help="kantor tujuan: ID, awalan ID, atau kode wilayah")
    p.add_argument("--count", type=int, required=True, help="jumlah nomor per perangkat")
    p.add_argument("--device", action="append", help="hanya perangkat ini (ID atau awalannya; boleh berulang)")
    p.add_argument("--year", type=int, help="tahun seri (bawaan: tahun ini)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_give)
