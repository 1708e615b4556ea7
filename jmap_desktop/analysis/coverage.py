"""Evidence coverage (how much of the map is fact, not guesswork) and pain hotspots."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import CardKind, EvidenceStatus, JourneyMap

STATUSES = (EvidenceStatus.VALIDATED, EvidenceStatus.HYPOTHESIS, EvidenceStatus.INVALIDATED)


@dataclass(frozen=True)
class Coverage:
    total: int
    shares: dict[str, float]  # status -> share of cards (0..1); all 0 for an empty map
    by_stage: dict[str, dict[str, float]]


def evidence_coverage(doc: JourneyMap) -> Coverage:
    overall: Counter = Counter(c.evidence.status for c in doc.cards)
    per_stage: dict[str, Counter] = {s.id: Counter() for s in doc.stages}
    for card in doc.cards:
        per_stage.setdefault(card.stage_id, Counter())[card.evidence.status] += 1
    return Coverage(len(doc.cards), _shares(overall),
                    {sid: _shares(counts) for sid, counts in per_stage.items()})


def _shares(counts: Counter) -> dict[str, float]:
    total = sum(counts.values())
    return {str(s): (counts[s] / total if total else 0.0) for s in STATUSES}


@dataclass(frozen=True)
class Hotspot:
    stage_id: str
    lane_id: str
    pain_points: int
    negative: int  # cards scored below zero
    score: float  # pain points + negative cards weighted by how negative they are


def hotspots(doc: JourneyMap, limit: int = 10) -> list[Hotspot]:
    """Cells ranked by pain: pain-point cards count 1 each, negative scores add their depth."""
    cells: dict[tuple[str, str], list] = {}
    for card in doc.cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)
    found = []
    for (stage_id, lane_id), cards in cells.items():
        pains = sum(1 for c in cards if c.kind == CardKind.PAIN_POINT)
        negatives = [c.emotion for c in cards if c.emotion is not None and c.emotion < 0]
        score = pains + sum(-e for e in negatives)
        if score > 0:
            found.append(Hotspot(stage_id, lane_id, pains, len(negatives), score))
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    found.sort(key=lambda h: (-h.score, stage_index.get(h.stage_id, 0)))
    return found[:limit]
