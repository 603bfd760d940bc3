"""Measure whether every window of Netralitas Desktop fits the officers' laptop screens.

    python fit/measure_fit.py [--repo REPO] [--out results] [--shots shots] [--profiles a,b] [--cases x,y]

The parent process builds the fixture stores once, then runs itself once per screen profile in a subprocess
(QT_QPA_PLATFORM can be chosen once per process) with QT_QPA_PLATFORM=offscreen:configfile=<profile>.json, and
collects one JSON file of measurements per profile. Screenshots are composited on an image of the whole screen
(with a Windows-like title bar and a taskbar) so that what falls off the work area is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from profiles import BORDER, PROFILES, TITLE_BAR  # noqa: E402


# ----------------------------------------------------------------------------------------------- parent ------
def run_all(args) -> dict[str, dict]:
    from fixtures import build

    results = {}
    with tempfile.TemporaryDirectory() as temp:
        started = time.monotonic()
        data = build(Path(temp) / "data", args.repo)
        print(f"fixtures: {time.monotonic() - started:.1f} s", file=sys.stderr)
        for name in args.profiles:
            profile = PROFILES[name]
            env = dict(os.environ, QT_QPA_PLATFORM=profile.platform(args.screens.resolve()),
                       PYTHONPATH=str(args.repo), TZ="Asia/Jakarta")
            env.pop("QT_SCALE_FACTOR", None)
            out = args.out / f"{name}{args.label}.json"
            command = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--data", str(data),
                       f"--label={args.label}",
                       "--out", str(out), "--repo", str(args.repo), "--cases", ",".join(args.cases)]
            if args.shots:
                command += ["--shots", str(args.shots)]
            if args.font:
                command += ["--font", args.font]
            started = time.monotonic()
            completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
            if completed.returncode:
                sys.stderr.write(completed.stdout + completed.stderr)
                raise SystemExit(f"{name}: child failed ({completed.returncode})")
            print(f"{name}: {time.monotonic() - started:.1f} s", file=sys.stderr)
            results[name] = json.loads(out.read_text())
    return results


# ------------------------------------------------------------------------------------------------ child ------
def settle(ms: int = 120) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout: float = 30) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError("waited too long")
        settle(40)


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(window, button, avail, also=()) -> dict:
    """Sizes in logical pixels. Two checks:

    size       the window's frame as Windows draws it (client + 1 px borders + 31 px title bar) is no larger than
               the available geometry, and the layout's minimum size would allow that (`shrinkable`);
    placement  where Qt placed the window (its own frame; on Windows Qt positions with the real frame) lies in the
               available geometry, and the primary button, in global coordinates, is inside it and not clipped.
    """
    from PySide6.QtCore import QPoint, QRect, Qt

    g = window.geometry()
    frame_size = (g.width() + 2 * BORDER, g.height() + TITLE_BAR + BORDER)
    qt_frame = window.frameGeometry()
    if window.isMaximized():  # Windows draws a maximised window's caption inside the work area, borders off it
        # (the offscreen platform gives the client the whole work area; on Windows the caption takes ~23 px of
        # it, so the check is that the minimum size fits below a caption)
        frame_size = (max(avail.width(), window.minimumWidth()), max(avail.height(),
                                                                      window.minimumHeight() + TITLE_BAR))
        qt_frame = QRect(avail)
    min_frame = (window.minimumSize().width() + 2 * BORDER, window.minimumSize().height() + TITLE_BAR + BORDER)
    result = {
        "size": [g.width(), g.height()],
        "maximized": window.isMaximized(),
        "frame": [qt_frame.x(), qt_frame.y(), *frame_size],
        "qt_frame": rect(qt_frame),
        "minimum": [window.minimumSize().width(), window.minimumSize().height()],
        "size_hint": [window.sizeHint().width(), window.sizeHint().height()],
        "overflow": [max(0, frame_size[0] - avail.width()), max(0, frame_size[1] - avail.height())],
        "shrinkable": min_frame[0] <= avail.width() and min_frame[1] <= avail.height(),
        "placed_inside": avail.contains(qt_frame),
    }
    result["window_inside"] = not any(result["overflow"]) and result["placed_inside"]
    if button is not None:
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        visible = button.visibleRegion().boundingRect()
        unclipped = button.isVisible() and visible == button.rect()
        result.update({
            "button": button.text() or button.objectName(),
            "button_rect": rect(on_screen),
            "button_unclipped": unclipped,
            "button_inside": avail.contains(on_screen) and unclipped,
            "button_below_by": max(0, on_screen.bottom() - avail.bottom()),
        })
    # Content cut off sideways: a resizable scroll area whose widget is wider than its viewport with no way to
    # scroll there (horizontal bar off), or any widget wider than the window's client area.
    from PySide6.QtWidgets import QScrollArea

    clipped = []
    for area in window.findChildren(QScrollArea):
        body = area.widget()
        if (body is not None and area.isVisible() and area.widgetResizable()
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and body.width() > area.viewport().width()):
            clipped.append(f"{area.objectName()}: {body.width()} > {area.viewport().width()}")
    result["clipped"] = clipped
    result["horizontal_scrollbars"] = [a.objectName() for a in window.findChildren(QScrollArea)
                                       if a.widget() is not None and a.widget().property("scrollBody")
                                       and a.horizontalScrollBar().isVisible()]
    # Other widgets that must be reachable (e.g. the main window's search box, which a too-narrow toolbar hides
    # in its overflow menu): visible, not clipped, on screen.
    from PySide6.QtWidgets import QAbstractItemView

    hidden = []
    for widget in also:
        on_screen = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        name = widget.objectName() or type(widget).__name__
        if not (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
                and avail.contains(on_screen)):
            hidden.append(name)
        elif isinstance(widget, QAbstractItemView) and widget.horizontalScrollBar().isVisible():
            hidden.append(f"{name}: its shown columns scroll sideways")
    result["hidden"] = hidden
    result["fits"] = (result["window_inside"] and result.get("button_inside", True) and not clipped
                      and not hidden)
    return result


def desktop_shot(window, measured: dict, avail, screen, path: Path, taskbar: int) -> None:
    """The whole screen at its device pixel ratio: the window in its Windows-like frame where Qt placed it, and
    the taskbar drawn over whatever falls below the work area."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    dpr = screen.devicePixelRatio()
    full = QRect(0, 0, avail.width(), avail.height() + taskbar)
    image = QImage(round(full.width() * dpr), round(full.height() * dpr), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#3a6ea5"))
    painter = QPainter(image)
    frame = QRect(*measured["frame"])
    if measured["maximized"]:  # drawn without its caption (see measure)
        painter.drawPixmap(0, 0, window.grab())
        frame = QRect(0, 0, 0, 0)
    painter.fillRect(frame, QColor("#ffffff"))
    painter.setPen(QColor("#1f2328"))
    title = QRect(frame.x(), frame.y(), frame.width(), TITLE_BAR)
    painter.drawText(title.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, window.windowTitle())
    if not measured["maximized"]:
        painter.drawPixmap(frame.x() + BORDER, frame.y() + TITLE_BAR, window.grab())
    painter.setPen(QColor("#8c1d2c"))
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    if "button_rect" in measured:
        painter.setPen(QColor("#00c000") if measured["button_inside"] else QColor("#ff0000"))
        local = QRect(*measured["button_rect"]).translated(-window.geometry().topLeft())
        origin = QPoint(0, 0) if measured["maximized"] else QPoint(frame.x() + BORDER, frame.y() + TITLE_BAR)
        painter.drawRect(local.translated(origin).adjusted(-2, -2, 1, 1))
    bar = QRect(0, avail.height(), full.width(), taskbar)
    painter.fillRect(bar, QColor(20, 20, 24, 235))
    painter.setPen(QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSize(9)
    painter.setFont(font)
    over = measured["overflow"]
    painter.drawText(bar.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter,
                     f"taskbar · work area {avail.width()}×{avail.height()} · window "
                     f"{'maximised' if measured['maximized'] else f'{frame.width()}×{frame.height()}'}"
                     f" · overflow {over[0]}×{over[1]} · {'FITS' if measured['fits'] else 'DOES NOT FIT'}")
    painter.end()
    image.save(str(path))


def run_child(args) -> None:
    from cases import CASES, Env
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontInfo

    from netralitas_desktop.gui import style
    from netralitas_desktop.gui.app import create_application

    if args.font:
        style.PREFERRED_FONTS = (args.font,)
    app = create_application(["fit"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    work = Path(tempfile.mkdtemp(prefix="fit-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    (work / "stores").mkdir()
    screen = app.primaryScreen()
    avail = screen.availableGeometry()
    profile = PROFILES[args.child]
    assert (avail.width(), avail.height()) == profile.available, (rect(avail), profile)
    env = Env(args.data, work / "stores", settle, wait_for)
    out = {"profile": args.child, "available": rect(avail), "dpr": screen.devicePixelRatio(),
           "font": QFontInfo(app.font()).family(), "windows": []}
    for name in args.cases:
        started = time.monotonic()
        for state, window, button, *more in CASES[name](env):
            settle()
            measured = measure(window, button, avail, more[0] if more else ())
            measured.update(case=name, state=state, cls=type(window).__name__, title=window.windowTitle())
            out["windows"].append(measured)
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
                shot = args.shots / f"{args.child}--{name}--{state}{args.label}.png"
                desktop_shot(window, measured, avail, screen, shot, profile.taskbar)
        print(f"  {name}: {time.monotonic() - started:.1f} s", file=sys.stderr)
    env.close()
    settle()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")


# -------------------------------------------------------------------------------------------------- table ------
def table(results: dict[str, dict]) -> str:
    lines = []
    for name, result in results.items():
        a = result["available"]
        lines.append(f"\n### {name}: available {a[2]}×{a[3]} (dpr {result['dpr']}, font {result['font']})\n")
        lines.append("| window | state | client size | Windows frame | minimum | overflow w×h | placed at (Qt) "
                     "| primary button | button below work area | fits |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|")
        for w in result["windows"]:
            over = f"{w['overflow'][0]}×{w['overflow'][1]}" if any(w["overflow"]) else "–"
            below = w.get("button_below_by", 0)
            lines.append(
                f"| {w['case']} | {w['state']} | {w['size'][0]}×{w['size'][1]} | {w['frame'][2]}×{w['frame'][3]} "
                f"| {w['minimum'][0]}×{w['minimum'][1]}{'' if w['shrinkable'] else ' ⚠'} | {over} "
                f"| {w['qt_frame'][0]},{w['qt_frame'][1]}{'' if w['placed_inside'] else ' ✗'} "
                f"| {w.get('button', '–')} | {below or '–'} | {'yes' if w['fits'] else '**NO**'}"
                f"{' (hidden: ' + ', '.join(w['hidden']) + ')' if w.get('hidden') else ''} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", type=Path, default=Path("/work/research/qt/repo"))
    parser.add_argument("--out", type=Path, default=HERE.parent / "results")
    parser.add_argument("--screens", type=Path, default=HERE.parent / "screens")
    parser.add_argument("--shots", type=Path, default=None)
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--cases", default="")
    parser.add_argument("--child", default="")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--label", default="")
    parser.add_argument("--font", default="", help="force this font family (else the app's PREFERRED_FONTS)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.repo))
    if not args.cases:
        from cases import CASES

        args.cases = ",".join(CASES)
    args.cases = args.cases.split(",")
    if args.child:
        run_child(args)
        return 0
    args.profiles = args.profiles.split(",")
    args.out.mkdir(parents=True, exist_ok=True)
    results = run_all(args)
    text = table(results)
    (args.out / f"table{args.label}.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
