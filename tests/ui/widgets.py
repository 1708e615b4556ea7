"""A user's hands on the panels: click cards, pick from combo boxes, type into fields and leave
them, press buttons by their text, edit table cells. Only what a person does with a mouse and a
keyboard; the panels' own code reacts as it would to a person."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QTableWidget, QWidget


def click_card(window, card_id: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a card on the canvas (near its left edge, clear of badges and handles)."""
    rect = window.scene.layout.cards[card_id].rect
    point = QPointF(rect.x + 20, rect.y + rect.h / 2)
    window.view.ensureVisible(point.x() - 2, point.y() - 2, 4, 4, 20, 20)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifiers,
                     window.view.mapFromScene(point))


def pick(combo: QComboBox, *, data=None, text: str | None = None) -> None:
    """Open the combo's list and click the entry holding ``data`` (or showing ``text``)."""
    index = combo.findData(data) if text is None else combo.findText(text)
    assert index >= 0, f"{combo.accessibleName()}: no entry {data if text is None else text!r}"
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    rect = popup.visualRect(popup.model().index(index, 0))
    QTest.mouseMove(popup.viewport(), rect.center())  # hovering makes the entry current
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert combo.currentIndex() == index


def type_over(field: QWidget, text: str) -> None:
    """Click into a field, select what is there and type ``text`` over it."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    for i, line in enumerate(text.split("\n")):  # a new line is a press of Enter
        if i:
            QTest.keyClick(field, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(field, line)


def enter(field: QWidget, text: str) -> None:
    """Type over a one-line field and press Enter."""
    type_over(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def leave(field: QWidget) -> None:
    """Move the focus away from ``field``, as clicking elsewhere does."""
    field.clearFocus()
    QApplication.processEvents()


def press(parent: QWidget, label: str) -> None:
    """Click the button labelled ``label`` inside ``parent``."""
    buttons = [b for b in parent.findChildren(QAbstractButton)
               if b.text().replace("&", "") == label and b.isVisible()]
    assert buttons, f"no visible button {label!r}"
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def edit_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a table cell, press F2 to edit it, type over it and press Enter."""
    item = table.item(row, column)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table, "the cell did not open an editor"
    QTest.keyClicks(editor, text)  # the editor opens with the old text selected
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor a moment later
