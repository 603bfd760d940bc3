<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>App</name>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="136"/>
        <source>Data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/app.py" line="137"/>
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
    <name>DashboardWidget</name>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="216"/>
        <source>Semua temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="230"/>
        <source>· {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="238"/>
        <source>Menghitung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="256"/>
        <source>klik untuk daftar lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="257"/>
        <source>draf s.d. kajian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="258"/>
        <source>perlu segera ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="259"/>
        <source>termasuk hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="260"/>
        <source>diteruskan, dilimpahkan, diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="275"/>
        <source>(tanpa wilayah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="280"/>
        <source>Batas waktu terdekat dan terlewat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="282"/>
        <source>Diperbarui pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="302"/>
        <location filename="../../ui/dashboard.ui" line="172"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="305"/>
        <location filename="../../ui/dashboard.ui" line="343"/>
        <source>Diteruskan / diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="309"/>
        <location filename="../../ui/dashboard.ui" line="229"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="313"/>
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
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="128"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="128"/>
        <source>Batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="128"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="160"/>
        <source>lewat {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="161"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/dashboard.py" line="161"/>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="176"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="177"/>
        <source>Gambar dan dokumen (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.mp4 *.mov);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="194"/>
        <source>Bukti tidak dapat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="223"/>
        <source>Tidak ada gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="224"/>
        <source>Papan klip tidak berisi gambar. Salin tangkapan layar atau gambar unggahan terlebih dahulu (mis. klik kanan pada gambar → Salin gambar), lalu tempel lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="248"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="259"/>
        <source>Batalkan lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="259"/>
        <source>Berkas {name} belum disimpan. Hapus dari daftar lampiran?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="260"/>
        <source>Hapus dari daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="269"/>
        <source>Hapus bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="270"/>
        <source>Bukti “{name}” akan ditandai dihapus. Berkasnya tetap tersimpan di brankas dan penghapusan tercatat di log audit beserta alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="271"/>
        <source>Tandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="272"/>
        <source>mis. Berkas salah unggah, bukan milik temuan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="282"/>
        <source>Bukti tidak dapat dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="303"/>
        <source>Pilih temuan untuk melihat buktinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="305"/>
        <source>{n} berkas akan disimpan bersama temuan. Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="308"/>
        <source>{n} bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="308"/>
        <source>, {m} ditandai dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="310"/>
        <source>. Seret berkas ke daftar ini, atau salin tangkapan layar lalu tekan Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="322"/>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="348"/>
        <source>belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="331"/>
        <source>DIHAPUS: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="346"/>
        <source>dihitung saat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="356"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="358"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/evidence.py" line="363"/>
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
        <location filename="../../netralitas_desktop/gui/editor.py" line="112"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="113"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="114"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="115"/>
        <source>Media sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="115"/>
        <source>Luar jaringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="127"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="138"/>
        <location filename="../../ui/finding_editor.ui" line="1377"/>
        <location filename="../../ui/finding_editor.ui" line="1394"/>
        <location filename="../../ui/finding_editor.ui" line="1411"/>
        <location filename="../../ui/finding_editor.ui" line="1428"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="132"/>
        <source>Otomatis dari tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="141"/>
        <source>— belum diteruskan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="144"/>
        <source>— belum ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="149"/>
        <location filename="../../ui/finding_editor.ui" line="692"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="149"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="149"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="149"/>
        <location filename="../../ui/finding_editor.ui" line="768"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="150"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="157"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="157"/>
        <location filename="../../ui/finding_editor.ui" line="800"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="287"/>
        <source>Draf (belum disimpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="293"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="295"/>
        <source>dicatat {created} oleh {by}; versi {version}, diubah {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="317"/>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="423"/>
        <source>Menurut SKB 2022: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="451"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="451"/>
        <location filename="../../ui/finding_editor.ui" line="1468"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="506"/>
        <location filename="../../ui/finding_editor.ui" line="89"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="506"/>
        <location filename="../../ui/finding_editor.ui" line="541"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="506"/>
        <location filename="../../ui/finding_editor.ui" line="842"/>
        <source>Tautan &amp;&amp; saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="506"/>
        <location filename="../../ui/finding_editor.ui" line="1063"/>
        <source>Formulir A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="507"/>
        <location filename="../../ui/finding_editor.ui" line="1260"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="512"/>
        <source>{n} isian perlu diperbaiki sebelum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="534"/>
        <source>hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="534"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="537"/>
        <source>{label}: lewat {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="541"/>
        <source>{label}: batas hari ini ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="544"/>
        <source>{label}: sisa {n} {unit} (batas {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="552"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="553"/>
        <location filename="../../ui/finding_editor.ui" line="40"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="556"/>
        <location filename="../../netralitas_desktop/gui/editor.py" line="557"/>
        <source>Ubah temuan {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="579"/>
        <source>Draf tidak dapat disimpan otomatis (periksa ruang disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="582"/>
        <source>Draf tersimpan otomatis pukul {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="608"/>
        <source>Temuan belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="620"/>
        <source>Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="621"/>
        <source>Perubahan pada temuan ini belum disimpan. Buang perubahan dan tutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="622"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/editor.py" line="622"/>
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
        <location filename="../../netralitas_desktop/gui/models.py" line="65"/>
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
        <location filename="../../netralitas_desktop/gui/models.py" line="66"/>
        <source>Nomor register / Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="132"/>
        <source> (+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="143"/>
        <source>lewat {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="145"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="147"/>
        <source>sisa {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="157"/>
        <source>Tidak ada batas waktu pada status ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="158"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/models.py" line="158"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../netralitas_desktop/gui/worker.py" line="101"/>
        <source>Terjadi kesalahan tak terduga ({error}). Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/worker.py" line="169"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="101"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="102"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="103"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="109"/>
        <source>Cari nama, NIP, instansi, uraian, tautan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="114"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="116"/>
        <source>Pengaturan kantor, petugas, kop surat (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="148"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="760"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="187"/>
        <source>Tanggal diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="188"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="189"/>
        <source>Tanggal registrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="190"/>
        <source>Temuan dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="191"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="651"/>
        <source>Temuan hasil pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="192"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="650"/>
        <source>Laporan masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="217"/>
        <source>Membuka data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="249"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="250"/>
        <source>Data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="262"/>
        <source>Netralitas Desktop — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="263"/>
        <source>Petugas: {name} · {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="290"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="291"/>
        <source>Masih ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="296"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="301"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="308"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="308"/>
        <source>Kabupaten/kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="309"/>
        <location filename="../../ui/main_window.ui" line="73"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="309"/>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="315"/>
        <source>Semua wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="318"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="337"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="482"/>
        <location filename="../../ui/main_window.ui" line="187"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="497"/>
        <source>Memuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="497"/>
        <source>Memuat daftar temuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="521"/>
        <source>Daftar tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="527"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="569"/>
        <source>{label}: {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="571"/>
        <source>{n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="573"/>
        <source>Menampilkan {n} dari {total} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="577"/>
        <source> · {n} dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="580"/>
        <source>· {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="581"/>
        <source>· {n} temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="594"/>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>Pilih temuan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="618"/>
        <source>Lewat {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="621"/>
        <source>Batas hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="624"/>
        <source>Sisa {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="631"/>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="718"/>
        <source>Bukti ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="648"/>
        <source>Nomor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="648"/>
        <source>belum teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="649"/>
        <source>Nomor Form A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="650"/>
        <location filename="../../ui/main_window.ui" line="89"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="652"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="653"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="655"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="656"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="657"/>
        <source>Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="658"/>
        <source>Diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="660"/>
        <source>Teregistrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="662"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="663"/>
        <source>Tahapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="672"/>
        <source>Terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="673"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="675"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="676"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="678"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="679"/>
        <source>Diteruskan ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="680"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="681"/>
        <source>Dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="681"/>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="684"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="684"/>
        <source>{when} oleh {who} (versi {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="754"/>
        <source>Draf belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="755"/>
        <source>Ada temuan yang belum selesai ditulis (draf tersimpan otomatis {when}). Lanjutkan draf itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="758"/>
        <source>Lanjutkan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="759"/>
        <source>Buang draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="776"/>
        <source>Temuan kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="777"/>
        <source>Temuan ini dicatat oleh kantor lain: isinya tidak diubah di sini. Anda tetap dapat mengubah statusnya dan menambah bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="882"/>
        <location filename="../../ui/main_window.ui" line="445"/>
        <source>Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="882"/>
        <source>Panduan pengguna tidak ditemukan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="885"/>
        <location filename="../../ui/main_window.ui" line="449"/>
        <source>Tentang Netralitas Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/main_window.py" line="886"/>
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
        <location filename="../../ui/main_window.ui" line="399"/>
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
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="298"/>
        <source>Ubah status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="303"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="321"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="335"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344"/>
        <source>T&amp;ampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="349"/>
        <source>&amp;Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="359"/>
        <source>Bilah alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="379"/>
        <source>Temuan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="380"/>
        <source>Catat temuan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="381"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="384"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385"/>
        <source>Ubah temuan yang dipilih (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="386"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="389"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>Ubah status temuan yang dipilih (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="391"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="394"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="395"/>
        <source>Cari temuan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="396"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402"/>
        <source>Muat ulang daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="403"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="408"/>
        <source>Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="409"/>
        <source>Daftar temuan (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="410"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="414"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="415"/>
        <source>Dasbor: rekap dan batas waktu (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="419"/>
        <source>Ekspor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="420"/>
        <source>Ekspor bundel sinkronisasi untuk tingkat di atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="423"/>
        <source>Impor bundel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424"/>
        <source>Impor bundel sinkronisasi dari kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427"/>
        <source>Cetak / Pratinjau PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="428"/>
        <source>Cetak atau pratinjau Formulir A temuan yang dipilih (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="429"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="433"/>
        <source>Simpan laporan sebagai PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="434"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="437"/>
        <source>Pengaturan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="441"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="442"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="24"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="29"/>
        <source>Terjadi kesalahan tak terduga: {error}. Coba ulangi; bila terulang, kirim berkas log ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/messages.py" line="44"/>
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
        <location filename="../../ui/settings_dialog.ui" line="768"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="775"/>
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
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="120"/>
        <source>Ubah status — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="130"/>
        <source>Tidak ada status berikutnya (penanganan selesai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="150"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="145"/>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="150"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="146"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="146"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="150"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="150"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="151"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="152"/>
        <source>Riwayat status ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="153"/>
        <source>Jejak audit ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="169"/>
        <source>Meregistrasi memberi nomor register: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="171"/>
        <source>Teruskan ke instansi yang berwenang menjatuhkan sanksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="172"/>
        <source>Limpahkan ke kantor Bawaslu yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="182"/>
        <source>— pilih instansi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="191"/>
        <source>Disarankan untuk {kind} pada {day}: {body}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="194"/>
        <source>Pilih Bawaslu provinsi atau kabupaten/kota yang berwenang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="211"/>
        <source>Alasan perubahan status wajib diisi (mis. hasil rapat pleno).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="218"/>
        <source>Pilih instansi tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/status_dialog.py" line="229"/>
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
        <location filename="../../ui/status_dialog.ui" line="229"/>
        <source>mis. Ditetapkan dalam rapat pleno tanggal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="265"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="315"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="383"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.ui" line="390"/>
        <source>Simpan status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions_reports</name>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="18"/>
        <source>Cetak / Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="19"/>
        <source>Belum tersedia. Sementara itu gunakan perintah `netralitas report form-a` di terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="25"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_reports.py" line="26"/>
        <source>Belum tersedia. Sementara itu gunakan perintah `netralitas report` di terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions_sync</name>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_sync.py" line="18"/>
        <source>Ekspor bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_sync.py" line="19"/>
        <source>Belum tersedia. Sementara itu gunakan perintah `netralitas bundle export` di terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_sync.py" line="25"/>
        <source>Impor bundel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../netralitas_desktop/gui/actions_sync.py" line="26"/>
        <source>Belum tersedia. Sementara itu gunakan perintah `netralitas bundle import` di terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
