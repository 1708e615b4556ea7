"""The merge conflict dialog with thousands of conflicts, as a user: every row is there to
scroll to, each settled in its own Keep and Value cells, and the merge gets what was chosen.
(Opening it quickly is measured by ``make bench``, key ``conflict_dialog_2000_s``.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmap_desktop.ui.conflict_dialog import ConflictDialog
from jmap_desktop.versions.merge import OURS, THEIRS, Conflict, Edited
from tests.ui.uidriver import cell_text, choose, open_cell, press_button, type_into


def conflicts(count: int) -> list[Conflict]:
    """A text edited differently in both copies for every card, and every tenth row an order."""
    out = []
    for i in range(count):
        if i % 10 == 9:
            out.append(Conflict(key=f"cells/s{i}/order", kind="order", collection="cards", entity_id="",
                                field=None, label=f"Order of the cards in cell {i}",
                                ours=[f"Step {j}" for j in range(5)], theirs=[f"Step {j}" for j in range(4, -1, -1)]))
        else:
            out.append(Conflict(key=f"cards/c{i}/text", kind="field", collection="cards", entity_id=f"c{i}",
                                field="text", label=f"card “Card {i}”: text",
                                ours=f"Reads reviews {i} on Reddit", theirs=f"Reads reviews {i} on YouTube"))
    return out


def test_thousands_of_conflicts_are_settled_row_by_row(qtbot):
    rows = conflicts(2_000)
    dialog = ConflictDialog(rows, "mine.jmap", "theirs.jmap")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.model().rowCount() == 2_000
    assert (cell_text(table, 0, 1), cell_text(table, 0, 2)) == ("Reads reviews 0 on Reddit", "Reads reviews 0 on YouTube")
    press_button(dialog, "Keep All Theirs")
    assert cell_text(table, 1_000, 3) == "Keep theirs"

    last = open_cell(table, 1_999, 3)  # scrolled to the very end: an order, five lines a side
    assert last.accessibleName() == "Keep for Order of the cards in cell 1999"
    assert [last.itemText(i) for i in range(last.count())] == ["Keep mine", "Keep theirs"]  # nothing to type
    choose(last, "Keep mine")
    assert table.rowHeight(1_999) >= 5 * table.fontMetrics().lineSpacing()  # measured when shown

    value = table.model().index(1, 4)
    table.scrollTo(value)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(value).center())
    assert table.indexWidget(value) is None  # no typing until "Type a value" is chosen
    choose(open_cell(table, 1, 3), "Type a value")
    type_into(open_cell(table, 1, 4), "Reads reviews 1 on both")
    assert cell_text(table, 1, 4) == "Reads reviews 1 on both"

    choices = dialog.choices()
    assert choices.pop(rows[1_999].key) == OURS
    assert choices.pop(rows[1].key) == Edited("Reads reviews 1 on both")
    assert set(choices.values()) == {THEIRS} and len(choices) == 1_998


def test_keep_all_mine_after_theirs_settles_every_row_as_mine(qtbot):
    rows = conflicts(30)
    dialog = ConflictDialog(rows, "mine.jmap", "theirs.jmap")
    qtbot.addWidget(dialog)
    dialog.show()
    choose(open_cell(dialog.table, 4, 3), "Keep theirs")
    press_button(dialog, "Keep All Theirs")
    press_button(dialog, "Keep All Mine")
    assert set(dialog.choices().values()) == {OURS}
    assert cell_text(dialog.table, 4, 3) == "Keep mine"
