"""Public reports: Formulir Model B.1 with the reporter's identity, its receipt, the registration form, and a
laporan that takes no Form A number. Real stores, real PDFs read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from cli_helpers import FINDING_ARGS, own_form_a, run, store_snapshot

from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import load_catalog

LAPORAN_ARGS = (
    "finding", "add", "--source", "laporan", "--category", "LR-APK", "--region", "19.03.01.2008",
    "--occurred-on", "2023-12-02", "--known-on", "2023-12-03", "--received-on", "2023-12-05",
    "--received-time", "10:15", "--title", "Baliho pasangan calon di kantor desa",
    "--description", "Kepala desa memasang baliho pasangan calon nomor urut 02 di depan kantor desa.",
    "--subject", "name=Ahmad Lubis;type=kepala_desa;position=Kepala Desa Rias;agency=Pemerintah Desa Rias;"
                 "address=Dusun I, Desa Rias",
    "--reporter-name", "Dewi Lestari", "--reporter-address", "Jl. Melati 3, Toboali",
    "--reporter-birth-place", "Toboali", "--reporter-birth-date", "1990-08-12", "--reporter-sex", "P",
    "--reporter-occupation", "Wiraswasta", "--reporter-nationality", "Indonesia",
    "--reporter-phone", "0812-7000-1234", "--reporter-email", "dewi.lestari@example.id",
    "--witness", "Budi Santoso;Desa Rias RT 003",
)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def laporan_id(data_dir: Path, screenshot: Path) -> str:
    result = run(data_dir, *LAPORAN_ARGS, "--evidence", screenshot, "--json")
    assert result.code == 0, result.err
    return result.json()["id"]


def show(data_dir: Path, finding_id: str) -> dict:
    result = run(data_dir, "finding", "show", finding_id, "--json")
    assert result.code == 0, result.err
    return result.json()


def test_a_laporan_takes_no_form_a_number(data_dir, laporan_id):
    shown = show(data_dir, laporan_id)
    assert shown["form_a_number"] is None and shown["source"] == "laporan"
    assert (shown["received_on"], shown["received_time"]) == ("2023-12-05", "10:15")
    assert shown["reporter_sex"] == "P" and shown["reporter_birth_date"] == "1990-08-12"
    # The LHP series is untouched: the next temuan is number 1.
    temuan = run(data_dir, *FINDING_ARGS, "--json").json()
    assert temuan["form_a_number"].startswith(own_form_a(data_dir, 1))


def test_model_b1_prints_the_reporter_and_the_report(data_dir, laporan_id, tmp_path):
    output = tmp_path / "b1.pdf"
    result = run(data_dir, "report", "laporan", laporan_id, "-o", output)
    assert result.code == 0, result.err
    assert "Formulir Model B.1 (laporan) disimpan" in result.out
    text = pdf_text(output)
    for expected in (
        "FORMULIR MODEL B.1", "BADAN PENGAWAS PEMILIHAN UMUM", "FORMULIR LAPORAN", "Nomor: ……",
        "1. Identitas Pelapor:", "a. Nama : Dewi Lestari", "b. Tempat/Tgl Lahir : Toboali, 12 Agustus 1990",
        "c. Jenis Kelamin : Perempuan", "d. Pekerjaan : Wiraswasta", "e. Kewarganegaraan : Indonesia",
        "f. Alamat : Jl. Melati 3, Toboali", "g. No. Telp/HP : 0812-7000-1234",
        "h. E-mail : dewi.lestari@example.id", "2. Identitas Terlapor:", "a. Nama : Ahmad Lubis",
        "b. Alamat : Dusun I, Desa Rias", "3. Peristiwa yang dilaporkan:",
        "a. Peristiwa : Baliho pasangan calon di kantor desa", "c. Hari dan Tanggal Kejadian : Sabtu, 2 Desember 2023",
        "d. Hari dan Tanggal Diketahui : Minggu, 3 Desember 2023", "4. Saksi-saksi:", "Budi Santoso",
        "5. Bukti-bukti:", "Tangkapan layar", "6. Uraian Kejadian:", "nomor urut 02",
        "Dilaporkan di : Panwaslu Kecamatan Toboali", "Hari dan Tanggal : Selasa, 5 Desember 2023",
        "Pukul : 10.15 WIB", "Penerima Laporan", "Pelapor", "LAMPIRAN BUKTI", "Formulir Model B.1 Nomor",
    ):
        assert expected in text, expected
    assert "Screenshot_postingan.png" not in text[:text.index("LAMPIRAN BUKTI")]  # evidence in words, not names
    assert "FORMULIR MODEL A" not in text and "LHP" not in text


def test_form_a_command_on_a_laporan_prints_model_b1(data_dir, laporan_id, tmp_path):
    output = tmp_path / "dispatch.pdf"
    result = run(data_dir, "report", "form-a", laporan_id, "-o", output, "--no-annex")
    assert result.code == 0, result.err
    text = pdf_text(output)
    assert "FORMULIR MODEL B.1" in text and "FORMULIR LAPORAN" in text and "LAMPIRAN BUKTI" not in text
    assert "BADAN PENGAWAS PEMILIHAN UMUM" in text  # B.1 carries the letterhead ("KOP PENGAWAS PEMILU")
    plain = tmp_path / "plain.pdf"
    assert run(data_dir, "report", "laporan", laporan_id, "-o", plain, "--no-letterhead", "--no-annex").code == 0
    assert "BADAN PENGAWAS PEMILIHAN UMUM" not in pdf_text(plain)


def test_receipt_for_the_reporter(data_dir, laporan_id, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(data_dir, "report", "receipt", laporan_id)
    assert result.code == 0, result.err
    output = tmp_path / f"TandaTerima_{laporan_id[:8]}.pdf"
    text = pdf_text(output)
    for expected in (
        "FORMULIR MODEL B.3", "TANDA BUKTI PENYAMPAIAN LAPORAN",
        "Pada hari ini Selasa tanggal 5 Desember 2023 pukul 10.15 WIB, Panwaslu Kecamatan Toboali telah menerima "
        "laporan dugaan pelanggaran Pemilu dari:", "Nama pelapor : Dewi Lestari", "No. Telp/HP : 0812-7000-1234",
        "Ahmad Lubis (Kepala desa, Kepala Desa Rias, Pemerintah Desa Rias)", "Bukti yang diserahkan:",
        "Tangkapan layar", "bukan bukti bahwa laporan telah diregistrasi", "Toboali, 5 Desember 2023",
    ):
        assert expected in text, expected
    assert len(pypdf.PdfReader(output).pages) == 1


def test_receipt_and_b1_are_refused_for_a_temuan(data_dir, finding_id, tmp_path):
    for command in ("receipt", "laporan"):
        output = tmp_path / f"{command}.pdf"
        result = run(data_dir, "report", command, finding_id, "-o", output)
        assert result.code == 1 and result.err.startswith("galat: ")
        assert "hanya untuk laporan masyarakat" in result.err and result.err.count("\n") == 1
        assert not output.exists()


def test_registration_form_after_registering(data_dir, laporan_id, tmp_path):
    output = tmp_path / "reg.pdf"
    refused = run(data_dir, "report", "registration", laporan_id, "-o", output)
    assert refused.code == 1 and "belum diregistrasi" in refused.err and not output.exists()
    for status, on in (("temuan", "2023-12-05"), ("kajian_awal", "2023-12-05"), ("teregistrasi", "2023-12-06")):
        assert run(data_dir, "finding", "status", laporan_id, status, "--reason", "pleno", "--on", on).code == 0
    number = show(data_dir, laporan_id)["register_number"]
    result = run(data_dir, "report", "registration", number, "-o", output)
    assert result.code == 0, result.err
    text = pdf_text(output)
    for expected in (
        "FORMULIR MODEL B.2", "REGISTRASI LAPORAN DUGAAN PELANGGARAN", f"Nomor registrasi : {number}",
        "Tanggal registrasi : Rabu, 6 Desember 2023", "Laporan diterima : Selasa, 5 Desember 2023, pukul 10.15 WIB",
        "Pelapor : Dewi Lestari, Jl. Melati 3, Toboali", "Dugaan pelanggaran : LR-APK",
        "UU 6/2014 Pasal 29", "Yang meregistrasi,",
    ):
        assert expected in text, expected
    assert "PP 94/2021" not in text  # a kepala desa is not bound by the civil-service discipline rules


def test_registration_form_of_a_temuan_names_its_form_a(data_dir, finding_id, tmp_path):
    for status in ("temuan", "kajian_awal", "teregistrasi"):
        assert run(data_dir, "finding", "status", finding_id, status, "--reason", "pleno").code == 0
    shown = show(data_dir, finding_id)
    output = tmp_path / "reg.pdf"
    assert run(data_dir, "report", "registration", finding_id, "-o", output).code == 0
    text = pdf_text(output)
    assert "REGISTRASI TEMUAN DUGAAN PELANGGARAN" in text
    assert f"Nomor Formulir Model A : {shown['form_a_number']}" in text
    assert "Penemu : Rina Marlina, Panwaslu Kecamatan Toboali" in text


@pytest.mark.parametrize(("flag", "value", "message"), [
    ("--reporter-sex", "X", "Jenis kelamin pelapor: tulis 'L' atau 'P'"),
    ("--reporter-birth-date", "12-08-1990", "Tanggal lahir pelapor tidak valid"),
    ("--reporter-birth-date", "2999-01-01", "Tanggal lahir pelapor tidak masuk akal"),
    ("--reporter-phone", "telepon saya", "Nomor telepon pelapor tidak valid"),
    ("--reporter-phone", "12", "Nomor telepon pelapor tidak valid"),
    ("--reporter-email", "dewi@", "Alamat e-mail pelapor tidak valid"),
    ("--received-on", "2023-12-01", "Tanggal laporan diterima (2023-12-01) tidak boleh sebelum"),
    ("--received-on", "2999-12-01", "Tanggal laporan diterima tidak boleh di masa depan"),
    ("--received-time", "25:00", "Jam laporan diterima tidak valid"),
])
def test_bad_reporter_data_is_refused_with_one_line(data_dir, laporan_id, flag, value, message):
    before = store_snapshot(data_dir)
    result = run(data_dir, "finding", "edit", laporan_id, flag, value)
    assert result.code == 1
    assert result.err.startswith("galat: ") and message in result.err and result.err.count("\n") == 1
    assert store_snapshot(data_dir) == before


def test_pilkada_laporan_prints_pemilihan(data_dir, tmp_path):
    args = [a if a != "2023-12-02" else "2024-10-02" for a in LAPORAN_ARGS]
    args = [{"2023-12-03": "2024-10-03", "2023-12-05": "2024-10-04"}.get(a, a) for a in args]
    result = run(data_dir, *args, "--election", "pilkada-2024", "--json")
    assert result.code == 0, result.err
    output = tmp_path / "pilkada.pdf"
    assert run(data_dir, "report", "receipt", result.json()["id"], "-o", output).code == 0
    text = pdf_text(output)
    assert "laporan dugaan pelanggaran Pemilihan dari:" in text
    assert load_catalog().forms["tanda_terima"].model["pemilihan"] in text


def test_switching_source_moves_the_form_a_number(data_dir, finding_id):
    number = show(data_dir, finding_id)["form_a_number"]
    assert number
    to_laporan = run(data_dir, "finding", "edit", finding_id, "--source", "laporan", "--reporter-name", "Dewi",
                     "--json")
    assert to_laporan.code == 0, to_laporan.err
    changed = to_laporan.json()
    assert changed["form_a_number"] is None and changed["received_on"]  # received today, as the edit says
    back = run(data_dir, "finding", "edit", finding_id, "--source", "temuan", "--json").json()
    assert back["form_a_number"] and back["form_a_number"] != number  # a new number; the old one stays unused
    with Store(data_dir, readonly=True) as store:
        trail = [e for e in store.audit_trail(finding_id) if e["action"] == "finding.edit"]
    # The number an edit took away, and the one it gave, are in the audit log.
    assert trail[0]["details"]["changes"]["form_a_number"] == {"dari": number, "menjadi": None}
    assert trail[1]["details"]["changes"]["form_a_number"] == {"dari": None, "menjadi": back["form_a_number"]}


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.28, 841.89)), ("F4", (609.45, 935.43))])
def test_model_b_forms_on_a4_and_f4_with_embedded_fonts(data_dir, laporan_id, tmp_path, paper, size):
    from test_reports_form_a import font_problems, page_size

    for status in ("temuan", "kajian_awal", "teregistrasi"):
        assert run(data_dir, "finding", "status", laporan_id, status, "--reason", "pleno").code == 0
    for command in ("laporan", "receipt", "registration"):
        output = tmp_path / f"{command}-{paper}.pdf"
        assert run(data_dir, "report", command, laporan_id, "-o", output, "--paper", paper).code == 0
        assert all(page_size(output, i) == size for i in range(len(pypdf.PdfReader(output).pages)))
        assert font_problems(output) == []
    # B.1 once registered carries the register number instead of the dotted line for the officer.
    number = show(data_dir, laporan_id)["register_number"]
    assert f"Nomor: {number}" in pdf_text(tmp_path / f"laporan-{paper}.pdf")
