"""Room for a card being typed: the layout keeps a card's place for the editor (the lane grows
when the cell is full), the incremental update agrees with a full layout, and giving the room
back leaves exactly the layout without it."""

from __future__ import annotations

from jmap_desktop.layout import compute_layout
from jmap_desktop.layout.incremental import set_pending_slot
from jmap_desktop.layout.map_layout import PendingSlot

from .test_incremental import assert_same, base_store


def test_a_slot_in_the_fullest_cell_grows_its_lane_and_pushes_the_lanes_below():
    store = base_store()
    plain = compute_layout(store.doc)
    cell = ("s0", "l-act")  # holds c0; the tallest cell of its lane
    slot = PendingSlot(cell, 1)
    layout = compute_layout(store.doc, pending=slot)
    box = layout.pending_box
    row = layout.lane_box("l-act").row
    assert box is not None and box.rect.y >= layout.cards["c0"].rect.bottom
    assert row.y <= box.rect.y and box.rect.bottom <= row.bottom
    assert row.h > plain.lane_box("l-act").row.h
    below = layout.lane_box("l-emo").row
    assert below.y == row.bottom and box.rect.bottom < below.y


def test_a_slot_before_a_card_moves_that_card_down():
    store = base_store()
    layout = compute_layout(store.doc, pending=PendingSlot(("s0", "l-act"), 0))
    assert layout.cards["c0"].rect.y > layout.pending_box.rect.bottom


def test_the_slot_grows_with_the_text_being_typed():
    store = base_store()
    short = compute_layout(store.doc, pending=PendingSlot(("s1", "l-act"), 0))
    tall = compute_layout(store.doc, pending=PendingSlot(("s1", "l-act"), 0, height=300))
    assert tall.pending_box.rect.h == 300 > short.pending_box.rect.h
    assert tall.lane_box("l-act").row.h > 300


def test_keeping_moving_and_giving_back_the_slot_incrementally_equals_a_full_layout():
    store = base_store()
    layout = compute_layout(store.doc)
    for slot in (PendingSlot(("s0", "l-act"), 1), PendingSlot(("s0", "l-act"), 1, 200.0),
                 PendingSlot(("s2", "l-pain"), 0), None):
        delta = set_pending_slot(layout, store.doc, slot, store.cell_cards)
        assert delta is not None
        fresh = compute_layout(store.doc, pending=slot)
        assert_same(layout, fresh)
        assert layout.pending == slot
        assert (layout.pending_box is None) == (slot is None)
        if slot is not None:
            assert layout.pending_box.rect == fresh.pending_box.rect
    assert_same(layout, compute_layout(store.doc))


def test_a_collapsed_lane_keeps_no_room():
    store = base_store()
    layout = compute_layout(store.doc, pending=PendingSlot(("s0", "l-shut"), 0))
    assert layout.pending_box is None
    assert layout.lanes == compute_layout(store.doc).lanes
