"""Reading .jmap files: bytes -> text -> JSON -> migrated data -> validated JourneyMap.

Every failure becomes a LoadError naming the file, the place (``line 3, column 7`` or a JSON
path such as ``cards[3].emotion``) and the problem in plain words. Nothing here writes.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, JourneyMap, Problem, find_problems
from ..model.gc_pause import gc_paused
from ..model.limits import MAX_FILE_BYTES
from .errors import LoadError, LoadProblem
from .history import set_baseline, set_baseline_text
from .image_fit import fit_images
from .migrations import MigrationError, migrate

# The real format nests about 6 deep; anything far deeper is hostile or broken. pydantic's JSON
# parser (the one-pass path) refuses more than 201 levels, so the careful path, which parses with
# json.loads, uses the same bound: both paths accept and refuse the same files.
MAX_DEPTH = 201
MAX_REPORTED = 20  # problems listed per file; the rest are counted


def load_map(path: str | Path) -> JourneyMap:
    """Read and validate the journey map at ``path``; raises LoadError."""
    path = Path(path)
    return loads_map(_read_regular_file(path), source=path)


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file within the size limit. A FIFO, a device
    (``/dev/zero`` reads forever), a folder or a symlink loop is refused without blocking."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not wait for one.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise _error(path, LoadProblem.MISSING, "file", "no such file") from None
    except IsADirectoryError:
        raise _error(path, LoadProblem.MISSING, "file", "this is a folder, not a .jmap file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _error(path, LoadProblem.UNREADABLE, "file",
                         "cannot be read: a symbolic link that leads back to itself") from None
        raise _error(path, LoadProblem.UNREADABLE, "file", f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _error(path, LoadProblem.MISSING, "file", "this is a folder, not a .jmap file")
        if not stat.S_ISREG(info.st_mode):
            raise _error(path, LoadProblem.UNREADABLE, "file",
                         "this is not a regular file (a pipe, a device or a socket); "
                         "a journey map is an ordinary file")
        if info.st_size > MAX_FILE_BYTES:
            raise _error(path, LoadProblem.TOO_LARGE, "file", _too_large(info.st_size))
        with os.fdopen(os.dup(fd), "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # capped even if the file grows while we read
    except OSError as exc:
        raise _error(path, LoadProblem.UNREADABLE, "file", f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise _error(path, LoadProblem.TOO_LARGE, "file", _too_large(len(raw)))
    return raw


def _too_large(size: int) -> str:
    return f"the file is {size // 2**20} MB or more; the limit is {MAX_FILE_BYTES // 2**20} MB"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


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
    with gc_paused():  # hundreds of thousands of objects that all stay alive (model.gc_pause)
        return _parse(text, source)


def _parse(text: str, source: str | Path) -> JourneyMap:
    doc = _load_current(text, source)
    if doc is not None:
        return doc
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        hint = " (the file may be truncated)" if exc.pos >= len(text.rstrip()) else ""
        raise _error(source, LoadProblem.NOT_JSON, f"line {exc.lineno}, column {exc.colno}",
                     f"not valid JSON: {exc.msg}{hint}") from None
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        words = str(exc) if "JSON allows" in str(exc) else "a number has far too many digits"
        raise _error(source, LoadProblem.NOT_JSON, "file", f"not valid JSON: {words}") from None
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
    problems = find_problems(doc) or fit_images(doc)
    if problems:
        raise LoadError(source, LoadProblem.INVALID, _capped(problems))
    if doc.history is not None:  # the newest revision is this map: later saves diff against it
        set_baseline(doc, {k: v for k, v in data.items() if k != "history"})
    return doc


# The file starts the way save_map writes the current version (keys in stable order).
_CURRENT_HEAD = re.compile(r'\A\s*\{\s*"format"\s*:\s*"jmap"\s*,\s*"schema_version"\s*:\s*(\d+)\s*[,}]')


def _load_current(text: str, source: str | Path) -> JourneyMap | None:
    """The fast way to read a file of the current version: pydantic parses and validates the
    text in one pass (its parser bounds nesting itself, at MAX_DEPTH). None when anything is
    unusual (older version, invalid, nested too deep); the careful path then reads it again and
    reports the problem in plain words."""
    head = _CURRENT_HEAD.match(text)
    if head is None or int(head.group(1)) != SCHEMA_VERSION:
        return None
    if "NaN" in text or "Infinity" in text:  # pydantic would accept them in unknown fields
        return None
    try:
        doc = JourneyMap.model_validate_json(text)
    except (ValidationError, ValueError, RecursionError):
        return None
    if doc.format != "jmap" or doc.schema_version != SCHEMA_VERSION:
        return None  # e.g. a repeated key: the careful path decides
    problems = find_problems(doc) or fit_images(doc)
    if problems:
        raise LoadError(source, LoadProblem.INVALID, _capped(problems))
    if doc.history is not None:  # the newest revision is this map: later saves diff against it
        set_baseline_text(doc, text)
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


def _too_deep(data: Any, start: int = 1) -> str | None:
    """The JSON path of the first value nested deeper than MAX_DEPTH, or None (iterative);
    ``start`` is the depth at which ``data`` sits in the file."""
    stack: list[tuple[Any, int, tuple]] = [(data, start, ())]
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
