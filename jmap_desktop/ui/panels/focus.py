"""Multi-line fields commit when the user leaves them, like single-line fields do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class CommitOnFocusOut(QObject):
    def __init__(self, widget: QWidget, commit: Callable[[], None]) -> None:
        super().__init__(widget)
        self._commit = commit
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False
