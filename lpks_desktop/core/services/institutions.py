"""Reading and writing institutions."""

from __future__ import annotations

import peewee

from ..models import Enrollment, Institution, Program, TrainingClass


def list_institutions(include_archived: bool = False) -> list[dict]:
    programs = (Program.select(peewee.fn.COUNT(Program.id)).where(Program.institution == Institution.id))
    participants = (Enrollment.select(peewee.fn.COUNT(peewee.fn.DISTINCT(Enrollment.participant)))
                    .join(TrainingClass).where(TrainingClass.institution == Institution.id))
    query = (Institution.select(Institution.id, Institution.code, Institution.name, Institution.city,
                                Institution.archived, programs.alias("programs"),
                                participants.alias("participants"))
             .order_by(Institution.code))
    if not include_archived:
        query = query.where(Institution.archived == False)  # noqa: E712 (peewee expression)
    return [{"code": row.code, "name": row.name, "city": row.city, "archived": row.archived,
             "programs": row.programs, "participants": row.participants} for row in query]
