"""Password hashing parameters, verification and the password policy."""

from __future__ import annotations

import argon2
import pytest

from lpks_desktop.core.auth import passwords


def test_hashes_are_argon2id_at_or_above_owasp_minimum():
    stored = passwords.hash_password("kain-batik-2026")
    params = argon2.extract_parameters(stored)
    assert params.type is argon2.Type.ID
    assert params.parallelism == 1
    # OWASP: m=19 MiB with t=2, or m=46 MiB with t=1 (equivalent rows trade memory for passes).
    assert (params.memory_cost >= 19456 and params.time_cost >= 2) or \
        (params.memory_cost >= 47104 and params.time_cost >= 1)
    assert "kain-batik-2026" not in stored


def test_verify_accepts_the_password_and_nothing_else():
    stored = passwords.hash_password("kain-batik-2026")
    assert passwords.verify_password(stored, "kain-batik-2026")
    assert not passwords.verify_password(stored, "kain-batik-2027")
    assert not passwords.verify_password(None, "kain-batik-2026")
    assert not passwords.verify_password("", "")
    assert not passwords.verify_password("not a hash", "kain-batik-2026")


def test_a_hash_made_with_weaker_parameters_needs_rehashing():
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("kain-batik-2026")
    assert passwords.needs_rehash(weak)
    assert passwords.verify_password(weak, "kain-batik-2026")
    assert not passwords.needs_rehash(passwords.hash_password("kain-batik-2026"))
    assert passwords.needs_rehash("$2b$12$notargon")


@pytest.mark.parametrize("password, user, count", [
    ("pendek", "budi", 1),
    ("budi.santoso", "budi.santoso", 1),
    ("BUDI.SANTOSO", "budi.santoso", 1),
    ("aaaaaaaaaaaa", "budi", 1),
    ("aaa", "budi", 2),
    ("", "budi", 1),
    ("jahit-pola-2026", "budi", 0),
])
def test_password_policy(password, user, count):
    problems = passwords.password_problems(password, user)
    assert len(problems) == count
    for problem in problems:
        assert problem.render("id") != problem.render("en")


def test_weak_password_names_every_problem_in_both_languages():
    with pytest.raises(passwords.WeakPassword) as caught:
        passwords.check_password("aaa", "budi")
    assert "10" in caught.value.render("en") and "repeated" in caught.value.render("en")
    assert "10" in caught.value.render("id") and "diulang" in caught.value.render("id")
    assert len(caught.value.problems) == 2
