"""Double-clicking a bundle opens the app's import dialog: what the registration writes on Linux."""

import shlex

from netralitas_desktop.services.file_association import MIME_TYPE, register_linux


def test_linux_registration_writes_a_mime_type_and_a_desktop_entry(tmp_path):
    mime, desktop = register_linux(["/opt/Netralitas Desktop/netralitas-desktop"], data_home=tmp_path)
    assert '<glob pattern="*.nbundle"/>' in mime.read_text()
    entry = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert shlex.split(entry["Exec"]) == ["/opt/Netralitas Desktop/netralitas-desktop", "--import-bundle", "%f"]
