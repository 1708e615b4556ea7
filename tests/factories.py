"""Small builders of journey maps for tests (through the store, as the app builds them)."""

from __future__ import annotations

from jmap_desktop.model import (
    Card,
    CardKind,
    Connection,
    DocumentStore,
    Evidence,
    EvidenceStatus,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
)


def small_map() -> JourneyMap:
    """Three stages, three lanes (one of them the emotion lane), a handful of cards."""
    s = DocumentStore()
    for name in ("Discover", "Buy", "Use"):
        s.add_stage(Stage(id=f"s-{name.lower()}", name=name))
    for lane_id, name, kind in (("l-actions", "Actions", LaneKind.ACTIONS),
                                ("l-emotion", "Emotion curve", LaneKind.EMOTION),
                                ("l-pain", "Pain points", LaneKind.PAIN_POINTS)):
        s.add_lane(Lane(id=lane_id, name=name, kind=kind))
    s.add_persona(Persona(id="p-ana", name="Ana", role="Runner"))
    s.update_meta(title="Buying running shoes", primary_persona_id="p-ana")
    cards = [
        ("c1", "s-discover", "l-actions", "Sees an ad on Instagram", 1.0, EvidenceStatus.VALIDATED),
        ("c2", "s-discover", "l-actions", "Reads reviews", 0.0, EvidenceStatus.HYPOTHESIS),
        ("c3", "s-buy", "l-actions", "Pays with card", -1.0, EvidenceStatus.HYPOTHESIS),
        ("c4", "s-buy", "l-pain", "Shipping cost appears late", None, EvidenceStatus.VALIDATED),
        ("c5", "s-use", "l-emotion", "Relieved", 2.0, EvidenceStatus.INVALIDATED),
    ]
    for card_id, stage, lane, text, emotion, status in cards:
        kind = CardKind.PAIN_POINT if lane == "l-pain" else CardKind.NOTE
        s.add_card(Card(id=card_id, stage_id=stage, lane_id=lane, text=text, kind=kind,
                        emotion=emotion, evidence=Evidence(status=status)))
    s.add_connection(Connection(id="k1", source_id="c1", target_id="c3"))
    return s.doc


def arrow_ladder() -> DocumentStore:
    """A card in each of 4 x 2 cells, neighbours linked: 10 arrows, apart from each other."""
    store = DocumentStore()
    for i in range(4):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    store.add_lane(Lane(id="acts", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="back", name="Backstage", kind=LaneKind.BACKSTAGE))
    for i in range(8):
        store.add_card(Card(id=f"c{i}", stage_id=f"s{i % 4}", lane_id=("acts", "back")[i // 4], text=f"Step {i}"))
    for a, b in [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7), (0, 4), (1, 5), (2, 6), (3, 7)]:
        store.add_connection(Connection(id=f"k{a}{b}", source_id=f"c{a}", target_id=f"c{b}"))
    return store
