<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
</TS>
