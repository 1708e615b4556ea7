"""A right-click on an arrow opens the arrow's menu (solid or dashed, either end card, delete),
the same whether the arrow is its own item or drawn by the layer of a map with very many."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from jmap_desktop.canvas import sync
from jmap_desktop.canvas.items.connection_layer import ConnectionLayerItem
from jmap_desktop.canvas.items.overlays import ConnectionItem
from tests.canvas.driver import CanvasDriver
from tests.canvas.test_connection_layer import _lonely_point
from tests.factories import arrow_ladder
from tests.ui.uidriver import answering, menu_item, read_menu, right_click

ARROW_MENU = [("Flow arrow (solid)",), ("Dependency arrow (dashed)",), ("Go to source card",),
              ("Go to target card",), ("Delete",)]


@pytest.fixture(params=["single arrows", "one layer"])
def ui(request, qtbot, monkeypatch):
    if request.param == "one layer":
        monkeypatch.setattr(sync, "BULK_CONNECTIONS", 5)
    driver = CanvasDriver(qtbot, arrow_ladder())
    layered = any(isinstance(i, ConnectionLayerItem) for i in driver.scene.items())
    assert layered == (request.param == "one layer")
    return driver


def _arrow_point(ui):
    """Where a hand right-clicks an arrow (a little off its line), in the viewport."""
    conn_id, x, y = _lonely_point(ui.scene.layout)
    ui.view.centerOn(x, y)
    return conn_id, ui.view.mapFromScene(QPointF(x + 1.5, y + 1.5))


def test_right_clicking_an_arrow_offers_its_menu(ui):
    conn_id, point = _arrow_point(ui)
    paths: list[tuple[str, ...]] = []
    with answering(read_menu(paths)):
        right_click(ui.view, point)
    assert paths == ARROW_MENU
    assert ui.scene.selected_connection_ids() == [conn_id]  # the arrow the menu is about


def test_the_arrow_menu_makes_it_dashed_in_one_undo_step_and_deletes_it(ui):
    conn_id, point = _arrow_point(ui)
    steps = ui.stack.count()
    with answering(*menu_item("Dependency arrow (dashed)")):
        right_click(ui.view, point)
    assert ui.store.connection(conn_id).kind == "dependency"
    assert ui.stack.count() == steps + 1
    assert ui.scene.layout.connections[conn_id].kind == "dependency"  # drawn dashed
    ui.stack.undo()
    assert ui.store.connection(conn_id).kind == "flow"
    conn_id, point = _arrow_point(ui)
    with answering(*menu_item("Delete")):
        right_click(ui.view, point)
    assert conn_id not in {c.id for c in ui.store.doc.connections}
    assert ui.stack.count() == steps + 1
    ui.stack.undo()
    assert conn_id in {c.id for c in ui.store.doc.connections}


def test_the_arrow_menu_goes_to_either_end_card(ui):
    conn_id, point = _arrow_point(ui)
    connection = ui.store.connection(conn_id)
    with answering(*menu_item("Go to target card")):
        right_click(ui.view, point)
    assert ui.scene.selected_card_ids() == [connection.target_id]
    conn_id, point = _arrow_point(ui)  # (the view may have scrolled to the card)
    connection = ui.store.connection(conn_id)
    with answering(*menu_item("Go to source card")):
        right_click(ui.view, point)
    assert ui.scene.selected_card_ids() == [connection.source_id]
    assert not any(isinstance(i, ConnectionItem) and i.isSelected() for i in ui.scene.items())


def test_a_right_click_beside_every_arrow_gives_the_cell_menu(ui):
    paths: list[tuple[str, ...]] = []
    with answering(read_menu(paths)):
        right_click(ui.view, ui.view.mapFromScene(ui.empty_spot("s3", "acts")))
    assert ("New card here",) in paths and ("Delete",) not in paths
