"""Quitting: a map made from a template and never touched closes without a question (nothing
would be lost); once the user has typed into it, File › Quit and the window's close button ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.uidriver import (
    all_menu_actions,
    answering,
    button,
    click_cell,
    press,
    press_enter,
    standard_button,
    trigger,
    type_text,
)


def _new_map(window) -> None:
    with answering(press_enter):  # the gallery opens on the first template; Enter takes it
        trigger(window, "File", "New from Template…")
    assert window.windowTitle().startswith("Untitled") and not window.isWindowModified()


def test_an_untouched_map_from_a_template_quits_without_asking(window):
    _new_map(window)
    trigger(window, "File", "Quit")  # a question here would be closed by the pilot and fail
    assert not window.isVisible()


def test_an_untouched_map_from_the_start_page_closes_without_asking(window):
    press(Qt.Key.Key_Return)  # Enter on the start page's first template
    assert not window.on_start_page()
    window.close()  # the window's close button
    assert not window.isVisible()


def test_a_touched_map_asks_before_quitting_and_cancel_keeps_it(window):
    _new_map(window)
    click_cell(window.view, "Stage 1", "Actions")
    type_text("Asks a friend")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    assert window.isWindowModified()
    with answering(button("Cancel")):
        trigger(window, "File", "Quit")
    assert window.isVisible() and [c.text for c in window.session.doc.cards] == ["Asks a friend"]
    with answering(standard_button(QMessageBox.StandardButton.Cancel)):
        window.close()  # the window's close button asks too
    assert window.isVisible()


def test_undoing_every_edit_makes_the_map_untouched_again(window):
    _new_map(window)
    click_cell(window.view, "Stage 1", "Actions")
    type_text("Asks a friend")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    trigger(window, "Edit", _undo_item(window))
    assert window.session.doc.cards == [] and not window.isWindowModified()
    trigger(window, "File", "Quit")
    assert not window.isVisible()


def _undo_item(window) -> str:
    """The Edit menu's Undo item, whose text names the step (e.g. "Undo Add Card")."""
    texts = [path[-1] for path, _ in all_menu_actions(window) if path[0] == "Edit" and path[-1].startswith("Undo")]
    assert texts, "no Undo item in the Edit menu"
    return texts[0]
