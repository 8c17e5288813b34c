"""Checking a scanned certificate code, offline.

The signature says whether the code was made by the key it names; this
database adds what only it can know: whether one of its own institutions has
since revoked or replaced the certificate. Another office's revocations are
not known here, and the verdict says so.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..i18n import Text
from ..models import Certificate, CertificateStatus
from ..validation.dates import format_date_en, format_date_id
from .keys import find_key
from .payload import CertificateClaim, PayloadMalformed, decode_payload

GENUINE = "genuine"
REVOKED = "revoked"
REPLACED = "replaced"
FORGED = "forged"
UNKNOWN_KEY = "unknown_key"
MALFORMED = "malformed"
VERDICTS = (GENUINE, REVOKED, REPLACED, FORGED, UNKNOWN_KEY, MALFORMED)

VERDICT_LABELS: dict[str, Text] = {
    GENUINE: Text("Asli", "Genuine"),
    REVOKED: Text("Dicabut", "Revoked"),
    REPLACED: Text("Diganti", "Replaced"),
    FORGED: Text("Diubah atau palsu", "Altered or forged"),
    UNKNOWN_KEY: Text("Penerbit tidak dikenal", "Unknown issuer"),
    MALFORMED: Text("Bukan kode sertifikat yang utuh", "Not a complete certificate code"),
}


@dataclass(frozen=True)
class Verification:
    verdict: str
    claim: CertificateClaim | None
    issuer_code: str
    issuer_name: str
    message: Text
    # This database's record of the certificate (a certificates.CertificateRow), if it holds one.
    certificate: Any = None
    own_issuer: bool = False  # signed by a key of one of this database's institutions
    recorded: bool = False  # this database holds the certificate
    status_reason: str = ""  # why it was revoked or replaced
    status_date: _dt.date | None = None  # when it was revoked or replaced
    replaced_by: str = ""  # the replacing certificate's number

    @property
    def ok(self) -> bool:
        return self.verdict == GENUINE

    @property
    def signed(self) -> bool:
        """The claim's values carry a valid signature (even if revoked or replaced since)."""
        return self.verdict in (GENUINE, REVOKED, REPLACED)

    @property
    def label(self) -> Text:
        return VERDICT_LABELS[self.verdict]


def _dates(name: str, value: _dt.date | None) -> dict:
    """Placeholders ``{name}_id`` and ``{name}_en``: each language writes dates its own way."""
    if value is None:
        return {f"{name}_id": "-", f"{name}_en": "-"}
    return {f"{name}_id": format_date_id(value), f"{name}_en": format_date_en(value)}


def _signature_valid(public_key_hex: str, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_payload(text: str) -> Verification:
    """The verdict on a scanned or pasted certificate code; never raises for a bad code."""
    try:
        claim, message, signature = decode_payload(text)
    except PayloadMalformed as exc:
        return Verification(MALFORMED, None, "", "", exc.text)
    key = find_key(claim.key_id)
    if key is None:
        return Verification(UNKNOWN_KEY, claim, "", "", Text(
            "Sertifikat {number} ditandatangani dengan kunci {key_id} yang tidak dikenal basis data "
            "ini. Impor kunci publik lembaga penerbitnya untuk memeriksa sertifikatnya.",
            "Certificate {number} was signed with key {key_id}, which this database does not "
            "know. Import the issuing institution's public key to check its certificates.",
            {"number": claim.number, "key_id": claim.key_id}))
    issuer_code, issuer_name = key.owner_code, key.owner_name
    own = key.institution_id is not None
    if not _signature_valid(key.public_key, message, signature):
        return Verification(FORGED, claim, issuer_code, issuer_name, Text(
            "DIUBAH ATAU PALSU: isi kode tidak cocok dengan tanda tangan {code}. Jangan terima "
            "sertifikat {number} ini.",
            "ALTERED OR FORGED: the code's contents do not match the signature of {code}. Do not "
            "accept this certificate {number}.",
            {"code": issuer_code, "number": claim.number}), own_issuer=own)
    details = {"number": claim.number, "name": claim.name, "program": claim.program,
               "code": issuer_code, "issuer": issuer_name, **_dates("issued", claim.issued_on)}
    if not own:
        return Verification(GENUINE, claim, issuer_code, issuer_name, Text(
            "ASLI: sertifikat {number} atas nama {name}, program {program}, diterbitkan {issued_id} "
            "dan ditandatangani oleh {code} {issuer}. Pencabutan oleh lembaga itu tidak diketahui "
            "di sini.",
            "GENUINE: certificate {number} for {name}, program {program}, issued {issued_en} and "
            "signed by {code} {issuer}. Revocations by that institution are not known here.",
            details))
    return _own_verdict(claim, issuer_code, issuer_name, details)


def _own_verdict(claim: CertificateClaim, issuer_code: str, issuer_name: str,
                 details: dict) -> Verification:
    record = (Certificate.select()
              .where((Certificate.number == claim.number) & (Certificate.key_id == claim.key_id))
              .first())
    if record is None:
        return Verification(GENUINE, claim, issuer_code, issuer_name, Text(
            "ASLI: sertifikat {number} atas nama {name}, program {program}, diterbitkan {issued_id} "
            "dan ditandatangani oleh {code} {issuer}. Namun basis data ini tidak mencatatnya, jadi "
            "pencabutannya tidak diketahui di sini.",
            "GENUINE: certificate {number} for {name}, program {program}, issued {issued_en} and "
            "signed by {code} {issuer}. This database has no record of it, though, so a "
            "revocation is not known here.",
            details), own_issuer=True)
    row = _certificate_row(record)
    status = record.status
    reason = record.revoke_reason or ""
    when = record.revoked_at.date() if record.revoked_at else None
    common = dict(certificate=row, own_issuer=True, recorded=True, status_reason=reason,
                  status_date=when)
    # The sentence supplies its own full stop.
    params = {**details, "reason": reason.rstrip(". ") or "-", **_dates("date", when)}
    if status == CertificateStatus.REVOKED:
        return Verification(REVOKED, claim, issuer_code, issuer_name, Text(
            "DICABUT: tanda tangan sertifikat {number} atas nama {name} asli, tetapi sertifikat ini "
            "dicabut oleh {code} pada {date_id}. Alasan: {reason}.",
            "REVOKED: the signature of certificate {number} for {name} is genuine, but {code} "
            "revoked the certificate on {date_en}. Reason: {reason}.",
            params), **common)
    if status == CertificateStatus.REPLACED:
        successor = Certificate.get_or_none(Certificate.replaces == record.id)
        if successor is not None and when is None:
            when = successor.issued_on
            common["status_date"] = when
            params.update(_dates("date", when))
        replaced_by = successor.number if successor is not None else ""
        params["new"] = replaced_by or "-"
        return Verification(REPLACED, claim, issuer_code, issuer_name, Text(
            "DIGANTI: tanda tangan sertifikat {number} atas nama {name} asli, tetapi sertifikat ini "
            "diganti dengan sertifikat {new} pada {date_id}. Alasan: {reason}.",
            "REPLACED: the signature of certificate {number} for {name} is genuine, but the "
            "certificate was replaced by certificate {new} on {date_en}. Reason: {reason}.",
            params), replaced_by=replaced_by, **common)
    return Verification(GENUINE, claim, issuer_code, issuer_name, Text(
        "ASLI: sertifikat {number} atas nama {name}, program {program}, diterbitkan {issued_id} oleh "
        "{code} {issuer}, tercatat di basis data ini dan masih berlaku.",
        "GENUINE: certificate {number} for {name}, program {program}, issued {issued_en} by {code} "
        "{issuer}, is recorded in this database and still valid.",
        details), **common)


def _certificate_row(record):
    """The record as the certificates service presents it."""
    # Imported late: the certificates service imports this package to sign.
    from ..services.certificates import certificate

    return certificate(record.id)
