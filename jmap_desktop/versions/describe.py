"""Changes told in words, for Properties' *Before* section and the change list: field names as
the Properties panel calls them, values as a person reads them (a stage's name instead of its
id, a KPI as "7.8 % (target 10)", evidence as its status). No Qt."""

from __future__ import annotations

import json
from typing import Any

from ..layout import numbers
from ..model.kinds import (
    CARD_KIND_LABELS,
    CHANNEL_LABELS,
    EVIDENCE_LABELS,
    LANE_KIND_LABELS,
    CardKind,
    Channel,
    EvidenceStatus,
    LaneKind,
)
from ..model.messages import label as named
from ..model.messages import say
from .compare import Comparison, EntityChange

LIMIT = 120  # characters of one value; long texts end in "…"


def field_label(name: str) -> str:
    """A card field as the Properties panel calls it, in the window's language."""
    labels = {
        "text": say("Text"), "kind": say("Kind"), "colour": say("Colour"), "emotion": say("Emotion"),
        "evidence": say("Evidence"), "channel": say("Channel"), "persona_id": say("Persona"),
        "polarity": say("Polarity"), "tags": say("Tags"), "owner": say("Owner"), "metric": say("Metric"),
        "votes": say("Votes"), "comments": say("Comments"), "photos": say("Photos"), "link": say("Link"),
        "stage_id": say("Stage"), "lane_id": say("Lane"), "name": say("Name"),
        "description": say("Description"), "time_span": say("Time span"), "role": say("Role"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def value_text(name: str, value: Any, comparison: Comparison | None = None) -> str:
    """``value`` of field ``name`` as a person reads it."""
    if value is None or value == [] or value == "":
        return "—"
    if name in ("stage_id", "lane_id", "persona_id") and comparison is not None:
        collection = {"stage_id": "stages", "lane_id": "lanes", "persona_id": "personas"}[name]
        return comparison.name_of(collection, value)
    if name == "kind" and value in CardKind._value2member_map_:
        return named(CARD_KIND_LABELS[CardKind(value)])  # kinds' names as the window has them
    if name == "kind" and value in LaneKind._value2member_map_:  # a lane's kind
        return named(LANE_KIND_LABELS[LaneKind(value)])
    if name == "channel" and value in Channel._value2member_map_:
        return named(CHANNEL_LABELS[Channel(value)])
    if name == "evidence" and isinstance(value, dict):
        status = value.get("status")
        label = named(EVIDENCE_LABELS.get(EvidenceStatus(status), status)) \
            if status in EvidenceStatus._value2member_map_ else str(status)
        sources = len(value.get("sources") or [])
        if not sources:
            return label
        return f"{label} ({say('1 source') if sources == 1 else say('{count} sources', count=sources)})"
    if name == "metric" and isinstance(value, dict):
        return metric_text(value)
    if name == "comments" and isinstance(value, list):
        return say("1 comment") if len(value) == 1 else say("{count} comments", count=len(value))
    if name == "photos" and isinstance(value, list):
        return say("1 photo") if len(value) == 1 else say("{count} photos", count=len(value))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _cut(", ".join(value))
    if isinstance(value, float):
        return number(value)
    if isinstance(value, str):
        return _cut(value)
    return _cut(json.dumps(value, ensure_ascii=False))


def metric_text(metric: dict) -> str:
    """A KPI as "7.8 % (target 10)"."""
    text = f"{number(metric.get('value'))} {metric.get('unit') or ''}".strip()
    if metric.get("target") is not None:
        text = say("{value} (target {target})", value=text, target=number(metric["target"]))
    return text


def number(value: Any) -> str:
    """A number as the window's locale writes it (1.234,5 in German); "–" for none."""
    if value is None:
        return "–"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return numbers.number(value)
    return str(value)


def card_lines(comparison: Comparison, card_id: str) -> list[tuple[str, str, str]]:
    """``(field, before, now)`` for every difference of one card of the newer map; a move reads
    as its old and new cell, an added card as a single line."""
    lines: list[tuple[str, str, str]] = []
    for change in comparison.for_card(card_id):
        lines.extend(_lines(comparison, change))
    return lines


def _lines(comparison: Comparison, change: EntityChange) -> list[tuple[str, str, str]]:
    if change.kind == "added":
        return [(say("Card"), say("(not in that version)"), say("added"))]
    if change.kind == "moved":
        before, now = comparison.cells_of_move(change)
        return [(say("Cell"), before, now)]
    return [(field_label(f.field), value_text(f.field, f.before, comparison),
             value_text(f.field, f.after, comparison)) for f in change.fields]


def _cut(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= LIMIT else line[: LIMIT - 1] + "…"
