"""The stage and lane names pinned to the canvas's edges never cover the card being typed:
moving the keyboard focus to a far stage scrolls the cell clear of the pinned lane column, and
on a narrow canvas the column is not pinned at all."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from jmap_desktop.layout import palette
from jmap_desktop.model import CardKind
from jmap_desktop.model.kinds import DEFAULT_CARD_KIND_FOR_LANE
from tests.ui.uidriver import answering, click_cell, grab, keys, press, trigger, type_text


def test_the_card_being_typed_is_never_under_a_pinned_header(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    trigger(window, "View", "Actual Size")
    scene, view = window.scene, window.view
    lane = next(ln for ln in scene.store.doc.lanes if ln.name == "Thoughts")
    paper = QColor(palette.card_fill(DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE)))
    for width in (1400, 900):  # a desktop canvas, then a narrow one beside the panels
        window.resize(width, 900)
        click_cell(view, "Awareness", "Thoughts")
        for _ in range(4):
            press(Qt.Key.Key_Right)  # the focus walks to the last stage; the canvas follows
        type_text("Far")
        editor = scene.editor
        assert editor.isVisible()
        assert view.horizontalScrollBar().value() > 0  # the canvas did scroll
        box = editor.sceneBoundingRect()
        left = view.mapFromScene(QPointF(box.left() + 6, box.center().y()))
        image = grab(view)
        assert QColor(image.pixel(left)) == paper, f"at {width}: the editor's left edge is covered"
        press(Qt.Key.Key_Escape)
