"""Maps with very many connections draw them through one layer item instead of an item per
arrow (a file may hold 200,000): the picture is the same as with single arrows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from jmap_desktop.canvas import sync
from jmap_desktop.canvas.items.connection_layer import ConnectionLayerItem
from jmap_desktop.canvas.items.overlays import ConnectionItem
from jmap_desktop.canvas.render import offscreen_view, render_view
from jmap_desktop.model import Card, Connection, DocumentStore, Lane, LaneKind, Stage
from tests.factories import arrow_ladder


def web_map() -> DocumentStore:
    """Three stages, two lanes, twelve cards, every card linked to every other (132 arrows),
    some of them dependencies (dashed)."""
    store = DocumentStore()
    for i in range(3):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    store.add_lane(Lane(id="acts", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="back", name="Backstage", kind=LaneKind.BACKSTAGE))
    ids = []
    for i in range(12):
        ids.append(f"c{i}")
        store.add_card(Card(id=f"c{i}", stage_id=f"s{i % 3}", lane_id=("acts", "back")[i % 2],
                            text=f"Step {i}"))
    for a in ids:
        for b in ids:
            if a != b:
                kind = "dependency" if (int(a[1:]) + int(b[1:])) % 5 == 0 else "flow"
                store.add_connection(Connection(id=f"{a}-{b}", source_id=a, target_id=b, kind=kind))
    return store


def _picture(qapp, store):
    view = offscreen_view(store, 900, 700)
    view.zoom_fit()
    qapp.processEvents()
    image = render_view(view)
    scene = view.map_scene()
    kinds = ({type(i) for i in scene.items()} & {ConnectionItem, ConnectionLayerItem})
    view.close()
    return image, kinds


# Tile by tile, the whole map at once, or tiles far smaller than the map: every segment is cut
# into many tiles' shares, dashes kept in step.
@pytest.mark.parametrize(("whole_from", "tile"), [(None, None), (0, None), (10_000, 40.0)])
def test_the_layer_draws_the_same_arrows_as_single_items(qapp, monkeypatch, whole_from, tile):
    from jmap_desktop.canvas.items import connection_layer, connection_lines

    if tile is not None:
        monkeypatch.setattr(connection_lines, "TILE", tile)
    store = web_map()
    singles, kinds = _picture(qapp, store)
    assert kinds == {ConnectionItem}
    monkeypatch.setattr(sync, "BULK_CONNECTIONS", 100)  # 132 arrows: past the threshold
    if whole_from is not None:
        monkeypatch.setattr(connection_layer, "WHOLE_FROM_TILES", whole_from)
    layered, kinds = _picture(qapp, web_map())
    assert kinds == {ConnectionLayerItem}
    arrow = QColor("#50575f")

    def dark(image, x, y):
        c = image.pixelColor(x, y)
        return abs(c.red() - arrow.red()) + abs(c.green() - arrow.green()) + abs(c.blue() - arrow.blue()) < 90

    def near(image, x, y):  # an arrow's pixel here or next to it
        return any(dark(image, x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    pixels = [(x, y) for x in range(1, 899, 2) for y in range(1, 699, 2)]
    drawn = {p for p in pixels if dark(singles, *p)}
    assert len(drawn) > 500  # the arrows are there to compare
    # The same lines: where arrows overlap, single items darken each other's soft edges and
    # the layer draws the overlap once, so a pixel may be a shade lighter, never a line missing.
    missing = sum(1 for p in drawn if not near(layered, *p))
    extra = sum(1 for p in pixels if dark(layered, *p) and not near(singles, *p))
    # Only where dashed and solid arrows overlap (the layer draws all solid ones first).
    assert missing + extra < 0.05 * len(drawn), f"{missing} missing, {extra} extra of {len(drawn)} arrow pixels"


def test_a_map_falling_below_the_threshold_gets_single_arrows_back(qapp, monkeypatch):
    monkeypatch.setattr(sync, "BULK_CONNECTIONS", 100)
    store = web_map()
    view = offscreen_view(store, 900, 700)
    scene = view.map_scene()
    assert not any(isinstance(i, ConnectionItem) for i in scene.items())
    store.remove_connections([c.id for c in store.doc.connections[:40]])  # 92 left
    qapp.processEvents()
    arrows = [i for i in scene.items() if isinstance(i, ConnectionItem)]
    assert len(arrows) == 92
    assert not any(isinstance(i, ConnectionLayerItem) for i in scene.items())
    view.close()


def _lonely_point(layout, reach: float = 8.0):
    """A point on one arrow, farther than ``reach`` from every other arrow: (connection id, x, y)."""
    from jmap_desktop.canvas.items.connection_layer import _distance

    routes = list(layout.connections.values())
    for route in routes:
        for (x0, y0), (x1, y1) in zip(route.points, route.points[1:], strict=False):
            x, y = (x0 + x1) / 2, (y0 + y1) / 2
            if all(min(_distance(x, y, a, b) for a, b in zip(o.points, o.points[1:], strict=False)) > reach
                   for o in routes if o is not route):
                return route.connection_id, x, y
    raise AssertionError("no arrow runs apart from the others")


def test_an_arrow_drawn_by_the_layer_is_clicked_selected_and_deleted_in_one_undo_step(qtbot, monkeypatch):
    """Past the threshold one layer item draws every arrow; a click on one still selects it
    (hit-tested through the layer's tiles) and Delete removes it, one step on the undo stack."""
    from PySide6.QtCore import QPointF, Qt

    from tests.canvas.driver import CanvasDriver

    store = arrow_ladder()  # a card in each of 4 x 2 cells, neighbours linked: 10 arrows apart
    monkeypatch.setattr(sync, "BULK_CONNECTIONS", 5)
    ui = CanvasDriver(qtbot, store)
    assert not any(isinstance(i, ConnectionItem) for i in ui.scene.items())
    assert any(isinstance(i, ConnectionLayerItem) for i in ui.scene.items())
    conn_id, x, y = _lonely_point(ui.scene.layout)
    ui.click(QPointF(x + 1.5, y + 1.5))  # a little off the line, as a hand clicks
    assert ui.scene.selected_connection_ids() == [conn_id]
    steps = ui.stack.count()
    ui.key(Qt.Key.Key_Delete)
    assert conn_id not in {c.id for c in store.doc.connections} and len(store.doc.connections) == 9
    assert ui.stack.count() == steps + 1
    ui.stack.undo()
    assert conn_id in {c.id for c in store.doc.connections}
    # Away from every arrow, a click selects none (and clears the selection).
    ui.click(QPointF(x + 1.5, y + 1.5))
    assert ui.scene.selected_connection_ids() == [conn_id]
    ui.click(ui.empty_spot("s3", "acts"))
    assert ui.scene.selected_connection_ids() == []
