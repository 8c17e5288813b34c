"""Choosing the database: --db, LPKS_DB, the per-user folder; network shares refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpks_desktop.core import paths
from lpks_desktop.core.database import parse_location, resolve_location
from lpks_desktop.core.errors import DatabaseLocationError
from lpks_desktop.core.network_paths import _mount_fs_type, is_network_path, is_unc_path


def test_cli_value_beats_environment_which_beats_default(tmp_path):
    env = {"LPKS_DB": str(tmp_path / "env.db")}
    assert resolve_location(str(tmp_path / "cli.db"), env).path == tmp_path / "cli.db"
    assert resolve_location(None, env).path == tmp_path / "env.db"


def test_default_is_in_the_per_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    location = resolve_location(None, {})
    assert location.path == tmp_path / "xdg" / "LPKS Desktop" / "lpks.db"
    assert location.path.parent.is_dir()  # created on first use
    assert location.path == paths.default_database_path()


def test_sqlite_urls(tmp_path):
    assert parse_location(f"sqlite:///{tmp_path}/a.db").path == tmp_path / "a.db"
    assert parse_location(f"SQLITE:///{tmp_path}/b%20c.db").path == tmp_path / "b c.db"
    with pytest.raises(DatabaseLocationError, match="sqlite:///"):
        parse_location("sqlite://relative.db")


def test_postgresql_url_parts_and_display_hides_password():
    location = parse_location("postgresql://clerk:s%40cret@server.lan:5433/lpks?sslmode=disable")
    assert (location.kind, location.host, location.port, location.user, location.password, location.dbname) \
        == ("postgresql", "server.lan", 5433, "clerk", "s@cret", "lpks")
    assert location.options == (("sslmode", "disable"),)
    assert "s@cret" not in location.display() and "cret" not in repr(location)
    assert parse_location("postgres://u@h/db").kind == "postgresql"


@pytest.mark.parametrize("bad, fragment", [
    ("postgresql://u@h/", "names no database"),
    ("postgresql://u@h:99999/db", "port"),
    ("mysql://u@h/db", "mysql"),
    ("   ", "empty"),
])
def test_bad_locations_say_what_is_wrong(bad, fragment):
    with pytest.raises(DatabaseLocationError) as info:
        parse_location(bad)
    assert fragment in info.value.render("en")
    assert info.value.render("id") != info.value.render("en")


def test_missing_folder_and_folder_instead_of_file(tmp_path):
    with pytest.raises(DatabaseLocationError, match="does not exist"):
        parse_location(str(tmp_path / "nope" / "a.db"))
    with pytest.raises(DatabaseLocationError, match="is a folder"):
        parse_location(str(tmp_path))


@pytest.mark.parametrize("text", [r"\\server\share\lpks.db", "//server/share/lpks.db",
                                  r"\\?\UNC\server\share\lpks.db"])
def test_unc_paths_are_refused_with_a_pointer_to_postgresql(text):
    assert is_unc_path(text)
    with pytest.raises(DatabaseLocationError) as info:
        parse_location(text)
    assert "PostgreSQL" in info.value.render("en") and "PostgreSQL" in info.value.render("id")


def test_local_long_path_form_is_not_unc():
    assert not is_unc_path(r"\\?\C:\data\lpks.db")


def test_network_mounts_are_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//nas/data /mnt/kantor cifs rw 0 0\n"
        "nas:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
        "/dev/sdb1 /mnt/kantor/local ext4 rw 0 0\n")
    assert _mount_fs_type(Path("/mnt/kantor/lpks.db"), str(mounts)) == "cifs"
    assert _mount_fs_type(Path("/mnt/nfs share/x.db"), str(mounts)) == "nfs4"
    assert _mount_fs_type(Path("/mnt/kantor/local/x.db"), str(mounts)) == "ext4"
    assert _mount_fs_type(Path("/mnt/kantorx/a.db"), str(mounts)) == "ext4"
    assert is_network_path("/mnt/kantor/lpks.db", str(mounts))
    assert not is_network_path(str(tmp_path / "a.db"), str(mounts))
