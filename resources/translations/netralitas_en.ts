<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="33"/>
        <source>Konflik sinkronisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="34"/>
        <source>Kunci dan penerima bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="36"/>
        <source>Cadangkan data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="37"/>
        <source>Pulihkan cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="48"/>
        <source>Buka folder log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="49"/>
        <source>Daftarkan berkas bundel (.nbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="61"/>
        <source>&lt;b&gt;Netralitas Desktop {version}&lt;/b&gt;&lt;p&gt;Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa, tanpa internet.&lt;/p&gt;&lt;p&gt;Folder data: &lt;code&gt;{data}&lt;/code&gt;&lt;br&gt;Berkas log: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lisensi&lt;/b&gt;&lt;br&gt;Data wilayah: diturunkan dari idn-area-data 4.0.1 © para kontributornya, di bawah Open Database License (ODbL) 1.0 — lihat resources/wilayah/ATTRIBUTION.md.&lt;br&gt;Huruf: Liberation Sans dan Mono (SIL Open Font License 1.1).&lt;br&gt;Qt dan PySide6 (LGPLv3), ReportLab (BSD), sqlite-utils (Apache 2.0), pyrage dan cryptography (Apache 2.0/BSD), Pillow (HPND).&lt;br&gt;Ikon: digambar mengikuti Lucide (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="73"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="87"/>
        <source>Berkas bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="94"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="101"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="103"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="108"/>
        <source>Frasa sandi cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="95"/>
        <source>Frasa sandi (minimal 8 karakter). Simpan di tempat aman: tanpa frasa ini cadangan tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="101"/>
        <source>Frasa sandi minimal 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="103"/>
        <source>Ulangi frasa sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="108"/>
        <source>Frasa sandi tidak sama; cadangan tidak dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="117"/>
        <source>Simpan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="119"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="143"/>
        <source>Cadangan Netralitas (*.nbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="132"/>
        <source>Cadangan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="132"/>
        <source>Cadangan disimpan di {path} ({files} berkas, {size:,} bita).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="135"/>
        <source>Cadangkan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="135"/>
        <source>Membuat cadangan terenkripsi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="137"/>
        <source>Cadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="142"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="146"/>
        <source>Pilih folder KOSONG untuk data yang dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="163"/>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="163"/>
        <source>Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="166"/>
        <source>Cadangan dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="167"/>
        <source>Data dipulihkan ke {folder} dan lolos pemeriksaan. Buka dengan: netralitas-desktop --data-dir &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="170"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="170"/>
        <source>Memulihkan dan memeriksa cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="172"/>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="207"/>
        <location filename="../../netralitas_desktop/gui/app.py" line="210"/>
        <source>Data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="211"/>
        <source>Membuat {n} temuan contoh…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="19"/>
        <source>Temuan dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="20"/>
        <source>Isian diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="21"/>
        <source>Status diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="22"/>
        <source>Bukti ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="23"/>
        <source>Bukti ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="23"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="24"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="25"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="26"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="27"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="28"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="32"/>
        <source>versi yang tampil dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="33"/>
        <source>versi yang masuk dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="34"/>
        <source>keduanya disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="35"/>
        <source>digantikan versi yang lebih baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="40"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="41"/>
        <source>Kantor asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="42"/>
        <source>Perangkat asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="43"/>
        <source>ID temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="44"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="45"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="47"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="48"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="49"/>
        <source>Kode wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="50"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="51"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="52"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="53"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="54"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="55"/>
        <source>Urutan register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="56"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="57"/>
        <source>Pemilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="58"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="59"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="60"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="61"/>
        <source>Dibuat pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="62"/>
        <source>Dibuat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="63"/>
        <source>Diubah pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="64"/>
        <source>Diubah oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="65"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="66"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="67"/>
        <source>Dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="68"/>
        <source>Nama pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="69"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="70"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="71"/>
        <source>Tujuan pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="72"/>
        <source>Sasaran pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="73"/>
        <source>Fakta dan keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="74"/>
        <source>Analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="75"/>
        <source>Perlu keterangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="76"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="77"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="78"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="79"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="80"/>
        <source>Jenis kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="81"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="82"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="83"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="84"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="85"/>
        <source>Akun media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="86"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="87"/>
        <source>Isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="88"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="89"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="90"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="91"/>
        <source>Dari status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="92"/>
        <source>Menjadi status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="93"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="94"/>
        <source>Jenis berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="95"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="96"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="97"/>
        <source>Ditandai dihapus pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="98"/>
        <source>Alasan dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="150"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="150"/>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="165"/>
        <source>(tidak ada lagi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="250"/>
        <source>kantor ini ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="263"/>
        <source>terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="263"/>
        <source>selesai: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="273"/>
        <source>{n} konflik terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="274"/>
        <source>Tidak ada konflik terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="299"/>
        <source>Tidak ada konflik yang perlu diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="303"/>
        <source>Versi {version} · milik {office} · terdeteksi {when} saat mengimpor bundel {bundle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="309"/>
        <source>Diselesaikan oleh {who} pada {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="313"/>
        <source>Data ini milik kantor ini. Versi yang Anda pakai disimpan sebagai versi baru ({next}) dan menggantikan kedua versi di setiap kantor yang menerima bundel berikutnya. &quot;Simpan keduanya&quot; membiarkan versi yang tampil dan menyimpan versi yang masuk sebagai arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="319"/>
        <source>Data ini milik {office}: hanya kantor itu yang dapat memilih versi yang berlaku, lalu pilihannya datang lewat bundel berikutnya. Di sini Anda menandai konflik sudah diperiksa — memakai versi yang tampil, atau menyimpan keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="324"/>
        <source>Hanya kantor asal yang dapat memilih versi yang masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="376"/>
        <source>Pakai versi ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="377"/>
        <source>Versi {which} akan disimpan sebagai versi baru temuan ini dan dikirim ke kantor lain lewat bundel berikutnya. Pilihan ini tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="379"/>
        <source>yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="379"/>
        <source>yang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="380"/>
        <source>Pakai versi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="385"/>
        <source>Konflik belum diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="388"/>
        <source>Konflik diselesaikan, {how}: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="6"/>
        <source>Konflik sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="15"/>
        <source>Konflik dari impor bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="21"/>
        <source>Dua versi dari data yang sama — nomor versinya sama, isinya berbeda. Keduanya disimpan; tidak ada yang ditimpa diam-diam. Bandingkan isian yang ditandai, lalu pilih versi yang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="47"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="48"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="54"/>
        <source>Tampilkan juga yang sudah diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="80"/>
        <source>Hanya isian yang berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="91"/>
        <source>Isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="92"/>
        <source>Versi yang tampil sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="93"/>
        <source>Versi yang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="117"/>
        <source>Pakai versi yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="123"/>
        <source>Pakai versi yang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="129"/>
        <source>Simpan keduanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.ui" line="159"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="211"/>
        <source>Semua temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="225"/>
        <source>· {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="233"/>
        <source>Menghitung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="251"/>
        <source>klik untuk daftar lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="252"/>
        <source>draf s.d. kajian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="253"/>
        <source>perlu segera ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="254"/>
        <source>termasuk hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="255"/>
        <source>diteruskan, dilimpahkan, diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="270"/>
        <source>(tanpa wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="275"/>
        <source>Batas waktu terdekat dan terlewat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="277"/>
        <source>Diperbarui pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="297"/>
        <location filename="../../ui/dashboard.ui" line="172"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="300"/>
        <location filename="../../ui/dashboard.ui" line="343"/>
        <source>Diteruskan / diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="304"/>
        <location filename="../../ui/dashboard.ui" line="229"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="308"/>
        <location filename="../../ui/dashboard.ui" line="286"/>
        <source>Batas waktu ≤ 3 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="37"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="80"/>
        <source>Perbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="115"/>
        <source>Jumlah temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="125"/>
        <location filename="../../ui/dashboard.ui" line="182"/>
        <location filename="../../ui/dashboard.ui" line="239"/>
        <location filename="../../ui/dashboard.ui" line="296"/>
        <location filename="../../ui/dashboard.ui" line="353"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="415"/>
        <source>Menurut status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="477"/>
        <source>Menurut kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="539"/>
        <source>Menurut jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="601"/>
        <source>Menurut kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="665"/>
        <source>Batas waktu terdekat dan terlewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="675"/>
        <source>Klik untuk membuka temuan di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.ui" line="716"/>
        <source>Tampilkan semua yang masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="120"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="120"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="120"/>
        <source>Batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="120"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="151"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="151"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="153"/>
        <source>lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="156"/>
        <source>{n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="155"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="183"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="184"/>
        <source>Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="201"/>
        <source>Bukti tidak dapat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="230"/>
        <source>Tidak ada gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="231"/>
        <source>Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu (mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="255"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="266"/>
        <source>Batalkan lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="266"/>
        <source>Berkas {name} belum disimpan. Hapus dari daftar lampiran?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="267"/>
        <source>Hapus dari daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="276"/>
        <source>Hapus bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="277"/>
        <source>Bukti “{name}” akan ditandai dihapus. Berkasnya tetap tersimpan di brankas dan penghapusan tercatat di log audit beserta alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="278"/>
        <source>Tandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="279"/>
        <source>mis. Berkas salah unggah, bukan milik temuan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="289"/>
        <source>Bukti tidak dapat dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="310"/>
        <source>Pilih temuan untuk melihat buktinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="312"/>
        <source>{n} berkas akan disimpan bersama temuan. Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="315"/>
        <source>{n} bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="315"/>
        <source>, {m} ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="317"/>
        <source>. Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="329"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="355"/>
        <source>belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="338"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="353"/>
        <source>dihitung saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="363"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="365"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="370"/>
        <source>Ditandai dihapus {when} oleh {who}. Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="20"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="21"/>
        <source>Pilih berkas bukti: foto, tangkapan layar, PDF, video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="26"/>
        <source>Tempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="27"/>
        <source>Tempel tangkapan layar dari papan klip (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="150"/>
        <location filename="../../ui/evidence_panel.ui" line="38"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="39"/>
        <source>Buka dengan penampil bawaan komputer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="151"/>
        <location filename="../../ui/evidence_panel.ui" line="44"/>
        <source>Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="45"/>
        <source>Tandai bukti dihapus, dengan alasan (tercatat di log audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="74"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="86"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="98"/>
        <source>Ukuran / jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="107"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="118"/>
        <source>Waktu EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="129"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="144"/>
        <source>Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="94"/>
        <source>Ekspor terakhir ke atas: bundel nomor {n}, {when} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="97"/>
        <source>Belum pernah mengekspor ke atas: bundel pertama memuat semua data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="112"/>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="148"/>
        <source>untuk ekspor ini saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="164"/>
        <source>Centang setidaknya satu penerima. Bundel tanpa enkripsi hanya dapat dibuat bila tidak ada kunci kantor atasan yang diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="168"/>
        <location filename="../../ui/sync_export_dialog.ui" line="229"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="168"/>
        <source>Ekspor tanpa enkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="171"/>
        <source>Pilih folder tujuan (mis. flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="191"/>
        <source>Folder tujuan tidak ada: {folder}. Pilih folder, mis. flashdisk yang sudah terpasang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="194"/>
        <source>Tulis nama berkas saja, tanpa folder (mis. {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="213"/>
        <source>Berkas sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="214"/>
        <source>{name} sudah ada di folder ini. Timpa dengan bundel baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="215"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="219"/>
        <source>Menulis bundel lengkap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="220"/>
        <source>Menulis bundel perubahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="247"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="254"/>
        <source>Terenkripsi untuk {n} penerima: hanya kantor pemegang kuncinya yang dapat membuka bundel ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="259"/>
        <source>TIDAK terenkripsi: siapa pun yang memegang berkas ini dapat membaca isinya. Jaga berkasnya dan hapus dari flashdisk setelah diimpor di kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="263"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="263"/>
        <source>perubahan sejak ekspor sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="264"/>
        <source>nomor {n} · {kind} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="267"/>
        <source>{records}; {files} berkas bukti, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="276"/>
        <source>Tidak ada temuan yang berubah sejak ekspor sebelumnya: bundel ini hanya memuat data pendukung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="286"/>
        <source>Tersalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="6"/>
        <source>Ekspor bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="24"/>
        <source>Ekspor bundel untuk kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="30"/>
        <source>Bundel memuat temuan, riwayat status, catatan dan berkas bukti, ditandatangani oleh perangkat ini. Bawa berkasnya dengan flashdisk, surel atau WhatsApp ke kantor atasan, lalu impor di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="47"/>
        <source>Simpan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="53"/>
        <source>Folder tujuan, mis. flashdisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="63"/>
        <source>Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="68"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="97"/>
        <source>Isi bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="103"/>
        <source>Perubahan sejak ekspor terakhir (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="116"/>
        <source>Semua data (bundel lengkap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="121"/>
        <source>Pakai bila kantor atasan kehilangan data atau baru memasang aplikasi. Data yang sudah diterima tidak akan berganda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="143"/>
        <source>Penerima (enkripsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="155"/>
        <source>Kelola kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="163"/>
        <source>Hanya kantor pemegang kunci yang dicentang yang dapat membuka bundel ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="175"/>
        <source>Tanpa kunci kantor atasan, bundel akan DITANDATANGANI tetapi TIDAK DIENKRIPSI: siapa pun yang memegang berkasnya dapat membaca isinya, termasuk data pribadi terlapor. Tambahkan kunci publik kantor atasan di bawah ini atau lewat Kelola kunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="186"/>
        <source>Kunci publik age untuk ekspor ini saja (age1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="191"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="223"/>
        <location filename="../../ui/sync_export_dialog.ui" line="287"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="253"/>
        <source>Menulis bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="266"/>
        <source>Bundel ditulis dengan nama sementara dan baru diberi nama akhirnya setelah selesai: bila dibatalkan, tidak ada berkas yang tertinggal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="303"/>
        <source>Bundel siap dibawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="327"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="339"/>
        <source>Bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="350"/>
        <source>Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="361"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="370"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="386"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="393"/>
        <source>Penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="416"/>
        <source>Bila ingin memastikan berkas yang sampai sama persis, bacakan beberapa digit awal SHA-256 ini kepada penerima: aplikasinya menampilkan SHA-256 yang sama saat mengimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="432"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_export_dialog.ui" line="444"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="26"/>
        <source>hukuman disiplin berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="27"/>
        <source>hukuman disiplin sedang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="28"/>
        <source>sanksi moral (kode etik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="29"/>
        <source>pemberhentian tidak dengan hormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="111"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="112"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="113"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="114"/>
        <source>Media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="114"/>
        <source>Luar jaringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="126"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="139"/>
        <location filename="../../ui/finding_editor.ui" line="1377"/>
        <location filename="../../ui/finding_editor.ui" line="1394"/>
        <location filename="../../ui/finding_editor.ui" line="1411"/>
        <location filename="../../ui/finding_editor.ui" line="1428"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="131"/>
        <source>Otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="132"/>
        <source>Tahapan dipilih menurut tanggal kejadian dan profil pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="142"/>
        <source>— belum diteruskan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="145"/>
        <source>— belum ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="150"/>
        <location filename="../../ui/finding_editor.ui" line="692"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="150"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="150"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="150"/>
        <location filename="../../ui/finding_editor.ui" line="768"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="151"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="158"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="158"/>
        <location filename="../../ui/finding_editor.ui" line="800"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="288"/>
        <source>Draf (belum disimpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="294"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="296"/>
        <source>dicatat {created} oleh {by}; versi {version}, diubah {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="318"/>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="424"/>
        <source>Menurut SKB 2022: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="452"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="452"/>
        <location filename="../../ui/finding_editor.ui" line="1468"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="507"/>
        <location filename="../../ui/finding_editor.ui" line="89"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="507"/>
        <location filename="../../ui/finding_editor.ui" line="541"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="507"/>
        <location filename="../../ui/finding_editor.ui" line="842"/>
        <source>Tautan &amp;&amp; saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="507"/>
        <location filename="../../ui/finding_editor.ui" line="1063"/>
        <source>Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="508"/>
        <location filename="../../ui/finding_editor.ui" line="1260"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="513"/>
        <source>{n} isian perlu diperbaiki sebelum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="535"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="535"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="538"/>
        <source>{label}: lewat {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="542"/>
        <source>{label}: batas hari ini ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="545"/>
        <source>{label}: sisa {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="553"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="554"/>
        <location filename="../../ui/finding_editor.ui" line="40"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="557"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="558"/>
        <source>Ubah temuan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="580"/>
        <source>Draf tidak dapat disimpan otomatis (periksa ruang disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="583"/>
        <source>Draf tersimpan otomatis pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="609"/>
        <source>Temuan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="621"/>
        <source>Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="622"/>
        <source>Perubahan pada temuan ini belum disimpan. Buang perubahan dan tutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="623"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="623"/>
        <source>Kembali mengedit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="14"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="120"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="149"/>
        <source>Kategori pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="191"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="230"/>
        <source>Profil pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="266"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="319"/>
        <source>Judul singkat (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="332"/>
        <source>mis. Kades X mengajak warga memilih calon Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="349"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="365"/>
        <location filename="../../ui/finding_editor.ui" line="408"/>
        <source>dddd, d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="392"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="432"/>
        <source>Wilayah kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="461"/>
        <source>Alamat / lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="474"/>
        <source>mis. Jalan Jenderal Sudirman No. 5, balai desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="498"/>
        <source>Uraian singkat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="511"/>
        <source>Apa yang terjadi, oleh siapa, kapan, di mana, dan bagaimana diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="562"/>
        <source>Orang yang diduga melanggar. Tambahkan satu baris untuk setiap terlapor, lalu isi datanya di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="611"/>
        <source>Tambah terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="618"/>
        <source>Hapus terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="674"/>
        <source>Data terlapor terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="705"/>
        <source>Nama lengkap terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="712"/>
        <source>Jenis kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="728"/>
        <source>NIP (18 angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="741"/>
        <source>untuk PNS/PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="748"/>
        <source>NIK (16 angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="761"/>
        <source>bila diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="784"/>
        <source>Instansi / unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="816"/>
        <source>Akun media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="829"/>
        <source>@akun, pisahkan dengan koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="863"/>
        <source>Tautan unggahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="876"/>
        <source>Satu tautan per baris, diawali https:// — wajib untuk kategori media sosial sebelum temuan ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="889"/>
        <source>https://www.facebook.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="918"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="955"/>
        <source>Tambah saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="962"/>
        <source>Hapus saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="997"/>
        <source>Pelapor (khusus laporan masyarakat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1015"/>
        <source>Nama pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1031"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1092"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1108"/>
        <source>Tujuan pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1124"/>
        <source>Sasaran pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1142"/>
        <source>Fakta dan keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1155"/>
        <source>Fakta yang ditemukan dan keterangan saksi/terlapor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1171"/>
        <source>Analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1184"/>
        <source>Analisis unsur pelanggaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1205"/>
        <source>Ketentuan yang dilanggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1231"/>
        <source>Isi dari kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1234"/>
        <source>Salin dasar hukum kategori terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1243"/>
        <source>mis. UU 7/2017 Pasal 280 ayat (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1281"/>
        <source>Perlu keterangan tambahan (batas waktu putusan diperpanjang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1296"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1325"/>
        <source>Sanksi yang dijatuhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1367"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1384"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1401"/>
        <source>Nomor Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1418"/>
        <source>Dicatat / diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1441"/>
        <source>Status temuan diubah lewat tombol “Ubah status…” di jendela utama, dengan alasan yang tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1521"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1528"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1534"/>
        <source>Simpan temuan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="65"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="65"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="65"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="66"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="66"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="67"/>
        <source>Nomor register / Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="134"/>
        <source> (+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="145"/>
        <source>lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="149"/>
        <source>sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="169"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="169"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="147"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="160"/>
        <source>Tidak ada batas waktu pada status ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="161"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="161"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="113"/>
        <source>Pilih bundel untuk diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="114"/>
        <source>Bundel Netralitas (*{suffix});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="130"/>
        <source>Pilih berkas bundel lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="132"/>
        <source>Berkas tidak ditemukan: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="146"/>
        <source>Memeriksa bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="147"/>
        <source>Tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas diperiksa. Belum ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="171"/>
        <source>Pemeriksaan dibatalkan; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="183"/>
        <source>{when} oleh {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="185"/>
        <source>nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="186"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="186"/>
        <source>perubahan sejak bundel sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="187"/>
        <source>terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="187"/>
        <source>tidak terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="190"/>
        <source>bundel balik untuk {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="193"/>
        <source>perangkat ini sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="194"/>
        <source>dikenal, kunci cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="195"/>
        <source>belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="200"/>
        <source>Berkas bukti: {n} berkas baru, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="203"/>
        <source>{n} berkas bukti menunggu bundel lain yang belum diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="208"/>
        <source>Bundel ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="210"/>
        <source>Tidak ada yang baru: semua isi bundel ini sudah ada di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="211"/>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="295"/>
        <source>Perhatian: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="219"/>
        <source>Bundel ini ditandatangani perangkat {device} milik {office}, yang belum pernah mengirim bundel ke kantor ini. Telepon petugas kantor itu di nomor yang sudah Anda kenal — bukan nomor dari pesan yang membawa bundel ini. Minta ia membuka Kunci dan penerima bundel di aplikasinya dan membacakan sidik jari perangkatnya, kelompok demi kelompok. Cocokkan kedelapan kelompok ini:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="225"/>
        <source>Percayai dan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="225"/>
        <location filename="../../ui/sync_import_dialog.ui" line="435"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="247"/>
        <source>Mengimpor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="248"/>
        <source>Seluruh isi bundel diterapkan dalam satu transaksi: utuh atau tidak sama sekali. Bila dibatalkan sebelum selesai, tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="260"/>
        <source>Impor dibatalkan; tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="273"/>
        <source>Impor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="274"/>
        <source>Diterima dan diimpor seluruhnya: bundel nomor {n} dari {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="278"/>
        <source>Sudah pernah diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="279"/>
        <source>Bundel nomor {n} dari {office} sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="283"/>
        <source>Perangkat {device} (sidik jari {fingerprint}) kini dipercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="288"/>
        <source>Berkas bukti diterima: {n} berkas, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="293"/>
        <source>{n} konflik baru: dua versi dari data yang sama. Keduanya disimpan, tidak ada yang ditimpa; pilih versi yang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="308"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="309"/>
        <source>Teks (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="320"/>
        <source>Tanda terima belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="322"/>
        <source>Tanda terima disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="6"/>
        <source>Impor bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="24"/>
        <source>Impor bundel dari kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="30"/>
        <source>Pilih berkas bundel (.nbundle) dari flashdisk, surel atau WhatsApp. Isinya diperiksa lebih dulu — tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas — dan Anda melihat apa yang akan berubah sebelum ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="47"/>
        <source>Berkas bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="54"/>
        <source>mis. E:\netralitas-1903-0004-20231212.nbundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="59"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="84"/>
        <source>Tidak dapat diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="98"/>
        <source>Tidak ada data yang berubah. Bila bundel rusak di jalan, minta kantor pengirim mengirim ulang berkas yang sama atau mengekspor ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="123"/>
        <location filename="../../ui/sync_import_dialog.ui" line="544"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="129"/>
        <source>Periksa bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="185"/>
        <location filename="../../ui/sync_import_dialog.ui" line="429"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="201"/>
        <source>Periksa sebelum mengimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="207"/>
        <source>Bundel ini utuh: tanda tangan dan SHA-256 setiap berkas sah. Belum ada data yang berubah — periksa asal dan isinya, lalu tekan Impor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="239"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="251"/>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="262"/>
        <source>Bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="273"/>
        <source>Perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="298"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="312"/>
        <source>Yang akan berubah di data kantor ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="325"/>
        <location filename="../../ui/sync_import_dialog.ui" line="471"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="326"/>
        <location filename="../../ui/sync_import_dialog.ui" line="472"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="327"/>
        <location filename="../../ui/sync_import_dialog.ui" line="473"/>
        <source>Diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="328"/>
        <location filename="../../ui/sync_import_dialog.ui" line="474"/>
        <source>Sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="329"/>
        <location filename="../../ui/sync_import_dialog.ui" line="475"/>
        <source>Konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="366"/>
        <source>Perangkat pengirim belum dikenal: cocokkan sidik jarinya lewat telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="389"/>
        <source>Saya sudah mencocokkan sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="394"/>
        <source>Satu huruf atau angka saja berbeda: jangan impor, bundel itu mungkin palsu. Setelah dicocokkan, bundel berikutnya dari perangkat ini diterima tanpa pertanyaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="417"/>
        <source>Pilih berkas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="503"/>
        <source>Lihat konflik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_import_dialog.ui" line="529"/>
        <source>Simpan tanda terima…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../netralitas_desktop/gui/worker.py" line="132"/>
        <source>Terjadi kesalahan tak terduga ({error}). Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/worker.py" line="206"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_jobs.py" line="95"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="57"/>
        <source>Sidik jari disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="58"/>
        <source>ID perangkat disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="60"/>
        <source>Kunci publik age disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="62"/>
        <source>Kunci tanda tangan disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="100"/>
        <source>nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="101"/>
        <source>{when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="108"/>
        <source>Penerima bundel ke atas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="110"/>
        <source>Perangkat dipercaya ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="117"/>
        <source>Tempelkan kunci publik age kantor atasan (diawali age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="119"/>
        <source>Itu kunci perangkat ini sendiri. Masukkan kunci kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="145"/>
        <source>Penerima belum dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="155"/>
        <source>Berhenti mempercayai perangkat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="156"/>
        <source>Bundel berikutnya dari perangkat {device} ({office}) akan meminta sidik jarinya dicocokkan lagi. Data yang sudah diimpor darinya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="159"/>
        <source>Berhenti mempercayai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="164"/>
        <source>Perangkat masih dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="6"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="15"/>
        <source>Kunci dan penerima bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="23"/>
        <source>Perangkat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="32"/>
        <source>Saat kantor atasan mengimpor bundel pertama dari laptop ini, mereka akan menelepon: bacakan sidik jari di bawah ini, kelompok demi kelompok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="43"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="284"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="55"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="286"/>
        <source>Sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="70"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="87"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="105"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="123"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="75"/>
        <source>ID perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="92"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="182"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="232"/>
        <source>Kunci publik age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="110"/>
        <source>Kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="130"/>
        <source>Kantor di bawah memasukkan kunci publik age ini sebagai penerima, agar bundel mereka hanya dapat dibuka di sini. Kunci rahasia tidak pernah ditampilkan, tidak pernah ikut dalam bundel, dan tidak pernah meninggalkan folder data laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="149"/>
        <source>Penerima bundel ke atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="158"/>
        <source>Bundel yang Anda ekspor ke atas dienkripsi untuk kunci-kunci ini: hanya kantor pemegangnya yang dapat membukanya. Minta kunci publik age (diawali age1) kepada kantor atasan, mis. lewat telepon atau surat resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="165"/>
        <source>Belum ada penerima: bundel yang diekspor ditandatangani tetapi TIDAK dienkripsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="181"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="190"/>
        <source>Hapus penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="214"/>
        <source>Tambah penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="220"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="227"/>
        <source>mis. Bawaslu Kabupaten Bangka Selatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="239"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="245"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="261"/>
        <source>Perangkat dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="270"/>
        <source>Bundel dari perangkat-perangkat ini diterima tanpa pertanyaan. Sebuah perangkat masuk daftar ini saat sidik jarinya dicocokkan pada impor pertamanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="285"/>
        <source>Perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="287"/>
        <source>Bundel terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="288"/>
        <source>Dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="296"/>
        <source>Berhenti mempercayai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="322"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="128"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="129"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="130"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="136"/>
        <source>Cari nama, NIP, instansi, uraian, tautan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="141"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="143"/>
        <source>Pengaturan kantor, petugas, kop surat (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="171"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="803"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="208"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="209"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="210"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="211"/>
        <source>Temuan dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="212"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="690"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="213"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="689"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="238"/>
        <source>Membuka data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="268"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="271"/>
        <source>Data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="285"/>
        <source>Netralitas Desktop — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="286"/>
        <source>Petugas: {name} · {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="315"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="316"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="321"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="326"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="333"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="333"/>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="334"/>
        <location filename="../../ui/main_window.ui" line="73"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="334"/>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="340"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="343"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="362"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="515"/>
        <location filename="../../ui/main_window.ui" line="187"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="530"/>
        <source>Memuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="530"/>
        <source>Memuat daftar temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="554"/>
        <source>Daftar tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="560"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="605"/>
        <source>{label}: {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="607"/>
        <source>{n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="609"/>
        <source>Menampilkan {n} dari {total} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="613"/>
        <source> · {n} dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="616"/>
        <source>· {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="617"/>
        <source>· {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="630"/>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>Pilih temuan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="655"/>
        <source>Lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="662"/>
        <source>Sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="659"/>
        <source>Batas hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="670"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="757"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="687"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="687"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="688"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="689"/>
        <location filename="../../ui/main_window.ui" line="89"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="691"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="692"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="694"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="695"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="696"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="697"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="699"/>
        <source>Teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="701"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="702"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="711"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="712"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="714"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="715"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="717"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="718"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="719"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="720"/>
        <source>Dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="720"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="723"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="723"/>
        <source>{when} oleh {who} (versi {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="797"/>
        <source>Draf belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="798"/>
        <source>Ada temuan yang belum selesai ditulis (draf tersimpan otomatis {when}). Lanjutkan draf itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="801"/>
        <source>Lanjutkan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="802"/>
        <source>Buang draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="819"/>
        <source>Temuan kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="820"/>
        <source>Temuan ini dicatat oleh kantor lain: isinya tidak diubah di sini. Anda tetap dapat mengubah statusnya dan menambah bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="930"/>
        <location filename="../../ui/main_window.ui" line="451"/>
        <source>Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="930"/>
        <source>Panduan pengguna tidak ditemukan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="935"/>
        <location filename="../../ui/main_window.ui" line="455"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="936"/>
        <source>&lt;b&gt;Netralitas Desktop {version}&lt;/b&gt;&lt;p&gt;Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa, tanpa internet.&lt;/p&gt;&lt;p&gt;Data wilayah: idn-area-data (ODbL). Ikon: digambar mengikuti Lucide (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>Saring daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57"/>
        <source>Kategori pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Rentang tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>Dari tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>dddd, d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121"/>
        <source>Sampai tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <location filename="../../ui/main_window.ui" line="405"/>
        <source>Hapus semua filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="170"/>
        <source>Daftar temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="252"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="266"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="275"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="292"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>Ubah status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="302"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="327"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="341"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="350"/>
        <source>T&amp;ampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="355"/>
        <source>&amp;Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="365"/>
        <source>Bilah alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="386"/>
        <source>Catat temuan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="387"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="391"/>
        <source>Ubah temuan yang dipilih (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="392"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="395"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="396"/>
        <source>Ubah status temuan yang dipilih (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="397"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="400"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="401"/>
        <source>Cari temuan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="408"/>
        <source>Muat ulang daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="409"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="414"/>
        <source>Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="415"/>
        <source>Daftar temuan (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="420"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="421"/>
        <source>Dasbor: rekap dan batas waktu (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="422"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="425"/>
        <source>Ekspor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="426"/>
        <source>Ekspor bundel sinkronisasi untuk tingkat di atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="429"/>
        <source>Impor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="430"/>
        <source>Impor bundel sinkronisasi dari kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="433"/>
        <source>Cetak / Pratinjau PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>Cetak atau pratinjau Formulir A temuan yang dipilih (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="439"/>
        <source>Simpan laporan sebagai PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="440"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443"/>
        <source>Pengaturan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="444"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="447"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="448"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="452"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="26"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="31"/>
        <source>Terjadi kesalahan tak terduga: {error}. Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="50"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeFields</name>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="21"/>
        <source>Bawaslu RI (pusat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="22"/>
        <source>Bawaslu Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="23"/>
        <source>Bawaslu Kabupaten/Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="24"/>
        <source>Panwaslu Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="25"/>
        <source>Panwaslu Kelurahan/Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="53"/>
        <source>Itu kunci RAHASIA age, bukan kunci publik: jangan dibagikan. Minta kunci yang diawali age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="56"/>
        <source>Kunci publik age diawali age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/office_fields.py" line="58"/>
        <source>Kunci publik age tidak sah: harus 62 karakter (age1 diikuti 58 huruf/angka). Periksa salah ketik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="63"/>
        <source>Berkas PDF tidak dapat dibaca: {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="144"/>
        <source>Pencetak tidak dapat dibuka ({name}). Periksa apakah pencetak menyala dan terhubung, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="193"/>
        <source>Pratinjau — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="220"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="226"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="227"/>
        <source>Cetak melalui dialog cetak sistem (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="233"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="234"/>
        <source>Simpan salinan PDF ini ke folder pilihan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="240"/>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="241"/>
        <source>Halaman sebelumnya (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="245"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="251"/>
        <source>Ketik nomor halaman lalu tekan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="254"/>
        <source>dari {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="257"/>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="258"/>
        <source>Halaman berikutnya (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="264"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="265"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="271"/>
        <source>Ukuran tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="272"/>
        <source>Lebar halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="273"/>
        <source>Halaman penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="279"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="280"/>
        <source>Perbesar (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="287"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="299"/>
        <source>mendatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="299"/>
        <source>tegak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="300"/>
        <source>{name} · {pages} halaman · {paper} {layout}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="385"/>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="395"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="385"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="395"/>
        <source>PDF tidak dapat disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="398"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="415"/>
        <source>Cetak {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="433"/>
        <source>{n} halaman dikirim ke {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="434"/>
        <source>pencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="438"/>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="445"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="442"/>
        <source>Pencetakan dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="445"/>
        <source>Mengirim halaman ke pencetak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dialogs.py" line="31"/>
        <source>Alasan wajib diisi: tulis mengapa, karena tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="14"/>
        <location filename="../../ui/reason_dialog.ui" line="45"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="58"/>
        <source>Tulis alasannya; tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="99"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="106"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="33"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="33"/>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="33"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="34"/>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="145"/>
        <source>Belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.ui" line="32"/>
        <source>Ketik nama desa, kecamatan atau kabupaten…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="120"/>
        <source>Formulir Model A {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="122"/>
        <source>Buku Register Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="123"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="139"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="154"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="166"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="170"/>
        <source>Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="139"/>
        <source>Pratinjau tidak tersedia di pemasangan ini ({error}). Gunakan Simpan PDF…, lalu buka dan cetak berkasnya dengan penampil PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="169"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="207"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="663"/>
        <source>Simpan laporan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="223"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="226"/>
        <source>Formulir Model A temuan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="230"/>
        <source>Dengan lampiran bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="232"/>
        <source>Dengan kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="233"/>
        <source>Perbawaslu 5/2022: Formulir Model A tanpa kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="240"/>
        <source>Buku register temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="243"/>
        <source>Satu baris per temuan: nomor, tanggal, terlapor, kategori, tempat, status dan batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="244"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="247"/>
        <source>Jumlah per kecamatan dan kategori, jenis terlapor, status dan platform, dengan grafik dan daftar temuan yang lewat batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="258"/>
        <source>Cakupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="263"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="264"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="282"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="292"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="295"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="299"/>
        <source>Sesuai penyaring daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="302"/>
        <source>Isi periode, wilayah dan status dari penyaring daftar temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="318"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="319"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="320"/>
        <source>Kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="324"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="331"/>
        <source>Simpan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="354"/>
        <source>Buka PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="357"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="371"/>
        <source>Pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="373"/>
        <source>Tampilkan laporan sebelum dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="375"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="733"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="378"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="413"/>
        <source>{number} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="415"/>
        <source>Belum ada temuan yang dipilih di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="425"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="426"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="433"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="436"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="473"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="494"/>
        <source>Sesuai penyaring daftar ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="515"/>
        <source>periode menurut tanggal kejadian/registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="517"/>
        <source>kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="519"/>
        <source>jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="521"/>
        <source>sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="523"/>
        <source>kata pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="603"/>
        <source>Pilih satu temuan di daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="607"/>
        <source>Tanggal awal jatuh sesudah tanggal akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="612"/>
        <source>{n} temuan dan laporan dalam cakupan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="614"/>
        <source>Tidak ada temuan dalam cakupan ini: ubah periode, wilayah atau status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="617"/>
        <source>Penyaring daftar yang tidak dipakai laporan: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="620"/>
        <source>Rekapitulasi selalu memerlukan tanggal awal dan akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="664"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="676"/>
        <source>Tulis nama berkas PDF tujuan, atau tekan Pilih….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="679"/>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="682"/>
        <source>Timpa berkas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="682"/>
        <source>Berkas {name} sudah ada. Timpa dengan laporan baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="683"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="687"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="714"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="744"/>
        <source>&lt;b&gt;Laporan disimpan:&lt;/b&gt; {name}&lt;br&gt;{pages} halaman · {size} · di {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="756"/>
        <source>Dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="761"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="74"/>
        <location filename="../../ui/settings_dialog.ui" line="479"/>
        <source>Tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="75"/>
        <source>Logo tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="88"/>
        <source>Pilih logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="89"/>
        <source>Gambar (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="125"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="127"/>
        <source>Pilih wilayah kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="129"/>
        <source>Nama petugas wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="165"/>
        <source>{n} isian perlu diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="174"/>
        <source>Pengaturan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="39"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="68"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="97"/>
        <source>Tingkat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="113"/>
        <source>Kode kantor Bawaslu (nomor register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="129"/>
        <source>Alamat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="147"/>
        <source>Wilayah kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="176"/>
        <source>Mengubah tingkat, wilayah atau kode kantor hanya memengaruhi nomor register yang dibuat sesudahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="203"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="224"/>
        <source>Petugas di laptop ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="242"/>
        <location filename="../../ui/settings_dialog.ui" line="339"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="271"/>
        <location filename="../../ui/settings_dialog.ui" line="355"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="287"/>
        <source>Unit / divisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="321"/>
        <source>Penanda tangan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="371"/>
        <source>NIP (bila ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="403"/>
        <source>Kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="424"/>
        <source>Kop surat dipakai pada register, rekap dan surat pengantar. Formulir A dicetak tanpa kop (Perbawaslu 5/2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="472"/>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="529"/>
        <source>Nama kantor pada kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="545"/>
        <source>Alamat pada kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="558"/>
        <source>Jalan, nomor, kode pos, telepon, surel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="579"/>
        <source>Laporan dan pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="608"/>
        <source>Ukuran kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="624"/>
        <source>Profil pemilu bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="642"/>
        <source>F4 (Folio, 215 × 330 mm) lazim dipakai di kantor pemerintahan; A4 adalah 210 × 297 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="669"/>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="690"/>
        <source>Kunci publik kantor atasan (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="703"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="723"/>
        <source>Bundel untuk tingkat di atas dienkripsi dengan kunci ini sehingga hanya kantor atasan yang dapat membukanya. Minta kuncinya dari admin kantor atasan (dimulai dengan age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="781"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="788"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="32"/>
        <source>Buat dan buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="33"/>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="34"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="35"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="61"/>
        <source>Pilih folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="73"/>
        <source>mis. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="98"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="98"/>
        <source>hari kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="100"/>
        <source>{name}: temuan ditetapkan paling lama {f} {unit} sejak diketahui; putusan {d} {unit} sejak registrasi (dapat diperpanjang {e}). Nomor register memakai kode {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="114"/>
        <location filename="../../ui/setup_wizard.ui" line="133"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="115"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="116"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="117"/>
        <location filename="../../ui/setup_wizard.ui" line="169"/>
        <source>Kode kantor Bawaslu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="118"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="119"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="120"/>
        <location filename="../../ui/setup_wizard.ui" line="63"/>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="132"/>
        <source>Pilih folder data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="135"/>
        <source>Folder ini sudah berisi data Netralitas. Pilih folder lain, atau buka aplikasi dengan --data-dir {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="141"/>
        <source>Pilih wilayah kantor (ketik namanya untuk mencari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="143"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="149"/>
        <source>Nama petugas wajib diisi: tercatat pada setiap perubahan data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="14"/>
        <source>Menyiapkan Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="24"/>
        <source>Selamat datang di Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="27"/>
        <source>Siapkan aplikasi untuk kantor Anda. Semua data tersimpan di laptop ini dan dapat dipakai tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="36"/>
        <source>Aplikasi ini membantu pengawas mencatat dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa: temuan dan laporan, terlapor, bukti, batas waktu penanganan, hingga Formulir A.
Anda akan diminta mengisi data kantor, petugas yang memakai laptop ini, dan penanda tangan laporan. Semuanya dapat diubah nanti lewat menu Berkas → Pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="84"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="93"/>
        <source>Basis data dan berkas bukti disimpan di folder ini. Cadangkan folder ini secara berkala.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="136"/>
        <source>Kantor pengawas yang memakai laptop ini. Wilayahnya dipilih dari data wilayah Kemendagri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="153"/>
        <source>Tingkat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="182"/>
        <source>mis. 19.03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="189"/>
        <source>Kode wilayah Bawaslu pada nomor register (mis. …/Kab/19.03/IV/2024), bukan kode Kemendagri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="204"/>
        <source>Wilayah kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="233"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="246"/>
        <source>mis. Panwaslu Kecamatan Toboali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="266"/>
        <source>Alamat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="279"/>
        <source>Jalan, nomor, desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="300"/>
        <source>Petugas dan penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="303"/>
        <source>Nama petugas tercatat pada setiap perubahan; penanda tangan tercetak pada laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="320"/>
        <source>Nama petugas di laptop ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="349"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="362"/>
        <source>mis. Anggota Panwaslu Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="369"/>
        <source>Unit / divisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="382"/>
        <source>mis. Divisi Penanganan Pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="407"/>
        <source>Penanda tangan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="417"/>
        <source>Sama dengan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="435"/>
        <source>Nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="451"/>
        <source>Jabatan penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="464"/>
        <source>mis. Ketua Panwaslu Kecamatan Toboali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="487"/>
        <source>Pemilu dan kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="490"/>
        <source>Profil pemilu menentukan tahapan, nomor register dan cara menghitung batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="507"/>
        <source>Profil pemilu bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="523"/>
        <source>Ukuran kertas laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="570"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="119"/>
        <source>Ubah status — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="129"/>
        <source>Tidak ada status berikutnya (penanganan selesai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="144"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="149"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="144"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="144"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="144"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="149"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="149"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="149"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="150"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="151"/>
        <source>Riwayat status ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="152"/>
        <source>Jejak audit ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="168"/>
        <source>Meregistrasi memberi nomor register: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="170"/>
        <source>Teruskan ke instansi yang berwenang menjatuhkan sanksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="171"/>
        <source>Limpahkan ke kantor Bawaslu yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="181"/>
        <source>— pilih instansi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="190"/>
        <source>Disarankan untuk {kind} pada {day}: {body}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="193"/>
        <source>Pilih Bawaslu provinsi atau kabupaten/kota yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="210"/>
        <source>Alasan perubahan status wajib diisi (mis. hasil rapat pleno).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="217"/>
        <source>Pilih instansi tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="228"/>
        <source>Status belum berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="14"/>
        <source>Ubah status temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="53"/>
        <source>Status sekarang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="122"/>
        <source>Status baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="138"/>
        <source>Tanggal keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="154"/>
        <source>dddd, d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="174"/>
        <source>Instansi tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="216"/>
        <source>Alasan perubahan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="235"/>
        <source>mis. Ditetapkan dalam rapat pleno tanggal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="271"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="321"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="402"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="409"/>
        <source>Simpan status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="17"/>
        <source>nol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="17"/>
        <source>satu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="18"/>
        <source>dua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="18"/>
        <source>tiga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="19"/>
        <source>empat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="19"/>
        <source>lima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="20"/>
        <source>enam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="20"/>
        <source>tujuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="21"/>
        <source>delapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="21"/>
        <source>sembilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="22"/>
        <source>Alfa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="22"/>
        <source>Bravo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="23"/>
        <source>Charlie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="23"/>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="24"/>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="24"/>
        <source>Foxtrot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="29"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="30"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="31"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="32"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="33"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="34"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="39"/>
        <source>{n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="40"/>
        <source>{n} riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="41"/>
        <source>{n} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="42"/>
        <source>{n} bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="43"/>
        <source>{n} entri log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="96"/>
        <source>kantor tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_text.py" line="116"/>
        <source>{size} ({bytes} bita)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions_reports</name>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="28"/>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="37"/>
        <source>Cetak / Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="29"/>
        <source>Pilih satu temuan di daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="41"/>
        <source>Formulir Model A {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="54"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
