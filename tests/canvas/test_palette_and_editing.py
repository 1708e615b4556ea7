"""Creating cards: from the palette, by double-click, from the keyboard; editing in place."""

from PySide6.QtCore import Qt

from jmap_desktop.canvas import CardPalette
from jmap_desktop.canvas.palette_widget import palette_mime
from jmap_desktop.model import CardKind, LaneKind


def test_dropping_a_card_kind_from_the_palette_creates_it_in_the_cell(ui, qtbot):
    palette = CardPalette()
    qtbot.addWidget(palette)
    entry = next(e for e in palette.entries() if e.get("kind") == "opportunity")
    assert ui.drop_mime(palette_mime(entry), ui.empty_spot("s3", "l2"))
    cards = ui.store.cell_cards("s3", "l2")
    assert [c.kind for c in cards] == [CardKind.OPPORTUNITY]
    assert ui.stack.undoText() == "Add Opportunity"
    assert ui.scene.editor.active  # ready to type its text
    ui.type("Loyalty points")
    ui.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s3", "l2") == ["Loyalty points"]
    ui.stack.undo()
    ui.stack.undo()
    assert ui.store.cell_cards("s3", "l2") == []


def test_dropping_a_lane_from_the_palette_adds_it_between_lanes(ui):
    lanes = ui.scene.layout.lanes
    between = lanes[1].header.y + 1
    ok = ui.drop_mime(palette_mime({"type": "lane", "kind": "touchpoints"}),
                      ui.lane_header("l2").__class__(40, between))
    assert ok
    kinds = [lane.kind for lane in ui.store.doc.lanes]
    assert kinds[1] == LaneKind.TOUCHPOINTS and len(kinds) == 4
    ui.key(Qt.Key.Key_Escape)  # leave the name as it is
    ui.stack.undo()
    assert len(ui.store.doc.lanes) == 3


def test_edit_in_place_commits_with_ctrl_enter_and_cancels_with_escape(ui):
    ui.double_click(ui.card_center("b0"))
    assert ui.scene.editor.active
    ui.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all in the editor
    ui.type("compare shipping")
    ui.key(Qt.Key.Key_Escape)
    assert ui.store.card("b0").text == "compare prices"
    assert ui.stack.count() == 0
    ui.scene.select_cards(["b0"])
    ui.key(Qt.Key.Key_F2)
    ui.type(" and fees")
    ui.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.store.card("b0").text == "compare prices and fees"
    assert ui.stack.undoText() == "Edit card text"
    assert not ui.scene.editor.active


def test_clicking_away_commits_the_edit(ui):
    ui.double_click(ui.card_center("b0"))
    ui.type("!")
    ui.click(ui.empty_spot("s3", "l1"))
    assert ui.store.card("b0").text == "compare prices!"


def test_typing_on_a_focused_cell_creates_cards_and_enter_starts_the_next(ui):
    ui.click(ui.empty_spot("s3", "l2"))
    assert ui.scene.focus_cell == ("s3", "l2")
    ui.type("Slow delivery")
    ui.key(Qt.Key.Key_Return)
    ui.type("No tracking")
    ui.key(Qt.Key.Key_Return)
    ui.key(Qt.Key.Key_Escape)  # the third, empty card is not created
    assert ui.texts("s3", "l2") == ["Slow delivery", "No tracking"]
    # Cards typed in a pain-point lane are pain points.
    assert {c.kind for c in ui.store.cell_cards("s3", "l2")} == {CardKind.PAIN_POINT}
    assert ui.stack.count() == 2
    ui.stack.undo()
    assert ui.texts("s3", "l2") == ["Slow delivery"]


def test_double_click_on_an_empty_cell_starts_a_card(ui):
    ui.double_click(ui.empty_spot("s3", "l1"))
    assert ui.scene.editor.active
    ui.type("Unbox")
    ui.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s3", "l1") == ["Unbox"]


def test_arrow_keys_move_focus_between_cards_and_cells(ui):
    ui.click(ui.card_center("a0"))
    ui.key(Qt.Key.Key_Right)
    assert ui.scene.focus_card == "a1"
    ui.key(Qt.Key.Key_Right)
    ui.key(Qt.Key.Key_Right)  # past the last card: on to the next stage's cell
    assert ui.scene.focus_card == "b0"
    ui.key(Qt.Key.Key_Right)
    assert ui.scene.focus_card is None and ui.scene.focus_cell == ("s3", "l1")
    ui.key(Qt.Key.Key_Down)
    assert ui.scene.focus_cell == ("s3", "l2")
    ui.key(Qt.Key.Key_Left)
    assert ui.scene.focus_card == "p0"
    ui.key(Qt.Key.Key_Return)  # Enter edits the focused card
    assert ui.scene.editor.active and ui.scene.editor.target.entity_id == "p0"


def test_insert_from_the_keyboard_after_the_focused_card(ui):
    ui.click(ui.card_center("a0"))
    ui.scene.add_card_in_focused_cell()
    ui.type("new step")
    ui.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s1", "l1") == ["step 0", "new step", "step 1", "step 2"]
