"""A stage's description, written in its Stage details dialog, is what the room reads under
the stage's title when the facilitator presents that stage."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from .user import (
    answering,
    button,
    keys,
    menu_item,
    press,
    right_click,
    stage_header_point,
    trigger,
    type_into,
)

DESCRIPTION = "She compares three shops and reads every review before she trusts one."


def _ink(image: QImage, area: QRect) -> int:
    area = area.intersected(image.rect())
    return sum(1 for y in range(area.top(), area.bottom() + 1, 2)
               for x in range(area.left(), area.right() + 1, 2)
               if image.pixelColor(x, y).lightness() < 110)


def _presentation():
    shown = [w for w in QApplication.topLevelWidgets()
             if w.accessibleName() == "Presentation" and w.isVisible()]
    return shown[0] if shown else None


def fill_stage_details(time_span: str, description: str):
    def handler(dialog) -> None:
        span = next(w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Time span")
        type_into(span, time_span)
        text = next(w for w in dialog.findChildren(QPlainTextEdit)
                    if w.accessibleName() == "Stage description")
        type_into(text, description)
        button("OK")(dialog)

    return handler


def test_a_stage_description_is_shown_under_its_title_when_presenting_it(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    with answering(*menu_item("Stage details…"), fill_stage_details("1 to 2 weeks", DESCRIPTION)):
        right_click(window.view, stage_header_point(window.view, "Consideration"))
    stage = next(s for s in window.session.doc.stages if s.name == "Consideration")
    assert (stage.time_span, stage.description) == ("1 to 2 weeks", DESCRIPTION)
    assert window.session.undo_stack.undoText() == "Edit stage details"

    press(Qt.Key.Key_F5)
    shown = _presentation()
    assert shown is not None
    caption = shown.caption
    assert caption.isHidden()  # Awareness has nothing to add to its header
    press(Qt.Key.Key_Right)
    QApplication.processEvents()
    assert caption.isVisible() and DESCRIPTION in caption.text()
    page = shown.stack.currentWidget()
    assert page.geometry().top() >= caption.geometry().bottom()  # the slide fits under it
    slide = page.views[0]
    image = shown.grab().toImage()
    assert _ink(image, caption.geometry()) > 400, "the description is not drawn readably"
    layout = slide.scene().layout  # the stage itself fills the room left under its title
    assert slide.scene().store.doc.stages[0].id == stage.id
    top_left, bottom_right = slide.mapFromScene(0, 0), slide.mapFromScene(layout.width, layout.height)
    assert slide.viewport().rect().contains(top_left) and slide.viewport().rect().contains(bottom_right)

    press(Qt.Key.Key_Right)
    assert caption.isHidden()  # Decision: no description, no caption
    press(Qt.Key.Key_Escape)
    assert _presentation() is None
