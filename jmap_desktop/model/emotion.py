"""Which scores make a stage's point on the emotion curve: one rule for layout and analysis.

The emotion lane is where a team draws the curve: when a stage has scored cards in an emotion
lane, the stage's point is their mean, so dragging the only chip of a stage to +2 puts the curve
at +2 there (scores on cards of other lanes would otherwise pull it back toward the middle, and
the drag would look ignored). A stage with no emotion-lane score takes the mean of every scored
card of the stage, and a stage with no score at all has no point: the curve leaves a gap there.
"""

from __future__ import annotations

from .document import JourneyMap
from .entities import Card
from .kinds import LaneKind


def curve_cards(doc: JourneyMap, persona_id: str | None = None) -> dict[str, list[Card]]:
    """Stage id -> the scored cards whose mean is the stage's point (stages without a score are
    absent). With ``persona_id``, only the cards tied to that persona count."""
    emotion_lanes = {lane.id for lane in doc.lanes if lane.kind == LaneKind.EMOTION}
    chips: dict[str, list[Card]] = {}
    others: dict[str, list[Card]] = {}
    for card in doc.cards:
        if card.emotion is None or (persona_id is not None and card.persona_id != persona_id):
            continue
        (chips if card.lane_id in emotion_lanes else others).setdefault(card.stage_id, []).append(card)
    return {stage.id: chips.get(stage.id) or others[stage.id]
            for stage in doc.stages if stage.id in chips or stage.id in others}


def stage_means(doc: JourneyMap, persona_id: str | None = None) -> dict[str, float]:
    """Stage id -> the curve's score there (only stages that have one)."""
    return {sid: sum(c.emotion for c in cards) / len(cards)
            for sid, cards in curve_cards(doc, persona_id).items()}
