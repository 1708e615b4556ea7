"""A small driver for window tests that reads like a user: menus by their text, dialogs through
their widgets (found by accessible name), modal dialogs answered when they open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget


def menu_action(window, *path: str):
    """The action at ``path`` ("File", "Compare With…"), matched without '&' accelerators."""
    plain = lambda text: text.replace("&", "")  # noqa: E731
    actions = window.menuBar().actions()
    for i, name in enumerate(path):
        action = next((a for a in actions if plain(a.text()) == name), None)
        assert action is not None, f"no menu entry {name!r} in {[plain(a.text()) for a in actions]}"
        if i == len(path) - 1:
            return action
        menu: QMenu = action.menu()
        menu.aboutToShow.emit()  # menus that fill themselves when opened (Open Recent)
        actions = menu.actions()
    raise AssertionError("empty menu path")


def trigger(window, *path: str) -> None:
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


def field(dialog: QWidget, accessible_name: str) -> QWidget:
    for widget in dialog.findChildren(QWidget):
        if widget.accessibleName() == accessible_name:
            return widget
    raise AssertionError(f"no field named {accessible_name!r} in {dialog.windowTitle()!r}")
