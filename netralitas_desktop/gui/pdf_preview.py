"""A preview window for a PDF report (Qt's PDF module) with page navigation, zoom, printing and "Simpan PDF…".

Printing paints each page, rendered by PDFium at the printer's resolution (at most PRINT_DPI_LIMIT), onto a
QPainter on the QPrinter the system print dialog configured, in a worker thread with a Batal button.
Qt's PDF module ships in the PySide6-Pdf wheel (PySide6-Essentials does not contain it).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QIntValidator,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolBar,
    QToolButton,
    QWidget,
)

from netralitas_desktop.domain.errors import Cancelled, NetralitasError
from netralitas_desktop.gui import style
from netralitas_desktop.gui.messages import show_error, show_error_text
from netralitas_desktop.gui.report_dialogs import documents_folder
from netralitas_desktop.gui.screen_fit import fit_window
from netralitas_desktop.gui.worker import Job, JobRunner, run_with_progress

PRINT_DPI_LIMIT = 300  # a 600/1200 dpi page image would take 140-560 MB; 300 dpi prints text crisply
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "lebar", "halaman"
PAGE_SURROUND = "#7d828a"


class PrintError(NetralitasError):
    """The printer could not be opened or the PDF could not be read for printing."""


def load_pdf(path: Path | str, parent=None) -> QPdfDocument:
    """A QPdfDocument of a PDF file; PrintError with an Indonesian message if it cannot be read."""
    document = QPdfDocument(parent)
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        message = QCoreApplication.translate("PdfPreview", "Berkas PDF tidak dapat dibaca: {name} ({error}).")
        raise PrintError(message.format(name=Path(path).name, error=error.name.strip("_")))
    return document


def page_size_of(document: QPdfDocument, page: int = 0) -> QPageSize:
    """The paper of a page: A4 when it is A4, else a custom size named after it (F4 = 215 × 330 mm)."""
    points = document.pagePointSize(page)
    short, long = sorted((points.width(), points.height()))
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size.id() != QPageSize.PageSizeId.A4:
        millimetres = (round(short / 72 * 25.4), round(long / 72 * 25.4))
        name = "F4" if millimetres == (215, 330) else f"{millimetres[0]} × {millimetres[1]} mm"
        size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, name, QPageSize.SizeMatchPolicy.ExactMatch)
    return size


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size and orientation of the document's first page; the page numbers the dialog may offer."""
    points = document.pagePointSize(0)
    printer.setPageSize(page_size_of(document))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setFromTo(1, document.pageCount())
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Netralitas Desktop")


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """Zero-based page numbers the printer's range asks for (all pages, a range, or the current page)."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current_page, 0), page_count - 1)]
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def draw_page(painter: QPainter, paper: QRectF, document: QPdfDocument, page: int, dpi: int) -> None:
    """Render one page at `dpi` and paint it onto `paper` (device pixels), centred, turned a quarter if the
    page and the paper differ in orientation."""
    points = document.pagePointSize(page)
    pixels = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    rendered = document.render(page, pixels)  # transparent where the page has nothing
    with_background = QPainter(image)
    with_background.drawImage(0, 0, rendered)
    with_background.end()

    turn = (points.width() > points.height()) != (paper.width() > paper.height())
    width, height = (points.height(), points.width()) if turn else (points.width(), points.height())
    scale = min(paper.width() / width, paper.height() / height)
    target_w, target_h = width * scale, height * scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(paper.center())
    if turn:
        painter.rotate(90)
        target_w, target_h = target_h, target_w
    painter.drawImage(QRectF(-target_w / 2, -target_h / 2, target_w, target_h), image)
    painter.restore()


def print_pdf(pdf_path: Path | str, printer: QPrinter, *, current_page: int = 0,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print a PDF file on a configured printer; returns the number of pages sent.

    Safe to call from a worker thread (QPainter on a QPrinter and a QPdfDocument of its own).
    """
    document = load_pdf(pdf_path)
    try:
        pages = pages_to_print(printer, document.pageCount(), current_page)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sequence = [p for _ in range(copies) for p in pages]
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        painter = QPainter()
        if not painter.begin(printer):
            message = QCoreApplication.translate(
                "PdfPreview", "Pencetak tidak dapat dibuka ({name}). Periksa apakah pencetak menyala dan terhubung, "
                              "lalu coba lagi.")
            raise PrintError(message.format(name=printer.printerName() or printer.outputFileName() or "-"))
        try:
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            paper.moveTo(0, 0)
            for done, page in enumerate(sequence):
                if cancelled is not None and cancelled():
                    printer.abort()
                    raise Cancelled
                if done:
                    printer.newPage()
                draw_page(painter, paper, document, page, dpi)
                if progress is not None:
                    progress(done + 1, len(sequence))
        finally:
            painter.end()
        return len(sequence)
    finally:
        document.close()


def _print_job(job: Job, pdf_path: Path, printer: QPrinter, current_page: int) -> int:
    return print_pdf(pdf_path, printer, current_page=current_page,
                     progress=lambda done, total: job.signals.progress.emit(done, total),
                     cancelled=lambda: job.is_cancelled)


class PdfPreviewWindow(QMainWindow):
    """Shows one PDF: pages one under another, page number and zoom in the toolbar, Cetak… and Simpan PDF….

    `temp_dir`, if given, holds the PDF and is removed when the window closes.
    """

    def __init__(self, pdf_path: Path | str, title: str, parent: QWidget | None = None, *,
                 suggested_name: str | None = None, temp_dir: Path | None = None,
                 runner: JobRunner | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pdfPreviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.temp_dir = temp_dir
        self.runner = runner
        self.printer: QPrinter | None = None
        self.print_job: Job | None = None
        self.saved_path: Path | None = None
        self.document = load_pdf(self.pdf_path, self)
        self.setWindowTitle(self.tr("Pratinjau — {title}").format(title=title))
        self.setWindowIcon(style.icon("pdf"))

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(18, 18, 18, 18))
        self.view.setFrameShape(QPdfView.Shape.NoFrame)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(PAGE_SURROUND))  # QPdfView paints around pages with it
        self.view.setPalette(palette)
        self.setCentralWidget(self.view)
        self._build_toolbar()
        self._build_statusbar()

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self._page_changed(0)
        self._zoom_chosen = False
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.92)))
        self.screen_fit = fit_window(self, scroll=False, remember="pdfPreview")
        self.screen_fit.restore()  # the remembered geometry, when Qt accepts it for this screen set-up

    # -- building -------------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        # Cetak and Simpan PDF come first, so that a narrow window hides the zoom, not the printing.
        bar = QToolBar(self.tr("Pratinjau"), self)
        bar.setObjectName("previewToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)

        self.print_action = QAction(style.icon("print", "#ffffff"), self.tr("Cetak…"), self)
        self.print_action.setToolTip(self.tr("Cetak melalui dialog cetak sistem (Ctrl+P)"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        bar.addAction(self.print_action)
        print_button = bar.widgetForAction(self.print_action)
        assert isinstance(print_button, QToolButton)  # what a tool bar makes for an action
        self.print_button = print_button
        self.print_button.setObjectName("primaryAction")
        self.save_action = QAction(style.icon("save"), self.tr("Simpan PDF…"), self)
        self.save_action.setToolTip(self.tr("Simpan salinan PDF ini ke folder pilihan (Ctrl+S)"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_copy)
        bar.addAction(self.save_action)
        bar.addSeparator()

        self.previous_action = QAction(self.tr("‹"), self)
        self.previous_action.setToolTip(self.tr("Halaman sebelumnya (Page Up)"))
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        bar.addAction(self.previous_action)
        bar.addWidget(self._padded(QLabel(self.tr("Halaman"), self)))
        self.page_edit = QLineEdit(self)
        self.page_edit.setObjectName("pageEdit")
        self.page_edit.setValidator(QIntValidator(1, self.document.pageCount(), self.page_edit))
        self.page_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_edit.setFixedWidth(max(46, self.page_edit.fontMetrics().horizontalAdvance("0000") + 22))
        self.page_edit.setToolTip(self.tr("Ketik nomor halaman lalu tekan Enter"))
        self.page_edit.editingFinished.connect(self._page_typed)
        bar.addWidget(self.page_edit)
        self.page_count_label = QLabel(self.tr("dari {n}").format(n=self.document.pageCount()), self)
        self.page_count_label.setObjectName("pageCountLabel")
        bar.addWidget(self._padded(self.page_count_label))
        self.next_action = QAction(self.tr("›"), self)
        self.next_action.setToolTip(self.tr("Halaman berikutnya (Page Down)"))
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        bar.addAction(self.next_action)
        bar.addSeparator()

        self.zoom_out_action = QAction(self.tr("−"), self)
        self.zoom_out_action.setToolTip(self.tr("Perkecil (Ctrl+-)"))
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        bar.addAction(self.zoom_out_action)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.setToolTip(self.tr("Ukuran tampilan"))
        self.zoom_combo.addItem(self.tr("Lebar halaman"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Halaman penuh"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{factor:.0%}", factor)
        self.zoom_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom_combo.activated.connect(lambda index: self.set_zoom(self.zoom_combo.itemData(index)))
        bar.addWidget(self.zoom_combo)
        self.zoom_in_action = QAction(self.tr("+"), self)
        self.zoom_in_action.setToolTip(self.tr("Perbesar (Ctrl++)"))
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(+1))
        bar.addAction(self.zoom_in_action)
        for action in (self.previous_action, self.next_action, self.zoom_out_action, self.zoom_in_action):
            bar.widgetForAction(action).setMinimumWidth(30)  # one-character buttons still make a target

        close_action = QAction(self.tr("Tutup"), self)
        close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)])
        close_action.triggered.connect(self.close)
        self.addAction(close_action)

    def _padded(self, label: QLabel) -> QLabel:
        label.setContentsMargins(6, 0, 6, 0)
        return label

    def _build_statusbar(self) -> None:
        points = self.document.pagePointSize(0)
        paper = page_size_of(self.document).name()
        layout = self.tr("mendatar") if points.width() > points.height() else self.tr("tegak")
        self.info_label = QLabel(self.tr("{name} · {pages} halaman · {paper} {layout}").format(
            name=self.suggested_name, pages=self.document.pageCount(), paper=paper, layout=layout), self)
        self.info_label.setContentsMargins(8, 0, 8, 0)
        self.info_label.setObjectName("infoLabel")
        self.statusBar().addWidget(self.info_label, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._zoom_chosen:
            # The page's width on a narrow window, 100 % on a wide one (a page across 1366 px is too big to read).
            self._zoom_chosen = True
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.set_zoom(FIT_WIDTH if self.effective_zoom() < 1.0 else 1.0)

    # -- pages and zoom -------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """Zero-based page at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = min(max(page, 0), self.page_count() - 1)
        if page != self.current_page():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(self.current_page())

    def _page_typed(self) -> None:
        text = self.page_edit.text().strip()
        if text.isdigit():
            self.go_to_page(int(text) - 1)
        else:
            self._page_changed(self.current_page())

    def _page_changed(self, page: int) -> None:
        self.page_edit.setText(str(page + 1))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count() - 1)

    def effective_zoom(self) -> float:
        """The zoom factor on screen, also when the view fits the page width or the whole page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(self.current_page())
        margins = self.view.documentMargins()
        dpi = self.view.logicalDpiX() / 72
        viewport = self.view.viewport().size()
        by_width = (viewport.width() - margins.left() - margins.right()) / (points.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return by_width
        return min(by_width, (viewport.height() - margins.top() - margins.bottom()) / (points.height() * dpi))

    def set_zoom(self, zoom) -> None:
        """FIT_WIDTH, FIT_PAGE or a factor (1.0 = 100 %)."""
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            factor = min(max(float(zoom), ZOOM_STEPS[0] / 2), ZOOM_STEPS[-1] * 2)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        index = self.zoom_combo.findData(zoom)
        if index < 0:
            index = self.zoom_combo.findData(min(ZOOM_STEPS, key=lambda step: abs(step - float(zoom))))
        self.zoom_combo.setCurrentIndex(index)

    def step_zoom(self, direction: int) -> None:
        now = self.effective_zoom()
        if direction > 0:
            larger = [step for step in ZOOM_STEPS if step > now + 0.01]
            self.set_zoom(larger[0] if larger else ZOOM_STEPS[-1])
        else:
            smaller = [step for step in ZOOM_STEPS if step < now - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    # -- saving and printing --------------------------------------------------------------------------------
    def save_copy(self) -> Path | None:
        """Ask where, then write a copy of the PDF there (temporary name, fsync, rename)."""
        from netralitas_desktop.reports.common import write_pdf

        start = str((self.saved_path.parent if self.saved_path else documents_folder()) / self.suggested_name)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), start, self.tr("Berkas PDF (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_pdf(target, self.pdf_path.read_bytes())
        except (NetralitasError, OSError) as err:
            show_error(self, err if isinstance(err, NetralitasError) else PrintError(
                self.tr("PDF tidak dapat disimpan: {error}").format(error=err)), self.tr("Simpan PDF"))
            return None
        self.saved_path = target
        self.statusBar().showMessage(self.tr("Disimpan: {path}").format(path=target), 10_000)
        return target

    def make_printer(self) -> QPrinter:
        """The printer this window prints on, set up for the document's paper (kept between prints)."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(self.printer, self.document)
        return self.printer

    def print_document(self) -> None:
        """The system print dialog, then the pages painted onto the chosen printer in a worker."""
        if self.print_job is not None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Cetak {name}").format(name=self.suggested_name))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> Job:
        """Print on an already configured printer in a worker with a progress dialog."""
        job = Job(_print_job, self.pdf_path, printer, self.current_page(), name="cetak")
        self.print_job = job
        self.print_action.setEnabled(False)

        def done(pages: int) -> None:
            self._print_ended()
            where = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
                else printer.printerName()
            self.statusBar().showMessage(self.tr("{n} halaman dikirim ke {printer}.").format(
                n=pages, printer=where or self.tr("pencetak")), 10_000)

        def failed(message: str) -> None:
            self._print_ended()
            show_error_text(self, self.tr("Cetak"), message)

        def cancelled() -> None:
            self._print_ended()
            self.statusBar().showMessage(self.tr("Pencetakan dibatalkan."), 10_000)

        job.signals.cancelled.connect(cancelled)
        run_with_progress(self, self.tr("Cetak"), self.tr("Mengirim halaman ke pencetak…"), job,
                          on_finished=done, on_failed=failed, runner=self.runner)
        return job

    def _print_ended(self) -> None:
        self.print_job = None
        self.print_action.setEnabled(True)

    # -- closing --------------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.print_job is not None:
            self.print_job.cancel()
            self.print_job.done.wait(5)
        self.document.close()  # Windows cannot remove a file PDFium still holds open
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)
        super().closeEvent(event)


def new_preview_folder(data_dir: Path) -> Path:
    """A private folder for one preview's PDF inside the data dir's scratch (removed when its window closes, when
    the app closes, or at the next start after a kill)."""
    from netralitas_desktop.data.sync_workdir import preview_folder

    return preview_folder(data_dir)
