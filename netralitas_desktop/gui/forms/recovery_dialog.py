# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(520, 360)
        self.recoveryLayout = QVBoxLayout(RecoveryDialog)
        self.recoveryLayout.setSpacing(4)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.introLabel)

        self.codeRadio = QRadioButton(RecoveryDialog)
        self.codeRadio.setObjectName(u"codeRadio")
        self.codeRadio.setChecked(True)

        self.recoveryLayout.addWidget(self.codeRadio)

        self.codeEdit = QLineEdit(RecoveryDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.recoveryLayout.addWidget(self.codeEdit)

        self.identityRadio = QRadioButton(RecoveryDialog)
        self.identityRadio.setObjectName(u"identityRadio")

        self.recoveryLayout.addWidget(self.identityRadio)

        self.identityRow = QHBoxLayout()
        self.identityRow.setObjectName(u"identityRow")
        self.identityEdit = QLineEdit(RecoveryDialog)
        self.identityEdit.setObjectName(u"identityEdit")

        self.identityRow.addWidget(self.identityEdit)

        self.identityBrowse = QPushButton(RecoveryDialog)
        self.identityBrowse.setObjectName(u"identityBrowse")

        self.identityRow.addWidget(self.identityBrowse)


        self.recoveryLayout.addLayout(self.identityRow)

        self.newGrid = QGridLayout()
        self.newGrid.setObjectName(u"newGrid")
        self.newGrid.setHorizontalSpacing(12)
        self.newLabel = QLabel(RecoveryDialog)
        self.newLabel.setObjectName(u"newLabel")
        self.newLabel.setProperty(u"role", u"muted")

        self.newGrid.addWidget(self.newLabel, 0, 0, 1, 1)

        self.newEdit = QLineEdit(RecoveryDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newGrid.addWidget(self.newEdit, 1, 0, 1, 1)

        self.repeatLabel = QLabel(RecoveryDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")
        self.repeatLabel.setProperty(u"role", u"muted")

        self.newGrid.addWidget(self.repeatLabel, 0, 1, 1, 1)

        self.repeatEdit = QLineEdit(RecoveryDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newGrid.addWidget(self.repeatEdit, 1, 1, 1, 1)

        self.newGrid.setColumnStretch(0, 1)
        self.newGrid.setColumnStretch(1, 1)

        self.recoveryLayout.addLayout(self.newGrid)

        self.err_recovery = QLabel(RecoveryDialog)
        self.err_recovery.setObjectName(u"err_recovery")
        self.err_recovery.setWordWrap(True)
        self.err_recovery.setProperty(u"role", u"error")
        self.err_recovery.setVisible(False)

        self.recoveryLayout.addWidget(self.err_recovery)

        self.recoverySpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.recoveryLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Lupa kata sandi data", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Buka data dengan kode pemulihan dari lembar pemulihan, atau dengan berkas kunci age kantor atasan (di kantor atasan), lalu tentukan kata sandi baru.", None))
        self.codeRadio.setText(QCoreApplication.translate("RecoveryDialog", u"Kode pemulihan (dari lembar pemulihan)", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX", None))
        self.identityRadio.setText(QCoreApplication.translate("RecoveryDialog", u"Berkas kunci age kantor atasan", None))
        self.identityBrowse.setText(QCoreApplication.translate("RecoveryDialog", u"Pilih\u2026", None))
        self.newLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Kata sandi baru (minimal 8 karakter)", None))
        self.repeatLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Ketik sekali lagi", None))
    # retranslateUi

