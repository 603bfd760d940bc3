# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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

        self.reporterTitle = QLabel(self.linksTab)
        self.reporterTitle.setObjectName(u"reporterTitle")
        self.reporterTitle.setProperty(u"role", u"subheading")

        self.linksLayout.addWidget(self.reporterTitle)

        self.reporterGrid = QGridLayout()
        self.reporterGrid.setObjectName(u"reporterGrid")
        self.reporterGrid.setHorizontalSpacing(10)
        self.reporterGrid.setVerticalSpacing(4)
        self.reporterNameLabel = QLabel(self.linksTab)
        self.reporterNameLabel.setObjectName(u"reporterNameLabel")
        self.reporterNameLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterNameLabel, 0, 0, 1, 1)

        self.reporterName = QLineEdit(self.linksTab)
        self.reporterName.setObjectName(u"reporterName")

        self.reporterGrid.addWidget(self.reporterName, 0, 1, 1, 1)

        self.reporterAddressLabel = QLabel(self.linksTab)
        self.reporterAddressLabel.setObjectName(u"reporterAddressLabel")
        self.reporterAddressLabel.setProperty(u"role", u"muted")

        self.reporterGrid.addWidget(self.reporterAddressLabel, 0, 2, 1, 1)

        self.reporterAddress = QLineEdit(self.linksTab)
        self.reporterAddress.setObjectName(u"reporterAddress")

        self.reporterGrid.addWidget(self.reporterAddress, 0, 3, 1, 1)

        self.err_reporter_name = QLabel(self.linksTab)
        self.err_reporter_name.setObjectName(u"err_reporter_name")
        self.err_reporter_name.setWordWrap(True)
        self.err_reporter_name.setProperty(u"role", u"error")
        self.err_reporter_name.setVisible(False)

        self.reporterGrid.addWidget(self.err_reporter_name, 1, 1, 1, 3)

        self.reporterGrid.setColumnStretch(1, 1)
        self.reporterGrid.setColumnStretch(3, 1)

        self.linksLayout.addLayout(self.reporterGrid)

        self.tabs.addTab(self.linksTab, "")
        self.formATab = QWidget()
        self.formATab.setObjectName(u"formATab")
        self.formALayout = QVBoxLayout(self.formATab)
        self.formALayout.setSpacing(4)
        self.formALayout.setObjectName(u"formALayout")
        self.formALayout.setContentsMargins(14, 12, 14, 10)
        self.supervisionGrid = QGridLayout()
        self.supervisionGrid.setObjectName(u"supervisionGrid")
        self.supervisionGrid.setHorizontalSpacing(10)
        self.supervisionGrid.setVerticalSpacing(4)
        self.supervisionFormLabel = QLabel(self.formATab)
        self.supervisionFormLabel.setObjectName(u"supervisionFormLabel")
        self.supervisionFormLabel.setProperty(u"role", u"muted")

        self.supervisionGrid.addWidget(self.supervisionFormLabel, 0, 0, 1, 1)

        self.supervisionForm = QComboBox(self.formATab)
        self.supervisionForm.setObjectName(u"supervisionForm")

        self.supervisionGrid.addWidget(self.supervisionForm, 1, 0, 1, 1)

        self.supervisionPurposeLabel = QLabel(self.formATab)
        self.supervisionPurposeLabel.setObjectName(u"supervisionPurposeLabel")
        self.supervisionPurposeLabel.setProperty(u"role", u"muted")

        self.supervisionGrid.addWidget(self.supervisionPurposeLabel, 0, 1, 1, 1)

        self.supervisionPurpose = QLineEdit(self.formATab)
        self.supervisionPurpose.setObjectName(u"supervisionPurpose")

        self.supervisionGrid.addWidget(self.supervisionPurpose, 1, 1, 1, 1)

        self.supervisionTargetLabel = QLabel(self.formATab)
        self.supervisionTargetLabel.setObjectName(u"supervisionTargetLabel")
        self.supervisionTargetLabel.setProperty(u"role", u"muted")

        self.supervisionGrid.addWidget(self.supervisionTargetLabel, 0, 2, 1, 1)

        self.supervisionTarget = QLineEdit(self.formATab)
        self.supervisionTarget.setObjectName(u"supervisionTarget")

        self.supervisionGrid.addWidget(self.supervisionTarget, 1, 2, 1, 1)

        self.supervisionGrid.setColumnStretch(0, 1)
        self.supervisionGrid.setColumnStretch(1, 2)
        self.supervisionGrid.setColumnStretch(2, 2)

        self.formALayout.addLayout(self.supervisionGrid)

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
        self.supervisionFormLabel.setBuddy(self.supervisionForm)
        self.supervisionPurposeLabel.setBuddy(self.supervisionPurpose)
        self.supervisionTargetLabel.setBuddy(self.supervisionTarget)
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
        self.reporterTitle.setText(QCoreApplication.translate("FindingEditor", u"Pelapor (khusus laporan masyarakat)", None))
        self.reporterNameLabel.setText(QCoreApplication.translate("FindingEditor", u"Nama pelapor", None))
        self.reporterAddressLabel.setText(QCoreApplication.translate("FindingEditor", u"Alamat pelapor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linksTab), QCoreApplication.translate("FindingEditor", u"Tautan && saksi", None))
        self.supervisionFormLabel.setText(QCoreApplication.translate("FindingEditor", u"Bentuk pengawasan", None))
        self.supervisionPurposeLabel.setText(QCoreApplication.translate("FindingEditor", u"Tujuan pengawasan", None))
        self.supervisionTargetLabel.setText(QCoreApplication.translate("FindingEditor", u"Sasaran pengawasan", None))
        self.factsLabel.setText(QCoreApplication.translate("FindingEditor", u"Fakta dan keterangan", None))
        self.factsEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Fakta yang ditemukan dan keterangan saksi/terlapor.", None))
        self.analysisLabel.setText(QCoreApplication.translate("FindingEditor", u"Analisis", None))
        self.analysisEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"Analisis unsur pelanggaran.", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("FindingEditor", u"Ketentuan yang dilanggar", None))
        self.fillLegalBasisButton.setText(QCoreApplication.translate("FindingEditor", u"Isi dari kategori", None))
#if QT_CONFIG(tooltip)
        self.fillLegalBasisButton.setToolTip(QCoreApplication.translate("FindingEditor", u"Salin dasar hukum kategori terpilih", None))
#endif // QT_CONFIG(tooltip)
        self.legalBasisEdit.setPlaceholderText(QCoreApplication.translate("FindingEditor", u"mis. UU 7/2017 Pasal 280 ayat (2)", None))
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

