# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'region_picker.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_RegionPicker(object):
    def setupUi(self, RegionPicker):
        if not RegionPicker.objectName():
            RegionPicker.setObjectName(u"RegionPicker")
        RegionPicker.resize(420, 110)
        self.pickerLayout = QVBoxLayout(RegionPicker)
        self.pickerLayout.setSpacing(6)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.pickerLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(RegionPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.pickerLayout.addWidget(self.searchEdit)

        self.levelGrid = QGridLayout()
        self.levelGrid.setObjectName(u"levelGrid")
        self.levelGrid.setHorizontalSpacing(6)
        self.levelGrid.setVerticalSpacing(6)
        self.provinceCombo = QComboBox(RegionPicker)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setEditable(True)

        self.levelGrid.addWidget(self.provinceCombo, 0, 0, 1, 1)

        self.regencyCombo = QComboBox(RegionPicker)
        self.regencyCombo.setObjectName(u"regencyCombo")
        self.regencyCombo.setEditable(True)

        self.levelGrid.addWidget(self.regencyCombo, 0, 1, 1, 1)

        self.districtCombo = QComboBox(RegionPicker)
        self.districtCombo.setObjectName(u"districtCombo")
        self.districtCombo.setEditable(True)

        self.levelGrid.addWidget(self.districtCombo, 1, 0, 1, 1)

        self.villageCombo = QComboBox(RegionPicker)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setEditable(True)

        self.levelGrid.addWidget(self.villageCombo, 1, 1, 1, 1)

        self.levelGrid.setColumnStretch(0, 1)
        self.levelGrid.setColumnStretch(1, 1)

        self.pickerLayout.addLayout(self.levelGrid)

        self.codeLabel = QLabel(RegionPicker)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty(u"role", u"muted")
        self.codeLabel.setWordWrap(True)

        self.pickerLayout.addWidget(self.codeLabel)


        self.retranslateUi(RegionPicker)

        QMetaObject.connectSlotsByName(RegionPicker)
    # setupUi

    def retranslateUi(self, RegionPicker):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegionPicker", u"Ketik nama desa, kecamatan atau kabupaten\u2026", None))
        pass
    # retranslateUi

