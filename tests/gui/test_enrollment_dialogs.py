"""The enrollment dialogs on their own: registering (found or new people), the status dialog's
choices and reason rules, Kartu Prakerja refusals beside their fields, and the print options."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime

from lpks_desktop.core import models as m
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.gui.enrollment.candidates_model import IN_CLASS
from lpks_desktop.gui.enrollment.history_dialog import HistoryDialog
from lpks_desktop.gui.enrollment.prakerja_dialog import PrakerjaDialog, to_local
from lpks_desktop.gui.enrollment.register_dialog import RegisterDialog
from lpks_desktop.gui.enrollment.selection_print import SelectionPrintDialog
from lpks_desktop.gui.enrollment.status_dialog import StatusDialog
from lpks_desktop.gui.forms.participant_form import ParticipantForm

import enrollment_world as world
from enrollment_world import accept_with, new_class, person, registered

scene, clerk, no_real_dialogs, shown = world.scene, world.clerk, world.no_real_dialogs, world.shown


def roster_row(enrollment) -> dict:
    return next(r for r in en.class_roster(m.Enrollment.get_by_id(enrollment.id).training_class_id)
                if r["enrollment_id"] == enrollment.id)


# --- registering -------------------------------------------------------------------------------


@pytest.fixture
def register(qtbot, scene):
    def make(klass) -> RegisterDialog:
        dialog = RegisterDialog(scene.store, klass.id)
        qtbot.addWidget(dialog)
        return dialog
    return make


def found(dialog: RegisterDialog) -> list[str]:
    return [dialog.model.row(r)["full_name"] for r in range(dialog.model.rowCount())]


def test_people_are_found_by_name_nik_or_phone_and_marked_when_already_in(register, scene, qtmodeltester):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Siti Aminah")
    siti = person(scene.store, "Siti Rahmawati", phone="+6281298765432")
    dialog = register(klass)
    dialog.search.setText("siti")
    dialog.run_search()
    assert found(dialog) == ["Siti Aminah", "Siti Rahmawati"]
    assert dialog.model.data(dialog.model.index(0, IN_CLASS)) == "Registered"
    # Someone already in the class is skipped: the likely choice is the next one.
    assert dialog.chosen()["full_name"] == "Siti Rahmawati" and dialog.register_button.isEnabled()
    qtmodeltester.check(dialog.model)

    for typed in (siti.nik, "0812-9876-5432"):
        dialog.search.setText(typed)
        dialog.run_search()
        assert found(dialog) == ["Siti Rahmawati"]
    dialog.search.setText("siti aminah")
    dialog.run_search()
    assert not dialog.register_button.isEnabled()  # only someone already in the class matches


def test_registering_keeps_the_dialog_open_for_the_next_person(register, scene, shown):
    klass = new_class(scene, "SBP-PKJ", funding="prakerja")
    person(scene.store, "Budi Santoso", sex="L")
    person(scene.store, "Citra Lestari")
    dialog = register(klass)
    dialog.search.setText("budi")
    dialog.run_search()
    dialog.reason.setText("Datang ke kantor")
    dialog.redeem_code.setText("pkj 0001")
    assert dialog.register_chosen()

    [enrollment] = m.Enrollment.select().where(m.Enrollment.training_class == klass.id)
    assert dialog.registered == [enrollment.id]
    assert enrollment.prakerja_redeem_code == "PKJ0001"
    assert en.status_history(enrollment.id)[0]["reason"] == "Datang ke kantor"
    assert dialog.done_label.text() == "Budi Santoso is registered. Registered in this dialog: 1."
    assert dialog.search.text() == "" and dialog.redeem_code.text() == ""
    # A Prakerja class without the person's card number: saved, with the core's warning shown.
    assert [p.code for p in shown["problems"]] == ["prakerja_card_missing"]

    dialog.search.setText("citra")
    dialog.run_search()
    assert dialog.register_chosen() and len(dialog.registered) == 2


def test_a_refusal_keeps_what_was_typed(register, scene, shown):
    klass = new_class(scene, "SBP-PKJ", funding="prakerja")
    taken = registered(scene.store, klass, "Ani Suryani")
    en.set_prakerja(scene.store, taken.id, redeem_code="PKJ0001")
    person(scene.store, "Budi Santoso", sex="L")
    dialog = register(klass)
    dialog.search.setText("budi")
    dialog.run_search()
    dialog.redeem_code.setText("PKJ0001")
    assert not dialog.register_chosen()
    assert [p.code for p in shown["problems"]] == ["redeem_code_taken"]
    assert (dialog.search.text(), dialog.redeem_code.text(), dialog.registered) == ("budi", "PKJ0001", [])
    assert m.Enrollment.select().where(m.Enrollment.training_class == klass.id).count() == 1


def test_a_new_participant_is_created_with_the_form_then_registered(register, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL")
    dialog = register(klass)
    dialog.search.setText("Yusuf Maulana")
    dialog.run_search()
    assert found(dialog) == []

    def fill(form: ParticipantForm):
        assert form.fields["full_name"].value() == "Yusuf Maulana"  # what was searched for
        form.fields["nik"].set_value("6311010101900001")
        form.fields["sex"].set_value("L")
        form.fields["birth_date"].set_value("01/01/1990")

    clerk.then(accept_with(fill))
    dialog.new_participant()
    yusuf = m.Participant.get(m.Participant.nik == "6311010101900001")
    [enrollment] = m.Enrollment.select().where(m.Enrollment.training_class == klass.id)
    assert (yusuf.full_name, enrollment.participant_id, dialog.registered) == (
        "Yusuf Maulana", yusuf.id, [enrollment.id])


def test_a_new_participant_form_cancelled_registers_nobody(register, scene, clerk):
    klass = new_class(scene, "SBP-JHT-SEL")
    dialog = register(klass)
    dialog.search.setText("6311010101900001")
    dialog.run_search()

    def look(form: ParticipantForm):
        assert form.fields["nik"].value() == "6311010101900001"  # digits go to the NIK
        form.reject()
        return 0

    clerk.then(look)
    dialog.new_participant()
    assert dialog.registered == [] and m.Participant.select().count() == 0


# --- the status dialog -------------------------------------------------------------------------


def status_dialog(qtbot, rows, usual, **options) -> StatusDialog:
    values = {"seated": 0, "capacity": 16, **options}
    dialog = StatusDialog(rows, usual, **values)
    qtbot.addWidget(dialog)
    return dialog


def row(name: str, status: str) -> dict:
    return {"enrollment_id": 1, "full_name": name, "status": status, "reserve_rank": None}


def test_usual_steps_come_first_then_corrections(qtbot):
    dialog = status_dialog(qtbot, [row("Ani", "registered")], ["passed_selection", "reserve",
                                                              "not_passed", "withdrew"])
    items = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert items == ["Passed selection", "Reserve list", "Withdrew", "Did not pass selection",
                     "", "Correction: In training", "Correction: Completed", "Correction: Dismissed"]
    assert dialog.chosen_status() == "passed_selection" and dialog.ok_button.isEnabled()
    assert dialog.windowTitle() == "Change status — Ani"


def test_the_reason_is_required_only_where_the_core_wants_one(qtbot):
    dialog = status_dialog(qtbot, [row("Ani", "enrolled")], ["completed", "withdrew", "dismissed"])
    assert dialog.ok_button.isEnabled()  # completing: a reason is welcome, not required
    assert dialog.reason_label.text() == "&Reason (optional, kept in the history):"
    dialog.status.setCurrentIndex(dialog.status.findData("dismissed"))
    assert not dialog.ok_button.isEnabled() and dialog.hint.isVisibleTo(dialog)
    assert dialog.reason_label.text() == "&Reason (required for this change):"
    dialog.reason.setPlainText("Alpa 5 kali")
    assert dialog.ok_button.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("registered"))  # a correction
    dialog.reason.setPlainText("")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() == 0


def test_a_reserve_rank_is_asked_only_for_the_reserve_list(qtbot):
    rows = [row("Ani", "registered"), row("Budi", "registered")]
    dialog = status_dialog(qtbot, rows, ["passed_selection", "reserve", "not_passed", "withdrew"],
                           next_rank=4)
    dialog.show()
    assert not dialog.rank.isVisible() and dialog.reserve_rank() is None
    dialog.status.setCurrentIndex(dialog.status.findData("reserve"))
    assert dialog.rank.isVisible() and dialog.reserve_rank() == 4
    assert dialog.windowTitle() == "Change status — 2 participants"
    assert "• Ani (Registered)\n• Budi (Registered)" in dialog.prompt.text()


def test_many_people_are_counted_beyond_the_first_eight(qtbot):
    rows = [row(f"P{n}", "registered") for n in range(12)]
    dialog = status_dialog(qtbot, rows, ["passed_selection"], seated=14, capacity=16)
    assert dialog.prompt.text().endswith("• P7 (Registered)\n… and 4 more")
    assert dialog.capacity_label.text().startswith("Only 2 of 16 seats are free; this takes 12.")


def test_a_chosen_mix_without_a_usual_step_in_common_gets_corrections_only(qtbot):
    dialog = status_dialog(qtbot, [row("Ani", "completed"), row("Budi", "withdrew")], [])
    items = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert items and all(item.startswith("Correction: ") for item in items)
    assert "Correction: Completed" not in items and "Correction: Withdrew" not in items
    assert not dialog.ok_button.isEnabled()  # corrections need a reason


# --- history -----------------------------------------------------------------------------------


def test_history_names_the_user_and_the_reason(qtbot, scene, qtmodeltester):
    from lpks_desktop.core.actor import acting_as

    klass = new_class(scene, "SBP-JHT-SEL")
    with acting_as("clerk:ani"):
        enrollment = registered(scene.store, klass, "Rina Hidayah", "reserve", reason="Kursi penuh")
    dialog = HistoryDialog(enrollment.id, "Rina Hidayah", klass.code)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(1, 4)] for r in range(model.rowCount())]
    assert rows == [["clerk:ani", "Registered", ""],
                    ["clerk:ani", "Registered → Reserve list", "Kursi penuh"]]
    assert model.data(model.index(0, 0))  # the date and time
    qtmodeltester.check(model)


# --- Kartu Prakerja ----------------------------------------------------------------------------


@pytest.fixture
def prakerja(scene):
    klass = new_class(scene, "SBP-PKJ", funding="prakerja")
    return klass, registered(scene.store, klass, "Rina Hidayah", "passed_selection")


def test_prakerja_refusals_show_beside_their_fields_and_keep_the_input(qtbot, scene, prakerja):
    klass, rina = prakerja
    other = registered(scene.store, klass, "Agus Wibowo", "passed_selection")
    en.set_prakerja(scene.store, other.id, redeem_code="PKJ0001")
    dialog = PrakerjaDialog(scene.store, roster_row(rina))
    qtbot.addWidget(dialog)
    dialog.card_number.setText("12345")
    dialog.redeem_code.setText("PKJ0001")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.saved
    assert "16 digits" in dialog.errors["card_number"].text()
    assert "already used by Agus Wibowo" in dialog.errors["redeem_code"].text()
    assert not dialog.errors["redeemed_at"].text()
    assert (dialog.card_number.text(), dialog.redeem_code.text()) == ("12345", "PKJ0001")
    assert m.Enrollment.get_by_id(rina.id).prakerja_redeem_code is None


def test_a_redemption_is_recorded_in_local_time_and_can_be_cleared(qtbot, scene, prakerja):
    _, rina = prakerja
    en.set_prakerja(scene.store, rina.id, redeem_code="PKJ0002")
    dialog = PrakerjaDialog(scene.store, roster_row(rina))
    qtbot.addWidget(dialog)
    assert not dialog.redeemed.isChecked() and not dialog.redeemed_at.isEnabled()
    dialog.redeemed.setChecked(True)
    yesterday = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=1)
    dialog.redeemed_at.setDateTime(QDateTime(yesterday.year, yesterday.month, yesterday.day,
                                             yesterday.hour, yesterday.minute, 0))
    dialog.accept()
    assert dialog.saved
    stored = m.Enrollment.get_by_id(rina.id).prakerja_redeemed_at
    assert stored.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None) == yesterday

    # Opened again untouched, the stored moment stays as it is.
    again = PrakerjaDialog(scene.store, roster_row(rina))
    qtbot.addWidget(again)
    assert again.redeemed.isChecked() and again.redeemed_at.dateTime() == to_local(stored)
    assert again.values()["redeemed_at"] is None
    again.redeemed.setChecked(False)
    again.accept()
    assert m.Enrollment.get_by_id(rina.id).prakerja_redeemed_at is None


# --- print options -----------------------------------------------------------------------------


def test_print_options_for_the_announcement(qtbot, scene):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    for n in range(7):
        registered(scene.store, klass, f"Menunggu {n}")
    dialog = SelectionPrintDialog(klass.id, "announcement", [])
    qtbot.addWidget(dialog)
    assert dialog.chosen_paper() == "A4" and dialog.enrollment_ids() is None
    assert dialog.hint.text() == ("Still waiting for a result, so not in the announcement: Menunggu 0, "
                                  "Menunggu 1, Menunggu 2, Menunggu 3, Menunggu 4 and 2 more.")
    assert dialog.ok_button.isEnabled()
    dialog.number_edit.setText(" 012/SEL/XI/2026 ")
    dialog.full_nik.setChecked(True)
    assert (dialog.number(), dialog.show_full_nik()) == ("012/SEL/XI/2026", True)
    assert dialog.suggested_name() == "Pengumuman-Seleksi-SBP-JHT-SEL.pdf"


def test_letters_need_someone_with_a_result(qtbot, scene):
    klass = new_class(scene, "SBP-JHT-SEL")
    registered(scene.store, klass, "Menunggu")
    dialog = SelectionPrintDialog(klass.id, "letters", [])
    qtbot.addWidget(dialog)
    assert dialog.everyone.isChecked() and not dialog.only_selected.isEnabled()
    assert dialog.hint.text() == "Nobody in this class has a selection result yet."
    assert not dialog.ok_button.isEnabled()


def test_one_letter_is_named_after_its_person(qtbot, scene):
    klass = new_class(scene, "SBP-JHT-SEL")
    rina = registered(scene.store, klass, "Rina Hidayah", "passed_selection")
    dialog = SelectionPrintDialog(klass.id, "letters", [roster_row(rina)])
    qtbot.addWidget(dialog)
    assert dialog.enrollment_ids() == [rina.id] and not dialog.hint.text()
    assert dialog.suggested_name() == "Surat-Seleksi-SBP-JHT-SEL-Rina Hidayah.pdf"
