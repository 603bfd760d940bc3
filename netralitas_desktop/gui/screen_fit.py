"""Windows that fit the screen they are on: 1280×720 at 125 % with a taskbar leaves 1024×536 logical pixels.

Three tools, applied per window with one call after `setupUi`:

- `scroll_body(container)` moves a container's layout items into a QScrollArea, except its button row (the last
  item when it holds push buttons), which stays below, always visible. The scroll area only scrolls
  vertically while the screen is wide enough. Works on Designer forms after setupUi: no .ui changes.
- `fit_to_screen(window)` caps a window's size to the available geometry of its screen (less the window frame)
  and moves it so that its frame lies inside, re-centred over its parent if it had to shrink.
- `ScreenFit` (installed by `fit_window`) does that on every show and whenever the window grows while shown
  (a dialog that grows when a section appears is kept inside), and optionally remembers the size (dialogs) or
  the whole geometry with the maximised state (main windows) in QSettings.

`available_geometry(widget)` is the one place the available geometry is read; tests may replace it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

# At least this much frame around a window's client area, in logical pixels: the Windows 10/11 caption (31 px at
# 100 % and at 125 %) and the 1 px visible border. Before a window is shown (and on platforms without real
# frames, such as offscreen) Qt reports no or a tiny frame, so this is the floor.
MIN_FRAME = QMargins(1, 31, 1, 1)
SETTINGS_GROUP = "windows"


# -- geometry -------------------------------------------------------------------------------------------------
def screen_of(widget: QWidget):
    """The screen a window is (or will be) on: its own, its parent window's, the cursor's, the primary."""
    window = widget.window()
    parent = window.parentWidget()
    for candidate in (parent.window().screen() if parent is not None else None, window.screen()):
        if candidate is not None:
            return candidate
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def available_geometry(widget: QWidget) -> QRect:
    """The work area (screen less taskbar) of the widget's screen, in logical pixels."""
    return screen_of(widget).availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame, as Qt reports it once shown, but never less than MIN_FRAME on any side."""
    g, f = window.geometry(), window.frameGeometry()
    actual = QMargins(g.left() - f.left(), g.top() - f.top(), f.right() - g.right(), f.bottom() - g.bottom())
    return QMargins(max(actual.left(), MIN_FRAME.left()), max(actual.top(), MIN_FRAME.top()),
                    max(actual.right(), MIN_FRAME.right()), max(actual.bottom(), MIN_FRAME.bottom()))


def max_client_size(window: QWidget) -> QSize:
    avail, m = available_geometry(window), frame_margins(window)
    return QSize(avail.width() - m.left() - m.right(), avail.height() - m.top() - m.bottom())


def fit_to_screen(window: QWidget, preferred: QSize | None = None, *, move: bool = True) -> bool:
    """Resize `window` to `preferred` (default: its current size) capped to the work area, and (with `move`) move
    its frame inside the work area. True when it fits entirely (its minimum size may not allow that)."""
    if window.isMaximized() or window.isFullScreen():
        return True
    avail, m = available_geometry(window), frame_margins(window)
    most = max_client_size(window)
    wanted = preferred if preferred is not None else window.size()
    size = wanted.boundedTo(most).expandedTo(window.minimumSize())
    shrunk = size != window.size() and (size.width() < window.width() or size.height() < window.height())
    if size != window.size():
        window.resize(size)
    frame = QRect(QPoint(0, 0), QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom()))
    # Where the frame is now; a dialog that had to shrink is centred again over its parent (Qt centred it for the
    # larger size).
    top_left = window.frameGeometry().topLeft()
    parent = window.parentWidget()
    if shrunk and isinstance(window, QDialog):
        centre = parent.window().frameGeometry().center() if parent is not None else avail.center()
        top_left = centre - QPoint(frame.width() // 2, frame.height() // 2)
    if not move:
        return frame.width() <= avail.width() and frame.height() <= avail.height()
    x = max(avail.left(), min(top_left.x(), avail.right() + 1 - frame.width()))
    y = max(avail.top(), min(top_left.y(), avail.bottom() + 1 - frame.height()))
    if QPoint(x, y) != window.frameGeometry().topLeft():
        window.move(x, y)  # a top-level's pos() is its frame's top-left
    return frame.width() <= avail.width() and frame.height() <= avail.height()


# -- scrolling bodies -----------------------------------------------------------------------------------------
class BodyScroll(QScrollArea):
    """A frameless scroll area around a dialog's body. It asks to be as wide as the body's minimum (so that only
    the vertical bar appears) but never wider than the screen allows; past that a horizontal bar appears."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = body.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(min(width, max_client_size(self.window()).width()), hint.height())

    def eventFilter(self, watched, event) -> bool:
        # The body's minimum follows its contents (a longer title, a filled combo box): pass that on to the
        # layouts around the scroll area, which cache its minimum size hint.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def relax_combos(container: QWidget, characters: int = 10) -> None:
    """Combo boxes that size to their contents also take their contents' width as their *minimum* (once their
    size hint is recomputed, e.g. after being reparented), which can make a form wider than the screen. Let them
    shrink to `characters` while still preferring their contents' width."""
    for combo in container.findChildren(QComboBox):
        if combo.minimumContentsLength() == 0:
            combo.setMinimumContentsLength(characters)


def _buttons_in(item: QLayoutItem | None) -> list[QAbstractButton]:
    if item is None:
        return []
    widget = item.widget()
    if widget is not None:
        return [widget] if isinstance(widget, QPushButton) else []
    layout = item.layout()
    if layout is None:
        return []
    found = []
    for i in range(layout.count()):
        found += _buttons_in(layout.itemAt(i))
    return found


def scroll_body(container: QWidget, *, keep_last: bool | None = None) -> QScrollArea | None:
    """Move the items of `container`'s box layout into a QScrollArea in their place. The last item stays outside
    (below the scroll area) when it is a row of push buttons (`keep_last=None`), or as told. Returns the scroll
    area, or None when the container has no box layout or nothing to move."""
    outer = container.layout()
    if not isinstance(outer, QBoxLayout) or outer.count() == 0:
        return None
    count = outer.count()
    if keep_last is None:
        keep_last = bool(_buttons_in(outer.itemAt(count - 1))) and count > 1
    moved = count - 1 if keep_last else count
    if moved <= 0:
        return None
    body = QWidget()
    body.setObjectName(f"{container.objectName() or 'container'}ScrollBody")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(outer.contentsMargins())
    inner.setSpacing(outer.spacing())
    stretches = [outer.stretch(i) for i in range(moved)]
    items = [outer.takeAt(0) for _ in range(moved)]
    for item, stretch in zip(items, stretches, strict=True):
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            inner.addWidget(widget, stretch, item.alignment())
        elif (layout := item.layout()) is not None:
            inner.addLayout(layout, stretch)
        elif (spacer := item.spacerItem()) is not None:
            inner.addItem(spacer)
    relax_combos(body)
    scroll = BodyScroll(container)
    scroll.setObjectName(f"{container.objectName() or 'container'}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    # The outer margins now belong to the body (they scroll with it); the button row keeps its own place.
    outer.insertWidget(0, scroll, 1)
    outer.setContentsMargins(0, 0, 0, outer.contentsMargins().bottom())
    if keep_last:
        footer = outer.itemAt(1)
        margins = inner.contentsMargins()
        if footer is not None and (footer_layout := footer.layout()) is not None:
            footer_layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
        inner.setContentsMargins(margins.left(), margins.top(), margins.right(), outer.spacing())
    body.setProperty("scrollBody", True)
    if 0 < container.minimumWidth() < outer.totalMinimumSize().width():
        # An explicit minimum width (a splitter pane's, from Designer) below what the scrolled body needs would
        # bring up a horizontal scroll bar: let the layout's minimum, which follows the body, decide instead.
        container.setMinimumWidth(0)
    # The layouts above cached the container's old minimum (a splitter does not tell them): forget it.
    above: QWidget | None = container
    while above is not None and not above.isWindow():
        above.updateGeometry()
        above = above.parentWidget()
    return scroll


def scroll_bodies(window: QWidget) -> list[QScrollArea]:
    """The usual places for a dialog: the dialog itself when its layout ends with the buttons; else each page of
    a QStackedWidget that is its body (pages with their own button rows); each page of a QWizard."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWizard  # not needed by the main window at start-up

    if isinstance(window, QWizard):
        return [s for s in (scroll_body(window.page(i), keep_last=False) for i in window.pageIds()) if s]
    layout = window.layout()
    if isinstance(layout, QBoxLayout) and layout.count() and _buttons_in(layout.itemAt(layout.count() - 1)):
        return [s for s in (scroll_body(window),) if s]
    stacks = [w for w in window.findChildren(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
              if not isinstance(w.parentWidget(), QTabWidget)]
    found = []
    for stack in stacks:
        for i in range(stack.count()):
            page = stack.widget(i)
            scroll = scroll_body(page) if page is not None else None
            if scroll:
                found.append(scroll)
    return found


# -- keeping windows on screen, remembering their size ----------------------------------------------------------
class ScreenFit(QObject):
    """Event filter for one window: fit on show, keep inside when it grows, remember size/geometry on hide."""

    def __init__(self, window: QWidget, remember: str | None = None):
        super().__init__(window)  # the window is its parent (no Python reference: no cycle keeping it alive)
        self.remember = remember
        self._busy = False
        self._restore_tried = False
        self.restored = False  # a remembered size or geometry was applied
        window.installEventFilter(self)

    @property
    def window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)  # made with its window as parent, and goes with it
        return parent

    # QSettings, per user and machine (like the export folder): a window's size is not office data.
    def _key(self) -> str:
        return f"{SETTINGS_GROUP}/{self.remember}"

    def restore(self) -> bool:
        """Apply the remembered size (dialogs) or geometry with the maximised state (other windows)."""
        if not self.remember or self._restore_tried:
            return self.restored
        self._restore_tried = True
        if isinstance(self.window, QDialog):
            size = QSettings().value(f"{self._key()}/size")
            if isinstance(size, QSize) and size.isValid():
                self.window.resize(size.expandedTo(self.window.minimumSizeHint()))
                self.restored = True
        else:
            value = QSettings().value(f"{self._key()}/geometry")
            if isinstance(value, (QByteArray, bytes)) and value:
                # Qt 6.11 restores it only onto the same screen set-up; saved on a monitor that is gone or at another
                # scale it returns False and changes nothing (then the caller's default applies). Either way the
                # fit on show keeps the window inside the work area.
                self.restored = self.window.restoreGeometry(QByteArray(value))
        return self.restored

    def save(self) -> None:
        if not self.remember:
            return
        if isinstance(self.window, QDialog):
            QSettings().setValue(f"{self._key()}/size", self.window.size())
        else:
            QSettings().setValue(f"{self._key()}/geometry", self.window.saveGeometry())

    def fit(self, move: bool = True) -> None:
        if self._busy or not isValid(self.window):
            return
        self._busy = True
        try:
            fit_to_screen(self.window, move=move)
        finally:
            self._busy = False

    def eventFilter(self, watched, event) -> bool:
        if not isValid(self.window):  # a window being deleted (WA_DeleteOnClose) still sends Hide
            return False
        kind = event.type()
        if kind == QEvent.Type.Show:
            # Before the window appears: cap its size. A dialog is not moved here: QDialog.showEvent, which runs
            # after this filter, centres it over its parent and clamps it into the work area with the real frame,
            # unless it was moved explicitly (WA_Moved).
            self.fit(move=not isinstance(self.window, QDialog))
            QTimer.singleShot(0, self, self.fit)  # again once placed and the real frame is known (X11 WMs)
        elif kind == QEvent.Type.Resize and self.window.isVisible() and not self._busy:
            grown = event.size().height() > event.oldSize().height() or event.size().width() > event.oldSize().width()
            if grown:
                QTimer.singleShot(0, self, self.fit)
        elif kind == QEvent.Type.Close or (kind == QEvent.Type.Hide and not event.spontaneous()):
            self.save()  # closed, or a dialog's done() hiding it (not minimising)
        return False


def fit_window(window: QWidget, *, scroll: bool | Iterable[QWidget] = True, remember: str | None = None) -> ScreenFit:
    """One call after setupUi: scrolled bodies (the usual places, or the containers given), fitting on show, and
    remembering the size (dialogs) or geometry (other windows) under `remember`."""
    if scroll is True:
        scroll_bodies(window)
    elif scroll:
        for container in scroll:
            scroll_body(container)
    return ScreenFit(window, remember)


def show_window(window: QWidget, design_size: QSize) -> None:
    """Show a main window as remembered; the first time, at `design_size`, or maximised when that does not fit
    the work area (a 1366×768 design on a 1280×720 laptop at 125 %)."""
    fitter = window.findChild(ScreenFit)
    if fitter is not None and fitter.restore():
        window.show()  # restoreGeometry() also restored the maximised state
        return
    window.resize(design_size)
    most = max_client_size(window)
    if design_size.width() > most.width() or design_size.height() > most.height():
        window.showMaximized()
    else:
        window.show()
