"""MapSession: one open map — its file, its store, its undo stack and whether it is saved.

Kept apart from menus and widgets so that opening, saving and the modified state can be tested
without a window. The modified state is the undo stack's clean state: undoing back to the last
save makes the map unmodified again.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..io import ReadOnlyError, SaveError, load_map, save_map
from ..io.history import record_revision
from ..model import DocumentStore, JourneyMap
from .disk_watch import DiskSignature, changed_on_disk
from .file_lock import DocumentLock

# Steps of undo kept: each holds its before/after records (about 1.5 KB on average), so an
# unbounded history grew by tens of MB over a long session; 10,000 steps is days of workshops.
UNDO_LIMIT = 10_000


class OpenElsewhere(Exception):
    """The file is open for editing in another window (this process or another)."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path, self.holder = path, holder
        super().__init__(f"{path}: open in {holder}")


class MapSession(QObject):
    titleChanged = Signal()
    modifiedChanged = Signal(bool)
    documentReplaced = Signal()  # a different map is now open (new, open, recover)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = DocumentStore()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # the oldest steps go; memory stays bounded
        self.path: Path | None = None
        self.disk: DiskSignature | None = None  # the file as we last read or wrote it
        self.lock: DocumentLock | None = None  # tells other windows this file is being edited
        self.read_only = False  # opened while another window edits it: Save goes to Save As
        self.author = ""  # the name set in Preferences; see signature()
        # Said by the next revision: "Restored …", or the other copy's revision after a merge.
        self.next_note = ""
        self.next_merged: str | None = None
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def signature(self) -> str:
        """Who revisions, snapshots and comments are by: the name set in Preferences, else the
        login name, so that one person reads the same everywhere."""
        if self.author:
            return self.author
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no login name (a container, a service account)
            return ""

    def _clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self):  # the stack also emits while the session is torn down
            self.modifiedChanged.emit(not clean)

    # -- state ---------------------------------------------------------------------------
    @property
    def doc(self) -> JourneyMap:
        return self.store.doc

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        # A new map (from a template) is Untitled until saved, whatever its title says.
        name = self.path.name if self.path is not None else self.tr("Untitled")
        return self.tr("{name} (read-only)").format(name=name) if self.read_only else name

    # -- replacing the document ------------------------------------------------------------
    def replace(self, doc: JourneyMap, path: Path | None, modified: bool = False, *,
                lock: DocumentLock | None = None, read_only: bool = False) -> None:
        """Show another map; the undo history starts afresh. ``lock``: the file's lock, taken by
        ``open``; without one, the lock of ``path`` is taken here if no other window holds it."""
        self.undo_stack.clear()
        self.next_note, self.next_merged = "", None
        self.store.reset(doc)
        if not (lock is None and path is not None and path == self.path and self.lock is not None):
            if lock is None and path is not None and not read_only:  # recovered, new from file
                lock = DocumentLock(path)
                if not lock.acquire():
                    lock, read_only = None, True  # another window edits it: only read it here
            self._take_lock(lock)
        # else: the same file again (reload): this window keeps its lock
        self.read_only = read_only
        self.path = path
        self.disk = DiskSignature.of(path) if path is not None else None
        if modified:
            self.undo_stack.resetClean()  # no clean state in the history: modified until saved
        else:
            self.undo_stack.setClean()
        self.modifiedChanged.emit(modified)
        self.titleChanged.emit()
        self.documentReplaced.emit()

    def changed_on_disk(self) -> bool:
        """Another program changed (or replaced) the open file since we read or wrote it."""
        return changed_on_disk(self.path, self.disk)

    def open(self, path: str | Path, read_only: bool = False) -> None:
        """Load ``path`` (LoadError propagates; the current map stays open then). Raises
        OpenElsewhere when another window edits it, unless opened ``read_only``."""
        path = Path(os.path.realpath(path))  # Path.resolve raises on a symlink loop; load_map says so
        lock = None
        if not read_only and path != self.path:
            lock = DocumentLock(path)
            if not lock.acquire():
                raise OpenElsewhere(path, lock.holder())
        try:
            doc = load_map(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        self.replace(doc, path, lock=lock, read_only=read_only)

    def _take_lock(self, lock: DocumentLock | None) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock = lock

    def release(self) -> None:
        """The window closes: other windows may now edit the file, and its undo history goes.

        The history is deleted here, while the window is whole, rather than left to Python's
        cycle collector: when a stack and its commands are collected together, shiboken may free
        a command before the stack, which then frees it again (a crash, at a random moment)."""
        self._take_lock(None)
        self.undo_stack.clear()

    def save(self, path: str | Path | None = None, overwrite_outside: bool = False) -> Path:
        """Write the map (SaveError propagates; the map then stays modified).

        Saving to the open file re-checks it under the save lock: if another window or program
        changed it since we read or wrote it, ChangedOnDiskError is raised and nothing is
        written, unless ``overwrite_outside`` (their version is then kept beside the file)."""
        target = Path(os.path.realpath(path)) if path is not None else self.path
        if target is None:
            raise ValueError("the map has no file yet: use Save As")
        if self.read_only and target == self.path:
            raise ReadOnlyError(target, "it is open in another window, which edits it, so this "
                                        "window only reads it; use Save As to keep your changes")
        new_lock = None
        if target != self.path or self.lock is None:
            new_lock = DocumentLock(target)
            if not new_lock.acquire():
                raise SaveError(target, f"the file is open in {new_lock.holder()}; it was not "
                                        "changed. Close it there or choose another name")
        expect = self.disk.digest if target == self.path and self.disk is not None else None
        doc = self.doc
        # The timestamp is bookkeeping, not an edit: it bypasses the undo stack on purpose.
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        previous = doc.meta.modified, doc.meta.created
        doc.meta.modified = now
        if doc.meta.created is None:
            doc.meta.created = now
        # Every save is a revision in the file's own history (io.history), committed once written.
        pending = record_revision(doc, author=self.signature(), note=self.next_note,
                                  merged=self.next_merged, now=now)
        try:
            save_map(doc, target, expect_sha256=expect, keep_outside=overwrite_outside)
        except Exception:
            pending.rollback()
            doc.meta.modified, doc.meta.created = previous
            if new_lock is not None:
                new_lock.release()
            raise
        if new_lock is not None:
            self._take_lock(new_lock)
            self.read_only = False
        pending.commit()
        self.next_note, self.next_merged = "", None
        self.path = target
        self.disk = DiskSignature.of(target)
        self.undo_stack.setClean()
        self.titleChanged.emit()
        return target
