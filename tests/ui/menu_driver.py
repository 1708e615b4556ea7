"""Using the window's menus and modal dialogs as a person does: find by text, fill, click OK."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.canvas.driver import CanvasDriver


def _plain(text: str) -> str:
    return text.replace("&", "")


def menu_action(window, menu: str, item: str):
    top = next(a.menu() for a in window.menuBar().actions() if _plain(a.text()) == menu)
    # "Undo" also finds "Undo Accept note from Ana": undo actions carry the command's name.
    return next(a for a in top.actions()
                if _plain(a.text()) == item or _plain(a.text()).startswith(item + " "))


def trigger(window, menu: str, item: str) -> None:
    action = menu_action(window, menu, item)
    assert action.isEnabled(), f"{menu} › {item} is disabled"
    action.trigger()


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


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def canvas_of(window, qtbot) -> CanvasDriver:
    """The canvas driver on the window's own view."""
    driver = CanvasDriver.__new__(CanvasDriver)
    driver.store, driver.stack = window.session.store, window.session.undo_stack
    driver.scene, driver.view, driver.qtbot = window.scene, window.view, qtbot
    return driver
