"""Typing card after card into a full cell: the lane makes room for the card being typed, so
its editor never hangs over the lane below, and Escape gives the room back (no ghost)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from jmap_desktop.layout import compute_layout
from tests.ui.uidriver import answering, click_cell, keys, press, trigger, type_text


def _rect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def test_the_next_card_editor_sits_in_room_its_lane_makes_for_it(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    scene, view = window.scene, window.view
    doc = window.session.doc
    stage = next(s for s in doc.stages if s.name == "Awareness")
    thoughts = next(lane for lane in doc.lanes if lane.name == "Thoughts")
    below = doc.lanes[doc.lanes.index(thoughts) + 1]
    cell = (stage.id, thoughts.id)
    lane_h = scene.layout.lane_box(thoughts.id).row.h
    assert scene.layout.content_h[cell] == lane_h  # the cell is full

    click_cell(view, "Awareness", "Thoughts")
    type_text("Wonders whether it fits")
    press(Qt.Key.Key_Return)  # keep it; the next card's editor opens below it
    type_text("Asks a friend")

    editor = scene.editor
    assert editor.isVisible() and editor.hasFocus()
    band = _rect(scene.layout.lane_box(thoughts.id).row)
    shown = editor.sceneBoundingRect().adjusted(1, 1, -1, -1)  # less the outline's pen
    assert band.contains(shown), f"editor {shown} hangs out of its lane {band}"
    for card in doc.cards:
        if card.lane_id == below.id:
            assert not shown.intersects(_rect(scene.layout.cards[card.id].rect)), card.text
    last = next(c for c in doc.cards if c.text == "Wonders whether it fits")
    assert shown.top() >= scene.layout.cards[last.id].rect.bottom  # below the card just typed

    for _ in range(6):  # a long note: the room grows with it
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        type_text("and more")
    band = _rect(scene.layout.lane_box(thoughts.id).row)
    assert band.contains(editor.sceneBoundingRect().adjusted(1, 1, -1, -1))

    press(Qt.Key.Key_Escape)  # ends typing: the note is kept, its room becomes the card
    QApplication.processEvents()
    assert not editor.isVisible()
    assert [c.text for c in doc.cards if c.text.startswith("Asks")] == ["Asks a friend" + "\nand more" * 6]
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and one undo takes it away again
    QApplication.processEvents()
    assert [c.text for c in doc.cards if c.text.startswith("Asks")] == []
    fresh = compute_layout(doc)
    assert scene.layout.lanes == fresh.lanes  # the room is given back: no gap, no ghost
    assert scene.layout.pending_box is None
    for card_id, box in fresh.cards.items():
        assert scene.layout.cards[card_id].rect == box.rect
