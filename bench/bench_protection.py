"""Figures for protected stores (issue 11): search, a filtered page, unlock to an open store, bundle export and
import — each on a protected store against the same store unprotected, measured in the same run in alternating
order. Run: python bench/bench_protection.py [--findings 100000] [--repeat 7]"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from netralitas_desktop.data import store_key
from netralitas_desktop.data.conversion import protect_store
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.services.demo import generate_demo
from netralitas_desktop.sync import export_bundle, import_bundle

PASSPHRASE = "bench-kata-sandi-99"
SEARCHES = ("hendra", "spanduk", "ajakan memilih", "guru")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def report(label: str, protected: list[float], plain: list[float]) -> None:
    p, b = statistics.median(protected), statistics.median(plain)
    print(f"{label:<34} protected {p * 1000:9.1f} ms   unprotected {b * 1000:9.1f} ms   ratio {p / b:5.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-protect-") as temp:
        root = Path(temp)
        plain_dir, protected_dir = root / "plain", root / "protected"
        store = Store.create(plain_dir, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                             region_code="19.03", officer="Rina Marlina", office_code="19.03")
        generate_demo(store, args.findings, images=20)
        store.close()
        shutil.copytree(plain_dir, protected_dir)
        convert = timed(lambda: protect_store(protected_dir, PASSPHRASE, []))
        print(f"{args.findings:,} findings; conversion in place took {convert:.1f} s")
        store_key.forget(protected_dir)

        unlock = [timed(lambda: (store_key.forget(protected_dir), store_key._unlocked_memo.clear(),
                                 store_key.unlock(protected_dir, PASSPHRASE),
                                 Store(protected_dir).close())) for _ in range(3)]
        opened = [timed(lambda: Store(plain_dir).close()) for _ in range(3)]
        report("unlock (Argon2id) + open", unlock, opened)

        stores = {"plain": Store(plain_dir), "protected": Store(protected_dir)}
        times: dict[str, dict[str, list[float]]] = {k: {} for k in stores}
        for _ in range(args.repeat):
            for kind in ("plain", "protected") if _ % 2 == 0 else ("protected", "plain"):
                s = stores[kind]
                for word in SEARCHES:
                    times[kind].setdefault(f"search '{word}'", []).append(
                        timed(lambda s=s, word=word: s.list_findings(FindingFilter(search=word), limit=50)))
                times[kind].setdefault("filtered page (status, 50)", []).append(
                    timed(lambda s=s: s.list_findings(FindingFilter(statuses=["temuan"]), limit=50)))
        for label in times["plain"]:
            report(label, times["protected"][label], times["plain"][label])

        exports: dict[str, list[float]] = {"plain": [], "protected": []}
        imports: dict[str, list[float]] = {"plain": [], "protected": []}
        for round_ in range(2):
            for kind in ("plain", "protected") if round_ % 2 == 0 else ("protected", "plain"):
                bundle = root / f"{kind}-{round_}.nbundle"
                exports[kind].append(timed(lambda s=stores[kind], bundle=bundle: export_bundle(s, bundle,
                                                                                              full=True)))
                target_dir = root / f"hq-{kind}-{round_}"
                hq = Store.create(target_dir, office_name="Bawaslu Provinsi Kepulauan Bangka Belitung",
                                  level="provinsi", region_code="19", officer="Maya Lestari",
                                  passphrase=PASSPHRASE if kind == "protected" else None)
                imports[kind].append(timed(lambda hq=hq, bundle=bundle: import_bundle(hq, bundle,
                                                                                    trust_new_device=True)))
                hq.close()
        report("full bundle export", exports["protected"], exports["plain"])
        report("bundle import into a new store", imports["protected"], imports["plain"])
        for s in stores.values():
            s.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
