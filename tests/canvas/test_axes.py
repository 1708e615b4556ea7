"""Stages and lanes: reorder by dragging headers, resize a stage, collapse, delete and undo."""

from PySide6.QtCore import QPointF, Qt

from jmap_desktop.model import LaneKind


def stage_ids(ui):
    return [s.id for s in ui.store.doc.stages]


def lane_ids(ui):
    return [lane.id for lane in ui.store.doc.lanes]


def test_drag_a_stage_header_to_reorder_stages(ui):
    last = ui.scene.layout.stage_box("s3").header
    ui.drag(ui.stage_header("s1"), QPointF(last.right - 10, last.y + last.h / 2))
    assert stage_ids(ui) == ["s2", "s3", "s1"]
    assert ui.stack.undoText() == "Move stage “Discover”"
    # The header item moved to the last column.
    assert ui.scene.stage_item("s1").rect().x() == ui.scene.layout.stage_box("s1").header.x
    assert ui.scene.layout.stages[-1].stage_id == "s1"
    ui.stack.undo()
    assert stage_ids(ui) == ["s1", "s2", "s3"]


def test_drag_a_lane_header_to_reorder_lanes(ui):
    top = ui.scene.layout.lane_box("l1").header
    ui.drag(ui.lane_header("l2"), QPointF(top.x + 30, top.y + 3))
    assert lane_ids(ui) == ["l2", "l1", "l3"]
    ui.stack.undo()
    assert lane_ids(ui) == ["l1", "l2", "l3"]


def test_escape_while_reordering_records_nothing(ui):
    last = ui.scene.layout.stage_box("s3").header
    ui.drag(ui.stage_header("s1"), QPointF(last.right - 10, last.y + 10), release=False)
    ui.key(Qt.Key.Key_Escape)
    ui.release(QPointF(last.right - 10, last.y + 10))
    assert stage_ids(ui) == ["s1", "s2", "s3"] and ui.stack.count() == 0


def test_drag_the_right_edge_of_a_stage_to_resize_it(ui):
    header = ui.scene.layout.stage_box("s1").header
    old_width = ui.store.stage("s1").width
    edge = QPointF(header.right - 1, header.y + header.h / 2)
    ui.drag(edge, QPointF(header.right + 120, header.y + header.h / 2), steps=10)
    assert ui.store.stage("s1").width == old_width + 121
    assert ui.stack.count() == 1  # the whole drag is one undo step
    assert ui.scene.layout.stage_box("s2").header.x == header.right + 121
    ui.stack.undo()
    assert ui.store.stage("s1").width == old_width


def test_two_separate_resizes_are_two_undo_steps(ui):
    old_width = ui.store.stage("s1").width
    for grow in (60, 40):
        header = ui.scene.layout.stage_box("s1").header
        edge = QPointF(header.right - 1, header.y + header.h / 2)
        ui.drag(edge, QPointF(header.right - 1 + grow, header.y + header.h / 2), steps=5)
    assert ui.store.stage("s1").width == old_width + 100
    assert ui.stack.count() == 2
    ui.stack.undo()
    assert ui.store.stage("s1").width == old_width + 60


def test_the_chevron_collapses_a_lane_and_hides_its_cards(ui):
    header = ui.scene.layout.lane_box("l1").header
    ui.click(QPointF(header.right - 12, header.y + 14))
    assert ui.store.lane("l1").collapsed
    assert not ui.scene.card_item("a0").isVisible()
    ui.stack.undo()
    assert ui.scene.card_item("a0").isVisible()


def test_rename_a_stage_in_place(ui):
    ui.double_click(ui.stage_header("s2"))
    assert ui.scene.editor.active
    ui.type("Purchase")  # the old name is selected, typing replaces it
    ui.key(Qt.Key.Key_Return)
    assert ui.store.stage("s2").name == "Purchase"


def test_add_change_kind_and_delete_lanes_with_undo(ui):
    lane_id = ui.scene.add_lane(LaneKind.OPPORTUNITIES, index=1, rename=False)
    assert lane_ids(ui)[1] == lane_id and ui.scene.lane_item(lane_id) is not None
    ui.scene.set_lane_kind(lane_id, LaneKind.TOUCHPOINTS)
    assert ui.store.lane(lane_id).kind == LaneKind.TOUCHPOINTS
    ui.scene.delete_lane("l1")
    assert "l1" not in lane_ids(ui) and not ui.store.has_card("a0")
    assert ui.scene.card_item("a0") is None and ui.scene.lane_item("l1") is None
    ui.stack.undo()
    assert ui.store.has_card("a0") and ui.scene.card_item("a0") is not None
    assert ui.texts("s1", "l1") == ["step 0", "step 1", "step 2"]
    assert [c.id for c in ui.store.doc.connections] == ["k0"]


def test_delete_a_stage_takes_its_cards_and_undo_brings_them_back(ui):
    ui.scene.delete_stage("s1")
    assert stage_ids(ui) == ["s2", "s3"] and not ui.store.has_card("e0")
    ui.stack.undo()
    assert stage_ids(ui) == ["s1", "s2", "s3"] and ui.store.card("e0").emotion == 1.0


def test_the_lane_header_menu_offers_kind_collapse_and_delete(ui):
    from jmap_desktop.canvas.context_menu import build_menu

    menu = build_menu(ui.scene, ui.scene.lane_item("l2"))
    actions = {a.text(): a for a in menu.actions()}
    assert {"Rename lane", "Collapse lane", "Delete lane", "Lane kind"} <= set(actions)
    actions["Collapse lane"].trigger()
    assert ui.store.lane("l2").collapsed
    kinds = {a.text(): a for a in actions["Lane kind"].menu().actions()}
    kinds["Opportunities"].trigger()
    assert ui.store.lane("l2").kind == LaneKind.OPPORTUNITIES
