"""Zoomed out on a big map, each lane and stage still says what it is: its name on a label at
screen size."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from jmap_desktop.canvas.lane_labels import lane_labels, lane_name_shifts, stage_labels
from jmap_desktop.io import save_map
from jmap_desktop.model import Card, JourneyMap, Lane, LaneKind, Stage
from tests.ui.uidriver import grab, trigger

LANES = [("l0", "Actions", LaneKind.ACTIONS), ("l1", "Pain points", LaneKind.PAIN_POINTS),
         ("l2", "Backstage", LaneKind.BACKSTAGE)]


def _tall_map() -> JourneyMap:
    """Two stages of three lanes, 60 cards a cell: at fit the lanes' own names are specks."""
    return JourneyMap(stages=[Stage(id=f"s{i}", name=("Discover", "Buy")[i], width=600) for i in range(2)],
                      lanes=[Lane(id=i, name=n, kind=k) for i, n, k in LANES],
                      cards=[Card(id=f"c{i}{j}{k}", stage_id=f"s{i}", lane_id=lane, order=k, text=f"step {k}")
                             for i in range(2) for j, (lane, _, _) in enumerate(LANES) for k in range(60)])


def test_fit_to_window_labels_every_lane_at_screen_size_and_100_percent_needs_none(window, tmp_path, qtbot):
    path = tmp_path / "tall.jmap"
    save_map(_tall_map(), path)
    window.open_file(path)
    qtbot.wait(10)
    trigger(window, "View", "Fit to Window")
    view = window.view
    assert view.zoom() < 0.2, view.zoom()
    labels = lane_labels(view)
    assert [label.name for label in labels] == ["Actions", "Pain points", "Backstage"]
    image = grab(view)
    for label in labels:
        row = window.scene.layout.lane_box(label.lane_id).row
        top = view.mapFromScene(QPointF(0, row.y)).y()
        bottom = view.mapFromScene(QPointF(0, row.bottom)).y()
        r = label.rect
        assert top <= r.top() and r.bottom() <= bottom  # on its own lane
        assert r.right() <= view.mapFromScene(QPointF(0, 0)).x()  # left of the map, in the margin
        assert r.width() > 40 and r.height() == 18  # screen pixels, whatever the zoom
        # The label is drawn: its light paper behind the end of the name.
        paper = QColor(image.pixel(int(r.right() - 3), int(r.center().y())))
        assert min(paper.red(), paper.green(), paper.blue()) > 225, paper.name()
    stages = stage_labels(view)
    assert [(label.number, label.name) for label in stages] == [("1", "Discover"), ("2", "Buy")]
    for label in stages:  # over its own column, at the map's top
        column = window.scene.layout.stage_box(label.stage_id).column
        left = view.mapFromScene(QPointF(column.x, 0)).x()
        right = view.mapFromScene(QPointF(column.right, 0)).x()
        assert left <= label.rect.left() and label.rect.right() <= right
        assert abs(label.rect.top() - (view.mapFromScene(QPointF(0, 0)).y() + 4)) < 1
    trigger(window, "View", "Actual Size")
    assert view.zoom() == 1.0 and lane_labels(view) == [] and stage_labels(view) == []  # headers read


def test_a_tall_lanes_name_stays_at_the_top_of_the_view_while_its_middle_is_shown(window, tmp_path, qtbot):
    path = tmp_path / "tall.jmap"
    save_map(_tall_map(), path)
    window.open_file(path)
    qtbot.wait(10)
    trigger(window, "View", "Actual Size")
    view = window.view
    row = window.scene.layout.lane_box("l1").row  # "Pain points", about 1,500 units tall
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().value()
                                      + int(view.mapFromScene(QPointF(0, row.y + row.h / 2)).y()))
    top = view.mapToScene(0, 0).y()
    assert row.y + 200 < top < row.bottom - 600  # the lane's middle fills the view
    assert lane_name_shifts(view, True) == {"l1": top + window.scene.layout.style.stage_header_h - row.y}
    # The lane column just below the pinned stage row shows the name's ink, not just its tint.
    image = grab(view)
    stage_h = int(window.scene.layout.style.stage_header_h)
    header_x = int(view.mapFromScene(QPointF(0, 0)).x())
    ink = sum(1 for x in range(max(header_x, 0) + 10, header_x + 160) for y in range(stage_h, stage_h + 40)
              if sum(QColor(image.pixel(x, y)).getRgb()[:3]) < 450)
    assert ink > 30, ink
