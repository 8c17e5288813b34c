"""A participant's place in a class, and every status change it went through."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import DateTimeField, utcnow
from .participant import Participant
from .training_class import TrainingClass


class EnrollmentStatus(Choices):
    REGISTERED = "registered"
    PASSED_SELECTION = "passed_selection"
    RESERVE = "reserve"
    NOT_PASSED = "not_passed"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    WITHDREW = "withdrew"
    DISMISSED = "dismissed"


class Enrollment(BaseModel):
    training_class = pw.ForeignKeyField(TrainingClass, backref="enrollments", on_delete="RESTRICT")
    participant = pw.ForeignKeyField(Participant, backref="enrollments", on_delete="RESTRICT")
    status = pw.CharField(max_length=20, default=EnrollmentStatus.REGISTERED, index=True,
                          constraints=[pw.Check(EnrollmentStatus.check("status"))])
    registered_at = DateTimeField(default=utcnow)
    reserve_rank = pw.IntegerField(null=True)  # order on the reserve list
    # Kartu Prakerja: a redeem code is single-use, so unique across the database.
    prakerja_redeem_code = pw.CharField(max_length=40, null=True, unique=True)
    prakerja_redeemed_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("training_class", "participant"), True),)


class EnrollmentStatusChange(BaseModel):
    """History of an enrollment's status, answering "since when and why"."""

    enrollment = pw.ForeignKeyField(Enrollment, backref="status_changes", on_delete="CASCADE")
    old_status = pw.CharField(max_length=20, null=True)
    new_status = pw.CharField(max_length=20)
    changed_at = DateTimeField(default=utcnow)
    reason = pw.TextField(default="")
