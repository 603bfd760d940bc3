# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_DashboardWidget(object):
    def setupUi(self, DashboardWidget):
        if not DashboardWidget.objectName():
            DashboardWidget.setObjectName(u"DashboardWidget")
        DashboardWidget.resize(1366, 680)
        self.dashboardLayout = QVBoxLayout(DashboardWidget)
        self.dashboardLayout.setSpacing(10)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(12, 10, 12, 8)
        self.dashboardHeader = QHBoxLayout()
        self.dashboardHeader.setSpacing(10)
        self.dashboardHeader.setObjectName(u"dashboardHeader")
        self.dashboardTitle = QLabel(DashboardWidget)
        self.dashboardTitle.setObjectName(u"dashboardTitle")
        self.dashboardTitle.setProperty(u"role", u"heading")

        self.dashboardHeader.addWidget(self.dashboardTitle)

        self.scopeLabel = QLabel(DashboardWidget)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setProperty(u"role", u"muted")

        self.dashboardHeader.addWidget(self.scopeLabel)

        self.dashboardHeaderSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dashboardHeader.addItem(self.dashboardHeaderSpacer)

        self.updatedLabel = QLabel(DashboardWidget)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setProperty(u"role", u"muted")

        self.dashboardHeader.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(DashboardWidget)
        self.refreshButton.setObjectName(u"refreshButton")

        self.dashboardHeader.addWidget(self.refreshButton)


        self.dashboardLayout.addLayout(self.dashboardHeader)

        self.numberRow = QHBoxLayout()
        self.numberRow.setSpacing(10)
        self.numberRow.setObjectName(u"numberRow")
        self.totalCard = QFrame(DashboardWidget)
        self.totalCard.setObjectName(u"totalCard")
        self.totalCard.setProperty(u"card", True)
        self.totalCardLayout = QVBoxLayout(self.totalCard)
        self.totalCardLayout.setSpacing(2)
        self.totalCardLayout.setObjectName(u"totalCardLayout")
        self.totalCardLayout.setContentsMargins(14, 10, 14, 10)
        self.totalCardCaption = QLabel(self.totalCard)
        self.totalCardCaption.setObjectName(u"totalCardCaption")
        self.totalCardCaption.setProperty(u"role", u"muted")

        self.totalCardLayout.addWidget(self.totalCardCaption)

        self.totalCardValue = QLabel(self.totalCard)
        self.totalCardValue.setObjectName(u"totalCardValue")
        self.totalCardValue.setProperty(u"role", u"bigNumber")

        self.totalCardLayout.addWidget(self.totalCardValue)

        self.totalCardHint = QLabel(self.totalCard)
        self.totalCardHint.setObjectName(u"totalCardHint")
        self.totalCardHint.setProperty(u"role", u"muted")
        self.totalCardHint.setWordWrap(True)

        self.totalCardLayout.addWidget(self.totalCardHint)


        self.numberRow.addWidget(self.totalCard)

        self.openCard = QFrame(DashboardWidget)
        self.openCard.setObjectName(u"openCard")
        self.openCard.setProperty(u"card", True)
        self.openCardLayout = QVBoxLayout(self.openCard)
        self.openCardLayout.setSpacing(2)
        self.openCardLayout.setObjectName(u"openCardLayout")
        self.openCardLayout.setContentsMargins(14, 10, 14, 10)
        self.openCardCaption = QLabel(self.openCard)
        self.openCardCaption.setObjectName(u"openCardCaption")
        self.openCardCaption.setProperty(u"role", u"muted")

        self.openCardLayout.addWidget(self.openCardCaption)

        self.openCardValue = QLabel(self.openCard)
        self.openCardValue.setObjectName(u"openCardValue")
        self.openCardValue.setProperty(u"role", u"bigNumber")

        self.openCardLayout.addWidget(self.openCardValue)

        self.openCardHint = QLabel(self.openCard)
        self.openCardHint.setObjectName(u"openCardHint")
        self.openCardHint.setProperty(u"role", u"muted")
        self.openCardHint.setWordWrap(True)

        self.openCardLayout.addWidget(self.openCardHint)


        self.numberRow.addWidget(self.openCard)

        self.overdueCard = QFrame(DashboardWidget)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setProperty(u"card", True)
        self.overdueCardLayout = QVBoxLayout(self.overdueCard)
        self.overdueCardLayout.setSpacing(2)
        self.overdueCardLayout.setObjectName(u"overdueCardLayout")
        self.overdueCardLayout.setContentsMargins(14, 10, 14, 10)
        self.overdueCardCaption = QLabel(self.overdueCard)
        self.overdueCardCaption.setObjectName(u"overdueCardCaption")
        self.overdueCardCaption.setProperty(u"role", u"muted")

        self.overdueCardLayout.addWidget(self.overdueCardCaption)

        self.overdueCardValue = QLabel(self.overdueCard)
        self.overdueCardValue.setObjectName(u"overdueCardValue")
        self.overdueCardValue.setProperty(u"role", u"bigNumber")

        self.overdueCardLayout.addWidget(self.overdueCardValue)

        self.overdueCardHint = QLabel(self.overdueCard)
        self.overdueCardHint.setObjectName(u"overdueCardHint")
        self.overdueCardHint.setProperty(u"role", u"muted")
        self.overdueCardHint.setWordWrap(True)

        self.overdueCardLayout.addWidget(self.overdueCardHint)


        self.numberRow.addWidget(self.overdueCard)

        self.soonCard = QFrame(DashboardWidget)
        self.soonCard.setObjectName(u"soonCard")
        self.soonCard.setProperty(u"card", True)
        self.soonCardLayout = QVBoxLayout(self.soonCard)
        self.soonCardLayout.setSpacing(2)
        self.soonCardLayout.setObjectName(u"soonCardLayout")
        self.soonCardLayout.setContentsMargins(14, 10, 14, 10)
        self.soonCardCaption = QLabel(self.soonCard)
        self.soonCardCaption.setObjectName(u"soonCardCaption")
        self.soonCardCaption.setProperty(u"role", u"muted")

        self.soonCardLayout.addWidget(self.soonCardCaption)

        self.soonCardValue = QLabel(self.soonCard)
        self.soonCardValue.setObjectName(u"soonCardValue")
        self.soonCardValue.setProperty(u"role", u"bigNumber")

        self.soonCardLayout.addWidget(self.soonCardValue)

        self.soonCardHint = QLabel(self.soonCard)
        self.soonCardHint.setObjectName(u"soonCardHint")
        self.soonCardHint.setProperty(u"role", u"muted")
        self.soonCardHint.setWordWrap(True)

        self.soonCardLayout.addWidget(self.soonCardHint)


        self.numberRow.addWidget(self.soonCard)

        self.forwardedCard = QFrame(DashboardWidget)
        self.forwardedCard.setObjectName(u"forwardedCard")
        self.forwardedCard.setProperty(u"card", True)
        self.forwardedCardLayout = QVBoxLayout(self.forwardedCard)
        self.forwardedCardLayout.setSpacing(2)
        self.forwardedCardLayout.setObjectName(u"forwardedCardLayout")
        self.forwardedCardLayout.setContentsMargins(14, 10, 14, 10)
        self.forwardedCardCaption = QLabel(self.forwardedCard)
        self.forwardedCardCaption.setObjectName(u"forwardedCardCaption")
        self.forwardedCardCaption.setProperty(u"role", u"muted")

        self.forwardedCardLayout.addWidget(self.forwardedCardCaption)

        self.forwardedCardValue = QLabel(self.forwardedCard)
        self.forwardedCardValue.setObjectName(u"forwardedCardValue")
        self.forwardedCardValue.setProperty(u"role", u"bigNumber")

        self.forwardedCardLayout.addWidget(self.forwardedCardValue)

        self.forwardedCardHint = QLabel(self.forwardedCard)
        self.forwardedCardHint.setObjectName(u"forwardedCardHint")
        self.forwardedCardHint.setProperty(u"role", u"muted")
        self.forwardedCardHint.setWordWrap(True)

        self.forwardedCardLayout.addWidget(self.forwardedCardHint)


        self.numberRow.addWidget(self.forwardedCard)


        self.dashboardLayout.addLayout(self.numberRow)

        self.dashboardBody = QHBoxLayout()
        self.dashboardBody.setSpacing(10)
        self.dashboardBody.setObjectName(u"dashboardBody")
        self.breakdownGrid = QGridLayout()
        self.breakdownGrid.setObjectName(u"breakdownGrid")
        self.breakdownGrid.setHorizontalSpacing(10)
        self.breakdownGrid.setVerticalSpacing(10)
        self.statusCard = QFrame(DashboardWidget)
        self.statusCard.setObjectName(u"statusCard")
        self.statusCard.setProperty(u"card", True)
        self.statusCardLayout = QVBoxLayout(self.statusCard)
        self.statusCardLayout.setSpacing(6)
        self.statusCardLayout.setObjectName(u"statusCardLayout")
        self.statusCardLayout.setContentsMargins(12, 12, 12, 12)
        self.statusCardTitle = QLabel(self.statusCard)
        self.statusCardTitle.setObjectName(u"statusCardTitle")
        self.statusCardTitle.setProperty(u"role", u"subheading")

        self.statusCardLayout.addWidget(self.statusCardTitle)

        self.statusView = QTableView(self.statusCard)
        self.statusView.setObjectName(u"statusView")
        self.statusView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statusView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statusView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statusView.setShowGrid(False)
        self.statusView.setWordWrap(False)
        self.statusView.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.statusView.horizontalHeader().setVisible(False)
        self.statusView.verticalHeader().setVisible(False)

        self.statusCardLayout.addWidget(self.statusView)


        self.breakdownGrid.addWidget(self.statusCard, 0, 0, 1, 1)

        self.categoryCard = QFrame(DashboardWidget)
        self.categoryCard.setObjectName(u"categoryCard")
        self.categoryCard.setProperty(u"card", True)
        self.categoryCardLayout = QVBoxLayout(self.categoryCard)
        self.categoryCardLayout.setSpacing(6)
        self.categoryCardLayout.setObjectName(u"categoryCardLayout")
        self.categoryCardLayout.setContentsMargins(12, 12, 12, 12)
        self.categoryCardTitle = QLabel(self.categoryCard)
        self.categoryCardTitle.setObjectName(u"categoryCardTitle")
        self.categoryCardTitle.setProperty(u"role", u"subheading")

        self.categoryCardLayout.addWidget(self.categoryCardTitle)

        self.categoryView = QTableView(self.categoryCard)
        self.categoryView.setObjectName(u"categoryView")
        self.categoryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoryView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoryView.setShowGrid(False)
        self.categoryView.setWordWrap(False)
        self.categoryView.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.categoryView.horizontalHeader().setVisible(False)
        self.categoryView.verticalHeader().setVisible(False)

        self.categoryCardLayout.addWidget(self.categoryView)


        self.breakdownGrid.addWidget(self.categoryCard, 0, 1, 1, 1)

        self.subjectTypeCard = QFrame(DashboardWidget)
        self.subjectTypeCard.setObjectName(u"subjectTypeCard")
        self.subjectTypeCard.setProperty(u"card", True)
        self.subjectTypeCardLayout = QVBoxLayout(self.subjectTypeCard)
        self.subjectTypeCardLayout.setSpacing(6)
        self.subjectTypeCardLayout.setObjectName(u"subjectTypeCardLayout")
        self.subjectTypeCardLayout.setContentsMargins(12, 12, 12, 12)
        self.subjectTypeCardTitle = QLabel(self.subjectTypeCard)
        self.subjectTypeCardTitle.setObjectName(u"subjectTypeCardTitle")
        self.subjectTypeCardTitle.setProperty(u"role", u"subheading")

        self.subjectTypeCardLayout.addWidget(self.subjectTypeCardTitle)

        self.subjectTypeView = QTableView(self.subjectTypeCard)
        self.subjectTypeView.setObjectName(u"subjectTypeView")
        self.subjectTypeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjectTypeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectTypeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectTypeView.setShowGrid(False)
        self.subjectTypeView.setWordWrap(False)
        self.subjectTypeView.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.subjectTypeView.horizontalHeader().setVisible(False)
        self.subjectTypeView.verticalHeader().setVisible(False)

        self.subjectTypeCardLayout.addWidget(self.subjectTypeView)


        self.breakdownGrid.addWidget(self.subjectTypeCard, 1, 0, 1, 1)

        self.districtCard = QFrame(DashboardWidget)
        self.districtCard.setObjectName(u"districtCard")
        self.districtCard.setProperty(u"card", True)
        self.districtCardLayout = QVBoxLayout(self.districtCard)
        self.districtCardLayout.setSpacing(6)
        self.districtCardLayout.setObjectName(u"districtCardLayout")
        self.districtCardLayout.setContentsMargins(12, 12, 12, 12)
        self.districtCardTitle = QLabel(self.districtCard)
        self.districtCardTitle.setObjectName(u"districtCardTitle")
        self.districtCardTitle.setProperty(u"role", u"subheading")

        self.districtCardLayout.addWidget(self.districtCardTitle)

        self.districtView = QTableView(self.districtCard)
        self.districtView.setObjectName(u"districtView")
        self.districtView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.districtView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.districtView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.districtView.setShowGrid(False)
        self.districtView.setWordWrap(False)
        self.districtView.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.districtView.horizontalHeader().setVisible(False)
        self.districtView.verticalHeader().setVisible(False)

        self.districtCardLayout.addWidget(self.districtView)


        self.breakdownGrid.addWidget(self.districtCard, 1, 1, 1, 1)


        self.dashboardBody.addLayout(self.breakdownGrid)

        self.deadlineCard = QFrame(DashboardWidget)
        self.deadlineCard.setObjectName(u"deadlineCard")
        self.deadlineCard.setProperty(u"card", True)
        self.deadlineCardLayout = QVBoxLayout(self.deadlineCard)
        self.deadlineCardLayout.setSpacing(6)
        self.deadlineCardLayout.setObjectName(u"deadlineCardLayout")
        self.deadlineCardLayout.setContentsMargins(12, 12, 12, 12)
        self.deadlineCardTitle = QLabel(self.deadlineCard)
        self.deadlineCardTitle.setObjectName(u"deadlineCardTitle")
        self.deadlineCardTitle.setProperty(u"role", u"subheading")

        self.deadlineCardLayout.addWidget(self.deadlineCardTitle)

        self.deadlineHint = QLabel(self.deadlineCard)
        self.deadlineHint.setObjectName(u"deadlineHint")
        self.deadlineHint.setProperty(u"role", u"muted")
        self.deadlineHint.setWordWrap(True)

        self.deadlineCardLayout.addWidget(self.deadlineHint)

        self.deadlineView = QTableView(self.deadlineCard)
        self.deadlineView.setObjectName(u"deadlineView")
        self.deadlineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadlineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deadlineView.setShowGrid(False)
        self.deadlineView.setAlternatingRowColors(True)
        self.deadlineView.setWordWrap(False)
        self.deadlineView.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.deadlineView.verticalHeader().setVisible(False)

        self.deadlineCardLayout.addWidget(self.deadlineView)

        self.showOverdueButton = QPushButton(self.deadlineCard)
        self.showOverdueButton.setObjectName(u"showOverdueButton")

        self.deadlineCardLayout.addWidget(self.showOverdueButton)


        self.dashboardBody.addWidget(self.deadlineCard)


        self.dashboardLayout.addLayout(self.dashboardBody)


        self.retranslateUi(DashboardWidget)

        QMetaObject.connectSlotsByName(DashboardWidget)
    # setupUi

    def retranslateUi(self, DashboardWidget):
        self.dashboardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Dasbor", None))
        self.scopeLabel.setText("")
        self.updatedLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("DashboardWidget", u"Perbarui", None))
        self.totalCardCaption.setText(QCoreApplication.translate("DashboardWidget", u"Jumlah temuan", None))
        self.totalCardValue.setText(QCoreApplication.translate("DashboardWidget", u"\u2014", None))
        self.totalCardHint.setText("")
        self.openCardCaption.setText(QCoreApplication.translate("DashboardWidget", u"Masih ditangani", None))
        self.openCardValue.setText(QCoreApplication.translate("DashboardWidget", u"\u2014", None))
        self.openCardHint.setText("")
        self.overdueCardCaption.setText(QCoreApplication.translate("DashboardWidget", u"Lewat batas waktu", None))
        self.overdueCardValue.setText(QCoreApplication.translate("DashboardWidget", u"\u2014", None))
        self.overdueCardHint.setText("")
        self.soonCardCaption.setText(QCoreApplication.translate("DashboardWidget", u"Batas waktu \u2264 3 hari", None))
        self.soonCardValue.setText(QCoreApplication.translate("DashboardWidget", u"\u2014", None))
        self.soonCardHint.setText("")
        self.forwardedCardCaption.setText(QCoreApplication.translate("DashboardWidget", u"Diteruskan / diputus", None))
        self.forwardedCardValue.setText(QCoreApplication.translate("DashboardWidget", u"\u2014", None))
        self.forwardedCardHint.setText("")
        self.statusCardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Menurut status", None))
        self.categoryCardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Menurut kategori", None))
        self.subjectTypeCardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Menurut jenis terlapor", None))
        self.districtCardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Menurut kecamatan", None))
        self.deadlineCardTitle.setText(QCoreApplication.translate("DashboardWidget", u"Batas waktu terdekat dan terlewat", None))
        self.deadlineHint.setText(QCoreApplication.translate("DashboardWidget", u"Klik untuk membuka temuan di daftar.", None))
        self.showOverdueButton.setText(QCoreApplication.translate("DashboardWidget", u"Tampilkan semua yang masih ditangani", None))
        pass
    # retranslateUi

