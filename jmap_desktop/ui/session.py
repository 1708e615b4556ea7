"""MapSession: one open map — its file, its store, its undo stack and whether it is saved.

Kept apart from menus and widgets so that opening, saving and the modified state can be tested
without a window. The modified state is the undo stack's clean state: undoing back to the last
save makes the map unmodified again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..io import load_map, save_map
from ..io.history import record_revision
from ..model import DocumentStore, JourneyMap
from .disk_watch import DiskSignature, changed_on_disk


class MapSession(QObject):
    titleChanged = Signal()
    modifiedChanged = Signal(bool)
    documentReplaced = Signal()  # a different map is now open (new, open, recover)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = DocumentStore()
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.disk: DiskSignature | None = None  # the file as we last read or wrote it
        self.author = ""  # named in each revision the next saves record (Preferences)
        # Said by the next revision: "Restored …", or the other copy's revision after a merge.
        self.next_note = ""
        self.next_merged: str | None = None
        self.undo_stack.cleanChanged.connect(self._clean_changed)

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
        return self.path.name if self.path is not None else "Untitled"

    # -- replacing the document ------------------------------------------------------------
    def replace(self, doc: JourneyMap, path: Path | None, modified: bool = False) -> None:
        """Show another map; the undo history starts afresh."""
        self.undo_stack.clear()
        self.next_note, self.next_merged = "", None
        self.store.reset(doc)
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

    def open(self, path: str | Path) -> None:
        """Load ``path`` (LoadError propagates; the current map stays open then)."""
        path = Path(path).resolve()
        self.replace(load_map(path), path)

    def save(self, path: str | Path | None = None, overwrite_outside: bool = False) -> Path:
        """Write the map (SaveError propagates; the map then stays modified).

        Saving to the open file re-checks it under the save lock: if another window or program
        changed it since we read or wrote it, ChangedOnDiskError is raised and nothing is
        written, unless ``overwrite_outside`` (their version is then kept beside the file)."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("the map has no file yet: use Save As")
        expect = self.disk.digest if target == self.path and self.disk is not None else None
        doc = self.doc
        # The timestamp is bookkeeping, not an edit: it bypasses the undo stack on purpose.
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        previous = doc.meta.modified, doc.meta.created
        doc.meta.modified = now
        if doc.meta.created is None:
            doc.meta.created = now
        # Every save is a revision in the file's own history (io.history), committed once written.
        pending = record_revision(doc, author=self.author, note=self.next_note,
                                  merged=self.next_merged, now=now)
        try:
            save_map(doc, target, expect_sha256=expect, keep_outside=overwrite_outside)
        except Exception:
            pending.rollback()
            doc.meta.modified, doc.meta.created = previous
            raise
        pending.commit()
        self.next_note, self.next_merged = "", None
        self.path = target
        self.disk = DiskSignature.of(target)
        self.undo_stack.setClean()
        self.titleChanged.emit()
        return target
