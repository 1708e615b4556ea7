"""The README's "Files and safety" table names, for each guarantee, the test that holds it:
every one of those tests exists (``scripts/check_safety_table.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_safety_table", ROOT / "scripts" / "check_safety_table.py")
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def test_every_test_the_safety_table_names_exists():
    assert check.problems() == []


def test_the_check_notices_a_missing_test(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("def test_kept():\n    pass\n", "utf-8")
    (tmp_path / "README.md").write_text(
        "## Files and safety\n\n| guarantee | held by |\n|---|---|\n"
        "| kept | `tests/test_a.py::test_kept` |\n| renamed | `tests/test_a.py::test_kept`, `::test_gone` |\n"
        "| moved | `tests/test_b.py` |\n| promised | nothing |\n\n## Next\n", "utf-8")
    assert check.problems(tmp_path) == [
        "::test_gone: no such test in tests/test_a.py",
        "tests/test_b.py: no such file (moved)",
        "no test named for: promised",
    ]
