"""`netralitas check`, `demo`, `backup` and `restore`: look after the store as a whole."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from netralitas_desktop.cli.arguments import findings_count_arg, path_arg
from netralitas_desktop.cli.output import echo
from netralitas_desktop.cli.protection import given_store_passphrase
from netralitas_desktop.data import store_key
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.dates_id import byte_count
from netralitas_desktop.domain.errors import StoreError, ValidationError
from netralitas_desktop.services.backup import identities_from_file, make_backup, restore_backup
from netralitas_desktop.services.demo import generate_demo


def cmd_check(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        problems = store.check()
    if problems:
        for problem in problems:
            echo(f"- {problem}")
        echo(f"Pemeriksaan menemukan {len(problems)} masalah.", err=True)
        return 1
    echo("Basis data, semua berkas bukti dan rantai log audit dalam keadaan baik.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        count = generate_demo(store, args.findings, seed=args.seed)
    echo(f"{count} temuan contoh dibuat.")
    return 0


def read_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The passphrase from --passphrase-file, $NETRALITAS_PASSPHRASE, or asked twice at the terminal."""
    if args.passphrase_file:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8").rstrip("\n"))
        except (OSError, UnicodeDecodeError) as err:
            raise ValidationError(f"Berkas frasa sandi tidak dapat dibaca: {args.passphrase_file}") from err
    if os.environ.get("NETRALITAS_PASSPHRASE"):
        return os.environ["NETRALITAS_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise ValidationError("Frasa sandi diperlukan: gunakan --passphrase-file atau $NETRALITAS_PASSPHRASE.")
    first = getpass.getpass("Frasa sandi: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != first:
        raise ValidationError("Frasa sandi tidak sama.")
    return first


def cmd_backup(args: argparse.Namespace) -> int:
    secret = read_passphrase(args, confirm=True)
    if len(secret) < 8:
        raise ValidationError("Frasa sandi minimal 8 karakter.")
    result = make_backup(args.data_dir, args.output, passphrase=secret)
    echo(f"Cadangan dibuat: {result.path} ({result.files} berkas, {result.evidence_files} bukti, "
         f"{byte_count(result.bytes)}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.identity:
        count = restore_backup(args.file, args.data_dir, identities=identities_from_file(args.identity))
    else:
        count = restore_backup(args.file, args.data_dir, passphrase=read_passphrase(args, confirm=False))
    if store_key.is_protected(args.data_dir):  # restored as it was kept: it opens with the store passphrase
        passphrase = given_store_passphrase(args)
        if passphrase is None:
            echo(f"Cadangan dipulihkan ke {args.data_dir} ({count} berkas, SHA-256 cocok). Data ini dilindungi kata "
                 "sandi data: periksa dengan `netralitas check` setelah membukanya.")
            return 0
        store_key.unlock(args.data_dir, passphrase)
    with Store(args.data_dir) as store:
        problems = store.check()
    if problems:
        raise StoreError("Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: " + "; ".join(problems))
    echo(f"Cadangan dipulihkan ke {args.data_dir} ({count} berkas) dan lolos pemeriksaan.")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `check`, `demo`, `backup` and `restore` on the main parser's subcommands."""
    p = commands.add_parser("check", help="periksa basis data, berkas bukti dan log audit")
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("demo", help="buat data contoh")
    p.add_argument("--findings", type=findings_count_arg, default=200)
    p.add_argument("--seed", type=int, default=2024)
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("backup", help="buat cadangan terenkripsi (frasa sandi)")
    p.add_argument("-o", "--output", type=path_arg, required=True)
    p.add_argument("--passphrase-file", type=path_arg)
    p.set_defaults(func=cmd_backup)
    p = commands.add_parser("restore", help="pulihkan cadangan ke folder data kosong")
    p.add_argument("file", type=path_arg)
    p.add_argument("--passphrase-file", type=path_arg)
    p.add_argument("--identity", type=path_arg, help="kunci age (untuk cadangan otomatis: keys/age-identity.txt)")
    p.set_defaults(func=cmd_restore)
