"""The document store: every operation, its notification, and its undo record."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.io import dumps_map
from jmap_desktop.model import (
    Card,
    ChangeKind,
    Connection,
    DocumentStore,
    EmotionScale,
    Persona,
    Stage,
    StoreError,
)
from tests.factories import small_map


@pytest.fixture
def store():
    return DocumentStore(small_map())


def listen(store):
    changes = []
    store.subscribe(changes.append)
    return changes


def texts(store, stage, lane):
    return [c.text for c in store.cell_cards(stage, lane)]


def test_add_card_at_index_notifies(store):
    changes = listen(store)
    store.add_card(Card(id="n", stage_id="s-discover", lane_id="l-actions", text="First"), 0)
    assert texts(store, "s-discover", "l-actions") == ["First", "Sees an ad on Instagram", "Reads reviews"]
    assert changes[-1].kind == ChangeKind.CARDS_ADDED and changes[-1].ids == ("n",)
    assert ("s-discover", "l-actions") in changes[-1].cells


def test_add_card_refuses_bad_references_and_scores(store):
    with pytest.raises(StoreError, match="no stage"):
        store.add_card(Card(stage_id="nope", lane_id="l-actions"))
    with pytest.raises(StoreError, match="outside the scale"):
        store.add_card(Card(stage_id="s-buy", lane_id="l-actions", emotion=3))
    with pytest.raises(StoreError, match="already has the id"):
        store.add_card(Card(id="c1", stage_id="s-buy", lane_id="l-actions"))


def test_update_is_all_or_nothing_and_returns_old_values(store):
    old = store.update_card("c1", text="New", emotion=-2)
    assert old == {"text": "Sees an ad on Instagram", "emotion": 1.0}
    with pytest.raises(StoreError):
        store.update_cards({"c1": {"text": "ok"}, "c2": {"colour": "not a colour"}})
    assert store.card("c1").text == "New"
    with pytest.raises(StoreError, match="move_cards"):
        store.update_card("c1", stage_id="s-buy")


def test_move_within_cell_and_across_and_back(store):
    before_text = dumps_map(store.doc)
    changes = listen(store)
    old = store.move_cards(["c1"], "s-discover", "l-actions", 2)
    assert texts(store, "s-discover", "l-actions") == ["Reads reviews", "Sees an ad on Instagram"]
    assert changes[-1].kind == ChangeKind.CARDS_MOVED
    store.set_placements(old)
    assert dumps_map(store.doc) == before_text
    old = store.move_cards(["c1", "c2"], "s-use", "l-pain", 0)
    assert texts(store, "s-use", "l-pain") == ["Sees an ad on Instagram", "Reads reviews"]
    store.set_placements(old)
    assert dumps_map(store.doc) == before_text


def test_remove_cards_takes_connections_and_restores_them(store):
    before = dumps_map(store.doc)
    removed = store.remove_cards(["c1", "c4"])
    assert store.doc.connections == [] and len(store.doc.cards) == 3
    store.restore_cards(removed)
    assert dumps_map(store.doc) == before


def test_stage_and_lane_lifecycle(store):
    before = dumps_map(store.doc)
    store.add_stage(Stage(id="s-new", name="Recommend"), 1)
    assert [s.id for s in store.doc.stages][1] == "s-new"
    assert store.move_stage("s-new", 3) == 1
    store.update_stage("s-new", name="Refer a friend", width=300)
    assert store.stage("s-new").name == "Refer a friend"
    removed = store.remove_lane("l-actions")
    assert all(c.lane_id != "l-actions" for c in store.doc.cards) and store.doc.connections == []
    store.restore_axis(removed)
    store.remove_stage("s-new")
    assert dumps_map(store.doc) == before
    with pytest.raises(StoreError):
        store.update_lane("l-actions", kind="nonsense")


def test_personas_primary_and_tied_cards(store):
    store.update_card("c2", persona_id="p-ana")
    removed = store.remove_persona("p-ana")
    assert store.doc.meta.primary_persona_id is None and store.card("c2").persona_id is None
    store.restore_persona(removed)
    assert store.doc.meta.primary_persona_id == "p-ana" and store.card("c2").persona_id == "p-ana"
    store.add_persona(Persona(id="p-bo", name="Bo"))
    store.update_persona("p-bo", quote="“Just make it quick.”")
    assert store.persona("p-bo").quote.startswith("“")


def test_connections_and_meta_and_scale(store):
    changes = listen(store)
    store.add_connection(Connection(id="k2", source_id="c2", target_id="c3"))
    with pytest.raises(StoreError, match="itself"):
        store.add_connection(Connection(source_id="c2", target_id="c2"))
    removed = store.remove_connections(["k2"])
    store.restore_connections(removed)
    assert [c.id for c in store.doc.connections] == ["k1", "k2"]
    store.update_meta(title="Shoes", subtitle="Current state")
    assert changes[-1].kind == ChangeKind.META and store.doc.meta.subtitle == "Current state"
    with pytest.raises(StoreError, match="outside"):
        store.set_emotion_scale(EmotionScale(min=-1, max=1, labels=["-", "0", "+"]))
    old = store.set_emotion_scale(EmotionScale(min=-3, max=3, labels=[str(i) for i in range(7)]))
    assert old.min == -2


OPS = st.lists(st.tuples(st.sampled_from(["add", "remove", "move", "update", "stage", "lane",
                                          "connect"]), st.integers(0, 50)), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_random_operations_then_inverses_restore_the_document(ops):
    store = DocumentStore(small_map())
    original = dumps_map(store.doc)
    undo = []
    for op, n in ops:
        cards = [c.id for c in store.doc.cards]
        stages = [s.id for s in store.doc.stages]
        lanes = [ln.id for ln in store.doc.lanes]
        if op == "add":
            card = Card(stage_id=stages[n % len(stages)], lane_id=lanes[n % len(lanes)], text=f"n{n}")
            store.add_card(card, n % 3)
            undo.append(lambda cid=card.id: store.remove_cards([cid]))
        elif op == "remove" and cards:
            removed = store.remove_cards([cards[n % len(cards)]])
            undo.append(lambda r=removed: store.restore_cards(r))
        elif op == "move" and cards:
            old = store.move_cards([cards[n % len(cards)]], stages[n % len(stages)],
                                   lanes[(n // 3) % len(lanes)], n % 4)
            undo.append(lambda o=old: store.set_placements(o))
        elif op == "update" and cards:
            target = cards[n % len(cards)]
            old = store.update_card(target, text=f"t{n}", emotion=float(n % 5 - 2))
            undo.append(lambda cid=target, o=old: store.update_card(cid, **o))
        elif op == "stage" and len(stages) > 1:
            removed = store.remove_stage(stages[n % len(stages)])
            undo.append(lambda r=removed: store.restore_axis(r))
        elif op == "lane" and len(lanes) > 1:
            lane_id = lanes[n % len(lanes)]
            old_index = store.move_lane(lane_id, n % 3)
            undo.append(lambda lid=lane_id, i=old_index: store.move_lane(lid, i))
        elif op == "connect" and len(cards) > 1:
            a, b = cards[n % len(cards)], cards[(n + 1) % len(cards)]
            conn = store.add_connection(Connection(source_id=a, target_id=b))
            undo.append(lambda cid=conn.id: store.remove_connections([cid]))
    for step in reversed(undo):
        step()
    assert dumps_map(store.doc) == original
