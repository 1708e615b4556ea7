"""Dragging cards: between cells, within a cell, undo/redo, and Escape that cancels."""

from PySide6.QtCore import QPointF, Qt


def test_drag_a_card_to_another_cell_is_one_undo_step(ui):
    ui.drag(ui.card_center("a1"), ui.empty_spot("s2", "l1"))
    assert ui.texts("s2", "l1") == ["compare prices", "step 1"]
    assert ui.texts("s1", "l1") == ["step 0", "step 2"]
    assert ui.stack.count() == 1 and ui.stack.undoText() == "Move card"
    # The item followed the document to its new place.
    item = ui.scene.card_item("a1")
    assert item.scenePos().x() == ui.card_rect("a1").x and ui.cell_rect("s2", "l1").x < item.scenePos().x()
    ui.stack.undo()
    assert ui.texts("s1", "l1") == ["step 0", "step 1", "step 2"]
    assert ui.scene.card_item("a1").scenePos().x() < ui.cell_rect("s2", "l1").x
    ui.stack.redo()
    assert ui.texts("s2", "l1") == ["compare prices", "step 1"]


def test_drag_within_a_cell_reorders(ui):
    first = ui.card_rect("a0")
    ui.drag(ui.card_center("a2"), QPointF(first.x + 3, first.y + first.h / 2))
    assert ui.texts("s1", "l1") == ["step 2", "step 0", "step 1"]
    ui.stack.undo()
    assert ui.texts("s1", "l1") == ["step 0", "step 1", "step 2"]


def test_the_drop_marker_shows_during_a_drag_and_escape_records_nothing(ui):
    ui.drag(ui.card_center("a0"), ui.empty_spot("s3", "l1"), release=False)
    assert ui.scene.gesture.state == "translating"
    assert ui.scene.drop_marker.isVisible()
    ui.key(Qt.Key.Key_Escape)
    assert not ui.scene.drop_marker.isVisible()
    ui.release(ui.empty_spot("s3", "l1"))
    assert ui.stack.count() == 0
    assert ui.texts("s1", "l1") == ["step 0", "step 1", "step 2"]


def test_dragging_several_selected_cards_moves_them_together(ui):
    ui.click(ui.card_center("a0"))
    ui.click(ui.card_center("a2"), Qt.KeyboardModifier.ControlModifier)
    assert ui.scene.selected_card_ids() == ["a0", "a2"]
    ui.drag(ui.card_center("a2"), ui.empty_spot("s3", "l1"))
    assert ui.texts("s3", "l1") == ["step 0", "step 2"]
    assert ui.stack.count() == 1 and ui.stack.undoText() == "Move 2 cards"


def test_a_click_without_moving_changes_nothing(ui):
    ui.click(ui.card_center("a1"))
    assert ui.stack.count() == 0
    assert ui.scene.selected_card_ids() == ["a1"]
    assert ui.scene.focus_card == "a1"


def test_rubber_band_selects_cards_and_escape_clears(ui):
    r0, r2 = ui.card_rect("a0"), ui.card_rect("a2")
    start = ui.empty_spot("s1", "l1")
    ui.drag(start, QPointF(r0.x + 4, r0.y + 4), steps=8)
    assert set(ui.scene.selected_card_ids()) >= {"a2"}
    ui.key(Qt.Key.Key_Escape)
    assert ui.scene.selected_card_ids() == []
    del r2


def test_moving_an_item_reuses_the_other_items(ui):
    before = {cid: ui.scene.card_item(cid) for cid in ("a0", "b0", "p0")}
    ui.drag(ui.card_center("a1"), ui.empty_spot("s2", "l1"))
    assert all(ui.scene.card_item(cid) is item for cid, item in before.items())
