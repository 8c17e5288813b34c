"""The class window's participants tab as the enrollment workspace: the roster with its filters
and seats, several registrants moved at once, capacity refusals, the reserve list offered a freed
seat, Kartu Prakerja, the selection papers as real PDFs, and the message to copy."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from lpks_desktop.core import models as m
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting
from lpks_desktop.gui import document_export
from lpks_desktop.gui.enrollment import actions
from lpks_desktop.gui.enrollment.prakerja_dialog import PrakerjaDialog
from lpks_desktop.gui.enrollment.roster_model import (CARD, NAME, REASON, REDEEMED, STATUS, UNREDEEMED,
                                                      RosterModel)
from lpks_desktop.gui.enrollment.selection_print import SelectionPrintDialog
from lpks_desktop.gui.enrollment.status_dialog import StatusDialog
from lpks_desktop.gui.pages.class_participants_tab import ClassParticipantsTab
from lpks_desktop.gui.pages.class_window import ClassWindow

import enrollment_world as world
from enrollment_world import accept_with, class_scenario, click, new_class, registered, status_of

# Fixtures of the shared world, found by pytest under these names.
scene, clerk, no_real_dialogs, shown = world.scene, world.clerk, world.no_real_dialogs, world.shown

No = click(QMessageBox.StandardButton.No)
F4_POINTS = (round(215 / 25.4 * 72), round(330 / 25.4 * 72))


@pytest.fixture
def tab(qtbot, scene):
    def make(klass) -> ClassParticipantsTab:
        widget = ClassParticipantsTab(scene.store, klass.id)
        qtbot.addWidget(widget)
        widget.resize(1200, 600)
        widget.show()
        return widget
    return make


def names(tab: ClassParticipantsTab) -> list[str]:
    return [tab.model.row(r)["full_name"] for r in range(tab.model.rowCount())]


def cell(tab: ClassParticipantsTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, column), role)


def choose(tab: ClassParticipantsTab, *wanted: str) -> None:
    tab.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in wanted:
        tab.view.selectionModel().select(tab.model.index(names(tab).index(name), 0), flags)


def show_only(tab: ClassParticipantsTab, status) -> None:
    tab.filter_box.setCurrentIndex(tab.filter_box.findData(status))


# --- the roster -------------------------------------------------------------------------------


def test_the_roster_by_status_with_seats_against_capacity(tab, scene, qtmodeltester):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=3)
    registered(scene.store, klass, "Rina Hidayah", "passed_selection", reason="Nilai tes 82")
    registered(scene.store, klass, "Agus Wibowo")
    registered(scene.store, klass, "Budi Santoso", "reserve")
    registered(scene.store, klass, "Citra Lestari", "not_passed", reason="Usia di atas batas")
    registered(scene.store, klass, "Ani Suryani", "reserve")
    roster = tab(klass)

    assert names(roster) == ["Rina Hidayah", "Agus Wibowo", "Budi Santoso", "Ani Suryani", "Citra Lestari"]
    assert [cell(roster, r, STATUS) for r in range(5)] == [
        "Passed selection", "Registered", "Reserve list #1", "Reserve list #2", "Did not pass selection"]
    assert cell(roster, 0, REASON) == "Nilai tes 82"
    assert roster.seats_label.text() == "Seats: 1 of 3 taken · 2 free"
    assert roster.counts_label.text() == (
        "Passed selection: 1 · Registered: 1 · Reserve list: 2 · Did not pass selection: 1")
    assert roster.count() == 5
    # A Prakerja class's columns stay out of the way elsewhere.
    assert roster.view.isColumnHidden(CARD) and not roster.prakerja_action.isVisible()
    qtmodeltester.check(roster.model)


def test_the_status_filter_and_quick_search_narrow_the_list(tab, scene, qtmodeltester):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    registered(scene.store, klass, "Agus Wibowo", phone="+6281234567890")
    registered(scene.store, klass, "Agustina Putri", "reserve")
    roster = tab(klass)
    assert [roster.filter_box.itemText(i) for i in range(roster.filter_box.count())] == [
        "Everyone (3)", "Passed selection (1)", "Registered (1)", "Reserve list (1)"]

    show_only(roster, "reserve")
    assert names(roster) == ["Agustina Putri"]
    show_only(roster, None)
    roster.search.setText("agus")
    assert names(roster) == ["Agus Wibowo", "Agustina Putri"]
    roster.search.setText("0812-3456")  # as a clerk types a phone number
    assert names(roster) == ["Agus Wibowo"]
    qtmodeltester.check(roster.model)
    roster.search.clear()
    assert roster.model.rowCount() == 3


def test_a_prakerja_class_shows_who_has_not_redeemed(tab, scene):
    klass = new_class(scene, "SBP-PKJ", funding="prakerja")
    done = registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    en.set_prakerja(scene.store, done.id, card_number="1234567890123456", redeem_code="PKJ0001",
                    redeemed_at="2026-01-05T09:00:00")
    registered(scene.store, klass, "Agus Wibowo", "passed_selection")
    registered(scene.store, klass, "Budi Santoso")  # no seat: nothing to redeem yet
    roster = tab(klass)

    assert not roster.view.isColumnHidden(CARD) and roster.prakerja_action.isVisible()
    assert roster.seats_label.text().endswith("Prakerja: 1 not redeemed yet")
    show_only(roster, UNREDEEMED)
    assert roster.filter_box.currentText() == "Prakerja: not redeemed yet (1)"
    assert names(roster) == ["Agus Wibowo"]
    assert cell(roster, 0, REDEEMED) == "not yet"
    show_only(roster, None)
    assert cell(roster, names(roster).index("Rina Hidayah"), REDEEMED) == "5 January 2026"


def test_double_click_or_enter_opens_the_participant(tab, scene):
    klass = new_class(scene, "SBP-JHT-SEL")
    rina = registered(scene.store, klass, "Rina Hidayah")
    roster = tab(klass)
    opened = []
    roster.openParticipant.connect(opened.append)
    roster.view.activated.emit(roster.model.index(0, NAME))
    assert opened == [rina.participant_id]


def test_actions_follow_the_selection(tab, scene):
    klass = new_class(scene, "SBP-JHT-SEL")
    for name in ("Ani", "Budi", "Citra"):
        registered(scene.store, klass, name)
    roster = tab(klass)
    enabled = lambda: {a.text() for a in (roster.status_action, roster.history_action,  # noqa: E731
                                          roster.prakerja_action, roster.message_action,
                                          roster.announcement_action, roster.letters_action)
                       if a.isEnabled()}
    always = {"Print announcement…", "Print letters…"}
    assert enabled() == always
    choose(roster, "Ani")
    # Not a Prakerja class: its action is hidden (so disabled) here.
    assert enabled() == always | {"Change status…", "History", "Copy message"}
    choose(roster, "Ani", "Budi")
    assert enabled() == always | {"Change status…", "Copy message"}


# --- moving people along ------------------------------------------------------------------------


def test_twenty_chosen_pass_the_selection_together_with_one_reason(tab, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=20)
    people = [registered(scene.store, klass, f"Peserta {n:02d}") for n in range(1, 23)]
    roster = tab(klass)
    changed = []
    roster.changed.connect(lambda: changed.append(True))
    choose(roster, *[f"Peserta {n:02d}" for n in range(1, 21)])

    def decide(dialog: StatusDialog):
        assert dialog.windowTitle() == "Change status — 20 participants"
        assert dialog.chosen_status() == "passed_selection"  # the usual first step
        assert "Seats: 0 of 20 taken; this takes 20 more." == dialog.capacity_label.text()
        dialog.reason.setPlainText("Tes tertulis 12 November: nilai di atas 70")
        dialog.accept()
        return dialog.result()

    clerk.then(decide)
    roster.status_action.trigger()

    assert [status_of(p) for p in people] == ["passed_selection"] * 20 + ["registered"] * 2
    last = en.status_history(people[0].id)[-1]
    assert (last["old_status"], last["status"], last["reason"]) == (
        "registered", "passed_selection", "Tes tertulis 12 November: nilai di atas 70")
    assert roster.seats_label.text() == "Seats: 20 of 20 taken · full"
    assert len(roster.selected_ids()) == 20  # the same people stay chosen after the reload
    assert changed == [True]


def test_beyond_capacity_the_core_refuses_and_nothing_moves(tab, scene, clerk, shown):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=3)
    people = [registered(scene.store, klass, name) for name in ("Ani", "Budi", "Citra", "Dewi", "Eka")]
    roster = tab(klass)
    choose(roster, "Ani", "Budi", "Citra", "Dewi", "Eka")

    def decide(dialog: StatusDialog):
        assert dialog.capacity_label.text().startswith("Only 3 of 3 seats are free; this takes 5.")
        dialog.accept()  # the reason is optional for this step
        return dialog.result()

    clerk.then(decide)
    roster.status_action.trigger()

    assert [status_of(p) for p in people] == ["registered"] * 5
    [problem] = shown["problems"]
    assert problem.code == "class_full"
    assert "SBP-JHT-SEL is full: 3 of 3 seats are taken" in problem.message("en")


def test_a_withdrawal_offers_the_seat_to_the_first_on_the_reserve_list(tab, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=2)
    leaving = registered(scene.store, klass, "Ani Suryani", "passed_selection")
    registered(scene.store, klass, "Budi Santoso", "passed_selection")
    first = registered(scene.store, klass, "Citra Lestari", "reserve")
    second = registered(scene.store, klass, "Dewi Sartika", "reserve")
    roster = tab(klass)
    choose(roster, "Ani Suryani")

    def withdraw(dialog: StatusDialog):
        dialog.status.setCurrentIndex(dialog.status.findData("withdrew"))
        dialog.reason.setPlainText("Diterima kerja")
        dialog.accept()
        return dialog.result()

    clerk.then(withdraw).yes()
    roster.status_action.trigger()

    assert clerk.texts()[-1].startswith("A seat is free. Offer the seat to Citra Lestari (reserve #1)?")
    assert (status_of(leaving), status_of(first), status_of(second)) == (
        "withdrew", "passed_selection", "reserve")
    assert en.status_history(first.id)[-1]["reason"] == "Seat freed by Ani Suryani"
    assert roster.seats_label.text() == "Seats: 2 of 2 taken · full"


def test_saying_no_to_the_offer_leaves_the_reserve_list_alone(tab, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=1)
    leaving = registered(scene.store, klass, "Ani Suryani", "passed_selection")
    waiting = registered(scene.store, klass, "Citra Lestari", "reserve")
    roster = tab(klass)
    choose(roster, "Ani Suryani")

    def withdraw(dialog: StatusDialog):
        dialog.status.setCurrentIndex(dialog.status.findData("withdrew"))
        dialog.accept()
        return dialog.result()

    clerk.then(withdraw).then(No)
    roster.status_action.trigger()
    assert (status_of(leaving), status_of(waiting)) == ("withdrew", "reserve")
    assert m.Enrollment.get_by_id(waiting.id).reserve_rank == 1


def test_a_schedule_clash_is_saved_only_with_a_written_reason(tab, scene, clerk):
    day = dt.date(2026, 11, 9)
    class_scenario.session(scene.store, scene.klass, day, "08:00", "12:00")
    other = new_class(scene, "STB-LAS-2026-01", institution=scene.stb)
    class_scenario.session(scene.store, other, day, "10:00", "14:00", room=scene.workshop)
    seated = registered(scene.store, scene.klass, "Siti Aminah", "passed_selection")
    wanted = en.register(scene.store, seated.participant_id, other.id)[0]
    roster = tab(other)
    choose(roster, "Siti Aminah")

    def accept_clash(dialog):
        assert "SBP-JHT-2026-01" in dialog.prompt.text()
        dialog.reason.setPlainText("Ikut kelompok pagi saja")
        dialog.accept()
        return dialog.result()

    clerk.then(accept_with()).then(accept_clash)
    roster.status_action.trigger()
    assert status_of(wanted) == "passed_selection"
    assert m.ConflictOverride.select().where(m.ConflictOverride.reason == "Ikut kelompok pagi saja").exists()


def test_history_shows_every_change_with_who_and_why(tab, scene, clerk, qtmodeltester):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Rina Hidayah", "passed_selection", "enrolled", reason="Hadir")
    roster = tab(klass)
    choose(roster, "Rina Hidayah")
    seen = []

    def read(dialog):
        model = dialog.model
        seen.extend(model.data(model.index(r, 2)) for r in range(model.rowCount()))
        qtmodeltester.check(model)
        return 0

    clerk.then(read)
    roster.history_action.trigger()
    assert seen == ["Registered", "Registered → Passed selection", "Passed selection → In training"]


def test_prakerja_data_is_recorded_from_the_tab(tab, scene, clerk):
    klass = new_class(scene, "SBP-PKJ", funding="prakerja")
    rina = registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    roster = tab(klass)
    choose(roster, "Rina Hidayah")

    def fill(dialog: PrakerjaDialog):
        dialog.card_number.setText("1234 5678 9012 3456")
        dialog.redeem_code.setText("pkj-7781-ab")
        dialog.redeemed.setChecked(True)

    clerk.then(accept_with(fill))
    roster.prakerja_action.trigger()
    stored = m.Enrollment.get_by_id(rina.id)
    assert stored.prakerja_redeem_code == "PKJ7781AB" and stored.prakerja_redeemed_at is not None
    assert m.Participant.get_by_id(rina.participant_id).prakerja_card_number == "1234567890123456"
    assert roster.model.unredeemed_count() == 0


def test_registering_from_the_tab_shows_and_chooses_the_newcomer(tab, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    newcomer = world.person(scene.store, "Yusuf Maulana")
    roster = tab(klass)
    show_only(roster, "passed_selection")

    def register(dialog):
        dialog.search.setText("Yusuf")
        dialog.run_search()
        assert dialog.register_chosen()
        return 0

    clerk.then(register)
    roster.register_action.trigger()
    assert roster.filter_box.currentData() is None  # the filter would have hidden them
    [row] = roster.selected_rows()
    assert (row["participant_id"], row["status"]) == (newcomer.id, "registered")


# --- papers and messages ------------------------------------------------------------------------


@pytest.fixture
def decided(scene):
    klass = new_class(scene, "SBP-JHT-SEL", capacity=2)
    registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    registered(scene.store, klass, "Agus Wibowo", "reserve")
    registered(scene.store, klass, "Citra Lestari", "not_passed", reason="Tidak hadir tes")
    registered(scene.store, klass, "Dewi Sartika")  # still waiting
    return klass


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked, opened = [], []

    def ask_save_path(parent, title, suggested, kind):
        asked.append(suggested)
        return str(tmp_path / suggested)

    monkeypatch.setattr(document_export, "ask_save_path", ask_save_path)
    monkeypatch.setattr(document_export, "open_file", lambda path: opened.append(path) or True)
    return asked, opened, tmp_path


def test_the_announcement_is_a_pdf_on_the_institutions_paper(tab, scene, decided, clerk, save_to):
    set_setting(scene.store, DEFAULT_PAPER, "F4", scene.sbp.id)
    asked, opened, folder = save_to
    roster = tab(decided)

    def options(dialog: SelectionPrintDialog):
        assert dialog.chosen_paper() == "F4" and dialog.chosen_language() == "id"
        assert dialog.hint.text() == "Still waiting for a result, so not in the announcement: Dewi Sartika."
        dialog.accept()
        return dialog.result()

    clerk.then(options).yes()
    roster.announcement_action.trigger()
    assert asked == ["Pengumuman-Seleksi-SBP-JHT-SEL.pdf"]
    pdf = pypdf.PdfReader(str(folder / asked[0]))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == F4_POINTS
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "PENGUMUMAN HASIL SELEKSI" in text
    assert "Rina Hidayah" in text and "Agus Wibowo" in text and "Dewi Sartika" not in text
    assert opened == [str(folder / asked[0])]


def test_letters_for_the_chosen_people_one_page_each(tab, scene, decided, clerk, save_to):
    asked, _, folder = save_to
    roster = tab(decided)
    choose(roster, "Rina Hidayah", "Citra Lestari")

    def options(dialog: SelectionPrintDialog):
        assert dialog.only_selected.isChecked() and dialog.enrollment_ids() is not None
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return dialog.result()

    clerk.then(options)  # "open it now?" closed: No
    roster.letters_action.trigger()
    pdf = pypdf.PdfReader(str(folder / asked[0]))
    texts = [page.extract_text() for page in pdf.pages]
    assert len(texts) == 2
    assert "Citra Lestari" in texts[0] and "DID NOT PASS THE SELECTION" in texts[0]
    assert "Rina Hidayah" in texts[1] and "PASSED THE SELECTION" in texts[1]


def test_letters_for_someone_without_a_result_are_not_offered(tab, scene, decided, clerk, save_to):
    asked, _, _ = save_to
    roster = tab(decided)
    choose(roster, "Dewi Sartika")

    def options(dialog: SelectionPrintDialog):
        assert not dialog.ok_button.isEnabled()
        assert dialog.hint.text().startswith("No selection result yet for Dewi Sartika")
        dialog.everyone.setChecked(True)  # everyone with a result instead
        assert dialog.ok_button.isEnabled()
        dialog.only_selected.setChecked(True)
        dialog.accept()
        return dialog.result()

    clerk.then(options)
    roster.letters_action.trigger()
    assert asked == []  # nothing asked, nothing written


def test_copy_message_puts_the_text_on_the_clipboard(tab, scene, decided):
    roster = tab(decided)
    QGuiApplication.clipboard().clear()
    choose(roster, "Agus Wibowo")
    roster.message_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Yth. Agus Wibowo,") and "DAFTAR CADANGAN urutan ke-1" in text
    assert roster.note_label.text() == (
        "The message for Agus Wibowo is copied: paste it into the messaging app.")

    roster.message_english_action.trigger()
    assert QGuiApplication.clipboard().text().startswith("Dear Agus Wibowo,")


def test_copying_several_messages_leaves_out_those_who_left(tab, scene, decided, shown):
    gone = registered(scene.store, decided, "Eko Prasetyo", "withdrew", reason="Pindah kota")
    roster = tab(decided)
    choose(roster, "Rina Hidayah", "Eko Prasetyo", "Citra Lestari")
    roster.message_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Yth. Rina Hidayah," in text and "Yth. Citra Lestari," in text and "Eko" not in text
    assert "No message for Eko Prasetyo" in roster.note_label.text()
    assert status_of(gone) == "withdrew"

    choose(roster, "Eko Prasetyo")
    roster.message_action.trigger()
    assert shown["errors"] and "Eko Prasetyo" in shown["errors"][0]


# --- in the class window --------------------------------------------------------------------------


def test_the_class_window_follows_changes_made_in_the_tab(qtbot, scene, clerk):
    registered(scene.store, scene.klass, "Rina Hidayah")
    window = ClassWindow(scene.store, scene.klass.id)
    qtbot.addWidget(window)
    window.show()
    assert window.details["seats"].text() == "0 seated of 16 places"
    changed = []
    window.classChanged.connect(changed.append)
    choose(window.participants, "Rina Hidayah")
    clerk.then(accept_with())
    window.participants.status_action.trigger()
    assert window.details["seats"].text() == "1 seated of 16 places"
    assert changed == [scene.klass.id]


def test_an_empty_roster_model_keeps_the_qt_contract(qtmodeltester):
    model = RosterModel()
    qtmodeltester.check(model)
    model.set_rows([{"enrollment_id": 1, "participant_id": 1, "full_name": "A", "nik": "1",
                     "status": "registered"}])
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert actions.CLASH == "schedule_clash"
