"""Typed, readable errors for reading and writing .jmap files (STYLE.md principle 7)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from ..model import Problem


class LoadProblem(StrEnum):
    MISSING = "missing"  # no such file, or a folder
    UNREADABLE = "unreadable"  # permission, I/O error
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"  # not UTF-8
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    NOT_JMAP = "not_jmap"  # wrong or missing format marker
    TOO_NEW = "too_new"
    INVALID = "invalid"  # wrong types, values out of range, broken references


class LoadError(Exception):
    """A file that cannot be opened as a journey map; names the file, the place and the problem.

    ``str(error)`` is one line per problem: ``FILE: place: message``.
    """

    def __init__(self, path: str | Path, kind: LoadProblem, problems: list[Problem]) -> None:
        self.path = str(path)
        self.kind = kind
        self.problems = problems
        super().__init__("\n".join(f"{self.path}: {p.place}: {p.message}" for p in problems))

    @property
    def place(self) -> str:
        return self.problems[0].place

    @property
    def message(self) -> str:
        return self.problems[0].message


class SaveError(Exception):
    """A save that did not happen; the file on disk is as it was before."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class ReadOnlyError(SaveError):
    """The file is read-only: it is kept as it is; the user may Save As another file."""


class ChangedOnDiskError(SaveError):
    """Another window or program changed the file since this one read or wrote it."""
