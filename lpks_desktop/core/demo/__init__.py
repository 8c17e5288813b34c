"""Fill an empty database with a realistic demo, for screenshots, training and benchmarks.

One foundation runs three institutions in Kabupaten Balangan; their classes lie in
the past (finished, with attendance, assessments and certificates), the present
(running) and the future (open or planned, with registrants awaiting selection).
Same ``seed`` and ``today`` give the same data, row for row.

Rows are built in memory with ids assigned here (the caller guarantees an empty
database), then written in multi-row INSERTs inside one transaction: a failure
leaves the database as empty as it was. 100,000 participants take about half a
minute on SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from collections.abc import Callable

from .. import models as m
from ..actor import current_actor
from ..auth.permissions import Action, require
from ..bulk import bulk_insert, reset_serial_sequences
from ..i18n import Text
from ..services import audit
from . import catalogue, classes, enrollments, institutions, people, results
from .calendar import Calendar, closure_dates, utc
from .state import TABLES, DemoState

__all__ = ["DemoSummary", "Progress", "fill_demo"]

_LABELS = {
    m.Institution: ("lembaga", "institutions"), m.ClosureDay: ("hari libur lembaga", "closure days"),
    m.Program: ("program", "programs"), m.CompetencyUnit: ("unit kompetensi", "competency units"),
    m.Room: ("ruangan", "rooms"), m.Trainer: ("instruktur", "trainers"),
    m.TrainerCompetency: ("kompetensi instruktur", "trainer competencies"),
    m.TrainerCertification: ("sertifikasi instruktur", "trainer certifications"),
    m.Participant: ("peserta", "participants"), m.TrainingClass: ("kelas", "classes"),
    m.ClassSession: ("pertemuan", "sessions"), m.SessionTrainer: ("jadwal instruktur", "session trainers"),
    m.Enrollment: ("pendaftaran", "enrollments"),
    m.EnrollmentStatusChange: ("riwayat status", "status history"),
    m.AttendanceMark: ("kehadiran", "attendance"), m.Assessment: ("penilaian", "assessments"),
    m.NumberSequence: ("nomor urut", "number sequences"), m.Certificate: ("sertifikat", "certificates"),
    m.SigningKey: ("kunci tanda tangan", "signing keys"),
    m.User: ("pengguna", "users"), m.Setting: ("pengaturan", "settings"),
}


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    institutions: int
    closure_days: int
    programs: int
    competency_units: int
    rooms: int
    trainers: int
    trainer_competencies: int
    trainer_certifications: int
    participants: int
    training_classes: int
    class_sessions: int
    session_trainers: int
    enrollments: int
    enrollment_status_changes: int
    attendance_marks: int
    assessments: int
    number_sequences: int
    certificates: int
    signing_keys: int
    users: int
    settings: int
    seconds: float

    def counts(self) -> dict[str, int]:
        """Rows written, by table name."""
        return {model._meta.table_name: getattr(self, _SUMMARY_FIELDS[model]) for model in TABLES}


# DemoSummary declares its count fields in TABLES order.
_SUMMARY_FIELDS = dict(zip(TABLES, (field.name for field in dataclasses.fields(DemoSummary))))


Progress = Callable[[int, int, str], None]


def fill_demo(store, *, participants: int = 400, seed: int | None = None,
              today: dt.date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Write the demo into ``store``'s empty database, all in one transaction.

    ``progress(done, total, label)`` is called as rows are written; ``total`` 0
    means "preparing, amount unknown". Checking that the database is empty is
    the caller's job.
    """
    require(Action.LOAD_DEMO)
    if participants < 0:
        raise ValueError("participants must be >= 0")
    started = time.perf_counter()
    today = today or dt.date.today()
    if isinstance(today, dt.datetime):
        today = today.date()
    report = progress or (lambda done, total, label: None)
    state = DemoState(random.Random(seed), today, current_actor())
    _build(state, participants, report)
    counts = {model: len(state.rows[model]) for model in TABLES}
    total = sum(counts.values())
    with store.transaction():
        _write(state.rows, total, report)
        reset_serial_sequences(store.db, TABLES)
        summary = DemoSummary(**{_SUMMARY_FIELDS[model]: counts[model] for model in TABLES},
                              seconds=0.0)
        audit.record("demo", "database", None, summary.counts())
    report(total, total, str(Text("Selesai", "Done")))
    return dataclasses.replace(summary, seconds=round(time.perf_counter() - started, 3))


def _build(state: DemoState, participant_count: int, report: Progress) -> None:
    def phase(id_text: str, en_text: str) -> None:
        report(0, 0, str(Text(id_text, en_text)))  # total 0: amount not known yet

    phase("Menyusun lembaga dan jadwal kelas…", "Preparing institutions and class schedules…")
    state.calendars = {spec.code: Calendar(closure_dates(state.today, spec.code), state.today)
                       for spec in catalogue.INSTITUTIONS}
    # Classes grow more slowly than people: beyond ~7,500 participants the extra
    # people are registrants of the same 300 classes, not more classes.
    n_classes = max(12, min(300, round(participant_count / 25)))
    planned = classes.plan_classes(state, n_classes)
    state.epoch = min(c.start for c in planned) - dt.timedelta(days=120)
    stamp = utc(state.epoch, dt.time(9, 0))
    institutions.institutions(state, stamp)
    classes.add_classes(state, planned)
    phase("Menyusun data peserta…", "Preparing participants…")
    persons = people.participants(state, participant_count)
    phase("Menyusun pendaftaran dan seleksi…", "Preparing enrollments and selection…")
    admitted = enrollments.enrollments(state, planned, persons)
    phase("Menyusun kehadiran dan penilaian…", "Preparing attendance and assessments…")
    results.attendance_and_results(state, planned, admitted)
    results.certificates(state)
    for person in persons:
        state.rows[m.Participant][person["id"] - 1].update(
            created_at=person["first_seen"] or stamp, updated_at=person["first_seen"] or stamp)


def _write(rows: dict[type, list[dict]], total: int, report: Progress) -> None:
    done, label = 0, ""

    def wrote(count: int) -> None:
        nonlocal done
        done += count
        report(done, total, label)

    for model in TABLES:
        what_id, what_en = _LABELS[model]
        label = str(Text("Menulis {what_id}…", "Writing {what_en}…",
                         {"what_id": what_id, "what_en": what_en}))
        bulk_insert(model, rows[model], on_rows=wrote)
