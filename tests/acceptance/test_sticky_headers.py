"""Scrolled into the middle of a big map, stage and lane names stay in view: the stage row
stays at the top and the lane column at the left of the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractSlider

from jmap_desktop.layout import palette
from tests.ui.uidriver import answering, grab, keys, trigger


def _scroll(bar, steps: int) -> None:
    """Clicks on the scroll bar's track, below or right of its handle."""
    for _ in range(steps):
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)


def test_stage_and_lane_headers_stay_in_view_while_scrolled(window):
    with answering(keys(Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)):  # B2C purchase
        trigger(window, "File", "New from Template…")
    trigger(window, "View", "Actual Size")
    view = window.view
    _scroll(view.verticalScrollBar(), 2)
    _scroll(view.horizontalScrollBar(), 1)
    assert view.verticalScrollBar().value() > 200 and view.horizontalScrollBar().value() > 100
    image = grab(view)
    style = window.scene.layout.style
    # The stage row: header paper with its blue rule along the bottom, at the top of the canvas.
    x = image.width() // 2
    assert QColor(image.pixel(x, 6)) == QColor(palette.HEADER_FILL)
    rule = QColor(image.pixel(x, round(style.stage_header_h) - 2))
    assert rule == QColor(palette.BLUE), rule.name()
    # The lane column: each lane's accent bar runs down the left edge.
    assert QColor(image.pixel(1, image.height() // 2)).lightness() < 200
    # Where both meet, the corner is the canvas background (no name drawn over another).
    assert QColor(image.pixel(20, 20)) == QColor(window.scene.scheme.background)
