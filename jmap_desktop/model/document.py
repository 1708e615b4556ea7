"""The journey-map document: the root of a .jmap file, and the checks that tie it together.

Field checks (types, sizes, formats) are pydantic's; the cross-reference checks live in
``find_problems`` so that each problem can name its place in the file (``cards[3].stage_id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field, model_validator

from . import limits
from .entities import (
    Card,
    Connection,
    EmotionScale,
    Entity,
    InboxNote,
    Lane,
    MapMeta,
    Persona,
    Stage,
    unset,
)
from .history import History
from .messages import say

SCHEMA_VERSION = 2


class JourneyMap(Entity):
    """A whole journey map. Field order here is the key order in the file."""

    format: Literal["jmap"] = "jmap"
    schema_version: int = SCHEMA_VERSION
    meta: MapMeta = Field(default_factory=MapMeta)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    personas: Annotated[list[Persona], Field(max_length=limits.MAX_PERSONAS)] = []
    stages: Annotated[list[Stage], Field(max_length=limits.MAX_STAGES)] = []
    lanes: Annotated[list[Lane], Field(max_length=limits.MAX_LANES)] = []
    cards: Annotated[list[Card], Field(max_length=limits.MAX_CARDS)] = []
    connections: Annotated[list[Connection], Field(max_length=limits.MAX_CONNECTIONS)] = []
    # Notes from a live workshop not yet accepted onto the map; saved so a crash loses none.
    # Written only when it holds notes, so maps without a workshop keep their exact text.
    inbox: Annotated[list[InboxNote], Field(max_length=limits.MAX_CARDS)] = Field(
        default_factory=list, exclude_if=unset)
    # Optional, and last so the map itself stays at the top of the file (io.history).
    history: History | None = None

    @model_validator(mode="after")
    def _scale_is_sane(self) -> JourneyMap:
        scale = self.emotion_scale
        if scale.min >= scale.max:
            raise ValueError(say("emotion_scale: min must be below max"))
        if scale.max - scale.min > limits.MAX_SCALE_SPAN:
            raise ValueError(say("emotion_scale: a span above {limit} steps", limit=limits.MAX_SCALE_SPAN))
        return self

    # Convenience look-ups (linear; the store keeps indexes for hot paths).
    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where (a JSON path) and what, in plain words."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


def find_problems(doc: JourneyMap) -> list[Problem]:
    """Every broken reference, duplicate id and out-of-scale score in ``doc``."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}

    def claim(entity_id: str, place: str) -> None:
        if entity_id in seen:
            problems.append(Problem(f"{place}.id", say("duplicate id {id} (also {other})", id=repr(entity_id),
                                                       other=seen[entity_id])))
        else:
            seen[entity_id] = place

    for collection in ("personas", "stages", "lanes", "cards", "connections"):
        for i, entity in enumerate(getattr(doc, collection)):
            claim(entity.id, f"{collection}[{i}]")

    stage_ids = {s.id for s in doc.stages}
    lane_ids = {lane.id for lane in doc.lanes}
    persona_ids = {p.id for p in doc.personas}
    card_ids = {c.id for c in doc.cards}
    scale = doc.emotion_scale

    primary = doc.meta.primary_persona_id
    if primary is not None and primary not in persona_ids:
        problems.append(Problem("meta.primary_persona_id", say("no persona has the id {id}", id=repr(primary))))

    for i, card in enumerate(doc.cards):
        place = f"cards[{i}]"
        if card.stage_id not in stage_ids:
            problems.append(Problem(f"{place}.stage_id", say("no stage has the id {id}", id=repr(card.stage_id))))
        if card.lane_id not in lane_ids:
            problems.append(Problem(f"{place}.lane_id", say("no lane has the id {id}", id=repr(card.lane_id))))
        if card.persona_id is not None and card.persona_id not in persona_ids:
            problems.append(Problem(f"{place}.persona_id",
                                    say("no persona has the id {id}", id=repr(card.persona_id))))
        if card.emotion is not None and not scale.contains(card.emotion):
            problems.append(
                Problem(
                    f"{place}.emotion",
                    say("emotion {emotion} is outside the map's scale {min}..{max}",
                        emotion=f"{card.emotion:g}", min=scale.min, max=scale.max),
                )
            )

    for i, conn in enumerate(doc.connections):
        place = f"connections[{i}]"
        for end in ("source_id", "target_id"):
            ref = getattr(conn, end)
            if ref not in card_ids:
                problems.append(Problem(f"{place}.{end}", say("no card has the id {id}", id=repr(ref))))
        if conn.source_id == conn.target_id:
            problems.append(Problem(place, say("a connection cannot link a card to itself")))
    return problems
