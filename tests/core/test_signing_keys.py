"""Signing keys: one per institution made on first use, public key files exported and imported."""

from __future__ import annotations

import base64
import json
import multiprocessing

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.signing import (
    export_public_key,
    find_key,
    forget_public_key,
    import_public_key,
    institution_key,
    key_id_of,
    known_keys,
)
from lpks_desktop.core.signing.keys import raw_public_key, read_public_key_file
from lpks_desktop.core.store import Store

from class_scenario import build
from record_checks import writes_nothing


def other_office_file(code="BLK-MDN", name="UPTD BLK Medan", private=None) -> bytes:
    """A key file as another office's LPKS Desktop would write it."""
    private = private or bytes(range(1, 33))
    public = raw_public_key(private)
    return (f"LPKS-PUBLIC-KEY 1\nkey-id: {key_id_of(public)}\ninstitution: {code}\nname: {name}\n"
            f"created: 2026-01-05\npublic-key: {base64.b64encode(public).decode()}\n").encode()


def test_an_institution_gets_one_key_however_often_it_is_asked(store):
    world = build(store)
    first = institution_key(store, world.sbp.id)
    again = institution_key(store, world.sbp.id)
    assert again.key_id == first.key_id
    assert m.SigningKey.select().where(m.SigningKey.institution == world.sbp.id).count() == 1
    assert first.active and first.owner_code == "LPK-SBP" and first.owner_name == world.sbp.name
    # The private half is a working Ed25519 key whose public half and id were stored with it.
    private = bytes(m.SigningKey.get_by_id(first.id).private_key)
    assert len(private) == 32
    assert raw_public_key(private).hex() == first.public_key
    assert first.key_id == key_id_of(bytes.fromhex(first.public_key))


def test_each_institution_has_its_own_key_and_making_it_is_audited(store):
    world = build(store)
    sbp = institution_key(store, world.sbp.id)
    stb = institution_key(store, world.stb.id)
    assert sbp.key_id != stb.key_id
    log = m.AuditLog.select().where((m.AuditLog.table_name == "signing_key") & (m.AuditLog.action == "insert"))
    assert log.count() == 2
    # The audit trail records that a key was made, never the private key itself.
    for entry in log:
        assert bytes(m.SigningKey.get_by_id(sbp.id).private_key).hex() not in entry.changes
        assert json.loads(entry.changes)["private_key"].startswith("<hidden ")


def test_a_key_is_not_made_for_an_institution_that_does_not_exist(store):
    with writes_nothing(), pytest.raises(UserError) as caught:
        institution_key(store, 999)
    assert "999" in caught.value.render("en")


def _make_key(url: str, institution_id: int, queue, made, hold: float) -> None:
    """In a process of its own: make the key, then keep the transaction open ``hold`` seconds."""
    import time

    from lpks_desktop.core import models as m  # noqa: F811 - a fresh process binds its own models
    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as

    sign_in_as(SYSTEM_ADMIN)  # a process of its own: nobody is signed in yet
    with Store.open(parse_location(url)) as opened:
        if hold:
            with opened.transaction():
                key_id = institution_key(opened, institution_id).key_id
                made.set()
                time.sleep(hold)
        else:
            made.wait(60)
            key_id = institution_key(opened, institution_id).key_id
        queue.put(key_id)
        m.database.initialize(None)


def test_a_second_pc_waits_for_the_first_key_instead_of_making_its_own(store, db_url):
    """The first PC has made the key but not yet committed; the second asks at that moment."""
    world = build(store)
    context = multiprocessing.get_context("spawn")
    queue, made = context.Queue(), context.Event()
    first = context.Process(target=_make_key, args=(db_url, world.sbp.id, queue, made, 1.5))
    second = context.Process(target=_make_key, args=(db_url, world.sbp.id, queue, made, 0))
    for worker in (first, second):
        worker.start()
    ids = [queue.get(timeout=90) for _ in range(2)]
    for worker in (first, second):
        worker.join(60)
        assert worker.exitcode == 0
    assert ids[0] == ids[1]
    assert m.SigningKey.select().where(m.SigningKey.institution == world.sbp.id).count() == 1


def test_export_writes_a_small_text_file_that_reads_back(store):
    world = build(store)
    key = institution_key(store, world.sbp.id)
    data = export_public_key(world.sbp.id)
    text = data.decode("utf-8")
    assert text.splitlines()[0] == "LPKS-PUBLIC-KEY 1"
    assert f"key-id: {key.key_id}" in text and "institution: LPK-SBP" in text
    assert f"name: {world.sbp.name}" in text
    assert len(data) < 1000
    parsed = read_public_key_file(data)
    assert parsed.key_id == key.key_id and parsed.public_key.hex() == key.public_key
    assert parsed.owner_code == "LPK-SBP"
    assert not any(bytes(m.SigningKey.get_by_id(key.id).private_key).hex() in line for line in text.splitlines())
    assert base64.b64encode(bytes(m.SigningKey.get_by_id(key.id).private_key)).decode() not in text


def test_export_before_the_first_certificate_needs_the_store_to_make_the_key(store):
    world = build(store)
    with pytest.raises(UserError) as caught:
        export_public_key(world.sbp.id)
    assert "no signing key yet" in caught.value.render("en")
    data = export_public_key(world.sbp.id, store=store)
    assert read_public_key_file(data).key_id == institution_key(store, world.sbp.id).key_id


def test_import_trusts_another_office_key_once(store):
    build(store)
    data = other_office_file()
    key = import_public_key(store, data)
    assert key.institution_id is None and key.private_key is None
    assert (key.owner_code, key.owner_name) == ("BLK-MDN", "UPTD BLK Medan")
    with writes_nothing():
        again = import_public_key(store, data)
    assert again.key_id == key.key_id
    assert m.SigningKey.select().count() == 1


def test_import_reads_a_file_an_editor_saved_with_bom_and_windows_line_ends(store):
    build(store)
    data = b"\xef\xbb\xbf" + other_office_file().replace(b"\n", b"\r\n")
    assert import_public_key(store, data).owner_code == "BLK-MDN"


def test_keys_move_between_two_databases(store, tmp_path):
    world = build(store)
    exported = export_public_key(world.sbp.id, store=store)
    own_id = find_key(read_public_key_file(exported).key_id).key_id
    store.close()
    m.database.initialize(None)
    with Store.open(parse_location(str(tmp_path / "other-office.db"))) as other:
        imported = import_public_key(other, exported)
        assert imported.key_id == own_id and imported.owner_code == "LPK-SBP"
        [info] = known_keys()
        assert info.key_id == own_id and not info.own


def test_known_keys_lists_own_keys_before_imported_ones(store):
    world = build(store)
    import_public_key(store, other_office_file(code="AAA-FIRST"))
    institution_key(store, world.stb.id)
    institution_key(store, world.sbp.id)
    keys = known_keys()
    assert [(k.owner_code, k.own) for k in keys] == [("LPK-SBP", True), ("LPK-STB", True),
                                                     ("AAA-FIRST", False)]
    assert all(k.active and k.created_at is not None for k in keys)


def test_own_key_file_is_refused_with_a_clear_message(store):
    world = build(store)
    data = export_public_key(world.sbp.id, store=store)
    with writes_nothing(), pytest.raises(UserError) as caught:
        import_public_key(store, data)
    assert "this database's own key of LPK-SBP" in caught.value.render("en")
    assert "LPK-SBP" in caught.value.render("id")


def test_a_key_claiming_the_code_of_an_own_institution_is_refused(store):
    build(store)
    with writes_nothing(), pytest.raises(UserError) as caught:
        import_public_key(store, other_office_file(code="lpk-sbp", name="Not really"))
    assert "lpk-sbp" in caught.value.render("en")


def _key_file(**fields) -> bytes:
    public = raw_public_key(bytes(range(1, 33)))
    values = {"header": "LPKS-PUBLIC-KEY 1", "key-id": key_id_of(public), "institution": "BLK-MDN",
              "name": "UPTD BLK Medan", "public-key": base64.b64encode(public).decode()}
    values.update(fields)
    lines = [values.pop("header")] + [f"{k}: {v}" for k, v in values.items() if v is not None]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "not an LPKS Desktop public key file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an LPKS Desktop public key file"),
    ("Kunci saya: ABCDEF".encode(), "not an LPKS Desktop public key file"),
    (b"A" * 20000, "not an LPKS Desktop public key file"),
    (_key_file(header="LPKS-PUBLIC-KEY 2"), "format version 2"),
    (_key_file(**{"key-id": "0011223344556677"}), "was altered: the key id 0011223344556677 does not match"),
    (_key_file(**{"public-key": base64.b64encode(bytes(32)).decode()}), "was altered"),
    (_key_file(**{"public-key": "not base64!"}), "the key is damaged"),
    (_key_file(**{"public-key": base64.b64encode(bytes(16)).decode()}), "the key is damaged"),
    (_key_file(institution=None), "the \"institution\" line is missing"),
    (_key_file(institution="X" * 21), "too long"),
    (_key_file(**{"public-key": None}), "the \"public-key\" line is missing"),
    (_key_file() + b"\nnonsense without colon", "the line \"nonsense without colon\" is unknown"),
])
def test_garbage_and_tampered_files_are_refused_saying_why(data, expected):
    with pytest.raises(UserError) as caught:
        read_public_key_file(data)
    assert expected in caught.value.render("en")
    assert caught.value.render("id") != caught.value.render("en")


def test_importing_a_tampered_file_writes_nothing(store):
    build(store)
    with writes_nothing(), pytest.raises(UserError) as caught:
        import_public_key(store, _key_file(**{"key-id": "0011223344556677"}))
    assert "altered" in caught.value.render("en")


def test_a_changed_key_with_its_matching_id_is_a_different_key_not_the_old_one(store):
    # Someone editing both lines makes a new key file, not a tampered copy of the old one:
    # it imports as a different key and never verifies the old office's certificates.
    build(store)
    original = import_public_key(store, other_office_file())
    other_private = Ed25519PrivateKey.generate()
    replacement = other_office_file(private=other_private.private_bytes_raw())
    other = import_public_key(store, replacement)
    assert other.key_id != original.key_id
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(other.public_key))


def test_an_imported_key_can_be_forgotten_an_own_key_cannot(store):
    world = build(store)
    imported = import_public_key(store, other_office_file())
    forget_public_key(store, imported.key_id)
    assert find_key(imported.key_id) is None
    own = institution_key(store, world.sbp.id)
    with writes_nothing(), pytest.raises(UserError) as caught:
        forget_public_key(store, own.key_id)
    assert "cannot be deleted" in caught.value.render("en")
