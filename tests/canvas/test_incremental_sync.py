"""After edits, drags and undo, every item sits where a fresh full layout puts it: the scene
updates only what each change touched, and that is enough."""

from PySide6.QtCore import QPointF, Qt

from jmap_desktop.layout import compute_layout


def assert_scene_matches_fresh_layout(ui) -> None:
    # An open next-card editor keeps its room in the layout, as a fresh layout with it would.
    fresh = compute_layout(ui.store.doc, pending=ui.scene.layout.pending)
    assert set(ui.scene.items_.cards) == set(fresh.cards)
    for card_id, box in fresh.cards.items():
        item = ui.scene.card_item(card_id)
        pos = item.scenePos()
        assert (round(pos.x(), 4), round(pos.y(), 4)) == (round(box.rect.x, 4), round(box.rect.y, 4)), card_id
        assert item.card_rect().height() == box.rect.h and item.box.lines == box.lines, card_id
    for lane in fresh.lanes:
        assert ui.scene.lane_item(lane.lane_id).rect().y() == lane.header.y
    for cell, rect in fresh.cells.items():
        assert ui.scene.items_.cells[cell].rect().height() == rect.h


def test_typing_a_long_text_grows_the_lane_and_moves_the_rows_below(ui):
    below = ui.card_rect("p0").y
    ui.click(ui.card_center("a0"))
    ui.key(Qt.Key.Key_Return)  # edit the focused card in place
    ui.type(" and then a very long explanation " * 6)
    ui.key(Qt.Key.Key_Return)
    assert ui.card_rect("p0").y > below
    assert_scene_matches_fresh_layout(ui)
    ui.key(Qt.Key.Key_Escape)  # no next card: its editor closes and gives its room back
    assert_scene_matches_fresh_layout(ui)
    ui.stack.undo()
    assert ui.card_rect("p0").y == below
    assert_scene_matches_fresh_layout(ui)


def test_drags_and_undo_keep_every_item_where_the_layout_puts_it(ui):
    ui.drag(ui.card_center("a1"), ui.empty_spot("s2", "l2"))
    assert_scene_matches_fresh_layout(ui)
    ui.drag(ui.card_center("e0"), ui.card_center("e0") + QPointF(0, -60))  # a higher score
    assert_scene_matches_fresh_layout(ui)
    while ui.stack.canUndo():
        ui.stack.undo()
        assert_scene_matches_fresh_layout(ui)
    ui.stack.redo()
    assert_scene_matches_fresh_layout(ui)
