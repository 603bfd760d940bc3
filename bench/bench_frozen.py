"""Figures for the shipped app (issue 6): build time, folder and zip size, and cold start of the frozen app to an
interactive window against a bare PySide6 window frozen the same way, in the same run.

    python bench/bench_frozen.py [--runs 5]

Builds dist/NetralitasDesktop with build.spec and a bare one-window app with the same PyInstaller, then starts
each `--runs` times (the page cache is dropped before each start where the machine allows it: truly cold).
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from bench_gui import BARE_WINDOW  # noqa: E402 - the same bare window as the unfrozen start-up figure


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_time(command: list[str], env: dict) -> float:
    """Seconds from process start to the READY line (the window is up and the event loop turns); what
    happens after, such as a background job winding down before exit, is not counted."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if line.strip() == "READY":
            ready = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{command[0]} did not start")
    process.wait(timeout=120)
    return ready


def size_mib(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*")) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                        "--distpath", str(temp / "dist"), "--workpath", str(temp / "build"), str(REPO / "build.spec")],
                       check=True, cwd=REPO)
        build_time = time.perf_counter() - started
        (temp / "bare.py").write_text(BARE_WINDOW)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--windowed",
                        "--distpath", str(temp / "dist"), "--workpath", str(temp / "build-bare"),
                        "--specpath", str(temp), str(temp / "bare.py")], check=True)
        bare_build = time.perf_counter() - started
        app_dir, bare_dir = temp / "dist" / "NetralitasDesktop", temp / "dist" / "bare"
        archive = shutil.which("zip")
        zip_size = None
        if archive:
            subprocess.run(["zip", "-qry", str(temp / "app.zip"), app_dir.name], cwd=app_dir.parent, check=True)
            zip_size = (temp / "app.zip").stat().st_size / 2**20
        data = temp / "data"
        subprocess.run([str(app_dir / "netralitas"), "--data-dir", str(data), "init", "--office-name",
                        "Panwaslu Kecamatan Toboali", "--level", "kecamatan", "--region", "19.03.01", "--officer",
                        "Bench"], check=True, capture_output=True)
        subprocess.run([str(app_dir / "netralitas"), "--data-dir", str(data), "demo", "--findings", "1000"],
                       check=True, capture_output=True)
        cold = drop_caches()
        ours, bare = [], []
        for _ in range(args.runs):
            drop_caches()
            bare.append(start_time([str(bare_dir / "bare")], env))
            drop_caches()
            ours.append(start_time([str(app_dir / "netralitas-desktop"), "--data-dir", str(data),
                                    "--quit-when-ready"], env))
        m_ours, m_bare = statistics.median(ours), statistics.median(bare)
        print(f"build: {build_time:.0f} s (bare window app: {bare_build:.0f} s)")
        print(f"folder: {size_mib(app_dir):.0f} MiB (bare: {size_mib(bare_dir):.0f} MiB)"
              + (f", zip: {zip_size:.0f} MiB (target ≤ 120)" if zip_size else ""))
        print(f"{'cold' if cold else 'warm (page cache could not be dropped)'} start to an interactive window, "
              f"median of {args.runs}: {m_ours * 1000:.0f} ms vs bare frozen PySide6 window {m_bare * 1000:.0f} ms "
              f"= {m_ours / m_bare:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main()
