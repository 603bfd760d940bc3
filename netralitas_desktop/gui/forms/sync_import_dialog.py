# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ImportBundleDialog(object):
    def setupUi(self, ImportBundleDialog):
        if not ImportBundleDialog.objectName():
            ImportBundleDialog.setObjectName(u"ImportBundleDialog")
        ImportBundleDialog.resize(1000, 680)
        self.importLayout = QVBoxLayout(ImportBundleDialog)
        self.importLayout.setObjectName(u"importLayout")
        self.importLayout.setContentsMargins(16, 14, 16, 14)
        self.pages = QStackedWidget(ImportBundleDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setSpacing(10)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, 0, 0, 0)
        self.chooseHeading = QLabel(self.choosePage)
        self.chooseHeading.setObjectName(u"chooseHeading")
        self.chooseHeading.setProperty(u"role", u"heading")

        self.chooseLayout.addWidget(self.chooseHeading)

        self.chooseIntro = QLabel(self.choosePage)
        self.chooseIntro.setObjectName(u"chooseIntro")
        self.chooseIntro.setWordWrap(True)
        self.chooseIntro.setProperty(u"role", u"muted")

        self.chooseLayout.addWidget(self.chooseIntro)

        self.fileFrame = QFrame(self.choosePage)
        self.fileFrame.setObjectName(u"fileFrame")
        self.fileFrame.setProperty(u"card", True)
        self.fileGrid = QGridLayout(self.fileFrame)
        self.fileGrid.setObjectName(u"fileGrid")
        self.fileGrid.setHorizontalSpacing(8)
        self.fileGrid.setVerticalSpacing(4)
        self.fileGrid.setContentsMargins(12, 10, 12, 12)
        self.fileLabel = QLabel(self.fileFrame)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setProperty(u"role", u"subheading")

        self.fileGrid.addWidget(self.fileLabel, 0, 0, 1, 2)

        self.fileEdit = QLineEdit(self.fileFrame)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileGrid.addWidget(self.fileEdit, 1, 0, 1, 1)

        self.chooseFileButton = QPushButton(self.fileFrame)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileGrid.addWidget(self.chooseFileButton, 1, 1, 1, 1)

        self.err_file = QLabel(self.fileFrame)
        self.err_file.setObjectName(u"err_file")
        self.err_file.setWordWrap(True)
        self.err_file.setProperty(u"role", u"error")
        self.err_file.setVisible(False)

        self.fileGrid.addWidget(self.err_file, 2, 0, 1, 2)

        self.fileGrid.setColumnStretch(0, 1)

        self.chooseLayout.addWidget(self.fileFrame)

        self.refusalFrame = QFrame(self.choosePage)
        self.refusalFrame.setObjectName(u"refusalFrame")
        self.refusalFrame.setProperty(u"card", True)
        self.refusalFrame.setVisible(False)
        self.refusalLayout = QVBoxLayout(self.refusalFrame)
        self.refusalLayout.setSpacing(6)
        self.refusalLayout.setObjectName(u"refusalLayout")
        self.refusalLayout.setContentsMargins(12, 10, 12, 12)
        self.refusalTitle = QLabel(self.refusalFrame)
        self.refusalTitle.setObjectName(u"refusalTitle")
        self.refusalTitle.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.refusalTitle.setProperty(u"role", u"chip")
        self.refusalTitle.setProperty(u"chip", u"danger")

        self.refusalLayout.addWidget(self.refusalTitle)

        self.refusalLabel = QLabel(self.refusalFrame)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setWordWrap(True)
        self.refusalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refusalLayout.addWidget(self.refusalLabel)

        self.refusalHint = QLabel(self.refusalFrame)
        self.refusalHint.setObjectName(u"refusalHint")
        self.refusalHint.setWordWrap(True)
        self.refusalHint.setProperty(u"role", u"muted")

        self.refusalLayout.addWidget(self.refusalHint)


        self.chooseLayout.addWidget(self.refusalFrame)

        self.chooseSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.chooseButtons = QHBoxLayout()
        self.chooseButtons.setSpacing(8)
        self.chooseButtons.setObjectName(u"chooseButtons")
        self.chooseButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseButtons.addItem(self.chooseButtonsSpacer)

        self.cancelButton = QPushButton(self.choosePage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.chooseButtons.addWidget(self.cancelButton)

        self.inspectButton = QPushButton(self.choosePage)
        self.inspectButton.setObjectName(u"inspectButton")
        self.inspectButton.setProperty(u"primary", True)

        self.chooseButtons.addWidget(self.inspectButton)


        self.chooseLayout.addLayout(self.chooseButtons)

        self.pages.addWidget(self.choosePage)
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
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setSpacing(8)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewHeading = QLabel(self.previewPage)
        self.previewHeading.setObjectName(u"previewHeading")
        self.previewHeading.setProperty(u"role", u"heading")

        self.previewLayout.addWidget(self.previewHeading)

        self.previewIntro = QLabel(self.previewPage)
        self.previewIntro.setObjectName(u"previewIntro")
        self.previewIntro.setWordWrap(True)
        self.previewIntro.setProperty(u"role", u"muted")

        self.previewLayout.addWidget(self.previewIntro)

        self.previewScroll = QScrollArea(self.previewPage)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setWidgetResizable(True)
        self.previewScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.previewContent = QWidget()
        self.previewContent.setObjectName(u"previewContent")
        self.previewContentLayout = QHBoxLayout(self.previewContent)
        self.previewContentLayout.setSpacing(12)
        self.previewContentLayout.setObjectName(u"previewContentLayout")
        self.previewContentLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLeftColumn = QVBoxLayout()
        self.previewLeftColumn.setSpacing(8)
        self.previewLeftColumn.setObjectName(u"previewLeftColumn")
        self.sourceFrame = QFrame(self.previewContent)
        self.sourceFrame.setObjectName(u"sourceFrame")
        self.sourceFrame.setProperty(u"card", True)
        self.sourceForm = QFormLayout(self.sourceFrame)
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.sourceForm.setHorizontalSpacing(14)
        self.sourceForm.setVerticalSpacing(6)
        self.sourceForm.setContentsMargins(12, 10, 12, 10)
        self.sourceOfficeLabel = QLabel(self.sourceFrame)
        self.sourceOfficeLabel.setObjectName(u"sourceOfficeLabel")
        self.sourceOfficeLabel.setProperty(u"role", u"muted")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceOfficeLabel)

        self.sourceOffice = QLabel(self.sourceFrame)
        self.sourceOffice.setObjectName(u"sourceOffice")
        self.sourceOffice.setWordWrap(True)
        self.sourceOffice.setProperty(u"role", u"subheading")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceOffice)

        self.createdLabel = QLabel(self.sourceFrame)
        self.createdLabel.setObjectName(u"createdLabel")
        self.createdLabel.setProperty(u"role", u"muted")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdValue = QLabel(self.sourceFrame)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setWordWrap(True)

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.createdValue)

        self.bundleLabel = QLabel(self.sourceFrame)
        self.bundleLabel.setObjectName(u"bundleLabel")
        self.bundleLabel.setProperty(u"role", u"muted")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bundleLabel)

        self.bundleValue = QLabel(self.sourceFrame)
        self.bundleValue.setObjectName(u"bundleValue")
        self.bundleValue.setWordWrap(True)

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bundleValue)

        self.deviceLabel = QLabel(self.sourceFrame)
        self.deviceLabel.setObjectName(u"deviceLabel")
        self.deviceLabel.setProperty(u"role", u"muted")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceRow = QHBoxLayout()
        self.deviceRow.setSpacing(8)
        self.deviceRow.setObjectName(u"deviceRow")
        self.deviceValue = QLabel(self.sourceFrame)
        self.deviceValue.setObjectName(u"deviceValue")

        self.deviceRow.addWidget(self.deviceValue)

        self.signerChip = QLabel(self.sourceFrame)
        self.signerChip.setObjectName(u"signerChip")
        self.signerChip.setProperty(u"role", u"chip")

        self.deviceRow.addWidget(self.signerChip)

        self.deviceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deviceRow.addItem(self.deviceSpacer)


        self.sourceForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.deviceRow)

        self.shaLabel = QLabel(self.sourceFrame)
        self.shaLabel.setObjectName(u"shaLabel")
        self.shaLabel.setProperty(u"role", u"muted")

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.shaLabel)

        self.shaValue = QLabel(self.sourceFrame)
        self.shaValue.setObjectName(u"shaValue")
        self.shaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.shaValue)


        self.previewLeftColumn.addWidget(self.sourceFrame)

        self.changesLabel = QLabel(self.previewContent)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setProperty(u"role", u"subheading")

        self.previewLeftColumn.addWidget(self.changesLabel)

        self.changesTable = QTableWidget(self.previewContent)
        if (self.changesTable.columnCount() < 5):
            self.changesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changesTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changesTable.setShowGrid(False)
        self.changesTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changesTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changesTable.verticalHeader().setVisible(False)

        self.previewLeftColumn.addWidget(self.changesTable)

        self.evidenceValue = QLabel(self.previewContent)
        self.evidenceValue.setObjectName(u"evidenceValue")
        self.evidenceValue.setWordWrap(True)

        self.previewLeftColumn.addWidget(self.evidenceValue)

        self.noticeLabel = QLabel(self.previewContent)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.noticeLabel.setProperty(u"role", u"chip")
        self.noticeLabel.setVisible(False)

        self.previewLeftColumn.addWidget(self.noticeLabel)

        self.previewSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLeftColumn.addItem(self.previewSpacer)


        self.previewContentLayout.addLayout(self.previewLeftColumn)

        self.trustFrame = QFrame(self.previewContent)
        self.trustFrame.setObjectName(u"trustFrame")
        self.trustFrame.setMinimumSize(QSize(440, 0))
        self.trustFrame.setMaximumSize(QSize(460, 16777215))
        self.trustFrame.setProperty(u"card", True)
        self.trustLayout = QVBoxLayout(self.trustFrame)
        self.trustLayout.setSpacing(6)
        self.trustLayout.setObjectName(u"trustLayout")
        self.trustLayout.setContentsMargins(12, 10, 12, 12)
        self.trustTitle = QLabel(self.trustFrame)
        self.trustTitle.setObjectName(u"trustTitle")
        self.trustTitle.setWordWrap(True)
        self.trustTitle.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.trustTitle.setProperty(u"role", u"chip")
        self.trustTitle.setProperty(u"chip", u"danger")

        self.trustLayout.addWidget(self.trustTitle)

        self.trustIntro = QLabel(self.trustFrame)
        self.trustIntro.setObjectName(u"trustIntro")
        self.trustIntro.setWordWrap(True)

        self.trustLayout.addWidget(self.trustIntro)

        self.fingerprintLabel = QLabel(self.trustFrame)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trustLayout.addWidget(self.fingerprintLabel)

        self.trustCheck = QCheckBox(self.trustFrame)
        self.trustCheck.setObjectName(u"trustCheck")
        self.trustCheck.setStyleSheet(u"font-weight: 600;")

        self.trustLayout.addWidget(self.trustCheck)

        self.trustHint = QLabel(self.trustFrame)
        self.trustHint.setObjectName(u"trustHint")
        self.trustHint.setWordWrap(True)
        self.trustHint.setProperty(u"role", u"muted")

        self.trustLayout.addWidget(self.trustHint)

        self.trustSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.trustLayout.addItem(self.trustSpacer)


        self.previewContentLayout.addWidget(self.trustFrame)

        self.previewScroll.setWidget(self.previewContent)

        self.previewLayout.addWidget(self.previewScroll)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setSpacing(8)
        self.previewButtons.setObjectName(u"previewButtons")
        self.backButton = QPushButton(self.previewPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.previewButtons.addWidget(self.backButton)

        self.previewButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtons.addItem(self.previewButtonsSpacer)

        self.cancelPreviewButton = QPushButton(self.previewPage)
        self.cancelPreviewButton.setObjectName(u"cancelPreviewButton")
        self.cancelPreviewButton.setAutoDefault(False)

        self.previewButtons.addWidget(self.cancelPreviewButton)

        self.importButton = QPushButton(self.previewPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setProperty(u"primary", True)

        self.previewButtons.addWidget(self.importButton)


        self.previewLayout.addLayout(self.previewButtons)

        self.pages.addWidget(self.previewPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setSpacing(10)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportHeading = QLabel(self.reportPage)
        self.reportHeading.setObjectName(u"reportHeading")
        self.reportHeading.setProperty(u"role", u"heading")

        self.reportLayout.addWidget(self.reportHeading)

        self.reportSummary = QLabel(self.reportPage)
        self.reportSummary.setObjectName(u"reportSummary")
        self.reportSummary.setWordWrap(True)
        self.reportSummary.setStyleSheet(u"padding: 8px 10px; border-radius: 6px;")
        self.reportSummary.setProperty(u"role", u"chip")

        self.reportLayout.addWidget(self.reportSummary)

        self.reportTable = QTableWidget(self.reportPage)
        if (self.reportTable.columnCount() < 5):
            self.reportTable.setColumnCount(5)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reportTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reportTable.setShowGrid(False)
        self.reportTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reportTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reportTable.verticalHeader().setVisible(False)

        self.reportLayout.addWidget(self.reportTable)

        self.reportEvidence = QLabel(self.reportPage)
        self.reportEvidence.setObjectName(u"reportEvidence")
        self.reportEvidence.setWordWrap(True)

        self.reportLayout.addWidget(self.reportEvidence)

        self.conflictsFrame = QFrame(self.reportPage)
        self.conflictsFrame.setObjectName(u"conflictsFrame")
        self.conflictsFrame.setProperty(u"card", True)
        self.conflictsFrame.setVisible(False)
        self.conflictsLayout = QHBoxLayout(self.conflictsFrame)
        self.conflictsLayout.setSpacing(10)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLayout.setContentsMargins(12, 8, 12, 8)
        self.conflictsLabel = QLabel(self.conflictsFrame)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.conflictsLabel.sizePolicy().hasHeightForWidth())
        self.conflictsLabel.setSizePolicy(sizePolicy)

        self.conflictsLayout.addWidget(self.conflictsLabel)

        self.showConflictsButton = QPushButton(self.conflictsFrame)
        self.showConflictsButton.setObjectName(u"showConflictsButton")

        self.conflictsLayout.addWidget(self.showConflictsButton)


        self.reportLayout.addWidget(self.conflictsFrame)

        self.reportWarnings = QLabel(self.reportPage)
        self.reportWarnings.setObjectName(u"reportWarnings")
        self.reportWarnings.setWordWrap(True)
        self.reportWarnings.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.reportWarnings.setProperty(u"role", u"chip")
        self.reportWarnings.setProperty(u"chip", u"warning")
        self.reportWarnings.setVisible(False)

        self.reportLayout.addWidget(self.reportWarnings)

        self.reportSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportLayout.addItem(self.reportSpacer)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setSpacing(8)
        self.reportButtons.setObjectName(u"reportButtons")
        self.saveReceiptButton = QPushButton(self.reportPage)
        self.saveReceiptButton.setObjectName(u"saveReceiptButton")
        self.saveReceiptButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.saveReceiptButton)

        self.receiptSavedLabel = QLabel(self.reportPage)
        self.receiptSavedLabel.setObjectName(u"receiptSavedLabel")
        self.receiptSavedLabel.setWordWrap(True)
        self.receiptSavedLabel.setProperty(u"role", u"muted")
        sizePolicy.setHeightForWidth(self.receiptSavedLabel.sizePolicy().hasHeightForWidth())
        self.receiptSavedLabel.setSizePolicy(sizePolicy)

        self.reportButtons.addWidget(self.receiptSavedLabel)

        self.closeButton = QPushButton(self.reportPage)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"primary", True)

        self.reportButtons.addWidget(self.closeButton)


        self.reportLayout.addLayout(self.reportButtons)

        self.pages.addWidget(self.reportPage)

        self.importLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportBundleDialog)

        self.pages.setCurrentIndex(0)
        self.inspectButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportBundleDialog)
    # setupUi

    def retranslateUi(self, ImportBundleDialog):
        ImportBundleDialog.setWindowTitle(QCoreApplication.translate("ImportBundleDialog", u"Impor bundel", None))
        self.chooseHeading.setText(QCoreApplication.translate("ImportBundleDialog", u"Impor bundel dari kantor lain", None))
        self.chooseIntro.setText(QCoreApplication.translate("ImportBundleDialog", u"Pilih berkas bundel (.nbundle) dari flashdisk, surel atau WhatsApp. Isinya diperiksa lebih dulu \u2014 tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas \u2014 dan Anda melihat apa yang akan berubah sebelum ada data yang diubah.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Berkas bundel", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportBundleDialog", u"mis. E:\\netralitas-1903-0004-20231212.nbundle", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Pilih berkas\u2026", None))
        self.refusalTitle.setText(QCoreApplication.translate("ImportBundleDialog", u"Tidak dapat diimpor", None))
        self.refusalHint.setText(QCoreApplication.translate("ImportBundleDialog", u"Tidak ada data yang berubah. Bila bundel rusak di jalan, minta kantor pengirim mengirim ulang berkas yang sama atau mengekspor ulang.", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Tutup", None))
        self.inspectButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Periksa bundel", None))
        self.stopButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Batal", None))
        self.previewHeading.setText(QCoreApplication.translate("ImportBundleDialog", u"Periksa sebelum mengimpor", None))
        self.previewIntro.setText(QCoreApplication.translate("ImportBundleDialog", u"Bundel ini utuh: tanda tangan dan SHA-256 setiap berkas sah. Belum ada data yang berubah \u2014 periksa asal dan isinya, lalu tekan Impor.", None))
        self.sourceOfficeLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Dari", None))
        self.createdLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Dibuat", None))
        self.bundleLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Bundel", None))
        self.deviceLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Perangkat", None))
        self.shaLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"SHA-256", None))
        self.changesLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"Yang akan berubah di data kantor ini", None))
        ___qtablewidgetitem = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportBundleDialog", u"Data", None))
        ___qtablewidgetitem1 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportBundleDialog", u"Baru", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportBundleDialog", u"Diperbarui", None))
        ___qtablewidgetitem3 = self.changesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportBundleDialog", u"Sama", None))
        ___qtablewidgetitem4 = self.changesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportBundleDialog", u"Konflik", None))
        self.trustTitle.setText(QCoreApplication.translate("ImportBundleDialog", u"Perangkat pengirim belum dikenal: cocokkan sidik jarinya lewat telepon", None))
        self.trustCheck.setText(QCoreApplication.translate("ImportBundleDialog", u"Saya sudah mencocokkan sidik jari", None))
        self.trustHint.setText(QCoreApplication.translate("ImportBundleDialog", u"Satu huruf atau angka saja berbeda: jangan impor, bundel itu mungkin palsu. Setelah dicocokkan, bundel berikutnya dari perangkat ini diterima tanpa pertanyaan.", None))
        self.backButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Pilih berkas lain", None))
        self.cancelPreviewButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Batal", None))
        self.importButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Impor", None))
        ___qtablewidgetitem5 = self.reportTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportBundleDialog", u"Data", None))
        ___qtablewidgetitem6 = self.reportTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportBundleDialog", u"Baru", None))
        ___qtablewidgetitem7 = self.reportTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportBundleDialog", u"Diperbarui", None))
        ___qtablewidgetitem8 = self.reportTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportBundleDialog", u"Sama", None))
        ___qtablewidgetitem9 = self.reportTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportBundleDialog", u"Konflik", None))
        self.showConflictsButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Lihat konflik\u2026", None))
        self.saveReceiptButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Simpan tanda terima\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ImportBundleDialog", u"Tutup", None))
    # retranslateUi

