"""Turning a facilitator's choice ("Pain points, all stages", a lane to vote on) into ids."""

from __future__ import annotations

from ..model import JourneyMap, Lane


class UnknownLane(ValueError):
    pass


def find_lane(doc: JourneyMap, name_or_id: str) -> Lane:
    """The lane with this id, or else this name (case and outer blanks ignored)."""
    wanted = name_or_id.strip().casefold()
    for lane in doc.lanes:
        if lane.id == name_or_id:
            return lane
    for lane in doc.lanes:
        if lane.name.strip().casefold() == wanted:
            return lane
    names = ", ".join(repr(lane.name) for lane in doc.lanes) or "none"
    raise UnknownLane(f"the map has no lane {name_or_id!r} (lanes: {names})")


def lane_cells(doc: JourneyMap, lane: Lane) -> tuple[tuple[str, str], ...]:
    """Every cell of ``lane``, in stage order."""
    return tuple((stage.id, lane.id) for stage in doc.stages)


def lane_cards(doc: JourneyMap, lane: Lane) -> tuple[str, ...]:
    """Ids of the cards in ``lane``, in stage order and then their order in the cell."""
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    cards = [c for c in doc.cards if c.lane_id == lane.id]
    cards.sort(key=lambda c: (stage_index.get(c.stage_id, 0), c.order))
    return tuple(c.id for c in cards)
