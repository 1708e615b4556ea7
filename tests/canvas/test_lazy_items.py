"""Card items exist only for the cells in view (``canvas.sync``): what a user does with cards
works the same on cards that were out of view, and the number of items stays bounded."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QUndoStack

from jmap_desktop.canvas import sync
from jmap_desktop.canvas.items.cards import CardItem
from jmap_desktop.commands import AddCardsCommand, MoveCardsCommand, RemoveCardsCommand
from jmap_desktop.model import Card, DocumentStore, Lane, LaneKind, Stage

from .driver import CanvasDriver

BUDGET = 40
CTRL = Qt.KeyboardModifier.ControlModifier


def wide_map(stages: int = 24, per_cell: int = 5) -> DocumentStore:
    """Far wider than a screen at 100 %: most of its cells start out of view."""
    store = DocumentStore()
    for i in range(stages):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i + 1}"))
    for j, kind in enumerate((LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS)):
        store.add_lane(Lane(id=f"l{j}", name=kind.value, kind=kind))
    for i in range(stages):
        for j in range(3):
            for k in range(per_cell):
                store.add_card(Card(id=f"c{i}_{j}_{k}", stage_id=f"s{i}", lane_id=f"l{j}",
                                    text=f"card {k} of stage {i + 1}"))
    return store


@pytest.fixture
def wide(qtbot, monkeypatch) -> CanvasDriver:
    monkeypatch.setattr(sync, "CARD_ITEM_BUDGET", BUDGET)
    return CanvasDriver(qtbot, wide_map(), size=(900, 600))


def _in_view(ui: CanvasDriver) -> QRectF:
    return ui.view.mapToScene(ui.view.viewport().rect()).boundingRect()


def _card_under(ui: CanvasDriver, pos: QPointF) -> str | None:
    """The card a click at ``pos`` would hit (the scene's own hit test)."""
    for item in ui.scene.items(pos):
        if isinstance(item, CardItem) and item.isVisible():
            return item.card_id
    return None


def check_items(ui: CanvasDriver) -> None:
    """Every card in view can be hit where the layout puts it; every item stands where the
    layout puts its card; there are not many more items than cards near the view."""
    scene, layout = ui.scene, ui.scene.layout
    view = _in_view(ui)
    for card_id, box in layout.cards.items():
        r = box.rect
        if box.visible and QRectF(r.x, r.y, r.w, r.h).intersects(view):
            assert _card_under(ui, QPointF(r.x + r.w / 2, r.y + r.h / 2)) == card_id
    for card_id, item in scene.items_.cards.items():
        card = ui.store.card(card_id)
        r = layout.cards[card_id].rect
        assert item.scene() is scene and item.parentItem().cell == (card.stage_id, card.lane_id)
        assert (item.scenePos().x(), item.scenePos().y()) == pytest.approx((r.x, r.y))
    near = ui.view.visible_scene_rect()
    nearby = sum(1 for box in layout.cards.values()
                 if QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h).intersects(near))
    kept = len(scene.selected_card_ids()) + 1
    assert len(scene.items_.cards) <= nearby + kept + BUDGET + 3 * 5 * 3  # a column of cells


def test_scrolling_across_the_map_keeps_items_where_the_cards_are_and_few(wide):
    assert len(wide.scene.items_.cards) < len(wide.store.doc.cards)
    bar = wide.view.horizontalScrollBar()
    step = max(1, (bar.maximum() - bar.minimum()) // 8)
    for value in [*range(bar.minimum(), bar.maximum() + 1, step), bar.maximum(), bar.minimum()]:
        bar.setValue(value)  # the user drags the scroll bar
        check_items(wide)


def test_select_all_then_delete_takes_every_card_also_those_never_in_view(wide):
    wide.click(wide.empty_spot("s0", "l0"))
    wide.key(Qt.Key.Key_A, CTRL)
    assert len(wide.scene.selected_card_ids()) == len(wide.store.doc.cards) == 24 * 3 * 5
    wide.key(Qt.Key.Key_Delete)
    assert wide.store.doc.cards == []
    assert wide.scene.items_.cards == {}


def test_arrow_keys_walk_into_cells_never_shown_and_bring_them_into_view(wide):
    wide.view.horizontalScrollBar().setValue(wide.view.horizontalScrollBar().minimum())
    wide.click(wide.card_center("c0_0_0"))
    for _ in range(5 * 23):  # along the first lane to the last stage
        wide.key(Qt.Key.Key_Right)
    focused = wide.scene.focus_card
    assert focused is not None and focused.startswith("c23_0_")
    assert wide.scene.selected_card_ids() == [focused]
    r = wide.card_rect(focused)
    assert _in_view(wide).contains(QRectF(r.x, r.y, r.w, r.h))
    assert _card_under(wide, wide.card_center(focused)) == focused
    check_items(wide)


def test_rubber_band_over_a_far_cell_selects_its_cards(wide):
    cell = wide.cell_rect("s20", "l1")
    start = QPointF(cell.x + 2, cell.y + 2)  # the cell's margin, above its first card
    wide.view.ensureVisible(QRectF(cell.x, cell.y, cell.w, cell.h), 10, 10)
    wide.drag(start, wide.empty_spot("s20", "l1"))
    assert wide.scene.selected_card_ids() == [f"c20_1_{k}" for k in range(5)]


def test_dragging_a_card_to_a_far_stage_moves_it_there(wide):
    wide.drag(wide.card_center("c1_0_0"), wide.empty_spot("s22", "l2"), steps=12)
    card = wide.store.card("c1_0_0")
    assert (card.stage_id, card.lane_id) == ("s22", "l2")
    assert _card_under(wide, wide.card_center("c1_0_0")) == "c1_0_0"
    check_items(wide)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 10_000)), min_size=1, max_size=14))
def test_items_stay_true_to_the_layout_through_scrolls_and_edits(qtbot, monkeypatch, steps):
    monkeypatch.setattr(sync, "CARD_ITEM_BUDGET", BUDGET)
    ui = CanvasDriver(qtbot, wide_map(stages=12, per_cell=3), size=(700, 500))
    for op, n in steps:
        doc = ui.store.doc
        ids = [c.id for c in doc.cards]
        stage, lane = doc.stages[n % len(doc.stages)].id, doc.lanes[n % 3].id
        if op == 0:  # scroll somewhere
            h, v = ui.view.horizontalScrollBar(), ui.view.verticalScrollBar()
            h.setValue(h.minimum() + n % (h.maximum() - h.minimum() + 1))
            v.setValue(v.minimum() + (n // 7) % (v.maximum() - v.minimum() + 1))
        elif op == 1 and ids:
            ui.scene.push(MoveCardsCommand(ui.store, [ids[n % len(ids)]], stage, lane, n % 4))
        elif op == 2:
            card = Card(stage_id=stage, lane_id=lane, text=f"new {n} " * (n % 5))
            ui.scene.push(AddCardsCommand(ui.store, [(card, n % 3)]))
        elif op == 3 and ids:
            ui.scene.push(RemoveCardsCommand(ui.store, [ids[n % len(ids)]]))
        elif op == 4 and ids:
            ui.scene.select_cards([ids[n % len(ids)], ids[(n // 3) % len(ids)]])
        check_items(ui)
    assert set(ui.scene.selected_card_ids()) <= {c.id for c in ui.store.doc.cards}
    ui.view.close()


def test_a_scene_without_a_view_gives_items_on_demand():
    scene_store = wide_map(stages=3, per_cell=1)
    from jmap_desktop.canvas import MapScene

    scene = MapScene(scene_store, QUndoStack())
    assert scene.card_item("c2_1_0") is not None and scene.card_item("nope") is None
