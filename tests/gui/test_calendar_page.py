"""The calendar page: a week or a month by room, trainer, class or institution, with holidays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.rooms import save_room
from lpks_desktop.gui import dialogs, document_export
from lpks_desktop.gui.pages.calendar_page import CalendarPage
from lpks_desktop.gui.widgets.month_view import COUNT_ROLE, HOLIDAY_ROLE

TODAY = dt.date(2026, 12, 2)  # a Wednesday
MONDAY = dt.date(2026, 11, 30)


@dataclass
class Foundation:
    sbp: m.Institution
    stb: m.Institution
    sewing_room: m.Room
    workshop: m.Room
    budi: m.Trainer
    sari: m.Trainer
    sewing: m.TrainingClass
    welding: m.TrainingClass
    sessions: dict[str, m.ClassSession]


def add_session(store, klass, day: dt.date, start: str, end: str, trainers=(), *, room=None,
                status=m.SessionStatus.PLANNED, jp: int = 4, unit=None) -> m.ClassSession:
    row = store.save(m.ClassSession(
        training_class=klass.id, date=day, start_time=dt.time.fromisoformat(start),
        end_time=dt.time.fromisoformat(end), jp=jp, status=status, unit=unit,
        room=room.id if room else None))
    for trainer, role in trainers:
        store.save(m.SessionTrainer(session=row.id, trainer=trainer.id, role=role))
    return row


@pytest.fixture
def foundation(store) -> Foundation:
    """Two institutions; a sewing class at one, a welding class at the other, sharing a trainer."""
    sbp = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]
    stb = save_institution(store, {"code": "LPK-STB", "name": "LPK Sapta Teknik Balangan"})[0]
    sewing_room = save_room(store, {"institution": sbp.id, "name": "Ruang Jahit", "capacity": 20})[0]
    workshop = save_room(store, {"institution": stb.id, "name": "Bengkel Las", "capacity": 12})[0]
    program = save_program(
        store, {"institution": sbp.id, "code": "JHT", "name": "Menjahit Pakaian", "total_jp": 40},
        [{"code": "C.141000.001.02", "title": "Mengukur Tubuh", "jp": 20},
         {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 20}])[0]
    unit = (m.CompetencyUnit.select().where(m.CompetencyUnit.program == program.id)
            .order_by(m.CompetencyUnit.position).first())
    budi = store.save(m.Trainer(institution=sbp.id, full_name="Budi Santoso", rate_per_jp=Decimal("100000")))
    sari = store.save(m.Trainer(institution=stb.id, full_name="Sari Wulandari"))
    sewing = store.save(m.TrainingClass(
        institution=sbp.id, program=program.id, code="SBP-JHT-2026-01", name="Menjahit Angkatan 1",
        room=sewing_room.id, capacity=16, status=m.ClassStatus.RUNNING,
        start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 12, 18)))
    welding = store.save(m.TrainingClass(
        institution=stb.id, program=program.id, code="STB-LAS-2026-01", name="Las Angkatan 1",
        room=workshop.id, capacity=12, status=m.ClassStatus.RUNNING,
        start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 12, 18)))
    lead, assistant = m.TrainerRole.LEAD, m.TrainerRole.ASSISTANT
    sessions = {
        "sewing_mon": add_session(store, sewing, MONDAY, "08:00", "12:00", [(budi, lead)], unit=unit),
        "sewing_wed": add_session(store, sewing, TODAY, "08:00", "12:00", [(budi, lead), (sari, assistant)]),
        "sewing_thu_cancelled": add_session(store, sewing, dt.date(2026, 12, 3), "13:00", "16:00",
                                            [(budi, lead)], status=m.SessionStatus.CANCELLED),
        "sewing_next_week": add_session(store, sewing, dt.date(2026, 12, 7), "08:00", "12:00", [(budi, lead)]),
        "welding_tue": add_session(store, welding, dt.date(2026, 12, 1), "08:00", "11:00", [(sari, lead)]),
        # In the sewing room for once: the room's week shows two sessions side by side.
        "welding_wed_sewing_room": add_session(store, welding, TODAY, "09:00", "11:00", [(sari, lead)],
                                               room=sewing_room, jp=2),
        "welding_previous_week": add_session(store, welding, dt.date(2026, 11, 24), "08:00", "12:00",
                                             [(sari, lead)]),
    }
    return Foundation(sbp, stb, sewing_room, workshop, budi, sari, sewing, welding, sessions)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


def open_page(qtbot, store, institution_id=None) -> CalendarPage:
    page = CalendarPage(store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_institution(institution_id)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    # The first page of a process loads the holidays in the background.
    qtbot.waitUntil(lambda: not page.holidays_pending(), timeout=10_000)
    return page


def shown_ids(page: CalendarPage) -> set[int]:
    """The sessions of the week shown: on the room board for the whole institution, else in the grid."""
    if page.shows_room_board():
        return {chip.entry.session_id for chip in page.room_board.chips()}
    return {block.entry.session_id for block in page.week_view.blocks()}


def ids(foundation: Foundation, *names: str) -> set[int]:
    return {foundation.sessions[name].id for name in names}


def test_the_week_of_a_room_trainer_or_class(qtbot, store, foundation):
    page = open_page(qtbot, store)
    assert (page.kind(), page.mode()) == ("room", "week")
    assert page.range_label.text() == "30 November – 6 December 2026"
    page.set_subject(foundation.sewing_room.id)
    assert shown_ids(page) == ids(foundation, "sewing_mon", "sewing_wed", "sewing_thu_cancelled",
                                  "welding_wed_sewing_room")
    own, borrowed = (page.week_view.block_for(foundation.sessions[name].id)
                     for name in ("sewing_wed", "welding_wed_sewing_room"))
    assert own.lanes == borrowed.lanes == 2 and not own.rect.intersects(borrowed.rect)
    assert page.week_view.day_rect(2).contains(own.rect.center())
    assert page.summary_label.text().startswith("3 session")  # the cancelled one is not counted
    assert "10 JP" in page.summary_label.text() and "1 cancelled" in page.summary_label.text()

    page.set_kind("trainer")
    assert not page.print_button.isHidden()
    page.set_subject(foundation.sari.id)
    assert shown_ids(page) == ids(foundation, "sewing_wed", "welding_tue", "welding_wed_sewing_room")
    page.set_kind("class")
    page.set_subject(foundation.welding.id)
    assert page.print_button.isHidden()
    assert shown_ids(page) == ids(foundation, "welding_tue", "welding_wed_sewing_room")
    page.set_kind("all")
    assert not page.subject_box.isEnabled()
    assert len(shown_ids(page)) == 5


def test_the_institution_switcher_narrows_subjects_and_the_whole_institution_view(qtbot, store, foundation):
    page = open_page(qtbot, store, foundation.stb.id)
    assert [page.subject_box.itemText(i) for i in range(page.subject_box.count())] == ["Bengkel Las (LPK-STB)"]
    page.set_kind("all")
    assert shown_ids(page) == ids(foundation, "welding_tue", "welding_wed_sewing_room")
    page.set_institution(foundation.sbp.id)
    assert shown_ids(page) == ids(foundation, "sewing_mon", "sewing_wed", "sewing_thu_cancelled")
    page.set_kind("trainer")
    # Sari's home is STB, but she teaches at SBP too.
    names = [page.subject_box.itemText(i) for i in range(page.subject_box.count())]
    assert names == ["Budi Santoso", "Sari Wulandari"]


def test_week_navigation_by_buttons_and_keys(qtbot, store, foundation):
    page = open_page(qtbot, store)
    page.set_kind("class")
    page.set_subject(foundation.sewing.id)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.range_label.text() == "7 – 13 December 2026"
    assert shown_ids(page) == ids(foundation, "sewing_next_week")
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageUp)
    assert page.range_label.text() == "23 – 29 November 2026"
    assert shown_ids(page) == set()
    page.set_kind("room")
    page.set_subject(foundation.workshop.id)
    assert shown_ids(page) == ids(foundation, "welding_previous_week")
    qtbot.keyClick(page.week_view, Qt.Key.Key_Home)
    assert page.shown_range() == (MONDAY, dt.date(2026, 12, 6))
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.range_label.text() == "30 November – 6 December 2026"
    assert shown_ids(page) == ids(foundation, "welding_tue")


def test_month_cells_count_sessions_and_a_click_opens_that_week(qtbot, store, foundation):
    page = open_page(qtbot, store)
    page.set_kind("all")
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.mode() == "month" and page.stack.currentWidget() is page.month_view
    assert page.range_label.text() == "December 2026"
    model = page.month_view.month_model
    assert (model.rowCount(), model.columnCount()) == (5, 7)  # 30 November to 3 January
    assert model.index(0, 0).data(COUNT_ROLE) == 1  # Monday 30 November, outside the month
    assert model.index_of(TODAY).data(COUNT_ROLE) == 2
    assert model.index_of(dt.date(2026, 12, 3)).data(COUNT_ROLE) == 0  # cancelled: not counted
    assert model.index_of(TODAY).data() == "2\n2 sessions"
    assert model.index_of(dt.date(2026, 12, 25)).data(HOLIDAY_ROLE) == "Christmas Day"
    assert "08:00–12:00  SBP-JHT-2026-01" in model.index_of(TODAY).data(Qt.ItemDataRole.ToolTipRole)
    assert page.summary_label.text().startswith("4 session")  # December's own days only

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.range_label.text() == "January 2027"
    qtbot.keyClick(page.month_view, Qt.Key.Key_PageUp)
    assert page.range_label.text() == "December 2026"

    cell = page.month_view.visualRect(model.index_of(dt.date(2026, 12, 8))).center()
    qtbot.mouseClick(page.month_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.mode() == "week" and page.stack.currentWidget() is page.room_board  # the whole institution
    assert page.range_label.text() == "7 – 13 December 2026"
    assert shown_ids(page) == ids(foundation, "sewing_next_week")


def test_month_model_passes_the_model_tester(qtbot, qtmodeltester, store, foundation):
    page = open_page(qtbot, store)
    page.set_kind("all")
    page.set_mode("month")
    qtmodeltester.check(page.month_view.month_model)


def test_holidays_and_the_institutions_own_closure_days_are_named(qtbot, store, foundation):
    store.save(m.ClosureDay(institution=foundation.sbp.id, date=dt.date(2026, 12, 4), reason="Rapat yayasan"))
    page = open_page(qtbot, store, foundation.sbp.id)
    assert page.week_view.holidays() == {dt.date(2026, 12, 4): "Rapat yayasan"}
    page.set_institution(foundation.stb.id)
    assert page.week_view.holidays() == {}
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    model = page.month_view.month_model
    assert model.index_of(dt.date(2026, 12, 25)).data(HOLIDAY_ROLE) == "Christmas Day"
    assert model.index_of(dt.date(2026, 12, 4)).data(HOLIDAY_ROLE) == ""


def test_double_clicking_a_session_asks_to_open_its_class(qtbot, store, foundation):
    page = open_page(qtbot, store)
    page.set_subject(foundation.sewing_room.id)
    block = page.week_view.block_for(foundation.sessions["welding_wed_sewing_room"].id)
    with qtbot.waitSignal(page.openClass) as opened:
        qtbot.mouseDClick(page.week_view, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert opened.args == [foundation.welding.id]


def test_the_last_view_is_remembered(qtbot, store, foundation):
    page = open_page(qtbot, store)
    page.set_kind("trainer")
    page.set_subject(foundation.sari.id)
    page.set_mode("month")
    page.close()
    again = open_page(qtbot, store)
    assert (again.kind(), again.subject_id(), again.mode()) == ("trainer", foundation.sari.id, "month")
    again.set_kind("room")
    assert again.subject_id() == foundation.sewing_room.id  # the first room: none chosen before


def test_a_room_less_database_says_so_instead_of_showing_an_empty_choice(qtbot, store):
    save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})
    page = open_page(qtbot, store)
    assert page.subject_id() is None and not page.subject_box.isEnabled()
    assert page.subject_box.placeholderText() == "No rooms yet"
    assert page.week_view.empty_text == "No rooms yet" and page.week_view.blocks() == []


def test_printing_a_trainers_schedule_writes_a_pdf(qtbot, store, foundation, tmp_path, monkeypatch):
    pytest.importorskip("lpks_desktop.documents.trainer_schedule")
    journal_documents = pytest.importorskip("lpks_desktop.core.services.journal_documents")
    if not hasattr(journal_documents, "trainer_schedule_document"):
        pytest.skip("journal_documents.trainer_schedule_document is not there yet")
    page = open_page(qtbot, store)
    page.set_kind("trainer")
    page.set_subject(foundation.budi.id)
    asked = {}

    def choose(parent, title, suggested, kind):
        asked["name"] = suggested
        return str(tmp_path / suggested)

    monkeypatch.setattr(document_export, "ask_save_path", choose)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: False)
    path = page.print_schedule()
    assert asked["name"] == "Jadwal-Budi-Santoso-2026-11-30.pdf"
    with open(path, "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    page.set_mode("month")
    assert page.print_schedule().endswith("Jadwal-Budi-Santoso-2026-12.pdf")


def test_the_page_in_indonesian(qtbot, store, foundation, monkeypatch, qapp):
    from lpks_desktop.gui import i18n

    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    page = open_page(qtbot, store)
    assert page.range_label.text() == "30 November – 6 Desember 2026"
    page.set_kind("all")
    page.set_mode("month")
    model = page.month_view.month_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Senin"
    assert model.index_of(dt.date(2026, 12, 25)).data(HOLIDAY_ROLE) == "Hari Raya Natal"
    assert "08.00–12.00" in model.index_of(TODAY).data(Qt.ItemDataRole.ToolTipRole)
    page.grab()  # paints without error
