"""Connections between cards; delete, cut, copy, paste and duplicate."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from jmap_desktop.canvas.clipboard import CARDS_MIME


def handle(ui, card_id):
    r = ui.card_rect(card_id)
    return QPointF(r.x + r.w, r.y + r.h / 2)


def test_drag_from_a_card_handle_to_another_card_connects_them(ui):
    ui.drag(handle(ui, "a1"), ui.card_center("p0"))
    pairs = {(c.source_id, c.target_id) for c in ui.store.doc.connections}
    assert ("a1", "p0") in pairs
    new = next(c.id for c in ui.store.doc.connections if c.source_id == "a1")
    assert ui.scene.connection_item(new) is not None
    ui.stack.undo()
    assert ui.scene.connection_item(new) is None


def test_dropping_a_connection_on_nothing_creates_nothing(ui):
    ui.drag(handle(ui, "a1"), ui.empty_spot("s3", "l1"))
    assert len(ui.store.doc.connections) == 1 and ui.stack.count() == 0


def test_select_a_connection_and_delete_it(ui):
    route = ui.scene.layout.connections["k0"].points
    (x0, y0), (x1, y1) = route[0], route[1]
    ui.click(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
    assert ui.scene.selected_connection_ids() == ["k0"]
    ui.key(Qt.Key.Key_Delete)
    assert ui.store.doc.connections == []
    ui.stack.undo()
    assert [c.id for c in ui.store.doc.connections] == ["k0"]


def test_delete_cards_with_the_keyboard_and_undo(ui):
    ui.click(ui.card_center("a0"))
    ui.key(Qt.Key.Key_Delete)
    assert not ui.store.has_card("a0") and ui.store.doc.connections == []
    ui.stack.undo()
    assert ui.store.has_card("a0") and len(ui.store.doc.connections) == 1


def test_copy_paste_puts_json_and_text_on_the_clipboard(ui):
    ui.click(ui.card_center("a0"))
    ui.click(ui.card_center("b0"), Qt.KeyboardModifier.ControlModifier)
    ui.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME)
    assert mime.text() == "step 0\ncompare prices"
    ui.click(ui.empty_spot("s3", "l2"))
    ui.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = ui.store.cell_cards("s3", "l2")
    assert [c.text for c in pasted] == ["step 0", "compare prices"]
    assert {c.id for c in pasted}.isdisjoint({"a0", "b0"})
    # The connection between the copied cards came along, between the copies.
    ends = {(c.source_id, c.target_id) for c in ui.store.doc.connections}
    assert (pasted[0].id, pasted[1].id) in ends
    ui.stack.undo()
    assert ui.store.cell_cards("s3", "l2") == [] and len(ui.store.doc.connections) == 1


def test_cut_then_paste_moves_cards_through_the_clipboard(ui):
    ui.click(ui.card_center("a2"))
    ui.key(Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s1", "l1") == ["step 0", "step 1"]
    ui.click(ui.empty_spot("s3", "l1"))
    ui.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s3", "l1") == ["step 2"]


def test_plain_text_from_another_program_pastes_one_card_per_line(ui):
    QGuiApplication.clipboard().setText("Call support\n\nWait on hold\n")
    ui.click(ui.empty_spot("s3", "l1"))
    ui.scene.paste()
    assert ui.texts("s3", "l1") == ["Call support", "Wait on hold"]


def test_duplicate_puts_copies_right_after_the_originals(ui):
    ui.click(ui.card_center("a0"))
    ui.click(ui.card_center("a2"), Qt.KeyboardModifier.ControlModifier)
    new_ids = ui.scene.duplicate()
    assert ui.texts("s1", "l1") == ["step 0", "step 0", "step 1", "step 2", "step 2"]
    assert ui.scene.selected_card_ids() == new_ids
    assert ui.stack.undoText() == "Duplicate 2 cards"


def test_one_column_copied_from_a_spreadsheet_pastes_a_card_per_cell(ui):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()  # what Excel puts on the clipboard: HTML and tab-separated text
    mime.setHtml("<html><body><table><tr><td>Call support</td></tr><tr><td>Wait&nbsp;on hold</td></tr>"
                 "<tr><td></td></tr></table></body></html>")
    mime.setText("Call support\nWait on hold\n\n")
    QGuiApplication.clipboard().setMimeData(mime)
    ui.click(ui.empty_spot("s3", "l2"))
    ui.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts("s3", "l2") == ["Call support", "Wait on hold"]
    assert {c.kind for c in ui.store.cell_cards("s3", "l2")} == {"pain_point"}  # the lane's kind
    assert ui.stack.count() == 1
    QGuiApplication.clipboard().clear()  # the clipboard owns the QMimeData; see test_paste_table
