"""Regenerate the screenshots in docs/screenshots/ at 1366×768 (offscreen, with demo data).

    python bench/make_screenshots.py [--findings 500] [--out docs/screenshots]

Makes main-window.png, editor.png, editor-subjects.png, evidence.png, status.png, dashboard.png and wizard.png
from a fresh demo store in a temporary folder, with times in WIB. Fonts: install fonts-noto-core (or
fonts-dejavu-core) so text does not render as boxes. Use a PySide6 other than 6.12.0 on Python 3.11 (see
tests/gui/test_qt_binding.py): that one aborts the interpreter after a few thousand events.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Jakarta"  # times as an office in WIB sees them
time.tzset()
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from netralitas_desktop.data.store import Store  # noqa: E402
from netralitas_desktop.gui.app import create_application  # noqa: E402
from netralitas_desktop.services.demo import generate_demo  # noqa: E402

SIZE = (1366, 768)
NAMES = ("main-window.png", "evidence.png", "editor.png", "editor-subjects.png", "status.png", "dashboard.png",
         "wizard.png")


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout: float = 30) -> None:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError("waited too long")
        settle(50)


def save_on_desktop(widget, path: Path) -> None:
    """A dialog grabbed over the main window, as a user sees it at 1366×768."""
    settle()
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#6b7079"))
    painter = QPainter(image)
    parent = widget.parentWidget()
    if parent is not None:
        painter.drawPixmap(0, 0, parent.window().grab())
        painter.fillRect(image.rect(), QColor(0, 0, 0, 70))
    shot = widget.grab()
    x = max(0, (SIZE[0] - shot.width()) // 2)
    y = max(0, (SIZE[1] - shot.height()) // 2)
    painter.drawPixmap(x, y, shot)
    painter.end()
    image.save(str(path))


def make_store(folder: Path, findings: int) -> None:
    store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                         region_code="19.03", officer="Rina Marlina", office_code="19.03",
                         office_address="Jalan Jenderal Sudirman, Toboali",
                         officer_jabatan="Staf Penanganan Pelanggaran")
    generate_demo(store, findings, today=date.today())
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=500)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    from netralitas_desktop.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        make_store(folder, args.findings)
        window = MainWindow(folder)
        window.resize(*SIZE)
        window.show()
        window.open_store_now()
        settle(400)
        # Main window: a finding with several subjects and evidence selected.
        ids = window.model.ids
        for row in range(min(40, len(ids))):
            finding = window.store.get_finding(ids[row])
            if len(finding.evidence) >= 2 and finding.urls and finding.status not in ("draf",):
                window.select_row(row)
                break
        settle()
        window.grab().save(str(args.out / "main-window.png"))

        # Evidence: the detail pane's evidence tab.
        window.ui.detailTabs.setCurrentIndex(1)
        settle()
        window.grab().save(str(args.out / "evidence.png"))
        window.ui.detailTabs.setCurrentIndex(0)

        # Editor: the selected finding opened for editing.
        window.edit_finding()
        editor = window.editor
        settle()
        save_on_desktop(editor, args.out / "editor.png")
        editor.ui.tabs.setCurrentIndex(1)
        save_on_desktop(editor, args.out / "editor-subjects.png")
        editor.dirty = False
        editor.reject()
        settle()

        # Status dialog: a PNS case under study, about to be forwarded (BKN is suggested for the date).
        for row, finding_id in enumerate(window.model.ids):
            finding = window.store.get_finding(finding_id)
            if finding.status == "kajian" and finding.subjects and finding.subjects[0].employment_type == "pns":
                window.select_row(row)
                break
        window.change_status()
        dialog = window.status_dialog
        dialog.ui.newStatusCombo.setCurrentIndex(dialog.ui.newStatusCombo.findData("diteruskan"))
        dialog.ui.reasonEdit.setPlainText("Rapat pleno menyimpulkan terlapor melanggar netralitas ASN; diteruskan "
                                          "untuk penjatuhan sanksi.")
        settle()
        save_on_desktop(dialog, args.out / "status.png")
        dialog.reject()
        window.select_row(0)

        # Dashboard.
        window.show_page(1)
        wait_for(lambda: window.dashboard.data is not None)
        settle()
        window.grab().save(str(args.out / "dashboard.png"))
        window.close()

        # Wizard: the office page, filled in.
        from netralitas_desktop.gui.wizard import SetupWizard

        wizard = SetupWizard(Path(temp) / "baru")
        wizard.show()
        wizard.next()
        wizard.ui.officeRegion.ui.searchEdit.setText("Toboali")
        wizard.ui.officeRegion.choose_first_result()
        wizard.ui.officeCode.setText("19.03")
        wizard.ui.officeAddress.setText("Jalan Raya Toboali No. 12")
        settle()
        save_on_desktop(wizard, args.out / "wizard.png")
        wizard.reject()
    for name in NAMES:
        print(args.out / name)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
