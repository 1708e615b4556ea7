"""Stage and lane headers, placed once for the canvas, the poster and the SVG.

A stage header shows its number, its name wrapped onto at most two lines beside the number,
and its time span under the name when there is room. A lane header shows its kind's glyph and
its name on at most two lines (one when the lane is collapsed). ``header_lines`` is the one
wrapping rule for both, so a long name breaks at the same word on screen and on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from .card_face import Glyph
from .geometry import Rect
from .text import wrap_text

MAX_LINES = 2
LINE_STEP = 1.3  # baseline to baseline, in font sizes
STAGE_TEXT_X = 30.0  # the name starts right of the number
LANE_WRAP_ROOM = 56.0  # the glyph at the left and the collapse toggle at the right


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text with its baseline at (x, baseline); ``muted``: secondary ink."""

    x: float
    baseline: float
    text: str
    size: float
    bold: bool = False
    muted: bool = False


@dataclass(frozen=True, slots=True)
class HeaderFace:
    glyph: Glyph | None  # a lane's kind glyph
    runs: tuple[TextRun, ...]


def header_lines(text: str, width: float, size: float, bold: bool = True) -> list[str]:
    """``text`` wrapped to ``width`` on at most two lines (the second elided when it is longer)."""
    lines, _ = wrap_text(text, max(width, 10.0), size, max_lines=MAX_LINES, bold=bold)
    return lines


def stage_header_face(number: int, name: str, time_span: str, r: Rect, size: float) -> HeaderFace:
    """Number, wrapped name and (when it fits) time span of a stage header at ``r``."""
    baseline = r.y + 10 + size
    runs = [TextRun(r.x + 12, baseline, str(number), size * 0.8, bold=True, muted=True)]
    y = baseline
    for line in header_lines(name or "Untitled stage", r.w - STAGE_TEXT_X - 10, size):
        runs.append(TextRun(r.x + STAGE_TEXT_X, y, line, size, bold=True))
        y += size * LINE_STEP
    if time_span and y + 4 < r.bottom - 4:
        runs.append(TextRun(r.x + STAGE_TEXT_X, y + 1, time_span, size * 0.78, muted=True))
    return HeaderFace(None, tuple(runs))


def lane_header_face(glyph: str, accent: str, name: str, r: Rect, size: float, collapsed: bool) -> HeaderFace:
    """Kind glyph and wrapped name of a lane header at ``r`` (one line when collapsed)."""
    top = r.y + (min(r.h, 40) - size) / 2
    lines = header_lines(name, r.w - LANE_WRAP_ROOM, size)[: 1 if collapsed else MAX_LINES]
    runs = tuple(TextRun(r.x + 18 + size, top + size * (0.95 + LINE_STEP * i), line, size, bold=True)
                 for i, line in enumerate(lines))
    return HeaderFace(Glyph(r.x + 12, top - 1, size + 2, glyph, accent), runs)
