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
    <name>FormDialog</name>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
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
        <source>Participants</source>
        <translation>Peserta</translation>
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
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
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
        <source>more than %1</source>
        <translation>lebih dari %1</translation>
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
