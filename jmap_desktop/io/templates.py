"""The bundled templates: list them cheaply, and start a new map from one with fresh ids.

Templates are ordinary .jmap files in ``jmap_desktop.resources.templates_dir()``, authored with
readable ids (``card-b2c-001``) so that diffs of the templates stay legible. A map started from
one gets fresh ids, so that two maps made from the same template can later be merged without
their cards being mistaken for each other.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..model import JourneyMap, new_id
from ..resources import templates_dir
from .load import load_map

# The order people meet them in: blank first, then from a first sketch to richer maps.
ORDER = ["blank", "first-hypothesis-sketch", "b2c-online-purchase", "b2b-purchase",
         "saas-trial-onboarding", "service-blueprint", "employee-onboarding", "patient-visit",
         "customer-lifecycle"]


@dataclass(frozen=True)
class TemplateInfo:
    """What a template picker shows: the file name without extension, title and description."""

    name: str
    title: str
    description: str
    path: Path


class UnknownTemplateError(ValueError):
    """No bundled template has the requested name; the message lists the ones there are."""

    def __init__(self, name: str, available: list[str]) -> None:
        known = ", ".join(available) if available else f"none found in {templates_dir()}"
        super().__init__(f"no template named {name!r}; available: {known}")
        self.name = name
        self.available = available


def list_templates(folder: Path | None = None) -> list[TemplateInfo]:
    """Every template in ``folder`` (the bundled ones by default), reading only title and
    description, in ORDER and then alphabetically."""
    folder = folder or templates_dir()
    infos = []
    for path in folder.glob("*.jmap"):
        try:
            meta = json.loads(path.read_text("utf-8")).get("meta", {})
        except (OSError, ValueError, AttributeError):
            meta = {}
        if not isinstance(meta, dict):
            meta = {}  # a damaged template still lists; opening it reports the problem
        infos.append(TemplateInfo(path.stem, str(meta.get("title") or path.stem),
                                  str(meta.get("description") or ""), path))
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(infos, key=lambda t: (rank.get(t.name, len(ORDER)), t.name))


def template_info(name: str, folder: Path | None = None) -> TemplateInfo:
    """The template called ``name``; ``UnknownTemplateError`` (a ValueError) if there is none."""
    templates = list_templates(folder)
    for info in templates:
        if info.name == name:
            return info
    raise UnknownTemplateError(name, [t.name for t in templates])


def new_from_template(name: str, folder: Path | None = None) -> JourneyMap:
    """A new map from template ``name``: every id fresh, references rewritten, dated now.

    The template file is only read. A broken template raises ``LoadError`` like any map.
    """
    doc = load_map(template_info(name, folder).path)
    return with_fresh_ids(doc)


def with_fresh_ids(doc: JourneyMap) -> JourneyMap:
    """A copy of ``doc`` whose entities all have new ids, with every reference following."""
    doc = doc.model_copy(deep=True)
    ids: dict[str, str] = {}
    for items in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.connections):
        for item in items:
            ids[item.id] = new_id()
            item.id = ids[item.id]
    # load_map refuses dangling references; .get keeps this total for maps built in memory,
    # where find_problems will still report them.
    for card in doc.cards:
        card.stage_id = ids.get(card.stage_id, card.stage_id)
        card.lane_id = ids.get(card.lane_id, card.lane_id)
        if card.persona_id is not None:
            card.persona_id = ids.get(card.persona_id, card.persona_id)
    for conn in doc.connections:
        conn.source_id = ids.get(conn.source_id, conn.source_id)
        conn.target_id = ids.get(conn.target_id, conn.target_id)
    primary = doc.meta.primary_persona_id
    if primary is not None:
        doc.meta.primary_persona_id = ids.get(primary, primary)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    doc.meta.created = doc.meta.modified = now
    return doc
