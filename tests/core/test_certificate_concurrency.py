"""Several PCs issuing certificates at the same moment: separate processes, each with its own
connection to one database (SQLite file or PostgreSQL schema), released together.

No number may be handed out twice, a failed issue must leave no gap, and nobody may end up
with two valid certificates because two PCs issued to them at once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import certificate_world
from certificate_world import AFTER, ISSUED_ON
from lpks_desktop.core import models as m

WORKER = r"""
import json, os, sys, time
from pathlib import Path
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.store import Store
from lpks_desktop.core.services import certificates
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as

sign_in_as(SYSTEM_ADMIN)  # a process of its own: nobody is signed in yet
url, gate, mode, class_id, people, issued_on, today = sys.argv[1:8]
import datetime as dt
issued_on, today = dt.date.fromisoformat(issued_on), dt.date.fromisoformat(today)
people = json.loads(people)
store = Store.open(parse_location(url))
if mode == "fail":
    def broken(record, key):
        # Inside the transaction, after the number was taken: the issue must leave no gap.
        raise RuntimeError("signing failed for " + record.number)
    certificates._sign = broken
Path(gate, "ready-%d" % os.getpid()).touch()
deadline = time.monotonic() + 60
while not Path(gate, "go").exists():
    if time.monotonic() > deadline:
        sys.exit("never released")
    time.sleep(0.002)
results = []
batches = [[eid] for eid in people] if people else [None]
for batch in batches:
    try:
        outcome = certificates.issue_certificates(store, int(class_id), enrollment_ids=batch,
                                                  issued_on=issued_on, today=today)
        results.append(["issued", [c.number for c in outcome.issued]])
    except RuntimeError as exc:
        results.append(["failed", str(exc)])
    except UserError as exc:
        results.append(["refused", exc.render("en")])
store.close()
print(json.dumps(results))
"""


def _run_together(db_url: str, gate: Path, jobs: list[tuple[str, list[int] | None]],
                  class_id: int) -> list[list]:
    """Start one process per job, release them at once, and return what each reports."""
    gate.mkdir()
    processes = [subprocess.Popen(
        [sys.executable, "-c", WORKER, db_url, str(gate), mode, str(class_id),
         json.dumps(people or []), ISSUED_ON.isoformat(), AFTER.isoformat()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for mode, people in jobs]
    deadline = time.monotonic() + 120
    while len(list(gate.glob("ready-*"))) < len(processes):
        assert time.monotonic() < deadline, "workers did not start"
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.01)
    (gate / "go").touch()
    outputs = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0] * len(processes), [err[-3000:] for _, err in outputs]
    return [json.loads(out) for out, _ in outputs]


def _numbers_are_unbroken(institution_id: int, expected: int) -> list[m.Certificate]:
    issued = list(m.Certificate.select().where(m.Certificate.institution == institution_id)
                  .order_by(m.Certificate.sequence_value))
    assert len({c.number for c in issued}) == len(issued) == expected
    assert [c.sequence_value for c in issued] == list(range(1, expected + 1))  # no gap
    assert [c.number for c in issued] == [f"{n:03d}/LPK-SBP/CERT/XII/2026"
                                         for n in range(1, expected + 1)]
    sequence = m.NumberSequence.get(m.NumberSequence.institution == institution_id,
                                    m.NumberSequence.year == 2026)
    assert sequence.last_value == expected
    return issued


def test_processes_issuing_at_once_share_no_number_and_a_failure_leaves_no_gap(store, db_url,
                                                                               tmp_path):
    world = certificate_world.build(store, participants=20)
    ids = world.enrollment_ids()
    jobs = [("issue", ids[0:5]), ("fail", ids[5:10]), ("issue", ids[10:15]),
            ("issue", ids[15:20])]
    reports = _run_together(db_url, tmp_path / "gate", jobs, world.klass.id)
    failed = reports[1]
    assert [kind for kind, _ in failed] == ["failed"] * 5
    for report in (reports[0], reports[2], reports[3]):
        assert [kind for kind, _ in report] == ["issued"] * 5
    issued = _numbers_are_unbroken(world.institution.id, 15)
    holders = {c.enrollment_id for c in issued}
    assert holders == set(ids[0:5] + ids[10:20])
    # The failed issues took numbers inside their transactions and gave them all back.
    assert not holders & set(ids[5:10])
    # Every issue was audited once, in its own transaction.
    audited = (m.AuditLog.select().where(m.AuditLog.table_name == "certificate",
                                         m.AuditLog.action == "issue").count())
    assert audited == 15


def test_processes_issuing_to_the_same_class_give_each_person_one_certificate(store, db_url,
                                                                              tmp_path):
    world = certificate_world.build(store, participants=12)
    reports = _run_together(db_url, tmp_path / "gate", [("issue", None)] * 3, world.klass.id)
    outcomes = [report[0] for report in reports]
    winners = [numbers for kind, numbers in outcomes if kind == "issued"]
    assert winners and sum(len(numbers) for numbers in winners) == 12
    # Whoever came second found everyone served and was refused, naming the certificates held.
    for kind, text in outcomes:
        if kind == "refused":
            assert "Already holds certificate" in text
    issued = _numbers_are_unbroken(world.institution.id, 12)
    per_person = Counter(c.enrollment_id for c in issued if c.status == m.CertificateStatus.VALID)
    assert per_person == Counter(world.enrollment_ids())
