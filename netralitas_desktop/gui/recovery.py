"""A forgotten store passphrase, from the app: "Lupa kata sandi?" in the unlock dialog opens this dialog, which
recovers the store key with the recovery sheet's code or headquarters' age identity file and sets a new passphrase
(services/store_recovery.py, the path `netralitas passphrase recover` takes). Also the menu entry that prints a new
recovery sheet (`netralitas passphrase sheet`). Both run Argon2id, so both work off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from netralitas_desktop.data import store_key
from netralitas_desktop.gui.forms.recovery_dialog import Ui_RecoveryDialog
from netralitas_desktop.gui.worker import Job, default_runner


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def recover_in_worker(job: Job, data_dir: Path, new_passphrase: str, code: str, identity_file: str) -> None:
    from netralitas_desktop.services.store_recovery import identities_in_file, recover_store

    identities = identities_in_file(identity_file) if identity_file else []
    recover_store(data_dir, new_passphrase, code=code, identities=identities)


class RecoveryDialog(QDialog):
    """Recover with the code or headquarters' key file, then a new passphrase typed twice. Accepted once the new
    passphrase is stored — the store is then unlocked with it; a refusal stays on the dialog in one line."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.job: Job | None = None
        self.ui = ui = Ui_RecoveryDialog()
        ui.setupUi(self)
        self.setObjectName("recoveryDialog")
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Pulihkan"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        ui.buttons.accepted.connect(self.recover)
        ui.buttons.rejected.connect(self.reject)
        ui.identityBrowse.clicked.connect(self.choose_identity_file)
        ui.codeRadio.toggled.connect(self._way_changed)
        self._way_changed()

    def _way_changed(self, *_args) -> None:
        by_code = self.ui.codeRadio.isChecked()
        self.ui.codeEdit.setEnabled(by_code)
        self.ui.identityEdit.setEnabled(not by_code)
        self.ui.identityBrowse.setEnabled(not by_code)

    def choose_identity_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Berkas kunci age kantor atasan"), "",
                                                    tr("Kunci age (*.txt *.key);;Semua berkas (*)"))
        if path:
            self.ui.identityEdit.setText(path)
            self.ui.identityRadio.setChecked(True)

    def _refuse(self, message: str) -> bool:
        self.ui.err_recovery.setText(message)
        self.ui.err_recovery.setVisible(True)
        return False

    def recover(self) -> bool:
        """Check what was typed, then recover in a worker (the dialog closes when it is done)."""
        ui = self.ui
        if self.job is not None:
            return False
        code = ui.codeEdit.text().strip() if ui.codeRadio.isChecked() else ""
        identity_file = "" if ui.codeRadio.isChecked() else ui.identityEdit.text().strip()
        if not code and not identity_file:
            return self._refuse(tr("Ketik kode pemulihan, atau pilih berkas kunci age kantor atasan."))
        if len(ui.newEdit.text()) < store_key.MIN_PASSPHRASE:
            return self._refuse(tr("Kata sandi baru minimal {n} karakter.").format(n=store_key.MIN_PASSPHRASE))
        if ui.newEdit.text() != ui.repeatEdit.text():
            return self._refuse(tr("Kedua kata sandi baru tidak sama."))
        ui.err_recovery.setText(tr("Memulihkan…"))
        ui.err_recovery.setProperty("role", "muted")
        ui.err_recovery.setVisible(True)
        ui.buttons.setEnabled(False)
        self.job = job = Job(recover_in_worker, self.data_dir, ui.newEdit.text(), code, identity_file,
                             name="pulihkan")
        job.signals.finished.connect(self._recovered)
        job.signals.failed.connect(self._failed)
        default_runner().start(job)
        return True

    def _recovered(self, _result) -> None:
        self.job = None
        self.ui.buttons.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self.ui.buttons.setEnabled(True)
        self.ui.err_recovery.setProperty("role", "error")
        self._refuse(message)

    def reject(self) -> None:
        if self.job is None:  # the new passphrase is being stored: it either is in a moment or not at all
            super().reject()


def save_recovery_sheet(window: QWidget, data_dir: Path):
    """Menu entry of a protected store: a new one-time code as a PDF to print (the previous code stops working).
    Returns the progress dialog (tests), or None when cancelled."""
    from netralitas_desktop.gui.messages import show_info
    from netralitas_desktop.gui.worker import run_with_progress

    path, _filter = QFileDialog.getSaveFileName(window, tr("Simpan lembar pemulihan"),
                                                str(Path.home() / "lembar-pemulihan.pdf"), tr("PDF (*.pdf)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

    def work(_job: Job, folder: Path, output: Path) -> Path:
        from netralitas_desktop.reports.recovery_sheet import write_new_recovery_sheet

        return write_new_recovery_sheet(folder, output)

    def finished(written: Path) -> None:
        show_info(window, tr("Lembar pemulihan"), tr(
            "Lembar pemulihan ditulis ke {path}. Cetak, simpan di tempat terkunci terpisah dari laptop, lalu hapus "
            "berkas PDF-nya. Kode pada lembar sebelumnya tidak berlaku lagi.").format(path=written))

    return run_with_progress(window, tr("Lembar pemulihan"), tr("Membuat kode pemulihan…"),
                             Job(work, data_dir, target, name="lembar"), on_finished=finished, delay_ms=0)
