"""The palette and the panels, as a user meets them: keys land where the new card is, and the
panels never push the canvas around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.uidriver import (
    activate,
    answering,
    card_point,
    cell_point,
    click,
    click_cell,
    drop_on,
    keys,
    list_item_point,
    press,
    trigger,
    type_text,
)


def _b2c(window) -> None:
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):
        trigger(window, "File", "New from Template…")


def _cards_in(window, stage: str, lane: str) -> list[tuple[str, str]]:
    doc = window.session.doc
    sid = next(s.id for s in doc.stages if s.name == stage)
    lid = next(ln.id for ln in doc.lanes if ln.name == lane)
    return [(c.kind, c.text) for c in window.scene.store.cell_cards(sid, lid)]


def test_a_kind_dropped_from_the_palette_takes_what_is_typed_next(window):
    _b2c(window)
    palette = window.palette
    activate(window)
    QTest.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=list_item_point(palette, "Pain point"))
    assert QApplication.focusWidget() is palette  # pressed there to start the drag
    item = palette.currentItem()
    assert drop_on(window.view, cell_point(window.view, "Awareness", "Pain points"),
                   palette.mimeData([item]))
    type_text("Slow checkout")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _cards_in(window, "Awareness", "Pain points") == [("pain_point", "Slow checkout")]


def test_enter_on_a_palette_entry_adds_that_kind_in_the_focused_cell(window):
    _b2c(window)
    click_cell(window.view, "Purchase", "Thoughts")
    before = _cards_in(window, "Purchase", "Thoughts")
    palette = window.palette
    QTest.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=list_item_point(palette, "Question"))
    press(Qt.Key.Key_Return)
    type_text("Will it arrive in time?")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _cards_in(window, "Purchase", "Thoughts") == [*before, ("question", "Will it arrive in time?")]


def test_selecting_cards_never_resizes_or_scrolls_the_canvas(window):
    _b2c(window)
    view = window.view
    width, scroll = view.width(), view.horizontalScrollBar().value()
    doc = window.session.doc
    longest = max(doc.cards, key=lambda c: len(c.text))
    click(view, card_point(view, doc.cards[0].text))
    assert not window.properties.visibleRegion().isEmpty()  # the Properties panel is on screen
    for card in (longest, doc.cards[1]):
        point = card_point(view, card.text)
        scroll = view.horizontalScrollBar().value()  # bringing it into view may scroll: fine
        click(view, point)
        assert view.width() == width and view.horizontalScrollBar().value() == scroll
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # every card at once
    assert len(window.scene.selected_card_ids()) == len(doc.cards)
    assert view.width() == width
