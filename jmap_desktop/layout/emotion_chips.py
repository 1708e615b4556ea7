"""The emotion lane's chips in one stage: each at the height of its score, none over another.

A chip sits at its score's height, spread across the stage as before; a chip that would cover
one already placed moves sideways to a free place at the same height. On a crowded stage (a
20,000-card map puts sixty chips in one) the chips narrow so that more fit side by side, down
to ``MIN_CHIP_W``; a chip that still finds no free place joins the pile of the chip nearest its
score, which counts what it holds ("+12", ``card_face``) while the piled chips are hidden like
the cards of a collapsed lane. Sixty chips drawn over each other were a heap nobody could read
at any zoom; a pile with its count reads at every zoom, on the canvas and the poster alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Card
from .card_face import beside_badge_w, has_metric_strip
from .geometry import Rect
from .style import LayoutStyle
from .text import wrap_text

MIN_CHIP_W = 96.0  # narrower, a chip's one line would hold a word or two
GAP = 4.0  # between chips side by side


@dataclass(slots=True)
class ChipPlace:
    rect: Rect  # relative to the lane's top
    lines: list[str]
    elided: bool
    visible: bool = True
    stacked: int = 0  # chips piled under this one (hidden)


def chip_height(card: Card, st: LayoutStyle) -> float:
    """An icon row and one line; a KPI's chip also has its value strip below the line."""
    return st.emotion_chip_h + (st.metric_line_h if has_metric_strip(card) else 0.0)


def place_chips(cards: list[Card], low: float, high: float, cx: float, cw: float,
                st: LayoutStyle) -> list[ChipPlace]:
    """Where each of a stage's chips (in order) goes in the emotion lane of column (cx, cw)."""
    if not cards:
        return []
    room = cw - 2 * st.cell_padding
    widest = min(st.emotion_chip_w, room)
    best: list[ChipPlace] | None = None
    columns = max(1, int((room + GAP) // (widest + GAP)))
    while True:
        chip_w = widest if columns == 1 else min(widest, (room - GAP * (columns - 1)) / columns)
        places = _place(cards, low, high, cx + st.cell_padding, room, chip_w, st)
        hidden = sum(not p.visible for p in places)
        if best is None or hidden < sum(not p.visible for p in best):
            best = places
        columns += 1
        if hidden == 0 or (room - GAP * (columns - 1)) / columns < MIN_CHIP_W:
            return best


def _place(cards: list[Card], low: float, high: float, left: float, room: float, chip_w: float,
           st: LayoutStyle) -> list[ChipPlace]:
    neutral = (low + high) / 2
    span = st.emotion_lane_h - 2 * st.emotion_padding
    free = room - chip_w
    slots = max(1, int((room + GAP) // (chip_w + GAP)))
    xs = [left + (free * j / (slots - 1) if slots > 1 else free / 2) for j in range(slots)]
    n = len(cards)
    places: list[ChipPlace] = []
    shown: list[tuple[int, float]] = []  # (index of a visible chip, its score)
    for i, card in enumerate(cards):
        score = card.emotion if card.emotion is not None else neutral
        h = chip_height(card, st)
        y = st.emotion_padding + (high - score) / (high - low) * span - h / 2
        ideal = left + (free * i / (n - 1) if n > 1 else free / 2)  # spread across the stage
        # Wide chips spread freely; narrowed ones keep to columns, so that they pack.
        tries = sorted(xs, key=lambda x: abs(x - ideal))
        spot = next((Rect(x, y, chip_w, h) for x in ([ideal, *tries] if slots == 1 else tries)
                     if not any(_near(Rect(x, y, chip_w, h), places[j].rect) for j, _ in shown)), None)
        if spot is None:  # no free place at this height: onto the pile nearest in score
            j = min(shown, key=lambda item: (abs(item[1] - score), abs(places[item[0]].rect.y - y)))[0]
            places[j].stacked += 1
            places.append(ChipPlace(places[j].rect, [], False, visible=False))
            continue
        # The chip's one line stops short of the emotion badge in the corner beside it (a KPI's
        # badge sits in its value strip, below the line).
        text_w = chip_w - 2 * st.card_padding
        if card.emotion is not None and not has_metric_strip(card):
            text_w = min(text_w, beside_badge_w(chip_w, card.emotion, st.card_padding))
        lines, elided = wrap_text(card.text, text_w, st.emotion_font_size, 1)
        places.append(ChipPlace(spot, lines, elided))
        shown.append((i, score))
    return places


def _near(a: Rect, b: Rect) -> bool:
    """True when chip ``a`` would cover ``b`` or touch it with less than a hair between."""
    return a.x < b.right + GAP / 2 and b.x < a.right + GAP / 2 and a.y < b.bottom + 1 and b.y < a.bottom + 1
