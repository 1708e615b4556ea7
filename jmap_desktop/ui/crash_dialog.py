"""The crash dialog: what happened, where the log is, Copy Details, Continue and Quit.

Apart from ``ui.crash`` (which installs the handler at start) so that its Qt dialog classes are
made only when something has gone wrong, not on every start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """What happened, where the log is, and the full details to copy into a bug report."""

    QUIT = 2  # the result of Quit (Continue accepts)

    def __init__(self, summary: str, details: str, log: Path | None, saved: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("JMap Desktop hit a problem"))
        self.details = details
        layout = QVBoxLayout(self)
        saved_text = (self.tr("Unsaved edits in {maps} were kept as a recovery copy.").format(maps=', '.join(saved))
                      if saved else self.tr("No map had unsaved edits."))
        where = (self.tr("The details are in the log:\n{log}").format(log=log) if log is not None
                 else self.tr("The log could not be written; copy the details below instead."))
        message = QLabel(self.tr("Something went wrong: {summary}\n\n{saved_text}\n\n{where}\n\nYou can go on working (save under a new name to be safe) or quit.").format(summary=summary, saved_text=saved_text, where=where))
        message.setWordWrap(True)
        message.setTextInteractionFlags(message.textInteractionFlags()
                                        | message.textInteractionFlags().TextSelectableByMouse)
        message.setAccessibleName(QCoreApplication.translate("CrashDialog", "What happened"))
        layout.addWidget(message)
        self.message = message
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName(QCoreApplication.translate("CrashDialog", "Error details"))
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy Details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(lambda: self.done(self.QUIT))
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
