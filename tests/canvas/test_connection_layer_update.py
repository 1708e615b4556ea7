"""After a card moves, the connection layer (a map with very many arrows) takes out and puts
back only the arrows that were routed again and rebuilds only the tiles whose picture changed:
what it then draws equals building every tile afresh from all the routes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jmap_desktop.canvas import sync
from jmap_desktop.canvas.items import connection_lines
from jmap_desktop.canvas.items.connection_layer import ConnectionLayerItem
from jmap_desktop.canvas.render import offscreen_view
from jmap_desktop.layout import compute_layout
from jmap_desktop.model import Card, Connection, DocumentStore, Lane, LaneKind, Stage
from tests.layout.test_incremental import apply_edit, linked_store


def assert_layer_matches_a_full_build(scene) -> None:
    """The routes are a fresh layout's, and the layer draws what a layer built from them does."""
    layout = scene.layout
    fresh = compute_layout(scene.store.doc, pending=layout.pending)
    assert {k: (r.points, r.kind) for k, r in layout.connections.items()} == \
        {k: (r.points, r.kind) for k, r in fresh.connections.items()}
    layer = scene.items_.connection_layer
    assert layer is not None
    reference = ConnectionLayerItem()
    reference.set_routes(fresh.connections.values())
    assert layer.drawn() == reference.drawn()
    assert layer.boundingRect() == reference.boundingRect()


@pytest.fixture
def small_tiles(monkeypatch):
    """Tiles far smaller than the map and a low threshold: a few dozen arrows cross many tiles."""
    monkeypatch.setattr(connection_lines, "TILE", 70.0)
    monkeypatch.setattr(sync, "BULK_CONNECTIONS", 5)


def _spy(monkeypatch, layer) -> dict[str, int]:
    """How often ``layer`` is built whole (``set_routes``) and updated (``update_routes``)."""
    calls = {"set_routes": 0, "update_routes": 0}
    for name in calls:
        real = getattr(ConnectionLayerItem, name)

        def counted(self, *args, _real=real, _name=name):
            calls[_name] += self is layer
            return _real(self, *args)

        monkeypatch.setattr(ConnectionLayerItem, name, counted)
    return calls


edits = st.lists(st.tuples(st.sampled_from(["move", "move", "move", "text", "remove", "add", "kind",
                                            "emotion", "connect", "unlink", "restyle", "insert"]),
                           st.integers(0, 1000), st.integers(0, 1000)), min_size=1, max_size=8)


def edit(store: DocumentStore, what_a_b, serial: int) -> None:
    """``apply_edit``'s card edits, and arrows deleted, restyled or put back within the list
    (which moves the arrows after it across the routing budget)."""
    what, a, b = what_a_b
    links = store.doc.connections
    if what == "unlink" and links:
        store.remove_connections([links[a % len(links)].id])
    elif what == "restyle" and links:
        link = links[a % len(links)]
        store.update_connection(link.id, kind="flow" if link.kind == "dependency" else "dependency")
    elif what == "insert" and len(store.doc.cards) > 1:
        ids = sorted(c.id for c in store.doc.cards)
        source, target = ids[a % len(ids)], ids[(a + 1 + b) % len(ids)]
        if source != target:
            store.add_connection(Connection(id=f"in{serial}", source_id=source, target_id=target),
                                 index=b % (len(links) + 1))
    elif what not in ("unlink", "restyle", "insert"):
        apply_edit(store, what_a_b, serial)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(edits, st.integers(0, 16))
# A dashed line's piece in a tile started at start + n periods, which rounds differently from
# one start to another: a layer updated after these edits cut a tile at 411.5999999999999
# where a fresh one cut it at 411.59999999999997.
@example([("move", 43, 2), ("remove", 0, 0), ("remove", 0, 0), ("move", 8, 0)], 0)
def test_an_updated_layer_equals_a_full_rebuild_after_random_edits(qapp, small_tiles, sequence, careful):
    from unittest import mock

    from jmap_desktop.layout import routes

    with mock.patch.object(routes, "CAREFUL_ROUTES", careful):
        store = linked_store()
        view = offscreen_view(store, 700, 500)
        try:
            for serial, step in enumerate(sequence):
                edit(store, step, serial)
                qapp.processEvents()  # the scene syncs on the next turn of the event loop
                if view.map_scene().items_.connection_layer is not None:
                    assert_layer_matches_a_full_build(view.map_scene())
        finally:
            view.close()


def test_moves_update_the_layer_instead_of_building_it_again(qapp, small_tiles, monkeypatch):
    store = linked_store()
    view = offscreen_view(store, 700, 500)
    calls = _spy(monkeypatch, view.map_scene().items_.connection_layer)
    for serial, edit in enumerate([("move", 3, 1), ("move", 5, 2), ("text", 1, 2), ("move", 0, 0)]):
        apply_edit(store, edit, serial)
        qapp.processEvents()
        assert_layer_matches_a_full_build(view.map_scene())
    assert calls["set_routes"] == 0 and calls["update_routes"] >= 2  # (a move may re-route nothing)
    view.close()


def test_an_arrow_deleted_restyled_or_put_back_updates_only_itself(qapp, small_tiles, monkeypatch):
    from jmap_desktop.commands import RemoveConnectionsCommand, UpdateConnectionCommand

    store = linked_store()
    view = offscreen_view(store, 700, 500)
    scene = view.map_scene()
    calls = _spy(monkeypatch, scene.items_.connection_layer)
    first = store.doc.connections[0].id
    scene.push(RemoveConnectionsCommand(store, [first]))
    assert first not in scene.layout.connections
    assert_layer_matches_a_full_build(scene)
    scene.undo_stack.undo()  # back in its place in the list
    assert first in scene.layout.connections
    assert_layer_matches_a_full_build(scene)
    other = "flow" if store.connection(first).kind == "dependency" else "dependency"
    scene.push(UpdateConnectionCommand(store, first, {"kind": other}))
    assert scene.layout.connections[first].kind == other
    assert_layer_matches_a_full_build(scene)
    assert calls == {"set_routes": 0, "update_routes": 3}
    view.close()


def grid_store() -> DocumentStore:
    """Four stages, two lanes, two cards a cell, each card linked to the four after it."""
    store = DocumentStore()
    for i in range(4):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    store.add_lane(Lane(id="acts", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="back", name="Backstage", kind=LaneKind.BACKSTAGE))
    ids = [f"c{i}" for i in range(16)]
    for i, card_id in enumerate(ids):
        store.add_card(Card(id=card_id, stage_id=f"s{i % 4}", lane_id=("acts", "back")[i // 8],
                            text=f"Step {i}"))
    for i, a in enumerate(ids):
        for b in ids[i + 1:i + 5]:
            store.add_connection(Connection(id=f"{a}-{b}", source_id=a, target_id=b,
                                            kind="dependency" if i % 3 == 0 else "flow"))
    return store


def test_dragging_a_card_with_the_mouse_redraws_its_arrows_where_they_now_run(qtbot, small_tiles, monkeypatch):
    """The user's path: a card dragged on the viewport into another cell; the arrows shown
    follow it, and they are what a layer built afresh would show."""
    from tests.canvas.driver import CanvasDriver

    ui = CanvasDriver(qtbot, grid_store())
    layer = ui.scene.items_.connection_layer
    assert layer is not None and len(ui.scene.layout.connections) > sync.BULK_CONNECTIONS
    before = {k: r.points for k, r in ui.scene.layout.connections.items()}
    calls = _spy(monkeypatch, layer)
    ui.drag(ui.card_center("c1"), ui.empty_spot("s3", "back"))
    assert ui.store.card("c1").stage_id == "s3" and ui.store.card("c1").lane_id == "back"
    assert calls == {"set_routes": 0, "update_routes": 1}
    assert ui.scene.items_.connection_layer is layer
    moved = {k for k, r in ui.scene.layout.connections.items() if r.points != before[k]}
    assert moved >= {"c1-c2", "c0-c1"}  # the arrows of the card dragged run elsewhere now
    assert_layer_matches_a_full_build(ui.scene)  # the tiles' lists of arrows too: where clicks look
    ui.stack.undo()
    qtbot.waitUntil(lambda: ui.store.card("c1").stage_id == "s1")
    assert_layer_matches_a_full_build(ui.scene)


def _inked(x: float, lo: float, hi: float) -> bool | None:
    """Whether the dashed span [lo, hi] puts ink at ``x`` as the layer draws it (None: too near
    an edge of a dash to say)."""
    from jmap_desktop.canvas.items.connection_lines import DASH, DASH_PERIOD, dash_runs

    edges = [lo, hi] + [k * DASH_PERIOD + d for k in range(int(lo // DASH_PERIOD) - 1, int(hi // DASH_PERIOD) + 2)
                        for d in (0.0, DASH)]
    if min(abs(x - e) for e in edges) < 1e-6:
        return None
    for a, b, dashed in dash_runs(lo, hi):
        if a <= x <= b and (not dashed or (x - a) % DASH_PERIOD < DASH):
            return True
    return False


spans = st.tuples(st.floats(0, 200), st.floats(0.5, 120)).map(lambda s: (s[0], s[0] + s[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, min_size=1, max_size=5), st.lists(st.floats(0, 330), min_size=1, max_size=40))
def test_dashed_segments_on_one_line_draw_the_dashes_of_their_union(segments, points):
    """The layer draws the dashed segments sharing a line as their union (``Lines``): that is
    the same ink as each drawn alone, because every one keeps to one grid of dashes."""
    from jmap_desktop.canvas.items.connection_lines import _union

    ends: dict[float, int] = {}
    for lo, hi in segments:
        ends[lo] = ends.get(lo, 0) + 1
        ends[hi] = ends.get(hi, 0) - 1
    union = _union({at: n for at, n in ends.items() if n})
    for x in points:
        alone = [_inked(x, lo, hi) for lo, hi in segments]
        together = [_inked(x, lo, hi) for lo, hi in union]
        if None in alone or None in together:
            continue
        assert any(alone) == any(together), (x, segments, union)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_arrow_items_after_random_edits_are_those_of_a_full_layout(qapp, sequence):
    """Under ``BULK_CONNECTIONS`` each arrow is an item; an edit updates the items of the
    arrows it re-routed only, and they end as a full layout's routes draw them."""
    from jmap_desktop.canvas.items.overlays import ConnectionItem
    from jmap_desktop.model import ConnectionKind

    store = linked_store()
    view = offscreen_view(store, 700, 500)
    try:
        for serial, step in enumerate(sequence):
            edit(store, step, serial)
            qapp.processEvents()
            scene = view.map_scene()
            assert scene.items_.connection_layer is None
            fresh = compute_layout(store.doc, pending=scene.layout.pending).connections
            items = scene.items_.connections
            assert set(items) == set(fresh)
            for conn_id, route in fresh.items():
                reference = ConnectionItem(conn_id)
                reference.set_route(route.points, dashed=route.kind == ConnectionKind.DEPENDENCY)
                assert items[conn_id].shape() == reference.shape(), conn_id
    finally:
        view.close()
