"""WorkshopController: the window's side of a live session.

It starts and stops the server (which runs on its own threads), publishes the map to the
participants a moment after each edit, and receives notes: the session calls ``on_note`` on a
server thread, which only emits a signal; Qt queues it to the GUI thread, where the note enters
the document's inbox. So the server never touches the document, and a server that fails leaves
the open map as it was.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...commands import AcceptNotesCommand, StoreVotesCommand, push_command
from ...model import ChangeKind, InboxNote, StoreError

if TYPE_CHECKING:  # the server (http.server, ssl) loads when a session starts, not with the editor
    from ...workshop import Limits, WorkshopServer, WorkshopSession

PUBLISH_DELAY_MS = 250  # participants see an edit within a second, typing bursts go as one


@dataclass(frozen=True)
class Permissions:
    """What the facilitator lets participants do in this session."""

    notes: bool = True
    votes: bool = True
    see_map: bool = True


class WorkshopController(QObject):
    noteReceived = Signal(object)  # emitted on server threads, delivered on the GUI thread
    stateChanged = Signal()  # started, stopped, collecting, voting
    participantsChanged = Signal(int)
    tick = Signal()  # once a second while a session runs (countdowns)

    def __init__(self, map_session, autosaver=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map_session = map_session
        self.autosaver = autosaver
        self.session: WorkshopSession | None = None
        self.server: WorkshopServer | None = None
        self.permissions = Permissions()
        self.collect_label = ""
        self._participants = 0
        self._last_totals: dict[str, int] = {}
        self.straight_to_map = False
        self.noteReceived.connect(self._receive, Qt.ConnectionType.QueuedConnection)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(PUBLISH_DELAY_MS)
        self._publish_timer.timeout.connect(self.publish)
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._poll)
        self._unsubscribe = map_session.store.subscribe(self._document_changed)
        map_session.documentReplaced.connect(self._replaced)

    # -- state ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def join_url(self) -> str:
        return self.server.join_url if self.server else ""

    def participant_count(self) -> int:
        return self.session.participant_count() if self.session else 0

    def seconds_left(self) -> int | None:
        collection = self.session.collection if self.session else None
        if collection is None or collection.ends_at is None:
            return None
        return max(0, round(collection.ends_at - time.time()))

    # -- starting and stopping --------------------------------------------------------------------
    def start(self, host: str, port: int, permissions: Permissions, limits: Limits | None = None) -> str:
        """Listen on ``host`` (OSError when it cannot); returns the join URL."""
        from ...workshop import Limits, WorkshopServer, WorkshopSession

        self.stop()
        session = WorkshopSession(limits or Limits(), on_note=self.noteReceived.emit)
        from ..translations import current

        server = WorkshopServer(session, host, port, language=current())  # phones speak the window's language
        self.session, self.server, self.permissions = session, server, permissions
        self.publish()
        server.start()
        self._clock.start()
        self.stateChanged.emit()
        return server.join_url

    def stop(self) -> None:
        """Close every connection; notes already received stay in the inbox."""
        if self.server is None:
            return
        server, self.server, self.session = self.server, None, None
        server.stop()
        self._clock.stop()
        self.collect_label = ""
        self._participants = 0
        if shiboken6.isValid(self):
            self.stateChanged.emit()
            self.participantsChanged.emit(0)

    def detach(self) -> None:
        """The window is closing: stop serving and stop listening to the document."""
        self.stop()
        self._unsubscribe()

    # -- what participants may do -----------------------------------------------------------------
    def open_collection(self, cells: list[tuple[str, str]], prompt: str, minutes: int, label: str,
                        straight_to_map: bool = False) -> None:
        """Open ``cells`` for notes; ``straight_to_map`` accepts each note into its cell on
        arrival (one undo step each) instead of holding it in the inbox."""
        from ...workshop import Collection

        ends_at = time.time() + minutes * 60 if minutes > 0 else None
        self.session.open_collection(Collection(tuple(cells), prompt, ends_at))
        self.collect_label = label
        self.straight_to_map = straight_to_map
        self.stateChanged.emit()

    def close_collection(self) -> None:
        if self.session is not None:
            self.session.open_collection(None)
            self.collect_label = ""
            self.stateChanged.emit()

    def open_vote(self, card_ids: list[str], dots: int, live: bool) -> None:
        from ...workshop import Vote

        self.session.open_vote(Vote(tuple(card_ids), dots, live))
        self.publish()
        self.stateChanged.emit()

    def end_vote(self) -> dict[str, int]:
        """Close the vote and store each card's dots on it, as one undoable step."""
        if self.session is None or self.session.vote_round is None:
            return {}
        totals = self.session.totals()
        self.session.open_vote(None)
        push_command(self.map_session.undo_stack, StoreVotesCommand(self.map_session.store, totals))
        self.stateChanged.emit()
        return totals

    # -- the map participants see -----------------------------------------------------------------
    def publish(self) -> None:
        if self.session is None:
            return
        from ...workshop.view import map_view

        doc = self.map_session.doc
        if not self.permissions.see_map:
            view = {"title": doc.meta.title, "stages": [{"id": s.id, "name": s.name} for s in doc.stages],
                    "lanes": [{"id": ln.id, "name": ln.name, "kind": str(ln.kind)} for ln in doc.lanes],
                    "cards": []}
        else:
            vote = self.session.vote_round
            live = self.session.totals() if vote is not None and vote.live_results else None
            stored = {c.id: c.votes for c in doc.cards if c.votes}
            view = map_view(doc, {**stored, **(live or {})})
        if vote_cards := (self.session.vote_round.card_ids if self.session.vote_round else ()):
            # The vote screen needs its cards' texts even when the map is not shown.
            known = {c["id"] for c in view["cards"]}
            view["cards"] += [{"id": c.id, "stage_id": c.stage_id, "lane_id": c.lane_id,
                               "kind": str(c.kind), "text": c.text[:280]}
                              for c in doc.cards if c.id in vote_cards and c.id not in known]
        self.session.publish_view(view)

    def _document_changed(self, change) -> None:
        if self.session is not None and change.kind != ChangeKind.INBOX:
            self._publish_timer.start()

    def _replaced(self) -> None:
        self.stop()  # the session's cells and cards belong to the map that was open

    # -- notes arriving ---------------------------------------------------------------------------
    def _receive(self, note: InboxNote) -> None:
        """On the GUI thread: the note joins the inbox, and the map has unsaved work."""
        store = self.map_session.store
        if note.stage_id is not None and (note.stage_id not in {s.id for s in store.doc.stages}
                                          or note.lane_id not in {ln.id for ln in store.doc.lanes}):
            note = note.model_copy(update={"stage_id": None, "lane_id": None})  # its cell was deleted
        store.add_inbox_notes([note])
        stack = self.map_session.undo_stack
        if stack.isClean():
            stack.resetClean()  # bookkeeping outside the history, but unsaved all the same
        if self.autosaver is not None:
            self.autosaver.schedule()
        if self.straight_to_map and note.stage_id is not None:
            # If the store refuses (its lane is gone, say), the note simply stays in the inbox.
            with contextlib.suppress(StoreError):
                push_command(stack, AcceptNotesCommand(store, [note.id]))

    def _poll(self) -> None:
        count = self.participant_count()
        if count != self._participants:
            self._participants = count
            self.participantsChanged.emit(count)
        if self.session is not None and self.session.vote_round is not None \
                and self.session.vote_round.live_results:
            totals = self.session.totals()
            if totals != self._last_totals:  # live dots onto the participants' map
                self._last_totals = totals
                self._publish_timer.start()
        self.tick.emit()
