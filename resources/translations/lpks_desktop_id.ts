<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ChildRowsEditor</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
</context>
<context>
    <name>ClassSummaryDialog</name>
    <message>
        <source>Class %1</source>
        <translation>Kelas %1</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the participant</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka data peserta</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sesi (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Peserta (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Belum dijadwalkan</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation>%1 dari %2 kursi terisi</translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation>Ruangan belum dipilih</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation>Unit / materi</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Open for registration</source>
        <translation>Pendaftaran dibuka</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Mendaftar</translation>
    </message>
    <message>
        <source>Passed selection</source>
        <translation>Lulus seleksi</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Did not pass selection</source>
        <translation>Tidak lulus seleksi</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Mengikuti pelatihan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai pelatihan</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dikeluarkan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>LPKS Desktop ran into an error it did not expect. Changes that were already saved are safe; the last action may not have been completed.

You can keep working. If this happens again, restart LPKS Desktop and send the report below to the person who looks after LPKS Desktop at your institution.</source>
        <translation>LPKS Desktop mengalami kesalahan yang tidak terduga. Perubahan yang sudah disimpan tetap aman; tindakan terakhir mungkin belum selesai.

Anda dapat terus bekerja. Jika hal ini terjadi lagi, mulai ulang LPKS Desktop dan kirimkan laporan di bawah ini kepada petugas yang mengurus LPKS Desktop di lembaga Anda.</translation>
    </message>
    <message>
        <source>The report is also saved in: %1</source>
        <translation>Laporan ini juga disimpan di: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to a file; copy it with the button below.</source>
        <translation>Laporan tidak dapat disimpan ke file; salin dengan tombol di bawah.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Salin laporan</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Sudah disalin</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Press Enter or double-click to open the class</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka kelas</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Database (this PC)</source>
        <translation>Basis data (PC ini)</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Dipakai sekarang: %1</translation>
    </message>
    <message>
        <source>A database file on this PC</source>
        <translation>File basis data di PC ini</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>A PostgreSQL server, shared by several PCs</source>
        <translation>Server PostgreSQL, dipakai bersama beberapa PC</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-lpks</source>
        <translation>mis. 192.168.1.10 atau server-lpks</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Pakai basis data ini</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Nama basis data:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>The database chosen here is opened the next time LPKS Desktop starts on this PC. A database named with --db or in the LPKS_DB environment variable still comes first.</source>
        <translation>Basis data yang dipilih di sini dibuka saat LPKS Desktop dijalankan lagi di PC ini. Basis data yang disebut dengan --db atau di variabel lingkungan LPKS_DB tetap didahulukan.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Pilih file basis data</translation>
    </message>
    <message>
        <source>LPKS Desktop database (*.db);;All files (*)</source>
        <translation>Basis data LPKS Desktop (*.db);;Semua file (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Saved. LPKS Desktop opens %1 the next time it starts on this PC.</source>
        <translation>Tersimpan. LPKS Desktop membuka %1 saat dijalankan lagi di PC ini.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Sample data with made-up people, for looking around and practice.</source>
        <translation>Data contoh dengan orang-orang rekaan, untuk melihat-lihat dan berlatih.</translation>
    </message>
    <message>
        <source>Press Finish to write three sample institutions with their programs, rooms, trainers, classes and 400 participants into this empty database. It takes up to a minute on an older PC. You may cancel while it runs: then nothing is written.</source>
        <translation>Tekan Selesai untuk menulis tiga lembaga contoh beserta program, ruangan, instruktur, kelas dan 400 peserta ke basis data kosong ini. Di PC lama bisa memakan waktu sampai satu menit. Anda boleh membatalkan selagi berjalan: maka tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Menulis data demo</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the database is still empty.</source>
        <translation>Dibatalkan. Tidak ada yang ditulis; basis data masih kosong.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCard</name>
    <message>
        <source>%1 — class %2</source>
        <translation>%1 — kelas %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>%1 — %2, %3 JP</source>
        <translation>%1 — %2, %3 JP</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Mendaftar</translation>
    </message>
    <message>
        <source>Passed selection</source>
        <translation>Lulus seleksi</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Did not pass selection</source>
        <translation>Tidak lulus seleksi</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Mengikuti pelatihan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Self-paid</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Prakerja redeem code</source>
        <translation>Kode redeem Prakerja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Not taking part in this class (yet), so there is no attendance or result.</source>
        <translation>(Belum) mengikuti kelas ini, jadi belum ada kehadiran maupun hasil.</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Belum ada pertemuan yang terlaksana.</translation>
    </message>
    <message>
        <source>H (present) %1 · I (excused) %2 · S (sick) %3 · A (absent) %4</source>
        <translation>H (hadir) %1 · I (izin) %2 · S (sakit) %3 · A (alpa) %4</translation>
    </message>
    <message>
        <source>%1 sessions held</source>
        <translation>%1 pertemuan terlaksana</translation>
    </message>
    <message>
        <source>%1 sessions held, %2 not marked yet</source>
        <translation>%1 pertemuan terlaksana, %2 belum diisi kehadirannya</translation>
    </message>
    <message>
        <source>Attended %1 of %2 JP delivered: %3 (program minimum %4%)</source>
        <translation>Hadir %1 dari %2 JP yang terlaksana: %3 (minimal program %4%)</translation>
    </message>
    <message>
        <source>✓ meets the minimum</source>
        <translation>✓ memenuhi batas minimal</translation>
    </message>
    <message>
        <source>✗ below the minimum</source>
        <translation>✗ di bawah batas minimal</translation>
    </message>
    <message>
        <source>Competent (K)</source>
        <translation>Kompeten (K)</translation>
    </message>
    <message>
        <source>Not yet competent (BK)</source>
        <translation>Belum kompeten (BK)</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Results per competency unit</source>
        <translation>Hasil per unit kompetensi</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>No certificate issued.</source>
        <translation>Belum ada sertifikat yang diterbitkan.</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Dicabut %1: %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Belum ada perubahan status yang tercatat.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Getting started with LPKS Desktop</source>
        <translation>Mulai memakai LPKS Desktop</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What needs your attention today.</source>
        <translation>Yang perlu Anda perhatikan hari ini.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Today&apos;s sessions (%1)</source>
        <translation>Sesi hari ini (%1)</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Tidak ada sesi hari ini</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation>Unit / materi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Classes running (%1)</source>
        <translation>Kelas yang berjalan (%1)</translation>
    </message>
    <message>
        <source>No classes running</source>
        <translation>Tidak ada kelas yang berjalan</translation>
    </message>
    <message>
        <source>Enrolled / capacity</source>
        <translation>Peserta / kapasitas</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesi terlaksana</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Registrations waiting for a decision (%1)</source>
        <translation>Pendaftaran menunggu keputusan (%1)</translation>
    </message>
    <message>
        <source>No registrations waiting for a decision</source>
        <translation>Tidak ada pendaftaran yang menunggu keputusan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Paling lama sejak</translation>
    </message>
    <message>
        <source>Certificates ready to print (%1)</source>
        <translation>Sertifikat siap dicetak (%1)</translation>
    </message>
    <message>
        <source>No certificates waiting to be printed</source>
        <translation>Tidak ada sertifikat yang menunggu dicetak</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Issued since</source>
        <translation>Terbit sejak</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB</source>
        <translation>PNG atau JPEG, paling besar 2 MB</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Belum ada gambar</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Bukan gambar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Edit institution</source>
        <translation>Ubah lembaga</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Lembaga baru</translation>
    </message>
    <message>
        <source>&lt;b&gt;{seq:03d}&lt;/b&gt; sequence number, 3 digits (001, 002, …), starting again each year · &lt;b&gt;{institution}&lt;/b&gt; institution code · &lt;b&gt;{program}&lt;/b&gt; program code · &lt;b&gt;{month_roman}&lt;/b&gt; month in Roman numerals (I–XII) · &lt;b&gt;{month}&lt;/b&gt; month number · &lt;b&gt;{year}&lt;/b&gt; year</source>
        <translation>&lt;b&gt;{seq:03d}&lt;/b&gt; nomor urut, 3 angka (001, 002, …), mulai lagi setiap tahun · &lt;b&gt;{institution}&lt;/b&gt; kode lembaga · &lt;b&gt;{program}&lt;/b&gt; kode program · &lt;b&gt;{month_roman}&lt;/b&gt; bulan dalam angka Romawi (I–XII) · &lt;b&gt;{month}&lt;/b&gt; nomor bulan · &lt;b&gt;{year}&lt;/b&gt; tahun</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Short, used in numbers, e.g. LPK-SBP</source>
        <translation>Singkat, dipakai dalam nomor, misalnya LPK-SBP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>LPKS (private training institution)</source>
        <translation>LPKS (lembaga pelatihan kerja swasta)</translation>
    </message>
    <message>
        <source>BLK (public vocational training centre)</source>
        <translation>BLK (balai latihan kerja pemerintah)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Yayasan</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrasi dan perizinan</translation>
    </message>
    <message>
        <source>Registration number (VIN)</source>
        <translation>Nomor registrasi (VIN)</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Nomor izin operasional</translation>
    </message>
    <message>
        <source>Business ID (NIB)</source>
        <translation>Nomor Induk Berusaha (NIB)</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akreditasi</translation>
    </message>
    <message>
        <source>Per program: number, grade, valid until</source>
        <translation>Per program: nomor, peringkat, berlaku sampai</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Alamat dan kontak</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Alamat jalan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Head of the institution (signs certificates)</source>
        <translation>Pimpinan lembaga (penanda tangan sertifikat)</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Nama pimpinan</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Jabatan pimpinan</translation>
    </message>
    <message>
        <source>e.g. Kepala LPK</source>
        <translation>misalnya Kepala LPK</translation>
    </message>
    <message>
        <source>Head&apos;s signature</source>
        <translation>Tanda tangan pimpinan</translation>
    </message>
    <message>
        <source>Choose the signature picture</source>
        <translation>Pilih gambar tanda tangan</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation>Pola nomor sertifikat</translation>
    </message>
    <message>
        <source>Example: none until the pattern is corrected</source>
        <translation>Contoh: belum ada sampai polanya diperbaiki</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <source>Your institution</source>
        <translation>Lembaga Anda</translation>
    </message>
    <message>
        <source>As printed on letterheads and certificates. Only the name and the short code are required; the rest can be filled in later.</source>
        <translation>Seperti tercetak di kop surat dan sertifikat. Hanya nama dan kode singkat yang wajib; sisanya bisa diisi nanti.</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Nama lembaga</translation>
    </message>
    <message>
        <source>e.g. LPK Sapta Bangun Persada</source>
        <translation>mis. LPK Sapta Bangun Persada</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Kode singkat</translation>
    </message>
    <message>
        <source>e.g. LPK-SBP (used in certificate numbers)</source>
        <translation>mis. LPK-SBP (dipakai di nomor sertifikat)</translation>
    </message>
    <message>
        <source>Registration number (VIN)</source>
        <translation>Nomor registrasi (VIN)</translation>
    </message>
    <message>
        <source>Operating licence number</source>
        <translation>Nomor izin operasional</translation>
    </message>
    <message>
        <source>Business ID (NIB)</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Nama pimpinan</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Jabatan pimpinan</translation>
    </message>
    <message>
        <source>e.g. Kepala LPK</source>
        <translation>mis. Kepala LPK</translation>
    </message>
    <message>
        <source>Optional: a PNG or JPEG file</source>
        <translation>Boleh kosong: file PNG atau JPEG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Pimpinan</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Search by code, name or city…</source>
        <translation>Cari menurut kode, nama atau kota…</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 lembaga</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Institution whose records are shown</source>
        <translation>Lembaga yang datanya ditampilkan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Lembaga:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Pengguna: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua lembaga</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>No schooling</source>
        <translation>Tidak/belum sekolah</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>SD/sederajat</translation>
    </message>
    <message>
        <source>Junior high school (SMP)</source>
        <translation>SMP/sederajat</translation>
    </message>
    <message>
        <source>Senior high school (SMA/SMK/MA)</source>
        <translation>SMA/SMK/MA</translation>
    </message>
    <message>
        <source>Diploma 1 (D1)</source>
        <translation>Diploma 1 (D1)</translation>
    </message>
    <message>
        <source>Diploma 2 (D2)</source>
        <translation>Diploma 2 (D2)</translation>
    </message>
    <message>
        <source>Diploma 3 (D3)</source>
        <translation>Diploma 3 (D3)</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree (S1/D4)</source>
        <translation>Sarjana (S1/D4)</translation>
    </message>
    <message>
        <source>Master&apos;s degree (S2)</source>
        <translation>Magister (S2)</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>Doktor (S3)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Belum/tidak bekerja</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Wirausaha</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Pelajar/mahasiswa</translation>
    </message>
    <message>
        <source>Laid off (PHK)</source>
        <translation>Korban PHK</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Identity, as on the ID card (KTP)</source>
        <translation>Identitas, sesuai KTP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>e.g. 28/11/1990</source>
        <translation>mis. 28/11/1990</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, RT/RW</source>
        <translation>Jalan, RT/RW</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <source>Last education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Kartu Prakerja card number</source>
        <translation>Nomor kartu Prakerja</translation>
    </message>
    <message>
        <source>16 digits, if any</source>
        <translation>16 digit, bila ada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Edit participant: %1</source>
        <translation>Ubah data peserta: %1</translation>
    </message>
    <message>
        <source>From the NIK: %1, born %2</source>
        <translation>Menurut NIK: %1, lahir %2</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (umur %2 tahun)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Disimpan sebagai %1</translation>
    </message>
</context>
<context>
    <name>ParticipantProfileDialog</name>
    <message>
        <source>&amp;Edit participant data</source>
        <translation>&amp;Ubah data peserta</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation>Peserta: %1</translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation>Kelas (%1)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation>Lahir %1 (umur %2 tahun)</translation>
    </message>
    <message>
        <source>%1, %2 (age %3)</source>
        <translation>%1, %2 (umur %3 tahun)</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(diarsipkan)</translation>
    </message>
    <message>
        <source>Not yet registered in any class. Register them from a class&apos;s participant list.</source>
        <translation>Belum pernah terdaftar di kelas mana pun. Daftarkan dari daftar peserta sebuah kelas.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Kartu Prakerja card number</source>
        <translation>Nomor kartu Prakerja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Search by name, NIK or phone number…</source>
        <translation>Cari nama, NIK atau nomor telepon…</translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation>Laki-laki dan perempuan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>Everything about this participant: classes, status, attendance, certificates (Enter or double-click)</source>
        <translation>Semua tentang peserta ini: kelas, status, kehadiran, sertifikat (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>Program %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Program code</source>
        <translation>Kode program</translation>
    </message>
    <message>
        <source>e.g. JHT-01</source>
        <translation>mis. JHT-01</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nama program</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>Kehadiran minimal</translation>
    </message>
    <message>
        <source>SKKNI reference</source>
        <translation>Acuan SKKNI</translation>
    </message>
    <message>
        <source>e.g. Kepmenaker No. 2 Tahun 2016</source>
        <translation>mis. Kepmenaker No. 2 Tahun 2016</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>Kode KBLI</translation>
    </message>
    <message>
        <source>Competency units</source>
        <translation>Unit kompetensi</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nama program</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Min. attendance</source>
        <translation>Kehadiran min.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program Pelatihan</translation>
    </message>
    <message>
        <source>Search by program code or name…</source>
        <translation>Cari menurut kode atau nama program…</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 program</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Mohon tunggu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling… the changes made so far are being undone.</source>
        <translation>Membatalkan… perubahan yang sudah dibuat sedang dikembalikan.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Show archived</source>
        <translation>Tampilkan arsip</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rsipkan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Archive %1? It disappears from lists and choices but keeps its history; you can bring it back under &quot;Show archived&quot;.</source>
        <translation>Arsipkan %1? Data ini tidak lagi muncul di daftar dan pilihan, tetapi riwayatnya tetap tersimpan; Anda bisa memulihkannya lewat &quot;Tampilkan arsip&quot;.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation>Hapus %1 untuk selamanya? Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Tidak bisa dihapus</translation>
    </message>
    <message>
        <source>Archive it instead?</source>
        <translation>Arsipkan saja?</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih dari %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <source>New room</source>
        <translation>Ruangan baru</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Ruangan %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nama ruangan</translation>
    </message>
    <message>
        <source>e.g. Sewing workshop 1</source>
        <translation>mis. Ruang Jahit 1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source> people</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>e.g. Building B, 2nd floor</source>
        <translation>mis. Gedung B, lantai 2</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Room name</source>
        <translation>Nama ruangan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Search by room name or location…</source>
        <translation>Cari menurut nama ruangan atau lokasi…</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation>%1 ruangan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language (this PC)</source>
        <translation>Bahasa (PC ini)</translation>
    </message>
    <message>
        <source>The interface changes language the next time LPKS Desktop starts.</source>
        <translation>Bahasa tampilan berganti saat LPKS Desktop dijalankan lagi.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Bahasa tampilan:</translation>
    </message>
    <message>
        <source>Printing and lessons (shared by every PC using this database)</source>
        <translation>Cetak dan jam pelajaran (berlaku di semua PC yang memakai basis data ini)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Minutes per JP (all institutions):</source>
        <translation>Menit per JP (semua lembaga):</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Edit &amp;institutions and letterheads…</source>
        <translation>Ubah &amp;lembaga dan kop surat…</translation>
    </message>
    <message>
        <source>Name, logo, address, registration numbers and the head&apos;s name printed on letters and certificates are part of each institution&apos;s details.</source>
        <translation>Nama, logo, alamat, nomor registrasi dan nama pimpinan yang tercetak di surat dan sertifikat termasuk data masing-masing lembaga.</translation>
    </message>
    <message>
        <source>Default paper size:</source>
        <translation>Ukuran kertas bawaan:</translation>
    </message>
    <message>
        <source>Each institution has its own paper size: choose one institution at the top first.</source>
        <translation>Setiap lembaga punya ukuran kertasnya sendiri: pilih dulu satu lembaga di bagian atas.</translation>
    </message>
    <message>
        <source>Default paper size for %1:</source>
        <translation>Ukuran kertas bawaan untuk %1:</translation>
    </message>
    <message>
        <source>Documents start on this size; each print can still change it.</source>
        <translation>Dokumen dimulai dengan ukuran ini; setiap cetakan masih bisa mengubahnya.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Saved. Restart LPKS Desktop to see the interface in %1.</source>
        <translation>Tersimpan. Jalankan ulang LPKS Desktop untuk melihat tampilan dalam %1.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>Edit trainer</source>
        <translation>Ubah instruktur</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Instruktur baru</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>As written on the ID card, with degrees</source>
        <translation>Seperti tertulis di KTP, dengan gelar</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits; may be left empty</source>
        <translation>16 angka; boleh dikosongkan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Fee per JP</source>
        <translation>Honor per JP</translation>
    </message>
    <message>
        <source>Competencies (SKKNI units the trainer may teach)</source>
        <translation>Kompetensi (unit SKKNI yang boleh diajarkan)</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation>Judul unit</translation>
    </message>
    <message>
        <source>Pick from the institution&apos;s programs…</source>
        <translation>Pilih dari program lembaga…</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Certifications (e.g. BNSP training methodology)</source>
        <translation>Sertifikasi (misalnya metodologi pelatihan BNSP)</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Nama sertifikat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Sertifikasi</translation>
    </message>
    <message>
        <source>Pick competency units</source>
        <translation>Pilih unit kompetensi</translation>
    </message>
    <message>
        <source>The programs of this institution have no units that are not listed already.</source>
        <translation>Semua unit dari program lembaga ini sudah ada di daftar.</translation>
    </message>
</context>
<context>
    <name>TrainersPage</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (kedaluwarsa)</translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1 (berakhir hari ini)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (%n hari lagi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Next certificate expiry</source>
        <translation>Sertifikat berakhir berikutnya</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Search by name, NIK or phone number…</source>
        <translation>Cari menurut nama, NIK atau nomor telepon…</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Semua sertifikat</translation>
    </message>
    <message>
        <source>Certificates expiring or expired</source>
        <translation>Sertifikat hampir/sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>Trainers with a certificate that has expired or expires within %1 days</source>
        <translation>Instruktur yang sertifikatnya sudah kedaluwarsa atau berakhir dalam %1 hari</translation>
    </message>
    <message>
        <source>%1 trainers</source>
        <translation>%1 instruktur</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Pick competency units</source>
        <translation>Pilih unit kompetensi</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation>Judul unit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Tick the units this trainer may teach.</source>
        <translation>Centang unit yang boleh diajarkan instruktur ini.</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Tambah unit</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>&amp;Hapus unit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <source>Cannot remove unit</source>
        <translation>Unit tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Baris %1, %2: %3</translation>
    </message>
    <message>
        <source>Unit JP total: %1 of %2</source>
        <translation>Jumlah JP unit: %1 dari %2</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>SKKNI unit code, either the current shape C.141000.001.02 (KBLI letter, 6 digits, 3-digit unit, 2-digit version) or the older TIK.OP01.001.01 (sector, sub-sector and group, unit, version).</source>
        <translation>Kode unit SKKNI, dalam bentuk yang berlaku sekarang C.141000.001.02 (huruf KBLI, 6 angka, 3 angka nomor unit, 2 angka versi) atau bentuk lama TIK.OP01.001.01 (sektor, subsektor dan kelompok, nomor unit, versi).</translation>
    </message>
    <message>
        <source>Required units must be assessed competent for the certificate.</source>
        <translation>Unit wajib harus dinilai kompeten agar peserta mendapat sertifikat.</translation>
    </message>
    <message>
        <source>Used by %1 session(s) and %2 assessment(s): it cannot be removed.</source>
        <translation>Dipakai oleh %1 pertemuan dan %2 penilaian: unit ini tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LPKS Desktop</source>
        <translation>Selamat datang di LPKS Desktop</translation>
    </message>
    <message>
        <source>This database holds no institution yet. How would you like to start?</source>
        <translation>Basis data ini belum berisi lembaga. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>&amp;Create our first institution</source>
        <translation>&amp;Buat lembaga pertama kami</translation>
    </message>
    <message>
        <source>Load &amp;demo data to look around and practise</source>
        <translation>Muat data &amp;demo untuk melihat-lihat dan berlatih</translation>
    </message>
    <message>
        <source>Type your institution&apos;s name, registration numbers and head; more institutions, programs and rooms can be added later.</source>
        <translation>Ketik nama lembaga, nomor registrasi dan pimpinannya; lembaga lain, program dan ruangan bisa ditambahkan nanti.</translation>
    </message>
    <message>
        <source>Sample data with made-up people: three institutions, their programs, classes and 400 participants, written into this empty database. Use it for training; keep real work in a database of its own.</source>
        <translation>Data contoh dengan orang-orang rekaan: tiga lembaga beserta program, kelas dan 400 peserta, ditulis ke basis data kosong ini. Pakai untuk latihan; simpan pekerjaan sungguhan di basis data tersendiri.</translation>
    </message>
    <message>
        <source>Is your data already on a server or in another file? Close this window and choose that database under Settings.</source>
        <translation>Data Anda sudah ada di server atau di file lain? Tutup jendela ini lalu pilih basis data itu di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Tidak dapat melanjutkan</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be corrected before the data can be saved.</source>
        <translation>
            <numerusform>%n kesalahan harus diperbaiki sebelum data dapat disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a second look, but saving is allowed.</source>
        <translation>
            <numerusform>%n peringatan: sebaiknya diperiksa lagi, tetapi data tetap dapat disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
</TS>
