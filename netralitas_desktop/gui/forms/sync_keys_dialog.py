# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_keys_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(900, 620)
        self.keysLayout = QVBoxLayout(KeysDialog)
        self.keysLayout.setSpacing(8)
        self.keysLayout.setObjectName(u"keysLayout")
        self.keysLayout.setContentsMargins(16, 14, 16, 14)
        self.headingLabel = QLabel(KeysDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.keysLayout.addWidget(self.headingLabel)

        self.tabs = QTabWidget(KeysDialog)
        self.tabs.setObjectName(u"tabs")
        self.deviceTab = QWidget()
        self.deviceTab.setObjectName(u"deviceTab")
        self.deviceLayout = QVBoxLayout(self.deviceTab)
        self.deviceLayout.setSpacing(8)
        self.deviceLayout.setObjectName(u"deviceLayout")
        self.deviceLayout.setContentsMargins(14, 12, 14, 12)
        self.deviceIntro = QLabel(self.deviceTab)
        self.deviceIntro.setObjectName(u"deviceIntro")
        self.deviceIntro.setWordWrap(True)
        self.deviceIntro.setProperty(u"role", u"muted")

        self.deviceLayout.addWidget(self.deviceIntro)

        self.deviceGrid = QGridLayout()
        self.deviceGrid.setObjectName(u"deviceGrid")
        self.deviceGrid.setHorizontalSpacing(12)
        self.deviceGrid.setVerticalSpacing(8)
        self.officeLabel = QLabel(self.deviceTab)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setProperty(u"role", u"muted")

        self.deviceGrid.addWidget(self.officeLabel, 0, 0, 1, 1)

        self.officeValue = QLabel(self.deviceTab)
        self.officeValue.setObjectName(u"officeValue")
        self.officeValue.setWordWrap(True)
        self.officeValue.setProperty(u"role", u"subheading")

        self.deviceGrid.addWidget(self.officeValue, 0, 1, 1, 2)

        self.fingerprintLabel = QLabel(self.deviceTab)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.fingerprintLabel.setProperty(u"role", u"muted")

        self.deviceGrid.addWidget(self.fingerprintLabel, 1, 0, 1, 1)

        self.fingerprintValue = QLabel(self.deviceTab)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setWordWrap(True)
        self.fingerprintValue.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deviceGrid.addWidget(self.fingerprintValue, 1, 1, 1, 1)

        self.copyFingerprintButton = QPushButton(self.deviceTab)
        self.copyFingerprintButton.setObjectName(u"copyFingerprintButton")
        self.copyFingerprintButton.setAutoDefault(False)

        self.deviceGrid.addWidget(self.copyFingerprintButton, 1, 2, 1, 1)

        self.deviceIdLabel = QLabel(self.deviceTab)
        self.deviceIdLabel.setObjectName(u"deviceIdLabel")
        self.deviceIdLabel.setProperty(u"role", u"muted")

        self.deviceGrid.addWidget(self.deviceIdLabel, 2, 0, 1, 1)

        self.deviceIdValue = QLabel(self.deviceTab)
        self.deviceIdValue.setObjectName(u"deviceIdValue")
        self.deviceIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deviceGrid.addWidget(self.deviceIdValue, 2, 1, 1, 1)

        self.copyDeviceIdButton = QPushButton(self.deviceTab)
        self.copyDeviceIdButton.setObjectName(u"copyDeviceIdButton")
        self.copyDeviceIdButton.setAutoDefault(False)

        self.deviceGrid.addWidget(self.copyDeviceIdButton, 2, 2, 1, 1)

        self.ageKeyLabel = QLabel(self.deviceTab)
        self.ageKeyLabel.setObjectName(u"ageKeyLabel")
        self.ageKeyLabel.setProperty(u"role", u"muted")

        self.deviceGrid.addWidget(self.ageKeyLabel, 3, 0, 1, 1)

        self.ageKeyValue = QLabel(self.deviceTab)
        self.ageKeyValue.setObjectName(u"ageKeyValue")
        self.ageKeyValue.setWordWrap(True)
        self.ageKeyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deviceGrid.addWidget(self.ageKeyValue, 3, 1, 1, 1)

        self.copyAgeKeyButton = QPushButton(self.deviceTab)
        self.copyAgeKeyButton.setObjectName(u"copyAgeKeyButton")
        self.copyAgeKeyButton.setAutoDefault(False)

        self.deviceGrid.addWidget(self.copyAgeKeyButton, 3, 2, 1, 1)

        self.signingKeyLabel = QLabel(self.deviceTab)
        self.signingKeyLabel.setObjectName(u"signingKeyLabel")
        self.signingKeyLabel.setProperty(u"role", u"muted")

        self.deviceGrid.addWidget(self.signingKeyLabel, 4, 0, 1, 1)

        self.signingKeyValue = QLabel(self.deviceTab)
        self.signingKeyValue.setObjectName(u"signingKeyValue")
        self.signingKeyValue.setWordWrap(True)
        self.signingKeyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deviceGrid.addWidget(self.signingKeyValue, 4, 1, 1, 1)

        self.copySigningKeyButton = QPushButton(self.deviceTab)
        self.copySigningKeyButton.setObjectName(u"copySigningKeyButton")
        self.copySigningKeyButton.setAutoDefault(False)

        self.deviceGrid.addWidget(self.copySigningKeyButton, 4, 2, 1, 1)

        self.deviceGrid.setColumnStretch(1, 1)

        self.deviceLayout.addLayout(self.deviceGrid)

        self.ageKeyHint = QLabel(self.deviceTab)
        self.ageKeyHint.setObjectName(u"ageKeyHint")
        self.ageKeyHint.setWordWrap(True)
        self.ageKeyHint.setProperty(u"role", u"muted")

        self.deviceLayout.addWidget(self.ageKeyHint)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.makeCardButton = QPushButton(self.deviceTab)
        self.makeCardButton.setObjectName(u"makeCardButton")
        self.makeCardButton.setAutoDefault(False)

        self.cardRow.addWidget(self.makeCardButton)

        self.cardRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.cardRowSpacer)


        self.deviceLayout.addLayout(self.cardRow)

        self.copiedLabel = QLabel(self.deviceTab)
        self.copiedLabel.setObjectName(u"copiedLabel")
        self.copiedLabel.setProperty(u"role", u"muted")

        self.deviceLayout.addWidget(self.copiedLabel)

        self.deviceSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deviceLayout.addItem(self.deviceSpacer)

        self.tabs.addTab(self.deviceTab, "")
        self.recipientsTab = QWidget()
        self.recipientsTab.setObjectName(u"recipientsTab")
        self.recipientsLayout = QVBoxLayout(self.recipientsTab)
        self.recipientsLayout.setSpacing(8)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsLayout.setContentsMargins(14, 12, 14, 12)
        self.recipientsIntro = QLabel(self.recipientsTab)
        self.recipientsIntro.setObjectName(u"recipientsIntro")
        self.recipientsIntro.setWordWrap(True)
        self.recipientsIntro.setProperty(u"role", u"muted")

        self.recipientsLayout.addWidget(self.recipientsIntro)

        self.noRecipientWarning = QLabel(self.recipientsTab)
        self.noRecipientWarning.setObjectName(u"noRecipientWarning")
        self.noRecipientWarning.setWordWrap(True)
        self.noRecipientWarning.setStyleSheet(u"padding: 6px 10px; border-radius: 6px;")
        self.noRecipientWarning.setProperty(u"role", u"chip")
        self.noRecipientWarning.setProperty(u"chip", u"danger")

        self.recipientsLayout.addWidget(self.noRecipientWarning)

        self.recipientsTable = QTableWidget(self.recipientsTab)
        if (self.recipientsTable.columnCount() < 2):
            self.recipientsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.recipientsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.recipientsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.recipientsTable.setObjectName(u"recipientsTable")
        self.recipientsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipientsTable.setAlternatingRowColors(True)
        self.recipientsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipientsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipientsTable.setShowGrid(False)
        self.recipientsTable.horizontalHeader().setStretchLastSection(True)
        self.recipientsTable.verticalHeader().setVisible(False)

        self.recipientsLayout.addWidget(self.recipientsTable)

        self.recipientButtons = QHBoxLayout()
        self.recipientButtons.setObjectName(u"recipientButtons")
        self.openCardButton = QPushButton(self.recipientsTab)
        self.openCardButton.setObjectName(u"openCardButton")
        self.openCardButton.setAutoDefault(False)

        self.recipientButtons.addWidget(self.openCardButton)

        self.removeRecipientButton = QPushButton(self.recipientsTab)
        self.removeRecipientButton.setObjectName(u"removeRecipientButton")
        self.removeRecipientButton.setAutoDefault(False)
        self.removeRecipientButton.setEnabled(False)

        self.recipientButtons.addWidget(self.removeRecipientButton)

        self.recipientButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recipientButtons.addItem(self.recipientButtonsSpacer)


        self.recipientsLayout.addLayout(self.recipientButtons)

        self.addRecipientFrame = QFrame(self.recipientsTab)
        self.addRecipientFrame.setObjectName(u"addRecipientFrame")
        self.addRecipientFrame.setProperty(u"card", True)
        self.addRecipientGrid = QGridLayout(self.addRecipientFrame)
        self.addRecipientGrid.setObjectName(u"addRecipientGrid")
        self.addRecipientGrid.setHorizontalSpacing(10)
        self.addRecipientGrid.setVerticalSpacing(6)
        self.addRecipientGrid.setContentsMargins(12, 10, 12, 12)
        self.addRecipientLabel = QLabel(self.addRecipientFrame)
        self.addRecipientLabel.setObjectName(u"addRecipientLabel")
        self.addRecipientLabel.setProperty(u"role", u"subheading")

        self.addRecipientGrid.addWidget(self.addRecipientLabel, 0, 0, 1, 3)

        self.recipientNameLabel = QLabel(self.addRecipientFrame)
        self.recipientNameLabel.setObjectName(u"recipientNameLabel")
        self.recipientNameLabel.setProperty(u"role", u"muted")

        self.addRecipientGrid.addWidget(self.recipientNameLabel, 1, 0, 1, 1)

        self.recipientNameEdit = QLineEdit(self.addRecipientFrame)
        self.recipientNameEdit.setObjectName(u"recipientNameEdit")

        self.addRecipientGrid.addWidget(self.recipientNameEdit, 1, 1, 1, 2)

        self.recipientKeyLabel = QLabel(self.addRecipientFrame)
        self.recipientKeyLabel.setObjectName(u"recipientKeyLabel")
        self.recipientKeyLabel.setProperty(u"role", u"muted")

        self.addRecipientGrid.addWidget(self.recipientKeyLabel, 2, 0, 1, 1)

        self.recipientKeyEdit = QLineEdit(self.addRecipientFrame)
        self.recipientKeyEdit.setObjectName(u"recipientKeyEdit")

        self.addRecipientGrid.addWidget(self.recipientKeyEdit, 2, 1, 1, 1)

        self.addRecipientButton = QPushButton(self.addRecipientFrame)
        self.addRecipientButton.setObjectName(u"addRecipientButton")
        self.addRecipientButton.setAutoDefault(False)

        self.addRecipientGrid.addWidget(self.addRecipientButton, 2, 2, 1, 1)

        self.err_recipient = QLabel(self.addRecipientFrame)
        self.err_recipient.setObjectName(u"err_recipient")
        self.err_recipient.setWordWrap(True)
        self.err_recipient.setProperty(u"role", u"error")
        self.err_recipient.setVisible(False)

        self.addRecipientGrid.addWidget(self.err_recipient, 3, 1, 1, 2)

        self.addRecipientGrid.setColumnStretch(1, 1)

        self.recipientsLayout.addWidget(self.addRecipientFrame)

        self.tabs.addTab(self.recipientsTab, "")
        self.devicesTab = QWidget()
        self.devicesTab.setObjectName(u"devicesTab")
        self.devicesLayout = QVBoxLayout(self.devicesTab)
        self.devicesLayout.setSpacing(8)
        self.devicesLayout.setObjectName(u"devicesLayout")
        self.devicesLayout.setContentsMargins(14, 12, 14, 12)
        self.devicesIntro = QLabel(self.devicesTab)
        self.devicesIntro.setObjectName(u"devicesIntro")
        self.devicesIntro.setWordWrap(True)
        self.devicesIntro.setProperty(u"role", u"muted")

        self.devicesLayout.addWidget(self.devicesIntro)

        self.devicesTable = QTableWidget(self.devicesTab)
        if (self.devicesTable.columnCount() < 5):
            self.devicesTable.setColumnCount(5)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.devicesTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.devicesTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.devicesTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.devicesTable.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.devicesTable.setHorizontalHeaderItem(4, __qtablewidgetitem6)
        self.devicesTable.setObjectName(u"devicesTable")
        self.devicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devicesTable.setAlternatingRowColors(True)
        self.devicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devicesTable.setShowGrid(False)
        self.devicesTable.horizontalHeader().setStretchLastSection(True)
        self.devicesTable.verticalHeader().setVisible(False)

        self.devicesLayout.addWidget(self.devicesTable)

        self.deviceButtons = QHBoxLayout()
        self.deviceButtons.setObjectName(u"deviceButtons")
        self.forgetDeviceButton = QPushButton(self.devicesTab)
        self.forgetDeviceButton.setObjectName(u"forgetDeviceButton")
        self.forgetDeviceButton.setAutoDefault(False)
        self.forgetDeviceButton.setEnabled(False)

        self.deviceButtons.addWidget(self.forgetDeviceButton)

        self.deviceButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deviceButtons.addItem(self.deviceButtonsSpacer)


        self.devicesLayout.addLayout(self.deviceButtons)

        self.tabs.addTab(self.devicesTab, "")

        self.keysLayout.addWidget(self.tabs)

        self.bottomButtons = QHBoxLayout()
        self.bottomButtons.setObjectName(u"bottomButtons")
        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomButtons.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(KeysDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomButtons.addWidget(self.closeButton)


        self.keysLayout.addLayout(self.bottomButtons)

#if QT_CONFIG(shortcut)
        self.recipientNameLabel.setBuddy(self.recipientNameEdit)
        self.recipientKeyLabel.setBuddy(self.recipientKeyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeysDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Kunci dan penerima bundel", None))
        self.headingLabel.setText(QCoreApplication.translate("KeysDialog", u"Kunci dan penerima bundel", None))
        self.deviceIntro.setText(QCoreApplication.translate("KeysDialog", u"Saat kantor atasan mengimpor bundel pertama dari laptop ini, mereka akan menelepon: bacakan sidik jari di bawah ini, kelompok demi kelompok.", None))
        self.officeLabel.setText(QCoreApplication.translate("KeysDialog", u"Kantor", None))
        self.fingerprintLabel.setText(QCoreApplication.translate("KeysDialog", u"Sidik jari", None))
        self.copyFingerprintButton.setText(QCoreApplication.translate("KeysDialog", u"Salin", None))
        self.deviceIdLabel.setText(QCoreApplication.translate("KeysDialog", u"ID perangkat", None))
        self.copyDeviceIdButton.setText(QCoreApplication.translate("KeysDialog", u"Salin", None))
        self.ageKeyLabel.setText(QCoreApplication.translate("KeysDialog", u"Kunci publik age", None))
        self.copyAgeKeyButton.setText(QCoreApplication.translate("KeysDialog", u"Salin", None))
        self.signingKeyLabel.setText(QCoreApplication.translate("KeysDialog", u"Kunci tanda tangan", None))
        self.copySigningKeyButton.setText(QCoreApplication.translate("KeysDialog", u"Salin", None))
        self.ageKeyHint.setText(QCoreApplication.translate("KeysDialog", u"Kantor di bawah memakai kunci publik age ini sebagai penerima, agar bundel mereka hanya dapat dibuka di sini: berikan kepada mereka kartu kunci (satu berkas kecil, juga tampil sebagai kode QR). Kunci rahasia tidak pernah ditampilkan, tidak pernah ikut dalam bundel, dan tidak pernah meninggalkan folder data laptop ini.", None))
        self.makeCardButton.setText(QCoreApplication.translate("KeysDialog", u"Buat kartu kunci\u2026", None))
#if QT_CONFIG(tooltip)
        self.makeCardButton.setToolTip(QCoreApplication.translate("KeysDialog", u"Kartu kunci untuk kantor di bawah: berkas .nkunci, kode QR dan sidik jari", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.deviceTab), QCoreApplication.translate("KeysDialog", u"Perangkat ini", None))
        self.recipientsIntro.setText(QCoreApplication.translate("KeysDialog", u"Bundel yang Anda ekspor ke atas dienkripsi untuk kunci-kunci ini: hanya kantor pemegangnya yang dapat membukanya. Minta kartu kunci (berkas .nkunci) kepada kantor atasan, bukalah di sini, lalu cocokkan sidik jarinya lewat telepon.", None))
        self.noRecipientWarning.setText(QCoreApplication.translate("KeysDialog", u"Belum ada penerima: bundel yang diekspor ditandatangani tetapi TIDAK dienkripsi.", None))
        ___qtablewidgetitem = self.recipientsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("KeysDialog", u"Nama", None))
        ___qtablewidgetitem1 = self.recipientsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("KeysDialog", u"Kunci publik age", None))
        self.openCardButton.setText(QCoreApplication.translate("KeysDialog", u"Buka kartu kunci\u2026", None))
#if QT_CONFIG(tooltip)
        self.openCardButton.setToolTip(QCoreApplication.translate("KeysDialog", u"Pakai kartu kunci (.nkunci) dari kantor atasan", None))
#endif // QT_CONFIG(tooltip)
        self.removeRecipientButton.setText(QCoreApplication.translate("KeysDialog", u"Hapus penerima", None))
        self.addRecipientLabel.setText(QCoreApplication.translate("KeysDialog", u"Lanjutan: tempel kunci publik age (age1\u2026)", None))
        self.recipientNameLabel.setText(QCoreApplication.translate("KeysDialog", u"Nama kantor", None))
        self.recipientNameEdit.setPlaceholderText(QCoreApplication.translate("KeysDialog", u"mis. Bawaslu Kabupaten Bangka Selatan", None))
        self.recipientKeyLabel.setText(QCoreApplication.translate("KeysDialog", u"Kunci publik age", None))
        self.recipientKeyEdit.setPlaceholderText(QCoreApplication.translate("KeysDialog", u"age1\u2026", None))
        self.addRecipientButton.setText(QCoreApplication.translate("KeysDialog", u"Tambahkan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recipientsTab), QCoreApplication.translate("KeysDialog", u"Penerima bundel ke atas", None))
        self.devicesIntro.setText(QCoreApplication.translate("KeysDialog", u"Bundel dari perangkat-perangkat ini diterima tanpa pertanyaan. Sebuah perangkat masuk daftar ini saat sidik jarinya dicocokkan pada impor pertamanya.", None))
        ___qtablewidgetitem2 = self.devicesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("KeysDialog", u"Kantor", None))
        ___qtablewidgetitem3 = self.devicesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("KeysDialog", u"Perangkat", None))
        ___qtablewidgetitem4 = self.devicesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("KeysDialog", u"Sidik jari", None))
        ___qtablewidgetitem5 = self.devicesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("KeysDialog", u"Bundel terakhir", None))
        ___qtablewidgetitem6 = self.devicesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("KeysDialog", u"Dipercaya", None))
        self.forgetDeviceButton.setText(QCoreApplication.translate("KeysDialog", u"Berhenti mempercayai\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.devicesTab), QCoreApplication.translate("KeysDialog", u"Perangkat dipercaya", None))
        self.closeButton.setText(QCoreApplication.translate("KeysDialog", u"Tutup", None))
    # retranslateUi

