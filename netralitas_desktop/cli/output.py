"""The one way the command line prints: text and JSON made safe for a terminal, and errors as one line.

Stored text has passed the validation gate, but a store written by an older version (or bundles, or file names)
may still hold control characters: an ESC in a name must never reach the terminal as a live escape sequence, nor
a bidi override reorder what the officer reads, nor a lone surrogate stop the printing with an encoding error.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# C0/C1 controls except newline and tab, DEL, bidi embeddings/overrides/isolates, surrogates, BOM, annotations.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufeff"
                     "\ufff9-\ufffb]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """`text` with every character that could act on a terminal shown as a visible escape (`\\x1b`, `\\u202e`)."""
    return _UNSAFE.sub(_escaped, text)


def echo(text: str = "", *, err: bool = False) -> None:
    """Print one line (or several) to stdout, or to stderr with `err`, made safe."""
    stream = sys.stderr if err else sys.stdout
    stream.write(safe(text) + "\n")


def print_json(value: Any) -> None:
    """Print a value as indented JSON (UTF-8 kept readable; unsafe characters as JSON \\u escapes)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    sys.stdout.write(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def print_error(message: str) -> None:
    """An error as the one line `galat: …` on stderr (whitespace, line breaks included, folded)."""
    echo(f"galat: {' '.join(safe(message).split())}", err=True)


def print_warning(message: str) -> None:
    echo(f"peringatan: {' '.join(safe(message).split())}", err=True)
