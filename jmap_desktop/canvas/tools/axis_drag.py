"""Dragging a stage header sideways or a lane header up or down to reorder it.

``pointing`` -> ``translating`` (a ghost of the header follows the pointer along its axis and a
guide shows the gap it will land in) -> released: one MoveAxisCommand. Escape puts it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainterPath

from ...commands import MoveAxisCommand
from ..items.overlays import GhostItem, guide_item
from .base import Gesture


class AxisDragGesture(Gesture):
    def __init__(self, scene, press: QPointF, entity_id: str, is_stage: bool) -> None:
        super().__init__(scene, press)
        self.entity_id = entity_id
        self.is_stage = is_stage
        self.ghost: GhostItem | None = None
        self.guide = None
        self.index: int | None = None

    def _boxes(self):
        layout = self.scene.layout
        return layout.stages if self.is_stage else layout.lanes

    def _id(self, box) -> str:
        return box.stage_id if self.is_stage else box.lane_id

    def move(self, pos: QPointF, modifiers) -> None:
        if self.state == "pointing":
            if not self.dragged_far_enough(pos):
                return
            self.state = "translating"
            box = next(b for b in self._boxes() if self._id(b) == self.entity_id)
            r = box.header
            self.ghost = GhostItem([QRectF(r.x, r.y, r.w, r.h)])
            self.scene.addItem(self.ghost)
        delta = pos - self.press
        self.ghost.setPos(QPointF(delta.x(), 0) if self.is_stage else QPointF(0, delta.y()))
        self._update_target(pos)

    def _update_target(self, pos: QPointF) -> None:
        layout = self.scene.layout
        others = [b for b in self._boxes() if self._id(b) != self.entity_id]
        if self.is_stage:
            self.index = sum(1 for b in others if b.column.center[0] < pos.x())
        else:
            self.index = sum(1 for b in others if b.row.center[1] < pos.y())
        path = QPainterPath()
        if self.is_stage:
            x = others[self.index].header.x if self.index < len(others) else (
                others[-1].header.right if others else 0)
            path.moveTo(x, 0)
            path.lineTo(x, layout.height)
        else:
            y = others[self.index].header.y if self.index < len(others) else (
                others[-1].row.bottom if others else 0)
            path.moveTo(0, y)
            path.lineTo(layout.width, y)
        if self.guide is None:
            self.guide = guide_item(path)
            self.scene.addItem(self.guide)
        else:
            self.guide.setPath(path)

    def release(self, pos: QPointF, modifiers) -> None:
        if self.state != "translating":
            return
        self._update_target(pos)
        index = self.index
        self.cancel()
        current = [self._id(b) for b in self._boxes()].index(self.entity_id)
        if index is None or index == current:
            return
        entity = self.scene.store.stage(self.entity_id) if self.is_stage else self.scene.store.lane(self.entity_id)
        self.scene.push(MoveAxisCommand(self.scene.store, self.entity_id, self.is_stage, index,
                                        text=(QCoreApplication.translate("Canvas", "Move stage “{name}”") if self.is_stage
                                              else QCoreApplication.translate("Canvas", "Move lane “{name}”")).format(name=entity.name)))

    def cancel(self) -> None:
        for item in (self.ghost, self.guide):
            if item is not None:
                self.scene.removeItem(item)
        self.ghost = self.guide = None
        self.state = "done"
