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
from ..model.messages import say, translated
from .errors import LoadError, LoadProblem
from .history import check_head, set_baseline, set_baseline_text
from .image_fit import fit_images
from .migrations import MigrationError, migrate

# The real format nests about 6 deep; anything far deeper is hostile or broken. pydantic's JSON
# parser (the one-pass path) refuses more than 201 levels, so the careful path, which parses with
# json.loads, uses the same bound: both paths accept and refuse the same files.
MAX_DEPTH = 201
MAX_REPORTED = 20  # problems listed per file; the rest are counted
_NOT_ALLOWED = re.compile(r"^\S+ ")  # "NaN is not a number JSON allows", in any language

# pydantic's messages for the mistakes a hand-edited file makes, as templates of ours so that
# the window can show them in its language (its ``ctx`` fills the fields); English keeps
# pydantic's own words.
PYDANTIC_MESSAGES = {
    "missing": "field required",
    "string_type": "input should be a valid string",
    "int_type": "input should be a valid integer",
    "int_parsing": "input should be a valid integer, unable to parse string as an integer",
    "int_from_float": "input should be a valid integer, got a number with a fractional part",
    "float_type": "input should be a valid number",
    "float_parsing": "input should be a valid number, unable to parse string as a number",
    "finite_number": "input should be a finite number",
    "bool_type": "input should be a valid boolean",
    "bool_parsing": "input should be a valid boolean, unable to interpret input",
    "list_type": "input should be a valid list",
    "dict_type": "input should be a valid dictionary",
    "model_type": "input should be a valid dictionary or instance of {class_name}",
    "literal_error": "input should be {expected}",
    "enum": "input should be {expected}",
    "greater_than_equal": "input should be greater than or equal to {ge}",
    "greater_than": "input should be greater than {gt}",
    "less_than_equal": "input should be less than or equal to {le}",
    "less_than": "input should be less than {lt}",
    "string_too_long": "string should have at most {max_length} characters",
    "string_too_short": "string should have at least {min_length} characters",
    "too_long": "{field_type} should have at most {max_length} items after validation, not {actual_length}",
    "extra_forbidden": "extra inputs are not permitted",
    "date_parsing": "input should be a valid date in the format YYYY-MM-DD, {error}",
    "datetime_parsing": "input should be a valid datetime, {error}",
}


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
        raise _error(path, LoadProblem.MISSING, say("file"), say("no such file")) from None
    except IsADirectoryError:
        raise _error(path, LoadProblem.MISSING, say("file"), say("this is a folder, not a .jmap file")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _error(path, LoadProblem.UNREADABLE, say("file"),
                         say("cannot be read: a symbolic link that leads back to itself")) from None
        raise _error(path, LoadProblem.UNREADABLE, say("file"),
                     say("cannot be read ({reason})", reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _error(path, LoadProblem.MISSING, say("file"), say("this is a folder, not a .jmap file"))
        if not stat.S_ISREG(info.st_mode):
            raise _error(path, LoadProblem.UNREADABLE, say("file"),
                         say("this is not a regular file (a pipe, a device or a socket); "
                             "a journey map is an ordinary file"))
        if info.st_size > MAX_FILE_BYTES:
            raise _error(path, LoadProblem.TOO_LARGE, say("file"), _too_large(info.st_size))
        with os.fdopen(os.dup(fd), "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # capped even if the file grows while we read
    except OSError as exc:
        raise _error(path, LoadProblem.UNREADABLE, say("file"),
                     say("cannot be read ({reason})", reason=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise _error(path, LoadProblem.TOO_LARGE, say("file"), _too_large(len(raw)))
    return raw


def _too_large(size: int) -> str:
    return say("the file is {size} MB or more; the limit is {limit} MB", size=size // 2**20,
               limit=MAX_FILE_BYTES // 2**20)


def _refuse_constant(name: str) -> Any:
    raise ValueError(say("{name} is not a number JSON allows", name=name))


def loads_map(text: str | bytes, source: str | Path = "<string>") -> JourneyMap:
    """Parse and validate journey-map JSON given as text or UTF-8 bytes; raises LoadError."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = text[: exc.start].count(b"\n") + 1
            raise _error(source, LoadProblem.NOT_TEXT, say("line {line}", line=line),
                         say("the file is not UTF-8 text (is it really a .jmap file?)")) from None
    if not text.strip():
        raise _error(source, LoadProblem.NOT_JSON, say("file"), say("the file is empty"))
    with gc_paused():  # hundreds of thousands of objects that all stay alive (model.gc_pause)
        return _parse(text, source)


def _parse(text: str, source: str | Path) -> JourneyMap:
    doc = _load_current(text, source)
    if doc is not None:
        return doc
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        place = say("line {line}, column {column}", line=exc.lineno, column=exc.colno)
        if exc.pos >= len(text.rstrip()):
            message = say("not valid JSON: {detail} (the file may be truncated)", detail=exc.msg)
        else:
            message = say("not valid JSON: {detail}", detail=exc.msg)
        raise _error(source, LoadProblem.NOT_JSON, place, message) from None
    except ValueError as exc:  # NaN/Infinity (our message), or an integer of thousands of digits
        words = str(exc) if _NOT_ALLOWED.match(str(exc)) else say("a number has far too many digits")
        raise _error(source, LoadProblem.NOT_JSON, say("file"), say("not valid JSON: {detail}", detail=words)) from None
    except RecursionError:
        raise _error(source, LoadProblem.TOO_DEEP, say("file"), say("the JSON is nested far too deeply")) from None
    return load_data(data, source)


def load_data(data: Any, source: str | Path = "<data>") -> JourneyMap:
    """Validate already-parsed JSON data (migrating older versions first); raises LoadError."""
    deep = _too_deep(data)
    if deep is not None:
        raise _error(source, LoadProblem.TOO_DEEP, deep, say("nested more than {depth} levels deep", depth=MAX_DEPTH))
    if not isinstance(data, dict):
        raise _error(source, LoadProblem.NOT_JMAP, say("(top level)"),
                     say("expected a JSON object, found {found}", found=_json_type(data)))
    if data.get("format") != "jmap":
        found = say("no format marker") if "format" not in data else f"format {data.get('format')!r}"
        raise _error(source, LoadProblem.NOT_JMAP, "format",
                     say('not a journey map: expected "format": "jmap", found {found}', found=found))
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _error(source, LoadProblem.INVALID, "schema_version",
                     say("expected a whole number, found {found}", found=repr(version)))
    if version > SCHEMA_VERSION:
        raise _error(source, LoadProblem.TOO_NEW, "schema_version",
                     say("the file uses schema version {version}, but this program reads up to version "
                         "{newest}; open it with a newer JMap Desktop", version=version, newest=SCHEMA_VERSION))
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
        check_head(doc, text)
    return doc


def _error(source: str | Path, kind: LoadProblem, place: str, message: str) -> LoadError:
    return LoadError(source, kind, [Problem(place, message)])


def _problems(exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False, include_input=False):
        problems.append(Problem(json_path(err["loc"]) or say("(top level)"), _plain(err)))
    return _capped(problems)


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_REPORTED:
        return problems
    rest = len(problems) - MAX_REPORTED
    return problems[:MAX_REPORTED] + [Problem(say("file"), say("and {count} more problem(s)", count=rest))]


def _plain(err: dict) -> str:
    template = PYDANTIC_MESSAGES.get(err["type"])
    if template is not None and translated(template):  # English: pydantic's own words, as before
        ctx = dict(err.get("ctx", {}))
        if " or " in str(ctx.get("expected", "")):  # "'a', 'b' or 'c'": the "or" in the language too
            first, last = str(ctx["expected"]).rsplit(" or ", 1)
            ctx["expected"] = say("{choices} or {last}", choices=first, last=last)
        try:
            return say(template, **ctx)
        except (KeyError, IndexError):  # a context this table did not expect
            pass
    msg = err["msg"]
    if msg.startswith("Value error, "):  # our own validators' messages, without pydantic's prefix
        msg = msg[len("Value error, "):]
    return msg[:1].lower() + msg[1:] if err["type"] != "value_error" else msg


def validation_message(err: dict) -> str:
    """One of pydantic's errors in the user's language (its own words in English)."""
    return _plain(err)


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
            return json_path(loc) or say("(top level)")
        stack.extend((child, depth + 1, loc + (key,)) for key, child in children
                     if isinstance(child, dict | list))
    return None


def _json_type(value: Any) -> str:
    names = {list: say("a list"), str: say("a string"), int: say("a number"), float: say("a number"),
             bool: "true/false", type(None): "null"}
    return names.get(type(value), type(value).__name__)
