"""First run: a short wizard that creates the store (office, officer, signer, headquarters' key card, the store
passphrase, election, paper). The store is made in a worker (gui/worker.py) — protected by the passphrase unless
the officer explicitly opted out — and, when asked, the recovery sheet is written right after; the wizard closes
once the store exists."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget, QWizard

from netralitas_desktop.data.database import DB_NAME
from netralitas_desktop.gui import style
from netralitas_desktop.gui.forms.setup_wizard import Ui_SetupWizard
from netralitas_desktop.gui.inputs import set_combo_data
from netralitas_desktop.gui.office_fields import (
    PAPER_SIZES,
    REGION_LEVEL_OF_OFFICE,
    fill_levels,
    recipient_problem,
    suggested_office_name,
)
from netralitas_desktop.gui.screen_fit import fit_window

if TYPE_CHECKING:
    from netralitas_desktop.gui.worker import Job


def create_office_store(job, folder: Path, office: dict, signer: dict, paper: str, card, hq_key: str,
                        passphrase: str | None = None, sheet: Path | None = None) -> tuple[Path, str]:
    """Worker: create the store (protected when `passphrase` is given), then record the signer, the paper and
    headquarters' key (from its card, or the key pasted under "Lanjutan"); then write the recovery sheet to
    `sheet`. Returns the folder and why the sheet could not be written ('' when it was, or was not asked for):
    the store exists by then, so a sheet refused (a full USB stick) must not undo it."""
    from netralitas_desktop.data.keys import set_recipient
    from netralitas_desktop.data.store import Store
    from netralitas_desktop.domain.errors import NetralitasError
    from netralitas_desktop.services.key_card import use_key_card

    store = Store.create(folder, **office, passphrase=passphrase)
    try:
        if store.setting("signer") != signer:
            store.set_setting("signer", signer)
        if paper != "A4":
            store.set_setting("paper_size", paper)
        if card is not None:
            use_key_card(store, card)
        elif hq_key:
            set_recipient(store, hq_key, "kantor atasan")
    finally:
        store.close()
    if passphrase is None or sheet is None:
        return folder, ""
    from netralitas_desktop.reports.recovery_sheet import write_new_recovery_sheet

    try:
        write_new_recovery_sheet(folder, sheet)
    except NetralitasError as err:
        return folder, str(err)
    return folder, ""


class SetupWizard(QWizard):
    """Creates the store (Store.create in a worker), with signer, paper size and headquarters' key. `data_dir` is
    where it was made, `created` True once it exists."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        from netralitas_desktop.domain.catalog import load_catalog
        from netralitas_desktop.domain.regions import load_regions

        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.created = False
        self.card = None  # the key card of the office above, once opened
        self.job: Job | None = None
        self.regions = load_regions()
        self.catalog = load_catalog()
        self._name_was_suggested = True
        ui = self.ui
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Buat dan buka"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setWindowIcon(style.icon("app"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, style.icon("app").pixmap(48, 48))
        ui.dataDirEdit.setText(str(data_dir))
        fill_levels(ui.levelCombo)
        set_combo_data(ui.levelCombo, "kecamatan")
        ui.officeRegion.set_regions(self.regions, "kecamatan")
        for profile in self.catalog.elections.values():
            ui.electionCombo.addItem(profile.name, profile.code)
        for code, name in PAPER_SIZES:
            ui.paperCombo.addItem(name, code)
        ui.browseButton.clicked.connect(self.choose_folder)
        ui.levelCombo.currentIndexChanged.connect(self._level_changed)
        ui.officeRegion.codeChanged.connect(self._region_changed)
        ui.officeName.textEdited.connect(lambda _t: setattr(self, "_name_was_suggested", False))
        ui.sameSigner.toggled.connect(self._same_signer)
        ui.officerName.textChanged.connect(self._same_signer)
        ui.officerJabatan.textChanged.connect(self._same_signer)
        ui.electionCombo.currentIndexChanged.connect(self._election_changed)
        self.currentIdChanged.connect(self._page_shown)
        ui.openCardButton.clicked.connect(self.open_card)
        ui.clearCardButton.clicked.connect(lambda: self.set_card(None))
        ui.openCardButton.setIcon(style.icon("import"))
        ui.advancedKeyCheck.toggled.connect(self._advanced_toggled)
        ui.hqKeyEdit.textChanged.connect(lambda _t: ui.err_hq_key.setVisible(False))
        ui.passphraseEdit.textChanged.connect(self._passphrase_typed)
        ui.passphraseRepeat.textChanged.connect(self._passphrase_typed)
        ui.noPassphraseCheck.toggled.connect(self._no_passphrase_toggled)
        self.sheet_path: Path | None = None  # where the recovery sheet was written, once it was
        self.sheet_problem = ""
        self._passphrase_typed()
        self._advanced_toggled(False)
        self.set_card(None)
        self._same_signer()
        self._election_changed()
        self.resize(780, 620)  # the size it opens at on a large screen
        self.screen_fit = fit_window(self)

    # -- reactions ------------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder data"), self.ui.dataDirEdit.text())
        if folder:
            self.ui.dataDirEdit.setText(folder)

    def _level_changed(self, _index: int) -> None:
        level = self.ui.levelCombo.currentData()
        self.ui.officeRegion.set_deepest_level(REGION_LEVEL_OF_OFFICE.get(level, "kecamatan"))
        self._suggest_name()

    def _region_changed(self, code: str) -> None:
        self._suggest_name()
        if code and not self.ui.officeCode.text().strip():
            self.ui.officeCode.setPlaceholderText(self.tr("mis. {code}").format(code=code))
        self.ui.err_region_code.setVisible(False)

    def _suggest_name(self) -> None:
        if not self._name_was_suggested and self.ui.officeName.text().strip():
            return
        code = self.ui.officeRegion.code()
        region = self.regions.get(code) if code else None
        level = self.ui.levelCombo.currentData()
        if region is not None or level == "pusat":
            self.ui.officeName.setText(suggested_office_name(level, region.name if region else ""))
            self._name_was_suggested = True

    def _same_signer(self, *_args) -> None:
        same = self.ui.sameSigner.isChecked()
        for widget in (self.ui.signerName, self.ui.signerJabatan):
            widget.setEnabled(not same)
        if same:
            self.ui.signerName.setText(self.ui.officerName.text())
            self.ui.signerJabatan.setText(self.ui.officerJabatan.text())

    def _election_changed(self, *_args) -> None:
        profile = self.catalog.elections.get(self.ui.electionCombo.currentData() or "")
        if profile is None:
            return
        unit = self.tr("hari kerja") if profile.deadlines.day_kind == "kerja" else self.tr("hari kalender")
        self.ui.electionHint.setText(self.tr(
            "{name}: temuan ditetapkan paling lama {f} {unit} sejak diketahui; putusan {d} {unit} sejak "
            "registrasi (dapat diperpanjang {e}). Nomor register memakai kode {code}.").format(
            name=profile.name, f=profile.deadlines.finding_days, d=profile.deadlines.decision_days,
            e=profile.deadlines.decision_extension_days, unit=unit, code=profile.register_code))

    # -- headquarters' key card ---------------------------------------------------------------------------------
    def open_card(self) -> bool:
        from netralitas_desktop.gui.key_card_view import choose_key_card

        card = choose_key_card(self)
        return self.set_card(card) if card is not None else False

    def set_card(self, card) -> bool:
        """Use `card` (None: none); a card that is not from an office above this one is refused on the page."""
        from netralitas_desktop.gui.key_card_view import card_html
        from netralitas_desktop.services.key_card import card_problem_for_office

        ui = self.ui
        if card is not None:
            problem = card_problem_for_office(card, ui.officeName.text().strip(), ui.levelCombo.currentData(),
                                              ui.officeRegion.code())
            ui.err_card.setText(problem)
            ui.err_card.setVisible(bool(problem))
            if problem:
                return False
        self.card = card
        ui.err_card.setVisible(False)
        ui.clearCardButton.setVisible(card is not None)
        if card is None:
            ui.cardLabel.setText(self.tr(
                "Belum ada kartu kunci. Tanpa kunci kantor atasan, bundel pertama dikirim tanpa enkripsi; Anda dapat "
                "mengaturnya nanti lewat Berkas → Kunci dan penerima bundel."))
            ui.cardLabel.setProperty("role", "muted")
        else:
            ui.cardLabel.setText(card_html(card))
            ui.cardLabel.setProperty("role", "")
            ui.advancedKeyCheck.setChecked(False)
        ui.cardLabel.style().unpolish(ui.cardLabel)
        ui.cardLabel.style().polish(ui.cardLabel)
        return card is not None

    def _advanced_toggled(self, on: bool) -> None:
        self.ui.hqKeyEdit.setVisible(on)
        if not on:
            self.ui.err_hq_key.setVisible(False)

    def hq_key(self) -> str:
        """The key pasted under "Lanjutan" ('' when none, or when a card is used)."""
        return self.ui.hqKeyEdit.text().strip() if self.ui.advancedKeyCheck.isChecked() and self.card is None else ""

    # -- the store passphrase ------------------------------------------------------------------------------------
    def _passphrase_typed(self, *_args) -> None:
        """The length rule (the CLI's: store_key.check_new_passphrase) and whether both entries agree, as typed."""
        from netralitas_desktop.data.store_key import MIN_PASSPHRASE

        ui = self.ui
        first, second = ui.passphraseEdit.text(), ui.passphraseRepeat.text()
        ui.err_passphrase.setVisible(False)
        if len(first) < MIN_PASSPHRASE:
            hint = self.tr("Minimal {n} karakter (sekarang {k}). Kalimat pendek yang mudah Anda ingat tetapi sulit "
                           "ditebak orang lain lebih baik daripada satu kata.").format(n=MIN_PASSPHRASE, k=len(first))
        elif second and second != first:
            hint = self.tr("Panjang cukup; ketikan kedua belum sama.")
        elif second == first:
            hint = self.tr("Panjang cukup dan kedua ketikan sama.")
        else:
            hint = self.tr("Panjang cukup; ketik sekali lagi di kolom kanan.")
        ui.passphraseHint.setText(hint + " " + self.tr(
            "Kata sandi diminta setiap aplikasi dibuka dan setelah tidak dipakai beberapa menit."))

    def _no_passphrase_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.passphraseEdit, ui.passphraseRepeat, ui.recoverySheetCheck):
            widget.setEnabled(not on)
        ui.noPassphraseWarning.setVisible(on)
        ui.err_passphrase.setVisible(False)

    def passphrase(self) -> str | None:
        """The store passphrase chosen on its page; None when the officer opted out."""
        return None if self.ui.noPassphraseCheck.isChecked() else self.ui.passphraseEdit.text()

    def _page_shown(self, page_id: int) -> None:
        if self.page(page_id) is self.ui.electionPage:
            self._fill_summary()

    def _fill_summary(self) -> None:
        ui = self.ui
        code = ui.officeRegion.code()
        place = self.regions.full_name(code) if code else "—"
        rows = [
            (self.tr("Kantor"), ui.officeName.text().strip()),
            (self.tr("Tingkat"), ui.levelCombo.currentText()),
            (self.tr("Wilayah"), f"{place} ({code})"),
            (self.tr("Kode kantor Bawaslu"), ui.officeCode.text().strip() or code),
            (self.tr("Petugas"), ui.officerName.text().strip()),
            (self.tr("Penanda tangan"), ui.signerName.text().strip()),
            (self.tr("Kantor atasan"), self.card.office["name"] if self.card is not None
             else (self.tr("kunci age1… ditempel") if self.hq_key() else self.tr("belum diatur (bundel tidak "
                                                                                   "dienkripsi)"))),
            (self.tr("Kata sandi data"), self.tr("ya: data terenkripsi") if self.passphrase() is not None
             else self.tr("TIDAK: data tidak terenkripsi")),
            (self.tr("Folder data"), ui.dataDirEdit.text().strip()),
        ]
        ui.summaryLabel.setText("<table>" + "".join(
            f"<tr><td style='color:{style.MUTED};padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>")

    # -- checks and creation --------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        ui, page = self.ui, self.currentPage()
        if page is ui.welcomePage:
            folder = Path(ui.dataDirEdit.text().strip()).expanduser()
            if not ui.dataDirEdit.text().strip():
                return self._refuse(ui.err_data_dir, self.tr("Pilih folder data."))
            if (folder / DB_NAME).exists():
                return self._refuse(ui.err_data_dir, self.tr(
                    "Folder ini sudah berisi data Netralitas. Pilih folder lain, atau buka aplikasi dengan "
                    "--data-dir {folder}.").format(folder=folder))
            ui.err_data_dir.setVisible(False)
        elif page is ui.officePage:
            ok = True
            if not ui.officeRegion.code():
                ok = self._refuse(ui.err_region_code, self.tr("Pilih wilayah kantor (ketik namanya untuk mencari)."))
            if not ui.officeName.text().strip():
                ok = self._refuse(ui.err_office_name, self.tr("Nama kantor wajib diisi."))
            else:
                ui.err_office_name.setVisible(False)
            if not ui.officeCode.text().strip():
                # Never silently the Kemendagri code: register numbers carry Bawaslu's own office code.
                ok = self._refuse(ui.err_office_code, self.tr(
                    "Isi kode kantor Bawaslu (tanyakan ke Bawaslu kabupaten/kota bila belum tahu). Kode ini bisa "
                    "sama dengan kode wilayah, tetapi tidak selalu."))
            else:
                ui.err_office_code.setVisible(False)
            return ok
        elif page is ui.officerPage:
            if not ui.officerName.text().strip():
                return self._refuse(ui.err_officer, self.tr("Nama petugas wajib diisi: tercatat pada setiap "
                                                            "perubahan data."))
            ui.err_officer.setVisible(False)
        elif page is ui.syncPage:
            if self.card is not None and not self.set_card(self.card):  # the office changed since: check again
                return False
            if problem := (recipient_problem(self.hq_key()) if self.hq_key() else ""):
                return self._refuse(ui.err_hq_key, problem)
            if ui.advancedKeyCheck.isChecked() and self.card is None and not self.hq_key():
                return self._refuse(ui.err_hq_key, self.tr("Tempelkan kunci publik age kantor atasan (diawali age1), "
                                                           "atau hapus centang Lanjutan."))
        elif page is ui.protectionPage:
            return self._passphrase_ok()
        elif page is ui.electionPage:
            return self.create_store()
        return True

    def _passphrase_ok(self) -> bool:
        from netralitas_desktop.data.store_key import check_new_passphrase
        from netralitas_desktop.domain.errors import ValidationError

        ui = self.ui
        if ui.noPassphraseCheck.isChecked():
            return True
        try:
            check_new_passphrase(ui.passphraseEdit.text())
        except ValidationError as err:
            return self._refuse(ui.err_passphrase, str(err))
        if ui.passphraseRepeat.text() != ui.passphraseEdit.text():
            return self._refuse(ui.err_passphrase, self.tr("Kedua kata sandi tidak sama: ketik ulang."))
        ui.err_passphrase.setVisible(False)
        return True

    def ask_sheet_path(self) -> Path | None:
        """Where to save the recovery sheet (a USB stick, to print from): asked before the store is made, so that
        the sheet is written in the same worker right after it; None when not wanted or cancelled."""
        if self.passphrase() is None or not self.ui.recoverySheetCheck.isChecked():
            return None
        suggested = Path.home() / "lembar-pemulihan.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan lembar pemulihan"), str(suggested),
                                                    self.tr("PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")

    def _refuse(self, label, message: str) -> bool:
        label.setText(message)
        label.setVisible(True)
        return False

    def create_store(self) -> bool:
        """Make the store in a worker; the wizard closes when it exists (False now: the page stays meanwhile)."""
        from netralitas_desktop.gui.worker import Job, run_with_progress

        if self.job is not None:
            return False
        ui = self.ui
        folder = Path(ui.dataDirEdit.text().strip()).expanduser()
        office = dict(office_name=ui.officeName.text().strip(), level=ui.levelCombo.currentData(),
                      region_code=ui.officeRegion.code(), officer=ui.officerName.text().strip(),
                      office_address=ui.officeAddress.text().strip(), office_code=ui.officeCode.text().strip(),
                      officer_jabatan=ui.officerJabatan.text().strip(), officer_unit=ui.officerUnit.text().strip(),
                      election=ui.electionCombo.currentData() or "pemilu-2024")
        signer = {"name": ui.signerName.text().strip(), "jabatan": ui.signerJabatan.text().strip()}
        ui.err_create.setVisible(False)
        sheet = self.ask_sheet_path()
        if sheet is not None and sheet.expanduser().resolve().is_relative_to(folder.resolve()):
            # The code beside what it opens would protect nothing.
            return self._refuse(ui.err_create, self.tr("Jangan simpan lembar pemulihan di dalam folder data: pilih "
                                                       "flashdisk atau folder lain."))
        job = self.job = Job(create_office_store, folder, office, signer, ui.paperCombo.currentData(), self.card,
                             self.hq_key(), self.passphrase(), sheet, name="buat")
        self.sheet_path = sheet
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        run_with_progress(self, self.tr("Menyiapkan"), self.tr("Membuat data kantor…"), job,
                          on_finished=self._created, on_failed=self._create_failed)
        return False

    def _created(self, result: tuple[Path, str]) -> None:
        from netralitas_desktop.gui.messages import show_error_text, show_info

        folder, self.sheet_problem = result
        self.job = None
        self.data_dir = folder
        self.created = True
        if self.sheet_problem:
            self.sheet_path = None
            show_error_text(self, self.tr("Lembar pemulihan tidak ditulis"), self.tr(
                "Data sudah dibuat dan dilindungi, tetapi lembar pemulihan tidak dapat ditulis: {problem}\n\nCetak "
                "nanti lewat Berkas → Cetak lembar pemulihan.").format(problem=self.sheet_problem))
        elif self.sheet_path is not None:
            show_info(self, self.tr("Lembar pemulihan"), self.tr(
                "Lembar pemulihan ditulis ke {path}. Cetak, simpan di tempat terkunci terpisah dari laptop, lalu "
                "hapus berkas PDF-nya.").format(path=self.sheet_path))
        # QDialog's done(): QWizard's would validate the last page again, and so make the store a second time.
        QDialog.done(self, QWizard.DialogCode.Accepted)

    def _create_failed(self, message: str) -> None:
        self.job = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self._refuse(self.ui.err_create, message)

    def reject(self) -> None:
        if self.job is None:  # the store is being made: it either exists in a moment or not at all
            super().reject()
