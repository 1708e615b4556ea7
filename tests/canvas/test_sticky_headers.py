"""Scrolled into the middle of a big map, stage and lane names stay in view."""

from PySide6.QtGui import QColor

from jmap_desktop.canvas.render import offscreen_view, render_view, set_zoom
from jmap_desktop.io import load_map
from jmap_desktop.io.templates import template_info
from jmap_desktop.layout import palette
from jmap_desktop.model import DocumentStore


def test_headers_are_pinned_while_scrolled(qtbot):
    view = offscreen_view(DocumentStore(load_map(template_info("b2c-online-purchase").path)), 1000, 600)
    qtbot.addWidget(view)
    set_zoom(view, 1.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    assert view._pinned_offsets() == (0.0, 0.0)
    view.verticalScrollBar().setValue(800)
    view.horizontalScrollBar().setValue(300)
    dx, dy = view._pinned_offsets()
    assert dx > 0 and dy > 0
    image = render_view(view)
    corner = QColor(image.pixel(20, 20))
    assert corner == QColor(palette.CANVAS_BACKGROUND)  # the corner where both header bands meet
    lane_bar = QColor(image.pixel(1, 300))  # a lane header's accent bar at the left edge
    assert lane_bar.lightness() < 200
    set_zoom(view, 0.2)  # the whole map in view: nothing pinned
    assert view._pinned_offsets() == (0.0, 0.0)
