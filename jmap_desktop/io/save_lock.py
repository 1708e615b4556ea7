"""A short exclusive lock held while a .jmap file is replaced, shared by windows and processes.

Two windows (in one process or two) saving the same file take turns: each re-reads the file
under the lock immediately before replacing it, so neither can overwrite the other's save
without being told. The lock is an OS lock on ``.NAME.jmap.lock`` beside the file (``flock`` on
POSIX, ``msvcrt.locking`` on Windows): the OS drops it when the process dies, so a crash never
leaves a stale lock. The lock file is removed after each save; a waiter that wakes up holding a
file that was removed in the meantime simply tries again (the usual flock-and-unlink protocol).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

WAIT_SECONDS = 10.0  # a save takes milliseconds; ten seconds means something is stuck


class LockTimeout(OSError):
    """Another save of the same file did not finish in time."""


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def save_lock(path: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the save lock of ``path`` (raises LockTimeout, or OSError if it cannot be made)."""
    target = lock_path(path)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if _try_lock(fd) and _still_there(fd, target):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if time.monotonic() > deadline:
            raise LockTimeout(f"another save of {path.name} did not finish")
        time.sleep(0.01)
    try:
        yield
    finally:
        # Unlink while still holding the lock, so a waiter notices it holds a removed file.
        with contextlib.suppress(OSError):
            os.unlink(target)
        _unlock(fd)
        os.close(fd)


def _still_there(fd: int, target: Path) -> bool:
    """The locked file is the one at ``target`` (not one a previous holder already removed)."""
    try:
        mine, there = os.fstat(fd), os.stat(target)
    except OSError:
        return False
    if os.name == "nt":  # no inode numbers worth comparing; Windows cannot remove an open file
        return True
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def windows_locks(msvcrt) -> tuple[Callable[[int], bool], Callable[[int], None]]:
    """Try-lock and unlock over ``msvcrt.locking``, made from the module given: Windows passes
    the real one; tests/io/test_windows_locks.py runs this logic with a fake one off Windows."""

    def try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)  # locking works from the file position: byte 0 again
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    return try_lock, unlock


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    _try_lock, _unlock = windows_locks(msvcrt)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
