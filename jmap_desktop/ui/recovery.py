"""Autosave and crash recovery.

Within two seconds of any change (``MAX_WAIT_MS``, however fast the user keeps typing) the open
map is written atomically to the platform's state folder, including text still being typed in
the in-place editor, with a small JSON note: the file it belongs to, that file's content hash
when the session last read or wrote it, when it was made. A normal save or close removes the
copy. Each session holds a lock named by its session id while it runs, a lock the operating
system drops when the process ends (``io.process_lock``); at the next start a copy whose lock
can be taken belongs to a session that ended without saying so (crash, kill, power cut) and is
offered for recovery. No process id is consulted: an id reused by another program, after a
reboot or within minutes, never hides a copy. Saving a recovered map over a file that changed since the
crashed session read it asks first. If the state folder cannot be used, the editor still
starts and says so in the status bar; a failing autosave says so too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..io import LoadError, SaveError, load_map, save_map
from ..io.process_lock import ProcessLock, is_held
from ..model import Card, CardKind, JourneyMap
from ..model.kinds import DEFAULT_CARD_KIND_FOR_LANE
from ..model.limits import MAX_NAME, MAX_TEXT
from .disk_watch import DiskSignature
from .locale_format import date_time

ENV_DIR = "JMAP_DESKTOP_STATE_DIR"  # overrides the folder (tests, portable installs)
AUTOSAVE_DELAY_MS = 3000  # idle delay (Preferences); never later than MAX_WAIT_MS after a change
MAX_WAIT_MS = 2000


def state_dir() -> Path:
    """The program's state folder (recovery copies, locks); not created here."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir("jmap-desktop", appauthor=False))


def recovery_dir() -> Path:
    """The recovery folder, created on first use; OSError when it cannot be."""
    folder = state_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def state_problem() -> str | None:
    """Why recovery copies cannot be kept, or None when the folder is usable."""
    try:
        folder = recovery_dir()
        probe = folder / f".probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return (QCoreApplication.translate("Recovery", "Unsaved work cannot be protected: the folder {folder} cannot be used ({reason}). Save often.").format(folder=state_dir(), reason=exc.strerror or exc))
    return None


@dataclass(frozen=True)
class RecoveryCopy:
    map_path: Path  # the autosaved map
    note_path: Path
    original: Path | None  # the file it belongs to (None: never saved)
    title: str
    saved_at: dt.datetime
    pid: int  # for people reading the note; never used to judge whether the session lives
    based_on: str | None = None  # content hash of ``original`` as the crashed session knew it

    def load(self) -> JourneyMap:
        return load_map(self.map_path)

    def discard(self) -> None:
        for path in (self.map_path, self.note_path, self.note_path.with_suffix(".lock")):
            path.unlink(missing_ok=True)


def _session_ended(folder: Path, data: dict) -> bool:
    key = data.get("session")
    if not isinstance(key, str) or not key.isalnum():
        return True  # a note from before session locks: offered (twice is better than never)
    return not is_held(folder / f"{key}.lock")  # held: running, in this process or another


def _sweep_locks(folder: Path) -> None:
    """Lock files of sessions that ended without a copy (killed before any change)."""
    for lock in folder.glob("*.lock"):
        if not lock.with_suffix(".json").exists():
            is_held(lock)  # removes it when its session has ended


def pending_copies() -> list[RecoveryCopy]:
    """Copies left by sessions that did not end normally (newest first)."""
    try:
        folder = recovery_dir()
        notes = list(folder.glob("*.json"))
        _sweep_locks(folder)
    except OSError:
        return []
    copies = []
    for note in notes:
        try:
            data = json.loads(note.read_text("utf-8"))
            copy = RecoveryCopy(note.with_suffix(".jmap"), note,
                                Path(data["original"]) if data.get("original") else None,
                                str(data.get("title", "")), dt.datetime.fromisoformat(data["saved_at"]),
                                int(data.get("pid", 0)), data.get("based_on"))
            if copy.map_path.is_file() and _session_ended(folder, data):
                copies.append(copy)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes a recovery copy of a session's map soon after each change."""

    problem = Signal(str)  # why the last autosave failed; "" once one succeeds again

    def __init__(self, session, delay_ms: int = AUTOSAVE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.key = uuid.uuid4().hex  # the session id: names the copy, its note and its lock
        self.last_error: str | None = None
        self._lock: ProcessLock | None = None  # from the first copy until it is discarded
        self._editor = None  # the in-place editor whose uncommitted text is kept too
        self._timer = QTimer(self)  # idle: restarted by each change
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._deadline = QTimer(self)  # started by the first change since the last copy only
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.save_now)
        session.undo_stack.indexChanged.connect(self._edited)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.documentReplaced.connect(self._replaced)

    @property
    def map_path(self) -> Path:
        return recovery_dir() / f"{self.key}.jmap"

    @property
    def note_path(self) -> Path:
        return recovery_dir() / f"{self.key}.json"

    def watch_editor(self, editor) -> None:
        """Also protect text typed into ``editor`` (the canvas's in-place editor) before it is
        committed: typing counts as a change, and the copy holds the text as typed so far."""
        self._editor = editor
        editor.document().contentsChanged.connect(self._typed)

    def _alive(self) -> bool:
        # The undo stack emits while a closing window tears it down: ignore those signals.
        return shiboken6.isValid(self) and shiboken6.isValid(self.session.undo_stack)

    def _edited(self, _index: int) -> None:
        self.schedule()

    def _pending(self):
        """(EditTarget, text) being typed and not committed yet, or None."""
        editor = self._editor
        if editor is None or not shiboken6.isValid(editor):  # torn down with its window
            return None
        return editor.pending()

    def _typed(self) -> None:
        if self._alive() and self._pending() is not None:
            self._start()

    def schedule(self) -> None:
        """Autosave soon: also for changes kept outside the undo history (workshop notes)."""
        if self._alive() and self.session.is_modified():
            self._start()

    def _start(self) -> None:
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _stop(self) -> None:
        self._timer.stop()
        self._deadline.stop()

    def _clean_changed(self, clean: bool) -> None:
        if clean and self._alive():
            self._stop()
            self.discard()

    def _replaced(self) -> None:
        self._stop()
        self.discard()
        if self.session.is_modified():  # e.g. a new map from a template, or a recovered one
            self._start()

    def set_delay(self, seconds: int) -> None:
        self._timer.setInterval(max(1, seconds) * 1000)

    def delay(self) -> int:
        return self._timer.interval() // 1000

    def save_now(self) -> None:
        if not self._alive():
            return
        self._stop()
        pending = self._pending()
        if not self.session.is_modified() and pending is None:
            return
        try:
            folder = recovery_dir()
            self._take_lock(folder)
            save_map(with_pending_text(self.session.doc, pending), self.map_path, backup=False)
            disk = self.session.disk
            note = {"session": self.key,
                    "original": str(self.session.path) if self.session.path else None,
                    "based_on": disk.digest if disk is not None else None,
                    "title": self.session.doc.meta.title,
                    "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "pid": os.getpid()}
            tmp = self.note_path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(note), "utf-8")
            os.replace(tmp, self.note_path)
        except (SaveError, OSError) as exc:  # autosave must never interrupt the user
            reason = exc.message if isinstance(exc, SaveError) else (exc.strerror or str(exc))
            self.last_error = QCoreApplication.translate("Recovery", "Autosave failed: {reason}. Your changes are not protected yet; save them.").format(reason=reason)
            self.problem.emit(self.last_error)
            return
        if self.last_error is not None:
            self.last_error = None
            self.problem.emit("")

    def discard(self) -> None:
        try:
            for path in (self.map_path, self.note_path):
                path.unlink(missing_ok=True)
        except OSError:
            pass
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _take_lock(self, folder: Path) -> None:
        """Before the first copy exists, so a copy is never seen without its live lock."""
        if self._lock is not None:
            return
        lock = ProcessLock(folder / f"{self.key}.lock")
        try:
            if lock.acquire():
                self._lock = lock
        except OSError:
            pass  # a file system that cannot lock: the copy is still written (and offered)


def with_pending_text(doc: JourneyMap, pending) -> JourneyMap:
    """``doc`` as it would be if the text being typed were committed now (shallow copies: the
    open document is not touched). ``pending`` is ``(EditTarget, text)`` or None."""
    if pending is None:
        return doc
    target, text = pending
    if target.kind == "card":
        cards = [c.model_copy(update={"text": text[:MAX_TEXT]}) if c.id == target.entity_id else c
                 for c in doc.cards]
        return doc.model_copy(update={"cards": cards})
    if target.kind == "new_card" and target.cell is not None and text.strip():
        lane = next((x for x in doc.lanes if x.id == target.cell[1]), None)
        kind = target.card_kind or (DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE)
                                    if lane is not None else CardKind.NOTE)
        card = Card(stage_id=target.cell[0], lane_id=target.cell[1], kind=kind, text=text[:MAX_TEXT])
        return doc.model_copy(update={"cards": [*doc.cards, card]})
    if target.kind in ("stage", "lane") and text.strip():
        field = "stages" if target.kind == "stage" else "lanes"
        items = [x.model_copy(update={"name": text.strip()[:MAX_NAME]}) if x.id == target.entity_id else x
                 for x in getattr(doc, field)]
        return doc.model_copy(update={field: items})
    return doc


def offer_recovery(window, choose=None) -> int:
    """At start: offer every copy left by a crash. ``choose(copy) -> "recover" | "discard" |
    "later"`` answers for each (a dialog by default). Returns how many were recovered; only the
    first recovered copy is opened in ``window`` (the others stay for the next start). When the
    state folder is unusable, says so in the status bar and carries on."""
    problem = state_problem()
    if problem is not None:
        window.statusBar().showMessage(problem)
        return 0
    choose = choose or (lambda copy: _ask(window, copy))
    recovered = 0
    for copy in pending_copies():
        answer = choose(copy)
        if answer == "recover" and recovered == 0:
            try:
                doc = copy.load()
            except LoadError as exc:
                window.statusBar().showMessage(QCoreApplication.translate("Recovery", "The recovery copy could not be read: {exc}").format(exc=exc), 10000)
                continue
            window.session.replace(doc, copy.original, modified=True)
            if copy.original is not None and copy.based_on is not None:
                # Saving must compare the file with what the crashed session read, so a file
                # changed since (another window, another program) is not overwritten unasked.
                now = window.session.disk
                if now is None or now.digest != copy.based_on:
                    window.session.disk = DiskSignature(0, 0, copy.based_on)
            copy.discard()  # the running session autosaves its own copy from now on
            recovered += 1
        elif answer == "discard":
            copy.discard()
    return recovered


def _ask(window, copy: RecoveryCopy) -> str:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Recover unsaved work"))
    where = str(copy.original) if copy.original else QCoreApplication.translate("Recovery", "a map that was never saved")
    box.setText(QCoreApplication.translate("Recovery", "JMap Desktop did not close normally. Recover “{title}”?").format(title=copy.title))
    box.setInformativeText(QCoreApplication.translate("Recovery", "Autosaved {when} from {where}.").format(
        when=date_time(copy.saved_at), where=where))
    recover = box.addButton(QCoreApplication.translate("Recovery", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Recovery", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is recover:
        return "recover"
    return "discard" if box.clickedButton() is discard else "later"
