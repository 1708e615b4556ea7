"""Property: any valid map survives save -> load -> save byte for byte."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.io import dumps_map, loads_map
from jmap_desktop.model import (
    Card,
    CardKind,
    Connection,
    DocumentStore,
    Evidence,
    EvidenceStatus,
    Lane,
    LaneKind,
    Persona,
    Stage,
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def journey_maps(draw):
    store = DocumentStore()
    stages = [store.add_stage(Stage(name=draw(text))) for _ in range(draw(st.integers(1, 4)))]
    lanes = [store.add_lane(Lane(name=draw(text), kind=draw(st.sampled_from(list(LaneKind)))))
             for _ in range(draw(st.integers(1, 4)))]
    if draw(st.booleans()):
        store.add_persona(Persona(name=draw(text), goals=draw(st.lists(text, max_size=3))))
    cards = []
    for _ in range(draw(st.integers(0, 12))):
        card = Card(
            stage_id=draw(st.sampled_from(stages)).id,
            lane_id=draw(st.sampled_from(lanes)).id,
            kind=draw(st.sampled_from(list(CardKind))),
            text=draw(text),
            emotion=draw(st.none() | st.integers(-2, 2).map(float) | st.floats(-2, 2)),
            tags=draw(st.lists(st.text("abcxyzé", min_size=1, max_size=8), max_size=3)),
            evidence=Evidence(status=draw(st.sampled_from(list(EvidenceStatus)))),
        )
        cards.append(store.add_card(card, draw(st.none() | st.integers(0, 5))))
    for _ in range(draw(st.integers(0, 5))):
        if len(cards) >= 2:
            a, b = draw(st.sampled_from(cards)), draw(st.sampled_from(cards))
            if a.id != b.id:
                store.add_connection(Connection(source_id=a.id, target_id=b.id, label=draw(text)))
    return store.doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_round_trip_is_byte_identical(doc):
    text_1 = dumps_map(doc)
    text_2 = dumps_map(loads_map(text_1))
    assert text_1 == text_2
