"""Dragging a stage's right edge to make its column wider or narrower.

The guide line previews the new edge; release pushes one UpdateAxisCommand (the whole drag is
one undo step); Escape removes the guide and records nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QPainterPath

from ...commands import UpdateAxisCommand
from ...model import limits
from ..items.overlays import guide_item
from .base import Gesture


class StageResizeGesture(Gesture):
    state = "resizing"

    def __init__(self, scene, press: QPointF, stage_id: str) -> None:
        super().__init__(scene, press)
        self.stage_id = stage_id
        self.box = scene.layout.stage_box(stage_id)
        self.width = self.start_width = scene.store.stage(stage_id).width
        self.guide = guide_item(QPainterPath())
        scene.addItem(self.guide)
        self._show(self.box.header.right)

    def _show(self, x: float) -> None:
        path = QPainterPath()
        path.moveTo(x, 0)
        path.lineTo(x, self.scene.layout.height)
        self.guide.setPath(path)

    def move(self, pos: QPointF, modifiers) -> None:
        width = self.start_width + (pos.x() - self.press.x())  # the edge moves with the pointer
        self.width = round(max(limits.STAGE_MIN_WIDTH, min(limits.STAGE_MAX_WIDTH, width)))
        self._show(self.box.header.x + self.width)

    def release(self, pos: QPointF, modifiers) -> None:
        self.move(pos, modifiers)
        self.cancel()
        stage = self.scene.store.stage(self.stage_id)
        if self.width != stage.width:
            self.scene.push(UpdateAxisCommand(self.scene.store, self.stage_id, True,
                                              {"width": float(self.width)},
                                              text=QCoreApplication.translate("Canvas", "Resize stage “{name}”").format(name=stage.name)))

    def cancel(self) -> None:
        if self.guide is not None:
            self.scene.removeItem(self.guide)
            self.guide = None
        self.state = "done"
