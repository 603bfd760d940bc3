"""Small dialogs shared by the windows: asking for a reason, describing an evidence item."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from netralitas_desktop.domain.validation import evidence_description_problems
from netralitas_desktop.gui.forms.describe_evidence_dialog import Ui_DescribeEvidenceDialog
from netralitas_desktop.gui.forms.reason_dialog import Ui_ReasonDialog
from netralitas_desktop.gui.screen_fit import fit_window


class ReasonDialog(QDialog):
    """Ask why (removing evidence, …): the OK button stays refused until a reason is written."""

    def __init__(self, parent: QWidget | None, title: str, message: str, ok_text: str,
                 placeholder: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.messageLabel.setText(message)
        self.ui.okButton.setText(ok_text)
        if placeholder:
            self.ui.reasonEdit.setPlaceholderText(placeholder)
        self.ui.okButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.cancelButton.setAutoDefault(False)
        fit_window(self)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.ui.err_reason.setText(self.tr("Alasan wajib diisi: tulis mengapa, karena tercatat di log audit."))
            self.ui.err_reason.setVisible(True)
            self.ui.reasonEdit.setFocus()
            return
        super().accept()


class DescribeEvidenceDialog(QDialog):
    """Describe an evidence item in words (printed as barang bukti): one line, checked by the gate's rule."""

    def __init__(self, parent: QWidget | None, name: str, current: str, ok_text: str):
        super().__init__(parent)
        self.ui = Ui_DescribeEvidenceDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(self.tr("Uraian bukti “{name}”.").format(name=name))
        self.ui.noteEdit.setText(current)
        self.ui.okButton.setText(ok_text)
        self.ui.okButton.clicked.connect(self.accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.cancelButton.setAutoDefault(False)
        fit_window(self)

    def note(self) -> str:
        return self.ui.noteEdit.text().strip()

    def accept(self) -> None:
        problems = evidence_description_problems(self.note())
        if problems:
            self.ui.err_note.setText(str(problems[0]))
            self.ui.err_note.setVisible(True)
            self.ui.noteEdit.setFocus()
            return
        super().accept()
