"""Dragging from a card's handle to another card to connect them with an arrow."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from ...commands import AddConnectionCommand
from ...model import Connection
from ..items.cards import CardItem
from ..items.overlays import guide_item
from .base import Gesture


class ConnectGesture(Gesture):
    state = "connecting"

    def __init__(self, scene, press: QPointF, source_id: str) -> None:
        super().__init__(scene, press)
        self.source_id = source_id
        item = scene.card_item(source_id)
        self.start = item.mapToScene(item.handle_center())
        self.guide = guide_item(QPainterPath())
        scene.addItem(self.guide)
        self.target: str | None = None

    def move(self, pos: QPointF, modifiers) -> None:
        path = QPainterPath(self.start)
        path.lineTo(pos)
        self.guide.setPath(path)
        self.target = self._card_at(pos)

    def _card_at(self, pos: QPointF) -> str | None:
        self.scene.realize_at(pos)
        for item in self.scene.items(pos):
            if isinstance(item, CardItem) and item.isVisible() and item.card_id != self.source_id:
                return item.card_id
        return None

    def release(self, pos: QPointF, modifiers) -> None:
        target = self._card_at(pos)
        self.cancel()
        if target is None:
            return
        existing = {(c.source_id, c.target_id) for c in self.scene.store.doc.connections}
        if (self.source_id, target) in existing:
            return
        self.scene.push(AddConnectionCommand(self.scene.store,
                                             Connection(source_id=self.source_id, target_id=target)))

    def cancel(self) -> None:
        if self.guide is not None:
            self.scene.removeItem(self.guide)
            self.guide = None
        self.state = "done"
