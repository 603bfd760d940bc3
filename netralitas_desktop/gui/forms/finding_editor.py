# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

from netralitas_desktop.gui.evidence import EvidencePanel
from netralitas_desktop.gui.region_picker import RegionPicker

class Ui_FindingEditor(object):
    def setupUi(self, FindingEditor):
        if not FindingEditor.objectName():
            FindingEditor.setObjectName(u"FindingEditor")
        FindingEditor.resize(1060, 700)
        self.editorLayout = QVBoxLayout(FindingEditor)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(16, 14, 16, 14)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.headingLabel = QLabel(FindingEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.headerRow.addWidget(self.headingLabel)

        self.deadlineChip = QLabel(FindingEditor)
        self.deadlineChip.setObjectName(u"deadlineChip")
        self.deadlineChip.setProperty(u"role", u"chip")

        self.headerRow.addWidget(self.deadlineChip)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.draftLabel = QLabel(FindingEditor)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.draftLabel)


        self.editorLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(FindingEditor)
        self.tabs.setObjectName(u"tabs")
        self.eventTab = QWidget()
        self.eventTab.setObjectName(u"eventTab")
        self.eventLayout = QVBoxLayout(self.eventTab)
        self.eventLayout.setSpacing(4)
        self.eventLayout.setObjectName(u"eventLayout")
        self.eventLayout.setContentsMargins(14, 12, 14, 10)
        self.eventColumns = QHBoxLayout()
        self.eventColumns.setSpacing(18)
        self.eventColumns.setObjectName(u"eventColumns")
        self.eventLeft = QVBoxLayout()
        self.eventLeft.setSpacing(4)
        self.eventLeft.setObjectName(u"eventLeft")
        self.sourceLabel = QLabel(self.eventTab)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setProperty(u"role", u"muted")

        self.eventLeft.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(self.eventTab)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.eventLeft.addWidget(self.sourceCombo)

        self.err_source = QLabel(self.eventTab)
        self.err_source.setObjectName(u"err_source")
        self.err_source.setWordWrap(True)
        self.err_source.setProperty(u"role", u"error")
        self.err_source.setVisible(False)

        self.eventLeft.addWidget(self.err_source)

        self.categoryLabel = QLabel(self.eventTab)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setProperty(u"role", u"muted")

        self.eventLeft.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(self.eventTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.eventLeft.addWidget(self.categoryCombo)

        self.err_category = QLabel(self.eventTab)
        self.err_category.setObjectName(u"err_category")
        self.err_category.setWordWrap(True)
        self.err_category.setProperty(u"role", u"error")
        self.err_category.setVisible(False)

        self.eventLeft.addWidget(self.err_category)

        self.categoryHint = QLabel(self.eventTab)
        self.categoryHint.setObjectName(u"categoryHint")
        self.categoryHint.setProperty(u"role", u"muted")
        self.categoryHint.setWordWrap(True)

        self.eventLeft.addWidget(self.categoryHint)

        self.platformLabel = QLabel(self.eventTab)
        self.platformLabel.setObjectName(u"platformLabel")
        self.platformLabel.setProperty(u"role", u"muted")

        self.eventLeft.addWidget(self.platformLabel)

        self.platformCombo = QComboBox(self.eventTab)
        self.platformCombo.setObjectName(u"platformCombo")

        self.eventLeft.addWidget(self.platformCombo)

        self.err_platform = QLabel(self.eventTab)
        self.err_platform.setObjectName(u"err_platform")
        self.err_platform.setWordWrap(True)
        self.err_platform.setProperty(u"role", u"error")
        self.err_platform.setVisible(False)

        self.eventLeft.addWidget(self.err_platform)

        self.electionRow = QHBoxLayout()
        self.electionRow.setSpacing(10)
        self.electionRow.setObjectName(u"electionRow")
        self.electionBox = QVBoxLayout()
        self.electionBox.setSpacing(4)
        self.electionBox.setObjectName(u"electionBox")
        self.electionLabel = QLabel(self.eventTab)
        self.electionLabel.setObjectName(u"electionLabel")
        self.electionLabel.setProperty(u"role", u"muted")

        self.electionBox.addWidget(self.electionLabel)

        self.electionCombo = QComboBox(self.eventTab)
        self.electionCombo.setObjectName(u"electionCombo")

        self.electionBox.addWidget(self.electionCombo)

        self.err_election = QLabel(self.eventTab)
        self.err_election.setObjectName(u"err_election")
        self.err_election.setWordWrap(True)
        self.err_election.setProperty(u"role", u"error")
        self.err_election.setVisible(False)

        self.electionBox.addWidget(self.err_election)


        self.electionRow.addLayout(self.electionBox)

        self.stageBox = QVBoxLayout()
        self.stageBox.setSpacing(4)
        self.stageBox.setObjectName(u"stageBox")
        self.stageLabel = QLabel(self.eventTab)
        self.stageLabel.setObjectName(u"stageLabel")
        self.stageLabel.setProperty(u"role", u"muted")

        self.stageBox.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(self.eventTab)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageBox.addWidget(self.stageCombo)

        self.err_stage = QLabel(self.eventTab)
        self.err_stage.setObjectName(u"err_stage")
        self.err_stage.setWordWrap(True)
        self.err_stage.setProperty(u"role", u"error")
        self.err_stage.setVisible(False)

        self.stageBox.addWidget(self.err_stage)


        self.electionRow.addLayout(self.stageBox)

        self.electionRow.setStretch(0, 1)
        self.electionRow.setStretch(1, 1)

        self.eventLeft.addLayout(self.electionRow)

        self.eventLeftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.eventLeft.addItem(self.eventLeftSpacer)


        self.eventColumns.addLayout(self.eventLeft)

        self.eventRight = QVBoxLayout()
        self.eventRight.setSpacing(4)
        self.eventRight.setObjectName(u"eventRight")
        self.titleLabel = QLabel(self.eventTab)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"muted")

        self.eventRight.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(self.eventTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.eventRight.addWidget(self.titleEdit)

        self.dateRow = QHBoxLayout()
        self.dateRow.setSpacing(10)
        self.dateRow.setObjectName(u"dateRow")
        self.occurredBox = QVBoxLayout()
        self.occurredBox.setSpacing(4)
        self.occurredBox.setObjectName(u"occurredBox")
        self.occurredLabel = QLabel(self.eventTab)
        self.occurredLabel.setObjectName(u"occurredLabel")
        self.occurredLabel.setProperty(u"role", u"muted")

        self.occurredBox.addWidget(self.occurredLabel)

        self.occurredEdit = QDateEdit(self.eventTab)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.occurredBox.addWidget(self.occurredEdit)

        self.err_occurred_on = QLabel(self.eventTab)
        self.err_occurred_on.setObjectName(u"err_occurred_on")
        self.err_occurred_on.setWordWrap(True)
        self.err_occurred_on.setProperty(u"role", u"error")
        self.err_occurred_on.setVisible(False)

        self.occurredBox.addWidget(self.err_occurred_on)


        self.dateRow.addLayout(self.occurredBox)

        self.knownBox = QVBoxLayout()
        self.knownBox.setSpacing(4)
        self.knownBox.setObjectName(u"knownBox")
        self.knownLabel = QLabel(self.eventTab)
        self.knownLabel.setObjectName(u"knownLabel")
        self.knownLabel.setProperty(u"role", u"muted")

        self.knownBox.addWidget(self.knownLabel)

        self.knownEdit = QDateEdit(self.eventTab)
        self.knownEdit.setObjectName(u"knownEdit")
        self.knownEdit.setCalendarPopup(True)

        self.knownBox.addWidget(self.knownEdit)

        self.err_known_on = QLabel(self.eventTab)
        self.err_known_on.setObjectName(u"err_known_on")
        self.err_known_on.setWordWrap(True)
        self.err_known_on.setProperty(u"role", u"error")
        self.err_known_on.setVisible(False)

        self.knownBox.addWidget(self.err_known_on)


        self.dateRow.addLayout(self.knownBox)


        self.eventRight.addLayout(self.dateRow)

        self.regionLabel = QLabel(self.eventTab)
        self.regionLabel.setObjectName(u"regionLabel")
        self.regionLabel.setProperty(u"role", u"muted")

        self.eventRight.addWidget(self.regionLabel)

        self.regionPicker = RegionPicker(self.eventTab)
        self.regionPicker.setObjectName(u"regionPicker")

        self.eventRight.addWidget(self.regionPicker)

        self.err_region_code = QLabel(self.eventTab)
        self.err_region_code.setObjectName(u"err_region_code")
        self.err_region_code.setWordWrap(True)
        self.err_region_code.setProperty(u"role", u"error")
        self.err_region_code.setVisible(False)

        self.eventRight.addWidget(self.err_region_code)

        self.handoverCheck = QCheckBox(self.eventTab)
        self.handoverCheck.setObjectName(u"handoverCheck")

        self.eventRight.addWidget(self.handoverCheck)

        self.addressLabel = QLabel(self.eventTab)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setProperty(u"role", u"muted")

        self.eventRight.addWidget(self.addressLabel)

        self.addressEdit = QLineEdit(self.eventTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.eventRight.addWidget(self.addressEdit)

        self.eventRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.eventRight.addItem(self.eventRightSpacer)


        self.eventColumns.addLayout(self.eventRight)

        self.eventColumns.setStretch(0, 4)
        self.eventColumns.setStretch(1, 5)

        self.eventLayout.addLayout(self.eventColumns)

        self.descriptionLabel = QLabel(self.eventTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setProperty(u"role", u"muted")

        self.eventLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.eventTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.eventLayout.addWidget(self.descriptionEdit)

        self.err_description = QLabel(self.eventTab)
        self.err_description.setObjectName(u"err_description")
        self.err_description.setWordWrap(True)
        self.err_description.setProperty(u"role", u"error")
        self.err_description.setVisible(False)

        self.eventLayout.addWidget(self.err_description)

        self.tabs.addTab(self.eventTab, "")
        self.subjectsTab = QWidget()
        self.subjectsTab.setObjectName(u"subjectsTab")
        self.subjectsLayout = QVBoxLayout(self.subjectsTab)
        self.subjectsLayout.setSpacing(6)
        self.subjectsLayout.setObjectName(u"subjectsLayout")
        self.subjectsLayout.setContentsMargins(14, 12, 14, 10)
        self.subjectsIntro = QLabel(self.subjectsTab)
        self.subjectsIntro.setObjectName(u"subjectsIntro")
        self.subjectsIntro.setProperty(u"role", u"muted")
        self.subjectsIntro.setWordWrap(True)

        self.subjectsLayout.addWidget(self.subjectsIntro)

        self.subjectsTable = QTableWidget(self.subjectsTab)
        self.subjectsTable.setObjectName(u"subjectsTable")
        self.subjectsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjectsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectsTable.setAlternatingRowColors(True)
        self.subjectsTable.setShowGrid(False)
        self.subjectsTable.setMinimumSize(QSize(0, 120))
        self.subjectsTable.horizontalHeader().setStretchLastSection(True)
        self.subjectsTable.verticalHeader().setVisible(False)

        self.subjectsLayout.addWidget(self.subjectsTable)

        self.subjectButtons = QHBoxLayout()
        self.subjectButtons.setSpacing(6)
        self.subjectButtons.setObjectName(u"subjectButtons")
        self.addSubjectButton = QPushButton(self.subjectsTab)
        self.addSubjectButton.setObjectName(u"addSubjectButton")

        self.subjectButtons.addWidget(self.addSubjectButton)

        self.removeSubjectButton = QPushButton(self.subjectsTab)
        self.removeSubjectButton.setObjectName(u"removeSubjectButton")

        self.subjectButtons.addWidget(self.removeSubjectButton)

        self.subjectButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subjectButtons.addItem(self.subjectButtonsSpacer)


        self.subjectsLayout.addLayout(self.subjectButtons)

        self.err_subjects = QLabel(self.subjectsTab)
        self.err_subjects.setObjectName(u"err_subjects")
        self.err_subjects.setWordWrap(True)
        self.err_subjects.setProperty(u"role", u"error")
        self.err_subjects.setVisible(False)

        self.subjectsLayout.addWidget(self.err_subjects)

        self.subjectFrame = QFrame(self.subjectsTab)
        self.subjectFrame.setObjectName(u"subjectFrame")
        self.subjectFrame.setProperty(u"card", True)
        self.subjectFrameLayout = QVBoxLayout(self.subjectFrame)
        self.subjectFrameLayout.setSpacing(8)
        self.subjectFrameLayout.setObjectName(u"subjectFrameLayout")
        self.subjectFrameLayout.setContentsMargins(12, 12, 12, 12)
        self.subjectFormTitle = QLabel(self.subjectFrame)
        self.subjectFormTitle.setObjectName(u"subjectFormTitle")
        self.subjectFormTitle.setProperty(u"role", u"subheading")

        self.subjectFrameLayout.addWidget(self.subjectFormTitle)

        self.subjectForm = QGridLayout()
        self.subjectForm.setObjectName(u"subjectForm")
        self.subjectForm.setHorizontalSpacing(10)
        self.subjectForm.setVerticalSpacing(8)
        self.subjectNameLabel = QLabel(self.subjectFrame)
        self.subjectNameLabel.setObjectName(u"subjectNameLabel")
        self.subjectNameLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectNameLabel, 0, 0, 1, 1)

        self.subjectName = QLineEdit(self.subjectFrame)
        self.subjectName.setObjectName(u"subjectName")

        self.subjectForm.addWidget(self.subjectName, 0, 1, 1, 1)

        self.subjectTypeLabel = QLabel(self.subjectFrame)
        self.subjectTypeLabel.setObjectName(u"subjectTypeLabel")
        self.subjectTypeLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectTypeLabel, 0, 2, 1, 1)

        self.subjectType = QComboBox(self.subjectFrame)
        self.subjectType.setObjectName(u"subjectType")

        self.subjectForm.addWidget(self.subjectType, 0, 3, 1, 1)

        self.subjectNipLabel = QLabel(self.subjectFrame)
        self.subjectNipLabel.setObjectName(u"subjectNipLabel")
        self.subjectNipLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectNipLabel, 1, 0, 1, 1)

        self.subjectNip = QLineEdit(self.subjectFrame)
        self.subjectNip.setObjectName(u"subjectNip")

        self.subjectForm.addWidget(self.subjectNip, 1, 1, 1, 1)

        self.subjectNikLabel = QLabel(self.subjectFrame)
        self.subjectNikLabel.setObjectName(u"subjectNikLabel")
        self.subjectNikLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectNikLabel, 1, 2, 1, 1)

        self.subjectNik = QLineEdit(self.subjectFrame)
        self.subjectNik.setObjectName(u"subjectNik")

        self.subjectForm.addWidget(self.subjectNik, 1, 3, 1, 1)

        self.subjectPositionLabel = QLabel(self.subjectFrame)
        self.subjectPositionLabel.setObjectName(u"subjectPositionLabel")
        self.subjectPositionLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectPositionLabel, 2, 0, 1, 1)

        self.subjectPosition = QLineEdit(self.subjectFrame)
        self.subjectPosition.setObjectName(u"subjectPosition")

        self.subjectForm.addWidget(self.subjectPosition, 2, 1, 1, 1)

        self.subjectAgencyLabel = QLabel(self.subjectFrame)
        self.subjectAgencyLabel.setObjectName(u"subjectAgencyLabel")
        self.subjectAgencyLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectAgencyLabel, 2, 2, 1, 1)

        self.subjectAgency = QLineEdit(self.subjectFrame)
        self.subjectAgency.setObjectName(u"subjectAgency")

        self.subjectForm.addWidget(self.subjectAgency, 2, 3, 1, 1)

        self.subjectAddressLabel = QLabel(self.subjectFrame)
        self.subjectAddressLabel.setObjectName(u"subjectAddressLabel")
        self.subjectAddressLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectAddressLabel, 3, 0, 1, 1)

        self.subjectAddress = QLineEdit(self.subjectFrame)
        self.subjectAddress.setObjectName(u"subjectAddress")

        self.subjectForm.addWidget(self.subjectAddress, 3, 1, 1, 1)

        self.subjectAccountsLabel = QLabel(self.subjectFrame)
        self.subjectAccountsLabel.setObjectName(u"subjectAccountsLabel")
        self.subjectAccountsLabel.setProperty(u"role", u"muted")

        self.subjectForm.addWidget(self.subjectAccountsLabel, 3, 2, 1, 1)

        self.subjectAccounts = QLineEdit(self.subjectFrame)
        self.subjectAccounts.setObjectName(u"subjectAccounts")

        self.subjectForm.addWidget(self.subjectAccounts, 3, 3, 1, 1)

        self.subjectForm.setColumnStretch(1, 1)
        self.subjectForm.setColumnStretch(3, 1)

        self.subjectFrameLayout.addLayout(self.subjectForm)


        self.subjectsLayout.addWidget(self.subjectFrame)

        self.tabs.addTab(self.subjectsTab, "")
        self.linksTab = QWidget()
        self.linksTab.setObjectName(u"linksTab")
        self.linksLayout = QVBoxLayout(self.linksTab)
        self.linksLayout.setSpacing(6)
        self.linksLayout.setObjectName(u"linksLayout")
        self.linksLayout.setContentsMargins(14, 12, 14, 10)
        self.urlsLabel = QLabel(self.linksTab)
        self.urlsLabel.setObjectName(u"urlsLabel")
        self.urlsLabel.setProperty(u"role", u"subheading")

        self.linksLayout.addWidget(self.urlsLabel)

        self.urlsHint = QLabel(self.linksTab)
        self.urlsHint.setObjectName(u"urlsHint")
        self.urlsHint.setProperty(u"role", u"muted")
        self.urlsHint.setWordWrap(True)

        self.linksLayout.addWidget(self.urlsHint)

        self.urlsEdit = QPlainTextEdit(self.linksTab)
        self.urlsEdit.setObjectName(u"urlsEdit")
        self.urlsEdit.setMinimumSize(QSize(0, 70))
        self.urlsEdit.setTabChangesFocus(True)

        self.linksLayout.addWidget(self.urlsEdit)

        self.err_urls = QLabel(self.linksTab)
        self.err_urls.setObjectName(u"err_urls")
        self.err_urls.setWordWrap(True)
        self.err_urls.setProperty(u"role", u"error")
        self.err_urls.setVisible(False)

        self.linksLayout.addWidget(self.err_urls)

        self.witnessesLabel = QLabel(self.linksTab)
        self.witnessesLabel.setObjectName(u"witnessesLabel")
        self.witnessesLabel.setProperty(u"role", u"subheading")

        self.linksLayout.addWidget(self.witnessesLabel)

        self.witnessesTable = QTableWidget(self.linksTab)
        self.witnessesTable.setObjectName(u"witnessesTable")
        self.witnessesTable.setAlternatingRowColors(True)
        self.witnessesTable.setShowGrid(False)
        self.witnessesTable.setMinimumSize(QSize(0, 90))
        self.witnessesTable.horizontalHeader().setStretchLastSection(True)
        self.witnessesTable.verticalHeader().setVisible(False)

        self.linksLayout.addWidget(self.witnessesTable)

        self.witnessButtons = QHBoxLayout()
        self.witnessButtons.setSpacing(6)
        self.witnessButtons.setObjectName(u"witnessButtons")
        self.addWitnessButton = QPushButton(self.linksTab)
        self.addWitnessButton.setObjectName(u"addWitnessButton")

        self.witnessButtons.addWidget(self.addWitnessButton)

        self.removeWitnessButton = QPushButton(self.linksTab)
        self.removeWitnessButton.setObjectName(u"removeWitnessButton")

        self.witnessButtons.addWidget(self.removeWitnessButton)

        self.witnessButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.witnessButtons.addItem(self.witnessButtonsSpacer)


        self.linksLayout.addLayout(self.witnessButtons)

        self.err_witnesses = QLabel(self.linksTab)
        self.err_witnesses.setObjectName(u"err_witnesses")
        self.err_witnesses.setWordWrap(True)
        self.err_witnesses.setProperty(u"role", u"error")
        self.err_witnesses.setVisible(False)

        self.linksLayout.addWidget(self.err_witnesses)

        self.tabs.addTab(self.linksTab, "")
        self.reporterTab = QWidget()
        self.reporterTab.setObjectName(u"reporterTab")
        self.reporterLayout = QVBoxLayout(self.reporterTab)
        self.reporterLayout.setSpacing(6)
        self.reporterLayout.setObjectName(u"reporterLayout")
        self.reporterLayout.setContentsMargins(14, 12, 14, 10)
        self.reporterIntro = QLabel(self.reporterTab)
        self.reporterIntro.setObjectName(u"reporterIntro")
        self.reporterIntro.setProperty(u"role", u"muted")
        self.reporterIntro.setWordWrap(True)

        self.reporterLayout.addWidget(self.reporterIntro)

        self.reporterTitle = QLabel(self.reporterTab)
        self.reporterTitle.setObjectName(u"reporterTitle")
        self.reporterTitle.setProperty(u"role", u"subheading")

        self.reporterLayout.addWidget(self.reporterTitle)

        self.reporterGrid = QGridLayout()
        self.reporterGrid.setObjectName(u"reporterGrid")
        self.reporterGrid.setHorizontalSpacing(10)
        self.reporterGrid.setVerticalSpacing(4)
        self.reporterNameLabel = QLabel(self.reporterTab)
        self.reporterNameLabel.setObjectName(u"reporterNameLabel")
        self.reporterNameLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterNameLabel, 0, 0, 1, 1)

        self.reporterName = QLineEdit(self.reporterTab)
        self.reporterName.setObjectName(u"reporterName")

        self.reporterGrid.addWidget(self.reporterName, 0, 1, 1, 1)

        self.reporterAddressLabel = QLabel(self.reporterTab)
        self.reporterAddressLabel.setObjectName(u"reporterAddressLabel")
        self.reporterAddressLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterAddressLabel, 0, 2, 1, 1)

        self.reporterAddress = QLineEdit(self.reporterTab)
        self.reporterAddress.setObjectName(u"reporterAddress")

        self.reporterGrid.addWidget(self.reporterAddress, 0, 3, 1, 1)

        self.err_reporter_name = QLabel(self.reporterTab)
        self.err_reporter_name.setObjectName(u"err_reporter_name")
        self.err_reporter_name.setWordWrap(True)
        self.err_reporter_name.setProperty(u"role", u"error")
        self.err_reporter_name.setVisible(False)

        self.reporterGrid.addWidget(self.err_reporter_name, 1, 1, 1, 3)

        self.reporterBirthPlaceLabel = QLabel(self.reporterTab)
        self.reporterBirthPlaceLabel.setObjectName(u"reporterBirthPlaceLabel")
        self.reporterBirthPlaceLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterBirthPlaceLabel, 2, 0, 1, 1)

        self.reporterBirthPlace = QLineEdit(self.reporterTab)
        self.reporterBirthPlace.setObjectName(u"reporterBirthPlace")

        self.reporterGrid.addWidget(self.reporterBirthPlace, 2, 1, 1, 1)

        self.reporterBirthDateLabel = QLabel(self.reporterTab)
        self.reporterBirthDateLabel.setObjectName(u"reporterBirthDateLabel")
        self.reporterBirthDateLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterBirthDateLabel, 2, 2, 1, 1)

        self.reporterBirthDate = QLineEdit(self.reporterTab)
        self.reporterBirthDate.setObjectName(u"reporterBirthDate")
        self.reporterBirthDate.setInputMask(u"99-99-9999")
        self.reporterBirthDate.setMaximumSize(QSize(160, 16777215))

        self.reporterGrid.addWidget(self.reporterBirthDate, 2, 3, 1, 1)

        self.reporterSexLabel = QLabel(self.reporterTab)
        self.reporterSexLabel.setObjectName(u"reporterSexLabel")
        self.reporterSexLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterSexLabel, 3, 0, 1, 1)

        self.reporterSex = QComboBox(self.reporterTab)
        self.reporterSex.setObjectName(u"reporterSex")

        self.reporterGrid.addWidget(self.reporterSex, 3, 1, 1, 1)

        self.reporterOccupationLabel = QLabel(self.reporterTab)
        self.reporterOccupationLabel.setObjectName(u"reporterOccupationLabel")
        self.reporterOccupationLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterOccupationLabel, 3, 2, 1, 1)

        self.reporterOccupation = QLineEdit(self.reporterTab)
        self.reporterOccupation.setObjectName(u"reporterOccupation")

        self.reporterGrid.addWidget(self.reporterOccupation, 3, 3, 1, 1)

        self.reporterNationalityLabel = QLabel(self.reporterTab)
        self.reporterNationalityLabel.setObjectName(u"reporterNationalityLabel")
        self.reporterNationalityLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterNationalityLabel, 4, 0, 1, 1)

        self.reporterNationality = QLineEdit(self.reporterTab)
        self.reporterNationality.setObjectName(u"reporterNationality")

        self.reporterGrid.addWidget(self.reporterNationality, 4, 1, 1, 1)

        self.reporterPhoneLabel = QLabel(self.reporterTab)
        self.reporterPhoneLabel.setObjectName(u"reporterPhoneLabel")
        self.reporterPhoneLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterPhoneLabel, 4, 2, 1, 1)

        self.reporterPhone = QLineEdit(self.reporterTab)
        self.reporterPhone.setObjectName(u"reporterPhone")

        self.reporterGrid.addWidget(self.reporterPhone, 4, 3, 1, 1)

        self.reporterEmailLabel = QLabel(self.reporterTab)
        self.reporterEmailLabel.setObjectName(u"reporterEmailLabel")
        self.reporterEmailLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterEmailLabel, 5, 0, 1, 1)

        self.reporterEmail = QLineEdit(self.reporterTab)
        self.reporterEmail.setObjectName(u"reporterEmail")

        self.reporterGrid.addWidget(self.reporterEmail, 5, 1, 1, 1)

        self.err_reporter = QLabel(self.reporterTab)
        self.err_reporter.setObjectName(u"err_reporter")
        self.err_reporter.setWordWrap(True)
        self.err_reporter.setProperty(u"role", u"error")
        self.err_reporter.setVisible(False)

        self.reporterGrid.addWidget(self.err_reporter, 6, 1, 1, 3)

        self.reporterGrid.setColumnStretch(1, 1)
        self.reporterGrid.setColumnStretch(3, 1)

        self.reporterLayout.addLayout(self.reporterGrid)

        self.receivedTitle = QLabel(self.reporterTab)
        self.receivedTitle.setObjectName(u"receivedTitle")
        self.receivedTitle.setProperty(u"role", u"subheading")

        self.reporterLayout.addWidget(self.receivedTitle)

        self.receivedGrid = QGridLayout()
        self.receivedGrid.setObjectName(u"receivedGrid")
        self.receivedGrid.setHorizontalSpacing(10)
        self.receivedGrid.setVerticalSpacing(4)
        self.receivedOnLabel = QLabel(self.reporterTab)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")
        self.receivedOnLabel.setProperty(u"role", u"muted")

        self.receivedGrid.addWidget(self.receivedOnLabel, 0, 0, 1, 1)

        self.receivedOnEdit = QDateEdit(self.reporterTab)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")
        self.receivedOnEdit.setCalendarPopup(True)

        self.receivedGrid.addWidget(self.receivedOnEdit, 0, 1, 1, 1)

        self.receivedTimeLabel = QLabel(self.reporterTab)
        self.receivedTimeLabel.setObjectName(u"receivedTimeLabel")
        self.receivedTimeLabel.setProperty(u"role", u"muted")

        self.receivedGrid.addWidget(self.receivedTimeLabel, 0, 2, 1, 1)

        self.receivedTimeRow = QHBoxLayout()
        self.receivedTimeRow.setSpacing(6)
        self.receivedTimeRow.setObjectName(u"receivedTimeRow")
        self.receivedTimeEdit = QLineEdit(self.reporterTab)
        self.receivedTimeEdit.setObjectName(u"receivedTimeEdit")
        self.receivedTimeEdit.setInputMask(u"99:99")
        self.receivedTimeEdit.setMaximumSize(QSize(70, 16777215))

        self.receivedTimeRow.addWidget(self.receivedTimeEdit)

        self.receivedZoneLabel = QLabel(self.reporterTab)
        self.receivedZoneLabel.setObjectName(u"receivedZoneLabel")
        self.receivedZoneLabel.setProperty(u"role", u"muted")

        self.receivedTimeRow.addWidget(self.receivedZoneLabel)

        self.receivedTimeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedTimeRow.addItem(self.receivedTimeSpacer)


        self.receivedGrid.addLayout(self.receivedTimeRow, 0, 3, 1, 1)

        self.err_received = QLabel(self.reporterTab)
        self.err_received.setObjectName(u"err_received")
        self.err_received.setWordWrap(True)
        self.err_received.setProperty(u"role", u"error")
        self.err_received.setVisible(False)

        self.receivedGrid.addWidget(self.err_received, 1, 1, 1, 3)

        self.receivedGrid.setColumnStretch(1, 1)
        self.receivedGrid.setColumnStretch(3, 1)

        self.reporterLayout.addLayout(self.receivedGrid)

        self.reporterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reporterLayout.addItem(self.reporterSpacer)

        self.tabs.addTab(self.reporterTab, "")
        self.formATab = QWidget()
        self.formATab.setObjectName(u"formATab")
        self.formALayout = QVBoxLayout(self.formATab)
        self.formALayout.setSpacing(4)
        self.formALayout.setObjectName(u"formALayout")
        self.formALayout.setContentsMargins(14, 12, 14, 10)
        self.formANote = QLabel(self.formATab)
        self.formANote.setObjectName(u"formANote")
        self.formANote.setProperty(u"role", u"muted")
        self.formANote.setWordWrap(True)

        self.formALayout.addWidget(self.formANote)

        self.formAOnly = QWidget(self.formATab)
        self.formAOnly.setObjectName(u"formAOnly")
        self.formAOnlyLayout = QVBoxLayout(self.formAOnly)
        self.formAOnlyLayout.setSpacing(4)
        self.formAOnlyLayout.setObjectName(u"formAOnlyLayout")
        self.formAOnlyLayout.setContentsMargins(0, 0, 0, 6)
        self.writtenRow = QHBoxLayout()
        self.writtenRow.setSpacing(10)
        self.writtenRow.setObjectName(u"writtenRow")
        self.writtenLabel = QLabel(self.formAOnly)
        self.writtenLabel.setObjectName(u"writtenLabel")
        self.writtenLabel.setProperty(u"role", u"muted")

        self.writtenRow.addWidget(self.writtenLabel)

        self.writtenEdit = QDateEdit(self.formAOnly)
        self.writtenEdit.setObjectName(u"writtenEdit")
        self.writtenEdit.setCalendarPopup(True)

        self.writtenRow.addWidget(self.writtenEdit)

        self.writtenHint = QLabel(self.formAOnly)
        self.writtenHint.setObjectName(u"writtenHint")
        self.writtenHint.setProperty(u"role", u"muted")
        self.writtenHint.setWordWrap(True)

        self.writtenRow.addWidget(self.writtenHint)


        self.formAOnlyLayout.addLayout(self.writtenRow)

        self.err_written_on = QLabel(self.formAOnly)
        self.err_written_on.setObjectName(u"err_written_on")
        self.err_written_on.setWordWrap(True)
        self.err_written_on.setProperty(u"role", u"error")
        self.err_written_on.setVisible(False)

        self.formAOnlyLayout.addWidget(self.err_written_on)

        self.activitiesTitle = QLabel(self.formAOnly)
        self.activitiesTitle.setObjectName(u"activitiesTitle")
        self.activitiesTitle.setProperty(u"role", u"subheading")

        self.formAOnlyLayout.addWidget(self.activitiesTitle)

        self.activitiesHint = QLabel(self.formAOnly)
        self.activitiesHint.setObjectName(u"activitiesHint")
        self.activitiesHint.setProperty(u"role", u"muted")
        self.activitiesHint.setWordWrap(True)

        self.formAOnlyLayout.addWidget(self.activitiesHint)

        self.activitiesTable = QTableWidget(self.formAOnly)
        self.activitiesTable.setObjectName(u"activitiesTable")
        self.activitiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activitiesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activitiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activitiesTable.setAlternatingRowColors(True)
        self.activitiesTable.setShowGrid(False)
        self.activitiesTable.setMinimumSize(QSize(0, 96))
        self.activitiesTable.setMaximumSize(QSize(16777215, 150))
        self.activitiesTable.horizontalHeader().setStretchLastSection(True)
        self.activitiesTable.verticalHeader().setVisible(False)

        self.formAOnlyLayout.addWidget(self.activitiesTable)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setSpacing(6)
        self.activityButtons.setObjectName(u"activityButtons")
        self.addActivityButton = QPushButton(self.formAOnly)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityButtons.addWidget(self.addActivityButton)

        self.removeActivityButton = QPushButton(self.formAOnly)
        self.removeActivityButton.setObjectName(u"removeActivityButton")

        self.activityButtons.addWidget(self.removeActivityButton)

        self.moveActivityUpButton = QPushButton(self.formAOnly)
        self.moveActivityUpButton.setObjectName(u"moveActivityUpButton")

        self.activityButtons.addWidget(self.moveActivityUpButton)

        self.moveActivityDownButton = QPushButton(self.formAOnly)
        self.moveActivityDownButton.setObjectName(u"moveActivityDownButton")

        self.activityButtons.addWidget(self.moveActivityDownButton)

        self.activityButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.activityButtonsSpacer)


        self.formAOnlyLayout.addLayout(self.activityButtons)

        self.err_activities = QLabel(self.formAOnly)
        self.err_activities.setObjectName(u"err_activities")
        self.err_activities.setWordWrap(True)
        self.err_activities.setProperty(u"role", u"error")
        self.err_activities.setVisible(False)

        self.formAOnlyLayout.addWidget(self.err_activities)

        self.activityFrame = QFrame(self.formAOnly)
        self.activityFrame.setObjectName(u"activityFrame")
        self.activityFrame.setProperty(u"card", True)
        self.activityFrameLayout = QVBoxLayout(self.activityFrame)
        self.activityFrameLayout.setSpacing(4)
        self.activityFrameLayout.setObjectName(u"activityFrameLayout")
        self.activityFrameLayout.setContentsMargins(10, 8, 10, 8)
        self.activityFormTitle = QLabel(self.activityFrame)
        self.activityFormTitle.setObjectName(u"activityFormTitle")
        self.activityFormTitle.setProperty(u"role", u"subheading")

        self.activityFrameLayout.addWidget(self.activityFormTitle)

        self.activityGrid = QGridLayout()
        self.activityGrid.setObjectName(u"activityGrid")
        self.activityGrid.setHorizontalSpacing(10)
        self.activityGrid.setVerticalSpacing(4)
        self.activityFormLabel = QLabel(self.activityFrame)
        self.activityFormLabel.setObjectName(u"activityFormLabel")
        self.activityFormLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityFormLabel, 0, 0, 1, 1)

        self.activityForm = QComboBox(self.activityFrame)
        self.activityForm.setObjectName(u"activityForm")

        self.activityGrid.addWidget(self.activityForm, 0, 1, 1, 1)

        self.activityDateLabel = QLabel(self.activityFrame)
        self.activityDateLabel.setObjectName(u"activityDateLabel")
        self.activityDateLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityDateLabel, 0, 2, 1, 1)

        self.activityDate = QDateEdit(self.activityFrame)
        self.activityDate.setObjectName(u"activityDate")
        self.activityDate.setCalendarPopup(True)

        self.activityGrid.addWidget(self.activityDate, 0, 3, 1, 1)

        self.activityPlaceLabel = QLabel(self.activityFrame)
        self.activityPlaceLabel.setObjectName(u"activityPlaceLabel")
        self.activityPlaceLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityPlaceLabel, 1, 0, 1, 1)

        self.activityPlace = QLineEdit(self.activityFrame)
        self.activityPlace.setObjectName(u"activityPlace")

        self.activityGrid.addWidget(self.activityPlace, 1, 1, 1, 1)

        self.activityTimeLabel = QLabel(self.activityFrame)
        self.activityTimeLabel.setObjectName(u"activityTimeLabel")
        self.activityTimeLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityTimeLabel, 1, 2, 1, 1)

        self.activityTimeRow = QHBoxLayout()
        self.activityTimeRow.setSpacing(6)
        self.activityTimeRow.setObjectName(u"activityTimeRow")
        self.activityTimeFrom = QLineEdit(self.activityFrame)
        self.activityTimeFrom.setObjectName(u"activityTimeFrom")
        self.activityTimeFrom.setInputMask(u"99:99")
        self.activityTimeFrom.setMaximumSize(QSize(70, 16777215))

        self.activityTimeRow.addWidget(self.activityTimeFrom)

        self.activityTimeDash = QLabel(self.activityFrame)
        self.activityTimeDash.setObjectName(u"activityTimeDash")
        self.activityTimeDash.setProperty(u"role", u"muted")

        self.activityTimeRow.addWidget(self.activityTimeDash)

        self.activityTimeTo = QLineEdit(self.activityFrame)
        self.activityTimeTo.setObjectName(u"activityTimeTo")
        self.activityTimeTo.setInputMask(u"99:99")
        self.activityTimeTo.setMaximumSize(QSize(70, 16777215))

        self.activityTimeRow.addWidget(self.activityTimeTo)

        self.activityZoneLabel = QLabel(self.activityFrame)
        self.activityZoneLabel.setObjectName(u"activityZoneLabel")
        self.activityZoneLabel.setProperty(u"role", u"muted")

        self.activityTimeRow.addWidget(self.activityZoneLabel)

        self.activityTimeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityTimeRow.addItem(self.activityTimeSpacer)


        self.activityGrid.addLayout(self.activityTimeRow, 1, 3, 1, 1)

        self.activityPurposeLabel = QLabel(self.activityFrame)
        self.activityPurposeLabel.setObjectName(u"activityPurposeLabel")
        self.activityPurposeLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityPurposeLabel, 2, 0, 1, 1)

        self.activityPurpose = QLineEdit(self.activityFrame)
        self.activityPurpose.setObjectName(u"activityPurpose")

        self.activityGrid.addWidget(self.activityPurpose, 2, 1, 1, 1)

        self.activityTargetLabel = QLabel(self.activityFrame)
        self.activityTargetLabel.setObjectName(u"activityTargetLabel")
        self.activityTargetLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activityTargetLabel, 2, 2, 1, 1)

        self.activityTarget = QLineEdit(self.activityFrame)
        self.activityTarget.setObjectName(u"activityTarget")

        self.activityGrid.addWidget(self.activityTarget, 2, 3, 1, 1)

        self.activitySptLabel = QLabel(self.activityFrame)
        self.activitySptLabel.setObjectName(u"activitySptLabel")
        self.activitySptLabel.setProperty(u"role", u"muted")

        self.activityGrid.addWidget(self.activitySptLabel, 3, 0, 1, 1)

        self.activitySpt = QLineEdit(self.activityFrame)
        self.activitySpt.setObjectName(u"activitySpt")

        self.activityGrid.addWidget(self.activitySpt, 3, 1, 1, 1)

        self.activityGrid.setColumnStretch(1, 1)
        self.activityGrid.setColumnStretch(3, 1)

        self.activityFrameLayout.addLayout(self.activityGrid)


        self.formAOnlyLayout.addWidget(self.activityFrame)


        self.formALayout.addWidget(self.formAOnly)

        self.factsLabel = QLabel(self.formATab)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setProperty(u"role", u"muted")

        self.formALayout.addWidget(self.factsLabel)

        self.factsEdit = QPlainTextEdit(self.formATab)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setMinimumSize(QSize(0, 80))
        self.factsEdit.setTabChangesFocus(True)

        self.formALayout.addWidget(self.factsEdit)

        self.analysisLabel = QLabel(self.formATab)
        self.analysisLabel.setObjectName(u"analysisLabel")
        self.analysisLabel.setProperty(u"role", u"muted")

        self.formALayout.addWidget(self.analysisLabel)

        self.analysisEdit = QPlainTextEdit(self.formATab)
        self.analysisEdit.setObjectName(u"analysisEdit")
        self.analysisEdit.setMinimumSize(QSize(0, 80))
        self.analysisEdit.setTabChangesFocus(True)

        self.formALayout.addWidget(self.analysisEdit)

        self.legalRow = QHBoxLayout()
        self.legalRow.setSpacing(6)
        self.legalRow.setObjectName(u"legalRow")
        self.legalBasisLabel = QLabel(self.formATab)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")
        self.legalBasisLabel.setProperty(u"role", u"muted")

        self.legalRow.addWidget(self.legalBasisLabel)

        self.legalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legalRow.addItem(self.legalSpacer)

        self.fillLegalBasisButton = QPushButton(self.formATab)
        self.fillLegalBasisButton.setObjectName(u"fillLegalBasisButton")

        self.legalRow.addWidget(self.fillLegalBasisButton)


        self.formALayout.addLayout(self.legalRow)

        self.legalBasisHint = QLabel(self.formATab)
        self.legalBasisHint.setObjectName(u"legalBasisHint")
        self.legalBasisHint.setProperty(u"role", u"muted")
        self.legalBasisHint.setWordWrap(True)

        self.formALayout.addWidget(self.legalBasisHint)

        self.legalBasisEdit = QPlainTextEdit(self.formATab)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMinimumSize(QSize(0, 60))
        self.legalBasisEdit.setTabChangesFocus(True)

        self.formALayout.addWidget(self.legalBasisEdit)

        self.tabs.addTab(self.formATab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followLayout = QVBoxLayout(self.followUpTab)
        self.followLayout.setSpacing(8)
        self.followLayout.setObjectName(u"followLayout")
        self.followLayout.setContentsMargins(14, 12, 14, 10)
        self.needsMoreInfo = QCheckBox(self.followUpTab)
        self.needsMoreInfo.setObjectName(u"needsMoreInfo")

        self.followLayout.addWidget(self.needsMoreInfo)

        self.followGrid = QGridLayout()
        self.followGrid.setObjectName(u"followGrid")
        self.followGrid.setHorizontalSpacing(14)
        self.followGrid.setVerticalSpacing(4)
        self.forwardedToLabel = QLabel(self.followUpTab)
        self.forwardedToLabel.setObjectName(u"forwardedToLabel")
        self.forwardedToLabel.setProperty(u"role", u"muted")

        self.followGrid.addWidget(self.forwardedToLabel, 0, 0, 1, 1)

        self.forwardedTo = QComboBox(self.followUpTab)
        self.forwardedTo.setObjectName(u"forwardedTo")

        self.followGrid.addWidget(self.forwardedTo, 1, 0, 1, 1)

        self.err_forwarded_to = QLabel(self.followUpTab)
        self.err_forwarded_to.setObjectName(u"err_forwarded_to")
        self.err_forwarded_to.setWordWrap(True)
        self.err_forwarded_to.setProperty(u"role", u"error")
        self.err_forwarded_to.setVisible(False)

        self.followGrid.addWidget(self.err_forwarded_to, 2, 0, 1, 1)

        self.sanctionLabel = QLabel(self.followUpTab)
        self.sanctionLabel.setObjectName(u"sanctionLabel")
        self.sanctionLabel.setProperty(u"role", u"muted")

        self.followGrid.addWidget(self.sanctionLabel, 0, 1, 1, 1)

        self.sanctionCombo = QComboBox(self.followUpTab)
        self.sanctionCombo.setObjectName(u"sanctionCombo")

        self.followGrid.addWidget(self.sanctionCombo, 1, 1, 1, 1)

        self.followGrid.setColumnStretch(0, 1)
        self.followGrid.setColumnStretch(1, 1)

        self.followLayout.addLayout(self.followGrid)

        self.caseFrame = QFrame(self.followUpTab)
        self.caseFrame.setObjectName(u"caseFrame")
        self.caseFrame.setProperty(u"card", True)
        self.caseGrid = QGridLayout(self.caseFrame)
        self.caseGrid.setObjectName(u"caseGrid")
        self.caseGrid.setHorizontalSpacing(14)
        self.caseGrid.setVerticalSpacing(6)
        self.caseGrid.setContentsMargins(12, 12, 12, 12)
        self.caseStatusLabel = QLabel(self.caseFrame)
        self.caseStatusLabel.setObjectName(u"caseStatusLabel")
        self.caseStatusLabel.setProperty(u"role", u"muted")

        self.caseGrid.addWidget(self.caseStatusLabel, 0, 0, 1, 1)

        self.caseStatusValue = QLabel(self.caseFrame)
        self.caseStatusValue.setObjectName(u"caseStatusValue")

        self.caseGrid.addWidget(self.caseStatusValue, 0, 1, 1, 1)

        self.caseRegisterLabel = QLabel(self.caseFrame)
        self.caseRegisterLabel.setObjectName(u"caseRegisterLabel")
        self.caseRegisterLabel.setProperty(u"role", u"muted")

        self.caseGrid.addWidget(self.caseRegisterLabel, 1, 0, 1, 1)

        self.caseRegisterValue = QLabel(self.caseFrame)
        self.caseRegisterValue.setObjectName(u"caseRegisterValue")

        self.caseGrid.addWidget(self.caseRegisterValue, 1, 1, 1, 1)

        self.caseFormALabel = QLabel(self.caseFrame)
        self.caseFormALabel.setObjectName(u"caseFormALabel")
        self.caseFormALabel.setProperty(u"role", u"muted")

        self.caseGrid.addWidget(self.caseFormALabel, 2, 0, 1, 1)

        self.caseFormAValue = QLabel(self.caseFrame)
        self.caseFormAValue.setObjectName(u"caseFormAValue")

        self.caseGrid.addWidget(self.caseFormAValue, 2, 1, 1, 1)

        self.caseVersionLabel = QLabel(self.caseFrame)
        self.caseVersionLabel.setObjectName(u"caseVersionLabel")
        self.caseVersionLabel.setProperty(u"role", u"muted")

        self.caseGrid.addWidget(self.caseVersionLabel, 3, 0, 1, 1)

        self.caseVersionValue = QLabel(self.caseFrame)
        self.caseVersionValue.setObjectName(u"caseVersionValue")
        self.caseVersionValue.setWordWrap(True)

        self.caseGrid.addWidget(self.caseVersionValue, 3, 1, 1, 1)

        self.caseGrid.setColumnStretch(1, 1)

        self.followLayout.addWidget(self.caseFrame)

        self.followHint = QLabel(self.followUpTab)
        self.followHint.setObjectName(u"followHint")
        self.followHint.setProperty(u"role", u"muted")
        self.followHint.setWordWrap(True)

        self.followLayout.addWidget(self.followHint)

        self.followSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followLayout.addItem(self.followSpacer)

        self.tabs.addTab(self.followUpTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLayout.setContentsMargins(14, 12, 14, 10)
        self.evidencePanel = EvidencePanel(self.evidenceTab)
        self.evidencePanel.setObjectName(u"evidencePanel")

        self.evidenceLayout.addWidget(self.evidencePanel)

        self.tabs.addTab(self.evidenceTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.footerRow = QHBoxLayout()
        self.footerRow.setSpacing(8)
        self.footerRow.setObjectName(u"footerRow")
        self.problemsLabel = QLabel(FindingEditor)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"role", u"error")

        self.footerRow.addWidget(self.problemsLabel)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerRow.addItem(self.footerSpacer)

        self.cancelButton = QPushButton(FindingEditor)
        self.cancelButton.setObjectName(u"cancelButton")

        self.footerRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(FindingEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.footerRow.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.footerRow)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.platformLabel.setBuddy(self.platformCombo)
        self.electionLabel.setBuddy(self.electionCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.knownLabel.setBuddy(self.knownEdit)
        self.regionLabel.setBuddy(self.regionPicker)
        self.addressLabel.setBuddy(self.addressEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.subjectNameLabel.setBuddy(self.subjectName)
        self.subjectTypeLabel.setBuddy(self.subjectType)
        self.subjectNipLabel.setBuddy(self.subjectNip)
        self.subjectNikLabel.setBuddy(self.subjectNik)
        self.subjectPositionLabel.setBuddy(self.subjectPosition)
        self.subjectAgencyLabel.setBuddy(self.subjectAgency)
        self.subjectAddressLabel.setBuddy(self.subjectAddress)
        self.subjectAccountsLabel.setBuddy(self.subjectAccounts)
        self.urlsLabel.setBuddy(self.urlsEdit)
        self.reporterNameLabel.setBuddy(self.reporterName)
        self.reporterAddressLabel.setBuddy(self.reporterAddress)
        self.reporterBirthPlaceLabel.setBuddy(self.reporterBirthPlace)
        self.reporterBirthDateLabel.setBuddy(self.reporterBirthDate)
        self.reporterSexLabel.setBuddy(self.reporterSex)
        self.reporterOccupationLabel.setBuddy(self.reporterOccupation)
        self.reporterNationalityLabel.setBuddy(self.reporterNationality)
        self.reporterPhoneLabel.setBuddy(self.reporterPhone)
        self.reporterEmailLabel.setBuddy(self.reporterEmail)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.receivedTimeLabel.setBuddy(self.receivedTimeEdit)
        self.writtenLabel.setBuddy(self.writtenEdit)
        self.activityFormLabel.setBuddy(self.activityForm)
        self.activityDateLabel.setBuddy(self.activityDate)
        self.activityPlaceLabel.setBuddy(self.activityPlace)
        self.activityTimeLabel.setBuddy(self.activityTimeFrom)
        self.activityPurposeLabel.setBuddy(self.activityPurpose)
        self.activityTargetLabel.setBuddy(self.activityTarget)
        self.activitySptLabel.setBuddy(self.activitySpt)
        self.factsLabel.setBuddy(self.factsEdit)
        self.analysisLabel.setBuddy(self.analysisEdit)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
        self.forwardedToLabel.setBuddy(self.forwardedTo)
        self.sanctionLabel.setBuddy(self.sanctionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(FindingEditor)
    # setupUi

    def retranslateUi(self, FindingEditor):
        FindingEditor.setWindowTitle(QCoreApplication.translate("FindingEditor", u"Temuan", None))
        self.headingLabel.setText(QCoreApplication.translate("FindingEditor", u"Temuan baru", None))
        self.deadlineChip.setText("")
        self.draftLabel.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("FindingEditor", u"Sumber", None))
        self.categoryLabel.setText(QCoreApplication.translate("FindingEditor", u"Kategori pelanggaran", None))
        self.categoryHint.setText("")
        self.platformLabel.setText(QCoreApplication.translate("FindingEditor", u"Platform", None))
        self.electionLabel.setText(QCoreApplication.translate("FindingEditor", u"Profil pemilu", None))
        self.stageLabel.setText(QCoreApplication.translate("FindingEditor", u"Tahapan", None))
        self.titleLabel.setText(QCoreApplication.translate("FindingEditor", u"Judul singkat (boleh kosong)", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. Kades X mengajak warga memilih calon Y", None))
        self.occurredLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal kejadian", None))
        self.occurredEdit.setDisplayFormat(QCoreApplication.translate("FindingEditor", u"dddd, d MMMM yyyy", None))
        self.knownLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal diketahui", None))
        self.knownEdit.setDisplayFormat(QCoreApplication.translate("FindingEditor", u"dddd, d MMMM yyyy", None))
        self.regionLabel.setText(QCoreApplication.translate("FindingEditor", u"Wilayah kejadian", None))
        self.handoverCheck.setText(QCoreApplication.translate("FindingEditor", u"Dicatat di sini untuk dilimpahkan ke kantor yang berwenang", None))
#if QT_CONFIG(tooltip)
        self.handoverCheck.setToolTip(QCoreApplication.translate("FindingEditor", u"Tempat kejadian di luar wilayah kantor ini: temuan dicatat di sini lalu dilimpahkan (Perbawaslu 7/2022).", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("FindingEditor", u"Alamat / lokasi", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. Jalan Jenderal Sudirman No. 5, balai desa", None))
        self.descriptionLabel.setText(QCoreApplication.translate("FindingEditor", u"Uraian singkat kejadian", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Apa yang terjadi, oleh siapa, kapan, di mana, dan bagaimana diketahui.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eventTab), QCoreApplication.translate("FindingEditor", u"Kejadian", None))
        self.subjectsIntro.setText(QCoreApplication.translate("FindingEditor", u"Orang yang diduga melanggar. Tambahkan satu baris untuk setiap terlapor, lalu isi datanya di bawah.", None))
        self.addSubjectButton.setText(QCoreApplication.translate("FindingEditor", u"Tambah terlapor", None))
        self.removeSubjectButton.setText(QCoreApplication.translate("FindingEditor", u"Hapus terlapor", None))
        self.subjectFormTitle.setText(QCoreApplication.translate("FindingEditor", u"Data terlapor terpilih", None))
        self.subjectNameLabel.setText(QCoreApplication.translate("FindingEditor", u"Nama", None))
        self.subjectName.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Nama lengkap terlapor", None))
        self.subjectTypeLabel.setText(QCoreApplication.translate("FindingEditor", u"Jenis kepegawaian", None))
        self.subjectNipLabel.setText(QCoreApplication.translate("FindingEditor", u"NIP (18 angka)", None))
        self.subjectNip.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"untuk PNS/PPPK", None))
        self.subjectNikLabel.setText(QCoreApplication.translate("FindingEditor", u"NIK (16 angka)", None))
        self.subjectNik.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"bila diketahui", None))
        self.subjectPositionLabel.setText(QCoreApplication.translate("FindingEditor", u"Jabatan", None))
        self.subjectAgencyLabel.setText(QCoreApplication.translate("FindingEditor", u"Instansi / unit kerja", None))
        self.subjectAddressLabel.setText(QCoreApplication.translate("FindingEditor", u"Alamat", None))
        self.subjectAccountsLabel.setText(QCoreApplication.translate("FindingEditor", u"Akun media sosial", None))
        self.subjectAccounts.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"@akun, pisahkan dengan koma", None))
        self.tabs.setTabText(self.tabs.indexOf(self.subjectsTab), QCoreApplication.translate("FindingEditor", u"Terlapor", None))
        self.urlsLabel.setText(QCoreApplication.translate("FindingEditor", u"Tautan unggahan", None))
        self.urlsHint.setText(QCoreApplication.translate("FindingEditor", u"Satu tautan per baris, diawali https:// \u2014 wajib untuk kategori media sosial sebelum temuan ditetapkan.", None))
        self.urlsEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"https://www.facebook.com/\u2026", None))
        self.witnessesLabel.setText(QCoreApplication.translate("FindingEditor", u"Saksi", None))
        self.addWitnessButton.setText(QCoreApplication.translate("FindingEditor", u"Tambah saksi", None))
        self.removeWitnessButton.setText(QCoreApplication.translate("FindingEditor", u"Hapus saksi", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linksTab), QCoreApplication.translate("FindingEditor", u"Tautan && saksi", None))
        self.reporterIntro.setText(QCoreApplication.translate("FindingEditor", u"Identitas pelapor dan waktu laporan diterima, dicetak pada Formulir Model B.1, tanda bukti penyampaian laporan dan formulir registrasi. Isian yang kosong dicetak sebagai titik-titik untuk diisi tangan.", None))
        self.reporterTitle.setText(QCoreApplication.translate("FindingEditor", u"Identitas pelapor", None))
        self.reporterNameLabel.setText(QCoreApplication.translate("FindingEditor", u"Nama pelapor", None))
        self.reporterAddressLabel.setText(QCoreApplication.translate("FindingEditor", u"Alamat pelapor", None))
        self.reporterBirthPlaceLabel.setText(QCoreApplication.translate("FindingEditor", u"Tempat lahir", None))
        self.reporterBirthDateLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal lahir", None))
        self.reporterBirthDate.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"HH-BB-TTTT, mis. 17-08-1985", None))
        self.reporterSexLabel.setText(QCoreApplication.translate("FindingEditor", u"Jenis kelamin", None))
        self.reporterOccupationLabel.setText(QCoreApplication.translate("FindingEditor", u"Pekerjaan", None))
        self.reporterNationalityLabel.setText(QCoreApplication.translate("FindingEditor", u"Kewarganegaraan", None))
        self.reporterNationality.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. WNI", None))
        self.reporterPhoneLabel.setText(QCoreApplication.translate("FindingEditor", u"No. telepon/HP", None))
        self.reporterPhone.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. 0812-7000-1234", None))
        self.reporterEmailLabel.setText(QCoreApplication.translate("FindingEditor", u"E-mail", None))
        self.reporterEmail.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. nama@contoh.id", None))
        self.receivedTitle.setText(QCoreApplication.translate("FindingEditor", u"Laporan diterima", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal diterima", None))
        self.receivedOnEdit.setDisplayFormat(QCoreApplication.translate("FindingEditor", u"dddd, d MMMM yyyy", None))
        self.receivedTimeLabel.setText(QCoreApplication.translate("FindingEditor", u"Pukul", None))
        self.receivedZoneLabel.setText(QCoreApplication.translate("FindingEditor", u"WIB", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reporterTab), QCoreApplication.translate("FindingEditor", u"Pelapor", None))
        self.formANote.setText(QCoreApplication.translate("FindingEditor", u"Laporan masyarakat dicetak dengan Formulir Model B.1: kegiatan pengawasan dan tanggal penulisan hanya untuk Formulir A sebuah temuan.", None))
        self.writtenLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal penulisan Formulir A", None))
        self.writtenEdit.setDisplayFormat(QCoreApplication.translate("FindingEditor", u"dddd, d MMMM yyyy", None))
        self.writtenHint.setText(QCoreApplication.translate("FindingEditor", u"Bulan dan tahun nomor Formulir A mengikuti tanggal ini.", None))
        self.activitiesTitle.setText(QCoreApplication.translate("FindingEditor", u"Kegiatan pengawasan (bagian II)", None))
        self.activitiesHint.setText(QCoreApplication.translate("FindingEditor", u"Waktu dan tempat kegiatan pengawasan itu sendiri (mis. patroli siber di sekretariat), bukan waktu dan tempat kejadian.", None))
        self.addActivityButton.setText(QCoreApplication.translate("FindingEditor", u"Tambah kegiatan", None))
        self.removeActivityButton.setText(QCoreApplication.translate("FindingEditor", u"Hapus kegiatan", None))
        self.moveActivityUpButton.setText(QCoreApplication.translate("FindingEditor", u"Naik", None))
#if QT_CONFIG(tooltip)
        self.moveActivityUpButton.setToolTip(QCoreApplication.translate("FindingEditor", u"Pindahkan kegiatan ke atas", None))
#endif // QT_CONFIG(tooltip)
        self.moveActivityDownButton.setText(QCoreApplication.translate("FindingEditor", u"Turun", None))
#if QT_CONFIG(tooltip)
        self.moveActivityDownButton.setToolTip(QCoreApplication.translate("FindingEditor", u"Pindahkan kegiatan ke bawah", None))
#endif // QT_CONFIG(tooltip)
        self.activityFormTitle.setText(QCoreApplication.translate("FindingEditor", u"Kegiatan terpilih", None))
        self.activityFormLabel.setText(QCoreApplication.translate("FindingEditor", u"Bentuk pengawasan", None))
        self.activityDateLabel.setText(QCoreApplication.translate("FindingEditor", u"Tanggal", None))
        self.activityDate.setDisplayFormat(QCoreApplication.translate("FindingEditor", u"dddd, d MMMM yyyy", None))
        self.activityPlaceLabel.setText(QCoreApplication.translate("FindingEditor", u"Tempat kegiatan", None))
        self.activityPlace.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"tempat pengawas bekerja, mis. Sekretariat Panwaslu Kecamatan", None))
        self.activityTimeLabel.setText(QCoreApplication.translate("FindingEditor", u"Pukul", None))
        self.activityTimeDash.setText(QCoreApplication.translate("FindingEditor", u"sampai", None))
        self.activityZoneLabel.setText(QCoreApplication.translate("FindingEditor", u"WIB", None))
        self.activityPurposeLabel.setText(QCoreApplication.translate("FindingEditor", u"Tujuan", None))
        self.activityTargetLabel.setText(QCoreApplication.translate("FindingEditor", u"Sasaran", None))
        self.activitySptLabel.setText(QCoreApplication.translate("FindingEditor", u"Nomor SPT", None))
        self.factsLabel.setText(QCoreApplication.translate("FindingEditor", u"Fakta dan keterangan", None))
        self.factsEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Fakta yang ditemukan dan keterangan saksi/terlapor.", None))
        self.analysisLabel.setText(QCoreApplication.translate("FindingEditor", u"Analisis", None))
        self.analysisEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Analisis unsur pelanggaran.", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("FindingEditor", u"Ketentuan yang diduga dilanggar", None))
        self.fillLegalBasisButton.setText(QCoreApplication.translate("FindingEditor", u"Isi ketentuan bawaan", None))
#if QT_CONFIG(tooltip)
        self.fillLegalBasisButton.setToolTip(QCoreApplication.translate("FindingEditor", u"Salin ketentuan yang mengikat jenis terlapor pada jenis pemilu ini, untuk diubah", None))
#endif // QT_CONFIG(tooltip)
        self.legalBasisHint.setText(QCoreApplication.translate("FindingEditor", u"Bila kosong, formulir mencetak ketentuan bawaan menurut jenis terlapor dan jenis pemilu (tampak samar di kotak). Teks yang Anda tulis menggantikan ketentuan bawaan; pisahkan dengan titik koma atau baris baru.", None))
        self.legalBasisEdit.setPlaceholderText("")
        self.tabs.setTabText(self.tabs.indexOf(self.formATab), QCoreApplication.translate("FindingEditor", u"Formulir A", None))
        self.needsMoreInfo.setText(QCoreApplication.translate("FindingEditor", u"Perlu keterangan tambahan (batas waktu putusan diperpanjang)", None))
        self.forwardedToLabel.setText(QCoreApplication.translate("FindingEditor", u"Diteruskan ke", None))
        self.sanctionLabel.setText(QCoreApplication.translate("FindingEditor", u"Sanksi yang dijatuhkan", None))
        self.caseStatusLabel.setText(QCoreApplication.translate("FindingEditor", u"Status", None))
        self.caseStatusValue.setText(QCoreApplication.translate("FindingEditor", u"\u2014", None))
        self.caseRegisterLabel.setText(QCoreApplication.translate("FindingEditor", u"Nomor register", None))
        self.caseRegisterValue.setText(QCoreApplication.translate("FindingEditor", u"\u2014", None))
        self.caseFormALabel.setText(QCoreApplication.translate("FindingEditor", u"Nomor Formulir A", None))
        self.caseFormAValue.setText(QCoreApplication.translate("FindingEditor", u"\u2014", None))
        self.caseVersionLabel.setText(QCoreApplication.translate("FindingEditor", u"Dicatat / diubah", None))
        self.caseVersionValue.setText(QCoreApplication.translate("FindingEditor", u"\u2014", None))
        self.followHint.setText(QCoreApplication.translate("FindingEditor", u"Status temuan diubah lewat tombol \u201cUbah status\u2026\u201d di jendela utama, dengan alasan yang tercatat.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("FindingEditor", u"Tindak lanjut", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("FindingEditor", u"Bukti", None))
        self.cancelButton.setText(QCoreApplication.translate("FindingEditor", u"Batal", None))
        self.saveButton.setText(QCoreApplication.translate("FindingEditor", u"Simpan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("FindingEditor", u"Simpan temuan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

