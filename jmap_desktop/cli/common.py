"""Helpers shared by the subcommands: exit codes, loading files with one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def fail(command: str, message: str, code: int) -> int:
    print(f"jmap-desktop {command}: {message}", file=sys.stderr)
    return code


def load_or_report(command: str, path: str | Path):
    """The map at ``path``, or None after printing its problems (one line each) to stderr."""
    from ..io import LoadError, load_map

    try:
        return load_map(path)
    except LoadError as exc:
        print(str(exc), file=sys.stderr)
        return None
