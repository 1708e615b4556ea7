"""Check that every test the README's "Files and safety" table names exists.

The table promises each guarantee is held by a test; a renamed or deleted test would leave the
promise hollow without anyone noticing. Names are `path.py::test_name`, a bare `path.py`, or
`::test_name` (in the file named last in the same cell). Run: `python scripts/check_safety_table.py`
(tests/io/test_safety_table.py runs it in `make test`).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = re.compile(r"`((?:tests/[\w/]+\.py)?(?:::\w+)?)`")


def table_rows(readme: str) -> list[tuple[str, str]]:
    """(guarantee, held-by cell) of each row of the "Files and safety" table."""
    section = readme.split("## Files and safety", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] not in ("guarantee", "---"):
            rows.append((cells[0], cells[1]))
    return rows


def test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")}


def problems(root: Path = ROOT) -> list[str]:
    found = []
    rows = table_rows((root / "README.md").read_text("utf-8"))
    if not rows:
        return ["README.md: no \"Files and safety\" table found"]
    for guarantee, cell in rows:
        names = [n for n in NAME.findall(cell) if n.startswith(("tests/", "::"))]
        if not names:
            found.append(f"no test named for: {guarantee[:70]}")
        current: Path | None = None
        for name in names:
            file, _, test = name.partition("::")
            if file:
                current = root / file
                if not current.is_file():
                    found.append(f"{file}: no such file ({guarantee[:50]})")
                    current = None
                    continue
            if test and (current is None or test not in test_names(current)):
                found.append(f"{name}: no such test in {current and current.relative_to(root)}")
    return found


if __name__ == "__main__":
    issues = problems()
    print("\n".join(issues) or "every test the safety table names exists")
    sys.exit(1 if issues else 0)
