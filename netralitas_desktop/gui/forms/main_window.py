# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QStatusBar, QTabWidget, QTableView, QTextBrowser, QToolBar, QVBoxLayout, QWidget

from netralitas_desktop.gui.screen_fit import BodyScroll

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.actionNewFinding = QAction(MainWindow)
        self.actionNewFinding.setObjectName(u"actionNewFinding")
        self.actionEditFinding = QAction(MainWindow)
        self.actionEditFinding.setObjectName(u"actionEditFinding")
        self.actionChangeStatus = QAction(MainWindow)
        self.actionChangeStatus.setObjectName(u"actionChangeStatus")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionShowFilters = QAction(MainWindow)
        self.actionShowFilters.setObjectName(u"actionShowFilters")
        self.actionShowFilters.setCheckable(True)
        self.actionShowFilters.setChecked(True)
        self.actionResetFilters = QAction(MainWindow)
        self.actionResetFilters.setObjectName(u"actionResetFilters")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionShowFindings = QAction(MainWindow)
        self.actionShowFindings.setObjectName(u"actionShowFindings")
        self.actionShowFindings.setCheckable(True)
        self.actionShowFindings.setChecked(True)
        self.actionShowDashboard = QAction(MainWindow)
        self.actionShowDashboard.setObjectName(u"actionShowDashboard")
        self.actionShowDashboard.setCheckable(True)
        self.actionExportBundle = QAction(MainWindow)
        self.actionExportBundle.setObjectName(u"actionExportBundle")
        self.actionImportBundle = QAction(MainWindow)
        self.actionImportBundle.setObjectName(u"actionImportBundle")
        self.actionPrintPreview = QAction(MainWindow)
        self.actionPrintPreview.setObjectName(u"actionPrintPreview")
        self.actionSavePdf = QAction(MainWindow)
        self.actionSavePdf.setObjectName(u"actionSavePdf")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUserGuide = QAction(MainWindow)
        self.actionUserGuide.setObjectName(u"actionUserGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.findingsPage = QWidget()
        self.findingsPage.setObjectName(u"findingsPage")
        self.findingsLayout = QHBoxLayout(self.findingsPage)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(10, 10, 10, 8)
        self.splitter = QSplitter(self.findingsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.filterPanel = QFrame(self.splitter)
        self.filterPanel.setObjectName(u"filterPanel")
        self.filterPanel.setMaximumSize(QSize(260, 16777215))
        self.filterPanel.setProperty(u"card", True)
        self.filterPanelLayout = QVBoxLayout(self.filterPanel)
        self.filterPanelLayout.setObjectName(u"filterPanelLayout")
        self.filterPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.filterScroll = BodyScroll(self.filterPanel)
        self.filterScroll.setObjectName(u"filterScroll")
        self.filterScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.filterScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filterScroll.setWidgetResizable(True)
        self.filterScrollBody = QWidget()
        self.filterScrollBody.setObjectName(u"filterScrollBody")
        self.filterLayout = QVBoxLayout(self.filterScrollBody)
        self.filterLayout.setSpacing(4)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(12, 12, 12, 12)
        self.filterTitle = QLabel(self.filterScrollBody)
        self.filterTitle.setObjectName(u"filterTitle")
        self.filterTitle.setProperty(u"role", u"subheading")

        self.filterLayout.addWidget(self.filterTitle)

        self.statusFilterLabel = QLabel(self.filterScrollBody)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")
        self.statusFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.filterScrollBody)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.categoryFilterLabel = QLabel(self.filterScrollBody)
        self.categoryFilterLabel.setObjectName(u"categoryFilterLabel")
        self.categoryFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.categoryFilterLabel)

        self.categoryFilter = QComboBox(self.filterScrollBody)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.subjectTypeFilterLabel = QLabel(self.filterScrollBody)
        self.subjectTypeFilterLabel.setObjectName(u"subjectTypeFilterLabel")
        self.subjectTypeFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.subjectTypeFilterLabel)

        self.subjectTypeFilter = QComboBox(self.filterScrollBody)
        self.subjectTypeFilter.setObjectName(u"subjectTypeFilter")

        self.filterLayout.addWidget(self.subjectTypeFilter)

        self.regionFilterLabel = QLabel(self.filterScrollBody)
        self.regionFilterLabel.setObjectName(u"regionFilterLabel")
        self.regionFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.regionFilterLabel)

        self.regionFilter = QComboBox(self.filterScrollBody)
        self.regionFilter.setObjectName(u"regionFilter")

        self.filterLayout.addWidget(self.regionFilter)

        self.subregionFilterLabel = QLabel(self.filterScrollBody)
        self.subregionFilterLabel.setObjectName(u"subregionFilterLabel")
        self.subregionFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.subregionFilterLabel)

        self.subregionFilter = QComboBox(self.filterScrollBody)
        self.subregionFilter.setObjectName(u"subregionFilter")

        self.filterLayout.addWidget(self.subregionFilter)

        self.sourceFilterLabel = QLabel(self.filterScrollBody)
        self.sourceFilterLabel.setObjectName(u"sourceFilterLabel")
        self.sourceFilterLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.sourceFilterLabel)

        self.sourceFilter = QComboBox(self.filterScrollBody)
        self.sourceFilter.setObjectName(u"sourceFilter")

        self.filterLayout.addWidget(self.sourceFilter)

        self.dateFieldLabel = QLabel(self.filterScrollBody)
        self.dateFieldLabel.setObjectName(u"dateFieldLabel")
        self.dateFieldLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.dateFieldLabel)

        self.dateField = QComboBox(self.filterScrollBody)
        self.dateField.setObjectName(u"dateField")

        self.filterLayout.addWidget(self.dateField)

        self.dateGrid = QGridLayout()
        self.dateGrid.setObjectName(u"dateGrid")
        self.dateGrid.setHorizontalSpacing(6)
        self.dateGrid.setVerticalSpacing(4)
        self.dateFromEnabled = QCheckBox(self.filterScrollBody)
        self.dateFromEnabled.setObjectName(u"dateFromEnabled")

        self.dateGrid.addWidget(self.dateFromEnabled, 0, 0, 1, 1)

        self.dateFrom = QDateEdit(self.filterScrollBody)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setEnabled(False)
        self.dateFrom.setCalendarPopup(True)

        self.dateGrid.addWidget(self.dateFrom, 1, 0, 1, 1)

        self.dateToEnabled = QCheckBox(self.filterScrollBody)
        self.dateToEnabled.setObjectName(u"dateToEnabled")

        self.dateGrid.addWidget(self.dateToEnabled, 2, 0, 1, 1)

        self.dateTo = QDateEdit(self.filterScrollBody)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setEnabled(False)
        self.dateTo.setCalendarPopup(True)

        self.dateGrid.addWidget(self.dateTo, 3, 0, 1, 1)


        self.filterLayout.addLayout(self.dateGrid)

        self.filterSpacer1 = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.filterLayout.addItem(self.filterSpacer1)

        self.resetFiltersButton = QPushButton(self.filterScrollBody)
        self.resetFiltersButton.setObjectName(u"resetFiltersButton")

        self.filterLayout.addWidget(self.resetFiltersButton)

        self.filterSpacer2 = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filterLayout.addItem(self.filterSpacer2)

        self.officeLabel = QLabel(self.filterScrollBody)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)
        self.officeLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.officeLabel)

        self.filterScroll.setWidget(self.filterScrollBody)

        self.filterPanelLayout.addWidget(self.filterScroll)

        self.splitter.addWidget(self.filterPanel)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listHeader = QHBoxLayout()
        self.listHeader.setObjectName(u"listHeader")
        self.listTitle = QLabel(self.listPanel)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setProperty(u"role", u"heading")

        self.listHeader.addWidget(self.listTitle)

        self.resultLabel = QLabel(self.listPanel)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setProperty(u"role", u"muted")

        self.listHeader.addWidget(self.resultLabel)

        self.listHeaderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listHeader.addItem(self.listHeaderSpacer)

        self.loadingLabel = QLabel(self.listPanel)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setProperty(u"role", u"muted")

        self.listHeader.addWidget(self.loadingLabel)


        self.listLayout.addLayout(self.listHeader)

        self.findingsView = QTableView(self.listPanel)
        self.findingsView.setObjectName(u"findingsView")
        self.findingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsView.setAlternatingRowColors(True)
        self.findingsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.findingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findingsView.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findingsView.setShowGrid(False)
        self.findingsView.setWordWrap(False)
        self.findingsView.setSortingEnabled(True)
        self.findingsView.horizontalHeader().setHighlightSections(False)
        self.findingsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.findingsView)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QFrame(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailPanel.setMinimumSize(QSize(290, 0))
        self.detailPanel.setProperty(u"card", True)
        self.detailPanelLayout = QVBoxLayout(self.detailPanel)
        self.detailPanelLayout.setSpacing(6)
        self.detailPanelLayout.setObjectName(u"detailPanelLayout")
        self.detailPanelLayout.setContentsMargins(0, 0, 0, 12)
        self.detailScroll = BodyScroll(self.detailPanel)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailScrollBody = QWidget()
        self.detailScrollBody.setObjectName(u"detailScrollBody")
        self.detailLayout = QVBoxLayout(self.detailScrollBody)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(12, 12, 12, 6)
        self.detailTitle = QLabel(self.detailScrollBody)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setProperty(u"role", u"subheading")

        self.detailLayout.addWidget(self.detailTitle)

        self.chipRow = QHBoxLayout()
        self.chipRow.setSpacing(6)
        self.chipRow.setObjectName(u"chipRow")
        self.statusChip = QLabel(self.detailScrollBody)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setProperty(u"role", u"chip")

        self.chipRow.addWidget(self.statusChip)

        self.deadlineChip = QLabel(self.detailScrollBody)
        self.deadlineChip.setObjectName(u"deadlineChip")
        self.deadlineChip.setProperty(u"role", u"chip")

        self.chipRow.addWidget(self.deadlineChip)

        self.chipSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chipRow.addItem(self.chipSpacer)


        self.detailLayout.addLayout(self.chipRow)

        self.detailTabs = QTabWidget(self.detailScrollBody)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setDocumentMode(True)
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QVBoxLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(0, 6, 0, 0)
        self.detailText = QTextBrowser(self.summaryTab)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setOpenExternalLinks(True)

        self.summaryLayout.addWidget(self.detailText)

        self.detailTabs.addTab(self.summaryTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceTabLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceTabLayout.setObjectName(u"evidenceTabLayout")
        self.evidenceTabLayout.setContentsMargins(0, 6, 0, 0)
        self.detailTabs.addTab(self.evidenceTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyTabLayout.setContentsMargins(0, 6, 0, 0)
        self.historyText = QTextBrowser(self.historyTab)
        self.historyText.setObjectName(u"historyText")

        self.historyTabLayout.addWidget(self.historyText)

        self.detailTabs.addTab(self.historyTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailScroll.setWidget(self.detailScrollBody)

        self.detailPanelLayout.addWidget(self.detailScroll)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.detailButtons.setContentsMargins(12, -1, 12, -1)
        self.editButton = QPushButton(self.detailPanel)
        self.editButton.setObjectName(u"editButton")

        self.detailButtons.addWidget(self.editButton)

        self.statusButton = QPushButton(self.detailPanel)
        self.statusButton.setObjectName(u"statusButton")

        self.detailButtons.addWidget(self.statusButton)

        self.printButton = QPushButton(self.detailPanel)
        self.printButton.setObjectName(u"printButton")

        self.detailButtons.addWidget(self.printButton)


        self.detailPanelLayout.addLayout(self.detailButtons)

        self.splitter.addWidget(self.detailPanel)

        self.findingsLayout.addWidget(self.splitter)

        self.pages.addWidget(self.findingsPage)
        self.dashboardPage = QWidget()
        self.dashboardPage.setObjectName(u"dashboardPage")
        self.dashboardPageLayout = QVBoxLayout(self.dashboardPage)
        self.dashboardPageLayout.setObjectName(u"dashboardPageLayout")
        self.dashboardPageLayout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.dashboardPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuFinding = QMenu(self.menubar)
        self.menuFinding.setObjectName(u"menuFinding")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuColumns = QMenu(self.menuView)
        self.menuColumns.setObjectName(u"menuColumns")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setIconSize(QSize(18, 18))
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolBar.setFloatable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.categoryFilterLabel.setBuddy(self.categoryFilter)
        self.subjectTypeFilterLabel.setBuddy(self.subjectTypeFilter)
        self.regionFilterLabel.setBuddy(self.regionFilter)
        self.subregionFilterLabel.setBuddy(self.subregionFilter)
        self.sourceFilterLabel.setBuddy(self.sourceFilter)
        self.dateFieldLabel.setBuddy(self.dateField)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuFinding.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewFinding)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportBundle)
        self.menuFile.addAction(self.actionImportBundle)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPrintPreview)
        self.menuFile.addAction(self.actionSavePdf)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuFinding.addAction(self.actionEditFinding)
        self.menuFinding.addAction(self.actionChangeStatus)
        self.menuFinding.addSeparator()
        self.menuFinding.addAction(self.actionSearch)
        self.menuFinding.addAction(self.actionResetFilters)
        self.menuFinding.addAction(self.actionRefresh)
        self.menuView.addAction(self.actionShowFindings)
        self.menuView.addAction(self.actionShowDashboard)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionShowFilters)
        self.menuView.addAction(self.menuColumns.menuAction())
        self.menuHelp.addAction(self.actionUserGuide)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionNewFinding)
        self.toolBar.addAction(self.actionEditFinding)
        self.toolBar.addAction(self.actionChangeStatus)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionShowFindings)
        self.toolBar.addAction(self.actionShowDashboard)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionPrintPreview)
        self.toolBar.addAction(self.actionExportBundle)
        self.toolBar.addAction(self.actionImportBundle)

        self.retranslateUi(MainWindow)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Netralitas Desktop", None))
        self.actionNewFinding.setText(QCoreApplication.translate("MainWindow", u"Temuan baru", None))
#if QT_CONFIG(tooltip)
        self.actionNewFinding.setToolTip(QCoreApplication.translate("MainWindow", u"Catat temuan baru (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewFinding.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionEditFinding.setText(QCoreApplication.translate("MainWindow", u"Ubah", None))
#if QT_CONFIG(tooltip)
        self.actionEditFinding.setToolTip(QCoreApplication.translate("MainWindow", u"Ubah temuan yang dipilih (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionEditFinding.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionChangeStatus.setText(QCoreApplication.translate("MainWindow", u"Ubah status", None))
#if QT_CONFIG(tooltip)
        self.actionChangeStatus.setToolTip(QCoreApplication.translate("MainWindow", u"Ubah status temuan yang dipilih (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionChangeStatus.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"Cari", None))
#if QT_CONFIG(tooltip)
        self.actionSearch.setToolTip(QCoreApplication.translate("MainWindow", u"Cari temuan (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowFilters.setText(QCoreApplication.translate("MainWindow", u"Panel filter", None))
#if QT_CONFIG(tooltip)
        self.actionShowFilters.setToolTip(QCoreApplication.translate("MainWindow", u"Tampilkan atau sembunyikan panel filter (Ctrl+Shift+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionShowFilters.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionResetFilters.setText(QCoreApplication.translate("MainWindow", u"Hapus semua filter", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"Muat ulang daftar", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowFindings.setText(QCoreApplication.translate("MainWindow", u"Daftar", None))
#if QT_CONFIG(tooltip)
        self.actionShowFindings.setToolTip(QCoreApplication.translate("MainWindow", u"Daftar temuan (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionShowFindings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowDashboard.setText(QCoreApplication.translate("MainWindow", u"Dasbor", None))
#if QT_CONFIG(tooltip)
        self.actionShowDashboard.setToolTip(QCoreApplication.translate("MainWindow", u"Dasbor: rekap dan batas waktu (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionShowDashboard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportBundle.setText(QCoreApplication.translate("MainWindow", u"Ekspor bundel\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportBundle.setToolTip(QCoreApplication.translate("MainWindow", u"Ekspor bundel sinkronisasi untuk tingkat di atas", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportBundle.setText(QCoreApplication.translate("MainWindow", u"Impor bundel\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportBundle.setToolTip(QCoreApplication.translate("MainWindow", u"Impor bundel sinkronisasi dari kantor lain", None))
#endif // QT_CONFIG(tooltip)
        self.actionPrintPreview.setText(QCoreApplication.translate("MainWindow", u"Cetak / Pratinjau PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionPrintPreview.setToolTip(QCoreApplication.translate("MainWindow", u"Cetak atau pratinjau Formulir A temuan yang dipilih (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPrintPreview.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionSavePdf.setText(QCoreApplication.translate("MainWindow", u"Simpan PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSavePdf.setToolTip(QCoreApplication.translate("MainWindow", u"Simpan Formulir A, buku register atau rekapitulasi sebagai PDF (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSavePdf.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"Pengaturan\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"Keluar", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionUserGuide.setText(QCoreApplication.translate("MainWindow", u"Panduan pengguna", None))
#if QT_CONFIG(shortcut)
        self.actionUserGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"Tentang Netralitas Desktop", None))
        self.filterTitle.setText(QCoreApplication.translate("MainWindow", u"Filter", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Status", None))
        self.categoryFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Kategori pelanggaran", None))
        self.subjectTypeFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Jenis terlapor", None))
        self.regionFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Kecamatan", None))
        self.subregionFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Desa/kelurahan", None))
        self.sourceFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Sumber", None))
        self.dateFieldLabel.setText(QCoreApplication.translate("MainWindow", u"Rentang tanggal", None))
        self.dateFromEnabled.setText(QCoreApplication.translate("MainWindow", u"Dari tanggal", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("MainWindow", u"d MMM yyyy", None))
        self.dateToEnabled.setText(QCoreApplication.translate("MainWindow", u"Sampai tanggal", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("MainWindow", u"d MMM yyyy", None))
        self.resetFiltersButton.setText(QCoreApplication.translate("MainWindow", u"Hapus semua filter", None))
        self.listTitle.setText(QCoreApplication.translate("MainWindow", u"Daftar temuan", None))
        self.loadingLabel.setText(QCoreApplication.translate("MainWindow", u"Memuat\u2026", None))
        self.detailTitle.setText(QCoreApplication.translate("MainWindow", u"Pilih temuan di daftar untuk melihat rinciannya.", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.summaryTab), QCoreApplication.translate("MainWindow", u"Ringkasan", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.evidenceTab), QCoreApplication.translate("MainWindow", u"Bukti", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("MainWindow", u"Riwayat", None))
        self.editButton.setText(QCoreApplication.translate("MainWindow", u"Ubah\u2026", None))
        self.statusButton.setText(QCoreApplication.translate("MainWindow", u"Ubah status\u2026", None))
        self.printButton.setText(QCoreApplication.translate("MainWindow", u"Cetak\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuFinding.setTitle(QCoreApplication.translate("MainWindow", u"&Temuan", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"T&ampilan", None))
        self.menuColumns.setTitle(QCoreApplication.translate("MainWindow", u"Kolom daftar", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Bantuan", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Bilah alat", None))
    # retranslateUi

