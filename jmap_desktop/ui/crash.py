"""Crash reporting: an unhandled exception is never a silent death.

A bundled app has no console (``console=False`` on Windows and macOS), so an exception in a slot
would vanish. ``install()`` replaces ``sys.excepthook`` (which PySide6 calls for exceptions in
slots and event handlers) with a handler that, in this order: writes a recovery copy of every
open map with unsaved edits, writes a log under platformdirs' user log folder, and shows a
dialog saying what happened, where the log is, with Copy Details, Continue and Quit.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..model import StoreError


def log_dir() -> Path:
    """platformdirs' user log folder; beside the state folder when that is overridden (tests)."""
    from .recovery import ENV_DIR

    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir("jmap-desktop", appauthor=False))


def flush_autosaves() -> list[str]:
    """Write a recovery copy of every open map with unsaved edits; returns their names."""
    saved = []
    for widget in QApplication.topLevelWidgets():
        session, autosaver = getattr(widget, "session", None), getattr(widget, "autosaver", None)
        if session is None or autosaver is None:
            continue
        try:
            if session.is_modified():
                autosaver.save_now()
                if autosaver.last_error is None:
                    saved.append(session.display_name())
        except Exception:  # noqa: BLE001 (a half-broken window must not stop the others)
            continue
    return saved


def write_log(details: str) -> Path | None:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
        path.write_text(details, "utf-8")
        return path
    except OSError:
        return None


def describe(exc_type, exc, tb) -> str:
    lines = [
        f"JMap Desktop {__version__} stopped an operation with an unexpected error.",
        f"Time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"System: {platform.platform()}; Python {platform.python_version()}; Qt {qVersion()}",
        f"Frozen app: {bool(getattr(sys, 'frozen', False))}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


_handling = False


def handle(exc_type, exc, tb) -> None:
    """The excepthook: keep the work, log, tell the user."""
    global _handling
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if issubclass(exc_type, StoreError) and refused_edit(str(exc)):
        return  # a refused edit (e.g. the 501st stage) is not a crash: nothing changed
    details = describe(exc_type, exc, tb)
    sys.__stderr__ and sys.__stderr__.write(details)  # a terminal, when there is one
    if _handling:  # an error inside the dialog itself: the log is all we can do
        write_log(details)
        return
    _handling = True
    try:
        saved = flush_autosaves()  # first: whatever follows, the edits are on disk
        log = write_log(details)
        app = QApplication.instance()
        if app is None:
            return
        # Imported here, not at start: Qt makes a dialog's classes on first use (a few ms).
        from .crash_dialog import CrashDialog

        summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        dialog = CrashDialog(summary, details, log, saved, QApplication.activeWindow())
        if dialog.exec() == CrashDialog.QUIT:
            app.exit(1)
    finally:
        _handling = False


def refused_edit(message: str) -> bool:
    """Say in the active window's status bar why an edit was refused; False without a window."""
    window = QApplication.activeWindow() if QApplication.instance() is not None else None
    bar = getattr(window, "statusBar", None)
    if bar is None:
        return False
    bar().showMessage(QCoreApplication.translate("Crash", "Not done: {message}").format(message=message), 10000)
    return True


def install() -> None:
    sys.excepthook = handle
