"""Settings: office, officer and signer, letterhead (logo, name, address), paper size, default election, the
default SPT number and the office's time zone for the forms, the holiday list deadlines count with, the
headquarters' public key for sync and, for a store protected by a passphrase, the idle time before the app locks.
Each changed setting is one audited store action; loading a holiday file is one too, at once (it is not a setting
the Simpan button writes)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from netralitas_desktop.domain.errors import NetralitasError
from netralitas_desktop.domain.validation import LOCK_MINUTES_DEFAULT
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.settings_dialog import Ui_SettingsDialog
from netralitas_desktop.gui.inputs import set_combo_data
from netralitas_desktop.gui.messages import show_error_text
from netralitas_desktop.gui.office_fields import PAPER_SIZES, REGION_LEVEL_OF_OFFICE, fill_levels, recipient_problem
from netralitas_desktop.gui.operations import Changes, run_operation
from netralitas_desktop.gui.screen_fit import fit_window

# Settings that may be empty: an empty box does not write one that was never set.
OPTIONAL_TEXTS = ("hq_recipient", "assignment_letter", "time_zone")


def import_holidays(store, path: Path):
    """Operation: load a holiday file (CSV or JSON) into the store's list, through the gate, audited."""
    return store.import_holidays(path)


def save_settings(store, changed: dict) -> None:
    """Operation: every changed setting, as one transaction (each change audited)."""
    with store.database.transaction():
        for key, value in changed.items():
            store.set_setting(key, value)


class SettingsDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.store = store
        ui = self.ui
        fill_levels(ui.levelCombo)
        ui.officeRegion.set_regions(store.regions)
        for code, name in PAPER_SIZES:
            ui.paperCombo.addItem(name, code)
        for profile in store.catalog.elections.values():
            ui.electionCombo.addItem(profile.name, profile.code)
        ui.timeZoneCombo.addItem("", "")  # named by _show_zone: "Menurut provinsi kantor (WIB)"
        for zone in store.catalog.time_zones.values():
            ui.timeZoneCombo.addItem(self.tr("{code} (UTC+{hours})").format(code=zone.code,
                                                                           hours=zone.utc_offset_hours), zone.code)
        office, officer = store.office, store.officer
        signer = store.setting("signer", {}) or {}
        letterhead = store.setting("letterhead", {}) or {}
        ui.officeName.setText(office.name)
        set_combo_data(ui.levelCombo, office.level)
        ui.officeRegion.set_deepest_level(REGION_LEVEL_OF_OFFICE.get(office.level, "desa"))
        ui.officeRegion.set_code(office.region_code)
        ui.officeAddress.setText(office.address)
        ui.officeCode.setText(office.office_code)
        ui.officerName.setText(officer.name)
        ui.officerJabatan.setText(officer.jabatan)
        ui.officerUnit.setText(officer.unit)
        ui.signerName.setText(signer.get("name", ""))
        ui.signerJabatan.setText(signer.get("jabatan", ""))
        ui.signerNip.setText(signer.get("nip", ""))
        self.logo = letterhead.get("logo", "") or ""
        ui.letterOfficeName.setText(letterhead.get("office_name", "") or office.name)
        ui.letterAddress.setText(letterhead.get("address", "") or office.address)
        set_combo_data(ui.paperCombo, store.setting("paper_size", "A4") or "A4")
        set_combo_data(ui.electionCombo, store.setting("default_election", "") or "")
        ui.hqRecipient.setText(store.setting("hq_recipient", "") or "")
        ui.assignmentLetter.setText(store.setting("assignment_letter", "") or "")
        set_combo_data(ui.timeZoneCombo, store.setting("time_zone", "") or "")
        # The idle lock exists only for a store protected by a passphrase (issue 11).
        ui.lockBox.setVisible(store.protected)
        minutes = store.setting("lock_minutes")
        ui.lockMinutes.setValue(minutes if isinstance(minutes, int) else LOCK_MINUTES_DEFAULT)
        self._show_logo()
        self._show_zone()
        self._add_holiday_row()
        ui.levelCombo.currentIndexChanged.connect(self._level_changed)
        ui.officeRegion.codeChanged.connect(lambda _code: self._show_zone())
        ui.chooseLogoButton.clicked.connect(self.choose_logo)
        ui.clearLogoButton.clicked.connect(self.clear_logo)
        ui.hqRecipient.textChanged.connect(self._check_recipient)
        ui.openCardButton.clicked.connect(self.open_card)
        ui.openCardButton.setIcon(style.icon("import"))
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.setIcon(style.icon("save", "#ffffff"))
        ui.problemsLabel.setVisible(False)
        self.saving = False
        for button in (ui.chooseLogoButton, ui.clearLogoButton, ui.cancelButton):
            button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.resize(720, 560)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self, remember="settingsDialog")
        self.screen_fit.restore()

    # -- holidays (made here rather than in the .ui: one row beside the election profile) -----------------------
    def _add_holiday_row(self) -> None:
        row = QHBoxLayout()
        self.holidayLabel = QLabel(self.ui.reportTab)
        self.holidayLabel.setWordWrap(True)
        self.holidayLabel.setProperty("role", "muted")
        self.holidayButton = QPushButton(self.tr("Muat daftar hari libur…"), self.ui.reportTab)
        self.holidayButton.setObjectName("holidayButton")
        self.holidayButton.setAutoDefault(False)
        self.holidayButton.setToolTip(self.tr("Berkas CSV (tanggal, nama, jenis, sementara) atau JSON dari SKB hari "
                                              "libur nasional dan cuti bersama; daftar tahun-tahun di dalamnya "
                                              "diganti isi berkas."))
        self.holidayButton.clicked.connect(self.choose_holidays)
        row.addWidget(self.holidayLabel, 1)
        row.addWidget(self.holidayButton)
        self.ui.reportLayout.insertLayout(self.ui.reportLayout.indexOf(self.ui.reportHint) + 1, row)
        self._show_holidays()

    def _show_holidays(self) -> None:
        calendar = self.store.holiday_calendar()
        years = sorted(calendar.known_years)
        provisional = sorted(y.year for y in calendar.years.values() if y.provisional)
        text = self.tr("Hari libur nasional dan cuti bersama diketahui untuk {years}; batas waktu hari kerja "
                       "sesudahnya adalah perkiraan.").format(years=", ".join(map(str, years)) or "-")
        if provisional:
            text += " " + self.tr("Sementara: {years}.").format(years=", ".join(map(str, provisional)))
        self.holidayLabel.setText(text)

    def choose_holidays(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Muat daftar hari libur"), str(Path.home()),
                                              self.tr("Daftar hari libur (*.csv *.json)"))
        if name:
            self.load_holidays(Path(name))

    def load_holidays(self, path: Path) -> None:
        """Load a holiday file off the UI thread; every deadline shown follows once it is stored."""
        self.holidayButton.setEnabled(False)

        def done(result) -> None:
            self.holidayButton.setEnabled(True)
            self._show_holidays()

        def failed(message: str) -> None:
            self.holidayButton.setEnabled(True)
            show_error_text(self, self.tr("Daftar hari libur tidak dimuat"), message)

        run_operation(self, self.store.data_dir, import_holidays, path, title=self.tr("Daftar hari libur tidak dimuat"),
                      label=self.tr("Memuat daftar hari libur…"), changes=Changes(all_findings=True),
                      on_success=done, on_failure=failed, on_cancelled=lambda: self.holidayButton.setEnabled(True))

    def _level_changed(self, _index: int) -> None:
        self.ui.officeRegion.set_deepest_level(REGION_LEVEL_OF_OFFICE.get(self.ui.levelCombo.currentData(), "desa"))

    def _show_zone(self) -> None:
        """Name the first time-zone choice after the zone the office's province keeps (the region as chosen here;
        on opening, what the store derives: `store.office_zone()` without the setting)."""
        region = self.ui.officeRegion.code() or self.store.office.region_code
        derived = self.store.catalog.office_zone(region)
        self.ui.timeZoneCombo.setItemText(0, self.tr("Menurut provinsi kantor ({zone})").format(zone=derived.code))

    def _show_logo(self) -> None:
        ui = self.ui
        pixmap = QPixmap(str(self.logo_path())) if self.logo else QPixmap()
        if pixmap.isNull():
            ui.logoPreview.setPixmap(QPixmap())
            ui.logoPreview.setText(self.tr("Tanpa logo"))
            ui.logoPathLabel.setText(self.tr("Logo tidak ditemukan: {path}").format(path=self.logo) if self.logo
                                     else "")
        else:
            ui.logoPreview.setPixmap(pixmap.scaled(88, 88, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            ui.logoPathLabel.setText(Path(self.logo).name)
        ui.clearLogoButton.setEnabled(bool(self.logo))

    def logo_path(self) -> Path:
        path = Path(self.logo)
        return path if path.is_absolute() else Path(self.store.data_dir) / path

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo kop surat"), str(Path.home()),
                                              self.tr("Gambar (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        """Copy the image into the data dir (so moving the original breaks nothing) and show it."""
        from netralitas_desktop.data.letterhead import keep_logo

        try:
            kept = keep_logo(self.store.data_dir, path)
            # Named relative to the data dir, so the setting survives the folder being moved or restored.
            self.logo = kept.relative_to(Path(self.store.data_dir).resolve()).as_posix()
        except NetralitasError as err:
            self.ui.err_logo.setText(str(err))
            self.ui.err_logo.setVisible(True)
            return False
        self.ui.err_logo.setVisible(False)
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self.logo = ""
        self._show_logo()

    def open_card(self, card=None) -> bool:
        """Fill headquarters' key from its key card (checked, its fingerprint shown to compare by phone); stored
        with Simpan like every other setting. `card`: one already read (tests)."""
        from netralitas_desktop.gui.key_card_view import choose_key_card, confirm_key_card
        from netralitas_desktop.services.key_card import card_problem

        card = card or choose_key_card(self)
        if card is None:
            return False
        problem = card_problem(self.store, card)
        if problem or not confirm_key_card(self, card):
            self.ui.err_hq_recipient.setText(problem)
            self.ui.err_hq_recipient.setVisible(bool(problem))
            return False
        self.ui.hqRecipient.setText(card.age_recipient)
        self.ui.hqCardLabel.setText(self.tr("Dari kartu kunci {office} (sidik jari {fingerprint}).").format(
            office=card.office["name"], fingerprint=card.fingerprint))
        return True

    def _check_recipient(self) -> str:
        problem = recipient_problem(self.ui.hqRecipient.text())
        self.ui.err_hq_recipient.setText(problem)
        self.ui.err_hq_recipient.setVisible(bool(problem))
        style.set_invalid(self.ui.hqRecipient, bool(problem))
        return problem

    def problems(self) -> list[tuple[str, str, int]]:
        """(field, message, tab) for each rule broken."""
        ui = self.ui
        found = []
        if not ui.officeName.text().strip():
            found.append(("office_name", self.tr("Nama kantor wajib diisi."), 0))
        if not ui.officeRegion.code():
            found.append(("region_code", self.tr("Pilih wilayah kantor."), 0))
        if not ui.officerName.text().strip():
            found.append(("officer", self.tr("Nama petugas wajib diisi."), 1))
        if problem := recipient_problem(ui.hqRecipient.text()):
            found.append(("hq_recipient", problem, 4))
        return found

    def settings(self) -> dict:
        """The settings as the dialog shows them."""
        ui, store = self.ui, self.store
        office = asdict(store.office)
        office.update(name=ui.officeName.text().strip(), level=ui.levelCombo.currentData(),
                      region_code=ui.officeRegion.code(), address=ui.officeAddress.text().strip(),
                      office_code=ui.officeCode.text().strip() or ui.officeRegion.code())
        return {
            "office": office,
            "officer": {"name": ui.officerName.text().strip(), "jabatan": ui.officerJabatan.text().strip(),
                        "unit": ui.officerUnit.text().strip()},
            "signer": {"name": ui.signerName.text().strip(), "jabatan": ui.signerJabatan.text().strip(),
                       "nip": ui.signerNip.text().strip()},
            "letterhead": {**(store.setting("letterhead", {}) or {}), "office_name": ui.letterOfficeName.text().strip(),
                           "address": ui.letterAddress.text().strip(), "logo": self.logo},
            "paper_size": ui.paperCombo.currentData(),
            "default_election": ui.electionCombo.currentData(),
            "hq_recipient": ui.hqRecipient.text().strip(),
            "assignment_letter": ui.assignmentLetter.text().strip(),
            "time_zone": ui.timeZoneCombo.currentData() or "",
            **({"lock_minutes": ui.lockMinutes.value()} if self.store.protected else {}),
        }

    def save(self) -> bool:
        """Check the fields, then store the changed settings as one operation off the UI thread; the dialog
        closes once they are stored. False when a field must be corrected first."""
        ui = self.ui
        if self.saving:
            return False
        for label in (ui.err_office_name, ui.err_region_code, ui.err_officer, ui.err_hq_recipient):
            label.setVisible(False)
        found = self.problems()
        if found:
            for field, message, _tab in found:
                label = getattr(ui, f"err_{field}")
                label.setText(message)
                label.setVisible(True)
            ui.tabs.setCurrentIndex(found[0][2])
            ui.problemsLabel.setText(self.tr("{n} isian perlu diperbaiki.").format(n=len(found)))
            ui.problemsLabel.setVisible(True)
            return False
        ui.problemsLabel.setVisible(False)
        changed = {key: value for key, value in self.settings().items()
                   if self.store.setting(key) != value
                   and not (key in OPTIONAL_TEXTS and not value and not self.store.setting(key))
                   and not (key == "lock_minutes" and value == LOCK_MINUTES_DEFAULT
                            and self.store.setting(key) is None)}
        if not changed:
            super().accept()
            return True
        self._set_saving(True)
        run_operation(self, self.store.data_dir, save_settings, changed, title=self.tr("Pengaturan belum tersimpan"),
                      label=self.tr("Menyimpan pengaturan…"),
                      changes=Changes(settings=True, keys="hq_recipient" in changed),
                      on_success=self._saved, on_failure=self._failed, on_cancelled=lambda: self._set_saving(False))
        return True

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.saveButton.setEnabled(not saving)
        self.ui.cancelButton.setEnabled(not saving)

    def _saved(self, _result) -> None:
        self._set_saving(False)
        super().accept()

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        show_error_text(self, self.tr("Pengaturan belum tersimpan"), message)

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def accept(self) -> None:
        self.save()
