# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ExportBundleDialog(object):
    def setupUi(self, ExportBundleDialog):
        if not ExportBundleDialog.objectName():
            ExportBundleDialog.setObjectName(u"ExportBundleDialog")
        ExportBundleDialog.resize(720, 640)
        self.exportLayout = QVBoxLayout(ExportBundleDialog)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportLayout.setContentsMargins(16, 14, 16, 14)
        self.pages = QStackedWidget(ExportBundleDialog)
        self.pages.setObjectName(u"pages")
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setSpacing(10)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(self.setupPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.setupLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.setupPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.setupLayout.addWidget(self.introLabel)

        self.destinationFrame = QFrame(self.setupPage)
        self.destinationFrame.setObjectName(u"destinationFrame")
        self.destinationFrame.setProperty(u"card", True)
        self.destinationGrid = QGridLayout(self.destinationFrame)
        self.destinationGrid.setObjectName(u"destinationGrid")
        self.destinationGrid.setHorizontalSpacing(8)
        self.destinationGrid.setVerticalSpacing(4)
        self.destinationGrid.setContentsMargins(12, 10, 12, 12)
        self.destinationLabel = QLabel(self.destinationFrame)
        self.destinationLabel.setObjectName(u"destinationLabel")
        self.destinationLabel.setProperty(u"role", u"subheading")

        self.destinationGrid.addWidget(self.destinationLabel, 0, 0, 1, 2)

        self.folderLabel = QLabel(self.destinationFrame)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setProperty(u"role", u"muted")

        self.destinationGrid.addWidget(self.folderLabel, 1, 0, 1, 2)

        self.folderEdit = QLineEdit(self.destinationFrame)
        self.folderEdit.setObjectName(u"folderEdit")

        self.destinationGrid.addWidget(self.folderEdit, 2, 0, 1, 1)

        self.chooseFolderButton = QPushButton(self.destinationFrame)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.destinationGrid.addWidget(self.chooseFolderButton, 2, 1, 1, 1)

        self.fileNameLabel = QLabel(self.destinationFrame)
        self.fileNameLabel.setObjectName(u"fileNameLabel")
        self.fileNameLabel.setProperty(u"role", u"muted")

        self.destinationGrid.addWidget(self.fileNameLabel, 3, 0, 1, 2)

        self.fileNameEdit = QLineEdit(self.destinationFrame)
        self.fileNameEdit.setObjectName(u"fileNameEdit")

        self.destinationGrid.addWidget(self.fileNameEdit, 4, 0, 1, 2)

        self.err_output = QLabel(self.destinationFrame)
        self.err_output.setObjectName(u"err_output")
        self.err_output.setWordWrap(True)
        self.err_output.setProperty(u"role", u"error")
        self.err_output.setVisible(False)

        self.destinationGrid.addWidget(self.err_output, 5, 0, 1, 2)

        self.destinationGrid.setColumnStretch(0, 1)

        self.setupLayout.addWidget(self.destinationFrame)

        self.scopeFrame = QFrame(self.setupPage)
        self.scopeFrame.setObjectName(u"scopeFrame")
        self.scopeFrame.setProperty(u"card", True)
        self.scopeLayout = QVBoxLayout(self.scopeFrame)
        self.scopeLayout.setSpacing(4)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLayout.setContentsMargins(12, 10, 12, 12)
        self.scopeLabel = QLabel(self.scopeFrame)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setProperty(u"role", u"subheading")

        self.scopeLayout.addWidget(self.scopeLabel)

        self.incrementalRadio = QRadioButton(self.scopeFrame)
        self.incrementalRadio.setObjectName(u"incrementalRadio")
        self.incrementalRadio.setChecked(True)

        self.scopeLayout.addWidget(self.incrementalRadio)

        self.lastExportLabel = QLabel(self.scopeFrame)
        self.lastExportLabel.setObjectName(u"lastExportLabel")
        self.lastExportLabel.setWordWrap(True)
        self.lastExportLabel.setIndent(24)
        self.lastExportLabel.setProperty(u"role", u"muted")

        self.scopeLayout.addWidget(self.lastExportLabel)

        self.fullRadio = QRadioButton(self.scopeFrame)
        self.fullRadio.setObjectName(u"fullRadio")

        self.scopeLayout.addWidget(self.fullRadio)

        self.fullHintLabel = QLabel(self.scopeFrame)
        self.fullHintLabel.setObjectName(u"fullHintLabel")
        self.fullHintLabel.setWordWrap(True)
        self.fullHintLabel.setIndent(24)
        self.fullHintLabel.setProperty(u"role", u"muted")

        self.scopeLayout.addWidget(self.fullHintLabel)


        self.setupLayout.addWidget(self.scopeFrame)

        self.recipientsFrame = QFrame(self.setupPage)
        self.recipientsFrame.setObjectName(u"recipientsFrame")
        self.recipientsFrame.setProperty(u"card", True)
        self.recipientsLayout = QVBoxLayout(self.recipientsFrame)
        self.recipientsLayout.setSpacing(6)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsLayout.setContentsMargins(12, 10, 12, 12)
        self.recipientsHeader = QHBoxLayout()
        self.recipientsHeader.setObjectName(u"recipientsHeader")
        self.recipientsLabel = QLabel(self.recipientsFrame)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setProperty(u"role", u"subheading")

        self.recipientsHeader.addWidget(self.recipientsLabel)

        self.recipientsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recipientsHeader.addItem(self.recipientsSpacer)

        self.manageKeysButton = QPushButton(self.recipientsFrame)
        self.manageKeysButton.setObjectName(u"manageKeysButton")
        self.manageKeysButton.setFlat(True)

        self.recipientsHeader.addWidget(self.manageKeysButton)


        self.recipientsLayout.addLayout(self.recipientsHeader)

        self.recipientsHint = QLabel(self.recipientsFrame)
        self.recipientsHint.setObjectName(u"recipientsHint")
        self.recipientsHint.setWordWrap(True)
        self.recipientsHint.setProperty(u"role", u"muted")

        self.recipientsLayout.addWidget(self.recipientsHint)

        self.recipientsList = QListWidget(self.recipientsFrame)
        self.recipientsList.setObjectName(u"recipientsList")
        self.recipientsList.setMaximumSize(QSize(16777215, 84))

        self.recipientsLayout.addWidget(self.recipientsList)

        self.noRecipientWarning = QLabel(self.recipientsFrame)
        self.noRecipientWarning.setObjectName(u"noRecipientWarning")
        self.noRecipientWarning.setWordWrap(True)
        self.noRecipientWarning.setStyleSheet(u"padding: 8px 10px; border-radius: 6px;")
        self.noRecipientWarning.setProperty(u"role", u"chip")
        self.noRecipientWarning.setProperty(u"chip", u"danger")

        self.recipientsLayout.addWidget(self.noRecipientWarning)

        self.extraRecipientRow = QHBoxLayout()
        self.extraRecipientRow.setObjectName(u"extraRecipientRow")
        self.extraRecipientEdit = QLineEdit(self.recipientsFrame)
        self.extraRecipientEdit.setObjectName(u"extraRecipientEdit")

        self.extraRecipientRow.addWidget(self.extraRecipientEdit)

        self.addRecipientButton = QPushButton(self.recipientsFrame)
        self.addRecipientButton.setObjectName(u"addRecipientButton")

        self.extraRecipientRow.addWidget(self.addRecipientButton)


        self.recipientsLayout.addLayout(self.extraRecipientRow)

        self.err_recipient = QLabel(self.recipientsFrame)
        self.err_recipient.setObjectName(u"err_recipient")
        self.err_recipient.setWordWrap(True)
        self.err_recipient.setProperty(u"role", u"error")
        self.err_recipient.setVisible(False)

        self.recipientsLayout.addWidget(self.err_recipient)


        self.setupLayout.addWidget(self.recipientsFrame)

        self.setupSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.setupButtons = QHBoxLayout()
        self.setupButtons.setSpacing(8)
        self.setupButtons.setObjectName(u"setupButtons")
        self.setupButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setupButtons.addItem(self.setupButtonsSpacer)

        self.cancelButton = QPushButton(self.setupPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.setupButtons.addWidget(self.cancelButton)

        self.exportButton = QPushButton(self.setupPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setProperty(u"primary", True)

        self.setupButtons.addWidget(self.exportButton)


        self.setupLayout.addLayout(self.setupButtons)

        self.pages.addWidget(self.setupPage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setSpacing(10)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressTopSpacer)

        self.progressLabel = QLabel(self.progressPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty(u"role", u"subheading")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.progressLayout.addWidget(self.progressBar)

        self.progressHint = QLabel(self.progressPage)
        self.progressHint.setObjectName(u"progressHint")
        self.progressHint.setWordWrap(True)
        self.progressHint.setProperty(u"role", u"muted")

        self.progressLayout.addWidget(self.progressHint)

        self.progressBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressBottomSpacer)

        self.progressButtons = QHBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.progressButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressButtons.addItem(self.progressButtonsSpacer)

        self.stopButton = QPushButton(self.progressPage)
        self.stopButton.setObjectName(u"stopButton")

        self.progressButtons.addWidget(self.stopButton)


        self.progressLayout.addLayout(self.progressButtons)

        self.pages.addWidget(self.progressPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setSpacing(10)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 0, 0, 0)
        self.resultHeading = QLabel(self.resultPage)
        self.resultHeading.setObjectName(u"resultHeading")
        self.resultHeading.setProperty(u"role", u"heading")

        self.resultLayout.addWidget(self.resultHeading)

        self.encryptionLabel = QLabel(self.resultPage)
        self.encryptionLabel.setObjectName(u"encryptionLabel")
        self.encryptionLabel.setWordWrap(True)
        self.encryptionLabel.setStyleSheet(u"padding: 8px 10px; border-radius: 6px;")
        self.encryptionLabel.setProperty(u"role", u"chip")

        self.resultLayout.addWidget(self.encryptionLabel)

        self.resultFrame = QFrame(self.resultPage)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setProperty(u"card", True)
        self.resultForm = QFormLayout(self.resultFrame)
        self.resultForm.setObjectName(u"resultForm")
        self.resultForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.resultForm.setHorizontalSpacing(14)
        self.resultForm.setVerticalSpacing(8)
        self.resultForm.setContentsMargins(12, 12, 12, 12)
        self.resultPathLabel = QLabel(self.resultFrame)
        self.resultPathLabel.setObjectName(u"resultPathLabel")
        self.resultPathLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultPathLabel)

        self.resultPath = QLabel(self.resultFrame)
        self.resultPath.setObjectName(u"resultPath")
        self.resultPath.setWordWrap(True)
        self.resultPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultPath)

        self.resultSequenceLabel = QLabel(self.resultFrame)
        self.resultSequenceLabel.setObjectName(u"resultSequenceLabel")
        self.resultSequenceLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultSequenceLabel)

        self.resultSequence = QLabel(self.resultFrame)
        self.resultSequence.setObjectName(u"resultSequence")
        self.resultSequence.setWordWrap(True)

        self.resultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultSequence)

        self.resultCountsLabel = QLabel(self.resultFrame)
        self.resultCountsLabel.setObjectName(u"resultCountsLabel")
        self.resultCountsLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultCountsLabel)

        self.resultCounts = QLabel(self.resultFrame)
        self.resultCounts.setObjectName(u"resultCounts")
        self.resultCounts.setWordWrap(True)

        self.resultForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultCounts)

        self.resultSizeLabel = QLabel(self.resultFrame)
        self.resultSizeLabel.setObjectName(u"resultSizeLabel")
        self.resultSizeLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultSizeLabel)

        self.resultSize = QLabel(self.resultFrame)
        self.resultSize.setObjectName(u"resultSize")

        self.resultForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultSize)

        self.resultShaLabel = QLabel(self.resultFrame)
        self.resultShaLabel.setObjectName(u"resultShaLabel")
        self.resultShaLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.resultShaLabel)

        self.resultShaRow = QHBoxLayout()
        self.resultShaRow.setObjectName(u"resultShaRow")
        self.resultSha = QLabel(self.resultFrame)
        self.resultSha.setObjectName(u"resultSha")
        self.resultSha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultSha.sizePolicy().hasHeightForWidth())
        self.resultSha.setSizePolicy(sizePolicy)

        self.resultShaRow.addWidget(self.resultSha)

        self.copyShaButton = QPushButton(self.resultFrame)
        self.copyShaButton.setObjectName(u"copyShaButton")

        self.resultShaRow.addWidget(self.copyShaButton)


        self.resultForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.resultShaRow)

        self.resultRecipientsLabel = QLabel(self.resultFrame)
        self.resultRecipientsLabel.setObjectName(u"resultRecipientsLabel")
        self.resultRecipientsLabel.setProperty(u"role", u"muted")

        self.resultForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.resultRecipientsLabel)

        self.resultRecipients = QLabel(self.resultFrame)
        self.resultRecipients.setObjectName(u"resultRecipients")
        self.resultRecipients.setWordWrap(True)

        self.resultForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.resultRecipients)


        self.resultLayout.addWidget(self.resultFrame)

        self.resultWarnings = QLabel(self.resultPage)
        self.resultWarnings.setObjectName(u"resultWarnings")
        self.resultWarnings.setWordWrap(True)
        self.resultWarnings.setStyleSheet(u"padding: 8px 10px; border-radius: 6px;")
        self.resultWarnings.setProperty(u"role", u"chip")
        self.resultWarnings.setProperty(u"chip", u"warning")
        self.resultWarnings.setVisible(False)

        self.resultLayout.addWidget(self.resultWarnings)

        self.resultHint = QLabel(self.resultPage)
        self.resultHint.setObjectName(u"resultHint")
        self.resultHint.setWordWrap(True)
        self.resultHint.setProperty(u"role", u"muted")

        self.resultLayout.addWidget(self.resultHint)

        self.resultSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setSpacing(8)
        self.resultButtons.setObjectName(u"resultButtons")
        self.openFolderButton = QPushButton(self.resultPage)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.resultButtons.addWidget(self.openFolderButton)

        self.resultButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultButtonsSpacer)

        self.closeButton = QPushButton(self.resultPage)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"primary", True)

        self.resultButtons.addWidget(self.closeButton)


        self.resultLayout.addLayout(self.resultButtons)

        self.pages.addWidget(self.resultPage)

        self.exportLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.fileNameLabel.setBuddy(self.fileNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.fileNameEdit)
        QWidget.setTabOrder(self.fileNameEdit, self.incrementalRadio)
        QWidget.setTabOrder(self.incrementalRadio, self.fullRadio)
        QWidget.setTabOrder(self.fullRadio, self.recipientsList)
        QWidget.setTabOrder(self.recipientsList, self.extraRecipientEdit)
        QWidget.setTabOrder(self.extraRecipientEdit, self.addRecipientButton)
        QWidget.setTabOrder(self.addRecipientButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)

        self.retranslateUi(ExportBundleDialog)

        self.pages.setCurrentIndex(0)
        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportBundleDialog)
    # setupUi

    def retranslateUi(self, ExportBundleDialog):
        ExportBundleDialog.setWindowTitle(QCoreApplication.translate("ExportBundleDialog", u"Ekspor bundel", None))
        self.headingLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Ekspor bundel untuk kantor atasan", None))
        self.introLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Bundel memuat temuan, riwayat status, catatan dan berkas bukti, ditandatangani oleh perangkat ini. Bawa berkasnya dengan flashdisk, surel atau WhatsApp ke kantor atasan, lalu impor di sana.", None))
        self.destinationLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Simpan ke", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Folder tujuan, mis. flashdisk", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Pilih folder\u2026", None))
        self.fileNameLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Nama berkas", None))
        self.scopeLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Isi bundel", None))
        self.incrementalRadio.setText(QCoreApplication.translate("ExportBundleDialog", u"Perubahan sejak ekspor terakhir (disarankan)", None))
        self.fullRadio.setText(QCoreApplication.translate("ExportBundleDialog", u"Semua data (bundel lengkap)", None))
        self.fullHintLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Pakai bila kantor atasan kehilangan data atau baru memasang aplikasi. Data yang sudah diterima tidak akan berganda.", None))
        self.recipientsLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Penerima (enkripsi)", None))
        self.manageKeysButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Kelola kunci\u2026", None))
        self.recipientsHint.setText(QCoreApplication.translate("ExportBundleDialog", u"Hanya kantor pemegang kunci yang dicentang yang dapat membuka bundel ini.", None))
        self.noRecipientWarning.setText(QCoreApplication.translate("ExportBundleDialog", u"Tanpa kunci kantor atasan, bundel akan DITANDATANGANI tetapi TIDAK DIENKRIPSI: siapa pun yang memegang berkasnya dapat membaca isinya, termasuk data pribadi terlapor. Tambahkan kunci publik kantor atasan di bawah ini atau lewat Kelola kunci.", None))
        self.extraRecipientEdit.setPlaceholderText(QCoreApplication.translate("ExportBundleDialog", u"Kunci publik age untuk ekspor ini saja (age1\u2026)", None))
        self.addRecipientButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Tambahkan", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Batal", None))
        self.exportButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Ekspor", None))
        self.progressLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Menulis bundel\u2026", None))
        self.progressHint.setText(QCoreApplication.translate("ExportBundleDialog", u"Bundel ditulis dengan nama sementara dan baru diberi nama akhirnya setelah selesai: bila dibatalkan, tidak ada berkas yang tertinggal.", None))
        self.stopButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Batal", None))
        self.resultHeading.setText(QCoreApplication.translate("ExportBundleDialog", u"Bundel siap dibawa", None))
        self.resultPathLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Berkas", None))
        self.resultSequenceLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Bundel", None))
        self.resultCountsLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Isi", None))
        self.resultSizeLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Ukuran", None))
        self.resultShaLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"SHA-256", None))
        self.copyShaButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Salin", None))
        self.resultRecipientsLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"Penerima", None))
        self.resultHint.setText(QCoreApplication.translate("ExportBundleDialog", u"Bila ingin memastikan berkas yang sampai sama persis, bacakan beberapa digit awal SHA-256 ini kepada penerima: aplikasinya menampilkan SHA-256 yang sama saat mengimpor.", None))
        self.openFolderButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Buka folder", None))
        self.closeButton.setText(QCoreApplication.translate("ExportBundleDialog", u"Tutup", None))
    # retranslateUi

