"""Typing cards into a map smaller than the window: the map stays where it is on screen.

The canvas centred a map shorter (or narrower) than the window, so every card that made a lane
taller moved the whole grid up by half as much, and a card removed moved it down: the header
the facilitator was about to double-click was no longer under the mouse. The map now keeps to
the top of the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.uidriver import click_cell, press, trigger, type_text


def stage_header_top(window, name: str) -> int:
    """Where the stage's header starts on screen, from the top of the canvas."""
    scene = window.scene
    stage = next(s for s in scene.store.doc.stages if s.name == name)
    header = scene.layout.stage_box(stage.id).header
    return window.view.mapFromScene(header.x, header.y).y()


def test_the_grid_does_not_move_up_or_down_while_a_card_is_typed_and_undone(window):
    press(Qt.Key.Key_Return)  # the first template, Blank map
    QApplication.processEvents()  # its opening zoom
    view = window.view
    assert view.verticalScrollBar().maximum() <= 0, "the map should be shorter than the window here"
    click_cell(view, "Stage 2", "Pain points")  # (the view may scroll to show the whole cell)
    before = stage_header_top(window, "Stage 1")
    type_text("Asks for an account")
    press(Qt.Key.Key_Return)  # keeps it; the next card's editor opens below, the lane grows
    QApplication.processEvents()
    assert view.verticalScrollBar().maximum() <= 0  # still all on screen: nothing to scroll to
    assert stage_header_top(window, "Stage 1") == before
    press(Qt.Key.Key_Escape)

    trigger(window, "Edit", "Undo")  # the card goes, the lane shrinks back
    QApplication.processEvents()
    assert window.session.doc.cards == []
    assert stage_header_top(window, "Stage 1") == before
