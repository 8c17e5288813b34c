"""Registrant lists as clerks bring them: XLSX and CSV files with title rows, odd headings,
numbers where text belongs, dates typed every way. Shared by the import tests and the bench."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

REGION = "631101"  # Balangan, Kalimantan Selatan (province 63, regency 11), district 01


def nik(born: dt.date, sex: str, serial: int, region: str = REGION) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


@dataclass(frozen=True)
class Serial:
    """A number cell without a date format: what Excel keeps for a date typed into a General
    cell by some tools, and what a clerk sees as 34928."""

    value: float


@dataclass(frozen=True)
class Formatted:
    """A cell written with an Excel number format (a date, or "0" for a NIK typed as a number)."""

    value: object
    num_format: str


def excel_serial(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Peserta", merges=(), hidden_rows=(),
               extra_sheets: dict[str, list[list]] | None = None, first_sheet: dict | None = None,
               text_columns=()) -> Path:
    """Write ``rows`` (0-based sheet rows of cells) as a workbook.

    A str cell is written as text, an int or float as a number, a date as a date cell, a
    ``Serial`` as a bare number, a ``Formatted`` with its format, None as nothing.
    ``merges`` are (first_row, first_col, last_row, last_col, text) ranges; ``hidden_rows``
    rows hidden with no content (Excel keeps such rows after the data).
    """
    book = xlsxwriter.Workbook(str(path))
    formats: dict[str, object] = {}

    def fmt(num_format):
        if num_format not in formats:
            formats[num_format] = book.add_format({"num_format": num_format})
        return formats[num_format]

    def fill(worksheet, sheet_rows):
        for r, cells in enumerate(sheet_rows):
            for c, value in enumerate(cells):
                if value is None:
                    continue
                if isinstance(value, Serial):
                    worksheet.write_number(r, c, value.value)
                elif isinstance(value, Formatted):
                    if isinstance(value.value, dt.date):
                        worksheet.write_datetime(r, c, dt.datetime.combine(value.value, dt.time()),
                                                 fmt(value.num_format))
                    else:
                        worksheet.write_number(r, c, value.value, fmt(value.num_format))
                elif isinstance(value, dt.date):
                    worksheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), fmt("dd/mm/yyyy"))
                elif isinstance(value, bool):
                    worksheet.write_boolean(r, c, value)
                elif isinstance(value, (int, float)):
                    worksheet.write_number(r, c, value)
                else:
                    worksheet.write_string(r, c, str(value))

    if first_sheet:
        for name, sheet_rows in first_sheet.items():
            fill(book.add_worksheet(name), sheet_rows)
    worksheet = book.add_worksheet(sheet)
    for index in text_columns:
        worksheet.set_column(index, index, 20, fmt("@"))
    fill(worksheet, rows)
    for r1, c1, r2, c2, text in merges:
        worksheet.merge_range(r1, c1, r2, c2, text)
    for r in hidden_rows:
        worksheet.set_row(r, None, None, {"hidden": True})
    for name, sheet_rows in (extra_sheets or {}).items():
        fill(book.add_worksheet(name), sheet_rows)
    book.close()
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",",
              bom: bool = False) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


# -- a large, valid list: the kill test and the bench -----------------------------------------

FIRST = ("Budi", "Siti", "Ahmad", "Dewi", "Rahmat", "Nur", "Agus", "Sri", "Muhammad", "Rina",
         "Gusti", "Fitri", "Andi", "Yuni", "Hendra", "Wulan", "Joko", "Lestari", "Rizki", "Aulia")
LAST = ("Santoso", "Rahayu", "Hidayat", "Lestari", "Saputra", "Wulandari", "Pratama", "Handayani",
        "Nugroho", "Sari", "Kurniawan", "Permata", "Hakim", "Maulida", "Firdaus", "Anggraini")
PLACES = ("Paringin", "Amuntai", "Barabai", "Tanjung", "Kandangan", "Banjarmasin", "Martapura")
VILLAGES = ("Lok Batu", "Batu Piring", "Murung Ilung", "Halubau", "Tebing Tinggi", "Awayan")
EDUCATION = ("SD", "SMP", "SMA/SMK", "SMK", "SLTA", "D3", "S1", "Paket C")
EMPLOYMENT = ("Belum bekerja", "Bekerja", "Wirausaha", "Pelajar/Mahasiswa", "Korban PHK", "Petani")
HEADINGS = ("No", "Nama Lengkap", "NIK", "L/P", "Tempat Lahir", "Tgl. Lahir", "Alamat",
            "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "No. HP/WA", "Pendidikan Terakhir",
            "Status Pekerjaan", "Email")
MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "857", "877", "878", "895", "896")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def registrant_rows(count: int, seed: int, *, start_serial: int = 1) -> list[list]:
    """``count`` valid registrants as a clerk's sheet rows (no header), with the usual variety:
    dates typed three ways or as date cells, phones with and without the leading 0."""
    rng = random.Random(seed)
    rows = []
    for number in range(1, count + 1):
        sex = rng.choice("LP")
        born = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
        place = start_serial + number - 2  # serials 1-9999 per district, districts 01-90
        identity = nik(born, sex, place % 9999 + 1, region=f"6311{(place // 9999) % 90 + 1:02d}")
        style = number % 4
        if style == 0:
            birth = born
        elif style == 1:
            birth = born.strftime("%d-%m-%Y")
        elif style == 2:
            birth = f"{born.day}/{born.month}/{born.year}"
        else:
            birth = f"{born.day} {MONTHS[born.month - 1]} {born.year}"
        mobile = f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(10_000_000, 99_999_999)}"
        phone = float(mobile) if number % 3 == 0 else "0" + mobile
        rows.append([number, f"{rng.choice(FIRST)} {rng.choice(LAST)}", identity,
                     "L" if sex == "L" else rng.choice(("P", "Perempuan")), rng.choice(PLACES), birth,
                     f"Jl. Merdeka No. {rng.randint(1, 200)} RT {rng.randint(1, 9):02d}",
                     rng.choice(VILLAGES), "Paringin", "Balangan", phone, rng.choice(EDUCATION),
                     rng.choice(EMPLOYMENT), f"peserta{number}@contoh.co.id" if number % 5 == 0 else ""])
    return rows


def write_registrants(path: Path, count: int, seed: int) -> Path:
    """A list of ``count`` valid registrants under two title rows, as .xlsx or .csv by suffix."""
    title = [["DAFTAR PESERTA PELATIHAN BERBASIS KOMPETENSI"], ["LPK SAPTA BANGUN PERSADA"], []]
    rows = title + [list(HEADINGS)] + registrant_rows(count, seed)
    if path.suffix == ".csv":
        plain = [[c.strftime("%d/%m/%Y") if isinstance(c, dt.date) else
                  (str(int(c)) if isinstance(c, float) else c) for c in row] for row in rows]
        return write_csv(path, plain, encoding="cp1252", delimiter=";")
    return write_xlsx(path, rows, text_columns=(2,))
