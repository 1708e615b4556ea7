"""Three-way merge: examples of each conflict, and properties over random edits of two copies."""

from __future__ import annotations

import copy
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.io import load_data
from jmap_desktop.model import (
    Card,
    CardKind,
    Connection,
    DocumentStore,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    StoreError,
)
from jmap_desktop.versions import map_data
from jmap_desktop.versions.merge import Edited, merge
from tests.factories import small_map


def data_of(doc: JourneyMap) -> dict:
    return map_data(doc)


def copies():
    return DocumentStore(small_map()), DocumentStore(small_map())


def test_changes_of_both_sides_are_all_kept():
    base = data_of(small_map())
    ours, theirs = copies()
    ours.update_card("c1", text="Sees an ad on TikTok")
    theirs.update_card("c1", emotion=2.0)  # another field of the same card
    ours.add_card(Card(id="o1", stage_id="s-buy", lane_id="l-actions", text="Compares prices"))
    theirs.add_card(Card(id="t1", stage_id="s-buy", lane_id="l-actions", text="Asks a friend"))
    theirs.move_cards(["c5"], "s-buy", "l-emotion")
    theirs.add_stage(Stage(id="s-return", name="Return"))
    ours.remove_cards(["c4"])
    result = merge(base, data_of(ours.doc), data_of(theirs.doc))
    assert result.conflicts == []
    doc = load_data(result.data)
    assert doc.card("c1").text == "Sees an ad on TikTok" and doc.card("c1").emotion == 2.0
    assert doc.card("o1") and doc.card("t1") and doc.card("c4") is None
    assert doc.card("c5").stage_id == "s-buy" and doc.stage("s-return")
    cell = sorted((c for c in doc.cards if (c.stage_id, c.lane_id) == ("s-buy", "l-actions")), key=lambda c: c.order)
    assert [c.id for c in cell] == ["c3", "o1", "t1"]


def test_same_field_changed_differently_is_a_conflict_settled_by_choice():
    base = data_of(small_map())
    ours, theirs = copies()
    ours.update_card("c2", text="Reads reviews on Reddit")
    theirs.update_card("c2", text="Reads reviews on YouTube")
    result = merge(base, data_of(ours.doc), data_of(theirs.doc))
    (conflict,) = result.unresolved
    assert conflict.key == "cards/c2/text" and conflict.kind == "field"
    assert (conflict.ours, conflict.theirs) == ("Reads reviews on Reddit", "Reads reviews on YouTube")
    chosen = merge(base, data_of(ours.doc), data_of(theirs.doc), {"cards/c2/text": "theirs"})
    assert not chosen.unresolved
    assert load_data(chosen.data).card("c2").text == "Reads reviews on YouTube"
    edited = merge(base, data_of(ours.doc), data_of(theirs.doc), {"cards/c2/text": Edited("Both")})
    assert load_data(edited.data).card("c2").text == "Both"


def test_edited_on_one_side_deleted_on_the_other():
    base = data_of(small_map())
    ours, theirs = copies()
    ours.update_card("c3", text="Pays with Apple Pay")
    theirs.remove_cards(["c3"])
    result = merge(base, data_of(ours.doc), data_of(theirs.doc))
    (conflict,) = result.unresolved
    assert conflict.kind == "edit_delete" and conflict.theirs_gone and not conflict.ours_gone
    kept = merge(base, data_of(ours.doc), data_of(theirs.doc), default="ours")
    assert load_data(kept.data).card("c3").text == "Pays with Apple Pay"
    gone = merge(base, data_of(ours.doc), data_of(theirs.doc), default="theirs")
    doc = load_data(gone.data)
    assert doc.card("c3") is None and doc.connections == []  # its connection went with it


def test_stage_deleted_while_the_other_side_added_cards_to_it():
    base = data_of(small_map())
    ours, theirs = copies()
    ours.remove_stage("s-use")
    theirs.add_card(Card(id="t1", stage_id="s-use", lane_id="l-actions", text="Runs a marathon"))
    result = merge(base, data_of(ours.doc), data_of(theirs.doc))
    (conflict,) = result.unresolved
    assert conflict.key == "stages/s-use/used" and conflict.kind == "delete_used"
    assert conflict.ours_gone and "Use" in conflict.label
    drop = load_data(merge(base, data_of(ours.doc), data_of(theirs.doc), default="ours").data)
    assert drop.stage("s-use") is None and drop.card("t1") is None
    keep = load_data(merge(base, data_of(ours.doc), data_of(theirs.doc), default="theirs").data)
    assert keep.stage("s-use") is not None and keep.card("t1").stage_id == "s-use"


def three_in_a_cell():
    store = DocumentStore(small_map())
    store.add_card(Card(id="c6", stage_id="s-discover", lane_id="l-actions", text="Asks a friend"))
    return store.doc


def cell_order(data: dict, stage="s-discover", lane="l-actions") -> list[str]:
    cards = [c for c in data["cards"] if (c["stage_id"], c["lane_id"]) == (stage, lane)]
    return [c["id"] for c in sorted(cards, key=lambda c: c["order"])]


def test_both_reordering_one_cell_differently_is_a_conflict():
    base = data_of(three_in_a_cell())
    ours, theirs = DocumentStore(three_in_a_cell()), DocumentStore(three_in_a_cell())
    ours.move_cards(["c6"], "s-discover", "l-actions", 0)  # c6 c1 c2
    theirs.move_cards(["c1"], "s-discover", "l-actions", 3)  # c2 c6 c1
    result = merge(base, data_of(ours.doc), data_of(theirs.doc))
    (conflict,) = result.unresolved
    assert conflict.key == "cards/order/s-discover/l-actions" and conflict.kind == "order"
    assert conflict.label == "Order of the cards in “Discover” / “Actions”"
    assert conflict.ours == ["Asks a friend", "Sees an ad on Instagram", "Reads reviews"]
    assert conflict.theirs == ["Reads reviews", "Asks a friend", "Sees an ad on Instagram"]
    mine = merge(base, data_of(ours.doc), data_of(theirs.doc), {conflict.key: "ours"})
    assert cell_order(mine.data) == ["c6", "c1", "c2"] and not mine.unresolved
    other = merge(base, data_of(ours.doc), data_of(theirs.doc), {conflict.key: "theirs"})
    assert cell_order(other.data) == ["c2", "c6", "c1"]
    load_data(other.data)
    # One side reordering, or both the same way, merges quietly.
    assert merge(base, data_of(ours.doc), base).conflicts == []
    assert merge(base, data_of(ours.doc), data_of(ours.doc)).conflicts == []
    assert cell_order(merge(base, base, data_of(theirs.doc)).data) == ["c2", "c6", "c1"]


def test_no_common_version_every_difference_is_a_choice():
    ours, theirs = copies()
    theirs.update_card("c1", text="Sees an ad on TV")
    theirs.add_card(Card(id="t1", stage_id="s-buy", lane_id="l-actions", text="Asks a friend"))
    result = merge(None, data_of(ours.doc), data_of(theirs.doc))
    assert not result.base_found
    keys = {c.key for c in result.unresolved}
    assert keys == {"cards/c1/text", "cards/t1"}
    assert merge(None, data_of(ours.doc), data_of(ours.doc)).conflicts == []


def test_no_common_version_uses_the_users_corrections_to_the_matching():
    """Corrections made comparing the two (``(id in theirs, id in ours)``): a pair taken apart
    is two cards to choose, a pair made by hand one card with its text to choose."""
    from jmap_desktop.versions import MatchFixes

    ours, theirs = copies()
    theirs_data = data_of(theirs.doc)
    theirs_data["cards"] = [{**c, "id": "t-" + c["id"]} for c in theirs_data["cards"]]
    theirs_data["connections"] = []
    theirs_data["cards"][0]["text"] = "Hears of them from a friend at the gym"  # c1: unlike
    plain = merge(None, data_of(ours.doc), theirs_data)
    assert {"cards/c1", "cards/t-c1"} <= {c.key for c in plain.conflicts}
    fixes = MatchFixes().pair("t-c1", "c1").unpair("t-c2", "c2")
    fixed = merge(None, data_of(ours.doc), theirs_data, fixes=fixes)
    keys = {c.key for c in fixed.conflicts}
    assert "cards/c1/text" in keys and "cards/t-c1" not in keys
    assert {"cards/c2", "cards/t-c2"} <= keys and "cards/c2/text" not in keys


# -- properties ---------------------------------------------------------------------------------
OPS = st.lists(st.tuples(st.integers(0, 15), st.integers(0, 1000), st.integers(0, 1000)),
               max_size=8)


def apply_ops(store: DocumentStore, ops, side: str) -> None:
    """Random edits through the store, as the app makes them; refused edits are skipped."""
    for n, (op, a, b) in enumerate(ops):
        doc = store.doc
        cards, stages, lanes = doc.cards, doc.stages, doc.lanes
        try:
            if op == 0 or not cards:
                store.add_card(Card(id=f"{side}{n}", stage_id=stages[a % len(stages)].id,
                                    lane_id=lanes[b % len(lanes)].id, text=f"{side} card {n}",
                                    kind=list(CardKind)[a % 8]), index=b % 3)
            elif op == 1:
                store.update_card(cards[a % len(cards)].id, text=f"{side} text {b % 3}")
            elif op == 2:
                store.update_card(cards[a % len(cards)].id, emotion=float(b % 5 - 2))
            elif op == 3:
                store.remove_cards([cards[a % len(cards)].id])
            elif op == 4:
                store.move_cards([cards[a % len(cards)].id], stages[b % len(stages)].id,
                                 lanes[a % len(lanes)].id, b % 3)
            elif op == 5:
                store.add_stage(Stage(id=f"{side}s{n}", name=f"{side} stage"), index=b % 4)
            elif op == 6 and len(stages) > 1:
                store.remove_stage(stages[a % len(stages)].id)
            elif op == 7:
                store.update_stage(stages[a % len(stages)].id, name=f"{side} name {b % 2}")
            elif op == 8 and len(cards) > 1:
                src, dst = cards[a % len(cards)].id, cards[b % len(cards)].id
                store.add_connection(Connection(id=f"{side}k{n}", source_id=src, target_id=dst))
            elif op == 9:
                store.update_card(cards[a % len(cards)].id, tags=[f"{side}{b % 2}"])
            elif op == 10:  # reorder within its cell, often one of the cells of three cards
                crowded = [c for c in cards if c.id in ("c1", "c2", "c6", "c3", "c7", "c8")]
                card = (crowded or cards)[a % len(crowded or cards)]
                store.move_cards([card.id], card.stage_id, card.lane_id, b % 4)
            elif op == 11:  # lanes and personas: new ones, renamed, deleted, as stages are
                store.add_lane(Lane(id=f"{side}l{n}", name=f"{side} lane", kind=list(LaneKind)[a % 5]),
                               index=b % 4)
            elif op == 12:
                store.update_lane(lanes[a % len(lanes)].id, name=f"{side} lane name {b % 2}")
            elif op == 13 and len(lanes) > 1:
                store.remove_lane(lanes[a % len(lanes)].id)
            elif op == 14:
                store.add_persona(Persona(id=f"{side}p{n}", name=f"{side} persona {b % 3}"))
            elif op == 15 and doc.personas:
                persona = doc.personas[a % len(doc.personas)]
                if b % 2:
                    store.update_persona(persona.id, role=f"{side} role {b % 3}")
                else:
                    store.update_card(cards[b % len(cards)].id, persona_id=persona.id)
        except StoreError:
            pass


def involved(result, *versions) -> set[str]:
    """Ids a conflict names, and what depends on them (cards in a stage, a card's connections)."""
    ids = {c.entity_id for c in result.conflicts}
    for data in versions:
        ids |= {c["id"] for c in data["cards"]
                if c["stage_id"] in ids or c["lane_id"] in ids or c.get("persona_id") in ids}
    for data in versions:
        ids |= {k["id"] for k in data["connections"] if k["source_id"] in ids or k["target_id"] in ids}
    return ids


def check_side_kept(base: dict, side: dict, other: dict, merged: dict, result) -> None:
    """Every change of ``side`` that ``other`` did not touch and no conflict names is in ``merged``."""
    skip = involved(result, side, other)
    for name in ("stages", "lanes", "personas", "cards", "connections"):
        b = {e["id"]: e for e in base[name]}
        s = {e["id"]: e for e in side[name]}
        o = {e["id"]: e for e in other[name]}
        m = {e["id"]: e for e in merged[name]}
        for entity_id, entity in s.items():
            refs = [entity.get(r) for r in ("stage_id", "lane_id", "persona_id", "source_id", "target_id")]
            if entity_id in skip or any(r in skip for r in refs if r):
                continue
            if entity_id not in b:
                assert entity_id in m, f"{name} {entity_id} added by one side is missing"
                continue
            if entity_id not in o or entity_id not in m:
                continue  # the other side deleted it (a deletion that merged in, or a conflict)
            for field, value in entity.items():
                if field == "order" or value == b[entity_id].get(field):
                    continue
                if o[entity_id].get(field) == b[entity_id].get(field):
                    assert m[entity_id][field] == value, f"{name} {entity_id}.{field} lost"
        for entity_id in b:
            if entity_id not in s and entity_id in o and o[entity_id] == b[entity_id] \
                    and entity_id not in skip:
                assert entity_id not in m, f"{name} {entity_id} deleted by one side came back"


class Picks(dict):
    """Choices for every conflict, whatever its key: ours or theirs by a hash of the key, or the
    mirror image of that (the same choices, seen from the other copy)."""

    def __init__(self, seed: int, mirrored: bool = False) -> None:
        super().__init__()
        self.seed, self.mirrored = seed, mirrored

    def __bool__(self) -> bool:  # a choice for every key, though no key is stored
        return True

    def get(self, key, default=None):
        mine = (zlib.crc32(key.encode()) ^ self.seed) & 1
        return "ours" if bool(mine) != self.mirrored else "theirs"


def three_per_cell():
    """The small map with a third card in two cells, so reorders within a cell can disagree."""
    store = DocumentStore(three_in_a_cell())
    store.add_card(Card(id="c7", stage_id="s-buy", lane_id="l-actions", text="Picks a colour"))
    store.add_card(Card(id="c8", stage_id="s-buy", lane_id="l-actions", text="Adds socks"))
    return store.doc


REORDERS = st.lists(st.tuples(st.just(10), st.integers(0, 1000), st.integers(0, 1000)), max_size=3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REORDERS, OPS, REORDERS, OPS, st.integers(0, 2**16))
def test_merge_with_the_same_choices_from_either_side_is_the_same_map(re_a, ops_a, re_b, ops_b, seed):
    base_doc = three_per_cell()
    base = data_of(base_doc)
    a, b = DocumentStore(copy.deepcopy(base_doc)), DocumentStore(copy.deepcopy(base_doc))
    apply_ops(a, re_a + ops_a, "a")  # reorders first: cells both sides reordered are common
    apply_ops(b, re_b + ops_b, "b")
    da, db = data_of(a.doc), data_of(b.doc)
    ab = merge(base, da, db, Picks(seed))
    ba = merge(base, db, da, Picks(seed, mirrored=True))
    load_data(copy.deepcopy(ab.data))
    assert ab.data == ba.data
    assert {c.key for c in ab.conflicts} == {c.key for c in ba.conflicts}
    # Cells both sides reordered differently are conflicts, never settled quietly: the cards
    # the cell held in all three versions keep the order of the side chosen (cards moved in
    # follow the card they followed there).
    for conflict in ab.conflicts:
        if conflict.key.startswith("cards/order/"):
            stage, lane = conflict.entity_id.split("/")
            held = set(cell_order(base, stage, lane)) & set(cell_order(da, stage, lane)) \
                & set(cell_order(db, stage, lane))
            chosen = da if Picks(seed).get(conflict.key) == "ours" else db
            assert [i for i in cell_order(ab.data, stage, lane) if i in held] == \
                [i for i in cell_order(chosen, stage, lane) if i in held]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS, OPS)
def test_merge_properties(ops_a, ops_b):
    base_doc = three_per_cell()
    base = data_of(base_doc)
    a, b = DocumentStore(copy.deepcopy(base_doc)), DocumentStore(copy.deepcopy(base_doc))
    apply_ops(a, ops_a, "a")
    apply_ops(b, ops_b, "b")
    da, db = data_of(a.doc), data_of(b.doc)
    ab = merge(base, da, db, default="ours")
    merged = ab.data
    load_data(copy.deepcopy(merged))  # the result is a valid map
    check_side_kept(base, da, db, merged, ab)
    check_side_kept(base, db, da, merged, ab)
    # The same choices (A's version of every conflict) from the other direction: the same map.
    ba = merge(base, db, da, default="theirs")
    assert ba.data == merged
    assert {c.key for c in ab.conflicts} == {c.key for c in ba.conflicts}
    # Merging a copy with itself, or with its own ancestor, changes nothing.
    assert merge(base, da, da).data == da and merge(base, da, da).conflicts == []
    assert merge(base, da, base).data == da and merge(base, base, da).data == da
