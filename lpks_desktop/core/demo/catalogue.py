"""The demo foundation: its three institutions, their rooms, programs, units and trainers.

Registration and licence numbers are shaped like the real ones but invented.
Unit codes follow the two SKKNI shapes in use: the current ``X.000000.000.00``
(KBLI letter of the sector) and the older ``TIK.OP01.001.01`` style. Each
program's unit JP add up to its total JP.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import DEFAULT_CERTIFICATE_PATTERN

FOUNDATION = "Yayasan Sapta Bangun Persada"


@dataclass(frozen=True)
class InstitutionSpec:
    code: str
    short: str  # used in class codes: SBP-JHT-2026-03
    name: str
    registration_number: str
    license_number: str
    business_id: str
    accreditation: str
    address: str
    village: str
    district: str
    postal_code: str
    phone: str
    email: str
    website: str
    head_name: str
    head_title: str
    issue_place: str  # printed as "Paringin, 28 November 2026" on certificates
    paper: str
    certificate_number_pattern: str = DEFAULT_CERTIFICATE_PATTERN


@dataclass(frozen=True)
class RoomSpec:
    institution: str
    name: str
    capacity: int
    location: str


@dataclass(frozen=True)
class UnitSpec:
    code: str
    title: str
    jp: int


@dataclass(frozen=True)
class ProgramSpec:
    institution: str
    code: str  # also the program part of class codes
    name: str
    description: str
    kbli_code: str
    skkni_reference: str
    min_attendance_pct: int
    room: str
    units: tuple[UnitSpec, ...]

    @property
    def total_jp(self) -> int:
        return sum(unit.jp for unit in self.units)


@dataclass(frozen=True)
class TrainerSpec:
    institution: str
    full_name: str
    sex: str
    programs: tuple[str, ...]  # program codes whose units the trainer may teach
    rate_per_jp: int  # rupiah
    partial: bool = False  # qualified for only part of the units
    has_nik: bool = True
    certification: str = ""  # a technical certificate besides the methodology one


CITY = "Kabupaten Balangan"
PROVINCE = "Kalimantan Selatan"

INSTITUTIONS: tuple[InstitutionSpec, ...] = (
    InstitutionSpec(
        code="LPK-SBP", short="SBP", name="LPK Sapta Bangun Persada",
        registration_number="VIN 6311.2.0.0017", license_number="503/017/DPMPTSP-NAKER/2023",
        business_id="9120305712846",
        accreditation="Menjahit Pakaian Wanita: Terakreditasi B, berlaku s.d. 14 Maret 2028\n"
                      "Tata Rias Pengantin: Terakreditasi B, berlaku s.d. 2 Oktober 2027",
        address="Jl. Jenderal Ahmad Yani Km 2 No. 17", village="Paringin Kota", district="Paringin",
        postal_code="71618", phone="+625264501234", email="lpk.sbp@sbpersada.or.id",
        website="https://sbpersada.or.id", head_name="Hj. Noor Hidayah, S.Pd.",
        head_title="Kepala LPK Sapta Bangun Persada", issue_place="Paringin", paper="A4"),
    InstitutionSpec(
        code="LPK-STB", short="STB", name="LPK Sapta Teknik Balangan",
        registration_number="VIN 6311.2.0.0023", license_number="503/023/DPMPTSP-NAKER/2024",
        business_id="9120406138254",
        accreditation="Pengelasan SMAW: Terakreditasi A, berlaku s.d. 30 Juni 2029",
        address="Jl. Lingkar Batu Piring No. 8", village="Batu Piring", district="Paringin Selatan",
        postal_code="71618", phone="+625264502345", email="lpk.stb@sbpersada.or.id",
        website="https://sbpersada.or.id/teknik", head_name="Ir. H. Ahmad Syarkawi, M.T.",
        head_title="Kepala LPK Sapta Teknik Balangan", issue_place="Paringin", paper="F4"),
    InstitutionSpec(
        code="LPK-SDP", short="SDP", name="LPK Sapta Digital Persada",
        registration_number="VIN 6311.2.0.0031", license_number="503/031/DPMPTSP-NAKER/2025",
        business_id="9120509264417", accreditation="",
        address="Jl. Pangeran Antasari No. 45", village="Lampihong Kanan", district="Lampihong",
        postal_code="71661", phone="+625264503456", email="lpk.sdp@sbpersada.or.id",
        website="https://sbpersada.or.id/digital", head_name="Muhammad Rizal Fahmi, S.Kom., M.M.",
        head_title="Direktur LPK Sapta Digital Persada", issue_place="Paringin", paper="A4"),
)

ROOMS: tuple[RoomSpec, ...] = (
    RoomSpec("LPK-SBP", "Ruang Jahit", 20, "Gedung A lantai 1"),
    RoomSpec("LPK-SBP", "Ruang Rias", 16, "Gedung A lantai 2"),
    RoomSpec("LPK-SBP", "Dapur Barista", 12, "Gedung B"),
    RoomSpec("LPK-SBP", "Dapur Produksi", 16, "Gedung B"),
    RoomSpec("LPK-SBP", "Aula", 60, "Gedung A lantai 2"),
    RoomSpec("LPK-STB", "Bengkel Las", 16, "Workshop 1"),
    RoomSpec("LPK-STB", "Bengkel Otomotif", 16, "Workshop 2"),
    RoomSpec("LPK-STB", "Bengkel Listrik", 16, "Workshop 3"),
    RoomSpec("LPK-STB", "Ruang Teori", 30, "Gedung utama"),
    RoomSpec("LPK-SDP", "Lab Komputer 1", 20, "Lantai 1"),
    RoomSpec("LPK-SDP", "Lab Komputer 2", 20, "Lantai 1"),
    RoomSpec("LPK-SDP", "Studio Desain", 16, "Lantai 2"),
    RoomSpec("LPK-SDP", "Ruang Pertemuan", 30, "Lantai 2"),
)


def _units(*rows: tuple[str, str, int]) -> tuple[UnitSpec, ...]:
    return tuple(UnitSpec(code, title, jp) for code, title, jp in rows)


PROGRAMS: tuple[ProgramSpec, ...] = (
    ProgramSpec("LPK-SBP", "JHT", "Menjahit Pakaian Wanita",
                "Menjahit blus, rok dan gamis dengan mesin jahit industri.", "14111",
                "SKKNI Bidang Industri Pakaian Jadi", 80, "Ruang Jahit", _units(
                    ("C.141000.001.02", "Mengukur Tubuh dan Menentukan Ukuran Busana", 10),
                    ("C.141000.002.02", "Membuat Pola Dasar Busana Wanita", 30),
                    ("C.141000.003.02", "Memotong Bahan Tekstil", 20),
                    ("C.141000.004.02", "Menjahit Komponen Busana dengan Mesin", 50),
                    ("C.141000.005.02", "Memasang Kancing, Ritsleting dan Pelengkap Busana", 20),
                    ("C.141000.006.02", "Melakukan Penyelesaian Akhir Busana", 20),
                    ("C.141000.007.02", "Menerapkan K3 di Tempat Kerja Garmen", 10))),
    ProgramSpec("LPK-SBP", "TRS", "Tata Rias Pengantin dan Kecantikan",
                "Rias wajah sehari-hari, pesta dan pengantin Banjar, serta penataan rambut.", "96021",
                "SKKNI Bidang Tata Kecantikan", 80, "Ruang Rias", _units(
                    ("S.960200.001.01", "Melakukan Persiapan Pelayanan Tata Rias", 8),
                    ("S.960200.002.01", "Melakukan Perawatan Kulit Wajah", 24),
                    ("S.960200.003.01", "Merias Wajah Sehari-hari", 24),
                    ("S.960200.004.01", "Merias Wajah Pesta dan Pengantin", 24),
                    ("S.960200.005.01", "Menata Rambut dan Sanggul", 32),
                    ("S.960200.006.01", "Menerapkan Pelayanan Prima kepada Pelanggan", 8))),
    ProgramSpec("LPK-SBP", "BRS", "Barista",
                "Menyiapkan minuman kopi espresso dan seduh manual untuk kedai kopi.", "56303",
                "SKKNI Bidang Penyediaan Makanan dan Minuman", 90, "Dapur Barista", _units(
                    ("I.563000.001.01", "Menerapkan Keamanan dan Kebersihan Pangan", 8),
                    ("I.563000.002.01", "Mengenali Biji Kopi dan Proses Pascapanen", 12),
                    ("I.563000.003.01", "Menyiapkan dan Mengoperasikan Mesin Espresso", 20),
                    ("I.563000.004.01", "Membuat Minuman Kopi Berbasis Espresso", 24),
                    ("I.563000.005.01", "Membuat Kopi Seduh Manual", 12),
                    ("I.563000.006.01", "Melayani Pelanggan di Kedai Kopi", 4))),
    ProgramSpec("LPK-SBP", "BKR", "Pembuatan Roti dan Kue",
                "Roti manis, kue basah tradisional Banjar dan pengemasan untuk dijual.", "10710",
                "SKKNI Bidang Industri Makanan", 80, "Dapur Produksi", _units(
                    ("C.107100.001.01", "Menerapkan Higiene dan Sanitasi Produksi Pangan", 8),
                    ("C.107100.002.01", "Menyiapkan Bahan dan Peralatan Produksi", 12),
                    ("C.107100.003.01", "Membuat Adonan dan Memanggang Roti", 24),
                    ("C.107100.004.01", "Membuat Kue Basah Tradisional", 24),
                    ("C.107100.005.01", "Menghias Kue", 20),
                    ("C.107100.006.01", "Mengemas dan Melabeli Produk Roti dan Kue", 12))),
    ProgramSpec("LPK-STB", "LAS", "Pengelasan SMAW Pelat 3G",
                "Pengelasan busur manual pelat baja posisi 1G sampai 3G.", "25111",
                "SKKNI Bidang Pengelasan", 90, "Bengkel Las", _units(
                    ("C.251100.001.01", "Menerapkan Prosedur K3 Pengelasan", 16),
                    ("C.251100.002.01", "Membaca Gambar Teknik dan Simbol Las", 24),
                    ("C.251100.003.01", "Menyiapkan Peralatan dan Bahan Las", 16),
                    ("C.251100.004.01", "Mengelas Pelat Posisi Bawah Tangan (1G) dengan SMAW", 56),
                    ("C.251100.005.01", "Mengelas Pelat Posisi Horizontal (2G) dengan SMAW", 56),
                    ("C.251100.006.01", "Mengelas Pelat Posisi Vertikal (3G) dengan SMAW", 56),
                    ("C.251100.007.01", "Memeriksa Hasil Las secara Visual", 16))),
    ProgramSpec("LPK-STB", "OTO", "Servis Sepeda Motor Injeksi",
                "Servis berkala dan perbaikan sepeda motor injeksi dan matik.", "45405",
                "SKKNI Bidang Otomotif Sepeda Motor", 80, "Bengkel Otomotif", _units(
                    ("OTO.SM01.001.01", "Mengikuti Prosedur Keselamatan dan Kesehatan Kerja", 8),
                    ("OTO.SM01.002.01", "Menggunakan dan Memelihara Alat Ukur", 16),
                    ("G.454000.001.01", "Melakukan Servis Berkala Sepeda Motor", 32),
                    ("G.454000.002.01", "Memperbaiki Sistem Bahan Bakar Injeksi (EFI)", 40),
                    ("G.454000.003.01", "Memperbaiki Sistem Kelistrikan Sepeda Motor", 40),
                    ("G.454000.004.01", "Memperbaiki Sistem Rem dan Suspensi", 32),
                    ("G.454000.005.01", "Memperbaiki Transmisi Otomatis (CVT)", 32))),
    ProgramSpec("LPK-STB", "LST", "Instalasi Listrik Rumah Tinggal",
                "Instalasi penerangan dan tenaga satu fase sesuai PUIL.", "43211",
                "SKKNI Bidang Instalasi Listrik", 80, "Bengkel Listrik", _units(
                    ("F.432100.001.01", "Menerapkan K3 Kelistrikan", 12),
                    ("F.432100.002.01", "Membaca Gambar Instalasi Listrik", 16),
                    ("F.432100.003.01", "Memasang Instalasi Penerangan Rumah Tinggal", 40),
                    ("F.432100.004.01", "Memasang Panel Hubung Bagi (PHB) Sederhana", 32),
                    ("F.432100.005.01", "Memasang Instalasi Tenaga Satu Fase", 32),
                    ("F.432100.006.01", "Melakukan Pengujian dan Pemeriksaan Instalasi", 28))),
    ProgramSpec("LPK-SDP", "OKP", "Operator Komputer Perkantoran",
                "Pengolah kata, lembar sebar, presentasi dan surat elektronik untuk kantor.", "85499",
                "SKKNI Bidang Operator Komputer", 80, "Lab Komputer 1", _units(
                    ("TIK.OP01.001.01", "Mengidentifikasi Aspek Kode Etik dan HAKI di Bidang TIK", 4),
                    ("TIK.OP01.002.01", "Menerapkan Prinsip K3 dalam Bekerja dengan Komputer", 4),
                    ("TIK.OP02.001.01", "Mengoperasikan Sistem Operasi Komputer", 16),
                    ("TIK.OP02.008.01", "Mengoperasikan Perangkat Lunak Pengolah Kata", 32),
                    ("TIK.OP02.009.01", "Mengoperasikan Perangkat Lunak Lembar Sebar", 36),
                    ("TIK.OP02.010.01", "Mengoperasikan Perangkat Lunak Presentasi", 16),
                    ("J.620900.001.01", "Menggunakan Penjelajah Web dan Surat Elektronik", 12))),
    ProgramSpec("LPK-SDP", "PMD", "Pemasaran Digital untuk UMKM",
                "Media sosial, toko daring dan iklan berbayar untuk usaha kecil.", "73100",
                "SKKNI Bidang Pemasaran Digital", 90, "Lab Komputer 2", _units(
                    ("M.702090.001.01", "Menyusun Strategi Pemasaran Digital", 16),
                    ("M.702090.002.01", "Membuat Konten Media Sosial", 24),
                    ("M.702090.003.01", "Mengelola Toko Daring (Marketplace)", 20),
                    ("M.702090.004.01", "Menjalankan Iklan Berbayar di Media Sosial", 20),
                    ("M.702090.005.01", "Menganalisis Kinerja Kampanye Digital", 12),
                    ("M.702090.006.01", "Melayani Pelanggan melalui Pesan Daring", 8))),
    ProgramSpec("LPK-SDP", "DGR", "Desain Grafis Muda",
                "Desain bitmap dan vektor, tata letak media cetak dan berkas siap cetak.", "74100",
                "SKKNI Bidang Desain Grafis", 80, "Studio Desain", _units(
                    ("M.741000.001.01", "Menerapkan Prinsip Dasar Desain", 16),
                    ("M.741000.002.01", "Mengolah Gambar Bitmap", 28),
                    ("M.741000.003.01", "Membuat Desain Vektor", 28),
                    ("M.741000.004.01", "Menata Letak Media Cetak", 24),
                    ("M.741000.005.01", "Menyiapkan Berkas Siap Cetak", 16),
                    ("M.741000.006.01", "Mempresentasikan Karya Desain", 8))),
)

METHODOLOGY_CERTIFICATE = ("Sertifikat Kompetensi Metodologi Pelatihan Kerja", "BNSP")

TRAINERS: tuple[TrainerSpec, ...] = (
    TrainerSpec("LPK-SBP", "Hj. Rusmilawati, S.Pd.", "P", ("JHT",), 100_000,
                certification="Sertifikat Kompetensi Penjahit Busana Wanita"),
    TrainerSpec("LPK-SBP", "Mahyuni", "P", ("JHT",), 75_000, partial=True, has_nik=False),
    TrainerSpec("LPK-SBP", "Antung Nor'aini, A.Md.Kes.", "P", ("TRS",), 100_000,
                certification="Sertifikat Kompetensi Penata Rias Pengantin"),
    TrainerSpec("LPK-SBP", "Dewi Kusumawati", "P", ("TRS",), 80_000, partial=True),
    TrainerSpec("LPK-SBP", "Muhammad Ridha Fauzi", "L", ("BRS",), 90_000,
                certification="Sertifikat Kompetensi Barista"),
    TrainerSpec("LPK-SBP", "Rahmadi", "L", ("BRS", "BKR"), 75_000, partial=True, has_nik=False),
    TrainerSpec("LPK-SBP", "Siti Khadijah, S.TP.", "P", ("BKR",), 90_000,
                certification="Sertifikat Kompetensi Pembuat Roti dan Kue"),
    TrainerSpec("LPK-STB", "Ir. Syahrani Arsyad", "L", ("LAS",), 125_000,
                certification="Sertifikat Juru Las SMAW 3G"),
    TrainerSpec("LPK-STB", "Joko Susilo, A.Md.T.", "L", ("LAS",), 100_000,
                certification="Sertifikat Juru Las SMAW 3G"),
    TrainerSpec("LPK-STB", "Hotman Parlindungan Siregar", "L", ("LAS", "LST"), 100_000,
                partial=True),
    TrainerSpec("LPK-STB", "Fahrurrazi, S.T.", "L", ("OTO",), 110_000,
                certification="Sertifikat Kompetensi Mekanik Sepeda Motor"),
    TrainerSpec("LPK-STB", "Ahmadnor", "L", ("OTO",), 80_000, partial=True, has_nik=False),
    TrainerSpec("LPK-STB", "Gusti Hamdani, S.T.", "L", ("LST",), 110_000,
                certification="Sertifikat Kompetensi Instalatir Listrik"),
    TrainerSpec("LPK-STB", "Asep Saepudin", "L", ("LST",), 90_000),
    TrainerSpec("LPK-SDP", "Norlatifah, S.Kom.", "P", ("OKP",), 90_000,
                certification="Sertifikat Kompetensi Operator Komputer Madya"),
    TrainerSpec("LPK-SDP", "Andi Baso Alimuddin, S.Kom.", "L", ("OKP", "DGR"), 90_000, partial=True),
    TrainerSpec("LPK-SDP", "Fitriani Rahmawati, S.E.", "P", ("PMD",), 100_000,
                certification="Sertifikat Kompetensi Digital Marketing"),
    TrainerSpec("LPK-SDP", "Rizky Pratama Saputra", "L", ("PMD",), 85_000, partial=True,
                has_nik=False),
    TrainerSpec("LPK-SDP", "Yusrizal Caniago, S.Sn.", "L", ("DGR",), 100_000,
                certification="Sertifikat Kompetensi Desainer Grafis Muda"),
    TrainerSpec("LPK-SDP", "Maria Br. Simanjuntak", "P", ("DGR", "OKP"), 85_000),
)

# (username, full name, role, linked trainer's full name or "")
USERS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "Administrator Sistem", "admin", ""),
    ("staf.sbp", "Siti Rahmah", "clerk", ""),
    ("staf.stb", "Ahmad Fauzi", "clerk", ""),
    ("rusmilawati", "Hj. Rusmilawati, S.Pd.", "trainer", "Hj. Rusmilawati, S.Pd."),
    ("pimpinan", "H. Abdurrahman Noor, S.E., M.M.", "read_only", ""),
)
