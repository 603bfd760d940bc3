"""Form A and its evidence annex: real stores, real PDFs, text read back with pypdf."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from cli_helpers import own_form_a, run

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import ROMAN_MONTHS
from netralitas_desktop.domain.model import Finding, Subject, Witness
from netralitas_desktop.reports import ReportError, default_filename, render_form_a
from netralitas_desktop.reports.annex import thumbnail_jpeg

A4 = (595.28, 841.89)
F4 = (609.45, 935.43)


def pdf_text(path: Path) -> str:
    """All text of a PDF, pages joined, with runs of whitespace made single spaces."""
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def page_size(path: Path, index: int = 0) -> tuple[float, float]:
    box = pypdf.PdfReader(path).pages[index].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


def font_problems(path: Path) -> list[str]:
    """Fonts that are not embedded TrueType (every font must carry /FontFile2 in its descriptor)."""
    problems = []
    for number, page in enumerate(pypdf.PdfReader(path).pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for key, ref in fonts.items():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number} {key} {font.get('/BaseFont')}")
    return problems


def images_on(path: Path) -> list[tuple[int, int]]:
    sizes = []
    for page in pypdf.PdfReader(path).pages:
        xobjects = page["/Resources"].get_object().get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def jpeg_with_exif(path: Path, *, size=(320, 160), color=(30, 120, 200), orientation: int | None = None,
                   gps: bool = False) -> Path:
    from PIL import Image

    image = Image.new("RGB", size, color)
    image.paste((250, 250, 250), (0, 0, size[0] // 4, size[1]))  # a light band on the left edge
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2023:12:02 14:05:09"
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif.get_ifd(0x8825).update({1: "S", 2: (3.0, 5.0, 28.4), 3: "E", 4: (106.0, 30.0, 44.4)})
    image.save(path, "JPEG", quality=85, exif=exif)
    return path


@pytest.fixture
def rich_finding(data_dir: Path, tmp_path: Path) -> str:
    """A finding with long texts, 15 subjects, 5 witnesses, 20 images (one later removed) and 3 URLs."""
    from PIL import Image

    folder = tmp_path / "bukti"
    folder.mkdir()
    paths = []
    for i in range(20):
        if i % 4 == 0:
            paths.append(jpeg_with_exif(folder / f"IMG_{i:04d}.jpg", color=(i * 12 % 255, 90, 150),
                                        orientation=6 if i == 4 else None, gps=i == 8))
        else:
            path = folder / f"Screenshot_{i:03d}.png"
            Image.new("RGB", (240 + i, 400), (200, i * 10 % 255, 60)).save(path)
            paths.append(path)
    long = " ".join(f"Kalimat ke-{n} menerangkan kejadian dengan rinci agar pembaca memahami urutannya."
                    for n in range(1, 160))
    subjects = [Subject(name=f"Terlapor Nomor {n:02d}", employment_type="pns", nip=f"19850312201001{n:04d}",
                        position="Guru Ahli Pertama", agency=f"SD Negeri {n} Toboali",
                        address=f"Jl. Merdeka No. {n}, Toboali", accounts=[f"@terlapor{n}"])
                for n in range(1, 16)]
    with Store(data_dir) as store:
        finding = store.add_finding(Finding(
            category="MS-FOTO", region_code="19.03.01.2008", occurred_on="2023-12-02", known_on="2023-12-03",
            description=long, facts=long + "\n\n" + long, analysis=long, subjects=subjects,
            witnesses=[Witness(f"Saksi {n}", f"Desa Rias RT 0{n}") for n in range(1, 6)],
            platform="facebook", urls=[f"https://www.facebook.com/terlapor{n}/posts/{n}1234567890" for n in range(3)],
            supervision_form="analisis", supervision_purpose="Memastikan netralitas ASN",
            supervision_target="ASN di Kecamatan Toboali", status="draf"), evidence=paths)
        store.remove_evidence(finding.evidence[1].id, "Berkas ganda, sudah ada yang lebih jelas")
        return finding.id


def finding_of(data_dir: Path, finding_id: str) -> Finding:
    with Store(data_dir, readonly=True) as store:
        return store.get_finding(finding_id)


def test_form_a_prints_every_section_and_field(data_dir, finding_id, tmp_path):
    edited = run(data_dir, "finding", "edit", finding_id, "--written-on", "2023-12-04",
                 "--activity", "form=analisis;purpose=Memastikan netralitas ASN;target=Akun media sosial ASN;"
                               "date=2023-12-03;from=09:00;to=11:30;place=Sekretariat Panwaslu Kecamatan Toboali;"
                               "spt=045/PM.01.02/K.BB-03/XII/2023",
                 "--witness", "Siti Nurhayati;Desa Rias RT 002")
    assert edited.code == 0, edited.err
    output = tmp_path / "form-a.pdf"
    result = run(data_dir, "report", "form-a", finding_id[:8], "-o", output)
    assert result.code == 0, result.err
    assert "Formulir Model A disimpan" in result.out and "halaman" in result.out
    finding = finding_of(data_dir, finding_id)
    page = pdf_text(output)
    for expected in (
        "FORMULIR MODEL A", "LAPORAN HASIL PENGAWASAN PEMILU", f"Nomor: {finding.form_a_number}",
        "I. DATA PENGAWAS PEMILU", "Tahapan yang diawasi", "Masa kampanye", "Rina Marlina",
        "Anggota Panwaslu Kecamatan Toboali", "Nomor surat perintah tugas : 045/PM.01.02/K.BB-03/XII/2023",
        "II. KEGIATAN PENGAWASAN", "Kegiatan I", "Bentuk pengawasan : Analisis",
        "Tujuan : Memastikan netralitas ASN", "Sasaran : Akun media sosial ASN",
        "Hari/tanggal: Minggu, 3 Desember 2023", "Waktu: pukul 09.00–11.30 WIB",
        "Tempat: Sekretariat Panwaslu Kecamatan Toboali",
        "III. URAIAN SINGKAT HASIL PENGAWASAN", "pasangan calon nomor urut 02",
        "IV. INFORMASI DUGAAN PELANGGARAN", "1. Peristiwa:", "a. Peristiwa :", "b. Tempat kejadian : Desa Rias, "
        "Kecamatan Toboali, Kabupaten Bangka Selatan, Provinsi Kepulauan Bangka Belitung; media daring: Facebook",
        "c. Waktu kejadian : Sabtu, 2 Desember 2023", "d. Pelaku:", "Hendra Saputra", "NIP 198503122010011004",
        "SD Negeri 3 Toboali", "e. Alamat pelaku:", "2. Saksi-saksi:", "Siti Nurhayati", "3. Alat bukti:",
        "Keterangan saksi: 1 (satu) orang", "4. Barang bukti:",
        "https://www.facebook.com/hendra.saputra/posts/1234567890", "5. Uraian singkat dugaan pelanggaran:",
        "6. Fakta dan keterangan:", "7. Analisa:", "Ketentuan yang diduga dilanggar:",
        "UU 7/2017 Pasal 280 ayat (2) dan (3)", "PP 94/2021 Pasal 5 huruf n",
        "Menurut SKB 2022 perbuatan ini diancam hukuman disiplin berat",
        "V. INFORMASI DUGAAN SENGKETA PROSES PEMILU", "a. Peristiwa (peserta, tempat, waktu) : nihil",
        "c. Uraian : nihil", "Pengawas Pemilu", "LAMPIRAN BUKTI", "Halaman 1 dari",
    ):
        assert expected in page, expected
    # The event's place is not the place of supervision: section II names only the activity's place.
    section_ii = page[page.index("II. KEGIATAN PENGAWASAN"):page.index("III. URAIAN")]
    assert "Desa Rias" not in section_ii
    # Form A is dated the day it is written, and its number follows that month.
    assert "Toboali, 4 Desember 2023" in page
    assert finding.form_a_number.endswith("/XII/2023")
    # A PNS in Pemilu: no Pilkada law, no village law.
    assert "UU 10/2016" not in page and "UU 6/2014" not in page
    # Perbawaslu 5/2022: no letterhead on Form A unless asked for.
    assert "BADAN PENGAWAS PEMILIHAN UMUM" not in page


def test_form_a_uses_signer_assignment_letter_and_optional_letterhead(data_dir, finding_id, tmp_path):
    for key, value in (("signer", '{"name": "Dra. Siti Aminah, M.Si.", "jabatan": "Ketua Panwaslu Kecamatan"}'),
                       ("assignment_letter", "045/PM.01.02/K.BB-03/XI/2023"),
                       ("letterhead", '{"office_name": "Panitia Pengawas Pemilihan Umum Kecamatan Toboali", '
                                      '"address": "Jl. Sudirman 12, Toboali", "logo": ""}')):
        assert run(data_dir, "settings", "set", key, value).code == 0
    output = tmp_path / "kop.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--letterhead").code == 0
    first = page_texts(output)[0]
    assert first.startswith("BADAN PENGAWAS PEMILIHAN UMUM PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN TOBOALI")
    assert "Jl. Sudirman 12, Toboali" in first
    text = pdf_text(output)
    assert "Dra. Siti Aminah, M.Si." in text
    assert "045/PM.01.02/K.BB-03/XI/2023" in text
    assert "Ketua Panwaslu Kecamatan Toboali" in text


def test_form_a_without_annex_is_shorter(data_dir, finding_id, tmp_path):
    with_annex, without = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", with_annex).code == 0
    assert run(data_dir, "report", "form-a", finding_id, "-o", without, "--no-annex").code == 0
    assert "LAMPIRAN BUKTI" not in pdf_text(without)
    assert len(pypdf.PdfReader(without).pages) < len(pypdf.PdfReader(with_annex).pages)


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4)])
def test_form_a_paper_sizes(data_dir, finding_id, tmp_path, paper, size):
    output = tmp_path / f"{paper}.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output, "--paper", paper).code == 0
    reader = pypdf.PdfReader(output)
    for index in range(len(reader.pages)):
        assert page_size(output, index) == size


def test_paper_size_comes_from_the_setting(data_dir, finding_id, tmp_path):
    assert run(data_dir, "settings", "set", "paper_size", "F4").code == 0
    output = tmp_path / "setting.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output).code == 0
    assert page_size(output) == F4
    with Store(data_dir, readonly=True) as store, pytest.raises(ReportError, match="Ukuran kertas tidak dikenal"):
        render_form_a(store, finding_id, tmp_path / "x.pdf", paper="B5")


def test_fonts_are_embedded_and_metadata_is_set(data_dir, finding_id, tmp_path):
    output = tmp_path / "meta.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output).code == 0
    assert font_problems(output) == []
    meta = pypdf.PdfReader(output).metadata
    finding = finding_of(data_dir, finding_id)
    assert meta.title == f"Formulir Model A {finding.form_a_number}"
    assert meta.author == "Panwaslu Kecamatan Toboali"
    assert meta.subject.startswith("Laporan Hasil Pengawasan Pemilu")


def test_annex_shows_every_item_with_full_sha256_and_metadata(data_dir, finding_id, tmp_path, screenshot):
    photo = jpeg_with_exif(tmp_path / "IMG_20231202.jpg", gps=True)
    assert run(data_dir, "evidence", "add", finding_id, screenshot, photo, "--url",
               "https://www.facebook.com/hendra.saputra/posts/1234567890").code == 0
    output = tmp_path / "annex.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "-o", output).code == 0
    text = pdf_text(output)
    annex = text[text.index("LAMPIRAN BUKTI"):]
    finding = finding_of(data_dir, finding_id)
    assert len(finding.evidence) == 2
    for item in finding.evidence:
        assert item.sha256 in annex  # whole, on one line, as text
        assert item.name in annex
    assert "Bukti 2 dari 2" in annex
    assert "image/jpeg" in annex and "image/png" in annex
    assert f"{finding.evidence[0].size:,}".replace(",", ".") + " bita" in annex
    assert "2 Desember 2023 pukul 14.05.09 (jam kamera)" in annex
    assert "3°05'28,4\" LS, 106°30'44,4\" BT" in annex
    assert "cocok dengan SHA-256" in annex
    assert "tidak ada" in annex  # the PNG has neither EXIF time nor GPS


def test_rich_finding_lays_out_across_pages(data_dir, rich_finding, tmp_path):
    simple = tmp_path / "simple.pdf"
    output = tmp_path / "rich.pdf"
    with Store(data_dir, readonly=True) as store:
        render_form_a(store, rich_finding, output, annex=True)
        render_form_a(store, rich_finding, simple, annex=False)
        finding = store.get_finding(rich_finding)
    pages = len(pypdf.PdfReader(output).pages)
    assert pages >= len(pypdf.PdfReader(simple).pages) + 7  # 20 evidence blocks need several annex pages
    texts = page_texts(output)
    text = " ".join(texts)
    for n in range(1, 16):
        assert f"Terlapor Nomor {n:02d}" in text
        assert f"NIP 19850312201001{n:04d}" in text
    assert "Kalimat ke-159" in text
    assert len(finding.evidence) == 20
    for item in finding.evidence:
        assert item.sha256 in text
    assert "Bukti 20 dari 20" in text
    assert "DITANDAI DIHAPUS" in text and "Berkas ganda, sudah ada yang lebih jelas" in text
    assert "1 berkas bukti ditandai dihapus" in text
    assert all(f"Halaman {i} dari {pages}" in page for i, page in enumerate(texts, start=1))
    # The subject table repeats its header when it runs onto another page.
    assert sum("Nama dan status kepegawaian" in page for page in texts) >= 1
    # Thumbnails are scaled down before embedding: no image wider or taller than 420 pixels.
    sizes = images_on(output)
    assert sizes and max(max(size) for size in sizes) <= 420
    assert output.stat().st_size < 2_500_000


def test_thumbnail_respects_exif_orientation(tmp_path):
    upright = thumbnail_jpeg(jpeg_with_exif(tmp_path / "a.jpg", size=(320, 160)))
    turned = thumbnail_jpeg(jpeg_with_exif(tmp_path / "b.jpg", size=(320, 160), orientation=6))
    assert upright[1:] == (320, 160)
    assert turned[1:] == (160, 320)  # orientation 6: shown rotated a quarter turn
    from PIL import Image

    image = Image.open(io.BytesIO(turned[0]))
    assert image.getpixel((80, 10))[0] > 200  # the light band now runs along the top
    assert thumbnail_jpeg(tmp_path / "a.jpg") is not None
    (tmp_path / "not-an-image.jpg").write_bytes(b"%PDF-1.4 not an image")
    assert thumbnail_jpeg(tmp_path / "not-an-image.jpg") is None


def test_pilkada_finding_prints_pemilihan(data_dir, tmp_path):
    result = run(data_dir, "finding", "add", "--category", "LR-APK", "--region", "19.03.01.2008",
                 "--occurred-on", "2024-10-02", "--known-on", "2024-10-03", "--election", "pilkada-2024",
                 "--description", "Memasang baliho calon bupati di pagar kantor desa.",
                 "--subject", "name=Agus Setiawan;type=kepala_desa;position=Kepala Desa;agency=Pemerintah Desa Rias",
                 "--json")
    assert result.code == 0, result.err
    output = tmp_path / "pilkada.pdf"
    assert run(data_dir, "report", "form-a", result.json()["id"], "-o", output).code == 0
    text = pdf_text(output)
    assert "LAPORAN HASIL PENGAWASAN PEMILIHAN" in text
    assert "Pengawas Pemilihan" in text
    assert "SENGKETA PROSES PEMILIHAN" in text


def test_form_a_default_file_name_and_unknown_finding(data_dir, finding_id, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(data_dir, "report", "form-a", finding_id)
    assert result.code == 0, result.err
    finding = finding_of(data_dir, finding_id)
    expected = default_filename("form-a", number=finding.form_a_number)
    assert (tmp_path / expected).exists()
    written = date.fromisoformat(finding.written_on)
    number = own_form_a(data_dir, 1).replace("/", "-")
    assert expected == f"FormA_{number}{ROMAN_MONTHS[written.month - 1]}-{written.year}.pdf"
    missing = run(data_dir, "report", "form-a", "tidak-ada", "-o", tmp_path / "none.pdf")
    assert missing.code == 1
    assert missing.err.startswith("galat: Temuan tidak ditemukan")
    assert not (tmp_path / "none.pdf").exists()


def test_default_filenames():
    assert default_filename("form-a", number="001/TM/PL/Kec/19.03/IV/2024") == "FormA_001-TM-PL-Kec-19.03-IV-2024.pdf"
    assert default_filename("register", date_from="2024-01-01", date_to="2024-03-31") == \
        "Register_Temuan_2024-01-01_2024-03-31.pdf"
    assert default_filename("register") == "Register_Temuan_Semua.pdf"
    assert default_filename("register", date_from=date(2024, 1, 1)) == "Register_Temuan_2024-01-01_sekarang.pdf"
    assert default_filename("recap", region="19.03", date_from="2023-11-28", date_to="2024-02-13") == \
        "Rekap_19.03_2023-11-28_2024-02-13.pdf"
    assert default_filename("recap", date_from="2023-11-28", date_to="2024-02-13") == \
        "Rekap_Semua-Wilayah_2023-11-28_2024-02-13.pdf"
    with pytest.raises(ReportError):
        default_filename("surat")


def test_letterhead_logo_is_drawn_and_a_missing_logo_is_skipped(data_dir, finding_id, tmp_path):
    from PIL import Image

    Image.new("RGB", (200, 200), (180, 20, 20)).save(data_dir / "logo.png")
    assert run(data_dir, "settings", "set", "letterhead", '{"office_name": "Bawaslu Kabupaten Bangka Selatan", '
               '"address": "Toboali", "logo": "logo.png"}').code == 0
    output = tmp_path / "logo.pdf"
    assert run(data_dir, "report", "form-a", finding_id, "--no-annex", "--letterhead", "-o", output).code == 0
    assert (200, 200) in images_on(output)
    assert run(data_dir, "settings", "set", "letterhead", '{"office_name": "Bawaslu Kabupaten Bangka Selatan", '
               '"address": "Toboali", "logo": "/tidak/ada.png"}').code == 0
    assert run(data_dir, "report", "form-a", finding_id, "--no-annex", "--letterhead", "-o", output).code == 0
    assert "BAWASLU KABUPATEN BANGKA SELATAN" in page_texts(output)[0]
