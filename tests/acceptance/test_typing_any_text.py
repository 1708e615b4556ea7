"""A German workshop types umlauts, ß and an emoji into new cards; the saved file holds them.

Typed through ``uidriver.type_keys``: key events that carry the characters, as a keyboard or
an input method delivers them (``QTest.keyClicks`` aborts the test process on non-ASCII text)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.uidriver import answering, click_cell, press, press_enter, save_as, trigger, type_text

TEXTS = ["Größe passt nicht", "Café zu voll 😀", "ÄÖÜ äöü ß – „Anführung“"]


def test_umlauts_and_an_emoji_typed_into_new_cards_are_saved(window, tmp_path, errors):
    with answering(press_enter):
        trigger(window, "File", "New from Template…")
    click_cell(window.view, "Stage 1", "Actions")
    for text in TEXTS:
        type_text(text)
        press(Qt.Key.Key_Return)  # keep it; the next card's editor opens below
    press(Qt.Key.Key_Escape)
    assert [c.text for c in window.session.doc.cards] == TEXTS
    target = tmp_path / "Größe.jmap"
    with answering(save_as(target)):
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = json.loads(target.read_text("utf-8"))
    assert [c["text"] for c in saved["cards"]] == TEXTS
    assert not errors
