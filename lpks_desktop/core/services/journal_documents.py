"""Gathering the data of schedule documents: a class's trainer journal, a trainer's own
schedule, and the monthly workload report. The documents package prints; this reads."""

from __future__ import annotations

import datetime as dt

import peewee

from ..auth.permissions import Action, require, require_own_trainer
from ...documents.letterhead import Letterhead
from ...documents.trainer_journal import JournalDocument, JournalRow
from ...documents.trainer_schedule import ScheduleDocument, ScheduleRow
from ...documents.workload_report import WorkloadReport, WorkloadRow
from ..i18n import Text, current_language
from ..models import (
    ClassSession,
    ClassStatus,
    CompetencyUnit,
    Institution,
    Program,
    Room,
    SessionTrainer,
    Trainer,
    TrainingClass,
)
from .classes import class_schedule
from .settings import default_paper
from .workload import Workload

_OUTER = peewee.JOIN.LEFT_OUTER
MISSING_JOURNALS = Text(
    "{count} pertemuan bulan ini belum ada jurnalnya, sehingga JP-nya belum dihitung.",
    "{count} sessions of this month have no journal yet, so their JP are not counted.",
)
ALL_INSTITUTIONS = Text("Semua lembaga", "All institutions")


def journal_document(class_id: int, trainer_id: int | None = None, paper: str | None = None,
                     landscape: bool = False, lang: str | None = None,
                     today: dt.date | None = None) -> JournalDocument:
    """The class's trainer journal; with ``trainer_id``, only the sessions that trainer taught."""
    require(Action.PRINT, class_id=class_id)
    klass = (TrainingClass.select(TrainingClass, Program, Institution, Room)
             .join(Program).switch(TrainingClass).join(Institution)
             .switch(TrainingClass).join(Room, _OUTER).where(TrainingClass.id == class_id).get())
    institution = klass.institution
    lang = lang or current_language()
    sessions = class_schedule(class_id)
    trainer_name = ""
    if trainer_id is not None:
        trainer_name = Trainer.get_by_id(trainer_id).full_name
        sessions = [s for s in sessions if any(t["id"] == trainer_id for t in s["trainers"])]
    rows = [JournalRow(
        number=index, date=s["date"], start_time=s["start_time"], end_time=s["end_time"],
        unit_code=s["unit_code"] or "", unit_title=s["unit_title"] or "", topic=s["topic"] or "",
        taught=s["journal_taught"] or "", planned_jp=s["jp"], delivered_jp=s["journal_jp"],
        status=s["status"], cancel_reason=s["cancel_reason"] or "",
        trainer_names=tuple(t["name"] for t in s["trainers"]), notes=s["journal_notes"] or "")
        for index, s in enumerate(sessions, start=1)]
    return JournalDocument(
        letterhead=Letterhead.from_institution(institution, lang), class_code=klass.code,
        class_name=klass.name, program_name=klass.program.name, batch=klass.batch,
        period_start=klass.start_date or (rows[0].date if rows else None),
        period_end=klass.end_date or (rows[-1].date if rows else None),
        room=klass.room.name if klass.room_id else "", trainer_name=trainer_name, rows=rows,
        paper=paper or default_paper(institution.id), landscape=landscape, lang=lang,
        place=institution.city, issued_on=today or dt.date.today(),
        head_name=institution.head_name, head_title=institution.head_title)


def trainer_schedule_document(trainer_id: int, first: dt.date, last: dt.date, paper: str | None = None,
                              landscape: bool = False, lang: str | None = None,
                              today: dt.date | None = None) -> ScheduleDocument:
    """What one trainer teaches from ``first`` to ``last``, at every institution, cancelled
    sessions included so the trainer knows not to come."""
    require_own_trainer(Action.PRINT, trainer_id)
    trainer = Trainer.select(Trainer, Institution).join(Institution).where(Trainer.id == trainer_id).get()
    lang = lang or current_language()
    session_room, class_room = Room.alias(), Room.alias()
    query = (SessionTrainer
             .select(SessionTrainer.role, ClassSession.date, ClassSession.start_time, ClassSession.end_time,
                     ClassSession.jp, ClassSession.status, ClassSession.topic, ClassSession.cancel_reason,
                     TrainingClass.code, TrainingClass.name, Institution.code,
                     CompetencyUnit.code, CompetencyUnit.title,
                     peewee.fn.COALESCE(session_room.name, class_room.name))
             .join(ClassSession, on=(SessionTrainer.session == ClassSession.id))
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .join(Institution, on=(TrainingClass.institution == Institution.id))
             .join_from(ClassSession, CompetencyUnit, _OUTER, on=(ClassSession.unit == CompetencyUnit.id))
             .join_from(ClassSession, session_room, _OUTER, on=(ClassSession.room == session_room.id))
             .join_from(TrainingClass, class_room, _OUTER, on=(TrainingClass.room == class_room.id))
             .where(SessionTrainer.trainer == trainer_id, ClassSession.date.between(first, last),
                    TrainingClass.status != ClassStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time))
    rows = [ScheduleRow(date=day, start_time=start, end_time=end, institution_code=icode, class_code=ccode,
                        class_name=cname, unit_code=ucode or "", unit_title=utitle or "", topic=topic or "",
                        room=room or "", role=role, jp=jp, status=status, cancel_reason=reason or "")
            for (role, day, start, end, jp, status, topic, reason, ccode, cname, icode, ucode, utitle, room)
            in query.tuples()]
    home = trainer.institution
    return ScheduleDocument(
        letterhead=Letterhead.from_institution(home, lang), trainer_name=trainer.full_name,
        period_start=first, period_end=last, rows=rows,
        paper=paper or default_paper(home.id), landscape=landscape, lang=lang,
        issued_on=today or dt.date.today(), home_institution=f"{home.code} {home.name}")


def workload_document(workload: Workload, paper: str | None = None, landscape: bool = True,
                      lang: str | None = None, today: dt.date | None = None) -> WorkloadReport:
    """The workload report of a month, on the institution's letterhead (none for all institutions)."""
    require(Action.PRINT)
    lang = lang or current_language()
    institution = Institution.get_by_id(workload.institution_id) if workload.institution_id else None
    rows = [WorkloadRow(trainer_name=r.trainer_name, institution_code=r.institution_code, sessions=r.sessions,
                        lead_jp=r.lead_jp, assistant_jp=r.assistant_jp, total_jp=r.total_jp,
                        rate_per_jp=r.rate_per_jp, fee=r.fee) for r in workload.rows]
    notes = MISSING_JOURNALS.format(count=workload.missing_journals).render(lang) \
        if workload.missing_journals else ""
    if institution is None:
        scope = ALL_INSTITUTIONS.render(lang)
    else:
        scope = f"{institution.code} {institution.name}"
    return WorkloadReport(
        letterhead=Letterhead.from_institution(institution, lang) if institution else None,
        year=workload.year, month=workload.month, rows=rows,
        paper=paper or default_paper(workload.institution_id), landscape=landscape, lang=lang,
        place=institution.city if institution else "", issued_on=today or dt.date.today(),
        head_name=institution.head_name if institution else "",
        head_title=institution.head_title if institution else "", notes=notes, scope=scope)
