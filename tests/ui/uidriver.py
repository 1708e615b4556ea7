"""The driver of the window tests in tests/ui, reading like a user: menus by their text,
dialogs through their widgets (found by accessible name or type), combo boxes by an option's
text or data, buttons of a button box clicked, modal dialogs answered when they open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMenu, QWidget

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
