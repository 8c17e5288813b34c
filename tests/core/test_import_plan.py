"""Importing a messy registrant list: every problem at once, exactly placed; nothing written
while any error exists; stored people matched by NIK and their changes listed; one transaction."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from class_scenario import build
from import_sheets import Serial, nik, registrant_rows, write_csv, write_xlsx, HEADINGS
from record_checks import assert_bilingual, row_counts, writes_nothing

from lpks_desktop.core import models as m
from lpks_desktop.core.importing import (
    ImportCancelled,
    ImportRefused,
    ImportStale,
    apply_import,
    plan_import,
    remembered_mapping,
)
from lpks_desktop.core.services.participants import save_participant

TODAY = dt.date(2026, 11, 28)
TITLE = "DAFTAR PESERTA PELATIHAN MENJAHIT ANGKATAN I"
HEADER = ["No", "Nama Lengkap", "NIK", "L/P", "Tempat, Tanggal Lahir", None, "No. HP/WA",
          "Pendidikan Terakhir", "Status Pekerjaan", "Desa/Kelurahan", "Kecamatan", "Email",
          "Nama Ibu Kandung"]


def messy_rows() -> list[list]:
    """The list as a clerk brought it: title rows, a two-row header with merged cells, NIKs
    damaged by Excel, dates typed three ways and as a serial, a phone without its 0, a
    duplicate, blanks, and a signature block under the table."""
    return [
        [TITLE],
        ["LPK SAPTA BANGUN PERSADA - TAHUN 2026"],
        [],
        HEADER,
        [None, None, None, None, "Tempat", "Tanggal"],
        [1, "Budi Santoso", "6311011708950001", "L", "Paringin", "17-08-1995", 81234567890, "SMA/SMK",
         "Belum bekerja", "Lok Batu", "Paringin", "budi@contoh.co.id", "Aminah"],  # row 6
        [2, "Siti Rahmah", 6311015708950000, "P", "Amuntai", Serial(34928), "0812-3456-7891", "S1",
         "Bekerja", "Murung", "Amuntai", None, "Salmah"],  # 7: NIK through a number cell
        [3, "Ahmad Fauzi", "3.17101E+15", "M", "Barabai", "17 Agustus 1995", "081234567892", "D3",
         "Wirausaha"],  # 8: NIK as Excel shows a number
        [4, "Dewi Lestari", "6311015708950003", "Perempuan", "Tanjung", "17/8/95", "+62 813 1111 2222",
         "D3", "Pelajar"],  # 9
        [],  # 10
        [5, "Rina Wati", "6311015708950003", "F", "Tanjung", "17-08-1995"],  # 11: row 9's NIK again
        [6, None, "6311011708950004", "L", "Paringin", "17-08-1995"],  # 12: no name
        [7, "Joko Susilo", "6311011708950005", "X", "Paringin", "31-02-1995"],  # 13
        [8, "Agus Salim", "6311011708950006", None, "Paringin", "17-08-1995", 12345, "SMA", "Petani",
         None, None, "agus@"],  # 14
        [9, "Hendra", "6311011708950007", "L", "Paringin", "17-08-1995", None, "Kuliah"],  # 15
        [], [],
        [None] * 9 + ["Paringin, 28 November 2026"],  # 18
        [None] * 9 + ["Kepala LPK"],  # 19
    ]


def write_messy(path):
    return write_xlsx(path, messy_rows(), merges=[
        (0, 0, 0, 11, TITLE), (3, 4, 3, 5, "Tempat, Tanggal Lahir"),
        (3, 0, 4, 0, "No"), (3, 1, 4, 1, "Nama Lengkap"), (3, 2, 4, 2, "NIK")],
        hidden_rows=range(20, 45))


EXPECTED = [
    (4, "M", "column_ignored", "warning"),
    (7, "C", "nik_excel_number", "error"),
    (8, "C", "nik_excel_number", "error"),
    (9, "C", "duplicate_in_file", "error"),
    (11, "C", "duplicate_in_file", "error"),
    (12, "B", "required", "error"),
    (13, "D", "not_a_choice", "error"),
    (13, "F", "date_invalid", "error"),
    (14, "D", "sex_from_nik", "warning"),
    (14, "G", "phone_invalid", "error"),
    (14, "L", "email_invalid", "error"),
    (15, "H", "not_a_choice", "error"),
    (18, None, "rows_below_list_ignored", "warning"),
]


def _found(plan):
    return [(p.row, p.letter or None, p.code, str(p.severity)) for p in plan.problems]


def test_every_problem_of_a_messy_workbook_at_once_with_row_and_column(store, tmp_path):
    path = write_messy(tmp_path / "peserta.xlsx")
    with writes_nothing():
        plan = plan_import(path, today=TODAY)
    assert plan.header_row == 4 and plan.sheet.name == "Peserta"
    assert plan.mapping == {1: "full_name", 2: "nik", 3: "sex", 4: "birth_place", 5: "birth_date",
                            6: "phone", 7: "education", 8: "employment", 9: "village", 10: "district",
                            11: "email"}
    assert _found(plan) == EXPECTED
    for problem in plan.problems:
        assert_bilingual(problem)
    seven = next(p for p in plan.problems if p.row == 7)
    assert seven.located("id").startswith("Baris 7, kolom C (NIK): ")
    assert "Format the NIK column as Text" in seven.message("en")
    assert "Format kolom NIK sebagai Teks" in seven.message("id")
    assert plan.rejected_rows == [7, 8, 9, 11, 12, 13, 14, 15]
    assert [(p.row, p.nik) for p in plan.new_rows] == [(6, "6311011708950001")]
    budi = plan.new_rows[0].values
    assert budi["phone"] == "+6281234567890"  # Excel dropped the 0
    assert budi["birth_date"] == dt.date(1995, 8, 17) and budi["birth_place"] == "Paringin"
    assert (budi["education"], budi["employment"], budi["sex"]) == ("sma", "unemployed", "L")
    assert not plan.ok and plan.rows_read == 9


def test_a_refused_import_writes_nothing_at_all(store, tmp_path):
    build(store)
    path = write_messy(tmp_path / "peserta.xlsx")
    plan = plan_import(path, today=TODAY)
    with writes_nothing():
        with pytest.raises(ImportRefused) as caught:
            apply_import(store, plan)
    assert caught.value.problems == plan.problems
    assert "8 rows" in caught.value.render("en") and "baris" in caught.value.render("id")


def test_importing_only_the_valid_rows_is_an_explicit_choice(store, tmp_path):
    path = write_messy(tmp_path / "peserta.xlsx")
    plan = plan_import(path, today=TODAY)
    before = row_counts()
    result = apply_import(store, plan, valid_only=True)
    assert (result.inserted, result.updated, result.skipped_rows) == (1, 0, plan.rejected_rows)
    after = row_counts()
    assert after["participant"] == before["participant"] + 1
    assert after["audit_log"] == before["audit_log"] + 1  # one entry sums the import up
    budi = m.Participant.get(m.Participant.nik == "6311011708950001")
    assert (budi.full_name, budi.phone, budi.village) == ("Budi Santoso", "+6281234567890", "Lok Batu")
    assert budi.created_by == budi.updated_by and budi.row_version == 1
    entry = m.AuditLog.select().order_by(m.AuditLog.id.desc()).first()
    changes = json.loads(entry.changes)
    assert (entry.action, entry.table_name, entry.row_id) == ("import", "participant", None)
    assert changes["file"] == "peserta.xlsx" and changes["inserted"] == 1
    assert changes["inserted_ids"] == [[budi.id, budi.id]]
    assert changes["skipped_rows"] == [7, 8, 9, 11, 12, 13, 14, 15]


def test_a_whole_file_error_refuses_even_the_valid_rows(store, tmp_path):
    path = write_xlsx(tmp_path / "nonik.xlsx", [["Kolom 1", "Kolom 2"], ["Budi", "Jl. A"]])
    plan = plan_import(path)
    assert plan.header is None
    assert [(p.row, p.code) for p in plan.problems] == [(None, "header_not_found")]
    path = write_xlsx(tmp_path / "noname.xlsx", [["NIK", "Tgl Lahir", "Alamat"],
                                                 ["6311011708950001", "17-08-1995", "Jl. A"]])
    plan = plan_import(path)
    assert [(p.code, p.field) for p in plan.file_errors] == [("column_missing", "full_name")]
    with writes_nothing(), pytest.raises(ImportRefused) as caught:
        apply_import(store, plan, valid_only=True)
    assert "Full name" in caught.value.render("en")


def test_stored_people_are_matched_by_nik_and_their_changes_listed_before_after(store, tmp_path):
    budi, _ = save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "L",
                                       "phone": "0812-9999-0000", "birth_place": "Paringin",
                                       "village": "Lok Batu", "notes": "datang sendiri"})
    same, _ = save_participant(store, {"nik": "6311015708950003", "full_name": "Dewi Lestari", "sex": "P",
                                       "birth_place": "Tanjung", "birth_date": "17-08-1995",
                                       "phone": "+6281311112222", "education": "d3", "employment": "student"})
    rows = [["No", "Nama", "NIK", "JK", "Tempat Lahir", "Tanggal Lahir", "No HP", "Desa", "Pendidikan",
             "Pekerjaan"],
            [1, "Budi Santoso", "6311011708950001", "L", "Paringin", "17-08-1995", "081234567890", "",
             "SMK", "Wiraswasta"],
            [2, "Dewi Lestari", "6311015708950003", "P", "Tanjung", "17/08/1995", "0813-1111-2222", "", "D3",
             "Mahasiswa"],
            [3, "Rudi Hartono", "6311012008960001", "L", "Awayan", "20-08-1996", "", "", "", ""]]
    path = write_xlsx(tmp_path / "lagi.xlsx", rows)
    plan = plan_import(path, today=TODAY)
    assert plan.ok and [p.code for p in plan.problems] == []
    assert [p.row for p in plan.new_rows] == [4]
    assert [p.row for p in plan.unchanged] == [3]
    [update] = plan.updates
    assert (update.row, update.participant_id) == (2, budi.id)
    assert update.changes == {"birth_date": (None, dt.date(1995, 8, 17)),
                              "phone": ("+6281299990000", "+6281234567890"),
                              "education": (None, "sma"), "employment": (None, "self_employed")}
    stored = m.Participant.get_by_id(budi.id)
    assert stored.phone == "+6281299990000"  # planning changed nothing
    result = apply_import(store, plan)
    assert (result.inserted, result.updated, result.unchanged) == (1, 1, 1)
    stored = m.Participant.get_by_id(budi.id)
    assert (stored.phone, stored.birth_date, stored.education) == ("+6281234567890", dt.date(1995, 8, 17), "sma")
    assert stored.village == "Lok Batu" and stored.notes == "datang sendiri"  # blanks erase nothing
    assert stored.row_version == budi.row_version + 1
    assert m.Participant.get_by_id(same.id).row_version == same.row_version
    changes = json.loads(m.AuditLog.select().order_by(m.AuditLog.id.desc()).first().changes)
    assert changes["updated"][str(budi.id)]["phone"] == ["+6281299990000", "+6281234567890"]
    assert result.participant_ids[2] == budi.id and result.participant_ids[3] == same.id


def test_a_different_name_for_a_stored_nik_is_flagged(store, tmp_path):
    save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "L"})
    path = write_xlsx(tmp_path / "x.xlsx", [["NIK", "Nama", "JK"], ["6311011708950001", "Siti Aminah", "L"]])
    plan = plan_import(path)
    assert [(p.row, p.letter, p.code) for p in plan.problems] == [(2, "B", "name_differs")]
    assert plan.updates[0].changes == {"full_name": ("Budi Santoso", "Siti Aminah")}


def test_the_database_changing_between_plan_and_import_refuses_it(store, tmp_path):
    rows = [["NIK", "Nama", "JK"], ["6311011708950001", "Budi Santoso", "L"],
            ["6311012008960001", "Rudi Hartono", "L"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows)
    plan = plan_import(path)
    save_participant(store, {"nik": "6311012008960001", "full_name": "Rudi H.", "sex": "L"})
    with writes_nothing(), pytest.raises(ImportStale) as caught:
        apply_import(store, plan)
    assert "6311012008960001" in caught.value.render("en") and "row 3" in caught.value.render("en")

    plan = plan_import(path)
    assert [p.row for p in plan.unchanged + plan.updates] == [3]
    person = m.Participant.get(m.Participant.nik == "6311012008960001")
    person.notes = "changed on another PC"
    store.save(person)
    with writes_nothing(), pytest.raises(ImportStale):
        apply_import(store, plan)


def test_cancelling_rolls_everything_back(store, tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", [list(HEADINGS)] + registrant_rows(1200, seed=5))
    plan = plan_import(path)
    assert plan.ok and len(plan.new_rows) == 1200
    seen = []

    def progress(done, total, label):
        seen.append((done, total, label))

    with writes_nothing(), pytest.raises(ImportCancelled):
        apply_import(store, plan, progress=progress, cancelled=lambda: len(seen) >= 2)
    assert seen and seen[0][1] == 1200
    with pytest.raises(ImportCancelled):
        plan_import(path, cancelled=lambda: True)


def test_progress_is_reported_while_checking_and_writing(store, tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", [list(HEADINGS)] + registrant_rows(1200, seed=6))
    checking, writing = [], []
    plan = plan_import(path, progress=lambda *a: checking.append(a))
    apply_import(store, plan, progress=lambda *a: writing.append(a))
    assert checking[0][:2] == (0, 1200) and checking[-1][:2] == (1200, 1200)
    assert writing[-1][:2] == (1200, 1200)
    assert m.Participant.select().count() == 1200


def test_registering_everyone_into_a_class(store, tmp_path):
    world = build(store)
    klass = world.klass
    stored, _ = save_participant(store, {"nik": "6311015708950003", "full_name": "Dewi Lestari", "sex": "P"})
    already, _ = save_participant(store, {"nik": "6311011708950009", "full_name": "Eko Prasetyo", "sex": "L"})
    store.save(m.Enrollment(training_class=klass.id, participant=already.id, status="enrolled"))
    rows = [["NIK", "Nama", "L/P", "Kode Voucher/Redeem"],
            ["6311011708950001", "Budi Santoso", "L", "PRK-AAA111"],
            ["6311015708950003", "Dewi Lestari", "P", ""],
            ["6311011708950009", "Eko Prasetyo", "L", "PRK-BBB222"]]
    path = write_xlsx(tmp_path / "kelas.xlsx", rows)
    plan = plan_import(path, class_id=klass.id)
    assert plan.class_code == klass.code
    assert [(p.row, p.code) for p in plan.problems] == [(4, "already_registered")]
    assert [p.row for p in plan.to_register] == [2, 3]
    assert [p.row for p in plan.already_registered] == [4]
    audit_before = m.AuditLog.select().where(m.AuditLog.action == "import").count()
    result = apply_import(store, plan)
    assert result.registered == 2 and result.registration in ("service", "direct")
    enrollments = {e.participant.nik: e for e in m.Enrollment.select().where(m.Enrollment.training_class == klass.id)}
    assert set(enrollments) == {"6311011708950001", "6311015708950003", "6311011708950009"}
    budi = enrollments["6311011708950001"]
    assert (budi.status, budi.prakerja_redeem_code) == ("registered", "PRKAAA111")  # as printed, normalised
    assert enrollments["6311011708950009"].status == "enrolled"  # left as it was
    history = m.EnrollmentStatusChange.select().where(m.EnrollmentStatusChange.enrollment == budi.id)
    assert [(h.old_status, h.new_status) for h in history] == [(None, "registered")]
    assert "kelas.xlsx" in history[0].reason
    assert m.AuditLog.select().where(m.AuditLog.action == "import").count() == audit_before + 1
    assert json.loads(m.AuditLog.select().order_by(m.AuditLog.id.desc()).first().changes)["class"] == klass.code \
        or result.registration == "service"


def test_redeem_codes_used_twice_or_already_taken_are_errors(store, tmp_path):
    world = build(store)
    other = store.save(m.TrainingClass(institution=world.sbp.id, program=world.program.id, code="SBP-JHT-2026-02",
                                       name="Angkatan 2", capacity=10, status="open"))
    person, _ = save_participant(store, {"nik": "6311011708950009", "full_name": "Eko Prasetyo", "sex": "L"})
    store.save(m.Enrollment(training_class=other.id, participant=person.id, prakerja_redeem_code="PRKUSED01"))
    rows = [["NIK", "Nama", "L/P", "Kode Redeem"],
            ["6311011708950001", "Budi Santoso", "L", "PRK-TWICE1"],
            ["6311011708950002", "Andi Saputra", "L", "PRK-TWICE1"],
            ["6311011708950003", "Rizki Pratama", "L", "PRK-USED01"],
            ["6311011708950004", "Joko Susilo", "L", 1.5e16]]
    plan = plan_import(write_xlsx(tmp_path / "kode.xlsx", rows), class_id=world.klass.id)
    assert _found(plan) == [(2, "D", "duplicate_in_file", "error"), (3, "D", "duplicate_in_file", "error"),
                            (4, "D", "redeem_code_taken", "error"), (5, "D", "redeem_code_excel_number", "error")]
    assert "SBP-JHT-2026-02" in plan.problems[2].message("en")


def test_a_redeem_code_column_without_a_class_is_not_imported(store, tmp_path):
    rows = [["NIK", "Nama", "L/P", "Kode Voucher"], ["6311011708950001", "Budi Santoso", "L", "PRK-1"]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows))
    assert _found(plan) == [(1, "D", "redeem_code_without_class", "warning")]
    assert plan.ok


def test_a_closed_class_refuses_the_import(store, tmp_path):
    world = build(store)
    world.klass.status = "finished"
    store.save(world.klass)
    rows = [["NIK", "Nama", "L/P"], ["6311011708950001", "Budi Santoso", "L"]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows), class_id=world.klass.id,
                       institution_id=world.stb.id)
    assert [(p.code, p.row) for p in plan.file_errors] == [("class_closed", None), ("class_other_institution", None)]
    with writes_nothing(), pytest.raises(ImportRefused):
        apply_import(store, plan, valid_only=True)


def test_a_csv_from_indonesian_excel_with_a_numbering_row_and_zeroed_niks(store, tmp_path):
    rows = [["DAFTAR PESERTA"], ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tgl. Lahir", "No. WA", "Email"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    born = dt.date(1990, 1, 5)
    for n in range(1, 7):
        rows.append([str(n), f"Peserta Ke{n}", nik(born, "L", n * 10), "Laki-laki", "05-01-1990",
                     f"81234567{n:03d}", ""])
    path = write_csv(tmp_path / "daftar.csv", rows, encoding="cp1252", delimiter=";")
    plan = plan_import(path)
    assert plan.header_row == 2
    codes = _found(plan)
    assert codes[0] == (3, None, "numbering_row_skipped", "warning")
    assert codes[1:] == [(r, "C", "nik_excel_number", "error") for r in range(4, 10)]
    assert "6 of the 6 NIKs" in plan.problems[1].message("en")


def test_a_list_without_a_sex_column_takes_it_from_the_nik(store, tmp_path):
    rows = [["Nama Peserta", "No. KTP"], ["Budi Santoso", "6311011708950001"], ["Siti Rahmah", "6311015708950002"]]
    plan = plan_import(write_csv(tmp_path / "x.csv", rows, bom=True))
    assert [(p.code, p.row) for p in plan.problems] == [("sex_column_missing", None)]
    assert [p.values["sex"] for p in plan.new_rows] == ["L", "P"]
    apply_import(store, plan)
    assert m.Participant.get(m.Participant.nik == "6311015708950002").sex == "P"


def test_sex_ticked_under_l_and_p_columns_and_a_combined_place_and_date(store, tmp_path):
    rows = [["No", "Nama", "NIK", "Jenis Kelamin", None, "TTL"],
            [None, None, None, "L", "P", None],
            [1, "Budi Santoso", "6311011708950001", "v", None, "Paringin, 17-08-1995"],
            [2, "Siti Rahmah", "6311015708950002", None, "v", "Amuntai 17 Agustus 1995"],
            [3, "Dua Tanda", "6311011708950003", "v", "v", "Barabai"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows, merges=[(0, 3, 0, 4, "Jenis Kelamin")])
    plan = plan_import(path, today=TODAY)
    assert plan.mapping == {1: "full_name", 2: "nik", 3: "sex_male_mark", 4: "sex_female_mark",
                            5: "birth_place_date"}
    assert _found(plan) == [(5, "D", "sex_two_marks", "error"), (5, "F", "date_missing", "warning")]
    budi, siti = plan.new_rows
    assert (budi.values["sex"], budi.values["birth_place"], budi.values["birth_date"]) == (
        "L", "Paringin", dt.date(1995, 8, 17))
    assert (siti.values["sex"], siti.values["birth_place"], siti.values["birth_date"]) == (
        "P", "Amuntai", dt.date(1995, 8, 17))


def test_a_nik_in_an_exact_number_cell_is_accepted_with_a_warning(store, tmp_path):
    rows = [["NIK", "Nama", "JK"], [6311011708950001, "Budi Santoso", "L"]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows))
    assert _found(plan) == [(2, "A", "nik_number_cell", "warning")]
    assert plan.new_rows[0].nik == "6311011708950001"


def test_people_who_may_already_be_stored_under_another_nik_or_card(store, tmp_path):
    save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "L",
                             "birth_date": "17-08-1995", "prakerja_card_number": "1234567890123456"})
    rows = [["NIK", "Nama", "JK", "Tanggal Lahir", "No. Kartu Prakerja", "No HP"],
            ["6311011708950002", "Budi Santoso", "L", "17-08-1995", "", "081234567890"],
            ["6311011708950003", "Andi Saputra", "L", "", "1234567890123456", "081234567890"],
            ["6311011708950004", "Rizki Pratama", "L", "", 1234567890123456.0, ""]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows), today=TODAY)
    assert _found(plan) == [
        (2, "A", "possible_duplicate", "warning"),
        (2, "F", "phone_shared", "warning"), (3, "E", "prakerja_card_taken", "warning"),
        (3, "F", "phone_shared", "warning"), (4, "E", "prakerja_card_excel_number", "error")]


def test_the_mapping_a_clerk_chose_is_remembered_for_the_same_layout(store, tmp_path):
    rows = [["NIK", "Peserta", "Kelamin", "Catatan Lain"], ["6311011708950001", "Budi Santoso", "L", "x"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows)
    plan = plan_import(path)
    assert plan.mapping_source == "suggested" and plan.mapping == {0: "nik", 2: "sex"}
    assert [p.code for p in plan.file_errors] == ["column_missing"]
    chosen = {0: "nik", 1: "full_name", 2: "sex", 3: "notes"}
    plan = plan_import(path, mapping=chosen)
    assert plan.ok and plan.mapping_source == "given"
    apply_import(store, plan)
    assert remembered_mapping(plan.headings) == chosen
    other = write_xlsx(tmp_path / "y.xlsx", [["NIK", "Peserta", "Kelamin", "Catatan Lain"],
                                             ["6311011708950002", "Andi Saputra", "L", ""]])
    again = plan_import(other)
    assert again.mapping_source == "remembered" and again.mapping == chosen and again.ok
    assert m.Setting.select().where(m.Setting.key.startswith("import_mapping:")).count() == 1
    with pytest.raises(ValueError):
        plan_import(other, mapping={0: "shoe_size"})


def test_mapping_one_field_to_two_columns_is_refused(store, tmp_path):
    rows = [["NIK", "Nama", "No HP", "No WA", "JK"],
            ["6311011708950001", "Budi", "081234567890", "081234567891", "L"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows)
    plan = plan_import(path)
    assert _found(plan) == [(1, "D", "column_repeated", "warning")]
    plan = plan_import(path, mapping={0: "nik", 1: "full_name", 2: "phone", 3: "phone", 4: "sex"})
    assert [(p.code, p.field) for p in plan.file_errors] == [("field_twice", "phone")]
    assert "C, D" in plan.file_errors[0].message("en")


def test_without_the_enrollments_service_the_same_rows_are_written_here(store, tmp_path, monkeypatch):
    from lpks_desktop.core.importing import registration

    monkeypatch.setattr(registration, "enrollments_service", lambda: None)
    world = build(store)
    rows = [["NIK", "Nama", "L/P", "Kode Redeem"], ["6311011708950001", "Budi Santoso", "L", "prk-aaa-111"],
            ["6311015708950002", "Siti Rahmah", "P", ""]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows), class_id=world.klass.id)
    before = row_counts()
    result = apply_import(store, plan)
    assert (result.registration, result.registered) == ("direct", 2)
    after = row_counts()
    assert after["enrollment"] == before["enrollment"] + 2
    assert after["enrollment_status_change"] == before["enrollment_status_change"] + 2
    assert after["audit_log"] == before["audit_log"] + 1
    budi = m.Enrollment.get(m.Enrollment.participant == result.participant_ids[2])
    assert (budi.status, budi.prakerja_redeem_code, budi.training_class_id) == (
        "registered", "PRKAAA111", world.klass.id)
    [change] = budi.status_changes
    assert (change.old_status, change.new_status, change.reason) == (None, "registered", "Impor dari x.xlsx")
    # Ids came from the right place: an ordinary save afterwards does not collide.
    store.save(m.Enrollment(training_class=world.klass.id,
                            participant=save_participant(store, {"nik": "6311012008960001", "full_name": "Rudi",
                                                                 "sex": "L"})[0].id))


def test_sex_worked_out_from_the_nik_never_overrides_a_stored_one(store, tmp_path):
    # A stored person whose recorded sex disagrees with the NIK keeps the recorded one.
    save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "P"})
    rows = [["NIK", "Nama", "JK"], ["6311011708950001", "BUDI  SANTOSO", ""]]
    plan = plan_import(write_xlsx(tmp_path / "x.xlsx", rows))
    [update] = plan.updates
    assert update.changes == {"full_name": ("Budi Santoso", "BUDI SANTOSO")}
    assert "name_differs" not in [p.code for p in plan.problems]  # only the case differs


def test_an_archived_person_cannot_be_registered_into_a_class(store, tmp_path):
    world = build(store)
    person, _ = save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "L"})
    person.archived = True
    store.save(person)
    rows = [["NIK", "Nama", "JK"], ["6311011708950001", "Budi Santoso", "L"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows)
    assert _found(plan_import(path)) == [(2, "A", "participant_archived", "warning")]
    assert _found(plan_import(path, class_id=world.klass.id)) == [(2, "A", "participant_archived", "error")]
