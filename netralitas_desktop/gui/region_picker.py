"""A cascading region picker (province → regency → district → village) with type-ahead over the region data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from netralitas_desktop.domain.regions import LEVELS
from netralitas_desktop.gui.forms.region_picker import Ui_RegionPicker

SEARCH_LIMIT = 15


class RegionPicker(QWidget):
    """Pick a Kemendagri region: four linked combo boxes, each with type-ahead, plus a search over all names.

    `code()` is the deepest region chosen; `codeChanged` fires whenever it changes.
    """

    codeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RegionPicker()
        self.ui.setupUi(self)
        self.regions = None
        self.deepest = len(LEVELS) - 1  # 0 = provinsi … 3 = desa
        self._code = ""
        self._updating = False
        self._results: list[str] = []
        self.combos: list[QComboBox] = [self.ui.provinceCombo, self.ui.regencyCombo, self.ui.districtCombo,
                                        self.ui.villageCombo]
        self._placeholders = (self.tr("Provinsi"), self.tr("Kabupaten/kota"), self.tr("Kecamatan"),
                              self.tr("Desa/kelurahan"))
        for depth, combo in enumerate(self.combos):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMaxVisibleItems(15)
            combo.currentIndexChanged.connect(lambda _i, d=depth: self._level_changed(d))
            completer, line = combo.completer(), combo.lineEdit()
            if completer is None or line is None:  # the boxes are editable (region_picker.ui): typed names search
                continue
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line.setPlaceholderText(self._placeholders[depth])
            line.editingFinished.connect(lambda d=depth: self._typed(d))
        self._search_model = QStringListModel(self)
        self._completer = QCompleter(self._search_model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(SEARCH_LIMIT)
        self.ui.searchEdit.setCompleter(self._completer)
        self._completer.activated.connect(self._search_chosen)  # the text overload, QCompleter's first
        self.ui.searchEdit.textEdited.connect(self._search_typed)
        # Enter in the search box picks a region and does nothing else: not the dialog's default button, not the
        # wizard's Lanjut (a QLineEdit passes Enter on to its window after emitting returnPressed).
        self.ui.searchEdit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            popup = self._completer.popup()
            if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
                self._search_chosen(popup.currentIndex().data())  # the line highlighted with the arrow keys
                popup.hide()
            else:
                self.choose_first_result()
            return True
        return super().eventFilter(watched, event)

    # -- set-up ---------------------------------------------------------------------------------------------
    def set_regions(self, regions, deepest_level: str = "desa") -> None:
        self.regions = regions
        self.set_deepest_level(deepest_level)
        self._fill(0, None)

    def set_deepest_level(self, level: str) -> None:
        """Offer levels down to `level` only (an office of a kecamatan is picked as a kecamatan)."""
        self.deepest = LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1
        for depth, combo in enumerate(self.combos):
            combo.setVisible(depth <= self.deepest)
        if self._code and self._code.count(".") > self.deepest:
            self.set_code(".".join(self._code.split(".")[: self.deepest + 1]))

    # -- value ----------------------------------------------------------------------------------------------
    def code(self) -> str:
        return self._code

    def set_code(self, code: str | None) -> None:
        """Select a region and its ancestors ('' clears)."""
        if self.regions is None:
            return
        code = (code or "").strip()
        chain = [r.code for r in self.regions.ancestors(code)] if code and code in self.regions else []
        self._updating = True
        try:
            self._fill(0, None)
            for depth, combo in enumerate(self.combos):
                if depth < len(chain) and depth <= self.deepest:
                    combo.setCurrentIndex(max(0, combo.findData(chain[depth])))
                    self._fill(depth + 1, chain[depth])
        finally:
            self._updating = False
        for combo in self.combos:
            combo.lineEdit().setCursorPosition(0)
        self._update_code()

    def full_name(self) -> str:
        return self.regions.full_name(self._code) if self.regions is not None and self._code else ""

    # -- internals ------------------------------------------------------------------------------------------
    def _fill(self, depth: int, parent: str | None) -> None:
        """Fill the combo at `depth` with the children of `parent` and clear those below."""
        for level in range(depth, len(self.combos)):
            combo = self.combos[level]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            if level == depth and (parent is not None or depth == 0) and self.regions is not None:
                for region in self.regions.children(parent):
                    combo.addItem(region.name, region.code)
            combo.setCurrentIndex(0)
            combo.setEnabled(combo.count() > 1)
            combo.blockSignals(False)

    def _level_changed(self, depth: int) -> None:
        if self._updating:
            return
        code = self.combos[depth].currentData() or ""
        if depth + 1 < len(self.combos):
            self._fill(depth + 1, code or None)
        self._update_code()

    def _typed(self, depth: int) -> None:
        """Typing a name that matches an item selects it (type-ahead without the popup)."""
        combo = self.combos[depth]
        text = combo.currentText().strip()
        if not text:
            if combo.currentIndex() != 0:
                combo.setCurrentIndex(0)
            return
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
        if index > 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)
        elif index < 0:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    def _update_code(self) -> None:
        code = ""
        for combo in self.combos[: self.deepest + 1]:
            value = combo.currentData() or ""
            if not value:
                break
            code = value
        if self.regions is not None and code:
            self.ui.codeLabel.setText(f"{code} · {self.regions.full_name(code)}")
        else:
            self.ui.codeLabel.setText(self.tr("Belum dipilih"))
        if code != self._code:
            self._code = code
            self.codeChanged.emit(code)

    def _search_typed(self, text: str) -> None:
        if self.regions is None:
            return
        found = [r for r in self.regions.search(text, limit=SEARCH_LIMIT * 2) if r.code.count(".") <= self.deepest]
        found = found[:SEARCH_LIMIT]
        self._results = [r.code for r in found]
        self._search_model.setStringList([f"{self.regions.full_name(r.code)} ({r.code})" for r in found])

    def search_results(self) -> list[str]:
        """The codes the search box currently offers, best first."""
        return list(self._results)

    def _search_chosen(self, text: str) -> None:
        if text.endswith(")") and "(" in text:
            self.set_code(text.rsplit("(", 1)[1][:-1])
            self.ui.searchEdit.clear()

    def choose_first_result(self) -> None:
        """Enter in the search box takes the best match."""
        if not self._results and self.ui.searchEdit.text().strip():
            self._search_typed(self.ui.searchEdit.text())
        if self._results:
            self.set_code(self._results[0])
            self.ui.searchEdit.clear()
            if (popup := self._completer.popup()) is not None:
                popup.hide()
