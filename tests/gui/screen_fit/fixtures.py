"""The data every window needs, built once (in the parent process) and copied for each screen profile.

kecamatan/   Panwaslu Kecamatan Toboali, 40 demo findings (images), HQ recipient = kabupaten
kab_fresh/   Bawaslu Kabupaten Bangka Selatan that has never seen the kecamatan (→ import preview with trust prompt)
kab_pre/     the kabupaten after importing two bundles of the kecamatan; importing laptop2.nbundle into it brings
             a conflict and a new device (→ trust prompt, then a report with the conflicts frame)
kab/         kab_pre after that import: has an open conflict (→ conflicts dialog)
bundles/     first.nbundle (kecamatan, first export), laptop2.nbundle (second laptop of the kecamatan)
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path


def build(folder: Path, repo: Path) -> Path:
    sys.path.insert(0, str(repo / "tests"))
    from sync_helpers import age_key, clone_as_second_device, import_, make_office, ok

    from netralitas_desktop.data.store import Store
    from netralitas_desktop.services.demo import generate_demo
    from netralitas_desktop.sync import export_bundle

    folder.mkdir(parents=True, exist_ok=True)
    bundles = folder / "bundles"
    bundles.mkdir()
    kec = folder / "kecamatan"
    store = Store.create(kec, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                         officer="Rina Marlina", office_code="19.03", officer_jabatan="Anggota Panwaslu Kecamatan",
                         office_address="Jalan Raya Toboali No. 12")
    store.set_setting("signer", {"name": "Ahmad Hidayat", "jabatan": "Ketua Panwaslu Kecamatan Toboali"})
    store.close()
    kab = make_office(folder / "kab", "kabupaten")
    make_office(folder / "kab_fresh", "kabupaten")
    ok(kec, "keys", "set-recipient", age_key(kab), "--name", "Bawaslu Kabupaten Bangka Selatan")
    with Store(kec) as store:
        generate_demo(store, 40, images=4, today=date(2024, 1, 20))
        first = export_bundle(store, bundles).path
        shutil.copy(first, bundles / "first.nbundle")
    import_(kab, first, "--trust-new-device")
    laptop2 = clone_as_second_device(kec, folder / "laptop2")
    with Store(kec) as store:
        finding = store.finding_ids()[0]
    for data_dir, description, target in (
            (kec, "Mengunggah foto bersama calon anggota DPRD disertai ajakan memilih di akun Facebook pribadinya.",
             None),
            (laptop2, "Mengunggah foto bersama calon anggota DPRD disertai ajakan memilih di grup WhatsApp warga "
                      "RT 03.", "laptop2.nbundle")):
        with Store(data_dir) as store:
            store.update_finding(finding, {"description": description})
            bundle = export_bundle(store, bundles).path
        if target is None:
            import_(kab, bundle)
        else:
            shutil.copy(bundle, bundles / target)
    shutil.copytree(kab, folder / "kab_pre")
    import_(kab, bundles / "laptop2.nbundle", "--trust-new-device")
    return folder
