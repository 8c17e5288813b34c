"""Verifying a certificate code on the certificates page: as a USB scanner types it, pasted with line
breaks, altered by one character, revoked, replaced, and not a code at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lpks_desktop.gui import dialogs
from lpks_desktop.gui.certificates.register_page import CertificatesPage
from lpks_desktop.gui.certificates.verify_panel import VerifyPanel, cleaned_code

import certificate_register_world  # noqa: I001  (tests/gui)

SHOTS = Path(os.environ.get("LPKS_SHOTS", "")) if os.environ.get("LPKS_SHOTS") else None


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def world(store):
    return certificate_register_world.build(store)


@pytest.fixture
def panel(qtbot, world):
    widget = VerifyPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(SHOTS / f"{name}.png"))


def changed_one_character(payload: str, position: int) -> str:
    """The payload with one base32 character swapped for another (the QR text stays readable)."""
    old = payload[position]
    new = "A" if old != "A" else "B"
    return payload[:position] + new + payload[position + 1:]


def test_a_scanned_genuine_certificate_shows_genuine_with_its_details(qtbot, panel, world):
    payload = world.payload("ani")
    assert not panel.card.isVisible()
    panel.code.setFocus()
    qtbot.keyClicks(panel.code, payload)  # a keyboard-wedge scanner types the code...
    with qtbot.waitSignal(panel.verified) as signal:
        qtbot.keyClick(panel.code, Qt.Key.Key_Return)  # ...and presses Enter
    assert signal.args == ["genuine"]
    assert panel.card.isVisible()
    assert panel.verdict.text() == "Genuine"
    assert "#1b6e20" in panel.verdict.styleSheet()
    assert panel.claim_number.text() == world.certificates["ani"].number
    assert panel.claim_name.text() == "Ani Suryani"
    assert panel.claim_program.text() == "Menjahit Pakaian Wanita"
    assert panel.claim_dates.text() == "2 November 2026 – 30 November 2026"
    assert panel.claim_issued.text() == "30 November 2026"
    assert panel.claim_issuer.text() == "LPK-SBP — LPK Sapta Bangun Persada"
    assert panel.claim_key.text() == world.certificates["ani"].key_id
    assert panel.record_status.text() == "Valid" and panel.record_form.isVisible()
    assert "still valid" in panel.explanation.text()
    # Selected: the next scan replaces the code rather than being appended to it.
    assert panel.code.hasFocus() and panel.code.selectedText() == payload
    shot(panel, "verify_genuine")

    qtbot.keyClicks(panel.code, world.payload("eko"))
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert panel.code.text() == world.payload("eko")
    assert panel.claim_name.text() == "Eko Prasetyo" and panel.verdict.text() == "Genuine"


def test_a_pasted_code_with_line_breaks_and_spaces_still_verifies(qtbot, panel, world):
    payload = world.payload("dewi_2025")
    wrapped = "  " + "\n".join(payload[i:i + 40] for i in range(0, len(payload), 40)) + "\r\n"
    assert cleaned_code(wrapped) == payload
    QGuiApplication.clipboard().setText(wrapped)
    panel.code.setFocus()
    panel.code.paste()
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    assert panel.verification.verdict == "genuine"
    assert panel.claim_name.text() == "Dewi Anggraini"
    # Lower case, as some scanners type with Caps Lock on, is the same code.
    assert panel.verify_text(payload.lower()).verdict == "genuine"


def test_one_changed_character_is_caught(qtbot, panel, world):
    payload = world.payload("ani")
    prefix = len("LPKS1:")
    verdicts = set()
    for position in (prefix + 5, prefix + 30, len(payload) // 2, len(payload) - 3):
        result = panel.verify_text(changed_one_character(payload, position))
        assert result.verdict in ("forged", "malformed", "unknown_key"), position
        assert panel.verdict.text() in ("Forged or altered", "Not a certificate code", "Unknown institution")
        assert "#1b6e20" not in panel.verdict.styleSheet()
        verdicts.add(result.verdict)
    assert "forged" in verdicts
    altered = panel.verify_text(changed_one_character(payload, len(payload) // 2))
    assert altered.verdict == "forged" and altered.claim.number == world.certificates["ani"].number
    # The certificate that really carries the number is shown beside what the code claims.
    assert panel.record_heading.text() == "This database's certificate with this number"
    assert panel.record_name.text() == "Ani Suryani" and panel.record_status.text() == "Valid"
    assert panel.record_program.text() == "Menjahit Pakaian Wanita" != panel.claim_program.text()
    assert panel.claim_heading.text() == "What the code says (not confirmed by a signature)"
    shot(panel, "verify_forged")
    panel.verify_text(payload)
    assert panel.claim_heading.text() == "What the code says"


def test_a_revoked_certificate_shows_revoked_with_the_reason(qtbot, panel, world):
    result = panel.verify_text(world.payload("budi"))
    assert result.verdict == "revoked"
    assert panel.verdict.text() == "Revoked" and "#b3261e" in panel.verdict.styleSheet()
    assert panel.record_status.text() == "Revoked"
    assert certificate_register_world.REVOKE_REASON in panel.record_reason.text()
    assert certificate_register_world.REVOKE_REASON in panel.explanation.text()
    shot(panel, "verify_revoked")


def test_a_replaced_certificate_names_its_successor(qtbot, panel, world):
    result = panel.verify_text(world.payload("citra"))
    assert result.verdict == "replaced"
    assert panel.verdict.text() == "Replaced"
    assert panel.record_link.text() == f"replaced by {world.certificates['citra_new'].number}"
    assert panel.verify_text(world.payload("citra_new")).verdict == "genuine"
    assert panel.record_link.text() == f"replaces {world.certificates['citra'].number}"


def test_text_that_is_no_certificate_code(qtbot, panel, world):
    result = panel.verify_text("https://example.com/not-a-certificate")
    assert result.verdict == "malformed"
    assert panel.verdict.text() == "Not a certificate code"
    assert not panel.details.isVisible()
    assert panel.explanation.text()
    assert panel.verify_text("   ") is None and not panel.card.isVisible()


def test_the_page_verify_tab_takes_the_scan(qtbot, store, world):
    page = CertificatesPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    page.table.setFocus()
    page.tabs.setCurrentWidget(page.verify_panel)
    # The field the scanner types into is the one that takes the keys once the window is active.
    assert page.focusWidget() is page.verify_panel.code
    qtbot.keyClicks(page.verify_panel.code, world.payload("budi"))
    qtbot.keyClick(page.verify_panel.code, Qt.Key.Key_Enter)  # the keypad's Enter, as some scanners send
    assert page.verify_panel.verdict.text() == "Revoked"
    shot(page, "page_verify_revoked")
