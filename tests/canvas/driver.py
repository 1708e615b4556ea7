"""A small driver that uses the canvas like a person would, in scene coordinates.

Tests read like user stories: ``ui.drag(ui.card_center("c1"), ui.cell_center("s2", "l1"))``.
Mouse events go to the real view's viewport and keys to the view, exactly as from a user.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmap_desktop.canvas import MapScene, MapView
from jmap_desktop.model import DocumentStore

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


class CanvasDriver:
    def __init__(self, qtbot, store: DocumentStore, size: tuple[int, int] = (1400, 900)) -> None:
        self.store = store
        self.stack = QUndoStack()
        self.scene = MapScene(store, self.stack)
        self.view = MapView(self.scene)
        qtbot.addWidget(self.view)
        self.view.resize(*size)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.view.setFocus()
        self.view.zoom_reset()
        self.view.centerOn(self.scene.layout.width / 2, self.scene.layout.height / 2)
        self.qtbot = qtbot

    @classmethod
    def over(cls, qtbot, view: MapView) -> CanvasDriver:
        """A driver over a view that already exists (the main window's canvas)."""
        driver = cls.__new__(cls)
        driver.view, driver.scene, driver.qtbot = view, view.scene(), qtbot
        driver.store, driver.stack = driver.scene.store, driver.scene.undo_stack
        view.setFocus()
        return driver

    # -- where things are ----------------------------------------------------------------
    def card_center(self, card_id: str) -> QPointF:
        r = self.scene.layout.cards[card_id].rect
        return QPointF(r.x + r.w / 2, r.y + r.h / 2)

    def card_rect(self, card_id: str):
        return self.scene.layout.cards[card_id].rect

    def cell_rect(self, stage_id: str, lane_id: str):
        return self.scene.layout.cells[(stage_id, lane_id)]

    def empty_spot(self, stage_id: str, lane_id: str) -> QPointF:
        """A point in the cell below all its cards."""
        r = self.cell_rect(stage_id, lane_id)
        return QPointF(r.x + r.w - 12, r.y + r.h - 6)

    def stage_header(self, stage_id: str) -> QPointF:
        h = self.scene.layout.stage_box(stage_id).header
        return QPointF(h.x + h.w / 2, h.y + h.h / 2)

    def lane_header(self, lane_id: str) -> QPointF:
        h = self.scene.layout.lane_box(lane_id).header
        return QPointF(h.x + h.w / 2, h.y + min(h.h / 2, 30))

    def _view_point(self, pos: QPointF) -> QPoint:
        self.view.ensureVisible(pos.x() - 2, pos.y() - 2, 4, 4, 10, 10)
        return self.view.mapFromScene(pos)

    # -- mouse ---------------------------------------------------------------------------
    def _send(self, kind, pos: QPointF, button, buttons, modifiers) -> None:
        local = QPointF(self._view_point(pos))
        viewport = self.view.viewport()
        event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), button,
                            buttons, modifiers)
        QApplication.sendEvent(viewport, event)

    def press(self, pos: QPointF, modifiers=NONE, button=LEFT) -> None:
        self._send(QEvent.Type.MouseButtonPress, pos, button, button, modifiers)

    def move(self, pos: QPointF, modifiers=NONE, buttons=LEFT) -> None:
        self._send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons, modifiers)

    def release(self, pos: QPointF, modifiers=NONE, button=LEFT) -> None:
        self._send(QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)

    def click(self, pos: QPointF, modifiers=NONE) -> None:
        self.press(pos, modifiers)
        self.release(pos, modifiers)

    def double_click(self, pos: QPointF) -> None:
        self.click(pos)
        self._send(QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT, NONE)
        self.release(pos)

    def drag(self, start: QPointF, end: QPointF, steps: int = 6, release: bool = True,
             modifiers=NONE) -> None:
        self.press(start, modifiers)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(QPointF(start.x() + (end.x() - start.x()) * t,
                              start.y() + (end.y() - start.y()) * t), modifiers)
        if release:
            self.release(end, modifiers)

    # -- keyboard ------------------------------------------------------------------------
    def key(self, key, modifiers=NONE) -> None:
        QTest.keyClick(self.view, key, modifiers)

    def type(self, text: str) -> None:
        from tests.ui.uidriver import type_keys  # (uidriver builds on this driver)

        type_keys(self.view, text)

    # -- drag and drop from outside (the palette) ------------------------------------------
    def drop_mime(self, mime, pos: QPointF) -> bool:
        local = QPointF(self._view_point(pos))
        viewport = self.view.viewport()
        actions = Qt.DropAction.CopyAction
        enter = QDragEnterEvent(local.toPoint(), actions, mime, LEFT, NONE)
        QApplication.sendEvent(viewport, enter)
        move = QDragMoveEvent(local.toPoint(), actions, mime, LEFT, NONE)
        QApplication.sendEvent(viewport, move)
        drop = QDropEvent(local, actions, mime, LEFT, NONE)
        QApplication.sendEvent(viewport, drop)
        return drop.isAccepted()

    # -- document ------------------------------------------------------------------------
    def texts(self, stage_id: str, lane_id: str) -> list[str]:
        return [c.text for c in self.store.cell_cards(stage_id, lane_id)]
