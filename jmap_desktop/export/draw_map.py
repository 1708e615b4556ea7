"""Drawing a laid-out journey map on a ReportLab canvas, in layout units (points, y down).

Everything is drawn from the document and the shared layout — never from the Qt scene — so the
poster puts every card exactly where the canvas does. ``Pen`` flips y once (PDF is y up), so
the rest of this module speaks in the layout's coordinates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader

from ..layout import MapLayout, is_rtl, palette, smooth_curve, wrap_text
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import metric_face
from ..layout.metrics import font_metrics
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import vote_badge
from ..model import JourneyMap
from ..model.kinds import CardKind, EvidenceStatus
from .pdf_text import draw_text

PHOTO_H = 32.0  # a card photo's height, as on the canvas (layout reserves photo_strip_h)


def colour(hex_colour: str, alpha: float = 1.0) -> Color:
    """An opaque colour; ``alpha`` below 1 blends it with white paper instead of using PDF
    transparency (ReportLab does not carry transparency states into form XObjects)."""
    c = HexColor(hex_colour)
    return Color(*(1 - alpha * (1 - v) for v in (c.red, c.green, c.blue)))


@dataclass
class Pen:
    """A ReportLab canvas seen through the layout's y-down coordinates, offset by (dx, dy)."""

    c: object
    height: float  # content height: y_pdf = height - y
    dx: float = 0.0
    dy: float = 0.0

    def y(self, y: float) -> float:
        return self.height - (y + self.dy)

    def x(self, x: float) -> float:
        return x + self.dx

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, dash=None, radius=0.0):
        c = self.c
        c.saveState()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(width)
            c.setDash(*dash) if dash else c.setDash()
        if radius:
            c.roundRect(self.x(x), self.y(y + h), w, h, radius, stroke=int(stroke is not None),
                        fill=int(fill is not None))
        else:
            c.rect(self.x(x), self.y(y + h), w, h, stroke=int(stroke is not None), fill=int(fill is not None))
        c.restoreState()

    def line(self, x0, y0, x1, y1, stroke, width=1.0, dash=None):
        c = self.c
        c.saveState()
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
        c.setDash(*dash) if dash else c.setDash()
        c.line(self.x(x0), self.y(y0), self.x(x1), self.y(y1))
        c.restoreState()

    def text(self, x, baseline, text, size, fill, bold=False, align="left"):
        self.c.setFillColor(fill)
        return draw_text(self.c, self.x(x), self.y(baseline), text, size, bold, align)


def draw_map(pen: Pen, doc: JourneyMap, layout: MapLayout, photos: bool = True) -> None:
    """The grid, lanes, stages, cards, emotion curve, connections and blueprint lines;
    ``photos``: each card's first photo in the strip the layout reserves for it."""
    st = layout.style
    lanes = {ln.id: ln for ln in doc.lanes}
    stages = {s.id: s for s in doc.stages}
    grid = colour(palette.GRID_LINE)
    ink = colour(palette.INK)
    for r in layout.cells.values():
        pen.rect(r.x, r.y, r.w, r.h, fill=colour("#ffffff"))
        pen.line(r.right, r.y, r.right, r.bottom, grid, 0.6)
        pen.line(r.x, r.bottom, r.right, r.bottom, grid, 0.6)
    for i, box in enumerate(layout.stages, 1):
        h = box.header
        pen.rect(h.x, h.y, h.w, h.h, fill=colour(palette.HEADER_FILL))
        pen.line(h.right, h.y, h.right, h.bottom, grid, 0.6)
        pen.text(h.x + 12, h.y + 28, str(i), st.stage_font_size * 0.75, colour(palette.MUTED_INK))
        name = stages[box.stage_id].name or "Untitled stage"
        pen.text(h.x + 28, h.y + 28, name, st.stage_font_size, ink, bold=True)
        span = stages[box.stage_id].time_span
        if span:
            pen.text(h.x + 28, h.y + 44, span, st.stage_font_size * 0.7, colour(palette.MUTED_INK))
    if layout.stages:
        first, last = layout.stages[0].header, layout.stages[-1].header
        pen.line(first.x, first.bottom, last.right, first.bottom, colour(palette.BLUE), 2.5)
    for box in layout.lanes:
        lane = lanes[box.lane_id]
        style = palette.lane_style(lane.kind)
        h = box.header
        pen.rect(h.x, h.y, h.w, h.h, fill=colour(lane.colour or style.tint))
        pen.rect(h.x, h.y, 4, h.h, fill=colour(style.accent))
        pen.line(h.x, h.bottom, h.right, h.bottom, grid, 0.6)
        pen.text(h.x + 14, h.y + 20, style.glyph, st.lane_font_size, colour(style.accent))
        lines, _ = wrap_text(lane.name or style.label, h.w - 44, st.lane_font_size, 2, bold=True)
        for j, line in enumerate(lines[: 1 if lane.collapsed else 2]):
            pen.text(h.x + 30, h.y + 20 + j * st.lane_font_size * 1.3, line, st.lane_font_size, ink, bold=True)
    if layout.emotion is not None:
        _draw_emotion(pen, doc, layout)
    for line in layout.blueprint_lines:
        stroke = colour(palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY))
        pen.line(line.x0, line.y, line.x1, line.y, stroke, 1.6,
                 dash=(6, 3) if line.kind == "visibility" else None)
        pen.text(line.x1 - 8, line.y - 4, line.label, 7.5, stroke, bold=True, align="right")
    cards = {c.id: c for c in doc.cards}
    for conn in doc.connections:
        route = layout.connections.get(conn.id)
        if route is not None:
            _draw_route(pen, route.points, conn.kind == "dependency")
    for card_id, box in layout.cards.items():
        if box.visible:
            draw_card(pen, cards[card_id], box, st, doc)
            if photos and cards[card_id].photos and box.font_size >= st.card_font_size:
                _draw_photo(pen, cards[card_id], box.rect, st)


def _draw_route(pen: Pen, points, dependency: bool) -> None:
    stroke = colour("#8a8f96" if dependency else "#4d5966")
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        pen.line(x0, y0, x1, y1, stroke, 1.0, dash=(3, 2) if dependency else None)
    (xa, ya), (xb, yb) = points[-2], points[-1]
    dx, dy = xb - xa, yb - ya
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    size = 5.0
    left = (xb - ux * size - uy * size * 0.6, yb - uy * size + ux * size * 0.6)
    right = (xb - ux * size + uy * size * 0.6, yb - uy * size - ux * size * 0.6)
    c = pen.c
    c.saveState()
    c.setFillColor(stroke)
    path = c.beginPath()
    path.moveTo(pen.x(xb), pen.y(yb))
    path.lineTo(pen.x(left[0]), pen.y(left[1]))
    path.lineTo(pen.x(right[0]), pen.y(right[1]))
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def draw_card(pen: Pen, card, box, st, doc: JourneyMap) -> None:
    r = box.rect
    kind = palette.card_style(card.kind)
    evidence = palette.EVIDENCE_STYLES[EvidenceStatus(card.evidence.status)]
    fill_alpha = 0.45 if evidence.faded else 1.0
    accent = colour(kind.accent, 0.55 if evidence.faded else 1.0)
    pen.rect(r.x, r.y, r.w, r.h, fill=colour(palette.card_fill(card.kind, card.colour), fill_alpha),
             stroke=accent, width=1.6 if evidence.tick else 1.1,
             dash=(4, 2.5) if evidence.dashed else None, radius=3)
    pen.rect(r.x + 1, r.y + 1, r.w - 2, 3, fill=accent)
    icon = 8.5
    pen.text(r.x + 6, r.y + 15, kind.glyph, icon, accent)
    right = r.right - 6
    if evidence.tick:
        right -= pen.text(right, r.y + 15, evidence.glyph, icon + 1, colour(palette.BLUISH_GREEN), align="right") + 3
    if card.kind == CardKind.TOUCHPOINT and card.channel:
        pen.text(right, r.y + 15, palette.CHANNEL_GLYPHS[card.channel], icon, accent, align="right")
    if card.kind == CardKind.MOMENT_OF_TRUTH and card.polarity:
        mark = "▲" if card.polarity == "positive" else "▼"
        pen.text(r.x + 18, r.y + 15, mark, icon, colour(palette.emotion_colour(1 if mark == "▲" else -1)))
    mark = card.kind == CardKind.MOMENT_OF_TRUTH and bool(card.polarity)
    badge = vote_badge(card.votes, r.x, r.y + 4.5, after_mark=mark)  # workshop dots, as on the canvas
    if badge is not None:
        pen.rect(badge.x, badge.y, badge.w, badge.h, fill=colour(VOTE_FILL), radius=badge.h / 2)
        pen.rect(badge.dot_x, badge.dot_y, badge.dot_size, badge.dot_size, fill=colour("#ffffff"),
                 radius=badge.dot_size / 2)
        pen.text(badge.text_x, badge.baseline, badge.label, VOTE_FONT, colour("#ffffff"), bold=True)
    fm = font_metrics()
    line_h = fm.line_height(box.font_size)
    ink = colour(palette.MUTED_INK if evidence.faded else palette.INK)
    top = r.y + st.card_text_top + st.card_padding - 2 if box.font_size >= st.card_font_size else r.y + st.card_text_top + 4
    rtl = is_rtl(card.text)
    for i, line in enumerate(box.lines):
        base = top + fm.ascent(box.font_size) + i * line_h
        x = r.right - st.card_padding if rtl else r.x + st.card_padding
        width = pen.text(x, base, line, box.font_size, ink, align="right" if rtl else "left")
        if evidence.faded and line:
            x0 = x - width if rtl else x
            pen.line(x0, base - box.font_size * 0.3, x0 + width, base - box.font_size * 0.3, ink, 0.7)
    if card.kind == CardKind.METRIC and card.metric and box.font_size >= st.card_font_size:
        _draw_metric(pen, card, r, st, colour(kind.accent))
    if card.emotion is not None:
        label = f"{card.emotion:+g}".replace("-", "−")
        w = 20.0
        pen.rect(r.right - w - 4, r.bottom - 13, w, 10, fill=colour(palette.emotion_colour(card.emotion)), radius=4)
        pen.text(r.right - 4 - w / 2, r.bottom - 5.5, label, 6.5, colour("#ffffff"), bold=True, align="center")


def _draw_photo(pen: Pen, card, r, st) -> None:
    """The first photo, in the strip above a KPI's value line (where the canvas shows it)."""
    h = PHOTO_H
    bottom = r.bottom - 4 - (st.metric_line_h if card.kind == CardKind.METRIC and card.metric else 0.0)
    try:
        image = ImageReader(io.BytesIO(card.photos[0].raw()))
        iw, ih = image.getSize()
        w = min(h * iw / max(ih, 1), r.w / 2)
        pen.c.drawImage(image, pen.x(r.x + 6), pen.y(bottom), w, h, preserveAspectRatio=True,
                        anchor="sw", mask="auto")
    except Exception:  # noqa: BLE001 (a damaged photo must not stop the poster)
        pass


def _draw_metric(pen: Pen, card, r, st, accent) -> None:
    """Value against target, direction and sparkline, where ``layout.metric_face`` puts them
    (the canvas's MetricPainter draws the same face)."""
    face = metric_face(card.metric, r.x, r.y, r.w, r.h, st.card_padding - 2, st.metric_line_h,
                       card.emotion is not None)
    if face is None:
        pen.text(r.x + st.card_padding, r.bottom - 7, "—", METRIC_FONT, accent, bold=True)
        return
    pen.text(face.text_x, face.baseline, face.text, METRIC_FONT, accent, bold=True)
    if face.arrow:
        pen.text(face.arrow_x, face.baseline, face.arrow, METRIC_FONT, colour(face.arrow_colour))
    for (x0, y0), (x1, y1) in zip(face.spark, face.spark[1:], strict=False):
        pen.line(x0, y0, x1, y1, accent, 1.1)
    if face.spark:
        x, y = face.spark[-1]
        pen.rect(x - 1.8, y - 1.8, 3.6, 3.6, fill=colour(face.arrow_colour), radius=1.8)


def _draw_emotion(pen: Pen, doc: JourneyMap, layout: MapLayout) -> None:
    emotion = layout.emotion
    r = emotion.rect
    scale = doc.emotion_scale
    for score in range(scale.min, scale.max + 1):
        y = emotion.y_for(score)
        pen.line(r.x, y, r.right, y, colour("#8a8f96" if score == 0 else "#d0d4da"),
                 0.8 if score == 0 else 0.5, dash=(3, 3))
        pen.text(r.x + 3, y - 2, f"{score:+d}" if score else "0", 6, colour(palette.MUTED_INK))
    names = {p.id: p.name for p in doc.personas}
    for i, (persona_id, points) in enumerate(emotion.persona_curves.items()):
        hex_colour, dashes = palette.PERSONA_CURVES[i % len(palette.PERSONA_CURVES)]
        for run in emotion.persona_runs(persona_id):
            _curve(pen, run, colour(hex_colour), 1.8, dashes)
        if points:
            pen.text(points[-1][0] + 6, points[-1][1] + 3, names.get(persona_id, ""), 8, colour(hex_colour), bold=True)
    for run in emotion.curve_runs():  # a gap over stages without any score
        _curve(pen, run, colour(palette.EMOTION_CURVE), 2.6, None)
    for x, y in emotion.curve:
        pen.c.setFillColor(colour(palette.EMOTION_CURVE))
        pen.c.circle(pen.x(x), pen.y(y), 3.2, stroke=0, fill=1)


def _curve(pen: Pen, points, stroke, width: float, dashes) -> None:
    """The emotion curve's shape from the shared layout (the canvas draws the same Béziers)."""
    if len(points) < 2:
        return
    c = pen.c
    c.saveState()
    c.setStrokeColor(stroke)
    c.setLineWidth(width)
    c.setLineCap(1)
    if dashes:
        c.setDash(list(dashes))
    path = c.beginPath()
    path.moveTo(pen.x(points[0][0]), pen.y(points[0][1]))
    for (x1, y1), (x2, y2), (x3, y3) in smooth_curve(points):
        path.curveTo(pen.x(x1), pen.y(y1), pen.x(x2), pen.y(y2), pen.x(x3), pen.y(y3))
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
