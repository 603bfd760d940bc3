"""A self-test of an installed or frozen app: every resource and hidden import a field office relies on.

It finds the user guide with its pictures, creates a temporary store, adds a finding with evidence, renders a
Form A, exports a signed bundle and imports it into a second store, and checks both stores. The GUI adds opening
the main window on top.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.dates_id import byte_count, number_id
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import Finding, Subject
from netralitas_desktop.domain.regions import load_regions
from netralitas_desktop.paths import resources_dir, user_guide
from netralitas_desktop.reports import render_form_a
from netralitas_desktop.services.reading import read_queue
from netralitas_desktop.sync import export_bundle, import_bundle


def run_core_selftest(report: Callable[[str], None] = print, folder: Path | None = None) -> None:
    """Raise on the first failure; `report` receives one Indonesian line per step passed."""
    with tempfile.TemporaryDirectory(prefix="netralitas-uji-", dir=folder) as temp_name:
        temp = Path(temp_name)
        regions, catalog = load_regions(), load_catalog()
        assert len(regions) > 90_000 and "MS-SOSIALISASI" in catalog.categories
        report(f"Data wilayah ({number_id(len(regions))} wilayah) dan katalog ({len(catalog.categories)} kategori) "
               "dimuat.")
        guide = user_guide()
        assert guide is not None, "panduan pengguna tidak ikut terpasang"
        images = re.findall(r"\((screenshots/[^)\s]+\.png)\)", guide.read_text(encoding="utf-8"))
        assert all((guide.parent / image).is_file() for image in images), "gambar panduan pengguna tidak lengkap"
        report(f"Panduan pengguna dan {len(images)} gambarnya tersedia.")
        # Protected (SQLCipher, Argon2id, sealed evidence): the frozen app must carry sqlcipher3 and its FTS5.
        field = Store.create(temp / "lapangan", office_name="Panwaslu Kecamatan Toboali", level="kecamatan",
                             region_code="19.03.01", officer="Uji Mandiri", office_code="19.03",
                             passphrase="uji-mandiri-kata-sandi")
        assert field.protected and not (temp / "lapangan" / "netralitas.db").read_bytes().startswith(b"SQLite")
        image = temp / "tangkapan.png"
        from PIL import Image

        Image.new("RGB", (120, 80), (200, 40, 40)).save(image)
        finding = field.add_finding(Finding(
            category="MS-SOSIALISASI", region_code="19.03.01.2008", occurred_on="2024-01-02", known_on="2024-01-03",
            description="Uji mandiri: unggahan ajakan memilih.", platform="facebook",
            urls=["https://www.facebook.com/contoh/posts/1"],
            subjects=[Subject(name="Uji Terlapor", employment_type="pns", nip="198503122010011004")]),
            evidence=[image])
        assert field.list_findings(FindingFilter(search="terlapor"))[0].id == finding.id
        report("Temuan dengan bukti disimpan dan ditemukan lewat pencarian.")
        _check_ocr(field, temp)
        report("Teks gambar bukti dibaca (OCR luring: Tesseract dengan data bahasa ind+eng) dan dapat dicari.")
        pdf = render_form_a(field, finding.id, temp / "form-a.pdf")
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
        report(f"Form A dicetak ({byte_count(pdf.stat().st_size)}).")
        headquarters = Store.create(temp / "kabupaten", office_name="Bawaslu Kabupaten Bangka Selatan",
                                    level="kabupaten", region_code="19.03", officer="Uji Mandiri", office_code="19.03")
        bundle = temp / "bundel.zip"
        export_bundle(field, bundle)
        import_bundle(headquarters, bundle, trust_new_device=True)
        received = headquarters.get_finding(finding.id)
        assert received.evidence and received.evidence[0].sha256 == finding.evidence[0].sha256
        report("Bundel diekspor, diverifikasi dan diimpor ke basis data kedua.")
        for store in (field, headquarters):
            problems = store.check()
            assert not problems, problems
            store.close()
        report("Pemeriksaan kedua basis data lolos.")


def _check_ocr(store: Store, temp: Path) -> None:
    """The OCR library, its native libraries and the language data are in this build: a picture of words, added
    as evidence and read from the queue, is found by a word only the picture holds."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(resources_dir() / "fonts" / "LiberationSans-Regular.ttf"), 40)
    picture = Image.new("RGB", (900, 160), "white")
    ImageDraw.Draw(picture).text((30, 50), "Ayo dukung nomor 02 #Coblos02 @relawan.uji", font=font, fill="black")
    path = temp / "tulisan.png"
    picture.save(path)
    finding = store.list_findings(FindingFilter())[0]
    store.add_evidence(finding.id, [path])
    summary = read_queue(store)
    assert summary.failed == 0 and summary.done >= 1, [f.error for f in summary.files]
    found = store.list_findings(FindingFilter(search="Coblos02"))
    assert [f.id for f in found] == [finding.id], "teks gambar tidak terbaca atau tidak masuk pencarian"

