"""Role by action: every service that writes (and each class-scoped read) tried with every role.

Each case prepares what it needs as the installation's administrator, then runs the service as
each role. A role the table allows runs it for real; any other is refused with PermissionDenied
(or NotSignedIn) and nothing is written. A second test walks the core's modules so a new
service that writes cannot slip in without a case here.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import itertools
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

import lpks_desktop.core as core_package
from lpks_desktop.core import exporting
from lpks_desktop.core import models as m
from lpks_desktop.core.auth import accounts
from lpks_desktop.core.auth.permissions import ROLE_ACTIONS, Action, NotSignedIn, PermissionDenied
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, Principal, signed_in
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.importing import apply as import_apply
from lpks_desktop.core.importing import attendance as attendance_import
from lpks_desktop.core.importing.plan import plan_import
from lpks_desktop.core.services import (
    assessments,
    attendance,
    attendance_documents,
    attendance_rates,
    certificate_documents,
    certificates,
    class_records,
    classes,
    closure_days,
    eligibility,
    enrollments,
    institutions,
    journal_documents,
    journals,
    participant_profile,
    participants,
    programs,
    records,
    register_documents,
    rooms,
    schedule_generator,
    selection_documents,
    sessions,
    settings,
    trainers,
    workload,
)
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.signing import keys

import certificate_world
from attendance_world import LATE_TODAY
from import_sheets import nik, write_registrants
from record_checks import writes_nothing

D = dt.date
AFTER = certificate_world.AFTER
PASSWORD = "sandi-cukup-panjang"


@dataclass
class Ctx:
    store: object
    world: certificate_world.CertificateWorld
    planned_class: m.TrainingClass
    tmp: Path
    counter: itertools.count

    @property
    def k(self) -> int:
        return self.world.klass.id

    @property
    def n(self) -> int:
        return next(self.counter)

    @property
    def sbp(self) -> int:
        return self.world.world.scenario.sbp.id

    def session_id(self, index: int = 0) -> int:
        return self.world.world.sessions[index].id

    def valid_certificate(self) -> int:
        row = m.Certificate.select().where(m.Certificate.status == m.CertificateStatus.VALID).first()
        if row is None:
            certificates.issue_certificates(self.store, self.k, today=AFTER)
            row = m.Certificate.select().where(m.Certificate.status == m.CertificateStatus.VALID).first()
        return row.id

    def planned_session(self, **values) -> int:
        n = self.n  # a weekday of its own for each session: no two clash
        day = D(2027, 3, 1) + dt.timedelta(days=7 * (n // 5) + n % 5)
        row, _ = sessions.add_session(self.store, self.planned_class.id, {
            "date": day, "start_time": "08:00", "end_time": "10:00", **values})
        return row.id

    def participant(self) -> int:
        serial = self.n
        row, _ = participants.save_participant(self.store, {
            "nik": nik(D(1999, 1, 1), "L", 100 + serial), "full_name": f"Peserta Uji {serial}", "sex": "L"})
        return row.id

    def file(self, suffix: str) -> Path:
        return self.tmp / f"out-{self.n}{suffix}"


@dataclass(frozen=True)
class Case:
    name: str
    action: str
    target: Callable  # the service function the case exercises
    run: Callable[[Ctx, object], object]  # (ctx, prepared) -> anything
    prepare: Callable[[Ctx], object] = lambda c: None
    # A trainer may do this for a class they teach (the case acts on such a class).
    class_scoped: bool = False
    # A refusal that is not about permissions, which still shows the check let the call in.
    accepted_error: type[Exception] | None = None


def _mark(c: Ctx, _):
    mark = "H" if c.n % 2 else "I"
    return attendance.save_marks(c.store, c.k, [attendance.MarkChange(
        c.session_id(0), c.world.enrollments[0].id, mark)], today=LATE_TODAY)


def _result(c: Ctx, _):
    return assessments.save_results(c.store, c.k, [assessments.ResultChange(
        c.world.units[0].id, c.world.enrollments[0].id, m.Result.COMPETENT, score=str(60 + c.n % 40))])


def _attendance_plan(c: Ctx):
    mark = "S" if c.n % 2 else "I"
    return attendance_import.AttendancePlan(
        path=Path("absensi.xlsx"), class_id=c.k, class_code=c.world.klass.code, today=LATE_TODAY,
        changes=[attendance.MarkChange(c.session_id(1), c.world.enrollments[1].id, mark)])


def _registrants(c: Ctx):
    path = c.tmp / f"pendaftar-{c.n}.xlsx"
    write_registrants(path, 2, seed=c.n + 1)
    return plan_import(path)


def _draft(c: Ctx):
    return schedule_generator.draft_for_class(
        c.planned_class.id, D(2027, 6, 7) + dt.timedelta(days=7 * c.n), {0, 2, 4},
        [schedule_generator.TimeSlot(dt.time(8), dt.time(12))])


def _new_user(c: Ctx) -> str:
    name = f"pengguna{c.n}"
    accounts.add_user(c.store, name, "clerk", PASSWORD)
    return name


def _class_values(c: Ctx) -> dict:
    scenario = c.world.world.scenario
    return {"program": scenario.program.id, "code": f"SBP-JHT-2028-{c.n:02d}", "name": "Menjahit 2028",
            "batch": 1, "start_date": "4/1/2028", "end_date": "29/1/2028", "capacity": 16,
            "funding": "apbd", "status": "planned", "notes": ""}


CASES = [
    # attendance, journals, assessments: the class's own trainer may enter attendance and journals
    Case("save_marks", Action.ENTER_ATTENDANCE, attendance.save_marks, _mark, class_scoped=True),
    Case("apply_attendance_import", Action.ENTER_ATTENDANCE, attendance_import.apply_attendance_import,
         lambda c, plan: attendance_import.apply_attendance_import(c.store, plan),
         _attendance_plan, class_scoped=True),
    Case("save_journal", Action.WRITE_JOURNAL, journals.save_journal,
         lambda c, _: journals.save_journal(c.store, c.session_id(2), {"taught": "Mengukur", "jp": 4,
                                                                      "notes": ""}, today=LATE_TODAY),
         class_scoped=True),
    Case("clear_journal", Action.WRITE_JOURNAL, journals.clear_journal,
         lambda c, sid: journals.clear_journal(c.store, sid),
         lambda c: journals.save_journal(c.store, c.session_id(3), {"taught": "Pola", "jp": 4},
                                         today=LATE_TODAY)[0].id, class_scoped=True),
    Case("save_results", Action.ENTER_ASSESSMENT, assessments.save_results, _result, class_scoped=True),
    # certificates
    Case("issue_certificates", Action.ISSUE_CERTIFICATES, certificates.issue_certificates,
         # Once issued, running it again is refused for holding certificates already.
         lambda c, _: certificates.issue_certificates(c.store, c.k, today=AFTER), class_scoped=True,
         accepted_error=UserError),
    Case("reissue_certificate", Action.ISSUE_CERTIFICATES, certificates.reissue_certificate,
         lambda c, cid: certificates.reissue_certificate(c.store, cid, "Nama salah ketik", today=AFTER),
         Ctx.valid_certificate),
    Case("revoke_certificate", Action.REVOKE_CERTIFICATES, certificates.revoke_certificate,
         lambda c, cid: certificates.revoke_certificate(c.store, cid, "Data salah"), Ctx.valid_certificate),
    Case("mark_printed", Action.PRINT, certificates.mark_printed,
         lambda c, cid: certificates.mark_printed(c.store, [cid]), Ctx.valid_certificate),
    Case("institution_key", Action.ISSUE_CERTIFICATES, keys.institution_key,
         lambda c, _: keys.institution_key(c.store, c.sbp)),
    Case("import_public_key", Action.MANAGE_SIGNING_KEYS, keys.import_public_key,
         lambda c, data: keys.import_public_key(c.store, data),
         lambda c: keys.export_public_key(c.sbp, store=c.store), accepted_error=UserError),
    Case("forget_public_key", Action.MANAGE_SIGNING_KEYS, keys.forget_public_key,
         lambda c, key_id: keys.forget_public_key(c.store, key_id),
         lambda c: keys.institution_key(c.store, c.sbp).key_id, accepted_error=UserError),
    # enrolment
    Case("register", Action.ENROLL, enrollments.register,
         lambda c, pid: enrollments.register(c.store, pid, c.k), Ctx.participant),
    Case("change_status", Action.ENROLL, enrollments.change_status,
         lambda c, eid: enrollments.change_status(c.store, eid, m.EnrollmentStatus.RESERVE),
         lambda c: enrollments.register(c.store, c.participant(), c.k)[0].id),
    Case("set_prakerja", Action.ENROLL, enrollments.set_prakerja,
         lambda c, _: enrollments.set_prakerja(c.store, c.world.enrollments[2].id,
                                               card_number="1234 5678 9012 3456")),
    # people and records
    Case("save_participant", Action.EDIT_PARTICIPANTS, participants.save_participant,
         lambda c, _: c.participant()),
    Case("apply_import", Action.IMPORT, import_apply.apply_import,
         lambda c, plan: import_apply.apply_import(c.store, plan), _registrants),
    Case("save_institution", Action.EDIT_RECORDS, institutions.save_institution,
         lambda c, _: institutions.save_institution(c.store, {"code": f"LPK-U{c.n}", "name": "LPK Uji"})),
    Case("save_program", Action.EDIT_RECORDS, programs.save_program,
         lambda c, _: programs.save_program(
             c.store, {"institution": c.sbp, "code": f"BRS{c.n}", "name": "Barista", "total_jp": 8},
             [{"code": f"C.141000.{c.n:03d}.02", "title": "Menyeduh", "jp": 8}])),
    Case("save_room", Action.EDIT_RECORDS, rooms.save_room,
         lambda c, _: rooms.save_room(c.store, {"institution": c.sbp, "name": f"Ruang {c.n}",
                                                "capacity": 10})),
    Case("save_trainer", Action.EDIT_RECORDS, trainers.save_trainer,
         lambda c, _: trainers.save_trainer(c.store, {"institution": c.sbp, "full_name": f"Instruktur {c.n}"},
                                            [], [])),
    Case("add_closure_days", Action.EDIT_RECORDS, closure_days.add_closure_days,
         lambda c, _: closure_days.add_closure_days(c.store, c.sbp, D(2028, 1, 3) + dt.timedelta(days=c.n),
                                                    None, "Rapat")),
    Case("remove_closure_days", Action.EDIT_RECORDS, closure_days.remove_closure_days,
         lambda c, ids: closure_days.remove_closure_days(c.store, ids),
         lambda c: [r.id for r in closure_days.add_closure_days(
             c.store, c.sbp, D(2029, 1, 3) + dt.timedelta(days=c.n), None, "Rapat")[0]]),
    Case("delete_or_refuse", Action.EDIT_RECORDS, records.delete_or_refuse,
         lambda c, room: records.delete_or_refuse(c.store, room),
         lambda c: rooms.save_room(c.store, {"institution": c.sbp, "name": f"Gudang {c.n}", "capacity": 5})[0]),
    Case("archive", Action.EDIT_PARTICIPANTS, records.archive,
         lambda c, person: records.archive(c.store, person),
         lambda c: m.Participant.get_by_id(c.participant())),
    # classes and schedules
    Case("save_class", Action.EDIT_SCHEDULE, class_records.save_class,
         lambda c, _: class_records.save_class(c.store, _class_values(c))),
    Case("save_draft", Action.EDIT_SCHEDULE, schedule_generator.save_draft,
         lambda c, draft: schedule_generator.save_draft(c.store, c.planned_class.id, draft), _draft),
    Case("add_session", Action.EDIT_SCHEDULE, sessions.add_session,
         lambda c, _: c.planned_session()),
    Case("update_session", Action.EDIT_SCHEDULE, sessions.update_session,
         lambda c, sid: sessions.update_session(c.store, sid, {"topic": "Diubah"}), Ctx.planned_session),
    Case("cancel_session", Action.EDIT_SCHEDULE, sessions.cancel_session,
         lambda c, sid: sessions.cancel_session(c.store, sid, "Banjir"), Ctx.planned_session),
    Case("restore_session", Action.EDIT_SCHEDULE, sessions.restore_session,
         lambda c, sid: sessions.restore_session(c.store, sid),
         lambda c: sessions.cancel_session(c.store, c.planned_session(), "Banjir")[0].id),
    Case("delete_session", Action.EDIT_SCHEDULE, sessions.delete_session,
         lambda c, sid: sessions.delete_session(c.store, sid), Ctx.planned_session),
    Case("assign_trainer", Action.EDIT_SCHEDULE, sessions.assign_trainer,
         lambda c, sid: sessions.assign_trainer(c.store, [sid], c.world.world.scenario.sari.id),
         Ctx.planned_session),
    Case("unassign_trainer", Action.EDIT_SCHEDULE, sessions.unassign_trainer,
         lambda c, sid: sessions.unassign_trainer(c.store, [sid], c.world.world.scenario.sari.id),
         lambda c: sessions.assign_trainer(c.store, [c.planned_session()], c.world.world.scenario.sari.id)
         and m.SessionTrainer.select().order_by(m.SessionTrainer.id.desc()).first().session_id),
    # settings
    Case("set_setting", Action.EDIT_SETTINGS, settings.set_setting,
         lambda c, _: settings.set_setting(c.store, settings.MINUTES_PER_JP, 45 + c.n % 10)),
    Case("set_setting(import mapping)", Action.IMPORT, settings.set_setting,
         lambda c, _: settings.set_setting(c.store, "import_mapping:uji", {"mapping": {"0": "nik"}, "n": c.n})),
    # users
    Case("add_user", Action.MANAGE_USERS, accounts.add_user, lambda c, _: _new_user(c)),
    Case("set_role", Action.MANAGE_USERS, accounts.set_role,
         lambda c, name: accounts.set_role(c.store, name, "read_only"), _new_user),
    Case("set_password", Action.MANAGE_USERS, accounts.set_password,
         lambda c, name: accounts.set_password(c.store, name, "sandi-baru-sekali"), _new_user),
    Case("lock_user", Action.MANAGE_USERS, accounts.lock_user,
         lambda c, name: accounts.lock_user(c.store, name), _new_user),
    Case("unlock_user", Action.MANAGE_USERS, accounts.unlock_user,
         lambda c, name: accounts.unlock_user(c.store, name),
         lambda c: (name := _new_user(c), accounts.lock_user(c.store, name))[0]),
    Case("delete_user", Action.MANAGE_USERS, accounts.delete_user,
         lambda c, name: accounts.delete_user(c.store, name), _new_user),
    Case("list_users", Action.MANAGE_USERS, accounts.list_users, lambda c, _: accounts.list_users()),
    # exports and documents
    Case("export_participants", Action.EXPORT, exporting.export_participants,
         lambda c, _: exporting.export_participants(c.file(".csv"))),
    Case("export_class_list", Action.EXPORT, exporting.export_class_list,
         lambda c, _: exporting.export_class_list(c.file(".csv"), c.k), class_scoped=True),
    Case("export_public_key", Action.EXPORT, keys.export_public_key,
         lambda c, _: keys.export_public_key(c.sbp), lambda c: keys.institution_key(c.store, c.sbp)),
    Case("write_attendance_sheets", Action.PRINT, attendance_documents.write_attendance_sheets,
         lambda c, _: attendance_documents.write_attendance_sheets(c.file(".pdf"), [c.session_id(0)]),
         class_scoped=True),
    Case("write_class_grid", Action.PRINT, attendance_documents.write_class_grid,
         lambda c, _: attendance_documents.write_class_grid(c.file(".pdf"), c.k), class_scoped=True),
    Case("write_recap_pdf", Action.PRINT, attendance_documents.write_recap_pdf,
         lambda c, _: attendance_documents.write_recap_pdf(c.file(".pdf"), c.k), class_scoped=True),
    Case("write_recap_xlsx", Action.PRINT, attendance_documents.write_recap_xlsx,
         lambda c, _: attendance_documents.write_recap_xlsx(c.file(".xlsx"), c.k), class_scoped=True),
    Case("write_attendance_template", Action.PRINT, attendance_import.write_attendance_template,
         lambda c, _: attendance_import.write_attendance_template(c.file(".xlsx"), c.k), class_scoped=True),
    Case("write_certificates_pdf", Action.PRINT, certificate_documents.write_certificates_pdf,
         lambda c, _: certificate_documents.write_certificates_pdf(c.file(".pdf"), c.k),
         Ctx.valid_certificate, class_scoped=True),
    Case("write_certificate_files_for_class", Action.PRINT,
         certificate_documents.write_certificate_files_for_class,
         lambda c, _: certificate_documents.write_certificate_files_for_class(c.tmp / f"files-{c.n}", c.k),
         Ctx.valid_certificate, class_scoped=True),
    Case("write_register_pdf", Action.PRINT, register_documents.write_register_pdf,
         lambda c, _: register_documents.write_register_pdf(c.file(".pdf"))),
    Case("write_register_xlsx", Action.PRINT, register_documents.write_register_xlsx,
         lambda c, _: register_documents.write_register_xlsx(c.file(".xlsx"))),
    Case("write_announcement", Action.PRINT, selection_documents.write_announcement,
         lambda c, _: selection_documents.write_announcement(c.file(".pdf"), c.k), class_scoped=True),
    Case("write_letters", Action.PRINT, selection_documents.write_letters,
         lambda c, _: selection_documents.write_letters(c.file(".pdf"), c.k), class_scoped=True),
    Case("journal_document", Action.PRINT, journal_documents.journal_document,
         lambda c, _: journal_documents.journal_document(c.k), class_scoped=True),
    Case("trainer_schedule_document (own)", Action.PRINT, journal_documents.trainer_schedule_document,
         lambda c, _: journal_documents.trainer_schedule_document(
             c.world.world.scenario.budi.id, D(2026, 11, 1), D(2026, 11, 30)), class_scoped=True),
    Case("workload_document", Action.PRINT, journal_documents.workload_document,
         lambda c, _: journal_documents.workload_document(workload.trainer_workload(2026, 11))),
    # reads: a class's own pages, and lists of every record
    Case("attendance_grid", Action.VIEW_CLASS, attendance.attendance_grid,
         lambda c, _: attendance.attendance_grid(c.k), class_scoped=True),
    Case("assessment_grid", Action.VIEW_CLASS, assessments.assessment_grid,
         lambda c, _: assessments.assessment_grid(c.k), class_scoped=True),
    Case("class_rates", Action.VIEW_CLASS, attendance_rates.class_rates,
         lambda c, _: attendance_rates.class_rates(c.k), class_scoped=True),
    Case("class_overview", Action.VIEW_CLASS, classes.class_overview,
         lambda c, _: classes.class_overview(c.k), class_scoped=True),
    Case("class_schedule", Action.VIEW_CLASS, classes.class_schedule,
         lambda c, _: classes.class_schedule(c.k), class_scoped=True),
    Case("class_roster", Action.VIEW_CLASS, enrollments.class_roster,
         lambda c, _: enrollments.class_roster(c.k), class_scoped=True),
    Case("class_certificates", Action.VIEW_CLASS, certificates.class_certificates,
         lambda c, _: certificates.class_certificates(c.k), class_scoped=True),
    Case("class_eligibility", Action.VIEW_CLASS, eligibility.class_eligibility,
         lambda c, _: eligibility.class_eligibility(c.k), class_scoped=True),
    Case("session_history", Action.VIEW_CLASS, sessions.session_history,
         lambda c, _: sessions.session_history(c.k), class_scoped=True),
    Case("participant listing", Action.VIEW_RECORDS, participants.ParticipantListing.page,
         lambda c, _: participants.ParticipantListing().page(ListRequest(), 0)),
    Case("list_institutions", Action.VIEW_RECORDS, institutions.list_institutions,
         lambda c, _: institutions.list_institutions()),
    Case("find_person", Action.VIEW_RECORDS, participants.find_person,
         lambda c, _: participants.find_person("Ani")),
    Case("participant_profile", Action.VIEW_RECORDS, participant_profile.participant_profile,
         lambda c, _: participant_profile.participant_profile(c.world.participants[0].id)),
]

ROLES = ("nobody", "read_only", "other_trainer", "own_trainer", "clerk", "admin")


def _principal(role: str, ctx: Ctx) -> Principal | None:
    scenario = ctx.world.world.scenario
    return {
        "nobody": None,
        "read_only": Principal("pimpinan", "read_only"),
        "other_trainer": Principal("sari", "trainer", trainer_id=scenario.sari.id),
        "own_trainer": Principal("budi", "trainer", trainer_id=scenario.budi.id),
        "clerk": Principal("staf.sbp", "clerk"),
        "admin": Principal("admin.sbp", "admin"),
    }[role]


def _expected(case: Case, role: str) -> bool:
    if role == "nobody":
        return False
    table_role = "trainer" if role.endswith("trainer") else role
    if case.action not in ROLE_ACTIONS[table_role]:
        return False
    return table_role != "trainer" or (case.class_scoped and role == "own_trainer")


@pytest.fixture
def db_url(tmp_path):
    """The table runs on SQLite only: every rule is decided in Python before any SQL runs. The
    one rule that queries (a trainer's own classes) runs on PostgreSQL too, below."""
    return str(tmp_path / "lpks.db")


@pytest.fixture
def ctx(store, tmp_path):
    return _context(store, tmp_path)


def _context(store, tmp_path) -> "Ctx":
    world = certificate_world.build(store)
    scenario = world.world.scenario
    for row in world.world.sessions:  # Budi teaches the class; Sari teaches elsewhere
        store.save(m.SessionTrainer(session=row.id, trainer=scenario.budi.id, role=m.TrainerRole.LEAD))
    planned = store.save(m.TrainingClass(
        institution=scenario.sbp.id, program=scenario.program.id, code="SBP-JHT-2027-01",
        name="Menjahit 2027", capacity=16, status=m.ClassStatus.PLANNED,
        start_date=D(2027, 3, 1), end_date=D(2027, 12, 31)))
    return Ctx(store, world, planned, tmp_path, itertools.count(1))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_role_on_every_service(ctx, case):
    _try_every_role(ctx, case)


CLASS_SCOPED = [case for case in CASES if case.class_scoped]


@pytest.mark.postgres
@pytest.mark.parametrize("case", CLASS_SCOPED, ids=[case.name for case in CLASS_SCOPED])
def test_a_trainers_own_classes_on_postgresql(pg_schema, tmp_path, case):
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store

    store = Store.open(parse_location(pg_schema))
    try:
        with signed_in(SYSTEM_ADMIN):
            ctx = _context(store, tmp_path)
        _try_every_role(ctx, case)
    finally:
        store.close()
        m.database.initialize(None)


def _try_every_role(ctx, case) -> None:
    for role in ROLES:
        with signed_in(SYSTEM_ADMIN):
            prepared = case.prepare(ctx)
        principal = _principal(role, ctx)
        with signed_in(principal):
            if _expected(case, role):
                try:
                    case.run(ctx, prepared)
                except (PermissionDenied, NotSignedIn) as exc:
                    pytest.fail(f"{case.name}: {role} should be allowed: {exc}")
                except UserError:
                    if case.accepted_error is None:
                        raise
            else:
                expected = NotSignedIn if principal is None else PermissionDenied
                with writes_nothing(), pytest.raises(expected) as caught:
                    case.run(ctx, prepared)
                if principal is not None:
                    assert principal.username in caught.value.render("en")
                    assert caught.value.render("id") != caught.value.render("en")


def test_loading_demo_data_needs_the_right_to(store):
    from lpks_desktop.core.demo import fill_demo

    for role in ("read_only", "own_trainer"):
        principal = Principal(role, "trainer" if role == "own_trainer" else role, trainer_id=1)
        with signed_in(principal), writes_nothing(), pytest.raises(PermissionDenied):
            fill_demo(store, participants=2, seed=1)
    with signed_in(None), writes_nothing(), pytest.raises(NotSignedIn):
        fill_demo(store, participants=2, seed=1)
    with signed_in(Principal("staf.sbp", "clerk")):
        fill_demo(store, participants=2, seed=1)
    assert m.Participant.select().count() == 2


# -- every public write of the core has a case -------------------------------------------------

# A function writes when it takes the store (every database write goes through it), or when
# its name says it writes a file.
FILE_WRITER_PREFIXES = ("write_", "export_")

# Functions that write but are checked elsewhere, each with the reason.
CHECKED_ELSEWHERE = {
    "lpks_desktop.core.importing.headers.remember_mapping": "stores the mapping through set_setting",
    "lpks_desktop.core.exporting.write_table": "the file writer under export_participants/class_list",
    "lpks_desktop.core.auth.accounts.sign_in": "signing in is what lets a user act at all",
    "lpks_desktop.core.exporting.export_format": "checks a file name; writes nothing",
    "lpks_desktop.core.importing.registration.register_all": "a step of apply_import, inside its transaction",
    "lpks_desktop.core.services.record_forms.replace_children": "a step of save_program and save_trainer",
    "lpks_desktop.core.auth.accounts.create_first_admin": "first run: refused once an account exists",
    "lpks_desktop.core.demo.fill_demo": "test_loading_demo_data_needs_the_right_to",
    "lpks_desktop.core.services.audit.record": "the audit trail itself, inside each checked write",
}

SCANNED = ("services", "importing", "signing", "demo", "auth", "exporting")
# The demo's own steps run only inside fill_demo.
SKIPPED_MODULES = ("lpks_desktop.core.demo.",)


def _public_writers() -> dict[str, Callable]:
    found = {}
    root = Path(core_package.__file__).parent
    for info in pkgutil.walk_packages([str(root)], prefix="lpks_desktop.core."):
        if info.name.split(".")[2] not in SCANNED or info.name.startswith(SKIPPED_MODULES) \
                or info.ispkg and info.name != "lpks_desktop.core.demo":
            continue
        module = importlib.import_module(info.name)
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            params = [a.arg for a in node.args.args + node.args.kwonlyargs]
            if node.name.startswith(FILE_WRITER_PREFIXES) or "store" in params:
                found[f"{info.name}.{node.name}"] = getattr(module, node.name)
    return found


def test_every_public_write_is_in_the_table():
    covered = {f"{case.target.__module__}.{case.target.__name__}" for case in CASES}
    missing = sorted(name for name in _public_writers()
                     if name not in covered and name not in CHECKED_ELSEWHERE)
    assert not missing, ("services that write but have no row in the role-by-action table "
                         "(add a Case, with a require(...) at the top of the function): "
                         + ", ".join(missing))


def test_the_walk_finds_writers():
    # The walk itself must see the services, or the test above could pass by finding nothing.
    writers = _public_writers()
    assert "lpks_desktop.core.services.attendance.save_marks" in writers
    assert "lpks_desktop.core.importing.apply.apply_import" in writers
    assert len(writers) > 40
    for name in CHECKED_ELSEWHERE:
        assert name in writers or inspect.isfunction(writers.get(name)) or name.endswith("record"), name
