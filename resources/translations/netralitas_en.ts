<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="38"/>
        <source>Konflik sinkronisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="39"/>
        <source>Kunci dan penerima bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="41"/>
        <source>Cadangkan data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="42"/>
        <source>Pulihkan cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="50"/>
        <source>Ganti kata sandi data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="51"/>
        <source>Cetak lembar pemulihan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="52"/>
        <source>Kunci sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="54"/>
        <source>Lindungi data dengan kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="65"/>
        <source>Buka folder log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="66"/>
        <source>Daftarkan berkas bundel (.nbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="78"/>
        <source>&lt;b&gt;Netralitas Desktop {version}&lt;/b&gt;&lt;p&gt;Pencatatan dan penanganan dugaan pelanggaran netralitas ASN, kepala desa dan perangkat desa, tanpa internet.&lt;/p&gt;&lt;p&gt;Folder data: &lt;code&gt;{data}&lt;/code&gt;&lt;br&gt;Berkas log: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lisensi&lt;/b&gt;&lt;br&gt;Data wilayah: diturunkan dari idn-area-data 4.0.1 © para kontributornya, di bawah Open Database License (ODbL) 1.0 — lihat resources/wilayah/ATTRIBUTION.md.&lt;br&gt;Huruf: Liberation Sans dan Mono (SIL Open Font License 1.1).&lt;br&gt;Qt dan PySide6 (LGPLv3), ReportLab (BSD), sqlite-utils (Apache 2.0), pyrage dan cryptography (Apache 2.0/BSD), Pillow (HPND).&lt;br&gt;Ikon: digambar mengikuti Lucide (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="90"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="104"/>
        <source>Berkas bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="111"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="118"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="120"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="125"/>
        <source>Frasa sandi cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="112"/>
        <source>Frasa sandi (minimal 8 karakter). Simpan di tempat aman: tanpa frasa ini cadangan tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="118"/>
        <source>Frasa sandi minimal 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="120"/>
        <source>Ulangi frasa sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="125"/>
        <source>Frasa sandi tidak sama; cadangan tidak dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="134"/>
        <source>Simpan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="136"/>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="163"/>
        <source>Cadangan Netralitas (*.nbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="152"/>
        <source>Cadangan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="152"/>
        <source>Cadangan disimpan di {path} ({files} berkas, {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="155"/>
        <source>Cadangkan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="155"/>
        <source>Membuat cadangan terenkripsi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="157"/>
        <source>Cadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="162"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="166"/>
        <source>Pilih folder KOSONG untuk data yang dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="183"/>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="183"/>
        <source>Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="186"/>
        <source>Cadangan dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="187"/>
        <source>Data dipulihkan ke {folder} dan lolos pemeriksaan. Buka dengan: netralitas-desktop --data-dir &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="190"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="190"/>
        <source>Memulihkan dan memeriksa cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/maintenance.py" line="192"/>
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
        <location filename="../../netralitas_desktop/gui/recovery.py" line="42"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="41"/>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="56"/>
        <source>Berkas kunci age kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="57"/>
        <source>Kunci age (*.txt *.key);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="75"/>
        <source>Ketik kode pemulihan, atau pilih berkas kunci age kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="77"/>
        <source>Kata sandi baru minimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="79"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="80"/>
        <source>Memulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="113"/>
        <source>Simpan lembar pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="114"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="125"/>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="129"/>
        <source>Lembar pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="126"/>
        <source>Lembar pemulihan ditulis ke {path}. Cetak, simpan di tempat terkunci terpisah dari laptop, lalu hapus berkas PDF-nya. Kode pada lembar sebelumnya tidak berlaku lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/recovery.py" line="129"/>
        <source>Membuat kode pemulihan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="34"/>
        <source>Data terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="36"/>
        <source>Data di {folder} dilindungi kata sandi. Ketik kata sandi data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="38"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="39"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="42"/>
        <source>Lupa kata sandi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="124"/>
        <source>Aplikasi terkunci karena tidak dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="161"/>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="169"/>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="197"/>
        <source>Ganti kata sandi data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="163"/>
        <source>Kata sandi data yang baru (minimal {n} karakter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="170"/>
        <source>Ketik sekali lagi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="175"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="177"/>
        <source>Kata sandi terlalu pendek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="197"/>
        <source>Kata sandi data diganti. Lembar pemulihan dan pemulihan lewat kantor atasan tetap berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="232"/>
        <source>Data dilindungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="233"/>
        <source>Data kini terenkripsi dan dibuka dengan kata sandi data. Cetak lembar pemulihan (Berkas → Cetak lembar pemulihan) atau atur kunci kantor atasan, agar kata sandi yang terlupa dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="238"/>
        <source>Data tidak dilindungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="242"/>
        <source>Lindungi data dengan kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/unlock.py" line="242"/>
        <source>Mengenkripsi data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="48"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="48"/>
        <source>Pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="48"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="49"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="49"/>
        <source>Nomor SPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="53"/>
        <source>— pilih bentuk —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="97"/>
        <source>kosong: {number} (pengaturan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="98"/>
        <source>nomor surat perintah tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="188"/>
        <source>(bentuk belum dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="189"/>
        <source>(tempat belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="198"/>
        <source>Kegiatan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/activities_editor.py" line="199"/>
        <source>Belum ada kegiatan: klik Tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="278"/>
        <location filename="../../netralitas_desktop/gui/app.py" line="281"/>
        <source>Data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="282"/>
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
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="24"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="25"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="26"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="27"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="28"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="29"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="33"/>
        <source>versi yang tampil dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="34"/>
        <source>versi yang masuk dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="35"/>
        <source>keduanya disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="36"/>
        <source>digantikan versi yang lebih baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="101"/>
        <source>berkas versi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="102"/>
        <source>berkas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="103"/>
        <source>berkas yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="104"/>
        <source>Isi berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="132"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="74"/>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="74"/>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="95"/>
        <source>(tidak ada lagi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="197"/>
        <source>kantor ini ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="200"/>
        <source>kantor lain yang belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="210"/>
        <source>terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="210"/>
        <source>selesai: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="221"/>
        <source>{n} konflik terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="222"/>
        <source>Tidak ada konflik terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="247"/>
        <source>Tidak ada konflik yang perlu diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="251"/>
        <source>Versi {version} · milik {office} · terdeteksi saat mengimpor bundel pada {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="257"/>
        <source>Diselesaikan oleh {who} pada {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="261"/>
        <source>Data ini milik kantor ini. Versi yang Anda pakai disimpan sebagai versi baru ({next}) dan menggantikan kedua versi di setiap kantor yang menerima bundel berikutnya. &quot;Simpan keduanya&quot; membiarkan versi yang tampil dan menyimpan versi yang masuk sebagai arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="267"/>
        <source>Data ini milik {office}: hanya kantor itu yang dapat memilih versi yang berlaku, lalu pilihannya datang lewat bundel berikutnya. Di sini Anda menandai konflik sudah diperiksa — memakai versi yang tampil, atau menyimpan keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="272"/>
        <source>Hanya kantor asal yang dapat memilih versi yang masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="291"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="291"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="331"/>
        <source>Pakai versi ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="332"/>
        <source>Versi {which} akan disimpan sebagai versi baru temuan ini dan dikirim ke kantor lain lewat bundel berikutnya. Pilihan ini tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="334"/>
        <source>yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="334"/>
        <source>yang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="335"/>
        <source>Pakai versi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="338"/>
        <source>Konflik belum diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="338"/>
        <source>Menyelesaikan konflik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_conflicts.py" line="345"/>
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
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="224"/>
        <source>Terlapor berulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="262"/>
        <source>Semua temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="283"/>
        <source>· {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="291"/>
        <source>Menghitung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="311"/>
        <source>klik untuk daftar lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="312"/>
        <source>draf s.d. kajian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="313"/>
        <source>perlu segera ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="314"/>
        <source>termasuk hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="315"/>
        <source>diteruskan, dilimpahkan, diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="330"/>
        <source>(tanpa wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="338"/>
        <source>Batas waktu terdekat dan terlewat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="340"/>
        <source>Diperbarui pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="366"/>
        <location filename="../../ui/dashboard.ui" line="172"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="369"/>
        <location filename="../../ui/dashboard.ui" line="343"/>
        <source>Diteruskan / diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="373"/>
        <location filename="../../ui/dashboard.ui" line="229"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="377"/>
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
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="141"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="141"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="141"/>
        <source>Batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="141"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="172"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="172"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="174"/>
        <source>lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="178"/>
        <source>{n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="180"/>
        <source> (perkiraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="176"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeEvidenceDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dialogs.py" line="50"/>
        <source>Uraian bukti “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="14"/>
        <source>Uraikan bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="45"/>
        <source>Uraian barang bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="58"/>
        <source>mis. Tangkapan layar unggahan Facebook akun @hendra.saputra, 3 Desember 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="68"/>
        <source>Satu baris, dengan kata-kata: apa yang tampak dan dari mana asalnya. Dicetak sebagai barang bukti di Formulir Model A dan bukti di Formulir Model B.1, menggantikan keterangan otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="112"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/describe_evidence_dialog.ui" line="119"/>
        <source>Simpan uraian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="346"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="347"/>
        <source>Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="376"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="381"/>
        <source>Bukti tidak dapat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="382"/>
        <source>Menyimpan {n} berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="405"/>
        <source>Tidak ada gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="406"/>
        <source>Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu (mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="449"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="515"/>
        <source>Hapus bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="517"/>
        <source>Tandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="518"/>
        <source>mis. Berkas salah unggah, bukan milik temuan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="535"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="543"/>
        <source>Bukti tidak dapat dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="589"/>
        <source>{n} bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="591"/>
        <source>, {m} ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="649"/>
        <source>belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="613"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="237"/>
        <source>Teks terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="238"/>
        <source>Juga dilaporkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="274"/>
        <location filename="../../ui/evidence_panel.ui" line="38"/>
        <source>Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="467"/>
        <source>Pakai uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="467"/>
        <source>Simpan uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="485"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="493"/>
        <source>Uraian bukti belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="485"/>
        <source>Menyimpan uraian bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="514"/>
        <source>saat temuan disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="514"/>
        <source>sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="516"/>
        <source>Bukti “{name}” akan ditandai dihapus {when}. Berkasnya tetap tersimpan di brankas dan penghapusan tercatat di log audit beserta alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="535"/>
        <source>Menandai bukti dihapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="571"/>
        <source>Pilih temuan di daftar untuk melihat buktinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="574"/>
        <source>Seret berkas ke sini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="576"/>
        <source>Belum ada bukti. Klik Tambah…, seret berkas ke sini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="583"/>
        <source>{a} akan ditambahkan dan {r} akan ditandai dihapus saat Anda menekan Simpan; Batal membatalkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="586"/>
        <source>Uraian {n} bukti disimpan saat Anda menekan Simpan; Batal membatalkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="588"/>
        <source>{n} bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="592"/>
        <source>Bukti yang ditambahkan atau dihapus di sini langsung tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="600"/>
        <source>ditambahkan saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="615"/>
        <source>Ditandai dihapus saat disimpan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="631"/>
        <source>Batalkan penandaan hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="646"/>
        <source>dihitung saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="654"/>
        <source>Teks gambar dibaca setelah bukti disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="663"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="665"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="671"/>
        <source>Ditandai dihapus {when} oleh {who}. Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="675"/>
        <source>Akan ditandai dihapus saat temuan disimpan. Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="698"/>
        <source>belum diuraikan — formulir menyebut jenis, tautan dan waktunya (Uraikan…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="700"/>
        <source>(disimpan saat Simpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="711"/>
        <source>(tidak ada teks terbaca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="712"/>
        <source>Gambar ini gagal dibaca: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="713"/>
        <source>Berkas ini bukan gambar; teksnya tidak dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="714"/>
        <source>Menunggu dibaca (teks gambar dibaca di latar belakang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="715"/>
        <source>Dibaca oleh {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="719"/>
        <source>{kind}: juga dilaporkan oleh {office} (temuan {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="739"/>
        <source>gambar {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="741"/>
        <source>dokumen PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="743"/>
        <source>video {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="745"/>
        <source>rekaman suara {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="746"/>
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
        <location filename="../../netralitas_desktop/gui/evidence.py" line="273"/>
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
        <location filename="../../netralitas_desktop/gui/evidence.py" line="275"/>
        <location filename="../../ui/evidence_panel.ui" line="44"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="277"/>
        <location filename="../../ui/evidence_panel.ui" line="56"/>
        <source>Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="633"/>
        <location filename="../../ui/evidence_panel.ui" line="57"/>
        <source>Tandai bukti dihapus, dengan alasan (tercatat di log audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="93"/>
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
        <location filename="../../ui/evidence_panel.ui" line="50"/>
        <source>Uraikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="51"/>
        <source>Uraikan bukti dengan kata-kata: dicetak sebagai barang bukti di formulir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="88"/>
        <source>Klik ganda untuk melihat lebih besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="105"/>
        <source>Kode SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="117"/>
        <source>Ukuran / jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="126"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="137"/>
        <source>Waktu EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="148"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="160"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.ui" line="175"/>
        <source>Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePreviewDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="86"/>
        <source>‹ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="87"/>
        <source>Berikutnya ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="88"/>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="180"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="89"/>
        <source>Tampilkan gambar pada ukuran aslinya, atau muat di jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="90"/>
        <source>Buka di aplikasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="91"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="123"/>
        <source>Bukti {n} dari {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="142"/>
        <source>Pratinjau tidak tersedia untuk {kind}.
Klik “Buka di aplikasi lain” untuk membukanya dengan program di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="150"/>
        <source>{size} · {kind} · ditambahkan saat temuan disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="152"/>
        <source>{size} · {kind} · ditambahkan {when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="156"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="158"/>
        <source>ditandai dihapus saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence_preview.py" line="180"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="63"/>
        <source>hukuman disiplin berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="64"/>
        <source>hukuman disiplin sedang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="65"/>
        <source>sanksi moral (kode etik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="66"/>
        <source>pemberhentian tidak dengan hormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="89"/>
        <location filename="../../ui/finding_editor.ui" line="1008"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="92"/>
        <source>Fakta &amp;&amp; analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="94"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="96"/>
        <source>Pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="99"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="100"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="101"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="103"/>
        <source>Dilimpahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="104"/>
        <source>Daftar terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="105"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="109"/>
        <location filename="../../ui/finding_editor.ui" line="1107"/>
        <source>Tempat lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="110"/>
        <location filename="../../ui/finding_editor.ui" line="1124"/>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="111"/>
        <location filename="../../ui/finding_editor.ui" line="1153"/>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="112"/>
        <location filename="../../ui/finding_editor.ui" line="1169"/>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="113"/>
        <location filename="../../ui/finding_editor.ui" line="1186"/>
        <source>Kewarganegaraan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="114"/>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="115"/>
        <location filename="../../ui/finding_editor.ui" line="1226"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="116"/>
        <location filename="../../ui/finding_editor.ui" line="1279"/>
        <source>Tanggal diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="117"/>
        <source>Jam diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="118"/>
        <source>Tanggal penulisan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="119"/>
        <source>Kegiatan pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="121"/>
        <source>Fakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="123"/>
        <source>Ketentuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="125"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="282"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="283"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="284"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="285"/>
        <source>Media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="285"/>
        <source>Luar jaringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="297"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="310"/>
        <location filename="../../ui/finding_editor.ui" line="2106"/>
        <location filename="../../ui/finding_editor.ui" line="2123"/>
        <location filename="../../ui/finding_editor.ui" line="2140"/>
        <location filename="../../ui/finding_editor.ui" line="2157"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="302"/>
        <source>Otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="303"/>
        <source>Tahapan dipilih menurut tanggal kejadian dan profil pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="313"/>
        <source>— belum diteruskan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="316"/>
        <source>— belum ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="324"/>
        <location filename="../../ui/finding_editor.ui" line="702"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="324"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="324"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="324"/>
        <location filename="../../ui/finding_editor.ui" line="778"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="325"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="332"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="102"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="332"/>
        <location filename="../../ui/finding_editor.ui" line="810"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="541"/>
        <source>Draf (belum disimpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="547"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="549"/>
        <source>dicatat {created} oleh {by}; versi {version}, diubah {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="571"/>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="689"/>
        <source>Menurut SKB 2022: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="767"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="767"/>
        <location filename="../../ui/finding_editor.ui" line="2197"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="770"/>
        <source>Perubahan bukti disimpan saat Anda menekan Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="929"/>
        <source>nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="929"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="929"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="931"/>
        <source>terlapor {n} ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="939"/>
        <source>{n} isian perlu diperbaiki sebelum disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1120"/>
        <source>Perubahan pada temuan ini, termasuk bukti yang ditambahkan atau dihapus, belum disimpan. Buang perubahan dan tutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="86"/>
        <location filename="../../ui/finding_editor.ui" line="89"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="87"/>
        <location filename="../../ui/finding_editor.ui" line="551"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="88"/>
        <location filename="../../ui/finding_editor.ui" line="852"/>
        <source>Tautan &amp;&amp; saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="90"/>
        <location filename="../../ui/finding_editor.ui" line="1387"/>
        <source>Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="91"/>
        <location filename="../../ui/finding_editor.ui" line="1989"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="423"/>
        <source> dan {n} lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="424"/>
        <source>NIP ini sudah ada di {n} temuan: {links}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="750"/>
        <source>Tambahkan terlapor: ketentuan bawaan mengikuti jenis kepegawaiannya dan jenis pemilu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="853"/>
        <source>Tanggal lahir pelapor tidak lengkap atau tidak ada di kalender: tulis HH-BB-TTTT, mis. 17-08-1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="867"/>
        <source>Wilayah kejadian di luar wilayah {office} ({area}): centang “Dicatat di sini untuk dilimpahkan” bila temuan memang dicatat di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="936"/>
        <source>kegiatan {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1008"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1008"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1011"/>
        <source>{label}: lewat {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1015"/>
        <source>{label}: batas hari ini ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1018"/>
        <source>{label}: sisa {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1022"/>
        <source>, perkiraan: hari libur {years} belum diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1029"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1030"/>
        <location filename="../../ui/finding_editor.ui" line="40"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1034"/>
        <source>Ubah laporan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1035"/>
        <source>Ubah temuan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1057"/>
        <source>Draf tidak dapat disimpan otomatis (periksa ruang disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1060"/>
        <source>Draf tersimpan otomatis pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1080"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1110"/>
        <source>Temuan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1086"/>
        <source>Menyimpan temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1090"/>
        <source>Menyimpan perubahan temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1099"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1119"/>
        <source>Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1121"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1121"/>
        <source>Kembali mengedit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="14"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="94"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="95"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="96"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="97"/>
        <location filename="../../ui/finding_editor.ui" line="349"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="365"/>
        <location filename="../../ui/finding_editor.ui" line="408"/>
        <location filename="../../ui/finding_editor.ui" line="1295"/>
        <location filename="../../ui/finding_editor.ui" line="1460"/>
        <location filename="../../ui/finding_editor.ui" line="1693"/>
        <source>dddd, d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="98"/>
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
        <source>Dicatat di sini untuk dilimpahkan ke kantor yang berwenang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="464"/>
        <source>Tempat kejadian di luar wilayah kantor ini: temuan dicatat di sini lalu dilimpahkan (Perbawaslu 7/2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="471"/>
        <source>Alamat / lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="484"/>
        <source>mis. Jalan Jenderal Sudirman No. 5, balai desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="508"/>
        <source>Uraian singkat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="521"/>
        <source>Apa yang terjadi, oleh siapa, kapan, di mana, dan bagaimana diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="572"/>
        <source>Orang yang diduga melanggar. Tambahkan satu baris untuk setiap terlapor, lalu isi datanya di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="621"/>
        <source>Tambah terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="628"/>
        <source>Hapus terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="684"/>
        <source>Data terlapor terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="715"/>
        <source>Nama lengkap terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="722"/>
        <source>Jenis kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="738"/>
        <source>NIP (18 angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="751"/>
        <source>untuk PNS/PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="758"/>
        <source>NIK (16 angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="771"/>
        <source>bila diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="794"/>
        <source>Instansi / unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="826"/>
        <source>Akun media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="839"/>
        <source>@akun, pisahkan dengan koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="873"/>
        <source>Tautan unggahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="886"/>
        <source>Satu tautan per baris, diawali https:// — wajib untuk kategori media sosial sebelum temuan ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="899"/>
        <source>https://www.facebook.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1029"/>
        <source>Identitas pelapor dan waktu laporan diterima, dicetak pada Formulir Model B.1, tanda bukti penyampaian laporan dan formulir registrasi. Isian yang kosong dicetak sebagai titik-titik untuk diisi tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1042"/>
        <source>Identitas pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1137"/>
        <source>HH-BB-TTTT, mis. 17-08-1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1199"/>
        <source>mis. WNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1206"/>
        <source>No. telepon/HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1219"/>
        <source>mis. 0812-7000-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1239"/>
        <source>mis. nama@contoh.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1261"/>
        <source>Laporan diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1302"/>
        <location filename="../../ui/finding_editor.ui" line="1720"/>
        <source>Pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1333"/>
        <location filename="../../ui/finding_editor.ui" line="1774"/>
        <source>WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1408"/>
        <source>Laporan masyarakat dicetak dengan Formulir Model B.1: kegiatan pengawasan dan tanggal penulisan hanya untuk Formulir A sebuah temuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1444"/>
        <source>Tanggal penulisan Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1467"/>
        <source>Bulan dan tahun nomor Formulir A mengikuti tanggal ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1495"/>
        <source>Kegiatan pengawasan (bagian II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1505"/>
        <source>Waktu dan tempat kegiatan pengawasan itu sendiri (mis. patroli siber di sekretariat), bukan waktu dan tempat kejadian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1560"/>
        <source>Tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1567"/>
        <source>Hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1574"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1577"/>
        <source>Pindahkan kegiatan ke atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1584"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1587"/>
        <source>Pindahkan kegiatan ke bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1643"/>
        <source>Kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1677"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1700"/>
        <source>Tempat kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1713"/>
        <source>tempat pengawas bekerja, mis. Sekretariat Panwaslu Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1751"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1799"/>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1816"/>
        <source>Sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1833"/>
        <source>Nomor SPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1921"/>
        <source>Ketentuan yang diduga dilanggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1947"/>
        <source>Isi ketentuan bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1950"/>
        <source>Salin ketentuan yang mengikat jenis terlapor pada jenis pemilu ini, untuk diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1959"/>
        <source>Bila kosong, formulir mencetak ketentuan bawaan menurut jenis terlapor dan jenis pemilu (tampak samar di kotak). Teks yang Anda tulis menggantikan ketentuan bawaan; pisahkan dengan titik koma atau baris baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="106"/>
        <location filename="../../ui/finding_editor.ui" line="928"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="965"/>
        <source>Tambah saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="972"/>
        <source>Hapus saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="107"/>
        <location filename="../../ui/finding_editor.ui" line="1060"/>
        <source>Nama pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="108"/>
        <location filename="../../ui/finding_editor.ui" line="1077"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="120"/>
        <location filename="../../ui/finding_editor.ui" line="1661"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1858"/>
        <source>Fakta dan keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1871"/>
        <source>Fakta yang ditemukan dan keterangan saksi/terlapor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="122"/>
        <location filename="../../ui/finding_editor.ui" line="1887"/>
        <source>Analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="1900"/>
        <source>Analisis unsur pelanggaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2010"/>
        <source>Perlu keterangan tambahan (batas waktu putusan diperpanjang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="124"/>
        <location filename="../../ui/finding_editor.ui" line="2025"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2054"/>
        <source>Sanksi yang dijatuhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2096"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2113"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2130"/>
        <source>Nomor Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2147"/>
        <source>Dicatat / diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2170"/>
        <source>Status temuan diubah lewat tombol “Ubah status…” di jendela utama, dengan alasan yang tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2250"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="1099"/>
        <location filename="../../ui/finding_editor.ui" line="2257"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding_editor.ui" line="2263"/>
        <source>Simpan temuan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="73"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="73"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="73"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="74"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="74"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="75"/>
        <source>Nomor register / Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="145"/>
        <source> (+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="156"/>
        <source>lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="160"/>
        <source>sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="162"/>
        <source> (perkiraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="168"/>
        <source>Diketahui {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="183"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="183"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="158"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="174"/>
        <source>Tidak ada batas waktu pada status ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="175"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="175"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="118"/>
        <source>Pilih bundel untuk diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="119"/>
        <source>Bundel Netralitas (*{suffix});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="135"/>
        <source>Pilih berkas bundel lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="137"/>
        <source>Berkas tidak ditemukan: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="151"/>
        <source>Memeriksa bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="152"/>
        <source>Tanda tangan, sidik jari perangkat pengirim dan SHA-256 setiap berkas diperiksa. Belum ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="176"/>
        <source>Pemeriksaan dibatalkan; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="188"/>
        <source>{when} oleh {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="190"/>
        <source>nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="191"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="191"/>
        <source>perubahan sejak bundel sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="192"/>
        <source>terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="192"/>
        <source>tidak terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="195"/>
        <source>bundel balik untuk {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="198"/>
        <source>perangkat ini sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="199"/>
        <source>dikenal, kunci cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="200"/>
        <source>dikenal, identitas kantor berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="201"/>
        <source>belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="206"/>
        <source>Berkas bukti: {n} berkas baru, {size}.</source>
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
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="309"/>
        <source>Perhatian: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="222"/>
        <source>Bundel ini ditandatangani perangkat {device} milik {office}, yang belum pernah mengirim bundel ke kantor ini. Telepon petugas kantor itu di nomor yang sudah Anda kenal — bukan nomor dari pesan yang membawa bundel ini. Minta ia membuka Kunci dan penerima bundel di aplikasinya dan membacakan sidik jari perangkatnya, kelompok demi kelompok. Cocokkan kedelapan kelompok ini:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="229"/>
        <source>{office}: dipercaya sebagai {old_level} {old_region}, kini mengaku {new_level} {new_region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="234"/>
        <source>Kantor berikut mengaku tingkat atau wilayah lain daripada saat perangkatnya dipercaya:
{changes}
Telepon petugas kantor itu di nomor yang sudah Anda kenal dan pastikan perubahan ini benar, lalu cocokkan sidik jari perangkatnya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="237"/>
        <source>Percayai dan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="237"/>
        <location filename="../../ui/sync_import_dialog.ui" line="435"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="260"/>
        <source>Mengimpor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="261"/>
        <source>Seluruh isi bundel diterapkan dalam satu transaksi: utuh atau tidak sama sekali. Bila dibatalkan sebelum selesai, tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="274"/>
        <source>Impor dibatalkan; tidak ada data yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="287"/>
        <source>Impor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="288"/>
        <source>Diterima dan diimpor seluruhnya: bundel nomor {n} dari {office}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="292"/>
        <source>Sudah pernah diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="293"/>
        <source>Bundel nomor {n} dari {office} sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="297"/>
        <source>Perangkat {device} (sidik jari {fingerprint}) kini dipercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="302"/>
        <source>Berkas bukti diterima: {n} berkas, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="307"/>
        <source>{n} konflik baru: dua versi dari data yang sama. Keduanya disimpan, tidak ada yang ditimpa; pilih versi yang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="322"/>
        <source>{n} berkas sama dengan temuan yang sudah ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="325"/>
        <source>{n} gambar sama (diperkecil, dikirim ulang atau dipotong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="328"/>
        <source>{n} gambar mungkin sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="331"/>
        <source>{matches}: lihat panel bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="339"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="340"/>
        <source>Teks (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="351"/>
        <source>Tanda terima belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_import.py" line="353"/>
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
        <location filename="../../netralitas_desktop/gui/sync_jobs.py" line="113"/>
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
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="121"/>
        <source>Penerima bundel ke atas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="123"/>
        <source>Perangkat dipercaya ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="130"/>
        <source>Tempelkan kunci publik age kantor atasan (diawali age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="132"/>
        <source>Itu kunci perangkat ini sendiri. Masukkan kunci kantor atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="142"/>
        <source>Penerima belum ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="171"/>
        <source>Kartu kunci belum dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="192"/>
        <source>Penerima belum dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="199"/>
        <source>Berhenti mempercayai perangkat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="200"/>
        <source>Bundel berikutnya dari perangkat {device} ({office}) akan meminta sidik jarinya dicocokkan lagi. Data yang sudah diimpor darinya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="203"/>
        <source>Berhenti mempercayai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/sync_keys.py" line="206"/>
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
        <location filename="../../netralitas_desktop/gui/main_window.py" line="169"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="170"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="171"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="177"/>
        <source>Cari nama, NIP, instansi, uraian, tautan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="186"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="188"/>
        <source>Pengaturan kantor, petugas, kop surat (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="219"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1065"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="292"/>
        <source>Kembalikan kolom bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="346"/>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="346"/>
        <source>Filter ({n} aktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="357"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="358"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="359"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="360"/>
        <source>Temuan dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="361"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="902"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="362"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="901"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="389"/>
        <source>Membuka data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="427"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="430"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1014"/>
        <source>Data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="445"/>
        <source>Netralitas Desktop — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="446"/>
        <source>Petugas: {name} · {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="476"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="477"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="482"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="487"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="494"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="494"/>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="495"/>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="495"/>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="501"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="504"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="523"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="677"/>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="692"/>
        <source>Memuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="692"/>
        <source>Memuat daftar temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="715"/>
        <source>Daftar tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="721"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="788"/>
        <source>&lt;p&gt;&lt;b&gt;Belum ada temuan.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Klik &lt;a href=&apos;new&apos;&gt;Temuan baru&lt;/a&gt; (Ctrl+N) untuk mencatat temuan pertama, atau impor bundel dari kantor di bawah.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="791"/>
        <source>&lt;p&gt;&lt;b&gt;Tidak ada temuan di daftar ini.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;reset&apos;&gt;Tampilkan semua temuan&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="794"/>
        <source>&lt;p&gt;&lt;b&gt;Tidak ada temuan yang cocok.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Filter atau pencarian tidak cocok dengan satu pun dari {n} temuan. &lt;a href=&apos;reset&apos;&gt;Hapus semua filter&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="812"/>
        <source>{label}: {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="814"/>
        <source>{n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="816"/>
        <source>Menampilkan {n} dari {total} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="821"/>
        <source> · {n} dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="824"/>
        <source>· {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="825"/>
        <source>· {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="838"/>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>Pilih temuan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="864"/>
        <source>Lewat {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="871"/>
        <source>Sisa {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="868"/>
        <source>Batas hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="875"/>
        <source> (perkiraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="881"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="899"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="899"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="900"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="901"/>
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="903"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="904"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="906"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="907"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="908"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="909"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="911"/>
        <source>Teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="914"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="916"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="925"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="926"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="928"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="929"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="931"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="932"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="933"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="934"/>
        <source>Dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="934"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="937"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="937"/>
        <source>{when} oleh {who} (versi {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1059"/>
        <source>Draf belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1060"/>
        <source>Ada temuan yang belum selesai ditulis (draf tersimpan otomatis {when}). Lanjutkan draf itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1063"/>
        <source>Lanjutkan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1064"/>
        <source>Buang draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1081"/>
        <source>Temuan kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1082"/>
        <source>Temuan ini dicatat oleh kantor lain: isinya tidak diubah di sini. Anda tetap dapat mengubah statusnya dan menambah bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1178"/>
        <location filename="../../ui/main_window.ui" line="495"/>
        <source>Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1178"/>
        <source>Panduan pengguna tidak ditemukan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1183"/>
        <location filename="../../ui/main_window.ui" line="499"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="1184"/>
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
        <location filename="../../netralitas_desktop/gui/main_window.py" line="843"/>
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
        <location filename="../../netralitas_desktop/gui/messages.py" line="25"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="30"/>
        <source>Terjadi kesalahan tak terduga: {error}. Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="49"/>
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
        <location filename="../../netralitas_desktop/gui/operations.py" line="136"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="62"/>
        <source>Berkas PDF tidak dapat dibaca: {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="143"/>
        <source>Pencetak tidak dapat dibuka ({name}). Periksa apakah pencetak menyala dan terhubung, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="192"/>
        <source>Pratinjau — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="221"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="227"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/pdf_preview.py" line="228"/>
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
    <name>PictureReader</name>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="83"/>
        <source>Pembacaan teks gambar dijeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="84"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="93"/>
        <source>Membaca teks gambar {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="94"/>
        <source>Jeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="95"/>
        <source>Hentikan sementara pembacaan teks gambar (OCR); gambar yang belum dibaca tetap menunggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/picture_reader.py" line="124"/>
        <source>Coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dialogs.py" line="36"/>
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
        <location filename="../../netralitas_desktop/gui/record_words.py" line="12"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="13"/>
        <source>Kantor asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="14"/>
        <source>Perangkat asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="15"/>
        <source>ID temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="16"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="17"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="18"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="19"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="20"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="21"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="22"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="23"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="24"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="25"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="26"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="27"/>
        <source>Urutan register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="28"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="29"/>
        <source>Pemilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="30"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="31"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="32"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="33"/>
        <source>Dibuat pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="34"/>
        <source>Dibuat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="35"/>
        <source>Diubah pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="36"/>
        <source>Diubah oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="37"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="38"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="39"/>
        <source>Dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="40"/>
        <source>Nama pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="41"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="42"/>
        <source>Bentuk pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="43"/>
        <source>Tujuan pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="44"/>
        <source>Sasaran pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="45"/>
        <source>Fakta dan keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="46"/>
        <source>Analisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="47"/>
        <source>Perlu keterangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="48"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="49"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="50"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="51"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="52"/>
        <source>Jenis kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="53"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="54"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="55"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="56"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="57"/>
        <source>Akun media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="58"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="59"/>
        <source>Isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="60"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="61"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="62"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="63"/>
        <source>Dari status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="64"/>
        <source>Menjadi status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="65"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="66"/>
        <source>Jenis berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="67"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="68"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="69"/>
        <source>Ditandai dihapus pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/record_words.py" line="70"/>
        <source>Alasan dihapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="6"/>
        <source>Lupa kata sandi data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="11"/>
        <source>Buka data dengan kode pemulihan dari lembar pemulihan, atau dengan berkas kunci age kantor atasan (di kantor atasan), lalu tentukan kata sandi baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="17"/>
        <source>Kode pemulihan (dari lembar pemulihan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="23"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="28"/>
        <source>Berkas kunci age kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="36"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="46"/>
        <source>Kata sandi baru (minimal 8 karakter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="58"/>
        <source>Ketik sekali lagi</source>
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
        <location filename="../../netralitas_desktop/gui/region_picker.py" line="161"/>
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
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="174"/>
        <source>Formulir Model {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="184"/>
        <source>Formulir Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="187"/>
        <source>Tanda bukti penyampaian laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="189"/>
        <source>Formulir registrasi {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="191"/>
        <source>Buku Register Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="192"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="208"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="223"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="235"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="239"/>
        <source>Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="208"/>
        <source>Pratinjau tidak tersedia di pemasangan ini ({error}). Gunakan Simpan PDF…, lalu buka dan cetak berkasnya dengan penampil PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="238"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="294"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="297"/>
        <source>Formulir Model A temuan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="301"/>
        <source>Dengan lampiran bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="303"/>
        <source>Dengan kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="320"/>
        <source>Buku register temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="323"/>
        <source>Satu baris per temuan: nomor, tanggal, terlapor, kategori, tempat, status dan batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="324"/>
        <source>Rekapitulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="327"/>
        <source>Jumlah per kecamatan dan kategori, jenis terlapor, status dan platform, dengan grafik dan daftar temuan yang lewat batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="342"/>
        <source>Cakupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="347"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="348"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="366"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="376"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="379"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="383"/>
        <source>Sesuai filter daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="386"/>
        <source>Isi periode, wilayah dan status dari filter daftar temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="402"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="403"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="404"/>
        <source>Kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="405"/>
        <source>PDF (untuk dicetak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="407"/>
        <source>Excel (.xlsx, untuk diolah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="418"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="423"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="430"/>
        <source>Simpan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="456"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="470"/>
        <source>Pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="472"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="785"/>
        <source>Tampilkan laporan sebelum dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="474"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="905"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="477"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="515"/>
        <source>{number} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="527"/>
        <source>Belum ada temuan yang dipilih di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="543"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="544"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="551"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="554"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="600"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="621"/>
        <source>Sesuai filter daftar ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="773"/>
        <source>Filter daftar yang tidak dipakai laporan: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="642"/>
        <source>periode menurut tanggal kejadian/registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="276"/>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="828"/>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="304"/>
        <source>Perbawaslu 5/2022: Formulir Model A tanpa kop surat; Formulir Model B.1, tanda terima dan formulir registrasi dengan kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="312"/>
        <source>Tanda bukti penyampaian laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="315"/>
        <source>Untuk pelapor: laporan diterima, kapan dan dengan bukti apa. Bukan bukti registrasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="316"/>
        <source>Formulir registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="453"/>
        <source>Buka berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="518"/>
        <source>{form} laporan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="521"/>
        <source>Nomor {number}, teregistrasi {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="525"/>
        <source>Belum teregistrasi: nomor registrasi diberikan saat statusnya diubah menjadi Teregistrasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="528"/>
        <source>Untuk temuan atau laporan yang dipilih, bila sudah teregistrasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="644"/>
        <source>kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="646"/>
        <source>jenis terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="648"/>
        <source>sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="650"/>
        <source>kata pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="759"/>
        <source>Pilih satu temuan di daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="763"/>
        <source>Tanggal awal jatuh sesudah tanggal akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="768"/>
        <source>{n} temuan dan laporan dalam cakupan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="770"/>
        <source>Tidak ada temuan dalam cakupan ini: ubah periode, wilayah atau status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="776"/>
        <source>Rekapitulasi selalu memerlukan tanggal awal dan akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="786"/>
        <source>Pratinjau hanya untuk PDF: buka berkas Excel setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="827"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="827"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="840"/>
        <source>Tulis nama berkas tujuan, atau tekan Pilih….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="916"/>
        <source>{n} halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="916"/>
        <source>{n} baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="916"/>
        <source>{n} lembar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="918"/>
        <source>&lt;b&gt;Laporan disimpan:&lt;/b&gt; {name}&lt;br&gt;{count} · {size} · di {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="843"/>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="846"/>
        <source>Timpa berkas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="846"/>
        <source>Berkas {name} sudah ada. Timpa dengan laporan baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="847"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="851"/>
        <source>Menyusun {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="884"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="930"/>
        <source>Dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/report_dialogs.py" line="935"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="57"/>
        <source>{code} (UTC+{hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="114"/>
        <source>Muat daftar hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="117"/>
        <source>Berkas CSV (tanggal, nama, jenis, sementara) atau JSON dari SKB hari libur nasional dan cuti bersama; daftar tahun-tahun di dalamnya diganti isi berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="130"/>
        <source>Hari libur nasional dan cuti bersama diketahui untuk {years}; batas waktu hari kerja sesudahnya adalah perkiraan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="133"/>
        <source>Sementara: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="137"/>
        <source>Muat daftar hari libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="138"/>
        <source>Daftar hari libur (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="152"/>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="154"/>
        <source>Daftar hari libur tidak dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="155"/>
        <source>Memuat daftar hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="166"/>
        <source>Menurut provinsi kantor ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="173"/>
        <location filename="../../ui/settings_dialog.ui" line="522"/>
        <source>Tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="174"/>
        <source>Logo tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="187"/>
        <source>Pilih logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="188"/>
        <source>Gambar (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="227"/>
        <source>Dari kartu kunci {office} (sidik jari {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="243"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="245"/>
        <source>Pilih wilayah kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="247"/>
        <source>Nama petugas wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="290"/>
        <source>{n} isian perlu diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="303"/>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="320"/>
        <source>Pengaturan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/settings_dialog.py" line="304"/>
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
        <location filename="../../ui/settings_dialog.ui" line="396"/>
        <source>Kunci aplikasi setelah tidak dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="405"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="421"/>
        <source>Tanpa ketikan atau gerakan tetikus selama itu, semua jendela disembunyikan sampai kata sandi data diketik lagi (1–240 menit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="446"/>
        <source>Kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="467"/>
        <source>Kop surat dipakai pada register, rekap dan surat pengantar. Formulir A dicetak tanpa kop (Perbawaslu 5/2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="515"/>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="572"/>
        <source>Nama kantor pada kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="588"/>
        <source>Alamat pada kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="601"/>
        <source>Jalan, nomor, kode pos, telepon, surel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="622"/>
        <source>Laporan dan pemilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="651"/>
        <source>Ukuran kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="667"/>
        <source>Profil pemilu bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="685"/>
        <source>F4 (Folio, 215 × 330 mm) lazim dipakai di kantor pemerintahan; A4 adalah 210 × 297 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="722"/>
        <source>Nomor SPT bawaan (Formulir A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="735"/>
        <source>mis. 012/PM.00.01/K.BB-05/11/2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="742"/>
        <source>Zona waktu kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="760"/>
        <source>Nomor SPT bawaan diisikan ke kegiatan pengawasan yang nomor SPT-nya kosong saat temuan disimpan. Semua jam pada formulir, lampiran dan tanda terima dicetak dalam zona waktu kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="787"/>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="809"/>
        <source>Buka kartu kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="810"/>
        <source>Isi kunci kantor atasan dari kartu kuncinya (.nkunci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="825"/>
        <source>Lanjutan: kunci publik kantor atasan (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="858"/>
        <source>Bundel untuk tingkat di atas dienkripsi dengan kunci ini sehingga hanya kantor atasan yang dapat membukanya. Cara termudah: buka kartu kunci dari kantor atasan lalu cocokkan sidik jarinya lewat telepon; kunci age1… juga dapat ditempel langsung. Kunci tersimpan saat Anda menekan Simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="838"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="916"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="923"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="82"/>
        <source>Buat dan buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="83"/>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="84"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="85"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="125"/>
        <source>Pilih folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="137"/>
        <source>mis. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="162"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="162"/>
        <source>hari kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="164"/>
        <source>{name}: temuan ditetapkan paling lama {f} {unit} sejak diketahui; putusan {d} {unit} sejak registrasi (dapat diperpanjang {e}). Nomor register memakai kode {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="194"/>
        <source>Belum ada kartu kunci. Tanpa kunci kantor atasan, bundel pertama dikirim tanpa enkripsi; Anda dapat mengaturnya nanti lewat Berkas → Kunci dan penerima bundel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="223"/>
        <source>Minimal {n} karakter (sekarang {k}). Kalimat pendek yang mudah Anda ingat tetapi sulit ditebak orang lain lebih baik daripada satu kata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="226"/>
        <source>Panjang cukup; ketikan kedua belum sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="228"/>
        <source>Panjang cukup dan kedua ketikan sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="230"/>
        <source>Panjang cukup; ketik sekali lagi di kolom kanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="232"/>
        <source>Kata sandi diminta setiap aplikasi dibuka dan setelah tidak dipakai beberapa menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="254"/>
        <location filename="../../ui/setup_wizard.ui" line="133"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="255"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="256"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="257"/>
        <location filename="../../ui/setup_wizard.ui" line="169"/>
        <source>Kode kantor Bawaslu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="258"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="259"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="260"/>
        <location filename="../../ui/setup_wizard.ui" line="493"/>
        <source>Kantor atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="261"/>
        <source>kunci age1… ditempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="261"/>
        <source>belum diatur (bundel tidak dienkripsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="263"/>
        <location filename="../../ui/setup_wizard.ui" line="565"/>
        <location filename="../../ui/setup_wizard.ui" line="585"/>
        <source>Kata sandi data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="263"/>
        <source>ya: data terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="264"/>
        <source>TIDAK: data tidak terenkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="265"/>
        <location filename="../../ui/setup_wizard.ui" line="63"/>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="277"/>
        <source>Pilih folder data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="280"/>
        <source>Folder ini sudah berisi data Netralitas. Pilih folder lain, atau buka aplikasi dengan --data-dir {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="286"/>
        <source>Pilih wilayah kantor (ketik namanya untuk mencari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="288"/>
        <source>Nama kantor wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="294"/>
        <source>Isi kode kantor Bawaslu (tanyakan ke Bawaslu kabupaten/kota bila belum tahu). Kode ini bisa sama dengan kode wilayah, tetapi tidak selalu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="301"/>
        <source>Nama petugas wajib diisi: tercatat pada setiap perubahan data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="310"/>
        <source>Tempelkan kunci publik age kantor atasan (diawali age1), atau hapus centang Lanjutan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="330"/>
        <source>Kedua kata sandi tidak sama: ketik ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="340"/>
        <source>Simpan lembar pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="341"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="370"/>
        <source>Jangan simpan lembar pemulihan di dalam folder data: pilih flashdisk atau folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="377"/>
        <source>Menyiapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="377"/>
        <source>Membuat data kantor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="390"/>
        <source>Lembar pemulihan tidak ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="391"/>
        <source>Data sudah dibuat dan dilindungi, tetapi lembar pemulihan tidak dapat ditulis: {problem}

Cetak nanti lewat Berkas → Cetak lembar pemulihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="394"/>
        <source>Lembar pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/wizard.py" line="395"/>
        <source>Lembar pemulihan ditulis ke {path}. Cetak, simpan di tempat terkunci terpisah dari laptop, lalu hapus berkas PDF-nya.</source>
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
        <location filename="../../ui/setup_wizard.ui" line="568"/>
        <source>Data pengawasan memuat data pribadi. Dengan kata sandi, basis data, berkas bukti dan kunci perangkat terenkripsi di laptop ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="605"/>
        <source>Ketik sekali lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="650"/>
        <source>Simpan lembar pemulihan (PDF untuk dicetak) setelah data dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="676"/>
        <source>Jangan lindungi data dengan kata sandi (tidak disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="683"/>
        <source>Tanpa kata sandi, siapa pun yang menyalin folder data dapat membaca semua temuan, NIP/NIK terlapor dan bukti. Anda dapat melindunginya nanti lewat Berkas → Lindungi data dengan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="713"/>
        <source>Pemilu dan kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="716"/>
        <source>Profil pemilu menentukan tahapan, nomor register dan cara menghitung batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="733"/>
        <source>Profil pemilu bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="749"/>
        <source>Ukuran kertas laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="796"/>
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
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="37"/>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="46"/>
        <source>Cetak / Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="38"/>
        <source>Pilih satu temuan di daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="65"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
