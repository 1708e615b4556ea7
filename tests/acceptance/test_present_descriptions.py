"""A stage's description, written in its Stage details dialog, is what the room reads under
the stage's title when the facilitator presents that stage."""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.ui.uidriver import (
    answering,
    button,
    keys,
    menu_item,
    press,
    press_enter,
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


def _content_rects(shown) -> list[QRect]:
    """Where each part of the slide shown (one column, or two) draws its stage's lanes, in
    the presentation window's pixels."""
    rects = []
    for view in shown.stack.currentWidget().views:
        layout = view.scene().layout
        top_left = view.mapTo(shown, view.mapFromScene(0, layout.lanes[0].row.y))
        bottom_right = view.mapTo(shown, view.mapFromScene(layout.width, layout.height))
        rects.append(QRect(top_left, bottom_right))
    return rects


def test_a_stage_description_is_shown_under_its_title_when_presenting_it(window):
    with answering(press_enter):  # the gallery opens on the Blank map: stages without descriptions
        trigger(window, "File", "New from Template…")
    with answering(*menu_item("Stage details…"), fill_stage_details("1 to 2 weeks", DESCRIPTION)):
        right_click(window.view, stage_header_point(window.view, "Stage 2"))
    stage = next(s for s in window.session.doc.stages if s.name == "Stage 2")
    assert (stage.time_span, stage.description) == ("1 to 2 weeks", DESCRIPTION)
    assert window.session.undo_stack.undoText() == "Edit stage details"

    press(Qt.Key.Key_F5)
    shown = _presentation()
    assert shown is not None
    caption = shown.caption
    assert caption.isVisible() and "Stage 1" in caption.text()  # the title alone: no description
    assert "· " not in caption.text()  # and no time span
    press(Qt.Key.Key_Right)
    QApplication.processEvents()
    assert caption.isVisible() and DESCRIPTION in caption.text()
    image = shown.grab().toImage()
    assert _ink(image, caption.geometry()) > 400, "the description is not drawn readably"
    views = shown.stack.currentWidget().views
    assert all(view.scene().store.doc.stages[0].id == stage.id for view in views)
    for area in _content_rects(shown):  # the stage fills the room the caption leaves
        assert shown.rect().contains(area) and not area.intersects(caption.geometry())

    press(Qt.Key.Key_Right)
    assert caption.isVisible() and "Stage 3" in caption.text() and DESCRIPTION not in caption.text()
    press(Qt.Key.Key_Escape)
    assert _presentation() is None


def test_the_templates_stages_come_with_descriptions_a_new_user_sees_when_presenting(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    press(Qt.Key.Key_F5)
    shown = _presentation()
    for stage in window.session.doc.stages:
        assert stage.description, f"the template's stage {stage.name} has no description"
        QApplication.processEvents()
        caption = shown.caption
        assert caption.isVisible() and html.escape(stage.description) in caption.text()
        image = shown.grab().toImage()
        assert _ink(image, caption.geometry()) > 400, f"{stage.name}: the description is not drawn readably"
        for area in _content_rects(shown):
            assert shown.rect().contains(area) and not area.intersects(caption.geometry())
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Escape)
