"""Scrolling the Properties panel with the mouse wheel scrolls it: it changed the selected
card's channel (one "Change channel" undo step) when the combo box passed under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from tests.ui.uidriver import click_card, field


def wheel_down(widget, clicks: int = 3) -> None:
    """Turn the wheel ``clicks`` notches down with the pointer in the middle of ``widget``."""
    at = QPointF(widget.rect().center())
    for _ in range(clicks):
        event = QWheelEvent(at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_field_scrolls_the_panel_and_edits_nothing(window, map_file, qtbot):
    window.open_file(map_file)
    window.resize(1400, 700)  # a laptop screen: Properties is taller than its dock
    click_card(window, "c1")
    panel = window.properties
    scroll = next(w for w in window.findChildren(QScrollArea) if w.widget() is panel)
    channel = field(panel, "Channel")
    assert isinstance(channel, QComboBox)
    scroll.ensureWidgetVisible(channel)
    before = (channel.currentIndex(), window.session.store.card("c1").model_dump(), window.session.undo_stack.count())
    top = scroll.verticalScrollBar().value()
    wheel_down(channel)
    assert (channel.currentIndex(), window.session.store.card("c1").model_dump(),
            window.session.undo_stack.count()) == before
    assert scroll.verticalScrollBar().value() > top or scroll.verticalScrollBar().value() == scroll.verticalScrollBar().maximum()

    QTest.mouseClick(channel, Qt.MouseButton.LeftButton)  # clicked into (its list opens): now it is the user's
    QTest.keyClick(channel.view(), Qt.Key.Key_Escape)
    assert channel.hasFocus()
    wheel_down(channel, 1)
    assert channel.currentIndex() != before[0]
