"""Merging two copies of one map file: find the newest revision both histories share, merge
against it, and give the result a history that records both parents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..io.history import head_matches, map_data, rebuild
from ..model import JourneyMap
from .matching import MatchFixes
from .merge import MergeResult, merge


@dataclass
class CommonBase:
    revision_id: str
    data: dict[str, Any]


def ancestors(doc: JourneyMap) -> set[str]:
    """Every revision id this copy descends from: its own and the copies it merged."""
    history = doc.history
    if history is None:
        return set()
    return {r.id for r in history.revisions} | {r.merged for r in history.revisions if r.merged}


def common_base(mine: JourneyMap, theirs: JourneyMap) -> CommonBase | None:
    """The newest revision both copies share that one of them can still rebuild, or None."""
    shared = ancestors(mine) & ancestors(theirs)
    candidates = []
    for doc in (mine, theirs):
        # A copy changed by another program since its newest revision cannot rebuild its
        # revisions; the other copy may (else there is no common version: every difference
        # becomes a choice, rather than one side's edits taken for the base and lost).
        if doc.history is not None and head_matches(doc):
            # Saves within one second tie on time: the later place in a history is newer.
            candidates += [(r.time, i, r.id, doc) for i, r in enumerate(doc.history.revisions)
                           if r.id in shared]
    if not candidates:
        return None
    _, _, revision_id, owner = max(candidates, key=lambda c: (c[0], c[1]))
    return CommonBase(revision_id, rebuild(owner, revision_id))


def merge_copies(mine: JourneyMap, theirs: JourneyMap, choices: dict[str, Any] | None = None,
                 default: str | None = None, fixes: MatchFixes | None = None,
                 ) -> tuple[MergeResult, CommonBase | None]:
    """Merge two documents three-way (or by matching, when they share no revision: ``fixes``
    are then the user's corrections, ``(id in theirs, id in mine)``)."""
    base = common_base(mine, theirs)
    result = merge(base.data if base else None, map_data(mine), map_data(theirs), choices, default,
                   fixes if base is None else None)
    return result, base


def changed_outside(mine: JourneyMap, theirs: JourneyMap) -> bool:
    """Whether either copy's map was changed by another program since JMap saved it (its
    history then cannot give the version both share: ``common_base`` leaves it out)."""
    return not (head_matches(mine) and head_matches(theirs))


def theirs_head(theirs: JourneyMap) -> str | None:
    """The revision a merge records as its second parent."""
    return theirs.history.head.id if theirs.history is not None and theirs.history.head else None
