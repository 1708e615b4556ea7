"""Escape ends typing without losing the note: a facilitator types a card, presses Escape to
stop, and the card is there (as in sticky-note tools). An empty new card goes, an edit of an
existing card is cancelled, and Ctrl+Z takes a kept note away again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.uidriver import answering, click_cell, press, press_enter, trigger, type_text


def texts(window) -> list[str]:
    return sorted(c.text for c in window.session.doc.cards)


def test_escape_keeps_a_typed_note_and_drops_an_empty_one(window):
    with answering(press_enter):  # the gallery opens on the first template; Enter takes it
        trigger(window, "File", "New from Template…")
    before = texts(window)
    click_cell(window.view, "Stage 1", "Actions")
    type_text("Hears about us from a friend")
    press(Qt.Key.Key_Return)  # kept; the next card's editor opens below
    type_text("Looks at the reviews")
    press(Qt.Key.Key_Escape)  # ends typing: this one is kept too, and no next editor opens
    assert not window.scene.editor.active
    assert texts(window) == sorted([*before, "Hears about us from a friend", "Looks at the reviews"])
    assert window.undo_action.text() == "&Undo Add card"

    press(Qt.Key.Key_Return)  # Enter on the selected card edits it in place
    assert window.scene.editor.active
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Something else")
    press(Qt.Key.Key_Escape)  # an edit of an existing card is cancelled
    assert "Looks at the reviews" in texts(window) and "Something else" not in texts(window)

    click_cell(window.view, "Stage 1", "Actions")
    press(Qt.Key.Key_Escape)  # a new card with nothing typed is not made
    assert len(texts(window)) == len(before) + 2

    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z takes the last note away
    assert "Looks at the reviews" not in texts(window)
