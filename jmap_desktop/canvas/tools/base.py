"""The gesture protocol shared by every pointer tool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ..scene import MapScene


class Gesture:
    """One press-move-release interaction. ``state`` names where it is, for tests and cursors."""

    state = "pointing"

    def __init__(self, scene: MapScene, press: QPointF) -> None:
        self.scene = scene
        self.press = QPointF(press)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """The pointer moved with the button held."""

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """The button went up: commit (push one command) or do nothing."""

    def cancel(self) -> None:
        """Escape: remove every preview; the document was never touched."""

    def dragged_far_enough(self, pos: QPointF) -> bool:
        """Past the platform's drag distance, measured on screen (not in scene units)."""
        distance = (pos - self.press).manhattanLength() * max(self.scene.view_scale, 0.01)
        return distance >= QApplication.startDragDistance()
