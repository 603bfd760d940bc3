"""The finding editor tells an officer typing a NIP that the person is already reported ("NIP ini sudah ada di N
temuan"), with a link to each finding, and says nothing about the finding being edited itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.gui.editor import FindingEditor

NIP = "198503122010011004"


def reported(store, nip: str = NIP) -> Finding:
    return store.add_finding(Finding(
        category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
        description="Mengunggah ajakan memilih.", platform="facebook",
        subjects=[Subject(name="Hendra Saputra", employment_type="pns", nip=nip, agency="SD Negeri 3 Toboali")]))


def test_typing_a_known_nip_names_the_findings_that_have_it(qtbot, store):
    first, second = reported(store), reported(store)
    reported(store, "199001012015031002")  # another person
    editor = FindingEditor(store, None)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "dirty", False))  # no "discard?" question
    editor.show()
    label = editor.known_nip_label
    ui = editor.ui
    qtbot.mouseClick(ui.addSubjectButton, Qt.MouseButton.LeftButton)
    ui.subjectType.setCurrentIndex(ui.subjectType.findData("pns"))
    qtbot.keyClicks(ui.subjectName, "Hendra Saputra")
    qtbot.keyClicks(editor.ui.subjectNip, NIP[:17])
    assert label.isHidden()  # 17 digits: not a NIP yet
    qtbot.keyClicks(editor.ui.subjectNip, NIP[17:])
    assert not label.isHidden()
    assert label.text().startswith("NIP ini sudah ada di 2 temuan")
    for finding in (first, second):
        assert f'href="{finding.id}"' in label.text() and finding.form_a_number in label.text()
    editor.ui.subjectNip.clear()
    assert label.isHidden()


def test_the_finding_being_edited_does_not_count(qtbot, store):
    only = reported(store)
    editor = FindingEditor(store, only.id)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "dirty", False))  # no "discard?" question
    editor.show()
    editor.ui.subjectsTable.setCurrentCell(0, 0)
    assert editor.ui.subjectNip.text() == NIP
    assert editor.known_nip_label.isHidden()


def test_the_kabupaten_dashboard_lists_repeat_subjects_and_opens_their_findings(qtbot, tmp_path):
    from gui_helpers import open_window

    from netralitas_desktop.data.store import Store

    folder = tmp_path / "kabupaten"
    with Store.create(folder, office_name="Bawaslu Kabupaten Bangka Selatan", level="kabupaten",
                      region_code="19.03", officer="Budi Santoso", office_code="19.03") as store:
        first, second = reported(store), reported(store)
        reported(store, "199001012015031002")  # reported once
    window = open_window(qtbot, folder)
    window.show_page(1)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=20_000)
    assert not dashboard.repeat_view.isHidden()
    rows = dashboard.models["repeat"].rows
    assert [(key, count) for key, _label, count, _offices in rows] == [(f"nip:{NIP}", 2)]
    assert rows[0][1] == f"Hendra Saputra (NIP {NIP})"
    assert set(dashboard.data.repeat_ids[f"nip:{NIP}"]) == {first.id, second.id}
    dashboard.repeat_view.clicked.emit(dashboard.models["repeat"].index(0, 0))
    assert window.ui.pages.currentIndex() == 0 and set(window.model.ids) == {first.id, second.id}


def test_a_kecamatan_dashboard_has_no_repeat_list(qtbot, store_dir):
    from gui_helpers import open_window

    window = open_window(qtbot, store_dir)
    window.show_page(1)
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=20_000)
    assert window.dashboard.repeat_view.isHidden() and window.dashboard.data.repeats is None
