"""The file's own history, stored after the map: revisions (oldest first) and named snapshots.

Only the records live here; ``jmap_desktop.io.history`` records, prunes and rebuilds them. Each
revision but the newest holds a reverse RFC 6902 patch that turns the next revision's map into
its own, so the newest map is stored whole (at the top of the file) and older ones only as what
changed; nothing is rebuilt until asked for.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field, PrivateAttr

from .entities import Entity, Id, Name, Short

MAX_REVISIONS = 10_000
MAX_SNAPSHOTS = 1_000
DEFAULT_KEEP_DAYS = 365
DEFAULT_MAX_SHARE = 2.0  # the history may take up to this many times the size of the map


class Revision(Entity):
    id: Id
    parent: Id | None = None
    merged: Id | None = None  # the other copy's newest revision, when this one merged two copies
    time: dt.datetime
    author: Short = ""
    note: Short = ""  # "Restored …", "Merged …"; empty for an ordinary save
    patch: list[dict[str, Any]] | None = None  # reverse patch to this revision; None when newest
    # The newest revision only: a fingerprint of the map's text as JMap wrote it, so a copy
    # changed since by another program is known (its history no longer rebuilds from it).
    digest: Short | None = None


class Snapshot(Entity):
    """A named revision ("After workshop 2"): never pruned."""

    name: Name
    revision: Id
    time: dt.datetime
    author: Short = ""


class History(Entity):
    keep_days: Annotated[int, Field(ge=1, le=36_500)] = DEFAULT_KEEP_DAYS
    max_share: Annotated[float, Field(ge=0.1, le=100.0)] = DEFAULT_MAX_SHARE
    revisions: Annotated[list[Revision], Field(max_length=MAX_REVISIONS)] = []
    snapshots: Annotated[list[Snapshot], Field(max_length=MAX_SNAPSHOTS)] = []
    # The newest revision's map as JSON data, as last read or written: patches are made against
    # it. Not stored in the file (the map itself is); set by io.load and io.history.
    _baseline: dict[str, Any] | None = PrivateAttr(default=None)
    # Or, right after a file was read, its text: parsed into ``_baseline`` only when a save or
    # a rebuild first needs it (io.history.baseline), so opening a map does not parse it twice.
    _baseline_text: str | None = PrivateAttr(default=None)
    # Between recording a revision and writing the file: the map data already computed, so
    # the save does not serialise the map twice (io.history.PendingRevision, io.jsonfile).
    _pending: dict[str, Any] | None = PrivateAttr(default=None)
    # ... and the map's part of the file text that data was read from (io.history.map_snapshot).
    _pending_text: str | None = PrivateAttr(default=None)
    # False when the map read from the file is not its newest revision's (changed by another
    # program since JMap wrote it: io.history.check_head); older revisions then do not rebuild.
    _head_matches: bool = PrivateAttr(default=True)

    @property
    def head(self) -> Revision | None:
        return self.revisions[-1] if self.revisions else None

    def revision(self, revision_id: str) -> Revision | None:
        return next((r for r in self.revisions if r.id == revision_id), None)

    def pinned(self) -> set[str]:
        return {s.revision for s in self.snapshots}
