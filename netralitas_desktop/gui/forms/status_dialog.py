# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(900, 640)
        self.statusLayout = QVBoxLayout(StatusDialog)
        self.statusLayout.setSpacing(8)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(16, 14, 16, 14)
        self.findingLabel = QLabel(StatusDialog)
        self.findingLabel.setObjectName(u"findingLabel")
        self.findingLabel.setProperty(u"role", u"heading")
        self.findingLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.findingLabel)

        self.currentRow = QHBoxLayout()
        self.currentRow.setSpacing(8)
        self.currentRow.setObjectName(u"currentRow")
        self.currentLabel = QLabel(StatusDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setProperty(u"role", u"muted")

        self.currentRow.addWidget(self.currentLabel)

        self.currentChip = QLabel(StatusDialog)
        self.currentChip.setObjectName(u"currentChip")
        self.currentChip.setProperty(u"role", u"chip")

        self.currentRow.addWidget(self.currentChip)

        self.numberLabel = QLabel(StatusDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty(u"role", u"muted")

        self.currentRow.addWidget(self.numberLabel)

        self.currentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentRow.addItem(self.currentSpacer)


        self.statusLayout.addLayout(self.currentRow)

        self.changeFrame = QFrame(StatusDialog)
        self.changeFrame.setObjectName(u"changeFrame")
        self.changeFrame.setProperty(u"card", True)
        self.changeGrid = QGridLayout(self.changeFrame)
        self.changeGrid.setObjectName(u"changeGrid")
        self.changeGrid.setHorizontalSpacing(12)
        self.changeGrid.setVerticalSpacing(4)
        self.changeGrid.setContentsMargins(12, 12, 12, 12)
        self.newStatusLabel = QLabel(self.changeFrame)
        self.newStatusLabel.setObjectName(u"newStatusLabel")
        self.newStatusLabel.setProperty(u"role", u"muted")

        self.changeGrid.addWidget(self.newStatusLabel, 0, 0, 1, 1)

        self.newStatusCombo = QComboBox(self.changeFrame)
        self.newStatusCombo.setObjectName(u"newStatusCombo")

        self.changeGrid.addWidget(self.newStatusCombo, 1, 0, 1, 1)

        self.decisionDateLabel = QLabel(self.changeFrame)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")
        self.decisionDateLabel.setProperty(u"role", u"muted")

        self.changeGrid.addWidget(self.decisionDateLabel, 0, 1, 1, 1)

        self.decisionDate = QDateEdit(self.changeFrame)
        self.decisionDate.setObjectName(u"decisionDate")
        self.decisionDate.setCalendarPopup(True)

        self.changeGrid.addWidget(self.decisionDate, 1, 1, 1, 1)

        self.statusHint = QLabel(self.changeFrame)
        self.statusHint.setObjectName(u"statusHint")
        self.statusHint.setProperty(u"role", u"muted")
        self.statusHint.setWordWrap(True)

        self.changeGrid.addWidget(self.statusHint, 2, 0, 1, 2)

        self.bodyLabel = QLabel(self.changeFrame)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setProperty(u"role", u"muted")

        self.changeGrid.addWidget(self.bodyLabel, 3, 0, 1, 1)

        self.bodyCombo = QComboBox(self.changeFrame)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.changeGrid.addWidget(self.bodyCombo, 4, 0, 1, 2)

        self.bodyHint = QLabel(self.changeFrame)
        self.bodyHint.setObjectName(u"bodyHint")
        self.bodyHint.setProperty(u"role", u"muted")
        self.bodyHint.setWordWrap(True)

        self.changeGrid.addWidget(self.bodyHint, 5, 0, 1, 2)

        self.err_forwarding_body = QLabel(self.changeFrame)
        self.err_forwarding_body.setObjectName(u"err_forwarding_body")
        self.err_forwarding_body.setWordWrap(True)
        self.err_forwarding_body.setProperty(u"role", u"error")
        self.err_forwarding_body.setVisible(False)

        self.changeGrid.addWidget(self.err_forwarding_body, 6, 0, 1, 2)

        self.reasonLabel = QLabel(self.changeFrame)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setProperty(u"role", u"muted")

        self.changeGrid.addWidget(self.reasonLabel, 7, 0, 1, 2)

        self.reasonEdit = QPlainTextEdit(self.changeFrame)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))
        self.reasonEdit.setMinimumSize(QSize(0, 60))
        self.reasonEdit.setTabChangesFocus(True)

        self.changeGrid.addWidget(self.reasonEdit, 8, 0, 1, 2)

        self.err_reason = QLabel(self.changeFrame)
        self.err_reason.setObjectName(u"err_reason")
        self.err_reason.setWordWrap(True)
        self.err_reason.setProperty(u"role", u"error")
        self.err_reason.setVisible(False)

        self.changeGrid.addWidget(self.err_reason, 9, 0, 1, 2)

        self.changeGrid.setColumnStretch(0, 1)
        self.changeGrid.setColumnStretch(1, 1)

        self.statusLayout.addWidget(self.changeFrame)

        self.historyTabs = QTabWidget(StatusDialog)
        self.historyTabs.setObjectName(u"historyTabs")
        self.historyTabs.setDocumentMode(True)
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 6, 0, 0)
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setMinimumSize(QSize(0, 120))
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyTabs.addTab(self.historyTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditLayout.setContentsMargins(0, 6, 0, 0)
        self.auditTable = QTableWidget(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setShowGrid(False)
        self.auditTable.setWordWrap(True)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setMinimumSize(QSize(0, 120))
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)

        self.auditLayout.addWidget(self.auditTable)

        self.historyTabs.addTab(self.auditTab, "")

        self.statusLayout.addWidget(self.historyTabs)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setSpacing(8)
        self.statusButtons.setObjectName(u"statusButtons")
        self.problemsLabel = QLabel(StatusDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"role", u"error")
        self.problemsLabel.setWordWrap(True)

        self.statusButtons.addWidget(self.problemsLabel)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(StatusDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.statusButtons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(StatusDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.statusButtons.addWidget(self.saveButton)


        self.statusLayout.addLayout(self.statusButtons)

#if QT_CONFIG(shortcut)
        self.newStatusLabel.setBuddy(self.newStatusCombo)
        self.decisionDateLabel.setBuddy(self.decisionDate)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Ubah status temuan", None))
        self.findingLabel.setText("")
        self.currentLabel.setText(QCoreApplication.translate("StatusDialog", u"Status sekarang:", None))
        self.currentChip.setText("")
        self.numberLabel.setText("")
        self.newStatusLabel.setText(QCoreApplication.translate("StatusDialog", u"Status baru", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("StatusDialog", u"Tanggal keputusan", None))
        self.decisionDate.setDisplayFormat(QCoreApplication.translate("StatusDialog", u"dddd, d MMMM yyyy", None))
        self.statusHint.setText("")
        self.bodyLabel.setText(QCoreApplication.translate("StatusDialog", u"Instansi tujuan", None))
        self.bodyHint.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"Alasan perubahan (wajib)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"mis. Ditetapkan dalam rapat pleno tanggal \u2026", None))
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.historyTab), QCoreApplication.translate("StatusDialog", u"Riwayat status", None))
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.auditTab), QCoreApplication.translate("StatusDialog", u"Jejak audit", None))
        self.cancelButton.setText(QCoreApplication.translate("StatusDialog", u"Batal", None))
        self.saveButton.setText(QCoreApplication.translate("StatusDialog", u"Simpan status", None))
    # retranslateUi

