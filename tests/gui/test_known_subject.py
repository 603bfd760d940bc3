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
