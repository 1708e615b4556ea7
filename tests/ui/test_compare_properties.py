"""Comparing, as a user reads a card: clicking a changed card on the canvas shows in Properties
what it was before (each changed field, or its old cell when it moved)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_versions_ui import answer_input, compare_entries, snapshot_then_edit
from tests.ui.uidriver import trigger


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch):
    def fail(_parent, title, text):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr("jmap_desktop.ui.versions.show_error", fail)


def test_properties_show_a_changed_cards_values_before(window, map_file, qtbot):
    ui = snapshot_then_edit(window, map_file, qtbot)  # c2 reworded, c4 deleted, c3 moved
    section = window.versions.before_section
    ui.click(ui.card_center("c2"))
    assert not section.isVisibleTo(window)  # nothing compared yet
    answer_input(choice=next(t for t in compare_entries(window) if "After workshop 1" in t))
    trigger(window, "File", "Compare With…")
    window.properties_dock.raise_()
    ui.click(ui.card_center("c2"))
    assert window.scene.selected_card_ids() == ["c2"]
    assert section.isVisibleTo(window)
    assert section.values() == {"Text": "Reads reviews\n→ Reads reviews on two sites"}
    assert "After workshop 1" in section.heading.text()
    assert window.properties.text.toPlainText() == "Reads reviews on two sites"  # now, above
    ui.click(ui.card_center("c3"))
    assert section.values() == {"Cell": "Buy / Actions\n→ Use / Actions"}
    ui.click(ui.card_center("c1"))
    assert section.values() == {} and "no change" in section.heading.text()
    # An edit while comparing shows up in the section once the comparison catches up.
    emotion = window.properties.emotion
    emotion.setFocus()
    emotion.selectAll()
    QTest.keyClicks(emotion, "-2")
    QTest.keyClick(emotion, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Emotion" in section.values(), timeout=3000)
    assert section.values()["Emotion"] == "1\n→ -2"
    window.versions.changes.close_button.click()
    assert not section.isVisibleTo(window)
