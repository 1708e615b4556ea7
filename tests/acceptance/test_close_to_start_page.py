"""File › Close goes back to the start page: the status bar no longer counts a map.

After Close it said "0 stages · 0 lanes · 0 cards  0% validated  100%" under the templates, as if
an empty map were open; opening a map again shows its own counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.uidriver import press, trigger


def status_text(window) -> str:
    return " ".join(t for t in (window.status_counts.text(), window.status_evidence.text(),
                                window.status_zoom.text()) if t)


def test_the_start_page_after_close_shows_no_counts(window):
    assert window.on_start_page() and status_text(window) == ""
    press(Qt.Key.Key_Return)  # the first template, Blank map
    assert not window.on_start_page()
    assert status_text(window).startswith("5 stages · 6 lanes · 0 cards")

    trigger(window, "File", "Close")
    assert window.on_start_page()
    assert status_text(window) == ""

    press(Qt.Key.Key_Return)  # and a map again: its counts are back
    assert status_text(window).startswith("5 stages · 6 lanes · 0 cards")
