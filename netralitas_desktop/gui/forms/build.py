"""Compile `ui/*.ui` into `netralitas_desktop/gui/forms/*.py` with pyside6-uic, and refresh the translations.

    python -m netralitas_desktop.gui.forms.build            # forms only
    python -m netralitas_desktop.gui.forms.build --translations   # also lupdate/lrelease resources/translations
    python -m netralitas_desktop.gui.forms.build --icons          # also app.png/app.ico from app.svg
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from netralitas_desktop.paths import resources_dir, ui_dir

FORMS_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = FORMS_DIR.parent


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} tidak ditemukan: pasang PySide6 (pip install PySide6-Essentials).")
    return found


def compiled_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of a .ui file (generated code: not linted), without the names uic
    imports but does not use: PySide6 builds each class on first import, which costs start-up time."""
    result = subprocess.run([tool("pyside6-uic"), str(ui_file)], capture_output=True, text=True, check=True)
    return "# ruff: noqa\n" + unused_imports_removed(result.stdout)


def unused_imports_removed(code: str) -> str:
    """Drop names from `from PySide6.X import (…)` that the rest of the generated code never mentions."""
    import re

    pattern = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.M | re.S)

    def prune(match: re.Match) -> str:
        module, names = match.group(1), [n.strip() for n in match.group(2).replace("\n", " ").split(",")]
        rest = code[:match.start()] + code[match.end():]
        used = [n for n in names if n and re.search(rf"\b{re.escape(n)}\b", rest)]
        return f"from {module} import {', '.join(used)}\n" if used else ""

    return pattern.sub(prune, code)


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}.py"


def compile_forms() -> list[Path]:
    written = []
    for ui_file in sorted(ui_dir().glob("*.ui")):
        target = form_path(ui_file)
        target.write_text(compiled_form(ui_file), encoding="utf-8")
        written.append(target)
    return written


def update_translations() -> list[Path]:
    """Extract every tr() string into netralitas_en.ts (template for another language) and compile .ts → .qm."""
    folder = resources_dir() / "translations"
    sources = [str(p) for p in sorted(PACKAGE_DIR.rglob("*.py")) if p.parent != FORMS_DIR]  # forms: from ui/
    sources += [str(p) for p in sorted(ui_dir().glob("*.ui"))]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-source-language", "id", "-target-language", "en",
                    "-ts", str(folder / "netralitas_en.ts")], check=True, capture_output=True)
    compiled = []
    for ts in sorted(folder.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        if text.count("<translation") == text.count('type="unfinished"'):
            continue  # a template nobody has translated yet: no .qm
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        compiled.append(qm)
    return compiled


def render_app_icons() -> list[Path]:
    """resources/icons/app.png (256 px, for Linux and build.spec) and app.ico (Windows) from app.svg."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build"])
    folder = resources_dir() / "icons"
    renderer = QSvgRenderer(str(folder / "app.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png = folder / "app.png"
    image.save(str(png))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    ico = folder / "app.ico"
    Image.open(io.BytesIO(bytes(data))).save(ico, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                                           (128, 128), (256, 256)])
    return [png, ico]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--translations", action="store_true")
    parser.add_argument("--icons", action="store_true")
    args = parser.parse_args(argv)
    for path in compile_forms():
        print(f"form: {path.relative_to(PACKAGE_DIR.parent.parent)}")
    if args.icons:
        for path in render_app_icons():
            print(f"ikon: {path.name}")
    if args.translations:
        for path in update_translations():
            print(f"terjemahan: {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
