"""Each institution's signing key, and the public keys of other offices.

An institution's Ed25519 key pair is made the first time it signs and kept in
the database, so every PC sharing the database signs with the same key. Other
offices verify its certificates with the public key it exports as a small
text file; importing such a file here lets this database verify theirs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
from dataclasses import dataclass

import peewee
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text
from ..models import Institution, SigningKey
from .payload import key_id_of

FILE_HEADER = "LPKS-PUBLIC-KEY"
FILE_VERSION = "1"
# A real key file is a few hundred bytes; anything far larger is not one.
_MAX_FILE = 16 * 1024


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    owner_code: str
    owner_name: str
    own: bool  # this database holds the private key (one of its institutions)
    active: bool
    created_at: _dt.datetime | None


def raw_public_key(private_key: bytes) -> bytes:
    signer = Ed25519PrivateKey.from_private_bytes(bytes(private_key))
    return signer.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _active_key(institution_id: int):
    return (SigningKey.select()
            .where((SigningKey.institution == institution_id) & (SigningKey.active == True))  # noqa: E712
            .order_by(SigningKey.id.desc())
            .first())


def _lock_institution(store, institution_id: int) -> Institution | None:
    # Two PCs signing their institution's first certificate at the same moment
    # must not make two keys: the second waits here for the first's commit.
    # NO KEY UPDATE, not UPDATE: it does not block the key-share locks that
    # inserting certificates and number sequences of the institution take, so an
    # issuing transaction may make the key while another PC holds its sequence row.
    # SQLite's IMMEDIATE transaction already serialises all writers.
    query = Institution.select().where(Institution.id == institution_id)
    if isinstance(store.db, peewee.PostgresqlDatabase):
        query = query.for_update("FOR NO KEY UPDATE")
    return query.first()


def institution_key(store, institution_id: int):
    """The institution's active signing key, made (and audited) on first use."""
    require(Action.ISSUE_CERTIFICATES)
    key = _active_key(institution_id)
    if key is not None:
        return key
    with store.transaction():
        institution = _lock_institution(store, institution_id)
        if institution is None:
            raise UserError(Text(
                "Lembaga dengan id {id} tidak ada; kunci tanda tangannya tidak dapat dibuat.",
                "There is no institution with id {id}; its signing key cannot be made.",
                {"id": institution_id}))
        key = _active_key(institution_id)
        if key is not None:
            return key
        signer = Ed25519PrivateKey.generate()
        private = signer.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption())
        public = raw_public_key(private)
        key = SigningKey(key_id=key_id_of(public), institution=institution_id,
                         owner_code=institution.code, owner_name=institution.name,
                         public_key=public.hex(), private_key=private, active=True)
        store.save(key)
    return key


def find_key(key_id: str):
    """The key with this id (own or imported), or None."""
    return SigningKey.get_or_none(SigningKey.key_id == key_id)


def known_keys() -> list[KeyInfo]:
    """Every key this database can verify with: its institutions' own first, then imported ones."""
    rows = SigningKey.select().order_by(SigningKey.owner_code, SigningKey.created_at, SigningKey.id)
    infos = [KeyInfo(key_id=row.key_id, owner_code=row.owner_code, owner_name=row.owner_name,
                     own=row.institution_id is not None, active=bool(row.active),
                     created_at=row.created_at) for row in rows]
    return sorted(infos, key=lambda info: not info.own)


# --- the public key file -------------------------------------------------------------------

def export_public_key(institution_id: int, *, store=None) -> bytes:
    """The institution's public key as a small UTF-8 text file for other offices to import.

    With ``store`` the key is made if the institution has not signed anything
    yet; without it that case is refused with a text saying so.
    """
    require(Action.EXPORT)
    key = _active_key(institution_id)
    if key is None and store is not None:
        key = institution_key(store, institution_id)
    if key is None:
        raise UserError(Text(
            "Lembaga ini belum mempunyai kunci tanda tangan; kunci dibuat saat sertifikat pertama "
            "diterbitkan.",
            "This institution has no signing key yet; it is made when the first certificate is "
            "issued."))
    public = bytes.fromhex(key.public_key)
    created = key.created_at.date().isoformat() if key.created_at else ""
    # Today's code and name: an institution renamed since its key was made exports the new name.
    institution = Institution.get_or_none(Institution.id == institution_id)
    code = institution.code if institution else key.owner_code
    name = institution.name if institution else key.owner_name
    lines = [
        f"{FILE_HEADER} {FILE_VERSION}",
        "# Kunci publik untuk memeriksa sertifikat lembaga ini di LPKS Desktop (Impor kunci publik).",
        "# Public key to check this institution's certificates in LPKS Desktop (Import public key).",
        f"key-id: {key.key_id}",
        f"institution: {_one_line(code)}",
        f"name: {_one_line(name)}",
        f"created: {created}",
        f"public-key: {base64.b64encode(public).decode('ascii')}",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _one_line(value: str) -> str:
    return " ".join((value or "").split())


@dataclass(frozen=True)
class PublicKeyFile:
    key_id: str
    owner_code: str
    owner_name: str
    created: str
    public_key: bytes


def _not_a_key_file(detail: Text | None = None) -> UserError:
    base = Text(
        "Berkas ini bukan berkas kunci publik LPKS Desktop",
        "This file is not an LPKS Desktop public key file")
    if detail is None:
        return UserError(Text(base.id + ".", base.en + "."))
    return UserError(Text(base.id + ": " + detail.id, base.en + ": " + detail.en, detail.params))


def read_public_key_file(data: bytes) -> PublicKeyFile:
    """Parse and check a key file; raises ``UserError`` saying what is wrong with it."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or len(data) > _MAX_FILE:
        raise _not_a_key_file()
    try:
        text = bytes(data).decode("utf-8-sig")  # an editor on Windows may have added a BOM
    except UnicodeDecodeError:
        raise _not_a_key_file() from None
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines or lines[0].split()[:1] != [FILE_HEADER]:
        raise _not_a_key_file()
    version = lines[0][len(FILE_HEADER):].strip()
    if version != FILE_VERSION:
        raise UserError(Text(
            "Berkas kunci publik ini berformat versi {version}, yang tidak dikenal versi LPKS "
            "Desktop ini. Perbarui LPKS Desktop.",
            "This public key file has format version {version}, which this version of LPKS "
            "Desktop does not know. Update LPKS Desktop.",
            {"version": version or "?"}))
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon:
            raise _not_a_key_file(Text("baris \"{line}\" tidak dikenal.", "the line \"{line}\" is unknown.",
                                       {"line": line[:60]}))
        fields[name.strip().lower()] = value.strip()
    for required in ("key-id", "institution", "public-key"):
        if not fields.get(required):
            raise _not_a_key_file(Text("baris \"{field}\" tidak ada.", "the \"{field}\" line is missing.",
                                       {"field": required}))
    try:
        public = base64.b64decode(fields["public-key"], validate=True)
    except (binascii.Error, ValueError):
        public = b""
    try:
        Ed25519PublicKey.from_public_bytes(public)
    except ValueError:
        raise _not_a_key_file(Text("kuncinya rusak.", "the key is damaged.")) from None
    key_id = fields["key-id"].lower()
    if key_id != key_id_of(public):
        raise UserError(Text(
            "Berkas kunci publik ini telah diubah: id kunci {key_id} tidak cocok dengan kuncinya. "
            "Minta berkas asli dari lembaga penerbitnya.",
            "This public key file was altered: the key id {key_id} does not match the key. "
            "Ask the issuing institution for the original file.",
            {"key_id": fields["key-id"]}))
    code, name = fields["institution"], fields.get("name", "")
    if len(code) > 20 or len(name) > 200:
        raise _not_a_key_file(Text("kode atau nama lembaganya terlalu panjang.",
                                   "the institution's code or name is too long."))
    return PublicKeyFile(key_id=key_id, owner_code=code, owner_name=name,
                         created=fields.get("created", ""), public_key=public)


def import_public_key(store, data: bytes):
    """Trust another office's public key file; the same key again changes nothing.

    Refused, with nothing written: anything that is not an intact key file,
    a key of one of this database's own institutions, and a key that claims
    the code of one of them (it would make forged certificates look like
    theirs).
    """
    require(Action.MANAGE_SIGNING_KEYS)
    parsed = read_public_key_file(data)
    with store.transaction():
        existing = SigningKey.get_or_none(SigningKey.key_id == parsed.key_id)
        if existing is not None:
            if existing.institution_id is not None:
                raise UserError(Text(
                    "Kunci {key_id} adalah kunci milik {code} {name} di basis data ini sendiri; "
                    "tidak perlu diimpor.",
                    "Key {key_id} is this database's own key of {code} {name}; there is nothing "
                    "to import.",
                    {"key_id": parsed.key_id, "code": existing.owner_code, "name": existing.owner_name}))
            return existing
        own = Institution.get_or_none(peewee.fn.LOWER(Institution.code) == parsed.owner_code.lower())
        if own is not None:
            raise UserError(Text(
                "Berkas kunci ini atas nama {code}, padahal {code} adalah lembaga di basis data ini "
                "dengan kuncinya sendiri. Kunci ini tidak diimpor.",
                "This key file is in the name of {code}, yet {code} is an institution in this "
                "database with its own key. The key was not imported.",
                {"code": parsed.owner_code}))
        key = SigningKey(key_id=parsed.key_id, institution=None, owner_code=parsed.owner_code,
                         owner_name=parsed.owner_name, public_key=parsed.public_key.hex(),
                         private_key=None, active=True)
        store.save(key)
    return key


def forget_public_key(store, key_id: str) -> None:
    """Stop trusting an imported key. An institution's own key is never deleted."""
    require(Action.MANAGE_SIGNING_KEYS)
    with store.transaction():
        key = SigningKey.get_or_none(SigningKey.key_id == key_id)
        if key is None:
            return
        if key.institution_id is not None:
            raise UserError(Text(
                "Kunci {key_id} milik {code} di basis data ini tidak dapat dihapus: sertifikat yang "
                "sudah diterbitkan tidak dapat diperiksa lagi tanpanya.",
                "Key {key_id} of {code} in this database cannot be deleted: the certificates "
                "already issued could no longer be checked without it.",
                {"key_id": key_id, "code": key.owner_code}))
        store.delete(key)
