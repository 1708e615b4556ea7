"""The bundled templates: list them cheaply, and start a new map from one with fresh ids."""

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
         "saas-trial-onboarding", "service-blueprint", "employee-onboarding", "patient-visit"]


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    path: Path


class UnknownTemplateError(ValueError):
    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(f"no template named {name!r}; available: {', '.join(available)}")
        self.name = name


def list_templates(folder: Path | None = None) -> list[TemplateInfo]:
    """Every template, reading only its title and description (no full validation)."""
    folder = folder or templates_dir()
    infos = []
    for path in folder.glob("*.jmap"):
        try:
            meta = json.loads(path.read_text("utf-8")).get("meta", {})
        except (OSError, ValueError, AttributeError):
            meta = {}  # a damaged template still lists; opening it reports the problem
        infos.append(TemplateInfo(path.stem, str(meta.get("title", path.stem)),
                                  str(meta.get("description", "")), path))
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(infos, key=lambda t: (rank.get(t.name, len(ORDER)), t.name))


def template_info(name: str) -> TemplateInfo:
    templates = list_templates()
    for info in templates:
        if info.name == name:
            return info
    raise UnknownTemplateError(name, [t.name for t in templates])


def new_from_template(name: str) -> JourneyMap:
    """A new map from template ``name``: every id fresh, references rewritten, dated now."""
    doc = load_map(template_info(name).path)
    return with_fresh_ids(doc)


def with_fresh_ids(doc: JourneyMap) -> JourneyMap:
    """A copy of ``doc`` whose entities all have new ids, with every reference following."""
    doc = doc.model_copy(deep=True)
    ids: dict[str, str] = {}
    for items in (doc.personas, doc.stages, doc.lanes, doc.cards, doc.connections):
        for item in items:
            ids[item.id] = new_id()
            item.id = ids[item.id]
    for card in doc.cards:
        card.stage_id, card.lane_id = ids[card.stage_id], ids[card.lane_id]
        if card.persona_id is not None:
            card.persona_id = ids[card.persona_id]
    for conn in doc.connections:
        conn.source_id, conn.target_id = ids[conn.source_id], ids[conn.target_id]
    if doc.meta.primary_persona_id is not None:
        doc.meta.primary_persona_id = ids[doc.meta.primary_persona_id]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    doc.meta.created = doc.meta.modified = now
    return doc
