"""Rotation keeps the newest automatic backup of each of the last 14 days, 8 weeks and 12 months."""

from __future__ import annotations

import datetime as dt

from lpks_desktop.core.backup import list_backups, rotate
from lpks_desktop.core.backup.naming import backup_name, parse_name

NOW = dt.datetime(2026, 11, 28, 21, 0, 0)  # a Saturday


def make(folder, when: dt.datetime, reason: str = "auto", encrypted: bool = False):
    path = folder / backup_name(when, reason, "sqlite", encrypted)
    path.write_bytes(b"x")
    return path


def test_a_year_of_hourly_backups_thins_out_to_the_schedule(tmp_path):
    moment = NOW - dt.timedelta(days=400)
    while moment <= NOW:
        make(tmp_path, moment)
        moment += dt.timedelta(hours=6)
    deleted = rotate(tmp_path, now=NOW)
    left = sorted(b.created_at for b in list_backups(tmp_path))
    assert deleted and all(not p.exists() for p in deleted)
    days = {t.date() for t in left if (NOW.date() - t.date()).days < 14}
    assert len(days) == 14
    # Each kept day holds only its newest backup (18:00), today's the newest of all.
    for day in days:
        assert [t for t in left if t.date() == day] == [max(t for t in left if t.date() == day)]
    assert left[-1] == max(t for t in left)
    weeks = {t.date() - dt.timedelta(days=t.weekday()) for t in left}
    assert len(weeks) >= 8
    months = {(t.year, t.month) for t in left}
    assert len(months) == 12
    assert min(left) >= dt.datetime(2025, 12, 1)
    # 14 days + up to 8 weeks + 12 months, overlapping.
    assert len(left) <= 14 + 8 + 12


def test_manual_and_before_restore_backups_are_never_deleted(tmp_path):
    old = NOW - dt.timedelta(days=900)
    manual = make(tmp_path, old, "manual")
    before = make(tmp_path, old + dt.timedelta(hours=1), "before-restore")
    auto = make(tmp_path, old + dt.timedelta(hours=2), "auto")
    make(tmp_path, NOW - dt.timedelta(hours=1), "auto")
    assert rotate(tmp_path, now=NOW) == [auto]
    assert manual.exists() and before.exists()


def test_the_newest_automatic_backup_stays_however_old(tmp_path):
    only = make(tmp_path, NOW - dt.timedelta(days=800))
    assert rotate(tmp_path, now=NOW) == []
    assert only.exists()


def test_encrypted_backups_rotate_like_plain_ones(tmp_path):
    older = make(tmp_path, NOW - dt.timedelta(hours=5), encrypted=True)
    newer = make(tmp_path, NOW - dt.timedelta(hours=1), encrypted=True)
    assert rotate(tmp_path, now=NOW) == [older]
    assert newer.exists()


def test_files_that_are_not_backups_are_left_alone(tmp_path):
    others = [tmp_path / n for n in ("lpks-backup-state.json", ".lpks-0a1b2c.partial", "notes.txt",
                                     "lpks-20200101-000000-auto.sqlite.bak")]
    for path in others:
        path.write_text("x")
    make(tmp_path, NOW)
    assert rotate(tmp_path, now=NOW) == []
    assert all(p.exists() for p in others)
    assert [b.path.name for b in list_backups(tmp_path)] == [backup_name(NOW, "auto", "sqlite", False)]


def test_names_read_back_what_they_say():
    name = backup_name(NOW, "before-restore", "postgresql", True, seq=2)
    assert name == "lpks-20261128-210000-before-restore-2.pgdump.lpksenc"
    assert parse_name(__import__("pathlib").Path(name)) == (NOW, "before-restore", "postgresql", True)
