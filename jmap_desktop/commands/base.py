"""Undo commands: each wraps one store operation and the record it returns.

Commands hold the store, ids and before/after values — never Qt items (STYLE.md principle 2).
``redo`` runs when the command is pushed, so building a command and pushing it *is* the edit.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..model import DocumentStore

# Command ids for QUndoCommand.mergeWith: a typing burst or a nudge series is one undo step.
MERGE_CARD_FIELDS = 1001
MERGE_AXIS_FIELDS = 1002
MERGE_META_FIELDS = 1003


class StoreCommand(QUndoCommand):
    """Base: remembers the store and a readable name for the Edit menu."""

    def __init__(self, store: DocumentStore, text: str) -> None:
        super().__init__(text)
        self.store = store
