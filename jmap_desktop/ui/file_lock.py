"""Which window has a map open: a QLockFile per open file, seen by every window and process.

The lock files live in the state folder (``locks/``), named by a hash of the file's full path,
so that opening a map never writes into the map's own folder (a Git checkout, a shared drive).
A lock is stale only when the process that made it is gone (``setStaleLockTime(0)`` turns off
Qt's age rule, which would otherwise take the lock from a window left open for a long time);
Qt then removes it, so a crash never leaves a map locked. Qt judges that by the process id in
the file, which another program may have taken since (a crashed window's map then looked open
elsewhere), so the holder also keeps an operating-system lock beside it (``io.process_lock``),
taken first and dropped by the system when the process ends: whoever gets it may clear a
QLockFile left behind, whatever process its id now names.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from ..io.process_lock import ProcessLock
from .recovery import state_dir


def lock_file_for(path: Path) -> Path:
    key = hashlib.sha256(os.path.realpath(path).encode("utf-8", "surrogateescape")).hexdigest()
    return state_dir() / "locks" / f"{key[:32]}.lock"


class DocumentLock:
    """Held while a window edits ``path``; ``acquire`` is False when another window holds it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._file: QLockFile | None = None
        self._live: ProcessLock | None = None

    def acquire(self) -> bool:
        try:
            target = lock_file_for(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # no state folder: editing goes on, only this warning is lost
        live: ProcessLock | None = ProcessLock(target.with_suffix(".live"))
        try:
            if not live.acquire():
                return False  # a running window holds it
        except OSError:
            live = None  # a file system that cannot lock: Qt's lock alone decides
        lock = QLockFile(str(target))
        lock.setStaleLockTime(0)
        taken = lock.tryLock(0)
        if not taken and live is not None and lock.error() == QLockFile.LockError.LockFailedError:
            # Its writer has ended (we hold the live lock), though its process id is alive.
            taken = lock.removeStaleLockFile() and lock.tryLock(0)
        if taken:
            self._file, self._live = lock, live
            return True
        if live is not None:
            live.release()
        # Any error but "held by someone" means an unusable folder: no lock, and no refusal.
        return lock.error() != QLockFile.LockError.LockFailedError

    def holder(self) -> str:
        """Who holds the lock, in words (``process 4242 on laptop``)."""
        lock = QLockFile(str(lock_file_for(self.path)))
        info = lock.getLockInfo()  # PySide6: (pid, hostname, appname); pid 0 when unreadable
        if isinstance(info, tuple) and len(info) == 3 and info[0]:
            return QCoreApplication.translate("DocumentLock", "process {pid} on {host}").format(pid=info[0], host=info[1])
        return QCoreApplication.translate("DocumentLock", "another window")

    def release(self) -> None:
        if self._file is not None:
            self._file.unlock()
            self._file = None
        if self._live is not None:
            self._live.release()
            self._live = None

    @property
    def held(self) -> bool:
        return self._file is not None
