"""The words clerks write for sex, education and employment, read into the stored codes.

A form offers a drop-down; a spreadsheet holds whatever was typed: "SMA/SMK",
"S1", "D-III", "Paket C", "Laki-laki", "M", "Ibu Rumah Tangga", "Korban PHK".
"""

from __future__ import annotations

import re

from ..models import Education, Employment


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


SEX_WORDS = {
    "l": "L", "lk": "L", "laki": "L", "laki laki": "L", "lakilaki": "L", "pria": "L", "cowok": "L",
    "m": "L", "male": "L", "man": "L",
    "p": "P", "pr": "P", "pr p": "P", "perempuan": "P", "wanita": "P", "cewek": "P", "w": "P",
    "f": "P", "female": "P", "woman": "P",
}

_EDUCATION_WORDS = {
    Education.NONE: ("tidak sekolah", "belum sekolah", "tidak tamat sd", "tidak tamat", "tidak ada",
                     "tdk sekolah", "none", "no schooling"),
    Education.SD: ("sd", "mi", "sd mi", "sd sederajat", "paket a", "sekolah dasar", "primary school",
                   "primary", "elementary school"),
    Education.SMP: ("smp", "mts", "smp mts", "sltp", "smp sederajat", "paket b", "junior high school",
                    "junior high"),
    Education.SMA: ("sma", "smk", "ma", "mak", "slta", "sma smk", "smk sma", "sma ma", "sma smk ma",
                    "sma smk sederajat", "sma sederajat", "smk sederajat", "stm", "smea", "spg", "smkk",
                    "paket c", "senior high school", "high school", "vocational high school"),
    Education.D1: ("d1", "d 1", "d i", "diploma 1", "diploma i", "d1 diploma"),
    Education.D2: ("d2", "d 2", "d ii", "diploma 2", "diploma ii"),
    Education.D3: ("d3", "d 3", "d iii", "diploma 3", "diploma iii", "akademi"),
    Education.S1: ("s1", "s 1", "d4", "d 4", "d iv", "diploma 4", "diploma iv", "s1 d4", "d4 s1",
                   "sarjana", "strata 1", "strata i", "bachelor", "bachelor s degree", "undergraduate"),
    Education.S2: ("s2", "s 2", "magister", "master", "pascasarjana", "strata 2", "strata ii",
                   "master s degree"),
    Education.S3: ("s3", "s 3", "doktor", "doctor", "doctorate", "phd", "strata 3", "strata iii"),
}
EDUCATION_WORDS = {_key(word): code for code, words in _EDUCATION_WORDS.items() for word in words}

_EMPLOYMENT_WORDS = {
    Employment.UNEMPLOYED: (
        "belum bekerja", "tidak bekerja", "belum tidak bekerja", "tidak belum bekerja", "menganggur",
        "pengangguran", "pencari kerja", "mencari kerja", "mencari pekerjaan", "pencaker",
        "ibu rumah tangga", "irt", "mengurus rumah tangga", "unemployed", "not working",
        "job seeker", "homemaker", "housewife"),
    Employment.EMPLOYED: (
        "bekerja", "sudah bekerja", "karyawan", "karyawati", "karyawan swasta", "pegawai",
        "pegawai swasta", "pegawai negeri", "pns", "asn", "honorer", "guru", "buruh", "buruh harian",
        "buruh harian lepas", "tni", "polri", "perangkat desa", "sopir", "supir", "employed",
        "employee", "working", "private employee", "civil servant"),
    Employment.SELF_EMPLOYED: (
        "wirausaha", "wiraswasta", "usaha sendiri", "berwirausaha", "pengusaha", "pedagang",
        "petani", "pekebun", "peternak", "nelayan", "umkm", "pelaku umkm", "self employed",
        "entrepreneur", "farmer", "trader", "fisherman"),
    Employment.STUDENT: (
        "pelajar", "mahasiswa", "mahasiswi", "pelajar mahasiswa", "siswa", "siswi", "santri",
        "student", "college student"),
    Employment.LAID_OFF: (
        "korban phk", "phk", "terkena phk", "di phk", "diphk", "ter phk", "laid off", "dismissed",
        "retrenched"),
}
EMPLOYMENT_WORDS = {_key(word): code for code, words in _EMPLOYMENT_WORDS.items() for word in words}


def sex_code(raw) -> object:
    """"L"/"P" for a word that names a sex, else the value unchanged (the check reports it)."""
    if isinstance(raw, str):
        return SEX_WORDS.get(_key(raw), raw)
    return raw


def education_code(raw) -> object:
    if isinstance(raw, str):
        return EDUCATION_WORDS.get(_key(raw), raw)
    return raw


def employment_code(raw) -> object:
    if isinstance(raw, str):
        return EMPLOYMENT_WORDS.get(_key(raw), raw)
    return raw


def accepted_words(words: dict[str, str], code: str, limit: int = 4) -> list[str]:
    """A few of the words read as ``code``, for messages."""
    return [word for word, found in words.items() if found == code][:limit]
