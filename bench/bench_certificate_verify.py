"""Benchmark: signing and verifying certificate QR codes.

    .venv/bin/python bench/bench_certificate_verify.py [--codes 2000] [--runs 5] [--seed 1]

Part one times the pure steps on --codes random claims (names up to 200 characters):
``encode_payload`` (sign) and ``decode_payload`` plus the Ed25519 check, the part of a
verification that does not touch the database. Part two makes a new SQLite database in a
temporary folder with one institution, signs and stores --codes certificates, and times
``verify_payload`` whole (key and certificate looked up in the database).

Prints the median and max per code over --runs (after one warm-up). Target (issue 7): a
verification works offline; the part apart from the database stays under 1 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402

from lpks_desktop.core.signing.keys import raw_public_key  # noqa: E402
from lpks_desktop.core.signing.payload import (  # noqa: E402
    CertificateClaim, decode_payload, encode_payload, key_id_of)

PURE_TARGET_MS = 1.0
WORDS = ("Siti", "Nguyễn", "Thị", "Ánh", "O'Brien", "Raden", "Ajeng", "Kusumawardhani", "Putri",
         "Muhammad", "Setyaningrum", "Ékawati", "Prawirodirdjo", "Nur", "Hidayat")
PROGRAMS = ("Menjahit Pakaian Wanita", "Las Listrik SMAW 3G", "Barista", "Tata Rias Pengantin",
            "Instalasi Listrik Rumah Tinggal", "Operator Komputer Perkantoran")


def random_claims(rng: random.Random, key_id: str, count: int) -> list[CertificateClaim]:
    claims = []
    for seq in range(1, count + 1):
        name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 30)))[:200]
        start = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 300))
        claims.append(CertificateClaim(
            key_id=key_id, number=f"{seq:04d}/LPK-SBP/CERT/XI/2026", name=name,
            program=rng.choice(PROGRAMS), start_date=start, end_date=start + dt.timedelta(days=27),
            issued_on=start + dt.timedelta(days=34)))
    return claims


def timed(fn, runs: int) -> list[float]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def report(label: str, times: list[float], per: int, target_ms: float | None = None) -> None:
    median_ms = statistics.median(times) / per * 1000
    worst_ms = max(times) / per * 1000
    verdict = ""
    if target_ms is not None:
        verdict = "  ok" if median_ms < target_ms else f"  SLOWER than {target_ms} ms"
    print(f"{label:<46} median {median_ms:8.4f} ms   max {worst_ms:8.4f} ms per code{verdict}")


def pure_part(args, rng: random.Random) -> None:
    private = rng.randbytes(32)
    public = raw_public_key(private)
    claims = random_claims(rng, key_id_of(public), args.codes)
    payloads = [encode_payload(claim, private) for claim in claims]
    print(f"{args.codes} codes, {min(map(len, payloads))}-{max(map(len, payloads))} characters")

    def sign():
        for claim in claims:
            encode_payload(claim, private)

    def check():
        for payload in payloads:
            _claim, message, signature = decode_payload(payload)
            Ed25519PublicKey.from_public_bytes(public).verify(signature, message)

    report("sign (encode_payload)", timed(sign, args.runs), args.codes)
    report("decode + Ed25519 check (no database)", timed(check, args.runs), args.codes, PURE_TARGET_MS)


def database_part(args, rng: random.Random) -> None:
    from lpks_desktop.core import models as m
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.signing import claim_of, institution_key
    from lpks_desktop.core.signing.verify import verify_payload
    from lpks_desktop.core.store import Store

    with tempfile.TemporaryDirectory() as folder, \
            Store.open(parse_location(str(Path(folder) / "bench.db"))) as store:
        institution = store.save(m.Institution(code="LPK-SBP", name="LPK Sinar Busana Prima"))
        program = store.save(m.Program(institution=institution.id, code="JHT", name=PROGRAMS[0],
                                       total_jp=160))
        klass = store.save(m.TrainingClass(institution=institution.id, program=program.id,
                                           code="SBP-JHT-2026-01", name="Angkatan 1", capacity=20,
                                           start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 2, 1)))
        key = institution_key(store, institution.id)
        claims = random_claims(rng, key.key_id, args.codes)
        payloads = []
        with store.transaction():
            for seq, claim in enumerate(claims, start=1):
                person = m.Participant.create(nik=f"3171{seq:012d}", full_name=claim.name, sex="L")
                enrollment = m.Enrollment.create(training_class=klass.id, participant=person.id,
                                                 status="completed")
                record = m.Certificate(
                    enrollment=enrollment.id, institution=institution.id, number=claim.number,
                    year=2026, sequence_value=seq, issued_on=claim.issued_on,
                    participant_name=claim.name, program_name=claim.program,
                    start_date=claim.start_date, end_date=claim.end_date)
                record.payload = encode_payload(claim_of(record, key.key_id), key.private_key)
                record.key_id = key.key_id
                record.save(force_insert=True)
                payloads.append(record.payload)
        sample = rng.sample(payloads, min(len(payloads), 500))

        def verify():
            for payload in sample:
                assert verify_payload(payload).ok

        report("verify_payload (SQLite lookups included)", timed(verify, args.runs), len(sample))
        m.database.initialize(None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pure_part(args, rng)
    database_part(args, rng)


if __name__ == "__main__":
    main()
