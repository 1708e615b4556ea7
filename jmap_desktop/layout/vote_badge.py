"""The dot-vote badge of a card, placed once for canvas and poster alike.

A pill in the card's icon row, just right of the kind glyph (and a moment of truth's mark):
a white dot and the number of dots the card got in a workshop vote. Blue from the
colour-blind-safe palette, white text, so it reads on every paper colour and in grey print.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import palette
from .metrics import font_metrics

FONT_SIZE = 7.0
HEIGHT = 11.0
OFFSET_X = 18.0  # past the kind glyph (x + 4 .. 14)
MARK_OFFSET_X = 30.0  # and past a moment of truth's mark (x + 18 .. 27)
FILL = palette.BLUE


@dataclass(frozen=True)
class VoteBadge:
    x: float
    y: float
    w: float
    h: float
    label: str
    dot_x: float  # the white dot's square (x, y, size): drawn as a circle
    dot_y: float
    dot_size: float
    text_x: float
    baseline: float


def vote_badge(votes: int | None, card_x: float, icon_top: float, after_mark: bool = False) -> VoteBadge | None:
    """The badge for ``votes`` on a card whose icon row starts at ``icon_top``; None for none.
    ``after_mark``: the card shows a moment of truth's polarity mark beside its glyph."""
    if not votes:
        return None
    label = str(votes)
    text_w = font_metrics().width(label, FONT_SIZE, True)
    x, dot = card_x + (MARK_OFFSET_X if after_mark else OFFSET_X), 5.0
    return VoteBadge(x, icon_top, dot + text_w + 10.0, HEIGHT, label,
                     x + 3.5, icon_top + (HEIGHT - dot) / 2, dot, x + dot + 6.0, icon_top + HEIGHT - 3.0)
