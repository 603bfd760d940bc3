# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        EvidencePanel.resize(420, 520)
        EvidencePanel.setAcceptDrops(True)
        self.panelLayout = QVBoxLayout(EvidencePanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(6)
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(EvidencePanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.pasteButton = QPushButton(EvidencePanel)
        self.pasteButton.setObjectName(u"pasteButton")

        self.buttonRow.addWidget(self.pasteButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(EvidencePanel)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.openButton = QPushButton(EvidencePanel)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.describeButton = QPushButton(EvidencePanel)
        self.describeButton.setObjectName(u"describeButton")

        self.buttonRow.addWidget(self.describeButton)

        self.removeButton = QPushButton(EvidencePanel)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)


        self.panelLayout.addLayout(self.buttonRow)

        self.splitter = QSplitter(EvidencePanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.itemList = QListWidget(self.splitter)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMinimumSize(QSize(200, 120))
        self.itemList.setAcceptDrops(True)
        self.itemList.setIconSize(QSize(56, 56))
        self.itemList.setSpacing(2)
        self.itemList.setUniformItemSizes(True)
        self.itemList.setWordWrap(True)
        self.splitter.addWidget(self.itemList)
        self.detailFrame = QFrame(self.splitter)
        self.detailFrame.setObjectName(u"detailFrame")
        self.detailForm = QFormLayout(self.detailFrame)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailForm.setHorizontalSpacing(10)
        self.detailForm.setVerticalSpacing(4)
        self.detailForm.setContentsMargins(2, 2, 2, 2)
        self.previewImage = QLabel(self.detailFrame)
        self.previewImage.setObjectName(u"previewImage")
        self.previewImage.setMinimumSize(QSize(0, 0))
        self.previewImage.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.previewImage)

        self.nameLabel = QLabel(self.detailFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.detailFrame)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.shaLabel = QLabel(self.detailFrame)
        self.shaLabel.setObjectName(u"shaLabel")
        self.shaLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shaLabel)

        self.shaValue = QLabel(self.detailFrame)
        self.shaValue.setObjectName(u"shaValue")
        self.shaValue.setWordWrap(True)
        self.shaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shaValue)

        self.sizeLabel = QLabel(self.detailFrame)
        self.sizeLabel.setObjectName(u"sizeLabel")
        self.sizeLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeValue = QLabel(self.detailFrame)
        self.sizeValue.setObjectName(u"sizeValue")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sizeValue)

        self.addedLabel = QLabel(self.detailFrame)
        self.addedLabel.setObjectName(u"addedLabel")
        self.addedLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addedLabel)

        self.addedValue = QLabel(self.detailFrame)
        self.addedValue.setObjectName(u"addedValue")
        self.addedValue.setWordWrap(True)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addedValue)

        self.exifLabel = QLabel(self.detailFrame)
        self.exifLabel.setObjectName(u"exifLabel")
        self.exifLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exifLabel)

        self.exifValue = QLabel(self.detailFrame)
        self.exifValue.setObjectName(u"exifValue")
        self.exifValue.setWordWrap(True)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exifValue)

        self.noteLabel = QLabel(self.detailFrame)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteValue = QLabel(self.detailFrame)
        self.noteValue.setObjectName(u"noteValue")
        self.noteValue.setWordWrap(True)
        self.noteValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteValue)

        self.removedLabel = QLabel(self.detailFrame)
        self.removedLabel.setObjectName(u"removedLabel")
        self.removedLabel.setProperty(u"role", u"muted")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.removedLabel)

        self.removedValue = QLabel(self.detailFrame)
        self.removedValue.setObjectName(u"removedValue")
        self.removedValue.setWordWrap(True)

        self.detailForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.removedValue)

        self.splitter.addWidget(self.detailFrame)

        self.panelLayout.addWidget(self.splitter)

        self.hintLabel = QLabel(EvidencePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.panelLayout.addWidget(self.hintLabel)


        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        self.addButton.setText(QCoreApplication.translate("EvidencePanel", u"Tambah\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Pilih berkas bukti: foto, tangkapan layar, PDF, video", None))
#endif // QT_CONFIG(tooltip)
        self.pasteButton.setText(QCoreApplication.translate("EvidencePanel", u"Tempel", None))
#if QT_CONFIG(tooltip)
        self.pasteButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Tempel tangkapan layar dari papan klip (Ctrl+V)", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("EvidencePanel", u"Lihat", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Lihat bukti dalam ukuran besar (Spasi)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EvidencePanel", u"Buka", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Buka salinannya dengan aplikasi lain di komputer ini", None))
#endif // QT_CONFIG(tooltip)
        self.describeButton.setText(QCoreApplication.translate("EvidencePanel", u"Uraikan\u2026", None))
#if QT_CONFIG(tooltip)
        self.describeButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Uraikan bukti dengan kata-kata: dicetak sebagai barang bukti di formulir", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("EvidencePanel", u"Hapus\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Tandai bukti dihapus, dengan alasan (tercatat di log audit)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previewImage.setToolTip(QCoreApplication.translate("EvidencePanel", u"Klik ganda untuk melihat lebih besar", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("EvidencePanel", u"Nama berkas", None))
        self.shaLabel.setText(QCoreApplication.translate("EvidencePanel", u"Kode SHA-256", None))
        self.sizeLabel.setText(QCoreApplication.translate("EvidencePanel", u"Ukuran / jenis", None))
        self.addedLabel.setText(QCoreApplication.translate("EvidencePanel", u"Ditambahkan", None))
        self.exifLabel.setText(QCoreApplication.translate("EvidencePanel", u"Waktu EXIF", None))
        self.noteLabel.setText(QCoreApplication.translate("EvidencePanel", u"Uraian", None))
        self.removedLabel.setText(QCoreApplication.translate("EvidencePanel", u"Keterangan", None))
        self.hintLabel.setText(QCoreApplication.translate("EvidencePanel", u"Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.", None))
        pass
    # retranslateUi

