"""Dot votes from a workshop, ranked: which cards the room found most important."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap


@dataclass(frozen=True)
class VotedCard:
    card_id: str
    votes: int
    stage_id: str
    lane_id: str


def ranked_by_votes(doc: JourneyMap) -> list[VotedCard]:
    """Cards with at least one dot, most dots first; ties keep the map's stage and cell order."""
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    voted = [c for c in doc.cards if c.votes]
    voted.sort(key=lambda c: (-c.votes, stage_index.get(c.stage_id, 0), c.order))
    return [VotedCard(c.id, c.votes, c.stage_id, c.lane_id) for c in voted]
