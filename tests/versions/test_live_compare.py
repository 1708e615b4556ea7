"""A comparison kept up to date from the store's Change records equals comparing from scratch."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.model import DocumentStore, StoreError
from jmap_desktop.versions import MatchFixes, compare, map_data
from jmap_desktop.versions.live import LiveComparison
from tests.factories import small_map
from tests.versions.test_merge import apply_ops, three_per_cell

OPS = st.lists(st.tuples(st.integers(0, 19), st.integers(0, 1000), st.integers(0, 1000)), max_size=14)
BATCHES = st.lists(st.integers(1, 4), min_size=1, max_size=14)  # edits per update


def drawn_again(data: dict) -> dict:
    """The same journey drawn separately: every id new, some cards reworded."""
    def new(i):
        return f"old-{i}" if i else i

    out = dict(data)
    out["stages"] = [{**s, "id": new(s["id"])} for s in data["stages"]]
    out["lanes"] = [{**ln, "id": new(ln["id"])} for ln in data["lanes"]]
    out["personas"] = [{**p, "id": new(p["id"])} for p in data["personas"]]
    out["meta"] = {**data["meta"], "primary_persona_id": new(data["meta"]["primary_persona_id"])}
    out["cards"] = [{**c, "id": new(c["id"]), "stage_id": new(c["stage_id"]), "lane_id": new(c["lane_id"]),
                     "persona_id": new(c.get("persona_id")),
                     "text": c["text"] + (" again" if i % 2 else "")} for i, c in enumerate(data["cards"])]
    out["connections"] = [{**k, "id": new(k["id"]), "source_id": new(k["source_id"]),
                           "target_id": new(k["target_id"])} for k in data["connections"]]
    return out


def edit(store: DocumentStore, before: dict, ops) -> None:
    """The merge tests' random edits, and some that move the matching: a card given an older
    card's text (or nearly), a card or persona removed and put back (undo)."""
    texts = [c["text"] for c in before["cards"]]
    for op, a, b in ops:
        cards = store.doc.cards
        try:
            if op == 16 and cards:
                store.update_card(cards[a % len(cards)].id, text=texts[b % len(texts)] + ("" if b % 2 else "!"))
            elif op == 17 and cards:
                store.restore_cards(store.remove_cards([cards[a % len(cards)].id]))
            elif op == 18 and store.doc.personas:
                store.restore_persona(store.remove_persona(store.doc.personas[a % len(store.doc.personas)].id))
            elif op == 19:
                store.update_meta(title=f"title {b % 3}")
            else:
                apply_ops(store, [(op, a, b)], f"e{a}x")
        except StoreError:
            pass


def check(live: LiveComparison, before: dict, store: DocumentStore, fixes: MatchFixes) -> None:
    full = compare(before, map_data(store.doc), fixes=fixes)
    got = live.comparison
    assert got.after == full.after
    assert got.matched == full.matched
    assert got.before == full.before
    assert got.changes == full.changes


def run(before: dict, store: DocumentStore, ops, batches, fixes: MatchFixes | None = None) -> None:
    fixes = fixes or MatchFixes()
    live = LiveComparison(before, store, fixes)
    pending = []
    store.subscribe(pending.append)
    check(live, before, store, fixes)
    at = 0
    for size in batches:
        edit(store, before, ops[at:at + size])
        at += size
        live.update(pending)
        pending.clear()
        check(live, before, store, fixes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS, BATCHES)
def test_live_comparison_with_an_earlier_version_equals_comparing_again(ops, batches):
    before = map_data(three_per_cell())
    run(before, DocumentStore(three_per_cell()), ops, batches)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS, BATCHES, st.booleans())
def test_live_comparison_with_a_map_drawn_separately_equals_comparing_again(ops, batches, corrected):
    before = drawn_again(map_data(three_per_cell()))
    fixes = MatchFixes().pair("c2", "old-c1").unpair("c3", "old-c3") if corrected else MatchFixes()
    run(before, DocumentStore(three_per_cell()), ops, batches, fixes)


def test_an_edit_rediffs_only_what_it_touched():
    """An edit of one card leaves the other cards' change records as they were (the same
    objects), and a correction of the matching compares again."""
    store = DocumentStore(small_map())
    before = map_data(small_map())
    store.update_card("c1", text="First")
    store.update_card("c2", text="Second")
    live = LiveComparison(before, store)
    pending = []
    store.subscribe(pending.append)
    (c2,) = live.comparison.for_card("c2")
    store.update_card("c1", text="First, again")
    result = live.update(pending)
    assert result.for_card("c2")[0] is c2
    assert result.for_card("c1")[0].fields[0].after == "First, again"
    pending.clear()
    assert live.update(pending) is result  # nothing happened: nothing recomputed
