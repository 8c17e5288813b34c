"""The audit trail screen: newest first in plain words, filters, one entry's field changes, the
integrity check off the GUI thread naming what was tampered with, and nothing to edit."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from lpks_desktop.core import models as m
from lpks_desktop.core.auth.session import Principal, signed_in
from lpks_desktop.gui.pages.audit_model import AuditModel, ChangesModel
from lpks_desktop.gui.pages.audit_page import AuditPage


@pytest.fixture
def trail(store):
    """Two people's saves: a room created and changed, a participant changed, a room deleted."""
    with signed_in(Principal("siti", m.Role.ADMIN)):
        sbp = store.save(m.Institution(code="LPK-SBP", name="LPK Sapta Bangun Persada"))
        room = store.save(m.Room(institution=sbp.id, name="Ruang Jahit", capacity=20))
        ani = store.save(m.Participant(nik="3171010100000001", full_name="Ani Suryani", sex="P",
                                       phone="+6281234567890"))
    with signed_in(Principal("rudi", m.Role.ADMIN)):
        room.capacity = 25
        store.save(room)
        ani.phone = "+6281200000000"
        ani.city = "Kota Banjarmasin"
        store.save(ani)
        spare = store.save(m.Room(institution=sbp.id, name="Gudang", capacity=2))
        store.delete(spare)
    return store


def _page(qtbot, store) -> AuditPage:
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(page: AuditPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def _entry_ids() -> list[int]:
    return [e.id for e in m.AuditLog.select().order_by(m.AuditLog.id)]


def test_entries_read_newest_first_in_plain_words(qtbot, trail):
    page = _page(qtbot, trail)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["When", "User", "Action", "Record", "Summary"]
    assert page.model.rowCount() == len(_entry_ids()) == 7
    assert page.count_label.text() == "7 entries"
    assert [page.model.record_id(r) for r in range(7)] == list(reversed(_entry_ids()))
    assert _column(page, 2) == ["Deleted", "Created", "Changed", "Changed", "Created", "Created",
                                "Created"]
    room = m.Room.get(m.Room.name == "Ruang Jahit")
    assert f"Room {room.id}" in _column(page, 3)
    assert "Capacity: 20 → 25" in _column(page, 4)
    summaries = dict(zip(_column(page, 3), _column(page, 4)))
    # The oldest entry of the participant (its creation) names the person first.
    assert summaries[f"Participant {m.Participant.get().id}"].startswith("Full name: Ani Suryani; ")
    assert "Regency/city, Phone" in _column(page, 4)
    # The time on this PC's clock, to the second.
    newest = m.AuditLog.select().order_by(m.AuditLog.id.desc()).first()
    local = newest.at.replace(tzinfo=dt.UTC).astimezone()
    assert _column(page, 0)[0].endswith(local.strftime("%H:%M:%S"))
    assert str(local.year) in _column(page, 0)[0]


def test_choosing_an_entry_shows_field_before_and_after(qtbot, trail):
    page = _page(qtbot, trail)
    update = m.AuditLog.get((m.AuditLog.action == "update") & (m.AuditLog.table_name == "participant"))
    assert page.select_id(update.id)
    rows = [[page.changes_model.index(r, c).data() for c in range(3)]
            for r in range(page.changes_model.rowCount())]
    assert rows == [["Regency/city", "", "Kota Banjarmasin"],
                    ["Phone", "+6281234567890", "+6281200000000"]]
    assert [page.changes_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] \
        == ["Field", "Before", "After"]
    title = page.detail_title.text()
    assert f"Entry no. {update.id}" in title and "by rudi" in title and "Changed" in title
    deleted = m.AuditLog.get(m.AuditLog.action == "delete")
    page.select_id(deleted.id)
    rows = {page.changes_model.index(r, 0).data(): (page.changes_model.index(r, 1).data(),
                                                     page.changes_model.index(r, 2).data())
            for r in range(page.changes_model.rowCount())}
    assert rows["Room name"] == ("Gudang", "")  # as the room form names it


def test_filters_by_user_action_record_number_date_and_search(qtbot, trail):
    page = _page(qtbot, trail)
    assert [page.user_combo.itemText(i) for i in range(page.user_combo.count())] \
        == ["All users", "rudi", "siti"]
    page.user_combo.setCurrentIndex(page.user_combo.findData("rudi"))
    assert set(_column(page, 1)) == {"rudi"} and page.model.rowCount() == 4
    page.action_combo.setCurrentIndex(page.action_combo.findData("update"))
    assert page.model.rowCount() == 2
    page.table_combo.setCurrentIndex(page.table_combo.findData("room"))
    assert _column(page, 4) == ["Capacity: 20 → 25"]
    page.user_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(0)
    room = m.Room.get(m.Room.name == "Ruang Jahit")
    qtbot.keyClicks(page.row_edit, str(room.id))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert set(_column(page, 3)) == {f"Room {room.id}"}
    page.row_edit.clear()
    page.table_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    tomorrow = QDate.currentDate().addDays(1)
    page.date_from.setDate(tomorrow)
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 entries"
    page.date_from.setDate(page.date_from.minimumDate())
    page.date_to.setDate(QDate.currentDate().addDays(-1))
    assert page.model.rowCount() == 0
    page.date_to.setDate(QDate.currentDate())
    assert page.model.rowCount() == 7
    qtbot.keyClicks(page.search, "Banjarmasin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _column(page, 3) == [f"Participant {m.Participant.get().id}"]


def _tamper(store, *statements: str) -> None:
    """As someone with a database tool would: drop the guards, then edit."""
    if isinstance(store.db, peewee.PostgresqlDatabase):
        drops = ['DROP TRIGGER "audit_log_no_change" ON "audit_log"']
    else:
        drops = ['DROP TRIGGER "audit_log_no_update"', 'DROP TRIGGER "audit_log_no_delete"']
    with store.db.atomic():
        for statement in (*drops, *statements):
            store.db.execute_sql(statement)


def test_the_integrity_check_says_intact_then_names_what_was_tampered_with(qtbot, trail):
    page = _page(qtbot, trail)
    report = page.check_integrity()
    assert report.ok and report.checked == 7
    assert "intact: 7 entries checked" in page.verdict.text()
    ids = _entry_ids()
    _tamper(trail, f"""UPDATE "audit_log" SET "username" = 'siti' WHERE "id" = {ids[3]}""",
            f'DELETE FROM "audit_log" WHERE "id" = {ids[5]}')
    page.refresh()
    report = page.check_integrity()
    assert not report.ok and report.first_bad_id == ids[3]
    text = page.verdict.text()
    assert "tampered with" in text
    assert f"Entry no. {ids[3]}" in text and "by siti) was altered" in text
    assert f"Entry no. {ids[5]} was deleted" in text
    # The first entry concerned is chosen, so its changes are in view.
    assert page.selected_id() == ids[3]


def test_the_page_offers_nothing_to_edit(qtbot, trail):
    page = _page(qtbot, trail)
    for view in (page.table, page.detail):
        assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    buttons = [b.text().replace("&", "") for b in page.findChildren(QPushButton)]
    assert buttons == ["Check integrity"]
    page.select_id(_entry_ids()[0])
    for model in (page.model, page.changes_model):
        index = model.index(0, 1)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(index, "x")


def test_a_clerk_is_told_the_trail_is_not_for_their_role(qtbot, trail):
    with signed_in(Principal("ani", m.Role.CLERK)):
        page = _page(qtbot, trail)
        assert page.refused.isVisible() and "may not view the audit trail" in page.refused.text()
        assert page.model.rowCount() == 0 and not page.check_button.isEnabled()
        assert page.check_integrity() is None
    with signed_in(Principal("kepala", m.Role.READ_ONLY)):
        page = _page(qtbot, trail)
        assert not page.refused.isVisible() and page.model.rowCount() == 7


def test_the_models_keep_the_qt_model_contract(qtmodeltester, trail):
    model = AuditModel()
    model.set_filters(username="rudi")
    model.reload()
    qtmodeltester.check(model)
    changes = ChangesModel()
    update = m.AuditLog.get(m.AuditLog.action == "update")
    from lpks_desktop.core.services.audit_trail import entry_changes

    changes.set_changes(entry_changes(update))
    qtmodeltester.check(changes)
