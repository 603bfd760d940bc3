"""The `netralitas` command: the parser, one module per command group, and the one place errors are printed.

Every refusal is one Indonesian line on stderr: a NetralitasError from the core exits 1, a malformed command
line exits 2 (cli.arguments.Parser), Ctrl+C exits 130; a reader that closes the pipe early (`| head`) ends
the output quietly.
"""

from __future__ import annotations

import argparse
import os
import sys

from netralitas_desktop import __version__
from netralitas_desktop.cli import (
    evidence,
    findings,
    holidays,
    maintenance,
    numbers,
    office,
    protection,
    regions,
    reports,
    subjects,
    sync,
)
from netralitas_desktop.cli.arguments import Parser, path_arg
from netralitas_desktop.cli.output import print_error
from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.paths import data_dir


def build_parser() -> Parser:
    parser = Parser(prog="netralitas", description="Netralitas Desktop: pengawasan netralitas ASN, kepala desa "
                    "dan perangkat desa (luring).")
    parser.add_argument("--version", action="version", version=f"netralitas {__version__}")
    parser.add_argument("--data-dir", type=path_arg, default=None, help="folder data (bawaan: $NETRALITAS_DATA_DIR "
                        "atau folder data pengguna)")
    parser.add_argument("--store-passphrase-file", type=path_arg, default=None, metavar="BERKAS",
                        help="berkas berisi kata sandi data (bawaan: $NETRALITAS_STORE_PASSPHRASE); dengan `init` "
                        "data dibuat terlindung")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    for group in (office, findings, evidence, subjects, maintenance, protection, regions, reports, sync, holidays,
                  numbers):
        group.add_commands(commands)
    return parser


def refuse_undecodable(parser: Parser, args: argparse.Namespace) -> None:
    """Refuse text arguments holding bytes that are not UTF-8 (Python keeps them as lone surrogates, which no
    text field may store); file names may hold them and are left alone."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\ud800" <= ch <= "\udfff" for ch in item):
                parser.error(f"argument {name}: berisi bita yang bukan teks UTF-8")


def _quiet_stdout() -> None:
    """After the reader of our output went away: send the rest to /dev/null so that the final flush at exit
    does not raise again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (tests capture output in memory)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # a terminal that cannot show a character gets an escape, not a crash
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    refuse_undecodable(parser, args)
    args.data_dir = data_dir(args.data_dir)
    try:
        protection.unlock_for_command(args)
        code: int = args.func(args)
        sys.stdout.flush()
        return code
    except NetralitasError as err:
        print_error(str(err))
        return 1
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except KeyboardInterrupt:
        print_error("dibatalkan oleh pengguna.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
