"""Small dialogs: the unsaved-changes question and readable error messages."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget, name: str) -> Answer:
    """Save / Don't Save / Cancel, as every desktop editor asks it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Do you want to save the changes you made to “{name}”?")
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    if result == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if result == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)
