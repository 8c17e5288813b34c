"""Labels printed on documents, in Bahasa Indonesia (default) and English, and the way
dates, times, periods and rupiah amounts are written in each."""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from ..core.i18n import LANGUAGES, Text
from ..core.validation.dates import MONTHS_EN, MONTHS_ID, format_date_en, format_date_id

LABELS: dict[str, Text] = {
    # shared
    "page_of": Text("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "no": Text("No.", "No."),
    "day_date": Text("Hari/Tanggal", "Day/Date"),
    "date": Text("Tanggal", "Date"),
    "time": Text("Waktu", "Time"),
    "room": Text("Ruang", "Room"),
    "program": Text("Program pelatihan", "Training program"),
    "class": Text("Kelas", "Class"),
    "batch": Text("Angkatan", "Batch"),
    "period": Text("Periode", "Period"),
    "trainer": Text("Instruktur", "Trainer"),
    "trainers": Text("Instruktur", "Trainers"),
    "institution": Text("Lembaga", "Institution"),
    "unit_topic": Text("Unit kompetensi / materi", "Competency unit / subject"),
    "jp": Text("JP", "JP"),
    "total": Text("Jumlah", "Total"),
    "notes": Text("Catatan", "Notes"),
    "cancelled": Text("DIBATALKAN", "CANCELLED"),
    "reason": Text("Alasan: {reason}", "Reason: {reason}"),
    "acknowledged": Text("Mengetahui,", "Acknowledged by,"),
    "prepared_by": Text("Dibuat oleh,", "Prepared by,"),
    "period_range": Text("{start} s.d. {end}", "{start} to {end}"),
    "head_default": Text("Kepala", "Head"),
    "role_lead": Text("Utama", "Lead"),
    "role_assistant": Text("Asisten", "Assistant"),
    # letterhead
    "kind_lpks": Text("Lembaga Pelatihan Kerja Swasta", "Private Job Training Institution"),
    "kind_blk": Text("Balai Latihan Kerja", "Vocational Training Centre"),
    "registration": Text("No. Registrasi: {number}", "Registration no.: {number}"),
    "license": Text("Izin Operasional: {number}", "Operating licence: {number}"),
    "business_id": Text("NIB: {number}", "NIB: {number}"),
    "phone": Text("Telp. {number}", "Phone {number}"),
    "email": Text("Email: {address}", "Email: {address}"),
    "website": Text("Laman: {address}", "Website: {address}"),
    # trainer journal
    "journal_title": Text("JURNAL INSTRUKTUR", "TRAINER JOURNAL"),
    "journal_name": Text("Jurnal Instruktur", "Trainer journal"),
    "taught": Text("Uraian materi yang diajarkan", "What was taught"),
    "jp_planned": Text("Rencana", "Planned"),
    "jp_delivered": Text("Terlaksana", "Delivered"),
    "initials": Text("Paraf", "Initials"),
    "total_jp": Text("Jumlah JP", "Total JP"),
    "journal_cancelled_note": Text(
        "Pertemuan yang dibatalkan tidak dihitung dalam jumlah JP.",
        "Cancelled sessions are not counted in the JP totals."),
    "journal_unwritten_note": Text(
        "{missing} pertemuan belum diisi jurnalnya; JP terlaksana yang sudah tercatat: "
        "{written_jp} JP dari {written} pertemuan.",
        "{missing} session(s) have no journal entry yet; JP delivered so far: "
        "{written_jp} JP over {written} session(s)."),
    # trainer schedule
    "schedule_title": Text("JADWAL MENGAJAR INSTRUKTUR", "TRAINER TEACHING SCHEDULE"),
    "schedule_name": Text("Jadwal mengajar", "Teaching schedule"),
    "role": Text("Peran", "Role"),
    "schedule_summary": Text(
        "{sessions} pertemuan; {lead_jp} JP sebagai instruktur utama, {assistant_jp} JP "
        "sebagai asisten; jumlah {total_jp} JP.",
        "{sessions} session(s); {lead_jp} JP as lead trainer, {assistant_jp} JP as "
        "assistant; {total_jp} JP in all."),
    "schedule_empty": Text("Tidak ada jadwal mengajar pada periode ini.",
                           "No teaching sessions in this period."),
    "printed_on": Text("Dicetak {date}", "Printed {date}"),
    # workload and fees
    "workload_title": Text("REKAPITULASI JAM MENGAJAR DAN HONOR INSTRUKTUR",
                           "TRAINER WORKLOAD AND FEES"),
    "workload_name": Text("Rekap honor instruktur", "Trainer workload and fees"),
    "month_line": Text("Bulan {month}", "Month: {month}"),
    "trainer_name": Text("Nama instruktur", "Trainer"),
    "home_institution": Text("Lembaga asal", "Home institution"),
    "sessions": Text("Pertemuan", "Sessions"),
    "lead_jp": Text("JP utama", "Lead JP"),
    "assistant_jp": Text("JP asisten", "Assistant JP"),
    "rate_per_jp": Text("Honor per JP", "Rate per JP"),
    "fee": Text("Jumlah honor (Rp)", "Fee (Rp)"),
    "no_rate_mark": Text("*)", "*)"),
    "no_rate_note": Text(
        "*) Belum ada tarif honor per JP, sehingga honornya belum dihitung dan tidak "
        "termasuk dalam jumlah.",
        "*) No rate per JP is set, so the fee is not calculated and is not included "
        "in the total."),
    "workload_empty": Text("Tidak ada kegiatan mengajar pada bulan ini.",
                           "No teaching in this month."),
    "xlsx_sheet": Text("Honor {year}-{month:02d}", "Fees {year}-{month:02d}"),
    # attendance sheets, grid and recap
    "sheet_title": Text("DAFTAR HADIR PESERTA", "PARTICIPANT ATTENDANCE SHEET"),
    "sheet_name": Text("Daftar hadir", "Attendance sheet"),
    "session_number": Text("Pertemuan ke-{number}", "Session {number}"),
    "continued": Text("(lanjutan)", "(continued)"),
    "participant_name": Text("Nama peserta", "Participant name"),
    "nik": Text("NIK", "NIK"),
    "signature": Text("Tanda tangan", "Signature"),
    "remarks": Text("Keterangan", "Remarks"),
    "jp_of_session": Text("{jp} JP", "{jp} JP"),
    "grid_title": Text("DAFTAR HADIR KELAS", "CLASS ATTENDANCE GRID"),
    "grid_name": Text("Daftar hadir kelas", "Class attendance grid"),
    "session_short": Text("Pertemuan", "Session"),
    "sessions_range": Text("Pertemuan {first}–{last} dari {count}",
                           "Sessions {first}–{last} of {count}"),
    "marks_legend": Text("H = hadir, I = izin, S = sakit, A = alpa; kosong = belum dicatat.",
                         "H = present, I = excused (izin), S = sick (sakit), A = absent "
                         "without notice (alpa); blank = not recorded."),
    "blank_grid_legend": Text("Isi dengan H (hadir), I (izin), S (sakit) atau A (alpa).",
                              "Fill in H (present), I (excused), S (sick) or A (absent "
                              "without notice)."),
    "not_enrolled_now": Text("tidak aktif", "inactive"),
    "no_sessions": Text("Kelas ini belum memiliki pertemuan.", "This class has no sessions yet."),
    "recap_title": Text("REKAPITULASI KEHADIRAN PESERTA", "PARTICIPANT ATTENDANCE RECAP"),
    "recap_name": Text("Rekap kehadiran", "Attendance recap"),
    "recap_as_of": Text("Keadaan per {date}", "As of {date}"),
    "not_recorded": Text("Belum dicatat", "Not recorded"),
    "not_recorded_short": Text("Blm", "N/R"),
    "jp_attended": Text("JP hadir / dihitung", "JP attended / counted"),
    "jp_attended_only": Text("JP hadir", "JP attended"),
    "jp_counted": Text("JP dihitung", "JP counted"),
    "rate": Text("Kehadiran", "Attendance"),
    "minimum": Text("Min.", "Min."),
    "minimum_long": Text("Kehadiran minimum", "Minimum attendance"),
    "verdict": Text("Status", "Status"),
    "sessions_delivered": Text("Pertemuan terlaksana", "Sessions delivered"),
    "sessions_remaining": Text("Pertemuan tersisa", "Sessions remaining"),
    "sessions_jp": Text("{sessions} pertemuan ({jp} JP)", "{sessions} ({jp} JP)"),
    "rule_line": Text("{mark} dihitung {rule}.", "{mark} is counted {rule}."),
    "rule_absent": Text("sebagai tidak hadir", "as not attended"),
    "rule_present": Text("sebagai hadir", "as attended"),
    "rule_excluded": Text("tidak masuk perhitungan (pertemuannya dikeluarkan dari JP yang "
                          "dihitung peserta itu)",
                          "as neither (the session is left out of that participant's "
                          "counted JP)"),
    "mark_excused": Text("Izin (I)", "Excused (I)"),
    "mark_sick": Text("Sakit (S)", "Sick (S)"),
    "rate_note": Text(
        "Kehadiran = JP hadir dibagi JP yang dihitung (JP pertemuan terlaksana; JP menurut "
        "jurnal instruktur bila sudah diisi, selain itu JP rencana). Persentase dibulatkan ke "
        "bawah. Pertemuan terlaksana yang belum dicatat kehadirannya dihitung tidak hadir.",
        "Attendance = JP attended over JP counted (the JP of delivered sessions: from the "
        "trainer journal when written, else as planned). Percentages are rounded down. "
        "Delivered sessions with no mark count as not attended."),
    "unmarked_note": Text(
        "Kehadiran belum lengkap dicatat pada {count} pertemuan: {dates}.",
        "Attendance is not fully recorded for {count} session(s): {dates}."),
    "no_participants": Text("Belum ada peserta.", "No participants yet."),
    "recap_sheet": Text("Rekap", "Recap"),
    "grid_sheet": Text("Presensi", "Marks"),
    "late_count": Text("Terlambat", "Late"),
}


_REGENCY_PREFIXES = ("kabupaten ", "kab. ", "kab ", "kota ")


def town(city: str) -> str:
    """The town as written before a date ("Bandung, 7 Desember 2026"): the kabupaten/kota
    name without its "Kabupaten"/"Kota" prefix."""
    city = " ".join(city.split())
    lowered = city.lower()
    for prefix in _REGENCY_PREFIXES:
        if lowered.startswith(prefix):
            return city[len(prefix):].strip()
    return city


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def label(key: str, lang: str = "id", **params) -> str:
    text = LABELS[key]
    return (text.format(**params) if params else text).render(lang)


def format_date(d: date, lang: str = "id", weekday: bool = False) -> str:
    return (format_date_en if lang == "en" else format_date_id)(d, with_weekday=weekday)


def format_time(t: time, lang: str = "id") -> str:
    """``08.00`` in Indonesian usage, ``08:00`` in English."""
    return f"{t.hour:02d}{':' if lang == 'en' else '.'}{t.minute:02d}"


def format_time_range(start: time, end: time, lang: str = "id") -> str:
    return f"{format_time(start, lang)}\u2013{format_time(end, lang)}"


def month_name(month: int, lang: str = "id") -> str:
    return (MONTHS_EN if lang == "en" else MONTHS_ID)[month - 1]


def format_month(year: int, month: int, lang: str = "id") -> str:
    return f"{month_name(month, lang)} {year}"


def format_period(start: date | None, end: date | None, lang: str = "id") -> str:
    """``7 s.d. 18 Desember 2026``: the shared month and year are written once."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return format_date(start or end, lang)
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    elif start.year == end.year:
        first = f"{start.day} {month_name(start.month, lang)}"
    else:
        first = format_date(start, lang)
    return label("period_range", lang, start=first, end=format_date(end, lang))


def format_number(value: int | Decimal, lang: str = "id", decimals: int = 0) -> str:
    """Thousands grouped with ``.`` and decimals after ``,`` in Indonesian; the other way round
    in English."""
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.translate(str.maketrans({",": ".", ".": ","}))


def format_rupiah(amount: int | Decimal | None, lang: str = "id") -> str:
    """``Rp 1.250.000``; sen are shown only when there are any. None gives an empty string,
    so an unknown amount prints blank rather than as zero."""
    if amount is None:
        return ""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    decimals = 0 if value == value.to_integral_value() else 2
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {format_number(abs(value), lang, decimals)}"
