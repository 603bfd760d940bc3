"""Figures for the desktop UI (issue 3) over 100,000 demo findings, each beside a baseline from the same run.

    python bench/bench_gui.py [--findings 100000] [--store DIR] [--runs 5]

- start-up: from process start to an interactive main window (shown, event loop turning, list loading in the
  background) and to the first rows on screen, against a bare PySide6 QMainWindow started the same way;
- search as you type: each keystroke's query (after the 250 ms debounce) until the table shows the answer;
- scrolling the whole table from top to bottom, a screenful at a time, painting each screen;
- resident memory of the app process (current and peak) after each of those and after the dashboard.

The store is made once (about 35 s for 100,000 findings) and kept in --store for later runs. Without a display
the offscreen Qt platform is used (as in CI): painting then costs what a real screen costs minus the compositor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

APP_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from netralitas_desktop.gui.app import launch
windows = launch(["--data-dir", sys.argv[1]])
from PySide6.QtWidgets import QApplication
app = QApplication.instance()

def ready():
    print("READY", flush=True)
    poll()

def poll():
    window = windows[0]
    if window.store is not None and window.list_job is None and window.model.fetches:
        window.ui.findingsView.viewport().repaint()
        print("ROWS", len(window.model.ids), flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, poll)

QTimer.singleShot(0, ready)
app.exec()
"""

SEARCH_WORDS = ("budi", "siti", "hendra saputra", "guru sd", "puskesmas", "kantor camat", "toboali", "airgegas",
                "kepala desa", "facebook", "1985", "baliho", "kalender", "tim pemenangan")


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB, from /proc (Linux)."""
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def ensure_store(folder: Path, findings: int) -> Path:
    from netralitas_desktop.data.database import DB_NAME
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.demo import generate_demo

    if (folder / DB_NAME).exists():
        with Store(folder, readonly=True) as store:
            if store.count_findings() == findings:
                return folder
        raise SystemExit(f"{folder} holds a different store; pass another --store")
    print(f"Membuat {findings:,} temuan contoh di {folder} (sekali saja)…", flush=True)
    started = time.perf_counter()
    store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                         region_code="19.03", officer="Rina Marlina", office_code="19.03")
    generate_demo(store, findings)
    store.close()
    print(f"  selesai dalam {time.perf_counter() - started:.1f} s", flush=True)
    return folder


# The app's own settings (remembered window geometry) go to a folder of this run, not the user's; and bytecode is
# written and read as in an installed app (pip compiles it; PYTHONDONTWRITEBYTECODE in a shell would otherwise
# make every timed start compile the app's modules again).
SETTINGS_HOME = tempfile.mkdtemp(prefix="netralitas-bench-settings-")
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV.update(PYTHONPATH=str(REPO), XDG_CONFIG_HOME=SETTINGS_HOME)


def time_process(code: str, *args: str) -> dict[str, float]:
    """Seconds from starting a Python process running `code` to each marker line it prints."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, cwd=REPO, env=CHILD_ENV)
    marks = {}
    for line in process.stdout:
        marks[line.split()[0]] = time.perf_counter() - started
    process.wait(timeout=120)
    return marks


def bench_startup(folder: Path, runs: int) -> None:
    bare, ready, rows = [], [], []
    time_process(BARE_WINDOW)  # warm the file cache for both
    time_process(APP_WINDOW, str(folder))
    for _ in range(runs):
        bare.append(time_process(BARE_WINDOW)["READY"])
        marks = time_process(APP_WINDOW, str(folder))
        ready.append(marks["READY"])
        rows.append(marks["ROWS"])
    b, r, w = statistics.median(bare), statistics.median(ready), statistics.median(rows)
    print(f"\nStart-up (median of {runs} runs, process start → …)")
    print(f"  bare PySide6 window              {b * 1000:7.0f} ms")
    print(f"  app main window interactive      {r * 1000:7.0f} ms   ratio {r / b:.2f}× (target ≤ 2×)")
    print(f"  app first rows of 100k on screen {w * 1000:7.0f} ms   ratio {w / b:.2f}×")


def bench_in_process(folder: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from netralitas_desktop.gui.app import create_application
    from netralitas_desktop.gui.main_window import SEARCH_DEBOUNCE_MS, MainWindow

    app = create_application()

    def wait_until(condition, timeout: float = 60) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()

    window = MainWindow(folder)
    window.resize(1366, 768)
    window.show()
    window.start_loading()
    wait_until(lambda: window.store is not None and window.list_job is None)
    view = window.ui.findingsView
    view.viewport().repaint()
    memory = [("daftar 100.000 temuan dimuat", *rss_mb())]

    # Search as you type: every prefix of every word, as if the debounce fired after each key (one letter is
    # only searched on Enter; those are timed apart).
    latencies, single = [], []
    for word in SEARCH_WORDS:
        for end in range(1, len(word) + 1):
            window.search_edit.blockSignals(True)
            window.search_edit.setText(word[:end])
            window.search_edit.blockSignals(False)
            started = time.perf_counter()
            window.apply_search(forced=end == 1)
            wait_until(lambda: window.list_job is None)
            view.viewport().repaint()
            (single if end == 1 else latencies).append(time.perf_counter() - started)
        window.search_edit.clear()
        window.apply_search()
        wait_until(lambda: window.list_job is None)
    latencies.sort()
    print(f"\nSearch as you type ({len(latencies)} keystrokes over {len(SEARCH_WORDS)} words, query → table shown, "
          f"on {window.total:,} findings)")
    p90 = latencies[int(len(latencies) * 0.9)]
    print(f"  median {statistics.median(latencies) * 1000:6.1f} ms   p90 {p90 * 1000:6.1f} ms   worst "
          f"{latencies[-1] * 1000:6.1f} ms   (target median < 100 ms; plus the {SEARCH_DEBOUNCE_MS} ms debounce "
          "after the last key)")
    print(f"  one letter + Enter ({len(single)} times, ~90,000 matches each): median "
          f"{statistics.median(single) * 1000:.0f} ms, worst {max(single) * 1000:.0f} ms")
    memory.append(("setelah pencarian", *rss_mb()))

    # Scrolling end to end, a screenful at a time, painting every screen.
    wait_until(lambda: len(window.model.ids) == window.total)
    scrollbar = view.verticalScrollBar()
    scrollbar.setValue(0)
    fetches = window.model.fetches
    steps, worst = 0, 0.0
    started = time.perf_counter()
    value = 0
    while True:
        step_start = time.perf_counter()
        scrollbar.setValue(value)
        view.viewport().repaint()
        worst = max(worst, time.perf_counter() - step_start)
        steps += 1
        if value >= scrollbar.maximum():
            break
        value = min(scrollbar.maximum(), value + scrollbar.pageStep())
    total = time.perf_counter() - started
    print(f"\nScrolling {len(window.model.ids):,} rows top to bottom ({steps:,} screens, each painted)")
    print(f"  total {total:6.2f} s   per screen {total / steps * 1000:5.2f} ms   worst {worst * 1000:5.1f} ms   "
          f"pages of details fetched {window.model.fetches - fetches:,} (cache holds at most "
          f"{window.model.cached_rows():,} rows)")
    # Dragging the scroll bar's thumb from top to bottom in one second's worth of steps (60 per second).
    drag_steps, worst_drag = 60, 0.0
    started = time.perf_counter()
    for step in range(drag_steps + 1):
        step_start = time.perf_counter()
        scrollbar.setValue(scrollbar.maximum() * step // drag_steps)
        view.viewport().repaint()
        worst_drag = max(worst_drag, time.perf_counter() - step_start)
    total = time.perf_counter() - started
    print(f"  dragging the thumb top → bottom in {drag_steps} steps: {total * 1000:.0f} ms, worst frame "
          f"{worst_drag * 1000:.1f} ms")
    memory.append(("setelah menggulir semua baris", *rss_mb()))

    window.show_page(1)
    started = time.perf_counter()
    wait_until(lambda: window.dashboard.data is not None, timeout=120)
    print(f"\nDashboard (counts and deadline list, off the UI thread)  {time.perf_counter() - started:5.2f} s")
    memory.append(("setelah dasbor", *rss_mb()))

    print("\nResident memory of the app process (target < 300 MB)")
    for label, current, peak in memory:
        print(f"  {label:32} {current:6.0f} MB   (puncak {peak:.0f} MB)")
    window.close()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=None,
                        help="folder of the demo store (made if missing; default: in the temp folder)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = args.store or Path(tempfile.gettempdir()) / f"netralitas-bench-gui-{args.findings}"
    ensure_store(folder, args.findings)
    print(f"Netralitas Desktop — GUI figures, {args.findings:,} findings, Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM', 'native')}, {os.cpu_count()} CPU")
    bench_startup(folder, args.runs)
    bench_in_process(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
