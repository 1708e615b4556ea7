"""A card's face, and a lane's header, as native PowerPoint shapes that a consultant can edit.

Everything is placed where the shared geometry says (``layout.card_face``, ``layout.header_face``),
scaled onto the slide by a ``Place``: the paper with its border (dashed for a hypothesis) and
the kind's strip, the icons in their slots, the dot-vote and emotion badges, a KPI's value,
direction and sparkline. The drawer walks the face's parts like ``layout.face_drawing`` does
for the other outputs, so a badge cannot sit elsewhere in the deck than on the poster. Unlike
the poster, the card's text is one editable text frame holding the whole text (PowerPoint
breaks it where the layout did, in the same font, size and line pitch, inside the face's text
area), not one shape a line. A card's shapes are grouped, named ``Card <id>``, so it moves as one.
"""

from __future__ import annotations

from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from ..layout import palette
from ..layout.card_face import CORNER, CardFace, Glyph, Pill
from ..layout.header_face import HeaderFace
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import MetricFace
from ..layout.metrics import FAMILIES, PRIMARY, font_metrics, glyph_font
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import VoteBadge
from ..model import Card

EMU_PER_PT = 12700
TEXT_FONT = FAMILIES[PRIMARY]  # what the layout measured lines with


@dataclass(frozen=True)
class Place:
    """Layout units onto the slide: the layout point (x0, y0) lands at (left, top) EMU, and one
    layout unit is ``scale`` points."""

    left: int
    top: int
    x0: float
    y0: float
    scale: float

    def x(self, x: float) -> int:
        return int(round(self.left + (x - self.x0) * self.scale * EMU_PER_PT))

    def y(self, y: float) -> int:
        return int(round(self.top + (y - self.y0) * self.scale * EMU_PER_PT))

    def size(self, v: float) -> int:
        return int(round(v * self.scale * EMU_PER_PT))

    def pt(self, size: float):
        return Pt(round(size * self.scale * 2) / 2)  # PowerPoint keeps half points


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _box(shapes, kind, place: Place, x: float, y: float, w: float, h: float, fill: str | None,
         line: str | None = None, line_w: float = 0.0, radius: float = 0.0, name: str = ""):
    """A rectangle (rounded by ``radius`` layout units), an oval, or a text box (kind None)."""
    args = (place.x(x), place.y(y), max(place.size(w), 1), max(place.size(h), 1))
    shape = shapes.add_textbox(*args) if kind is None else shapes.add_shape(kind, *args)
    if kind == MSO_SHAPE.ROUNDED_RECTANGLE:
        shape.adjustments[0] = min(0.5, radius / max(min(w, h), 1e-6))
    if fill is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(fill)
    elif kind is not None:  # a text box is born with neither fill nor outline
        shape.fill.background()
    if line is not None:
        shape.line.color.rgb = rgb(line)
        shape.line.width = place.pt(line_w)
    elif kind is not None:
        shape.line.fill.background()
    if kind is not None:
        shape.shadow.inherit = False
    if name:
        shape.name = name
    return shape


def _frame(shape, left=0.0, top=0.0, right=0.0, bottom=0.0, anchor=MSO_ANCHOR.TOP, wrap=False):
    frame = shape.text_frame
    frame.word_wrap = wrap
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    frame.margin_left, frame.margin_top = Emu(int(left)), Emu(int(top))
    frame.margin_right, frame.margin_bottom = Emu(int(right)), Emu(int(bottom))
    return frame


def _run(paragraph, text: str, size, colour: str, bold: bool = False, font: str = TEXT_FONT):
    run = paragraph.add_run()
    run.text = text
    run.font.size, run.font.bold, run.font.color.rgb, run.font.name = size, bold, rgb(colour), font
    return run


def _label(shapes, place: Place, x, y, w, h, text: str, size: float, colour: str, *, bold=False,
           align=PP_ALIGN.CENTER, font: str = TEXT_FONT, fill: str | None = None, radius=0.0, name=""):
    """Text centred (or aligned) in a box, on an optional rounded fill: a badge or an icon."""
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if fill is not None else None
    shape = _box(shapes, kind, place, x, y, w, h, fill, radius=radius, name=name)
    paragraph = _frame(shape, anchor=MSO_ANCHOR.MIDDLE).paragraphs[0]
    paragraph.alignment = align
    _run(paragraph, text, place.pt(size), colour, bold, font)
    return shape


class _Made:
    """A slide's shape tree that remembers the shapes added through it: a card's shapes are
    grouped once they are all made (a group works out its extents again on every addition)."""

    def __init__(self, shapes) -> None:
        self.shapes, self.made = shapes, []

    def keep(self, shape):
        self.made.append(shape)
        return shape

    def add_shape(self, *args):
        return self.keep(self.shapes.add_shape(*args))

    def add_textbox(self, *args):
        return self.keep(self.shapes.add_textbox(*args))

    def build_freeform(self, *args, **kwargs):
        return self.shapes.build_freeform(*args, **kwargs)


def add_card(shapes, card: Card, face: CardFace, place: Place, elided: bool = False):
    """The card as a group of shapes named ``Card <id>``; the paper holds the editable text
    (``elided``: the layout cut it short)."""
    inner = _Made(shapes)
    r = face.rect
    paper = _box(inner, MSO_SHAPE.ROUNDED_RECTANGLE, place, r.x, r.y, r.w, r.h, face.fill, face.accent,
                 face.border_w, CORNER, name="paper")
    if face.dashed:
        paper.line.dash_style = MSO_LINE.DASH
    ascent = font_metrics().ascent(face.font_size)
    pad = (face.text_x - r.x) if not face.rtl else (r.right - face.text_x)
    frame = _frame(paper, place.size(pad), place.size(face.baseline - ascent - r.y), place.size(pad),
                   place.size(2.0), wrap=True)
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # a text edited longer in PowerPoint shrinks
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT if face.rtl else PP_ALIGN.LEFT
    paragraph.line_spacing = place.pt(face.line_h)
    # The layout's lines, joined by line breaks, so the text wraps where it does on the poster
    # whatever font PowerPoint finds; a text the layout cut short ("…") is kept whole instead.
    for i, line in enumerate([card.text] if elided or not face.lines else face.lines):
        if i:
            paragraph.add_line_break()
        run = _run(paragraph, line, place.pt(face.font_size), palette.MUTED_INK if face.opacity < 1 else face.ink)
        if face.struck:  # python-pptx has no property for it
            run.font._rPr.set("strike", "sngStrike")
    st = face.strip
    _box(inner, MSO_SHAPE.RECTANGLE, place, st.x, st.y, st.w, st.h, face.strip_colour, name="strip")
    for part in face.parts():
        PART_SHAPES[type(part)](inner, part, place)
    group = shapes.add_group_shape(inner.made)
    group.name = f"Card {card.id}"
    return group


def _glyph(shapes, g: Glyph, place: Place) -> None:
    if g.tab:  # no icon row: the icon sits on a small white disc on the card's top edge
        r = g.size / 2 + 2
        _box(shapes, MSO_SHAPE.OVAL, place, g.x + g.size / 2 - r, g.y + g.size / 2 - r, 2 * r, 2 * r,
             "#ffffff", g.colour, 0.8)
    _label(shapes, place, g.x, g.y, g.size, g.size, g.text, g.size * 0.9, g.colour,
           font=FAMILIES.get(glyph_font(g.text), TEXT_FONT), name="icon")


def _pill(shapes, pill: Pill, place: Place) -> None:
    _label(shapes, place, pill.x, pill.y, pill.w, pill.h, pill.label, pill.font_size, pill.ink,
           bold=pill.bold, fill=pill.fill, radius=pill.h / 2, name="emotion")


def _votes(shapes, badge: VoteBadge, place: Place) -> None:
    _label(shapes, place, badge.x, badge.y, badge.w, badge.h, f"\u25cf {badge.label}", VOTE_FONT, "#ffffff",
           bold=True, fill=VOTE_FILL, radius=badge.h / 2, name="votes")


def _metric(shapes, m: MetricFace, place: Place) -> None:
    fm = font_metrics()
    ascent, h = fm.ascent(METRIC_FONT), fm.line_height(METRIC_FONT)
    w = fm.width(m.text, METRIC_FONT, True) + 4
    _label(shapes, place, m.text_x, m.baseline - ascent, w, h, m.text, METRIC_FONT, m.colour, bold=True,
           align=PP_ALIGN.LEFT, name="metric")
    if m.arrow:
        _label(shapes, place, m.arrow_x, m.baseline - ascent, fm.width(m.arrow, METRIC_FONT) + 2, h, m.arrow,
               METRIC_FONT, m.arrow_colour, align=PP_ALIGN.LEFT, name="direction")
    if m.spark:
        (x, y), rest = m.spark[0], m.spark[1:]
        builder = shapes.build_freeform(place.x(x), place.y(y), scale=1.0)
        builder.add_line_segments([(place.x(px), place.y(py)) for px, py in rest], close=False)
        line = builder.convert_to_shape()
        if isinstance(shapes, _Made):
            shapes.keep(line)
        line.name = "sparkline"
        line.fill.background()
        line.line.color.rgb = rgb(m.colour)
        line.line.width = place.pt(1.1)
        line.shadow.inherit = False


PART_SHAPES = {Glyph: _glyph, Pill: _pill, VoteBadge: _votes, MetricFace: _metric}


def add_lane_header(shapes, header: HeaderFace, r, tint: str, accent: str, name: str, place: Place):
    """A lane's header box at ``r`` with its kind glyph and its name where ``header`` puts them."""
    box = _box(shapes, MSO_SHAPE.RECTANGLE, place, r.x, r.y, r.w, r.h, tint, name=f"Lane {name}")
    if header.glyph is not None:
        _glyph(shapes, header.glyph, place)
    if header.runs:
        first = header.runs[0]
        ascent = font_metrics().ascent(first.size)
        text = _label(shapes, place, first.x, first.baseline - ascent, r.right - first.x - 6,
                      r.bottom - first.baseline + ascent - 4, name, first.size, accent, bold=True,
                      align=PP_ALIGN.LEFT)
        frame = _frame(text, wrap=True)
        frame.paragraphs[0].line_spacing = place.pt(first.size * 1.3)
    return box
