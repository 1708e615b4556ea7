"""The history a .jmap file carries: record a revision on save, prune, pin snapshots, rebuild.

The newest revision's map is the map at the top of the file; every older revision stores a
reverse patch (``io.patches``) from the next one. Recording a save costs one diff against the
map as last read or written (``History._baseline``); nothing older is rebuilt until asked
(``rebuild``). Pruning drops the oldest revisions past the age and size limits the user sees in
the Revisions panel, but never the newest one nor a snapshot's.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticSerializationError

from ..model import JourneyMap, new_id
from ..model.gc_pause import gc_paused
from ..model.history import History, Revision, Snapshot
from ..model.messages import say
from .patches import apply_patch, make_patch, patch_errors


class HistoryError(ValueError):
    """A revision that cannot be rebuilt (a damaged or hand-edited history)."""


PRUNE_TO = 0.75
MIN_LIMIT = 256 * 1024  # small maps keep a useful history too  # prune below this share of the size limit, so pruning is rare, not every save


def map_data(doc: JourneyMap) -> dict[str, Any]:
    """The JSON form of ``doc``'s map, without its history (what revisions record)."""
    return doc.model_dump(mode="json", exclude={"history"})


def map_text(doc: JourneyMap) -> str | None:
    """The map's part of the file text, indented, written by pydantic in one pass; None when
    only the careful way can write it (a lone surrogate kept from another tool)."""
    try:
        return doc.model_dump_json(indent=2, exclude={"history"})
    except PydanticSerializationError:
        return None


def map_snapshot(doc: JourneyMap) -> tuple[dict[str, Any], str | None]:
    """``map_data`` and ``map_text`` at once. Reading the text back with json.loads is 3x
    faster than pydantic building the same data in Python (its enums cost a call each), and
    the text is then written as it is."""
    text = map_text(doc)
    return (map_data(doc), None) if text is None else (json.loads(text), text)


def set_baseline(doc: JourneyMap, data: dict[str, Any]) -> None:
    """Remember ``data`` as the newest revision's map (called after reading or writing it)."""
    if doc.history is not None:
        doc.history._baseline = data
        doc.history._baseline_text = None


def text_digest(text: str) -> str:
    """The fingerprint of a map's text, kept in the newest revision (``Revision.digest``)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


HISTORY_KEY = ',\n  "history": '  # where a file written by JMap ends its map (io.jsonfile)


def check_head(doc: JourneyMap, file_text: str) -> None:
    """Note whether the map in ``file_text`` is the one JMap wrote with its newest revision.
    Another program's edit keeps the old history beside a changed map: a merge must not take
    that history's revisions for versions of this map (``head_matches``)."""
    history = doc.history
    if history is None or history.head is None or history.head.digest is None:
        return  # written before fingerprints: trusted, as before
    end = file_text.find(HISTORY_KEY)
    history._head_matches = end >= 0 and text_digest(file_text[:end] + "\n}") == history.head.digest


def head_matches(doc: JourneyMap) -> bool:
    """False when ``doc`` was read from a file whose map was changed since its newest revision."""
    return doc.history is None or doc.history._head_matches


def set_baseline_text(doc: JourneyMap, text: str) -> None:
    """Remember the file ``text`` just read as the newest revision's map, to be parsed when
    first needed: opening a map should not parse it twice for a save that may never come."""
    if doc.history is not None:
        doc.history._baseline = None
        doc.history._baseline_text = text


def baseline(history: History | None) -> dict[str, Any] | None:
    """The newest revision's map as JSON data (as last read or written), or None."""
    if history is None:
        return None
    if history._baseline is None and history._baseline_text is not None:
        data = json.loads(history._baseline_text)
        history._baseline = {k: v for k, v in data.items() if k != "history"}
        history._baseline_text = None
    return history._baseline


@dataclass
class PendingRevision:
    """A revision recorded in memory before the file is written; roll back if writing fails."""

    doc: JourneyMap
    before: History | None

    def commit(self) -> None:
        """The file was written: later writes serialise the map afresh."""
        if self.doc.history is not None:
            self.doc.history._pending = self.doc.history._pending_text = None

    def rollback(self) -> None:
        """The save failed: the history is as it was."""
        self.doc.history = self.before


def record_revision(doc: JourneyMap, *, author: str = "", note: str = "", merged: str | None = None,
                    now: dt.datetime | None = None) -> PendingRevision:
    """Add a revision for the map as it is now (before writing it); returns how to undo it."""
    before = doc.history
    with gc_paused():  # a whole map's JSON data, kept as the next baseline (model.gc_pause)
        data, text = map_snapshot(doc)
        doc.history = with_revision(before, data, author=author, note=note, merged=merged, now=now)
    # Until commit: the very data (and text) this save writes.
    doc.history._pending, doc.history._pending_text = data, text
    return PendingRevision(doc, before)


def history_to_write(history: History, data: dict[str, Any]) -> History:
    """The history a file holding the map ``data`` must carry (the save hook of ``dumps_map``).

    A map changed since its newest revision (a recovery copy, another tool's edit) gets a
    revision of its own, so the revision it came from still rebuilds exactly.
    """
    if history.head is None:
        return history
    last = baseline(history)
    if last is None or _same_but_timestamps(last, data):
        return history
    return with_revision(history, data)


def with_revision(history: History | None, data: dict[str, Any], *, author: str = "",
                  note: str = "", merged: str | None = None,
                  now: dt.datetime | None = None) -> History:
    """A copy of ``history`` whose newest revision is the map ``data`` (pruned to its limits)."""
    now = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    fresh = history.model_copy(deep=False) if history is not None else History()
    fresh.revisions = [r.model_copy() for r in fresh.revisions]
    last = baseline(history)
    head = fresh.head
    if head is None or last is None or not _same_but_timestamps(last, data):
        if head is not None:
            if last is None:  # cannot happen for a file read by io.load; never lose the map
                raise ValueError(say("the history has no baseline to compare with"))
            head.patch, head.digest = make_patch(data, last), None
        fresh.revisions.append(Revision(id=new_id(), parent=head.id if head else None,
                                        merged=merged, time=now, author=author, note=note))
    elif note or merged:
        # Restoring or merging to exactly the saved map still deserves its line in the timeline.
        head.note, head.merged = note or head.note, merged or head.merged
    fresh._baseline, fresh._baseline_text = data, None
    prune(fresh, data, now)
    return fresh


def _same_but_timestamps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a == b:
        return True
    strip = lambda d: {**d, "meta": {k: v for k, v in (d.get("meta") or {}).items() if k != "modified"}}  # noqa: E731
    return strip(a) == strip(b)


# -- reading old revisions --------------------------------------------------------------------
def rebuild(doc: JourneyMap, revision_id: str) -> dict[str, Any]:
    """The map data of revision ``revision_id``, rebuilt from the newest map backwards."""
    history = doc.history
    if history is None or history.revision(revision_id) is None:
        raise KeyError(say("no revision {id!r} in this map's history", id=revision_id))
    last = baseline(history)
    state = copy.deepcopy(last if last is not None else map_data(doc))
    for revision in reversed(history.revisions[:-1]):
        if revision_id == history.head.id:
            break
        try:
            state = apply_patch(state, revision.patch or [])
        except patch_errors() as exc:
            raise HistoryError(say("history: revision {id} cannot be rebuilt ({reason})", id=revision.id, reason=exc)) from None
        if revision.id == revision_id:
            return state
    return state  # the newest revision: the map as last saved


def find_version(doc: JourneyMap, name: str) -> Revision | None:
    """The revision a snapshot name (the newest of that name) or a revision id (or prefix) names."""
    history = doc.history
    if history is None:
        return None
    for snap in reversed(history.snapshots):
        if snap.name == name:
            return history.revision(snap.revision)
    exact = history.revision(name)
    if exact is not None:
        return exact
    found = [r for r in history.revisions if len(name) >= 6 and r.id.startswith(name)]
    return found[0] if len(found) == 1 else None


def snapshot_names(history: History, revision_id: str) -> list[str]:
    return [s.name for s in history.snapshots if s.revision == revision_id]


def add_snapshot(doc: JourneyMap, name: str, *, author: str = "",
                 now: dt.datetime | None = None) -> Snapshot:
    """Pin the newest revision under ``name``; the map must have been saved as that revision."""
    name = " ".join(name.split())
    if not name:
        raise ValueError(say("a snapshot needs a name"))
    history = doc.history
    if history is None or history.head is None:
        raise ValueError(say("save the map first: a snapshot pins a saved revision"))
    snap = Snapshot(name=name, revision=history.head.id,
                    time=now or dt.datetime.now(dt.UTC).replace(microsecond=0), author=author)
    history.snapshots = [*history.snapshots, snap]
    return snap


# -- sizes and pruning ------------------------------------------------------------------------
def history_size(history: History) -> int:
    """Roughly the bytes the history takes in the file (compact JSON; the file is indented)."""
    return len(json.dumps(history.model_dump(mode="json"), separators=(",", ":")))


def size_limit(history: History, data: dict[str, Any]) -> int:
    return max(MIN_LIMIT, int(history.max_share * len(json.dumps(data, separators=(",", ":")))))


def prune(history: History, data: dict[str, Any], now: dt.datetime) -> int:
    """Drop the oldest revisions older than ``keep_days`` or past the size limit; returns how many."""
    pinned = history.pinned()
    protected = lambda r: r.id in pinned or r is history.head  # noqa: E731
    cutoff = now - dt.timedelta(days=history.keep_days)
    doomed = {r.id for r in history.revisions if not protected(r) and _aware(r.time) < cutoff}
    size = history_size(history)
    # Measuring the map costs a full serialisation: only needed once past the smallest limit.
    limit = size_limit(history, data) if size > MIN_LIMIT else MIN_LIMIT
    if size > limit:
        sizes = {r.id: len(json.dumps(r.patch or [], separators=(",", ":"))) + 160
                 for r in history.revisions}
        total = sum(sizes.values())
        for r in history.revisions:  # oldest first
            if total <= limit * PRUNE_TO:
                break
            if not protected(r) and r.id not in doomed:
                doomed.add(r.id)
                total -= sizes[r.id]
    if doomed:
        try:
            _drop(history, doomed)
        except patch_errors():
            return 0  # a damaged old patch: keep everything rather than lose more
    return len(doomed)


def _aware(time: dt.datetime) -> dt.datetime:
    return time if time.tzinfo is not None else time.replace(tzinfo=dt.UTC)


def _drop(history: History, doomed: set[str]) -> None:
    """Remove revisions, re-diffing each kept one against the next kept one where needed."""
    revisions = history.revisions
    state = copy.deepcopy(baseline(history))
    later_kept: dict[str, Any] | None = None  # the map of the nearest newer kept revision
    gap = False  # revisions were dropped between it and the one being walked
    kept: list[Revision] = [revisions[-1]]
    patches: dict[str, list] = {}  # applied only once every state was rebuilt
    later_kept = state
    for revision in reversed(revisions[:-1]):
        # Copy once at the start of a gap: ``later_kept`` must survive the dropped patches.
        first_dropped = revision.id in doomed and not gap
        state = apply_patch(copy.deepcopy(state) if first_dropped else state, revision.patch or [])
        if revision.id in doomed:
            gap = True
            continue
        if gap:
            patches[revision.id] = make_patch(later_kept, state)
            gap = False
        later_kept = state
        kept.append(revision)
    kept.reverse()
    for r in kept:
        if r.id in patches:
            r.patch = patches[r.id]
    # The oldest kept revision has no parent left in the file when its parent was dropped.
    ids = {r.id for r in kept}
    for r in kept:
        if r.parent is not None and r.parent not in ids:
            r.parent = None
    history.revisions = kept
