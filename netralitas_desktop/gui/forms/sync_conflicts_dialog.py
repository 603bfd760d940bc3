# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1180, 680)
        self.conflictsLayout = QVBoxLayout(ConflictsDialog)
        self.conflictsLayout.setSpacing(8)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLayout.setContentsMargins(16, 14, 16, 14)
        self.headingLabel = QLabel(ConflictsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.conflictsLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.conflictsLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
        self.conflictsTable = QTableWidget(self.listPane)
        if (self.conflictsTable.columnCount() < 3):
            self.conflictsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setShowGrid(False)
        self.conflictsTable.setWordWrap(False)
        self.conflictsTable.horizontalHeader().setStretchLastSection(True)
        self.conflictsTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.conflictsTable)

        self.showResolvedCheck = QCheckBox(self.listPane)
        self.showResolvedCheck.setObjectName(u"showResolvedCheck")

        self.listLayout.addWidget(self.showResolvedCheck)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.detailHeading = QLabel(self.detailPane)
        self.detailHeading.setObjectName(u"detailHeading")
        self.detailHeading.setWordWrap(True)
        self.detailHeading.setProperty(u"role", u"subheading")

        self.detailLayout.addWidget(self.detailHeading)

        self.detailMeta = QLabel(self.detailPane)
        self.detailMeta.setObjectName(u"detailMeta")
        self.detailMeta.setWordWrap(True)
        self.detailMeta.setProperty(u"role", u"muted")

        self.detailLayout.addWidget(self.detailMeta)

        self.onlyDifferencesCheck = QCheckBox(self.detailPane)
        self.onlyDifferencesCheck.setObjectName(u"onlyDifferencesCheck")

        self.detailLayout.addWidget(self.onlyDifferencesCheck)

        self.compareTable = QTableWidget(self.detailPane)
        if (self.compareTable.columnCount() < 3):
            self.compareTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compareTable.setShowGrid(False)
        self.compareTable.setWordWrap(True)
        self.compareTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.compareTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.compareTable)

        self.choiceHint = QLabel(self.detailPane)
        self.choiceHint.setObjectName(u"choiceHint")
        self.choiceHint.setWordWrap(True)
        self.choiceHint.setProperty(u"role", u"muted")

        self.detailLayout.addWidget(self.choiceHint)

        self.resolvedLabel = QLabel(self.detailPane)
        self.resolvedLabel.setObjectName(u"resolvedLabel")
        self.resolvedLabel.setWordWrap(True)
        self.resolvedLabel.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.resolvedLabel.setProperty(u"role", u"chip")
        self.resolvedLabel.setProperty(u"chip", u"ok")
        self.resolvedLabel.setVisible(False)

        self.detailLayout.addWidget(self.resolvedLabel)

        self.choiceButtons = QHBoxLayout()
        self.choiceButtons.setSpacing(8)
        self.choiceButtons.setObjectName(u"choiceButtons")
        self.keepCurrentButton = QPushButton(self.detailPane)
        self.keepCurrentButton.setObjectName(u"keepCurrentButton")
        self.keepCurrentButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.keepCurrentButton)

        self.keepIncomingButton = QPushButton(self.detailPane)
        self.keepIncomingButton.setObjectName(u"keepIncomingButton")
        self.keepIncomingButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.keepIncomingButton)

        self.keepBothButton = QPushButton(self.detailPane)
        self.keepBothButton.setObjectName(u"keepBothButton")
        self.keepBothButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.keepBothButton)

        self.choiceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceButtons.addItem(self.choiceSpacer)


        self.detailLayout.addLayout(self.choiceButtons)

        self.detailLayout.setStretch(3, 1)
        self.splitter.addWidget(self.detailPane)

        self.conflictsLayout.addWidget(self.splitter)

        self.bottomButtons = QHBoxLayout()
        self.bottomButtons.setObjectName(u"bottomButtons")
        self.countLabel = QLabel(ConflictsDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"muted")

        self.bottomButtons.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomButtons.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ConflictsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomButtons.addWidget(self.closeButton)


        self.conflictsLayout.addLayout(self.bottomButtons)

        self.conflictsLayout.setStretch(2, 1)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Konflik sinkronisasi", None))
        self.headingLabel.setText(QCoreApplication.translate("ConflictsDialog", u"Konflik dari impor bundel", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"Dua versi dari data yang sama \u2014 nomor versinya sama, isinya berbeda. Keduanya disimpan; tidak ada yang ditimpa diam-diam. Bandingkan isian yang ditandai, lalu pilih versi yang dipakai.", None))
        ___qtablewidgetitem = self.conflictsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsDialog", u"Jenis", None))
        ___qtablewidgetitem1 = self.conflictsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsDialog", u"Data", None))
        ___qtablewidgetitem2 = self.conflictsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictsDialog", u"Status", None))
        self.showResolvedCheck.setText(QCoreApplication.translate("ConflictsDialog", u"Tampilkan juga yang sudah diselesaikan", None))
        self.onlyDifferencesCheck.setText(QCoreApplication.translate("ConflictsDialog", u"Hanya isian yang berbeda", None))
        ___qtablewidgetitem3 = self.compareTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictsDialog", u"Isian", None))
        ___qtablewidgetitem4 = self.compareTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConflictsDialog", u"Versi yang tampil sekarang", None))
        ___qtablewidgetitem5 = self.compareTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ConflictsDialog", u"Versi yang masuk", None))
        self.keepCurrentButton.setText(QCoreApplication.translate("ConflictsDialog", u"Pakai versi yang tampil", None))
        self.keepIncomingButton.setText(QCoreApplication.translate("ConflictsDialog", u"Pakai versi yang masuk", None))
        self.keepBothButton.setText(QCoreApplication.translate("ConflictsDialog", u"Simpan keduanya", None))
        self.closeButton.setText(QCoreApplication.translate("ConflictsDialog", u"Tutup", None))
    # retranslateUi

