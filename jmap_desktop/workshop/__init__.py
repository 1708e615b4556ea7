"""Live workshops: participants on the room's network add notes and dot-vote from a browser.

Qt-free (checked by import-linter): ``session`` holds the state (tokens, participants, open
prompts, submitted notes, votes) behind one lock, ``server`` serves it over HTTP with
Server-Sent Events from the standard library's ThreadingHTTPServer, ``view`` turns a map into
the read-only picture participants see. The desktop app and ``jmap-desktop workshop`` host it.
"""

from .limits import Limits
from .server import WorkshopServer
from .session import Collection, Participant, Refused, Vote, WorkshopSession

__all__ = ["Limits", "Collection", "Participant", "Refused", "Vote", "WorkshopSession",
           "WorkshopServer"]
