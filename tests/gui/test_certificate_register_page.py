"""The certificates page: the register with its filters and search, statuses in words and colour,
opening a certificate's class, the register exports, and the keys dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lpks_desktop.core import models as m
from lpks_desktop.core.signing import institution_key
from lpks_desktop.gui import dialogs, document_export
from lpks_desktop.gui.certificates import keys_dialog
from lpks_desktop.gui.certificates.register_model import LINK, NAME, NUMBER, REASON, STATUS
from lpks_desktop.gui.certificates.register_page import CertificatesPage

import certificate_register_world  # noqa: I001  (tests/gui)

SHOTS = Path(os.environ.get("LPKS_SHOTS", "")) if os.environ.get("LPKS_SHOTS") else None


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def world(store):
    return certificate_register_world.build(store)


@pytest.fixture
def page(qtbot, store, world):
    widget = CertificatesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page, column=NAME) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_the_register_lists_every_certificate_in_number_order_with_statuses_in_words(page, world):
    assert shown(page) == ["Dewi Anggraini", "Ani Suryani", "Budi Hartono", "Citra Lestari", "Citra Lestari",
                           "Eko Prasetyo"]
    assert shown(page, NUMBER)[:2] == ["001/LPK-SBP/CERT/XII/2025", "001/LPK-SBP/CERT/XI/2026"]
    assert shown(page, STATUS) == ["Valid", "Valid", "Revoked", "Replaced", "Valid", "Valid"]
    assert page.count_label.text() == "6 certificates · 1 revoked · 1 replaced"
    model = page.model
    revoked = model.index(2, STATUS)
    assert revoked.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b3261e")
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#1b6e20")
    assert certificate_register_world.REVOKE_REASON in model.index(2, REASON).data()
    new_number = world.certificates["citra_new"].number
    assert model.index(3, LINK).data() == f"replaced by {new_number}"
    assert model.index(4, LINK).data() == f"replaces {world.certificates['citra'].number}"
    if SHOTS:
        page.grab().save(str(SHOTS / "register_page.png"))


def test_institution_year_and_status_filters(page, world):
    page.set_institution(world.sbp.id)
    assert page.institution_box.currentData() == world.sbp.id
    assert "Eko Prasetyo" not in shown(page) and len(shown(page)) == 5
    assert [page.year_box.itemText(i) for i in range(page.year_box.count())][:1] == ["All years"]
    assert page.year_box.findData(2025) > 0 and page.year_box.findData(2026) > 0
    choose(page.year_box, 2025)
    assert shown(page) == ["Dewi Anggraini"]
    choose(page.year_box, None)
    choose(page.status_box, "revoked")
    assert shown(page) == ["Budi Hartono"]
    # "1 certificate" once the English plural forms include this text; the source says "1 certificates".
    assert page.count_label.text().startswith("1 certificate") and page.count_label.text().endswith(" · 1 revoked")
    choose(page.status_box, "replaced")
    assert shown(page, NUMBER) == [world.certificates["citra"].number]
    choose(page.institution_box, world.stb.id)
    choose(page.status_box, None)
    assert shown(page) == ["Eko Prasetyo"]
    # The year list follows the institution: STB has certificates of 2026 only.
    assert page.year_box.findData(2025) < 0


def test_search_by_name_or_number_waits_for_the_typing_to_stop(qtbot, page, world):
    qtbot.keyClicks(page.search, "citra")
    assert len(shown(page)) == 6  # not yet: the search runs once the typing pauses
    qtbot.waitUntil(lambda: shown(page) == ["Citra Lestari", "Citra Lestari"], timeout=2000)
    page.search.clear()
    qtbot.keyClicks(page.search, "XII/2025")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches at once
    assert shown(page) == ["Dewi Anggraini"]
    page.search.setText("nobody like this")
    page._search_now()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No certificates match the filters and search."
    assert page.count_label.text() == ""


def test_open_class_asks_for_the_class_with_the_certificate_number(qtbot, page, world):
    assert not page.open_button.isEnabled()
    row = shown(page).index("Eko Prasetyo")
    page.select_certificate(page.model.row(row).id)
    assert page.open_button.isEnabled()
    with qtbot.waitSignal(page.openCertificates) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [world.welding.id, world.certificates["eko"].number]
    # Enter on the table does the same.
    page.select_certificate(world.certificates["ani"].id)
    with qtbot.waitSignal(page.openCertificates) as signal:
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [world.scenario.klass.id, world.certificates["ani"].number]


def test_a_new_certificate_elsewhere_shows_once_the_page_is_seen_again(qtbot, page, world, store):
    page.hide()
    certificate_register_world.issue(store, world.people["Ani Suryani"], 9, certificate_register_world.D(2027, 1, 5))
    page.certificates_changed()
    assert len(shown(page)) == 6  # hidden: nothing is read yet
    page.show()
    qtbot.waitExposed(page)
    assert len(shown(page)) == 7
    assert page.year_box.findData(2027) > 0


def test_register_exports_as_pdf_and_xlsx(qtbot, page, world, monkeypatch, tmp_path):
    from python_calamine import CalamineWorkbook

    asked = []

    def ask_save_path(parent, title, suggested, kind):
        asked.append(suggested)
        return str(tmp_path / suggested)

    monkeypatch.setattr(document_export, "ask_save_path", ask_save_path)
    monkeypatch.setattr(document_export, "open_file", lambda path: True)
    page.set_institution(world.sbp.id)
    choose(page.year_box, 2026)
    pdf = page.export("pdf")
    assert asked[-1] == "buku-induk-sertifikat-LPK-SBP-2026.pdf"
    assert Path(pdf).read_bytes().startswith(b"%PDF")
    xlsx = page.export("xlsx")
    assert asked[-1] == "buku-induk-sertifikat-LPK-SBP-2026.xlsx"
    cells = [str(value) for sheet in CalamineWorkbook.from_path(xlsx).sheet_names
             for row in CalamineWorkbook.from_path(xlsx).get_sheet_by_name(sheet).to_python() for value in row]
    numbers_2026 = [c.number for c in m.Certificate.select().where(m.Certificate.institution == world.sbp.id,
                                                                  m.Certificate.year == 2026)]
    for number in numbers_2026:
        assert number in cells
    assert world.certificates["dewi_2025"].number not in cells  # another year
    assert world.certificates["eko"].number not in cells  # another institution


def test_keys_dialog_shows_the_own_key_exports_it_and_imports_another_offices(qtbot, page, world, store,
                                                                            monkeypatch, tmp_path):
    page.set_institution(world.sbp.id)
    dialog = page.show_keys()
    own = institution_key(store, world.sbp.id)
    assert dialog.key_id.text() == own.key_id
    assert set(dialog.known_key_ids()) == {own.key_id, institution_key(store, world.stb.id).key_id}
    target = tmp_path / "sbp.lpkskey"
    monkeypatch.setattr(keys_dialog.KeysDialog, "ask_export_path", lambda self, suggested: str(target))
    assert dialog.export_key() == str(target)
    assert target.read_bytes().startswith(b"LPKS-PUBLIC-KEY")
    assert "Public key saved" in dialog.status.text()

    # Another office's key, made in another database: its file imports here.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from lpks_desktop.core.signing.keys import FILE_HEADER, FILE_VERSION
    from lpks_desktop.core.signing.payload import key_id_of

    other_public = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    exported = target.read_text(encoding="utf-8")
    other_file = tmp_path / "other.lpkskey"
    other_file.write_text(_rewrite_key_file(exported, own, other_public, key_id_of(other_public)),
                          encoding="utf-8")
    assert FILE_HEADER in exported and FILE_VERSION
    monkeypatch.setattr(keys_dialog.KeysDialog, "ask_import_path", lambda self: str(other_file))
    added = dialog.import_key()
    assert added is not None and added.key_id == key_id_of(other_public)
    assert key_id_of(other_public) in dialog.known_key_ids()
    assert "added" in dialog.status.text()
    # The same file again is no error and adds nothing.
    count = m.SigningKey.select().count()
    assert dialog.import_key().key_id == key_id_of(other_public)
    assert "already known" in dialog.status.text() and m.SigningKey.select().count() == count

    garbage = tmp_path / "photo.lpkskey"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n not a key at all")
    monkeypatch.setattr(keys_dialog.KeysDialog, "ask_import_path", lambda self: str(garbage))
    before = m.SigningKey.select().count()
    assert dialog.import_key() is None
    assert dialog.status.text() and dialog.status.styleSheet() == keys_dialog.ERROR_STYLE
    assert m.SigningKey.select().count() == before
    if SHOTS:
        dialog.grab().save(str(SHOTS / "keys_dialog.png"))


def _rewrite_key_file(text: str, own, public: bytes, key_id: str) -> str:
    """The exported file with another office's key in it: same layout, other key and names."""
    own_public = bytes.fromhex(own.public_key)
    import base64

    text = text.replace(own.public_key, public.hex())
    text = text.replace(base64.b64encode(own_public).decode(), base64.b64encode(public).decode())
    text = text.replace(own.key_id, key_id)
    return text.replace("LPK-SBP", "BLK-BJM").replace("LPK Sapta Bangun Persada", "BLK Banjarmasin")


def test_the_demo_register_lists_its_certificates_and_they_verify(qtbot, store):
    """The demo a new user starts with: its register and its codes as an employer would scan them."""
    from lpks_desktop.core.demo import fill_demo

    fill_demo(store, participants=60, seed=7, today=certificate_register_world.D(2026, 11, 28))
    page = CertificatesPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 620)
    page.show()
    qtbot.waitExposed(page)
    stored = list(m.Certificate.select())
    assert stored and page.model.rowCount() == len(stored)
    assert sorted(shown(page, NUMBER)) == sorted(c.number for c in stored)
    by_status = {status: [c for c in stored if c.status == status] for status in ("valid", "revoked", "replaced")}
    assert by_status["valid"] and by_status["revoked"] and by_status["replaced"]
    choose(page.status_box, "revoked")
    assert shown(page, STATUS) == ["Revoked"] * len(by_status["revoked"])
    panel = page.verify_panel
    page.tabs.setCurrentWidget(panel)
    for status, verdict in (("valid", "Genuine"), ("revoked", "Revoked"), ("replaced", "Replaced")):
        panel.verify_text(by_status[status][0].payload)
        assert panel.verdict.text() == verdict, status
        assert panel.claim_number.text() == by_status[status][0].number


def test_register_model_keeps_the_qt_model_contract(qtmodeltester, store, world):
    from lpks_desktop.core.services.certificates import certificate_register
    from lpks_desktop.gui.certificates.register_model import RegisterModel

    model = RegisterModel()
    model.set_rows(certificate_register())
    qtmodeltester.check(model)
