"""A lock that lives exactly as long as the process that holds it.

The operating system holds it (``flock`` on POSIX, ``msvcrt.locking`` on Windows) and drops it
when the process ends, however it ends: a kill, a crash, a power cut. So "is that session still
running?" is answered by trying to take its lock, never by reading a process id. Process ids are
reused: minutes after a crash the same id can name an unrelated program, and a lock judged by
its id (Qt's QLockFile on Unix, when the new program is also a Python) then looks held forever.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path


def windows_locks(msvcrt) -> tuple[Callable[[int], None], Callable[[int], None]]:
    """Lock and unlock over ``msvcrt.locking``, made from the module given: Windows passes the
    real one; tests/io/test_windows_locks.py runs this logic with a fake one off Windows."""

    def lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; allowed past the end of the file

    def unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    return lock, unlock


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    _lock, _unlock = windows_locks(msvcrt)
else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl/lockf: flock belongs to the open file, so a second open in the same
        # process (another window's check) is refused too, and closing one never drops another.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class ProcessLock:
    """``acquire`` without waiting; held until ``release`` or the end of the process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when taken (or already ours), False when a live process holds it; OSError when
        the lock file cannot be made or the file system cannot lock."""
        if self._fd is not None:
            return True
        for _ in range(3):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
            try:
                _lock(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in _HELD:
                    return False
                raise
            # The holder may have removed the file between our open and our lock (and a new
            # holder made a new one): the lock we took is then on a file nobody looks at.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                self._fd = fd
                return True
            os.close(fd)
        return False

    def release(self, remove: bool = True) -> None:
        """Give the lock up; ``remove`` deletes the lock file first, while it is still ours."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if remove and os.name != "nt":  # Windows cannot delete a file that is open
                self.path.unlink(missing_ok=True)
            _unlock(fd)
        except OSError:
            pass  # closing drops the lock anyway
        finally:
            os.close(fd)
        if remove and os.name == "nt":  # pragma: no cover
            # Fails while another process checks it; whoever takes it next removes it.
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)


def is_held(path: Path | str) -> bool:
    """Whether a live process holds the lock at ``path`` (False when there is no such file).
    A file system that cannot lock counts as not held: a copy offered twice is better than a
    copy never offered."""
    if not os.path.lexists(path):
        return False
    probe = ProcessLock(path)
    try:
        taken = probe.acquire()
    except OSError:
        return False
    probe.release()  # nobody's: the lock file of a session that has ended goes too
    return not taken
