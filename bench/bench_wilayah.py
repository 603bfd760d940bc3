"""Print load and lookup times of netralitas_desktop.domain.regions, each beside a plain baseline from the same run.

Usage: python bench/bench_wilayah.py [--queries N] [--seed S]

- load: a fresh interpreter importing the module and calling load_regions() (what the GUI does at
  start-up), against one that only un-gzips the resource into a {code: name} dict;
- get(): against a plain dict lookup;
- search(): against a linear scan of every region's lower-cased name (the obvious implementation).

Each lookup is timed alone (best of 3 runs, to drop scheduler noise); median and worst are over the queries.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from netralitas_desktop.domain.regions import LEVELS, RegionIndex, default_path, load_regions  # noqa: E402

LOAD_SNIPPET = """
import time
t = time.perf_counter()
from netralitas_desktop.domain.regions import load_regions
regions = load_regions()
print((time.perf_counter() - t) * 1000)
"""

BASELINE_LOAD_SNIPPET = """
import gzip, time
t = time.perf_counter()
from netralitas_desktop.domain.regions import default_path
lines = gzip.decompress(default_path().read_bytes()).decode("utf-8").splitlines()
names = dict(line.split("\\t") for line in lines)
print((time.perf_counter() - t) * 1000)
"""


def fresh_process_ms(snippet: str, runs: int) -> list[float]:
    """Wall time (ms) the snippet reports, each run in a new interpreter so nothing is cached."""
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", snippet], cwd=REPO_ROOT, check=True, capture_output=True, text=True
        )
        times.append(float(result.stdout.strip()))
    return times


def time_each(calls: list[Callable[[], object]], repeat: int = 3) -> list[float]:
    """Microseconds per call, best of `repeat`."""
    timings = []
    for call in calls:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter_ns()
            call()
            best = min(best, time.perf_counter_ns() - start)
        timings.append(best / 1000)
    return timings


def linear_search(
    rows: list[tuple[str, str, str]], prefix: str, level: str | None, within: str | None, limit: int = 20
) -> list[str]:
    """The baseline: scan every (code, name, lower-cased name) row."""
    query = prefix.lower()
    scope = within + "." if within else ""
    depth = None if level is None else LEVELS.index(level)
    whole, words = [], []
    for code, _name, key in rows:
        if scope and not code.startswith(scope):
            continue
        if depth is not None and code.count(".") != depth:
            continue
        if key.startswith(query):
            whole.append((code.count("."), key, code))
        elif " " + query in key:
            words.append((code.count("."), key, code))
    return [code for *_, code in (sorted(whole) + sorted(words))[:limit]]


def report(label: str, timings: list[float], baseline: list[float] | None = None, unit: str = "µs") -> None:
    median, worst = statistics.median(timings), max(timings)
    line = f"  {label:<22} median {median:9.1f} {unit}  worst {worst:9.1f} {unit}"
    if baseline:
        base_median, base_worst = statistics.median(baseline), max(baseline)
        line += (
            f"   | baseline median {base_median:9.1f} {unit}  worst {base_worst:9.1f} {unit}"
            f"   | {_ratio(median, base_median)}"
        )
    print(line)


def _ratio(ours: float, baseline: float) -> str:
    if ours <= baseline:
        return f"{baseline / ours:.1f}x faster than baseline (median)"
    return f"{ours / baseline:.1f}x slower than baseline (median)"


def make_search_queries(regions: RegionIndex, count: int, rng: random.Random) -> list[dict]:
    """Name prefixes of 1-6 letters taken from random regions' words, a quarter of them with a level, a
    quarter within the region's province or regency, and some that match nothing."""
    codes = [region.code for province in regions.children(None) for region in regions.children(province.code)]
    villages = [child.code for code in rng.sample(codes, 60) for child in regions.children(code)]
    pool = codes + villages
    queries = []
    for n in range(count):
        region = regions.get(rng.choice(pool))
        word = rng.choice(region.name.split())
        query = {"prefix": word[: rng.randint(1, 6)]}
        if n % 4 == 1:
            query["level"] = rng.choice(LEVELS)
        elif n % 4 == 2:
            query["within"] = region.code.split(".")[0]
        elif n % 4 == 3 and region.code.count(".") >= 2:
            query["within"] = ".".join(region.code.split(".")[:2])
        if n % 25 == 0:
            query["prefix"] = "qqzx"
        queries.append(query)
    # Known heavy cases: one letter, a big province, the largest level.
    queries += [
        {"prefix": "s"},
        {"prefix": "s", "level": "desa"},
        {"prefix": "s", "level": "desa", "within": "33"},
        {"prefix": "su", "within": "32"},
        {"prefix": "s", "within": "35"},
        {"prefix": "b", "within": "33", "limit": 200},
        {"prefix": "sari", "limit": 500},
        {"prefix": "a", "within": "33.74"},
        {"prefix": "jaya", "within": "35"},
        {"prefix": "k", "level": "desa", "within": "35.15.01"},
    ]
    return queries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300, help="random lookups of each kind (300)")
    parser.add_argument("--seed", type=int, default=20240214)
    parser.add_argument("--load-runs", type=int, default=5, help="fresh interpreters for the load time (5)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    resource = default_path()
    print(f"resource: {resource.relative_to(REPO_ROOT)}  {resource.stat().st_size:,} bytes")
    print(f"python {sys.version.split()[0]}; times are best of 3 per lookup; baseline in the same run\n")

    loads = fresh_process_ms(LOAD_SNIPPET, args.load_runs)
    base_loads = fresh_process_ms(BASELINE_LOAD_SNIPPET, args.load_runs)
    print(f"load ({args.load_runs} fresh interpreters: import + load; baseline: un-gzip into a dict)")
    report("load_regions()", loads, base_loads, unit="ms")
    in_process = []
    for _ in range(3):
        start = time.perf_counter()
        RegionIndex.from_file(resource)
        in_process.append((time.perf_counter() - start) * 1000)
    report("RegionIndex.from_file", in_process, unit="ms")
    print("    (in this process, module already imported)")

    regions = load_regions()
    counts = regions.counts_by_level()
    print(f"  {len(regions):,} regions: " + ", ".join(f"{n:,} {level}" for level, n in counts.items()))

    all_codes = all_codes_of(regions)
    names = {code: regions.get(code).name for code in all_codes}
    codes = rng.sample(all_codes, args.queries) + [f"99.{n:02d}" for n in range(10)]
    print(f"\nby code ({len(codes)} codes, 10 of them unknown; baseline: dict.get on a {{code: name}} dict)")
    report(
        "get(code)",
        time_each([lambda c=c: regions.get(c) for c in codes]),
        time_each([lambda c=c: names.get(c) for c in codes]),
    )
    known = codes[: args.queries]
    parents = [code.rpartition(".")[0] or None for code in known]
    report("children(parent)", time_each([lambda p=p: regions.children(p) for p in parents]))
    report("ancestors(code)", time_each([lambda c=c: regions.ancestors(c) for c in known]))
    report("full_name(code)", time_each([lambda c=c: regions.full_name(c) for c in known]))

    queries = make_search_queries(regions, args.queries, rng)
    rows = [(code, name, name.lower()) for code, name in names.items()]
    searches = time_each([lambda q=q: regions.search(**q) for q in queries])
    # The linear scan takes tens of ms a query: time a slice of the queries for it.
    baseline_queries = queries[:: max(1, len(queries) // 60)]
    baseline = time_each(
        [
            lambda q=q: linear_search(rows, q["prefix"], q.get("level"), q.get("within"))
            for q in baseline_queries
        ],
        repeat=1,
    )
    print(f"\nsearch() ({len(queries)} queries; baseline: a linear scan, on {len(baseline_queries)} of them)")
    report("search(prefix, …)", searches, baseline)
    slowest = sorted(zip(searches, queries, strict=True), key=lambda pair: pair[0])[-3:]
    for micros, query in reversed(slowest):
        found = len(regions.search(**query))
        print(f"    slowest: {micros:7.1f} µs  {query}  → {found} results")
    return 0


def all_codes_of(regions: RegionIndex) -> list[str]:
    """Every code, walking down from the provinces."""
    found = []
    pending = [None]
    while pending:
        for child in regions.children(pending.pop()):
            found.append(child.code)
            pending.append(child.code)
    return found


if __name__ == "__main__":
    sys.exit(main())
