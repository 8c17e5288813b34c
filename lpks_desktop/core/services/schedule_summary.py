"""How a class's schedule covers its program: JP planned and delivered, in total and per unit.

A clerk planning or changing sessions needs to see at once whether the
program's hours are still covered ("Membuat Pola: 12 JP in the program, 8
scheduled") before the class ends short of JP and certificates cannot be issued.
"""

from __future__ import annotations

import peewee

from ..models import ClassSession, CompetencyUnit, Program, SessionStatus, TrainingClass


def jp_summary(class_id: int) -> dict:
    """JP of the class's program against its non-cancelled sessions.

    Returns ``program_jp`` (the program's total), ``planned_jp`` (JP of sessions not
    cancelled), ``delivered_jp`` (JP written in their trainer journals), and
    ``units``: one entry per program unit, in the program's order, each with
    ``unit_id, code, title, program_jp, planned_jp, delivered_jp``. Sessions without a
    unit of the program (a free topic, or a unit since removed) are counted in
    ``other_planned_jp`` / ``other_delivered_jp``, and in the totals.

    Raises ``TrainingClass.DoesNotExist`` for an unknown id.
    """
    program_id, program_jp = (TrainingClass.select(Program.id, Program.total_jp).join(Program)
                              .where(TrainingClass.id == class_id).tuples().get())
    units = list(CompetencyUnit.select(CompetencyUnit.id, CompetencyUnit.code, CompetencyUnit.title,
                                       CompetencyUnit.jp)
                 .where(CompetencyUnit.program == program_id)
                 .order_by(CompetencyUnit.position, CompetencyUnit.id).tuples())
    totals = (ClassSession.select(ClassSession.unit,
                                  peewee.fn.COALESCE(peewee.fn.SUM(ClassSession.jp), 0),
                                  peewee.fn.COALESCE(peewee.fn.SUM(ClassSession.journal_jp), 0))
              .where(ClassSession.training_class == class_id,
                     ClassSession.status != SessionStatus.CANCELLED)
              .group_by(ClassSession.unit).tuples())
    by_unit = {unit_id: (int(planned), int(delivered)) for unit_id, planned, delivered in totals}
    rows = []
    for unit_id, code, title, unit_jp in units:
        planned, delivered = by_unit.pop(unit_id, (0, 0))
        rows.append({"unit_id": unit_id, "code": code, "title": title, "program_jp": unit_jp,
                     "planned_jp": planned, "delivered_jp": delivered})
    other_planned = sum(planned for planned, _ in by_unit.values())
    other_delivered = sum(delivered for _, delivered in by_unit.values())
    return {
        "program_jp": program_jp,
        "planned_jp": sum(row["planned_jp"] for row in rows) + other_planned,
        "delivered_jp": sum(row["delivered_jp"] for row in rows) + other_delivered,
        "units": rows,
        "other_planned_jp": other_planned,
        "other_delivered_jp": other_delivered,
    }
