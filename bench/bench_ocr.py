"""Figures for the OCR of evidence pictures (issue 14), each against a baseline measured in the same run:

1. reading a 1080×2400 phone screenshot (rendered here: light and dark, body text 20–34 px): median time and the
   words read correctly out of the words drawn — our pipeline (invert dark pages, upscale small text, clean-up)
   against Tesseract given the same picture as it is (same engine, same models, no preprocessing);
2. search over N findings (default 100,000) whose evidence carries OCR text: median time of `finding list
   --search` for words that are only in the pictures, against the same searches on the same store before the OCR
   text was added.

Run: python bench/bench_ocr.py [--findings 100000] [--runs 3]   (machine shared: medians of repeats)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from phone_screens import POSTS, render  # noqa: E402

from netralitas_desktop.data import readings  # noqa: E402
from netralitas_desktop.data.store import Store  # noqa: E402
from netralitas_desktop.domain.filters import FindingFilter  # noqa: E402
from netralitas_desktop.domain.model import new_id, utc_now  # noqa: E402
from netralitas_desktop.domain.text_match import clean_reading, words  # noqa: E402
from netralitas_desktop.services.demo import generate_demo  # noqa: E402
from netralitas_desktop.services.ocr_engine import OcrEngine  # noqa: E402


def score(drawn: list[str], text: str) -> tuple[int, int]:
    """Words drawn that were read (as a multiset, case and edge punctuation ignored), and words drawn."""
    want, got = Counter(words(" ".join(drawn))), Counter(words(text))
    return sum((want & got).values()), sum(want.values())


def bench_reading(runs: int) -> None:
    shots = [render(POSTS[n % len(POSTS):n % len(POSTS) + 3], theme=theme, size=size, seed=n)
             for n, (theme, size) in enumerate((t, s) for t in ("light", "dark") for s in (20, 28, 34))]
    with OcrEngine() as engine:
        ours, base = [], []
        ours_hits = base_hits = drawn = 0
        for shot in shots:
            for _ in range(runs):
                start = time.thread_time()
                text = engine.read(shot.image)
                ours.append(time.thread_time() - start)
                start = time.thread_time()
                engine._set_image(shot.image.convert("L"))  # the baseline: Tesseract on the picture as it is
                raw = engine.api.GetUTF8Text()
                base.append(time.thread_time() - start)
            hit, total = score(shot.words, text)
            base_hit, _ = score(shot.words, clean_reading(raw))
            ours_hits, base_hits, drawn = ours_hits + hit, base_hits + base_hit, drawn + total
            print(f"  {len(shot.words):3d} words drawn: ours {hit / total:6.1%}, as-is {base_hit / total:6.1%}")
    m, b = statistics.median(ours), statistics.median(base)
    print(f"reading a 1080×2400 screenshot: median {m:.2f} s CPU (as-is baseline {b:.2f} s; ratio {m / b:.2f}×), "
          f"medians of {runs} runs × {len(shots)} screenshots")
    print(f"words read correctly: ours {ours_hits}/{drawn} = {ours_hits / drawn:.1%} (target ≥ 95 %: "
          f"{'met' if ours_hits / drawn >= 0.95 else 'MISSED'}); as-is baseline {base_hits / drawn:.1%}")


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def bench_search(count: int, runs: int) -> None:
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as temp:
        store = Store.create(Path(temp) / "data", office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                             region_code="19.03", officer="Bench", office_code="19.03")
        generate_demo(store, count)
        # Words only the pictures hold. Common ones, in a third to a half of all pictures (the same few posts drawn
        # everywhere: an upper bound) …
        common = ["#Coblos02", "Pemilu2024", '"relawan.toboali"', "NetralitasASN", '"nomor urut 02"',
                  "Pilpres2024", '"tim.pemenangan03"', "sembako Ketapang", "Coblos01"]
        # … and the ones an officer looks for: one account, one hashtag, one phone number among thousands.
        accounts = [f"akun.relawan{n}" for n in range(3000)]
        tags = [f"#Gerakan{n}Pilih" for n in range(500)]
        phones = [f"0812{rng.randrange(10**8):08d}" for _ in range(3000)]

        # Words of the findings' own text (as in bench_store.py): the baseline, before and after the OCR text.
        ordinary = ["mengunggah foto bersama", "spanduk dan baliho", "mobil dinas", "deklarasi relawan",
                    "fotokopi KTP warga", "foto profil akun"]

        def searches(words: list[str]) -> list[float]:
            return [t for q in words for t in timed(lambda q=q: store.list_findings(FindingFilter(search=q),
                                                                                    limit=100), runs)]

        before = searches(ordinary)
        # Every evidence item gets a reading: three posts' words plus the screen's interface words.
        items = store.database.query("SELECT id, finding_id, sha256 FROM evidence")
        texts = [" ".join(p[2] + f" {p[0]} @{p[1]} Suka Komentar Bagikan 2 jam" for p in rng.sample(POSTS, 3))
                 + f" @{rng.choice(accounts)} {rng.choice(tags)} hubungi {rng.choice(phones)}" for _ in range(20_000)]
        start = time.perf_counter()
        with store.database.transaction() as conn:
            rows = [{"id": new_id(), "finding_id": i["finding_id"], "evidence_id": i["id"], "sha256": i["sha256"],
                     "text": rng.choice(texts), "engine": "bench", "made_at": utc_now(),
                     "origin_office_id": store.office.id, "origin_device_id": store.device_id, "local_seq": 0}
                    for i in items]
            readings.insert_readings(conn, rows)
            readings.rebuild_search(conn)
        filled = time.perf_counter() - start
        after = searches(ordinary)
        rare = [f'"{w}"' for w in (*rng.sample(accounts, 4), *rng.sample(tags, 4), *rng.sample(phones, 4))]
        results = {"rare": searches(rare), "common": searches(common)}
        hits = {kind: statistics.median(len(store.list_findings(FindingFilter(search=q))) for q in words)
                for kind, words in (("rare", rare), ("common", common))}
        store.close()
    b, a = statistics.median(before), statistics.median(after)
    print(f"OCR text for {len(items):,} evidence items of {count:,} findings indexed in {filled:.1f} s")
    print(f"search, first page of 100, words of the findings' own text: median {b * 1000:.1f} ms before the OCR "
          f"text, {a * 1000:.1f} ms after (ratio {a / b:.2f}×)")
    for kind, label in (("rare", "an account, hashtag or phone number"), ("common", "words in 30-50 % of pictures")):
        p = statistics.median(results[kind])
        print(f"search, first page of 100, {label} (median {hits[kind]:,.0f} hits): median {p * 1000:.1f} ms, "
              f"worst {max(results[kind]) * 1000:.1f} ms; ratio to the baseline {p / b:.2f}× "
              f"(target < 50 ms: {'met' if p < 0.05 else 'MISSED'})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    bench_reading(args.runs)
    if not args.skip_search:
        bench_search(args.findings, args.runs)


if __name__ == "__main__":
    main()
