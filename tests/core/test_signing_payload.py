"""The signed LPKS1 payload: encoding, tolerant decoding, and every altered character caught."""

from __future__ import annotations

import base64
import datetime as dt
import re

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from lpks_desktop.core.errors import UserError
from lpks_desktop.core.signing.keys import raw_public_key
from lpks_desktop.core.signing.payload import (
    PREFIX,
    CertificateClaim,
    PayloadMalformed,
    decode_payload,
    encode_payload,
    key_id_of,
    message_bytes,
)

PRIVATE = bytes(range(32))
PUBLIC = raw_public_key(PRIVATE)
KEY_ID = key_id_of(PUBLIC)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Every character a QR code's alphanumeric mode can hold, plus a few a typist might slip in.
REPLACEMENTS = BASE32 + "0189 $%*+-./:;=?"


def claim(**changes) -> CertificateClaim:
    values = dict(key_id=KEY_ID, number="012/LPK-SBP/CERT/XI/2026", name="Siti Aminah",
                  program="Menjahit Pakaian Wanita", start_date=dt.date(2026, 11, 2),
                  end_date=dt.date(2026, 11, 30), issued_on=dt.date(2026, 12, 4))
    values.update(changes)
    return CertificateClaim(**values)


def signature_holds(message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PrivateKey.from_private_bytes(PRIVATE).public_key().verify(signature, message)
    except InvalidSignature:
        return False
    return True


def test_key_id_is_the_first_eight_bytes_of_the_sha256_of_the_public_key():
    import hashlib

    assert KEY_ID == hashlib.sha256(PUBLIC).hexdigest()[:16]
    assert re.fullmatch(r"[0-9a-f]{16}", KEY_ID)


def test_payload_is_prefix_and_unpadded_base32_of_message_and_signature():
    text = encode_payload(claim(), PRIVATE)
    assert text.startswith("LPKS1:")
    body = text[len(PREFIX):]
    assert re.fullmatch(r"[A-Z2-7]+", body), "only QR alphanumeric characters, no padding"
    raw = base64.b32decode(body + "=" * (-len(body) % 8))
    message, signature = raw[:-64], raw[-64:]
    assert message == message_bytes(claim())
    assert message[0] == 1 and message[1:9] == bytes.fromhex(KEY_ID)
    assert signature_holds(message, signature)


@pytest.mark.parametrize("name", [
    "O'Brien Siregar",
    "Nguyễn Thị Ánh",
    "Nguye\u0302\u0303n Thi\u0323 A\u0301nh",  # the same name typed with combining marks
    "Ni Luh Putu Ayu Kadek Sri Wahyuni Pratiwi Dewi " * 4 + "Sinaga Simanjuntak Hutapea Nababan",
    "X" * 200,
    "张伟 & Søren Ærø – «Ça va» \"quoted\"",
    "",
])
def test_awkward_names_round_trip_exactly(name):
    original = claim(name=name, program="Tata Rias Pengantin Sunda Siger")
    text = encode_payload(original, PRIVATE)
    decoded, message, signature = decode_payload(text)
    assert decoded == original
    assert decoded.name == name  # not normalised: the signed bytes are the printed text
    assert signature_holds(message, signature)


def test_two_hundred_character_name_still_fits_a_qr_code():
    text = encode_payload(claim(name="A" * 200, program="P" * 200, number="N" * 100), PRIVATE)
    # QR version 40-M holds 3,391 alphanumeric characters.
    assert len(text) < 3391
    assert decode_payload(text)[0].name == "A" * 200


def test_missing_dates_round_trip_as_none():
    original = claim(start_date=None, end_date=None)
    assert decode_payload(encode_payload(original, PRIVATE))[0] == original


def test_dates_outside_what_two_bytes_hold_are_refused_with_the_date_named():
    with pytest.raises(UserError) as caught:
        encode_payload(claim(start_date=dt.date(1999, 12, 31)), PRIVATE)
    assert "1999-12-31" in caught.value.render("en") and "1999-12-31" in caught.value.render("id")
    assert "start" in caught.value.render("en") and "mulai" in caught.value.render("id")


def test_a_name_with_the_field_separator_is_refused():
    with pytest.raises(UserError) as caught:
        encode_payload(claim(name="Siti\x1fAminah"), PRIVATE)
    assert "participant name" in caught.value.render("en")
    assert "Nama peserta" in caught.value.render("id")


def test_payload_carries_no_nik():
    nik = "3171234567890001"
    text = encode_payload(claim(), PRIVATE)
    assert nik not in decode_payload(text)[1].decode("utf-8", "replace")
    assert set(vars(claim()).keys()) == {"key_id", "number", "name", "program", "start_date",
                                         "end_date", "issued_on"}


@pytest.mark.parametrize("scanned", [
    lambda t: t + "\r\n",  # a scanner's Enter
    lambda t: t + "\t",  # a scanner set to end with Tab
    lambda t: t.lower(),  # Caps Lock on while the scanner types
    lambda t: t.swapcase(),
    lambda t: "  " + t + "  ",
    lambda t: "\n".join(t[i:i + 60] for i in range(0, len(t), 60)),  # pasted from a wrapped e-mail
])
def test_scanner_and_paste_quirks_decode_to_the_same_claim(scanned):
    text = encode_payload(claim(), PRIVATE)
    assert decode_payload(scanned(text)) == decode_payload(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("", "empty"),
    ("   \r\n", "empty"),
    ("https://example.org/cert/12", "begins with \"LPKS1:\""),
    ("LPKS2:AEAQCAIBAEAQ", "format version 2"),
    ("LPKS1:", "incomplete"),
    ("LPKS1:AEAQCAIB", "incomplete"),
    ("LPKS1:AEAQ CAIB 0189", "cannot occur in it ('0')"),
    ("LPKS1:AEAQ=CAIB", "cannot occur in it ('=')"),
])
def test_malformed_texts_say_what_is_wrong_in_both_languages(text, expected):
    with pytest.raises(PayloadMalformed) as caught:
        decode_payload(text)
    assert expected in caught.value.render("en")
    assert caught.value.render("id") != caught.value.render("en")


def test_a_truncated_payload_is_malformed_at_every_length():
    text = encode_payload(claim(), PRIVATE)
    for end in range(len(PREFIX) + 1, len(text)):
        with pytest.raises(PayloadMalformed) as caught:
            decode_payload(text[:end])
        assert "incomplete (cut off)" in caught.value.render("en"), end


def test_a_payload_of_another_format_version_inside_is_malformed():
    text = encode_payload(claim(), PRIVATE)
    body = text[len(PREFIX):]
    raw = bytearray(base64.b32decode(body + "=" * (-len(body) % 8)))
    raw[0] = 2
    forged = PREFIX + base64.b32encode(bytes(raw)).decode().rstrip("=")
    with pytest.raises(PayloadMalformed) as caught:
        decode_payload(forged)
    assert "format version 2" in caught.value.render("en")


def changed(text: str, position: int, character: str) -> str:
    return text[:position] + character + text[position + 1:]


def rejected(altered: str) -> bool:
    try:
        _, message, signature = decode_payload(altered)
    except PayloadMalformed:
        return True
    return not signature_holds(message, signature)


@pytest.mark.parametrize("name", ["Siti Aminah", "Nguyễn Thị Ánh"])
def test_every_single_character_change_is_rejected(name):
    """Each position, each replacement that is still a different code after
    case is ignored: the decode fails, or the signature no longer holds."""
    text = encode_payload(claim(name=name), PRIVATE)
    tried = 0
    for position in range(len(text)):
        for character in REPLACEMENTS:
            if character == text[position].upper():
                continue
            assert rejected(changed(text, position, character)), (position, character)
            tried += 1
    assert tried > 40 * len(text)


def test_every_position_of_a_long_payload_is_covered():
    text = encode_payload(claim(name="B" * 200), PRIVATE)
    assert len(text) > 400
    for position in range(len(text)):
        for step in (1, 17):
            current = BASE32.find(text[position])
            character = BASE32[(current + step) % 32] if current >= 0 else "A"
            assert rejected(changed(text, position, character)), (position, character)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_single_character_change_of_any_claim_is_rejected(data):
    original = claim(
        number=data.draw(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1f\x00"),
                                 min_size=1, max_size=40)),
        name=data.draw(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1f\x00"),
                               max_size=120)),
        program=data.draw(st.text(max_size=60).filter(lambda s: "\x1f" not in s and "\x00" not in s)),
        issued_on=data.draw(st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2178, 1, 1)))),
    )
    text = encode_payload(original, PRIVATE)
    assert decode_payload(text)[0] == original
    position = data.draw(st.integers(0, len(text) - 1))
    character = data.draw(st.sampled_from(REPLACEMENTS).filter(lambda c: c != text[position]))
    assert rejected(changed(text, position, character))


def test_the_unused_bits_of_the_last_character_cannot_be_changed_unseen():
    # base32 without padding leaves unused low bits in the last character;
    # a non-zero value there would decode to the same bytes if it were accepted.
    for name in ("", "a", "ab", "abc", "abcd"):
        text = encode_payload(claim(name=name), PRIVATE)
        body_length = len(text) - len(PREFIX)
        if body_length % 8 == 0:
            continue
        last = BASE32.index(text[-1])
        for other in BASE32:
            if other == text[-1]:
                continue
            assert rejected(text[:-1] + other), (name, last, other)
