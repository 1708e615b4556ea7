"""Dragging a card of the emotion lane up or down to set its score, snapped to the scale.

The card follows the pointer vertically, snapping to whole steps of the map's emotion scale;
dropping it over another stage also moves it there. Release is one undo step; Escape puts the
card back at its old height and records nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF

from ...commands import MoveCardsCommand, UpdateCardsCommand, push_command
from .base import Gesture


class EmotionDragGesture(Gesture):
    def __init__(self, scene, press: QPointF, card_id: str) -> None:
        super().__init__(scene, press)
        self.card_id = card_id
        self.item = scene.card_item(card_id)
        self.start_y = self.item.scenePos().y()
        self.score: int | None = None

    def _snap(self, pos: QPointF) -> int:
        emotion = self.scene.layout.emotion
        scale = self.scene.store.doc.emotion_scale
        half = self.item.card_rect().height() / 2
        centre = self.start_y + half + (pos.y() - self.press.y())
        score = round(emotion.score_for(centre))
        return max(scale.min, min(scale.max, score))

    def move(self, pos: QPointF, modifiers) -> None:
        if self.state == "pointing":
            if not self.dragged_far_enough(pos):
                return
            self.state = "scoring"
        self.score = self._snap(pos)
        half = self.item.card_rect().height() / 2
        self.item.set_scene_y(self.scene.layout.emotion.y_for(self.score) - half)

    def release(self, pos: QPointF, modifiers) -> None:
        if self.state != "scoring":
            return
        score = self._snap(pos)
        self.cancel()
        store = self.scene.store
        card = store.card(self.card_id)
        cell = self.scene.cell_at(pos)
        moved = cell is not None and cell[1] == card.lane_id and cell[0] != card.stage_id
        if card.emotion == score and not moved:
            return
        stack = self.scene.undo_stack
        with self.scene.macro(QCoreApplication.translate("Canvas", "Set emotion score")):
            if card.emotion != score:
                push_command(stack, UpdateCardsCommand(store, {self.card_id: {"emotion": float(score)}},
                                                       text=QCoreApplication.translate("Canvas", "Set emotion score")))
            if moved:
                push_command(stack, MoveCardsCommand(store, [self.card_id], cell[0], cell[1]))

    def cancel(self) -> None:
        if self.scene.layout.cards.get(self.card_id) is not None:
            self.item.snap_back()
        self.state = "done"
