"""The form for one class (intake) of a program.

Picking the program of a new class fills in what the core suggests for it
(code, name, batch, capacity, room, funding). A field the clerk has typed into
keeps what they typed when the program or the start year changes afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee
from PySide6.QtWidgets import QWidget

from ...core.models import Institution, Program, Room, TrainingClass
from ...core.services import class_records
from ...core.services.record_fields import unlabelled
from ...core.services.record_forms import Form
from ...core.store import Store
from ...core.validation import format_date_en, format_date_id, parse_date
from ...core.validation.problems import Problem, error
from ..pages.class_labels import class_status_labels, funding_labels
from .fields import choice_field, line_field, number_field, text_field
from .form_dialog import FormDialog

# Fields a program's suggestion fills in, as suggest_class names them -> form keys.
SUGGESTED = {"code": "code", "name": "name", "batch": "batch", "capacity": "capacity",
             "room": "room", "funding": "funding"}


def program_choices(institution_id: int | None, current_id: int | None = None) -> list[tuple[str, int]]:
    """Active programs (of the institution, when one is chosen), plus the class's own."""
    query = (Program.select(Program.id, Program.code, Program.name, Institution.code.alias("inst"))
             .join(Institution).where(~Program.archived))
    if institution_id:
        query = query.where(Program.institution == institution_id)
    if current_id:
        query = query.orwhere(Program.id == current_id)
    rows = query.order_by(Institution.code, Program.code).dicts()
    show_institution = not institution_id
    return [((f"{row['inst']} · " if show_institution else "") + f"{row['code']} — {row['name']}",
             row["id"]) for row in rows]


def room_rows(institution_id: int | None, current_id: int | None = None) -> list[tuple[int, str, int]]:
    """(id, name, capacity) of the institution's active rooms, plus the class's own room."""
    query = Room.select(Room.id, Room.name, Room.capacity)
    condition = (Room.institution == institution_id) & ~Room.archived if institution_id else ~Room.archived
    if current_id:
        condition = condition | (Room.id == current_id)
    return list(query.where(condition).order_by(Room.name).tuples())


class ClassForm(FormDialog):
    def __init__(self, store: Store, klass: TrainingClass | None = None,
                 institution_id: int | None = None, parent: QWidget | None = None):
        title = (self.tr("New class") if klass is None
                 else self.tr("Class %1").replace("%1", klass.code))
        super().__init__(store, title, parent)
        self.klass = klass
        self._suggested: dict[str, Any] = {}
        self._suggesting = False
        self._scope = scope = klass.institution_id if klass is not None else institution_id
        programs = program_choices(scope, klass.program_id if klass is not None else None)
        self.add_field(choice_field("program", self.tr("Program"), self,
                                    [(self.tr("— choose a program —"), None)] + programs))
        self.add_field(line_field("code", self.tr("Class code"), self, max_length=40,
                                  placeholder=self.tr("e.g. LPK-SBP-JHT-2027-01")))
        self.add_field(line_field("name", self.tr("Class name"), self))
        self.add_field(number_field("batch", self.tr("Batch"), self, 0, 999))
        self.add_field(line_field("start_date", self.tr("Start date"), self, max_length=20,
                                  placeholder=self.tr("dd/mm/yyyy")))
        self.add_field(line_field("end_date", self.tr("End date"), self, max_length=20,
                                  placeholder=self.tr("dd/mm/yyyy")))
        self.add_field(choice_field("room", self.tr("Room"), self, []))
        # From 0, so that a class without a suggestion starts visibly unfilled; the save refuses 0.
        self.add_field(number_field("capacity", self.tr("Capacity"), self, 0, class_records.MAX_CAPACITY,
                                    self.tr(" participants")))
        self.add_field(choice_field("funding", self.tr("Funding"), self,
                                    [(text, code) for code, text in funding_labels().items()]))
        self.add_field(choice_field("status", self.tr("Status"), self,
                                    [(text, code) for code, text in class_status_labels().items()]))
        self.add_field(text_field("notes", self.tr("Notes"), self))
        for key in ("start_date", "end_date"):
            self.fields[key].editor.setToolTip(self.tr("Type the date as day/month/year, e.g. 4/1/2027"))
        self.fields["program"].changed.connect(self._program_changed)
        self.fields["start_date"].editor.editingFinished.connect(self._start_changed)
        self.resize(580, 500)

        if klass is None:
            self._fill_rooms()
            self.load({"program": None, "batch": 1, "capacity": 0, "funding": "self_paid",
                       "status": "planned"})
            if len(programs) == 1:  # one program to choose from: take it
                self.fields["program"].set_value(programs[0][1])
                self.mark_clean()
        else:
            self._fill_rooms()
            self._load_class(klass)

    def _load_class(self, klass: TrainingClass) -> None:
        self.klass = klass
        self.load({"program": klass.program_id, "code": klass.code, "name": klass.name,
                   "batch": klass.batch, "start_date": _typed(klass.start_date),
                   "end_date": _typed(klass.end_date), "room": klass.room_id,
                   "capacity": klass.capacity, "funding": klass.funding, "status": klass.status,
                   "notes": klass.notes})

    def reload_record(self) -> None:
        self._load_class(TrainingClass.get_by_id(self.klass.id))

    # -- suggestions ---------------------------------------------------------------------------

    def _program_institution(self) -> int | None:
        program_id = self.fields["program"].value()
        if not program_id:
            return None
        return Program.select(Program.institution).where(Program.id == program_id).scalar()

    def _fill_rooms(self) -> None:
        """The rooms of the program's institution (and the class's own), keeping the choice if offered."""
        editor = self.fields["room"].editor
        current = self.fields["room"].value()
        own = self.klass.room_id if self.klass is not None else None
        editor.blockSignals(True)
        editor.clear()
        editor.addItem(self.tr("No room yet"), None)
        for room_id, name, capacity in room_rows(self._program_institution() or self._scope, own):
            editor.addItem(self.tr("%1 (%2 seats)").replace("%1", name).replace("%2", str(capacity)),
                           room_id)
        editor.setCurrentIndex(max(editor.findData(current), 0))
        editor.blockSignals(False)

    def _program_changed(self) -> None:
        if self._suggesting:
            return
        self._fill_rooms()
        if self.klass is None:
            self._suggest()

    def _start_changed(self) -> None:
        if self.klass is None and self._suggested:
            self._suggest()

    def _suggest(self) -> None:
        """Fill in the core's suggestion for the chosen program, except what the clerk typed."""
        program_id = self.fields["program"].value()
        if not program_id:
            return
        start = parse_date(self.fields["start_date"].value()).value
        suggestion = class_records.suggest_class(program_id, start)
        self._suggesting = True
        try:
            for source, key in SUGGESTED.items():
                field = self.fields[key]
                # Untouched: still what the last suggestion (or the empty form) put there.
                if field.value() == self._suggested.get(key, self._initial.get(key)):
                    field.set_value(suggestion[source])
                    self._suggested[key] = field.value()
        finally:
            self._suggesting = False
        self.run_live_check()

    # -- checking and saving ---------------------------------------------------------------------

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        """What can be told while typing, in the save's own words: a taken code, bad dates."""
        form = Form(self.klass or TrainingClass(), values, class_records.LABELS)
        code = (values.get("code") or "").strip()
        if code:
            other = form.clash(TrainingClass, peewee.fn.LOWER(TrainingClass.code) == code.lower())
            if other is not None:
                form.refuse_taken("code", code, other.name, class_records.CODE_TAKEN)
        start = form.check("start_date", unlabelled(parse_date))
        end = form.check("end_date", unlabelled(parse_date))
        if start and end and end < start:
            form.add(error("end_date", "ends_before_start", class_records.ENDS_BEFORE_START.format(
                start_id=format_date_id(start), start_en=format_date_en(start),
                end_id=format_date_id(end), end_en=format_date_en(end))))
        return form.problems

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        klass, warnings = class_records.save_class(self.store, values, self.klass)
        return klass.id, list(warnings)


def _typed(value: dt.date | None) -> str:
    # Shown the way clerks type dates, so an edit starts from familiar text.
    return value.strftime("%d/%m/%Y") if value else ""
