"""Autosave and crash recovery.

A few seconds after the last edit, the open map is written (atomically) to the platform's state
folder, with a small JSON note saying which file it belongs to, when it was made and which
process made it. A normal save or close removes the copy. At the next start, copies whose
process is no longer running are offered for recovery: after a crash or a power loss the
recovered map is exactly what was on screen at the last autosave.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer

from ..io import LoadError, SaveError, load_map, save_map
from ..model import JourneyMap

ENV_DIR = "JMAP_DESKTOP_STATE_DIR"  # overrides the folder (tests, portable installs)
AUTOSAVE_DELAY_MS = 3000


def state_dir() -> Path:
    """The program's state folder (recovery copies, locks); not created here."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir("jmap-desktop", appauthor=False))


def recovery_dir() -> Path:
    folder = state_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class RecoveryCopy:
    map_path: Path  # the autosaved map
    note_path: Path
    original: Path | None  # the file it belongs to (None: never saved)
    title: str
    saved_at: dt.datetime
    pid: int

    def load(self) -> JourneyMap:
        return load_map(self.map_path)

    def discard(self) -> None:
        for path in (self.map_path, self.note_path):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def pending_copies() -> list[RecoveryCopy]:
    """Copies left by sessions that did not end normally (newest first)."""
    copies = []
    for note in recovery_dir().glob("*.json"):
        try:
            data = json.loads(note.read_text("utf-8"))
            copy = RecoveryCopy(note.with_suffix(".jmap"), note,
                                Path(data["original"]) if data.get("original") else None,
                                str(data.get("title", "")), dt.datetime.fromisoformat(data["saved_at"]),
                                int(data.get("pid", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if copy.map_path.is_file() and not _alive(copy.pid):
            copies.append(copy)
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes a recovery copy of a session's map a few seconds after its last edit."""

    def __init__(self, session, delay_ms: int = AUTOSAVE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.key = uuid.uuid4().hex
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        session.undo_stack.indexChanged.connect(self._edited)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.documentReplaced.connect(self._replaced)

    @property
    def map_path(self) -> Path:
        return recovery_dir() / f"{self.key}.jmap"

    @property
    def note_path(self) -> Path:
        return recovery_dir() / f"{self.key}.json"

    def _alive(self) -> bool:
        # The undo stack emits while a closing window tears it down: ignore those signals.
        return shiboken6.isValid(self) and shiboken6.isValid(self.session.undo_stack)

    def _edited(self, _index: int) -> None:
        self.schedule()

    def schedule(self) -> None:
        """Autosave soon: also for changes kept outside the undo history (workshop notes)."""
        if self._alive() and self.session.is_modified():
            self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean and self._alive():
            self._timer.stop()
            self.discard()

    def _replaced(self) -> None:
        self._timer.stop()
        self.discard()
        if self.session.is_modified():  # e.g. a new map from a template, or a recovered one
            self._timer.start()

    def set_delay(self, seconds: int) -> None:
        self._timer.setInterval(max(1, seconds) * 1000)

    def delay(self) -> int:
        return self._timer.interval() // 1000

    def save_now(self) -> None:
        try:
            save_map(self.session.doc, self.map_path, backup=False)
            note = {"original": str(self.session.path) if self.session.path else None,
                    "title": self.session.doc.meta.title,
                    "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "pid": os.getpid()}
            tmp = self.note_path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(note), "utf-8")
            os.replace(tmp, self.note_path)
            self.last_error = None
        except (SaveError, OSError) as exc:  # autosave must never interrupt the user
            self.last_error = str(exc)

    def discard(self) -> None:
        for path in (self.map_path, self.note_path):
            path.unlink(missing_ok=True)




def offer_recovery(window, choose=None) -> int:
    """At start: offer every copy left by a crash. ``choose(copy) -> "recover" | "discard" |
    "later"`` answers for each (a dialog by default). Returns how many were recovered; only the
    first recovered copy is opened in ``window`` (the others stay for the next start)."""
    choose = choose or (lambda copy: _ask(window, copy))
    recovered = 0
    for copy in pending_copies():
        answer = choose(copy)
        if answer == "recover" and recovered == 0:
            try:
                doc = copy.load()
            except LoadError as exc:
                window.statusBar().showMessage(f"The recovery copy could not be read: {exc}", 10000)
                continue
            window.session.replace(doc, copy.original, modified=True)
            copy.discard()  # the running session autosaves its own copy from now on
            recovered += 1
        elif answer == "discard":
            copy.discard()
    return recovered


def _ask(window, copy: RecoveryCopy) -> str:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Recover unsaved work")
    where = str(copy.original) if copy.original else "a map that was never saved"
    box.setText(f"JMap Desktop did not close normally. Recover “{copy.title}”?")
    box.setInformativeText(f"Autosaved {copy.saved_at:%A %d %B, %H:%M:%S} from {where}.")
    recover = box.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is recover:
        return "recover"
    return "discard" if box.clickedButton() is discard else "later"
