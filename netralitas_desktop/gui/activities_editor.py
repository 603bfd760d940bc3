"""Form A section II in the finding editor: the supervision activities (Kegiatan I, II, …) as a list with the
selected one's details below it — add, remove, reorder, and each activity's form, date, time, place, purpose,
target and SPT number. The rules stay in the validation gate; this only shows and collects the values."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from netralitas_desktop.domain.catalog import Catalog
from netralitas_desktop.domain.dates_id import format_date_id
from netralitas_desktop.domain.model import Activity
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.finding_editor import Ui_FindingEditor
from netralitas_desktop.gui.i18n import indonesian_locale, iso_date, to_qdate
from netralitas_desktop.gui.inputs import masked_text, set_combo_data

ACTIVITY_NUMBER = re.compile(r"Kegiatan ke-(\d+)")
# Words of the gate's messages about an activity, and the box they are about (the first that matches).
PART_WORDS = (("bentuk", "form"), ("tempat", "place"), ("jam", "time"), ("tanggal", "date"))


def activity_row_of(message: str) -> int | None:
    """The list row an activity's problem is about ("Kegiatan ke-2: …" → 1), None when it names none."""
    found = ACTIVITY_NUMBER.search(message)
    return int(found.group(1)) - 1 if found else None


class ActivitiesEditor(QObject):
    """The activities list and the selected activity's form, over the editor's widgets. `changed` is emitted
    when the officer adds, removes, moves or edits an activity (not while values are being loaded)."""

    changed = Signal()

    def __init__(self, ui: Ui_FindingEditor, catalog: Catalog, parent: QWidget):
        super().__init__(parent)
        self.ui, self.catalog = ui, catalog
        self.activities: list[Activity] = []
        self.default_date = ""  # a new activity's day: the day the finding became known
        self.faults: dict[int, str] = {}  # row → the box at fault ("form", "place", "time", "date", "")
        self._showing = False
        table = ui.activitiesTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Pukul"), self.tr("Bentuk pengawasan"),
                                         self.tr("Tempat"), self.tr("Nomor SPT")])
        for column, width in enumerate((150, 110, 190, 230)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ui.activityForm.addItem(self.tr("— pilih bentuk —"), "")
        for form in catalog.supervision_forms.values():
            ui.activityForm.addItem(form.name, form.code)
        locale = indonesian_locale()
        edit = ui.activityDate
        edit.setLocale(locale)
        edit.calendarWidget().setLocale(locale)
        edit.calendarWidget().setGridVisible(False)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate.currentDate())
        ui.addActivityButton.setIcon(style.icon("add"))
        ui.removeActivityButton.setIcon(style.icon("remove"))
        ui.addActivityButton.clicked.connect(lambda: self.add())
        ui.removeActivityButton.clicked.connect(self.remove)
        ui.moveActivityUpButton.clicked.connect(lambda: self.move(-1))
        ui.moveActivityDownButton.clicked.connect(lambda: self.move(1))
        table.currentCellChanged.connect(lambda row, *_: self._show(row))
        for line in (ui.activityPlace, ui.activityPurpose, ui.activityTarget, ui.activitySpt, ui.activityTimeFrom,
                     ui.activityTimeTo):
            line.textEdited.connect(lambda _t: self._edited())
        ui.activityForm.currentIndexChanged.connect(lambda _i: self._edited())
        ui.activityDate.dateChanged.connect(lambda _d: self._edited())
        self._refresh()

    # -- values ---------------------------------------------------------------------------------------------
    def set_items(self, activities: list[Activity]) -> None:
        """Show these activities (copies: the caller's stay as they were)."""
        self.activities = [copy.deepcopy(a) for a in activities]
        self._refresh(select=0 if self.activities else None)

    def items(self) -> list[Activity]:
        """The activities as the list and the form show them."""
        return [copy.deepcopy(a) for a in self.activities]

    def current_row(self) -> int:
        return self.ui.activitiesTable.currentRow()

    def set_zone(self, zone: str) -> None:
        """The office's time zone after the times (printed "pukul 09.00–11.00 WIB")."""
        self.ui.activityZoneLabel.setText(zone)

    def set_assignment_letter_default(self, number: str) -> None:
        """What an empty SPT number becomes on saving (the setting `assignment_letter`)."""
        self.ui.activitySpt.setPlaceholderText(
            self.tr("kosong: {number} (pengaturan)").format(number=number) if number
            else self.tr("nomor surat perintah tugas"))

    # -- actions --------------------------------------------------------------------------------------------
    def add(self, template: Activity | None = None) -> None:
        """A new activity at the end (a copy of `template`, else dated the day the finding became known), selected
        with the cursor in its first box."""
        activity = copy.deepcopy(template) if template is not None else Activity(date=self.default_date)
        self.activities.append(activity)
        self._refresh(select=len(self.activities) - 1)
        self.ui.activityForm.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.activities):
            del self.activities[row]
            self._refresh(select=min(row, len(self.activities) - 1) if self.activities else None)
            self.changed.emit()

    def move(self, delta: int) -> None:
        """Move the selected activity up (-1) or down (+1): the order is Kegiatan I, II, … on Form A."""
        row = self.current_row()
        target = row + delta
        if 0 <= row < len(self.activities) and 0 <= target < len(self.activities):
            items = self.activities
            items[row], items[target] = items[target], items[row]
            self._refresh(select=target)
            self.changed.emit()

    # -- problems -------------------------------------------------------------------------------------------
    def show_problems(self, messages: list[str], shown: bool) -> None:
        """Mark the rows the gate's messages name, and outline the box at fault of the selected one."""
        self.faults = {}
        if shown:
            for message in messages:
                row = activity_row_of(message)
                if row is not None and row not in self.faults:
                    lowered = message.lower()
                    self.faults[row] = next((part for word, part in PART_WORDS if word in lowered), "")
        table = self.ui.activitiesTable
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setForeground(QColor(style.DANGER) if row in self.faults else QColor(style.TEXT))
        self._outline()

    def focus_fault(self) -> QWidget:
        """Select the first activity at fault and return the box to put the cursor in."""
        if not self.faults:
            return self.ui.activitiesTable if self.activities else self.ui.addActivityButton
        row, part = min(self.faults.items())
        self.ui.activitiesTable.setCurrentCell(row, 0)
        return self._part_widget(part) or self.ui.activityForm

    def _part_widget(self, part: str) -> QWidget | None:
        ui = self.ui
        return {"form": ui.activityForm, "place": ui.activityPlace, "time": ui.activityTimeFrom,
                "date": ui.activityDate}.get(part)

    def _outline(self) -> None:
        part = self.faults.get(self.current_row())
        for name in ("form", "place", "time", "date"):
            widget = self._part_widget(name)
            if widget is not None:
                style.set_invalid(widget, part == name)
        style.set_invalid(self.ui.activityTimeTo, part == "time")

    # -- display --------------------------------------------------------------------------------------------
    def _refresh(self, select: int | None = None) -> None:
        table = self.ui.activitiesTable
        table.blockSignals(True)
        table.setRowCount(len(self.activities))
        for row, activity in enumerate(self.activities):
            self._fill_row(row, activity)
        table.blockSignals(False)
        if self.activities:
            row = select if select is not None else max(0, min(table.currentRow(), len(self.activities) - 1))
            table.setCurrentCell(row, 0)
            self._show(row)
        else:
            self._show(-1)

    def _fill_row(self, row: int, activity: Activity) -> None:
        form = self.catalog.supervision_forms.get(activity.form)
        if activity.time_from and activity.time_to:
            time = f"{activity.time_from}–{activity.time_to}"
        else:
            time = activity.time_from or activity.time_to
        values = (format_date_id(activity.date) if activity.date else "", time,
                  form.name if form else (activity.form or self.tr("(bentuk belum dipilih)")),
                  activity.place or self.tr("(tempat belum diisi)"), activity.assignment_letter)
        table = self.ui.activitiesTable
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))

    def _show(self, row: int) -> None:
        ui = self.ui
        has = 0 <= row < len(self.activities)
        ui.activityFrame.setEnabled(has)
        ui.activityFormTitle.setText(self.tr("Kegiatan {n}").format(n=row + 1) if has
                                     else self.tr("Belum ada kegiatan: klik Tambah kegiatan"))
        activity = self.activities[row] if has else Activity()
        self._showing = True
        try:
            set_combo_data(ui.activityForm, activity.form)
            day = to_qdate(activity.date)
            ui.activityDate.setDate(day if day.isValid() else QDate.currentDate())
            for line, text in ((ui.activityPlace, activity.place), (ui.activityPurpose, activity.purpose),
                               (ui.activityTarget, activity.target), (ui.activitySpt, activity.assignment_letter),
                               (ui.activityTimeFrom, activity.time_from), (ui.activityTimeTo, activity.time_to)):
                line.setText(text)
                line.setCursorPosition(0)
        finally:
            self._showing = False
        ui.removeActivityButton.setEnabled(has)
        ui.moveActivityUpButton.setEnabled(has and row > 0)
        ui.moveActivityDownButton.setEnabled(has and row < len(self.activities) - 1)
        self._outline()

    def _edited(self) -> None:
        row = self.current_row()
        if self._showing or not 0 <= row < len(self.activities):
            return
        ui = self.ui
        self.activities[row] = Activity(
            form=ui.activityForm.currentData() or "", purpose=ui.activityPurpose.text().strip(),
            target=ui.activityTarget.text().strip(), date=iso_date(ui.activityDate.date()),
            time_from=masked_text(ui.activityTimeFrom.text()), time_to=masked_text(ui.activityTimeTo.text()),
            place=ui.activityPlace.text().strip(), assignment_letter=ui.activitySpt.text().strip())
        table = ui.activitiesTable
        table.blockSignals(True)
        self._fill_row(row, self.activities[row])
        table.blockSignals(False)
        self.changed.emit()
