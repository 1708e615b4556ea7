"""What happens once the main window has painted for the first time.

``after_first_paint(viewport, callback)`` runs ``callback`` right after the canvas's first
paint has finished. The editor uses it to switch Python's garbage collector back on (it is off
while the start builds its objects, see cli/editor.py).

Set ``JMAP_DESKTOP_EXIT_AFTER_PAINT=1`` and the editor, once its canvas has painted for the
first time with the map loaded, prints ``first-paint`` on stdout and closes the window the way
a user would (File › Quit), so the process exits through the normal path with code 0. Nothing
else changes; a user never sets it. ``make bundle`` uses it to prove the built app's GUI starts,
``make bench`` to time exec to first paint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

ENV = "JMAP_DESKTOP_EXIT_AFTER_PAINT"


def requested() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class _FirstPaint(QObject):
    """Watches ``viewport`` until its first paint, then runs ``callback`` once and lets go."""

    def __init__(self, viewport: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(viewport)
        self.viewport = viewport
        self.callback = callback
        self.seen = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if not self.seen and watched is self.viewport and event.type() == QEvent.Type.Paint:
            self.seen = True
            # After this paint has finished (the next turn of the event loop).
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.viewport.removeEventFilter(self)
        self.callback()


def after_first_paint(viewport: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once, right after ``viewport`` (the canvas) has first painted."""
    viewport.installEventFilter(_FirstPaint(viewport, callback))


def exit_after_first_paint(window: QMainWindow, viewport: QWidget) -> None:
    """Close ``window`` right after the first paint of ``viewport``, saying ``first-paint``."""

    def report_and_close() -> None:
        print("first-paint", flush=True)
        sys.stdout.flush()
        window.close()

    after_first_paint(viewport, report_and_close)
