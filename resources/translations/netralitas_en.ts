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
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="145"/>
        <source>Cadangan Netralitas (*.nbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="134"/>
        <source>Cadangan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="134"/>
        <source>Cadangan disimpan di {path} ({files} berkas, {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="137"/>
        <source>Cadangkan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="137"/>
        <source>Membuat cadangan terenkripsi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="139"/>
        <source>Cadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="144"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="148"/>
        <source>Pilih folder KOSONG untuk data yang dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="165"/>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="165"/>
        <source>Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="168"/>
        <source>Cadangan dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="169"/>
        <source>Data dipulihkan ke {folder} dan lolos pemeriksaan. Buka dengan: netralitas-desktop --data-dir &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="172"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="172"/>
        <source>Memulihkan dan memeriksa cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="174"/>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="64"/>
        <source>{level} · wilayah {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="69"/>
        <source>Telepon kantor itu dan minta mereka membacakan sidik jari di jendela Kunci: harus sama, kelompok demi kelompok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="80"/>
        <source>Buka kartu kunci kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="81"/>
        <source>Kartu kunci (*{suffix});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="87"/>
        <source>Kartu kunci tidak dapat dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="102"/>
        <source>Kartu kunci {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="104"/>
        <source>Berikan kartu ini kepada kantor di bawah (flashdisk, surel atau WhatsApp). Mereka membukanya di aplikasi, lalu menelepon Anda: bacakan sidik jari di bawah ini. Setelah itu bundel mereka ke atas hanya dapat dibuka di kantor ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="114"/>
        <source>Kode QR berisi kartu kunci ini (dapat dipindai dengan ponsel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="131"/>
        <source>Simpan kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="132"/>
        <source>Salin isi kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="133"/>
        <source>Salin isi kartu untuk ditempel di pesan (mis. WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="134"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="153"/>
        <source>Simpan kartu kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="155"/>
        <source>Kartu kunci (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="167"/>
        <source>Kartu kunci belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="169"/>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="174"/>
        <source>Isi kartu disalin: tempel di pesan untuk kantor di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="181"/>
        <source>Pakai kartu kunci?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="186"/>
        <source>Sidik jari cocok, pakai kartu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/key_card_view.py" line="187"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="217"/>
        <location filename="../../netralitas_desktop/gui/app.py" line="220"/>
        <source>Data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="221"/>
        <source>Membuat {n} temuan contoh…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="21"/>
        <source>Temuan dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="22"/>
        <source>Isian diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="23"/>
        <source>Status diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="24"/>
        <source>Catatan ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="25"/>
        <source>Bukti ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="26"/>
        <source>Bukti ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="27"/>
        <source>Konflik sinkronisasi diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="28"/>
        <source>Pengaturan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="29"/>
        <source>Data kantor dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="30"/>
        <source>Data contoh dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="31"/>
        <source>Bundel diekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="32"/>
        <source>Bundel diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="33"/>
        <source>Perangkat dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="34"/>
        <source>Perangkat tidak dipercaya lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="36"/>
        <source>versi yang tampil dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="37"/>
        <source>versi yang masuk dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="38"/>
        <source>keduanya disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="44"/>
        <source>Perubahan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="74"/>
        <source> (versi {n})</source>
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
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="100"/>
        <source>berkas versi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="101"/>
        <source>berkas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="102"/>
        <source>berkas yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="103"/>
        <source>Isi berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="131"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="73"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="73"/>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="94"/>
        <source>(tidak ada lagi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="196"/>
        <source>kantor ini ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="199"/>
        <source>kantor lain yang belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="209"/>
        <source>terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="209"/>
        <source>selesai: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="220"/>
        <source>{n} konflik terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="221"/>
        <source>Tidak ada konflik terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="246"/>
        <source>Tidak ada konflik yang perlu diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="250"/>
        <source>Versi {version} · milik {office} · terdeteksi saat mengimpor bundel pada {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="256"/>
        <source>Diselesaikan oleh {who} pada {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="260"/>
        <source>Data ini milik kantor ini. Versi yang Anda pakai disimpan sebagai versi baru ({next}) dan menggantikan kedua versi di setiap kantor yang menerima bundel berikutnya. &quot;Simpan keduanya&quot; membiarkan versi yang tampil dan menyimpan versi yang masuk sebagai arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="266"/>
        <source>Data ini milik {office}: hanya kantor itu yang dapat memilih versi yang berlaku, lalu pilihannya datang lewat bundel berikutnya. Di sini Anda menandai konflik sudah diperiksa — memakai versi yang tampil, atau menyimpan keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="271"/>
        <source>Hanya kantor asal yang dapat memilih versi yang masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="290"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="290"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="330"/>
        <source>Pakai versi ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="331"/>
        <source>Versi {which} akan disimpan sebagai versi baru temuan ini dan dikirim ke kantor lain lewat bundel berikutnya. Pilihan ini tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="333"/>
        <source>yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="333"/>
        <source>yang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="334"/>
        <source>Pakai versi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="337"/>
        <source>Konflik belum diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="337"/>
        <source>Menyelesaikan konflik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="344"/>
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
        <location filename="../../netralitas_desktop/gui/evidence.py" line="288"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="289"/>
        <source>Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="315"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="320"/>
        <source>Bukti tidak dapat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="321"/>
        <source>Menyimpan {n} berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="343"/>
        <source>Tidak ada gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="344"/>
        <source>Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu (mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="382"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="406"/>
        <source>Hapus bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="408"/>
        <source>Tandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="409"/>
        <source>mis. Berkas salah unggah, bukan milik temuan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="424"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="432"/>
        <source>Bukti tidak dapat dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="474"/>
        <source>{n} bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="476"/>
        <source>, {m} ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="533"/>
        <source>belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="498"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="237"/>
        <location filename="../../ui/evidence_panel.ui" line="38"/>
        <source>Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="405"/>
        <source>saat temuan disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="405"/>
        <source>sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="407"/>
        <source>Bukti “{name}” akan ditandai dihapus {when}. Berkasnya tetap tersimpan di brankas dan penghapusan tercatat di log audit beserta alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="424"/>
        <source>Menandai bukti dihapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="460"/>
        <source>Pilih temuan di daftar untuk melihat buktinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="463"/>
        <source>Seret berkas ke sini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="465"/>
        <source>Belum ada bukti. Klik Tambah…, seret berkas ke sini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="471"/>
        <source>{a} akan ditambahkan dan {r} akan ditandai dihapus saat Anda menekan Simpan; Batal membatalkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="473"/>
        <source>{n} bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="477"/>
        <source>Bukti yang ditambahkan atau dihapus di sini langsung tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="485"/>
        <source>ditambahkan saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="500"/>
        <source>Ditandai dihapus saat disimpan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="515"/>
        <source>Batalkan penandaan hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="530"/>
        <source>dihitung saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="544"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="546"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="551"/>
        <source>Ditandai dihapus {when} oleh {who}. Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="555"/>
        <source>Akan ditandai dihapus saat temuan disimpan. Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="580"/>
        <source>gambar {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="582"/>
        <source>dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="584"/>
        <source>video {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="586"/>
        <source>rekaman suara {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="587"/>
        <source>berkas {kind}</source>
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
        <location filename="../../netralitas_desktop/gui/evidence.py" line="236"/>
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
        <location filename="../../netralitas_desktop/gui/evidence.py" line="238"/>
        <location filename="../../ui/evidence_panel.ui" line="44"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="239"/>
        <location filename="../../ui/evidence_panel.ui" line="50"/>
        <source>Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="517"/>
        <location filename="../../ui/evidence_panel.ui" line="51"/>
        <source>Tandai bukti dihapus, dengan alasan (tercatat di log audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="87"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="39"/>
        <source>Lihat bukti dalam ukuran besar (Spasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="45"/>
        <source>Buka salinannya dengan aplikasi lain di komputer ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="82"/>
        <source>Klik ganda untuk melihat lebih besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="99"/>
        <source>Kode SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="111"/>
        <source>Ukuran / jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="120"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="131"/>
        <source>Waktu EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="142"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="157"/>
        <source>Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePreviewDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="82"/>
        <source>‹ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="83"/>
        <source>Berikutnya ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="84"/>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="176"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="85"/>
        <source>Tampilkan gambar pada ukuran aslinya, atau muat di jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="86"/>
        <source>Buka di aplikasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="87"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="119"/>
        <source>Bukti {n} dari {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="138"/>
        <source>Pratinjau tidak tersedia untuk {kind}.
Klik “Buka di aplikasi lain” untuk membukanya dengan program di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="146"/>
        <source>{size} · {kind} · ditambahkan saat temuan disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="148"/>
        <source>{size} · {kind} · ditambahkan {when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="152"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="154"/>
        <source>ditandai dihapus saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="176"/>
        <source>Muat di jendela</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="97"/>
        <source>Ekspor terakhir ke atas: bundel nomor {n}, {when} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="100"/>
        <source>Belum pernah mengekspor ke atas: bundel pertama memuat semua data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="115"/>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="151"/>
        <source>untuk ekspor ini saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="167"/>
        <source>Centang setidaknya satu penerima. Bundel tanpa enkripsi hanya dapat dibuat bila tidak ada kunci kantor atasan yang diatur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="171"/>
        <location filename="../../ui/sync_export_dialog.ui" line="229"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="171"/>
        <source>Ekspor tanpa enkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="174"/>
        <source>Pilih folder tujuan (mis. flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="194"/>
        <source>Folder tujuan tidak ada: {folder}. Pilih folder, mis. flashdisk yang sudah terpasang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="197"/>
        <source>Tulis nama berkas saja, tanpa folder (mis. {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="216"/>
        <source>Berkas sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="217"/>
        <source>{name} sudah ada di folder ini. Timpa dengan bundel baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="218"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="222"/>
        <source>Menulis bundel lengkap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="223"/>
        <source>Menulis bundel perubahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="250"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="257"/>
        <source>Terenkripsi untuk {n} penerima: hanya kantor pemegang kuncinya yang dapat membuka bundel ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="262"/>
        <source>TIDAK terenkripsi: siapa pun yang memegang berkas ini dapat membaca isinya. Jaga berkasnya dan hapus dari flashdisk setelah diimpor di kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="266"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="266"/>
        <source>perubahan sejak ekspor sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="267"/>
        <source>nomor {n} · {kind} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="270"/>
        <source>{records}; {files} berkas bukti, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="279"/>
        <source>Tidak ada temuan yang berubah sejak ekspor sebelumnya: bundel ini hanya memuat data pendukung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_export.py" line="289"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="38"/>
        <source>hukuman disiplin berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="39"/>
        <source>hukuman disiplin sedang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="40"/>
        <source>sanksi moral (kode etik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="41"/>
        <source>pemberhentian tidak dengan hormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="51"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="53"/>
        <source>Pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="56"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="57"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="58"/>
        <source>Daftar terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="59"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="168"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="169"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="170"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="171"/>
        <source>Media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="171"/>
        <source>Luar jaringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="183"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="196"/>
        <location filename="../../ui/finding_editor.ui" line="1377"/>
        <location filename="../../ui/finding_editor.ui" line="1394"/>
        <location filename="../../ui/finding_editor.ui" line="1411"/>
        <location filename="../../ui/finding_editor.ui" line="1428"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="188"/>
        <source>Otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="189"/>
        <source>Tahapan dipilih menurut tanggal kejadian dan profil pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="199"/>
        <source>— belum diteruskan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="202"/>
        <source>— belum ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="207"/>
        <location filename="../../ui/finding_editor.ui" line="692"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="207"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="207"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="207"/>
        <location filename="../../ui/finding_editor.ui" line="768"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="208"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="215"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="215"/>
        <location filename="../../ui/finding_editor.ui" line="800"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="347"/>
        <source>Draf (belum disimpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="353"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="355"/>
        <source>dicatat {created} oleh {by}; versi {version}, diubah {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="377"/>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="484"/>
        <source>Menurut SKB 2022: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="512"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="512"/>
        <location filename="../../ui/finding_editor.ui" line="1468"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="514"/>
        <source>Perubahan bukti disimpan saat Anda menekan Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="602"/>
        <source>nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="602"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="602"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="604"/>
        <source>terlapor {n} ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="608"/>
        <source>{n} isian perlu diperbaiki sebelum disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="780"/>
        <source>Perubahan pada temuan ini, termasuk bukti yang ditambahkan atau dihapus, belum disimpan. Buang perubahan dan tutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="47"/>
        <location filename="../../ui/finding_editor.ui" line="89"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="47"/>
        <location filename="../../ui/finding_editor.ui" line="541"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="48"/>
        <location filename="../../ui/finding_editor.ui" line="842"/>
        <source>Tautan &amp;&amp; saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="48"/>
        <location filename="../../ui/finding_editor.ui" line="1063"/>
        <source>Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="49"/>
        <location filename="../../ui/finding_editor.ui" line="1260"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="672"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="672"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="675"/>
        <source>{label}: lewat {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="679"/>
        <source>{label}: batas hari ini ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="682"/>
        <source>{label}: sisa {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="690"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="691"/>
        <location filename="../../ui/finding_editor.ui" line="40"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="694"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="695"/>
        <source>Ubah temuan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="717"/>
        <source>Draf tidak dapat disimpan otomatis (periksa ruang disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="720"/>
        <source>Draf tersimpan otomatis pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="740"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="770"/>
        <source>Temuan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="746"/>
        <source>Menyimpan temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="750"/>
        <source>Menyimpan perubahan temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="759"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="779"/>
        <source>Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="781"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="781"/>
        <source>Kembali mengedit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="14"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="51"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="52"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="53"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="54"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="55"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="60"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="61"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="62"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="63"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="759"/>
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
        <location filename="../../netralitas_desktop/gui/models.py" line="69"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="69"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="69"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="70"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="70"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="71"/>
        <source>Nomor register / Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="138"/>
        <source> (+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="149"/>
        <source>lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="153"/>
        <source>sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="159"/>
        <source>Diketahui {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="174"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="174"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="151"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="165"/>
        <source>Tidak ada batas waktu pada status ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="166"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="166"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="116"/>
        <source>Pilih bundel untuk diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="117"/>
        <source>Bundel Netralitas (*{suffix});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="133"/>
        <source>Pilih berkas bundel lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="135"/>
        <source>Berkas tidak ditemukan: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="149"/>
        <source>Memeriksa bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="150"/>
        <source>Tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas diperiksa. Belum ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="174"/>
        <source>Pemeriksaan dibatalkan; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="186"/>
        <source>{when} oleh {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="188"/>
        <source>nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="189"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="189"/>
        <source>perubahan sejak bundel sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="190"/>
        <source>terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="190"/>
        <source>tidak terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="193"/>
        <source>bundel balik untuk {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="196"/>
        <source>perangkat ini sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="197"/>
        <source>dikenal, kunci cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="198"/>
        <source>belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="203"/>
        <source>Berkas bukti: {n} berkas baru, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="206"/>
        <source>{n} berkas bukti menunggu bundel lain yang belum diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="211"/>
        <source>Bundel ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="213"/>
        <source>Tidak ada yang baru: semua isi bundel ini sudah ada di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="214"/>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="298"/>
        <source>Perhatian: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="222"/>
        <source>Bundel ini ditandatangani perangkat {device} milik {office}, yang belum pernah mengirim bundel ke kantor ini. Telepon petugas kantor itu di nomor yang sudah Anda kenal — bukan nomor dari pesan yang membawa bundel ini. Minta ia membuka Kunci dan penerima bundel di aplikasinya dan membacakan sidik jari perangkatnya, kelompok demi kelompok. Cocokkan kedelapan kelompok ini:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="228"/>
        <source>Percayai dan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="228"/>
        <location filename="../../ui/sync_import_dialog.ui" line="435"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="250"/>
        <source>Mengimpor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="251"/>
        <source>Seluruh isi bundel diterapkan dalam satu transaksi: utuh atau tidak sama sekali. Bila dibatalkan sebelum selesai, tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="263"/>
        <source>Impor dibatalkan; tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="276"/>
        <source>Impor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="277"/>
        <source>Diterima dan diimpor seluruhnya: bundel nomor {n} dari {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="281"/>
        <source>Sudah pernah diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="282"/>
        <source>Bundel nomor {n} dari {office} sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="286"/>
        <source>Perangkat {device} (sidik jari {fingerprint}) kini dipercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="291"/>
        <source>Berkas bukti diterima: {n} berkas, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="296"/>
        <source>{n} konflik baru: dua versi dari data yang sama. Keduanya disimpan, tidak ada yang ditimpa; pilih versi yang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="311"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="312"/>
        <source>Teks (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="323"/>
        <source>Tanda terima belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="325"/>
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
        <location filename="../../netralitas_desktop/gui/worker.py" line="128"/>
        <source>Terjadi kesalahan tak terduga ({error}). Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/worker.py" line="202"/>
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
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="58"/>
        <source>Sidik jari disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="59"/>
        <source>ID perangkat disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="61"/>
        <source>Kunci publik age disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="63"/>
        <source>Kunci tanda tangan disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="112"/>
        <source>nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="113"/>
        <source>{when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="120"/>
        <source>Penerima bundel ke atas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="122"/>
        <source>Perangkat dipercaya ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="129"/>
        <source>Tempelkan kunci publik age kantor atasan (diawali age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="131"/>
        <source>Itu kunci perangkat ini sendiri. Masukkan kunci kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="141"/>
        <source>Penerima belum ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="170"/>
        <source>Kartu kunci belum dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="191"/>
        <source>Penerima belum dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="198"/>
        <source>Berhenti mempercayai perangkat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="199"/>
        <source>Bundel berikutnya dari perangkat {device} ({office}) akan meminta sidik jarinya dicocokkan lagi. Data yang sudah diimpor darinya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="202"/>
        <source>Berhenti mempercayai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="205"/>
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
        <location filename="../../ui/sync_keys_dialog.ui" line="308"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="55"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="310"/>
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
        <location filename="../../ui/sync_keys_dialog.ui" line="199"/>
        <location filename="../../ui/sync_keys_dialog.ui" line="256"/>
        <source>Kunci publik age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="110"/>
        <source>Kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="166"/>
        <source>Penerima bundel ke atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="182"/>
        <source>Belum ada penerima: bundel yang diekspor ditandatangani tetapi TIDAK dienkripsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="198"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="214"/>
        <source>Hapus penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="130"/>
        <source>Kantor di bawah memakai kunci publik age ini sebagai penerima, agar bundel mereka hanya dapat dibuka di sini: berikan kepada mereka kartu kunci (satu berkas kecil, juga tampil sebagai kode QR). Kunci rahasia tidak pernah ditampilkan, tidak pernah ikut dalam bundel, dan tidak pernah meninggalkan folder data laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="140"/>
        <source>Buat kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="141"/>
        <source>Kartu kunci untuk kantor di bawah: berkas .nkunci, kode QR dan sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="175"/>
        <source>Bundel yang Anda ekspor ke atas dienkripsi untuk kunci-kunci ini: hanya kantor pemegangnya yang dapat membukanya. Minta kartu kunci (berkas .nkunci) kepada kantor atasan, bukalah di sini, lalu cocokkan sidik jarinya lewat telepon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="207"/>
        <source>Buka kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="208"/>
        <source>Pakai kartu kunci (.nkunci) dari kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="238"/>
        <source>Lanjutan: tempel kunci publik age (age1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="244"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="251"/>
        <source>mis. Bawaslu Kabupaten Bangka Selatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="263"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="269"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="285"/>
        <source>Perangkat dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="294"/>
        <source>Bundel dari perangkat-perangkat ini diterima tanpa pertanyaan. Sebuah perangkat masuk daftar ini saat sidik jarinya dicocokkan pada impor pertamanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="309"/>
        <source>Perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="311"/>
        <source>Bundel terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="312"/>
        <source>Dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="320"/>
        <source>Berhenti mempercayai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_keys_dialog.ui" line="346"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="152"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="153"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="154"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="160"/>
        <source>Cari nama, NIP, instansi, uraian, tautan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="169"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="171"/>
        <source>Pengaturan kantor, petugas, kop surat (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="201"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1029"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="274"/>
        <source>Kembalikan kolom bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="328"/>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="328"/>
        <source>Filter ({n} aktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="339"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="340"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="341"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="342"/>
        <source>Temuan dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="343"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="870"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="344"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="869"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="369"/>
        <source>Membuka data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="399"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="402"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="979"/>
        <source>Data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="416"/>
        <source>Netralitas Desktop — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="417"/>
        <source>Petugas: {name} · {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="446"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="447"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="452"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="457"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="464"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="464"/>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="465"/>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="465"/>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="471"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="474"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="493"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="647"/>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="662"/>
        <source>Memuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="662"/>
        <source>Memuat daftar temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="686"/>
        <source>Daftar tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="692"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="759"/>
        <source>&lt;p&gt;&lt;b&gt;Belum ada temuan.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Klik &lt;a href=&apos;new&apos;&gt;Temuan baru&lt;/a&gt; (Ctrl+N) untuk mencatat temuan pertama, atau impor bundel dari kantor di bawah.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="762"/>
        <source>&lt;p&gt;&lt;b&gt;Tidak ada temuan di daftar ini.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;reset&apos;&gt;Tampilkan semua temuan&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="765"/>
        <source>&lt;p&gt;&lt;b&gt;Tidak ada temuan yang cocok.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Filter atau pencarian tidak cocok dengan satu pun dari {n} temuan. &lt;a href=&apos;reset&apos;&gt;Hapus semua filter&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="783"/>
        <source>{label}: {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="785"/>
        <source>{n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="787"/>
        <source>Menampilkan {n} dari {total} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="792"/>
        <source> · {n} dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="795"/>
        <source>· {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="796"/>
        <source>· {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="809"/>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>Pilih temuan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="835"/>
        <source>Lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="842"/>
        <source>Sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="839"/>
        <source>Batas hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="850"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="867"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="867"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="868"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="869"/>
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="871"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="872"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="874"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="875"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="876"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="877"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="879"/>
        <source>Teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="881"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="882"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="891"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="892"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="894"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="895"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="897"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="898"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="899"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="900"/>
        <source>Dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="900"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="903"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="903"/>
        <source>{when} oleh {who} (versi {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1023"/>
        <source>Draf belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1024"/>
        <source>Ada temuan yang belum selesai ditulis (draf tersimpan otomatis {when}). Lanjutkan draf itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1027"/>
        <source>Lanjutkan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1028"/>
        <source>Buang draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1045"/>
        <source>Temuan kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1046"/>
        <source>Temuan ini dicatat oleh kantor lain: isinya tidak diubah di sini. Anda tetap dapat mengubah statusnya dan menambah bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1139"/>
        <location filename="../../ui/main_window.ui" line="495"/>
        <source>Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1139"/>
        <source>Panduan pengguna tidak ditemukan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1144"/>
        <location filename="../../ui/main_window.ui" line="499"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1145"/>
        <source>&lt;b&gt;Netralitas Desktop {version}&lt;/b&gt;&lt;p&gt;Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa, tanpa internet.&lt;/p&gt;&lt;p&gt;Data wilayah: idn-area-data (ODbL). Ikon: digambar mengikuti Lucide (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Kategori pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>Jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Rentang tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <source>Dari tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Sampai tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152"/>
        <location filename="../../ui/main_window.ui" line="449"/>
        <source>Hapus semua filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>Daftar temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="814"/>
        <location filename="../../ui/main_window.ui" line="291"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126"/>
        <location filename="../../ui/main_window.ui" line="138"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="300"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="323"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="328"/>
        <source>Ubah status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="333"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="358"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="372"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="381"/>
        <source>T&amp;ampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="387"/>
        <source>Kolom daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="392"/>
        <source>&amp;Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402"/>
        <source>Bilah alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="422"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="423"/>
        <source>Catat temuan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="428"/>
        <source>Ubah temuan yang dipilih (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="429"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="433"/>
        <source>Ubah status temuan yang dipilih (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438"/>
        <source>Cari temuan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="439"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="444"/>
        <source>Panel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="445"/>
        <source>Tampilkan atau sembunyikan panel filter (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="452"/>
        <source>Muat ulang daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="453"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="458"/>
        <source>Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="459"/>
        <source>Daftar temuan (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="460"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="464"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465"/>
        <source>Dasbor: rekap dan batas waktu (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="466"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="469"/>
        <source>Ekspor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="470"/>
        <source>Ekspor bundel sinkronisasi untuk tingkat di atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473"/>
        <source>Impor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="474"/>
        <source>Impor bundel sinkronisasi dari kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="477"/>
        <source>Cetak / Pratinjau PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="478"/>
        <source>Cetak atau pratinjau Formulir A temuan yang dipilih (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="479"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="482"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="483"/>
        <source>Simpan Formulir A, buku register atau rekapitulasi sebagai PDF (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="484"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="487"/>
        <source>Pengaturan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="488"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="491"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="496"/>
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
    <name>Operations</name>
    <message>
        <location filename="../../netralitas_desktop/gui/operations.py" line="131"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="64"/>
        <source>Berkas PDF tidak dapat dibaca: {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="145"/>
        <source>Pencetak tidak dapat dibuka ({name}). Periksa apakah pencetak menyala dan terhubung, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="194"/>
        <source>Pratinjau — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="223"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="229"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="230"/>
        <source>Cetak melalui dialog cetak sistem (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="236"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="237"/>
        <source>Simpan salinan PDF ini ke folder pilihan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="243"/>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="244"/>
        <source>Halaman sebelumnya (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="248"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="254"/>
        <source>Ketik nomor halaman lalu tekan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="257"/>
        <source>dari {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="260"/>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="261"/>
        <source>Halaman berikutnya (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="267"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="268"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="274"/>
        <source>Ukuran tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="275"/>
        <source>Lebar halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="276"/>
        <source>Halaman penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="282"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="283"/>
        <source>Perbesar (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="290"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="302"/>
        <source>mendatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="302"/>
        <source>tegak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="303"/>
        <source>{name} · {pages} halaman · {paper} {layout}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="388"/>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="398"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="388"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="398"/>
        <source>PDF tidak dapat disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="401"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="418"/>
        <source>Cetak {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="436"/>
        <source>{n} halaman dikirim ke {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="437"/>
        <source>pencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="441"/>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="448"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="445"/>
        <source>Pencetakan dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="448"/>
        <source>Mengirim halaman ke pencetak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dialogs.py" line="34"/>
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
    <name>RecordWords</name>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="10"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="11"/>
        <source>Kantor asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="12"/>
        <source>Perangkat asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="13"/>
        <source>ID temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="14"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="15"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="16"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="17"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="18"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="19"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="20"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="21"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="22"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="23"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="24"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="25"/>
        <source>Urutan register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="26"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="27"/>
        <source>Pemilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="28"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="29"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="30"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="31"/>
        <source>Dibuat pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="32"/>
        <source>Dibuat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="33"/>
        <source>Diubah pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="34"/>
        <source>Diubah oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="35"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="36"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="37"/>
        <source>Dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="38"/>
        <source>Nama pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="39"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="40"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="41"/>
        <source>Tujuan pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="42"/>
        <source>Sasaran pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="43"/>
        <source>Fakta dan keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="44"/>
        <source>Analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="45"/>
        <source>Perlu keterangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="46"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="47"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="48"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="49"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="50"/>
        <source>Jenis kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="51"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="52"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="53"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="54"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="55"/>
        <source>Akun media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="56"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="57"/>
        <source>Isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="58"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="59"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="60"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="61"/>
        <source>Dari status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="62"/>
        <source>Menjadi status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="63"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="64"/>
        <source>Jenis berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="65"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="66"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="67"/>
        <source>Ditandai dihapus pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="68"/>
        <source>Alasan dihapus</source>
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
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="159"/>
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
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="122"/>
        <source>Formulir Model A {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="124"/>
        <source>Buku Register Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="125"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="141"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="156"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="168"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="172"/>
        <source>Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="141"/>
        <source>Pratinjau tidak tersedia di pemasangan ini ({error}). Gunakan Simpan PDF…, lalu buka dan cetak berkasnya dengan penampil PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="171"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="209"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="672"/>
        <source>Simpan laporan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="227"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="230"/>
        <source>Formulir Model A temuan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="234"/>
        <source>Dengan lampiran bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="236"/>
        <source>Dengan kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="237"/>
        <source>Perbawaslu 5/2022: Formulir Model A tanpa kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="244"/>
        <source>Buku register temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="247"/>
        <source>Satu baris per temuan: nomor, tanggal, terlapor, kategori, tempat, status dan batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="248"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="251"/>
        <source>Jumlah per kecamatan dan kategori, jenis terlapor, status dan platform, dengan grafik dan daftar temuan yang lewat batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="262"/>
        <source>Cakupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="267"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="268"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="286"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="296"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="299"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="303"/>
        <source>Sesuai filter daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="306"/>
        <source>Isi periode, wilayah dan status dari filter daftar temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="322"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="323"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="324"/>
        <source>Kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="328"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="335"/>
        <source>Simpan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="358"/>
        <source>Buka PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="361"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="375"/>
        <source>Pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="377"/>
        <source>Tampilkan laporan sebelum dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="379"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="742"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="382"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="418"/>
        <source>{number} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="420"/>
        <source>Belum ada temuan yang dipilih di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="430"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="431"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="438"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="441"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="478"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="499"/>
        <source>Sesuai filter daftar ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="626"/>
        <source>Filter daftar yang tidak dipakai laporan: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="520"/>
        <source>periode menurut tanggal kejadian/registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="522"/>
        <source>kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="524"/>
        <source>jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="526"/>
        <source>sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="528"/>
        <source>kata pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="612"/>
        <source>Pilih satu temuan di daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="616"/>
        <source>Tanggal awal jatuh sesudah tanggal akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="621"/>
        <source>{n} temuan dan laporan dalam cakupan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="623"/>
        <source>Tidak ada temuan dalam cakupan ini: ubah periode, wilayah atau status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="629"/>
        <source>Rekapitulasi selalu memerlukan tanggal awal dan akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="673"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="685"/>
        <source>Tulis nama berkas PDF tujuan, atau tekan Pilih….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="688"/>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="691"/>
        <source>Timpa berkas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="691"/>
        <source>Berkas {name} sudah ada. Timpa dengan laporan baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="692"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="696"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="723"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="753"/>
        <source>&lt;b&gt;Laporan disimpan:&lt;/b&gt; {name}&lt;br&gt;{pages} halaman · {size} · di {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="765"/>
        <source>Dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="770"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="91"/>
        <location filename="../../ui/settings_dialog.ui" line="479"/>
        <source>Tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="92"/>
        <source>Logo tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="105"/>
        <source>Pilih logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="106"/>
        <source>Gambar (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="145"/>
        <source>Dari kartu kunci {office} (sidik jari {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="161"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="163"/>
        <source>Pilih wilayah kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="165"/>
        <source>Nama petugas wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="205"/>
        <source>{n} isian perlu diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="216"/>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="233"/>
        <source>Pengaturan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="217"/>
        <source>Menyimpan pengaturan…</source>
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
        <location filename="../../ui/settings_dialog.ui" line="691"/>
        <source>Buka kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="692"/>
        <source>Isi kunci kantor atasan dari kartu kuncinya (.nkunci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="707"/>
        <source>Lanjutan: kunci publik kantor atasan (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="740"/>
        <source>Bundel untuk tingkat di atas dienkripsi dengan kunci ini sehingga hanya kantor atasan yang dapat membukanya. Cara termudah: buka kartu kunci dari kantor atasan lalu cocokkan sidik jarinya lewat telepon; kunci age1… juga dapat ditempel langsung. Kunci tersimpan saat Anda menekan Simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="720"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="798"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="805"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="64"/>
        <source>Buat dan buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="65"/>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="66"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="67"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="101"/>
        <source>Pilih folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="113"/>
        <source>mis. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="138"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="138"/>
        <source>hari kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="140"/>
        <source>{name}: temuan ditetapkan paling lama {f} {unit} sejak diketahui; putusan {d} {unit} sejak registrasi (dapat diperpanjang {e}). Nomor register memakai kode {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="170"/>
        <source>Belum ada kartu kunci. Tanpa kunci kantor atasan, bundel pertama dikirim tanpa enkripsi; Anda dapat mengaturnya nanti lewat Berkas → Kunci dan penerima bundel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="199"/>
        <location filename="../../ui/setup_wizard.ui" line="133"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="200"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="201"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="202"/>
        <location filename="../../ui/setup_wizard.ui" line="169"/>
        <source>Kode kantor Bawaslu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="203"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="204"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="205"/>
        <location filename="../../ui/setup_wizard.ui" line="493"/>
        <source>Kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="206"/>
        <source>kunci age1… ditempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="206"/>
        <source>belum diatur (bundel tidak dienkripsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="208"/>
        <location filename="../../ui/setup_wizard.ui" line="63"/>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="220"/>
        <source>Pilih folder data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="223"/>
        <source>Folder ini sudah berisi data Netralitas. Pilih folder lain, atau buka aplikasi dengan --data-dir {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="229"/>
        <source>Pilih wilayah kantor (ketik namanya untuk mencari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="231"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="237"/>
        <source>Isi kode kantor Bawaslu (tanyakan ke Bawaslu kabupaten/kota bila belum tahu). Kode ini bisa sama dengan kode wilayah, tetapi tidak selalu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="244"/>
        <source>Nama petugas wajib diisi: tercatat pada setiap perubahan data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="253"/>
        <source>Tempelkan kunci publik age kantor atasan (diawali age1), atau hapus centang Lanjutan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="283"/>
        <source>Menyiapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="283"/>
        <source>Membuat data kantor…</source>
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
        <location filename="../../ui/setup_wizard.ui" line="211"/>
        <source>Wilayah kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="240"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="253"/>
        <source>mis. Panwaslu Kecamatan Toboali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="273"/>
        <source>Alamat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="286"/>
        <source>Jalan, nomor, desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="307"/>
        <source>Petugas dan penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="310"/>
        <source>Nama petugas tercatat pada setiap perubahan; penanda tangan tercetak pada laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="327"/>
        <source>Nama petugas di laptop ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="356"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="369"/>
        <source>mis. Anggota Panwaslu Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="376"/>
        <source>Unit / divisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="389"/>
        <source>mis. Divisi Penanganan Pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="414"/>
        <source>Penanda tangan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="424"/>
        <source>Sama dengan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="442"/>
        <source>Nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="458"/>
        <source>Jabatan penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="471"/>
        <source>mis. Ketua Panwaslu Kecamatan Toboali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="494"/>
        <source>Bundel yang Anda kirim ke atas dikunci sehingga hanya kantor atasan yang dapat membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="499"/>
        <source>Minta kartu kunci (berkas .nkunci) kepada kantor atasan — mereka membuatnya dengan satu klik — lalu buka di sini dan cocokkan sidik jarinya lewat telepon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="507"/>
        <source>Buka kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="513"/>
        <source>Lepas kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="540"/>
        <source>Lanjutan: tempel kunci publik age (age1…) tanpa kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="545"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="565"/>
        <source>Pemilu dan kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="568"/>
        <source>Profil pemilu menentukan tahapan, nomor register dan cara menghitung batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="585"/>
        <source>Profil pemilu bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="601"/>
        <source>Ukuran kertas laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="648"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="157"/>
        <source>Ubah status — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="167"/>
        <source>Tidak ada status berikutnya (penanganan selesai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="182"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="187"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="182"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="182"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="182"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="187"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="183"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="183"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="187"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="187"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="189"/>
        <source>Riwayat status ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="190"/>
        <source>Jejak audit ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="206"/>
        <source>Meregistrasi memberi nomor register: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="208"/>
        <source>Teruskan ke instansi yang berwenang menjatuhkan sanksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="209"/>
        <source>Limpahkan ke kantor Bawaslu yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="219"/>
        <source>— pilih instansi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="228"/>
        <source>Disarankan untuk {kind} pada {day}: {body}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="231"/>
        <source>Pilih Bawaslu provinsi atau kabupaten/kota yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="252"/>
        <source>Alasan perubahan status wajib diisi (mis. hasil rapat pleno).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="259"/>
        <source>Pilih instansi tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="268"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="285"/>
        <source>Status belum berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="269"/>
        <source>Mengubah status…</source>
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
