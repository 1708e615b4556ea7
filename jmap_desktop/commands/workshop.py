"""Undo commands for a live workshop: accepting, editing and rejecting inbox notes, storing votes.

A note *arriving* is not a command: participants' notes must not disappear when the facilitator
presses Ctrl+Z, nor wipe the redo history mid-workshop (``ui.workshop`` records arrivals as
unsaved bookkeeping, like the save timestamp). Everything the facilitator does with them is.
"""

from __future__ import annotations

from ..model import Card, CardKind, DocumentStore, InboxNote, RemovedCards, StoreError
from ..model.kinds import DEFAULT_CARD_KIND_FOR_LANE
from .base import StoreCommand


class AcceptNotesCommand(StoreCommand):
    """Turn inbox notes into one card (a stack of duplicates becomes a single card).

    The card goes into the cell given (a drop on the map) or else the cell the participant
    wrote for; ``text`` replaces the note's text when the facilitator edited it on the way.
    """

    def __init__(self, store: DocumentStore, note_ids: list[str], cell: tuple[str, str] | None = None,
                 index: int | None = None, text: str | None = None) -> None:
        notes = [store.inbox_note(i) for i in note_ids]
        first = notes[0]
        who = first.author or "a participant"
        super().__init__(store, f"Accept note from {who}" if len(notes) == 1
                         else f"Accept {len(notes)} notes as one card")
        stage_id, lane_id = cell or (first.stage_id, first.lane_id)
        self._ids = list(note_ids)
        self._cell = (stage_id, lane_id)
        self._index = index
        self._text = first.text if text is None else text
        self._card_id: str | None = None
        self._removed_notes: list[tuple[InboxNote, int]] = []
        self._removed_card: RemovedCards | None = None

    @property
    def card_id(self) -> str | None:
        return self._card_id

    def apply(self) -> None:
        stage_id, lane_id = self._cell
        if stage_id is None or lane_id is None:
            raise StoreError("this note has no place on the map yet: drag it onto a cell")
        if self._removed_card is not None:
            self.store.restore_cards(self._removed_card)
        else:
            lane = self.store.lane(lane_id)
            card = Card(stage_id=stage_id, lane_id=lane_id, text=self._text,
                        kind=DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE))
            self.store.add_card(card, self._index)
            self._card_id = card.id
        try:
            self._removed_notes = self.store.remove_inbox_notes(self._ids)
        except StoreError:
            self._removed_card = self.store.remove_cards([self._card_id])  # all or nothing
            raise

    def revert(self) -> None:
        self._removed_card = self.store.remove_cards([self._card_id])
        self.store.restore_inbox_notes(self._removed_notes)


class RejectNotesCommand(StoreCommand):
    def __init__(self, store: DocumentStore, note_ids: list[str]) -> None:
        super().__init__(store, "Reject note" if len(note_ids) == 1 else f"Reject {len(note_ids)} notes")
        self._ids = list(note_ids)
        self._removed: list[tuple[InboxNote, int]] = []

    def apply(self) -> None:
        self._removed = self.store.remove_inbox_notes(self._ids)

    def revert(self) -> None:
        self.store.restore_inbox_notes(self._removed)


class EditInboxNoteCommand(StoreCommand):
    def __init__(self, store: DocumentStore, note_id: str, text: str) -> None:
        super().__init__(store, "Edit inbox note")
        self._id, self._text = note_id, text
        self._old: str | None = None

    def apply(self) -> None:
        old = self.store.update_inbox_note(self._id, text=self._text)
        if self._old is None:
            self._old = old["text"]

    def revert(self) -> None:
        self.store.update_inbox_note(self._id, text=self._old)


class StoreVotesCommand(StoreCommand):
    """Write a vote's dot counts onto the cards (cards outside the vote keep theirs)."""

    def __init__(self, store: DocumentStore, totals: dict[str, int]) -> None:
        super().__init__(store, "Store dot votes")
        self._new = {i: {"votes": n} for i, n in totals.items() if store.has_card(i)}
        self._old: dict | None = None

    def apply(self) -> None:
        if self._new:
            self._old = self.store.update_cards(self._new)

    def revert(self) -> None:
        if self._old:
            self.store.update_cards(self._old)
