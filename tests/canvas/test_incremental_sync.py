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



def test_the_zoomed_out_overview_shows_a_card_where_it_was_dropped_and_back_after_undo(ui):
    """The overview's blocks are gathered only when it is painted: after a drop made zoomed
    in, zooming out shows the block in the new cell and none in the old; undo, the reverse."""

    def shades(*rects) -> list[tuple[int, int, int]]:
        ui.view.set_zoom(0.1)
        assert ui.scene.overview
        image = ui.view.viewport().grab().toImage()
        points = [ui.view.mapFromScene(QPointF(*r.center)) for r in rects]
        ui.view.zoom_reset()
        return [image.pixelColor(p).getRgb()[:3] for p in points]

    shades(ui.cell_rect("s1", "l1"))  # the overview painted once before the drop
    old = ui.card_rect("a2")  # the last card of its cell: its place is empty once it leaves
    ui.drag(ui.card_center("a2"), ui.empty_spot("s3", "l2"))
    assert (ui.store.card("a2").stage_id, ui.store.card("a2").lane_id) == ("s3", "l2")
    new = ui.card_rect("a2")
    # Empty cells of the two lanes show each lane's plain tint.
    at_old, at_new, tint_actions, tint_pains = shades(old, new, ui.cell_rect("s3", "l1"),
                                                      ui.cell_rect("s1", "l2"))
    assert at_old == tint_actions and at_new != tint_pains
    ui.stack.undo()
    at_old, at_new, tint_actions, tint_pains = shades(old, new, ui.cell_rect("s3", "l1"),
                                                      ui.cell_rect("s1", "l2"))
    assert at_old != tint_actions and at_new == tint_pains


def test_cards_and_cells_are_found_under_the_mouse_after_a_lane_grew_past_its_row_bounds(ui):
    """A lane's cells and cards sit in one row item and one layer item whose bounds Qt's index
    holds instead of theirs: after the lane grows far (its bounds grow with it) and pushes the
    lanes below down, a click still finds the last card of the tall cell, a card below and an
    empty cell."""
    from jmap_desktop.model import Card

    ui.store.add_cards([(Card(id=f"t{i}", stage_id="s2", lane_id="l1", text=f"note {i}"), None)
                        for i in range(40)])
    ui.scene.sync()
    assert ui.scene.layout.lane_box("l1").row.h > 1500
    assert_scene_matches_fresh_layout(ui)
    for card_id in ("t39", "p0"):
        ui.view.centerOn(ui.card_center(card_id))
        ui.click(ui.card_center(card_id))
        assert [item.card_id for item in ui.scene.selectedItems()] == [card_id]
    ui.view.centerOn(ui.empty_spot("s3", "l2"))
    ui.click(ui.empty_spot("s3", "l2"))
    assert not ui.scene.selectedItems() and ui.scene.focus_cell == ("s3", "l2")


def test_the_persona_curves_follow_a_persona_renamed_or_removed(ui):
    """Renaming a persona relabels its curve at once, and removing one of two leaves no curve
    per persona (they were kept until a score changed)."""
    from jmap_desktop.commands import UpdatePersonaCommand
    from jmap_desktop.model import Card, Persona

    for pid, name in (("p1", "Ann"), ("p2", "Bob")):
        ui.store.add_persona(Persona(id=pid, name=name))
    ui.store.add_card(Card(id="x1", stage_id="s2", lane_id="l3", text="calm", emotion=0.0, persona_id="p1"))
    ui.store.add_card(Card(id="x2", stage_id="s3", lane_id="l3", text="upset", emotion=-2.0, persona_id="p2"))
    ui.scene.sync()
    item = ui.scene.emotion_item
    assert set(ui.scene.layout.emotion.persona_curves) == {"p1", "p2"}
    assert item.persona_names["p1"] == "Ann"
    ui.scene.push(UpdatePersonaCommand(ui.store, "p1", {"name": "Anna"}))
    ui.scene.sync()
    assert item.persona_names["p1"] == "Anna"
    ui.store.remove_persona("p2")
    ui.scene.sync()
    assert ui.scene.layout.emotion.persona_curves == {}
