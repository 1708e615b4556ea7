"""Answering modal dialogs through their widgets, as a user would.

A modal dialog runs its own event loop, so the answers are arranged before the action that
opens it: ``with answering("Cancel") as seen: trigger(window, "File", "Save")``. Each answer
is a button's text (clicked) or a function given the dialog. ``seen`` collects each dialog's
main text; a dialog nobody expected is rejected and reported, so a test never hangs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

Answer = str | Callable[[QWidget], None]


def _plain(text: str) -> str:
    return text.replace("&", "")


def click_button(dialog: QWidget, text: str) -> None:
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    for button in buttons:
        if _plain(button.text()) == text:
            button.click()
            return
    names = [_plain(b.text()) for b in buttons]
    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
    raise AssertionError(f"no button {text!r} in the dialog; it has {names}")


def file_name(path) -> Callable[[QWidget], None]:
    """An answer for a file dialog: type the name into its field and press Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), f"expected a file dialog, got {dialog!r}"
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(path))  # typed key by key, the completer's popup would take Return
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Save
                       if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
                       else QDialogButtonBox.StandardButton.Open).click()

    return answer


def dialog_text(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()}\n{dialog.informativeText()}"
    return dialog.windowTitle()


@contextmanager
def answering(*answers: Answer) -> Iterator[list[str]]:
    pending = list(answers)
    seen: list[str] = []
    errors: list[BaseException] = []
    handled: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if dialog is None or any(dialog is h for h in handled) or isinstance(dialog, QMenu):
            return
        handled.append(dialog)
        seen.append(dialog_text(dialog))
        if not pending:
            errors.append(AssertionError(f"an unexpected dialog: {dialog_text(dialog)}"))
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
            return
        answer = pending.pop(0)
        try:
            click_button(dialog, answer) if isinstance(answer, str) else answer(dialog)
        except BaseException as exc:  # reported after the block, never swallowed
            errors.append(exc)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
        QApplication.processEvents()
    finally:
        timer.stop()
    if errors:
        raise errors[0]
    assert not pending, f"these answers were never needed: {pending} (dialogs seen: {seen})"


def trigger(window, *path: str) -> None:
    """Choose a menu item by the texts the user reads, e.g. ``trigger(w, "File", "Save")``."""
    menu_actions = window.menuBar().actions()
    action = None
    for i, text in enumerate(path):
        action = next((a for a in menu_actions if _plain(a.text()) == text), None)
        assert action is not None, f"no menu item {' › '.join(path[: i + 1])}"
        if action.menu() is not None:
            menu_actions = action.menu().actions()
    assert action.isEnabled(), f"{' › '.join(path)} is disabled"
    action.trigger()
    QApplication.processEvents()
