"""Scrolled down a map of many stages, the pinned stage row shows the header of every stage in
view, including the ones cut by the canvas's edges (only those are painted, found by bisecting
the stages: a 125-stage map painted all of them at every repaint)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from jmap_desktop.layout import palette
from jmap_desktop.model import Card, DocumentStore, Lane, LaneKind, Stage

from .driver import CanvasDriver


def wide_map() -> DocumentStore:
    store = DocumentStore()
    for i in range(30):
        store.add_stage(Stage(id=f"s{i}", name=f"Stage {i + 1}"))
    store.add_lane(Lane(id="l1", name="Actions", kind=LaneKind.ACTIONS))
    for i in range(30):  # tall cells: the map scrolls down well past the stage row
        for j in range(12):
            store.add_card(Card(id=f"c{i}-{j}", stage_id=f"s{i}", lane_id="l1", text=f"step {j}"))
    return store


def test_the_pinned_stage_row_shows_every_stage_in_view_when_scrolled_down_and_across(qtbot):
    ui = CanvasDriver(qtbot, wide_map(), size=(1000, 600))
    view, layout = ui.view, ui.scene.layout
    for fx in (0.0, 0.37, 0.81, 1.0):
        bar = view.horizontalScrollBar()
        bar.setValue(int(bar.minimum() + fx * (bar.maximum() - bar.minimum())))
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        image = view.viewport().grab().toImage()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        top = view.mapToScene(0, 0).y()
        seen = 0
        for box in layout.stages:
            # The header's blue bottom edge, where the pinned row puts it, at a point of the
            # column in view (past the pinned lane column).
            left = max(box.column.x, shown.left() + layout.style.lane_header_w + 4)
            right = min(box.column.right, shown.right() - 2)
            if right - left < 4:
                continue
            point = view.mapFromScene(QPointF((left + right) / 2, top + layout.style.stage_header_h - 1.5))
            assert QColor(image.pixel(point)) == QColor(palette.BLUE), (fx, box.stage_id)
            seen += 1
        assert seen >= 3
