"""Argument parsing for `netralitas`: Indonesian one-line refusals, and argument types that refuse what cannot be
used (a path with a NUL byte, a count out of range, a date that is not a date) before any command runs."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NoReturn

from netralitas_desktop.cli.output import print_error
from netralitas_desktop.domain.dates_id import number_id
from netralitas_desktop.domain.validation import normalise_date

_TYPE_NAMES = {"int": "bilangan bulat", "float": "angka"}
# argparse's own messages (English, from the standard library) and their Indonesian form.
_MESSAGES = (
    (r"the following arguments are required: (.*)", "argumen wajib belum diberikan: {0}"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "argumen {0}: pilihan tidak dikenal {1} "
                                                                    "(pilih: {2})"),
    (r"argument (\S+): invalid (\w+) value: (.*)", "argumen {0}: nilai {2} bukan {1}"),
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"argument (\S+): expected one argument", "argumen {0} memerlukan satu nilai"),
    (r"argument (\S+): expected at least one argument", "argumen {0} memerlukan paling sedikit satu nilai"),
    (r"argument (\S+): expected (.*)", "argumen {0}: jumlah nilai tidak sesuai"),
    (r"ambiguous option: (\S+) could match (.*)", "opsi {0} ambigu, bisa berarti: {1}"),
    (r"argument (\S+): not allowed with argument (\S+)", "argumen {0} tidak boleh bersama {1}"),
    (r"one of the arguments (.*) is required", "salah satu argumen ini wajib: {0}"),
    (r"argument (\S+): (.*)", "argumen {0}: {1}"),  # our own argument types already speak Indonesian
)


def indonesian(message: str) -> str:
    """An argparse error message in Indonesian."""
    for pattern, template in _MESSAGES:
        match = re.fullmatch(pattern, message, re.DOTALL)
        if match:
            groups = [_TYPE_NAMES.get(g, g) for g in match.groups()]
            return template.format(*groups)
    return f"perintah tidak sah: {message}"


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are one Indonesian line on stderr (exit code 2), not a usage block."""

    def error(self, message: str) -> NoReturn:
        print_error(f"{indonesian(message)} (bantuan: {self.prog} --help)")
        sys.exit(2)


def path_arg(text: str) -> Path:
    """A file or folder name from the command line (refuses NUL bytes, which no file system accepts)."""
    if "\x00" in text or not text:
        raise argparse.ArgumentTypeError("nama berkas/folder tidak sah")
    return Path(text).expanduser()


def count_arg(text: str) -> int:
    """A whole number from 0 to 1,000,000,000 (a limit, an offset)."""
    return _bounded(text, 0, 1_000_000_000)


def findings_count_arg(text: str) -> int:
    """How many demo findings: 1 to 1,000,000."""
    return _bounded(text, 1, 1_000_000)


def _bounded(text: str, low: int, high: int) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' bukan bilangan bulat") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"harus antara {number_id(low)} dan {number_id(high)}")
    return value


def date_arg(text: str | None, flag: str) -> str:
    """A date given on the command line as `YYYY-MM-DD` (other unambiguous spellings are turned into it)."""
    if text is None:
        return ""
    return normalise_date(text, f"{flag}: tanggal", flag.lstrip("-"))
