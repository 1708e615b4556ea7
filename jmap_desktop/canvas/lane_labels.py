"""Lane and stage names that stay readable when much of a big map is in view.

Zoomed out on a research-sized map (20,000 cards: the view at a few per cent), the lane headers
are a column a few pixels wide, the stage headers a row of specks and the cards coloured blocks.
The map still reads as a journey map if each lane and stage says what it is: the view then
draws each lane's glyph and name on a small label at screen size beside the lane (left of the
map when there is room, else over its left edge), and each stage's number and name over its
column at the top of the map, or of the view once the map's top is scrolled away, when the
column is wide enough on screen to hold it. They show only while the headers' own text is too
small to read (``canvas.detail``) and never in pictures painted piece by piece (PNG export),
where a label would repeat on every piece.

Closer in, a lane of a big map can be several screens tall: scrolled to its middle, its header
would show only its tinted band, its name far above. ``lane_name_shifts`` says how far down the
view draws such a header (within the lane), so the name stays at the top of the view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from ..layout import elide, palette
from ..layout.metrics import font_metrics
from .detail import text_is_legible
from .fonts import draw_glyph, draw_text

FONT_PX = 11.0  # the label's text, in screen pixels
HEIGHT_PX = 18.0
PAD_PX = 6.0
GLYPH_PX = 12.0
MIN_STAGE_PX = 28.0  # a stage column narrower than this on screen gets no label
NAME_H = 40.0  # a lane header's glyph and name sit in its first 40 units (layout.header_face)


@dataclass(frozen=True)
class LaneLabel:
    lane_id: str
    glyph: str
    name: str
    accent: str
    rect: QRectF  # in viewport pixels


@dataclass(frozen=True)
class StageLabel:
    stage_id: str
    number: str
    name: str  # elided to the column's width on screen
    rect: QRectF  # in viewport pixels


def _layout(view):
    scene = view.map_scene()
    layout = scene.layout if scene is not None else None
    return (scene, layout) if layout is not None and view.pinned_headers else (scene, None)


def lane_labels(view) -> list[LaneLabel]:
    """The labels ``view`` draws beside its lanes at its zoom ([] while the headers read)."""
    scene, layout = _layout(view)
    if layout is None or text_is_legible(layout.style.lane_font_size, view.zoom(), view.devicePixelRatioF()):
        return []
    area = QRectF(view.viewport().rect())
    map_left = view.mapFromScene(QPointF(0.0, 0.0)).x()
    fm = font_metrics()
    labels = []
    for box in layout.lanes:
        top = view.mapFromScene(QPointF(0.0, box.row.y)).y()
        bottom = view.mapFromScene(QPointF(0.0, box.row.bottom)).y()
        top, bottom = max(top, area.top()), min(bottom, area.bottom())
        if bottom - top < HEIGHT_PX + 2:
            continue  # the lane is too thin on screen (or out of view) for a label
        lane = scene.store.lane(box.lane_id)
        look = palette.lane_style(lane.kind)
        name = lane.name or look.label
        w = PAD_PX * 2 + GLYPH_PX + 4 + fm.width(name, FONT_PX, True)
        x = map_left - w - 6 if map_left - w - 6 >= 4 else max(map_left, 0.0) + 4
        labels.append(LaneLabel(lane.id, look.glyph, name, look.accent,
                                QRectF(x, (top + bottom - HEIGHT_PX) / 2, w, HEIGHT_PX)))
    return labels


def stage_labels(view) -> list[StageLabel]:
    """The labels ``view`` draws over its stage columns at its zoom ([] while the headers read)."""
    scene, layout = _layout(view)
    if layout is None or text_is_legible(layout.style.stage_font_size, view.zoom(), view.devicePixelRatioF()):
        return []
    area = QRectF(view.viewport().rect())
    top = max(view.mapFromScene(QPointF(0.0, 0.0)).y(), 0.0) + 4
    if top + HEIGHT_PX > view.mapFromScene(QPointF(0.0, layout.height)).y():
        return []  # the map is scrolled out of view
    fm = font_metrics()
    labels = []
    for number, box in enumerate(layout.stages, start=1):
        left = max(view.mapFromScene(QPointF(box.column.x, 0.0)).x(), area.left()) + 3
        right = min(view.mapFromScene(QPointF(box.column.right, 0.0)).x(), area.right()) - 3
        if right - left < MIN_STAGE_PX:
            continue
        digits = str(number)
        room = right - left - 2 * PAD_PX - fm.width(digits, FONT_PX, True) - 4
        name = scene.store.stage(box.stage_id).name
        name = elide(name, room, FONT_PX, True) if name and room > fm.width("W…", FONT_PX, True) else ""
        w = 2 * PAD_PX + fm.width(digits, FONT_PX, True) + (4 + fm.width(name, FONT_PX, True) if name else 0)
        labels.append(StageLabel(box.stage_id, digits, name, QRectF(left, top, w, HEIGHT_PX)))
    return labels


def lane_name_shifts(view, pinned_stages: bool) -> dict[str, float]:
    """Lane id -> how far down its header is drawn so its name stays in view (below the pinned
    stage row when ``pinned_stages``), for lanes whose top is scrolled above the view; {} when
    none, or when zoomed out past pinning (the labels above take over)."""
    scene, layout = _layout(view)
    if layout is None or view.zoom() < view.STICKY_MIN_ZOOM:
        return {}
    top = view.mapToScene(0, 0).y() + (layout.style.stage_header_h if pinned_stages else 0.0)
    shifts = {}
    for box in layout.lanes:
        r = box.header
        if r.y < top < r.bottom:
            down = min(top - r.y, r.h - NAME_H)  # and never past the lane's own bottom
            if down > 0:
                shifts[box.lane_id] = down
    return shifts


def _pill(painter: QPainter, r: QRectF, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(r, HEIGHT_PX / 2, HEIGHT_PX / 2)


def paint_lane_labels(painter: QPainter, view) -> None:
    """Draw ``lane_labels`` and ``stage_labels`` in viewport pixels (``painter`` in scene
    coordinates)."""
    lanes, stages = lane_labels(view), stage_labels(view)
    if not (lanes or stages):
        return
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    baseline = (HEIGHT_PX + FONT_PX * 0.72) / 2
    for label in lanes:
        r, accent = label.rect, QColor(label.accent)
        _pill(painter, r, accent)
        draw_glyph(painter, QRectF(r.x() + PAD_PX, r.y() + (HEIGHT_PX - GLYPH_PX) / 2, GLYPH_PX, GLYPH_PX),
                   label.glyph, accent)
        draw_text(painter, r.x() + PAD_PX + GLYPH_PX + 4, r.y() + baseline, label.name, FONT_PX, accent, bold=True)
    fm = font_metrics()
    for label in stages:
        r = label.rect
        _pill(painter, r, QColor(palette.BLUE))
        draw_text(painter, r.x() + PAD_PX, r.y() + baseline, label.number, FONT_PX, palette.MUTED_INK, bold=True)
        draw_text(painter, r.x() + PAD_PX + fm.width(label.number, FONT_PX, True) + 4, r.y() + baseline,
                  label.name, FONT_PX, palette.INK, bold=True)
    painter.restore()
