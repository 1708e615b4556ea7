"""Undo commands: each wraps one store operation and the record it returns.

Commands hold the store, ids and before/after values — never Qt items (STYLE.md principle 2).
``redo`` runs when the command is pushed, so building a command and pushing it *is* the edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import DocumentStore, StoreError

# Command ids for QUndoCommand.mergeWith: a typing burst in one field is one undo step.
MERGE_CARD_FIELDS = 1001
MERGE_AXIS_FIELDS = 1002
MERGE_META_FIELDS = 1003


class StoreCommand(QUndoCommand):
    """Base: remembers the store and a readable name for the Edit menu.

    Subclasses implement ``apply`` and ``revert``. An exception must never escape ``redo``:
    PySide cannot carry it out of ``QUndoStack.push`` and the interpreter is left in a broken
    state. So a refused edit (StoreError) is recorded in ``error`` and the command marks itself
    obsolete, which makes the stack drop it without recording anything; callers check
    ``error`` after pushing (``push_command`` does it for them).
    """

    def __init__(self, store: DocumentStore, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.error: StoreError | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.error is not None:
            return
        try:
            self.apply()
        except StoreError as exc:
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self.revert()

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        return False


def push_command(stack: QUndoStack, command: StoreCommand) -> None:
    """Push ``command``; raise its StoreError if the store refused it (nothing is recorded)."""
    stack.push(command)
    if command.error is not None:
        raise command.error


@contextmanager
def macro(stack: QUndoStack, text: str) -> Iterator[None]:
    """Several commands as one undo step named ``text``; push them with ``push_command``.

    If the store refuses one of them, what the macro already did is undone and dropped from the
    history (nothing half-done stays behind) and the StoreError propagates to the caller::

        with macro(stack, "Paste 3 cards"):
            push_command(stack, AddCardsCommand(...))
            push_command(stack, AddConnectionCommand(...))
    """
    before = stack.index()
    stack.beginMacro(text)
    try:
        yield
    except BaseException:
        stack.endMacro()
        if stack.index() > before:  # the partial macro was recorded: take it back out
            partial = stack.command(stack.index() - 1)
            partial.undo()  # undoes the children that did apply, last first
            # QUndoStack.undo skips an obsolete command's undo and deletes it from the history.
            partial.setObsolete(True)
            stack.undo()
        raise
    stack.endMacro()
