"""The signed text a certificate's QR code carries.

Layout of the signed message (all integers big-endian):

    1 byte   format version (1)
    8 bytes  key id: the first 8 bytes of SHA-256 of the signer's raw public key
    3 x 2    issue, start and end date as days since 2000-01-01 (0xFFFF = none)
    2 bytes  length in bytes of the text that follows, so a code cut off anywhere
             is told apart from an altered one
    rest     UTF-8 "number \\x1f participant name \\x1f program name"

The text is "LPKS1:" followed by base32 (RFC 4648, no "=" padding) of the
message and its 64-byte Ed25519 signature. Base32 letters and digits, the
colon included, all fall in the QR code's alphanumeric mode, which keeps the
code small; a USB scanner types them as plain keys, and the case it types them
in (Caps Lock) does not matter to decoding. The NIK is deliberately absent:
the code is printed for anyone to read.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import re
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..errors import UserError
from ..i18n import Text

PREFIX = "LPKS1:"
FORMAT_VERSION = 1
KEY_ID_BYTES = 8
SIGNATURE_BYTES = 64
EPOCH = _dt.date(2000, 1, 1)
NO_DATE = 0xFFFF
SEPARATOR = "\x1f"

_HEADER = struct.Struct(">B8sHHHH")
# Shortest message that can be valid: the header, two separators, a number of
# at least one character.
_MIN_MESSAGE = _HEADER.size + 3
_WHITESPACE = re.compile(r"\s+")
_BASE32 = re.compile(r"[A-Z2-7]*")
# The text before the colon once case is ignored; other versions are refused by name.
_VERSIONED_PREFIX = re.compile(r"LPKS(\d+):")


@dataclass(frozen=True)
class CertificateClaim:
    """What a certificate's code says about it, before anyone has checked the signature."""

    key_id: str  # 16 lowercase hex digits
    number: str
    name: str
    program: str
    start_date: _dt.date | None
    end_date: _dt.date | None
    issued_on: _dt.date | None


class PayloadMalformed(UserError):
    """The text is not a complete certificate code of a format this version reads."""


def key_id_of(public_key: bytes) -> str:
    """The short name of a raw 32-byte Ed25519 public key, as printed in every code it signs."""
    return hashlib.sha256(bytes(public_key)).digest()[:KEY_ID_BYTES].hex()


def _day(value: _dt.date | None, field: Text) -> int:
    if value is None:
        return NO_DATE
    if isinstance(value, _dt.datetime):
        value = value.date()
    days = (value - EPOCH).days
    if not 0 <= days < NO_DATE:
        raise UserError(Text(
            "Tanggal {field_id} {date} tidak dapat dimuat dalam kode QR sertifikat "
            "(harus antara tahun 2000 dan 2178). Periksa tanggalnya.",
            "The {field_en} date {date} cannot be put into a certificate's QR code "
            "(it must fall between the years 2000 and 2178). Check the date.",
            {"field_id": field.id, "field_en": field.en, "date": value.isoformat()}))
    return days


def _date(days: int) -> _dt.date | None:
    return None if days == NO_DATE else EPOCH + _dt.timedelta(days=days)


def _checked_text(value: str, what: Text) -> str:
    value = value or ""
    if SEPARATOR in value or "\x00" in value:
        raise UserError(Text(
            "{what_id} berisi karakter kontrol yang tidak dapat dimuat dalam kode QR: {value}. "
            "Perbaiki datanya dulu.",
            "The {what_en} holds a control character that cannot go into the QR code: {value}. "
            "Correct the record first.",
            {"what_id": what.id, "what_en": what.en, "value": repr(value)}))
    return value


def message_bytes(claim: CertificateClaim) -> bytes:
    """The exact bytes that are signed for ``claim``."""
    key_id = bytes.fromhex(claim.key_id)
    if len(key_id) != KEY_ID_BYTES:
        raise ValueError(f"a key id has {KEY_ID_BYTES} bytes, not {len(key_id)}")
    number = _checked_text(claim.number, Text("Nomor sertifikat", "certificate number"))
    if not number:
        raise ValueError("a certificate needs its number before it can be signed")
    name = _checked_text(claim.name, Text("Nama peserta", "participant name"))
    program = _checked_text(claim.program, Text("Nama program", "program name"))
    text = SEPARATOR.join((number, name, program)).encode("utf-8")
    header = _HEADER.pack(FORMAT_VERSION, key_id,
                          _day(claim.issued_on, Text("terbit", "issue")),
                          _day(claim.start_date, Text("mulai", "start")),
                          _day(claim.end_date, Text("selesai", "end")),
                          len(text))
    return header + text


def encode_payload(claim: CertificateClaim, private_key: bytes) -> str:
    """The QR text for ``claim``, signed with the raw 32-byte Ed25519 ``private_key``."""
    signer = Ed25519PrivateKey.from_private_bytes(bytes(private_key))
    message = message_bytes(claim)
    signature = signer.sign(message)
    return PREFIX + base64.b32encode(message + signature).decode("ascii").rstrip("=")


def _malformed(id_text: str, en_text: str, **params) -> PayloadMalformed:
    return PayloadMalformed(Text(id_text, en_text, params))


def normalise(text: str) -> str:
    """The code as it was printed: what a scanner or a paste adds around or inside it removed.

    A keyboard-wedge scanner ends with Enter or Tab, may type in lowercase
    when Caps Lock is on, and a code pasted from an e-mail may be broken over
    lines; none of that changes which certificate it is.
    """
    return _WHITESPACE.sub("", text or "").upper()


def decode_payload(text: str) -> tuple[CertificateClaim, bytes, bytes]:
    """Split a scanned or pasted code into its claim, the signed message and the signature.

    Raises ``PayloadMalformed`` with a text saying what is wrong; it does not
    check the signature (``verify.verify_payload`` does).
    """
    if not isinstance(text, str):
        raise _malformed("Kode sertifikat harus berupa teks.", "A certificate code must be text.")
    code = normalise(text)
    if not code:
        raise _malformed("Kode sertifikat kosong. Pindai atau tempelkan kode QR sertifikat.",
                         "The certificate code is empty. Scan or paste the certificate's QR code.")
    if not code.startswith(PREFIX):
        versioned = _VERSIONED_PREFIX.match(code)
        if versioned:
            raise _malformed(
                "Kode sertifikat ini berformat versi {version}, yang tidak dikenal versi LPKS Desktop "
                "ini. Perbarui LPKS Desktop untuk memeriksanya.",
                "This certificate code has format version {version}, which this version of LPKS "
                "Desktop does not know. Update LPKS Desktop to check it.",
                version=versioned.group(1))
        raise _malformed(
            "Ini bukan kode sertifikat LPKS Desktop: kode yang benar diawali \"LPKS1:\".",
            "This is not an LPKS Desktop certificate code: a real one begins with \"LPKS1:\".")
    body = code[len(PREFIX):]
    if not _BASE32.fullmatch(body):
        bad = next(ch for ch in body if not ("A" <= ch <= "Z" or "2" <= ch <= "7"))
        raise _malformed(
            "Kode sertifikat berisi karakter yang tidak mungkin ada di dalamnya ({char}). "
            "Pindai ulang kodenya, atau periksa huruf yang diketik.",
            "The certificate code holds a character that cannot occur in it ({char}). "
            "Scan the code again, or check the letters typed.",
            char=repr(bad))
    minimum = _MIN_MESSAGE + SIGNATURE_BYTES
    # Base32 without padding leaves 1, 3 or 6 characters over only when text was cut off.
    if len(body) * 5 // 8 < minimum or len(body) % 8 in (1, 3, 6):
        raise _incomplete()
    raw, spare_bits = _base32_decode(body)
    message, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    version, key_id, issued, start, end, length = _HEADER.unpack_from(message)
    if version != FORMAT_VERSION:
        raise _malformed(
            "Kode sertifikat berisi format versi {version}, yang tidak dikenal versi LPKS Desktop "
            "ini; kodenya rusak atau dibuat oleh versi yang lebih baru.",
            "The certificate code holds format version {version}, which this version of LPKS "
            "Desktop does not know; the code is damaged or was made by a newer version.",
            version=version)
    if length != len(message) - _HEADER.size:
        raise _incomplete() if length > len(message) - _HEADER.size else _damaged()
    # The last character can carry unused bits; a code that differs only
    # there decodes to the same bytes, so only the one canonical spelling
    # is accepted: any changed character is then a changed code.
    if spare_bits:
        raise _malformed(
            "Kode sertifikat rusak: huruf terakhirnya tidak mungkin dibuat oleh LPKS Desktop. "
            "Pindai ulang kodenya.",
            "The certificate code is damaged: its last letter cannot have been made by LPKS "
            "Desktop. Scan the code again.")
    try:
        fields = message[_HEADER.size:].decode("utf-8").split(SEPARATOR)
    except UnicodeDecodeError:
        raise _damaged() from None
    if len(fields) != 3 or not fields[0]:
        raise _damaged()
    number, name, program = fields
    claim = CertificateClaim(key_id=key_id.hex(), number=number, name=name, program=program,
                             start_date=_date(start), end_date=_date(end), issued_on=_date(issued))
    return claim, message, signature


# Base32 letters as the digits of Python's base-32 integers: the standard library's
# b32decode loops in Python and costs a quarter of a millisecond on a long code.
_AS_DIGITS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789abcdefghijklmnopqrstuv")


def _base32_decode(body: str) -> tuple[bytes, int]:
    """The bytes of unpadded base32 ``body`` (checked to hold only A-Z and 2-7), and the
    value of the unused low bits of its last character (0 in a canonical encoding)."""
    bits = len(body) * 5
    spare = bits % 8
    value = int(body.translate(_AS_DIGITS), 32)
    return (value >> spare).to_bytes(bits // 8, "big"), value & ((1 << spare) - 1)


def _incomplete() -> PayloadMalformed:
    return _malformed(
        "Kode sertifikat tidak lengkap (terpotong). Pindai ulang seluruh kode QR-nya.",
        "The certificate code is incomplete (cut off). Scan the whole QR code again.")


def _damaged() -> PayloadMalformed:
    return _malformed(
        "Kode sertifikat rusak: isinya tidak dapat dibaca. Kode ini diubah atau salah dipindai.",
        "The certificate code is damaged: its contents cannot be read. The code was altered "
        "or scanned wrongly.")
