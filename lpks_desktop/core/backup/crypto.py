"""Encrypted backup files.

Automatic backups must be encryptable without the program knowing the
password. Each database therefore has a backup key pair (X25519): the public
key is stored in the database and is all that writing a backup needs; the
private key is stored only wrapped (AES-256-GCM) under a key derived from the
password with argon2id. Every encrypted file carries, in its header, that
wrapped private key, the KDF parameters and a fresh ephemeral public key, so
the file and the password alone restore it, even when the database is lost.

File layout::

    MAGIC (8) | header length (4, big-endian) | header (JSON) | SHA-256 of header (32)
    then chunks: ciphertext length (4) | AES-256-GCM ciphertext with tag

Chunk i is sealed with nonce = i, and the associated data binds the header's
hash, the index and a final-chunk flag, so reordered, dropped, appended or cut
chunks all fail to open.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO, Callable

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import UserError
from ..i18n import Text

MAGIC = b"LPKSENC1"
FORMAT_VERSION = 1
CHUNK_SIZE = 1 << 20
MIN_PASSWORD_LENGTH = 8
# Above OWASP's minimum for argon2id (19 MiB, t=2, p=1): RFC 9106's second recommendation.
KDF_DEFAULTS = {"alg": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
# Refuse headers asking for absurd work (a damaged or hostile file must not exhaust the PC).
_KDF_LIMITS = {"time_cost": (1, 20), "memory_kib": (8192, 1 << 21), "parallelism": (1, 16)}
_WRAP_AAD = b"lpks backup private key v1"
_HKDF_INFO = b"lpks backup file key v1"
_MAX_HEADER = 64 * 1024
_MAX_CHUNK = CHUNK_SIZE + 16


class WrongPassword(UserError):
    """The password does not open the backup's key."""


class BackupDamaged(UserError):
    """The backup file was altered, cut short or is not a backup."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text) -> bytes:
    return base64.b64decode(str(text), validate=True)


def damaged(path, detail: str) -> BackupDamaged:
    return BackupDamaged(Text(
        "Cadangan {path} rusak atau telah diubah ({detail}). Pakai cadangan lain.",
        "The backup {path} is damaged or has been altered ({detail}). Use another backup.",
        {"path": str(path), "detail": detail}))


def wrong_password(path) -> WrongPassword:
    return WrongPassword(Text(
        "Kata sandi salah untuk cadangan {path}. Pakai kata sandi cadangan yang berlaku saat cadangan "
        "itu dibuat.",
        "Wrong password for the backup {path}. Use the backup password that was in force when that "
        "backup was made.",
        {"path": str(path)}))


def check_password_strength(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(Text(
            "Kata sandi cadangan minimal {minimum} karakter.",
            "A backup password needs at least {minimum} characters.",
            {"minimum": MIN_PASSWORD_LENGTH}))


def _derive(password: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=int(kdf["time_cost"]),
                           memory_cost=int(kdf["memory_kib"]), parallelism=int(kdf["parallelism"]),
                           hash_len=32, type=Type.ID)


@dataclass(frozen=True)
class KeyConfig:
    """A database's backup key: the public half, and the private half wrapped by the password."""

    public_key: bytes
    wrapped_private_key: bytes  # nonce (12) + ciphertext with tag
    kdf: dict  # alg, time_cost, memory_kib, parallelism, salt (base64)

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.public_key).hexdigest()[:16]

    def as_dict(self) -> dict:
        return {"v": FORMAT_VERSION, "public_key": _b64(self.public_key),
                "wrapped_private_key": _b64(self.wrapped_private_key), "kdf": dict(self.kdf)}

    @classmethod
    def from_dict(cls, data: dict) -> "KeyConfig":
        kdf = dict(data["kdf"])
        if kdf.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        for name, (low, high) in _KDF_LIMITS.items():
            if not low <= int(kdf[name]) <= high:
                raise ValueError(f"{name} out of range")
        _unb64(kdf["salt"])
        public = _unb64(data["public_key"])
        wrapped = _unb64(data["wrapped_private_key"])
        if len(public) != 32 or len(wrapped) != 12 + 32 + 16:
            raise ValueError("bad key sizes")
        return cls(public, wrapped, kdf)

    def unwrap(self, password: str) -> X25519PrivateKey:
        """The private key; raises InvalidTag for a wrong password."""
        key = _derive(password, _unb64(self.kdf["salt"]), self.kdf)
        raw = AESGCM(key).decrypt(self.wrapped_private_key[:12], self.wrapped_private_key[12:],
                                  _WRAP_AAD + self.public_key)
        private = X25519PrivateKey.from_private_bytes(raw)
        if private.public_key().public_bytes_raw() != self.public_key:
            raise InvalidTag()
        return private


def new_key_config(password: str, kdf_params: dict | None = None) -> KeyConfig:
    check_password_strength(password)
    kdf = {**KDF_DEFAULTS, **(kdf_params or {})}
    salt = os.urandom(16)
    kdf["salt"] = _b64(salt)
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(_derive(password, salt, kdf)).encrypt(nonce, raw, _WRAP_AAD + public)
    return KeyConfig(public, wrapped, kdf)


def _file_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                info=_HKDF_INFO).derive(shared)


def _aad(header_hash: bytes, index: int, final: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, 1 if final else 0)


def _nonce(index: int) -> bytes:
    # The file key is new for every file (fresh ephemeral key), so a counter never repeats under it.
    return struct.pack(">IQ", 0, index)


def encrypt_stream(source: BinaryIO, target: BinaryIO, config: KeyConfig, *, meta: dict | None = None,
                   progress: Callable[[int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> None:
    """Encrypt ``source`` into ``target`` for the holder of ``config``'s private key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(config.public_key))
    aead = AESGCM(_file_key(shared, ephemeral_public, config.public_key))
    header = json.dumps({"format": FORMAT_VERSION, "cipher": "x25519-hkdf-sha256-aes256gcm",
                         "chunk_size": CHUNK_SIZE, "key": config.as_dict(),
                         "ephemeral_public_key": _b64(ephemeral_public), "meta": meta or {}},
                        sort_keys=True).encode("utf-8")
    header_hash = hashlib.sha256(header).digest()
    target.write(MAGIC + struct.pack(">I", len(header)) + header + header_hash)
    index, done = 0, 0
    chunk = source.read(CHUNK_SIZE)
    while True:
        following = source.read(CHUNK_SIZE)
        final = not following
        sealed = aead.encrypt(_nonce(index), chunk, _aad(header_hash, index, final))
        target.write(struct.pack(">I", len(sealed)) + sealed)
        done += len(chunk)
        if progress:
            progress(done)
        if cancelled and cancelled():
            raise InterruptedError("backup cancelled")
        if final:
            return
        chunk, index = following, index + 1


def _read_exact(source: BinaryIO, size: int, path, what: str) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise damaged(path, f"cut short in the {what}")
    return data


def read_header(source: BinaryIO, path) -> tuple[dict, bytes]:
    """(header, its hash); raises BackupDamaged for a damaged or foreign file."""
    if source.read(len(MAGIC)) != MAGIC:
        raise damaged(path, "not an encrypted LPKS backup")
    (length,) = struct.unpack(">I", _read_exact(source, 4, path, "header"))
    if not 0 < length <= _MAX_HEADER:
        raise damaged(path, "header size")
    raw = _read_exact(source, length, path, "header")
    header_hash = hashlib.sha256(raw).digest()
    if _read_exact(source, 32, path, "header") != header_hash:
        raise damaged(path, "header checksum")
    try:
        header = json.loads(raw)
        if header["format"] != FORMAT_VERSION:
            raise ValueError("format version")
        header["_config"] = KeyConfig.from_dict(header["key"])
        header["_ephemeral"] = _unb64(header["ephemeral_public_key"])
        if len(header["_ephemeral"]) != 32:
            raise ValueError("ephemeral key size")
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged(path, f"header: {exc}") from None
    return header, header_hash


def is_encrypted_file(path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def decrypt_stream(source: BinaryIO, target: BinaryIO, password: str, *, path="",
                   progress: Callable[[int], None] | None = None) -> dict:
    """Decrypt into ``target``; returns the header's ``meta``.

    Raises WrongPassword when the password does not open the key, BackupDamaged
    when any chunk fails or the file was cut or extended.
    """
    header, header_hash = read_header(source, path)
    config: KeyConfig = header["_config"]
    try:
        private = config.unwrap(password or "")
    except InvalidTag:
        raise wrong_password(path) from None
    shared = private.exchange(X25519PublicKey.from_public_bytes(header["_ephemeral"]))
    aead = AESGCM(_file_key(shared, header["_ephemeral"], config.public_key))
    index, done = 0, 0
    while True:
        prefix = source.read(4)
        if len(prefix) != 4:
            raise damaged(path, "cut short: the last part is missing")
        (length,) = struct.unpack(">I", prefix)
        if not 16 <= length <= _MAX_CHUNK:
            raise damaged(path, f"part {index + 1} has an impossible size")
        sealed = _read_exact(source, length, path, f"part {index + 1}")
        plain = None
        for final in (False, True):
            try:
                plain = aead.decrypt(_nonce(index), sealed, _aad(header_hash, index, final))
                break
            except InvalidTag:
                continue
        if plain is None:
            raise damaged(path, f"part {index + 1} fails its check")
        target.write(plain)
        done += len(plain)
        if progress:
            progress(done)
        if final:
            if source.read(1):
                raise damaged(path, "data after the end")
            return header.get("meta", {})
        index += 1
