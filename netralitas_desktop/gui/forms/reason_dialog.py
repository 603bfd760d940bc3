# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(460, 260)
        self.reasonLayout = QVBoxLayout(ReasonDialog)
        self.reasonLayout.setSpacing(6)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setContentsMargins(16, 14, 16, 14)
        self.messageLabel = QLabel(ReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.reasonLayout.addWidget(self.messageLabel)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setProperty(u"role", u"muted")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonLayout.addWidget(self.reasonEdit)

        self.err_reason = QLabel(ReasonDialog)
        self.err_reason.setObjectName(u"err_reason")
        self.err_reason.setWordWrap(True)
        self.err_reason.setProperty(u"role", u"error")
        self.err_reason.setVisible(False)

        self.reasonLayout.addWidget(self.err_reason)

        self.reasonButtons = QHBoxLayout()
        self.reasonButtons.setSpacing(8)
        self.reasonButtons.setObjectName(u"reasonButtons")
        self.reasonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reasonButtons.addItem(self.reasonSpacer)

        self.cancelButton = QPushButton(ReasonDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.reasonButtons.addWidget(self.cancelButton)

        self.okButton = QPushButton(ReasonDialog)
        self.okButton.setObjectName(u"okButton")

        self.reasonButtons.addWidget(self.okButton)


        self.reasonLayout.addLayout(self.reasonButtons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Alasan", None))
        self.messageLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"Alasan", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"Tulis alasannya; tercatat di log audit.", None))
        self.cancelButton.setText(QCoreApplication.translate("ReasonDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("ReasonDialog", u"Lanjutkan", None))
    # retranslateUi

