# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWizard, QWizardPage

from netralitas_desktop.gui.region_picker import RegionPicker

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(760, 600)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        SetupWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setSpacing(6)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeSpacer1 = QSpacerItem(10, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.welcomeLayout.addItem(self.welcomeSpacer1)

        self.dataDirLabel = QLabel(self.welcomePage)
        self.dataDirLabel.setObjectName(u"dataDirLabel")
        self.dataDirLabel.setProperty(u"role", u"muted")

        self.welcomeLayout.addWidget(self.dataDirLabel)

        self.dataDirRow = QHBoxLayout()
        self.dataDirRow.setSpacing(6)
        self.dataDirRow.setObjectName(u"dataDirRow")
        self.dataDirEdit = QLineEdit(self.welcomePage)
        self.dataDirEdit.setObjectName(u"dataDirEdit")

        self.dataDirRow.addWidget(self.dataDirEdit)

        self.browseButton = QPushButton(self.welcomePage)
        self.browseButton.setObjectName(u"browseButton")

        self.dataDirRow.addWidget(self.browseButton)


        self.welcomeLayout.addLayout(self.dataDirRow)

        self.dataDirHint = QLabel(self.welcomePage)
        self.dataDirHint.setObjectName(u"dataDirHint")
        self.dataDirHint.setProperty(u"role", u"muted")
        self.dataDirHint.setWordWrap(True)

        self.welcomeLayout.addWidget(self.dataDirHint)

        self.err_data_dir = QLabel(self.welcomePage)
        self.err_data_dir.setObjectName(u"err_data_dir")
        self.err_data_dir.setWordWrap(True)
        self.err_data_dir.setProperty(u"role", u"error")
        self.err_data_dir.setVisible(False)

        self.welcomeLayout.addWidget(self.err_data_dir)

        self.welcomeSpacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer2)

        SetupWizard.addPage(self.welcomePage)
        self.officePage = QWizardPage()
        self.officePage.setObjectName(u"officePage")
        self.officeLayout = QVBoxLayout(self.officePage)
        self.officeLayout.setSpacing(4)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeGrid = QGridLayout()
        self.officeGrid.setObjectName(u"officeGrid")
        self.officeGrid.setHorizontalSpacing(12)
        self.officeGrid.setVerticalSpacing(4)
        self.levelLabel = QLabel(self.officePage)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setProperty(u"role", u"muted")

        self.officeGrid.addWidget(self.levelLabel, 0, 0, 1, 1)

        self.levelCombo = QComboBox(self.officePage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.officeGrid.addWidget(self.levelCombo, 1, 0, 1, 1)

        self.officeCodeLabel = QLabel(self.officePage)
        self.officeCodeLabel.setObjectName(u"officeCodeLabel")
        self.officeCodeLabel.setProperty(u"role", u"muted")

        self.officeGrid.addWidget(self.officeCodeLabel, 0, 1, 1, 1)

        self.officeCode = QLineEdit(self.officePage)
        self.officeCode.setObjectName(u"officeCode")

        self.officeGrid.addWidget(self.officeCode, 1, 1, 1, 1)

        self.officeCodeHint = QLabel(self.officePage)
        self.officeCodeHint.setObjectName(u"officeCodeHint")
        self.officeCodeHint.setProperty(u"role", u"muted")
        self.officeCodeHint.setWordWrap(True)

        self.officeGrid.addWidget(self.officeCodeHint, 2, 1, 1, 1)

        self.err_office_code = QLabel(self.officePage)
        self.err_office_code.setObjectName(u"err_office_code")
        self.err_office_code.setVisible(False)
        self.err_office_code.setWordWrap(True)
        self.err_office_code.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.err_office_code, 3, 1, 1, 1)

        self.officeGrid.setColumnStretch(0, 1)
        self.officeGrid.setColumnStretch(1, 1)

        self.officeLayout.addLayout(self.officeGrid)

        self.officeRegionLabel = QLabel(self.officePage)
        self.officeRegionLabel.setObjectName(u"officeRegionLabel")
        self.officeRegionLabel.setProperty(u"role", u"muted")

        self.officeLayout.addWidget(self.officeRegionLabel)

        self.officeRegion = RegionPicker(self.officePage)
        self.officeRegion.setObjectName(u"officeRegion")

        self.officeLayout.addWidget(self.officeRegion)

        self.err_region_code = QLabel(self.officePage)
        self.err_region_code.setObjectName(u"err_region_code")
        self.err_region_code.setWordWrap(True)
        self.err_region_code.setProperty(u"role", u"error")
        self.err_region_code.setVisible(False)

        self.officeLayout.addWidget(self.err_region_code)

        self.officeNameLabel = QLabel(self.officePage)
        self.officeNameLabel.setObjectName(u"officeNameLabel")
        self.officeNameLabel.setProperty(u"role", u"muted")

        self.officeLayout.addWidget(self.officeNameLabel)

        self.officeName = QLineEdit(self.officePage)
        self.officeName.setObjectName(u"officeName")

        self.officeLayout.addWidget(self.officeName)

        self.err_office_name = QLabel(self.officePage)
        self.err_office_name.setObjectName(u"err_office_name")
        self.err_office_name.setWordWrap(True)
        self.err_office_name.setProperty(u"role", u"error")
        self.err_office_name.setVisible(False)

        self.officeLayout.addWidget(self.err_office_name)

        self.officeAddressLabel = QLabel(self.officePage)
        self.officeAddressLabel.setObjectName(u"officeAddressLabel")
        self.officeAddressLabel.setProperty(u"role", u"muted")

        self.officeLayout.addWidget(self.officeAddressLabel)

        self.officeAddress = QLineEdit(self.officePage)
        self.officeAddress.setObjectName(u"officeAddress")

        self.officeLayout.addWidget(self.officeAddress)

        self.officeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeLayout.addItem(self.officeSpacer)

        SetupWizard.addPage(self.officePage)
        self.officerPage = QWizardPage()
        self.officerPage.setObjectName(u"officerPage")
        self.officerLayout = QVBoxLayout(self.officerPage)
        self.officerLayout.setSpacing(6)
        self.officerLayout.setObjectName(u"officerLayout")
        self.officerGrid = QGridLayout()
        self.officerGrid.setObjectName(u"officerGrid")
        self.officerGrid.setHorizontalSpacing(12)
        self.officerGrid.setVerticalSpacing(4)
        self.officerNameLabel = QLabel(self.officerPage)
        self.officerNameLabel.setObjectName(u"officerNameLabel")
        self.officerNameLabel.setProperty(u"role", u"muted")

        self.officerGrid.addWidget(self.officerNameLabel, 0, 0, 1, 1)

        self.officerName = QLineEdit(self.officerPage)
        self.officerName.setObjectName(u"officerName")

        self.officerGrid.addWidget(self.officerName, 1, 0, 1, 1)

        self.err_officer = QLabel(self.officerPage)
        self.err_officer.setObjectName(u"err_officer")
        self.err_officer.setWordWrap(True)
        self.err_officer.setProperty(u"role", u"error")
        self.err_officer.setVisible(False)

        self.officerGrid.addWidget(self.err_officer, 2, 0, 1, 1)

        self.officerJabatanLabel = QLabel(self.officerPage)
        self.officerJabatanLabel.setObjectName(u"officerJabatanLabel")
        self.officerJabatanLabel.setProperty(u"role", u"muted")

        self.officerGrid.addWidget(self.officerJabatanLabel, 0, 1, 1, 1)

        self.officerJabatan = QLineEdit(self.officerPage)
        self.officerJabatan.setObjectName(u"officerJabatan")

        self.officerGrid.addWidget(self.officerJabatan, 1, 1, 1, 1)

        self.officerUnitLabel = QLabel(self.officerPage)
        self.officerUnitLabel.setObjectName(u"officerUnitLabel")
        self.officerUnitLabel.setProperty(u"role", u"muted")

        self.officerGrid.addWidget(self.officerUnitLabel, 3, 0, 1, 1)

        self.officerUnit = QLineEdit(self.officerPage)
        self.officerUnit.setObjectName(u"officerUnit")

        self.officerGrid.addWidget(self.officerUnit, 4, 0, 1, 1)

        self.officerGrid.setColumnStretch(0, 1)
        self.officerGrid.setColumnStretch(1, 1)

        self.officerLayout.addLayout(self.officerGrid)

        self.officerSpacer1 = QSpacerItem(10, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.officerLayout.addItem(self.officerSpacer1)

        self.signerTitle = QLabel(self.officerPage)
        self.signerTitle.setObjectName(u"signerTitle")
        self.signerTitle.setProperty(u"role", u"subheading")

        self.officerLayout.addWidget(self.signerTitle)

        self.sameSigner = QCheckBox(self.officerPage)
        self.sameSigner.setObjectName(u"sameSigner")
        self.sameSigner.setChecked(True)

        self.officerLayout.addWidget(self.sameSigner)

        self.signerGrid = QGridLayout()
        self.signerGrid.setObjectName(u"signerGrid")
        self.signerGrid.setHorizontalSpacing(12)
        self.signerGrid.setVerticalSpacing(4)
        self.signerNameLabel = QLabel(self.officerPage)
        self.signerNameLabel.setObjectName(u"signerNameLabel")
        self.signerNameLabel.setProperty(u"role", u"muted")

        self.signerGrid.addWidget(self.signerNameLabel, 0, 0, 1, 1)

        self.signerName = QLineEdit(self.officerPage)
        self.signerName.setObjectName(u"signerName")

        self.signerGrid.addWidget(self.signerName, 1, 0, 1, 1)

        self.signerJabatanLabel = QLabel(self.officerPage)
        self.signerJabatanLabel.setObjectName(u"signerJabatanLabel")
        self.signerJabatanLabel.setProperty(u"role", u"muted")

        self.signerGrid.addWidget(self.signerJabatanLabel, 0, 1, 1, 1)

        self.signerJabatan = QLineEdit(self.officerPage)
        self.signerJabatan.setObjectName(u"signerJabatan")

        self.signerGrid.addWidget(self.signerJabatan, 1, 1, 1, 1)

        self.signerGrid.setColumnStretch(0, 1)
        self.signerGrid.setColumnStretch(1, 1)

        self.officerLayout.addLayout(self.signerGrid)

        self.officerSpacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officerLayout.addItem(self.officerSpacer2)

        SetupWizard.addPage(self.officerPage)
        self.syncPage = QWizardPage()
        self.syncPage.setObjectName(u"syncPage")
        self.syncLayout = QVBoxLayout(self.syncPage)
        self.syncLayout.setSpacing(6)
        self.syncLayout.setObjectName(u"syncLayout")
        self.syncIntro = QLabel(self.syncPage)
        self.syncIntro.setObjectName(u"syncIntro")
        self.syncIntro.setWordWrap(True)

        self.syncLayout.addWidget(self.syncIntro)

        self.cardButtonRow = QHBoxLayout()
        self.cardButtonRow.setObjectName(u"cardButtonRow")
        self.openCardButton = QPushButton(self.syncPage)
        self.openCardButton.setObjectName(u"openCardButton")
        self.openCardButton.setAutoDefault(False)

        self.cardButtonRow.addWidget(self.openCardButton)

        self.clearCardButton = QPushButton(self.syncPage)
        self.clearCardButton.setObjectName(u"clearCardButton")
        self.clearCardButton.setAutoDefault(False)

        self.cardButtonRow.addWidget(self.clearCardButton)

        self.cardButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardButtonRow.addItem(self.cardButtonSpacer)


        self.syncLayout.addLayout(self.cardButtonRow)

        self.cardLabel = QLabel(self.syncPage)
        self.cardLabel.setObjectName(u"cardLabel")
        self.cardLabel.setWordWrap(True)
        self.cardLabel.setTextFormat(Qt.TextFormat.RichText)

        self.syncLayout.addWidget(self.cardLabel)

        self.err_card = QLabel(self.syncPage)
        self.err_card.setObjectName(u"err_card")
        self.err_card.setVisible(False)
        self.err_card.setWordWrap(True)
        self.err_card.setProperty(u"role", u"error")

        self.syncLayout.addWidget(self.err_card)

        self.advancedKeyCheck = QCheckBox(self.syncPage)
        self.advancedKeyCheck.setObjectName(u"advancedKeyCheck")

        self.syncLayout.addWidget(self.advancedKeyCheck)

        self.hqKeyEdit = QLineEdit(self.syncPage)
        self.hqKeyEdit.setObjectName(u"hqKeyEdit")

        self.syncLayout.addWidget(self.hqKeyEdit)

        self.err_hq_key = QLabel(self.syncPage)
        self.err_hq_key.setObjectName(u"err_hq_key")
        self.err_hq_key.setVisible(False)
        self.err_hq_key.setWordWrap(True)
        self.err_hq_key.setProperty(u"role", u"error")

        self.syncLayout.addWidget(self.err_hq_key)

        self.syncSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.syncLayout.addItem(self.syncSpacer)

        SetupWizard.addPage(self.syncPage)
        self.protectionPage = QWizardPage()
        self.protectionPage.setObjectName(u"protectionPage")
        self.protectionLayout = QVBoxLayout(self.protectionPage)
        self.protectionLayout.setSpacing(4)
        self.protectionLayout.setObjectName(u"protectionLayout")
        self.passphraseGrid = QGridLayout()
        self.passphraseGrid.setObjectName(u"passphraseGrid")
        self.passphraseGrid.setHorizontalSpacing(12)
        self.passphraseGrid.setVerticalSpacing(4)
        self.passphraseLabel = QLabel(self.protectionPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")
        self.passphraseLabel.setProperty(u"role", u"muted")

        self.passphraseGrid.addWidget(self.passphraseLabel, 0, 0, 1, 1)

        self.passphraseEdit = QLineEdit(self.protectionPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.passphraseEdit, 1, 0, 1, 1)

        self.passphraseRepeatLabel = QLabel(self.protectionPage)
        self.passphraseRepeatLabel.setObjectName(u"passphraseRepeatLabel")
        self.passphraseRepeatLabel.setProperty(u"role", u"muted")

        self.passphraseGrid.addWidget(self.passphraseRepeatLabel, 0, 1, 1, 1)

        self.passphraseRepeat = QLineEdit(self.protectionPage)
        self.passphraseRepeat.setObjectName(u"passphraseRepeat")
        self.passphraseRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseGrid.addWidget(self.passphraseRepeat, 1, 1, 1, 1)

        self.passphraseGrid.setColumnStretch(0, 1)
        self.passphraseGrid.setColumnStretch(1, 1)

        self.protectionLayout.addLayout(self.passphraseGrid)

        self.passphraseHint = QLabel(self.protectionPage)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)
        self.passphraseHint.setProperty(u"role", u"muted")

        self.protectionLayout.addWidget(self.passphraseHint)

        self.err_passphrase = QLabel(self.protectionPage)
        self.err_passphrase.setObjectName(u"err_passphrase")
        self.err_passphrase.setWordWrap(True)
        self.err_passphrase.setProperty(u"role", u"error")
        self.err_passphrase.setVisible(False)

        self.protectionLayout.addWidget(self.err_passphrase)

        self.recoverySheetCheck = QCheckBox(self.protectionPage)
        self.recoverySheetCheck.setObjectName(u"recoverySheetCheck")
        self.recoverySheetCheck.setChecked(True)

        self.protectionLayout.addWidget(self.recoverySheetCheck)

        self.protectionSpacer1 = QSpacerItem(10, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.protectionLayout.addItem(self.protectionSpacer1)

        self.noPassphraseCheck = QCheckBox(self.protectionPage)
        self.noPassphraseCheck.setObjectName(u"noPassphraseCheck")

        self.protectionLayout.addWidget(self.noPassphraseCheck)

        self.noPassphraseWarning = QLabel(self.protectionPage)
        self.noPassphraseWarning.setObjectName(u"noPassphraseWarning")
        self.noPassphraseWarning.setWordWrap(True)
        self.noPassphraseWarning.setProperty(u"role", u"error")
        self.noPassphraseWarning.setVisible(False)

        self.protectionLayout.addWidget(self.noPassphraseWarning)

        self.protectionSpacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.protectionLayout.addItem(self.protectionSpacer2)

        SetupWizard.addPage(self.protectionPage)
        self.electionPage = QWizardPage()
        self.electionPage.setObjectName(u"electionPage")
        self.electionLayout = QVBoxLayout(self.electionPage)
        self.electionLayout.setSpacing(6)
        self.electionLayout.setObjectName(u"electionLayout")
        self.electionGrid = QGridLayout()
        self.electionGrid.setObjectName(u"electionGrid")
        self.electionGrid.setHorizontalSpacing(12)
        self.electionGrid.setVerticalSpacing(4)
        self.electionLabel = QLabel(self.electionPage)
        self.electionLabel.setObjectName(u"electionLabel")
        self.electionLabel.setProperty(u"role", u"muted")

        self.electionGrid.addWidget(self.electionLabel, 0, 0, 1, 1)

        self.electionCombo = QComboBox(self.electionPage)
        self.electionCombo.setObjectName(u"electionCombo")

        self.electionGrid.addWidget(self.electionCombo, 1, 0, 1, 1)

        self.paperLabel = QLabel(self.electionPage)
        self.paperLabel.setObjectName(u"paperLabel")
        self.paperLabel.setProperty(u"role", u"muted")

        self.electionGrid.addWidget(self.paperLabel, 0, 1, 1, 1)

        self.paperCombo = QComboBox(self.electionPage)
        self.paperCombo.setObjectName(u"paperCombo")

        self.electionGrid.addWidget(self.paperCombo, 1, 1, 1, 1)

        self.electionGrid.setColumnStretch(0, 1)
        self.electionGrid.setColumnStretch(1, 1)

        self.electionLayout.addLayout(self.electionGrid)

        self.electionHint = QLabel(self.electionPage)
        self.electionHint.setObjectName(u"electionHint")
        self.electionHint.setProperty(u"role", u"muted")
        self.electionHint.setWordWrap(True)

        self.electionLayout.addWidget(self.electionHint)

        self.electionSpacer1 = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.electionLayout.addItem(self.electionSpacer1)

        self.summaryTitle = QLabel(self.electionPage)
        self.summaryTitle.setObjectName(u"summaryTitle")
        self.summaryTitle.setProperty(u"role", u"subheading")

        self.electionLayout.addWidget(self.summaryTitle)

        self.summaryLabel = QLabel(self.electionPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.electionLayout.addWidget(self.summaryLabel)

        self.err_create = QLabel(self.electionPage)
        self.err_create.setObjectName(u"err_create")
        self.err_create.setWordWrap(True)
        self.err_create.setProperty(u"role", u"error")
        self.err_create.setVisible(False)

        self.electionLayout.addWidget(self.err_create)

        self.electionSpacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.electionLayout.addItem(self.electionSpacer2)

        SetupWizard.addPage(self.electionPage)
#if QT_CONFIG(shortcut)
        self.dataDirLabel.setBuddy(self.dataDirEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.officeCodeLabel.setBuddy(self.officeCode)
        self.officeRegionLabel.setBuddy(self.officeRegion)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeAddressLabel.setBuddy(self.officeAddress)
        self.officerNameLabel.setBuddy(self.officerName)
        self.officerJabatanLabel.setBuddy(self.officerJabatan)
        self.officerUnitLabel.setBuddy(self.officerUnit)
        self.signerNameLabel.setBuddy(self.signerName)
        self.signerJabatanLabel.setBuddy(self.signerJabatan)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.passphraseRepeatLabel.setBuddy(self.passphraseRepeat)
        self.electionLabel.setBuddy(self.electionCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Menyiapkan Netralitas Desktop", None))
        self.welcomePage.setTitle(QCoreApplication.translate("SetupWizard", u"Selamat datang di Netralitas Desktop", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Siapkan aplikasi untuk kantor Anda. Semua data tersimpan di laptop ini dan dapat dipakai tanpa internet.", None))
        self.welcomeText.setText(QCoreApplication.translate("SetupWizard", u"Aplikasi ini membantu pengawas mencatat dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa: temuan dan laporan, terlapor, bukti, batas waktu penanganan, hingga Formulir A.\n"
"Anda akan diminta mengisi data kantor, petugas yang memakai laptop ini, dan penanda tangan laporan. Semuanya dapat diubah nanti lewat menu Berkas \u2192 Pengaturan.", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SetupWizard", u"Folder data", None))
        self.browseButton.setText(QCoreApplication.translate("SetupWizard", u"Pilih\u2026", None))
        self.dataDirHint.setText(QCoreApplication.translate("SetupWizard", u"Basis data dan berkas bukti disimpan di folder ini. Cadangkan folder ini secara berkala.", None))
        self.officePage.setTitle(QCoreApplication.translate("SetupWizard", u"Kantor", None))
        self.officePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Kantor pengawas yang memakai laptop ini. Wilayahnya dipilih dari data wilayah Kemendagri.", None))
        self.levelLabel.setText(QCoreApplication.translate("SetupWizard", u"Tingkat kantor", None))
        self.officeCodeLabel.setText(QCoreApplication.translate("SetupWizard", u"Kode kantor Bawaslu", None))
        self.officeCode.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mis. 19.03", None))
        self.officeCodeHint.setText(QCoreApplication.translate("SetupWizard", u"Kode wilayah Bawaslu pada nomor register (mis. \u2026/Kab/19.03/IV/2024), bukan kode Kemendagri.", None))
        self.officeRegionLabel.setText(QCoreApplication.translate("SetupWizard", u"Wilayah kantor", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Nama kantor", None))
        self.officeName.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mis. Panwaslu Kecamatan Toboali", None))
        self.officeAddressLabel.setText(QCoreApplication.translate("SetupWizard", u"Alamat kantor", None))
        self.officeAddress.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Jalan, nomor, desa/kelurahan", None))
        self.officerPage.setTitle(QCoreApplication.translate("SetupWizard", u"Petugas dan penanda tangan", None))
        self.officerPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Nama petugas tercatat pada setiap perubahan; penanda tangan tercetak pada laporan.", None))
        self.officerNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Nama petugas di laptop ini", None))
        self.officerJabatanLabel.setText(QCoreApplication.translate("SetupWizard", u"Jabatan", None))
        self.officerJabatan.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mis. Anggota Panwaslu Kecamatan", None))
        self.officerUnitLabel.setText(QCoreApplication.translate("SetupWizard", u"Unit / divisi", None))
        self.officerUnit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mis. Divisi Penanganan Pelanggaran", None))
        self.signerTitle.setText(QCoreApplication.translate("SetupWizard", u"Penanda tangan laporan", None))
        self.sameSigner.setText(QCoreApplication.translate("SetupWizard", u"Sama dengan petugas", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Nama penanda tangan", None))
        self.signerJabatanLabel.setText(QCoreApplication.translate("SetupWizard", u"Jabatan penanda tangan", None))
        self.signerJabatan.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"mis. Ketua Panwaslu Kecamatan Toboali", None))
        self.syncPage.setTitle(QCoreApplication.translate("SetupWizard", u"Kantor atasan", None))
        self.syncPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Bundel yang Anda kirim ke atas dikunci sehingga hanya kantor atasan yang dapat membukanya.", None))
        self.syncIntro.setText(QCoreApplication.translate("SetupWizard", u"Minta kartu kunci (berkas .nkunci) kepada kantor atasan \u2014 mereka membuatnya dengan satu klik \u2014 lalu buka di sini dan cocokkan sidik jarinya lewat telepon.", None))
        self.openCardButton.setText(QCoreApplication.translate("SetupWizard", u"Buka kartu kunci\u2026", None))
        self.clearCardButton.setText(QCoreApplication.translate("SetupWizard", u"Lepas kartu", None))
        self.advancedKeyCheck.setText(QCoreApplication.translate("SetupWizard", u"Lanjutan: tempel kunci publik age (age1\u2026) tanpa kartu", None))
        self.hqKeyEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"age1\u2026", None))
        self.protectionPage.setTitle(QCoreApplication.translate("SetupWizard", u"Kata sandi data", None))
        self.protectionPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Data pengawasan memuat data pribadi. Dengan kata sandi, basis data, berkas bukti dan kunci perangkat terenkripsi di laptop ini.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("SetupWizard", u"Kata sandi data", None))
        self.passphraseRepeatLabel.setText(QCoreApplication.translate("SetupWizard", u"Ketik sekali lagi", None))
        self.recoverySheetCheck.setText(QCoreApplication.translate("SetupWizard", u"Simpan lembar pemulihan (PDF untuk dicetak) setelah data dibuat", None))
        self.noPassphraseCheck.setText(QCoreApplication.translate("SetupWizard", u"Jangan lindungi data dengan kata sandi (tidak disarankan)", None))
        self.noPassphraseWarning.setText(QCoreApplication.translate("SetupWizard", u"Tanpa kata sandi, siapa pun yang menyalin folder data dapat membaca semua temuan, NIP/NIK terlapor dan bukti. Anda dapat melindunginya nanti lewat Berkas \u2192 Lindungi data dengan kata sandi.", None))
        self.electionPage.setTitle(QCoreApplication.translate("SetupWizard", u"Pemilu dan kertas", None))
        self.electionPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Profil pemilu menentukan tahapan, nomor register dan cara menghitung batas waktu.", None))
        self.electionLabel.setText(QCoreApplication.translate("SetupWizard", u"Profil pemilu bawaan", None))
        self.paperLabel.setText(QCoreApplication.translate("SetupWizard", u"Ukuran kertas laporan", None))
        self.electionHint.setText("")
        self.summaryTitle.setText(QCoreApplication.translate("SetupWizard", u"Ringkasan", None))
    # retranslateUi

