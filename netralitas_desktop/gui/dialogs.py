"""Small dialogs shared by the windows: asking for a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

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
