"""The emotion curve: the mean score of each stage, overall and per persona, with its count."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap


@dataclass(frozen=True)
class StageEmotion:
    stage_id: str
    mean: float | None  # None when no card of the stage is scored
    count: int


def emotion_by_stage(doc: JourneyMap, persona_id: str | None = None) -> list[StageEmotion]:
    """Per stage in map order; with ``persona_id``, only the cards tied to that persona."""
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for card in doc.cards:
        if card.emotion is None or (persona_id is not None and card.persona_id != persona_id):
            continue
        sums[card.stage_id] = sums.get(card.stage_id, 0.0) + card.emotion
        counts[card.stage_id] = counts.get(card.stage_id, 0) + 1
    return [StageEmotion(s.id, sums[s.id] / counts[s.id] if s.id in counts else None,
                         counts.get(s.id, 0)) for s in doc.stages]


def emotion_by_persona(doc: JourneyMap) -> dict[str, list[StageEmotion]]:
    """A curve for each persona that has cards tied to it."""
    tied = {c.persona_id for c in doc.cards if c.persona_id is not None}
    return {p.id: emotion_by_stage(doc, p.id) for p in doc.personas if p.id in tied}
