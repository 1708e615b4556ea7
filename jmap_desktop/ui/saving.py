"""File › Save with its questions: a read-only file, or one changed by another window or program.

The checks themselves happen in ``io.save_map`` under the file's save lock, immediately before
the file is replaced, so two windows saving at once cannot lose either edit silently: the later
one is told and asked here.
"""

from __future__ import annotations

from pathlib import Path

from ..io import ChangedOnDiskError, ReadOnlyError, SaveError
from . import dialogs

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
            return SAVE_AS if dialogs.ask_read_only(window, Path(exc.path).name) else None
        except SaveError as exc:
            dialogs.show_error(window, "Cannot save map", f"{exc.message}\n\n{exc.path}")
            return None
