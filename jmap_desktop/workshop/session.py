"""The state of one live workshop: who joined, what is open for notes, the vote, the map view.

Everything here is called from the server's request threads, so one condition variable guards
it and wakes the event streams when something participants see has changed. Notes are handed
to the host (the window or the CLI) through ``on_note``; the session keeps only what each
participant needs to see their own notes again, never the document itself.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import InboxNote
from .limits import Limits

Cell = tuple[str, str]  # (stage_id, lane_id)


class Refused(Exception):
    """A request the session turns down: an HTTP status and a sentence for the participant."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Collection:
    """Cells open for notes, with an optional prompt and an end time (``time.time()``)."""

    cells: tuple[Cell, ...]
    prompt: str = ""
    ends_at: float | None = None


@dataclass(frozen=True)
class Vote:
    """Cards to vote on and the dots each participant may spend (several on one card too)."""

    card_ids: tuple[str, ...]
    dots: int
    live_results: bool = True


@dataclass
class Participant:
    id: str  # short and public: shown in the inbox when no name is given
    token: str  # secret: proves a request comes from this participant
    name: str
    last_note: float = float("-inf")
    notes: list[dict] = field(default_factory=list)
    sent: dict[str, str] = field(default_factory=dict)  # client's note id -> inbox note id
    dots: dict[str, int] = field(default_factory=dict)  # card id -> dots in the current vote
    version: int = 0  # bumped when anything only this participant sees changes
    # Shares the session's lock: a note wakes only its sender's event stream, not the room's.
    changed: threading.Condition | None = field(default=None, repr=False)


def clean_text(text: object, limit: int, what: str) -> str:
    """``text`` without control characters and outer blanks, or Refused when it is too long."""
    if not isinstance(text, str):
        raise Refused(400, f"the {what} must be text")
    # Control characters (other than line breaks and tabs) have no place on a sticky note.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    if len(text) > limit:
        raise Refused(413, f"the {what} is {len(text)} characters long; at most {limit} fit")
    return text


class WorkshopSession:
    """Tokens, participants, open cells, votes and the published map view, thread-safe."""

    def __init__(self, limits: Limits | None = None,
                 on_note: Callable[[InboxNote], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits or Limits()
        self.on_note = on_note
        self.clock = clock
        self.token = secrets.token_urlsafe(16)  # 128 random bits
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._participants: dict[str, Participant] = {}  # by token
        self._collection: Collection | None = None
        self._vote: Vote | None = None
        self._view: dict = {"title": "", "stages": [], "lanes": [], "cards": []}
        self._view_json = json.dumps(self._view)
        self.version = 0  # anything at all changed (event streams wait on it)
        self.view_version = 0
        self.session_version = 0  # prompt, open cells, vote, results
        self.closed = False
        self.notes_received = 0

    # -- tokens and participants ----------------------------------------------------------------
    def token_matches(self, token: str) -> bool:
        return hmac.compare_digest(token.encode(), self.token.encode())

    def join(self, name: object = "") -> Participant:
        name = clean_text(name or "", self.limits.max_name_chars, "name")
        with self._cond:
            if self.closed:
                raise Refused(403, "the session has ended")
            if len(self._participants) >= self.limits.max_participants:
                raise Refused(503, "the session is full; ask the facilitator")
            participant = Participant(secrets.token_hex(4), secrets.token_urlsafe(16), name,
                                      changed=threading.Condition(self._lock))
            self._participants[participant.token] = participant
            self.version += 1
            return participant

    def participant(self, token: object) -> Participant:
        with self._cond:
            found = self._participants.get(token) if isinstance(token, str) else None
            if found is None or self.closed:
                raise Refused(403, "forbidden")
            return found

    def participant_count(self) -> int:
        with self._cond:
            return len(self._participants)

    # -- what the facilitator opens -------------------------------------------------------------
    def open_collection(self, collection: Collection | None) -> None:
        with self._cond:
            self._collection = collection
            self.session_version += 1
            self._changed()

    @property
    def collection(self) -> Collection | None:
        return self._collection

    def open_vote(self, vote: Vote | None) -> None:
        """Start a vote (every participant's dots start afresh) or end it (None)."""
        if vote is not None and not 1 <= vote.dots <= self.limits.max_dots:
            raise ValueError(f"dots per person must be 1 to {self.limits.max_dots}")
        with self._cond:
            self._vote = vote
            for participant in self._participants.values():
                participant.dots = {}
                participant.version += 1
            self.session_version += 1
            self._changed()

    @property
    def vote_round(self) -> Vote | None:
        return self._vote

    def publish_view(self, view: dict) -> None:
        """Replace the read-only map participants see (see ``view.map_view``)."""
        text = json.dumps(view, ensure_ascii=False)
        with self._cond:
            self._view, self._view_json = view, text
            self.view_version += 1
            self._changed()

    # -- what participants do -------------------------------------------------------------------
    def submit_note(self, token: object, text: object, stage_id: object = None,
                    lane_id: object = None, client_id: object = None) -> dict:
        """Take a note into the inbox; a resend with the same ``client_id`` is accepted once."""
        participant = self.participant(token)
        text = clean_text(text, self.limits.max_note_chars, "note")
        if not text:
            raise Refused(400, "the note is empty")
        if client_id is not None and (not isinstance(client_id, str) or len(client_id) > 64):
            raise Refused(400, "bad note id")
        with self._cond:
            if client_id and client_id in participant.sent:  # a resend after a dropped reply
                return next(n for n in participant.notes if n["id"] == participant.sent[client_id])
            cell = self._open_cell(stage_id, lane_id)
            now = self.clock()
            if now - participant.last_note < self.limits.note_interval:
                raise Refused(429, "one note a second, please")
            participant.last_note = now
            note = InboxNote(text=text, author=participant.name or f"Participant {participant.id}",
                             stage_id=cell[0] if cell else None, lane_id=cell[1] if cell else None,
                             prompt=self._collection.prompt if self._collection else "",
                             received=dt.datetime.now(dt.UTC).replace(microsecond=0))
            mine = {"id": note.id, "text": text, "stage_id": note.stage_id, "lane_id": note.lane_id}
            participant.notes.append(mine)
            if client_id:
                participant.sent[client_id] = note.id
            participant.version += 1
            self.notes_received += 1
            self._changed(participant)
        if self.on_note is not None:
            try:
                self.on_note(note)
            except Exception:
                with self._cond:  # not delivered: a resend with the same id must try again
                    participant.notes.remove(mine)
                    participant.sent.pop(client_id, None)
                    participant.last_note = float("-inf")
                    self.notes_received -= 1
                raise
        return mine

    def _open_cell(self, stage_id: object, lane_id: object) -> Cell | None:
        collection = self._collection
        if collection is None or (collection.ends_at is not None and time.time() > collection.ends_at):
            raise Refused(409, "notes are closed right now")
        if stage_id is None and lane_id is None and len(collection.cells) == 1:
            return collection.cells[0]
        if (stage_id, lane_id) not in collection.cells:
            raise Refused(409, "that place is not open for notes")
        return stage_id, lane_id  # type: ignore[return-value]

    def cast(self, token: object, card_id: object, delta: object) -> int:
        """Put a dot on a card (+1) or take one back (-1); returns the dots left to spend."""
        participant = self.participant(token)
        if delta not in (1, -1) or isinstance(delta, bool):
            raise Refused(400, "a vote adds or removes one dot")
        with self._cond:
            vote = self._vote
            if vote is None:
                raise Refused(409, "voting is closed")
            if card_id not in vote.card_ids:
                raise Refused(409, "that card is not part of the vote")
            spent = sum(participant.dots.values())
            on_card = participant.dots.get(card_id, 0)
            if delta == 1 and spent >= vote.dots:
                raise Refused(409, "no dots left")
            if delta == -1 and on_card == 0:
                raise Refused(409, "no dot of yours on that card")
            participant.dots[card_id] = on_card + delta
            participant.version += 1
            if vote.live_results:
                self.session_version += 1  # everyone's totals move
            self._changed(None if vote.live_results else participant)
            return vote.dots - spent - delta

    def totals(self) -> dict[str, int]:
        """Dots per card in the current vote (every card of the vote, zero included)."""
        with self._cond:
            return self._totals()

    def _totals(self) -> dict[str, int]:
        if self._vote is None:
            return {}
        totals = dict.fromkeys(self._vote.card_ids, 0)
        for participant in self._participants.values():
            for card_id, dots in participant.dots.items():
                totals[card_id] += dots
        return totals

    # -- what participants see ------------------------------------------------------------------
    def view_json(self) -> str:
        with self._cond:
            return self._view_json

    def session_state(self) -> dict:
        """Prompt, open cells and vote, as every participant sees them."""
        with self._cond:
            names = {s["id"]: s["name"] for s in self._view["stages"]}
            lanes = {lane["id"]: lane["name"] for lane in self._view["lanes"]}
            state: dict = {"collect": None, "vote": None, "participants": len(self._participants)}
            if self._collection is not None:
                c = self._collection
                state["collect"] = {
                    "prompt": c.prompt,
                    "ends_in": None if c.ends_at is None else max(0, round(c.ends_at - time.time())),
                    "cells": [{"stage_id": s, "lane_id": ln,
                               "label": f"{names.get(s, '?')} · {lanes.get(ln, '?')}"}
                              for s, ln in c.cells],
                }
            if self._vote is not None:
                texts = {card["id"]: card for card in self._view["cards"]}
                state["vote"] = {
                    "dots": self._vote.dots,
                    "cards": [{"id": i, "text": texts.get(i, {}).get("text", ""),
                               "where": names.get(texts.get(i, {}).get("stage_id"), "")}
                              for i in self._vote.card_ids],
                    "totals": self._totals() if self._vote.live_results else None,
                }
            return state

    def personal_state(self, token: object) -> dict:
        participant = self.participant(token)
        with self._cond:
            spent = sum(participant.dots.values())
            dots = self._vote.dots if self._vote else 0
            return {"id": participant.id, "name": participant.name,
                    "notes": list(participant.notes), "dots": dict(participant.dots),
                    "remaining": max(0, dots - spent)}

    def marks(self, participant: Participant) -> tuple[int, int, int]:
        """Versions of what ``participant`` sees: the map view, the session, their own part."""
        return self.view_version, self.session_version, participant.version

    def wait(self, participant: Participant, seen: tuple[int, int, int], timeout: float) -> None:
        """Block until something ``participant`` sees moves past ``seen`` (or timeout, or close)."""
        with self._lock:
            participant.changed.wait_for(lambda: self.closed or self.marks(participant) != seen, timeout)

    def close(self) -> None:
        """End the session: every event stream returns, every token stops working."""
        with self._cond:
            self.closed = True
            self._notify_all()

    def _changed(self, participant: Participant | None = None) -> None:
        """Called with the lock held: wake the event streams of those who see the change."""
        self.version += 1
        if participant is not None:
            participant.changed.notify_all()
        else:
            self._notify_all()

    def _notify_all(self) -> None:
        self._cond.notify_all()
        for participant in self._participants.values():
            participant.changed.notify_all()
