"""``print attendance`` and ``attendance`` on the command line: real databases, real PDFs."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest

from lpks_desktop import cli_attendance
from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.core.services.attendance_rates import VERDICTS
from lpks_desktop.core.store import Store

MM = 72 / 25.4
F4_LANDSCAPE = (330 * MM, 215 * MM)
A4_PORTRAIT = (210 * MM, 297 * MM)
AFTER_EVERYTHING = dt.date(2030, 1, 1)


@pytest.fixture
def demo_db(db_url, capsys):
    assert main(["--db", db_url, "demo", "--participants", "60", "--seed", "11"]) == 0
    capsys.readouterr()
    return db_url


@contextlib.contextmanager
def opened(db_url):
    """The database for the test's own writes, closed again before the command opens it."""
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()


def running_class(db_url, capsys) -> tuple[str, list[dict]]:
    """A running demo class with participants, and its sessions (from the schedule command)."""
    main(["--db", db_url, "classes", "--json"])
    code = next(c["code"] for c in json.loads(capsys.readouterr().out)
                if c["status"] == "running" and c["seated"] >= 3)
    main(["--db", db_url, "schedule", "--class", code, "--json"])
    return code, json.loads(capsys.readouterr().out)["sessions"]


def page_sizes(path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(str(path)).pages]


def test_one_days_sheets_on_f4_landscape(demo_db, capsys, tmp_path):
    code, sessions = running_class(demo_db, capsys)
    held = [s for s in sessions if s["status"] != "cancelled"]
    day = held[0]["date"]
    on_that_day = sum(1 for s in held if s["date"] == day)
    target = tmp_path / "hadir.pdf"

    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", code.lower(),
                 "--date", day, "--paper", "F4", "--landscape", "--nik", "--blank-rows", "3",
                 "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"{on_that_day} attendance sheets of {code}" in out and str(target) in out
    sizes = page_sizes(target)
    assert len(sizes) >= on_that_day
    for width, height in sizes:
        assert width == pytest.approx(F4_LANDSCAPE[0], abs=1) and height == pytest.approx(F4_LANDSCAPE[1], abs=1)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert code in text


def test_every_session_sheet_of_a_class_by_default(demo_db, capsys, tmp_path):
    code, sessions = running_class(demo_db, capsys)
    sheets = sum(1 for s in sessions if s["status"] != "cancelled")
    target = tmp_path / "semua.pdf"
    assert main(["--db", demo_db, "--lang", "id", "print", "attendance", "--class", code,
                 "--paper", "a4", "-o", str(target)]) == 0
    assert f"{sheets} daftar hadir kelas {code}" in capsys.readouterr().out
    sizes = page_sizes(target)
    assert len(sizes) >= sheets
    assert all(w == pytest.approx(A4_PORTRAIT[0], abs=1) and h == pytest.approx(A4_PORTRAIT[1], abs=1)
               for w, h in sizes)


def test_the_class_grid_is_landscape_unless_asked(demo_db, capsys, tmp_path):
    code, _sessions = running_class(demo_db, capsys)
    target = tmp_path / "grid.pdf"
    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", code, "--grid",
                 "--with-marks", "--paper", "F4", "-o", str(target)]) == 0
    assert f"The class grid of {code}" in capsys.readouterr().out
    sizes = page_sizes(target)
    assert sizes and all(w == pytest.approx(F4_LANDSCAPE[0], abs=1) and h == pytest.approx(F4_LANDSCAPE[1], abs=1)
                         for w, h in sizes)

    assert main(["--db", demo_db, "print", "attendance", "--class", code, "--grid", "--portrait",
                 "--paper", "F4", "-o", str(target)]) == 0
    width, height = page_sizes(target)[0]
    assert (width, height) == pytest.approx((F4_LANDSCAPE[1], F4_LANDSCAPE[0]), abs=1)


def test_a_day_without_a_session_names_the_nearest_session_dates(demo_db, capsys, tmp_path):
    code, sessions = running_class(demo_db, capsys)
    dates = sorted({dt.date.fromisoformat(s["date"]) for s in sessions if s["status"] != "cancelled"})
    gap = next(dates[n] + dt.timedelta(days=1) for n in range(len(dates) - 1)
               if dates[n + 1] - dates[n] > dt.timedelta(days=1))
    target = tmp_path / "none.pdf"
    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", code,
                 "--date", gap.isoformat(), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"has no session on {gap.strftime('%A')}" in err
    before = max(d for d in dates if d < gap)
    after = min(d for d in dates if d > gap)
    assert before.isoformat() in err and after.isoformat() in err
    assert not target.exists()


def test_a_badly_written_date_is_a_usage_error(demo_db, capsys, tmp_path):
    for bad in ("2026-13-01", "02-11-2026", "20261102"):
        with pytest.raises(SystemExit) as stopped:
            main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", "X", "--date", bad,
                  "-o", str(tmp_path / "x.pdf")])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert "not a date in the form YYYY-MM-DD" in err and bad in err


def test_usage_mistakes(demo_db, capsys, tmp_path):
    code, _ = running_class(demo_db, capsys)
    target = str(tmp_path / "x.pdf")
    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", code,
                 "--with-marks", "-o", target]) == 2
    assert "--with-marks applies only together with --grid" in capsys.readouterr().err
    for argv in (["print"], ["print", "attendance", "--class", code, "--blank-rows", "21", "-o", target],
                 ["print", "attendance", "--class", code, "--paper", "A3", "-o", target],
                 ["print", "attendance", "--class", code, "--grid", "--date", "2026-11-02", "-o", target],
                 ["print", "attendance", "--class", code]):
        with pytest.raises(SystemExit) as stopped:
            main(["--db", demo_db, "--lang", "en", *argv])
        assert stopped.value.code == 2, argv
        capsys.readouterr()


def test_a_file_that_cannot_be_written_is_a_user_problem(demo_db, capsys, tmp_path):
    code, _ = running_class(demo_db, capsys)
    target = tmp_path / "no-such-folder" / "x.pdf"
    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", code,
                 "-o", str(target)]) == 1
    assert f"Cannot write {target}" in capsys.readouterr().err


def test_an_unknown_class_names_close_codes(demo_db, capsys, tmp_path):
    code, _ = running_class(demo_db, capsys)
    wrong = "X" + code  # ends like the real codes of this year's first batches
    assert main(["--db", demo_db, "--lang", "en", "attendance", "--class", wrong]) == 1
    err = capsys.readouterr().err
    assert f'There is no class with the code "{wrong}"' in err
    assert "Perhaps:" in err and code[-7:] in err.split("Perhaps:")[1]
    assert main(["--db", demo_db, "--lang", "en", "print", "attendance", "--class", wrong,
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "There is no class" in capsys.readouterr().err


def test_rates_of_a_demo_class_as_json_and_text(demo_db, capsys):
    code, _ = running_class(demo_db, capsys)
    assert main(["--db", demo_db, "--lang", "en", "attendance", "--class", code, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["class"]["code"] == code and isinstance(found["class"]["min_pct"], int)
    people = found["participants"]
    assert people and [p["number"] for p in people] == list(range(1, len(people) + 1))
    for person in people:
        assert person["verdict"] in VERDICTS
        assert set(person["counts"]) == {"H", "I", "S", "A"}
        if person["counted_jp"]:
            expected = (1000 * person["attended_jp"] // person["counted_jp"]) / 10
            assert person["rate_pct"] == pytest.approx(expected)
    assert sum(found["summary"]["verdicts"].values()) == found["summary"]["participants"]

    assert main(["--db", demo_db, "--lang", "en", "attendance", "--class", code]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0].startswith(code)
    header = next(line for line in text if "Name" in line)
    assert all(word in header for word in (" H ", " I ", " S ", " A ", "Att./JP", "%", "Verdict"))
    assert any(people[0]["name"][:20] in line for line in text)


def test_rates_on_and_around_the_minimum(db_url, capsys, monkeypatch):
    """Five delivered sessions of 4 JP, minimum 80 %: 16 of 20 JP meets it exactly, 12 does not,
    and an excused absence left out of the total (the institution's rule) counts for nobody."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "core"))
    from class_scenario import build, session

    from lpks_desktop.core.services.settings import set_setting

    with opened(db_url) as store:
        world = build(store)
        program = world.program
        program.min_attendance_pct = 80
        store.save(program)
        sessions = [session(store, world.klass, dt.date(2026, 11, 2 + n), "08:00", "12:00", jp=4,
                            status=m.SessionStatus.HELD) for n in range(5)]
        marks = {"Ani Suryani": "HHHHA", "Budi Hartono": "HHHAA", "Citra Lestari": "HHHHI",
                 "Dedi Kurniawan": None}
        enrollments = {}
        for n, name in enumerate(marks):
            person = store.save(m.Participant(full_name=name, sex="L", nik=f"31710101000000{n + 1:02d}"))
            enrollments[name] = store.save(m.Enrollment(training_class=world.klass.id, participant=person.id,
                                                        status=m.EnrollmentStatus.ENROLLED))
        save_marks(store, world.klass.id, [
            MarkChange(s.id, enrollments[name].id, mark)
            for name, row in marks.items() if row for s, mark in zip(sessions, row)], today=AFTER_EVERYTHING)
        set_setting(store, "attendance_excused_rule", "excluded", world.sbp.id)

    assert main(["--db", db_url, "--lang", "en", "attendance", "--class", "sbp-jht-2026-01", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["rules"] == {"excused": "excluded", "sick": "absent"}
    assert (found["delivered_sessions"], found["delivered_jp"], found["remaining_jp"]) == (5, 20, 0)
    rows = {p["name"]: p for p in found["participants"]}
    assert [p["name"] for p in found["participants"]] == list(marks)  # numbered by name
    ani, budi, citra, dedi = (rows[name] for name in marks)
    assert (ani["attended_jp"], ani["counted_jp"], ani["rate_pct"], ani["verdict"], ani["eligible"]) == (
        16, 20, 80.0, "meets", True)
    assert (budi["rate_pct"], budi["verdict"], budi["eligible"]) == (60.0, "not_met", False)
    assert (citra["attended_jp"], citra["counted_jp"], citra["rate_pct"], citra["verdict"]) == (
        16, 16, 100.0, "meets")
    assert (dedi["unmarked"], dedi["attended_jp"], dedi["rate_pct"], dedi["verdict"]) == (5, 0, 0.0, "not_met")
    assert found["summary"]["verdicts"]["meets"] == 2 and found["summary"]["verdicts"]["not_met"] == 2
    assert found["unmarked_sessions"] and all(u["date"].startswith("2026-11-0") for u in found["unmarked_sessions"])

    assert main(["--db", db_url, "--lang", "id", "attendance", "--class", "SBP-JHT-2026-01"]) == 0
    text = capsys.readouterr().out
    ani_line = next(line for line in text.splitlines() if "Ani Suryani" in line)
    assert "16/20" in ani_line and "80,0" in ani_line and "Memenuhi" in ani_line
    assert "Izin: tidak ikut dihitung; sakit: dianggap tidak hadir" in text
    dedi_line = next(line for line in text.splitlines() if "Dedi Kurniawan" in line)
    assert "Tidak memenuhi" in dedi_line and "5 belum diisi" in dedi_line
    assert "Kehadiran belum lengkap diisi" in text


def test_the_print_group_takes_more_documents_later():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    group = cli_attendance.print_group(commands, lambda id_text, en_text: en_text)
    assert cli_attendance.print_group(commands, lambda id_text, en_text: en_text) is group
    cli_attendance.add_commands(commands, lambda id_text, en_text: en_text)
    group.add_parser("certificates").set_defaults(func="certificates")
    assert parser.parse_args(["print", "certificates"]).func == "certificates"
    args = parser.parse_args(["print", "attendance", "--class", "A", "-o", "x.pdf"])
    assert (args.command, args.document, args.landscape, args.paper, args.blank_rows) == (
        "print", "attendance", None, None, 0)
