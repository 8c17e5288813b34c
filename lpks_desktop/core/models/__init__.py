"""Peewee models for the whole product, bound to ``base.database``."""

from .assessment import Assessment, Result
from .attendance import AttendanceMark, Mark
from .base import BaseModel, Choices, database
from .certificate import Certificate, CertificateStatus, NumberSequence, SigningKey
from .enrollment import Enrollment, EnrollmentStatus, EnrollmentStatusChange
from .institution import DEFAULT_CERTIFICATE_PATTERN, ClosureDay, Institution, InstitutionKind
from .participant import Education, Employment, Participant
from .program import CertificateUnitsRule, CompetencyUnit, Program
from .room import Room
from .system import GENESIS_HASH, AuditHead, AuditLog, Role, SchemaVersion, Setting, User
from .trainer import Trainer, TrainerCertification, TrainerCompetency
from .training_class import (
    ClassSession,
    ClassStatus,
    ConflictKind,
    ConflictOverride,
    Funding,
    SessionChange,
    SessionChangeKind,
    SessionStatus,
    SessionTrainer,
    TrainerRole,
    TrainingClass,
)

# Creation order: every table after the tables it references.
ALL_MODELS = (
    SchemaVersion,
    Institution,
    ClosureDay,
    Program,
    CompetencyUnit,
    Room,
    Trainer,
    TrainerCompetency,
    TrainerCertification,
    Participant,
    TrainingClass,
    ClassSession,
    SessionTrainer,
    SessionChange,
    ConflictOverride,
    Enrollment,
    EnrollmentStatusChange,
    AttendanceMark,
    Assessment,
    NumberSequence,
    Certificate,
    SigningKey,
    User,
    AuditLog,
    AuditHead,
    Setting,
)

__all__ = [name for name in dir() if not name.startswith("_")]
