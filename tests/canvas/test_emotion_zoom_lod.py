"""The emotion lane, zoom and level of detail, highlighting, and the kind registries."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from jmap_desktop.canvas.painters import LANE_PAINTERS
from jmap_desktop.layout import palette
from jmap_desktop.layout.card_face import CARD_KINDS
from jmap_desktop.model import Card, CardKind, Channel, EvidenceStatus, LaneKind


def test_dragging_an_emotion_card_down_sets_its_score_snapped_to_the_scale(ui):
    emotion = ui.scene.layout.emotion
    start = ui.card_center("e0")
    target_y = emotion.y_for(-2) + 3  # a little off the line: the score snaps
    ui.drag(start, QPointF(start.x(), start.y() + (target_y - emotion.y_for(1))), steps=8)
    assert ui.store.card("e0").emotion == -2
    assert ui.stack.count() == 1
    ui.stack.undo()
    assert ui.store.card("e0").emotion == 1


def test_escape_during_an_emotion_drag_puts_the_card_back(ui):
    start = ui.card_center("e0")
    before = ui.scene.card_item("e0").scenePos()
    ui.drag(start, QPointF(start.x(), start.y() + 60), release=False)
    ui.key(Qt.Key.Key_Escape)
    ui.release(QPointF(start.x(), start.y() + 60))
    assert ui.store.card("e0").emotion == 1 and ui.stack.count() == 0
    assert ui.scene.card_item("e0").scenePos() == before


def test_zoom_keys_wheel_and_fit(ui):
    zooms = []
    ui.view.zoomChanged.connect(zooms.append)
    ui.key(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert ui.view.zoom() > 1.0
    ui.key(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert ui.view.zoom() == 1.0
    ui.key(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert ui.view.zoom() < 1.0
    ui.view.zoom_fit()
    assert ui.view.zoom() <= 1.0 and zooms[-1] == ui.view.zoom()


def test_zooming_about_the_cursor_keeps_the_point_under_it(ui):
    anchor = QPointF(ui.view.mapFromScene(ui.card_center("b0")))  # mid-map: room to scroll
    before = ui.view.mapToScene(anchor.toPoint())
    ui.view.set_zoom(3.0, anchor)  # large enough that the map overflows both ways
    after = ui.view.mapToScene(anchor.toPoint())
    assert abs(before.x() - after.x()) < 2 and abs(before.y() - after.y()) < 2


def test_far_zoom_switches_to_the_batched_overview(ui):
    ui.view.set_zoom(0.1)
    assert ui.scene.overview
    assert not any(layer.isVisible() for layer in ui.scene.items_.layers.values())
    assert all(item.isVisible() for item in ui.scene.items_.overviews.values())
    ui.view.zoom_reset()
    assert not ui.scene.overview and ui.scene.card_item("a0").isVisible()


def test_highlight_dims_every_other_card(ui):
    ui.scene.set_highlight({"a0", "p0"})
    assert ui.scene.card_item("a0").opacity() == 1.0
    assert ui.scene.card_item("b0").opacity() < 0.5
    ui.scene.set_highlight(None)
    assert ui.scene.card_item("b0").opacity() == 1.0


def test_every_kind_has_a_palette_entry_and_a_painter():
    assert set(palette.CARD_STYLES) == set(CardKind) == set(CARD_KINDS)
    assert set(palette.LANE_STYLES) == set(LaneKind) == set(LANE_PAINTERS)
    assert set(palette.EVIDENCE_STYLES) == set(EvidenceStatus)
    assert set(palette.CHANNEL_GLYPHS) == set(Channel)


def test_dragging_a_stages_chip_moves_the_drawn_curve_there_at_once(ui):
    # The stage also has a scored action card; the chip the user drags still sets the curve.
    ui.store.add_card(Card(id="x1", stage_id="s1", lane_id="l1", text="annoyed", emotion=-2.0))
    ui.store.add_card(Card(id="e1", stage_id="s2", lane_id="l3", text="calm", emotion=0.0))
    ui.scene.sync()
    emotion = ui.scene.layout.emotion
    start = ui.card_center("e0")
    ui.drag(start, QPointF(start.x(), start.y() + (emotion.y_for(2) - emotion.y_for(1))), steps=8)
    assert ui.store.card("e0").emotion == 2
    emotion = ui.scene.layout.emotion
    x, y = emotion.curve[0]
    assert x == ui.scene.layout.stage_box("s1").column.center[0]
    assert emotion.score_for(y) == 2
    # The window shows it at once: where the curve leaves the chip it is near the +2 line,
    # well above where the old score (+1) would have put it.
    chip = ui.scene.layout.cards["e0"].rect
    probe = QPointF(chip.right + 8, y)
    ui.view.centerOn(probe)
    image = ui.view.viewport().grab().toImage()
    top = ui.view.mapFromScene(QPointF(probe.x(), emotion.y_for(2.5)))
    bottom = ui.view.mapFromScene(QPointF(probe.x(), emotion.y_for(0.5)))
    ink = QColor(palette.EMOTION_CURVE)
    dark = [py for py in range(top.y(), bottom.y())
            if QColor(image.pixelColor(top.x(), py)).lightness() < ink.lightness() + 40]
    assert dark, "no curve drawn beside the chip"
    drawn = emotion.score_for(ui.view.mapToScene(top.x(), sum(dark) // len(dark)).y())
    assert drawn > 1.6


def test_a_stage_without_scores_leaves_a_gap_in_the_drawn_curve(ui):
    # Scores in s1 and s3 only: nothing may be drawn across the middle of s2's emotion cell.
    ui.store.add_card(Card(id="e3", stage_id="s3", lane_id="l3", text="ok", emotion=-1.0))
    ui.scene.sync()
    emotion = ui.scene.layout.emotion
    assert len(emotion.curve_runs()) == 2
    cell = ui.scene.layout.cells[("s2", "l3")]
    probe = QPointF(cell.x + cell.w / 2, cell.y)
    ui.view.centerOn(QPointF(probe.x(), cell.y + cell.h / 2))
    image = ui.view.viewport().grab().toImage()
    top = ui.view.mapFromScene(QPointF(probe.x(), emotion.y_for(1) - 4))
    bottom = ui.view.mapFromScene(QPointF(probe.x(), emotion.y_for(-1) + 4))
    ink = QColor(palette.EMOTION_CURVE)
    dark = [y for y in range(top.y(), bottom.y())
            if QColor(image.pixelColor(top.x(), y)).lightness() < ink.lightness() + 40]
    assert dark == []
