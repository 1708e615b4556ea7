"""Structure checks: things a journey-mapping coach would point out, each with the ids concerned."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CardKind, EvidenceStatus, JourneyMap, LaneKind
from ..model.messages import say


@dataclass(frozen=True)
class Check:
    code: str
    message: str
    ids: tuple[str, ...]


def structure_checks(doc: JourneyMap) -> list[Check]:
    checks: list[Check] = []
    lanes = {ln.id: ln for ln in doc.lanes}
    has_action_lane = any(ln.kind == LaneKind.ACTIONS for ln in doc.lanes)
    if has_action_lane:
        for stage in doc.stages:
            if not any(c.stage_id == stage.id and lanes[c.lane_id].kind == LaneKind.ACTIONS
                       for c in doc.cards if c.lane_id in lanes):
                checks.append(Check("stage-without-action",
                                    say("Stage “{name}” has no customer action", name=stage.name), (stage.id,)))
    for card in doc.cards:
        if card.kind == CardKind.TOUCHPOINT and card.channel is None:
            checks.append(Check("touchpoint-without-channel",
                                say("Touchpoint “{text}” has no channel", text=_short(card.text)), (card.id,)))
        if card.evidence.status == EvidenceStatus.HYPOTHESIS and card.evidence.sources:
            checks.append(Check("hypothesis-with-sources",
                                say("“{text}” is still a hypothesis but has sources: "
                                    "validate or invalidate it", text=_short(card.text)), (card.id,)))
    kinds = {c.id: c.kind for c in doc.cards}
    linked_to_pain = set()
    for conn in doc.connections:
        ends = (conn.source_id, conn.target_id)
        if any(kinds.get(e) == CardKind.PAIN_POINT for e in ends):
            linked_to_pain.update(ends)
    for card in doc.cards:
        if card.kind == CardKind.OPPORTUNITY and card.id not in linked_to_pain:
            checks.append(Check("opportunity-without-pain-point",
                                say("Opportunity “{text}” is not linked to a pain point", text=_short(card.text)),
                                (card.id,)))
    used = {c.lane_id for c in doc.cards}
    for lane in doc.lanes:
        if lane.id not in used and lane.kind != LaneKind.EMOTION:
            checks.append(Check("empty-lane", say("Lane “{name}” is empty", name=lane.name), (lane.id,)))
    return checks


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
