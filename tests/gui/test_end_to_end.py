"""A field officer logs a finding through the editor, attaches evidence, finds it again and moves it along."""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import answer_modal, wait_list_idle
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import Finding, Subject

NIP = "198503122010011004"
URL = "https://www.facebook.com/hendra.saputra/posts/1234567890"


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_log_find_and_handle_a_finding(qtbot, window, tmp_path, monkeypatch):
    screenshot = tmp_path / "Screenshot_postingan.png"
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b5998"))
    assert image.save(str(screenshot))

    # Ctrl+N opens the editor.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "editor", None) is not None)
    editor = window.editor
    ui = editor.ui

    # Kejadian.
    choose(ui.categoryCombo, "MS-SOSIALISASI")
    choose(ui.platformCombo, "facebook")
    ui.occurredEdit.setDate(QDate(2023, 12, 2))
    ui.knownEdit.setDate(QDate(2023, 12, 3))
    qtbot.keyClicks(ui.regionPicker.ui.searchEdit, "Tanjung Ketap")
    qtbot.keyClick(ui.regionPicker.ui.searchEdit, Qt.Key.Key_Return)
    assert ui.regionPicker.code() == "19.03.01.1003"
    qtbot.keyClicks(ui.addressEdit, "Jalan Merdeka No. 5")
    qtbot.keyClicks(ui.descriptionEdit, "Mengunggah ajakan memilih pasangan calon nomor urut 02 di akun Facebook.")

    # Terlapor.
    ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(ui.addSubjectButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.subjectName, "Hendra Saputra")
    choose(ui.subjectType, "pns")
    qtbot.keyClicks(ui.subjectNip, NIP)
    qtbot.keyClicks(ui.subjectPosition, "Guru")
    qtbot.keyClicks(ui.subjectAgency, "SD Negeri 3 Toboali")
    qtbot.keyClicks(ui.subjectAccounts, "@hendra.saputra")
    assert ui.subjectsTable.item(0, 0).text() == "Hendra Saputra"

    # Tautan dan saksi.
    ui.tabs.setCurrentIndex(2)
    qtbot.keyClicks(ui.urlsEdit, URL)
    qtbot.mouseClick(ui.addWitnessButton, Qt.MouseButton.LeftButton)
    ui.witnessesTable.item(0, 0).setText("Siti Aminah")
    ui.witnessesTable.item(0, 1).setText("Desa Rias")

    # Bukti: a file through the "Tambah…" button, and a screenshot pasted from the clipboard.
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.evidenceTab))
    panel = ui.evidencePanel
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(screenshot)], ""))
    qtbot.mouseClick(panel.ui.addButton, Qt.MouseButton.LeftButton)
    pasted = QImage(200, 150, QImage.Format.Format_RGB32)
    pasted.fill(QColor("#c62828"))
    QGuiApplication.clipboard().setImage(pasted)
    qtbot.mouseClick(panel.ui.pasteButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in panel.pending_paths()][0] == "Screenshot_postingan.png"
    assert panel.pending_paths()[1].name.startswith("tangkapan-layar-")
    assert panel.ui.itemList.count() == 2

    # No problem is left; the deadline is shown; saving with Ctrl+S stores it and closes the editor.
    assert editor.validate() == []
    assert ui.deadlineChip.isVisible() and "Penetapan temuan" in ui.deadlineChip.text()
    editor.save_draft()
    draft_files = list((window.data_dir / "drafts").glob("*.json"))
    assert len(draft_files) == 1
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is None)
    assert not list((window.data_dir / "drafts").glob("*.json")), "the draft is removed on save"
    saved = editor.saved
    wait_list_idle(qtbot, window)
    assert window.model.ids == [saved.id]

    # What reached the store.
    with Store(window.data_dir) as store:
        finding = store.get_finding(saved.id)
    assert finding.category == "MS-SOSIALISASI" and finding.region_code == "19.03.01.1003"
    assert finding.occurred_on == "2023-12-02" and finding.known_on == "2023-12-03"
    assert finding.urls == [URL]
    assert [(s.name, s.employment_type, s.nip, s.accounts) for s in finding.subjects] == [
        ("Hendra Saputra", "pns", NIP, ["@hendra.saputra"])]
    assert [(w.name, w.address) for w in finding.witnesses] == [("Siti Aminah", "Desa Rias")]
    assert finding.status == "draf" and finding.form_a_number
    assert [e.name for e in finding.evidence][0] == "Screenshot_postingan.png"
    assert finding.evidence[1].name.startswith("tangkapan-layar-") and finding.evidence[1].mime_type == "image/png"

    # Found again by typing in the search box (debounced, as you type) …
    with Store(window.data_dir) as store:  # a second finding, stored directly, to be told apart from ours
        jeriji = next(r.code for r in store.regions.children("19.03.01") if r.name == "Jeriji")
        other = store.add_finding(Finding(
            category="LR-APK", region_code=jeriji, occurred_on="2023-12-05", known_on="2023-12-05",
            description="Memasang baliho calon di depan rumah.",
            subjects=[Subject(name="Budi Santoso", employment_type="kepala_desa")]))
    window.reload()
    wait_list_idle(qtbot, window)
    assert len(window.model.ids) == 2
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_edit
    qtbot.keyClicks(window.search_edit, "h")
    wait_list_idle(qtbot, window)
    assert len(window.model.ids) == 2, "one letter is not searched as you type (it would match most findings)"
    qtbot.keyClicks(window.search_edit, "endra sap")
    wait_list_idle(qtbot, window)
    assert window.model.ids == [saved.id]
    qtbot.keyClicks(window.search_edit, "utra 19850312")  # name and NIP prefix
    wait_list_idle(qtbot, window)
    assert window.model.ids == [saved.id]
    window.search_edit.clear()
    wait_list_idle(qtbot, window)
    assert set(window.model.ids) == {saved.id, other.id}

    # … and by the filters.
    window.ui.subjectTypeFilter.setCurrentIndex(window.ui.subjectTypeFilter.findData(["pns"]))
    wait_list_idle(qtbot, window)
    assert window.model.ids == [saved.id]
    window.ui.subjectTypeFilter.setCurrentIndex(0)
    window.ui.categoryFilter.setCurrentIndex(window.ui.categoryFilter.findData(["LR-APK"]))
    wait_list_idle(qtbot, window)
    assert window.model.ids == [other.id]
    window.reset_filters()
    wait_list_idle(qtbot, window)
    window.ui.regionFilter.setCurrentIndex(window.ui.regionFilter.findData("19.03.01"))  # kecamatan Toboali
    wait_list_idle(qtbot, window)
    assert set(window.model.ids) == {saved.id, other.id}
    window.ui.subregionFilter.setCurrentIndex(window.ui.subregionFilter.findData("19.03.01.1003"))
    wait_list_idle(qtbot, window)
    assert window.model.ids == [saved.id]
    window.ui.dateFromEnabled.setChecked(True)
    window.ui.dateFrom.setDate(QDate(2023, 12, 4))
    wait_list_idle(qtbot, window)
    assert window.model.ids == []
    window.reset_filters()
    wait_list_idle(qtbot, window)

    # The detail pane shows it, with its evidence.
    window.select_row(window.model.row_of(saved.id))
    assert "Hendra Saputra" in window.ui.detailTitle.text()
    assert window.evidence_panel.ui.itemList.count() == 2
    assert "Kelurahan Tanjung Ketapang" in window.ui.detailText.toPlainText()

    # Status: draf → temuan → teregistrasi → kajian → diteruskan (to BKN, suggested for a PNS today).
    def move_to(code: str, reason: str) -> None:
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: getattr(window, "status_dialog", None) is not None)
        dialog = window.status_dialog
        allowed = [dialog.ui.newStatusCombo.itemData(i) for i in range(dialog.ui.newStatusCombo.count())]
        assert code in allowed
        choose(dialog.ui.newStatusCombo, code)
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "a reason is required"
        assert dialog.ui.err_reason.isVisible()
        qtbot.keyClicks(dialog.ui.reasonEdit, reason)
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.status_dialog is None)

    move_to("temuan", "Ditetapkan dalam rapat pleno")
    assert window.ui.statusChip.text() == "Temuan (ditetapkan pleno)"
    move_to("teregistrasi", "Memenuhi syarat formal dan materiel")
    move_to("kajian", "Kajian dugaan pelanggaran")
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "status_dialog", None) is not None)
    dialog = window.status_dialog
    choose(dialog.ui.newStatusCombo, "diteruskan")
    assert dialog.ui.bodyCombo.isVisible() and dialog.ui.bodyCombo.currentData() == "bkn"
    assert "disarankan" in dialog.ui.bodyHint.text().lower()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Terbukti melanggar netralitas ASN")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status_dialog is None)

    # Remove the pasted screenshot, giving a reason: it stays listed, marked removed.
    window.ui.detailTabs.setCurrentIndex(1)
    panel = window.evidence_panel
    panel.ui.itemList.setCurrentRow(1)

    def give_reason(dialog) -> None:
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)  # refused without a reason
        assert dialog.ui.err_reason.isVisible()
        dialog.ui.reasonEdit.setPlainText("Tangkapan layar ganda")
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)

    answer_modal(give_reason)
    qtbot.mouseClick(panel.ui.removeButton, Qt.MouseButton.LeftButton)
    # The removal runs off the UI thread; the panel follows the data-changed signal.
    qtbot.waitUntil(lambda: "DIHAPUS: Tangkapan layar ganda" in panel.ui.itemList.item(1).text())
    assert panel.ui.itemList.count() == 2

    # The store and its audit log tell the whole story.
    with Store(window.data_dir) as store:
        finding = store.get_finding(saved.id)
        trail = store.audit_trail(saved.id)
        assert store.check() == []
    assert finding.status == "diteruskan" and finding.forwarded_to == "bkn"
    assert finding.register_number and finding.register_number.endswith(f"/TM/PL/Kec/19.03.01/{_roman_now()}/"
                                                                          f"{QDate.currentDate().year()}")
    assert [e.to_status for e in finding.history] == ["draf", "temuan", "teregistrasi", "kajian", "diteruskan"]
    assert finding.history[-1].reason == "Terbukti melanggar netralitas ASN"
    assert finding.evidence[1].removed and finding.evidence[1].removed_reason == "Tangkapan layar ganda"
    actions = [entry["action"] for entry in trail]
    assert actions.count("finding.create") == 1
    assert actions.count("evidence.add") == 2
    assert actions.count("finding.status") == 4
    assert actions.count("evidence.remove") == 1
    status_reasons = [_details(e)["alasan"] for e in trail if e["action"] == "finding.status"]
    assert status_reasons[0] == "Ditetapkan dalam rapat pleno"
    history_text = window.ui.historyText.toPlainText()
    assert "Diteruskan ke instansi berwenang" in history_text and "Bukti ditandai dihapus" in history_text


def _details(entry: dict) -> dict:
    details = entry["details"]
    return json.loads(details) if isinstance(details, str) else details


def _roman_now() -> str:
    from netralitas_desktop.domain.deadlines import roman_month

    return roman_month(QDate.currentDate().month())


def test_demo_flag_creates_and_opens_sample_data(qtbot, tmp_path: Path):
    """`netralitas-desktop --demo --data-dir DIR` creates a demo store there (in a worker, with progress) and
    opens it; the next start opens the same store without adding to it."""
    from netralitas_desktop.gui.app import launch

    folder = tmp_path / "contoh"
    windows = launch(["--demo", "--data-dir", str(folder), "--demo-findings", "60"])
    qtbot.waitUntil(lambda: bool(windows) and windows[0].store is not None and windows[0].list_job is None,
                    timeout=20_000)
    main = windows[0]
    qtbot.addWidget(main)
    assert len(main.model.ids) == 60
    # The maintenance and sync entries join the File menu once their modules are loaded (in a worker).
    from netralitas_desktop.gui.forms.main_window import Ui_MainWindow

    bare = Ui_MainWindow()
    bare_window = type(main).__mro__[1]()
    bare.setupUi(bare_window)
    qtbot.waitUntil(lambda: len(main.ui.menuFile.actions()) > len(bare.menuFile.actions()), timeout=20_000)
    bare_window.deleteLater()
    assert main.windowTitle() == "Netralitas Desktop — Bawaslu Kabupaten Bangka Selatan"
    main.close()
    again = launch(["--demo", "--data-dir", str(folder), "--demo-findings", "60"])
    qtbot.addWidget(again[0])
    qtbot.waitUntil(lambda: again[0].list_job is None and again[0].store is not None, timeout=20_000)
    assert len(again[0].model.ids) == 60
    with Store(folder) as store:
        assert store.count_findings() == 60 and store.setting("signer")["name"] == "Hendra Gunawan"


def test_a_window_closed_while_its_menus_load_ends_without_an_error(qtbot, tmp_path: Path):
    """The maintenance and sync menus are added once their modules are loaded in a worker, a moment after the
    window opens; a window closed and deleted meanwhile must not end in a traceback when the worker answers."""
    import threading

    import shiboken6

    from netralitas_desktop.gui.app import launch
    from netralitas_desktop.gui.worker import Job, default_runner
    from netralitas_desktop.services.demo import generate_demo

    folder = tmp_path / "data"
    with Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                      officer="Rina Marlina", office_code="19.03") as store:
        generate_demo(store, 5)
    window = launch(["--data-dir", str(folder)])[0]
    assert window.finish_timer is not None and window.finish_timer.isActive(), "the menus load a moment later"
    window.close()  # before the menus load: the window is hidden, not yet deleted
    # Every worker busy: the menu job waits in the queue until the window is gone.
    release = threading.Event()
    runner = default_runner()
    blockers = [runner.start(Job(lambda _job: release.wait(20), name="blocker"))
                for _ in range(runner.pool.maxThreadCount())]
    qtbot.waitUntil(lambda: window.menu_job is not None, timeout=20_000)
    menu_job = window.menu_job
    assert menu_job is not None and not menu_job.done.is_set()
    shiboken6.delete(window)
    release.set()
    qtbot.waitUntil(lambda: menu_job.signals.job is None and all(b.signals.job is None for b in blockers),
                    timeout=20_000)  # its answer delivered, to nobody (an error here fails the test)
