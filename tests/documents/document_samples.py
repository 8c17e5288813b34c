"""Sample document data shared by the document tests (plain data, no database)."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from document_checks import png_bytes
from lpks_desktop.documents.letterhead import Letterhead
from lpks_desktop.documents.trainer_journal import JournalDocument, JournalRow
from lpks_desktop.documents.trainer_schedule import ScheduleDocument, ScheduleRow
from lpks_desktop.documents.workload_report import WorkloadReport, WorkloadRow

UNITS = [("C.141000.001.02", "Menggunakan mesin jahit industri"),
         ("C.141000.002.02", "Membuat pola dasar busana wanita")]


def make_letterhead(logo: bytes | None = None) -> Letterhead:
    return Letterhead(
        name="LPK Sinar Busana Prima", kind_label="Lembaga Pelatihan Kerja Swasta",
        foundation="Yayasan Bina Karya Mandiri",
        address_lines=("Jl. Raya Soreang No. 125", "Desa Cingcin, Kec. Soreang, Kabupaten Bandung"),
        city="Kabupaten Bandung", phone="0812-3456-7890", email="info@sinarbusana.or.id",
        registration_number="VIN 3204.1.0012", license_number="563/0123/DISNAKER/2024",
        business_id="9120001234567", logo=logo, head_name="Dra. Sri Wahyuni, M.Pd.",
        head_title="Kepala LPK", code="LPK-SBP")


def journal_rows(count: int, *, cancelled: tuple[int, ...] = (), written: int | None = None,
                 start: date = date(2026, 12, 7)) -> list[JournalRow]:
    """``count`` sessions on working days; the first ``written`` have their journal filled."""
    written = count if written is None else written
    rows, day = [], start
    for index in range(count):
        number = index + 1
        code, title = UNITS[index % 2]
        is_cancelled = number in cancelled
        is_written = index < written and not is_cancelled
        rows.append(JournalRow(
            number=number, date=day, start_time=time(8), end_time=time(11, 45),
            unit_code=code, unit_title=title, topic=f"Topik {number}",
            taught=f"Materi ke-{number} diajarkan" if is_written else "",
            planned_jp=5, delivered_jp=(4 if number == 2 else 5) if is_written else None,
            status="cancelled" if is_cancelled else ("held" if is_written else "planned"),
            cancel_reason="Listrik padam" if is_cancelled else "",
            trainer_names=("Budi Santoso, S.Pd.",) if index % 2 else
            ("Budi Santoso, S.Pd.", "Rina Marlina")))
        day += timedelta(days=3 if day.weekday() == 4 else 1)
    return rows


def make_journal(rows: list[JournalRow], **changes) -> JournalDocument:
    values = dict(
        letterhead=make_letterhead(png_bytes()), class_code="SBP-MJH-2026-03",
        class_name="Menjahit Busana Wanita", program_name="Menjahit Pakaian Wanita", batch=3,
        period_start=rows[0].date if rows else None, period_end=rows[-1].date if rows else None,
        room="Ruang Jahit 1", trainer_name="Budi Santoso, S.Pd.", rows=rows,
        issued_on=date(2026, 12, 31), notes="Mesin jahit nomor 4 rusak.")
    values.update(changes)
    return JournalDocument(**values)


def make_schedule(**changes) -> ScheduleDocument:
    rows = [
        ScheduleRow(date=date(2026, 12, 1), start_time=time(8), end_time=time(11, 45),
                    institution_code="LPK-SBP", class_code="SBP-MJH-2026-03",
                    class_name="Menjahit Busana Wanita", unit_code="C.141000.001.02",
                    unit_title="Menggunakan mesin jahit industri", room="Ruang Jahit 1",
                    role="lead", jp=5),
        ScheduleRow(date=date(2026, 12, 1), start_time=time(13), end_time=time(16),
                    institution_code="BLK-SRG", class_code="SRG-LAS-2026-01",
                    class_name="Las Listrik Dasar", topic="Keselamatan kerja las",
                    room="Bengkel Las", role="assistant", jp=4),
        ScheduleRow(date=date(2026, 12, 2), start_time=time(8), end_time=time(10),
                    institution_code="LPK-SBP", class_code="SBP-MJH-2026-03",
                    class_name="Menjahit Busana Wanita", topic="Praktik", room="Ruang Jahit 1",
                    role="lead", jp=3, status="cancelled", cancel_reason="Libur daerah"),
    ]
    values = dict(letterhead=make_letterhead(), trainer_name="Budi Santoso, S.Pd.",
                  period_start=date(2026, 12, 1), period_end=date(2026, 12, 31), rows=rows,
                  issued_on=date(2026, 11, 28), home_institution="LPK-SBP")
    values.update(changes)
    return ScheduleDocument(**values)


def workload_rows(count: int = 3) -> list[WorkloadRow]:
    base = [
        WorkloadRow("Budi Santoso, S.Pd.", "LPK-SBP", 10, 40, 10, 50, Decimal("50000"),
                    Decimal("2500000")),
        WorkloadRow("Rina Marlina", "BLK-SRG", 4, 0, 16, 16, None, None),
        WorkloadRow("Agus Salim", "LPK-SBP", 6, 24, 0, 24, 125000, 3000000),
    ]
    rows = list(base[:count])
    for index in range(len(rows), count):
        rows.append(WorkloadRow(f"Instruktur {index + 1:03d}", "LPK-SBP", 5, 20, 5, 25,
                                50000, 1250000))
    return rows


def make_workload(rows: list[WorkloadRow] | None = None, **changes) -> WorkloadReport:
    values = dict(letterhead=make_letterhead(png_bytes()), year=2026, month=12,
                  rows=workload_rows() if rows is None else rows, issued_on=date(2027, 1, 2),
                  prepared_by_name="Siti Aminah", prepared_by_title="Staf Administrasi")
    values.update(changes)
    return WorkloadReport(**values)
