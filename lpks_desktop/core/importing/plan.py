"""Planning an import: every problem of the file at once, and what it would change.

``plan_import`` reads and checks the whole file and compares it with the
database without writing anything. The clerk sees each problem with its sheet
row and column, the people who would be added, the stored people whose
details would change (before -> after), and who would be registered into the
class. ``apply.apply_import`` then writes exactly that plan, or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..i18n import Text
from ..models import ClassStatus, Enrollment, Participant, TrainingClass
from ..services.class_records import STATUS_LABELS
from ..validation import Severity
from .headers import (
    FIELD_LABELS,
    FIELDS,
    HEADER_NOT_FOUND,
    PARTICIPANT_FIELDS,
    Header,
    detect_header,
    field_for,
    is_ignored_heading,
    remembered_mapping,
    suggest_mapping,
)
from .problems import FoundProblems, ImportProblem, file_problem
from .queries import chunks, where_in
from .readers import Sheet, column_letter, read_table
from .rows import CheckedRow, RowChecker

Progress = Callable[[int, int, str], None]
_PROGRESS_EVERY = 500

COLUMN_MISSING = Text(
    "Tidak ada kolom {label_id}. Beri judul kolom yang dikenali (misalnya {example}) atau pilih "
    "kolomnya sendiri.",
    "There is no {label_en} column. Give it a heading that is recognised (e.g. {example}) or "
    "choose the column yourself.",
)
FIELD_TWICE = Text(
    "{label_id} dipilih untuk lebih dari satu kolom: {letters}. Pilih satu saja.",
    "{label_en} is chosen for more than one column: {letters}. Choose only one.",
)
SEX_COLUMN_MISSING = Text(
    "Tidak ada kolom jenis kelamin; jenis kelamin setiap peserta diambil dari NIK-nya.",
    "There is no sex column; each participant's sex is taken from their NIK.",
)
COLUMN_IGNORED = Text(
    "Kolom ini tidak diimpor: judulnya tidak dikenali.",
    "This column is not imported: its heading is not recognised.",
)
COLUMN_REPEATED = Text(
    "Kolom ini tidak diimpor: {label_id} sudah diambil dari kolom {letter}.",
    "This column is not imported: {label_en} is already taken from column {letter}.",
)
CODE_WITHOUT_CLASS = Text(
    "Kode redeem disimpan pada pendaftaran kelas; tanpa kelas yang dipilih kolom ini tidak diimpor.",
    "Redeem codes are kept with a class registration; without a chosen class this column is "
    "not imported.",
)
ROWS_BELOW = Text(
    "Baris {first} sampai {last} di bawah daftar (tanpa NIK dan nama, misalnya tanda tangan) "
    "tidak diimpor.",
    "Rows {first} to {last} below the list (no NIK and no name, e.g. signatures) are not imported.",
)
NUMBERING_ROW = Text(
    "Baris nomor kolom (1, 2, 3, ...) di bawah judul dilewati.",
    "The row of column numbers (1, 2, 3, ...) under the headings is skipped.",
)
NO_ROWS = Text(
    "Tidak ada baris data di bawah judul kolom (baris {row}).",
    "There are no data rows under the headings (row {row}).",
)
DUPLICATE_IN_FILE = Text(
    "{label_id} {value} juga ada di baris {rows}. Satu orang hanya boleh satu baris.",
    "The {label_en} {value} also appears in row {rows}. One person takes one row.",
)
DUPLICATE_CODE = Text(
    "{label_id} {value} juga ada di baris {rows}; setiap kode hanya dapat dipakai sekali.",
    "The {label_en} {value} also appears in row {rows}; each code can be used only once.",
)
PHONE_SHARED = Text(
    "Nomor telepon {value} juga dipakai di baris {rows} oleh orang lain. Periksa bila bukan "
    "nomor keluarga.",
    "The phone number {value} is also given in row {rows} for someone else. Check it unless it "
    "is a family number.",
)
NIK_COLUMN_DAMAGED = Text(
    "NIK {value} berakhiran 0, seperti {count} dari {total} NIK di kolom ini. Kolom NIK tampaknya "
    "pernah berformat angka di Excel sehingga digit terakhir berubah menjadi 0. Format kolom NIK "
    "sebagai Teks, lalu ketik ulang NIK dari KTP.",
    "The NIK {value} ends in 0, as do {count} of the {total} NIKs in this column. The NIK column "
    "seems to have been a number column in Excel, which turned the last digit into 0. Format the "
    "NIK column as Text and retype the NIKs from the ID cards.",
)
NAME_DIFFERS = Text(
    'NIK {nik} sudah terdaftar atas nama "{stored}", tetapi di berkas tertulis "{given}". Nama akan '
    "diganti; periksa dulu apakah NIK-nya benar.",
    'The NIK {nik} is already registered to "{stored}", but the file says "{given}". The name '
    "will be changed; first check that the NIK is right.",
)
ARCHIVED = Text(
    'Peserta dengan NIK {nik} ("{name}") sudah diarsipkan; datanya diperbarui tetapi tetap di arsip.',
    'The participant with NIK {nik} ("{name}") is archived; their details are updated but stay '
    "archived.",
)
ARCHIVED_FOR_CLASS = Text(
    'Peserta dengan NIK {nik} ("{name}") sudah diarsipkan, jadi tidak dapat didaftarkan ke kelas. '
    "Kembalikan dulu dari arsip.",
    'The participant with NIK {nik} ("{name}") is archived, so they cannot be registered into a '
    "class. Restore them from the archive first.",
)
SAME_PERSON = Text(
    'Sudah ada peserta "{name}" dengan tanggal lahir yang sama tetapi NIK lain ({nik}). Periksa '
    "apakah NIK di berkas salah ketik.",
    'There is already a participant "{name}" with the same birth date but another NIK ({nik}). '
    "Check whether the NIK in the file is mistyped.",
)
CARD_TAKEN = Text(
    'Nomor kartu Prakerja {value} sudah tercatat untuk peserta lain: "{name}" (NIK {nik}).',
    'The Prakerja card number {value} is already recorded for another participant: "{name}" '
    "(NIK {nik}).",
)
CODE_TAKEN = Text(
    'Kode redeem {value} sudah dipakai oleh "{name}" di kelas {class_code}; kode hanya dapat dipakai '
    "sekali.",
    'The redeem code {value} is already used by "{name}" in the class {class_code}; a code can be '
    "used only once.",
)
ALREADY_REGISTERED = Text(
    "Sudah terdaftar di kelas {class_code} (status: {status_id}); pendaftarannya tidak diubah.",
    "Already registered in the class {class_code} (status: {status_en}); the registration is left as is.",
)
CODE_NOT_CHANGED = Text(
    "Sudah terdaftar di kelas {class_code} dengan kode redeem {stored}; kode {given} di berkas tidak "
    "dipakai. Ubah kodenya di jendela kelas bila perlu.",
    "Already registered in the class {class_code} with the redeem code {stored}; the code {given} in "
    "the file is not used. Change the code in the class window if needed.",
)
CLASS_CLOSED = Text(
    "Kelas {class_code} berstatus {status_id}; peserta tidak dapat didaftarkan lagi ke kelas itu.",
    "The class {class_code} is {status_en}; participants can no longer be registered into it.",
)
CLASS_ELSEWHERE = Text(
    "Kelas {class_code} milik lembaga {class_institution}, bukan {institution}.",
    "The class {class_code} belongs to {class_institution}, not {institution}.",
)
NO_SUCH_CLASS_ID = Text("Kelas yang dipilih tidak ada lagi.", "The chosen class no longer exists.")
CANCELLED = Text("Impor dibatalkan; tidak ada yang disimpan.", "Import cancelled; nothing was saved.")
CHECKING = Text("Memeriksa baris", "Checking rows")
COMPARING = Text("Membandingkan dengan basis data", "Comparing with the database")

_EXAMPLES = {"nik": "NIK", "full_name": "Nama Lengkap"}
_COMPARED = tuple(name for name in PARTICIPANT_FIELDS if name != "nik")


class ImportCancelled(UserError):
    """The clerk cancelled; nothing was written."""

    def __init__(self):
        super().__init__(CANCELLED)


@dataclass
class PlannedRow:
    """One row the import would write: a new person, or a stored one (``participant_id``)
    with ``changes`` field -> (before, after), possibly none."""

    row: int
    values: dict
    redeem_code: str | None = None
    participant_id: int | None = None
    row_version: int | None = None
    changes: dict[str, tuple] = field(default_factory=dict)
    enrolled_status: str | None = None  # this person's status in the class, when registered already
    derived: frozenset[str] = frozenset()  # fields not in the file but worked out (sex from the NIK)

    @property
    def nik(self) -> str:
        return self.values["nik"]

    @property
    def full_name(self) -> str:
        return self.values["full_name"]


@dataclass
class ImportPlan(FoundProblems):
    """What importing the file would do, and every problem found; nothing is written yet."""

    path: Path
    sheet: Sheet
    header: Header | None
    mapping: dict[int, str]
    mapping_source: str  # "given", "remembered" or "suggested"
    class_id: int | None = None
    class_code: str = ""
    institution_id: int | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    new_rows: list[PlannedRow] = field(default_factory=list)
    updates: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    rejected_rows: list[int] = field(default_factory=list)  # sheet rows with an error
    to_register: list[PlannedRow] = field(default_factory=list)
    already_registered: list[PlannedRow] = field(default_factory=list)
    rows_read: int = 0  # data rows holding anything

    @property
    def file_errors(self) -> list[ImportProblem]:
        """Errors of the file as a whole (a missing column, a closed class): importing only the
        valid rows cannot get round them."""
        return [p for p in self.problems if p.is_error and p.row is None]

    @property
    def headings(self) -> list[str]:
        return self.header.headings if self.header else []

    @property
    def columns(self):
        return self.header.columns if self.header else []

    @property
    def header_row(self) -> int | None:
        """The header row as the sheet numbers it."""
        return self.header.row + 1 if self.header else None

    def summary(self) -> Text:
        params = {"new": len(self.new_rows), "updated": len(self.updates),
                  "unchanged": len(self.unchanged), "errors": len(self.errors),
                  "error_rows": len(self.rejected_rows), "warnings": len(self.warnings),
                  "register": len(self.to_register)}
        return Text(
            "{new} peserta baru, {updated} diperbarui, {unchanged} tanpa perubahan, {register} "
            "didaftarkan ke kelas; {errors} kesalahan di {error_rows} baris, {warnings} peringatan.",
            "{new} new participants, {updated} updated, {unchanged} unchanged, {register} registered "
            "into the class; {errors} errors in {error_rows} rows, {warnings} warnings.", params)


def plan_import(path, *, mapping: Mapping[int, str] | None = None, class_id: int | None = None,
                institution_id: int | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, sheet: str | Sheet | None = None,
                today: dt.date | None = None) -> ImportPlan:
    """Read and check the file and compare it with the database; writes nothing.

    ``mapping`` (column index -> field) overrides the remembered or suggested
    one. ``sheet`` names the worksheet, or is an already read ``Sheet`` (the
    wizard re-plans with another mapping without reading the file again).
    Raises ``ReadRefused`` for a file that cannot be read and ``ImportCancelled``
    when ``cancelled()`` turns true.
    """
    cancelled = cancelled or (lambda: False)
    if isinstance(sheet, Sheet):
        table = sheet
    else:
        table = read_table(path, sheet, choose=lambda candidate: detect_header(candidate) is not None)
    klass = _load_class(class_id)
    if klass is not None and institution_id is None:
        institution_id = klass.institution_id
    header = detect_header(table)
    plan = ImportPlan(Path(path), table, header, {}, "suggested", class_id,
                      klass.code if klass else "", institution_id)
    if klass is not None:
        _check_class(plan, klass)
    if header is None:
        plan.problems.append(file_problem("header", "header_not_found", HEADER_NOT_FOUND.format(
            sheet=table.name, rows=min(len(table.rows), 30))))
        return plan
    headings = header.headings
    if mapping is not None:
        unknown = set(mapping.values()) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown import fields: {sorted(unknown)}")
        plan.mapping, plan.mapping_source = {int(k): v for k, v in mapping.items() if v}, "given"
    else:
        remembered = remembered_mapping(headings, institution_id)
        if remembered:
            plan.mapping, plan.mapping_source = remembered, "remembered"
        else:
            plan.mapping = suggest_mapping(headings)
    _check_mapping(plan)
    if plan.file_errors and any(p.code in ("column_missing", "field_twice") for p in plan.problems):
        return plan  # rows read against a wrong mapping would only bury the real problem
    checked = _check_rows(plan, progress, cancelled, today)
    if cancelled():
        raise ImportCancelled()
    _cross_check(plan, checked)
    if progress:
        progress(len(checked), len(checked), COMPARING.render())
    stored, registered = _compare_with_database(plan, checked, klass)
    _partition(plan, checked, stored, registered)
    plan.problems.sort(key=lambda p: (p.row or 0, p.column if p.column is not None else -1,
                                      p.severity != Severity.ERROR))
    return plan


# -- the class and the mapping ----------------------------------------------------------------

def _load_class(class_id: int | None) -> TrainingClass | None:
    if class_id is None:
        return None
    klass = TrainingClass.get_or_none(TrainingClass.id == class_id)
    if klass is None:
        raise UserError(NO_SUCH_CLASS_ID)
    return klass


def _check_class(plan: ImportPlan, klass: TrainingClass) -> None:
    from ..models import Institution

    if klass.status in (ClassStatus.FINISHED, ClassStatus.CANCELLED):
        label = STATUS_LABELS[klass.status]
        plan.problems.append(file_problem("training_class", "class_closed", CLASS_CLOSED.format(
            class_code=klass.code, status_id=label.id, status_en=label.en)))
    if plan.institution_id is not None and klass.institution_id != plan.institution_id:
        codes = dict(Institution.select(Institution.id, Institution.code).tuples())
        plan.problems.append(file_problem("training_class", "class_other_institution",
                                          CLASS_ELSEWHERE.format(
                                              class_code=klass.code,
                                              class_institution=codes.get(klass.institution_id, "?"),
                                              institution=codes.get(plan.institution_id, "?"))))


def _check_mapping(plan: ImportPlan) -> None:
    header = plan.header
    header_row = header.row + 1
    by_field: dict[str, list[int]] = defaultdict(list)
    for index, name in sorted(plan.mapping.items()):
        by_field[name].append(index)
    for name, indexes in by_field.items():
        if len(indexes) > 1:
            label = FIELD_LABELS[name]
            plan.problems.append(file_problem(name, "field_twice", FIELD_TWICE.format(
                label_id=label.id, label_en=label.en,
                letters=", ".join(column_letter(i) for i in indexes))))
    for name in ("nik", "full_name"):
        if name not in by_field:
            label = FIELD_LABELS[name]
            plan.problems.append(file_problem(name, "column_missing", COLUMN_MISSING.format(
                label_id=label.id, label_en=label.en, example=_EXAMPLES[name])))
    if not {"sex", "sex_male_mark", "sex_female_mark"} & set(by_field):
        plan.problems.append(file_problem("sex", "sex_column_missing", SEX_COLUMN_MISSING,
                                          severity=Severity.WARNING))
    if "prakerja_redeem_code" in by_field and plan.class_id is None:
        index = by_field["prakerja_redeem_code"][0]
        plan.problems.append(file_problem("prakerja_redeem_code", "redeem_code_without_class",
                                          CODE_WITHOUT_CLASS, severity=Severity.WARNING,
                                          row=header_row, column=index,
                                          header=_shown(header, index)))
    for column in header.columns:
        if column.index in plan.mapping or not column.heading or is_ignored_heading(column.key):
            continue
        meant = field_for(column.key)
        if meant in by_field:
            label = FIELD_LABELS[meant]
            text = COLUMN_REPEATED.format(label_id=label.id, label_en=label.en,
                                          letter=column_letter(by_field[meant][0]))
            code = "column_repeated"
        else:
            text, code = COLUMN_IGNORED, "column_ignored"
        plan.problems.append(file_problem(meant or "mapping", code, text, severity=Severity.WARNING,
                                          row=header_row, column=column.index, header=column.shown))
    if header.skipped_numbering_row is not None:
        plan.problems.append(file_problem("rows", "numbering_row_skipped", NUMBERING_ROW,
                                          severity=Severity.WARNING,
                                          row=header.skipped_numbering_row + 1))


def _shown(header: Header, index: int) -> str:
    column = header.column(index)
    return column.shown if column else ""


# -- rows -------------------------------------------------------------------------------------

def _has_content(cells: list) -> bool:
    for cell in cells:
        if isinstance(cell, str):
            if cell.strip():
                return True
        elif cell is not None:
            return True
    return False


def _check_rows(plan: ImportPlan, progress, cancelled, today) -> list[CheckedRow]:
    table, header = plan.sheet, plan.header
    mapped = sorted(plan.mapping)
    key_columns = [index for index, name in plan.mapping.items() if name in ("nik", "full_name")]
    rows = table.rows
    data = [(number, rows[number]) for number in range(header.data_start, len(rows))
            if _has_content([rows[number][i] for i in mapped if i < len(rows[number])])]
    # The list ends at its last row with a NIK or a name; below come totals and signatures.
    last = max((i for i, (_, cells) in enumerate(data)
                if _has_content([cells[c] for c in key_columns if c < len(cells)])), default=-1)
    below = data[last + 1:]
    data = data[:last + 1]
    if below:
        plan.problems.append(file_problem("rows", "rows_below_list_ignored", ROWS_BELOW.format(
            first=below[0][0] + 1, last=below[-1][0] + 1), severity=Severity.WARNING,
            row=below[0][0] + 1))
    if not data:
        plan.problems.append(file_problem("rows", "no_rows", NO_ROWS.format(row=header.row + 1)))
        return []
    plan.rows_read = len(data)
    checker = RowChecker(plan.mapping, header, today=today)
    label = CHECKING.render()
    checked = []
    for done, (number, cells) in enumerate(data):
        if done % _PROGRESS_EVERY == 0:
            if cancelled():
                raise ImportCancelled()
            if progress:
                progress(done, len(data), label)
        checked.append(checker.check(cells, number + 1))
    return checked


def _column_of(plan: ImportPlan, name: str) -> tuple[int | None, str]:
    for index, mapped in plan.mapping.items():
        if mapped == name:
            return index, _shown(plan.header, index)
    return None, ""


def _add(plan: ImportPlan, row: CheckedRow, name: str, code: str, text: Text,
         severity: Severity = Severity.ERROR, column_field: str | None = None) -> None:
    index, heading = _column_of(plan, column_field or name)
    row.problems.append(ImportProblem(name, severity, code, text.format(field=name), row.row, index,
                                      heading))


def _rows_text(rows: Iterable[int]) -> str:
    return ", ".join(str(r) for r in rows)


def _cross_check(plan: ImportPlan, checked: list[CheckedRow]) -> None:
    """What only the rows together show: people or codes twice, a NIK column gone through Excel."""
    text_niks = [row for row in checked if row.values.get("nik")]
    zeros = [row for row in text_niks if row.values["nik"].endswith("0")]
    # One NIK in ten ends in 0; most of five or more means the column went through a number cell.
    if len(zeros) >= 5 and len(zeros) >= 0.8 * len(text_niks):
        for row in zeros:
            _add(plan, row, "nik", "nik_excel_number", NIK_COLUMN_DAMAGED.format(
                value=row.values["nik"], count=len(zeros), total=len(text_niks)))
            row.values["nik"] = None
    labels = FIELD_LABELS
    _repeats(plan, checked, lambda r: r.values.get("nik"), "nik", DUPLICATE_IN_FILE, labels["nik"])
    _repeats(plan, checked, lambda r: r.values.get("prakerja_card_number"), "prakerja_card_number",
             DUPLICATE_IN_FILE, labels["prakerja_card_number"], distinct_people=True)
    if plan.class_id is not None:
        _repeats(plan, checked, lambda r: r.redeem_code, "prakerja_redeem_code", DUPLICATE_CODE,
                 labels["prakerja_redeem_code"])
    phones: dict[str, list[CheckedRow]] = defaultdict(list)
    for row in checked:
        if row.values.get("phone"):
            phones[row.values["phone"]].append(row)
    for phone, rows in phones.items():
        people = {r.values.get("nik") for r in rows}
        if len(rows) > 1 and len(people) > 1:
            for row in rows:
                others = [r.row for r in rows if r is not row]
                _add(plan, row, "phone", "phone_shared", PHONE_SHARED.format(
                    value=phone, rows=_rows_text(others)), Severity.WARNING)


def _repeats(plan, checked, key, name, text, label, *, distinct_people=False) -> None:
    seen: dict[str, list[CheckedRow]] = defaultdict(list)
    for row in checked:
        value = key(row)
        if value:
            seen[value].append(row)
    for value, rows in seen.items():
        if len(rows) < 2:
            continue
        if distinct_people and len({r.values.get("nik") for r in rows}) < 2:
            continue
        for row in rows:
            others = [r.row for r in rows if r is not row]
            _add(plan, row, name, "duplicate_in_file", text.format(
                label_id=label.id, label_en=label.en, value=value, rows=_rows_text(others)))


def _compare_with_database(plan: ImportPlan, checked: list[CheckedRow], klass
                           ) -> tuple[dict[str, Participant], dict[str, tuple[str, str | None]]]:
    """The stored participants by NIK, and (status, redeem code) by NIK of those already
    registered in the class; adds what the database tells about each row."""
    by_nik = {row.values["nik"]: row for row in checked if row.values.get("nik")}
    stored: dict[str, Participant] = {}
    for part in chunks(list(by_nik)):
        for person in Participant.select().where(where_in(Participant.nik, part)):
            stored[person.nik] = person
    for nik, person in stored.items():
        row = by_nik[nik]
        given = row.values.get("full_name")
        if given and " ".join(given.casefold().split()) != " ".join(person.full_name.casefold().split()):
            _add(plan, row, "full_name", "name_differs", NAME_DIFFERS.format(
                nik=nik, stored=person.full_name, given=given), Severity.WARNING)
        if person.archived and klass is not None:
            _add(plan, row, "nik", "participant_archived", ARCHIVED_FOR_CLASS.format(
                nik=nik, name=person.full_name))
        elif person.archived:
            _add(plan, row, "nik", "participant_archived", ARCHIVED.format(
                nik=nik, name=person.full_name), Severity.WARNING)
    _same_person_elsewhere(plan, [row for nik, row in by_nik.items() if nik not in stored])
    _cards_elsewhere(plan, checked)
    if klass is None:
        return stored, {}
    return stored, _registrations(plan, checked, klass, stored)


def _same_person_elsewhere(plan: ImportPlan, new_rows: list[CheckedRow]) -> None:
    wanted = {(row.values["full_name"], row.values.get("birth_date")): row for row in new_rows
              if row.values.get("full_name") and row.values.get("birth_date")}
    names = sorted({name for name, _ in wanted})
    for part in chunks(names):
        query = (Participant.select(Participant.full_name, Participant.birth_date, Participant.nik)
                 .where(where_in(Participant.full_name, part), Participant.birth_date.is_null(False)).tuples())
        for name, born, nik in query:
            row = wanted.get((name, born))
            if row is not None and row.values.get("nik") != nik:
                _add(plan, row, "nik", "possible_duplicate", SAME_PERSON.format(name=name, nik=nik),
                     Severity.WARNING)


def _cards_elsewhere(plan: ImportPlan, checked: list[CheckedRow]) -> None:
    by_card = {row.values["prakerja_card_number"]: row for row in checked
               if row.values.get("prakerja_card_number")}
    for part in chunks(list(by_card)):
        query = (Participant.select(Participant.prakerja_card_number, Participant.full_name, Participant.nik)
                 .where(where_in(Participant.prakerja_card_number, part)).tuples())
        for card, name, nik in query:
            row = by_card[card]
            if row.values.get("nik") != nik:
                _add(plan, row, "prakerja_card_number", "prakerja_card_taken", CARD_TAKEN.format(
                    value=card, name=name, nik=nik), Severity.WARNING)


def _registrations(plan: ImportPlan, checked: list[CheckedRow], klass, stored
                   ) -> dict[str, tuple[str, str | None]]:
    ids = {person.id: nik for nik, person in stored.items()}
    enrolled: dict[str, tuple[str, str | None]] = {}
    for part in chunks(list(ids)):
        query = (Enrollment.select(Enrollment.participant, Enrollment.status, Enrollment.prakerja_redeem_code)
                 .where(Enrollment.training_class == klass.id, where_in(Enrollment.participant, part)).tuples())
        for participant_id, status, code in query:
            enrolled[ids[participant_id]] = (status, code)
    by_code = {row.redeem_code: row for row in checked if row.redeem_code}
    for part in chunks(list(by_code)):
        query = (Enrollment.select(Enrollment.prakerja_redeem_code, Participant.nik, Participant.full_name,
                                   TrainingClass.id, TrainingClass.code)
                 .join(Participant).switch(Enrollment).join(TrainingClass)
                 .where(where_in(Enrollment.prakerja_redeem_code, part)).tuples())
        for code, nik, name, class_id, class_code in query:
            row = by_code[code]
            if nik == row.values.get("nik") and class_id == klass.id:
                continue  # this very registration already holds it
            _add(plan, row, "prakerja_redeem_code", "redeem_code_taken", CODE_TAKEN.format(
                value=code, name=name, class_code=class_code))
    for row in checked:
        nik = row.values.get("nik")
        if nik not in enrolled:
            continue
        status, code = enrolled[nik]
        label = _enrollment_status_label(status)
        _add(plan, row, "training_class", "already_registered", ALREADY_REGISTERED.format(
            class_code=klass.code, status_id=label.id, status_en=label.en), Severity.WARNING,
            column_field="nik")
        if row.redeem_code and code and row.redeem_code != code:
            _add(plan, row, "prakerja_redeem_code", "redeem_code_not_changed", CODE_NOT_CHANGED.format(
                class_code=klass.code, stored=code, given=row.redeem_code), Severity.WARNING)
    return enrolled


def _enrollment_status_label(status: str) -> Text:
    from .registration import enrollments_service

    labels = getattr(enrollments_service(), "STATUS_LABELS", None) or {}
    return labels.get(status) or Text(status, status)


def _comparable(name: str, value):
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _partition(plan: ImportPlan, checked: list[CheckedRow], stored: dict[str, Participant],
               enrolled: dict[str, tuple[str, str | None]]) -> None:
    for row in checked:
        plan.problems.extend(row.problems)
        if not row.ok:
            plan.rejected_rows.append(row.row)
            continue
        values = {name: row.values.get(name) for name in PARTICIPANT_FIELDS if name in row.values}
        planned = PlannedRow(row.row, values, row.redeem_code, derived=frozenset(row.derived))
        person = stored.get(values["nik"])
        if person is None:
            plan.new_rows.append(planned)
        else:
            planned.participant_id, planned.row_version = person.id, person.row_version
            for name in _COMPARED:
                new = values.get(name)
                if new is None or new == "" or name in row.derived:
                    continue  # a blank cell never erases what is stored, nor a guess overrides it
                old = _comparable(name, getattr(person, name))
                if old != new:
                    planned.changes[name] = (old, new)
            (plan.updates if planned.changes else plan.unchanged).append(planned)
        if plan.class_id is not None:
            if values["nik"] in enrolled:
                planned.enrolled_status = enrolled[values["nik"]][0]
                plan.already_registered.append(planned)
            else:
                plan.to_register.append(planned)


__all__ = ["ImportCancelled", "ImportPlan", "PlannedRow", "plan_import"]
