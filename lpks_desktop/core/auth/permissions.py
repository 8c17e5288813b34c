"""What each role may do, and the checks every service makes before it acts.

The GUI hides what a role cannot use, but the services are the gate: the CLI,
scripts and any future front end reach the same functions, so each public
write (and each class-scoped read) starts with ``require(...)``.
"""

from __future__ import annotations

from ..errors import UserError
from ..i18n import Text
from .session import ADMIN, CLERK, READ_ONLY, TRAINER, Principal, current_principal


class Action:
    VIEW_RECORDS = "view_records"
    VIEW_CLASS = "view_class"
    EDIT_RECORDS = "edit_records"
    EDIT_PARTICIPANTS = "edit_participants"
    ENROLL = "enroll"
    EDIT_SCHEDULE = "edit_schedule"
    ENTER_ATTENDANCE = "enter_attendance"
    WRITE_JOURNAL = "write_journal"
    ENTER_ASSESSMENT = "enter_assessment"
    ISSUE_CERTIFICATES = "issue_certificates"
    REVOKE_CERTIFICATES = "revoke_certificates"
    MANAGE_SIGNING_KEYS = "manage_signing_keys"
    IMPORT = "import"
    EXPORT = "export"
    PRINT = "print"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    LOAD_DEMO = "load_demo"

    @classmethod
    def all(cls) -> frozenset[str]:
        return frozenset(v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str))


ALL_ACTIONS = Action.all()

ROLE_ACTIONS: dict[str, frozenset[str]] = {
    ADMIN: ALL_ACTIONS,
    CLERK: ALL_ACTIONS - {
        Action.MANAGE_USERS, Action.RESTORE, Action.REVOKE_CERTIFICATES,
        Action.MANAGE_SIGNING_KEYS, Action.EDIT_SETTINGS, Action.VIEW_AUDIT,
    },
    # A head of the centre or an inspector: looks, prints and takes copies.
    READ_ONLY: frozenset({
        Action.VIEW_RECORDS, Action.VIEW_CLASS, Action.PRINT, Action.EXPORT, Action.VIEW_AUDIT,
    }),
    # Only for the classes they teach: see ``_teaches``.
    TRAINER: frozenset({
        Action.VIEW_CLASS, Action.PRINT, Action.ENTER_ATTENDANCE, Action.WRITE_JOURNAL,
    }),
}

# Roles whose actions hold only for the classes the person teaches.
_CLASS_SCOPED_ROLES = frozenset({TRAINER})

ROLE_LABELS: dict[str, tuple[str, str]] = {  # (Indonesian, English)
    ADMIN: ("administrator", "administrator"),
    CLERK: ("petugas administrasi", "clerk"),
    TRAINER: ("instruktur", "trainer"),
    READ_ONLY: ("hanya-lihat", "read-only"),
}

# What is refused, as the end of "... may not <this>".
ACTION_LABELS: dict[str, tuple[str, str]] = {
    Action.VIEW_RECORDS: ("melihat data", "view the records"),
    Action.VIEW_CLASS: ("melihat kelas", "view the class"),
    Action.EDIT_RECORDS: ("mengubah data lembaga, program, ruang atau instruktur",
                          "change institutions, programs, rooms or trainers"),
    Action.EDIT_PARTICIPANTS: ("mengubah data peserta", "change participants"),
    Action.ENROLL: ("mendaftarkan peserta ke kelas", "enrol participants in classes"),
    Action.EDIT_SCHEDULE: ("mengubah kelas dan jadwal", "change classes and schedules"),
    Action.ENTER_ATTENDANCE: ("mengisi kehadiran", "enter attendance"),
    Action.WRITE_JOURNAL: ("mengisi jurnal instruktur", "write the trainer journal"),
    Action.ENTER_ASSESSMENT: ("mengisi hasil asesmen", "enter assessment results"),
    Action.ISSUE_CERTIFICATES: ("menerbitkan sertifikat", "issue certificates"),
    Action.REVOKE_CERTIFICATES: ("mencabut sertifikat", "revoke certificates"),
    Action.MANAGE_SIGNING_KEYS: ("mengelola kunci tanda tangan sertifikat",
                                 "manage certificate signing keys"),
    Action.IMPORT: ("mengimpor data", "import data"),
    Action.EXPORT: ("mengekspor data", "export data"),
    Action.PRINT: ("mencetak dokumen", "print documents"),
    Action.EDIT_SETTINGS: ("mengubah pengaturan", "change the settings"),
    Action.MANAGE_USERS: ("mengelola pengguna", "manage users"),
    Action.VIEW_AUDIT: ("melihat jejak audit", "view the audit trail"),
    Action.BACKUP: ("membuat cadangan", "make backups"),
    Action.RESTORE: ("memulihkan cadangan", "restore backups"),
    Action.LOAD_DEMO: ("mengisi data demo", "load demo data"),
}


class NotSignedIn(UserError):
    """Nobody is signed in, so nothing may be read or changed."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action."""

    def __init__(self, text: Text, *, principal: Principal, action: str, class_id: int | None = None):
        super().__init__(text)
        self.principal = principal
        self.action = action
        self.class_id = class_id


def _teaches(trainer_id: int | None, class_id: int) -> bool:
    """A trainer teaches a class when assigned (as lead or assistant) to one of its sessions."""
    if trainer_id is None:
        return False
    from ..models import ClassSession, SessionTrainer

    return (SessionTrainer.select(SessionTrainer.id)
            .join(ClassSession)
            .where(ClassSession.training_class == class_id, SessionTrainer.trainer == trainer_id)
            .exists())


def allowed(action: str, *, class_id: int | None = None, principal: Principal | None = None) -> bool:
    """Whether ``principal`` (default: who is signed in) may do ``action``, on ``class_id`` if given.

    A trainer's actions hold only for a class they teach, so a trainer is
    refused a class-scoped action when no class is named.
    """
    principal = principal if principal is not None else current_principal()
    if principal is None:
        return False
    if action not in ROLE_ACTIONS.get(principal.role, frozenset()):
        return False
    if principal.role in _CLASS_SCOPED_ROLES:
        return class_id is not None and _teaches(principal.trainer_id, class_id)
    return True


def _class_code(class_id: int) -> str:
    from ..models import TrainingClass

    row = TrainingClass.select(TrainingClass.code).where(TrainingClass.id == class_id).first()
    return row.code if row is not None else f"#{class_id}"


def _refusal(principal: Principal, action: str, class_id: int | None) -> PermissionDenied:
    role_id, role_en = ROLE_LABELS.get(principal.role, (principal.role, principal.role))
    action_id, action_en = ACTION_LABELS.get(action, (action, action))
    params = {"user": principal.username, "role_id": role_id, "role_en": role_en,
              "action_id": action_id, "action_en": action_en}
    if class_id is not None and action in ROLE_ACTIONS.get(principal.role, frozenset()):
        # The role may do this, only not on this class: say which class.
        text = Text("Pengguna {user} ({role_id}) tidak berhak {action_id} untuk kelas {class_code}: "
                    "hanya kelas yang ia ajar.",
                    "User {user} ({role_en}) may not {action_en} for class {class_code}: "
                    "only for classes they teach.",
                    {**params, "class_code": _class_code(class_id)})
    else:
        text = Text("Pengguna {user} ({role_id}) tidak berhak {action_id}.",
                    "User {user} ({role_en}) may not {action_en}.", params)
    return PermissionDenied(text, principal=principal, action=action, class_id=class_id)


def _not_signed_in(action: str) -> NotSignedIn:
    action_id, action_en = ACTION_LABELS.get(action, (action, action))
    return NotSignedIn(Text("Belum masuk (sign in): masuk dengan nama pengguna dan kata sandi untuk "
                            "{action_id}.",
                            "Not signed in: sign in with a user name and password to {action_en}.",
                            {"action_id": action_id, "action_en": action_en}))


def _scoped(principal: Principal | None) -> bool:
    return principal is not None and principal.role in _CLASS_SCOPED_ROLES


def require_for_classes(action: str, class_ids) -> Principal:
    """``require`` for every class in ``class_ids`` (an iterable, or a function returning one,
    called only for a role limited to some classes, so others pay no query)."""
    principal = current_principal()
    if not _scoped(principal):
        return require(action)
    ids = sorted(set(class_ids() if callable(class_ids) else class_ids))
    if not ids:
        return require(action)
    for class_id in ids:
        require(action, class_id=class_id)
    return principal


def require_for_sessions(action: str, session_ids) -> Principal:
    """``require`` for the classes of the given sessions."""
    def classes():
        from ..models import ClassSession

        ids = list(session_ids)
        return [c for (c,) in ClassSession.select(ClassSession.training_class)
                .where(ClassSession.id.in_(ids)).distinct().tuples()] if ids else []
    return require_for_classes(action, classes)


def require_own_trainer(action: str, trainer_id: int | None) -> Principal:
    """``require``, except that a trainer may act on their own trainer record (their schedule)."""
    principal = current_principal()
    if (_scoped(principal) and trainer_id is not None and principal.trainer_id == trainer_id
            and action in ROLE_ACTIONS.get(principal.role, frozenset())):
        return principal
    return require(action)


# Settings written as part of another action than changing the settings.
_SETTING_PREFIX_ACTIONS = (("import_mapping:", Action.IMPORT),)


def action_for_setting(key: str) -> str:
    for prefix, action in _SETTING_PREFIX_ACTIONS:
        if key.startswith(prefix):
            return action
    return Action.EDIT_SETTINGS


def require(action: str, *, class_id: int | None = None) -> Principal:
    """The signed-in principal, if they may do ``action``; otherwise raise before anything is written."""
    principal = current_principal()
    if principal is None:
        raise _not_signed_in(action)
    if not allowed(action, class_id=class_id, principal=principal):
        raise _refusal(principal, action, class_id)
    return principal


# Which actions allow writing each table, the one that covers adding or deleting its
# records first. Store.save/delete check this as a
# backstop behind the services' own checks; it cannot know the class, so a
# trainer passes it on the tables their role may write for some class.
TABLE_ACTIONS: dict[str, tuple[str, ...]] = {
    "institution": (Action.EDIT_RECORDS,),
    "closure_day": (Action.EDIT_RECORDS,),
    "program": (Action.EDIT_RECORDS,),
    "competency_unit": (Action.EDIT_RECORDS,),
    "room": (Action.EDIT_RECORDS,),
    "trainer": (Action.EDIT_RECORDS,),
    "trainer_competency": (Action.EDIT_RECORDS,),
    "trainer_certification": (Action.EDIT_RECORDS,),
    "participant": (Action.EDIT_PARTICIPANTS, Action.IMPORT),
    "training_class": (Action.EDIT_SCHEDULE,),
    "class_session": (Action.EDIT_SCHEDULE, Action.WRITE_JOURNAL),
    "session_trainer": (Action.EDIT_SCHEDULE,),
    "session_change": (Action.EDIT_SCHEDULE,),
    "conflict_override": (Action.EDIT_SCHEDULE,),
    "enrollment": (Action.ENROLL, Action.IMPORT),
    "enrollment_status_change": (Action.ENROLL, Action.IMPORT),
    "attendance_mark": (Action.ENTER_ATTENDANCE,),
    "assessment": (Action.ENTER_ASSESSMENT,),
    "number_sequence": (Action.ISSUE_CERTIFICATES,),
    "certificate": (Action.ISSUE_CERTIFICATES, Action.REVOKE_CERTIFICATES),
    # An institution's first signing key is made when its first certificate is issued.
    "signing_key": (Action.MANAGE_SIGNING_KEYS, Action.ISSUE_CERTIFICATES),
    # An import remembers its column mapping as a setting.
    "setting": (Action.EDIT_SETTINGS, Action.IMPORT),
    "app_user": (Action.MANAGE_USERS,),
}


def action_for_table(table_name: str) -> str:
    """The action that covers adding, archiving or deleting a record of ``table_name``."""
    return TABLE_ACTIONS.get(table_name, (Action.EDIT_RECORDS,))[0]


def require_write(table_name: str) -> None:
    """Refuse a save or delete on ``table_name`` that no action of the signed-in role allows."""
    actions = TABLE_ACTIONS.get(table_name, (Action.EDIT_RECORDS,))
    principal = current_principal()
    if principal is None:
        raise _not_signed_in(actions[0])
    granted = ROLE_ACTIONS.get(principal.role, frozenset())
    if not granted.intersection(actions):
        raise _refusal(principal, actions[0], None)
