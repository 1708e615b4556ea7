"""The driver of the window tests in tests/ui, reading like a user: menus by their text,
dialogs through their widgets (found by accessible name or type), combo boxes by an option's
text or data, buttons of a button box clicked, modal dialogs answered when they open; and a
user's hands on the panels: click cards, pick from a combo's list, type into fields and leave
them, press buttons by their text, edit table cells. Only what a person does with a mouse and a
keyboard; the window's own code reacts as it would to a person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QWidget,
)

from tests.canvas.driver import CanvasDriver


def _plain(text: str) -> str:
    """Menu text as the user reads it: no '&' accelerators, no shortcut after a tab."""
    return text.replace("&", "").split("\t")[0]


def menu_action(window, *path: str):
    """The action at ``path`` ("File", "Compare With…"). The last name may be the start of the
    item's text: "Undo" finds "Undo Accept note from Ana" (undo items carry the command's name)."""
    actions = window.menuBar().actions()
    for i, name in enumerate(path):
        last = i == len(path) - 1
        action = next((a for a in actions if _plain(a.text()) == name), None)
        if action is None and last:
            action = next((a for a in actions if _plain(a.text()).startswith(name + " ")), None)
        assert action is not None, f"no menu entry {name!r} in {[_plain(a.text()) for a in actions]}"
        if last:
            return action
        menu: QMenu = action.menu()
        menu.aboutToShow.emit()  # menus that fill themselves when opened (Open Recent)
        actions = menu.actions()
    raise AssertionError("empty menu path")


def trigger(window, *path: str) -> None:
    """Choose the menu item at ``path`` (it must be enabled, like a click on it)."""
    action = menu_action(window, *path)
    assert action.isEnabled(), f"{' › '.join(path)} is disabled"
    action.trigger()


def when_modal(answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``answer(dialog)`` on the next modal dialog once it is shown (before ``exec`` blocks)."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            answer(dialog)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def answer(dialog_type, fill, button=QDialogButtonBox.StandardButton.Ok, attempts: int = 100) -> list:
    """When a modal ``dialog_type`` opens, ``fill(dialog)`` and click ``button``; returns a list
    that holds the dialog once it has been answered (bounded wait: ``attempts`` × 20 ms)."""
    answered: list = []

    def handle(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            if left:
                QTimer.singleShot(20, lambda: handle(left - 1))
            return
        fill(dialog)
        QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(button), Qt.MouseButton.LeftButton)
        answered.append(dialog)

    QTimer.singleShot(0, handle)
    return answered


def field(dialog: QWidget, accessible_name: str) -> QWidget:
    for widget in dialog.findChildren(QWidget):
        if widget.accessibleName() == accessible_name:
            return widget
    raise AssertionError(f"no field named {accessible_name!r} in {dialog.windowTitle()!r}")


def find_dialog(parent: QWidget, kind):
    """The one open (non-modal) dialog of type ``kind`` over ``parent``."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


def choose(combo: QComboBox, text: str) -> None:
    """Pick the option labelled ``text``, as a click on the combo and on the option would."""
    index = combo.findText(text)
    assert index >= 0, f"{combo.accessibleName() or 'combo'} has no option {text!r}"
    combo.setCurrentIndex(index)


def choose_data(combo: QComboBox, data) -> None:
    """Pick the option that stands for ``data`` (an id, an address) whatever its label."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def click_button(box: QDialogButtonBox, which=QDialogButtonBox.StandardButton.Ok) -> None:
    button = box.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def canvas_of(window, qtbot) -> CanvasDriver:
    """The canvas driver on the window's own view."""
    driver = CanvasDriver.__new__(CanvasDriver)
    driver.store, driver.stack = window.session.store, window.session.undo_stack
    driver.scene, driver.view, driver.qtbot = window.scene, window.view, qtbot
    return driver


# -- typing -----------------------------------------------------------------------------------
def type_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, each as a key press and release
    that carries the character, as a keyboard (or an input method, for characters no key
    has) delivers it. Safe for any text: ``QTest.keyClicks`` maps every character to an ASCII
    key and aborts the whole process (a failed Q_ASSERT in qasciikey.cpp) on "é", "ß" or "😀"."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(widget, ch)  # a real key code too: shortcuts and key handlers see it
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # Key_unknown with the text: what a dead key or a compose sequence ends in.
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


# -- the panels -------------------------------------------------------------------------------
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
            type_keys(field, line)


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
    type_keys(editor, text)  # the editor opens with the old text selected
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor a moment later
