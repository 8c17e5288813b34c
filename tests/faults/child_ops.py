"""One operation in a fresh Python process, for the fault tests to kill or starve.

    python tests/faults/child_ops.py OPERATION ARGS...

The child prints ``READY`` once its imports are done and its inputs loaded, just before the
operation starts writing, and ``DONE <json>`` when it finished; a killed child never prints
DONE. A refusal the user would see (``UserError``) is printed as ``REFUSED <json>`` (its
message in English) with exit code 1.

Operations (DB is a SQLite path or a PostgreSQL URL):
    import DB PLAN_PICKLE                  apply a pickled import plan
    certificates DB CLASS_ID PDF_TARGET    issue the class's certificates, then print them
    migrate DB                             open (and so upgrade) an old database
    backup DB FOLDER [PASSWORD]            make a backup into FOLDER
    restore DB BACKUP [PASSWORD]           replace DB by BACKUP
    write-loop DB SECONDS                  insert into two tables in one transaction, again and again
    full-disk-backup DB FOLDER LIMIT       a backup with every file of this process capped at LIMIT bytes
                                           (encrypted with $LPKS_FAULT_BACKUP_PASSWORD when set)
    cli LOG_DIR ARGS...                    lpks-desktop ARGS with the app's log file in LOG_DIR
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lpks_desktop.core.database import parse_location  # noqa: E402
from lpks_desktop.core.errors import UserError  # noqa: E402
from lpks_desktop.core.store import Store  # noqa: E402


def say(line: str) -> None:
    print(line, flush=True)


def done(**facts) -> None:
    say("DONE " + json.dumps(facts, default=str))


def sign_in_as_administrator() -> None:
    """The services check the role once accounts exist; this process acts as the administrator,
    as the test process does."""
    try:
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as
    except ImportError:
        return
    sign_in_as(SYSTEM_ADMIN)


def op_import(db: str, plan_file: str) -> None:
    from lpks_desktop.core.importing import apply_import

    store = Store.open(parse_location(db))
    plan = pickle.loads(Path(plan_file).read_bytes())
    say("READY")
    result = apply_import(store, plan)
    done(inserted=result.inserted, audit_id=result.audit_id)


def op_certificates(db: str, class_id: str, target: str) -> None:
    import datetime as dt

    from lpks_desktop.core.services.certificate_documents import write_certificates_pdf
    from lpks_desktop.core.services.certificates import issue_certificates

    store = Store.open(parse_location(db))
    say("READY")
    outcome = issue_certificates(store, int(class_id), today=dt.date(2026, 12, 10))
    pages = write_certificates_pdf(Path(target), int(class_id))
    done(issued=len(outcome.issued), pages=pages)


def op_migrate(db: str) -> None:
    say("READY")
    store = Store.open(parse_location(db))
    result = store.upgrade_result
    done(from_version=result.from_version, to_version=result.to_version)


def _password(args: list[str]) -> str | None:
    return args[0] if args else None


def op_backup(db: str, folder: str, *password: str) -> None:
    from lpks_desktop.core.backup import make_backup

    store = Store.open(parse_location(db))
    say("READY")
    info = make_backup(store, folder=Path(folder), password=_password(list(password)))
    done(path=str(info.path), size=info.size)


def op_restore(db: str, backup: str, *password: str) -> None:
    from lpks_desktop.core.backup import restore_backup

    location = parse_location(db)
    say("READY")
    result = restore_backup(location, Path(backup), password=_password(list(password)))
    done(kept_aside=str(getattr(result, "kept_aside", "")))


def op_write_loop(db: str, seconds: str) -> None:
    """Each round inserts one participant and one audit entry naming it in one transaction, so
    any consistent snapshot holds as many test participants as test audit entries."""
    from lpks_desktop.core.models import Participant
    from lpks_desktop.core.services import audit

    store = Store.open(parse_location(db))
    say("READY")
    deadline = time.monotonic() + float(seconds)
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        with store.transaction():
            person = Participant(full_name=f"Penulis {rounds}", nik=f"9999{rounds:012d}", sex="L")
            person.save(force_insert=True)
            audit.record("insert", "participant", person.id, {"writer_round": rounds})
    done(rounds=rounds)


def op_full_disk_backup(db: str, folder: str, limit: str) -> None:
    import resource

    from lpks_desktop.core.backup import make_backup

    store = Store.open(parse_location(db))
    # Past the limit a write fails with EFBIG instead of the process being killed by SIGXFSZ:
    # what a full disk looks like to the program.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    say("READY")
    info = make_backup(store, folder=Path(folder), password=os.environ.get("LPKS_FAULT_BACKUP_PASSWORD"))
    done(path=str(info.path), size=info.size)


def op_cli(log_dir: str, *argv: str) -> None:
    """One command line run with the app's log file on, as the desktop app has it."""
    from lpks_desktop import cli
    from lpks_desktop.gui.crash import log, setup_logging

    setup_logging(Path(log_dir))
    log.info("command: %s", " ".join(argv))
    say("READY")
    code = cli.main(list(argv))
    log.info("exit code %s", code)
    done(exit=code)


OPERATIONS = {
    "import": op_import,
    "certificates": op_certificates,
    "migrate": op_migrate,
    "backup": op_backup,
    "restore": op_restore,
    "write-loop": op_write_loop,
    "full-disk-backup": op_full_disk_backup,
    "cli": op_cli,
}


def main(argv: list[str]) -> int:
    os.environ.setdefault("LPKS_LANG", "en")
    operation, *args = argv
    if operation != "cli":  # the command line signs in by itself
        sign_in_as_administrator()
    try:
        OPERATIONS[operation](*args)
    except UserError as exc:
        say("REFUSED " + json.dumps({"message": exc.render("en"), "type": type(exc).__name__}))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
