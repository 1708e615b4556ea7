"""The read-only picture of the map that participants' phones show: names and card texts only.

Nothing else from the document leaves the laptop: no evidence, owners, personas, images or
file paths. Long texts are cut so that a big map stays quick to send to every phone.
"""

from __future__ import annotations

from ..model import JourneyMap

MAX_VIEW_TEXT = 280


def map_view(doc: JourneyMap, votes: dict[str, int] | None = None) -> dict:
    """JSON-ready stages, lanes and cards in map order (``votes``: counts to show, if any)."""
    cards = sorted(doc.cards, key=lambda c: c.order)
    return {
        "title": doc.meta.title,
        "stages": [{"id": s.id, "name": s.name} for s in doc.stages],
        "lanes": [{"id": lane.id, "name": lane.name, "kind": str(lane.kind)} for lane in doc.lanes],
        "cards": [{"id": c.id, "stage_id": c.stage_id, "lane_id": c.lane_id,
                   "kind": str(c.kind), "text": c.text[:MAX_VIEW_TEXT],
                   **({"votes": votes[c.id]} if votes and c.id in votes else {})}
                  for c in cards],
    }
