"""Registrant lists as clerks receive them, for the import wizard's tests and screenshots.

Title rows above the table, Indonesian headings, a place and date of birth in
one cell, phones that lost their 0, and (unless ``fixed``) the damage Excel
does: a NIK shown as 3.17101E+15, a NIK stored as a number, a NIK too short.
"""

from __future__ import annotations

import csv
import datetime as dt

import xlsxwriter

HEADINGS = ["No", "NIK", "Nama Lengkap", "Jenis Kelamin (L/P)", "Tempat, Tanggal Lahir", "Alamat",
            "Kabupaten/Kota", "No. HP/WA", "Pendidikan Terakhir", "Keterangan"]
FIRST_NAMES = ["Siti", "Budi", "Rina", "Agus", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko",
               "Kartini", "Lukman", "Maya", "Nanda", "Putri", "Rudi"]
LAST_NAMES = ["Aminah", "Santoso", "Marlina", "Saputra", "Lestari", "Prasetyo", "Handayani", "Wijaya"]
CITIES = ["Balangan", "Tabalong", "Hulu Sungai Utara", "Banjarmasin"]
EDUCATION = ["SMA/SMK", "SMP", "S1", "D3", "SD"]
TITLE_ROWS = 3  # two title lines and a blank row; the headings are sheet row 4


def person(number: int) -> dict:
    """The number-th registrant (1-based): a valid NIK agreeing with sex and birth date."""
    female = number % 2 == 1
    born = dt.date(1990 + number % 15, 1 + number % 12, 1 + number % 28)
    day = born.day + (40 if female else 0)
    nik = f"630101{day:02d}{born.month:02d}{born.year % 100:02d}{number:04d}"
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return {
        "nik": nik, "name": f"{first} {last} {number}", "sex": "P" if female else "L", "born": born,
        "place": CITIES[number % len(CITIES)], "address": f"Jl. Ahmad Yani No. {number}",
        "city": CITIES[(number + 1) % len(CITIES)], "phone": f"0812{number:08d}",
        "education": EDUCATION[number % len(EDUCATION)], "notes": "",
    }


def cells(entry: dict, number: int) -> list:
    born = entry["born"]
    return [number, entry["nik"], entry["name"], entry["sex"],
            f"{entry['place']}, {born.day:02d}-{born.month:02d}-{born.year}", entry["address"],
            entry["city"], entry["phone"], entry["education"], entry["notes"]]


def people(count: int) -> list[dict]:
    return [person(number) for number in range(1, count + 1)]




def sheet_row(number: int) -> int:
    """The sheet row (as Excel numbers it) of the number-th registrant: the headings are row 4."""
    return TITLE_ROWS + 1 + number


# The damaged entries of a messy file.
EXCEL_NOTATION_ROW = sheet_row(2)  # NIK shown as 6.30101E+15: an error
NUMBER_NIK_ROW = sheet_row(4)  # NIK stored as a number, still whole: a warning
SHORT_NIK_ROW = sheet_row(5)  # NIK missing two digits: an error
LOST_ZERO_ROW = sheet_row(1)  # phone that lost its leading 0: read fine


def write_xlsx(path, count: int = 8, *, fixed: bool = False, entries: list[dict] | None = None,
               sheet_name: str = "Peserta") -> list[dict]:
    """A workbook as a clerk gets it; returns the registrants as written (fixed values)."""
    entries = entries if entries is not None else people(count)
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = book.add_worksheet(sheet_name)
    bold = book.add_format({"bold": True})
    sheet.merge_range(0, 0, 0, len(HEADINGS) - 1, "DAFTAR PESERTA PELATIHAN MENJAHIT", bold)
    sheet.write_string(1, 0, "LPK Sapta Bangun Persada — Gelombang 1 Tahun 2026")
    for column, heading in enumerate(HEADINGS):
        sheet.write_string(TITLE_ROWS, column, heading, bold)
    for index, entry in enumerate(entries):
        row = TITLE_ROWS + 1 + index
        values = cells(entry, index + 1)
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(row, column, value)
            elif value != "":
                sheet.write_string(row, column, value)
        if fixed:
            continue
        if row + 1 == EXCEL_NOTATION_ROW:
            sheet.write_string(row, 1, f"{int(entry['nik']) / 1e15:.5f}E+15")
        elif row + 1 == SHORT_NIK_ROW:
            sheet.write_string(row, 1, entry["nik"][:14])
        elif row + 1 == NUMBER_NIK_ROW:
            sheet.write_number(row, 1, int(entry["nik"]))
        elif row + 1 == LOST_ZERO_ROW:
            sheet.write_number(row, 7, int(entry["phone"]))
    # Signatures under the list, as printed forms have.
    below = TITLE_ROWS + 2 + len(entries)
    sheet.write_string(below, 7, "Balangan, 1 Desember 2026")
    sheet.write_string(below + 1, 7, "Kepala LPK")
    book.close()
    return entries


def write_csv(path, count: int = 8, *, fixed: bool = False) -> list[dict]:
    """The same list saved by Excel as CSV with semicolons (Excel set to Indonesian)."""
    entries = people(count)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["DAFTAR PESERTA PELATIHAN MENJAHIT"])
        writer.writerow(["LPK Sapta Bangun Persada"])
        writer.writerow([])
        writer.writerow(HEADINGS)
        for index, entry in enumerate(entries):
            values = cells(entry, index + 1)
            row = TITLE_ROWS + 2 + index
            if not fixed and row == EXCEL_NOTATION_ROW:
                values[1] = "6,30101E+15"
            if not fixed and row == SHORT_NIK_ROW:
                values[1] = entry["nik"][:14]
            writer.writerow(values)
    return entries
