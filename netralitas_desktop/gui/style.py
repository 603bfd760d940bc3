"""Look and feel: Fusion with a light palette, one accent colour, icons from resources/icons."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from netralitas_desktop.paths import resources_dir

ACCENT = "#8c1d2c"  # Bawaslu maroon
ACCENT_HOVER = "#a3263a"
ACCENT_SOFT = "#f6e7e9"
TEXT = "#1f2328"
MUTED = "#5f6670"
BORDER = "#d5d9df"
WINDOW = "#f3f4f6"
SURFACE = "#ffffff"
DANGER = "#c62828"
WARNING = "#b45f06"
SUCCESS = "#2e7d32"
INFO = "#1d5fa8"
FOCUS = "#5a7bb0"  # not the accent: a maroon focus ring reads as an error
DISABLED_ICON = "#aab0b8"

# Status groups, for the coloured dot beside a status name.
STATUS_COLOURS = {
    "draf": "#8a939e", "temuan": INFO, "kajian_awal": INFO, "teregistrasi": "#6a3fb5", "klarifikasi": "#6a3fb5",
    "kajian": "#6a3fb5", "tidak_diregistrasi": "#8a939e", "diteruskan": WARNING, "dilimpahkan": WARNING,
    "bukan_pelanggaran": "#8a939e", "dihentikan": "#8a939e", "putusan_bawaslu": WARNING,
    "ditindaklanjuti": SUCCESS, "selesai": SUCCESS,
}

PREFERRED_FONTS = ("Segoe UI", "Noto Sans", "Ubuntu", "Cantarell", "DejaVu Sans")


def icons_dir():
    return resources_dir() / "icons"


class SvgIconEngine(QIconEngine):
    """Draws an SVG at whatever size is asked, when it is first asked (nothing is rendered at start-up), in a
    lighter colour when disabled."""

    def __init__(self, svg: str, colour: str):
        super().__init__()
        self.svg, self.colour = svg, colour
        self._renderers: dict[bool, object] = {}
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def _renderer(self, disabled: bool):
        renderer = self._renderers.get(disabled)
        if renderer is None:
            from PySide6.QtSvg import QSvgRenderer

            colour = DISABLED_ICON if disabled else self.colour
            renderer = QSvgRenderer(QByteArray(self.svg.replace("currentColor", colour).encode("utf-8")))
            self._renderers[disabled] = renderer
        return renderer

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def pixmap(self, size, mode, state) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(disabled).render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.svg, self.colour)


@functools.cache
def icon(name: str, colour: str = "#3b424b") -> QIcon:
    """An icon drawn from resources/icons/<name>.svg in the given colour (empty icon if the file is missing)."""
    try:
        svg = (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    return QIcon(SvgIconEngine(svg, colour))


def dot_pixmap(colour: str, size: int = 10) -> QPixmap:
    """A small filled circle, for status dots in tables."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def _stylesheet() -> str:
    arrow = (icons_dir() / "chevron-down.svg").as_posix()
    return f"""
QMainWindow, QDialog, QWizard {{ background: {WINDOW}; }}
QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; padding: 4px 8px; spacing: 4px; }}
QToolBar QToolButton {{ padding: 5px 9px; border-radius: 6px; color: {TEXT}; }}
QToolBar QToolButton:hover {{ background: #eceef1; }}
QToolBar QToolButton:checked {{ background: {ACCENT_SOFT}; color: {ACCENT}; }}
QToolBar QToolButton#primaryAction {{ background: {ACCENT}; color: white; font-weight: 600; }}
QToolBar QToolButton#primaryAction:hover {{ background: {ACCENT_HOVER}; }}
QToolBar QToolButton:disabled {{ color: #a3a9b2; }}
QToolBar QToolButton#primaryAction:disabled {{ background: #d9bcc1; color: #fbf3f4; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar::item {{ border: none; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 4px 7px;
    selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus {{ border-color: {FOCUS}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{ border-color: {DANGER}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QDateEdit:disabled {{ background: #eef0f3;
    color: #8a939e; }}
QComboBox {{ padding-right: 24px; min-height: 20px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 22px; subcontrol-position: center right; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({arrow}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {BORDER};
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT}; outline: none; }}
QDateEdit {{ padding-right: 24px; min-height: 20px; }}
QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 14px;
    color: {TEXT}; }}
QPushButton:hover {{ background: #f0f1f4; }}
QPushButton:pressed {{ background: #e6e8ec; }}
QPushButton:disabled {{ color: #9aa1ab; background: #f5f6f8; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {ACCENT}; color: white;
    border-color: {ACCENT}; }}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton:default:disabled, QPushButton[primary="true"]:disabled {{ background: #c9a3a9; border-color: #c9a3a9; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {ACCENT}; padding: 4px 6px; }}
QTableView, QTreeView, QListView, QTableWidget, QListWidget {{ background: {SURFACE};
    border: 1px solid {BORDER}; border-radius: 6px;
    alternate-background-color: #f8f9fb; selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
    gridline-color: #eceef1; outline: none; }}
QTableView::item {{ padding: 0 6px; border: none; }}
QCalendarWidget QTableView::item {{ padding: 0; }}
QCalendarWidget QTableView {{ border: none; border-radius: 0; }}
QHeaderView::section {{ background: #f6f7f9; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 5px 6px; font-weight: 600; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {MUTED}; padding: 6px 12px; border: none;
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QTabBar::tab:hover {{ color: {TEXT}; }}
QFrame[card="true"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame[card="true"] QTableView, QFrame[card="true"] QTextBrowser {{ border: none; }}
QLabel[role="error"] {{ color: {DANGER}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subheading"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="section"] {{ color: {MUTED}; font-weight: 600; text-transform: uppercase; }}
QLabel[role="chip"] {{ border-radius: 9px; padding: 2px 9px; background: #eef0f3; color: {TEXT}; }}
QLabel[chip="danger"] {{ background: #fbe4e4; color: {DANGER}; font-weight: 600; }}
QLabel[chip="warning"] {{ background: #fdf0dc; color: {WARNING}; font-weight: 600; }}
QLabel[chip="ok"] {{ background: #e5f3e6; color: {SUCCESS}; }}
QLabel[chip="info"] {{ background: #e4eefa; color: {INFO}; }}
QLabel[role="bigNumber"] {{ font-size: 20pt; font-weight: 600; color: {TEXT}; }}
QSplitter::handle {{ background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 5px; background: {SURFACE}; text-align: center;
    height: 14px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
"""


def preferred_font(app: QApplication) -> QFont:
    """The first of PREFERRED_FONTS the system has, else its default (no font enumeration at start-up)."""
    font = app.font()
    font.setFamilies([*PREFERRED_FONTS, font.family()])
    font.setPointSize(max(font.pointSize(), 10) if font.pointSize() > 0 else 10)
    return font


def apply_style(app: QApplication, *, fusion_set: bool = False) -> None:
    """Fusion (unless the application was made with `-style Fusion`), a light palette and the stylesheet."""
    if not fusion_set:
        app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW, QPalette.ColorRole.WindowText: TEXT, QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f8f9fb", QPalette.ColorRole.Text: TEXT, QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT, QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT, QPalette.ColorRole.PlaceholderText: "#8a939e",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa1ab"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa1ab"))
    app.setPalette(palette)
    app.setFont(preferred_font(app))
    app.setStyleSheet(_stylesheet())


def set_chip(label, kind: str) -> None:
    """Give a role=chip label a colour kind (danger, warning, ok, info, or '' for neutral) and restyle it."""
    label.setProperty("chip", kind)
    label.style().unpolish(label)
    label.style().polish(label)


def set_invalid(widget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
