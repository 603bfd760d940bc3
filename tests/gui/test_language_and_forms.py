"""Indonesian everywhere (Qt's own buttons too), and the compiled forms match the Designer files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from netralitas_desktop.gui.forms import build
from netralitas_desktop.paths import ui_dir


def test_qt_standard_buttons_speak_indonesian(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel |
                           QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Batal", "Simpan", "Tutup"}
    message = QMessageBox(QMessageBox.Icon.Question, "t", "m", QMessageBox.StandardButton.Yes |
                          QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Ya", "Tidak"}
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Batal"


def test_dates_and_numbers_follow_the_indonesian_locale():
    locale = QLocale()
    assert locale.language() == QLocale.Language.Indonesian
    assert locale.toString(QDate(2023, 11, 30), "dddd, d MMMM yyyy") == "Kamis, 30 November 2023"
    from netralitas_desktop.domain.dates_id import number_id
    from netralitas_desktop.gui.i18n import short_date_id, size_id

    assert number_id(100000) == "100.000"
    assert short_date_id("2023-08-17") == "17 Agu 2023"
    assert size_id(1_468_006) == "1,4 MB" and size_id(820) == "820 B"


COMPILED = [p for p in sorted(ui_dir().glob("*.ui")) if build.form_path(p).exists()]  # some forms load at run time


@pytest.mark.parametrize("ui_file", COMPILED, ids=lambda p: p.name)
def test_compiled_forms_are_up_to_date(ui_file):
    def code(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("#")]

    committed = build.form_path(ui_file).read_text(encoding="utf-8")
    assert code(committed) == code(build.compiled_form(ui_file)), (
        f"{ui_file.name} changed: run python -m netralitas_desktop.gui.forms.build")


def test_every_visible_string_of_the_app_is_translatable():
    """lupdate finds the app's strings (source language Indonesian) in the template for other languages."""
    from netralitas_desktop.paths import resources_dir

    template = (resources_dir() / "translations" / "netralitas_en.ts").read_text(encoding="utf-8")
    for text in ("Temuan baru", "Lewat batas waktu", "Alasan wajib diisi: tulis mengapa, karena tercatat di log "
                 "audit.", "Tandai dihapus", "Saya sudah mencocokkan sidik jari", "Cadangkan data…",
                 "Buka kartu kunci…", "Sidik jari cocok, pakai kartu ini", "Panel filter", "Kembalikan kolom bawaan",
                 "Bukti yang ditambahkan atau dihapus di sini langsung tersimpan.",
                 "Konflik sinkronisasi diselesaikan"):
        assert text in template


def test_the_app_looks_for_the_same_database_file_the_store_writes():
    from netralitas_desktop.data.database import DB_NAME
    from netralitas_desktop.gui.app import DB_FILE

    assert DB_FILE == DB_NAME
