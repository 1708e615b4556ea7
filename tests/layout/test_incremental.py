"""Incremental layout: after any sequence of card edits, updating the layout from the store's
change records gives the same boxes, rows, emotion curve and routes as laying out afresh."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.layout import compute_layout
from jmap_desktop.layout.incremental import update_layout
from jmap_desktop.model import (
    Card,
    CardKind,
    Connection,
    DocumentStore,
    Lane,
    LaneKind,
    Persona,
    Stage,
)

WORDS = ["price", "delivery", "a much longer sentence that wraps over several lines of the card",
         "", "x " * 40, "Ärger über Lieferzeit", "配送が遅い"]
STAGES = ["s0", "s1", "s2"]
LANES = ["l-act", "l-emo", "l-pain", "l-shut"]


def base_store() -> DocumentStore:
    s = DocumentStore()
    for sid in STAGES:
        s.add_stage(Stage(id=sid, name=sid))
    s.add_lane(Lane(id="l-act", name="Actions", kind=LaneKind.ACTIONS))
    s.add_lane(Lane(id="l-emo", name="Emotion", kind=LaneKind.EMOTION))
    s.add_lane(Lane(id="l-pain", name="Pain", kind=LaneKind.PAIN_POINTS))
    s.add_lane(Lane(id="l-shut", name="Closed", kind=LaneKind.BACKSTAGE, collapsed=True))
    for pid in ("p1", "p2"):
        s.add_persona(Persona(id=pid, name=pid))
    for i in range(8):
        s.add_card(Card(id=f"c{i}", stage_id=STAGES[i % 3], lane_id=LANES[i % 4], text=WORDS[i % 5],
                        emotion=float(i % 5 - 2) if i % 2 else None))
    s.add_connection(Connection(id="k1", source_id="c0", target_id="c1"))
    return s


edits = st.lists(st.tuples(st.sampled_from(["add", "remove", "text", "move", "emotion", "kind",
                                            "persona", "connect", "people"]),
                           st.integers(0, 1000), st.integers(0, 1000)), min_size=1, max_size=12)


def apply_edit(store: DocumentStore, edit, serial: int) -> None:
    what, a, b = edit
    if what == "people":  # a persona leaves (its cards lose it) or comes back
        if any(p.id == "p2" for p in store.doc.personas):
            store.remove_persona("p2")
        else:
            store.add_persona(Persona(id="p2", name="p2"), a % 2)
        return
    ids = sorted(c.id for c in store.doc.cards)
    cell = (STAGES[a % 3], LANES[b % 4])
    if what == "add" or not ids:
        store.add_card(Card(id=f"n{serial}", stage_id=cell[0], lane_id=cell[1], text=WORDS[a % len(WORDS)]),
                       b % 3)
        return
    card_id = ids[a % len(ids)]
    if what == "remove":
        store.remove_cards([card_id])
    elif what == "text":
        store.update_card(card_id, text=WORDS[b % len(WORDS)])
    elif what == "move":
        store.move_cards([card_id], *cell, index=b % 4)
    elif what == "emotion":
        store.update_card(card_id, emotion=None if b % 3 == 0 else float(b % 5 - 2))
    elif what == "kind":
        store.update_card(card_id, kind=CardKind.METRIC if b % 2 else CardKind.PAIN_POINT,
                          metric={"value": 3.0, "unit": "%"} if b % 2 else None)
    elif what == "persona":
        store.update_card(card_id, persona_id=["p1", "p2", None][b % 3])
    elif what == "connect":
        other = ids[b % len(ids)]
        if other != card_id:
            store.add_connection(Connection(id=f"link{serial}", source_id=card_id, target_id=other))


def flat(points) -> list[float]:
    return [v for point in points for v in point]


def assert_same(a, b) -> None:
    assert a.cards.keys() == b.cards.keys()
    for card_id, box in b.cards.items():
        got = a.cards[card_id]
        assert (got.lines, got.visible, got.elided) == (box.lines, box.visible, box.elided), card_id
        for x, y in zip((got.rect.x, got.rect.y, got.rect.w, got.rect.h),
                        (box.rect.x, box.rect.y, box.rect.w, box.rect.h), strict=True):
            assert x == pytest.approx(y, abs=1e-6), card_id
    assert a.cells == b.cells and a.lanes == b.lanes and a.stages == b.stages
    assert a.cell_order == b.cell_order and a.height == b.height
    assert a.blueprint_lines == b.blueprint_lines
    assert a.connections.keys() == b.connections.keys()
    for conn_id, route in b.connections.items():
        assert flat(a.connections[conn_id].points) == pytest.approx(flat(route.points)), conn_id
    assert (a.emotion is None) == (b.emotion is None)
    if b.emotion is not None:
        assert [p.card_id for p in a.emotion.points] == [p.card_id for p in b.emotion.points]
        assert flat((p.x, p.y) for p in a.emotion.points) == pytest.approx(flat((p.x, p.y) for p in b.emotion.points))
        assert flat(a.emotion.curve) == pytest.approx(flat(b.emotion.curve))
        assert a.emotion.persona_curves.keys() == b.emotion.persona_curves.keys()
        for pid, points in b.emotion.persona_curves.items():
            assert flat(a.emotion.persona_curves[pid]) == pytest.approx(flat(points))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_incremental_layout_equals_full_layout(sequence):
    store = base_store()
    layout = compute_layout(store.doc)
    changes = []
    store.subscribe(changes.append)
    for serial, edit in enumerate(sequence):
        apply_edit(store, edit, serial)
        delta = update_layout(layout, store.doc, changes, store.cell_cards)
        changes.clear()
        assert delta is not None
        assert_same(layout, compute_layout(store.doc))


def test_only_the_touched_cell_is_reflowed_when_its_lane_keeps_its_height():
    store = base_store()
    layout = compute_layout(store.doc)
    changes = []
    store.subscribe(changes.append)
    store.update_card("c0", text="price")
    delta = update_layout(layout, store.doc, changes, store.cell_cards)
    assert delta.cells == {("s0", "l-act")} and delta.lanes == set() and delta.cards <= {"c0"}


def test_a_lane_that_grows_moves_the_rows_below_without_touching_their_cards():
    store = base_store()
    layout = compute_layout(store.doc)
    pain_card = layout.cards["c2"].rect
    changes = []
    store.subscribe(changes.append)
    store.update_card("c0", text="word " * 60)
    delta = update_layout(layout, store.doc, changes, store.cell_cards)
    assert "l-act" in delta.lanes and "l-pain" in delta.lanes
    assert delta.cards == {"c0"}  # the cards below kept their place in their row
    assert layout.cards["c2"].rect.y > pain_card.y


def test_stage_changes_ask_for_a_full_layout():
    store = base_store()
    layout = compute_layout(store.doc)
    changes = []
    store.subscribe(changes.append)
    store.update_stage("s0", width=500)
    assert update_layout(layout, store.doc, changes, store.cell_cards) is None


def test_workshop_notes_arriving_in_the_inbox_move_nothing_on_the_grid():
    from jmap_desktop.model import InboxNote

    store = base_store()
    layout = compute_layout(store.doc)
    changes = []
    store.subscribe(changes.append)
    store.add_inbox_notes([InboxNote(text="Too slow", author="Ana")])
    delta = update_layout(layout, store.doc, changes, store.cell_cards)
    assert delta is not None and not (delta.cells or delta.lanes or delta.cards)


def linked_store() -> DocumentStore:
    """The base map with every card linked to its next three (some dashed): 20 arrows."""
    s = base_store()
    s.remove_connections(["k1"])
    ids = [f"c{i}" for i in range(8)]
    for i, a in enumerate(ids):
        for j, b in enumerate(ids[i + 1:i + 4]):
            s.add_connection(Connection(id=f"{a}-{b}", source_id=a, target_id=b,
                                        kind="dependency" if (i + j) % 4 == 0 else "flow"))
    return s


moves = st.lists(st.tuples(st.sampled_from(["add", "remove", "text", "move", "move", "move", "kind"]),
                           st.integers(0, 1000), st.integers(0, 1000)), min_size=1, max_size=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves, st.integers(0, 25))
def test_incremental_routing_equals_a_full_routing_after_random_moves(sequence, careful):
    """Only the arrows a move can change are routed again; the result is what routing every
    arrow from scratch gives, whether they are routed around cards or take the plain route
    (``careful``: how many are routed around cards)."""
    from unittest import mock

    from jmap_desktop.layout import routes

    with mock.patch.object(routes, "CAREFUL_ROUTES", careful):
        store = linked_store()
        layout = compute_layout(store.doc)
        changes = []
        store.subscribe(changes.append)
        for serial, edit in enumerate(sequence):
            apply_edit(store, edit, serial)
            delta = update_layout(layout, store.doc, changes, store.cell_cards)
            changes.clear()
            assert delta is not None
            assert_same(layout, compute_layout(store.doc))


def test_a_move_routes_again_only_the_arrows_it_can_change(monkeypatch):
    from jmap_desktop.layout import routes

    store = linked_store()
    layout = compute_layout(store.doc)
    changes = []
    store.subscribe(changes.append)
    routed = []
    real = routes._Router.route
    monkeypatch.setattr(routes._Router, "route", lambda self, a, b: routed.append((a.card_id, b.card_id)) or real(self, a, b))
    store.update_card("c0", text="price")  # same size: nothing moves, nothing is routed again
    update_layout(layout, store.doc, changes, store.cell_cards)
    assert routed == []
    changes.clear()
    store.move_cards(["c4"], "s2", "l-act", index=0)  # c4 to the end of the map's first lane
    delta = update_layout(layout, store.doc, changes, store.cell_cards)
    assert delta.connections and routed
    assert len(routed) < len(store.doc.connections)
    assert_same(layout, compute_layout(store.doc))
