"""Undo commands for cards: add, remove, update fields, move between and within cells."""

from __future__ import annotations

from typing import Any

from ..model import Card, DocumentStore, RemovedCards
from .base import MERGE_CARD_FIELDS, StoreCommand


class AddCardsCommand(StoreCommand):
    """Insert new cards, each at an index in its cell (None: at the end)."""

    def __init__(self, store: DocumentStore, cards: list[tuple[Card, int | None]], text: str = "") -> None:
        super().__init__(store, text or ("Add card" if len(cards) == 1 else f"Add {len(cards)} cards"))
        self._cards = [(card.model_copy(deep=True), index) for card, index in cards]
        self._removed: RemovedCards | None = None

    @property
    def card_ids(self) -> list[str]:
        return [card.id for card, _ in self._cards]

    def apply(self) -> None:
        if self._removed is None:
            self.store.add_cards([(card.model_copy(deep=True), index) for card, index in self._cards])
        else:
            self.store.restore_cards(self._removed)

    def revert(self) -> None:
        self._removed = self.store.remove_cards(self.card_ids)


class RemoveCardsCommand(StoreCommand):
    """Delete cards (and the connections touching them); undo puts everything back."""

    def __init__(self, store: DocumentStore, card_ids: list[str], text: str = "") -> None:
        super().__init__(store, text or ("Delete card" if len(card_ids) == 1 else f"Delete {len(card_ids)} cards"))
        self._ids = list(card_ids)
        self._removed: RemovedCards | None = None

    def apply(self) -> None:
        self._removed = self.store.remove_cards(self._ids)

    def revert(self) -> None:
        assert self._removed is not None
        self.store.restore_cards(self._removed)


class UpdateCardsCommand(StoreCommand):
    """Change fields of one or more cards. With ``merge=True`` consecutive edits of the same
    fields of the same cards (a typing burst, a drag of the emotion score) merge into one step."""

    def __init__(
        self,
        store: DocumentStore,
        changes: dict[str, dict[str, Any]],
        text: str = "Edit card",
        merge: bool = False,
    ) -> None:
        super().__init__(store, text)
        self._new = {card_id: dict(fields) for card_id, fields in changes.items()}
        self._old: dict[str, dict[str, Any]] | None = None
        self._merge = merge

    def id(self) -> int:
        return MERGE_CARD_FIELDS if self._merge else -1

    def apply(self) -> None:
        old = self.store.update_cards(self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self.store.update_cards(self._old)

    def mergeWith(self, other: StoreCommand) -> bool:  # noqa: N802 (Qt's name)
        if other.error is not None:
            return False
        if not isinstance(other, UpdateCardsCommand) or not other._merge:
            return False
        if self._new.keys() != other._new.keys() or any(
            self._new[i].keys() != other._new[i].keys() for i in self._new
        ):
            return False
        self._new = other._new
        return True


class MoveCardsCommand(StoreCommand):
    """Move cards to a cell at an index (as seen before the move), e.g. the end of a drag."""

    def __init__(
        self,
        store: DocumentStore,
        card_ids: list[str],
        stage_id: str,
        lane_id: str,
        index: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(store, text or ("Move card" if len(card_ids) == 1 else f"Move {len(card_ids)} cards"))
        self._ids = list(card_ids)
        self._target = (stage_id, lane_id, index)
        self._before: dict | None = None
        self._after: dict | None = None

    def apply(self) -> None:
        if self._after is None:
            self._before = self.store.move_cards(self._ids, *self._target)
            self._after = self.store.placements(self._before)
        else:
            self.store.set_placements(self._after)

    def revert(self) -> None:
        assert self._before is not None
        self.store.set_placements(self._before)
