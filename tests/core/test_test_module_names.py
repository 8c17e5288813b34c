"""Test modules are imported by their file name alone (the folders are not packages): two with
the same name in different folders stop the whole run at collection."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_every_test_module_name_is_unique():
    names = Counter(path.name for path in TESTS.rglob("*.py")
                    if "__pycache__" not in path.parts and path.name != "conftest.py")
    assert [name for name, count in names.items() if count > 1] == []
