"""Schema migrations: one pure function per version step, applied in order before validation.

A step takes the raw JSON data of version N and returns NEW data of version N + 1; it never
changes its input (a test checks this). Version 0 is the pre-release format: the title sat at the
top level and cards had ``"score"`` instead of ``"emotion"`` and ``"status"`` instead of an
``"evidence"`` object. Version 1 is the first release; version 2 adds optional fields only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..model import SCHEMA_VERSION
from ..model.messages import say

Data = dict[str, Any]
Step = Callable[[Data], Data]


class MigrationError(ValueError):
    """The data claims a version no step can bring forward."""


def _v0_to_v1(data: Data) -> Data:
    # Tolerant of damage: a null or wrong-typed "meta" or "cards" is left for validation to
    # report by its place (cards: input should be a valid list) instead of failing here.
    new = copy.deepcopy(data)
    if new.get("meta") is None and "title" in new:
        new["meta"] = {}
    meta = new.get("meta")
    if "title" in new and isinstance(meta, dict):
        meta.setdefault("title", new.pop("title"))
    cards = new.get("cards")
    for card in cards if isinstance(cards, list) else []:
        if isinstance(card, dict):
            if "score" in card:
                card.setdefault("emotion", card.pop("score"))
            if "status" in card:
                card.setdefault("evidence", {"status": card.pop("status"), "sources": []})
    new["schema_version"] = 1
    return new


def _v1_to_v2(data: Data) -> Data:
    # Version 2 opens the second wave (KPI history, comments, photos, links, votes, the inbox
    # and the file's own revisions). Every new field is optional with a default, so a version 1
    # file only needs its version bumped; an older program then refuses the newer file instead
    # of silently carrying fields it does not understand.
    new = copy.deepcopy(data)
    new["schema_version"] = 2
    return new


# from-version -> step to the next version
MIGRATIONS: dict[int, Step] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: Data, steps: dict[int, Step] | None = None, target: int = SCHEMA_VERSION) -> Data:
    """Bring ``data`` up to ``target`` by applying each step in turn; returns new data."""
    steps = MIGRATIONS if steps is None else steps
    version = data.get("schema_version", 0)
    while version < target:
        step = steps.get(version)
        if step is None:
            raise MigrationError(say("no migration from schema version {version}", version=version))
        data = step(data)
        new_version = data.get("schema_version")
        if new_version != version + 1:  # a step must bump exactly one version
            raise MigrationError(say("the step from version {version} produced version {new_version}",
                                     version=version, new_version=new_version))
        version = new_version
    return data
