"""Every open editor window, and the ways a file reaches one.

A map arrives from the command line, from the macOS Finder (a double-click sends the running app
a ``QFileOpenEvent`` instead of a command-line argument), or from a second launch that hands its
file to the running app (``single_instance``). Each goes through ``Windows.open_path``: the map
opens in a window that holds nothing yet, otherwise in a new window, and a map that is already
open is brought to the front instead of opened twice.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QFileOpenEvent

from .main_window import MainWindow


def is_pristine(window: MainWindow) -> bool:
    """The window shows the empty map it started with: opening a file there loses nothing."""
    return window.session.path is None and not window.session.is_modified()


class Windows(QObject):
    """The application's editor windows; also catches the Finder's file-open events."""

    def __init__(self, app: QCoreApplication, settings: QSettings | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings  # None: the user's settings (tests pass a throw-away file)
        self._windows: list[MainWindow] = []
        self._opened = getattr(app, "fileOpenRequested", None)  # ui.app.Application's
        if self._opened is not None:
            self._opened.connect(self.open_path)
        else:  # a QApplication made elsewhere: the same, through an application event filter
            app.installEventFilter(self)

    def detach(self) -> None:
        """Stop catching file-open events (tests, and before the app goes away)."""
        if self._opened is not None:
            self._opened.disconnect(self.open_path)
        else:
            self.app.removeEventFilter(self)

    @property
    def windows(self) -> list[MainWindow]:
        """The windows still open, oldest first (closed ones are let go here)."""
        self._windows = [w for w in self._windows if shiboken6.isValid(w) and w.isVisible()]
        return list(self._windows)

    def new_window(self) -> MainWindow:
        window = MainWindow(self.settings)
        # Closed, a window is deleted and let go here: its menu actions and panels hold it
        # through signal connections Python's collector cannot see, so it was never freed,
        # its map and canvas with it. The slot holds only the window's id, never the window.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(partial(self._forget, id(window)))
        self._windows.append(window)
        window.show()
        return window

    def _forget(self, window_id: int, *_args) -> None:
        """A window was deleted (after closing): drop the last reference to it."""
        self._windows = [w for w in self._windows if id(w) != window_id]

    def open_path(self, path: str | Path) -> MainWindow:
        """Show ``path`` in a window and bring that window to the front."""
        path = Path(path)
        open_windows = self.windows
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop: open_file's dialog says so
            window = None
        else:
            window = next((w for w in open_windows if w.session.path == resolved), None)
        if window is None:
            window = next((w for w in open_windows if is_pristine(w)), None) or self.new_window()
            window.open_file(path, ask=False)  # a broken file: its dialog, the window stays
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        return window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and watched is self.app:
            assert isinstance(event, QFileOpenEvent)
            if event.file():
                self.open_path(event.file())
                return True
        return False
