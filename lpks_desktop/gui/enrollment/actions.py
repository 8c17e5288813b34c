"""What the class window's participants tab calls; each says whether something changed.

Every dialog opens through ``dialogs.run_modal`` (the tests' patch point) and
every write goes through ``core.services.enrollments``. A status change of
several registrants is one transaction: all of them move, or none (the core's
refusal, e.g. the class's capacity, is shown with nothing written). A seat
freed by someone leaving is offered to the first on the reserve list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...core.errors import UserError
from ...core.models import Enrollment, TrainingClass
from ...core.services import enrollments, selection_documents
from ...core.services.classes import SEATED
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...documents.selection import build_announcement, build_letters
from .. import dialogs, document_export, i18n
from ..schedule.reason_dialog import ReasonDialog
from .history_dialog import HistoryDialog
from .prakerja_dialog import PrakerjaDialog
from .register_dialog import RegisterDialog
from .selection_print import ANNOUNCEMENT, SelectionPrintDialog
from .status_dialog import StatusDialog

Accepted = QDialog.DialogCode.Accepted
CLASH = "schedule_clash"  # the core's code for a seat whose sessions clash with another seat


def _refused(parent: QWidget | None, title: str, exc: UserError) -> None:
    if isinstance(exc, ValidationFailed):
        dialogs.show_problems(parent, title, exc.problems)
    else:
        dialogs.show_user_error(parent, exc, title)


# --- registering -------------------------------------------------------------------------------


def register(parent: QWidget | None, store: Store, class_id: int) -> list[int]:
    """Register people into the class; returns the new enrollments' ids (empty: nobody)."""
    dialog = RegisterDialog(store, class_id, parent)
    dialogs.run_modal(dialog)
    return list(dialog.registered)


# --- status ------------------------------------------------------------------------------------


def change_status(parent: QWidget | None, store: Store, class_id: int, rows: list[dict]) -> bool:
    """Move the registrants of ``rows`` to one new status, with one reason for all of them."""
    records = {e.id: e for e in Enrollment.select().where(
        Enrollment.id.in_([row["enrollment_id"] for row in rows]))}
    rows = [row for row in rows if row["enrollment_id"] in records]  # deleted elsewhere meanwhile
    if not rows:
        return False
    usual: list[str] | None = None
    for row in rows:
        mine = enrollments.allowed_statuses(records[row["enrollment_id"]])
        usual = [s for s in (mine if usual is None else usual) if s in mine]
    klass = TrainingClass.get_by_id(class_id)
    siblings = list(Enrollment.select(Enrollment.status, Enrollment.reserve_rank)
                    .where(Enrollment.training_class == class_id).tuples())
    seated = sum(1 for status, _ in siblings if status in SEATED)
    next_rank = max((rank or 0 for status, rank in siblings if status == "reserve"), default=0) + 1
    dialog = StatusDialog(rows, usual or [], seated=seated, capacity=klass.capacity,
                          next_rank=next_rank, parent=parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    title = dialog.windowTitle()
    new_status, reason, rank = dialog.chosen_status(), dialog.text(), dialog.reserve_rank()
    if rank == next_rank:
        rank = None  # the end of the list, as the core places them by default

    def write(override_reason: str) -> tuple[list, list]:
        warnings, proposals = [], []
        with store.transaction():
            for offset, row in enumerate(rows):
                _, said, proposal = enrollments.change_status(
                    store, row["enrollment_id"], new_status, reason=reason,
                    reserve_rank=None if rank is None else rank + offset, override_reason=override_reason)
                warnings += list(said)
                if proposal is not None:
                    proposals.append(proposal)
        return warnings, proposals

    try:
        try:
            warnings, proposals = write("")
        except ValidationFailed as failure:
            override = _ask_clash_reason(parent, failure)
            if override is None:
                raise
            warnings, proposals = write(override)
    except UserError as exc:
        _refused(parent, title, exc)
        return False
    if warnings:
        dialogs.show_problems(parent, title, warnings)
    if proposals:
        offer_seats(parent, store, class_id, proposals[0], len(proposals),
                    [row["full_name"] for row in rows])
    return True


def _ask_clash_reason(parent: QWidget | None, failure: ValidationFailed) -> str | None:
    """When the only refusal is a schedule clash with the person's other class: ask whether both
    seats are meant to stand, and why. None: another refusal, or the clerk would rather not."""
    errors = [p for p in failure.problems if p.is_error]
    if not errors or any(p.code != CLASH for p in errors):
        return None
    lang = i18n.active_language()
    listed = "\n".join(f"• {p.message(lang)}" for p in errors)
    intro = QCoreApplication.translate(
        "EnrollmentActions", "The new seat meets at the same time as another class the person holds "
        "a seat in:")
    outro = QCoreApplication.translate(
        "EnrollmentActions", "If both seats are meant to stand, write why; the reason is kept with "
        "the sessions.")
    dialog = ReasonDialog(
        QCoreApplication.translate("EnrollmentActions", "Accept the schedule clash?"),
        f"{intro}\n\n{listed}\n\n{outro}",
        QCoreApplication.translate("EnrollmentActions", "&Accept and save"), parent,
        placeholder=QCoreApplication.translate(
            "EnrollmentActions", "e.g. Attends the morning group only; agreed with both trainers"))
    dialog.setMinimumWidth(620)
    if dialogs.run_modal(dialog) != Accepted:
        return None
    return dialog.text()


def offer_seats(parent: QWidget | None, store: Store, class_id: int, proposal: Enrollment,
                freed: int, leaving: list[str]) -> int:
    """Offer each freed seat in turn to the first on the reserve list, until the clerk says no;
    returns how many took a seat."""
    title = QCoreApplication.translate("EnrollmentActions", "Offer the seat")
    offered = 0
    reason = QCoreApplication.translate("EnrollmentActions", "Seat freed by %1").replace(
        "%1", ", ".join(leaving))
    while proposal is not None and offered < freed:
        question = QCoreApplication.translate(
            "EnrollmentActions", "A seat is free. Offer the seat to %1 (reserve #%2)?\n\nThey will be "
            "marked as having passed the selection; call them to tell them.").replace(
            "%1", proposal.participant.full_name).replace("%2", str(proposal.reserve_rank or "?"))
        if not dialogs.ask_yes_no(parent, title, question, default_no=False):
            break
        try:
            enrollments.change_status(store, proposal.id, "passed_selection", reason=reason)
        except UserError as exc:
            _refused(parent, title, exc)
            break
        offered += 1
        proposal = enrollments.next_on_reserve(class_id)
    return offered


def show_history(parent: QWidget | None, row: dict, class_code: str) -> None:
    dialogs.run_modal(HistoryDialog(row["enrollment_id"], row["full_name"], class_code, parent))


# --- Kartu Prakerja ----------------------------------------------------------------------------


def edit_prakerja(parent: QWidget | None, store: Store, row: dict) -> bool:
    dialog = PrakerjaDialog(store, row, parent)
    dialogs.run_modal(dialog)
    if dialog.saved and dialog.warnings:
        dialogs.show_problems(parent, dialog.windowTitle(), dialog.warnings)
    return dialog.saved


# --- papers and messages -----------------------------------------------------------------------


def print_selection(parent: QWidget | None, class_id: int, kind: str, selected: list[dict]) -> bool:
    """Save the selection announcement (``kind`` "announcement") or letters as a PDF.

    The results are read here, so a refusal (someone chosen without a result yet) comes
    before the save dialog; only the PDF is built off the GUI thread.
    """
    dialog = SelectionPrintDialog(class_id, kind, selected, parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    title = dialog.windowTitle()
    options = dict(paper=dialog.chosen_paper(), lang=dialog.chosen_language(),
                   show_full_nik=dialog.show_full_nik(), number=dialog.number())
    try:
        if kind == ANNOUNCEMENT:
            doc = selection_documents.announcement_document(class_id, notes=dialog.notes(), **options)
            build_pdf = build_announcement
        else:
            doc = selection_documents.letters_document(class_id, dialog.enrollment_ids(), **options)
            if not doc.candidates:
                raise UserError(selection_documents.NO_LETTERS.format(code=doc.class_code))
            build_pdf = build_letters
    except UserError as exc:
        _refused(parent, title, exc)
        return False

    def build(path: str, progress) -> int:
        progress(0, 0, QCoreApplication.translate("EnrollmentActions", "Writing the PDF…"))
        return build_pdf(doc, path)

    name = document_export.safe_file_name(dialog.suggested_name()[:-4]) + ".pdf"
    return document_export.export_document(parent, title, name, "pdf", build) is not None


def copy_messages(parent: QWidget | None, rows: list[dict], lang: str) -> str:
    """Put the short message of each registrant on the clipboard, one after the other; returns
    what to tell the clerk. Someone without a message (they withdrew) is left out and named."""
    texts, names, skipped, first_refusal = [], [], [], None
    for row in rows:
        try:
            texts.append(selection_documents.short_message(row["enrollment_id"], lang=lang))
            names.append(row["full_name"])
        except UserError as exc:
            skipped.append(row["full_name"])
            first_refusal = first_refusal or exc
    if not texts:
        _refused(parent, QCoreApplication.translate("EnrollmentActions", "Copy message"),
                 first_refusal)
        return ""
    QGuiApplication.clipboard().setText("\n\n\n".join(texts))
    if len(texts) == 1:
        note = QCoreApplication.translate(
            "EnrollmentActions", "The message for %1 is copied: paste it into the messaging app."
        ).replace("%1", names[0])
    else:
        note = QCoreApplication.translate(
            "EnrollmentActions", "%n messages are copied, one after the other: paste them into the "
            "messaging app.", "", len(texts))
    if skipped:
        note += " " + QCoreApplication.translate(
            "EnrollmentActions", "No message for %1: no selection result to send."
        ).replace("%1", ", ".join(skipped))
    return note
