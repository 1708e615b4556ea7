"""Applying an import plan (``io.table_import``) as one undo step, from the GUI and the CLI alike.

The plan was checked against the map when it was made; the store checks again. If the store
refuses any part, the parts already applied are taken back before the refusal is reported, so an
import never lands half-way.
"""

from __future__ import annotations

from collections.abc import Callable

from ..io.table_import import ImportPlan
from ..model import DocumentStore, StoreError
from ..model.store import Placement
from .base import StoreCommand


class ImportCardsCommand(StoreCommand):
    """New stages, lanes, personas and cards, and the updates and moves of existing cards."""

    def __init__(self, store: DocumentStore, plan: ImportPlan, text: str = "") -> None:
        count = len(plan.new_cards) + len(plan.updated)
        super().__init__(store, text or f"Import {count} card{'s' if count != 1 else ''} from {plan.source}")
        self._plan = plan
        self._old_fields: dict[str, dict] = {}
        self._old_places: dict[str, Placement] = {}

    def apply(self) -> None:
        plan, store = self._plan, self.store
        undo: list[Callable[[], object]] = []
        try:
            for stage in plan.new_stages:
                store.add_stage(stage.model_copy(deep=True))
                undo.append(lambda i=stage.id: store.remove_stage(i))
            for lane in plan.new_lanes:
                store.add_lane(lane.model_copy(deep=True))
                undo.append(lambda i=lane.id: store.remove_lane(i))
            for persona in plan.new_personas:
                store.add_persona(persona.model_copy(deep=True))
                undo.append(lambda i=persona.id: store.remove_persona(i))
            if plan.new_cards:
                store.add_cards([(card.model_copy(deep=True), None) for card in plan.new_cards])
                undo.append(lambda: store.remove_cards([c.id for c in plan.new_cards]))
            if plan.updates:
                old = store.update_cards(plan.updates)
                self._old_fields = old
                undo.append(lambda: store.update_cards(old))
            if plan.moves:
                # The end of the target cell: set_placements clamps the index to the cell's length.
                self._old_places = store.set_placements(
                    {card_id: (stage, lane, 1 << 30) for card_id, (stage, lane) in plan.moves.items()})
        except StoreError:
            for step in reversed(undo):
                step()
            raise

    def revert(self) -> None:
        plan, store = self._plan, self.store
        if self._old_places:
            store.set_placements(self._old_places)
        if self._old_fields:
            store.update_cards(self._old_fields)
        if plan.new_cards:
            store.remove_cards([c.id for c in plan.new_cards])
        for persona in reversed(plan.new_personas):
            store.remove_persona(persona.id)
        for lane in reversed(plan.new_lanes):
            store.remove_lane(lane.id)
        for stage in reversed(plan.new_stages):
            store.remove_stage(stage.id)
