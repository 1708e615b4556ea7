"""Drawing a laid-out journey map on a ReportLab canvas, in layout units (points, y down).

Everything is drawn from the document and the shared layout — never from the Qt scene — so the
poster puts every card exactly where the canvas does, with the same face (``layout.card_face``,
drawn by ``layout.face_drawing`` on the ``Pen``, the poster's surface, as the canvas and the SVG
draw it on theirs). ``Pen`` flips y once (PDF is y up), so the rest of this module speaks in the
layout's coordinates.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, field

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..layout import MapLayout, palette, smooth_curve
from ..layout.card_face import CardFace, Glyph, card_face, photo_bottom, shows_photo
from ..layout.face_drawing import draw_face
from ..layout.header_face import lane_header_face, stage_header_face
from ..layout.map_layout import BLUEPRINT_LABEL_SIZE
from ..layout.metrics import glyph_baseline_ratio, glyph_font
from ..layout.routes import arrow_head
from ..model import JourneyMap
from .pdf_text import aligned, placed_runs, rl_font

PHOTO_H = 32.0  # a card photo's height, as on the canvas (layout reserves photo_strip_h)
RGB = tuple[float, float, float]


@functools.lru_cache(maxsize=4096)
def colour(hex_colour: str, alpha: float = 1.0) -> RGB:
    """An opaque colour as ReportLab takes it; ``alpha`` below 1 blends it with white paper
    instead of using PDF transparency (ReportLab does not carry transparency states into form
    XObjects). A plain tuple: a ReportLab Color would also set an alpha state on every use."""
    value = hex_colour.lstrip("#")
    return tuple(1 - alpha * (1 - int(value[i:i + 2], 16) / 255) for i in (0, 2, 4))


@functools.lru_cache(maxsize=1024)
def _glyph_run(text: str, size: float) -> tuple[str, float]:
    """The font that draws an icon glyph, and its width at ``size``."""
    font = rl_font(glyph_font(text[0]))
    return font, stringWidth(text, font, size)


@dataclass
class PenState:
    """What the pens of one canvas last set on it; ``None`` (or ``UNKNOWN`` for the dash) means
    not known, so the next use sets it. Kept here rather than read from ReportLab's private
    attributes; drawing on the canvas past the pens must sit between ``saveState`` and
    ``restoreState`` (or be followed by ``Pen.forget_state``)."""

    fill: RGB | None = None
    stroke: RGB | None = None
    width: float | None = None
    dash: object = ()  # () is unknown: neither None (solid) nor any dash pattern

    def forget(self) -> None:
        self.fill = self.stroke = self.width = None
        self.dash = ()


@dataclass
class Pen:
    """A ReportLab canvas seen through the layout's y-down coordinates, offset by (dx, dy).

    Colours may be given as "#rrggbb" (blended with white by ``alpha``, for faded cards) or as
    ``colour()`` tuples. The pen sets a colour, line width or dash only when it differs from the
    one it last set (``PenState``, shared by every pen of the canvas: make the others with
    ``moved``). Between ``begin_text`` and ``end_text`` text is gathered and then drawn in one
    PDF text object, on top of the shapes drawn meanwhile: one card's text costs one text object."""

    c: object
    height: float  # content height: y_pdf = height - y
    dx: float = 0.0
    dy: float = 0.0
    alpha: float = 1.0
    state: PenState = field(default_factory=PenState)
    _batch: list | None = None

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> Pen:
        """A pen on the same canvas, offset by (dx, dy), that shares this one's state."""
        return Pen(self.c, self.height, dx, dy, state=self.state)

    def y(self, y: float) -> float:
        return self.height - (y + self.dy)

    def x(self, x: float) -> float:
        return x + self.dx

    def forget_state(self) -> None:
        """Set every colour, width and dash again on next use: a form XObject starts from the
        state of whichever page places it, not from the defaults ReportLab assumes."""
        self.state.forget()

    def rgb(self, value) -> RGB:
        """A colour as the pen draws it: "#rrggbb" blended by ``alpha``, or a ``colour()`` tuple."""
        return colour(value, self.alpha) if isinstance(value, str) else value

    def fill(self, value) -> None:
        rgb = self.rgb(value)
        if self.state.fill != rgb:
            self.c.setFillColor(rgb)
            self.state.fill = rgb

    def stroke(self, value, width: float, dash=None) -> None:
        c, state = self.c, self.state
        rgb = self.rgb(value)
        if state.stroke != rgb:
            c.setStrokeColor(rgb)
            state.stroke = rgb
        if state.width != width:
            c.setLineWidth(width)
            state.width = width
        if state.dash != dash:
            c.setDash(*dash) if dash else c.setDash()
            state.dash = dash

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, dash=None, radius=0.0):
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke, width, dash)
        if radius:
            self.c.roundRect(self.x(x), self.y(y + h), w, h, radius, stroke=int(stroke is not None),
                             fill=int(fill is not None))
        else:
            self.c.rect(self.x(x), self.y(y + h), w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def circle(self, x, y, radius, fill=None, stroke=None, width=1.0) -> None:
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke, width)
        self.c.circle(self.x(x), self.y(y), radius, stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, x0, y0, x1, y1, stroke, width=1.0, dash=None):
        self.stroke(stroke, width, dash)
        self.c.line(self.x(x0), self.y(y0), self.x(x1), self.y(y1))

    def polyline(self, points, stroke, width: float) -> None:
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            self.line(x0, y0, x1, y1, stroke, width)

    def text(self, x, baseline, text, size, fill, bold=False, align="left", strike=None) -> float:
        """Draw (or gather) one line with its baseline at (x, baseline); returns its width.
        ``strike``: a line through it this far above the baseline."""
        if not text:
            return 0.0
        width, parts = placed_runs(text, size, bold)
        left = aligned(self.x(x), width, align)
        self._put(left, self.y(baseline), parts, size, self.rgb(fill))
        if strike is not None:
            x0 = left - self.dx
            self.line(x0, baseline - strike, x0 + width, baseline - strike, fill, 0.9)
        return width

    def begin_card(self, face: CardFace) -> None:
        self.alpha = face.opacity  # an invalidated card is faded: its colours blended with white
        self.begin_text()

    def end_card(self, face: CardFace) -> None:
        self.end_text()
        self.alpha = 1.0

    def glyph(self, g: Glyph) -> None:
        """An icon centred in its slot, from the symbol fonts (as the canvas's ``draw_glyph``)."""
        font, width = _glyph_run(g.text, g.size)
        self._put(self.x(g.x + (g.size - width) / 2), self.y(g.y + g.size / 2 + glyph_baseline_ratio() * g.size),
                  ((font, g.text, 0.0),), g.size, self.rgb(g.colour))

    def _put(self, x: float, y: float, parts, size: float, rgb: RGB) -> None:
        if self._batch is not None:
            self._batch.append((x, y, parts, size, rgb))
            return
        self.fill(rgb)
        for font, s, dx in parts:
            self.c.setFont(font, size)
            self.c.drawString(x + dx, y, s)

    def begin_text(self) -> None:
        self._batch = []

    def end_text(self) -> None:
        batch, self._batch = self._batch, None
        if not batch:
            return
        t = self.c.beginText()
        current, font_now = self.state.fill, None
        # Lines of one card never overlap, so drawing them grouped by colour and size changes
        # the colour and font as seldom as possible.
        batch.sort(key=lambda item: (item[4] != current, item[4], item[3]))
        for x, y, parts, size, rgb in batch:
            if rgb != current:
                t.setFillColor(rgb)
                current = rgb
            for font, s, dx in parts:
                if font_now != (font, size):
                    t.setFont(font, size)
                    font_now = (font, size)
                t.setTextOrigin(x + dx, y)
                t.textOut(s)
        self.c.drawText(t)
        # The fill colour set inside the text object outlives it (it is graphics state), so the
        # next shape sets its colour again only when it differs.
        self.state.fill = current


def draw_map(pen: Pen, doc: JourneyMap, layout: MapLayout, photos: bool = True) -> None:
    """The grid, lanes, stages, cards, emotion curve, connections and blueprint lines;
    ``photos``: each card's first photo in the strip the layout reserves for it."""
    st = layout.style
    lanes = {ln.id: ln for ln in doc.lanes}
    stages = {s.id: s for s in doc.stages}
    grid = colour(palette.GRID_LINE)
    for r in layout.cells.values():
        pen.rect(r.x, r.y, r.w, r.h, fill=colour("#ffffff"))
        pen.line(r.right, r.y, r.right, r.bottom, grid, 0.6)
        pen.line(r.x, r.bottom, r.right, r.bottom, grid, 0.6)
    for i, box in enumerate(layout.stages, 1):
        h = box.header
        pen.rect(h.x, h.y, h.w, h.h, fill=colour(palette.HEADER_FILL))
        pen.line(h.right, h.y, h.right, h.bottom, grid, 0.6)
        stage = stages[box.stage_id]
        _runs(pen, stage_header_face(i, stage.name, stage.time_span, h, st.stage_font_size).runs)
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
        face = lane_header_face(style.glyph, style.accent, lane.name or style.label, h, st.lane_font_size,
                                lane.collapsed)
        pen.glyph(face.glyph)
        _runs(pen, face.runs)
    if layout.emotion is not None:
        _draw_emotion(pen, doc, layout)
    for line in layout.blueprint_lines:
        stroke = colour(palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY))
        pen.line(line.x0, line.y, line.x1, line.y, stroke, 1.6,
                 dash=(6, 3) if line.kind == "visibility" else None)
    cards = {c.id: c for c in doc.cards}
    for conn in doc.connections:
        route = layout.connections.get(conn.id)
        if route is not None:
            _draw_route(pen, route.points, conn.kind == "dependency")
    for line in layout.blueprint_lines:  # after the arrows: one crossing passes behind the plate
        box = line.label_box
        pen.rect(box.x, box.y, box.w, box.h, fill=colour("#ffffff"))
        pen.text(line.label_x, line.label_baseline, line.label, BLUEPRINT_LABEL_SIZE,
                 colour(palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY)), bold=True)
    for card_id, box in layout.cards.items():
        if box.visible:
            draw_card(pen, cards[card_id], box, st)
            if photos and shows_photo(cards[card_id], box.font_size, st):
                _draw_photo(pen, cards[card_id], box.rect, st)


def _draw_route(pen: Pen, points, dependency: bool) -> None:
    stroke = colour(palette.DEPENDENCY_ARROW if dependency else palette.FLOW_ARROW)
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        pen.line(x0, y0, x1, y1, stroke, 1.0, dash=(3, 2) if dependency else None)
    head = arrow_head(points)  # the canvas's and the SVG's triangle
    if head:
        pen.fill(stroke)
        path = pen.c.beginPath()
        path.moveTo(pen.x(head[0][0]), pen.y(head[0][1]))
        for x, y in head[1:]:
            path.lineTo(pen.x(x), pen.y(y))
        path.close()
        pen.c.drawPath(path, stroke=0, fill=1)


def _runs(pen: Pen, runs) -> None:
    """Header text placed by ``layout.header_face``."""
    for run in runs:
        pen.text(run.x, run.baseline, run.text, run.size, palette.MUTED_INK if run.muted else palette.INK,
                 bold=run.bold)


def draw_card(pen: Pen, card, box, st) -> None:
    """One card, as ``layout.card_face`` places its parts."""
    draw_face(pen, card_face(card, box.rect, box.lines, box.font_size, st, box.stacked))


def _draw_photo(pen: Pen, card, r, st) -> None:
    """The first photo, in the strip above a KPI's value line (where the canvas shows it)."""
    h = PHOTO_H
    bottom = photo_bottom(card, r, st)
    try:
        image = ImageReader(io.BytesIO(card.photos[0].raw()))
        iw, ih = image.getSize()
        w = min(h * iw / max(ih, 1), r.w / 2)
        pen.c.drawImage(image, pen.x(r.x + 6), pen.y(bottom), w, h, preserveAspectRatio=True,
                        anchor="sw", mask="auto")
    except Exception:  # noqa: BLE001 (a damaged photo must not stop the poster)
        pass


def _draw_emotion(pen: Pen, doc: JourneyMap, layout: MapLayout) -> None:
    emotion = layout.emotion
    r = emotion.rect
    scale = doc.emotion_scale
    for score in range(scale.min, scale.max + 1):
        y = emotion.y_for(score)
        pen.line(r.x, y, r.right, y, colour(palette.EMOTION_NEUTRAL if score == 0 else palette.GRID_LINE),
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
        pen.circle(x, y, 3.2, fill=palette.EMOTION_CURVE)


def _curve(pen: Pen, points, stroke, width: float, dashes) -> None:
    """The emotion curve's shape from the shared layout (the canvas draws the same Béziers)."""
    if len(points) < 2:
        return
    c = pen.c
    c.saveState()
    c.setStrokeColor(stroke)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setDash(list(dashes)) if dashes else c.setDash()  # the pen may have left a dash set
    path = c.beginPath()
    path.moveTo(pen.x(points[0][0]), pen.y(points[0][1]))
    for (x1, y1), (x2, y2), (x3, y3) in smooth_curve(points):
        path.curveTo(pen.x(x1), pen.y(y1), pen.x(x2), pen.y(y2), pen.x(x3), pen.y(y3))
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
