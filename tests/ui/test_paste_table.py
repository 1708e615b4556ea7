"""Cells of several columns pasted on the canvas open the import dialog on the focused cell."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from jmap_desktop.ui.import_dialog import ImportDialog
from tests.canvas.driver import CanvasDriver
from tests.ui.uidriver import click_button, find_dialog

# As Excel for Windows writes it (CF_HTML fragment, styles, <col> tags, &nbsp; in empty cells).
EXCEL_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>td {mso-number-format:General}</style></head>
<body link="#0563C1"><table border=0 cellpadding=0 cellspacing=0 width=256 style='border-collapse:collapse'>
 <col width=64 span=4 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td height=20 class=xl65 width=64>Text</td><td class=xl65 width=64>Emotion</td>
  <td class=xl65 width=64>Owner</td><td class=xl65 width=64>Stage</td></tr>
 <tr height=20><td height=20>Waits for the parcel</td><td align=right>-1</td><td>Logistics</td><td>&nbsp;</td></tr>
 <tr height=20><td height=20>Unboxes with joy</td><td align=right>2</td><td>Brand</td><td>Use</td></tr>
</table></body></html>"""


def test_pasting_excel_cells_opens_the_mapping_dialog_for_the_focused_cell(window, map_file, qtbot):
    window.open_file(map_file)
    ui = CanvasDriver.over(qtbot, window.view)
    mime = QMimeData()
    mime.setHtml(EXCEL_HTML)
    mime.setText("Text\tEmotion\tOwner\tStage\r\nWaits for the parcel\t-1\tLogistics\t\r\n"
                 "Unboxes with joy\t2\tBrand\tUse\r\n")
    QGuiApplication.clipboard().setMimeData(mime)
    ui.click(ui.empty_spot("s-buy", "l-pain"))
    ui.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(window, ImportDialog)
    assert [c.currentText() for c in dialog.field_combos.values()] == ["Text", "Emotion score", "Owner", "Stage"]
    assert dialog.summary.text() == "2 new, 0 updated, 0 skipped"
    click_button(dialog.buttons)
    doc = window.session.doc
    waits = next(c for c in doc.cards if c.text == "Waits for the parcel")
    # No stage in its row: the focused cell's; no lane column: the focused cell's lane.
    assert (waits.stage_id, waits.lane_id, waits.emotion, waits.owner) == ("s-buy", "l-pain", -1, "Logistics")
    assert waits.kind == "pain_point"
    joy = next(c for c in doc.cards if c.text == "Unboxes with joy")
    assert (joy.stage_id, joy.lane_id) == ("s-use", "l-pain")
    assert window.session.undo_stack.count() == 1
    # The clipboard owns the QMimeData; left there, Python and Qt both free it at exit (segfault).
    QGuiApplication.clipboard().clear()
