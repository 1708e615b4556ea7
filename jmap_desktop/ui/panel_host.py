"""PanelHost: what a dock holds around a panel, so that panels never resize the canvas.

A QMainWindow dock area follows the size hints of what its docks show: when selecting a card
filled the Properties panel, the area grew and the canvas shrank and scrolled sideways under
the user. The host reports the same width whatever its panel shows, and puts a panel that is
not already scrollable in a scroll area, so long content scrolls inside the dock instead.

In such a scrolling panel a combo box or number field takes the mouse wheel only once clicked
into: scrolling down the Properties panel changed the selected card's channel (and would have
changed its emotion score) as the fields passed under the pointer, an edit nobody meant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MIN_WIDTH = 180


class WheelGuard(QObject):
    """Passes the wheel over an unfocused field on to the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # not accepted: Qt offers it to the parents, and the panel scrolls
            return True
        return False


WHEEL_GUARD = WheelGuard()


def guard_wheel(panel: QWidget) -> None:
    """Every combo box and number field of ``panel``: the wheel only once focused (by a click
    or Tab, never by the wheel itself)."""
    for field in panel.findChildren(QComboBox) + panel.findChildren(QAbstractSpinBox):
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(WHEEL_GUARD)


class PanelHost(QWidget):
    def __init__(self, panel: QWidget | None, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = None
        if panel is not None:
            self.place(panel)

    def place(self, panel: QWidget) -> None:
        """Show ``panel`` here (once: a host holds one panel for its whole life)."""
        self.panel = panel
        layout = self.layout()
        if isinstance(panel, QAbstractScrollArea):
            layout.addWidget(panel)
        else:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setWidget(panel)
            layout.addWidget(scroll)
            guard_wheel(panel)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Only the width is pinned: the canvas is beside the docks, heights share a column.
        return QSize(self._width, max(120, self.layout().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(MIN_WIDTH, 120)
