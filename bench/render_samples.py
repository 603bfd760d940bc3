"""Regenerate the sample renderings in docs/screenshots/ from a demo store (needs pdftoppm, poppler-utils).

    python bench/render_samples.py [--keep DIR]

Writes form-a-page1.png, form-a-page2.png, annex-page.png, model-b1.png, receipt.png, register-page1.png,
recap-page1.png and recap-page2.png at 80 dpi, as `pdftoppm -r 80 -png` renders them.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netralitas_desktop.data.store import Store  # noqa: E402
from netralitas_desktop.domain.model import Activity, Finding, Subject, Witness  # noqa: E402
from netralitas_desktop.reports.form_a import build_form_a  # noqa: E402
from netralitas_desktop.reports.model_b import build_laporan, build_receipt  # noqa: E402
from netralitas_desktop.reports.recap import build_recap  # noqa: E402
from netralitas_desktop.reports.register import build_register, register_filter  # noqa: E402
from netralitas_desktop.services.demo import evidence_images, generate_demo  # noqa: E402

TODAY = date(2024, 2, 14)
SCREENSHOTS = ROOT / "docs" / "screenshots"


def sample_store(folder: Path) -> tuple[Store, str, str]:
    """A kecamatan office with 600 demo findings, one carefully filled temuan for Form A and one public report."""
    store = Store.create(folder, office_name="Panwaslu Kecamatan Toboali", level="kecamatan", region_code="19.03.01",
                         officer="Rina Marlina, S.H.", office_code="19.03",
                         officer_jabatan="Anggota Panwaslu Kecamatan",
                         office_address="Jl. Jenderal Sudirman No. 12, Toboali, Kabupaten Bangka Selatan 33783")
    store.set_setting("assignment_letter", "045/PM.01.02/K.BB-03.01/XI/2023")
    store.set_setting("letterhead", {"office_name": "Panitia Pengawas Pemilihan Umum Kecamatan Toboali",
                                     "address": "Jl. Jenderal Sudirman No. 12, Toboali, Kabupaten Bangka Selatan "
                                                "33783 · Telepon (0718) 41234 · panwascam.toboali@example.id",
                                     "logo": ""})
    generate_demo(store, 600, seed=2024, today=TODAY)
    with tempfile.TemporaryDirectory() as temp:
        photos = evidence_images(3, random.Random(5), Path(temp))
        finding = store.add_finding(Finding(
            category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            title="Ajakan memilih pasangan calon di akun Facebook pribadi", platform="facebook",
            address="Jl. Raya Rias RT 002, Desa Rias",
            description="Dalam patroli pengawasan siber pada Minggu, 3 Desember 2023, pengawas menemukan unggahan di "
                        "akun Facebook \"Hendra Saputra\" tertanggal 2 Desember 2023 pukul 19.40 WIB berisi ajakan "
                        "memilih pasangan calon nomor urut 02 disertai tagar kampanye dan foto alat peraga kampanye. "
                        "Pemilik akun diketahui berstatus PNS, guru pada SD Negeri 3 Toboali.",
            facts="1. Unggahan masih dapat diakses pada 3 Desember 2023 dan telah dibagikan 14 kali.\n\n"
                  "2. Kepala SD Negeri 3 Toboali membenarkan bahwa akun tersebut milik terlapor.",
            analysis="Perbuatan terlapor memenuhi unsur keterlibatan ASN dalam kegiatan kampanye di media sosial "
                     "sebagaimana dilarang dalam Pasal 280 ayat (2) dan (3) UU 7/2017 serta SKB 2022 Lampiran II.",
            written_on="2023-12-04",
            subjects=[Subject(name="Hendra Saputra, S.Pd.", employment_type="pns", nip="198503122010011004",
                              position="Guru Ahli Muda", agency="SD Negeri 3 Toboali",
                              address="Jl. Merdeka No. 7, Desa Rias, Toboali",
                              accounts=["facebook.com/hendra.saputra"]),
                      Subject(name="Yusuf Harahap", employment_type="perangkat_desa", nik="1903011208790002",
                              position="Kepala Dusun II", agency="Pemerintah Desa Rias",
                              address="Dusun II, Desa Rias, Toboali")],
            witnesses=[Witness("Siti Nurhayati", "Desa Rias RT 002, Toboali"), Witness("Agus Setiawan", "Toboali")],
            urls=["https://www.facebook.com/hendra.saputra/posts/pfbid02Xk9cQ7e1"],
            activities=[
                Activity(form="analisis", purpose="Memastikan netralitas ASN, kepala desa dan perangkat desa selama "
                                                  "masa kampanye",
                         target="Akun media sosial ASN dan perangkat desa di Kecamatan Toboali", date="2023-12-03",
                         time_from="09:00", time_to="11:30",
                         place="Sekretariat Panwaslu Kecamatan Toboali, Jl. Jenderal Sudirman No. 12"),
                Activity(form="langsung", purpose="Meminta keterangan atas kepemilikan akun",
                         target="Kepala SD Negeri 3 Toboali", date="2023-12-04", time_from="10:00", time_to="11:00",
                         place="SD Negeri 3 Toboali, Desa Rias", assignment_letter="046/PM.01.02/K.BB-03.01/XII/2023"),
            ]), evidence=photos)
        store.describe_evidence(finding.evidence[0].id, "Tangkapan layar unggahan akun Facebook \"Hendra Saputra\" "
                                "tanggal 2 Desember 2023 pukul 19.40 WIB berisi ajakan memilih pasangan calon 02")
        laporan = store.add_finding(Finding(
            source="laporan", category="LR-APK", region_code="19.03.01.2008", occurred_on="2023-12-02",
            known_on="2023-12-03", received_on="2023-12-05", received_time="10:15",
            title="Baliho pasangan calon di depan kantor desa", address="Kantor Desa Rias",
            description="Pada Sabtu, 2 Desember 2023 sore, Kepala Desa Rias bersama dua perangkat desa memasang "
                        "baliho pasangan calon nomor urut 02 di halaman depan kantor desa. Pelapor melihatnya "
                        "keesokan harinya saat mengurus surat di kantor desa dan memotretnya.",
            subjects=[Subject(name="Ahmad Lubis", employment_type="kepala_desa", position="Kepala Desa Rias",
                              agency="Pemerintah Desa Rias", address="Dusun I, Desa Rias, Toboali")],
            witnesses=[Witness("Budi Santoso", "Desa Rias RT 003, Toboali")],
            reporter_name="Dewi Lestari", reporter_address="Jl. Melati No. 3, Toboali",
            reporter_birth_place="Toboali", reporter_birth_date="1990-08-12", reporter_sex="P",
            reporter_occupation="Wiraswasta", reporter_nationality="Indonesia", reporter_phone="0812-7000-1234",
            reporter_email="dewi.lestari@example.id"), evidence=photos[2:])
        store.describe_evidence(laporan.evidence[0].id, "Foto baliho pasangan calon nomor urut 02 di halaman depan "
                                "Kantor Desa Rias, diambil pelapor pada 3 Desember 2023")
    store.change_status(finding.id, "temuan", "Ditetapkan dalam rapat pleno", on=date(2023, 12, 4))
    store.change_status(finding.id, "teregistrasi", "Memenuhi syarat formal dan materiel", on=date(2023, 12, 5))
    return store, finding.id, laporan.id


def png(pdf: Path, page: int, name: str) -> Path:
    target = SCREENSHOTS / name
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(target.with_suffix(""))], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="also copy the sample PDFs into this folder")
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm tidak ada: pasang poppler-utils.", file=sys.stderr)
        return 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        store, finding_id, laporan_id = sample_store(root / "data")
        _, form_pages = build_form_a(store, finding_id, root / "form-only.pdf", annex=False)
        form_a, _ = build_form_a(store, finding_id, root / "form-a.pdf")
        annex_page = form_pages + 1  # the annex starts on the page after the form
        laporan, _ = build_laporan(store, laporan_id, root / "laporan-b1.pdf")
        receipt, _ = build_receipt(store, laporan_id, root / "tanda-terima.pdf")
        register, _ = build_register(store, register_filter("2023-12-01", "2023-12-31"), root / "register.pdf",
                                     today=TODAY)
        recap, _ = build_recap(store, "2023-11-28", "2024-02-13", root / "recap.pdf", region="19.03", today=TODAY)
        store.close()
        written = [png(form_a, 1, "form-a-page1.png"), png(form_a, 2, "form-a-page2.png"),
                   png(form_a, annex_page, "annex-page.png"), png(laporan, 1, "model-b1.png"),
                   png(receipt, 1, "receipt.png"), png(register, 1, "register-page1.png"),
                   png(recap, 1, "recap-page1.png"), png(recap, 2, "recap-page2.png")]
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for pdf in (form_a, laporan, receipt, register, recap):
                shutil.copy(pdf, args.keep / pdf.name)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
