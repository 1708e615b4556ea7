"""Dragging cards to another cell or another place in their cell.

States: ``pointing`` (pressed, not yet past the drag distance) -> ``translating`` (a ghost
follows the pointer and the drop marker shows where the cards will land) -> released: one
MoveCardsCommand. Escape in ``translating`` removes the ghost and marker; nothing is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from ...commands import MoveCardsCommand
from ..items.overlays import GhostItem
from .base import Gesture


class CardDragGesture(Gesture):
    def __init__(self, scene, press: QPointF, card_ids: list[str], clicked: str,
                 reselect: bool = True) -> None:
        super().__init__(scene, press)
        self.card_ids = card_ids
        self.clicked = clicked
        self.reselect = reselect
        self.ghost: GhostItem | None = None
        self.target: tuple[str, str, int] | None = None

    def move(self, pos: QPointF, modifiers) -> None:
        if self.state == "pointing":
            if not self.dragged_far_enough(pos):
                return
            self._start()
        self.ghost.setPos(pos - self.press)
        self._update_target(pos)

    def _start(self) -> None:
        self.state = "translating"
        layout = self.scene.layout
        rects = []
        for card_id in self.card_ids[:30]:  # a ghost of the first cards is enough to read
            box = layout.cards.get(card_id)
            if box is not None and box.visible:
                rects.append(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
        label = QCoreApplication.translate("Canvas", "{count} cards").format(count=len(self.card_ids)) if len(self.card_ids) > 1 else ""
        self.ghost = GhostItem(rects, label)
        self.scene.addItem(self.ghost)

    def _update_target(self, pos: QPointF) -> None:
        layout = self.scene.layout
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            self.target = None
            self.scene.drop_marker.setVisible(False)
            return
        index = layout.drop_index(cell, pos.x(), pos.y())
        marker = layout.drop_marker(cell, index)
        cell_rect = layout.cells[cell]
        self.scene.drop_marker.show_at(
            QRectF(cell_rect.x, cell_rect.y, cell_rect.w, cell_rect.h),
            QRectF(marker.x, marker.y, marker.w, marker.h),
        )
        self.target = (cell[0], cell[1], index)

    def release(self, pos: QPointF, modifiers) -> None:
        if self.state == "pointing":
            if self.reselect and len(self.card_ids) > 1:  # a click on one of many selects it
                self.scene.select_cards([self.clicked])
            return
        self._update_target(pos)
        target = self.target
        self._clear()
        if target is None or self._is_noop(*target):
            return
        stage_id, lane_id, index = target
        self.scene.push(MoveCardsCommand(self.scene.store, self.card_ids, stage_id, lane_id, index))
        self.scene.select_cards(self.card_ids)

    def _is_noop(self, stage_id: str, lane_id: str, index: int) -> bool:
        """Dropping a contiguous run of cards right where it is changes nothing."""
        store = self.scene.store
        cards = [store.card(i) for i in self.card_ids]
        if any((c.stage_id, c.lane_id) != (stage_id, lane_id) for c in cards):
            return False
        orders = sorted(c.order for c in cards)
        contiguous = orders == list(range(orders[0], orders[0] + len(orders)))
        return contiguous and orders[0] <= index <= orders[-1] + 1

    def cancel(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.ghost is not None:
            self.scene.removeItem(self.ghost)
            self.ghost = None
        self.scene.drop_marker.setVisible(False)
        self.state = "done"
