"""Names and places for demo people in and around Kabupaten Balangan, Kalimantan Selatan.

Most registrants at a Balangan LPKS are Banjar; many others are children of
Javanese transmigrants, with Bugis, Dayak, Batak, Minang, Sundanese and Madurese
families in smaller numbers. Names follow the habits a clerk meets at the desk:
one-word names, "Muhammad"/"Siti"/"Nor" prefixes, Batak marga, the Bugis "Andi",
apostrophes ("Ma'ruf") and the odd very long name that tests column widths.

District codes are the kecamatan part of the NIK (digits 5-6) as issued in each
regency; villages and towns are real names, not an exhaustive list.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True)
class District:
    code: str  # two digits, the kecamatan part of a NIK
    name: str
    villages: tuple[str, ...]


@dataclass(frozen=True)
class Regency:
    code: str  # four digits: province 63 + regency
    name: str  # as written in addresses
    town: str  # the capital, a common birth place
    weight: int  # share of demo residents
    districts: tuple[District, ...]


PROVINCE = "Kalimantan Selatan"

REGENCIES: tuple[Regency, ...] = (
    Regency("6311", "Kabupaten Balangan", "Paringin", 80, (
        District("01", "Lampihong", ("Lampihong Kanan", "Lampihong Kiri", "Lampihong Selatan",
                                     "Kusambi Hulu", "Kusambi Hilir", "Matang Hanau", "Panaitan",
                                     "Tanah Habang Kanan", "Sungai Awang", "Hilir Pasar")),
        District("02", "Batumandi", ("Batumandi", "Mampari", "Pelajau", "Teluk Mesjid",
                                     "Banua Hanyar", "Hakim Makmur", "Bakung", "Munjung")),
        District("03", "Awayan", ("Awayan", "Tundakan", "Badalungga", "Pulantan", "Piyait",
                                  "Ambakiang", "Muara Jaya", "Baru", "Putat Basiun")),
        District("04", "Paringin", ("Paringin Kota", "Paringin Timur", "Balang", "Layap",
                                    "Lamida Atas", "Murung Ilung", "Babayau", "Hujan Mas",
                                    "Mangkayahu", "Sungai Ketapi")),
        District("05", "Juai", ("Juai", "Mihu", "Lalayau", "Buntu Pilanduk", "Sirap", "Hukai",
                                "Halubau", "Pamurus", "Teluk Bayur")),
        District("06", "Halong", ("Halong", "Mauya", "Binjai Punggal", "Uren", "Liyu",
                                  "Aniungan", "Sumbai", "Baruh Bahinu", "Karya")),
        District("07", "Tebing Tinggi", ("Tebing Tinggi", "Dayak Pitap", "Auh", "Ajung",
                                         "Langkap", "Simpang Tiga", "Gunung Batu", "Mayanau")),
        District("08", "Paringin Selatan", ("Batu Piring", "Lasung Batu", "Balida", "Tarangan",
                                            "Galumbang", "Hamparaya", "Maradap", "Inan")),
    )),
    Regency("6308", "Kabupaten Hulu Sungai Utara", "Amuntai", 7, (
        District("05", "Amuntai Tengah", ("Antasari", "Murung Sari", "Sungai Malang", "Palampitan Hulu")),
        District("04", "Amuntai Selatan", ("Telaga Silaba", "Padang Basar", "Simpang Empat")),
        District("07", "Banjang", ("Banjang", "Kaludan Besar", "Pawalutan")),
        District("06", "Amuntai Utara", ("Pakacangan", "Sungai Turak", "Muara Tapus")),
    )),
    Regency("6307", "Kabupaten Hulu Sungai Tengah", "Barabai", 5, (
        District("06", "Barabai", ("Barabai Darat", "Barabai Barat", "Barabai Timur", "Bukat")),
        District("05", "Pandawan", ("Pandawan", "Walang", "Banua Binjai")),
        District("07", "Batang Alai Selatan", ("Birayang", "Wawai", "Mahang Baru")),
    )),
    Regency("6309", "Kabupaten Tabalong", "Tanjung", 5, (
        District("06", "Tanjung", ("Tanjung", "Pembataan", "Sulingan", "Agung")),
        District("07", "Murung Pudak", ("Mabuun", "Belimbing", "Masukau", "Kasiau")),
        District("03", "Kelua", ("Pasar Panas", "Pudak Setegal", "Sungai Buluh")),
    )),
    Regency("6302", "Kabupaten Kotabaru", "Kotabaru", 1, (
        District("11", "Sampanahan", ("Sampanahan", "Gunung Batu Besar", "Banjar Sari")),
    )),
    Regency("6371", "Kota Banjarmasin", "Banjarmasin", 2, (
        District("01", "Banjarmasin Selatan", ("Kelayan Luar", "Pemurus Baru", "Tanjung Pagar")),
        District("04", "Banjarmasin Utara", ("Sungai Jingah", "Alalak Utara", "Kuin Utara")),
    )),
)

_REGENCY_CUM = tuple(accumulate(r.weight for r in REGENCIES))

STREETS = (
    "Jl. Jenderal Ahmad Yani", "Jl. Pangeran Antasari", "Jl. Jenderal Sudirman", "Jl. Merdeka",
    "Jl. Pahlawan", "Jl. Lambung Mangkurat", "Jl. Brigjen H. Hasan Basri", "Jl. Demang Lehman",
    "Jl. Panglima Batur", "Jl. Pangeran Hidayatullah", "Jl. Tumenggung Jalil", "Jl. Basuki Rahmat",
    "Jl. Datu Kandang Haji", "Jl. Kenanga", "Jl. Melati", "Jl. Sultan Adam", "Jl. Mesjid Jami",
    "Jl. Transmigrasi", "Jl. Poros Desa", "Jl. Padat Karya", "Jl. Pramuka", "Jl. Trikora",
)
ALLEYS = ("Gg. Rahmat", "Gg. Keluarga", "Gg. Mushola", "Gg. Sepakat", "Gg. Damai", "Gg. Harapan")

# Where people outside Kalimantan Selatan were born, by family origin.
_FAR_BIRTH_PLACES = {
    "jawa": ("Surabaya", "Malang", "Kediri", "Blitar", "Madiun", "Ponorogo", "Yogyakarta",
             "Klaten", "Sragen", "Purworejo", "Semarang", "Banyuwangi", "Jember", "Tulungagung"),
    "sunda": ("Bandung", "Garut", "Tasikmalaya", "Ciamis", "Sukabumi", "Cianjur"),
    "madura": ("Sumenep", "Pamekasan", "Sampang", "Bangkalan"),
    "bugis": ("Makassar", "Bone", "Wajo", "Pinrang", "Parepare", "Sinjai"),
    "batak": ("Medan", "Pematangsiantar", "Tarutung", "Balige", "Sibolga"),
    "minang": ("Padang", "Bukittinggi", "Payakumbuh", "Solok", "Pariaman"),
    "dayak": ("Muara Teweh", "Buntok", "Tamiang Layang", "Palangka Raya"),
    "tionghoa": ("Banjarmasin", "Pontianak", "Singkawang", "Samarinda"),
}
_KALSEL_BIRTH_PLACES = ("Banjarmasin", "Martapura", "Kandangan", "Rantau", "Banjarbaru",
                        "Marabahan", "Pelaihari", "Batulicin")

# --- given names -------------------------------------------------------------------------

_BANJAR_M = (
    "Ahmad", "Muhammad", "Rahmadi", "Syahrani", "Mahdiannor", "Rusmadi", "Fahrurrazi",
    "Hamdani", "Jumberi", "Sarbini", "Rizkinor", "Ahmadnor", "Fathurrahman", "Aulia",
    "Khairullah", "Hairil", "Rusdiansyah", "Yusransyah", "Saifullah", "Husaini", "Abdurrahman",
    "Norhadi", "Akhmad", "Mahyudin", "Nordin", "Syarifuddin", "Taufik", "Hidayat", "Gazali",
    "Fauzan", "Zainuddin", "Haderi", "Masrani", "Murjani", "Supiani", "Hasbullah", "Arbain",
    "Iberahim", "Jailani", "Basuni", "Ma'ruf", "Mu'min", "Ja'far", "Syafi'i", "Ridha",
    "Rizqi", "Irfan", "Noor", "Fadli", "Anwar", "Ilham", "Agus", "Fahmi", "Rahman",
)
_BANJAR_M_LAST = (
    "Rahman", "Noor", "Hidayat", "Fauzi", "Rizani", "Ansyari", "Arsyad", "Hakim", "Saputra",
    "Ramadhan", "Maulana", "Fikri", "Hasan", "Rasyid", "Ma'ruf", "Mubarak", "Effendi",
    "Wahyudi", "Firdaus", "Akbar", "Ridwan", "Hamidi", "Syahrian", "Fitriansyah", "Zakaria",
)
_BANJAR_F = (
    "Siti", "Nor", "Noor", "Rahmah", "Norhasanah", "Norlatifah", "Noorjannah", "Mahyuni",
    "Hairani", "Khairunnisa", "Mardiana", "Rusmilawati", "Fitriani", "Mariatul", "Jamilah",
    "Rabiatul", "Salmah", "Nur'aini", "Ni'mah", "Sa'adah", "Husnul", "Rusmini", "Aminah",
    "Halimah", "Zubaidah", "Masitah", "Nurul", "Yuliani", "Rina", "Maulida", "Raudah",
    "Laila", "Nadia", "Aulia", "Rizka", "Fatimah", "Najwa", "Hayati", "Hartati", "Maslina",
)
_BANJAR_F_LAST = (
    "Rahmah", "Hidayah", "Aida", "Laila", "Khadijah", "Hasanah", "Mawaddah", "Fitriah",
    "Rahmawati", "Sari", "Aulia", "Maulida", "Lestari", "Nur'aini", "Zahra", "Annisa",
    "Wahyuni", "Safitri", "Rosida", "Jannah", "Sholihah", "Azizah", "Hafizah", "Ramadhani",
)
# Banjar nobility titles, still given as first names in Hulu Sungai families.
_BANJAR_TITLE_M = ("Gusti", "Andin")
_BANJAR_TITLE_F = ("Gusti", "Antung", "Andin")

_JAWA_M = ("Budi", "Joko", "Slamet", "Suparman", "Sugeng", "Bambang", "Agus", "Eko", "Dwi",
           "Tri", "Wahyu", "Heru", "Sutrisno", "Mulyono", "Puji", "Teguh", "Priyo", "Yanto",
           "Bagus", "Rizky", "Galih", "Aris", "Dimas", "Sukardi", "Paijo")
_JAWA_M_LAST = ("Santoso", "Susilo", "Prasetyo", "Setiawan", "Wibowo", "Nugroho", "Purnomo",
                "Raharjo", "Hartono", "Kurniawan", "Saputro", "Pamungkas", "Utomo", "Widodo")
_JAWA_F = ("Sri", "Endang", "Tri", "Dwi", "Wulan", "Ratna", "Sulastri", "Suwarni", "Siti",
           "Puji", "Rini", "Lestari", "Ayu", "Dewi", "Yuni", "Sukarti", "Tumini", "Sumiati")
_JAWA_F_LAST = ("Wahyuni", "Lestari", "Rahayu", "Handayani", "Wulandari", "Astuti",
                "Purwaningsih", "Susanti", "Kusumawati", "Rahmawati", "Pratiwi", "Utami")

_SUNDA_M = ("Asep", "Dede", "Cecep", "Yayan", "Ujang", "Dadang", "Iwan", "Ade", "Ayi")
_SUNDA_M_LAST = ("Saepudin", "Kurniawan", "Sutisna", "Hermawan", "Ruhimat", "Sopandi")
_SUNDA_F = ("Euis", "Neneng", "Imas", "Yeni", "Cucu", "Enung", "Lilis", "Nining")
_SUNDA_F_LAST = ("Komalasari", "Nurhayati", "Rosmiati", "Sumiati", "Kurniasih", "Sulastri")

_MADURA_M = ("Moh.", "Abdul", "Matrawi", "Hasyim", "Sahri", "Ahmad")
_MADURA_M_LAST = ("Hasan", "Sahri", "Rasyid", "Ma'ruf", "Munir")
_MADURA_F = ("Siti", "Sumaiyah", "Hosnia", "Halimatus")
_MADURA_F_LAST = ("Sa'diyah", "Holifah", "Maimunah", "Zahro")

_BUGIS_M = ("Andi", "Muh.", "Baso", "Arfah", "Syamsul", "Jumardi", "Haeruddin", "Irwan")
_BUGIS_M_LAST = ("Baso", "Amiruddin", "Tenri", "Mappanyukki", "Alimuddin", "Sudirman")
_BUGIS_F = ("Andi", "Besse", "Hasnah", "Nurhaedah", "Sitti", "Hasmawati")
_BUGIS_F_LAST = ("Tenri Ajeng", "Nurhaeni", "Rosmiati", "Mardiah", "Hasanah")

_BATAK_M = ("Rudolf", "Hotman", "Parlindungan", "Jonathan", "Togar", "Fernando", "Daniel",
            "Rinaldi", "Martua", "Sahat")
_BATAK_F = ("Maria", "Tiurma", "Rosmawati", "Debora", "Friska", "Lamtiur", "Hotnida", "Yohana")
_BATAK_MARGA = ("Simanjuntak", "Sitorus", "Nainggolan", "Siregar", "Hutapea", "Simatupang",
                "Pardede", "Sihombing", "Nasution", "Harahap", "Lubis", "Manurung")

_MINANG_M = ("Zulkifli", "Yusrizal", "Afrizal", "Syafrinaldi", "Hendri", "Rahmat", "Fadhil",
             "Dodi")
_MINANG_M_LAST = ("Caniago", "Piliang", "Chaniago", "Syahputra", "Hidayat", "Putra")
_MINANG_F = ("Nofriyanti", "Elvi", "Yusnimar", "Desi", "Rahmi", "Suci", "Fitri")
_MINANG_F_LAST = ("Yanti", "Rahmi", "Oktavia", "Mulyani", "Handayani", "Putri")

_DAYAK_M = ("Yohanes", "Markus", "Sanjaya", "Isen", "Damang", "Simon", "Antonius", "Yusuf")
_DAYAK_M_LAST = ("Iber", "Sahay", "Djaya", "Tingang", "Lewis", "Usop")
_DAYAK_F = ("Natalia", "Sri Dewi", "Yunita", "Erni", "Magdalena", "Lusiana", "Theresia")
_DAYAK_F_LAST = ("Ningsih", "Rosalina", "Ayuni", "Lestari", "Susanti")

_TIONGHOA_M = ("Hendra", "Kevin", "Budi", "Yohan", "Wilson", "Andrè", "Jefri")
_TIONGHOA_M_LAST = ("Wijaya", "Gunawan", "Halim", "Tanoto", "Santoso", "Kurniadi")
_TIONGHOA_F = ("Lina", "Meilani", "Renée", "Vivian", "Cindy", "Zoë", "Désy")
_TIONGHOA_F_LAST = ("Susanti", "Wijaya", "Halim", "Oktaviani", "Lestari")

# (group, weight, male given, male last, female given, female last)
_GROUPS = (
    ("banjar", 58, _BANJAR_M, _BANJAR_M_LAST, _BANJAR_F, _BANJAR_F_LAST),
    ("jawa", 16, _JAWA_M, _JAWA_M_LAST, _JAWA_F, _JAWA_F_LAST),
    ("bugis", 6, _BUGIS_M, _BUGIS_M_LAST, _BUGIS_F, _BUGIS_F_LAST),
    ("dayak", 5, _DAYAK_M, _DAYAK_M_LAST, _DAYAK_F, _DAYAK_F_LAST),
    ("sunda", 4, _SUNDA_M, _SUNDA_M_LAST, _SUNDA_F, _SUNDA_F_LAST),
    ("madura", 3, _MADURA_M, _MADURA_M_LAST, _MADURA_F, _MADURA_F_LAST),
    ("batak", 3, _BATAK_M, _BATAK_MARGA, _BATAK_F, _BATAK_MARGA),
    ("minang", 3, _MINANG_M, _MINANG_M_LAST, _MINANG_F, _MINANG_F_LAST),
    ("tionghoa", 2, _TIONGHOA_M, _TIONGHOA_M_LAST, _TIONGHOA_F, _TIONGHOA_F_LAST),
)
# Cumulative weights, computed once: random.choices would redo it for every person.
_GROUP_CUM = tuple(accumulate(g[1] for g in _GROUPS))

# Given names that need a second word: "Siti" alone is not a name anyone is called.
_PREFIXES = frozenset({"Siti", "Sitti", "Nor", "Noor", "Muhammad", "Ahmad", "Moh.", "Muh.",
                       "Abdul", "Andi", "Gusti", "Antung", "Andin", "Sri", "Tri", "Dwi", "Nurul",
                       "Mariatul", "Rabiatul", "Husnul", "Halimatus"})

# Names that stretch columns and certificate lines; real KTPs carry names this long.
LONG_NAMES_M = (
    "Muhammad Rizky Aditya Pratama Ramadhan Saputra",
    "Gusti Muhammad Fathurrahman Al-Banjari Noor",
    "Andi Muhammad Alimuddin Baso Tenri Sessu",
)
LONG_NAMES_F = (
    "Siti Nurhaliza Khairunnisa Rahmawati Binti Abdurrahman",
    "Antung Nor'aini Mawaddah Warahmah Fitriansyah",
    "Rosmawati Lamtiur Debora Br. Simanjuntak Hutapea",
)


def _family_name_parts(rng: random.Random, group: tuple, sex: str) -> list[str]:
    name, _, given_m, last_m, given_f, last_f = group
    given, last = (given_m, last_m) if sex == "L" else (given_f, last_f)
    first = rng.choice(given)
    if name == "banjar" and rng.random() < 0.04:
        first = rng.choice(_BANJAR_TITLE_M if sex == "L" else _BANJAR_TITLE_F)
    if name == "batak":  # the marga is always written; "Br." (boru) marks a daughter
        return [first, "Br.", rng.choice(last)] if sex == "P" and rng.random() < 0.4 \
            else [first, rng.choice(last)]
    if first not in _PREFIXES and rng.random() < (0.2 if name in ("banjar", "jawa") else 0.08):
        return [first]
    pool = given + last if first in _PREFIXES else last
    parts = [first, rng.choice(pool)]
    if parts[-1] in _PREFIXES or rng.random() < 0.12:
        parts.append(rng.choice(last))
    return parts


def person_name(rng: random.Random, sex: str) -> tuple[str, str]:
    """A full name for a person of ``sex`` ('L' or 'P'), and the family group it came from."""
    group = rng.choices(_GROUPS, cum_weights=_GROUP_CUM)[0]
    if rng.random() < 0.006:
        return rng.choice(LONG_NAMES_M if sex == "L" else LONG_NAMES_F), group[0]
    parts = _family_name_parts(rng, group, sex)
    return " ".join(dict.fromkeys(parts)), group[0]


def pick_regency(rng: random.Random) -> Regency:
    return rng.choices(REGENCIES, cum_weights=_REGENCY_CUM)[0]


def birth_place(rng: random.Random, group: str, regency: Regency, district: District) -> str:
    """Mostly born where they live; children of migrants sometimes in the family's home region."""
    roll = rng.random()
    if group in _FAR_BIRTH_PLACES and roll < 0.35:
        return rng.choice(_FAR_BIRTH_PLACES[group])
    if roll < 0.55:
        return regency.town
    if roll < 0.75 and regency.code == "6311":
        return district.name  # village-born people often give the kecamatan
    if roll < 0.9:
        return rng.choice(("Amuntai", "Barabai", "Tanjung", "Paringin"))
    return rng.choice(_KALSEL_BIRTH_PLACES)


def street_address(rng: random.Random) -> str:
    rt, rw = rng.randint(1, 12), rng.randint(1, 5)
    style = rng.random()
    if style < 0.45:
        return f"RT {rt:03d} RW {rw:03d}"
    street = rng.choice(STREETS)
    if style < 0.55:
        km = rng.choice(("1", "2", "3,5", "4", "7", "12"))
        return f"{street} Km {km} RT {rt:03d}"
    if style < 0.8:
        return f"{street} {rng.choice(ALLEYS)} No. {rng.randint(1, 60)} RT {rt:03d} RW {rw:03d}"
    return f"{street} No. {rng.randint(1, 150)}"
