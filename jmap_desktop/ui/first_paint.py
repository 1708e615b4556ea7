"""Report the main window's first paint and quit: for smoke tests and the cold-start benchmark.

Set ``JMAP_DESKTOP_EXIT_AFTER_PAINT=1`` and the editor, once its canvas has painted for the
first time with the map loaded, prints ``first-paint`` on stdout and closes the window the way
a user would (File › Quit), so the process exits through the normal path with code 0. Nothing
else changes; a user never sets it. ``make bundle`` uses it to prove the built app's GUI starts,
``make bench`` to time exec to first paint.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

ENV = "JMAP_DESKTOP_EXIT_AFTER_PAINT"


def requested() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow, viewport) -> None:
        super().__init__(window)
        self.window = window
        self.viewport = viewport
        self.seen = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if not self.seen and watched is self.viewport and event.type() == QEvent.Type.Paint:
            self.seen = True
            # Report after this paint has finished, then quit as File › Quit would.
            QTimer.singleShot(0, self._report_and_close)
        return False

    def _report_and_close(self) -> None:
        print("first-paint", flush=True)
        sys.stdout.flush()
        self.window.close()


def exit_after_first_paint(window: QMainWindow, viewport) -> None:
    """Watch ``viewport`` (the canvas) and close ``window`` right after its first paint."""
    viewport.installEventFilter(_FirstPaint(window, viewport))
