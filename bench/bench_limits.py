"""Form A of a finding at the maximum lengths the validation gate allows (every text field, every list full),
timed against the same text laid out by a bare ReportLab script in the same run. Target: < 2 s.

Two fillings: realistic text (Indonesian sentences) and a hostile one (every field one unbroken "word", which
ReportLab has to break character by character).

    python bench/bench_limits.py [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from netralitas_desktop.data.store import Store  # noqa: E402
from netralitas_desktop.domain import validation as v  # noqa: E402
from netralitas_desktop.domain.model import Activity, Finding, Subject, Witness  # noqa: E402
from netralitas_desktop.reports.common import register_fonts, styles, text  # noqa: E402
from netralitas_desktop.reports.form_a import build_form_a  # noqa: E402

SENTENCE = ("Terlapor mengunggah ajakan memilih pasangan calon di akun media sosialnya dan membagikannya kepada "
            "kelompok warga desa, sebagaimana diterangkan para saksi dalam klarifikasi. ")


def filled(limit: int, hostile: bool) -> str:
    """Text of `limit` characters (sentences, or one unbroken word), ending without a space."""
    if hostile:
        return "x" * limit
    return (SENTENCE * (limit // len(SENTENCE) + 1))[:limit - 1].rstrip() + "."


def largest_finding(hostile: bool) -> Finding:
    """A finding with every field the gate limits at its limit."""
    t = {name: filled(rule.limit, hostile) for name, rule in v.FINDING_TEXTS.items()}
    line = {name: filled(rule.limit, hostile).replace("\n", " ") for name, rule in v.FINDING_TEXTS.items()}
    subject_text = {name: filled(rule.limit, hostile) for name, rule in v.SUBJECT_TEXTS.items()}
    witness_text = {name: filled(rule.limit, hostile) for name, rule in v.WITNESS_TEXTS.items()}
    activity_text = {name: filled(rule.limit, hostile) for name, rule in v.ACTIVITY_TEXTS.items()
                     if name not in ("form", "time_from", "time_to")}
    url = "https://www.facebook.com/" + filled(v.URL_LIMIT - 25, True)
    return Finding(
        category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
        written_on="2023-12-04", platform="facebook", description=t["description"], facts=t["facts"],
        analysis=t["analysis"], legal_basis=t["legal_basis"], title=line["title"], address=line["address"],
        sanction=t["sanction"], supervision_form="analisis", supervision_purpose=line["supervision_purpose"],
        supervision_target=line["supervision_target"],
        subjects=[Subject(employment_type="pns", nip="198503122010011004", **subject_text,
                          accounts=[filled(v.ACCOUNT_RULE.limit, hostile)] * v.MAX_ACCOUNTS)
                  for _ in range(v.MAX_SUBJECTS)],
        witnesses=[Witness(**witness_text) for _ in range(v.MAX_WITNESSES)],
        urls=[url] * v.MAX_URLS,
        activities=[Activity(form="analisis", date="2023-12-03", time_from="09:00", time_to="11:00", **activity_text)
                    for _ in range(v.MAX_ACTIVITIES)])


def bare(finding: Finding, output: io.BytesIO) -> None:
    """Every text of the finding as plain paragraphs, the way a bare ReportLab script would print it."""
    register_fonts()
    st = styles()
    texts = [finding.description, finding.facts, finding.analysis, finding.legal_basis, finding.title,
             finding.address, finding.sanction, finding.supervision_purpose, finding.supervision_target,
             *(" ".join([s.name, s.position, s.agency, s.address, *s.accounts]) for s in finding.subjects),
             *(f"{w.name} {w.address}" for w in finding.witnesses), *finding.urls,
             *(f"{a.purpose} {a.target} {a.place} {a.assignment_letter}" for a in finding.activities)]
    SimpleDocTemplate(output, pagesize=A4).build([Paragraph(text(t), st.body) for t in texts])


def _characters(value: object) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(_characters(v) for v in value.values())
    if isinstance(value, list):
        return sum(_characters(v) for v in value)
    return 0


def median_time(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        store = Store.create(folder / "data", office_name="Panwaslu Kecamatan Toboali", level="kecamatan",
                             region_code="19.03.01", officer="Rina Marlina", office_code="19.03")
        for hostile in (False, True):
            finding = store.add_finding(largest_finding(hostile))
            characters = _characters(finding.to_json(with_evidence=False))
            pages: list[int] = []
            ours = median_time(lambda f=finding, p=pages: p.append(build_form_a(store, f.id, folder / "a.pdf")[1]),
                               args.runs)
            base = median_time(lambda f=finding: bare(f, io.BytesIO()), args.runs)
            kind = "unbroken 'words' (hostile)" if hostile else "sentences (realistic)"
            print(f"Form A at the maximum lengths, {kind}: {ours:.2f} s, {pages[-1]} pages "
                  f"({characters:,} characters of text in the finding); bare ReportLab of the same text "
                  f"{base:.2f} s — {ours / base:.2f}×; target < 2 s: {'met' if ours < 2 else 'MISSED'}")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
