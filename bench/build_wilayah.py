"""Build resources/wilayah/ from the idn-area-data CSV files.

Usage: python bench/build_wilayah.py [SOURCE_DIR]

SOURCE_DIR holds provinces.csv, regencies.csv, districts.csv, villages.csv, SOURCE.md and
LICENSE-ODbL.md (default: ../shared/data/wilayah relative to the repository root). Writes
resources/wilayah/wilayah.tsv.gz (one `code<TAB>name` line per area, sorted by code), a copy of the
licence and ATTRIBUTION.md. The output is byte-for-byte reproducible for the same input.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "data" / "wilayah"
OUTPUT_DIR = REPO_ROOT / "resources" / "wilayah"
RESOURCE_NAME = "wilayah.tsv.gz"
LICENCE_NAME = "LICENSE-ODbL.md"

# (file, parent column, code pattern) from the top of the hierarchy down.
LEVEL_FILES = [
    ("provinces.csv", None, re.compile(r"\d{2}")),
    ("regencies.csv", "province_code", re.compile(r"\d{2}\.\d{2}")),
    ("districts.csv", "regency_code", re.compile(r"\d{2}\.\d{2}\.\d{2}")),
    ("villages.csv", "district_code", re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")),
]

ATTRIBUTION = """\
# Data wilayah — attribution

`{resource}` lists Indonesia's administrative areas (provinsi, kabupaten/kota, kecamatan,
desa/kelurahan) with their Kemendagri codes.

Source: the npm package `idn-area-data` version 4.0.1, which compiles the data from official government
sources (the Kepmendagri on kode dan data wilayah). The package's code is MIT
licensed; its **data is made available under the Open Database License (ODbL) v1.0**, see
`{licence}` in this folder. This derived database is likewise available under the ODbL.

Derived file: `{resource}` is a gzip-compressed UTF-8 text file produced by `bench/build_wilayah.py`
from the package's provinces.csv, regencies.csv, districts.csv and villages.csv. It has one line per
area, `code<TAB>name`, sorted by code; nothing else was changed. The level of an area follows from the
number of dotted parts of its code (`19` provinsi, `19.03` kabupaten/kota, `19.03.01` kecamatan,
`19.03.01.2001` desa/kelurahan; a village code whose 4-digit tail starts with 1 is a kelurahan).

Counts: {counts}.
"""


class SourceDataError(Exception):
    """The CSV files are not what this script expects."""


def read_areas(source_dir: Path) -> tuple[list[tuple[str, str]], list[int]]:
    """Read and check the four CSV files; return (code, name) pairs sorted by code and per-level counts."""
    areas: dict[str, str] = {}
    counts = []
    for file_name, parent_column, pattern in LEVEL_FILES:
        path = source_dir / file_name
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for line_number, row in enumerate(rows, start=2):
            code, name = row["code"].strip(), row["name"].strip()
            where = f"{file_name}:{line_number}"
            if not pattern.fullmatch(code):
                raise SourceDataError(f"{where}: bad code {code!r}")
            if not name or any(ch in name for ch in "\t\r\n"):
                raise SourceDataError(f"{where}: bad name {name!r}")
            if code in areas:
                raise SourceDataError(f"{where}: duplicate code {code}")
            if parent_column is not None:
                parent = row[parent_column].strip()
                if parent != code.rpartition(".")[0] or parent not in areas:
                    raise SourceDataError(f"{where}: parent {parent!r} of {code} is unknown")
            areas[code] = name
        counts.append(len(rows))
    return sorted(areas.items()), counts


def write_resource(areas: list[tuple[str, str]], output_dir: Path) -> Path:
    """Write the gzip'd TSV (level 9, mtime 0, no file name in the header, so the bytes are reproducible)."""
    text = "".join(f"{code}\t{name}\n" for code, name in areas)
    target = output_dir / RESOURCE_NAME
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    temporary.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="folder of CSV files")
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="folder to write (resources/wilayah)")
    args = parser.parse_args(argv)

    try:
        areas, counts = read_areas(args.source)
    except (OSError, KeyError, SourceDataError) as err:
        print(f"build_wilayah: {err}", file=sys.stderr)
        return 1

    args.output.mkdir(parents=True, exist_ok=True)
    resource = write_resource(areas, args.output)
    shutil.copyfile(args.source / LICENCE_NAME, args.output / LICENCE_NAME)
    labels = ["provinsi", "kabupaten/kota", "kecamatan", "desa/kelurahan"]
    counts_text = ", ".join(f"{count:,} {label}" for count, label in zip(counts, labels, strict=True))
    (args.output / "ATTRIBUTION.md").write_text(
        ATTRIBUTION.format(resource=RESOURCE_NAME, licence=LICENCE_NAME, counts=counts_text), encoding="utf-8"
    )
    print(
        f"{resource.relative_to(REPO_ROOT) if resource.is_relative_to(REPO_ROOT) else resource}: "
        f"{len(areas):,} areas ({counts_text}), {resource.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
