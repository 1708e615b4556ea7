"""Where removed things are drawn: a removed card whose stage or lane was deleted too gets a
ghost column or row beside the grid, so nothing removed is invisible (canvas and PDF share it)."""

from __future__ import annotations

from jmap_desktop.layout import compute_layout
from jmap_desktop.model import Card, DocumentStore
from jmap_desktop.versions import compare
from jmap_desktop.versions.ghosts import plan_ghosts
from tests.factories import small_map


def test_every_removed_card_has_a_ghost_even_when_its_stage_and_lane_are_gone():
    before = DocumentStore(small_map())
    for i in range(5):  # a busy cell of a lane that will be deleted
        before.add_card(Card(id=f"p{i}", stage_id="s-use", lane_id="l-pain", text=f"Pain {i}"))
    after = DocumentStore(small_map())
    after.remove_cards(["c1", "c3", "c4"])
    after.remove_stage("s-buy")
    after.remove_lane("l-pain")
    result = compare(before.doc, after.doc)
    layout = compute_layout(after.doc)
    plan = plan_ghosts(result, layout)
    removed = {c.id for c in result.of_kind("removed", "cards")}
    assert {g.card_id for g in plan.cards} == removed == {"c1", "c3", "c4"} | {f"p{i}" for i in range(5)}
    assert [(a.collection, a.name) for a in plan.axes] == [("stages", "Buy"), ("lanes", "Pain points")]
    column, row = plan.axes
    assert column.header.x > layout.width and row.header.y > layout.height
    assert plan.width >= column.body.right and plan.height >= row.body.bottom
    by_id = {g.card_id: g.rect for g in plan.cards}
    assert column.body.intersects(by_id["c3"]) and by_id["c3"].inside(plan.old_cell("s-buy", "l-actions"))
    assert by_id["c4"].inside(plan.old_cell("s-buy", "l-pain"))  # both gone: the corner cell
    assert by_id["c1"].inside(layout.cells[("s-discover", "l-actions")])  # its cell is still there
    pains = [by_id[f"p{i}"] for i in range(5)]
    cell = plan.old_cell("s-use", "l-pain")
    assert all(r.inside(cell) for r in pains)  # the ghost row grew to hold them, none overlapping
    assert not any(a.intersects(b) for i, a in enumerate(pains) for b in pains[i + 1:])


def test_a_card_moved_out_of_a_deleted_stage_has_an_old_cell_to_point_from():
    after = DocumentStore(small_map())
    after.move_cards(["c3"], "s-use", "l-actions")
    after.remove_stage("s-buy")
    result = compare(small_map(), after.doc)
    assert [c.kind for c in result.for_card("c3")] == ["moved"]
    plan = plan_ghosts(result, compute_layout(after.doc))
    old = plan.old_cell("s-buy", "l-actions")
    assert old is not None and old.x > compute_layout(after.doc).width


def test_nothing_removed_no_ghosts():
    doc = small_map()
    plan = plan_ghosts(compare(doc, doc), compute_layout(doc))
    assert not plan.cards and not plan.axes
