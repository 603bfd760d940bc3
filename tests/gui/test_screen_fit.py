"""Every window and dialog fits the field officers' laptops (issue: "Every window fits a 1024×536 logical screen").

Two screen profiles, each emulated with the offscreen platform's JSON screen config in a subprocess of its own
(QT_QPA_PLATFORM is read once per process): 1280×720 at 125 % and 1366×768 at 100 %, each less a 40 px taskbar
(available 1024×536 and 1366×728 logical pixels). The subprocess (screen_fit/measure_fit.py --child) opens every
window in its largest states — Simpan PDF with the recap and its result, the editor with every error shown, the
import preview with the trust prompt… — and reports sizes; here each window is one test. A window fits when its
frame as Windows draws it (31 px caption, 1 px border) lies in the available geometry, its primary button is on
screen and not clipped, nothing is cut off sideways, and the named must-see widgets (the search box) are shown.

NETRALITAS_FIT_SHOTS=folder also writes a picture of each state on the emulated screen, taskbar included.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROBE = HERE / "screen_fit"
REPO = HERE.parent.parent
sys.path.insert(0, str(PROBE))

from cases import CASES  # noqa: E402
from profiles import PROFILES  # noqa: E402


@pytest.fixture(scope="session")
def fit_results(tmp_path_factory) -> dict[str, dict]:
    """Both profiles measured at once, one subprocess each (about 15 s in all)."""
    from fixtures import build

    folder = tmp_path_factory.mktemp("screen-fit")
    data = build(folder / "data", REPO)
    running = {}
    for name, profile in PROFILES.items():
        out = folder / f"{name}.json"
        env = dict(os.environ, QT_QPA_PLATFORM=profile.platform(folder / "screens"), TZ="Asia/Jakarta",
                   PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        env.pop("QT_SCALE_FACTOR", None)
        env.pop("QT_SCREEN_SCALE_FACTORS", None)
        command = [sys.executable, str(PROBE / "measure_fit.py"), "--child", name, "--data", str(data),
                   "--out", str(out), "--repo", str(REPO)]
        if os.environ.get("NETRALITAS_FIT_SHOTS"):
            command += ["--shots", os.environ["NETRALITAS_FIT_SHOTS"]]
        running[name] = (subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                          text=True), out)
    results = {}
    for name, (process, out) in running.items():
        output, _ = process.communicate(timeout=180)
        assert process.returncode == 0, f"{name}: the measuring process failed:\n{output}"
        results[name] = json.loads(out.read_text(encoding="utf-8"))
    return results


def problems(w: dict, available: list[int]) -> list[str]:
    found = []
    if any(w["overflow"]):
        found.append(f"its frame {w['frame'][2]}×{w['frame'][3]} is {w['overflow'][0]}×{w['overflow'][1]} px larger "
                     f"than the work area {available[2]}×{available[3]}"
                     + ("" if w["shrinkable"] else f" and its minimum size {w['minimum'][0]}×{w['minimum'][1]} "
                        "does not allow it to shrink enough"))
    if not w["placed_inside"]:
        found.append(f"it is placed at {w['qt_frame']}, outside the work area")
    if "button" in w and not w["button_inside"]:
        found.append(f"its primary button {w['button']!r} is "
                     + (f"{w['button_below_by']} px below the work area" if w["button_below_by"] else "clipped"))
    for clip in w.get("clipped", []):
        found.append(f"content cut off sideways in {clip}")
    if w.get("hidden"):
        found.append(f"not shown: {', '.join(w['hidden'])}")
    return found


@pytest.mark.parametrize("profile", list(PROFILES))
@pytest.mark.parametrize("case", list(CASES))
def test_window_fits_the_screen(fit_results, profile, case):
    result = fit_results[profile]
    states = [w for w in result["windows"] if w["case"] == case]
    assert states, f"{case} was not measured"
    failures = {w["state"]: problems(w, result["available"]) for w in states if not w["fits"]}
    assert not failures, f"{case} on {profile}:\n" + "\n".join(
        f"  {state}: {'; '.join(found)}" for state, found in failures.items())


def test_windows_are_measured_in_a_font_as_tall_as_windows_own(fit_results):
    """Segoe UI (Windows) or Noto Sans (CI, `fonts-noto-core`): DejaVu Sans, 14 % shorter a line, would let windows
    pass here that do not fit an officer's laptop."""
    for profile, result in fit_results.items():
        assert result["font"] in ("Segoe UI", "Noto Sans"), (
            f"{profile} measured with {result['font']!r}: install fonts-noto-core (see .ci/run)")
