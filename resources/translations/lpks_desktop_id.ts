<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <source>Welcome to LPKS Desktop</source>
        <translation>Selamat datang di LPKS Desktop</translation>
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
        <source>&lt;p&gt;This database holds no institution yet.&lt;/p&gt;&lt;p&gt;To try the app with realistic sample data, close it and run &lt;code&gt;lpks-desktop demo&lt;/code&gt;, then start it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Basis data ini belum berisi lembaga.&lt;/p&gt;&lt;p&gt;Untuk mencoba aplikasi dengan data contoh yang realistis, tutup aplikasi, jalankan &lt;code&gt;lpks-desktop demo&lt;/code&gt;, lalu buka lagi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 participants, %2 classes, %3 trainers, %4 certificates</source>
        <translation>%1 peserta, %2 kelas, %3 instruktur, %4 sertifikat</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Lembaga</translation>
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
</TS>
