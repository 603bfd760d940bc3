"""The store passphrase on the command line: `protect`, `passphrase change|sheet|recover|status`, and the unlocking
every command does first.

The store passphrase comes from `--store-passphrase-file FILE` (before the subcommand) or
$NETRALITAS_STORE_PASSPHRASE, else it is asked at a terminal; a new one (change, recovery) from
`--new-passphrase-file FILE` or $NETRALITAS_NEW_STORE_PASSPHRASE, else asked twice. The backup passphrase is a
different one (`backup --passphrase-file`, $NETRALITAS_PASSPHRASE).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from netralitas_desktop.cli.arguments import path_arg
from netralitas_desktop.cli.output import echo, print_json, print_warning
from netralitas_desktop.data import store_key
from netralitas_desktop.data.conversion import describe, protect_store
from netralitas_desktop.data.keys import age_identity_for, recipients
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.services.store_recovery import identities_in_file, recover_store

STORE_PASSPHRASE_VARIABLE = "NETRALITAS_STORE_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "NETRALITAS_NEW_STORE_PASSPHRASE"


def _read_passphrase_file(path: Path) -> str:
    try:
        return str(Path(path).read_text(encoding="utf-8").rstrip("\r\n"))
    except (OSError, UnicodeDecodeError) as err:
        raise ValidationError(f"Berkas kata sandi tidak dapat dibaca: {path}", "passphrase") from err


def given_store_passphrase(args: argparse.Namespace) -> str | None:
    """The store passphrase given to this command (file before environment), or None."""
    if getattr(args, "store_passphrase_file", None):
        return _read_passphrase_file(args.store_passphrase_file)
    return os.environ.get(STORE_PASSPHRASE_VARIABLE) or None


def _ask(prompt: str, *, confirm: bool) -> str:
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi: ") != first:
        raise ValidationError("Kata sandi tidak sama.", "passphrase")
    return first


def store_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The store passphrase, asked at a terminal when not given (twice for a new one)."""
    given = given_store_passphrase(args)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(f"Kata sandi data diperlukan: setel ${STORE_PASSPHRASE_VARIABLE} atau berikan "
                              "--store-passphrase-file BERKAS sebelum perintahnya.", "passphrase")
    return _ask("Kata sandi data: ", confirm=new)


def new_store_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase of `passphrase change` and `passphrase recover`."""
    if getattr(args, "new_passphrase_file", None):
        return store_key.check_new_passphrase(_read_passphrase_file(args.new_passphrase_file))
    if os.environ.get(NEW_PASSPHRASE_VARIABLE):
        return store_key.check_new_passphrase(os.environ[NEW_PASSPHRASE_VARIABLE])
    if not sys.stdin.isatty():
        raise ValidationError(f"Kata sandi baru diperlukan: --new-passphrase-file BERKAS atau "
                              f"${NEW_PASSPHRASE_VARIABLE}.", "passphrase")
    return store_key.check_new_passphrase(_ask("Kata sandi baru: ", confirm=True))


def unlock_for_command(args: argparse.Namespace) -> None:
    """Before a command runs: unlock the data dir's store when it is protected (a wrong passphrase is refused
    here, in one line); warn when a store passphrase is given for a store that has none."""
    role = getattr(args, "store_passphrase_role", "unlock")
    if role in ("none", "create"):
        return
    if store_key.is_protected(args.data_dir):
        store_key.unlock(args.data_dir, store_passphrase(args))
    elif given_store_passphrase(args) is not None and (args.data_dir / store_key.DB_NAME).exists():
        print_warning("data ini belum dilindungi kata sandi (kata sandi data diabaikan); lindungi dengan "
                      "`netralitas protect`.")


def cmd_protect(args: argparse.Namespace) -> int:
    if store_key.is_protected(args.data_dir):
        raise ValidationError("Data ini sudah dilindungi kata sandi.", "passphrase")
    passphrase = store_key.check_new_passphrase(store_passphrase(args, new=True))
    with Store(args.data_dir) as store:  # finishes an interrupted import first, like every command
        headquarters = [r["key"] for r in recipients(store)]
    protect_store(args.data_dir, passphrase, headquarters)
    echo(f"Data di {args.data_dir} kini dilindungi kata sandi: basis data, berkas bukti, draf dan kunci perangkat "
         "terenkripsi.")
    if args.recovery_sheet:
        _write_sheet(args.data_dir, args.recovery_sheet)
    elif not headquarters:
        print_warning("belum ada kunci kantor atasan, jadi kata sandi yang terlupa hanya dapat dipulihkan dengan "
                      "lembar pemulihan: cetak dengan `netralitas passphrase sheet -o BERKAS.pdf`.")
    return 0


def _write_sheet(data_dir: Path, output: Path) -> None:
    from netralitas_desktop.reports.recovery_sheet import write_new_recovery_sheet  # ReportLab: only when printing

    path = write_new_recovery_sheet(data_dir, output)
    echo(f"Lembar pemulihan ditulis ke {path}: cetak, simpan terpisah dari laptop, lalu hapus berkasnya. "
         "Kode pada lembar sebelumnya (bila ada) tidak berlaku lagi.")


def cmd_passphrase(args: argparse.Namespace) -> int:
    if args.action == "status":
        info = describe(args.data_dir)
        if args.json:
            print_json(info)
        elif not info["protected"]:
            echo("Data ini TIDAK dilindungi kata sandi (lindungi dengan `netralitas protect`).")
        else:
            headquarters = list(info["headquarters"])  # type: ignore[call-overload]
            echo("Data ini dilindungi kata sandi (basis data, bukti, draf dan kunci perangkat terenkripsi).")
            echo(f"Pemulihan lewat kantor atasan : {len(headquarters)} kunci" if headquarters else
                 "Pemulihan lewat kantor atasan : belum (atur kunci kantor atasan: keys set-recipient --card)")
            echo("Kode pemulihan (lembar)       : " + ("ada" if info["recovery_code"] else "belum dicetak"))
        return 0
    if args.action == "change":
        key = store_key.key_for(args.data_dir)
        if key is None:
            raise ValidationError("Data ini belum dilindungi kata sandi: lindungi dengan `netralitas protect`.",
                                  "passphrase")
        store_key.change_passphrase(args.data_dir, key, new_store_passphrase(args))
        echo("Kata sandi data diganti.")
        return 0
    if args.action == "sheet":
        _write_sheet(args.data_dir, args.output)
        return 0
    return _recover(args)


def _recover(args: argparse.Namespace) -> int:
    if not store_key.is_protected(args.data_dir):
        raise ValidationError("Data ini tidak dilindungi kata sandi: tidak ada yang perlu dipulihkan.", "passphrase")
    ways = [w for w in (args.code, args.hq_identity, args.hq_store) if w]
    if len(ways) != 1:
        raise ValidationError("Pilih satu cara pemulihan: --code KODE, --hq-identity BERKAS atau --hq-store FOLDER.",
                              "code")
    identities = []
    if args.hq_identity:
        identities = identities_in_file(args.hq_identity)
    elif args.hq_store:
        hq_dir = Path(args.hq_store)
        if store_key.is_protected(hq_dir):
            store_key.unlock(hq_dir, store_passphrase(args))
        with Store(hq_dir, readonly=True) as headquarters:
            identities = [age_identity_for(headquarters)]
    recover_store(args.data_dir, new_store_passphrase(args), code=args.code or "", identities=identities)
    echo("Kata sandi baru disimpan; data dapat dibuka dengannya.")
    if args.code:
        print_warning("kode pemulihan ini sudah terpakai: cetak lembar baru dengan `netralitas passphrase sheet -o "
                      "BERKAS.pdf`.")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `protect` and `passphrase …` on the main parser's subcommands."""
    p = commands.add_parser("protect", help="lindungi data yang ada dengan kata sandi (enkripsi di tempat)")
    p.add_argument("--recovery-sheet", type=path_arg, help="sekalian tulis lembar pemulihan (PDF)")
    p.set_defaults(func=cmd_protect, store_passphrase_role="create")

    p = commands.add_parser("passphrase", help="kata sandi data: ganti, lembar pemulihan, pulihkan, status")
    actions = p.add_subparsers(dest="action", required=True, metavar="TINDAKAN")
    q = actions.add_parser("change", help="ganti kata sandi data")
    q.add_argument("--new-passphrase-file", type=path_arg)
    q.set_defaults(func=cmd_passphrase)
    q = actions.add_parser("sheet", help="kode pemulihan baru, sebagai lembar PDF untuk dicetak")
    q.add_argument("-o", "--output", type=path_arg, required=True)
    q.set_defaults(func=cmd_passphrase)
    q = actions.add_parser("recover", help="kata sandi terlupa: kode pemulihan atau kunci kantor atasan")
    q.add_argument("--code", help="kode pemulihan dari lembar pemulihan")
    q.add_argument("--hq-identity", type=path_arg, help="berkas kunci age kantor atasan")
    q.add_argument("--hq-store", type=path_arg, help="folder data kantor atasan (dibuka dengan kata sandinya)")
    q.add_argument("--new-passphrase-file", type=path_arg)
    q.set_defaults(func=cmd_passphrase, store_passphrase_role="none")
    q = actions.add_parser("status", help="apakah data dilindungi, dan bagaimana dapat dipulihkan")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_passphrase, store_passphrase_role="none")
