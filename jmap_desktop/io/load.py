"""Reading .jmap files: bytes -> text -> JSON -> migrated data -> validated JourneyMap.

Every failure becomes a LoadError naming the file, the place (``line 3, column 7`` or a JSON
path such as ``cards[3].emotion``) and the problem in plain words. Nothing here writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, JourneyMap, Problem, find_problems
from ..model.limits import MAX_FILE_BYTES
from .errors import LoadError, LoadProblem
from .history import set_baseline
from .migrations import MigrationError, migrate

MAX_DEPTH = 64  # the real format nests about 6 deep; anything far deeper is hostile or broken
MAX_REPORTED = 20  # problems listed per file; the rest are counted


def load_map(path: str | Path) -> JourneyMap:
    """Read and validate the journey map at ``path``; raises LoadError."""
    path = Path(path)
    if not path.exists():
        raise _error(path, LoadProblem.MISSING, "file", "no such file")
    if path.is_dir():
        raise _error(path, LoadProblem.MISSING, "file", "this is a folder, not a .jmap file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(path, LoadProblem.TOO_LARGE, "file",
                         f"the file is {size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise _error(path, LoadProblem.UNREADABLE, "file", f"cannot be read ({exc.strerror or exc})") from None
    return loads_map(raw, source=path)


def loads_map(text: str | bytes, source: str | Path = "<string>") -> JourneyMap:
    """Parse and validate journey-map JSON given as text or UTF-8 bytes; raises LoadError."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = text[: exc.start].count(b"\n") + 1
            raise _error(source, LoadProblem.NOT_TEXT, f"line {line}",
                         "the file is not UTF-8 text (is it really a .jmap file?)") from None
    if not text.strip():
        raise _error(source, LoadProblem.NOT_JSON, "file", "the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (the file may be truncated)" if exc.pos >= len(text.rstrip()) else ""
        raise _error(source, LoadProblem.NOT_JSON, f"line {exc.lineno}, column {exc.colno}",
                     f"not valid JSON: {exc.msg}{hint}") from None
    except RecursionError:
        raise _error(source, LoadProblem.TOO_DEEP, "file", "the JSON is nested far too deeply") from None
    return load_data(data, source)


def load_data(data: Any, source: str | Path = "<data>") -> JourneyMap:
    """Validate already-parsed JSON data (migrating older versions first); raises LoadError."""
    deep = _too_deep(data)
    if deep is not None:
        raise _error(source, LoadProblem.TOO_DEEP, deep, f"nested more than {MAX_DEPTH} levels deep")
    if not isinstance(data, dict):
        raise _error(source, LoadProblem.NOT_JMAP, "(top level)",
                     f"expected a JSON object, found {_json_type(data)}")
    if data.get("format") != "jmap":
        found = "no format marker" if "format" not in data else f"format {data.get('format')!r}"
        raise _error(source, LoadProblem.NOT_JMAP, "format",
                     f'not a journey map: expected "format": "jmap", found {found}')
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _error(source, LoadProblem.INVALID, "schema_version",
                     f"expected a whole number, found {version!r}")
    if version > SCHEMA_VERSION:
        raise _error(source, LoadProblem.TOO_NEW, "schema_version",
                     f"the file uses schema version {version}, but this program reads up to version "
                     f"{SCHEMA_VERSION}; open it with a newer JMap Desktop")
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise _error(source, LoadProblem.INVALID, "schema_version", str(exc)) from None
    try:
        doc = JourneyMap.model_validate(data)
    except ValidationError as exc:
        raise LoadError(source, LoadProblem.INVALID, _problems(exc)) from None
    problems = find_problems(doc)
    if problems:
        raise LoadError(source, LoadProblem.INVALID, _capped(problems))
    if doc.history is not None:  # the newest revision is this map: later saves diff against it
        set_baseline(doc, {k: v for k, v in data.items() if k != "history"})
    return doc


def _error(source: str | Path, kind: LoadProblem, place: str, message: str) -> LoadError:
    return LoadError(source, kind, [Problem(place, message)])


def _problems(exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False, include_input=False):
        problems.append(Problem(json_path(err["loc"]) or "(top level)", _plain(err)))
    return _capped(problems)


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_REPORTED:
        return problems
    rest = len(problems) - MAX_REPORTED
    return problems[:MAX_REPORTED] + [Problem("file", f"and {rest} more problem(s)")]


def _plain(err: dict) -> str:
    msg = err["msg"]
    if msg.startswith("Value error, "):  # our own validators' messages, without pydantic's prefix
        msg = msg[len("Value error, "):]
    return msg[:1].lower() + msg[1:] if err["type"] != "value_error" else msg


def json_path(loc: tuple) -> str:
    """``('cards', 3, 'emotion')`` -> ``cards[3].emotion``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _too_deep(data: Any) -> str | None:
    """The JSON path of the first value nested deeper than MAX_DEPTH, or None (iterative)."""
    stack: list[tuple[Any, int, tuple]] = [(data, 1, ())]
    while stack:
        value, depth, loc = stack.pop()
        if isinstance(value, dict):
            children = value.items()
        elif isinstance(value, list):
            children = enumerate(value)
        else:
            continue
        if depth > MAX_DEPTH:
            return json_path(loc) or "(top level)"
        stack.extend((child, depth + 1, loc + (key,)) for key, child in children
                     if isinstance(child, dict | list))
    return None


def _json_type(value: Any) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number",
            bool: "true/false", type(None): "null"}.get(type(value), type(value).__name__)
