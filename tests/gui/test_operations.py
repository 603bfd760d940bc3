"""Every write from the GUI is one operation off the UI thread, and every view refreshes from one signal."""

from __future__ import annotations

import os
import time
from pathlib import Path

from gui_helpers import answer_modal, wait_list_idle
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.gui.operations import Changes, data_events, run_operation


def a_finding(description: str = "Memasang baliho calon di depan kantor desa.") -> Finding:
    return Finding(category="LR-APK", region_code="19.03.01", occurred_on="2023-12-02", known_on="2023-12-03",
                   description=description, subjects=[Subject(name="Budi Santoso", employment_type="kepala_desa")])


class Heard:
    """What the views were told (the one data-changed signal)."""

    def __init__(self):
        self.changes: list[Changes] = []
        data_events().changed.connect(self.changes.append)

    def close(self) -> None:
        data_events().changed.disconnect(self.changes.append)


def test_a_large_evidence_file_is_stored_while_the_window_keeps_responding(qtbot, window, tmp_path):
    """Copying, hashing and fsyncing a video runs in a worker: a UI timer keeps firing all the while."""
    with Store(window.data_dir) as store:
        finding = store.add_finding(a_finding())
    window.reload()
    wait_list_idle(qtbot, window)
    video = tmp_path / "rekaman-kampanye.mp4"
    with video.open("wb") as out:
        for _ in range(8):
            out.write(os.urandom(8 * 1024 * 1024))  # 64 MB: a few hundred ms of copying and hashing at least
    ticks: list[float] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()
    done: list = []
    started = time.monotonic()
    run_operation(window, window.data_dir, lambda store, fid, paths: store.add_evidence(fid, paths), finding.id,
                  [video], title="Bukti", changes=Changes(findings=(finding.id,)), on_success=done.append)
    assert not done, "the call returns at once; the work goes on in a worker"
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    ended = time.monotonic()
    timer.stop()
    during = [t for t in ticks if started < t < ended]
    assert len(during) >= 3, f"the event loop stalled while the file was stored ({len(during)} ticks)"
    with Store(window.data_dir) as store:
        stored = store.get_finding(finding.id).evidence
        assert [e.name for e in stored] == ["rekaman-kampanye.mp4"] and stored[0].size == 64 * 1024 * 1024
        assert store.check() == []


def test_views_refresh_from_the_one_changed_signal(qtbot, window):
    """An operation started anywhere (here: not from the main window) reaches the list, the detail pane and the
    dashboard through the data-changed signal alone."""
    heard = Heard()
    window.show_page(1)
    qtbot.waitUntil(lambda: window.dashboard.data is not None and window.dashboard.job is None, timeout=20_000)
    assert window.dashboard.data.total == 0
    window.show_page(0)
    added: list[Finding] = []
    run_operation(None, window.data_dir, lambda store, f: store.add_finding(f), a_finding(), title="Temuan",
                  changes=lambda f: Changes(findings=(f.id,)), on_success=added.append)
    qtbot.waitUntil(lambda: len(window.model.ids) == 1, timeout=20_000)
    assert window.model.ids == [added[0].id] and [c.findings for c in heard.changes] == [(added[0].id,)]
    window.select_row(0)
    assert "Memasang baliho" in window.ui.detailText.toPlainText()

    # A change of that finding elsewhere shows in the detail pane; the dashboard counts again when shown.
    run_operation(None, window.data_dir,
                  lambda store, fid: store.update_finding(fid, {"description": "Spanduk ajakan memilih di pos ronda."}),
                  added[0].id, title="Temuan", changes=Changes(findings=(added[0].id,)))
    qtbot.waitUntil(lambda: "Spanduk ajakan" in window.ui.detailText.toPlainText(), timeout=20_000)
    window.show_page(1)
    qtbot.waitUntil(lambda: window.dashboard.data is not None and window.dashboard.data.total == 1, timeout=20_000)
    heard.close()


def test_a_refused_operation_explains_itself_once_and_changes_nothing(qtbot, window):
    heard = Heard()
    seen: list[str] = []
    answer_modal(lambda box: (seen.append(box.text()), box.accept()))
    bad = a_finding()
    bad.region_code = "19.99.99"
    run_operation(window, window.data_dir, lambda store, f: store.add_finding(f), bad, title="Temuan belum tersimpan",
                  changes=Changes(all_findings=True))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "Kode wilayah tidak dikenal" in seen[0]
    assert heard.changes == []
    with Store(window.data_dir) as store:
        assert store.count_findings() == 0
    heard.close()


def test_an_operation_cancelled_before_its_commit_leaves_nothing(qtbot, store_dir, tmp_path):
    with Store(store_dir) as store:
        finding = store.add_finding(a_finding())
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(4 * 1024 * 1024))
    heard = Heard()
    outcome: list[str] = []
    job = run_operation(None, store_dir, lambda store, fid, paths: store.add_evidence(fid, paths), finding.id,
                        [video], title="Bukti", changes=Changes(findings=(finding.id,)),
                        on_success=lambda _r: outcome.append("stored"), on_cancelled=lambda: outcome.append("batal"))
    job.cancel()  # Batal, before the worker got to the commit
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert outcome == ["batal"] and heard.changes == []
    with Store(store_dir) as store:
        assert store.get_finding(finding.id).evidence == []
        assert not [p for p in (store_dir / "evidence").rglob("*") if p.is_file()], "no file left in the vault"
        assert store.check() == []
    heard.close()


def test_evidence_in_the_editor_follows_simpan_and_batal(qtbot, window, tmp_path):
    """One save rule: files added and items removed in the editor are stored with Simpan, dropped with Batal."""
    from netralitas_desktop.gui.editor import FindingEditor

    photo = tmp_path / "foto-baliho.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    image.save(str(photo))
    with Store(window.data_dir) as store:
        finding = store.add_finding(a_finding(), evidence=[photo])
    kept = finding.evidence[0]

    editor = FindingEditor(window.store, finding.id, window)
    qtbot.addWidget(editor)
    editor.open()
    panel = editor.ui.evidencePanel
    second = tmp_path / "tangkapan-layar.png"
    image.save(str(second))
    panel.add_paths([second])
    panel.remove_entry(panel.entries[0], "Foto salah unggah")
    evidence_tab = editor.ui.tabs.indexOf(editor.ui.evidenceTab)
    assert "akan ditambahkan" in panel.ui.hintLabel.text() and editor.ui.tabs.tabText(evidence_tab).endswith("•")
    with Store(window.data_dir) as store:
        assert [e.name for e in store.get_finding(finding.id).evidence] == ["foto-baliho.png"], "nothing yet"
    answer_modal(lambda box: box.buttons()[0].click())  # "Buang perubahan"
    editor.reject()
    assert editor.result() == QDialog.DialogCode.Rejected
    with Store(window.data_dir) as store:
        evidence = store.get_finding(finding.id).evidence
        assert [(e.name, e.removed) for e in evidence] == [("foto-baliho.png", False)]

    editor = FindingEditor(window.store, finding.id, window)
    qtbot.addWidget(editor)
    editor.open()
    panel = editor.ui.evidencePanel
    panel.add_paths([second])
    panel.remove_entry(panel.entries[0], "Foto salah unggah")
    editor.ui.descriptionEdit.setPlainText("Memasang baliho calon di pagar kantor desa.")
    assert editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    with Store(window.data_dir) as store:
        stored = store.get_finding(finding.id)
        trail = [e["action"] for e in store.audit_trail(finding.id)]
    assert stored.description == "Memasang baliho calon di pagar kantor desa." and stored.version == 2
    assert [(e.name, e.removed) for e in stored.evidence] == [("foto-baliho.png", True),
                                                              ("tangkapan-layar.png", False)]
    assert stored.evidence[0].id == kept.id and stored.evidence[0].removed_reason == "Foto salah unggah"
    assert trail.count("evidence.remove") == 1 and trail.count("evidence.add") == 2 and "finding.edit" in trail


def test_an_edit_refused_part_way_stores_none_of_it(qtbot, window, tmp_path):
    """Fields, removals and additions are one transaction: an unreadable file refuses the whole edit."""
    from netralitas_desktop.gui.editor import save_finding_edit

    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    with Store(window.data_dir) as store:
        finding = store.add_finding(a_finding(), evidence=[photo])
    missing = Path(tmp_path / "hilang.jpg")
    seen: list[str] = []
    run_operation(None, window.data_dir, save_finding_edit, finding.id, {"description": "Uraian baru."}, [missing],
                  {finding.evidence[0].id: "alasan"}, title="Temuan belum tersimpan", on_failure=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "hilang.jpg" in seen[0]
    with Store(window.data_dir) as store:
        unchanged = store.get_finding(finding.id)
        assert unchanged.description == finding.description and unchanged.version == 1
        assert not unchanged.evidence[0].removed
        assert store.check() == []


def test_a_dialog_closed_while_its_operation_runs_leaves_the_store_changed_and_no_error(qtbot, store_dir, tmp_path):
    """Keys dialog closed (and deleted) before its recipient was stored: the store changes, the views hear of it,
    and nothing touches the deleted dialog."""
    from PySide6.QtCore import Qt
    from sync_helpers import age_key, make_office

    from netralitas_desktop.gui.sync_keys import KeysDialog
    from netralitas_desktop.sync import recipients

    kab = make_office(tmp_path / "kabupaten", "kabupaten")
    heard = Heard()
    with Store(store_dir) as store:
        dialog = KeysDialog(store)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.ui.recipientKeyEdit.setText(age_key(kab))
        assert dialog.add_recipient()
        dialog.close()
        qtbot.waitUntil(lambda: bool(heard.changes), timeout=20_000)
        assert heard.changes[0].keys and len(recipients(store)) == 1
    heard.close()
