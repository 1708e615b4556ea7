"""How a card face is drawn, written once for every output (STYLE.md principle 5).

``layout.card_face`` says where each part of a card goes; this module says how each part is
drawn, in a handful of primitives that every output provides on its *surface*: the canvas
(``canvas.painters.ScreenSurface`` over a QPainter), the PDF poster (``export.draw_map.Pen``),
the SVG (``export.svg_export.SvgSurface``) and the interactive HTML page
(``export.html_face.OpsSurface``, replayed by the viewer's script). An output draws a card with
``draw_face(surface, face)``; it never branches on a card's kind, and it has no drawing of its
own for a badge or an icon, so a badge cannot look different on paper than on screen.

A surface works in the layout's units, y down. Colours are "#rrggbb".
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .card_face import CORNER, DASH, CardFace, Glyph, Pill
from .metric_face import FONT_SIZE as METRIC_FONT
from .metric_face import MetricFace
from .vote_badge import FILL as VOTE_FILL
from .vote_badge import FONT_SIZE as VOTE_FONT
from .vote_badge import VoteBadge

WHITE = "#ffffff"


@runtime_checkable
class Surface(Protocol):
    """What an output gives the face drawers; see the module docstring."""

    def begin_card(self, face: CardFace) -> None:
        """Before a card: an invalidated card (``face.opacity`` < 1) is drawn faded toward white
        paper; an output may also prepare its own touches (the screen's drop shadow)."""

    def end_card(self, face: CardFace) -> None:
        """After a card's last part."""

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None, stroke: str | None = None,
             width: float = 1.0, dash: tuple[float, float] | None = None, radius: float = 0.0) -> None:
        """A rectangle (rounded by ``radius``), filled and/or outlined; ``dash`` in points."""

    def circle(self, x: float, y: float, radius: float, fill: str | None = None, stroke: str | None = None,
               width: float = 1.0) -> None:
        """A circle centred on (x, y)."""

    def polyline(self, points, stroke: str, width: float) -> None:
        """An open line through ``points``."""

    def text(self, x: float, baseline: float, text: str, size: float, fill: str, bold: bool = False,
             align: str = "left", strike: float | None = None) -> None:
        """One line with its baseline at (x, baseline); ``align``: left, center or right of x;
        ``strike``: a line through the text this far above the baseline (invalidated cards)."""

    def glyph(self, g: Glyph) -> None:
        """An icon centred in its square slot, as tall as the slot, from the symbol fonts."""


def draw_face(s: Surface, face: CardFace) -> None:
    """A card at full detail: paper, the kind's strip, the wrapped lines, then its parts."""
    s.begin_card(face)
    draw_paper(s, face)
    draw_lines(s, face)
    for part in face.parts():
        draw_part(s, part)
    s.end_card(face)


def draw_paper(s: Surface, face: CardFace) -> None:
    """The paper with its border (dashed for a hypothesis), and the kind's strip along the top."""
    r = face.rect
    s.rect(r.x, r.y, r.w, r.h, fill=face.fill, stroke=face.accent, width=face.border_w,
           dash=DASH if face.dashed else None, radius=CORNER)
    st = face.strip
    s.rect(st.x, st.y, st.w, st.h, fill=face.strip_colour)


def draw_lines(s: Surface, face: CardFace) -> None:
    """The card's text as the layout wrapped it (struck through when invalidated)."""
    strike = face.strike_rise if face.struck else None
    align = "right" if face.rtl else "left"
    y = face.baseline
    for line in face.lines:
        s.text(face.text_x, y, line, face.font_size, face.ink, align=align, strike=strike)
        y += face.line_h


def draw_part(s: Surface, part) -> None:
    PART_DRAWERS[type(part)](s, part)


def draw_glyph(s: Surface, g: Glyph) -> None:
    if g.tab:  # no icon row: the icon sits on a small white disc on the card's top edge
        s.circle(g.x + g.size / 2, g.y + g.size / 2, g.size / 2 + 2, fill=WHITE, stroke=g.colour, width=0.8)
    s.glyph(g)


def draw_pill(s: Surface, pill: Pill) -> None:
    s.rect(pill.x, pill.y, pill.w, pill.h, fill=pill.fill, radius=pill.h / 2)
    s.text(pill.text_x, pill.baseline, pill.label, pill.font_size, pill.ink, bold=pill.bold, align="center")


def draw_votes(s: Surface, badge: VoteBadge) -> None:
    s.rect(badge.x, badge.y, badge.w, badge.h, fill=VOTE_FILL, radius=badge.h / 2)
    half = badge.dot_size / 2
    s.circle(badge.dot_x + half, badge.dot_y + half, half, fill=WHITE)
    s.text(badge.text_x, badge.baseline, badge.label, VOTE_FONT, WHITE, bold=True)


def draw_metric(s: Surface, m: MetricFace) -> None:
    """A KPI's value against target, its direction and its sparkline (``layout.metric_face``)."""
    s.text(m.text_x, m.baseline, m.text, METRIC_FONT, m.colour, bold=True)
    if m.arrow:
        s.text(m.arrow_x, m.baseline, m.arrow, METRIC_FONT, m.arrow_colour)
    if m.spark:
        s.polyline(m.spark, m.colour, 1.1)
        x, y = m.spark[-1]
        s.circle(x, y, 1.8, fill=m.arrow_colour)


# One drawer per kind of part a face can hold, for every output alike; a test checks that every
# card kind's face is made only of parts found here.
PART_DRAWERS = {Glyph: draw_glyph, Pill: draw_pill, VoteBadge: draw_votes, MetricFace: draw_metric}
