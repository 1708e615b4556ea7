"""Replacing the whole map in one undo step: restoring an old revision, taking a merged copy.

The file's history is not part of the edit: it always stays with the document that is shown,
so undoing a restore after a save keeps the revisions that save recorded.
"""

from __future__ import annotations

from ..model import DocumentStore, JourneyMap
from .base import StoreCommand


class ReplaceMapCommand(StoreCommand):
    def __init__(self, store: DocumentStore, new: JourneyMap, text: str) -> None:
        super().__init__(store, text)
        self._new = new
        self._old: JourneyMap | None = None

    def apply(self) -> None:
        current = self.store.doc
        if self._old is None:
            self._old = current
        self._new.history = current.history
        self.store.reset(self._new)

    def revert(self) -> None:
        assert self._old is not None
        self._old.history = self.store.doc.history
        self.store.reset(self._old)
