"""Figures for sync bundles, each beside a baseline measured in the same run (medians of --runs repeats; the
machine may be shared).

- full export of N findings with their evidence, encrypted and not, against `cp -r` of the same evidence files
  followed by `sync` (the export fsyncs its file): target ≥ 0.5× unencrypted, ≥ 0.4× encrypted (issue 10);
- the first export of a store, which also signs (attests) every record this device made;
- import of that bundle into an empty headquarters store, with and without checking each record's origin
  signature, interleaved run by run: target < 10 s for 10,000 findings with 1 GB of evidence, checking adds
  ≤ 25 %;
- re-import of the same bundle (verified in full again, changes nothing);
- incremental export of 10 changed findings out of a store of BASE findings, against its full export.

The defaults run in a few minutes; the issue's sizes are

    python bench/bench_sync.py --findings 10000 --evidence-mb 1024 --base 100000

`netralitas demo` reuses a pool of ~30 small images, so the evidence volume comes from extra random files
(incompressible, named .jpg so they are stored as they are, like real photos) spread over the findings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netralitas_desktop.data.store import Store  # noqa: E402
from netralitas_desktop.services.demo import generate_demo  # noqa: E402
from netralitas_desktop.sync import export_bundle, import_bundle, keys_for  # noqa: E402


def settle() -> None:
    """Flush dirty pages first, so that no step pays for the previous step's writes."""
    subprocess.run(["sync"], check=True)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    settle()
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def median_of(runs: int, action: Callable[[int], object]) -> tuple[float, object]:
    """The median of `runs` timed calls, with the last result."""
    times, result = [], None
    for index in range(runs):
        elapsed, result = timed(lambda index=index: action(index))
        times.append(elapsed)
    return statistics.median(times), result


def new_store(folder: Path, level: str, region: str, name: str) -> Store:
    return Store.create(folder, office_name=name, level=level, region_code=region, officer="Petugas Uji")


def add_random_evidence(store: Store, megabytes: int, file_mb: float, scratch: Path) -> int:
    """Spread `megabytes` of fresh random .jpg files over the store's findings; returns the file count."""
    size = int(file_mb * 1024 * 1024)
    count = max(0, int(megabytes * 1024 * 1024 // size))
    ids = store.finding_ids()
    per_finding = max(1, -(-count // len(ids)))
    made = 0
    for finding_id in ids:
        if made >= count:
            break
        paths = []
        for _ in range(min(per_finding, count - made)):
            path = scratch / f"foto-{made:06d}.jpg"
            path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(size - 4))
            paths.append(path)
            made += 1
        store.add_evidence(finding_id, paths)
        for path in paths:
            path.unlink()
    return made


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def cp_sync(source: Path, target: Path) -> float:
    """`cp -r source target && sync`, timed after a `sync` of its own."""
    shutil.rmtree(target, ignore_errors=True)
    settle()
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    subprocess.run(["sync"], check=True)
    elapsed = time.perf_counter() - start
    shutil.rmtree(target)
    return elapsed


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<52} {seconds:8.3f} s   {note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--findings", type=int, default=2000, help="findings in the exported store")
    parser.add_argument("--evidence-mb", type=int, default=200, help="extra evidence volume in MB")
    parser.add_argument("--file-mb", type=float, default=1.0, help="size of each extra evidence file in MB")
    parser.add_argument("--base", type=int, default=20000, help="findings in the store for the incremental export")
    parser.add_argument("--changed", type=int, default=10, help="findings changed before the incremental export")
    parser.add_argument("--runs", type=int, default=3, help="repeat each timing and report the median")
    parser.add_argument("--workdir", type=Path, help="where to build the stores (default: a temporary folder)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=args.workdir))
    try:
        return run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args, work: Path) -> int:
    print(f"Sync bundles — {args.findings} findings + {args.evidence_mb} MB evidence; incremental: "
          f"{args.changed} of {args.base}; medians of {args.runs} (work dir {work})")
    scratch = work / "scratch"
    scratch.mkdir()
    field = new_store(work / "kecamatan", "kecamatan", "19.03.01", "Panwaslu Kecamatan Toboali")
    hq = new_store(work / "kabupaten", "kabupaten", "19.03", "Bawaslu Kabupaten Bangka Selatan")
    recipient = keys_for(hq).age_recipient
    setup, _ = timed(lambda: generate_demo(field, args.findings))
    extra, files = timed(lambda: add_random_evidence(field, args.evidence_mb, args.file_mb, scratch))
    evidence = field.data_dir / "evidence"
    mb = folder_bytes(evidence) / 1e6
    print(f"  (setup: demo {setup:.1f} s, {files} extra evidence files {extra:.1f} s; vault {mb:,.0f} MB)")

    print("Export (full) against `cp -r evidence/ && sync` of the same files:")
    first_time, first = timed(lambda: export_bundle(field, work / "first.nbundle", full=True))
    (work / "first.nbundle").unlink()
    records = sum(v for k, v in first.counts.items() if k not in ("blobs", "attestations", "certificates"))
    line(f"first export (signs {records:,} records, once in their life)", first_time)
    cp, _ = median_of(args.runs, lambda i: cp_sync(evidence, work / "cp-copy"))
    line("cp -r evidence/ && sync", cp, f"{mb / cp:7.0f} MB/s")

    def plain_export(i: int):
        result = export_bundle(field, work / f"plain-{i}.nbundle", full=True)
        if i < args.runs - 1:
            result.path.unlink()
        return result

    def encrypted_export(i: int):
        result = export_bundle(field, work / f"enc-{i}.nbundle", full=True, recipients=[recipient])
        if i < args.runs - 1:
            result.path.unlink()
        return result

    plain_time, plain = median_of(args.runs, plain_export)
    line("export --full (signed, not encrypted; fsynced)", plain_time,
         f"{mb / plain_time:7.0f} MB/s  = {cp / plain_time:.2f}× cp+sync   (target ≥ 0.50)")
    enc_time, encrypted = median_of(args.runs, encrypted_export)
    line("export --full --recipient (age; fsynced)", enc_time,
         f"{mb / enc_time:7.0f} MB/s  = {cp / enc_time:.2f}× cp+sync   (target ≥ 0.40)")
    print(f"  bundle: {encrypted.size / 1e6:,.0f} MB, {encrypted.counts['findings']} findings, "
          f"{encrypted.counts['blobs']} files, {records:,} records in {encrypted.counts['attestations']} "
          f"attestations")

    print("Import at headquarters (into an empty store), with and without checking origins, interleaved:")
    hq.close()
    copies = []
    for index in range(2 * args.runs):
        copies.append(work / f"kabupaten-{index}")
        shutil.copytree(hq.data_dir, copies[-1])
    stores = [Store(folder) for folder in copies]
    checked, unchecked = [], []
    report = None
    for index in range(args.runs):
        for checking, times in ((True, checked), (False, unchecked)):
            store = stores[2 * index + (0 if checking else 1)]
            elapsed, report = timed(lambda store=store, checking=checking: import_bundle(
                store, encrypted.path, trust_new_device=True, _check_origins=checking))
            assert report.counts["findings"].added == args.findings
            times.append(elapsed)
    with_check, without = statistics.median(checked), statistics.median(unchecked)
    line(f"import without origin checks ({args.findings} findings, {report.evidence_files} files)", without,
         "(for comparison only)")
    line("import with every record's origin checked", with_check,
         f"= {with_check / without - 1:+.1%} for checking   (target < 10 s for 10,000; ≤ +25 %)")
    again_time, again = median_of(args.runs, lambda i: import_bundle(stores[0], encrypted.path))
    assert not again.applied
    line("re-import of the same bundle (verified in full again)", again_time,
         f"= {again_time / with_check:.3f}× the first import")
    other_time, _ = timed(lambda: import_bundle(stores[0], plain.path))
    line("import of the same data in another bundle (all unchanged)", other_time,
         f"= {other_time / with_check:.3f}× the first import")
    for store in stores:
        store.close()
    field.close()

    print(f"Incremental export ({args.changed} changed of {args.base}):")
    base = new_store(work / "base", "kecamatan", "19.03.01", "Panwaslu Kecamatan Toboali")
    generate_demo(base, args.base)
    first_base, _ = timed(lambda: export_bundle(base, work / "base-first.nbundle", full=True))
    full_time, full = timed(lambda: export_bundle(base, work / "base-full.nbundle", full=True))
    ids = base.finding_ids()
    times = []
    for index in range(args.runs):
        for finding_id in ids[index * args.changed:(index + 1) * args.changed]:
            base.update_finding(finding_id, {"description": f"Uraian diperbaiki setelah klarifikasi ({index})."})
        elapsed, incremental = timed(lambda index=index: export_bundle(base, work / f"base-incr-{index}.nbundle"))
        times.append(elapsed)
    incremental_time = statistics.median(times)
    assert incremental.counts["findings"] == args.changed
    line(f"first export of {args.base} findings (signs them)", first_base)
    line(f"full export of {args.base} findings", full_time, f"{full.size / 1e6:,.0f} MB")
    line(f"incremental export, {args.changed} changed", incremental_time,
         f"= {incremental_time / full_time:.4f}× the full export   (target < 1 s)")
    base.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
