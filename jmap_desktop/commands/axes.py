"""Undo commands for stages and lanes: add, remove (with their cards), move, change fields."""

from __future__ import annotations

from typing import Any

from ..model import DocumentStore, Lane, RemovedAxis, Stage
from .base import MERGE_AXIS_FIELDS, StoreCommand


def _what(entity: Stage | Lane) -> str:
    return "stage" if isinstance(entity, Stage) else "lane"


class AddAxisCommand(StoreCommand):
    """Add a stage or a lane at an index (None: at the end)."""

    def __init__(self, store: DocumentStore, entity: Stage | Lane, index: int | None = None, text: str = "") -> None:
        super().__init__(store, text or f"Add {_what(entity)}")
        self._entity = entity
        self._index = index

    def apply(self) -> None:
        entity = self._entity.model_copy(deep=True)
        if isinstance(entity, Stage):
            self.store.add_stage(entity, self._index)
        else:
            self.store.add_lane(entity, self._index)

    def revert(self) -> None:
        if isinstance(self._entity, Stage):
            self.store.remove_stage(self._entity.id)
        else:
            self.store.remove_lane(self._entity.id)


class RemoveAxisCommand(StoreCommand):
    """Delete a stage or lane; its cards go with it and undo brings all of them back."""

    def __init__(self, store: DocumentStore, entity_id: str, is_stage: bool, text: str = "") -> None:
        entity = store.stage(entity_id) if is_stage else store.lane(entity_id)
        count = sum(
            1 for c in store.doc.cards if (c.stage_id if is_stage else c.lane_id) == entity_id
        )
        name = entity.name or _what(entity)
        suffix = f" and its {count} card{'s' if count != 1 else ''}" if count else ""
        super().__init__(store, text or f"Delete {_what(entity)} “{name}”{suffix}")
        self._id = entity_id
        self._is_stage = is_stage
        self._removed: RemovedAxis | None = None

    def apply(self) -> None:
        if self._is_stage:
            self._removed = self.store.remove_stage(self._id)
        else:
            self._removed = self.store.remove_lane(self._id)

    def revert(self) -> None:
        assert self._removed is not None
        self.store.restore_axis(self._removed)


class MoveAxisCommand(StoreCommand):
    """Reorder a stage or a lane to a new index."""

    def __init__(self, store: DocumentStore, entity_id: str, is_stage: bool, index: int, text: str = "") -> None:
        super().__init__(store, text or f"Move {'stage' if is_stage else 'lane'}")
        self._id, self._is_stage, self._index = entity_id, is_stage, index
        self._old: int | None = None

    def _move(self, index: int) -> int:
        if self._is_stage:
            return self.store.move_stage(self._id, index)
        return self.store.move_lane(self._id, index)

    def apply(self) -> None:
        self._old = self._move(self._index)

    def revert(self) -> None:
        assert self._old is not None
        self._move(self._old)


class UpdateAxisCommand(StoreCommand):
    """Rename, resize, recolour, collapse or change the kind of a stage or lane.

    With ``merge=True`` consecutive changes to the same fields within ONE gesture or typing
    burst are one step; separate gestures (two resizes) must stay separate steps.
    """

    def __init__(
        self,
        store: DocumentStore,
        entity_id: str,
        is_stage: bool,
        changes: dict[str, Any],
        text: str = "",
        merge: bool = False,
    ) -> None:
        super().__init__(store, text or f"Edit {'stage' if is_stage else 'lane'}")
        self._id, self._is_stage = entity_id, is_stage
        self._new = dict(changes)
        self._old: dict[str, Any] | None = None
        self._merge = merge

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        if self._is_stage:
            return self.store.update_stage(self._id, **changes)
        return self.store.update_lane(self._id, **changes)

    def id(self) -> int:
        return MERGE_AXIS_FIELDS if self._merge else -1

    def apply(self) -> None:
        old = self._apply(self._new)
        if self._old is None:
            self._old = old

    def revert(self) -> None:
        assert self._old is not None
        self._apply(self._old)

    def mergeWith(self, other: StoreCommand) -> bool:  # noqa: N802 (Qt's name)
        if other.error is not None:
            return False
        if not (isinstance(other, UpdateAxisCommand) and other._merge and other._id == self._id):
            return False
        if other._new.keys() != self._new.keys():
            return False
        self._new = other._new
        return True
