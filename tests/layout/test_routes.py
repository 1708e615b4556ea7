"""Connection routes keep to the free channels of the grid: an arrow never runs across a card
(it would strike the card's text through and read as "invalidated"), whatever the stage order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.layout import compute_layout
from jmap_desktop.model import Card, Connection, DocumentStore, Lane, LaneKind, Stage


def crossings(layout, route) -> list[str]:
    """Brute force, independent of the router's own index: the cards a route runs through."""
    hit = []
    ends = {route.source_id, route.target_id}
    for a, b in zip(route.points, route.points[1:], strict=False):
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        for box in layout.cards.values():
            r = box.rect
            if box.card_id in ends or not box.visible:
                continue
            if x1 > r.x + 0.5 and x0 < r.right - 0.5 and y1 > r.y + 0.5 and y0 < r.bottom - 0.5:
                hit.append(box.card_id)
    return hit


def orthogonal(points) -> bool:
    return all(abs(a[0] - b[0]) < 1e-9 or abs(a[1] - b[1]) < 1e-9
               for a, b in zip(points, points[1:], strict=False))


def flow_map(stage_count: int = 4) -> DocumentStore:
    store = DocumentStore()
    for i in range(stage_count):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    store.add_lane(Lane(id="acts", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="pains", name="Pain points", kind=LaneKind.PAIN_POINTS))
    for i in range(stage_count):
        store.add_card(Card(id=f"a{i}", stage_id=f"s{i}", lane_id="acts", text=f"Step {i} of the journey"))
        store.add_card(Card(id=f"p{i}", stage_id=f"s{i}", lane_id="pains", text=f"Pain {i}"))
    for i in range(stage_count - 1):
        store.add_connection(Connection(id=f"f{i}", source_id=f"a{i}", target_id=f"a{i + 1}"))
    return store


def test_flow_across_reordered_stages_goes_around_the_cards_between():
    store = flow_map()
    store.move_stage("s1", 3)  # now s0, s2, s3, s1: the flow s0 -> s1 jumps over two stages
    layout = compute_layout(store.doc)
    for route in layout.connections.values():
        assert orthogonal(route.points)
        assert crossings(layout, route) == [], route.connection_id
    # It still leaves the source and enters the target on their facing edges.
    a0, a1 = layout.cards["a0"].rect, layout.cards["a1"].rect
    f0 = layout.connections["f0"].points
    assert f0[0] == (a0.right, a0.center[1]) and f0[-1] == (a1.x, a1.center[1])


def test_adjacent_stages_keep_the_short_route():
    layout = compute_layout(flow_map().doc)
    a0, a1 = layout.cards["a0"].rect, layout.cards["a1"].rect
    assert len(layout.connections["f0"].points) <= 4  # straight across when the cards align
    assert layout.connections["f0"].points[0] == (a0.right, a0.center[1])
    assert layout.connections["f0"].points[-1] == (a1.x, a1.center[1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    widths=st.lists(st.sampled_from([200.0, 260.0, 420.0, 600.0]), min_size=2, max_size=5),
    cells=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 2),
                             st.text("ab xyz", min_size=0, max_size=90)), min_size=2, max_size=24),
    links=st.lists(st.tuples(st.integers(0, 23), st.integers(0, 23)), max_size=12),
    order=st.permutations(range(5)),
)
def test_no_route_ever_runs_across_a_card(widths, cells, links, order):
    store = DocumentStore()
    for i, w in enumerate(widths):
        store.add_stage(Stage(id=f"s{i}", name=f"S{i}", width=w))
    for j in range(3):
        store.add_lane(Lane(id=f"l{j}", name=f"L{j}", kind=LaneKind.ACTIONS))
    ids = []
    for n, (stage, lane, text) in enumerate(cells):
        card = Card(id=f"c{n}", stage_id=f"s{stage % len(widths)}", lane_id=f"l{lane}", text=text)
        store.add_card(card)
        ids.append(card.id)
    for k, (a, b) in enumerate(links):
        a, b = ids[a % len(ids)], ids[b % len(ids)]
        if a != b:
            store.add_connection(Connection(id=f"k{k}", source_id=a, target_id=b))
    for target, stage in enumerate(o for o in order if o < len(widths)):
        store.move_stage(f"s{stage}", target)
    layout = compute_layout(store.doc)
    for route in layout.connections.values():
        assert orthogonal(route.points)
        assert crossings(layout, route) == [], (route.connection_id, route.points)


def test_within_a_wide_cell_routes_pass_over_row_tops_not_through_neighbours():
    store = DocumentStore()
    store.add_stage(Stage(id="wide", name="Wide", width=600.0))  # three cards per row
    store.add_lane(Lane(id="l", name="Actions", kind=LaneKind.ACTIONS))
    for n in range(6):
        store.add_card(Card(id=f"c{n}", stage_id="wide", lane_id="l", text=f"Card {n}"))
    pairs = [("c4", "c0"), ("c0", "c2"), ("c2", "c0"), ("c5", "c3"), ("c1", "c5"), ("c3", "c1")]
    for k, (a, b) in enumerate(pairs):
        store.add_connection(Connection(id=f"k{k}", source_id=a, target_id=b))
    layout = compute_layout(store.doc)
    for route in layout.connections.values():
        assert orthogonal(route.points)
        assert crossings(layout, route) == [], (route.connection_id, route.points)


def test_past_the_routing_budget_connections_take_the_plain_route(monkeypatch):
    """A file may hold 200,000 connections: only the first CAREFUL_ROUTES are routed around
    cards (the rest take the short route unchecked), so laying it out takes seconds."""
    from jmap_desktop.layout import routes

    store = flow_map()
    store.move_stage("s1", 3)  # f0 must detour around the cards of the stages in between
    careful = compute_layout(store.doc).connections
    monkeypatch.setattr(routes, "CAREFUL_ROUTES", 1)
    budgeted = compute_layout(store.doc).connections
    assert budgeted["f0"] == careful["f0"]  # within the budget: the same careful route
    for conn_id in ("f1", "f2"):
        points = budgeted[conn_id].points
        source, target = budgeted[conn_id].source_id, budgeted[conn_id].target_id
        layout = compute_layout(store.doc)
        a, b = layout.cards[source].rect, layout.cards[target].rect
        assert orthogonal(points) and len(points) <= 4
        # Still from the source's edge to the target's edge, the arrowhead on the target.
        assert points[0][0] in (a.x, a.right) and points[-1][0] in (b.x, b.right)
        assert abs(points[0][1] - a.center[1]) < 1e-9 and abs(points[-1][1] - b.center[1]) < 1e-9
