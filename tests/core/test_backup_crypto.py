"""The encrypted backup format: opens with the password only, and any change to the file is caught."""

from __future__ import annotations

import io
import os
import struct

import pytest

from lpks_desktop.core.backup import crypto
from lpks_desktop.core.backup.crypto import (BackupDamaged, WrongPassword, decrypt_stream, encrypt_stream,
                                             new_key_config)
from lpks_desktop.core.errors import UserError

PASSWORD = "kunci-cadangan-2026"
# Two and a half chunks: a middle chunk and a short final one.
PLAIN = os.urandom(crypto.CHUNK_SIZE * 2 + crypto.CHUNK_SIZE // 2)


@pytest.fixture(scope="module")
def config():
    return new_key_config(PASSWORD)


@pytest.fixture(scope="module")
def sealed(config) -> bytes:
    target = io.BytesIO()
    encrypt_stream(io.BytesIO(PLAIN), target, config, meta={"kind": "sqlite"})
    return target.getvalue()


def opened(data: bytes, password: str = PASSWORD) -> bytes:
    target = io.BytesIO()
    decrypt_stream(io.BytesIO(data), target, password, path="test.lpksenc")
    return target.getvalue()


def chunk_offsets(data: bytes) -> list[tuple[int, int]]:
    """(start, length) of each sealed chunk, length prefix included."""
    (header_length,) = struct.unpack(">I", data[8:12])
    position = 12 + header_length + 32
    offsets = []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        offsets.append((position, 4 + length))
        position += 4 + length
    return offsets


def test_the_password_opens_what_the_public_key_sealed(sealed):
    assert opened(sealed) == PLAIN
    assert len(chunk_offsets(sealed)) == 3


def test_the_file_does_not_hold_the_plain_text_or_the_password(sealed):
    assert PLAIN[:64] not in sealed and PLAIN[-64:] not in sealed
    assert PASSWORD.encode() not in sealed


def test_an_empty_file_round_trips(config):
    target = io.BytesIO()
    encrypt_stream(io.BytesIO(b""), target, config)
    assert opened(target.getvalue()) == b""


def test_a_wrong_password_is_refused_as_such(sealed):
    with pytest.raises(WrongPassword) as caught:
        opened(sealed, "not-the-password")
    assert "test.lpksenc" in caught.value.render("en")
    assert caught.value.render("id") != caught.value.render("en")


@pytest.mark.parametrize("where", ["header", "header checksum", "first chunk", "last chunk", "last tag"])
def test_a_flipped_byte_anywhere_is_damage(sealed, where):
    offsets = chunk_offsets(sealed)
    (header_length,) = struct.unpack(">I", sealed[8:12])
    position = {"header": 12 + header_length // 2, "header checksum": 12 + header_length + 5,
                "first chunk": offsets[0][0] + 100, "last chunk": offsets[-1][0] + 50,
                "last tag": len(sealed) - 3}[where]
    altered = bytearray(sealed)
    altered[position] ^= 0x01
    with pytest.raises(BackupDamaged):
        opened(bytes(altered))


@pytest.mark.parametrize("cut", [1, 17, crypto.CHUNK_SIZE // 2 + 20])
def test_a_cut_file_is_damage(sealed, cut):
    with pytest.raises(BackupDamaged):
        opened(sealed[:-cut])


def test_a_file_cut_at_a_chunk_boundary_is_damage(sealed):
    start_of_last, _ = chunk_offsets(sealed)[-1]
    with pytest.raises(BackupDamaged) as caught:
        opened(sealed[:start_of_last])
    assert "missing" in caught.value.render("en")


def test_swapped_chunks_are_damage(sealed):
    (a, la), (b, lb), _ = chunk_offsets(sealed)
    assert la == lb
    swapped = sealed[:a] + sealed[b:b + lb] + sealed[a:a + la] + sealed[b + lb:]
    with pytest.raises(BackupDamaged):
        opened(swapped)


def test_data_appended_after_the_last_chunk_is_damage(sealed):
    with pytest.raises(BackupDamaged):
        opened(sealed + b"\x00")


def test_a_file_that_is_not_an_encrypted_backup_is_damage():
    with pytest.raises(BackupDamaged):
        opened(b"SQLite format 3\x00" + bytes(100))


def test_the_wrapped_key_opens_only_with_its_password(config):
    assert config.unwrap(PASSWORD).public_key().public_bytes_raw() == config.public_key
    from cryptography.exceptions import InvalidTag
    with pytest.raises(InvalidTag):
        config.unwrap(PASSWORD + "x")


def test_key_derivation_is_at_least_owasps_minimum(config):
    kdf = config.kdf
    assert kdf["alg"] == "argon2id"
    assert kdf["memory_kib"] >= 19 * 1024 and kdf["time_cost"] >= 2 and kdf["parallelism"] >= 1


def test_a_short_password_is_refused():
    with pytest.raises(UserError) as caught:
        new_key_config("short")
    assert "8" in caught.value.render("en")
