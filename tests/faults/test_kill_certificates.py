"""SIGKILL at 30 moments of a certificate batch (issue a class's certificates, then print them
to a PDF): the database opens and passes its integrity check; either no certificate was issued
and nothing was written, or all were, numbered without gaps and each audited; at the PDF's name
there is nothing or the complete document, never a half-written file."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from lpks_desktop.core import models as m

from fault_databases import copy_database, fingerprint, integrity, started
from fault_worlds import CERTIFICATE_PEOPLE
from kill_runs import KILLS, kill_at, kill_delay


@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_certificate_batch_leaves_all_or_nothing(kill, certificate_class, tmp_path):
    folder, facts = certificate_class
    db = copy_database(folder / "template.db", tmp_path / "lpks.db")
    target = tmp_path / "out" / "sertifikat.pdf"
    target.parent.mkdir()
    run = kill_at("certificates", db, facts["class_id"], target, home=tmp_path,
                  delay=kill_delay(kill, facts["seconds"]))
    with started(db) as store:
        assert integrity(store.db) == "ok"
        issued = list(m.Certificate.select().order_by(m.Certificate.sequence_value))
        audited = m.AuditLog.select().where(m.AuditLog.action == "issue",
                                            m.AuditLog.table_name == "certificate").count()
        assert len(issued) in (0, CERTIFICATE_PEOPLE), run.describe()
        assert audited == len(issued)
        if issued:
            assert [c.sequence_value for c in issued] == list(range(1, CERTIFICATE_PEOPLE + 1))
            assert len({c.number for c in issued}) == CERTIFICATE_PEOPLE
            assert all(c.payload and c.key_id for c in issued)
        else:
            assert fingerprint(store.db) == facts["fingerprint"], "a killed batch left something behind"
            assert not target.exists(), "a PDF of certificates that were never issued"
    if target.exists():
        assert len(PdfReader(target).pages) == facts["pages"]
    if run.done:
        assert len(issued) == CERTIFICATE_PEOPLE and target.exists()
