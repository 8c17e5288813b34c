"""Importing attendance marks from CSV and XLSX: both layouts, every problem placed at its row and
column, nothing saved while any error exists, the template reading back, and a second import of
the same file changing nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from attendance_files import LATER, MON, THU, TODAY, TUE, WED, Number, build_world, write_csv, write_xlsx
from import_sheets import nik
from record_checks import assert_bilingual, writes_nothing

from lpks_desktop.core.importing import ImportRefused, ReadRefused, read_table
from lpks_desktop.core.importing.attendance import (
    AttendanceImportRefused,
    apply_attendance_import,
    plan_attendance_import,
    write_attendance_template,
)
from lpks_desktop.core.services.attendance import AttendanceConflict, MarkChange, save_marks


def plan_for(path, world, **options):
    return plan_attendance_import(path, world.klass.id, today=TODAY, **options)


def placed(plan, *, errors: bool = True) -> set[tuple[int | None, str, str]]:
    """(row, column letter, code) of the plan's errors (or warnings)."""
    chosen = plan.errors if errors else plan.warnings
    for problem in chosen:
        assert_bilingual(problem)
    return {(p.row, p.letter, p.code) for p in chosen}


def applied(store, plan):
    outcome = apply_attendance_import(store, plan)
    assert outcome.written == len(plan.changes)
    return outcome


# -- the wide layout ----------------------------------------------------------------------------

def test_wide_xlsx_under_a_title_saves_changes_with_what_they_replace(store, tmp_path):
    world = build_world(store)
    rows = [
        ["DAFTAR HADIR PESERTA PELATIHAN MENJAHIT ANGKATAN 1"],
        ["LPK Sapta Bangun Persada"],
        [],
        ["No", "Nama Peserta", "NIK", MON, "03/11 08.00", "03/11/2026 13.00", "Kamis, 5 November 2026", "Jumlah H"],
        [1, "Ani Suryani", world.nik("ani"), "H", "hadir", "S", None, 2],
        [],
        [2, "Budi Hartono", world.nik("budi"), "a", None, "Izin", "present", 1],
        [3, "Citra Lestari", world.nik("citra"), None, None, None, None, 0],
    ]
    path = write_xlsx(tmp_path / "absensi.xlsx", rows)
    plan = plan_for(path, world)

    assert plan.ok, [p.located("en") for p in plan.problems]
    assert (plan.layout, plan.header_row, plan.rows_read) == ("wide", 4, 3)
    assert placed(plan, errors=False) == {(4, "H", "column_ignored")}
    assert len(plan.changes) == 6 and plan.unchanged == 0
    was = {(p.full_name, p.session_date, p.start_time): (p.before.mark if p.before else None, p.after.mark)
           for p in plan.planned()}
    assert was[("Ani Suryani", MON, dt.time(8))] == ("S", "H")  # the GUI shows "was S, becomes H"
    assert was[("Budi Hartono", TUE, dt.time(13))] == (None, "I")
    assert [(p.row, p.column) for p in plan.planned()][:3] == [(5, 3), (5, 4), (5, 5)]
    assert "6" in plan.summary().render("en") and plan.summary().render("id") != plan.summary().render("en")

    outcome = applied(store, plan)
    assert outcome.unchanged == 0
    assert world.marks() == {
        ("ani", "mon"): "H", ("ani", "tue_am"): "H", ("ani", "tue_pm"): "S",
        ("budi", "mon"): "A", ("budi", "tue_pm"): "I", ("budi", "thu"): "H",
        ("fajar", "mon"): "H"}

    again = plan_for(path, world)
    assert again.ok and again.changes == [] and again.unchanged == 6
    with writes_nothing():
        assert apply_attendance_import(store, again).written == 0


def test_a_blank_cell_keeps_the_stored_mark_and_equal_marks_are_unchanged(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "hadir.csv", [
        ["NIK", "Nama", "02/11/2026", "05/11/2026"],
        [world.nik("ani"), "Ani Suryani", "", "H"],
        [world.nik("budi"), "Budi Hartono", "", ""],
    ])
    plan = plan_for(path, world)
    assert plan.ok and plan.unchanged == 0 and [c.mark for c in plan.changes] == ["H"]
    applied(store, plan)
    assert world.cell("ani", "mon").mark == "S"  # the blank cell cleared nothing

    # Fajar withdrew: his recorded H may be listed again, it just cannot change.
    path = write_csv(tmp_path / "hadir2.csv", [["NIK", "02/11/2026"], [world.nik("ani"), "sakit"],
                                               [world.nik("fajar"), "Hadir"]])
    plan = plan_for(path, world)
    assert plan.ok and plan.changes == [] and plan.unchanged == 2


def test_wide_errors_are_all_reported_at_their_cells_and_nothing_is_saved(store, tmp_path):
    world = build_world(store)
    citra_in_number_cell = Number(float(world.nik("citra")[:15] + "0"))
    budi_last_digit_lost = world.nik("budi")[:15] + ("0" if world.nik("budi")[-1] != "0" else "1")
    stranger = nik(dt.date(1990, 1, 1), "L", 99)
    rows = [
        ["DAFTAR HADIR"],
        [],
        # A      B       C      D    E        F              G             H             I
        ["No", "Nama", "NIK", MON, "03/11", "03/11 13.00", "04/11/2026", "05/11/2026", "06/11/2026",
         # J             K                         L
         "16/11/2026", "Senin, 2 November 2026", "31/11"],
        [1, "Ani Suryani", world.nik("ani"), "H", "H", None, None, None, None, None, "H"],  # 4
        [2, "Budi Hartono", world.nik("budi"), None, None, "hadir", None, "?"],  # 5
        [3, "Citra Lestari", citra_in_number_cell, None, None, "H"],  # 6
        [4, "Budi Hartono", budi_last_digit_lost, None, None, "H"],  # 7
        [5, "Fajar Nugroho", world.nik("fajar"), "S"],  # 8: withdrew, an H stored
        [6, "Eko Prasetyo", world.nik("eko"), None, None, "H"],  # 9: withdrew
        [7, "Gita Permata", world.nik("gita"), None, None, "H"],  # 10: reserve list
        [8, "Orang Lain", stranger, None, None, "H"],  # 11
        [9, "Siapa Saja", None, None, None, "H"],  # 12
        [10, None, None, None, None, "H"],  # 13
        [11, "Citra Lestari", world.nik("citra"), None, None, None, "H", None, "H", "A", None, "H"],  # 14
        ["", "Jumlah", None, 1, 1, 7, 1, 1, 1, 1, 1, 1],  # 15
        [],
        [None, None, None, None, None, "Paringin, 10 November 2026"],  # 17
    ]
    path = write_xlsx(tmp_path / "salah.xlsx", rows)
    plan = plan_for(path, world)

    assert not plan.ok and plan.layout == "wide"
    assert placed(plan) == {
        (3, "E", "session_ambiguous"),  # two sessions on 3 November: which one?
        (3, "G", "session_cancelled"),
        (3, "I", "no_session"),
        (3, "J", "session_future"),
        (3, "L", "date_invalid"),
        (4, "D", "duplicate_in_file"), (4, "K", "duplicate_in_file"),
        (5, "H", "mark_unknown"),
        (6, "C", "nik_excel_number"),
        (7, "C", "nik_excel_number"),
        (8, "D", "person_read_only"),
        (9, "C", "person_not_attending"),
        (10, "C", "person_not_attending"),
        (11, "C", "person_not_in_class"),
        (12, "B", "person_not_in_class"),
        (13, "C", "person_missing"),
    }
    assert placed(plan, errors=False) == {(15, "B", "total_row_skipped"), (17, "", "rows_below_list_ignored")}
    by_code = {p.code: p for p in plan.errors}
    assert "13.00" in by_code["session_ambiguous"].message("id") and "13:00" in by_code["session_ambiguous"].message("en")
    assert "Selasa, 3 November 2026" in by_code["session_ambiguous"].message("id")
    assert "has 2 sessions" in by_code["session_ambiguous"].message("en")
    assert by_code["session_future"].message("en").endswith("filled in on rows 14.")
    assert "row 4 column K" in [p for p in plan.errors if (p.row, p.letter) == (4, "D")][0].message("en")
    assert "Budi Hartono" in [p for p in plan.errors if p.row == 7][0].message("en")  # whose NIK it was
    assert "Withdrew" in [p for p in plan.errors if p.row == 9][0].message("en")
    assert "H (hadir, present), I (izin, excused)" in by_code["mark_unknown"].message("en")
    assert by_code["session_cancelled"].located("en").startswith("Row 3, column G (04/11/2026)")

    with writes_nothing(), pytest.raises(AttendanceImportRefused) as refused:
        apply_attendance_import(store, plan)
    assert isinstance(refused.value, ImportRefused) and refused.value.problems == plan.problems


def test_empty_columns_for_sessions_to_come_or_unknown_dates_block_nothing(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "kosong.csv", [
        ["NIK", "02/11/2026", "06/11/2026", "16/11/2026", "31/11", "Keterangan", "Keterangan", "NIK"],
        [world.nik("budi"), "H", "", "", "", "baik", "", world.nik("budi")],
    ])
    plan = plan_for(path, world)
    assert plan.ok and len(plan.changes) == 1
    assert placed(plan, errors=False) == {(1, "E", "date_invalid"), (1, "F", "column_ignored"),
                                          (1, "G", "column_ignored"), (1, "H", "column_repeated")}


def test_dates_under_a_merged_heading_without_years_and_as_excel_cells(store, tmp_path):
    world = build_world(store)
    rows = [
        ["REKAP KEHADIRAN"],
        ["No", "Nama Lengkap", "NIK", "Tanggal pertemuan"],
        [None, None, None, "2 Nov", dt.datetime(2026, 11, 3, 8, 0), "03/11\n13.00-17.00", THU],
        [1, 2, 3, 4, 5, 6, 7],  # the column numbers government forms carry
        [1, "ani suryani ", None, "H", "H", "H", "I"],
        [2, "Budi  Hartono", Number(float(world.nik("budi"))), "A", None, None, None],
    ]
    path = write_xlsx(tmp_path / "rekap.xlsx", rows, merges=[(1, 3, 1, 6, "Tanggal pertemuan")])
    plan = plan_for(path, world)
    assert plan.ok, [p.located("en") for p in plan.errors]
    assert placed(plan, errors=False) == {(4, "", "numbering_row_skipped"), (6, "C", "nik_number_cell")}
    applied(store, plan)
    assert world.marks() == {("ani", "mon"): "H", ("ani", "tue_am"): "H", ("ani", "tue_pm"): "H",
                             ("ani", "thu"): "I", ("budi", "mon"): "A", ("fajar", "mon"): "H"}


def test_the_sheet_holding_the_list_is_found_and_a_file_without_one_is_reported(store, tmp_path):
    world = build_world(store)
    path = write_xlsx(tmp_path / "buku.xlsx", [["NIK", "Nama", "05/11/2026"], [world.nik("citra"), "Citra", "S"]],
                      before={"Catatan": [["Daftar hadir ada di lembar berikut"]]})
    plan = plan_for(path, world)
    assert plan.ok and plan.sheet.name == "Absensi" and [c.mark for c in plan.changes] == ["S"]

    nothing = write_csv(tmp_path / "lain.csv", [["Nama", "Alamat"], ["Ani", "Paringin"]])
    plan = plan_for(nothing, world)
    assert placed(plan) == {(None, "", "header_not_found")}
    with writes_nothing(), pytest.raises(AttendanceImportRefused):
        apply_attendance_import(store, plan)

    picture = tmp_path / "foto.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(ReadRefused):
        plan_for(picture, world)


# -- the long layout ----------------------------------------------------------------------------

def test_long_csv_with_times_arrivals_and_notes(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "absen.csv", [
        ["Daftar hadir dari formulir"],
        [],
        ["NIK", "Nama", "Hari/Tanggal", "Jam", "Kehadiran", "Jam Datang", "Keterangan"],
        [world.nik("ani"), "Ani Suryani", "02/11/2026", "", "H", "08.20", ""],
        [world.nik("ani"), "Ani Suryani", "2026-11-03", "08.00", "hadir", "", ""],
        [world.nik("ani"), "Ani Suryani", "3 Nov 2026", "13:00", "sakit", "", "demam"],
        [world.nik("budi"), "Budi Hartono", "Selasa, 3 November 2026", "13.00 - 17.00", "tanpa keterangan", "", ""],
        [world.nik("budi"), "Budi Hartono", "5 Nov 2026", "", "present", "7:50", ""],
        ["", "Citra Lestari", "02/11/26", "", "Izin", "", "acara keluarga"],
    ])
    plan = plan_for(path, world)
    assert plan.ok, [p.located("en") for p in plan.problems]
    assert plan.layout == "long" and plan.rows_read == 6 and len(plan.changes) == 6
    applied(store, plan)
    assert world.marks() == {("ani", "mon"): "H", ("ani", "tue_am"): "H", ("ani", "tue_pm"): "S",
                             ("budi", "tue_pm"): "A", ("budi", "thu"): "H", ("citra", "mon"): "I",
                             ("fajar", "mon"): "H"}
    assert world.cell("ani", "mon").arrival_time == dt.time(8, 20)
    assert world.cell("budi", "thu").arrival_time == dt.time(7, 50)
    assert world.cell("ani", "tue_pm").note == "demam"
    assert world.cell("citra", "mon").note == "acara keluarga"

    again = plan_for(path, world)
    assert again.ok and again.changes == [] and again.unchanged == 6


def test_long_xlsx_with_date_and_time_cells(store, tmp_path):
    world = build_world(store)
    path = write_xlsx(tmp_path / "absen.xlsx", [
        ["Nama", "Tanggal", "Status", "Jam datang"],
        ["Ani Suryani", MON, "H", dt.time(7, 45)],
        ["Budi Hartono", dt.datetime(2026, 11, 3, 13, 0), "I", None],
        ["Citra Lestari", float((THU - dt.date(1899, 12, 30)).days), "S", None],  # a bare day number
    ])
    plan = plan_for(path, world)
    assert plan.ok, [p.located("en") for p in plan.problems]
    applied(store, plan)
    assert world.cell("ani", "mon").arrival_time == dt.time(7, 45)
    assert world.cell("budi", "tue_pm").mark == "I" and world.cell("citra", "thu").mark == "S"


def test_a_long_list_whose_marks_sit_under_keterangan(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "ket.csv", [["No", "Nama", "Tanggal", "Ket."], [1, "Budi Hartono", "5/11/2026", "S"]])
    plan = plan_for(path, world)
    assert plan.ok and plan.layout == "long" and [c.mark for c in plan.changes] == ["S"]


def test_long_errors_name_their_row_and_column(store, tmp_path):
    world = build_world(store)
    ani, budi, citra = world.nik("ani"), world.nik("budi"), world.nik("citra")
    path = write_csv(tmp_path / "absen.csv", [
        ["NIK", "Nama", "Tanggal", "Jam", "Kehadiran", "Jam datang", "Catatan"],  # 1
        [ani, "", "02/11/2026", "", "H"],  # 2
        [ani, "", "2 Nov 2026", "", "hadir"],  # 3: row 2's session again
        [budi, "", "", "", "H"],  # 4
        [budi, "", "32/11/2026", "", "H"],  # 5
        [budi, "", "03/11/2026", "", "H"],  # 6: two sessions that day
        [budi, "", "03/11/2026", "12.30", "H"],  # 7: neither starts then
        [budi, "", "04/11/2026", "", "H"],  # 8: cancelled
        [budi, "", "16/11/2026", "", "H"],  # 9: not yet held
        [budi, "", "05/11/2026", "", ""],  # 10
        [citra, "", "05/11/2026", "", "X"],  # 11
        [citra, "", "02/11/2026", "", "S", "07.30"],  # 12
        [citra, "", "03/11/2026", "08.00", "H", "7.61"],  # 13
        [citra, "", "03/11/2026", "13.00", "H", "18.30"],  # 14
        [ani, "", "05/11/2026", "", "H", "", "x" * 301],  # 15
        [ani, "", "03/11/2026", "25.00", "H"],  # 16
        [ani, "", "Senin", "", "H"],  # 17
        ["3.17101E+15", "", "05/11/2026", "", "H"],  # 18
    ])
    plan = plan_for(path, world)
    assert placed(plan) == {
        (2, "E", "duplicate_in_file"), (3, "E", "duplicate_in_file"),
        (4, "C", "date_missing"),
        (5, "C", "date_invalid"),
        (6, "C", "session_ambiguous"),
        (7, "D", "no_session"),
        (8, "C", "session_cancelled"),
        (9, "C", "session_future"),
        (10, "E", "mark_missing"),
        (11, "E", "mark_unknown"),
        (12, "F", "arrival_not_present"),
        (13, "F", "time_unrecognised"),
        (14, "F", "arrival_outside_session"),
        (15, "G", "note_too_long"),
        (16, "D", "time_unrecognised"),
        (17, "C", "date_unrecognised"),
        (18, "A", "nik_excel_number"),
    }
    duplicate = [p for p in plan.errors if p.row == 2][0]
    assert "row 3" in duplicate.message("en") and "baris 3" in duplicate.message("id")
    assert "08.00, 13.00" in [p for p in plan.errors if p.row == 7][0].message("id")
    with writes_nothing(), pytest.raises(AttendanceImportRefused):
        apply_attendance_import(store, plan)


def test_without_a_nik_people_are_matched_by_a_name_only_one_of_them_has(store, tmp_path):
    world = build_world(store, twins=True)
    path = write_csv(tmp_path / "nama.csv", [
        ["Nama", "Tanggal", "Kehadiran"],
        ["CITRA  lestari", "05/11/2026", "H"],
        ["Budi Hartono", "05/11/2026", "H"],
        ["Dina Mariana", "05/11/2026", "H"],
    ], delimiter=",", encoding="utf-8")
    plan = plan_for(path, world)
    assert placed(plan) == {(3, "A", "name_ambiguous"), (4, "A", "person_not_in_class")}
    ambiguous = [p for p in plan.errors if p.row == 3][0]
    assert "NIK" in ambiguous.message("en") and "2" in ambiguous.message("en")
    assert len(plan.changes) == 1  # Citra's, shown but not saved while the file has errors


def test_a_nik_of_someone_else_is_warned_about(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "nik.csv", [["NIK", "Nama", "05/11/2026"], [world.nik("ani"), "Citra Lestari", "H"]])
    plan = plan_for(path, world)
    assert plan.ok and placed(plan, errors=False) == {(2, "B", "name_differs")}
    assert plan.planned()[0].full_name == "Ani Suryani"


# -- applying -----------------------------------------------------------------------------------

def test_a_mark_changed_after_planning_refuses_the_whole_import(store, tmp_path):
    world = build_world(store)
    path = write_csv(tmp_path / "absen.csv", [
        ["NIK", "02/11/2026", "05/11/2026"],
        [world.nik("ani"), "H", "H"],
        [world.nik("budi"), "H", "H"],
    ])
    plan = plan_for(path, world)
    assert plan.ok and len(plan.changes) == 4
    save_marks(store, world.klass.id, [MarkChange(world.sessions["thu"].id, world.people["budi"].enrollment.id, "S")],
               today=TODAY)
    with writes_nothing(), pytest.raises(AttendanceConflict):
        apply_attendance_import(store, plan)
    assert world.cell("ani", "mon").mark == "S" and world.cell("budi", "thu").mark == "S"


# -- the template -------------------------------------------------------------------------------

def test_template_reads_back_and_a_filled_copy_imports(store, tmp_path):
    world = build_world(store)
    template = tmp_path / "templat.xlsx"
    write_attendance_template(template, world.klass.id, lang="id", today=TODAY)
    sheet = read_table(template)
    header = next(r for r, cells in enumerate(sheet.rows) if cells[:3] == ["No", "Nama", "NIK"])
    assert sheet.rows[header][3:] == ["02/11/2026", "03/11/2026 08.00", "03/11/2026 13.00", "05/11/2026",
                                      "16/11/2026"]
    people = sheet.rows[header + 1:]
    assert [row[1] for row in people] == ["Ani Suryani", "Budi Hartono", "Citra Lestari"]  # attending only
    assert people[0][2] == world.nik("ani") and isinstance(people[0][2], str)
    assert people[0][3] == "S"  # the marks recorded so far

    untouched = plan_for(template, world)
    assert untouched.ok and untouched.changes == [] and untouched.unchanged == 1

    # The trainer fills it in Excel and saves it again.
    filled = [list(row) for row in sheet.rows]
    marks = {"Ani Suryani": ["H", "H", "S", "I", ""], "Budi Hartono": ["A", "", "H", "H", ""],
             "Citra Lestari": ["", "h", "", "sakit", ""]}
    for row in filled[header + 1:]:
        row[3:8] = marks[row[1]]
    copy = write_xlsx(tmp_path / "terisi.xlsx", filled)
    plan = plan_for(copy, world)
    assert plan.ok, [p.located("en") for p in plan.problems]
    assert len(plan.changes) == 9 and plan.unchanged == 0
    applied(store, plan)
    assert world.marks() == {
        ("ani", "mon"): "H", ("ani", "tue_am"): "H", ("ani", "tue_pm"): "S", ("ani", "thu"): "I",
        ("budi", "mon"): "A", ("budi", "tue_pm"): "H", ("budi", "thu"): "H",
        ("citra", "tue_am"): "H", ("citra", "thu"): "S", ("fajar", "mon"): "H"}
    assert plan_for(copy, world).changes == []

    # The same list saved as CSV by Excel reads the same.
    csv_copy = write_csv(tmp_path / "terisi.csv", [[c.strftime("%d/%m/%Y") if isinstance(c, dt.date) else c
                                                   for c in row] for row in filled])
    again = plan_for(csv_copy, world)
    assert again.ok and again.changes == [] and again.unchanged == 9

    # A fresh template now holds those marks.
    write_attendance_template(template, world.klass.id, lang="en", today=TODAY)
    rows = read_table(template).rows
    header = next(r for r, cells in enumerate(rows) if cells[:3] == ["No", "Name", "NIK"])
    assert rows[header + 2][3:7] == ["A", "", "H", "H"]


def test_template_of_a_class_with_one_session_a_day_heads_columns_with_dates_only(store, tmp_path):
    world = build_world(store)
    template = tmp_path / "t.xlsx"
    write_attendance_template(template, world.klass.id, today=TODAY)
    rows = read_table(template).rows
    assert "05/11/2026" in rows[4] and not any(isinstance(c, str) and c.startswith("04/11") for c in rows[4])
    assert WED not in rows[4] and LATER  # the cancelled session has no column
