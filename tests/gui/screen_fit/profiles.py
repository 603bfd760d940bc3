"""Screen profiles for the fit test, and the offscreen platform's JSON config for each.

Qt's offscreen plugin (qtbase src/plugins/platforms/offscreen/qoffscreenintegration.cpp) reads
    QT_QPA_PLATFORM=offscreen:configfile=/path/screens.json
with {"screens": [{"name", "x", "y", "width", "height", "logicalDpi", "logicalBaseDpi", "dpr"}], ...}.

* Windows-style scaling (125 %) = logicalDpi 120 over logicalBaseDpi 96: Qt's high-DPI code then derives the
  factor 1.25 exactly as it does for the Windows plugin, QScreen.geometry() is in logical pixels (1280×720 →
  1024×576) and QScreen.devicePixelRatio() == 1.25 (grabs come out at 1.25×). Do NOT use "dpr": that is the
  *native* ratio (macOS/Wayland style) and leaves QScreen.geometry() in device pixels (1280×720).
* QOffscreenScreen does not override availableGeometry(), so available == geometry and no taskbar can be
  described in the config. The taskbar is emulated by making the offscreen screen the *work area*: its height is
  the physical height minus the taskbar's physical height. Everything in Qt, including C++ code that reads
  availableGeometry() (QDialog centring/clamping, showMaximized, the 2/3-of-screen cap of adjustSize), then sees
  the work area.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# Windows 10/11 decorations around a window's client area, in logical pixels (the same at 100 % and 125 %):
# a 31 px caption (SM_CYCAPTION + frame + padded border, ≈ 39 device px at 125 %) and a 1 px visible border.
# The offscreen platform only adds 2 px all round, so the fit check adds these itself.
TITLE_BAR = 31
BORDER = 1


@dataclass(frozen=True)
class Profile:
    name: str
    width: int  # physical pixels
    height: int
    scale: float  # Windows display scaling
    taskbar: int  # logical pixels (40 = Windows 10 default taskbar; Windows 11: 48)

    @property
    def logical_dpi(self) -> int:
        return round(96 * self.scale)

    @property
    def work_area_height(self) -> int:  # physical
        return self.height - round(self.taskbar * self.scale)

    @property
    def available(self) -> tuple[int, int]:  # logical, what QScreen.availableGeometry() will say
        return round(self.width / self.scale), round(self.work_area_height / self.scale)

    def config(self) -> dict:
        return {
            "synchronousWindowSystemEvents": False,
            "windowFrameMargins": True,
            "screens": [{"name": self.name, "x": 0, "y": 0, "width": self.width, "height": self.work_area_height,
                         "logicalDpi": self.logical_dpi, "logicalBaseDpi": 96, "dpr": 1.0}],
        }

    def write_config(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.name}.json"
        path.write_text(json.dumps(self.config(), indent=2) + "\n", encoding="utf-8")
        return path

    def platform(self, folder: Path) -> str:
        """The QT_QPA_PLATFORM value for this profile."""
        return f"offscreen:configfile={self.write_config(folder)}"


PROFILES = {
    p.name: p for p in (
        Profile("laptop-1280x720-125", 1280, 720, 1.25, 40),  # → 1024×536 available
        Profile("laptop-1366x768-100", 1366, 768, 1.0, 40),  # → 1366×728 available
    )
}
