"""Signed QR codes on certificates: keys, the payload format, signing and checking.

``sign_certificate`` is what issuing calls; ``verify.verify_payload`` is what
the app and the command line call with a scanned code.
"""

from __future__ import annotations

from .keys import (
    KeyInfo,
    export_public_key,
    find_key,
    forget_public_key,
    import_public_key,
    institution_key,
    known_keys,
)
from .payload import CertificateClaim, PayloadMalformed, decode_payload, encode_payload, key_id_of


def claim_of(certificate, key_id: str) -> CertificateClaim:
    """What a certificate row's QR code states, from its snapshot (not today's records)."""
    return CertificateClaim(key_id=key_id, number=certificate.number,
                            name=certificate.participant_name, program=certificate.program_name,
                            start_date=certificate.start_date, end_date=certificate.end_date,
                            issued_on=certificate.issued_on)


def sign_certificate(store, certificate) -> None:
    """Fill ``certificate.key_id`` and ``.payload`` from its snapshot fields; the caller saves it.

    Call it inside the issuing transaction: the institution's key, made on its
    first certificate, then commits or rolls back with the certificate.
    """
    key = institution_key(store, certificate.institution_id)
    certificate.payload = encode_payload(claim_of(certificate, key.key_id), key.private_key)
    certificate.key_id = key.key_id


__all__ = [
    "CertificateClaim",
    "KeyInfo",
    "PayloadMalformed",
    "claim_of",
    "decode_payload",
    "encode_payload",
    "export_public_key",
    "find_key",
    "forget_public_key",
    "import_public_key",
    "institution_key",
    "key_id_of",
    "known_keys",
    "sign_certificate",
]
