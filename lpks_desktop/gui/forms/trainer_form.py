"""The trainer form: who the trainer is, the units they may teach, their own certificates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.models import Trainer, TrainerCertification, TrainerCompetency
from ...core.services.institutions import list_institutions
from ...core.services.listing import ListRequest
from ...core.services.participants import check_sex
from ...core.services.programs import ProgramListing, program_units
from ...core.services.record_forms import Form, child_forms, refuse_repeats
from ...core.services.records import decimal_amount, optional_email, phone_number, unlabelled
from ...core.services.trainers import (
    CERTIFICATION_LABELS,
    COMPETENCY_LABELS,
    LABELS,
    expiry_text,
    save_trainer,
)
from ...core.store import Store
from ...core.validation import check_nik, check_unit_code, parse_date
from ...core.validation.problems import Problem, is_blank, warning
from .. import dialogs
from ..formatting import format_date, format_phone, format_sex
from .child_rows_editor import (
    ChildRowsEditor,
    RowColumn,
    RowsField,
    RowsModel,
    rows_table,
    split_row_problems,
)
from .fields import choice_field, line_field, text_field
from .form_dialog import FormDialog

ROW_COLLECTIONS = ("competencies", "certifications")


def format_rupiah(amount: Decimal | None) -> str:
    """Rupiah as written in Indonesia, whatever the interface language: Rp 150.000,50."""
    if amount is None:
        return ""
    whole, cents = divmod(abs(Decimal(amount)).quantize(Decimal("0.01")), 1)
    text = "Rp " + ("-" if amount < 0 else "") + f"{int(whole):,}".replace(",", ".")
    return text + f",{int(cents * 100):02d}" if cents else text


def institution_units(institution_id: int | None) -> list[dict]:
    """The units taught in the institution's active programs, each code once."""
    if not institution_id:
        return []
    units: dict[str, dict] = {}
    request = ListRequest(filters={"institution_id": institution_id})
    programs = ProgramListing().page(request, 0, 1000)
    for program_id, program_code, *_ in programs:
        for unit in program_units(program_id):
            units.setdefault(unit["code"], {"code": unit["code"], "title": unit["title"],
                                            "program": program_code})
    return list(units.values())


class TrainerForm(FormDialog):
    def __init__(self, store: Store, trainer_id: int | None = None, parent: QWidget | None = None,
                 *, institution_id: int | None = None, today: date | None = None):
        super().__init__(store, "", parent)
        self.instance = Trainer.get_by_id(trainer_id) if trainer_id else None
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Edit trainer") if self.instance else self.tr("New trainer"))
        self.resize(780, 720)

        self.add_field(choice_field("institution", self.tr("Institution"), self,
                                    self._institution_choices()))
        self.add_field(line_field("full_name", self.tr("Full name"), self,
                                  placeholder=self.tr("As written on the ID card, with degrees")))
        self.add_field(line_field("nik", self.tr("NIK"), self, max_length=40,
                                  placeholder=self.tr("16 digits; may be left empty")))
        self.add_field(choice_field("sex", self.tr("Sex"), self, [
            (self.tr("Not recorded"), None), (format_sex("L"), "L"), (format_sex("P"), "P")]))
        self.add_field(line_field("phone", self.tr("Phone"), self, placeholder="0812-3456-7890"))
        self.add_field(line_field("email", self.tr("E-mail"), self))
        self.add_field(text_field("address", self.tr("Address"), self))
        rate = self.add_field(line_field("rate_per_jp", self.tr("Fee per JP"), self,
                                         placeholder="Rp 150.000"))
        rate.editor.editingFinished.connect(self._tidy_rate)

        self.add_section(self.tr("Competencies (SKKNI units the trainer may teach)"))
        self.competencies = ChildRowsEditor([
            RowColumn("unit_code", self.tr("Unit code"), 170),
            RowColumn("title", self.tr("Unit title"))], self)
        self.pick_button = QPushButton(self.tr("Pick from the institution's programs…"), self)
        self.competencies.buttons.insertWidget(2, self.pick_button)
        self.pick_button.clicked.connect(self.pick_units)
        self._add_rows("competencies", self.tr("Competencies"), self.competencies,
                       COMPETENCY_LABELS)

        self.add_section(self.tr("Certifications (e.g. BNSP training methodology)"))
        tidy = self._tidy_date
        self.certifications = ChildRowsEditor([
            RowColumn("name", self.tr("Certificate name")),
            RowColumn("number", self.tr("Number"), 120),
            RowColumn("issuer", self.tr("Issuer"), 90),
            RowColumn("issued_on", self.tr("Issued on"), 130, tidy),
            RowColumn("expires_on", self.tr("Valid until"), 130, tidy)], self)
        self._add_rows("certifications", self.tr("Certifications"), self.certifications,
                       CERTIFICATION_LABELS)

        self.load(self._stored_values() if self.instance else {"institution": institution_id})

    # -- building -------------------------------------------------------------------------------

    def _add_rows(self, key: str, label: str, editor: ChildRowsEditor, labels) -> None:
        # Full width under its heading: a table squeezed beside a label leaves no room to type.
        field = RowsField(key, label, editor, self, labels)
        self.fields[key] = field
        self.form.addRow(field.container)
        field.changed.connect(self.run_live_check)

    def _institution_choices(self) -> list[tuple[str, Any]]:
        current = self.instance.institution_id if self.instance else None
        return [(f"{row['code']} — {row['name']}", row["id"])
                for row in list_institutions(include_archived=True)
                if not row["archived"] or row["id"] == current]

    def _stored_values(self) -> dict[str, Any]:
        trainer = self.instance
        competencies = trainer.competencies.order_by(TrainerCompetency.id)
        certifications = trainer.certifications.order_by(TrainerCertification.id)
        return {
            "institution": trainer.institution_id, "full_name": trainer.full_name,
            "nik": trainer.nik or "", "sex": trainer.sex, "phone": format_phone(trainer.phone),
            "email": trainer.email, "address": trainer.address,
            "rate_per_jp": format_rupiah(trainer.rate_per_jp),
            "competencies": [{"id": c.id, "unit_code": c.unit_code, "title": c.title}
                             for c in competencies],
            "certifications": [{"id": c.id, "name": c.name, "number": c.number, "issuer": c.issuer,
                                "issued_on": format_date(c.issued_on),
                                "expires_on": format_date(c.expires_on)} for c in certifications],
        }

    def _tidy_rate(self) -> None:
        editor = self.fields["rate_per_jp"].editor
        checked = decimal_amount(editor.text(), "rate_per_jp", *LABELS["rate_per_jp"])
        if checked.ok and checked.value is not None:
            editor.setText(format_rupiah(checked.value))

    def _tidy_date(self, text: str) -> str:
        parsed = parse_date(text, today=self.today).value
        return format_date(parsed) if parsed else text

    # -- live checks and saving -----------------------------------------------------------------

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        # The core's own checks, field by field; blank required fields are only
        # reported on Save, so a new form does not open covered in red.
        form = Form(Trainer(), values, LABELS)
        sex = form.check("sex", check_sex, required=False)
        if not is_blank(values.get("nik")):
            form.check("nik", unlabelled(check_nik), sex=sex)
        for key, check in (("phone", phone_number), ("email", optional_email),
                           ("rate_per_jp", decimal_amount)):
            form.check(key, check)
        units = self._row_forms(TrainerCompetency.trainer, values["competencies"],
                                COMPETENCY_LABELS, "competencies")
        for unit in units:
            if not is_blank(unit.raw("unit_code")):
                unit.check("unit_code", unlabelled(check_unit_code))
        refuse_repeats(units, "unit_code")
        certs = self._row_forms(TrainerCertification.trainer, values["certifications"],
                                CERTIFICATION_LABELS, "certifications")
        for cert in certs:
            cert.check("issued_on", unlabelled(parse_date), today=self.today)
            expires = cert.check("expires_on", unlabelled(parse_date), today=self.today)
            name = " ".join(str(cert.raw("name") or "").split())
            if name and (text := expiry_text(name, expires, self.today)):
                cert.add(warning(cert.prefix + "expires_on", "certification_expiring", text))
        return [p for f in (form, *units, *certs) for p in f.problems]

    @staticmethod
    def _row_forms(owner_field, rows: list[dict], labels, collection: str) -> list[Form]:
        # Checked as new rows: the live check only reads what is typed.
        typed = [{k: v for k, v in row.items() if k != "id"} for row in rows]
        return child_forms(owner_field, Trainer(), typed, labels, collection)

    def show_problems(self, problems: list[Problem]) -> None:
        by_collection, rest = split_row_problems(problems, ROW_COLLECTIONS)
        super().show_problems(rest)
        for key, found in by_collection.items():
            self.fields[key].show_problems(found)

    def reload_record(self) -> None:
        self.instance = Trainer.get_by_id(self.instance.id)
        self.load(self._stored_values())

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        values = dict(values)
        competencies = values.pop("competencies")
        certifications = values.pop("certifications")
        trainer, warnings = save_trainer(self.store, values, competencies, certifications,
                                         self.instance, today=self.today)
        return trainer.id, list(warnings)

    # -- picking units --------------------------------------------------------------------------

    def pick_units(self) -> None:
        listed = {row["unit_code"].strip().upper() for row in self.competencies.rows()}
        offered = [unit for unit in institution_units(self.fields["institution"].value())
                   if unit["code"].upper() not in listed]
        if not offered:
            dialogs.inform(self, self.tr("Pick competency units"), self.tr(
                "The programs of this institution have no units that are not listed already."))
            return
        picker = UnitPicker(offered, self)
        if run_modal(picker) == QDialog.DialogCode.Accepted:
            for unit in picker.chosen():
                self.competencies.append({"unit_code": unit["code"], "title": unit["title"]})


class UnitPicker(QDialog):
    """The units of the institution's programs, with a tick for each to add."""

    def __init__(self, units: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick competency units"))
        self.resize(640, 420)
        columns = [RowColumn("code", self.tr("Unit code"), 160),
                   RowColumn("title", self.tr("Unit title")),
                   RowColumn("program", self.tr("Program"), 90)]
        self.model = RowsModel(columns, self, editable=False, checkable=True)
        self.model.set_rows(units)
        self.table = rows_table(self.model, columns, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        prompt = QLabel(self.tr("Tick the units this trainer may teach."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[dict]:
        return self.model.checked_rows()


def run_modal(dialog: QDialog) -> int:
    """Run the unit picker modally; tests replace this to tick units for the user."""
    return dialog.exec()
