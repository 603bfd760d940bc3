"""Regenerate the app's screenshots in docs/screenshots/ as officers see them on their laptops.

    python bench/make_screenshots.py [--findings 500] [--out docs/screenshots]

Two screens, each emulated in a process of its own with Qt's offscreen platform (as tests/gui/test_screen_fit.py
does): 1366×768 at 100 % → docs/screenshots/NAME.png, and 1280×720 at 125 % → docs/screenshots/125/NAME.png,
each less a 40 px taskbar (the pictures are the work area: 1366×728 and 1280×670 pixels). The main window is
shown as the app opens it there (maximised on both); dialogs over it, where Qt places them. Demo data in a
temporary folder, times in WIB. Fonts: install fonts-noto-core so text measures as on Windows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# name, physical width and height, scale, taskbar (logical px)
SCREENS = {"1366x768-100": (1366, 768, 1.0, 40, ""), "1280x720-125": (1280, 720, 1.25, 40, "125")}
NAMES = ("main-window.png", "evidence.png", "evidence-preview.png", "editor.png", "editor-errors.png",
         "editor-subjects.png", "editor-form-a.png", "editor-reporter.png", "status.png", "dashboard.png", "wizard.png",
         "wizard-key-card.png", "wizard-passphrase.png", "key-card.png", "save-pdf.png", "save-pdf-laporan.png")


def screen_config(folder: Path, name: str) -> str:
    """The QT_QPA_PLATFORM value of an offscreen screen the size of the work area (see tests/gui/screen_fit)."""
    width, height, scale, taskbar, _sub = SCREENS[name]
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
              "screens": [{"name": name, "x": 0, "y": 0, "width": width, "height": height - round(taskbar * scale),
                           "logicalDpi": round(96 * scale), "logicalBaseDpi": 96, "dpr": 1.0}]}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def make_store(folder: Path, findings: int, card_folder: Path) -> None:
    sys.path.insert(0, str(REPO))
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.demo import generate_demo
    from netralitas_desktop.services.key_card import write_key_card

    store = Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                         region_code="19.03", officer="Rina Marlina", office_code="19.03",
                         office_address="Jalan Jenderal Sudirman, Toboali",
                         officer_jabatan="Staf Penanganan Pelanggaran")
    generate_demo(store, findings, today=date.today())
    write_key_card(store, card_folder / "kartu-kunci.nkunci")
    store.close()


# -- the child: one screen ----------------------------------------------------------------------------------------
def settle(ms: int = 250) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout: float = 30) -> None:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError("waited too long")
        settle(50)


def desktop(window, path: Path) -> None:
    """The work area as the officer sees it: the main window (maximised) and the dialog where Qt placed it."""
    from PySide6.QtGui import QColor, QImage, QPainter

    settle()
    screen = window.screen()
    area, dpr = screen.availableGeometry(), screen.devicePixelRatio()
    image = QImage(round(area.width() * dpr), round(area.height() * dpr), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#3a6ea5"))
    painter = QPainter(image)
    main = window.parentWidget().window() if window.parentWidget() is not None else None
    if main is not None:
        painter.drawPixmap(main.geometry().topLeft(), main.grab())
        painter.fillRect(area, QColor(0, 0, 0, 60))
    painter.drawPixmap(window.geometry().topLeft(), window.grab())
    painter.end()
    image.save(str(path))


def shoot(data: Path, card: Path, out: Path, work: Path) -> None:
    from PySide6.QtCore import QSettings

    from netralitas_desktop.gui.app import create_application, open_main_window

    app = create_application(["screenshots"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(data, load=False)
    window.open_store_now()
    settle(400)
    # Main window: a finding with subjects, a URL and evidence, handled beyond the draft.
    store = window.store
    for row, finding_id in enumerate(window.model.ids[:60]):
        finding = store.get_finding(finding_id)
        if len(finding.evidence) >= 2 and finding.urls and finding.register_number:
            window.select_row(row)
            break
    settle()
    window.grab().save(str(out / "main-window.png"))
    window.ui.detailTabs.setCurrentIndex(1)
    settle()
    window.grab().save(str(out / "evidence.png"))
    panel = window.evidence_panel
    panel.preview_selected()
    desktop(panel.preview_dialog, out / "evidence-preview.png")
    panel.preview_dialog.reject()
    window.ui.detailTabs.setCurrentIndex(0)

    # Editor: the selected finding; a new one with the problems named after pressing Simpan.
    window.edit_finding()
    editor = window.editor
    desktop(editor, out / "editor.png")
    editor.ui.tabs.setCurrentIndex(1)
    desktop(editor, out / "editor-subjects.png")
    editor.dirty = False
    editor.reject()
    settle()
    from netralitas_desktop.gui.editor import FindingEditor

    editor = FindingEditor(store, None, window)
    editor.open()
    editor.ui.descriptionEdit.setPlainText("Mengunggah ajakan memilih calon di akun Facebook pribadinya.")
    editor.ui.tabs.setCurrentIndex(1)
    editor.add_subject()
    editor.ui.subjectName.setText("Hendra Saputra")
    editor._subject_edited()
    editor.ui.subjectNip.setText("19850312")
    editor._subject_edited()
    editor.save()
    desktop(editor, out / "editor-errors.png")
    editor.dirty = False
    editor.reject()

    # Form A of a temuan: its supervision activities (Kegiatan I, II), the second selected.
    from netralitas_desktop.domain.model import Activity

    temuan = next(f for f in map(store.get_finding, window.model.ids[:200])
                  if f.source == "temuan" and f.register_number and f.subjects)
    editor = FindingEditor(store, temuan.id, window)
    editor.open()
    day = temuan.known_on
    editor.activities.set_items([
        Activity(form="langsung", purpose="Memastikan netralitas ASN dan perangkat desa pada masa kampanye",
                 target="Akun media sosial ASN dan kepala desa di Kecamatan Toboali", date=day, time_from="09:00",
                 time_to="11:30", place="Sekretariat Panwaslu Kecamatan Toboali (patroli siber)",
                 assignment_letter="012/PM.00.01/K.BB-05/11/2023"),
        Activity(form="pencegahan", purpose="Mengingatkan kewajiban netralitas kepada kepala desa",
                 target="Kepala desa dan perangkat desa Rias", date=day, time_from="13:00", time_to="14:00",
                 place="Balai Desa Rias", assignment_letter="012/PM.00.01/K.BB-05/11/2023"),
    ])
    editor.ui.activitiesTable.selectRow(1)
    editor.ui.tabs.setCurrentIndex(editor.ui.tabs.indexOf(editor.ui.formATab))
    desktop(editor, out / "editor-form-a.png")
    editor.dirty = False
    editor.reject()
    settle()

    # A laporan: the reporter's identity and the time the report was received (printed on Model B.1).
    laporan = next(f for f in map(store.get_finding, window.model.ids[:400])
                   if f.source == "laporan" and f.register_number)
    editor = FindingEditor(store, laporan.id, window)
    editor.open()
    ui = editor.ui
    ui.reporterBirthPlace.setText("Toboali")
    ui.reporterBirthDate.setText("17-08-1985")
    ui.reporterSex.setCurrentIndex(ui.reporterSex.findData("P"))
    ui.reporterOccupation.setText("Guru honorer")
    ui.reporterNationality.setText("WNI")
    ui.reporterPhone.setText("0812-7000-1234")
    ui.reporterEmail.setText("pelapor@contoh.id")
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.reporterTab))
    desktop(editor, out / "editor-reporter.png")
    editor.dirty = False
    editor.reject()
    settle()

    # Status: a PNS case under study, about to be forwarded (BKN is suggested for the date).
    for row, finding_id in enumerate(window.model.ids):
        finding = store.get_finding(finding_id)
        if finding.status == "kajian" and finding.subjects and finding.subjects[0].employment_type == "pns":
            window.select_row(row)
            break
    window.change_status()
    dialog = window.status_dialog
    dialog.ui.newStatusCombo.setCurrentIndex(dialog.ui.newStatusCombo.findData("diteruskan"))
    dialog.ui.reasonEdit.setPlainText("Rapat pleno menyimpulkan terlapor melanggar netralitas ASN; diteruskan "
                                      "untuk penjatuhan sanksi.")
    desktop(dialog, out / "status.png")
    dialog.reject()

    # Simpan PDF with the recap chosen.
    from netralitas_desktop.gui.report_dialogs import RECAP, SaveReportDialog

    dialog = SaveReportDialog(window, store, window.data_dir, finding_id=window.current_id,
                              list_filter=window.filter)
    dialog.open()
    dialog.set_kind(RECAP)
    desktop(dialog, out / "save-pdf.png")
    dialog.reject()
    # Simpan PDF for a laporan: Model B.1, its receipt and its registration form.
    dialog = SaveReportDialog(window, store, window.data_dir, finding_id=laporan.id, list_filter=window.filter)
    dialog.open()
    desktop(dialog, out / "save-pdf-laporan.png")
    dialog.reject()

    # This office's key card (for the offices below).
    from netralitas_desktop.gui.key_card_view import KeyCardDialog

    dialog = KeyCardDialog(store, window)
    dialog.open()
    desktop(dialog, out / "key-card.png")
    dialog.reject()

    # Dashboard.
    window.select_row(0)
    window.show_page(1)
    wait_for(lambda: window.dashboard.data is not None)
    settle()
    window.grab().save(str(out / "dashboard.png"))
    window.show_page(0)

    # Wizard: the office page filled in; the headquarters page with a key card opened.
    from netralitas_desktop.gui.wizard import SetupWizard
    from netralitas_desktop.services.key_card import read_key_card

    wizard = SetupWizard(work / "baru", window)
    wizard.show()
    wizard.next()
    ui = wizard.ui
    ui.levelCombo.setCurrentIndex(ui.levelCombo.findData("kecamatan"))
    ui.officeRegion.ui.searchEdit.setText("Toboali")
    ui.officeRegion.choose_first_result()
    ui.officeCode.setText("19.03")
    ui.officeAddress.setText("Jalan Raya Toboali No. 12")
    desktop(wizard, out / "wizard.png")
    wizard.next()
    ui.officerName.setText("Rina Marlina")
    ui.officerJabatan.setText("Anggota Panwaslu Kecamatan")
    wizard.next()
    wizard.set_card(read_key_card(card))
    desktop(wizard, out / "wizard-key-card.png")
    wizard.next()  # the store passphrase: typed twice, the length rule shown as it is typed
    ui.passphraseEdit.setText("kopi-tubruk-pagi-99")
    ui.passphraseRepeat.setText("kopi-tubruk")
    desktop(wizard, out / "wizard-passphrase.png")
    wizard.reject()
    window.close()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=500)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(REPO))
        with tempfile.TemporaryDirectory() as work:
            shoot(args.data, args.data.parent / "kartu-kunci.nkunci", args.out, Path(work))
        return 0
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        make_store(temp / "data", args.findings, temp)
        for name, (*_size, sub) in SCREENS.items():
            out = args.out / sub if sub else args.out
            env = dict(os.environ, QT_QPA_PLATFORM=screen_config(temp, name), TZ="Asia/Jakarta",
                       PYTHONPATH=str(REPO))
            for variable in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS"):
                env.pop(variable, None)
            subprocess.run([sys.executable, __file__, "--child", name, "--data", str(temp / "data"), "--out",
                            str(out)], env=env, check=True)
            for file_name in NAMES:
                print(out / file_name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
