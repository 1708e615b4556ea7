"""Opening and saving with their questions: a file open in another window, a read-only file,
or one changed by another window or program since it was read.

The checks themselves happen in ``io.save_map`` under the file's save lock, immediately before
the file is replaced, so two windows saving at once cannot lose either edit silently: the later
one is told and asked here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..io import ChangedOnDiskError, ReadOnlyError, SaveError, load_map
from . import dialogs
from .session import OpenElsewhere

SAVE_AS = "save-as"  # the user chose Save As instead (the file is read-only)


def save_with_questions(window, path: Path | None) -> Path | str | None:
    """Save ``window``'s map to ``path`` (None: its own file), asking when needed. Returns the
    saved path, SAVE_AS when the user wants another file instead, or None when nothing was
    saved (cancelled, or failed and said so)."""
    session = window.session
    overwrite = False
    while True:
        try:
            return session.save(path, overwrite_outside=overwrite)
        except ChangedOnDiskError:
            if overwrite or not dialogs.ask_overwrite_external(window, session.display_name()):
                return None
            overwrite = True
        except ReadOnlyError as exc:
            return SAVE_AS if dialogs.ask_read_only(window, Path(exc.path).name, exc.message) else None
        except SaveError as exc:
            dialogs.show_error(window, QCoreApplication.translate("dialogs", "Cannot save map"), f"{exc.message}\n\n{exc.path}")
            return None


def open_with_questions(window, path: Path) -> bool:
    """Open ``path`` in ``window``; when another window edits it, offer it read-only or as an
    untitled copy. True when a map was opened; LoadError propagates."""
    session = window.session
    try:
        session.open(path)
    except OpenElsewhere as exc:
        choice = dialogs.ask_open_elsewhere(window, exc.path.name, exc.holder)
        if choice == "read-only":
            session.open(path, read_only=True)
        elif choice == "copy":
            session.replace(load_map(exc.path), None, modified=True)
        else:
            return False
    return True
