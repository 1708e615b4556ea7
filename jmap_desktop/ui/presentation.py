"""Presentation mode: full screen, one stage at a time, stepped with the arrow keys or a clicker
(Page Up / Page Down send those keys). Escape leaves and restores the window as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal

ADVANCE = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class Presentation(QObject):
    """Drives a main window's view through the stages while presenting."""

    stageChanged = Signal(int)
    finished = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.index = -1
        self.active = False
        self._was_maximized = False
        self._hidden: list = []

    def start(self) -> None:
        if self.active or not self.window.session.doc.stages:
            return
        self.active = True
        self._was_maximized = self.window.isMaximized()
        self._hidden = [d for d in self.window.docks() if d.isVisible()]
        for dock in self._hidden:
            dock.hide()
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.window.showFullScreen()
        self.window.view.installEventFilter(self)
        self.window.view.viewport().installEventFilter(self)
        self.window.view.setFocus()
        self.show_stage(0)

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.window.view.removeEventFilter(self)
        self.window.view.viewport().removeEventFilter(self)
        self.window.menuBar().show()
        self.window.statusBar().show()
        for dock in self._hidden:
            dock.show()
        if self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.window.view.zoom_fit()
        self.finished.emit()

    def show_stage(self, index: int) -> None:
        stages = self.window.session.doc.stages
        layout = self.window.scene.layout
        if not stages or layout is None:
            return
        self.index = max(0, min(index, len(stages) - 1))
        column = layout.stage_box(stages[self.index].id).column
        # The stage with its lane headers' worth of context on each side.
        rect = QRectF(column.x - 24, column.y - 12, column.w + 48, column.h + 24)
        self.window.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.window.view._zoom_changed()
        self.stageChanged.emit(self.index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if self.active and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.stop()
                return True
            if key in ADVANCE:
                self.show_stage(self.index + 1)
                return True
            if key in BACK:
                self.show_stage(self.index - 1)
                return True
            if key == Qt.Key.Key_Home:
                self.show_stage(0)
                return True
            if key == Qt.Key.Key_End:
                self.show_stage(len(self.window.session.doc.stages) - 1)
                return True
        return False
