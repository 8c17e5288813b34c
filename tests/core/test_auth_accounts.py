"""User accounts: first administrator, adding, locking, passwords, sign-in and lockout."""

from __future__ import annotations

import datetime as dt
import json

import argon2
import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.auth import accounts, passwords
from lpks_desktop.core.auth.permissions import Action, NotSignedIn, PermissionDenied, require
from lpks_desktop.core.auth.session import Principal, signed_in

from class_scenario import build
from record_checks import writes_nothing

ADMIN_PW = "admin-sandi-2026"
CLERK_PW = "staf-sandi-2026"
T0 = dt.datetime(2026, 11, 10, 8, 0, 0)


def _audit(action: str) -> list[m.AuditLog]:
    return list(m.AuditLog.select().where(m.AuditLog.action == action).order_by(m.AuditLog.id))


@pytest.fixture
def admin(store):
    return accounts.create_first_admin(store, "admin.sbp", ADMIN_PW, full_name="Admin SBP")


def test_no_accounts_until_someone_has_a_password(store):
    assert not accounts.has_accounts()
    store.save(m.User(username="pimpinan", role="read_only"))  # as demo data leaves users
    assert not accounts.has_accounts()
    principal = accounts.create_first_admin(store, "admin.sbp", ADMIN_PW)
    assert principal.role == "admin" and principal.username == "admin.sbp"
    assert accounts.has_accounts()
    entry = _audit("first_admin")[0]
    assert entry.username == "admin.sbp"
    assert ADMIN_PW not in entry.changes and "argon2" not in entry.changes


def test_first_admin_refused_once_an_account_exists(store, admin):
    with writes_nothing(), pytest.raises(accounts.AccountError) as caught:
        accounts.create_first_admin(store, "lain.admin", ADMIN_PW)
    assert caught.value.render("id") != caught.value.render("en")


def test_first_admin_takes_over_a_passwordless_user_of_that_name(store):
    store.save(m.User(username="admin", role="clerk", full_name="Administrator Sistem"))
    principal = accounts.create_first_admin(store, "admin", ADMIN_PW)
    assert principal.role == "admin" and principal.full_name == "Administrator Sistem"
    assert m.User.select().count() == 1


def test_add_user_checks_name_role_password_and_trainer(store, admin):
    world = build(store)
    with signed_in(admin):
        for name in ("ab", "Budi", "budi santoso", "x" * 41, "system"):
            with writes_nothing(), pytest.raises(accounts.AccountError):
                accounts.add_user(store, name, "clerk", CLERK_PW)
        with writes_nothing(), pytest.raises(passwords.WeakPassword):
            accounts.add_user(store, "staf.sbp", "clerk", "staf.sbp")
        with writes_nothing(), pytest.raises(accounts.AccountError):
            accounts.add_user(store, "staf.sbp", "boss", CLERK_PW)
        with writes_nothing(), pytest.raises(accounts.AccountError) as caught:
            accounts.add_user(store, "budi", "trainer", CLERK_PW)
        assert "trainer" in caught.value.render("en")
        accounts.add_user(store, "budi", "trainer", CLERK_PW, trainer_id=world.budi.id)
        accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW, full_name="Siti Rahmah")
        with writes_nothing(), pytest.raises(accounts.AccountError):
            accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW)
        rows = {row.username: row for row in accounts.list_users()}
    assert rows["budi"].trainer_name == "Budi Santoso"
    assert rows["staf.sbp"].full_name == "Siti Rahmah" and rows["staf.sbp"].has_password
    for entry in m.AuditLog.select():
        assert CLERK_PW not in entry.changes and "$argon2" not in entry.changes


def test_only_an_administrator_manages_users(store, admin):
    with signed_in(admin):
        accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW)
    clerk = accounts.sign_in(store, "staf.sbp", CLERK_PW)
    with signed_in(clerk):
        for call in (lambda: accounts.add_user(store, "staf.lain", "clerk", CLERK_PW),
                     lambda: accounts.lock_user(store, "admin.sbp"),
                     lambda: accounts.set_role(store, "staf.sbp", "admin"),
                     lambda: accounts.set_password(store, "admin.sbp", "baru-sandi-2026"),
                     accounts.list_users):
            with writes_nothing(), pytest.raises(PermissionDenied) as caught:
                call()
            assert "staf.sbp" in caught.value.render("en") and "clerk" in caught.value.render("en")
            assert "petugas administrasi" in caught.value.render("id")
    with signed_in(None), pytest.raises(NotSignedIn):
        accounts.list_users()


def test_sign_in_returns_the_principal_and_records_it(store, admin):
    world = build(store)
    with signed_in(admin):
        accounts.add_user(store, "budi", "trainer", CLERK_PW, trainer_id=world.budi.id, full_name="Budi")
    with signed_in(None):
        principal = accounts.sign_in(store, "budi", CLERK_PW, now=T0)
    assert principal == Principal("budi", "trainer", user_id=principal.user_id,
                                  trainer_id=world.budi.id, full_name="Budi")
    user = m.User.get(m.User.username == "budi")
    assert user.last_login_at == T0 and user.failed_logins == 0
    assert _audit("sign_in")[-1].username == "budi"


def test_unknown_user_and_wrong_password_get_the_same_answer_and_are_audited(store, admin):
    with pytest.raises(accounts.SignInFailed) as unknown:
        accounts.sign_in(store, "nobody", ADMIN_PW, now=T0)
    with pytest.raises(accounts.SignInFailed) as wrong:
        accounts.sign_in(store, "admin.sbp", "salah-sandi-2026", now=T0)
    assert type(unknown.value) is type(wrong.value) is accounts.SignInFailed
    for lang in ("id", "en"):
        assert unknown.value.render(lang) == wrong.value.render(lang)
    failures = _audit("sign_in_failed")
    assert [f.username for f in failures] == ["nobody", "admin.sbp"]
    assert all("salah-sandi" not in f.changes and ADMIN_PW not in f.changes for f in failures)
    assert m.User.get(m.User.username == "admin.sbp").failed_logins == 1


def test_lockout_lengthens_and_success_resets_the_count(store, admin):
    with signed_in(admin):
        accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW)
    now = T0

    def fail():
        with pytest.raises(accounts.SignInFailed) as caught:
            accounts.sign_in(store, "staf.sbp", "salah-sandi-2026", now=now)
        return caught.value

    for _ in range(4):
        assert type(fail()) is accounts.SignInFailed
    locked = fail()
    assert isinstance(locked, accounts.AccountLocked)
    assert locked.until == T0 + dt.timedelta(minutes=1)
    assert "2026-11-10" in locked.render("en") and "locked until" in locked.render("en")
    assert "dikunci sampai" in locked.render("id")
    # While locked even the right password is refused, and the count does not grow.
    with pytest.raises(accounts.AccountLocked):
        accounts.sign_in(store, "staf.sbp", CLERK_PW, now=now + dt.timedelta(seconds=30))
    assert m.User.get(m.User.username == "staf.sbp").failed_logins == 5

    expected = {10: dt.timedelta(minutes=5), 15: dt.timedelta(minutes=30)}
    for failures in range(6, 20):
        now = now + dt.timedelta(hours=1)
        error = fail()
        if failures in expected:
            assert error.until == now + expected[failures]
    now = now + dt.timedelta(hours=1)
    final = fail()  # the 20th
    assert isinstance(final, accounts.AccountLocked) and final.until is None
    assert "administrator" in final.render("en")
    user = m.User.get(m.User.username == "staf.sbp")
    assert not user.active and user.failed_logins == 20
    with pytest.raises(accounts.AccountLocked):
        accounts.sign_in(store, "staf.sbp", CLERK_PW, now=now + dt.timedelta(days=1))

    with signed_in(admin):
        accounts.unlock_user(store, "staf.sbp")
    user = m.User.get(m.User.username == "staf.sbp")
    assert user.active and user.failed_logins == 0 and user.locked_until is None
    fail()
    accounts.sign_in(store, "staf.sbp", CLERK_PW, now=now)
    assert m.User.get(m.User.username == "staf.sbp").failed_logins == 0


def test_the_last_administrator_is_never_locked_for_good(store, admin):
    now = T0
    for _ in range(25):
        now += dt.timedelta(hours=1)
        with pytest.raises(accounts.SignInFailed):
            accounts.sign_in(store, "admin.sbp", "salah-sandi-2026", now=now)
    user = m.User.get(m.User.username == "admin.sbp")
    assert user.active and user.locked_until == now + accounts.LAST_ADMIN_LOCK
    accounts.sign_in(store, "admin.sbp", ADMIN_PW, now=now + dt.timedelta(hours=1))


def test_failed_sign_in_is_committed_even_though_it_raises(store, admin):
    other = m.User._meta.database  # same connection: check from a fresh read after the raise
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(store, "admin.sbp", "salah-sandi-2026", now=T0)
    assert not other.in_transaction()
    assert m.User.get(m.User.username == "admin.sbp").failed_logins == 1


def test_sign_in_rehashes_a_hash_made_with_weaker_parameters(store, admin):
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(ADMIN_PW)
    m.User.update(password_hash=weak).where(m.User.username == "admin.sbp").execute()
    accounts.sign_in(store, "admin.sbp", ADMIN_PW, now=T0)
    stored = m.User.get(m.User.username == "admin.sbp").password_hash
    assert stored != weak and not passwords.needs_rehash(stored)
    assert passwords.verify_password(stored, ADMIN_PW)
    assert json.loads(_audit("sign_in")[-1].changes)["password"] == "rehashed"


def test_passwords_own_change_and_admin_reset(store, admin):
    with signed_in(admin):
        accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW)
    clerk = accounts.sign_in(store, "staf.sbp", CLERK_PW)
    with signed_in(clerk):
        with writes_nothing(), pytest.raises(accounts.AccountError):
            accounts.set_password(store, "staf.sbp", "baru-sandi-2026", current_password="salah-sandi")
        accounts.set_password(store, "staf.sbp", "baru-sandi-2026", current_password=CLERK_PW)
    accounts.sign_in(store, "staf.sbp", "baru-sandi-2026")
    assert not accounts.must_change_password("staf.sbp")
    with signed_in(admin):
        accounts.set_password(store, "staf.sbp", "reset-sandi-2026")
    accounts.sign_in(store, "staf.sbp", "reset-sandi-2026")
    if hasattr(m.User, "must_change_password"):
        assert accounts.must_change_password("staf.sbp")
    assert [e.action for e in m.AuditLog.select().where(m.AuditLog.action.startswith("password"))] == \
        ["password_change", "password_reset"]


def test_the_last_active_administrator_cannot_be_locked_demoted_or_deleted(store, admin):
    with signed_in(admin):
        for call in (lambda: accounts.lock_user(store, "admin.sbp"),
                     lambda: accounts.set_role(store, "admin.sbp", "clerk"),
                     lambda: accounts.delete_user(store, "admin.sbp")):
            with writes_nothing(), pytest.raises(accounts.AccountError) as caught:
                call()
            assert "only active administrator" in caught.value.render("en")
        accounts.add_user(store, "admin.dua", "admin", ADMIN_PW)
        accounts.set_role(store, "admin.sbp", "clerk")
        assert m.User.get(m.User.username == "admin.sbp").role == "clerk"
        with pytest.raises(accounts.AccountError):
            accounts.lock_user(store, "admin.dua")


def test_lock_and_unlock_by_administrator(store, admin):
    with signed_in(admin):
        accounts.add_user(store, "staf.sbp", "clerk", CLERK_PW)
        accounts.lock_user(store, "staf.sbp")
    with pytest.raises(accounts.AccountLocked) as caught:
        accounts.sign_in(store, "staf.sbp", CLERK_PW)
    assert "administrator" in caught.value.render("en")
    with pytest.raises(accounts.SignInFailed) as wrong:  # a wrong password says no more than usual
        accounts.sign_in(store, "staf.sbp", "salah-sandi-2026")
    assert wrong.value.render("en") == accounts.WRONG_CREDENTIALS.render("en")
    with signed_in(admin):
        accounts.unlock_user(store, "staf.sbp")
    clerk = accounts.sign_in(store, "staf.sbp", CLERK_PW)
    with signed_in(clerk):
        require(Action.ENROLL)
