"""Writing .jmap files so that nothing is ever lost: atomic replace, backups, conflict checks.

A save, in order:

1. the new text goes to a hidden temporary file in the same folder, flushed and fsynced;
2. under the file's save lock (``save_lock``), temporary files left by an interrupted save are
   removed, the file is refused if it is read-only, and it is re-read: if it is no longer what
   the caller last read or wrote (``expect_sha256``), another window or program changed it and a
   ChangedOnDiskError says so, unless the caller chose to overwrite (``keep_outside=True``), in
   which case the outside version is kept beside it as ``NAME (outside edit DATE).jmap``;
3. the old file is kept by a hard link (a copy where links are impossible), then ``os.replace``
   swaps the new file in (atomic on POSIX and Windows) and the folder is fsynced;
4. only now that the new file is durable do the backups rotate: ``NAME.jmap.bak`` is the
   previous version, ``.bak2`` and ``.bak3`` the ones before. Each backup arrives by a rename of
   a complete file, so a backup is never empty or truncated, and a save that fails earlier
   leaves every backup as it was.

Killed at any instant, the file is either the old or the new version, complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from ..model import JourneyMap
from ..model.messages import say
from .errors import ChangedOnDiskError, ReadOnlyError, SaveError
from .jsonfile import dumps_map
from .save_lock import LockTimeout, save_lock

BACKUP_GENERATIONS = 3  # NAME.jmap.bak, NAME.jmap.bak2, NAME.jmap.bak3
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def backup_paths(path: str | Path) -> list[Path]:
    """The backups of ``path``, newest first (whether or not they exist)."""
    path = Path(path)
    return [path.with_name(path.name + ".bak" + (str(i) if i > 1 else ""))
            for i in range(1, BACKUP_GENERATIONS + 1)]


def file_digest(path: str | Path) -> str | None:
    """SHA-256 of the file's bytes, or None when it cannot be read."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def encode_map(doc: JourneyMap) -> bytes:
    """The file's bytes. A lone surrogate (from a ``\\udXXX`` escape in a loaded file) cannot be
    UTF-8, so it is written back as the same escape instead of making every save fail."""
    text = dumps_map(doc)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # json.dumps copies strings verbatim, so every surrogate sits inside a JSON string where
        # the escape means the same character.
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def save_map(doc: JourneyMap, path: str | Path, *, backup: bool = True,
             expect_sha256: str | None = None, keep_outside: bool = False) -> str:
    """Write ``doc`` to ``path`` and return the SHA-256 of what was written.

    Raises SaveError (ReadOnlyError, ChangedOnDiskError) and then leaves the file and its
    backups exactly as they were."""
    path = Path(path)
    try:
        data = encode_map(doc)
    except (ValueError, TypeError) as exc:  # e.g. NaN, which JSON cannot represent
        raise SaveError(path, say("the map could not be written as JSON ({reason})", reason=exc)) from None
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SaveError(path, say("this is a folder; choose a file name"))
    if not folder.is_dir():
        raise SaveError(path, say("the folder {folder} does not exist", folder=folder))
    tmp_name = kept = None
    try:
        with save_lock(path):
            _remove_stale_temps(folder, path.name)
            old = _stat(path)
            if old is not None and _read_only(path, old):
                raise ReadOnlyError(path, say("the file is read-only; it was not changed. "
                                              "Use Save As to keep your changes in another file"))
            outside = False
            if old is not None and expect_sha256 is not None:
                outside = file_digest(path) != expect_sha256
                if outside and not keep_outside:
                    raise ChangedOnDiskError(path, say("the file was changed by another window or "
                                                       "program since it was opened; it was not changed"))
            tmp_name = _write_temp(folder, path.name, data, old)
            if old is not None and (backup or outside):
                kept = _keep_old(path, folder)
            os.replace(tmp_name, path)
            tmp_name = None
            _fsync_folder(folder)
            if kept is not None:
                if outside:
                    _link_or_copy(kept, _outside_name(path))
                if backup:
                    _rotate_backups(path, kept)
                    kept = None
                _fsync_folder(folder)
    except SaveError:
        raise
    except OSError as exc:
        raise SaveError(path, _reason(exc)) from None
    finally:
        for leftover in (tmp_name, kept):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
    return hashlib.sha256(data).hexdigest()


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _read_only(path: Path, st: os.stat_result) -> bool:
    # Mode bits first: the superuser may write anywhere, but a 0444 file still means "keep".
    return not (st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def _temp_prefix(name: str) -> str:
    return f".{name}."


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Temporary files of an interrupted save (crash, kill, power loss). Called under the save
    lock, so no save of this file is running and every such file is stale."""
    prefix = _temp_prefix(name)
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _write_temp(folder: Path, name: str, data: bytes, old: os.stat_result | None) -> str:
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(name), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        # mkstemp makes the file private; a map gets the old file's mode, or the usual one.
        mode = stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask()
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _keep_old(path: Path, folder: Path) -> str:
    """A second name for the current file, so that replacing it does not drop the old text."""
    fd, kept = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".old.tmp", dir=folder)
    os.close(fd)
    os.unlink(kept)
    try:
        _link_or_copy(path, Path(kept))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(kept)
        raise
    return kept


def _link_or_copy(source: Path | str, target: Path) -> None:
    try:
        os.link(source, target)  # instant, and the old bytes are already on disk
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            raise
        partial = target.with_name(f".{target.name}.part.tmp")
        shutil.copyfile(source, partial)
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)


def _rotate_backups(path: Path, kept: str) -> None:
    backups = backup_paths(path)
    for newer, older in zip(reversed(backups[:-1]), reversed(backups[1:]), strict=True):
        if newer.exists():
            os.replace(newer, older)
    os.replace(kept, backups[0])


def _outside_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
    stem, suffix = (path.stem, path.suffix) if path.suffix else (path.name, "")
    candidate = path.with_name(f"{stem} (outside edit {stamp}){suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem} (outside edit {stamp} {n}){suffix}")
        n += 1
    return candidate


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
    if isinstance(exc, LockTimeout):
        return say("another window or program is saving this file right now; try again")
    if exc.errno == errno.ENOSPC:
        return say("the disk is full; the file was not changed. Free some space and save again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return say("no permission to write here; the file was not changed. Use Save As elsewhere")
    return say("the file could not be written ({reason}); it was not changed", reason=exc.strerror or exc)
