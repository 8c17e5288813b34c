"""The lpks-desktop command as a user or a script runs it: output, exit codes, --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lpks_desktop import __version__
from lpks_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lpks_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"LPKS Desktop {__version__}"


def test_usage_errors_exit_2(tmp_path):
    assert run("no-such-command").returncode == 2
    result = run("--db", str(tmp_path / "a.db"), "demo", "--participants", "lots")
    assert result.returncode == 2 and "not a whole number" in result.stderr
    assert run("demo", "--participants", "0").returncode == 2


def test_demo_then_check_then_refuse_a_second_demo(db_url, capsys):
    assert main(["--db", db_url, "demo", "--participants", "150", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "Demo data written" in out and "participant 150" in out

    assert main(["--db", db_url, "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert report["counts"]["institution"] == 3
    assert report["counts"]["participant"] == 150
    assert report["counts"]["class_session"] > 0 and report["counts"]["attendance_mark"] > 0
    assert report["counts"]["certificate"] > 0
    assert report["schema_version"] == report["latest_schema_version"]

    assert main(["--db", db_url, "demo"]) == 1
    err = capsys.readouterr().err
    assert "already holds records" in err and "participant: 150" in err
    assert main(["--db", db_url, "check"]) == 0  # nothing half-written by the refusal
    assert "participant" in capsys.readouterr().out


def test_institutions_list_in_both_forms(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "institutions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    main(["--db", db, "demo", "--participants", "60", "--seed", "1"])
    capsys.readouterr()
    assert main(["--db", db, "institutions", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and all(row["programs"] >= 1 for row in rows)
    assert main(["--db", db, "institutions"]) == 0
    text = capsys.readouterr().out
    assert all(row["code"] in text for row in rows)


def test_check_on_a_missing_file_is_a_user_problem(tmp_path):
    result = run("--db", str(tmp_path / "missing.db"), "check")
    assert result.returncode == 1
    assert "no database" in result.stderr.lower() or "tidak ada basis data" in result.stderr.lower()
    assert not (tmp_path / "missing.db").exists()  # check never creates a database


def test_check_on_a_damaged_file_exits_1_without_traceback(tmp_path):
    path = tmp_path / "rusak.db"
    path.write_bytes(b"\x00garbage" * 4096)
    result = run("--lang", "id", "--db", str(path), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cadangan" in result.stderr  # Indonesian: restore from a backup


def test_check_reports_an_empty_database_as_fine(tmp_path):
    path = tmp_path / "kosong.db"
    path.touch()
    result = run("--db", str(path), "check", env={"LPKS_LANG": "en"})
    assert result.returncode == 0, result.stderr
    assert "empty" in result.stdout


def test_network_share_is_refused_with_a_pointer_to_postgresql():
    result = run("--db", r"\\kantor-pc\data\lpks.db", "check", env={"LPKS_LANG": "en"})
    assert result.returncode == 1
    assert "PostgreSQL" in result.stderr and "network folder" in result.stderr


def test_lpks_db_environment_variable_is_used(tmp_path):
    path = tmp_path / "env.db"
    assert run("migrate", env={"LPKS_DB": str(path)}).returncode == 0
    result = run("check", "--json", env={"LPKS_DB": str(path)})
    assert json.loads(result.stdout)["location"] == str(path)


def test_messages_follow_the_chosen_language(tmp_path):
    db = str(tmp_path / "a.db")
    indonesian = run("--lang", "id", "--db", db, "migrate")
    english = run("--lang", "en", "--db", db, "migrate")
    assert "Skema" in indonesian.stdout
    assert "schema" in english.stdout.lower() and "Skema" not in english.stdout


def test_newer_schema_is_reported_by_check(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "migrate"]) == 0
    import apsw

    conn = apsw.Connection(db)
    conn.execute("INSERT INTO schema_version VALUES (42, 'future', '2031-01-01 00:00:00', '9.9')")
    conn.close()
    capsys.readouterr()
    assert main(["--db", db, "check"]) == 1
    assert "42" in capsys.readouterr().out
    assert main(["--db", db, "demo"]) == 1
    assert "newer" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--help"], ["demo", "--help"], ["check", "--help"]])
def test_help_works(args):
    result = run(*args)
    assert result.returncode == 0 and "usage:" in result.stdout
