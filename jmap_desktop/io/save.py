"""Writing .jmap files atomically, keeping the previous version as ``NAME.jmap.bak``.

The new text goes to a temporary file in the same folder, is flushed and fsynced, and only then
replaces the old file with ``os.replace`` (atomic on POSIX and Windows). If anything fails the
old file is untouched, the temporary file is removed, and a SaveError says what happened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from ..model import JourneyMap
from .errors import SaveError
from .jsonfile import dumps_map


def save_map(doc: JourneyMap, path: str | Path, *, backup: bool = True) -> None:
    """Write ``doc`` to ``path``; raises SaveError and leaves the old file intact on failure."""
    path = Path(path)
    try:
        data = dumps_map(doc).encode("utf-8")
    except (ValueError, TypeError) as exc:  # should not happen for a validated document
        raise SaveError(path, f"the map could not be written as JSON ({exc})") from None
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SaveError(path, "this is a folder; choose a file name")
    if not folder.is_dir():
        raise SaveError(path, f"the folder {folder} does not exist")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        # mkstemp makes the file private; a map gets the old file's mode, or the usual one.
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        if path.exists() and backup:
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(path, _reason(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, hence best effort.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; the file was not changed. Free some space and save again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write here; the file was not changed. Use Save As elsewhere"
    return f"the file could not be written ({exc.strerror or exc}); it was not changed"
