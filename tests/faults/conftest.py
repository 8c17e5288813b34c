"""Fault tests: operations run in child processes that are killed, starved of disk or raced,
then the database is opened the normal way and checked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "core"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

# SIGKILL, RLIMIT_FSIZE and fork-free kills are POSIX.
collect_ignore_glob = ["test_*.py"] if sys.platform == "win32" else []

from fault_databases import shared_folder  # noqa: E402
import fault_worlds  # noqa: E402


@pytest.fixture(scope="session")
def import_world(tmp_path_factory):
    return shared_folder(tmp_path_factory, "import", fault_worlds.build_import)


@pytest.fixture(scope="session")
def certificate_class(tmp_path_factory):
    return shared_folder(tmp_path_factory, "certificates", fault_worlds.build_certificates)


@pytest.fixture(scope="session")
def migration_world(tmp_path_factory):
    return shared_folder(tmp_path_factory, "migration", fault_worlds.build_migration)


@pytest.fixture(scope="session")
def backup_world(tmp_path_factory, import_world):
    return shared_folder(tmp_path_factory, "backup",
                         lambda folder: fault_worlds.build_backup(folder, import_world[0]))


@pytest.fixture(scope="session")
def restore_world(tmp_path_factory, import_world, certificate_class):
    return shared_folder(tmp_path_factory, "restore", lambda folder: fault_worlds.build_restore(
        folder, import_world[0], certificate_class[0]))
