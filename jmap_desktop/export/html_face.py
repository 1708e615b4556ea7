"""A card's face for the interactive HTML page, as data the viewer's script replays.

The page draws a card exactly as the poster and the canvas do: the face is placed by
``layout.card_face`` and drawn by ``layout.face_drawing`` on an ``OpsSurface``, which records
each primitive as a short JSON array instead of drawing it. The viewer (``data/viewer``) turns
the arrays into SVG elements, through ``setAttribute`` and ``textContent`` only, so card text
stays text. Stage and lane headers come the same way (``header_ops``), wrapped as on paper.
The face comes in pieces, so the viewer can draw the paper of every card up front,
the inside only where it can be read, and tell the parts apart (the vote badge's tooltip, the
text lines that search looks at):

    {"opacity": 0.55, "paper": [ops], "lines": [ops], "parts": [["votes", [ops]], ...]}

Ops: ``["r", x, y, w, h, fill, stroke, width, dash, radius]`` (null for no fill or stroke),
``["c", cx, cy, r, fill, stroke, width]``, ``["p", [[x, y], ...], stroke, width]`` and
``["t", x, baseline, text, size, fill, anchor, bold, strike, rtl]`` (anchor null: start). An op
ends at its last value that is not null or 0 (the viewer reads a missing one as either), and
whole numbers are written without ".0": a 5,000-card page carries some 50,000 of them.
"""

from __future__ import annotations

from ..layout import palette
from ..layout.card_face import CardFace, Glyph, Pill
from ..layout.face_drawing import draw_lines, draw_paper, draw_part
from ..layout.header_face import HeaderFace
from ..layout.metric_face import MetricFace
from ..layout.metrics import glyph_baseline_ratio
from ..layout.text import is_rtl
from ..layout.vote_badge import VoteBadge

ANCHORS = {"left": None, "center": "middle", "right": "end"}
# What the viewer calls each part: a CSS class on its group (``g.votes`` carries a tooltip).
PART_NAMES = {Glyph: "icon", Pill: "emotion", VoteBadge: "votes", MetricFace: "metric"}


def _n(value: float) -> float | int:
    value = round(value, 2)
    return int(value) if value.is_integer() else value


def _op(*values) -> list:
    values = list(values)
    while values and values[-1] in (None, 0):
        values.pop()
    return values


class OpsSurface:
    """A surface for ``layout.face_drawing`` that records what it is asked to draw."""

    def __init__(self) -> None:
        self.ops: list[list] = []

    def take(self) -> list[list]:
        ops, self.ops = self.ops, []
        return ops

    def begin_card(self, face: CardFace) -> None:
        pass  # the viewer fades the whole face (``opacity`` in the data)

    def end_card(self, face: CardFace) -> None:
        pass

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, dash=None, radius=0.0) -> None:
        self.ops.append(_op("r", _n(x), _n(y), _n(w), _n(h), fill, stroke, _n(width) if stroke else None,
                            " ".join(f"{d:g}" for d in dash) if dash else None, _n(radius)))

    def circle(self, x, y, radius, fill=None, stroke=None, width=1.0) -> None:
        self.ops.append(_op("c", _n(x), _n(y), _n(radius), fill, stroke, _n(width) if stroke else None))

    def polyline(self, points, stroke, width) -> None:
        self.ops.append(["p", [[_n(x), _n(y)] for x, y in points], stroke, _n(width)])

    def text(self, x, baseline, text, size, fill, bold=False, align="left", strike=None) -> None:
        self.ops.append(_op("t", _n(x), _n(baseline), text, _n(size), fill, ANCHORS[align], int(bold),
                            int(strike is not None), int(is_rtl(text))))

    def glyph(self, g: Glyph) -> None:
        self.ops.append(["t", _n(g.x + g.size / 2), _n(g.y + g.size / 2 + glyph_baseline_ratio() * g.size), g.text,
                         _n(g.size), g.colour, "middle"])


def face_data(face: CardFace) -> dict:
    """The face in the pieces the viewer draws (see the module docstring)."""
    s = OpsSurface()
    draw_paper(s, face)
    paper = s.take()
    draw_lines(s, face)
    lines = s.take()
    parts = []
    for part in face.parts():
        draw_part(s, part)
        parts.append([PART_NAMES.get(type(part), type(part).__name__.lower()), s.take()])
    return {"opacity": face.opacity, "paper": paper, "lines": lines, "parts": parts}


def header_ops(face: HeaderFace) -> list[list]:
    """A stage or lane header's glyph and wrapped text (``layout.header_face``), as ops."""
    s = OpsSurface()
    if face.glyph is not None:
        s.glyph(face.glyph)
    for run in face.runs:
        s.text(run.x, run.baseline, run.text, run.size, palette.MUTED_INK if run.muted else palette.INK, run.bold)
    return s.ops
