"""The emotion curve: the score of each stage, overall and per persona, with its count.

Which cards make a stage's score is the model's rule (``model.emotion.curve_cards``), shared
with the layout so the analysis reports exactly what the canvas and the poster draw."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap
from ..model.emotion import curve_cards


@dataclass(frozen=True)
class StageEmotion:
    stage_id: str
    mean: float | None  # None when no card of the stage is scored
    count: int


def emotion_by_stage(doc: JourneyMap, persona_id: str | None = None) -> list[StageEmotion]:
    """Per stage in map order; with ``persona_id``, only the cards tied to that persona."""
    cards = curve_cards(doc, persona_id)
    out = []
    for stage in doc.stages:
        scored = cards.get(stage.id, [])
        mean = sum(c.emotion for c in scored) / len(scored) if scored else None
        out.append(StageEmotion(stage.id, mean, len(scored)))
    return out


def emotion_by_persona(doc: JourneyMap) -> dict[str, list[StageEmotion]]:
    """A curve for each persona that has cards tied to it."""
    tied = {c.persona_id for c in doc.cards if c.persona_id is not None}
    return {p.id: emotion_by_stage(doc, p.id) for p in doc.personas if p.id in tied}
