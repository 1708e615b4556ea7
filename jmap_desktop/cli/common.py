"""Helpers shared by the subcommands: exit codes, loading files with one-line errors."""

from __future__ import annotations

import re
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


# Control characters (C0 but tab and newline, DEL, C1) would let a map's text drive the terminal
# (escape sequences that retitle the window, hide lines, move the cursor); lone surrogates
# cannot be printed at all.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters removed and lone surrogates shown as U+FFFD."""
    return _UNPRINTABLE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else "", text)


def fail(command: str, message: str, code: int) -> int:
    print(f"jmap-desktop {command}: {message}", file=sys.stderr)
    return code


def load_or_report(command: str, path: str | Path):
    """The map at ``path``, or None after printing its problems (one line each) to stderr."""
    from ..io import LoadError, load_map

    try:
        return load_map(path)
    except LoadError as exc:
        print(terminal_safe(str(exc)), file=sys.stderr)
        return None
