"""Replacing the whole map in one undo step: restoring an old revision, taking a merged copy.

The file's history is not part of the edit: it always stays with the document that is shown,
so undoing a restore after a save keeps the revisions that save recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import DocumentStore, JourneyMap
from .base import StoreCommand


class ReplaceMapCommand(StoreCommand):
    """``applied(True)`` after each redo and ``applied(False)`` after each undo: the window uses
    it to say "Restored …" or "Merged …" in the next revision only while the step is done."""

    def __init__(self, store: DocumentStore, new: JourneyMap, text: str,
                 applied: Callable[[bool], None] | None = None) -> None:
        super().__init__(store, text)
        self._new = new
        self._old: JourneyMap | None = None
        self._applied = applied

    def apply(self) -> None:
        current = self.store.doc
        if self._old is None:
            self._old = current
        self._new.history = current.history
        self.store.reset(self._new)
        if self._applied is not None:
            self._applied(True)

    def revert(self) -> None:
        assert self._old is not None
        self._old.history = self.store.doc.history
        self.store.reset(self._old)
        if self._applied is not None:
            self._applied(False)
