"""Who is signed in, the author of changes, and what each role may do."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.actor import acting_as, current_actor, default_actor
from lpks_desktop.core.auth.permissions import (
    ROLE_ACTIONS,
    Action,
    NotSignedIn,
    PermissionDenied,
    allowed,
    require,
    require_write,
)
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, Principal, current_principal, sign_in_as, signed_in

from class_scenario import build, session


def test_signed_in_restores_the_previous_principal_and_threads_see_it():
    budi = Principal("budi", "clerk")
    assert current_principal() == SYSTEM_ADMIN
    seen = []
    with signed_in(budi):
        thread = threading.Thread(target=lambda: seen.append(current_principal()))
        thread.start()
        thread.join()
        assert current_actor() == "budi"
        with acting_as("import:budi"):
            assert current_actor() == "import:budi"
    assert seen == [budi]
    assert current_principal() == SYSTEM_ADMIN
    with signed_in(None):
        assert current_actor() == default_actor()
    sign_in_as(None)
    assert current_principal() is None


def test_role_table_matches_the_agreed_roles():
    everything = Action.all()
    assert ROLE_ACTIONS["admin"] == everything
    assert everything - ROLE_ACTIONS["clerk"] == {
        Action.MANAGE_USERS, Action.RESTORE, Action.REVOKE_CERTIFICATES, Action.MANAGE_SIGNING_KEYS,
        Action.EDIT_SETTINGS, Action.VIEW_AUDIT}
    assert ROLE_ACTIONS["read_only"] == {Action.VIEW_RECORDS, Action.VIEW_CLASS, Action.PRINT,
                                         Action.EXPORT, Action.VIEW_AUDIT}
    assert ROLE_ACTIONS["trainer"] == {Action.VIEW_CLASS, Action.PRINT, Action.ENTER_ATTENDANCE,
                                       Action.WRITE_JOURNAL}


def test_a_trainer_acts_only_on_classes_they_teach(store):
    world = build(store)
    other = store.save(m.TrainingClass(
        institution=world.stb.id, program=world.program.id, code="STB-JHT-2026-02", name="Lain",
        capacity=10))
    budi = Principal("budi", "trainer", trainer_id=world.budi.id)
    sari = Principal("sari", "trainer", trainer_id=world.sari.id)
    assert not allowed(Action.ENTER_ATTENDANCE, class_id=world.klass.id, principal=budi)
    session(store, world.klass, dt.date(2026, 11, 3), "08:00", "12:00",
            trainers=[(world.budi, "assistant")])
    assert allowed(Action.ENTER_ATTENDANCE, class_id=world.klass.id, principal=budi)
    assert allowed(Action.PRINT, class_id=world.klass.id, principal=budi)
    assert not allowed(Action.ENTER_ATTENDANCE, class_id=other.id, principal=budi)
    assert not allowed(Action.ENTER_ATTENDANCE, principal=budi)  # no class named
    assert not allowed(Action.EDIT_SCHEDULE, class_id=world.klass.id, principal=budi)
    assert not allowed(Action.ENTER_ATTENDANCE, class_id=world.klass.id, principal=sari)
    with signed_in(sari), pytest.raises(PermissionDenied) as caught:
        require(Action.ENTER_ATTENDANCE, class_id=world.klass.id)
    assert caught.value.render("id") == (
        "Pengguna sari (instruktur) tidak berhak mengisi kehadiran untuk kelas SBP-JHT-2026-01: "
        "hanya kelas yang ia ajar.")
    assert "SBP-JHT-2026-01" in caught.value.render("en")
    with signed_in(budi):
        assert require(Action.WRITE_JOURNAL, class_id=world.klass.id) == budi


def test_refusals_name_the_user_role_and_action():
    with signed_in(Principal("ani", "read_only")), pytest.raises(PermissionDenied) as caught:
        require(Action.ENROLL)
    assert caught.value.render("en") == "User ani (read-only) may not enrol participants in classes."
    assert caught.value.render("id") == \
        "Pengguna ani (hanya-lihat) tidak berhak mendaftarkan peserta ke kelas."
    with signed_in(None), pytest.raises(NotSignedIn) as nobody:
        require(Action.VIEW_RECORDS)
    assert "sign in" in nobody.value.render("en")


def test_every_action_and_role_has_labels_in_both_languages():
    from lpks_desktop.core.auth.permissions import ACTION_LABELS, ROLE_LABELS

    assert set(ACTION_LABELS) == Action.all()
    assert set(ROLE_LABELS) == set(m.Role.values())


def test_write_backstop_by_table():
    with signed_in(Principal("ani", "read_only")):
        with pytest.raises(PermissionDenied):
            require_write("participant")
    with signed_in(Principal("budi", "trainer", trainer_id=1)):
        require_write("attendance_mark")
        require_write("class_session")  # the journal lives on the session
        with pytest.raises(PermissionDenied):
            require_write("enrollment")
    with signed_in(Principal("siti", "clerk")):
        require_write("participant")
        require_write("signing_key")  # made on the first certificate issue
        with pytest.raises(PermissionDenied):
            require_write("app_user")
    with signed_in(Principal("ani", "read_only")), pytest.raises(PermissionDenied):
        require_write("setting")
    with signed_in(None), pytest.raises(NotSignedIn):
        require_write("participant")
    for table in (model._meta.table_name for model in m.ALL_MODELS):
        require_write(table)  # the administrator may write everything
