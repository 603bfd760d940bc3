"""`netralitas init` and `netralitas settings …`: set up this office's store and change its settings."""

from __future__ import annotations

import argparse
import json

from netralitas_desktop.cli.output import echo, print_json, print_warning
from netralitas_desktop.cli.protection import given_store_passphrase
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.model import LEVELS
from netralitas_desktop.domain.validation import SETTABLE_KEYS


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = given_store_passphrase(args)
    store = Store.create(args.data_dir, office_name=args.office_name, level=args.level, region_code=args.region,
                         officer=args.officer, office_address=args.office_address, office_code=args.office_code,
                         officer_jabatan=args.jabatan, election=args.election, passphrase=passphrase)
    echo(f"Basis data dibuat di {store.data_dir} untuk {store.office.name} (perangkat {store.device_id[:8]})"
         + (", dilindungi kata sandi." if store.protected else "."))
    store.close()
    if passphrase is None:
        print_warning("data dibuat TANPA kata sandi: siapa pun yang menyalin folder data dapat membacanya. Lindungi "
                      "dengan `netralitas protect` (kata sandi dari $NETRALITAS_STORE_PASSPHRASE atau "
                      "--store-passphrase-file).")
    return 0


def setting_value(text: str) -> object:
    """A value typed after `settings set KEY`: JSON when it parses as JSON, else the text itself."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return text


def cmd_settings(args: argparse.Namespace) -> int:
    if args.action == "show":
        with Store(args.data_dir, readonly=True) as store:
            print_json(store.settings_for_display())
            for problem in store.setting_problems():
                print_warning(problem)
        return 0
    if args.key is None or args.value is None:
        raise ValidationError("Gunakan: netralitas settings set KUNCI NILAI (NILAI boleh JSON). Kunci: "
                              f"{', '.join(SETTABLE_KEYS)}.", "key")
    with Store(args.data_dir) as store:
        store.set_setting(args.key, setting_value(args.value))
    echo(f"Pengaturan '{args.key}' disimpan.")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `init` and `settings …` on the main parser's subcommands."""
    p = commands.add_parser("init", help="siapkan basis data kantor ini")
    p.add_argument("--office-name", required=True)
    p.add_argument("--level", required=True, choices=LEVELS)
    p.add_argument("--region", required=True, help="kode wilayah kantor sesuai tingkatnya, mis. 19.03 untuk "
                   "kabupaten, 19.03.01 untuk kecamatan (Bawaslu RI: provinsi kedudukannya)")
    p.add_argument("--officer", required=True, help="nama petugas di laptop ini")
    p.add_argument("--office-address", default="")
    p.add_argument("--office-code", default="", help="kode wilayah Bawaslu untuk nomor register (bukan Kemendagri)")
    p.add_argument("--jabatan", default="", help="jabatan petugas")
    p.add_argument("--election", default="pemilu-2024", help="profil pemilu bawaan")
    p.set_defaults(func=cmd_init, store_passphrase_role="create")

    p = commands.add_parser("settings", help="lihat atau ubah pengaturan",
                            description="Kunci yang dapat diatur: " + "; ".join(
                                f"{k} — {v}" for k, v in SETTABLE_KEYS.items()))
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(func=cmd_settings)
