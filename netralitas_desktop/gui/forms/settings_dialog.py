# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from netralitas_desktop.gui.region_picker import RegionPicker

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 560)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setSpacing(8)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(16, 14, 16, 14)
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.officeTab = QWidget()
        self.officeTab.setObjectName(u"officeTab")
        self.officeTabLayout = QVBoxLayout(self.officeTab)
        self.officeTabLayout.setSpacing(4)
        self.officeTabLayout.setObjectName(u"officeTabLayout")
        self.officeTabLayout.setContentsMargins(14, 12, 14, 10)
        self.settingsOfficeGrid = QGridLayout()
        self.settingsOfficeGrid.setObjectName(u"settingsOfficeGrid")
        self.settingsOfficeGrid.setHorizontalSpacing(12)
        self.settingsOfficeGrid.setVerticalSpacing(4)
        self.s_officeNameLabel = QLabel(self.officeTab)
        self.s_officeNameLabel.setObjectName(u"s_officeNameLabel")
        self.s_officeNameLabel.setProperty(u"role", u"muted")

        self.settingsOfficeGrid.addWidget(self.s_officeNameLabel, 0, 0, 1, 1)

        self.officeName = QLineEdit(self.officeTab)
        self.officeName.setObjectName(u"officeName")

        self.settingsOfficeGrid.addWidget(self.officeName, 1, 0, 1, 1)

        self.err_office_name = QLabel(self.officeTab)
        self.err_office_name.setObjectName(u"err_office_name")
        self.err_office_name.setWordWrap(True)
        self.err_office_name.setProperty(u"role", u"error")
        self.err_office_name.setVisible(False)

        self.settingsOfficeGrid.addWidget(self.err_office_name, 2, 0, 1, 1)

        self.s_levelLabel = QLabel(self.officeTab)
        self.s_levelLabel.setObjectName(u"s_levelLabel")
        self.s_levelLabel.setProperty(u"role", u"muted")

        self.settingsOfficeGrid.addWidget(self.s_levelLabel, 0, 1, 1, 1)

        self.levelCombo = QComboBox(self.officeTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.settingsOfficeGrid.addWidget(self.levelCombo, 1, 1, 1, 1)

        self.s_officeCodeLabel = QLabel(self.officeTab)
        self.s_officeCodeLabel.setObjectName(u"s_officeCodeLabel")
        self.s_officeCodeLabel.setProperty(u"role", u"muted")

        self.settingsOfficeGrid.addWidget(self.s_officeCodeLabel, 3, 0, 1, 1)

        self.officeCode = QLineEdit(self.officeTab)
        self.officeCode.setObjectName(u"officeCode")

        self.settingsOfficeGrid.addWidget(self.officeCode, 4, 0, 1, 1)

        self.s_officeAddressLabel = QLabel(self.officeTab)
        self.s_officeAddressLabel.setObjectName(u"s_officeAddressLabel")
        self.s_officeAddressLabel.setProperty(u"role", u"muted")

        self.settingsOfficeGrid.addWidget(self.s_officeAddressLabel, 3, 1, 1, 1)

        self.officeAddress = QLineEdit(self.officeTab)
        self.officeAddress.setObjectName(u"officeAddress")

        self.settingsOfficeGrid.addWidget(self.officeAddress, 4, 1, 1, 1)

        self.settingsOfficeGrid.setColumnStretch(0, 1)
        self.settingsOfficeGrid.setColumnStretch(1, 1)

        self.officeTabLayout.addLayout(self.settingsOfficeGrid)

        self.s_officeRegionLabel = QLabel(self.officeTab)
        self.s_officeRegionLabel.setObjectName(u"s_officeRegionLabel")
        self.s_officeRegionLabel.setProperty(u"role", u"muted")

        self.officeTabLayout.addWidget(self.s_officeRegionLabel)

        self.officeRegion = RegionPicker(self.officeTab)
        self.officeRegion.setObjectName(u"officeRegion")

        self.officeTabLayout.addWidget(self.officeRegion)

        self.err_region_code = QLabel(self.officeTab)
        self.err_region_code.setObjectName(u"err_region_code")
        self.err_region_code.setWordWrap(True)
        self.err_region_code.setProperty(u"role", u"error")
        self.err_region_code.setVisible(False)

        self.officeTabLayout.addWidget(self.err_region_code)

        self.officeWarning = QLabel(self.officeTab)
        self.officeWarning.setObjectName(u"officeWarning")
        self.officeWarning.setProperty(u"role", u"muted")
        self.officeWarning.setWordWrap(True)

        self.officeTabLayout.addWidget(self.officeWarning)

        self.officeTabSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeTabLayout.addItem(self.officeTabSpacer)

        self.tabs.addTab(self.officeTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setSpacing(4)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(14, 12, 14, 10)
        self.s_officerTitle = QLabel(self.peopleTab)
        self.s_officerTitle.setObjectName(u"s_officerTitle")
        self.s_officerTitle.setProperty(u"role", u"subheading")

        self.peopleLayout.addWidget(self.s_officerTitle)

        self.s_officerGrid = QGridLayout()
        self.s_officerGrid.setObjectName(u"s_officerGrid")
        self.s_officerGrid.setHorizontalSpacing(12)
        self.s_officerGrid.setVerticalSpacing(4)
        self.s_officerNameLabel = QLabel(self.peopleTab)
        self.s_officerNameLabel.setObjectName(u"s_officerNameLabel")
        self.s_officerNameLabel.setProperty(u"role", u"muted")

        self.s_officerGrid.addWidget(self.s_officerNameLabel, 0, 0, 1, 1)

        self.officerName = QLineEdit(self.peopleTab)
        self.officerName.setObjectName(u"officerName")

        self.s_officerGrid.addWidget(self.officerName, 1, 0, 1, 1)

        self.err_officer = QLabel(self.peopleTab)
        self.err_officer.setObjectName(u"err_officer")
        self.err_officer.setWordWrap(True)
        self.err_officer.setProperty(u"role", u"error")
        self.err_officer.setVisible(False)

        self.s_officerGrid.addWidget(self.err_officer, 2, 0, 1, 1)

        self.s_officerJabatanLabel = QLabel(self.peopleTab)
        self.s_officerJabatanLabel.setObjectName(u"s_officerJabatanLabel")
        self.s_officerJabatanLabel.setProperty(u"role", u"muted")

        self.s_officerGrid.addWidget(self.s_officerJabatanLabel, 0, 1, 1, 1)

        self.officerJabatan = QLineEdit(self.peopleTab)
        self.officerJabatan.setObjectName(u"officerJabatan")

        self.s_officerGrid.addWidget(self.officerJabatan, 1, 1, 1, 1)

        self.s_officerUnitLabel = QLabel(self.peopleTab)
        self.s_officerUnitLabel.setObjectName(u"s_officerUnitLabel")
        self.s_officerUnitLabel.setProperty(u"role", u"muted")

        self.s_officerGrid.addWidget(self.s_officerUnitLabel, 3, 0, 1, 1)

        self.officerUnit = QLineEdit(self.peopleTab)
        self.officerUnit.setObjectName(u"officerUnit")

        self.s_officerGrid.addWidget(self.officerUnit, 4, 0, 1, 1)

        self.s_officerGrid.setColumnStretch(0, 1)
        self.s_officerGrid.setColumnStretch(1, 1)

        self.peopleLayout.addLayout(self.s_officerGrid)

        self.peopleSpacer1 = QSpacerItem(10, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.peopleLayout.addItem(self.peopleSpacer1)

        self.s_signerTitle = QLabel(self.peopleTab)
        self.s_signerTitle.setObjectName(u"s_signerTitle")
        self.s_signerTitle.setProperty(u"role", u"subheading")

        self.peopleLayout.addWidget(self.s_signerTitle)

        self.s_signerGrid = QGridLayout()
        self.s_signerGrid.setObjectName(u"s_signerGrid")
        self.s_signerGrid.setHorizontalSpacing(12)
        self.s_signerGrid.setVerticalSpacing(4)
        self.s_signerNameLabel = QLabel(self.peopleTab)
        self.s_signerNameLabel.setObjectName(u"s_signerNameLabel")
        self.s_signerNameLabel.setProperty(u"role", u"muted")

        self.s_signerGrid.addWidget(self.s_signerNameLabel, 0, 0, 1, 1)

        self.signerName = QLineEdit(self.peopleTab)
        self.signerName.setObjectName(u"signerName")

        self.s_signerGrid.addWidget(self.signerName, 1, 0, 1, 1)

        self.s_signerJabatanLabel = QLabel(self.peopleTab)
        self.s_signerJabatanLabel.setObjectName(u"s_signerJabatanLabel")
        self.s_signerJabatanLabel.setProperty(u"role", u"muted")

        self.s_signerGrid.addWidget(self.s_signerJabatanLabel, 0, 1, 1, 1)

        self.signerJabatan = QLineEdit(self.peopleTab)
        self.signerJabatan.setObjectName(u"signerJabatan")

        self.s_signerGrid.addWidget(self.signerJabatan, 1, 1, 1, 1)

        self.s_signerNipLabel = QLabel(self.peopleTab)
        self.s_signerNipLabel.setObjectName(u"s_signerNipLabel")
        self.s_signerNipLabel.setProperty(u"role", u"muted")

        self.s_signerGrid.addWidget(self.s_signerNipLabel, 2, 0, 1, 1)

        self.signerNip = QLineEdit(self.peopleTab)
        self.signerNip.setObjectName(u"signerNip")

        self.s_signerGrid.addWidget(self.signerNip, 3, 0, 1, 1)

        self.s_signerGrid.setColumnStretch(0, 1)
        self.s_signerGrid.setColumnStretch(1, 1)

        self.peopleLayout.addLayout(self.s_signerGrid)

        self.lockBox = QWidget(self.peopleTab)
        self.lockBox.setObjectName(u"lockBox")
        self.lockLayout = QVBoxLayout(self.lockBox)
        self.lockLayout.setSpacing(4)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockLayout.setContentsMargins(0, 8, 0, 0)
        self.lockMinutesLabel = QLabel(self.lockBox)
        self.lockMinutesLabel.setObjectName(u"lockMinutesLabel")
        self.lockMinutesLabel.setProperty(u"role", u"muted")

        self.lockLayout.addWidget(self.lockMinutesLabel)

        self.lockRow = QHBoxLayout()
        self.lockRow.setObjectName(u"lockRow")
        self.lockMinutes = QSpinBox(self.lockBox)
        self.lockMinutes.setObjectName(u"lockMinutes")
        self.lockMinutes.setMinimum(1)
        self.lockMinutes.setMaximum(240)
        self.lockMinutes.setValue(10)

        self.lockRow.addWidget(self.lockMinutes)

        self.lockRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockRow.addItem(self.lockRowSpacer)


        self.lockLayout.addLayout(self.lockRow)

        self.lockHint = QLabel(self.lockBox)
        self.lockHint.setObjectName(u"lockHint")
        self.lockHint.setProperty(u"role", u"muted")
        self.lockHint.setWordWrap(True)

        self.lockLayout.addWidget(self.lockHint)


        self.peopleLayout.addWidget(self.lockBox)

        self.peopleSpacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peopleLayout.addItem(self.peopleSpacer2)

        self.tabs.addTab(self.peopleTab, "")
        self.letterheadTab = QWidget()
        self.letterheadTab.setObjectName(u"letterheadTab")
        self.letterLayout = QVBoxLayout(self.letterheadTab)
        self.letterLayout.setSpacing(4)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterLayout.setContentsMargins(14, 12, 14, 10)
        self.letterIntro = QLabel(self.letterheadTab)
        self.letterIntro.setObjectName(u"letterIntro")
        self.letterIntro.setProperty(u"role", u"muted")
        self.letterIntro.setWordWrap(True)

        self.letterLayout.addWidget(self.letterIntro)

        self.logoRow = QHBoxLayout()
        self.logoRow.setSpacing(12)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.letterheadTab)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(96, 96))
        self.logoPreview.setMaximumSize(QSize(96, 96))
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setProperty(u"card", True)
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)

        self.logoRow.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setSpacing(6)
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.letterheadTab)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.clearLogoButton = QPushButton(self.letterheadTab)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoButtons.addWidget(self.clearLogoButton)

        self.logoPathLabel = QLabel(self.letterheadTab)
        self.logoPathLabel.setObjectName(u"logoPathLabel")
        self.logoPathLabel.setProperty(u"role", u"muted")
        self.logoPathLabel.setWordWrap(True)

        self.logoButtons.addWidget(self.logoPathLabel)

        self.logoSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoRow.addLayout(self.logoButtons)


        self.letterLayout.addLayout(self.logoRow)

        self.err_logo = QLabel(self.letterheadTab)
        self.err_logo.setObjectName(u"err_logo")
        self.err_logo.setWordWrap(True)
        self.err_logo.setProperty(u"role", u"error")
        self.err_logo.setVisible(False)

        self.letterLayout.addWidget(self.err_logo)

        self.letterOfficeLabel = QLabel(self.letterheadTab)
        self.letterOfficeLabel.setObjectName(u"letterOfficeLabel")
        self.letterOfficeLabel.setProperty(u"role", u"muted")

        self.letterLayout.addWidget(self.letterOfficeLabel)

        self.letterOfficeName = QLineEdit(self.letterheadTab)
        self.letterOfficeName.setObjectName(u"letterOfficeName")

        self.letterLayout.addWidget(self.letterOfficeName)

        self.letterAddressLabel = QLabel(self.letterheadTab)
        self.letterAddressLabel.setObjectName(u"letterAddressLabel")
        self.letterAddressLabel.setProperty(u"role", u"muted")

        self.letterLayout.addWidget(self.letterAddressLabel)

        self.letterAddress = QLineEdit(self.letterheadTab)
        self.letterAddress.setObjectName(u"letterAddress")

        self.letterLayout.addWidget(self.letterAddress)

        self.letterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.letterLayout.addItem(self.letterSpacer)

        self.tabs.addTab(self.letterheadTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setSpacing(4)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(14, 12, 14, 10)
        self.reportGrid = QGridLayout()
        self.reportGrid.setObjectName(u"reportGrid")
        self.reportGrid.setHorizontalSpacing(12)
        self.reportGrid.setVerticalSpacing(4)
        self.s_paperLabel = QLabel(self.reportTab)
        self.s_paperLabel.setObjectName(u"s_paperLabel")
        self.s_paperLabel.setProperty(u"role", u"muted")

        self.reportGrid.addWidget(self.s_paperLabel, 0, 0, 1, 1)

        self.paperCombo = QComboBox(self.reportTab)
        self.paperCombo.setObjectName(u"paperCombo")

        self.reportGrid.addWidget(self.paperCombo, 1, 0, 1, 1)

        self.s_electionLabel = QLabel(self.reportTab)
        self.s_electionLabel.setObjectName(u"s_electionLabel")
        self.s_electionLabel.setProperty(u"role", u"muted")

        self.reportGrid.addWidget(self.s_electionLabel, 0, 1, 1, 1)

        self.electionCombo = QComboBox(self.reportTab)
        self.electionCombo.setObjectName(u"electionCombo")

        self.reportGrid.addWidget(self.electionCombo, 1, 1, 1, 1)

        self.reportGrid.setColumnStretch(0, 1)
        self.reportGrid.setColumnStretch(1, 1)

        self.reportLayout.addLayout(self.reportGrid)

        self.reportHint = QLabel(self.reportTab)
        self.reportHint.setObjectName(u"reportHint")
        self.reportHint.setProperty(u"role", u"muted")
        self.reportHint.setWordWrap(True)

        self.reportLayout.addWidget(self.reportHint)

        self.reportGap = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.reportLayout.addItem(self.reportGap)

        self.formDefaultsGrid = QGridLayout()
        self.formDefaultsGrid.setObjectName(u"formDefaultsGrid")
        self.formDefaultsGrid.setHorizontalSpacing(12)
        self.formDefaultsGrid.setVerticalSpacing(4)
        self.s_assignmentLetterLabel = QLabel(self.reportTab)
        self.s_assignmentLetterLabel.setObjectName(u"s_assignmentLetterLabel")
        self.s_assignmentLetterLabel.setProperty(u"role", u"muted")

        self.formDefaultsGrid.addWidget(self.s_assignmentLetterLabel, 0, 0, 1, 1)

        self.assignmentLetter = QLineEdit(self.reportTab)
        self.assignmentLetter.setObjectName(u"assignmentLetter")

        self.formDefaultsGrid.addWidget(self.assignmentLetter, 1, 0, 1, 1)

        self.s_timeZoneLabel = QLabel(self.reportTab)
        self.s_timeZoneLabel.setObjectName(u"s_timeZoneLabel")
        self.s_timeZoneLabel.setProperty(u"role", u"muted")

        self.formDefaultsGrid.addWidget(self.s_timeZoneLabel, 0, 1, 1, 1)

        self.timeZoneCombo = QComboBox(self.reportTab)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")

        self.formDefaultsGrid.addWidget(self.timeZoneCombo, 1, 1, 1, 1)

        self.formDefaultsGrid.setColumnStretch(0, 1)
        self.formDefaultsGrid.setColumnStretch(1, 1)

        self.reportLayout.addLayout(self.formDefaultsGrid)

        self.formDefaultsHint = QLabel(self.reportTab)
        self.formDefaultsHint.setObjectName(u"formDefaultsHint")
        self.formDefaultsHint.setProperty(u"role", u"muted")
        self.formDefaultsHint.setWordWrap(True)

        self.reportLayout.addWidget(self.formDefaultsHint)

        self.reportSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportLayout.addItem(self.reportSpacer)

        self.tabs.addTab(self.reportTab, "")
        self.syncTab = QWidget()
        self.syncTab.setObjectName(u"syncTab")
        self.syncLayout = QVBoxLayout(self.syncTab)
        self.syncLayout.setSpacing(4)
        self.syncLayout.setObjectName(u"syncLayout")
        self.syncLayout.setContentsMargins(14, 12, 14, 10)
        self.hqCardRow = QHBoxLayout()
        self.hqCardRow.setObjectName(u"hqCardRow")
        self.openCardButton = QPushButton(self.syncTab)
        self.openCardButton.setObjectName(u"openCardButton")
        self.openCardButton.setAutoDefault(False)

        self.hqCardRow.addWidget(self.openCardButton)

        self.hqCardLabel = QLabel(self.syncTab)
        self.hqCardLabel.setObjectName(u"hqCardLabel")
        self.hqCardLabel.setWordWrap(True)
        self.hqCardLabel.setProperty(u"role", u"muted")

        self.hqCardRow.addWidget(self.hqCardLabel)


        self.syncLayout.addLayout(self.hqCardRow)

        self.hqLabel = QLabel(self.syncTab)
        self.hqLabel.setObjectName(u"hqLabel")
        self.hqLabel.setProperty(u"role", u"muted")

        self.syncLayout.addWidget(self.hqLabel)

        self.hqRecipient = QLineEdit(self.syncTab)
        self.hqRecipient.setObjectName(u"hqRecipient")

        self.syncLayout.addWidget(self.hqRecipient)

        self.err_hq_recipient = QLabel(self.syncTab)
        self.err_hq_recipient.setObjectName(u"err_hq_recipient")
        self.err_hq_recipient.setWordWrap(True)
        self.err_hq_recipient.setProperty(u"role", u"error")
        self.err_hq_recipient.setVisible(False)

        self.syncLayout.addWidget(self.err_hq_recipient)

        self.hqHint = QLabel(self.syncTab)
        self.hqHint.setObjectName(u"hqHint")
        self.hqHint.setProperty(u"role", u"muted")
        self.hqHint.setWordWrap(True)

        self.syncLayout.addWidget(self.hqHint)

        self.syncSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.syncLayout.addItem(self.syncSpacer)

        self.tabs.addTab(self.syncTab, "")

        self.settingsLayout.addWidget(self.tabs)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setSpacing(8)
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.problemsLabel = QLabel(SettingsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"role", u"error")
        self.problemsLabel.setWordWrap(True)

        self.settingsButtons.addWidget(self.problemsLabel)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.settingsButtons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.settingsButtons.addWidget(self.saveButton)


        self.settingsLayout.addLayout(self.settingsButtons)

#if QT_CONFIG(shortcut)
        self.s_officeNameLabel.setBuddy(self.officeName)
        self.s_levelLabel.setBuddy(self.levelCombo)
        self.s_officeCodeLabel.setBuddy(self.officeCode)
        self.s_officeAddressLabel.setBuddy(self.officeAddress)
        self.s_officeRegionLabel.setBuddy(self.officeRegion)
        self.s_officerNameLabel.setBuddy(self.officerName)
        self.s_officerJabatanLabel.setBuddy(self.officerJabatan)
        self.s_officerUnitLabel.setBuddy(self.officerUnit)
        self.s_signerNameLabel.setBuddy(self.signerName)
        self.s_signerJabatanLabel.setBuddy(self.signerJabatan)
        self.s_signerNipLabel.setBuddy(self.signerNip)
        self.lockMinutesLabel.setBuddy(self.lockMinutes)
        self.letterOfficeLabel.setBuddy(self.letterOfficeName)
        self.letterAddressLabel.setBuddy(self.letterAddress)
        self.s_paperLabel.setBuddy(self.paperCombo)
        self.s_electionLabel.setBuddy(self.electionCombo)
        self.s_assignmentLetterLabel.setBuddy(self.assignmentLetter)
        self.s_timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.hqLabel.setBuddy(self.hqRecipient)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Pengaturan", None))
        self.s_officeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama kantor", None))
        self.s_levelLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tingkat kantor", None))
        self.s_officeCodeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Kode kantor Bawaslu (nomor register)", None))
        self.s_officeAddressLabel.setText(QCoreApplication.translate("SettingsDialog", u"Alamat kantor", None))
        self.s_officeRegionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Wilayah kantor", None))
        self.officeWarning.setText(QCoreApplication.translate("SettingsDialog", u"Mengubah tingkat, wilayah atau kode kantor hanya memengaruhi nomor register yang dibuat sesudahnya.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officeTab), QCoreApplication.translate("SettingsDialog", u"Kantor", None))
        self.s_officerTitle.setText(QCoreApplication.translate("SettingsDialog", u"Petugas di laptop ini", None))
        self.s_officerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama", None))
        self.s_officerJabatanLabel.setText(QCoreApplication.translate("SettingsDialog", u"Jabatan", None))
        self.s_officerUnitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Unit / divisi", None))
        self.s_signerTitle.setText(QCoreApplication.translate("SettingsDialog", u"Penanda tangan laporan", None))
        self.s_signerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama", None))
        self.s_signerJabatanLabel.setText(QCoreApplication.translate("SettingsDialog", u"Jabatan", None))
        self.s_signerNipLabel.setText(QCoreApplication.translate("SettingsDialog", u"NIP (bila ada)", None))
        self.lockMinutesLabel.setText(QCoreApplication.translate("SettingsDialog", u"Kunci aplikasi setelah tidak dipakai", None))
        self.lockMinutes.setSuffix(QCoreApplication.translate("SettingsDialog", u" menit", None))
        self.lockHint.setText(QCoreApplication.translate("SettingsDialog", u"Tanpa ketikan atau gerakan tetikus selama itu, semua jendela disembunyikan sampai kata sandi data diketik lagi (1\u2013240 menit).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("SettingsDialog", u"Petugas", None))
        self.letterIntro.setText(QCoreApplication.translate("SettingsDialog", u"Kop surat dipakai pada register, rekap dan surat pengantar. Formulir A dicetak tanpa kop (Perbawaslu 5/2022).", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Pilih logo\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"Tanpa logo", None))
        self.logoPathLabel.setText("")
        self.letterOfficeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama kantor pada kop", None))
        self.letterAddressLabel.setText(QCoreApplication.translate("SettingsDialog", u"Alamat pada kop", None))
        self.letterAddress.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Jalan, nomor, kode pos, telepon, surel", None))
        self.tabs.setTabText(self.tabs.indexOf(self.letterheadTab), QCoreApplication.translate("SettingsDialog", u"Kop surat", None))
        self.s_paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ukuran kertas", None))
        self.s_electionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Profil pemilu bawaan", None))
        self.reportHint.setText(QCoreApplication.translate("SettingsDialog", u"F4 (Folio, 215 \u00d7 330 mm) lazim dipakai di kantor pemerintahan; A4 adalah 210 \u00d7 297 mm.", None))
        self.s_assignmentLetterLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nomor SPT bawaan (Formulir A)", None))
        self.assignmentLetter.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"mis. 012/PM.00.01/K.BB-05/11/2023", None))
        self.s_timeZoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"Zona waktu kantor", None))
        self.formDefaultsHint.setText(QCoreApplication.translate("SettingsDialog", u"Nomor SPT bawaan diisikan ke kegiatan pengawasan yang nomor SPT-nya kosong saat temuan disimpan. Semua jam pada formulir, lampiran dan tanda terima dicetak dalam zona waktu kantor.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("SettingsDialog", u"Laporan dan pemilu", None))
        self.openCardButton.setText(QCoreApplication.translate("SettingsDialog", u"Buka kartu kunci\u2026", None))
#if QT_CONFIG(tooltip)
        self.openCardButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Isi kunci kantor atasan dari kartu kuncinya (.nkunci)", None))
#endif // QT_CONFIG(tooltip)
        self.hqLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lanjutan: kunci publik kantor atasan (age)", None))
        self.hqRecipient.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"age1\u2026", None))
        self.hqHint.setText(QCoreApplication.translate("SettingsDialog", u"Bundel untuk tingkat di atas dienkripsi dengan kunci ini sehingga hanya kantor atasan yang dapat membukanya. Cara termudah: buka kartu kunci dari kantor atasan lalu cocokkan sidik jarinya lewat telepon; kunci age1\u2026 juga dapat ditempel langsung. Kunci tersimpan saat Anda menekan Simpan.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.syncTab), QCoreApplication.translate("SettingsDialog", u"Sinkronisasi", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Batal", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"Simpan", None))
    # retranslateUi

