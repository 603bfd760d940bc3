"""Printing and saving PDF reports from the app: the preview window, the Simpan PDF dialog, cancelling, printing.

Real stores filled by the demo generator (what `netralitas demo` runs), real PDFs read back with pypdf, and a
QPrinter writing a PDF file so that no printer is needed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from gui_helpers import answer_modal, create_store, open_window
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.gui import actions_reports
from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.pdf_preview import PdfPreviewWindow
from netralitas_desktop.gui.report_dialogs import RECAP, REGISTER, SaveReportDialog
from netralitas_desktop.reports.form_a import build_form_a
from netralitas_desktop.services.demo import generate_demo

TODAY = date(2024, 3, 1)
JANUARY = ("2024-01-01", "2024-01-31")
A4_PORTRAIT = (595, 842)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """Panwaslu Kecamatan Toboali with 300 demo findings of the Pemilu 2024 campaign."""
    folder = create_store(tmp_path_factory.mktemp("laporan") / "data")
    with Store(folder) as store:
        generate_demo(store, 300, seed=5, images=4, today=TODAY)
    return folder


@pytest.fixture
def demo_store(demo_dir):
    with Store(demo_dir) as store:
        yield store


def previews() -> list[PdfPreviewWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewWindow) and w.isVisible()]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def page_size(path: Path, index: int = 0) -> tuple[int, int]:
    box = pypdf.PdfReader(path).pages[index].mediabox
    return round(float(box.width)), round(float(box.height))


def context(window, demo_dir: Path, store, *, selected: list[str], filt: FindingFilter) -> ActionContext:
    return ActionContext(window=window, data_dir=demo_dir, store=store, selected_ids=lambda: selected,
                         current_filter=lambda: filt)


def test_print_preview_shows_the_form_a_of_the_selected_finding(qtbot, demo_dir, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_dir)
    with Store(demo_dir, readonly=True) as store:
        for row in range(50):  # the first temuan: a public report (laporan) prints Model B.1, not Form A
            window.select_row(row)
            finding_id = window.selected_ids()[0]
            if store.get_finding(finding_id).source == "temuan":
                break
        _path, expected_pages = build_form_a(store, finding_id, tmp_path / "form-a.pdf")
        finding = store.get_finding(finding_id)

    window.ui.actionPrintPreview.trigger()  # Berkas → Cetak / Pratinjau PDF… (Ctrl+P)
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=15_000)
    preview = previews()[0]
    qtbot.addWidget(preview)

    assert expected_pages >= 2  # the form and its evidence annex
    assert preview.page_count() == expected_pages == len(pypdf.PdfReader(preview.pdf_path).pages)
    assert preview.page_count_label.text() == f"dari {expected_pages}"
    number = finding.register_number or finding.form_a_number
    assert number in preview.windowTitle()
    assert preview.pdf_path.name == "FormA_" + number.replace("/", "-") + ".pdf"
    assert "FORMULIR MODEL A" in page_texts(preview.pdf_path)[0]

    # Page navigation and zoom.
    assert preview.current_page() == 0 and not preview.previous_action.isEnabled()
    preview.go_to_page(expected_pages - 1)
    assert preview.current_page() == expected_pages - 1 and preview.page_edit.text() == str(expected_pages)
    assert not preview.next_action.isEnabled()
    preview.page_edit.clear()
    qtbot.keyClicks(preview.page_edit, "1")
    qtbot.keyClick(preview.page_edit, Qt.Key.Key_Return)
    assert preview.current_page() == 0 and preview.next_action.isEnabled()
    preview.set_zoom(1.0)
    preview.zoom_in_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(1.25)

    # Simpan PDF… writes a copy where the user chooses.
    copy = tmp_path / "salinan" / "Form A.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    preview.save_action.trigger()
    assert copy.read_bytes() == preview.pdf_path.read_bytes()

    # The temporary PDF lies in the data folder's scratch (never the system temp folder: it holds personal data)
    # and goes with the window.
    folder = preview.pdf_path.parent
    assert demo_dir / "sync-tmp" in folder.parents
    preview.close()
    assert not folder.exists()


def test_register_saved_through_the_dialog_lists_every_register_number(qtbot, demo_dir, demo_store, tmp_path,
                                                                      monkeypatch):
    filt = FindingFilter(date_from=JANUARY[0], date_to=JANUARY[1], search="kampanye")
    ctx = context(None, demo_dir, demo_store, selected=[], filt=filt)
    dialog = actions_reports.save_pdf(ctx)  # Berkas → Simpan PDF…
    qtbot.addWidget(dialog)

    # Nothing is selected, so the register is offered; the period comes from the list's filter, and the
    # dialog says that the search words of the list are not part of the register.
    assert dialog.kind() == REGISTER and not dialog.form_a_radio.isEnabled()
    assert (dialog.from_check.isChecked(), dialog.to_check.isChecked()) == (True, True)
    assert dialog.request().date_from == JANUARY[0] and dialog.request().date_to == JANUARY[1]
    assert "kata pencarian" in dialog.filter_note.text()
    assert Path(dialog.path_edit.text()).name == "Register_Temuan_2024-01-01_2024-01-31.pdf"
    ids = demo_store.finding_ids(FindingFilter(date_from=JANUARY[0], date_to=JANUARY[1]), order="known_on")
    assert dialog.count_label.text().startswith(f"{len(ids)} temuan")

    output = tmp_path / "Register Januari.pdf"
    dialog.set_output_path(output)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("F4"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)

    assert dialog.result_frame.isVisible() and output.name in dialog.result_label.text()
    assert dialog.saved.path == output and dialog.saved.pages == len(pypdf.PdfReader(output).pages)
    text = " ".join(page_texts(output))
    rows = demo_store.summary_rows(ids)
    registered = [row["register_number"] for row in rows if row["register_number"]]
    assert registered, "the demo period should hold registered findings"
    for row in rows:  # an unregistered laporan has neither number (it takes no Form A number)
        assert (row["register_number"] or row["form_a_number"] or "(belum teregistrasi)") in text
    assert f"Jumlah: {len(ids)} temuan/laporan" in text
    assert page_size(output) == (935, 609)  # F4, landscape

    # "Buka PDF" hands the file to the system's PDF viewer.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == [QUrl.fromLocalFile(str(output))]


def test_cancelling_a_recap_leaves_no_file(qtbot, demo_dir, demo_store, tmp_path):
    dialog = SaveReportDialog(None, demo_store, demo_dir, list_filter=FindingFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_kind(RECAP)
    dialog.set_period("2023-11-28", "2024-02-13")
    assert "Rekap_Semua-Wilayah_2023-11-28_2024-02-13.pdf" in dialog.path_edit.text()
    folder = tmp_path / "keluaran"
    folder.mkdir()
    dialog.set_output_path(folder / "rekap.pdf")

    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.job is not None and dialog.progress_bar.isVisible()
    assert dialog.cancel_button.text() == "Batal"
    qtbot.mouseClick(dialog.cancel_button, LEFT)  # Batal while the recap is being laid out
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)

    assert dialog.saved is None and dialog.isVisible()
    assert dialog.message_label.text() == "Dibatalkan; tidak ada berkas yang disimpan."
    assert list(folder.iterdir()) == []  # no PDF, no temporary file
    assert dialog.cancel_button.text() == "Tutup" and dialog.save_button.isEnabled()


def test_printing_to_a_pdf_printer_gives_every_page(qtbot, demo_dir, demo_store, tmp_path):
    finding_id = demo_store.finding_ids(FindingFilter(date_from=JANUARY[0], date_to=JANUARY[1]))[0]
    source, pages = build_form_a(demo_store, finding_id, tmp_path / "form-a.pdf")
    preview = PdfPreviewWindow(source, "Formulir Model A")
    qtbot.addWidget(preview)
    preview.show()

    # Cetak… opens the system print dialog on a printer set up for the document's paper; it prints to a file.
    printed = tmp_path / "dicetak.pdf"
    printer = preview.make_printer()
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    answer_modal(lambda dialog: dialog.accept())
    preview.print_action.trigger()
    qtbot.waitUntil(lambda: preview.print_job is None and printed.exists(), timeout=20_000)

    assert len(pypdf.PdfReader(printed).pages) == pages
    assert page_size(printed) == A4_PORTRAIT
    assert "halaman dikirim ke" in preview.statusBar().currentMessage()


def test_printing_a_landscape_register_keeps_its_orientation(qtbot, demo_dir, demo_store, tmp_path):
    from netralitas_desktop.reports.register import build_register

    source, pages = build_register(demo_store, FindingFilter(date_from="2024-01-01", date_to="2024-01-10"),
                                   tmp_path / "register.pdf", today=TODAY)
    preview = PdfPreviewWindow(source, "Buku Register Temuan")
    qtbot.addWidget(preview)
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "register-dicetak.pdf"))
    preview.start_printing(printer)
    qtbot.waitUntil(lambda: preview.print_job is None, timeout=20_000)
    printed = tmp_path / "register-dicetak.pdf"
    assert len(pypdf.PdfReader(printed).pages) == pages
    assert page_size(printed) == (842, 595)


def test_a_laporan_gives_model_b1_its_receipt_and_its_registration_form(qtbot, demo_dir, demo_store, tmp_path):
    from netralitas_desktop.gui.report_dialogs import FORM_A, RECEIPT, REGISTRATION
    from netralitas_desktop.reports import default_filename

    laporan = next(f for f in map(demo_store.get_finding, demo_store.finding_ids())
                   if f.source == "laporan" and f.register_number)
    dialog = SaveReportDialog(None, demo_store, demo_dir, finding_id=laporan.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind() == FORM_A and dialog.form_a_radio.text() == "Formulir Model B.1 laporan yang dipilih"
    assert not dialog.receipt_radio.isHidden() and dialog.registration_radio.isEnabled()
    assert dialog.letterhead_check.isChecked(), "Model B.1 carries the office's letterhead"
    assert not dialog.xlsx_radio.isEnabled(), "the forms of a finding are PDF"
    number = laporan.register_number.replace("/", "-")
    saved: dict[str, str] = {}
    for kind, name, heading in ((FORM_A, f"LaporanB1_{number}.pdf", "FORMULIR LAPORAN"),
                                (RECEIPT, f"TandaTerima_{number}.pdf", "TANDA BUKTI PENYAMPAIAN LAPORAN"),
                                (REGISTRATION, f"Registrasi_{number}.pdf", "REGISTRASI LAPORAN")):
        dialog.set_kind(kind)
        assert Path(dialog.path_edit.text()).name == name
        dialog.set_output_path(tmp_path / name)
        dialog.saved = None
        qtbot.mouseClick(dialog.save_button, LEFT)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
        text = " ".join(page_texts(tmp_path / name))
        assert heading in text and laporan.reporter_name in text, kind
        saved[kind] = text
    assert laporan.register_number in saved[REGISTRATION]
    assert default_filename("laporan", number=laporan.register_number) == f"LaporanB1_{number}.pdf"

    # A temuan not registered yet: no receipt, and the registration form says why it is not offered.
    temuan = next(f for f in map(demo_store.get_finding, demo_store.finding_ids())
                  if f.source == "temuan" and not f.register_number)
    dialog = SaveReportDialog(None, demo_store, demo_dir, finding_id=temuan.id)
    qtbot.addWidget(dialog)
    assert dialog.form_a_radio.text() == "Formulir Model A temuan yang dipilih"
    assert dialog.receipt_radio.isHidden() and not dialog.registration_radio.isEnabled()
    assert "Belum teregistrasi" in dialog.registration_note.text()
    assert Path(dialog.path_edit.text()).name.startswith("FormA_") and not dialog.letterhead_check.isChecked()


def test_print_preview_of_a_laporan_is_model_b1(qtbot, demo_dir, demo_store):
    laporan = next(f for f in map(demo_store.get_finding, demo_store.finding_ids()) if f.source == "laporan")
    ctx = context(None, demo_dir, demo_store, selected=[laporan.id], filt=FindingFilter())
    actions_reports.print_preview(ctx)
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=15_000)
    preview = previews()[0]
    qtbot.addWidget(preview)
    assert "Formulir Model B.1" in preview.windowTitle()
    assert preview.pdf_path.name.startswith("LaporanB1_")
    assert "FORMULIR LAPORAN" in page_texts(preview.pdf_path)[0]
    preview.close()


def test_register_and_recap_as_excel_workbooks(qtbot, demo_dir, demo_store, tmp_path):
    import openpyxl

    from netralitas_desktop.gui.report_dialogs import XLSX

    dialog = SaveReportDialog(None, demo_store, demo_dir,
                              list_filter=FindingFilter(date_from=JANUARY[0], date_to=JANUARY[1]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind() == REGISTER and dialog.pdf_radio.isChecked()
    dialog.set_file_format(XLSX)
    assert Path(dialog.path_edit.text()).name == "Register_Temuan_2024-01-01_2024-01-31.xlsx"
    assert not dialog.preview_button.isEnabled() and not dialog.paper_combo.isEnabled()
    dialog.set_output_path(tmp_path / "Register Januari.pdf")  # a PDF name for a workbook becomes .xlsx
    output = tmp_path / "Register Januari.xlsx"
    assert dialog.output_path() == output
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    ids = demo_store.finding_ids(FindingFilter(date_from=JANUARY[0], date_to=JANUARY[1]))
    sheet = openpyxl.load_workbook(output)["Register"]
    assert dialog.saved.pages == len(ids) == sheet.max_row - 1
    assert f"{len(ids)} baris" in dialog.result_label.text()
    numbers = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {r["register_number"] for r in demo_store.summary_rows(ids) if r["register_number"]} <= numbers

    dialog.saved = None
    dialog.set_kind(RECAP)
    assert dialog.xlsx_radio.isChecked() and Path(dialog.path_edit.text()).suffix == ".xlsx"
    output = tmp_path / "Rekap Januari.xlsx"
    dialog.set_output_path(output)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    workbook = openpyxl.load_workbook(output)
    assert dialog.saved.pages == len(workbook.sheetnames) and "Ringkasan" in workbook.sheetnames
    assert f"{len(workbook.sheetnames)} lembar kerja" in dialog.result_label.text()
