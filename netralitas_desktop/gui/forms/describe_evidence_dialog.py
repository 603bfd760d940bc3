# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'describe_evidence_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DescribeEvidenceDialog(object):
    def setupUi(self, DescribeEvidenceDialog):
        if not DescribeEvidenceDialog.objectName():
            DescribeEvidenceDialog.setObjectName(u"DescribeEvidenceDialog")
        DescribeEvidenceDialog.resize(460, 260)
        self.describeLayout = QVBoxLayout(DescribeEvidenceDialog)
        self.describeLayout.setSpacing(6)
        self.describeLayout.setObjectName(u"describeLayout")
        self.describeLayout.setContentsMargins(16, 14, 16, 14)
        self.messageLabel = QLabel(DescribeEvidenceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.describeLayout.addWidget(self.messageLabel)

        self.noteLabel = QLabel(DescribeEvidenceDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setProperty(u"role", u"muted")

        self.describeLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(DescribeEvidenceDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(1000)

        self.describeLayout.addWidget(self.noteEdit)

        self.hintLabel = QLabel(DescribeEvidenceDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.describeLayout.addWidget(self.hintLabel)

        self.err_note = QLabel(DescribeEvidenceDialog)
        self.err_note.setObjectName(u"err_note")
        self.err_note.setWordWrap(True)
        self.err_note.setProperty(u"role", u"error")
        self.err_note.setVisible(False)

        self.describeLayout.addWidget(self.err_note)

        self.describeButtons = QHBoxLayout()
        self.describeButtons.setSpacing(8)
        self.describeButtons.setObjectName(u"describeButtons")
        self.describeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.describeButtons.addItem(self.describeSpacer)

        self.cancelButton = QPushButton(DescribeEvidenceDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.describeButtons.addWidget(self.cancelButton)

        self.okButton = QPushButton(DescribeEvidenceDialog)
        self.okButton.setObjectName(u"okButton")

        self.describeButtons.addWidget(self.okButton)


        self.describeLayout.addLayout(self.describeButtons)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DescribeEvidenceDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(DescribeEvidenceDialog)
    # setupUi

    def retranslateUi(self, DescribeEvidenceDialog):
        DescribeEvidenceDialog.setWindowTitle(QCoreApplication.translate("DescribeEvidenceDialog", u"Uraikan bukti", None))
        self.messageLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("DescribeEvidenceDialog", u"Uraian barang bukti", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DescribeEvidenceDialog", u"mis. Tangkapan layar unggahan Facebook akun @hendra.saputra, 3 Desember 2023", None))
        self.hintLabel.setText(QCoreApplication.translate("DescribeEvidenceDialog", u"Satu baris, dengan kata-kata: apa yang tampak dan dari mana asalnya. Dicetak sebagai barang bukti di Formulir Model A dan bukti di Formulir Model B.1, menggantikan keterangan otomatis.", None))
        self.cancelButton.setText(QCoreApplication.translate("DescribeEvidenceDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("DescribeEvidenceDialog", u"Simpan uraian", None))
    # retranslateUi

