"""Sync in the app: export, import with preview and trust prompt, refusals, cancel, conflicts, keys — real stores,
real bundles, real dialogs driven with qtbot (offscreen)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from cli_helpers import run
from gui_helpers import answer_modal, wait_list_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from sync_helpers import (
    Parts,
    add_finding,
    age_key,
    clone_as_second_device,
    evidence_png,
    export,
    frozen,
    import_,
    make_office,
    ok,
)

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.gui import actions_sync
from netralitas_desktop.gui.context import ActionContext
from netralitas_desktop.gui.operations import Changes, data_events
from netralitas_desktop.gui.sync_conflicts import ConflictsDialog
from netralitas_desktop.gui.sync_export import ExportBundleDialog
from netralitas_desktop.gui.sync_import import ImportBundleDialog
from netralitas_desktop.sync import exports, keys_for, list_conflicts, recipients

JOB_TIMEOUT = 30_000  # a bound on waiting for a real condition; a loaded CI machine may need it


@pytest.fixture
def kecamatan(tmp_path):
    return make_office(tmp_path / "kecamatan", "kecamatan")


@pytest.fixture
def kabupaten(tmp_path):
    return make_office(tmp_path / "kabupaten", "kabupaten")


class Office:
    """An office as the app sees it: its window (a plain widget here), its UI store and the action context."""

    def __init__(self, qtbot, data_dir: Path):
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        self.store = Store(data_dir)
        self.changes: list[Changes] = []  # what the views were told changed (the one data-changed signal)
        data_events().changed.connect(self._changed)
        self.ctx = ActionContext(window=self.window, data_dir=data_dir, store=self.store, selected_ids=lambda: [],
                                 current_filter=FindingFilter)

    def _changed(self, changes: Changes) -> None:
        self.changes.append(changes)

    @property
    def refreshed(self) -> int:
        """How often the views were told that (any) findings changed."""
        return sum(1 for c in self.changes if c.all_findings)

    def close(self) -> None:
        data_events().changed.disconnect(self._changed)
        self.store.close()


@pytest.fixture
def office(qtbot):
    opened: list[Office] = []

    def open_office(data_dir: Path) -> Office:
        opened.append(Office(qtbot, data_dir))
        return opened[-1]

    yield open_office
    for o in opened:
        o.close()


def wait_job(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=JOB_TIMEOUT)


def table_row(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def big_evidence(data_dir: Path, tmp: Path, finding_id: str) -> None:
    """24 MB of video: export and import take long enough to be cancelled midway."""
    video = tmp / "rekaman.mp4"
    video.write_bytes(os.urandom(24 * 1024 * 1024))
    with Store(data_dir) as store:
        store.add_evidence(finding_id, [video])


# -- export -------------------------------------------------------------------------------------------------------
def test_export_through_the_dialog_writes_an_encrypted_bundle_that_imports(qtbot, office, kecamatan, kabupaten,
                                                                           tmp_path):
    add_finding(kecamatan, tmp_path, "Mengunggah ajakan memilih.", evidence=evidence_png(1))
    add_finding(kecamatan, tmp_path, "Memasang spanduk.", evidence=evidence_png(2))
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten), "--name", "Bawaslu Kabupaten Bangka Selatan")
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    kec = office(kecamatan)
    dialog = actions_sync.export_bundle(kec.ctx)
    ui = dialog.ui
    assert dialog.isVisible() and ui.pages.currentWidget() is ui.setupPage
    assert ui.recipientsList.count() == 1 and "Bawaslu Kabupaten Bangka Selatan" in ui.recipientsList.item(0).text()
    assert ui.noRecipientWarning.isHidden() and ui.exportButton.text() == "Ekspor"
    assert ui.fileNameEdit.text().startswith("netralitas-190301-0001-") and ui.fileNameEdit.text().endswith(".nbundle")
    assert "Belum pernah mengekspor" in ui.lastExportLabel.text()
    # Unticking every configured key cannot make an unencrypted bundle (the core would use them anyway).
    ui.recipientsList.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ui.exportButton.isEnabled() and "Centang setidaknya satu penerima" in ui.err_recipient.text()
    ui.recipientsList.item(0).setCheckState(Qt.CheckState.Checked)
    assert ui.exportButton.isEnabled() and ui.err_recipient.isHidden()

    ui.folderEdit.setText(str(usb))
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert ui.pages.currentWidget() is ui.resultPage
    bundle = usb / ui.fileNameEdit.text()
    assert sorted(usb.iterdir()) == [bundle]
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1")
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert ui.resultSha.text().replace(" ", "").replace("\n", "") == digest
    assert "Terenkripsi untuk 1 penerima" in ui.encryptionLabel.text()
    assert "2 temuan" in ui.resultCounts.text() and "2 berkas bukti" in ui.resultCounts.text()
    assert ui.resultPath.text() == str(bundle)

    report = import_(kabupaten, bundle, "--trust-new-device")
    assert report["applied"] and report["counts"]["findings"]["added"] == 2 and report["evidence_files"] == 2


def test_export_without_headquarters_keys_warns_it_will_not_be_encrypted(qtbot, office, kecamatan, kabupaten,
                                                                         tmp_path):
    add_finding(kecamatan, tmp_path, "Satu.")
    kec = office(kecamatan)
    dialog = actions_sync.export_bundle(kec.ctx)
    ui = dialog.ui
    assert not ui.noRecipientWarning.isHidden() and "TIDAK DIENKRIPSI" in ui.noRecipientWarning.text()
    assert ui.exportButton.text() == "Ekspor tanpa enkripsi"
    # A key typed for this export only is checked by the core's rules, in Indonesian.
    ui.extraRecipientEdit.setText("age1bukankunci")
    assert not dialog.add_recipient()
    assert ui.err_recipient.text().startswith("Kunci penerima tidak sah")
    ui.extraRecipientEdit.setText(age_key(kabupaten))
    assert dialog.add_recipient()
    assert ui.noRecipientWarning.isHidden() and ui.exportButton.text() == "Ekspor"
    ui.recipientsList.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ui.noRecipientWarning.isHidden() and ui.exportButton.text() == "Ekspor tanpa enkripsi"

    ui.folderEdit.setText(str(tmp_path / "tidak-ada"))
    assert dialog.start_export() is None
    assert "Folder tujuan tidak ada" in ui.err_output.text()
    ui.folderEdit.setText(str(tmp_path))
    dialog.start_export()
    wait_job(qtbot, dialog)
    assert "TIDAK terenkripsi" in ui.encryptionLabel.text()
    assert (tmp_path / ui.fileNameEdit.text()).read_bytes().startswith(b"PK\x03\x04")
    assert recipients(kec.store) == [], "a key for one export does not change the settings"


def test_cancelling_an_export_leaves_no_file_and_no_ledger_entry(qtbot, office, kecamatan, tmp_path):
    big_evidence(kecamatan, tmp_path, add_finding(kecamatan, tmp_path, "Video kampanye."))
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    kec = office(kecamatan)
    dialog = actions_sync.export_bundle(kec.ctx)
    dialog.ui.folderEdit.setText(str(usb))
    dialog.start_export()
    assert dialog.ui.pages.currentWidget() is dialog.ui.progressPage
    qtbot.mouseClick(dialog.ui.stopButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.setupPage
    assert dialog.ui.err_output.text() == "Ekspor dibatalkan; tidak ada berkas yang dibuat."
    assert list(usb.iterdir()) == []  # not even a temporary file
    assert exports(kec.store) == []
    assert list((kecamatan / "sync-tmp").iterdir()) == []


# -- import -------------------------------------------------------------------------------------------------------
def test_import_shows_the_preview_and_the_trust_prompt_blocks_until_the_fingerprint_is_confirmed(
        qtbot, office, kecamatan, kabupaten, tmp_path):
    add_finding(kecamatan, tmp_path, "Mengunggah ajakan memilih.", evidence=evidence_png(1))
    add_finding(kecamatan, tmp_path, "Memasang spanduk.", evidence=evidence_png(2))
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten))
    bundle = Path(export(kecamatan, tmp_path / "toboali-1.nbundle")["path"])
    sender = keys_for(Store(kecamatan, readonly=True))
    before = frozen(kabupaten)

    kab = office(kabupaten)
    dialog = actions_sync.open_import_dialog(kab.ctx, bundle)
    ui = dialog.ui
    wait_job(qtbot, dialog)
    assert ui.pages.currentWidget() is ui.previewPage
    assert ui.sourceOffice.text() == "Panwaslu Kecamatan Toboali (kecamatan, 19.03.01)"
    assert "terenkripsi" in ui.bundleValue.text() and "nomor 1" in ui.bundleValue.text()
    assert table_row(ui.changesTable, 0) == ["Temuan", "2", "0", "0", "0"]
    assert table_row(ui.changesTable, 1) == ["Bukti", "2", "0", "0", "0"]
    assert ui.evidenceValue.text().startswith("Berkas bukti: 2 berkas baru")
    assert ui.signerChip.text() == "belum dikenal"

    # The trust prompt: the fingerprint in its eight groups, each with how to say it; import refused until ticked.
    assert not ui.trustFrame.isHidden()
    assert "Panwaslu Kecamatan Toboali" in ui.trustIntro.text()
    for group in sender.fingerprint.split():
        assert f">{group}<" in ui.fingerprintLabel.text()
    assert "delapan" in ui.fingerprintLabel.text() or "nol" in ui.fingerprintLabel.text()
    assert not ui.trustCheck.isChecked() and not ui.importButton.isEnabled()
    assert ui.importButton.text() == "Percayai dan impor"
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.apply() is None and dialog.job is None
    assert frozen(kabupaten) == before, "previewing and refusing changed nothing"

    qtbot.mouseClick(ui.trustCheck, Qt.MouseButton.LeftButton)
    assert ui.importButton.isEnabled()
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert ui.pages.currentWidget() is ui.reportPage
    assert ui.reportHeading.text() == "Impor selesai"
    assert "kini dipercaya" in ui.reportSummary.text()
    assert table_row(ui.reportTable, 0) == ["Temuan", "2", "0", "0", "0"]
    assert ui.conflictsFrame.isHidden()
    assert kab.refreshed == 1
    assert kab.store.count_findings() == 2

    receipt = tmp_path / "tanda-terima.txt"
    assert dialog.save_receipt_to(receipt)
    assert "TANDA TERIMA" in receipt.read_text() and str(receipt) in ui.receiptSavedLabel.text()

    # The same file again: known device now, nothing new, nothing changes.
    again = actions_sync.open_import_dialog(kab.ctx, bundle)
    wait_job(qtbot, again)
    assert again.ui.trustFrame.isHidden() and again.ui.importButton.text() == "Impor"
    assert "sudah pernah diimpor" in again.ui.noticeLabel.text()
    assert again.ui.signerChip.text() == "dikenal, kunci cocok"


def test_an_office_claiming_another_region_is_shown_old_and_new_and_imports_only_once_re_trusted(
        qtbot, office, kecamatan, kabupaten, tmp_path):
    from sync_helpers import Rogue, office_id

    add_finding(kecamatan, tmp_path, "Satu.")
    import_(kabupaten, export(kecamatan, tmp_path / "satu.nbundle")["path"], "--trust-new-device")
    add_finding(kecamatan, tmp_path, "Dua.")
    moved = Rogue(kecamatan, Path(export(kecamatan, tmp_path / "dua.nbundle")["path"]))
    moved.keep_only_the_office()  # "Dua." lies outside the area it now claims: the gate would refuse it
    moved.edit("offices", lambda o: o["id"] == office_id(kecamatan), lambda o: o.update(region_code="19.03.02"))
    bundle = moved.write(tmp_path / "pindah.nbundle",
                         manifest_change=lambda m: m["source"]["office"].update(region_code="19.03.02"))
    before = frozen(kabupaten)
    kab = office(kabupaten)
    dialog = actions_sync.open_import_dialog(kab.ctx, bundle)
    ui = dialog.ui
    wait_job(qtbot, dialog)
    assert ui.pages.currentWidget() is ui.previewPage
    assert ui.signerChip.text() == "dikenal, identitas kantor berubah"
    assert not ui.trustFrame.isHidden()
    assert "dipercaya sebagai kecamatan 19.03.01, kini mengaku kecamatan 19.03.02" in ui.trustIntro.text()
    assert not ui.importButton.isEnabled()
    assert frozen(kabupaten) == before
    qtbot.mouseClick(ui.trustCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert ui.pages.currentWidget() is ui.reportPage
    devices = {d["office_id"]: d for d in ok(kabupaten, "keys", "devices", "--json")}
    assert devices[office_id(kecamatan)]["office_region"] == "19.03.02"


def test_cancelling_an_import_changes_nothing(qtbot, office, kecamatan, kabupaten, tmp_path):
    big_evidence(kecamatan, tmp_path, add_finding(kecamatan, tmp_path, "Video kampanye."))
    bundle = Path(export(kecamatan, tmp_path / "video.nbundle")["path"])
    before = frozen(kabupaten)
    kab = office(kabupaten)
    dialog = actions_sync.open_import_dialog(kab.ctx, bundle)
    wait_job(qtbot, dialog)
    dialog.ui.trustCheck.setChecked(True)
    dialog.apply()
    qtbot.mouseClick(dialog.ui.stopButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.previewPage
    assert dialog.ui.noticeLabel.text() == "Impor dibatalkan; tidak ada data yang berubah."
    assert frozen(kabupaten) == before
    assert kab.refreshed == 0


def test_a_tampered_bundle_is_refused_with_the_core_message_and_nothing_changes(qtbot, office, kecamatan,
                                                                               kabupaten, tmp_path):
    add_finding(kecamatan, tmp_path, "Asli.")
    bundle = Path(export(kecamatan, tmp_path / "asli.nbundle")["path"])  # not encrypted: editable by anyone
    parts = Parts(bundle.read_bytes())
    parts.set("records/findings.jsonl", parts.get("records/findings.jsonl").replace(b"Asli.", b"Palsu"))
    forged = parts.write(tmp_path / "diubah.nbundle")
    before = frozen(kabupaten)
    kab = office(kabupaten)
    dialog = actions_sync.open_import_dialog(kab.ctx, forged)
    wait_job(qtbot, dialog)
    ui = dialog.ui
    assert ui.pages.currentWidget() is ui.choosePage
    assert not ui.refusalFrame.isHidden()
    assert ui.refusalLabel.text().startswith("Bundel ditolak: catatan 'records/findings.jsonl' telah diubah")
    assert ui.refusalLabel.text() in run(kabupaten, "bundle", "verify", forged).err  # the core's own words
    assert frozen(kabupaten) == before

    # Another office's bundle, encrypted for a key this office does not hold, is refused the same way.
    ok(kecamatan, "keys", "set-recipient", age_key(make_office(tmp_path / "lain", "kabupaten")))
    ui.fileEdit.setText(export(kecamatan, tmp_path / "lain.nbundle", "--full")["path"])
    qtbot.mouseClick(ui.inspectButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog)
    assert not ui.refusalFrame.isHidden()
    assert ui.refusalLabel.text() in run(kabupaten, "bundle", "verify", ui.fileEdit.text()).err
    assert frozen(kabupaten) == before


# -- conflicts and keys -------------------------------------------------------------------------------------------
def test_a_conflict_from_an_import_is_compared_side_by_side_and_resolved(qtbot, office, kecamatan, kabupaten,
                                                                         tmp_path):
    finding = add_finding(kecamatan, tmp_path, "Asli.")
    import_(kabupaten, export(kecamatan, tmp_path / "0.nbundle")["path"], "--trust-new-device")
    laptop2 = clone_as_second_device(kecamatan, tmp_path / "laptop2")
    ok(kecamatan, "finding", "edit", finding, "--description", "Versi laptop pertama.")
    ok(laptop2, "finding", "edit", finding, "--description", "Versi laptop kedua.")
    import_(kabupaten, export(kecamatan, tmp_path / "1.nbundle")["path"])
    second = Path(export(laptop2, tmp_path / "2.nbundle")["path"])

    kab = office(kabupaten)
    dialog = actions_sync.open_import_dialog(kab.ctx, second)
    wait_job(qtbot, dialog)
    assert table_row(dialog.ui.changesTable, 0) == ["Temuan", "0", "0", "0", "1"]
    dialog.ui.trustCheck.setChecked(True)
    dialog.apply()
    wait_job(qtbot, dialog)
    assert not dialog.ui.conflictsFrame.isHidden() and dialog.ui.conflictsLabel.text().startswith("1 konflik baru")

    qtbot.mouseClick(dialog.ui.showConflictsButton, Qt.MouseButton.LeftButton)
    view = dialog.findChild(ConflictsDialog)
    assert view is not None and view.isVisible()
    ui = view.ui
    assert ui.conflictsTable.rowCount() == 1 and table_row(ui.conflictsTable, 0)[0] == "Temuan"
    # The differing fields come first, marked: the description, and the time of the change when the two laptops'
    # edits fell in different seconds.
    labels = [table_row(ui.compareTable, r)[0] for r in range(ui.compareTable.rowCount())]
    at = labels.index("Uraian")
    description = table_row(ui.compareTable, at)
    assert {description[1], description[2]} == {"Versi laptop pertama.", "Versi laptop kedua."}
    assert set(labels[:at + 1]) <= {"Uraian", "Diubah pada"}
    assert ui.compareTable.item(at, 1).background().color().name() == "#fdf0dc"  # the differing field, marked
    same = [table_row(ui.compareTable, r) for r in range(ui.compareTable.rowCount())
            if table_row(ui.compareTable, r)[0] == "Judul"]
    assert same and same[0][1] == same[0][2] and ui.compareTable.item(
        [table_row(ui.compareTable, r)[0] for r in range(ui.compareTable.rowCount())].index("Judul"), 1
    ).background().style() == Qt.BrushStyle.NoBrush
    # In an officer's words: no record ids, device ids, bundle ids or hashes; catalog names, not codes.
    import re

    shown = " ".join([ui.detailHeading.text(), ui.detailMeta.text(), *(
        " ".join(table_row(ui.compareTable, r)) for r in range(ui.compareTable.rowCount()))])
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-|(?=[0-9a-f]*[a-f])[0-9a-f]{12,}", shown), shown
    assert "pemilu-2024" not in shown and " temuan temuan " not in shown, "election and source by name"
    rows = {table_row(ui.compareTable, r)[0]: table_row(ui.compareTable, r)[1:]
            for r in range(ui.compareTable.rowCount())}
    assert rows["Kategori"][0] and "MS-" not in rows["Kategori"][0], "the category's name, not its code"
    assert "Kabupaten Bangka Selatan" in rows["Wilayah"][0], "the region's name, not its code"
    labels = set(rows)
    assert not labels & {"ID", "Perangkat asal", "ID temuan", "SHA-256", "Urutan register"}
    ui.onlyDifferencesCheck.setChecked(True)
    assert {table_row(ui.compareTable, r)[0] for r in range(ui.compareTable.rowCount())} >= {"Uraian"}
    assert "Judul" not in {table_row(ui.compareTable, r)[0] for r in range(ui.compareTable.rowCount())}
    # The kabupaten does not own the finding: it may not make the incoming version win, only mark it seen.
    assert not ui.keepIncomingButton.isEnabled() and ui.keepBothButton.isEnabled()
    refreshed = kab.refreshed
    qtbot.mouseClick(ui.keepBothButton, Qt.MouseButton.LeftButton)
    # an operation off the UI thread
    qtbot.waitUntil(lambda: "keduanya disimpan" in ui.resolvedLabel.text(), timeout=JOB_TIMEOUT)
    assert list_conflicts(kab.store) == []
    assert ui.countLabel.text() == "Tidak ada konflik terbuka." and kab.refreshed == refreshed + 1

    # The owner office chooses: the incoming version becomes a new version of its finding (confirmed first).
    import_(kecamatan, second, "--trust-new-device")
    kec = office(kecamatan)
    owner_view = actions_sync.show_conflicts(kec.ctx)
    assert owner_view.ui.keepIncomingButton.isEnabled()
    conflict = list_conflicts(kec.store)[0]
    keep = "incoming" if conflict.incoming["description"] == "Versi laptop kedua." else "current"
    answer_modal(lambda box: box.buttons()[0].click())  # "Pakai versi ini"
    owner_view.resolve(keep)
    qtbot.waitUntil(lambda: kec.store.get_finding(finding).version == 3, timeout=JOB_TIMEOUT)
    assert kec.store.get_finding(finding).description == "Versi laptop kedua."
    assert kec.store.get_finding(finding).version == 3


def test_keys_panel_shows_this_device_and_manages_recipients_and_trusted_devices(qtbot, office, kecamatan,
                                                                                 kabupaten, tmp_path):
    add_finding(kecamatan, tmp_path, "Satu.")
    import_(kabupaten, export(kecamatan, tmp_path / "1.nbundle")["path"], "--trust-new-device")
    kab = office(kabupaten)
    keys = keys_for(kab.store)
    panel = actions_sync.show_keys(kab.ctx)
    ui = panel.ui
    assert ui.deviceIdValue.text() == keys.device_id and ui.ageKeyValue.text() == keys.age_recipient
    assert all(f">{group}<" in ui.fingerprintValue.text() for group in keys.fingerprint.split())
    qtbot.mouseClick(ui.copyFingerprintButton, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == keys.fingerprint

    assert not ui.noRecipientWarning.isHidden()
    secret = (kecamatan / "keys" / "age-identity.txt").read_text().splitlines()[-1]
    ui.recipientKeyEdit.setText(secret)
    qtbot.mouseClick(ui.addRecipientButton, Qt.MouseButton.LeftButton)
    assert "RAHASIA" in ui.err_recipient.text() and recipients(kab.store) == []
    ui.recipientNameEdit.setText("Bawaslu Provinsi Kepulauan Bangka Belitung")
    ui.recipientKeyEdit.setText(age_key(make_office(tmp_path / "provinsi", "provinsi")))
    qtbot.mouseClick(ui.addRecipientButton, Qt.MouseButton.LeftButton)
    # stored off the UI thread; the panel reloads when told
    qtbot.waitUntil(ui.noRecipientWarning.isHidden, timeout=JOB_TIMEOUT)
    assert ui.err_recipient.isHidden()
    assert [r["name"] for r in recipients(kab.store)] == ["Bawaslu Provinsi Kepulauan Bangka Belitung"]
    assert table_row(ui.recipientsTable, 0)[0] == "Bawaslu Provinsi Kepulauan Bangka Belitung"
    ui.recipientsTable.selectRow(0)
    qtbot.mouseClick(ui.removeRecipientButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.recipientsTable.rowCount() == 0, timeout=JOB_TIMEOUT)
    assert recipients(kab.store) == []

    assert ui.devicesTable.rowCount() == 1
    assert table_row(ui.devicesTable, 0)[0].startswith("Panwaslu Kecamatan Toboali")
    ui.devicesTable.selectRow(0)
    answer_modal(lambda box: box.buttons()[0].click())  # "Berhenti mempercayai"
    qtbot.mouseClick(ui.forgetDeviceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.devicesTable.rowCount() == 0, timeout=JOB_TIMEOUT)


# -- from the main window ---------------------------------------------------------------------------------------
def test_the_file_menu_opens_the_sync_dialogs_and_an_import_shows_up_in_the_list(qtbot, window, tmp_path,
                                                                                 monkeypatch):
    desa = make_office(tmp_path / "desa", "desa")
    add_finding(desa, tmp_path, "Kepala desa mengajak warga memilih.", evidence=evidence_png(3))
    bundle = export(desa, tmp_path / "rias.nbundle")["path"]
    assert window.model.rowCount() == 0

    window.ui.actionExportBundle.trigger()
    exporting = window.findChild(ExportBundleDialog)
    assert exporting is not None and exporting.isVisible()
    exporting.reject()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (bundle, ""))
    window.ui.actionImportBundle.trigger()
    qtbot.waitUntil(lambda: (d := window.findChild(ImportBundleDialog)) is not None and d.plan is not None,
                    timeout=JOB_TIMEOUT)
    importing = window.findChild(ImportBundleDialog)
    assert importing.ui.sourceOffice.text().startswith("Panwaslu Desa Rias")
    importing.ui.trustCheck.setChecked(True)
    importing.apply()
    wait_job(qtbot, importing)
    assert importing.report.applied
    wait_list_idle(qtbot, window)
    assert window.model.rowCount() == 1


# -- screenshots --------------------------------------------------------------------------------------------------
@pytest.mark.skipif(not os.environ.get("NETRALITAS_SCREENSHOTS"), reason="set NETRALITAS_SCREENSHOTS=docs/screenshots")
def test_screenshots_of_the_sync_dialogs(qtbot, office, kecamatan, kabupaten, tmp_path):
    """NETRALITAS_SCREENSHOTS=docs/screenshots pytest tests/gui/test_sync_gui.py -k screenshots
    writes sync-export.png, sync-import-trust.png, sync-conflicts.png and sync-keys.png."""
    from datetime import date

    from netralitas_desktop.services.demo import generate_demo
    from netralitas_desktop.sync import export_bundle

    out = Path(os.environ["NETRALITAS_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    ok(kecamatan, "keys", "set-recipient", age_key(kabupaten), "--name", "Bawaslu Kabupaten Bangka Selatan")
    with Store(kecamatan) as store:
        generate_demo(store, 18, images=4, today=date(2024, 1, 20))
        first = export_bundle(store, tmp_path).path
        generate_demo(store, 6, seed=7, images=3, today=date(2024, 1, 27))
    kec = office(kecamatan)
    dialog = actions_sync.export_bundle(kec.ctx)
    dialog.ui.folderEdit.setText("E:\\" if os.name == "nt" else "/media/rina/FLASHDISK")
    qtbot.wait(100)
    dialog.grab().save(str(out / "sync-export.png"))
    dialog.ui.folderEdit.setText(str(tmp_path))
    dialog.start_export()
    wait_job(qtbot, dialog)

    kab = office(kabupaten)
    preview = actions_sync.open_import_dialog(kab.ctx, first)
    wait_job(qtbot, preview)
    qtbot.wait(100)
    preview.grab().save(str(out / "sync-import-trust.png"))
    preview.ui.trustCheck.setChecked(True)
    preview.apply()
    wait_job(qtbot, preview)
    import_(kabupaten, dialog.exported.path)

    laptop2 = clone_as_second_device(kecamatan, tmp_path / "laptop2")
    finding = kec.store.finding_ids()[0]
    for folder, description, facts in (
            (kecamatan, "Mengunggah foto bersama calon anggota DPRD disertai ajakan memilih di akun Facebook "
                        "pribadinya.", "Unggahan dilihat petugas pada 2 Desember 2023 pukul 19.40 WIB."),
            (laptop2, "Mengunggah foto bersama calon anggota DPRD disertai ajakan memilih di grup WhatsApp "
                      "warga RT 03.", "Tangkapan layar dikirim warga pada 3 Desember 2023.")):
        with Store(folder) as store:
            store.update_finding(finding, {"description": description, "facts": facts})
            bundle = export_bundle(store, tmp_path).path
        import_(kabupaten, bundle, "--trust-new-device")
    view = actions_sync.show_conflicts(kab.ctx)
    qtbot.wait(100)
    view.grab().save(str(out / "sync-conflicts.png"))

    keys = actions_sync.show_keys(kec.ctx)
    qtbot.wait(100)
    keys.grab().save(str(out / "sync-keys.png"))


def test_the_import_report_names_files_that_findings_here_already_had(qtbot, office, kecamatan, kabupaten,
                                                                         tmp_path):
    """The same screenshot sent by two kecamatan: the second import says so, as `bundle import` does."""
    lepar = make_office(tmp_path / "lepar", "kecamatan2")
    add_finding(kecamatan, tmp_path, "Mengunggah ajakan memilih.", evidence=evidence_png(7))
    add_finding(lepar, tmp_path, "Membagikan ajakan yang sama.", region="19.03.02.2001", evidence=evidence_png(7))
    kab = office(kabupaten)
    shown = []
    for sender, name in ((kecamatan, "toboali"), (lepar, "lepar")):
        dialog = actions_sync.open_import_dialog(kab.ctx, Path(export(sender, tmp_path / f"{name}.nbundle")["path"]))
        wait_job(qtbot, dialog)
        qtbot.mouseClick(dialog.ui.trustCheck, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
        wait_job(qtbot, dialog)
        assert dialog.ui.pages.currentWidget() is dialog.ui.reportPage
        shown.append(dialog.ui.reportEvidence.text())
    assert "sama dengan temuan" not in shown[0]
    assert "1 berkas sama dengan temuan yang sudah ada: lihat panel bukti." in shown[1], shown[1]
