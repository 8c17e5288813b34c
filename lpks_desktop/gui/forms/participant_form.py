"""The participant form: identity as on the KTP, where they live, how to reach them, background.

The live checks call the same core validators as ``save_participant``, with the
same labels, so what the form flags as the clerk types is what the save refuses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...core.models import Education, Employment, Participant
from ...core.services.participants import LABELS, check_prakerja_card, check_sex, save_participant
from ...core.services.record_forms import TAKEN
from ...core.services.records import optional_email, phone_number, required_text, unlabelled
from ...core.store import Store
from ...core.validation import Checked, check_birth_date, check_nik, nik_birth_date, nik_sex
from ...core.validation.problems import Problem, error, is_blank
from ..formatting import format_date, format_phone, format_sex
from .fields import FormField, choice_field, line_field, text_field
from .form_dialog import FormDialog

HINT_STYLE = "color: #505050;"
SHORT_EDITOR_WIDTH = 210  # 16 digits, a date or a phone number, with room to spare


def education_label(code: str | None) -> str:
    labels = {
        Education.NONE: QCoreApplication.translate("ParticipantForm", "No schooling"),
        Education.SD: QCoreApplication.translate("ParticipantForm", "Primary school (SD)"),
        Education.SMP: QCoreApplication.translate("ParticipantForm", "Junior high school (SMP)"),
        Education.SMA: QCoreApplication.translate("ParticipantForm", "Senior high school (SMA/SMK/MA)"),
        Education.D1: QCoreApplication.translate("ParticipantForm", "Diploma 1 (D1)"),
        Education.D2: QCoreApplication.translate("ParticipantForm", "Diploma 2 (D2)"),
        Education.D3: QCoreApplication.translate("ParticipantForm", "Diploma 3 (D3)"),
        Education.S1: QCoreApplication.translate("ParticipantForm", "Bachelor's degree (S1/D4)"),
        Education.S2: QCoreApplication.translate("ParticipantForm", "Master's degree (S2)"),
        Education.S3: QCoreApplication.translate("ParticipantForm", "Doctorate (S3)"),
    }
    not_stated = QCoreApplication.translate("ParticipantForm", "Not stated")
    return labels.get(code, not_stated) if code else not_stated


def employment_label(code: str | None) -> str:
    labels = {
        Employment.UNEMPLOYED: QCoreApplication.translate("ParticipantForm", "Not working"),
        Employment.EMPLOYED: QCoreApplication.translate("ParticipantForm", "Employed"),
        Employment.SELF_EMPLOYED: QCoreApplication.translate("ParticipantForm", "Self-employed"),
        Employment.STUDENT: QCoreApplication.translate("ParticipantForm", "Pupil or student"),
        Employment.LAID_OFF: QCoreApplication.translate("ParticipantForm", "Laid off (PHK)"),
    }
    not_stated = QCoreApplication.translate("ParticipantForm", "Not stated")
    return labels.get(code, not_stated) if code else not_stated


def age_on(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ParticipantForm(FormDialog):
    """A new participant (``participant_id`` None) or an existing one."""

    def __init__(self, store: Store, participant_id: int | None = None,
                 parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(store, self.tr("New participant"), parent)
        self.participant_id = participant_id
        # The record as the form loaded it: its version is what the save is checked against.
        self.person: Participant | None = None
        self.today = today
        self._shown: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._save_tried = False
        self._checked: dict[str, Checked] = {}

        self.add_section(self.tr("Identity, as on the ID card (KTP)"))
        nik = self.add_field(line_field("nik", self.tr("NIK"), self,
                                        placeholder=self.tr("16 digits"), max_length=40))
        self.nik_hint = self._hint_beside(nik)
        self.add_field(line_field("full_name", self.tr("Full name"), self))
        self.add_field(choice_field("sex", self.tr("Sex"), self, [
            (self.tr("(choose)"), None), (format_sex("L"), "L"), (format_sex("P"), "P")]))
        self.add_field(line_field("birth_place", self.tr("Place of birth"), self, max_length=100))
        born = self.add_field(line_field("birth_date", self.tr("Date of birth"), self,
                                         placeholder=self.tr("e.g. 28/11/1990"), max_length=40))
        self.birth_hint = self._hint_beside(born)

        self.add_section(self.tr("Address"))
        self.add_field(text_field("address", self.tr("Street, RT/RW"), self))
        self.add_field(line_field("village", self.tr("Village (desa/kelurahan)"), self, max_length=100))
        self.add_field(line_field("district", self.tr("District (kecamatan)"), self, max_length=100))
        self.add_field(line_field("city", self.tr("Regency/city"), self, max_length=100))
        self.add_field(line_field("province", self.tr("Province"), self, max_length=100))

        self.add_section(self.tr("Contact"))
        phone = self.add_field(line_field("phone", self.tr("Phone"), self,
                                          placeholder="0812-3456-7890", max_length=30))
        self.phone_hint = self._hint_beside(phone)
        self.add_field(line_field("email", self.tr("E-mail"), self))

        self.add_section(self.tr("Background"))
        self.add_field(choice_field("education", self.tr("Last education"), self,
                                    [(education_label(None), None)]
                                    + [(education_label(code), code) for code in Education.values()]))
        self.add_field(choice_field("employment", self.tr("Employment"), self,
                                    [(employment_label(None), None)]
                                    + [(employment_label(code), code) for code in Employment.values()]))
        card = self.add_field(line_field("prakerja_card_number", self.tr("Kartu Prakerja card number"),
                                         self, placeholder=self.tr("16 digits, if any"), max_length=30))
        card.editor.setMaximumWidth(SHORT_EDITOR_WIDTH)
        self.add_field(text_field("notes", self.tr("Notes"), self))

        for key, field in self.fields.items():
            field.changed.connect(partial(self._touched.add, key))
        self.resize(720, 760)
        if participant_id is not None:
            self._load_participant(participant_id)

    def _hint_beside(self, field: FormField) -> QLabel:
        """A grey line to the right of a short editor saying how the input was understood."""
        hint = QLabel(field.container)
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        field.editor.setMaximumWidth(SHORT_EDITOR_WIDTH)
        layout = field.container.layout()
        layout.removeWidget(field.editor)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field.editor, 1)
        row.addWidget(hint, 1)
        layout.insertLayout(0, row)
        return hint

    def reload_record(self) -> None:
        self._load_participant(self.participant_id)

    def _load_participant(self, participant_id: int) -> None:
        self.person = person = Participant.get_by_id(participant_id)
        self.setWindowTitle(self.tr("Edit participant: %1").replace("%1", person.full_name))
        self.load({
            "nik": person.nik, "full_name": person.full_name, "sex": person.sex,
            "birth_place": person.birth_place,
            # Shown the way clerks type dates, so an edit starts from familiar text.
            "birth_date": person.birth_date.strftime("%d/%m/%Y") if person.birth_date else "",
            "address": person.address, "village": person.village, "district": person.district,
            "city": person.city, "province": person.province, "phone": format_phone(person.phone),
            "email": person.email, "education": person.education,
            "employment": person.employment,
            "prakerja_card_number": person.prakerja_card_number or "", "notes": person.notes,
        })
        self._shown = self.values()

    # -- checking -----------------------------------------------------------------------------

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        self._checked = self._check(values)
        problems = [p for checked in self._checked.values() for p in checked.problems]
        holder = self._nik_holder(self._checked["nik"])
        if holder is not None:
            label_id, label_en = LABELS["nik"]
            problems.append(error("nik", "taken", TAKEN.format(
                label_id=label_id, label_en=label_en, value=holder.nik,
                owner=f'"{holder.full_name}"')))
        # A blank field the clerk has not reached yet is not an error to shout about;
        # after a Save attempt every problem shows.
        return [p for p in problems
                if self._save_tried or p.field in self._touched or not is_blank(values.get(p.field))]

    def _check(self, values: dict[str, Any]) -> dict[str, Checked]:
        """The checks ``save_participant`` runs, in its order, on what is typed."""
        def run(key, check, **options) -> Checked:
            return check(values[key], key, *LABELS[key], **options)

        sex = run("sex", check_sex)
        born = run("birth_date", unlabelled(check_birth_date), today=self.today, required=False)
        return {
            "full_name": run("full_name", required_text, max_length=200, collapse=True),
            "sex": sex, "birth_date": born,
            "nik": run("nik", unlabelled(check_nik), birth_date=born.value, sex=sex.value),
            "phone": run("phone", phone_number),
            "email": run("email", optional_email),
            "prakerja_card_number": run("prakerja_card_number", check_prakerja_card),
        }

    def _nik_holder(self, nik: Checked) -> Participant | None:
        if not (nik.ok and nik.value):
            return None
        query = Participant.select().where(Participant.nik == nik.value)
        if self.participant_id is not None:
            query = query.where(Participant.id != self.participant_id)
        return query.first()

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems([self._labelled(p) for p in problems])

    def _labelled(self, problem: Problem) -> Problem:
        # Some core messages start with the field's key ("birth_date: ..."); the form
        # names the field as its label does.
        if problem.text.params.get("field") == problem.field and problem.field in self.fields:
            return dataclasses.replace(problem, text=problem.text.format(
                field=self.fields[problem.field].label))
        return problem

    def run_live_check(self) -> None:
        super().run_live_check()
        self._show_hints()

    def _show_hints(self) -> None:
        nik, born, phone = (self._checked.get(key) for key in ("nik", "birth_date", "phone"))
        nik_text = ""
        if nik is not None and nik.ok and nik.value:
            encoded = nik_birth_date(nik.value, today=self.today)
            nik_text = self.tr("From the NIK: %1, born %2").replace(
                "%1", format_sex(nik_sex(nik.value)).lower()).replace(
                "%2", format_date(encoded) if encoded else "?")
        self.nik_hint.setText(nik_text)
        born_text = ""
        if born is not None and born.value is not None:
            born_text = self.tr("%1 (age %2)").replace(
                "%1", format_date(born.value, with_weekday=True)).replace(
                "%2", str(age_on(born.value, self.today or dt.date.today())))
        self.birth_hint.setText(born_text)
        phone_text = ""
        typed = self.fields["phone"].value().strip()
        if phone is not None and phone.ok and phone.value and format_phone(phone.value) != typed:
            phone_text = self.tr("Saved as %1").replace("%1", format_phone(phone.value))
        self.phone_hint.setText(phone_text)

    # -- saving -------------------------------------------------------------------------------

    def accept(self) -> None:
        self._save_tried = True
        self._checked = self._check(self.values())  # hints up to date even if Save beat the timer
        self._show_hints()
        super().accept()

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        instance = self.person
        if instance is not None:
            # Only what the clerk changed: an old value the checks now dislike
            # (a phone saved before they existed) must not block an unrelated edit.
            values = {key: value for key, value in values.items() if value != self._shown.get(key)}
        person, warnings = save_participant(self.store, values, instance, today=self.today)
        self.participant_id = person.id
        self.person = person
        self._shown = self.values()
        return person.id, list(warnings)
