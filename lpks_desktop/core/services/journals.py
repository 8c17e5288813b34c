"""The trainer journal (jurnal instruktur): per session, what was taught and for how many JP.

Writing the journal is what marks a session as held, and the JP written here
(not the JP planned) are what trainer fees are paid on.
"""

from __future__ import annotations

import datetime as dt

from ..actor import current_actor
from ..auth.permissions import Action, require_for_sessions
from ..i18n import Text
from ..record_changes import remember_started_from
from ..models import ClassSession, SessionStatus, TrainingClass
from ..models.fields import utcnow
from ..validation import format_date_en, format_date_id
from ..validation.problems import error, warning
from .record_fields import labels
from .record_forms import Form
from .records import ValidationFailed, whole_number
from .settings import minutes_per_jp

LABELS = labels(
    taught=("Uraian materi yang diajarkan", "What was taught"),
    jp=("JP terlaksana", "JP delivered"),
    notes=("Catatan", "Notes"),
)
CANCELLED = Text(
    "Pertemuan {when_id} dibatalkan, jadi tidak punya jurnal. Pulihkan pertemuannya dulu bila "
    "ternyata tetap berlangsung.",
    "The session on {when_en} was cancelled, so it has no journal. Restore the session first if it "
    "took place after all.",
)
IN_FUTURE = Text(
    "Pertemuan {when_id} belum berlangsung; jurnal diisi setelah pertemuan.",
    "The session on {when_en} has not taken place yet; the journal is written afterwards.",
)
TOO_MANY_JP = Text(
    "JP terlaksana ({jp}) melebihi yang muat dalam waktu pertemuan {start}–{end} ({most} JP @ {minutes} menit).",
    "The JP delivered ({jp}) are more than fit in the session's time {start}–{end} ({most} JP of {minutes} minutes).",
)
NOTHING_TAUGHT = Text(
    "Tuliskan materi yang diajarkan untuk {jp} JP ini.",
    "Write what was taught in these {jp} JP.",
)
FEWER_THAN_PLANNED = Text(
    "JP terlaksana ({jp}) kurang dari rencana ({planned}). Tuliskan sebabnya di catatan.",
    "The JP delivered ({jp}) are fewer than planned ({planned}). Say why in the notes.",
)


def _when(session: ClassSession) -> dict:
    return {"when_id": format_date_id(session.date, with_weekday=True),
            "when_en": format_date_en(session.date, with_weekday=True)}


def most_jp(session: ClassSession, minutes: int | None = None) -> int:
    """JP that fit between the session's start and end."""
    minutes = minutes or minutes_per_jp()
    start = dt.datetime.combine(session.date, session.start_time)
    end = dt.datetime.combine(session.date, session.end_time)
    return int((end - start).total_seconds() // 60) // minutes


def save_journal(store, session_id: int, values: dict, today: dt.date | None = None, *,
                 loaded: ClassSession | None = None):
    """Check and save one session's journal; returns ``(session, warnings)``.

    ``values``: ``taught`` (text), ``jp`` (JP delivered), ``notes``. Saving marks the
    session held. Nothing is written when anything is refused. ``loaded``: the session as
    the journal's writer opened it; a save by someone else since then is refused.
    """
    require_for_sessions(Action.WRITE_JOURNAL, [session_id])
    today = today or dt.date.today()
    session = _as_loaded(session_id, loaded)
    if session.status == SessionStatus.CANCELLED:
        raise ValidationFailed([error("session", "session_cancelled", CANCELLED.format(**_when(session)))])
    if session.date > today:
        raise ValidationFailed([error("session", "session_in_future", IN_FUTURE.format(**_when(session)))])
    values = {"jp": values.get("jp"), "taught": values.get("taught"), "notes": values.get("notes")}
    form = Form(session, values, LABELS)
    jp = form.check("jp", whole_number, minimum=0)
    taught = form.text("taught")
    notes = form.text("notes")
    minutes = minutes_per_jp()
    if jp is not None:
        most = most_jp(session, minutes)
        if jp > most:
            form.add(error("jp", "jp_beyond_time", TOO_MANY_JP.format(
                jp=jp, most=most, minutes=minutes, start=session.start_time.strftime("%H:%M"),
                end=session.end_time.strftime("%H:%M"))))
        if jp and not taught:
            form.add(error("taught", "nothing_taught", NOTHING_TAUGHT.format(jp=jp)))
        if jp < session.jp and not notes:
            form.add(warning("notes", "fewer_than_planned",
                             FEWER_THAN_PLANNED.format(jp=jp, planned=session.jp)))
    warnings = form.finish()
    session.journal_taught = taught or ""
    session.journal_jp = jp
    session.journal_notes = notes or ""
    session.journal_by = current_actor()
    session.journal_at = utcnow()
    session.status = SessionStatus.HELD
    return store.save(session), warnings


def _as_loaded(session_id: int, loaded: ClassSession | None) -> ClassSession:
    """The stored session, carrying the version the clerk opened so that the store refuses a
    save over someone else's newer one."""
    session = ClassSession.get_by_id(session_id)
    if loaded is not None:
        session.row_version = loaded.row_version
        remember_started_from(session, loaded)
    return session


def clear_journal(store, session_id: int, *, loaded: ClassSession | None = None) -> ClassSession:
    """Take back a journal written by mistake: the session is planned again, its JP unpaid."""
    require_for_sessions(Action.WRITE_JOURNAL, [session_id])
    session = _as_loaded(session_id, loaded)
    session.journal_taught = session.journal_notes = session.journal_by = ""
    session.journal_jp = None
    session.journal_at = None
    if session.status == SessionStatus.HELD:
        session.status = SessionStatus.PLANNED
    return store.save(session)


def missing_journals(until: dt.date, institution_id: int | None = None,
                     since: dt.date | None = None) -> int:
    """Sessions that took place (up to ``until``) but have no journal yet."""
    query = (ClassSession.select().join(TrainingClass)
             .where(ClassSession.date <= until, ClassSession.journal_jp.is_null(),
                    ClassSession.status != SessionStatus.CANCELLED))
    if since is not None:
        query = query.where(ClassSession.date >= since)
    if institution_id:
        query = query.where(TrainingClass.institution == institution_id)
    return query.count()
