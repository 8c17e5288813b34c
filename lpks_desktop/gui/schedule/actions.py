"""What the class window calls to change a schedule; each returns True when something changed.

Every function opens its dialog through ``dialogs.run_modal`` (the tests' patch
point), writes through the core services and shows what the core says: refusals
keep the dialog open with the clerk's input (or, for actions on a selection, are
shown with nothing written), warnings are shown after saving. Actions on several
sessions are one transaction: all of them change, or none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...core.errors import UserError
from ...core.models import ClassSession
from ...core.services import sessions
from ...core.services.journal_documents import journal_document
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...documents.trainer_journal import build_trainer_journal
from .. import dialogs, document_export, i18n
from .conflict_panel import as_problems
from .generator_dialog import GeneratorDialog
from .journal_dialog import JournalDialog
from .override_dialog import NotSaved, with_override
from .print_dialog import PrintJournalDialog
from .reason_dialog import ReasonDialog
from .session_dialog import SessionDialog
from .texts import session_when
from .trainers_dialog import TrainersDialog

Accepted = QDialog.DialogCode.Accepted
LISTED = 6  # sessions named in a question; more are counted


def _listed(session_ids) -> str:
    rows = list(ClassSession.select().where(ClassSession.id.in_(list(session_ids)))
                .order_by(ClassSession.date, ClassSession.start_time))
    lines = [f"• {session_when(s.date, s.start_time, s.end_time)}" for s in rows[:LISTED]]
    if len(rows) > LISTED:
        lines.append(QCoreApplication.translate("ScheduleActions", "… and %n more", "",
                                                len(rows) - LISTED))
    return "\n".join(lines)


def _refused(parent: QWidget | None, title: str, exc: UserError) -> None:
    if isinstance(exc, ValidationFailed):
        dialogs.show_problems(parent, title, exc.problems)
    else:
        dialogs.show_user_error(parent, exc, title)


def _warn(parent: QWidget | None, title: str, warnings) -> None:
    problems = as_problems(warnings)
    if problems:
        dialogs.show_problems(parent, title, problems)


# --- the whole schedule -----------------------------------------------------------------------


def generate_schedule(parent: QWidget | None, store: Store, class_id: int) -> bool:
    """Plan all of the class's sessions at once, replacing its planned ones."""
    return dialogs.run_modal(GeneratorDialog(store, class_id, parent)) == Accepted


# --- one session -------------------------------------------------------------------------------


def add_session(parent: QWidget | None, store: Store, class_id: int) -> bool:
    dialog = SessionDialog(store, class_id=class_id, parent=parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    _warn(parent, dialog.windowTitle(), dialog.warnings)
    return True


def edit_session(parent: QWidget | None, store: Store, session_id: int) -> bool:
    """Move or change one session (date, times, room, unit, topic, JP, trainers)."""
    dialog = SessionDialog(store, session_id=session_id, parent=parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    _warn(parent, dialog.windowTitle(), dialog.warnings)
    return True


def write_journal(parent: QWidget | None, store: Store, session_id: int) -> bool:
    """Write (or correct, or clear) the trainer journal of one session."""
    dialog = JournalDialog(store, session_id, parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    _warn(parent, dialog.windowTitle(), dialog.warnings)
    return True


# --- a selection of sessions -------------------------------------------------------------------


def cancel_sessions(parent: QWidget | None, store: Store, session_ids) -> bool:
    """Cancel the sessions, with one written reason (required) for all of them."""
    ids = list(session_ids)
    if not ids:
        return False
    title = QCoreApplication.translate("ScheduleActions", "Cancel sessions")
    prompt = QCoreApplication.translate(
        "ScheduleActions", "Cancel %n session(s)? They stay in the schedule, marked cancelled with "
        "the reason; their trainers and attendance are kept in case they are restored.", "", len(ids))
    dialog = ReasonDialog(
        title, f"{prompt}\n\n{_listed(ids)}",
        QCoreApplication.translate("ScheduleActions", "Cancel the &sessions"), parent,
        placeholder=QCoreApplication.translate("ScheduleActions",
                                               "e.g. Trainer ill; the workshop had no electricity"))
    if dialogs.run_modal(dialog) != Accepted:
        return False
    warnings = []
    try:
        with store.transaction():
            for session_id in ids:
                warnings += sessions.cancel_session(store, session_id, dialog.text())[1]
    except UserError as exc:
        _refused(parent, title, exc)
        return False
    _warn(parent, title, warnings)
    return True


def restore_sessions(parent: QWidget | None, store: Store, session_ids) -> bool:
    """Bring cancelled sessions back; they are checked for conflicts as if added again."""
    ids = list(session_ids)
    if not ids:
        return False
    title = QCoreApplication.translate("ScheduleActions", "Restore sessions")
    question = QCoreApplication.translate(
        "ScheduleActions", "Hold %n cancelled session(s) after all?", "", len(ids))
    if not dialogs.ask_yes_no(parent, title, f"{question}\n\n{_listed(ids)}", default_no=False):
        return False

    def restore(override_reason: str) -> list:
        found = []
        with store.transaction():
            for session_id in ids:
                found += sessions.restore_session(store, session_id,
                                                  override_reason=override_reason)[1]
        return found

    try:
        warnings = with_override(parent, restore)
    except NotSaved:
        return False
    except UserError as exc:
        _refused(parent, title, exc)
        return False
    _warn(parent, title, warnings)
    return True


def assign_trainers(parent: QWidget | None, store: Store, class_id: int, session_ids) -> bool:
    """Assign a trainer to (or take one off) the chosen sessions, a unit's or the whole class's."""
    dialog = TrainersDialog(store, class_id, list(session_ids or ()), parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    _warn(parent, dialog.windowTitle(), dialog.warnings)
    if not dialog.changed:
        dialogs.inform(parent, dialog.windowTitle(), QCoreApplication.translate(
            "ScheduleActions", "Nothing changed: the sessions were already as chosen."))
    return bool(dialog.changed)


def delete_sessions(parent: QWidget | None, store: Store, session_ids) -> bool:
    """Delete sessions planned by mistake; the core refuses once a class has started or a session
    has attendance or a journal (cancel those instead)."""
    ids = list(session_ids)
    if not ids:
        return False
    title = QCoreApplication.translate("ScheduleActions", "Delete sessions")
    question = QCoreApplication.translate(
        "ScheduleActions", "Delete %n session(s)? This cannot be undone. A session that was called "
        "off should be cancelled instead.", "", len(ids))
    if not dialogs.ask_yes_no(parent, title, f"{question}\n\n{_listed(ids)}"):
        return False
    try:
        with store.transaction():
            for session_id in ids:
                sessions.delete_session(store, session_id)
    except UserError as exc:
        _refused(parent, title, exc)
        return False
    return True


# --- printing ----------------------------------------------------------------------------------


def print_journal(parent: QWidget | None, store: Store, class_id: int) -> bool:
    """Save the class's trainer journal as a PDF; True when a file was written."""
    dialog = PrintJournalDialog(class_id, parent)
    if dialogs.run_modal(dialog) != Accepted:
        return False
    trainer_id, paper, landscape = dialog.trainer_id(), dialog.chosen_paper(), dialog.is_landscape()
    lang = i18n.active_language()

    def build(path: str, progress) -> int:
        progress(0, 0, QCoreApplication.translate("ScheduleActions", "Reading the journal…"))
        doc = journal_document(class_id, trainer_id, paper=paper, landscape=landscape, lang=lang)
        progress(0, 0, QCoreApplication.translate("ScheduleActions", "Writing the PDF…"))
        return build_trainer_journal(doc, path)

    written = document_export.export_document(
        parent, dialog.windowTitle(), document_export.safe_file_name(dialog.suggested_name()[:-4]) + ".pdf",
        "pdf", build)
    return written is not None
