"""Undo commands (QUndoCommand): the only way the GUI changes a document.

Each command wraps one DocumentStore operation; pushing it onto the window's QUndoStack applies
it. Names are what the Edit menu shows (“Undo Move 3 cards”).
"""

from .axes import AddAxisCommand, MoveAxisCommand, RemoveAxisCommand, UpdateAxisCommand
from .base import StoreCommand, macro, push_command
from .cards import AddCardsCommand, MoveCardsCommand, RemoveCardsCommand, UpdateCardsCommand
from .document import (
    AddConnectionCommand,
    AddPersonaCommand,
    RemoveConnectionsCommand,
    RemovePersonaCommand,
    SetEmotionScaleCommand,
    UpdateConnectionCommand,
    UpdateMetaCommand,
    UpdatePersonaCommand,
)
from .workshop import (
    AcceptNotesCommand,
    EditInboxNoteCommand,
    RejectNotesCommand,
    StoreVotesCommand,
)

__all__ = [
    "AddAxisCommand", "MoveAxisCommand", "RemoveAxisCommand", "UpdateAxisCommand", "StoreCommand", "macro", "push_command",
    "AddCardsCommand", "MoveCardsCommand", "RemoveCardsCommand", "UpdateCardsCommand",
    "AddConnectionCommand", "AddPersonaCommand", "RemoveConnectionsCommand", "RemovePersonaCommand",
    "SetEmotionScaleCommand", "UpdateConnectionCommand", "UpdateMetaCommand", "UpdatePersonaCommand",
    "AcceptNotesCommand", "EditInboxNoteCommand", "RejectNotesCommand", "StoreVotesCommand",
]
