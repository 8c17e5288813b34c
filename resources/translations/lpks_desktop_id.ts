<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AssessmentGrid</name>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
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
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message>
        <source>Required (wajib) for the certificate</source>
        <translation>Wajib untuk sertifikat</translation>
    </message>
    <message>
        <source>Not required for the certificate</source>
        <translation>Tidak wajib untuk sertifikat</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>This participant&apos;s results are read-only.</source>
        <translation>Hasil peserta ini hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Hapus hasil</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Tandai %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>All competent</source>
        <translation>Semua kompeten</translation>
    </message>
    <message>
        <source>“%1” is not a result: type K (competent) or BK (not yet competent).</source>
        <translation>“%1” bukan hasil penilaian: ketik K (kompeten) atau BK (belum kompeten).</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Isi %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Units assessed competent (K) of all units, unsaved changes included</source>
        <translation>Unit yang dinilai kompeten (K) dari semua unit, termasuk perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>K %1 of %2</source>
        <translation>K %1 dari %2</translation>
    </message>
    <message>
        <source>Required units not yet competent: %1</source>
        <translation>Unit wajib yang belum kompeten: %1</translation>
    </message>
    <message>
        <source>Every required unit is competent</source>
        <translation>Semua unit wajib sudah kompeten</translation>
    </message>
    <message>
        <source>Not saved yet (saved: %1)</source>
        <translation>Belum disimpan (yang tersimpan: %1)</translation>
    </message>
    <message>
        <source>Someone else changed this cell while you were editing; this is their value.</source>
        <translation>Pengguna lain mengubah sel ini selagi Anda mengisinya; yang tampil adalah isian mereka.</translation>
    </message>
</context>
<context>
    <name>AssessmentGridView</name>
    <message>
        <source>Type K (competent) or B (not yet competent).</source>
        <translation>Ketik K (kompeten) atau B (belum kompeten).</translation>
    </message>
    <message>
        <source>Type a number from 0 to 100, e.g. 85 or 85,5.</source>
        <translation>Ketik angka 0 sampai 100, mis. 85 atau 85,5.</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>What the unit columns show and what typing enters</source>
        <translation>Yang ditampilkan kolom unit dan yang diisi saat mengetik</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save all unsaved results at once (Ctrl+S)</source>
        <translation>Simpan sekaligus semua hasil yang belum disimpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Forget every unsaved change</source>
        <translation>Buang semua perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Urungkan perubahan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Ulangi (Ctrl+Shift+Z atau Ctrl+Y)</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Urungkan simpan</translation>
    </message>
    <message>
        <source>Put back the results as they were before the last save</source>
        <translation>Kembalikan hasil seperti sebelum penyimpanan terakhir</translation>
    </message>
    <message>
        <source>All &amp;competent</source>
        <translation>Semua &amp;kompeten</translation>
    </message>
    <message>
        <source>Mark the chosen cells competent, or with one cell chosen every unassessed cell of its unit (Ctrl+Shift+K)</source>
        <translation>Tandai kompeten sel yang dipilih, atau bila hanya satu sel dipilih, semua sel yang belum dinilai di unitnya (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>competent</source>
        <translation>kompeten</translation>
    </message>
    <message>
        <source>not yet competent</source>
        <translation>belum kompeten</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>read-only (certificate issued)</source>
        <translation>tidak dapat diubah (sertifikat sudah terbit)</translation>
    </message>
    <message>
        <source>bold unit</source>
        <translation>unit tebal</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>Keys: K competent · B not yet competent (then down) · digits type a score · Del clear · Enter/F2 edit · Ctrl+Shift+K all competent · Ctrl+Z undo · Ctrl+S save</source>
        <translation>Tombol: K kompeten · B belum kompeten (lalu turun) · angka mengisi nilai · Del hapus · Enter/F2 ubah · Ctrl+Shift+K semua kompeten · Ctrl+Z urungkan · Ctrl+S simpan</translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation>Kelas ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n unsaved changes?</source>
        <translation>
            <numerusform>Buang %n perubahan yang belum disimpan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes discarded.</source>
        <translation>Perubahan yang belum disimpan sudah dibuang.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment results are not saved yet. Save them before closing?</source>
        <translation>
            <numerusform>%n hasil penilaian belum disimpan. Simpan sebelum menutup?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n perubahan belum disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells marked competent.</source>
        <translation>
            <numerusform>%n sel ditandai kompeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unassessed cell to mark competent.</source>
        <translation>Tidak ada sel belum dinilai yang dapat ditandai kompeten.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n results written</source>
        <translation>
            <numerusform>Tersimpan: %n hasil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n dikosongkan</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not saved</source>
        <translation>Hasil tidak disimpan</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n refused cells and save again.</source>
        <translation>
            <numerusform>Tidak ada yang disimpan: perbaiki %n sel yang ditolak lalu simpan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: you typed %3, saved meanwhile: %4</source>
        <translation>%1, %2: Anda mengisi %3, sementara itu tersimpan: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: someone else saved these results after you opened the grid.</source>
        <translation>Tidak ada yang disimpan: pengguna lain menyimpan hasil ini setelah Anda membuka tabelnya.</translation>
    </message>
    <message numerus="yes">
        <source>Their values are now shown (framed in red). Your %n other changes are kept: check and save again.</source>
        <translation>
            <numerusform>Isian mereka kini ditampilkan (berbingkai merah). %n perubahan Anda yang lain tetap ada: periksa lalu simpan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results changed by someone else</source>
        <translation>Hasil diubah pengguna lain</translation>
    </message>
    <message numerus="yes">
        <source>%n cells were changed by someone else; their values are shown.</source>
        <translation>
            <numerusform>%n sel diubah pengguna lain; yang ditampilkan adalah isian mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last save was not undone</source>
        <translation>Penyimpanan terakhir tidak diurungkan</translation>
    </message>
    <message>
        <source>The last save was undone: the results are back as they were.</source>
        <translation>Penyimpanan terakhir sudah diurungkan: hasil kembali seperti semula.</translation>
    </message>
</context>
<context>
    <name>AssistantsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>May still miss</source>
        <translation>Boleh absen lagi</translation>
    </message>
    <message>
        <source>can no longer reach %1</source>
        <translation>tidak mungkin lagi memenuhi %1</translation>
    </message>
    <message>
        <source>may miss no more JP</source>
        <translation>harus hadir di semua JP tersisa</translation>
    </message>
    <message numerus="yes">
        <source>may miss %n more JP</source>
        <translation>
            <numerusform>boleh tidak hadir %n JP lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Alpa</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>Session %1 · %2 · %3–%4</source>
        <translation>Pertemuan %1 · %2 · %3–%4</translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruangan: %1</translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation>Instruktur: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya dapat dilihat: %1</translation>
    </message>
    <message>
        <source>%1 cells: %2 participants, %3 sessions</source>
        <translation>%1 sel: %2 peserta, %3 pertemuan</translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation>“%1” bukan jam; ketik seperti 08:15.</translation>
    </message>
    <message>
        <source>Mark, arrival time and note</source>
        <translation>Tanda kehadiran, jam datang dan catatan</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>This session is read-only.</source>
        <translation>Pertemuan ini hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>%1 is %2: marks already given can be read, not changed.</source>
        <translation>%1 berstatus %2: tanda kehadiran yang sudah ada hanya dapat dilihat, tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Hapus tanda kehadiran</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Tandai %1</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Semua hadir</translation>
    </message>
    <message>
        <source>Give a mark first: a note or an arrival time belongs to a mark.</source>
        <translation>Isi tanda kehadirannya dulu: catatan dan jam datang hanya dapat diisi bersama tanda kehadiran.</translation>
    </message>
    <message>
        <source>An arrival time belongs to a present (H) mark.</source>
        <translation>Jam datang hanya untuk tanda hadir (H).</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <source>Change arrival time</source>
        <translation>Ubah jam datang</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Arrival time of a late participant (hh:mm); empty: on time</source>
        <translation>Jam datang peserta yang terlambat (jj:mm); kosong: tepat waktu</translation>
    </message>
    <message>
        <source>A note to the mark (e.g. the reason for an absence)</source>
        <translation>Catatan pada tanda kehadiran (mis. alasan tidak hadir)</translation>
    </message>
    <message>
        <source>Whether the participant meets the minimum, or still can</source>
        <translation>Apakah peserta memenuhi batas minimal, atau masih dapat memenuhinya</translation>
    </message>
    <message>
        <source>Attended JP over counted JP, as last saved</source>
        <translation>JP hadir dibagi JP yang dihitung, menurut data terakhir yang disimpan</translation>
    </message>
    <message>
        <source>Minimum for the certificate: %1%</source>
        <translation>Minimal untuk sertifikat: %1%</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Read-only: no longer attending</source>
        <translation>Hanya dapat dilihat: tidak lagi mengikuti pelatihan</translation>
    </message>
    <message>
        <source>Give a mark first</source>
        <translation>Isi tanda kehadirannya dulu</translation>
    </message>
    <message>
        <source>Arrived %1 (late)</source>
        <translation>Datang %1 (terlambat)</translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <translation>Datang %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Not saved yet (saved: %1)</source>
        <translation>Belum disimpan (yang tersimpan: %1)</translation>
    </message>
    <message>
        <source>Someone else changed this mark while you were editing; this is their mark.</source>
        <translation>Pengguna lain mengubah tanda kehadiran ini selagi Anda mengisinya; yang tampil adalah isian mereka.</translation>
    </message>
    <message>
        <source>* As last saved: your unsaved changes count once they are saved.</source>
        <translation>* Menurut data terakhir yang disimpan: perubahan Anda baru dihitung setelah disimpan.</translation>
    </message>
    <message>
        <source>Attended %1 of %2 JP counted (%3 JP delivered, %4 JP still to come)</source>
        <translation>Hadir %1 dari %2 JP yang dihitung (%3 JP terlaksana, %4 JP belum berlangsung)</translation>
    </message>
    <message>
        <source>not recorded %1</source>
        <translation>belum dicatat %1</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>terlambat %1</translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import marks</source>
        <translation>Impor kehadiran</translation>
    </message>
    <message>
        <source>Nothing to import: every mark in the file is already recorded.</source>
        <translation>Tidak ada yang perlu diimpor: semua tanda kehadiran di berkas ini sudah tercatat.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved from the file.</source>
        <translation>
            <numerusform>%n tanda kehadiran dari berkas disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared.</source>
        <translation>
            <numerusform>%n dikosongkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance template</source>
        <translation>Templat isian kehadiran</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>The week&apos;s sessions and how far their attendance has been entered. Double-click a session (or press Enter) to enter its marks.</source>
        <translation>Pertemuan dalam minggu yang ditampilkan dan sejauh mana kehadirannya sudah diisi. Klik dua kali sebuah pertemuan (atau tekan Enter) untuk mengisi kehadirannya.</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Minggu sebelumnya (Alt+Panah Kiri)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>&amp;Minggu ini</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Minggu berikutnya (Alt+Panah Kanan)</translation>
    </message>
    <message>
        <source>A day of the week to show</source>
        <translation>Hari dalam minggu yang akan ditampilkan</translation>
    </message>
    <message>
        <source>Any day of the week to show</source>
        <translation>Hari mana saja dalam minggu yang ingin ditampilkan</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>&amp;Instruktur:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Kelas:</translation>
    </message>
    <message>
        <source>&amp;Enter attendance…</source>
        <translation>Isi ke&amp;hadiran…</translation>
    </message>
    <message>
        <source>Open the class&apos;s attendance for the selected session (Enter)</source>
        <translation>Buka kehadiran kelas untuk pertemuan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Print &amp;selected sheets…</source>
        <translation>Cetak daftar hadir &amp;terpilih…</translation>
    </message>
    <message>
        <source>Attendance sheets of the selected sessions</source>
        <translation>Daftar hadir pertemuan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Print the week&apos;s sheets…</source>
        <translation>&amp;Cetak daftar hadir seminggu…</translation>
    </message>
    <message>
        <source>Those who cannot miss one more session without falling below their program&apos;s minimum, and those who can no longer reach it. Double-click to open the class&apos;s attendance.</source>
        <translation>Peserta yang tidak boleh absen satu pertemuan lagi tanpa jatuh di bawah minimal kehadiran programnya, dan yang tidak mungkin lagi mencapainya. Klik ganda untuk membuka kehadiran kelasnya.</translation>
    </message>
    <message>
        <source>Attendance sheets of every session of the week shown, for the trainer chosen</source>
        <translation>Daftar hadir semua pertemuan dalam minggu yang ditampilkan, untuk instruktur yang dipilih</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>Pertemuan dalam minggu yang ditampilkan</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Tidak ada pertemuan minggu ini.</translation>
    </message>
    <message>
        <source>Participants at risk in running classes</source>
        <translation>Peserta berisiko di kelas yang sedang berjalan</translation>
    </message>
    <message>
        <source>Participants at risk</source>
        <translation>Peserta berisiko</translation>
    </message>
    <message>
        <source>Nobody is at risk.</source>
        <translation>Tidak ada peserta yang berisiko.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua instruktur</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>No sessions this week for the trainer or class chosen.</source>
        <translation>Tidak ada pertemuan minggu ini untuk instruktur atau kelas yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n pertemuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fully marked</source>
        <translation>
            <numerusform>%n sudah lengkap diisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for marks</source>
        <translation>
            <numerusform>%n menunggu diisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a journal</source>
        <translation>
            <numerusform>%n belum ada jurnal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (not listed)</source>
        <translation>
            <numerusform>%n dibatalkan (tidak ditampilkan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants at risk in running classes (%1)</source>
        <translation>Peserta berisiko di kelas yang sedang berjalan (%1)</translation>
    </message>
</context>
<context>
    <name>AttendanceSettingsSection</name>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>How izin (excused) counts</source>
        <translation>Cara izin dihitung</translation>
    </message>
    <message>
        <source>How sakit (sick) counts</source>
        <translation>Cara sakit dihitung</translation>
    </message>
    <message>
        <source>I&amp;zin (I, excused) counts:</source>
        <translation>&amp;Izin (I) dihitung:</translation>
    </message>
    <message>
        <source>Sa&amp;kit (S, sick) counts:</source>
        <translation>Sa&amp;kit (S) dihitung:</translation>
    </message>
    <message>
        <source>The minimum attendance a certificate needs is set for each program, on the program form. A changed rule applies to every class of the institution, past ones included, the next time rates are shown or printed.</source>
        <translation>Kehadiran minimal untuk mendapat sertifikat diatur per program, di formulir program. Aturan yang diubah berlaku untuk semua kelas di lembaga ini, termasuk kelas yang sudah lewat, saat persentase kehadiran ditampilkan atau dicetak berikutnya.</translation>
    </message>
    <message>
        <source>Save attendance &amp;rules</source>
        <translation>Simpan atu&amp;ran kehadiran</translation>
    </message>
    <message>
        <source>as absent</source>
        <translation>sebagai tidak hadir</translation>
    </message>
    <message>
        <source>as present</source>
        <translation>sebagai hadir</translation>
    </message>
    <message>
        <source>left out of the total</source>
        <translation>tidak ikut dihitung</translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution decides how excused and sick absences count.</source>
        <translation>Untuk %1 — %2. Setiap lembaga menentukan sendiri cara izin dan sakit dihitung.</translation>
    </message>
    <message>
        <source>How excused and sick absences count is set for each institution: choose one institution at the top first.</source>
        <translation>Cara izin dan sakit dihitung diatur per lembaga: pilih dulu satu lembaga di bagian atas.</translation>
    </message>
    <message>
        <source>izin</source>
        <translation>izin</translation>
    </message>
    <message>
        <source>sakit</source>
        <translation>sakit</translation>
    </message>
    <message>
        <source>Example: 10 sessions of 4 JP, present at 8, one izin, one sakit: rate %1% (%2 of %3 JP).</source>
        <translation>Contoh: 10 pertemuan masing-masing 4 JP, hadir 8 kali, izin 1 kali, sakit 1 kali: kehadiran %1% (%2 dari %3 JP).</translation>
    </message>
    <message>
        <source>A session marked %1 counts as attended.</source>
        <translation>Pertemuan yang ditandai %1 dihitung sebagai hadir.</translation>
    </message>
    <message>
        <source>A session marked %1 is left out of that participant&apos;s total: the rate is taken over the other sessions.</source>
        <translation>Pertemuan yang ditandai %1 tidak ikut dihitung dalam total peserta itu: persentasenya diambil dari pertemuan lainnya.</translation>
    </message>
    <message>
        <source>A session marked %1 counts as missed, like alpa.</source>
        <translation>Pertemuan yang ditandai %1 dihitung tidak hadir, seperti alpa.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>left out of the total</source>
        <translation>tidak ikut dihitung</translation>
    </message>
    <message>
        <source>Type the marks of one session (with arrival times and notes) or of all sessions at once</source>
        <translation>Isi kehadiran satu pertemuan (dengan jam datang dan catatan) atau semua pertemuan sekaligus</translation>
    </message>
    <message>
        <source>Save all unsaved marks at once (Ctrl+S)</source>
        <translation>Simpan sekaligus semua tanda kehadiran yang belum disimpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Urungkan perubahan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Ulangi (Ctrl+Shift+Z atau Ctrl+Y)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Urungkan: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Ulangi: %1 (Ctrl+Shift+Z atau Ctrl+Y)</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Urungkan simpan</translation>
    </message>
    <message>
        <source>Put back the marks as they were before the last save</source>
        <translation>Kembalikan tanda kehadiran seperti sebelum penyimpanan terakhir</translation>
    </message>
    <message>
        <source>Mark every empty cell of the chosen session(s) H, as one step (Ctrl+Shift+H)</source>
        <translation>Isi H di setiap sel kosong pada pertemuan yang dipilih, dalam satu langkah (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>Catata&amp;n…</translation>
    </message>
    <message>
        <source>Mark, arrival time and note of the chosen cells (Enter or F2)</source>
        <translation>Tanda kehadiran, jam datang dan catatan sel yang dipilih (Enter atau F2)</translation>
    </message>
    <message>
        <source>Read marks typed elsewhere from an XLSX or CSV file; every problem is shown before anything is written</source>
        <translation>Baca tanda kehadiran yang diketik di tempat lain dari berkas XLSX atau CSV; semua masalah ditampilkan sebelum ada yang disimpan</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>Simpan templat kosong…</translation>
    </message>
    <message>
        <source>An XLSX with this class&apos;s participants and sessions to fill in</source>
        <translation>Berkas XLSX berisi peserta dan pertemuan kelas ini untuk diisi</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Attendance sheets to sign, or the class grid (Ctrl+P)</source>
        <translation>Daftar hadir untuk ditandatangani, atau tabel kehadiran kelas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Recap as XLSX…</source>
        <translation>Rekap sebagai XLSX…</translation>
    </message>
    <message>
        <source>Recap as PDF…</source>
        <translation>Rekap sebagai PDF…</translation>
    </message>
    <message>
        <source>The class&apos;s attendance recap (rekap kehadiran) as XLSX or PDF</source>
        <translation>Rekap kehadiran kelas ini sebagai XLSX atau PDF</translation>
    </message>
    <message>
        <source>Keys: H I S A mark and go down · Space present/empty · Del clear · Enter note · Ctrl+Shift+H all present · Ctrl+Z undo · Ctrl+S save</source>
        <translation>Tombol: H I S A isi tanda lalu turun · Spasi hadir/kosong · Del hapus · Enter catatan · Ctrl+Shift+H semua hadir · Ctrl+Z urungkan · Ctrl+S simpan</translation>
    </message>
    <message>
        <source>All sessions (%1)</source>
        <translation>Semua pertemuan (%1)</translation>
    </message>
    <message>
        <source>%1. %2, %3–%4</source>
        <translation>%1. %2, %3–%4</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(akan datang)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) at risk</source>
        <translation>
            <numerusform>%n peserta berisiko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot reach the minimum of %1</source>
        <translation>
            <numerusform>%n tidak mungkin lagi memenuhi minimal %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the minimum of %1</source>
        <translation>
            <numerusform>%n di bawah minimal %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no session has taken place yet</source>
        <translation>belum ada pertemuan yang terlaksana</translation>
    </message>
    <message>
        <source>everyone meets or is on track for the minimum of %1</source>
        <translation>semua peserta memenuhi atau masih dapat memenuhi minimal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n past session(s) with participants not yet marked</source>
        <translation>
            <numerusform>%n pertemuan yang sudah lewat belum lengkap dicatat</numerusform>
        </translation>
    </message>
    <message>
        <source>counted as absent</source>
        <translation>dihitung tidak hadir</translation>
    </message>
    <message>
        <source>counted as present</source>
        <translation>dihitung hadir</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>All presen&amp;t</source>
        <translation>Semua h&amp;adir</translation>
    </message>
    <message>
        <source>I&amp;mport marks…</source>
        <translation>I&amp;mpor kehadiran…</translation>
    </message>
    <message>
        <source>Export re&amp;cap…</source>
        <translation>&amp;Ekspor rekap…</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>late arrival</source>
        <translation>datang terlambat</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>hanya baca</translation>
    </message>
    <message>
        <source>rate as last saved</source>
        <translation>persentase menurut simpanan terakhir</translation>
    </message>
    <message>
        <source>Excused (I): %1; sick (S): %2.</source>
        <translation>Izin (I): %1; sakit (S): %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n perubahan belum disimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>No empty cell to fill in the chosen session(s).</source>
        <translation>Tidak ada sel kosong yang perlu diisi pada pertemuan yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) marked present.</source>
        <translation>
            <numerusform>%n sel diisi hadir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mark(s) written</source>
        <translation>
            <numerusform>Tersimpan: %n tanda kehadiran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n dikosongkan</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks were not saved</source>
        <translation>Tanda kehadiran tidak disimpan</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n refused cell(s) and save again.</source>
        <translation>
            <numerusform>Tidak ada yang disimpan: perbaiki %n sel yang ditolak lalu simpan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: you typed %3, saved meanwhile: %4</source>
        <translation>%1, %2: Anda mengisi %3, sementara itu tersimpan: %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: someone else saved these marks after you opened the grid.</source>
        <translation>Tidak ada yang disimpan: pengguna lain menyimpan tanda kehadiran ini setelah Anda membuka tabelnya.</translation>
    </message>
    <message numerus="yes">
        <source>Their marks are now shown (framed in red). Your %n other change(s) are kept: check and save again.</source>
        <translation>
            <numerusform>Isian mereka kini ditampilkan (berbingkai merah). %n perubahan Anda yang lain tetap ada: periksa lalu simpan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks changed by someone else</source>
        <translation>Tanda kehadiran diubah pengguna lain</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were changed by someone else; their marks are shown.</source>
        <translation>
            <numerusform>%n sel diubah pengguna lain; yang ditampilkan adalah isian mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last save was not undone</source>
        <translation>Penyimpanan terakhir tidak diurungkan</translation>
    </message>
    <message>
        <source>The last save was undone: the marks are back as they were.</source>
        <translation>Penyimpanan terakhir sudah diurungkan: tanda kehadiran kembali seperti semula.</translation>
    </message>
    <message numerus="yes">
        <source>Printouts show saved marks only. Save your %n unsaved change(s) first?</source>
        <translation>
            <numerusform>Hasil cetak hanya memuat tanda kehadiran yang sudah disimpan. Simpan dulu %n perubahan Anda yang belum disimpan?</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot print attendance yet.</source>
        <translation>Versi ini belum dapat mencetak kehadiran.</translation>
    </message>
    <message numerus="yes">
        <source>The recap shows saved marks only. Save your %n unsaved change(s) first?</source>
        <translation>
            <numerusform>Rekap hanya memuat tanda kehadiran yang sudah disimpan. Simpan dulu %n perubahan Anda yang belum disimpan?</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot make the recap yet.</source>
        <translation>Versi ini belum dapat membuat rekap.</translation>
    </message>
    <message>
        <source>Attendance recap</source>
        <translation>Rekap kehadiran</translation>
    </message>
    <message numerus="yes">
        <source>Save your %n unsaved change(s) before importing marks?</source>
        <translation>
            <numerusform>Simpan %n perubahan Anda yang belum disimpan sebelum mengimpor kehadiran?</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Attendance saved</source>
        <translation>Kehadiran disimpan</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Hasil penilaian disimpan</translation>
    </message>
    <message>
        <source>Schedule generated</source>
        <translation>Jadwal dibuat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Sertifikat diterbitkan</translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation>Sertifikat diganti</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Sertifikat dicabut</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Data demo dimuat</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Akun ditambahkan</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Administrator pertama dibuat</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Akun dikunci</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Kunci akun dibuka</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Masuk ditolak</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Closure day</source>
        <translation>Hari libur lembaga</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
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
        <source>Trainer competency</source>
        <translation>Kompetensi instruktur</translation>
    </message>
    <message>
        <source>Trainer certification</source>
        <translation>Sertifikasi instruktur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Session trainer</source>
        <translation>Instruktur pertemuan</translation>
    </message>
    <message>
        <source>Session change</source>
        <translation>Perubahan pertemuan</translation>
    </message>
    <message>
        <source>Accepted conflict</source>
        <translation>Bentrok yang diterima</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation>Status pendaftaran</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Number sequence</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>Periksa &amp;keutuhan</translation>
    </message>
    <message>
        <source>Recompute the chain of entries and tell whether any entry was altered or deleted after it was written.</source>
        <translation>Hitung ulang rantai entri dan tunjukkan apakah ada entri yang diubah atau dihapus setelah ditulis.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Only the record with this number</source>
        <translation>Hanya data dengan nomor ini</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Dari: semua</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>Sampai: semua</translation>
    </message>
    <message>
        <source>Search in the changes…</source>
        <translation>Cari di perubahan…</translation>
    </message>
    <message>
        <source>Your role may not view the audit trail. An administrator, or the head of the centre with a read-only account, can.</source>
        <translation>Peran Anda tidak boleh melihat jejak audit. Yang boleh melihatnya: administrator, atau pimpinan lembaga dengan akun hanya-lihat.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>lebih dari %1 entri</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Pilih satu entri untuk melihat apa yang diubahnya.</translation>
    </message>
    <message>
        <source>Entry no. %1: %2 by %3, %4: %5</source>
        <translation>Entri no. %1: %2 oleh %3, %4: %5</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Memeriksa jejak audit</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ The audit trail was tampered with:</source>
        <translation>✘ Jejak audit telah diubah secara tidak sah:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup</source>
        <translation>Pencadangan otomatis</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Pencadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Work goes on and nothing was lost; the next backup is tried in an hour. Check the backup folder in Settings.</source>
        <translation>Pekerjaan tetap berjalan dan tidak ada yang hilang; pencadangan berikutnya dicoba dalam satu jam. Periksa folder cadangan di Pengaturan.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Menyelesaikan pencadangan…</translation>
    </message>
    <message>
        <source>Backing up before closing</source>
        <translation>Mencadangkan sebelum menutup</translation>
    </message>
    <message>
        <source>Backup before closing</source>
        <translation>Pencadangan sebelum menutup</translation>
    </message>
    <message>
        <source>The backup before closing failed: %1</source>
        <translation>Pencadangan sebelum menutup gagal: %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsSection</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Back up &amp;automatically (at least once a day while open, and on closing, when something changed)</source>
        <translation>Cadangkan &amp;otomatis (minimal sekali sehari selama aplikasi terbuka, dan saat ditutup, bila ada perubahan)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Folder bawaan</translation>
    </message>
    <message>
        <source>Set a backup &amp;password…</source>
        <translation>Atur &amp;kata sandi cadangan…</translation>
    </message>
    <message>
        <source>Remove the password…</source>
        <translation>Hapus kata sandi…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Buat cadangan &amp;sekarang</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Cadangkan ke &amp;folder…</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>P&amp;ulihkan…</translation>
    </message>
    <message>
        <source>Restore from another &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas lain…</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Muat ulang daftar</translation>
    </message>
    <message>
        <source>Folder (this PC):</source>
        <translation>Folder (PC ini):</translation>
    </message>
    <message>
        <source>A folder on another disk or a USB stick keeps the backups safe when this PC&apos;s disk fails. Older backups are thinned out: one a day for two weeks, one a week for two months, one a month for a year.</source>
        <translation>Folder di disk lain atau di flashdisk USB menjaga cadangan tetap aman bila disk PC ini rusak. Cadangan lama dijarangkan: satu per hari selama dua minggu, satu per minggu selama dua bulan, satu per bulan selama setahun.</translation>
    </message>
    <message>
        <source>⚠ This folder is on the same disk as the database: when that disk fails, the backups are lost with it. Choose a USB stick or another disk if you can.</source>
        <translation>⚠ Folder ini berada di disk yang sama dengan basis data: bila disk itu rusak, cadangannya ikut hilang. Bila bisa, pilih flashdisk USB atau disk lain.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the backup password.</source>
        <translation>Cadangan dienkripsi dengan kata sandi cadangan.</translation>
    </message>
    <message>
        <source>Backups are not encrypted: anyone with the file can read the records.</source>
        <translation>Cadangan tidak dienkripsi: siapa pun yang memegang berkasnya dapat membaca datanya.</translation>
    </message>
    <message>
        <source>Change the backup &amp;password…</source>
        <translation>Ubah &amp;kata sandi cadangan…</translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: without it an encrypted backup cannot be restored by anybody.</source>
        <translation>Simpan kata sandi ini di tempat yang aman: tanpa kata sandi itu, cadangan terenkripsi tidak dapat dipulihkan oleh siapa pun.</translation>
    </message>
    <message>
        <source>Only an administrator can set or change the backup password.</source>
        <translation>Hanya administrator yang dapat mengatur atau mengubah kata sandi cadangan.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <source>From now on every backup, automatic or by hand, is encrypted with this password. Backups made before keep the password they had. Without the password an encrypted backup cannot be restored: write it down and keep it safe.</source>
        <translation>Mulai sekarang setiap cadangan, otomatis maupun manual, dienkripsi dengan kata sandi ini. Cadangan yang dibuat sebelumnya tetap memakai kata sandi yang berlaku saat itu. Tanpa kata sandi, cadangan terenkripsi tidak dapat dipulihkan: catat kata sandi ini dan simpan di tempat yang aman.</translation>
    </message>
    <message>
        <source>The backup password was saved.</source>
        <translation>Kata sandi cadangan sudah disimpan.</translation>
    </message>
    <message>
        <source>Remove the backup password? New backups will not be encrypted: anyone with the file can read the records, national ID numbers included.</source>
        <translation>Hapus kata sandi cadangan? Cadangan baru tidak akan dienkripsi: siapa pun yang memegang berkasnya dapat membaca datanya, termasuk NIK.</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Cadangkan ke folder mana?</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Cadangkan ke…</translation>
    </message>
    <message>
        <source>Protect this backup with a password of its own? Without it the backup cannot be restored.</source>
        <translation>Lindungi cadangan ini dengan kata sandi tersendiri? Tanpa kata sandi itu, cadangan ini tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Password for this backup</source>
        <translation>Kata sandi untuk cadangan ini</translation>
    </message>
    <message>
        <source>Type a password for this one backup.</source>
        <translation>Ketik kata sandi khusus untuk cadangan ini.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>A backup is being made right now. Wait a moment and try again.</source>
        <translation>Cadangan sedang dibuat saat ini. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was left behind.</source>
        <translation>Pencadangan dibatalkan; tidak ada berkas yang tertinggal.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Pencadangan gagal: %1</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type its password to check it.</source>
        <translation>Cadangan ini dienkripsi. Ketik kata sandinya untuk memeriksanya.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Memeriksa cadangan</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check: it is complete and can be restored.</source>
        <translation>Cadangan tanggal %1 lolos pemeriksaan: cadangan itu lengkap dan dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Periksa cadangan</translation>
    </message>
    <message>
        <source>The backup of %1 failed its check; do not rely on it:</source>
        <translation>Cadangan tanggal %1 tidak lolos pemeriksaan; jangan mengandalkannya:</translation>
    </message>
    <message>
        <source>Restore which backup file?</source>
        <translation>Pulihkan berkas cadangan yang mana?</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Yes, with a password</source>
        <translation>Ya, dengan kata sandi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the calendar of</source>
        <translation>Tampilkan kalender untuk</translation>
    </message>
    <message>
        <source>Room, trainer or class</source>
        <translation>Ruangan, instruktur atau kelas</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;Print schedule…</source>
        <translation>&amp;Cetak jadwal…</translation>
    </message>
    <message>
        <source>The trainer&apos;s schedule for the week or month shown, as PDF</source>
        <translation>Jadwal instruktur untuk minggu atau bulan yang ditampilkan, sebagai PDF</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Per ruangan</translation>
    </message>
    <message>
        <source>By trainer</source>
        <translation>Per instruktur</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Per kelas</translation>
    </message>
    <message>
        <source>Whole institution</source>
        <translation>Seluruh lembaga</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>Belum ada ruangan</translation>
    </message>
    <message>
        <source>No trainers yet</source>
        <translation>Belum ada instruktur</translation>
    </message>
    <message>
        <source>No classes yet</source>
        <translation>Belum ada kelas</translation>
    </message>
    <message>
        <source>Every session of the institution</source>
        <translation>Semua pertemuan di lembaga ini</translation>
    </message>
    <message>
        <source>week</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>Previous %1 (PgUp)</source>
        <translation>Ke %1 sebelumnya (PgUp)</translation>
    </message>
    <message>
        <source>Next %1 (PgDn)</source>
        <translation>Ke %1 berikutnya (PgDn)</translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation>Kembali ke hari ini (Home)</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Kembali ke bulan ini</translation>
    </message>
    <message>
        <source>No sessions this week</source>
        <translation>Tidak ada pertemuan minggu ini</translation>
    </message>
    <message>
        <source>Loading holidays</source>
        <translation>Memuat hari libur</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n pertemuan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n dibatalkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room clash(es)</source>
        <translation>
            <numerusform>%n bentrok ruangan</numerusform>
        </translation>
    </message>
    <message>
        <source>Print trainer schedule</source>
        <translation>Cetak jadwal instruktur</translation>
    </message>
    <message>
        <source>Collecting the sessions…</source>
        <translation>Mengumpulkan data pertemuan…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Menulis file…</translation>
    </message>
</context>
<context>
    <name>CalendarTooltip</name>
    <message>
        <source>not set</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruangan: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation>Instruktur: %1</translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
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
        <source>In this class</source>
        <translation>Di kelas ini</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(diarsipkan)</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat yang dicetak</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected certificates (%n)</source>
        <translation>
            <numerusform>Sertifikat &amp;terpilih (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All valid certificates of the class (%n)</source>
        <translation>
            <numerusform>&amp;Semua sertifikat kelas ini yang berlaku (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Tampilan sertifikat</translation>
    </message>
    <message>
        <source>Include the &amp;back page (the competency units)</source>
        <translation>Sertakan halaman &amp;belakang (daftar unit kompetensi)</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Desain:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>B&amp;ahasa:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>P&amp;rint (choose the printer)</source>
        <translation>&amp;Cetak (pilih printer)</translation>
    </message>
    <message>
        <source>Pre&amp;view on screen</source>
        <translation>&amp;Pratinjau di layar</translation>
    </message>
    <message>
        <source>Save as &amp;one PDF</source>
        <translation>Simpan sebagai sat&amp;u PDF</translation>
    </message>
    <message>
        <source>One PDF per person into a &amp;folder</source>
        <translation>Satu PDF per orang ke dalam &amp;folder</translation>
    </message>
    <message>
        <source>One PDF per person in a &amp;ZIP file</source>
        <translation>Satu PDF per orang dalam berkas &amp;ZIP</translation>
    </message>
    <message>
        <source>Placeholders: {number} certificate number, {name} participant, {class} class code, {seq} running number in this batch</source>
        <translation>Penanda: {number} nomor sertifikat, {name} nama peserta, {class} kode kelas, {seq} nomor urut dalam cetakan ini</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Pratinjau…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Save ZIP…</source>
        <translation>Simpan ZIP…</translation>
    </message>
    <message>
        <source>First file: %1</source>
        <translation>Berkas pertama: %1</translation>
    </message>
    <message>
        <source>No certificates chosen: nothing to print.</source>
        <translation>Belum ada sertifikat yang dipilih: tidak ada yang dapat dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n sertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates chosen: nothing was printed.</source>
        <translation>Tidak ada sertifikat yang dipilih: tidak ada yang dicetak.</translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation>Disimpan sebagai %1.

Buka sekarang?</translation>
    </message>
    <message>
        <source>Folder for the certificates of %1</source>
        <translation>Folder untuk sertifikat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates saved in %1.

Open it now?</source>
        <translation>
            <numerusform>%n sertifikat disimpan di %1.

Buka sekarang?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates saved in the folder %1.

Open the folder now?</source>
        <translation>
            <numerusform>%n sertifikat disimpan di folder %1.

Buka foldernya sekarang?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateSettingsSection</name>
    <message>
        <source>%1 is %2 MB; a background may be at most 5 MB. Save it smaller (for example 3508 × 2480 pixels, A4 at 300 dpi, as JPEG) and choose it again.</source>
        <translation>Ukuran %1 %2 MB; latar belakang paling besar 5 MB. Simpan dengan ukuran lebih kecil (misalnya 3508 × 2480 piksel, A4 pada 300 dpi, sebagai JPEG) lalu pilih lagi.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture; choose a PNG or JPEG file.</source>
        <translation>%1 bukan gambar PNG atau JPEG; pilih berkas PNG atau JPEG.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Desain sertifikat</translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4 lanskap (297 × 210 mm)</translation>
    </message>
    <message>
        <source>F4 / folio landscape (330 × 215 mm)</source>
        <translation>F4 / folio lanskap (330 × 215 mm)</translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation>Kertas sertifikat</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Desain:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Gambar latar belakang</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>&amp;Pilih gambar…</translation>
    </message>
    <message>
        <source>Re&amp;move image</source>
        <translation>Hap&amp;us gambar</translation>
    </message>
    <message>
        <source>Printed behind the front of every certificate, stretched to the page. PNG or JPEG, at most 5 MB; saved at once.</source>
        <translation>Dicetak di belakang isi halaman depan setiap sertifikat, direntangkan selebar halaman. PNG atau JPEG, paling besar 5 MB; langsung disimpan.</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Latar belakang:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Pola nama berkas</translation>
    </message>
    <message>
        <source>&amp;File names:</source>
        <translation>Nama &amp;berkas:</translation>
    </message>
    <message>
        <source>For one PDF per person: {number} certificate number · {name} participant · {class} class code · {seq} the person&apos;s number in the class. Characters a file name cannot hold (such as /) become -.</source>
        <translation>Untuk satu PDF per orang: {number} nomor sertifikat · {name} nama peserta · {class} kode kelas · {seq} nomor urut orang itu di kelas. Karakter yang tidak boleh ada di nama berkas (seperti /) diganti -.</translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation>Pola nomor sertifikat</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <source>{seq:03d} running number with leading zeros · {institution} institution code · {program} program code · {month_roman} month in Roman numerals · {month} month · {year} year. The running number starts again at 1 each year. Also on the institution&apos;s form.</source>
        <translation>{seq:03d} nomor urut dengan nol di depan · {institution} kode lembaga · {program} kode program · {month_roman} bulan dalam angka Romawi · {month} bulan · {year} tahun. Nomor urut mulai lagi dari 1 setiap tahun. Juga ada di formulir lembaga.</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Kunci &amp;tanda tangan…</translation>
    </message>
    <message>
        <source>The key that signs this institution&apos;s QR codes; export it, or import other offices&apos; keys</source>
        <translation>Kunci yang menandatangani kode QR lembaga ini; ekspor kunci ini, atau impor kunci kantor lain</translation>
    </message>
    <message>
        <source>&amp;Save certificate settings</source>
        <translation>&amp;Simpan pengaturan sertifikat</translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution&apos;s certificates look its own way.</source>
        <translation>Untuk %1 — %2. Setiap lembaga mengatur sendiri tampilan sertifikatnya.</translation>
    </message>
    <message>
        <source>Certificates are set up for each institution: choose one institution at the top first.</source>
        <translation>Sertifikat diatur per lembaga: pilih dulu satu lembaga di bagian atas.</translation>
    </message>
    <message>
        <source>Example: none until the pattern is corrected</source>
        <translation>Contoh: belum ada sampai polanya diperbaiki</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <source>Next numbers: choose one institution at the top first</source>
        <translation>Nomor berikutnya: pilih dulu satu lembaga di bagian atas</translation>
    </message>
    <message>
        <source>Next numbers: none until the pattern is corrected</source>
        <translation>Nomor berikutnya: belum ada sampai polanya diperbaiki</translation>
    </message>
    <message>
        <source>Next numbers: %1</source>
        <translation>Nomor berikutnya: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Tanpa latar belakang</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Bukan gambar</translation>
    </message>
    <message>
        <source>Certificate background</source>
        <translation>Latar belakang sertifikat</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Background saved.</source>
        <translation>Latar belakang disimpan.</translation>
    </message>
    <message>
        <source>Background removed.</source>
        <translation>Latar belakang dihapus.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Every certificate number issued, revoked and replaced ones included (buku induk). Certificates are issued and printed on a class&apos;s Certificates tab: double-click a row to open it.</source>
        <translation>Semua nomor sertifikat yang pernah diterbitkan, termasuk yang dicabut dan diganti (buku induk). Sertifikat diterbitkan dan dicetak di tab Sertifikat pada jendela kelas: klik dua kali sebuah baris untuk membukanya.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Cari nama atau nomor</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>&amp;Lembaga:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Open class</source>
        <translation>&amp;Buka kelas</translation>
    </message>
    <message>
        <source>Open the selected certificate&apos;s class on its Certificates tab (Enter)</source>
        <translation>Buka kelas dari sertifikat yang dipilih, di tab Sertifikat (Enter)</translation>
    </message>
    <message>
        <source>Export register &amp;PDF…</source>
        <translation>Ekspor buku induk &amp;PDF…</translation>
    </message>
    <message>
        <source>The register for the institution and year chosen, for printing</source>
        <translation>Buku induk untuk lembaga dan tahun yang dipilih, untuk dicetak</translation>
    </message>
    <message>
        <source>Export register &amp;XLSX…</source>
        <translation>Ekspor buku induk &amp;XLSX…</translation>
    </message>
    <message>
        <source>The register for the institution and year chosen, as a workbook</source>
        <translation>Buku induk untuk lembaga dan tahun yang dipilih, sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Kunci…</translation>
    </message>
    <message>
        <source>The institution&apos;s signing key; other offices&apos; keys</source>
        <translation>Kunci tanda tangan lembaga ini; kunci kantor lain</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Buku induk sertifikat</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Buku &amp;induk</translation>
    </message>
    <message>
        <source>V&amp;erify a certificate</source>
        <translation>Veri&amp;fikasi sertifikat</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua lembaga</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>No certificates match the filters and search.</source>
        <translation>Tidak ada sertifikat yang cocok dengan filter dan pencarian.</translation>
    </message>
    <message>
        <source>No certificates issued yet for the institution and year chosen.</source>
        <translation>Belum ada sertifikat yang diterbitkan untuk lembaga dan tahun yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n sertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n dicabut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n diganti</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificate register</source>
        <translation>Ekspor buku induk sertifikat</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Menulis buku induk…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a password of your own before you go on; only you will know it.</source>
        <translation>Kata sandi Anda diatur oleh administrator. Pilih kata sandi Anda sendiri sebelum melanjutkan; hanya Anda yang akan mengetahuinya.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Tutup &amp;aplikasi</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Ubah kata sandi %1.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock aktif.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tanpa perubahan</translation>
    </message>
    <message>
        <source>into the class</source>
        <translation>masuk kelas</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Semua masalah</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Kesalahan saja</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Peringatan saja</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the chosen problems (all of them when none is chosen) to paste into a spreadsheet or a message</source>
        <translation>Salin masalah yang dipilih (semuanya bila tidak ada yang dipilih) untuk ditempel ke lembar kerja atau pesan</translation>
    </message>
    <message>
        <source>Save the re&amp;port…</source>
        <translation>Simpan la&amp;poran…</translation>
    </message>
    <message>
        <source>Save the problems as an Excel or CSV file, to fix them in the registrant list</source>
        <translation>Simpan daftar masalah sebagai berkas Excel atau CSV, untuk memperbaikinya di daftar pendaftar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
    <message>
        <source>Changes to existing participants (%1)</source>
        <translation>Perubahan data peserta (%1)</translation>
    </message>
    <message>
        <source>New participants (%1)</source>
        <translation>Peserta baru (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file: nothing can be imported as it is. The first problems in the list concern the whole file or the class: fix them (in the file, the column choices or the class) and press Re-read file.</source>
        <translation>
            <numerusform>%n kesalahan di berkas: belum ada yang dapat diimpor. Masalah teratas menyangkut seluruh berkas atau kelasnya: perbaiki (di berkas, pilihan kolom, atau kelas) lalu tekan Baca ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file: nothing can be imported as it is. Fix them in the file, save it and press Re-read file. Or import only the rows without errors.</source>
        <translation>
            <numerusform>%n kesalahan di berkas: belum ada yang dapat diimpor. Perbaiki di berkasnya, simpan, lalu tekan Baca ulang. Atau impor hanya baris tanpa kesalahan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import. %n warning(s) are worth a look first; they do not stop the import.</source>
        <translation>
            <numerusform>Siap diimpor. %n peringatan sebaiknya dilihat dulu; peringatan tidak menghalangi impor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: no problems found.</source>
        <translation>Siap diimpor: tidak ada masalah.</translation>
    </message>
    <message>
        <source>Nothing to import: everyone in the file is already in the database as it is.</source>
        <translation>Tidak ada yang perlu diimpor: semua orang di berkas sudah tercatat dengan data yang sama.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be registered in %1.</source>
        <translation>
            <numerusform>%n orang akan didaftarkan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a problem to read all of it.</source>
        <translation>Pilih satu masalah untuk membaca selengkapnya.</translation>
    </message>
</context>
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
    <name>ClassCertificatesTab</name>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Layak</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Tidak layak</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ta&amp;mpilkan:</translation>
    </message>
    <message>
        <source>Give a numbered, signed certificate to every eligible person who has none yet</source>
        <translation>Beri sertifikat bernomor dan bertanda tangan kepada setiap orang yang layak dan belum memilikinya</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the valid certificates, or save them as PDF (Ctrl+P)</source>
        <translation>Cetak sertifikat yang berlaku, atau simpan sebagai PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;issue…</source>
        <translation>Terbitkan u&amp;lang…</translation>
    </message>
    <message>
        <source>A new certificate with a new number for the selected person; the old one is marked as replaced</source>
        <translation>Sertifikat baru dengan nomor baru untuk orang yang dipilih; sertifikat lama ditandai diganti</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ca&amp;but…</translation>
    </message>
    <message>
        <source>Withdraw the selected certificate, with a reason</source>
        <translation>Cabut sertifikat yang dipilih, disertai alasan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Mu&amp;at ulang</translation>
    </message>
    <message>
        <source>Read attendance, results and certificates again</source>
        <translation>Baca ulang kehadiran, hasil penilaian dan sertifikat</translation>
    </message>
    <message>
        <source>Nobody in this class is taking part yet.</source>
        <translation>Belum ada peserta yang mengikuti kelas ini.</translation>
    </message>
    <message>
        <source>%1 of %2 eligible</source>
        <translation>%1 dari %2 layak</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates issued</source>
        <translation>
            <numerusform>%n sertifikat diterbitkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet issued</source>
        <translation>
            <numerusform>%n belum diterbitkan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue certificates (%1)</source>
        <translation>&amp;Terbitkan sertifikat (%1)</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Terbitkan sertifikat</translation>
    </message>
    <message>
        <source>Nobody eligible is waiting for a certificate.</source>
        <translation>Tidak ada peserta layak yang menunggu sertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n certificates?</source>
        <translation>
            <numerusform>Terbitkan %n sertifikat?</numerusform>
        </translation>
    </message>
    <message>
        <source>The number will be %1.</source>
        <translation>Nomornya: %1.</translation>
    </message>
    <message>
        <source>Numbers %1 to %2.</source>
        <translation>Nomor %1 s.d. %2.</translation>
    </message>
    <message>
        <source>(Another PC issuing at the same time may take some of them first.)</source>
        <translation>(PC lain yang menerbitkan pada saat yang sama bisa lebih dulu memakai sebagian nomor ini.)</translation>
    </message>
    <message>
        <source>A number is never given again, even if the certificate is revoked later.</source>
        <translation>Nomor yang sudah dipakai tidak akan diberikan lagi, meskipun sertifikatnya kelak dicabut.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people did not get a certificate:</source>
        <translation>
            <numerusform>%n orang tidak mendapat sertifikat:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Sertifikat %1</translation>
    </message>
    <message>
        <source>Certificate %1 is %2 and is not printed.</source>
        <translation>Sertifikat %1 sudah %2, jadi tidak dicetak.</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>Terbitkan ulang sertifikat</translation>
    </message>
    <message>
        <source>Certificate %1 replaced by %2.</source>
        <translation>Sertifikat %1 diganti dengan %2.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Cabut sertifikat</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Sertifikat %1 dicabut.</translation>
    </message>
</context>
<context>
    <name>ClassForm</name>
    <message>
        <source>New class</source>
        <translation>Kelas baru</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Kelas %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>— choose a program —</source>
        <translation>— pilih program —</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Kode kelas</translation>
    </message>
    <message>
        <source>e.g. LPK-SBP-JHT-2027-01</source>
        <translation>mis. LPK-SBP-JHT-2027-01</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nama kelas</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> peserta</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Type the date as day/month/year, e.g. 4/1/2027</source>
        <translation>Tulis tanggal sebagai hari/bulan/tahun, mis. 4/1/2027</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Belum ada ruangan</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (kapasitas %2)</translation>
    </message>
</context>
<context>
    <name>ClassHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>No changes recorded. Changes to sessions are recorded here once the class has started.</source>
        <translation>Belum ada perubahan yang tercatat. Perubahan pada pertemuan dicatat di sini setelah kelas dimulai.</translation>
    </message>
</context>
<context>
    <name>ClassLabels</name>
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
        <source>Self-paid</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <source>APBN</source>
        <translation>APBN</translation>
    </message>
    <message>
        <source>APBD</source>
        <translation>APBD</translation>
    </message>
    <message>
        <source>Kartu Prakerja</source>
        <translation>Kartu Prakerja</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
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
</context>
<context>
    <name>ClassParticipantsTab</name>
    <message>
        <source>Register…</source>
        <translation>Daftarkan…</translation>
    </message>
    <message>
        <source>Register people into this class: an existing participant or a new one (Ctrl+N)</source>
        <translation>Daftarkan orang ke kelas ini: peserta yang sudah ada atau peserta baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Ubah status…</translation>
    </message>
    <message>
        <source>Move the chosen people on: passed selection, reserve list, in training, withdrew… with a reason (F2)</source>
        <translation>Ubah status orang yang dipilih: lulus seleksi, cadangan, mengikuti pelatihan, mengundurkan diri… beserta alasannya (F2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Every status change of the chosen person: when, by whom and why (Ctrl+H)</source>
        <translation>Setiap perubahan status orang yang dipilih: kapan, oleh siapa dan mengapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>Prakerja…</source>
        <translation>Prakerja…</translation>
    </message>
    <message>
        <source>Kartu Prakerja card number, redeem code and redemption of the chosen person</source>
        <translation>Nomor kartu Prakerja, kode redeem dan tanggal redeem orang yang dipilih</translation>
    </message>
    <message>
        <source>Print announcement…</source>
        <translation>Cetak pengumuman…</translation>
    </message>
    <message>
        <source>The selection announcement of the class as a PDF (Ctrl+P)</source>
        <translation>Pengumuman hasil seleksi kelas ini sebagai PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation>Cetak surat…</translation>
    </message>
    <message>
        <source>A selection letter per person as a PDF: everyone, or the chosen people</source>
        <translation>Surat hasil seleksi per orang sebagai PDF: untuk semua, atau hanya orang yang dipilih</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <source>Copy a short message with the chosen people&apos;s status, to paste into a messaging app (Ctrl+Shift+C)</source>
        <translation>Salin pesan singkat berisi status orang yang dipilih, untuk ditempel ke aplikasi pesan (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy message in English</source>
        <translation>Salin pesan dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Show only the people with this status</source>
        <translation>Tampilkan hanya orang dengan status ini</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Find by name, NIK or phone</source>
        <translation>Cari nama, NIK atau telepon</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the participant; choose several rows with Ctrl or Shift</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka peserta; pilih beberapa baris dengan Ctrl atau Shift</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Semua (%1)</translation>
    </message>
    <message>
        <source>Prakerja: not redeemed yet (%1)</source>
        <translation>Prakerja: belum redeem (%1)</translation>
    </message>
    <message>
        <source>Nobody has registered yet.</source>
        <translation>Belum ada yang mendaftar.</translation>
    </message>
    <message>
        <source>Seats: %1 of %2 taken</source>
        <translation>Tempat: %1 dari %2 terisi</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation>penuh</translation>
    </message>
    <message>
        <source>Prakerja: %1 not redeemed yet</source>
        <translation>Prakerja: %1 belum redeem</translation>
    </message>
</context>
<context>
    <name>ClassScheduleTab</name>
    <message>
        <source>Generate schedule…</source>
        <translation>Buat jadwal…</translation>
    </message>
    <message>
        <source>Plan all sessions at once from a start date, weekdays and daily hours</source>
        <translation>Rencanakan semua pertemuan sekaligus dari tanggal mulai, hari belajar dan jam harian</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Tambah pertemuan…</translation>
    </message>
    <message>
        <source>Add one session (Ctrl+N)</source>
        <translation>Tambah satu pertemuan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit / move…</source>
        <translation>Ubah / pindahkan…</translation>
    </message>
    <message>
        <source>Change the date, time, room, unit or JP of the session (F2 or double-click)</source>
        <translation>Ubah tanggal, jam, ruangan, unit atau JP pertemuan (F2 atau klik dua kali)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Batalkan pertemuan…</translation>
    </message>
    <message>
        <source>Cancel the selected sessions, with a reason</source>
        <translation>Batalkan pertemuan yang dipilih, dengan alasan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Bring the selected cancelled sessions back</source>
        <translation>Adakan lagi pertemuan terpilih yang sudah dibatalkan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del)</source>
        <translation>Hapus pertemuan yang dipilih (Del)</translation>
    </message>
    <message>
        <source>Trainers…</source>
        <translation>Instruktur…</translation>
    </message>
    <message>
        <source>Assign trainers to the selected sessions (Ctrl+T)</source>
        <translation>Tetapkan instruktur untuk pertemuan yang dipilih (Ctrl+T)</translation>
    </message>
    <message>
        <source>Journal…</source>
        <translation>Jurnal…</translation>
    </message>
    <message>
        <source>Write the trainer journal of the session (Ctrl+J)</source>
        <translation>Isi jurnal instruktur pertemuan ini (Ctrl+J)</translation>
    </message>
    <message>
        <source>Print journal…</source>
        <translation>Cetak jurnal…</translation>
    </message>
    <message>
        <source>The class&apos;s trainer journal as a PDF (Ctrl+P)</source>
        <translation>Jurnal instruktur kelas ini sebagai PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scheduled: %1 of the program&apos;s %2 JP · delivered (journals written): %3 JP</source>
        <translation>Terjadwal: %1 dari %2 JP program · terlaksana (jurnal terisi): %3 JP</translation>
    </message>
    <message>
        <source>%1 JP still to schedule</source>
        <translation>%1 JP belum dijadwalkan</translation>
    </message>
    <message>
        <source>%1 JP more than the program</source>
        <translation>%1 JP lebih dari program</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>This version cannot change schedules yet.</source>
        <translation>Versi ini belum dapat mengubah jadwal.</translation>
    </message>
    <message>
        <source>This version cannot do that yet.</source>
        <translation>Versi ini belum dapat melakukannya.</translation>
    </message>
</context>
<context>
    <name>ClassWindow</name>
    <message>
        <source>&amp;Edit class…</source>
        <translation>&amp;Ubah kelas…</translation>
    </message>
    <message>
        <source>Change the class&apos;s code, name, dates, room, capacity, funding or status</source>
        <translation>Ubah kode, nama, tanggal, ruangan, kapasitas, sumber dana atau status kelas</translation>
    </message>
    <message>
        <source>&amp;Import registrants…</source>
        <translation>&amp;Impor pendaftar…</translation>
    </message>
    <message>
        <source>Read a registrant list (XLSX or CSV) into this class; every problem is shown before anything is written</source>
        <translation>Baca daftar pendaftar (XLSX atau CSV) ke kelas ini; semua masalah ditampilkan sebelum ada yang disimpan</translation>
    </message>
    <message>
        <source>E&amp;xport class list…</source>
        <translation>E&amp;kspor daftar kelas…</translation>
    </message>
    <message>
        <source>The class&apos;s participants with their status, as XLSX or CSV</source>
        <translation>Peserta kelas beserta statusnya, sebagai XLSX atau CSV</translation>
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
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Pertemuan</translation>
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
        <source>%1 (and %2 cancelled)</source>
        <translation>%1 (dan %2 dibatalkan)</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (kapasitas %2)</translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation>Ruangan belum dipilih</translation>
    </message>
    <message>
        <source>%1 seated of %2 places</source>
        <translation>%1 dari %2 tempat terisi</translation>
    </message>
    <message>
        <source>&amp;Schedule (%1)</source>
        <translation>&amp;Jadwal (%1)</translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Peserta (%1)</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Riwayat (%1)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Ke&amp;hadiran</translation>
    </message>
    <message>
        <source>&amp;Attendance (%1)</source>
        <translation>Ke&amp;hadiran (%1)</translation>
    </message>
    <message>
        <source>Ass&amp;essment</source>
        <translation>Pe&amp;nilaian</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Sertifikat</translation>
    </message>
    <message>
        <source>This class no longer exists; another user may have deleted it.</source>
        <translation>Kelas ini sudah tidak ada; mungkin telah dihapus oleh pengguna lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s) are not saved yet. Save them before closing?</source>
        <translation>
            <numerusform>%n tanda kehadiran belum disimpan. Simpan sebelum menutup?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Class code</source>
        <translation>Kode kelas</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nama kelas</translation>
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
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Search by class code or name, or program…</source>
        <translation>Cari menurut kode atau nama kelas, atau program…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Current (planned, open, running)</source>
        <translation>Aktif (direncanakan, dibuka, berjalan)</translation>
    </message>
    <message>
        <source>Show only classes with this status</source>
        <translation>Tampilkan hanya kelas dengan status ini</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>The class&apos;s schedule, participants and history (Enter or double-click)</source>
        <translation>Jadwal, peserta dan riwayat kelas (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <source>&amp;Cancel class</source>
        <translation>Batalkan &amp;kelas</translation>
    </message>
    <message>
        <source>Mark the class as cancelled; its sessions and participants are kept</source>
        <translation>Tandai kelas sebagai dibatalkan; pertemuan dan pesertanya tetap disimpan</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 kelas</translation>
    </message>
    <message>
        <source>This class no longer exists; another user may have deleted it.</source>
        <translation>Kelas ini sudah tidak ada; mungkin telah dihapus oleh pengguna lain.</translation>
    </message>
    <message>
        <source>Cancel class</source>
        <translation>Batalkan kelas</translation>
    </message>
    <message>
        <source>Cancel the class %1? Its status becomes &quot;Cancelled&quot;; its sessions and participants are kept, and you can set another status later in the class&apos;s form.</source>
        <translation>Batalkan kelas %1? Statusnya menjadi &quot;Dibatalkan&quot;; pertemuan dan pesertanya tetap disimpan, dan statusnya masih bisa diubah nanti di formulir kelas.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1 and its %n session(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus kelas %1 beserta %n pertemuannya untuk selamanya? Ini tidak bisa dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the class %1 for good? This cannot be undone.</source>
        <translation>Hapus kelas %1 untuk selamanya? Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Hapus kelas</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Tidak bisa dihapus</translation>
    </message>
    <message>
        <source>Cancel the class instead?</source>
        <translation>Batalkan kelas saja?</translation>
    </message>
</context>
<context>
    <name>ClosureDaysDialog</name>
    <message>
        <source>Closed days of %1</source>
        <translation>Hari libur lembaga %1</translation>
    </message>
    <message>
        <source>Schedules made from now on skip these days. A range (a week&apos;s break) is added at once.</source>
        <translation>Jadwal yang dibuat mulai sekarang melewati hari-hari ini. Satu rentang (mis. libur seminggu) ditambahkan sekaligus.</translation>
    </message>
    <message>
        <source>e.g. Rapat kerja yayasan, Libur semester</source>
        <translation>mis. Rapat kerja yayasan, Libur semester</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Hari &amp;pertama:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Hari te&amp;rakhir:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1 to %2</source>
        <translation>
            <numerusform>%n hari: %1 s.d. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) closed.</source>
        <translation>
            <numerusform>%n hari libur ditambahkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Conflicts are checked once the date and times are valid.</source>
        <translation>Bentrok diperiksa setelah tanggal dan jam terisi dengan benar.</translation>
    </message>
    <message>
        <source>No conflicts with other sessions.</source>
        <translation>Tidak ada bentrok dengan pertemuan lain.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts that stop the save: %n</source>
        <translation>
            <numerusform>Bentrok yang menghalangi penyimpanan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings: %n</source>
        <translation>
            <numerusform>Peringatan: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted conflicts: %n</source>
        <translation>
            <numerusform>Bentrok yang diterima: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Bentrok: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Accepted: %1 (reason: %2)</source>
        <translation>Diterima: %1 (alasan: %2)</translation>
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
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used safely (%2).

It was set aside untouched at:
%3
Nothing was written to it; keep it, someone may be able to rescue data from it.

To go on working, restore a backup. The newest backup that passes its check is chosen below; what was entered after it was taken is not in it.</source>
        <translation>Berkas basis data %1 rusak dan tidak dapat dipakai dengan aman (%2).

Berkas itu disisihkan tanpa diubah di:
%3
Tidak ada yang ditulis ke berkas itu; simpan baik-baik, mungkin datanya masih dapat diselamatkan.

Untuk melanjutkan pekerjaan, pulihkan cadangan. Cadangan terbaru yang lolos pemeriksaan dipilih di bawah; data yang dimasukkan setelah cadangan itu dibuat tidak ada di dalamnya.</translation>
    </message>
    <message>
        <source>No backups were found in %1. Choose a backup file, e.g. on a USB stick, or quit.</source>
        <translation>Tidak ditemukan cadangan di %1. Pilih berkas cadangan, misalnya di flashdisk USB, atau tutup aplikasi.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Pilih &amp;berkas lain…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Tutup &amp;aplikasi</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Mulai dengan basis data &amp;kosong</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <source>The backups are encrypted. Type the backup password so they can be checked. Without it only unencrypted backups can be checked.</source>
        <translation>Cadangan dienkripsi. Ketik kata sandi cadangan agar cadangan dapat diperiksa. Tanpa kata sandi itu, hanya cadangan yang tidak dienkripsi yang dapat diperiksa.</translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation>Memeriksa cadangan tanggal %1…</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Kata sandi salah</translation>
    </message>
    <message>
        <source>✔ Passed its check</source>
        <translation>✔ Lolos pemeriksaan</translation>
    </message>
    <message>
        <source>✖ Failed its check</source>
        <translation>✖ Tidak lolos pemeriksaan</translation>
    </message>
    <message>
        <source>Encrypted: password needed</source>
        <translation>Terenkripsi: perlu kata sandi</translation>
    </message>
    <message>
        <source>Checking the backups, newest first…</source>
        <translation>Memeriksa cadangan, mulai dari yang terbaru…</translation>
    </message>
    <message>
        <source>Checking the backups</source>
        <translation>Memeriksa cadangan</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check and is chosen. Press &quot;Restore this backup&quot; to go on with it.</source>
        <translation>Cadangan tanggal %1 lolos pemeriksaan dan dipilih. Tekan &quot;Pulihkan cadangan ini&quot; untuk melanjutkan dengan cadangan itu.</translation>
    </message>
    <message>
        <source>None of these backups passed its check. Choose another backup file, e.g. on a USB stick, or quit.</source>
        <translation>Tidak satu pun cadangan ini lolos pemeriksaan. Pilih berkas cadangan lain, misalnya di flashdisk USB, atau tutup aplikasi.</translation>
    </message>
    <message>
        <source>Restore which backup file?</source>
        <translation>Pulihkan berkas cadangan yang mana?</translation>
    </message>
    <message>
        <source>This backup has not passed its check. Restore it anyway?</source>
        <translation>Cadangan ini tidak lolos pemeriksaan. Tetap pulihkan?</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the backup password that was set when it was made.</source>
        <translation>Cadangan ini dienkripsi. Ketik kata sandi cadangan yang berlaku saat cadangan ini dibuat.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Memulihkan cadangan</translation>
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
    <name>DetailDelegate</name>
    <message>
        <source>hh:mm</source>
        <translation>jj:mm</translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation>“%1” bukan jam; ketik seperti 08:15.</translation>
    </message>
</context>
<context>
    <name>DraftSessionsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Units K</source>
        <translation>Unit K</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Layak</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Alasan tidak layak</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>%1 (min %2)</source>
        <translation>%1 (min. %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Ya</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Tidak</translation>
    </message>
    <message>
        <source>Not yet issued</source>
        <translation>Belum diterbitkan</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Meets every condition for the certificate</source>
        <translation>Memenuhi semua syarat sertifikat</translation>
    </message>
    <message>
        <source>%1 of the %2 units the program counts are competent (K)</source>
        <translation>%1 dari %2 unit yang dihitung program sudah kompeten (K)</translation>
    </message>
    <message>
        <source>Revoked: it no longer counts, and its number is never given again</source>
        <translation>Dicabut: tidak berlaku lagi, dan nomornya tidak akan diberikan lagi</translation>
    </message>
    <message>
        <source>Replaced by a reissued certificate with a new number</source>
        <translation>Diganti dengan sertifikat terbitan ulang bernomor baru</translation>
    </message>
</context>
<context>
    <name>EnrollmentActions</name>
    <message>
        <source>The new seat meets at the same time as another class the person holds a seat in:</source>
        <translation>Jadwal kelas ini bentrok dengan kelas lain yang juga diikuti orang ini:</translation>
    </message>
    <message>
        <source>If both seats are meant to stand, write why; the reason is kept with the sessions.</source>
        <translation>Jika keduanya memang tetap diikuti, tuliskan alasannya; alasan itu disimpan pada pertemuan yang bersangkutan.</translation>
    </message>
    <message>
        <source>Accept the schedule clash?</source>
        <translation>Terima bentrok jadwal?</translation>
    </message>
    <message>
        <source>&amp;Accept and save</source>
        <translation>&amp;Terima dan simpan</translation>
    </message>
    <message>
        <source>e.g. Attends the morning group only; agreed with both trainers</source>
        <translation>mis. Hanya ikut kelompok pagi; sudah disepakati dengan kedua instruktur</translation>
    </message>
    <message>
        <source>Offer the seat</source>
        <translation>Tawarkan tempat</translation>
    </message>
    <message>
        <source>Seat freed by %1</source>
        <translation>Menggantikan tempat %1</translation>
    </message>
    <message>
        <source>A seat is free. Offer the seat to %1 (reserve #%2)?

They will be marked as having passed the selection; call them to tell them.</source>
        <translation>Ada tempat kosong. Tawarkan kepada %1 (cadangan no. %2)?

Statusnya akan menjadi lulus seleksi; hubungi yang bersangkutan untuk memberi tahu.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <source>The message for %1 is copied: paste it into the messaging app.</source>
        <translation>Pesan untuk %1 sudah disalin: tempelkan ke aplikasi pesan.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages are copied, one after the other: paste them into the messaging app.</source>
        <translation>
            <numerusform>%n pesan sudah disalin berurutan: tempelkan ke aplikasi pesan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message for %1: no selection result to send.</source>
        <translation>Tidak ada pesan untuk %1: belum ada hasil seleksi untuk dikirim.</translation>
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
        <source>Replaced by a reissue %1: %2</source>
        <translation>Diganti dengan terbitan ulang %1: %2</translation>
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
    <name>EnrollmentStatus</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Written test 12 November: score 78 of 100</source>
        <translation>mis. Tes tertulis 12 November: nilai 78 dari 100</translation>
    </message>
    <message>
        <source>e.g. Passed the test, but the class is full</source>
        <translation>mis. Lulus tes, tetapi kelas sudah penuh</translation>
    </message>
    <message>
        <source>e.g. Interview: does not meet the age requirement</source>
        <translation>mis. Wawancara: tidak memenuhi syarat usia</translation>
    </message>
    <message>
        <source>e.g. Attended the opening day</source>
        <translation>mis. Hadir pada hari pembukaan</translation>
    </message>
    <message>
        <source>e.g. Finished with 95% attendance, competent in all units</source>
        <translation>mis. Selesai dengan kehadiran 95%, kompeten di semua unit</translation>
    </message>
    <message>
        <source>e.g. Got a job; told us by phone on 3 December</source>
        <translation>mis. Sudah bekerja; memberi tahu lewat telepon pada 3 Desember</translation>
    </message>
    <message>
        <source>e.g. Absent without notice for 5 sessions</source>
        <translation>mis. Tidak hadir tanpa keterangan selama 5 pertemuan</translation>
    </message>
    <message>
        <source>e.g. Status set by mistake; selection not done yet</source>
        <translation>mis. Status salah diisi; seleksi belum dilakukan</translation>
    </message>
</context>
<context>
    <name>ExportParticipantsDialog</name>
    <message>
        <source>Export participants</source>
        <translation>Ekspor peserta</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <source>Registered at %1</source>
        <translation>Terdaftar di %1</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>Buku kerja &amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;CSV file (.csv), for other programs</source>
        <translation>Berkas &amp;CSV (.csv), untuk program lain</translation>
    </message>
    <message>
        <source>&amp;Semicolons between values (for Excel set to Indonesian)</source>
        <translation>Pemisah &amp;titik koma (untuk Excel berbahasa Indonesia)</translation>
    </message>
    <message>
        <source>Excel set to Indonesian expects ; between the values of a CSV file; other programs expect ,</source>
        <translation>Excel berbahasa Indonesia memisahkan nilai berkas CSV dengan ; sedangkan program lain dengan ,</translation>
    </message>
    <message>
        <source>NIKs and phone numbers are written as text, so Excel keeps every digit.</source>
        <translation>NIK dan nomor telepon ditulis sebagai teks agar semua digitnya tetap utuh di Excel.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>S&amp;iapa:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the registrant list as it came: an Excel workbook (.xlsx) or a CSV file. Title rows above the headings, Indonesian headings and NIKs damaged by Excel are recognised. Every problem is listed before anything is saved, and nothing is saved until you say so.</source>
        <translation>Pilih daftar pendaftar apa adanya: buku kerja Excel (.xlsx) atau berkas CSV. Baris judul di atas tabel, judul kolom berbahasa Indonesia, dan NIK yang dirusak Excel dikenali. Semua masalah ditampilkan sebelum ada yang disimpan, dan tidak ada yang disimpan sebelum Anda memintanya.</translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file, or drop it here</source>
        <translation>Pilih berkas .xlsx atau .csv, atau seret dan lepas di sini</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+O)</source>
        <translation>Pilih berkasnya (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Everyone imported is also registered in this class (status: registered). Leave it empty to only add or update the participants.</source>
        <translation>Semua yang diimpor juga didaftarkan ke kelas ini (status: Mendaftar). Biarkan kosong untuk hanya menambah atau memperbarui data peserta.</translation>
    </message>
    <message>
        <source>Register in a class (optional)</source>
        <translation>Daftarkan ke kelas (boleh dilewati)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>L&amp;embaga:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Kelas:</translation>
    </message>
    <message>
        <source>The list needs a column with the NIK and one with the full name. Other columns are read when their heading says what they hold, in Indonesian or English: sex (or an L and a P column), place and date of birth (together or apart), address, village, district, regency/city, province, phone, e-mail, last education, employment, Prakerja card number and redeem code, notes. A column can also be chosen by hand in the next step.</source>
        <translation>Daftar harus punya kolom NIK dan kolom nama lengkap. Kolom lain dibaca bila judulnya menyebut isinya, dalam bahasa Indonesia atau Inggris: jenis kelamin (atau kolom L dan P), tempat dan tanggal lahir (digabung atau terpisah), alamat, desa/kelurahan, kecamatan, kabupaten/kota, provinsi, telepon, e-mail, pendidikan terakhir, status pekerjaan, nomor kartu dan kode redeem Prakerja, catatan. Isi kolom juga dapat dipilih sendiri di langkah berikutnya.</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua lembaga</translation>
    </message>
    <message>
        <source>— no class: only add or update participants —</source>
        <translation>— tanpa kelas: hanya tambah atau perbarui peserta —</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Pilih berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Tidak ada berkas di %1.</translation>
    </message>
    <message>
        <source>Choose the registrant list</source>
        <translation>Pilih daftar pendaftar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator — %1</source>
        <translation>Administrator pertama — %1</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Buat administrator pertama</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The administrator you create now signs in with this name and password, and adds, changes and locks the accounts of everyone else.</source>
        <translation>Basis data ini belum punya akun pengguna. Administrator yang Anda buat sekarang masuk dengan nama dan kata sandi ini, lalu menambah, mengubah, dan mengunci akun semua pengguna lain.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>e.g. admin or your first name, without spaces</source>
        <translation>misalnya admin atau nama depan Anda, tanpa spasi</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Buat dan masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Tutup &amp;aplikasi</translation>
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
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>This record has just been deleted by someone else; there is nothing to reload.</source>
        <translation>Data ini baru saja dihapus oleh pengguna lain; tidak ada yang dapat dimuat ulang.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <source>%1 saved this value; you had entered: %2</source>
        <translation>%1 menyimpan nilai ini; Anda tadi mengisi: %2</translation>
    </message>
    <message>
        <source>Changed by %1.</source>
        <translation>Diubah oleh %1.</translation>
    </message>
    <message>
        <source>This is the version %1 saved. Your changes to the fields they did not change are kept; check the marked fields, then save.</source>
        <translation>Ini versi yang disimpan oleh %1. Perubahan Anda pada isian yang tidak mereka ubah tetap ada; periksa isian yang ditandai, lalu simpan.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Ada perubahan yang belum disimpan.</translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>Generate the schedule — %1</source>
        <translation>Buat jadwal — %1</translation>
    </message>
    <message>
        <source>no room chosen</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <source>Program %1: %2 JP · room: %3</source>
        <translation>Program %1: %2 JP · ruangan: %3</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Hari pertama</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Sen–Jum</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Senin s.d. Jumat</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Hari belajar</translation>
    </message>
    <message>
        <source>The day&apos;s teaching periods, separated by commas; breaks fall between them</source>
        <translation>Jam belajar dalam sehari, dipisahkan koma; waktu istirahat ada di antaranya</translation>
    </message>
    <message>
        <source>Daily &amp;times</source>
        <translation>&amp;Jam belajar harian</translation>
    </message>
    <message>
        <source>Skip collective leave (cuti bersama)</source>
        <translation>Lewati cuti bersama</translation>
    </message>
    <message>
        <source>— none for now —</source>
        <translation>— belum ditentukan —</translation>
    </message>
    <message>
        <source>&amp;Lead trainer</source>
        <translation>Instruktur &amp;utama</translation>
    </message>
    <message>
        <source>JP per unit</source>
        <translation>JP per unit</translation>
    </message>
    <message>
        <source>&amp;Save the schedule</source>
        <translation>&amp;Simpan jadwal</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Pertemuan (%1)</translation>
    </message>
    <message>
        <source>Skipped days (%1)</source>
        <translation>Hari dilewati (%1)</translation>
    </message>
    <message>
        <source>%1 sessions, %2 to %3</source>
        <translation>%1 pertemuan, %2 s.d. %3</translation>
    </message>
    <message>
        <source>No sessions can be planned from these entries yet.</source>
        <translation>Belum ada pertemuan yang dapat direncanakan dari isian ini.</translation>
    </message>
    <message>
        <source>Planned %1 JP of the program&apos;s %2 JP</source>
        <translation>Direncanakan %1 dari %2 JP program</translation>
    </message>
    <message>
        <source>No. %1: </source>
        <translation>No. %1: </translation>
    </message>
    <message numerus="yes">
        <source>The class already has %n planned session(s). They will be replaced by the new schedule. Continue?</source>
        <translation>
            <numerusform>Kelas ini sudah punya %n pertemuan terjadwal. Pertemuan tersebut akan diganti dengan jadwal baru. Lanjutkan?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Status history — %1</source>
        <translation>Riwayat status — %1</translation>
    </message>
    <message>
        <source>%1 in class %2: every status change, oldest first.</source>
        <translation>%1 di kelas %2: setiap perubahan status, dari yang terlama.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— abaikan kolom ini —</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Re-read file</source>
        <translation>&amp;Baca ulang</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in Excel, with the same column choices (F5)</source>
        <translation>Baca lagi berkasnya setelah diperbaiki di Excel, dengan pilihan kolom yang sama (F5)</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only…</source>
        <translation>Impor baris &amp;valid saja…</translation>
    </message>
    <message>
        <source>Import the rows without errors and leave the others out; you are asked first</source>
        <translation>Impor baris tanpa kesalahan dan lewati yang lain; Anda ditanya dulu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>1 File</source>
        <translation>1 Berkas</translation>
    </message>
    <message>
        <source>2 Columns</source>
        <translation>2 Kolom</translation>
    </message>
    <message>
        <source>3 Check</source>
        <translation>3 Periksa</translation>
    </message>
    <message>
        <source>4 Done</source>
        <translation>4 Selesai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: headings in row %3, %4 filled rows below them.</source>
        <translation>%1, lembar &quot;%2&quot;: judul kolom di baris %3, %4 baris berisi di bawahnya.</translation>
    </message>
    <message>
        <source>Rows 1 to %1 above them (titles) are skipped.</source>
        <translation>Baris 1 sampai %1 di atasnya (judul) dilewati.</translation>
    </message>
    <message>
        <source>Row %1 only numbers the columns and is skipped.</source>
        <translation>Baris %1 hanya berisi nomor kolom dan dilewati.</translation>
    </message>
    <message>
        <source>Your column choices are kept.</source>
        <translation>Pilihan kolom Anda tetap dipakai.</translation>
    </message>
    <message>
        <source>The column choices last used for lists with these headings are filled in.</source>
        <translation>Pilihan kolom yang terakhir dipakai untuk daftar dengan judul kolom ini sudah diisikan.</translation>
    </message>
    <message>
        <source>Each column&apos;s field is suggested from its heading; change any that is wrong.</source>
        <translation>Isian setiap kolom diusulkan dari judulnya; ubah yang keliru.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Memeriksa berkas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be left out and not imported.</source>
        <translation>
            <numerusform>%n baris berisi kesalahan akan dilewati dan tidak diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without errors will be imported.</source>
        <translation>
            <numerusform>%n baris tanpa kesalahan akan diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import only the rows without errors?</source>
        <translation>Impor baris tanpa kesalahan saja?</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Impor baris valid saja</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>Mengimpor peserta</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Impor dibatalkan. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Marks not imported</source>
        <translation>Kehadiran tidak diimpor</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: berkas ini memuat %n masalah. Perbaiki di berkasnya lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import marks: check the changes</source>
        <translation>Impor kehadiran: periksa perubahannya</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a look, but they do not stop the import.</source>
        <translation>
            <numerusform>%n peringatan: sebaiknya dilihat, tetapi tidak menghalangi impor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n mark(s)</source>
        <translation>
            <numerusform>&amp;Simpan %n tanda kehadiran</numerusform>
        </translation>
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
    <name>JournalDialog</name>
    <message>
        <source>Trainer journal — %1, %2</source>
        <translation>Jurnal instruktur — %1, %2</translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation>Uraian materi yang diajarkan</translation>
    </message>
    <message>
        <source>e.g. Measuring the body: bust, waist and hip; practice in pairs</source>
        <translation>mis. Mengukur badan: lingkar dada, pinggang dan panggul; praktik berpasangan</translation>
    </message>
    <message>
        <source>JP delivered</source>
        <translation>JP terlaksana</translation>
    </message>
    <message>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <source>At most %1 JP fit in this session&apos;s time.</source>
        <translation>Paling banyak %1 JP muat dalam waktu pertemuan ini.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>e.g. Started 30 minutes late because of a power cut</source>
        <translation>mis. Mulai terlambat 30 menit karena listrik padam</translation>
    </message>
    <message>
        <source>C&amp;lear journal</source>
        <translation>&amp;Kosongkan jurnal</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Tanpa unit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>Belum ditetapkan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Clear this session&apos;s journal? The session counts as not held again and its JP are no longer paid.</source>
        <translation>Kosongkan jurnal pertemuan ini? Pertemuan kembali dianggap belum terlaksana dan JP-nya tidak lagi dibayar.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Certificate signing keys</source>
        <translation>Kunci tanda tangan sertifikat</translation>
    </message>
    <message>
        <source>This institution&apos;s key</source>
        <translation>Kunci lembaga ini</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Ekspor kunci publik…</translation>
    </message>
    <message>
        <source>Save the public key in a file, for other offices to check this institution&apos;s certificates</source>
        <translation>Simpan kunci publik ke sebuah berkas, agar kantor lain dapat memeriksa sertifikat lembaga ini</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Keys this database knows</source>
        <translation>Kunci yang dikenal basis data ini</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Known keys</source>
        <translation>Kunci yang dikenal</translation>
    </message>
    <message>
        <source>&amp;Import a key from another office…</source>
        <translation>&amp;Impor kunci dari kantor lain…</translation>
    </message>
    <message>
        <source>Add the public key file another office exported, so its certificates verify here</source>
        <translation>Tambahkan berkas kunci publik yang diekspor kantor lain, agar sertifikatnya dapat diverifikasi di sini</translation>
    </message>
    <message>
        <source>Each institution signs its certificates with its own key: choose one institution at the top of the window to see or export its key.</source>
        <translation>Setiap lembaga menandatangani sertifikatnya dengan kuncinya sendiri: pilih dulu satu lembaga di bagian atas jendela untuk melihat atau mengekspor kuncinya.</translation>
    </message>
    <message>
        <source>%1 — %2 signs its certificates with this key. Give the exported public key to offices that need to check them; the private key never leaves this database.</source>
        <translation>%1 — %2 menandatangani sertifikatnya dengan kunci ini. Berikan kunci publik hasil ekspor kepada kantor yang perlu memeriksanya; kunci privat tidak pernah keluar dari basis data ini.</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Ekspor kunci publik</translation>
    </message>
    <message>
        <source>LPKS public key (*%1);;All files (*)</source>
        <translation>Kunci publik LPKS (*%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The key could not be saved as %1: %2</source>
        <translation>Kunci tidak dapat disimpan sebagai %1: %2</translation>
    </message>
    <message>
        <source>Public key saved as %1.</source>
        <translation>Kunci publik disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation>Impor kunci publik</translation>
    </message>
    <message>
        <source>%1 is not a public key file: it is far too large (%2 KB).</source>
        <translation>%1 bukan berkas kunci publik: ukurannya terlalu besar (%2 KB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>This key of %1 was already known; nothing changed.</source>
        <translation>Kunci %1 ini sudah dikenal; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Key %1 of %2 added: its certificates can be verified here now.</source>
        <translation>Kunci %1 milik %2 ditambahkan: sertifikatnya kini dapat diverifikasi di sini.</translation>
    </message>
    <message>
        <source>own, in use</source>
        <translation>milik sendiri, aktif</translation>
    </message>
    <message>
        <source>own, retired</source>
        <translation>milik sendiri, tidak aktif</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
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
        <source>Check status</source>
        <translation>Cek status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
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
        <source>Trainer workload</source>
        <translation>Beban mengajar</translation>
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
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ubah kata &amp;sandi…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close your windows and let someone else sign in</source>
        <translation>Tutup jendela Anda agar orang lain dapat masuk</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Kata sandi Anda sudah diubah.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>The workbook has several sheets: choose the one with the list</source>
        <translation>Buku kerja ini punya beberapa lembar: pilih lembar yang berisi daftar</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Le&amp;mbar:</translation>
    </message>
    <message>
        <source>&amp;Suggested columns</source>
        <translation>Kolom &amp;usulan</translation>
    </message>
    <message>
        <source>Go back to the columns suggested from the headings</source>
        <translation>Kembali ke kolom yang diusulkan dari judulnya</translation>
    </message>
    <message>
        <source>The file has no columns to import.</source>
        <translation>Berkas tidak punya kolom untuk diimpor.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Pilih kolom yang berisi: %1.</translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1.</source>
        <translation>Setiap isian hanya boleh diambil dari satu kolom: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n kolom diabaikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation>Semua kolom diimpor.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark, arrival time and note</source>
        <translation>Tanda kehadiran, jam datang dan catatan</translation>
    </message>
    <message>
        <source>Leave each mark as it is</source>
        <translation>Biarkan tanda kehadiran masing-masing</translation>
    </message>
    <message>
        <source>Not recorded (clears the mark and its note)</source>
        <translation>Belum dicatat (menghapus tanda dan catatannya)</translation>
    </message>
    <message>
        <source>Different times: left as they are unless you type one</source>
        <translation>Jam berbeda-beda: dibiarkan kecuali Anda mengetik jam</translation>
    </message>
    <message>
        <source>hh:mm — empty: arrived on time</source>
        <translation>jj:mm — kosong: datang tepat waktu</translation>
    </message>
    <message>
        <source>Different notes: left as they are unless you type one</source>
        <translation>Catatan berbeda-beda: dibiarkan kecuali Anda mengetik catatan</translation>
    </message>
    <message>
        <source>e.g. the reason for an absence</source>
        <translation>mis. alasan tidak hadir</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Tanda:</translation>
    </message>
    <message>
        <source>&amp;Arrival time:</source>
        <translation>&amp;Jam datang:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>An arrival time is kept only with a present (H) mark; after the session&apos;s start it counts as late.</source>
        <translation>Jam datang hanya disimpan untuk tanda hadir (H); bila lewat dari jam mulai pertemuan, dihitung terlambat.</translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation>“%1” bukan jam; ketik seperti 08:15.</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n pertemuan</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Tidak ada pertemuan</translation>
    </message>
    <message>
        <source>Click to see this week</source>
        <translation>Klik untuk melihat minggu ini</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lagi</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Kalender bulanan</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Ulangi kata sandi yang sama</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock aktif.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>Ketik kata sandi baru.</translation>
    </message>
    <message>
        <source>Type the same password again in the second field.</source>
        <translation>Ketik lagi kata sandi yang sama di isian kedua.</translation>
    </message>
    <message>
        <source>Type the password a second time to be sure of it.</source>
        <translation>Ketik kata sandi itu sekali lagi untuk memastikannya.</translation>
    </message>
    <message>
        <source>✓ The password is acceptable.</source>
        <translation>✓ Kata sandi dapat diterima.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Save despite conflicts?</source>
        <translation>Tetap simpan meski bentrok?</translation>
    </message>
    <message>
        <source>Saving would double-book a trainer, a room or participants. If this is intended (e.g. two classes share the workshop), write why: the reason is kept with both sessions.</source>
        <translation>Jika disimpan, instruktur, ruangan atau peserta akan terjadwal ganda. Bila memang disengaja (mis. dua kelas memakai ruang praktik yang sama), tuliskan alasannya: alasan itu disimpan pada kedua pertemuan.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Tetap &amp;simpan</translation>
    </message>
    <message>
        <source>e.g. Both groups practise together in the workshop</source>
        <translation>mis. Kedua kelompok berlatih bersama di ruang praktik</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Read a participant list (XLSX or CSV, as it came); every problem is shown with its row before anything is written</source>
        <translation>Baca daftar peserta (XLSX atau CSV, apa adanya); setiap masalah ditampilkan beserta barisnya sebelum ada yang disimpan</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Participants as XLSX or CSV; NIK and phone stay text</source>
        <translation>Peserta sebagai XLSX atau CSV; NIK dan telepon tetap berupa teks</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Ketik lagi:</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Ketik kata sandinya.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
</context>
<context>
    <name>PersonClassesModel</name>
    <message>
        <source>Class and its dates</source>
        <translation>Kelas dan periodenya</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>PrakerjaDialog</name>
    <message>
        <source>Kartu Prakerja — %1</source>
        <translation>Kartu Prakerja — %1</translation>
    </message>
    <message>
        <source>For offline Prakerja training the participant redeems their code at the institution; the redemption is the proof of attendance.</source>
        <translation>Pada pelatihan Prakerja luring, peserta me-redeem kodenya di lembaga; redeem itu menjadi bukti kehadiran.</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>as shown in the participant&apos;s Prakerja dashboard</source>
        <translation>sesuai yang tampil di dasbor Prakerja peserta</translation>
    </message>
    <message>
        <source>Re&amp;deemed on</source>
        <translation>Di-redeem &amp;pada</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>&amp;Nomor kartu</translation>
    </message>
    <message>
        <source>&amp;Redeem code</source>
        <translation>&amp;Kode redeem</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Redeem</translation>
    </message>
</context>
<context>
    <name>PrintAttendanceDialog</name>
    <message>
        <source>Print attendance</source>
        <translation>Cetak kehadiran</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Yang dicetak</translation>
    </message>
    <message>
        <source>Attendance sheets of a &amp;week</source>
        <translation>Daftar hadir satu &amp;minggu</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua instruktur</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Instruktur</translation>
    </message>
    <message>
        <source>Only class %1</source>
        <translation>Hanya kelas %1</translation>
    </message>
    <message>
        <source>(no class chosen)</source>
        <translation>(belum ada kelas yang dipilih)</translation>
    </message>
    <message>
        <source>Class &amp;grid of %1</source>
        <translation>&amp;Tabel kehadiran kelas %1</translation>
    </message>
    <message>
        <source>with the &amp;marks recorded so far</source>
        <translation>berisi tanda ke&amp;hadiran yang sudah dicatat</translation>
    </message>
    <message>
        <source>Attendance &amp;recap of %1</source>
        <translation>&amp;Rekap kehadiran %1</translation>
    </message>
    <message>
        <source>as PDF</source>
        <translation>sebagai PDF</translation>
    </message>
    <message>
        <source>as Excel workbook (XLSX)</source>
        <translation>sebagai buku kerja Excel (XLSX)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
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
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>P&amp;otret</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Lanskap</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Show &amp;NIK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins</source>
        <translation>&amp;Baris kosong untuk peserta tambahan</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Attendance sheet of the chosen s&amp;ession (%1)</source>
        <translation>Daftar hadir pertemuan yang &amp;dipilih (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Attendance sheets of the %n chosen s&amp;essions</source>
        <translation>
            <numerusform>Daftar hadir %n pertemuan yang &amp;dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance sheets of the chosen s&amp;essions (none chosen)</source>
        <translation>Daftar hadir pertemuan yang &amp;dipilih (belum ada yang dipilih)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Menyiapkan dokumen…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Save as XLSX…</source>
        <translation>&amp;Simpan sebagai XLSX…</translation>
    </message>
    <message>
        <source>No sessions in this week: nothing to print.</source>
        <translation>Tidak ada pertemuan pada minggu ini: tidak ada yang dapat dicetak.</translation>
    </message>
    <message>
        <source>No sessions chosen: nothing to print.</source>
        <translation>Belum ada pertemuan yang dipilih: tidak ada yang dapat dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n pertemuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n kelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n pages</source>
        <translation>
            <numerusform>sekitar %n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance grid — %1</source>
        <translation>Tabel kehadiran — %1</translation>
    </message>
    <message>
        <source>Attendance recap — %1</source>
        <translation>Rekap kehadiran — %1</translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>There are no sessions from %1 to %2 for this choice. Nothing was printed.</source>
        <translation>Tidak ada pertemuan dari %1 s.d. %2 untuk pilihan ini. Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <source>No sessions were chosen. Nothing was printed.</source>
        <translation>Tidak ada pertemuan yang dipilih. Tidak ada yang dicetak.</translation>
    </message>
</context>
<context>
    <name>PrintJournalDialog</name>
    <message>
        <source>Print the trainer journal — %1</source>
        <translation>Cetak jurnal instruktur — %1</translation>
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
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>&amp;Potret</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Lanskap</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation>Semua instruktur</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Instruktur</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
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
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Certificate needs</source>
        <translation>Syarat sertifikat</translation>
    </message>
    <message>
        <source>required units competent</source>
        <translation>unit wajib kompeten</translation>
    </message>
    <message>
        <source>all units competent</source>
        <translation>semua unit kompeten</translation>
    </message>
    <message>
        <source>no unit results (attendance only)</source>
        <translation>tanpa hasil unit (hanya kehadiran)</translation>
    </message>
    <message>
        <source>Minimum score (optional)</source>
        <translation>Nilai minimal (boleh kosong)</translation>
    </message>
    <message>
        <source>e.g. 70; blank: scores are not needed</source>
        <translation>mis. 70; kosong: nilai tidak diperlukan</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>LPKS Desktop backups (*.sqlite *.pgdump *.lpksenc);;All files (*)</source>
        <translation>Cadangan LPKS Desktop (*.sqlite *.pgdump *.lpksenc);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke certificate %1</source>
        <translation>Cabut sertifikat %1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 will be revoked. This cannot be undone: the certificate stops counting, a check of its QR code reports it as revoked, and its number is never given to anyone else.</source>
        <translation>Sertifikat %1 atas nama %2 akan dicabut. Ini tidak bisa dibatalkan: sertifikat tidak berlaku lagi, pemeriksaan kode QR-nya akan menyatakan dicabut, dan nomornya tidak akan diberikan kepada siapa pun.</translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation>&amp;Cabut sertifikat</translation>
    </message>
    <message>
        <source>Reissue certificate %1</source>
        <translation>Terbitkan ulang sertifikat %1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 was revoked. %2 gets a new certificate with a new number, made from the records as they are now; %1 stays revoked. Do this only when the reason for the revocation no longer holds.</source>
        <translation>Sertifikat %1 atas nama %2 sudah dicabut. %2 mendapat sertifikat baru dengan nomor baru, dibuat dari data saat ini; %1 tetap dicabut. Lakukan ini hanya bila alasan pencabutannya sudah tidak berlaku.</translation>
    </message>
    <message>
        <source>&amp;Reissue certificate</source>
        <translation>&amp;Terbitkan ulang sertifikat</translation>
    </message>
    <message>
        <source>%2 gets a new certificate with a new number, made from the records as they are now (a corrected name, for instance). Certificate %1 is marked as replaced; its number is never given again.</source>
        <translation>%2 mendapat sertifikat baru dengan nomor baru, dibuat dari data saat ini (misalnya nama yang sudah diperbaiki). Sertifikat %1 ditandai diganti; nomornya tidak akan diberikan lagi.</translation>
    </message>
    <message>
        <source>Reason (required, kept with the certificate):</source>
        <translation>Alasan (wajib, disimpan bersama sertifikat):</translation>
    </message>
    <message>
        <source>e.g. the name was misspelt</source>
        <translation>mis. nama salah ketik</translation>
    </message>
    <message>
        <source>e.g. the documents were checked again and are genuine</source>
        <translation>mis. dokumen sudah diperiksa ulang dan asli</translation>
    </message>
    <message>
        <source>e.g. issued by mistake; the participant did not finish the course</source>
        <translation>mis. salah terbit; peserta tidak menyelesaikan pelatihan</translation>
    </message>
    <message>
        <source>Please write the reason first.</source>
        <translation>Tulis dulu alasannya.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Alasan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>RecordChangedDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation>Pengguna lain telah menyimpan data ini</translation>
    </message>
    <message>
        <source>Someone else deleted this record</source>
        <translation>Pengguna lain telah menghapus data ini</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Tutup formulir</translation>
    </message>
    <message>
        <source>%1 saved this record on %2, after you opened it. Your changes were not saved, so that theirs are not overwritten.</source>
        <translation>%1 menyimpan data ini pada %2, setelah Anda membukanya. Perubahan Anda tidak disimpan, agar perubahan mereka tidak tertimpa.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Pengguna lain</translation>
    </message>
    <message>
        <source>Reload their version: the form shows what is saved now and keeps your own changes to the fields they did not change, for you to check and save. Fields you both changed are marked. Keep editing: the form stays as it is; nothing is saved.</source>
        <translation>Muat versi mereka: formulir menampilkan data yang tersimpan sekarang dan tetap memuat perubahan Anda pada isian yang tidak mereka ubah, untuk Anda periksa lalu simpan. Isian yang diubah oleh Anda dan oleh mereka ditandai. Lanjutkan mengisi: formulir tetap seperti adanya; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Muat versi mereka</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengisi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Saat Anda membukanya</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Tersimpan sekarang</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Isian Anda</translation>
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
    <name>RegisterDialog</name>
    <message>
        <source>Register participants — %1</source>
        <translation>Daftarkan peserta — %1</translation>
    </message>
    <message>
        <source>Find the person by NIK, name or phone number, choose them and press Register. Not in the list? Create them as a new participant.</source>
        <translation>Cari orangnya menurut NIK, nama atau nomor telepon, pilih, lalu tekan Daftarkan. Tidak ada di daftar? Buat sebagai peserta baru.</translation>
    </message>
    <message>
        <source>NIK, name or phone number</source>
        <translation>NIK, nama atau nomor telepon</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>Peserta &amp;baru…</translation>
    </message>
    <message>
        <source>Create the person with the participant form, then register them in this class</source>
        <translation>Buat data orang tersebut dengan formulir peserta, lalu daftarkan ke kelas ini</translation>
    </message>
    <message>
        <source>optional, e.g. registered at the village office</source>
        <translation>boleh kosong, mis. mendaftar di kantor desa</translation>
    </message>
    <message>
        <source>Note for the &amp;history</source>
        <translation>Catatan untuk &amp;riwayat</translation>
    </message>
    <message>
        <source>optional; can be added later</source>
        <translation>boleh kosong; bisa diisi nanti</translation>
    </message>
    <message>
        <source>Prakerja &amp;redeem code</source>
        <translation>&amp;Kode redeem Prakerja</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Daftarkan</translation>
    </message>
    <message>
        <source>Type at least part of a name, or digits of a NIK or phone number.</source>
        <translation>Ketik setidaknya sebagian nama, atau angka NIK atau nomor telepon.</translation>
    </message>
    <message>
        <source>Nobody matches. Check the spelling, or create the person with New participant.</source>
        <translation>Tidak ada yang cocok. Periksa ejaannya, atau buat datanya dengan Peserta baru.</translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow it down.</source>
        <translation>%1 hasil pertama: ketik lebih banyak untuk mempersempit.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n orang ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is registered. Registered in this dialog: %2.</source>
        <translation>%1 sudah didaftarkan. Didaftarkan lewat dialog ini: %2.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
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
        <source>Issued</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Replaced by / replaces</source>
        <translation>Diganti dengan / mengganti</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>A temporary password for %1. Tell it to them in person; they must choose their own the next time they sign in.</source>
        <translation>Kata sandi sementara untuk %1. Sampaikan langsung kepada orangnya; ia harus memilih kata sandinya sendiri saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Berkas cadangan: %1</translation>
    </message>
    <message>
        <source>The backup has not been checked yet.</source>
        <translation>Cadangan belum diperiksa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Try another &amp;password…</source>
        <translation>Coba kata &amp;sandi lain…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the backup password that was set when it was made.</source>
        <translation>Cadangan ini dienkripsi. Ketik kata sandi cadangan yang berlaku saat cadangan ini dibuat.</translation>
    </message>
    <message>
        <source>No password was typed, so the backup could not be checked.</source>
        <translation>Kata sandi tidak diketik, sehingga cadangan tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Memeriksa cadangan</translation>
    </message>
    <message>
        <source>The password is wrong: it does not open this backup. Nothing was changed. Type the backup password again (capital letters count).</source>
        <translation>Kata sandi salah: kata sandi itu tidak membuka cadangan ini. Tidak ada yang diubah. Ketik lagi kata sandi cadangan (huruf besar dan kecil dibedakan).</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Cadangan ini tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Cadangan ini tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored:</source>
        <translation>Cadangan ini tidak lolos pemeriksaan dan tidak dapat dipulihkan:</translation>
    </message>
    <message>
        <source>This backup comes from a %1 database and cannot replace this %2 database.</source>
        <translation>Cadangan ini berasal dari basis data %1 dan tidak dapat menggantikan basis data %2 ini.</translation>
    </message>
    <message>
        <source>✔ The backup passed its check: it is complete and readable.</source>
        <translation>✔ Cadangan lolos pemeriksaan: cadangan itu lengkap dan dapat dibaca.</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
    <message>
        <source>Data format (schema version): %1</source>
        <translation>Format data (versi skema): %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Ukuran: %1</translation>
    </message>
    <message>
        <source>It holds: %1</source>
        <translation>Isinya: %1</translation>
    </message>
    <message>
        <source>What happens: the database now in use (%1) is first kept aside as it is, then replaced by this backup. Everything entered after %2 is not in the backup; it stays only in the copy kept aside.</source>
        <translation>Yang akan terjadi: basis data yang sedang dipakai (%1) lebih dulu disisihkan apa adanya, lalu diganti dengan cadangan ini. Semua yang dimasukkan setelah %2 tidak ada di cadangan; data itu hanya ada di salinan yang disisihkan.</translation>
    </message>
    <message>
        <source>&amp;Yes, restore the backup of %1</source>
        <translation>&amp;Ya, pulihkan cadangan tanggal %1</translation>
    </message>
    <message>
        <source>&amp;No, keep the current data</source>
        <translation>&amp;Tidak, pertahankan data sekarang</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Lembaga</translation>
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
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entri jejak audit</translation>
    </message>
    <message>
        <source>Other work is still running (a backup, a print or an import). Wait until it has finished, then restore again.</source>
        <translation>Pekerjaan lain masih berjalan (pencadangan, pencetakan atau impor). Tunggu sampai selesai, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. LPKS Desktop now shows the restored data.</source>
        <translation>Cadangan tanggal %1 sudah dipulihkan. LPKS Desktop sekarang menampilkan data yang dipulihkan.</translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at %1.</source>
        <translation>Basis data seperti sebelum pemulihan disimpan di %1.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database in use before is unchanged and open again.</source>
        <translation>Cadangan tidak dipulihkan: %1

Basis data yang dipakai sebelumnya tidak berubah dan dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>(not assessed)</source>
        <translation>(belum dinilai)</translation>
    </message>
    <message>
        <source>K – competent</source>
        <translation>K – kompeten</translation>
    </message>
    <message>
        <source>BK – not yet competent</source>
        <translation>BK – belum kompeten</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Sign in to use this.</source>
        <translation>Masuk dulu untuk memakai ini.</translation>
    </message>
    <message>
        <source>Not for your role (%1): it may not %2.</source>
        <translation>Tidak untuk peran Anda (%1): peran ini tidak boleh %2.</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message>
        <source>Rooms by day</source>
        <translation>Ruangan per hari</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Tanpa ruangan</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n bentrok</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainer yet</source>
        <translation>Belum ada instruktur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Room also booked for %1 (%2), %3</source>
        <translation>Ruangan juga dipakai %1 (%2), %3</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Diterima: %1</translation>
    </message>
    <message>
        <source>Double-click to open the class</source>
        <translation>Klik dua kali untuk membuka kelas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n pertemuan minggu ini</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) clash with another in this room</source>
        <translation>
            <numerusform>%n pertemuan bentrok dengan pertemuan lain di ruangan ini</numerusform>
        </translation>
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
    <name>RosterModel</name>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Prakerja card</source>
        <translation>Kartu Prakerja</translation>
    </message>
    <message>
        <source>Redeem code</source>
        <translation>Kode redeem</translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation>Tanggal redeem</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sessions</source>
        <translation>Batalkan pertemuan</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n session(s)? They stay in the schedule, marked cancelled with the reason; their trainers and attendance are kept in case they are restored.</source>
        <translation>
            <numerusform>Batalkan %n pertemuan? Pertemuan tetap ada di jadwal, ditandai dibatalkan beserta alasannya; instruktur dan kehadirannya tetap disimpan bila nanti dipulihkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the &amp;sessions</source>
        <translation>Batalkan &amp;pertemuan</translation>
    </message>
    <message>
        <source>e.g. Trainer ill; the workshop had no electricity</source>
        <translation>mis. Instruktur sakit; listrik di ruang praktik padam</translation>
    </message>
    <message>
        <source>Restore sessions</source>
        <translation>Pulihkan pertemuan</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n cancelled session(s) after all?</source>
        <translation>
            <numerusform>Adakan lagi %n pertemuan yang sudah dibatalkan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the sessions were already as chosen.</source>
        <translation>Tidak ada yang berubah: pertemuan sudah sesuai pilihan.</translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Hapus pertemuan</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? This cannot be undone. A session that was called off should be cancelled instead.</source>
        <translation>
            <numerusform>Hapus %n pertemuan? Ini tidak bisa dibatalkan. Pertemuan yang tidak jadi diadakan sebaiknya dibatalkan saja, bukan dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Membaca jurnal…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Day and date</source>
        <translation>Hari, tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
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
        <source>Trainers</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Journal JP</source>
        <translation>JP jurnal</translation>
    </message>
    <message>
        <source>%1 (assistant)</source>
        <translation>%1 (pendamping)</translation>
    </message>
    <message>
        <source>no reason written</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>No trainer assigned yet</source>
        <translation>Belum ada instruktur</translation>
    </message>
    <message>
        <source>The trainer journal of this session is not written yet</source>
        <translation>Jurnal instruktur pertemuan ini belum diisi</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsSection</name>
    <message>
        <source>Schedules and fees</source>
        <translation>Jadwal dan honor</translation>
    </message>
    <message>
        <source>Skip collective leave (cuti bersama) when generating schedules</source>
        <translation>Lewati cuti bersama saat membuat jadwal</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>Default &amp;fee per JP:</source>
        <translation>Hon&amp;or bawaan per JP:</translation>
    </message>
    <message>
        <source>Paid for trainers who have no fee of their own. Empty: workload reports show JP without money for them.</source>
        <translation>Dibayarkan kepada instruktur yang tidak punya honor sendiri. Bila kosong, laporan beban mengajar menampilkan JP mereka tanpa nominal honor.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(tanpa alasan)</translation>
    </message>
    <message>
        <source>Also a holiday</source>
        <translation>Bertepatan hari libur</translation>
    </message>
    <message>
        <source>&amp;Add closed days…</source>
        <translation>Tam&amp;bah hari libur…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Collective leave</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution sets these for itself.</source>
        <translation>Untuk %1 — %2. Setiap lembaga mengatur ini sendiri.</translation>
    </message>
    <message>
        <source>Collective leave, the default fee and closed days are set for each institution: choose one institution at the top first.</source>
        <translation>Cuti bersama, honor bawaan dan hari libur lembaga diatur per lembaga: pilih dulu satu lembaga di bagian atas.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Closed days of the institution in %1</source>
        <translation>Hari libur lembaga tahun %1</translation>
    </message>
    <message>
        <source>National holidays %1</source>
        <translation>Hari libur nasional %1</translation>
    </message>
    <message>
        <source>Every schedule skips these holidays; collective leave only when the box above is ticked (greyed while it is not). Holiday dates set by the moon are estimates until the government announces them.</source>
        <translation>Setiap jadwal melewati hari libur ini; cuti bersama hanya bila kotak di atas dicentang (tampil kelabu selama tidak dicentang). Tanggal libur yang mengikuti kalender bulan masih perkiraan sampai diumumkan pemerintah.</translation>
    </message>
    <message>
        <source>None yet: only the national holidays are skipped.</source>
        <translation>Belum ada: hanya hari libur nasional yang dilewati.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) entered.</source>
        <translation>
            <numerusform>%n hari tercatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them fall on a holiday and change nothing.</source>
        <translation>
            <numerusform>%n di antaranya jatuh pada hari libur sehingga tidak berpengaruh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove closed days</source>
        <translation>Hapus hari libur lembaga</translation>
    </message>
    <message numerus="yes">
        <source>Open %1 again on %n day(s)? Schedules made from now on may use them.</source>
        <translation>
            <numerusform>Buka lagi %1 pada %n hari tersebut? Jadwal yang dibuat mulai sekarang boleh memakai hari-hari itu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPrintDialog</name>
    <message>
        <source>Print the selection announcement — %1</source>
        <translation>Cetak pengumuman seleksi — %1</translation>
    </message>
    <message>
        <source>The list of who passed the selection, who is on the reserve list and who did not pass, on the institution&apos;s letterhead, to post or to send.</source>
        <translation>Daftar yang lulus seleksi, cadangan, dan yang tidak lulus, dengan kop surat lembaga, untuk ditempel atau dikirim.</translation>
    </message>
    <message>
        <source>Print selection letters — %1</source>
        <translation>Cetak surat hasil seleksi — %1</translation>
    </message>
    <message>
        <source>One letter per person telling them their selection result and what to do next, on the institution&apos;s letterhead.</source>
        <translation>Satu surat per orang berisi hasil seleksinya dan langkah selanjutnya, dengan kop surat lembaga.</translation>
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
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>e.g. 012/LPK-SBP/SEL/XI/2026; blank: a dotted line</source>
        <translation>mis. 012/LPK-SBP/SEL/XI/2026; kosong: garis titik-titik</translation>
    </message>
    <message>
        <source>Letter &amp;number</source>
        <translation>&amp;Nomor surat</translation>
    </message>
    <message>
        <source>Print the &amp;full NIK (otherwise the birth date part is hidden)</source>
        <translation>Cetak NIK &amp;lengkap (jika tidak, bagian tanggal lahir disembunyikan)</translation>
    </message>
    <message>
        <source>&amp;Everyone with a selection result</source>
        <translation>Se&amp;mua yang sudah punya hasil seleksi</translation>
    </message>
    <message>
        <source>Only the %1 &amp;chosen in the list</source>
        <translation>Hanya %1 orang yang &amp;dipilih di daftar</translation>
    </message>
    <message>
        <source>optional, printed last among the provisions</source>
        <translation>boleh kosong, dicetak paling akhir di antara ketentuan</translation>
    </message>
    <message>
        <source>Letters for</source>
        <translation>Surat untuk</translation>
    </message>
    <message>
        <source>Extra &amp;note</source>
        <translation>&amp;Catatan tambahan</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>No selection result yet for %1: set passed, reserve list or not passed first, or leave them out.</source>
        <translation>Belum ada hasil seleksi untuk %1: tetapkan dulu lulus seleksi, cadangan atau tidak lulus, atau jangan sertakan mereka.</translation>
    </message>
    <message>
        <source>Nobody in this class has a selection result yet.</source>
        <translation>Belum ada peserta kelas ini yang punya hasil seleksi.</translation>
    </message>
    <message>
        <source>Still waiting for a result, so not in the announcement: %1.</source>
        <translation>Masih menunggu hasil, jadi tidak masuk pengumuman: %1.</translation>
    </message>
    <message>
        <source>Still waiting for a result, so without a letter: %1.</source>
        <translation>Masih menunggu hasil, jadi tidak dibuatkan surat: %1.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session — %1</source>
        <translation>Pertemuan baru — %1</translation>
    </message>
    <message>
        <source>Session of %1 — %2</source>
        <translation>Pertemuan %1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Jam selesai</translation>
    </message>
    <message>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>No unit (free topic)</source>
        <translation>Tanpa unit (topik bebas)</translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <source>The class&apos;s room (%1)</source>
        <translation>Ruangan kelas (%1)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>— no lead trainer —</source>
        <translation>— tanpa instruktur utama —</translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation>Instruktur utama</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Kept in the class&apos;s change history, e.g. trainer ill</source>
        <translation>Disimpan di riwayat perubahan kelas, mis. instruktur sakit</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <source>%1 minutes: %2 JP fit</source>
        <translation>%1 menit: muat %2 JP</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Masuk — %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Masuk ke %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock aktif.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Tutup &amp;aplikasi</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>SkippedDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Why no session</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — %1</source>
        <translation>Ubah status — %1</translation>
    </message>
    <message numerus="yes">
        <source>Change status — %n participant(s)</source>
        <translation>
            <numerusform>Ubah status — %n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n participant(s):</source>
        <translation>
            <numerusform>Ubah status %n peserta:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Ubah status</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Koreksi: %1</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>Status &amp;baru</translation>
    </message>
    <message>
        <source>Place on the reserve &amp;list</source>
        <translation>Urutan ca&amp;dangan</translation>
    </message>
    <message>
        <source>Several people take consecutive places from this one, in the order listed above; those already from this place on move down</source>
        <translation>Beberapa orang menempati urutan berturut-turut mulai dari nomor ini, sesuai urutan di atas; yang sudah berada di urutan ini dan sesudahnya bergeser turun</translation>
    </message>
    <message>
        <source>Only %1 of %2 seats are free; this takes %3. The class&apos;s capacity will refuse it: move fewer people, put the rest on the reserve list, or raise the capacity first.</source>
        <translation>Hanya %1 dari %2 tempat yang kosong; perubahan ini memerlukan %3. Kapasitas kelas tidak mencukupi: pindahkan lebih sedikit orang, masukkan sisanya ke daftar cadangan, atau naikkan kapasitas dulu.</translation>
    </message>
    <message>
        <source>Seats: %1 of %2 taken; this takes %3 more.</source>
        <translation>Tempat: %1 dari %2 terisi; perubahan ini menambah %3.</translation>
    </message>
    <message>
        <source>&amp;Reason (required for this change):</source>
        <translation>&amp;Alasan (wajib untuk perubahan ini):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history):</source>
        <translation>&amp;Alasan (boleh kosong, disimpan di riwayat):</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Check status</source>
        <translation>Cek status</translation>
    </message>
    <message>
        <source>Type a NIK, a name or a phone number to see that person&apos;s classes and statuses. Every institution in this database is searched, whichever institution is chosen above: callers often do not remember where they registered.</source>
        <translation>Ketik NIK, nama atau nomor telepon untuk melihat kelas dan status orang tersebut. Pencarian mencakup semua lembaga di basis data ini, apa pun lembaga yang dipilih di atas: penelepon sering tidak ingat di mana mereka mendaftar.</translation>
    </message>
    <message>
        <source>NIK, name or phone number</source>
        <translation>NIK, nama atau nomor telepon</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the participant</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka peserta</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Buka &amp;profil</translation>
    </message>
    <message>
        <source>The participant&apos;s full record, with attendance and certificates</source>
        <translation>Data lengkap peserta, termasuk kehadiran dan sertifikat</translation>
    </message>
    <message>
        <source>Registered as a participant, but not in any class yet.</source>
        <translation>Terdaftar sebagai peserta, tetapi belum masuk kelas mana pun.</translation>
    </message>
    <message>
        <source>Type a NIK, a name or a phone number above.</source>
        <translation>Ketik NIK, nama atau nomor telepon di atas.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n orang ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 people found: type more of the name, or the NIK, to narrow it down</source>
        <translation>%1 orang pertama yang ditemukan: ketik nama lebih lengkap, atau NIK-nya, untuk mempersempit</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>lahir %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
</context>
<context>
    <name>TrainerCombo</name>
    <message>
        <source>Type part of the name</source>
        <translation>Ketik sebagian nama</translation>
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
    <name>TrainersDialog</name>
    <message>
        <source>Trainers — %1</source>
        <translation>Instruktur — %1</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Instruktur</translation>
    </message>
    <message>
        <source>&amp;Lead trainer</source>
        <translation>Instruktur &amp;utama</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Pendamping</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>A new lead trainer takes the place of the sessions&apos; current lead.</source>
        <translation>Instruktur utama yang baru menggantikan instruktur utama pertemuan saat ini.</translation>
    </message>
    <message>
        <source>The chosen sessions (%1)</source>
        <translation>Pertemuan yang dipilih (%1)</translation>
    </message>
    <message>
        <source>All sessions of the unit</source>
        <translation>Semua pertemuan unit</translation>
    </message>
    <message>
        <source>All sessions of this class</source>
        <translation>Semua pertemuan kelas ini</translation>
    </message>
    <message>
        <source>Only sessions from today on</source>
        <translation>Hanya pertemuan mulai hari ini</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Kept in the class&apos;s change history</source>
        <translation>Disimpan di riwayat perubahan kelas</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <source>&amp;Remove from these sessions</source>
        <translation>&amp;Lepas dari pertemuan ini</translation>
    </message>
    <message>
        <source>Sessions to change: %1</source>
        <translation>Pertemuan yang diubah: %1</translation>
    </message>
    <message>
        <source>cancelled ones left out: %1</source>
        <translation>yang dibatalkan tidak diikutkan: %1</translation>
    </message>
    <message>
        <source>Choose a trainer and the sessions to see clashes and warnings.</source>
        <translation>Pilih instruktur dan pertemuannya untuk melihat bentrok dan peringatan.</translation>
    </message>
    <message>
        <source>Take %1 off %2 session(s)?</source>
        <translation>Lepas %1 dari %2 pertemuan?</translation>
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
    <name>UnitJpModel</name>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <source>Program JP</source>
        <translation>JP program</translation>
    </message>
    <message>
        <source>Scheduled JP</source>
        <translation>JP terjadwal</translation>
    </message>
    <message>
        <source>Delivered JP</source>
        <translation>JP terlaksana</translation>
    </message>
    <message>
        <source>Other sessions (no unit)</source>
        <translation>Pertemuan lain (tanpa unit)</translation>
    </message>
    <message>
        <source>%1 JP short of the program</source>
        <translation>%1 JP kurang dari program</translation>
    </message>
    <message>
        <source>%1 JP more than the program</source>
        <translation>%1 JP lebih dari program</translation>
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
    <name>UnitPlanModel</name>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <source>Program JP</source>
        <translation>JP program</translation>
    </message>
    <message>
        <source>Planned JP</source>
        <translation>JP direncanakan</translation>
    </message>
    <message>
        <source>JP beyond the units</source>
        <translation>JP di luar unit</translation>
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
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Peran %1</translation>
    </message>
    <message>
        <source>lowercase letters, digits, dots or hyphens</source>
        <translation>huruf kecil, angka, titik atau tanda hubung</translation>
    </message>
    <message>
        <source>(choose the trainer)</source>
        <translation>(pilih instruktur)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Instruktur:</translation>
    </message>
    <message>
        <source>The temporary password is changed by its owner at their first sign-in.</source>
        <translation>Kata sandi sementara diganti oleh pemiliknya saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>Kata sandi &amp;sementara:</translation>
    </message>
    <message>
        <source>Everything, including user accounts, settings, the audit trail and restoring backups.</source>
        <translation>Semuanya, termasuk akun pengguna, pengaturan, jejak audit, dan pemulihan cadangan.</translation>
    </message>
    <message>
        <source>Day-to-day work: participants, classes, schedules, attendance, assessment, certificates, imports and backups.</source>
        <translation>Pekerjaan sehari-hari: peserta, kelas, jadwal, kehadiran, penilaian, sertifikat, impor, dan pencadangan.</translation>
    </message>
    <message>
        <source>Only the classes this trainer teaches: sees and prints them, enters attendance and writes the journal.</source>
        <translation>Hanya kelas yang diajar instruktur ini: melihat dan mencetaknya, mengisi kehadiran, dan mengisi jurnal.</translation>
    </message>
    <message>
        <source>Sees and prints everything, changes nothing (a head of the centre or an inspector).</source>
        <translation>Melihat dan mencetak semua data, tidak mengubah apa pun (pimpinan lembaga atau pemeriksa).</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Dapat masuk</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Belum ada kata sandi</translation>
    </message>
    <message>
        <source>Locked by an administrator</source>
        <translation>Dikunci oleh administrator</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <source>Yes (must choose a new password)</source>
        <translation>Ya (harus memilih kata sandi baru)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-ins in a row</source>
        <translation>
            <numerusform>%n kali gagal masuk berturut-turut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Who may sign in to this database, and what each role may do. Passwords are never shown: a forgotten one is reset to a temporary password its owner then changes.</source>
        <translation>Siapa yang boleh masuk ke basis data ini, dan apa yang boleh dilakukan setiap peran. Kata sandi tidak pernah ditampilkan: kata sandi yang terlupa diatur ulang menjadi kata sandi sementara, yang lalu diganti oleh pemiliknya.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>A new account with a temporary password</source>
        <translation>Akun baru dengan kata sandi sementara</translation>
    </message>
    <message>
        <source>Edit &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>The role of the selected account, and its trainer</source>
        <translation>Peran akun yang dipilih, dan instrukturnya</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Atur ulang kata &amp;sandi…</translation>
    </message>
    <message>
        <source>Give the selected account a temporary password, changed by its owner at the next sign-in</source>
        <translation>Beri akun yang dipilih kata sandi sementara, yang diganti pemiliknya saat masuk berikutnya</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Stop the selected account from signing in until unlocked</source>
        <translation>Cegah akun yang dipilih masuk sampai kuncinya dibuka</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Let the selected account sign in again (also after too many failed attempts)</source>
        <translation>Izinkan akun yang dipilih masuk lagi (juga setelah terlalu banyak percobaan gagal)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>%1 signs in with the temporary password and then chooses a new one.</source>
        <translation>%1 masuk dengan kata sandi sementara, lalu memilih kata sandi baru.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock the account %1? They cannot sign in until an administrator unlocks it.</source>
        <translation>Kunci akun %1? Pemiliknya tidak dapat masuk sampai administrator membuka kuncinya.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verifikasi sertifikat</translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate with a USB scanner, or paste its text here, then press Enter. The check works without internet: a certificate of another office can be checked once that office&apos;s public key has been imported (Keys…).</source>
        <translation>Pindai kode QR pada sertifikat dengan pemindai USB, atau tempel teksnya di sini, lalu tekan Enter. Pemeriksaan berjalan tanpa internet: sertifikat kantor lain dapat diperiksa setelah kunci publik kantor itu diimpor (Kunci…).</translation>
    </message>
    <message>
        <source>LPKS1:… (scan or paste the QR code&apos;s text)</source>
        <translation>LPKS1:… (pindai atau tempel teks kode QR)</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Kode sertifikat</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Kunci…</translation>
    </message>
    <message>
        <source>Import another office&apos;s public key, or export this institution&apos;s</source>
        <translation>Impor kunci publik kantor lain, atau ekspor kunci publik lembaga ini</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>What the code says</source>
        <translation>Isi kode</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nomor:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Training:</source>
        <translation>Pelatihan:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Tanggal terbit:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Diterbitkan oleh:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID kunci:</translation>
    </message>
    <message>
        <source>This database&apos;s record</source>
        <translation>Catatan di basis data ini</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Replacement:</source>
        <translation>Penggantian:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>What the code says (not confirmed by a signature)</source>
        <translation>Isi kode (tidak terkonfirmasi oleh tanda tangan)</translation>
    </message>
    <message>
        <source>not known here</source>
        <translation>tidak dikenal di sini</translation>
    </message>
    <message>
        <source>This database&apos;s certificate with this number</source>
        <translation>Sertifikat dengan nomor ini di basis data</translation>
    </message>
    <message>
        <source>This database holds no certificate with this number.</source>
        <translation>Basis data ini tidak memuat sertifikat dengan nomor ini.</translation>
    </message>
    <message>
        <source>Signed by one of this database&apos;s institutions, but this database holds no certificate with this number (it may come from a copy of the data made before it was issued).</source>
        <translation>Ditandatangani salah satu lembaga di basis data ini, tetapi basis data ini tidak memuat sertifikat dengan nomor ini (mungkin ini salinan data yang dibuat sebelum sertifikat itu diterbitkan).</translation>
    </message>
    <message>
        <source>This database holds no certificate with this number: it was issued elsewhere, so whether it was revoked later is known only to the office that issued it.</source>
        <translation>Basis data ini tidak memuat sertifikat dengan nomor ini: sertifikat ini diterbitkan di tempat lain, jadi apakah kemudian dicabut hanya diketahui kantor yang menerbitkannya.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (tanggal %2)</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>diganti dengan %1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>mengganti %1</translation>
    </message>
</context>
<context>
    <name>WeekSessionsModel</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
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
        <source>Trainers</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>(no unit or topic)</source>
        <translation>(tanpa unit atau materi)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>written, %1 JP</source>
        <translation>terisi, %1 JP</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>belum berlangsung</translation>
    </message>
    <message>
        <source>nobody enrolled</source>
        <translation>belum ada peserta</translation>
    </message>
    <message>
        <source>not marked (0 of %1)</source>
        <translation>belum diisi (0 dari %1)</translation>
    </message>
    <message>
        <source>marked %1 of %2</source>
        <translation>terisi %1 dari %2</translation>
    </message>
    <message>
        <source>%1 present of %2 marked</source>
        <translation>%1 hadir dari %2 yang diisi</translation>
    </message>
    <message>
        <source>The trainer journal of this session has not been written yet; its planned %1 JP count until it is.</source>
        <translation>Jurnal instruktur pertemuan ini belum diisi; sampai diisi, yang dihitung adalah %1 JP yang direncanakan.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Kalender mingguan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Double-click to open the class</source>
        <translation>Klik dua kali untuk membuka kelas</translation>
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
    <name>WorkloadModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Home institution</source>
        <translation>Lembaga asal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>JP lead</source>
        <translation>JP utama</translation>
    </message>
    <message>
        <source>JP assistant</source>
        <translation>JP pendamping</translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <source>Rate per JP</source>
        <translation>Honor per JP</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Jumlah honor</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Neither the trainer nor the institution has a fee per JP: set one on the trainer or in Settings.</source>
        <translation>Instruktur maupun lembaga belum punya honor per JP: atur di data instruktur atau di Pengaturan.</translation>
    </message>
    <message>
        <source>The institution&apos;s default fee per JP (the trainer has no own rate).</source>
        <translation>Honor bawaan lembaga per JP (instruktur tidak punya honor sendiri).</translation>
    </message>
    <message>
        <source>The trainer&apos;s own fee per JP.</source>
        <translation>Honor per JP milik instruktur sendiri.</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>Trainer workload</source>
        <translation>Beban mengajar instruktur</translation>
    </message>
    <message>
        <source>JP taught per trainer in the month, from the trainer journal, with the fee per JP.</source>
        <translation>JP yang diajarkan tiap instruktur dalam sebulan, menurut jurnal instruktur, beserta honor per JP.</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Bulan sebelumnya (Alt+Panah Kiri)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Bulan berikutnya (Alt+Panah Kanan)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>&amp;Bulan ini</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>No journal-recorded JP in %1.</source>
        <translation>Belum ada JP yang tercatat di jurnal pada %1.</translation>
    </message>
    <message>
        <source>%1: %2 trainers, %3 JP, fees %4</source>
        <translation>%1: %2 instruktur, %3 JP, honor %4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of this month without a trainer journal are not counted. Write their journals to include them.</source>
        <translation>
            <numerusform>%n pertemuan bulan ini belum punya jurnal instruktur sehingga tidak dihitung. Isi jurnalnya agar ikut dihitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fee per JP for %1: their fee is left blank. Set a rate on the trainer, or a default fee per JP in Settings.</source>
        <translation>Belum ada honor per JP untuk %1: honornya dibiarkan kosong. Atur honor di data instruktur, atau honor bawaan per JP di Pengaturan.</translation>
    </message>
    <message>
        <source>Export trainer workload</source>
        <translation>Ekspor beban mengajar instruktur</translation>
    </message>
    <message>
        <source>Collecting the workload…</source>
        <translation>Mengumpulkan data beban mengajar…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Menulis file…</translation>
    </message>
</context>
<context>
    <name>certificate_batch</name>
    <message numerus="yes">
        <source>Making %n certificates…</source>
        <translation>
            <numerusform>Membuat %n sertifikat…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certificate_print</name>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Arsip ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation>Sertifikat — %1</translation>
    </message>
    <message>
        <source>This class has no valid certificates to print. Issue them first with &quot;Issue certificates&quot;; revoked and replaced certificates are never printed.</source>
        <translation>Kelas ini tidak punya sertifikat berlaku untuk dicetak. Terbitkan dulu dengan &quot;Terbitkan sertifikat&quot;; sertifikat yang dicabut atau diganti tidak pernah dicetak.</translation>
    </message>
</context>
<context>
    <name>certificate_status</name>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>diganti dengan %1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>mengganti %1</translation>
    </message>
</context>
<context>
    <name>certificate_verdict</name>
    <message>
        <source>Genuine</source>
        <translation>Asli</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>Forged or altered</source>
        <translation>Palsu atau diubah</translation>
    </message>
    <message>
        <source>Unknown institution</source>
        <translation>Lembaga tidak dikenal</translation>
    </message>
    <message>
        <source>Not a certificate code</source>
        <translation>Bukan kode sertifikat</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
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
    <name>document_export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation>Disimpan sebagai %1.

Buka sekarang?</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation>Disimpan sebagai %1.

Buka sekarang?</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Ekspor peserta</translation>
    </message>
    <message>
        <source>Export the class list</source>
        <translation>Ekspor daftar peserta kelas</translation>
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
<context>
    <name>import</name>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Judul kolom di berkas</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column: %2</source>
        <translation>%1 dipilih untuk lebih dari satu kolom: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Setelah impor</translation>
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
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Nothing needed to change</source>
        <translation>Tidak ada yang perlu diubah</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s) added.</source>
        <translation>
            <numerusform>%n peserta baru ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) updated.</source>
        <translation>
            <numerusform>%n peserta diperbarui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already up to date.</source>
        <translation>
            <numerusform>%n peserta sudah sesuai, tidak diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered in the class %1.</source>
        <translation>
            <numerusform>%n orang didaftarkan ke kelas %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already registered in the class and were left as they were.</source>
        <translation>
            <numerusform>%n orang sudah terdaftar di kelas itu dan dibiarkan apa adanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were left out: %1.</source>
        <translation>
            <numerusform>%n baris berisi kesalahan dilewati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Masalah impor</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>masalah</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Simpan laporan masalah</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Mencetak halaman %1 dari %2…</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation>Menyiapkan halaman %1 dari %2…</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Dokumen ini tidak memiliki halaman.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation>utama</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>pendamping</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database is already open</source>
        <translation>Basis data sedang dibuka</translation>
    </message>
    <message>
        <source>found when the app was last started</source>
        <translation>ditemukan saat aplikasi terakhir dijalankan</translation>
    </message>
</context>
</TS>
