"""What one participant, one request and one session may use: sizes, rates and timeouts.

Defaults suit a room of people on phones; tests pass shorter timeouts so that a hostile client
is dealt with in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_note_chars: int = 500
    max_name_chars: int = 60
    note_interval: float = 1.0  # seconds between two notes of one participant
    max_participants: int = 200
    max_body_bytes: int = 8 * 1024  # a note of 500 characters in any script fits easily
    max_connections: int = 400  # open sockets at once (each participant keeps one for events)
    header_timeout: float = 10.0  # a request's line and headers must arrive within this
    read_timeout: float = 10.0  # and its body within this, after the headers
    heartbeat: float = 15.0  # an event-stream comment this often keeps proxies and phones awake
    max_dots: int = 50
