"""The face of a sticky note — where every part of a card goes — computed once for the canvas,
the PDF poster and the SVG alike (STYLE.md principles 4 and 5).

``card_face(card, rect, lines, font_size, style)`` says what to draw and where: the paper and
its border, the kind's accent strip, the icon row's glyph slots, the text lines, the dot-vote
badge, the emotion badge and a KPI's value strip. A face is made of a few kinds of *parts*
(``Glyph``, ``Pill``, ``VoteBadge``, ``MetricFace``), each drawn by one drawer for every output
(``layout.face_drawing``): the canvas, the PDF poster, the SVG and the HTML page only supply a
surface with a handful of primitives, and none branches on a card's kind. What is particular to
a kind — its extra icons and where they sit, whether it has a value strip — lives in one place,
its entry in ``CARD_KINDS`` below; a test checks that every kind of the model has an entry and
that its face, drawn on every output's surface, puts each part in the same place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..model import Card, CardKind, EvidenceStatus, Polarity
from . import palette
from .geometry import Rect
from .metric_face import MetricFace, metric_face, missing_metric_face
from .metrics import font_metrics
from .style import LayoutStyle
from .text import is_rtl
from .vote_badge import VoteBadge, vote_badge

ICON = 10.0  # an icon slot's side: the glyph is drawn centred in it, as tall as the slot
CORNER = 3.0  # the paper's corner radius
STRIP_H = 2.5  # the kind's accent strip along the top, like the glue edge of a sticky note
STRIP_ALPHA = 0.6  # the strip is the accent blended into the paper, so it is quieter than the border
FADED_OPACITY = 0.55  # an invalidated card is drawn faded (and its lines struck through)
EMOTION_FONT = 7.5
EMOTION_H = 11.0
EMOTION_MIN_W = 18.0
EMOTION_INSET = 3.0  # the badge's distance from the card's bottom and side edges
BADGE_GAP = 2.0  # the least room between a card's text and its emotion badge
BORDER_W, TICK_BORDER_W = 1.2, 1.8  # a validated card has a firmer border
DASH = (4.0, 2.5)  # a hypothesis card's border, in points


@dataclass(frozen=True, slots=True)
class Glyph:
    """An icon in a square slot (x, y, size): drawn centred, as tall as the slot. ``tab``: the
    card has no icon row, so the icon sits on a small white disc on the card's top edge."""

    x: float
    y: float
    size: float
    text: str
    colour: str
    tab: bool = False


@dataclass(frozen=True, slots=True)
class Pill:
    """A rounded label (the emotion badge): the box, its fill, and its text centred on ``text_x``."""

    x: float
    y: float
    w: float
    h: float
    fill: str
    label: str
    font_size: float
    text_x: float
    baseline: float
    ink: str = "#ffffff"
    bold: bool = True

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.w, self.h)


@dataclass(frozen=True, slots=True)
class CardFace:
    rect: Rect
    fill: str  # paper
    accent: str  # border, strip, kind glyph
    border_w: float
    dashed: bool
    opacity: float  # 1, or FADED_OPACITY for an invalidated card
    strip: Rect
    strip_colour: str
    glyphs: tuple[Glyph, ...]
    lines: tuple[str, ...]
    font_size: float
    text_x: float  # left edge of each line, or its right edge when ``rtl``
    baseline: float  # of the first line
    line_h: float
    rtl: bool
    struck: bool  # lines struck through (invalidated), at ``strike_rise`` above the baseline
    strike_rise: float
    ink: str
    votes: VoteBadge | None
    emotion: Pill | None
    metric: MetricFace | None
    pile: Pill | None = None  # "+12": the emotion chips piled under this one

    def parts(self) -> tuple:
        """The face's parts in drawing order, after the paper, strip and text."""
        return (*self.glyphs, *(p for p in (self.votes, self.emotion, self.metric, self.pile) if p is not None))


class KindFace:
    """What a card kind adds to the common face; plain kinds add nothing."""

    metric_strip = False  # a KPI's value strip along the bottom edge

    def glyphs(self, card: Card, rect: Rect, icon_top: float, right: float, tab: bool) -> list[Glyph]:
        """Extra icons in the icon row; ``right`` is where the right-hand icons end."""
        return []

    def mark_beside_glyph(self, card: Card) -> bool:
        """True when an icon sits just right of the kind glyph (the vote badge moves past it)."""
        return False


class TouchpointFace(KindFace):
    """A touchpoint shows its channel's glyph at the right of the icon row."""

    def glyphs(self, card, rect, icon_top, right, tab):
        if card.channel is None:
            return []
        return [Glyph(right - ICON, icon_top, ICON, palette.CHANNEL_GLYPHS[card.channel],
                      palette.card_style(card.kind).accent, tab)]


class MomentFace(KindFace):
    """A moment of truth shows its polarity as a triangle beside the kind glyph."""

    def glyphs(self, card, rect, icon_top, right, tab):
        if card.polarity is None:
            return []
        positive = card.polarity == Polarity.POSITIVE
        return [Glyph(rect.x + 10 + ICON, icon_top, ICON, "▲" if positive else "▼",
                      palette.EMOTION_POSITIVE if positive else palette.EMOTION_NEGATIVE, tab)]

    def mark_beside_glyph(self, card: Card) -> bool:
        return card.polarity is not None


class MetricKindFace(KindFace):
    """A KPI card shows its value against target, direction and sparkline along the bottom."""

    metric_strip = True


CARD_KINDS: dict[CardKind, KindFace] = {
    CardKind.NOTE: KindFace(),
    CardKind.TOUCHPOINT: TouchpointFace(),
    CardKind.PAIN_POINT: KindFace(),
    CardKind.OPPORTUNITY: KindFace(),
    CardKind.MOMENT_OF_TRUTH: MomentFace(),
    CardKind.QUOTE: KindFace(),
    CardKind.METRIC: MetricKindFace(),
    CardKind.QUESTION: KindFace(),
}


def blend(colour: str, paper: str, alpha: float) -> str:
    """``colour`` at ``alpha`` over ``paper``, as an opaque colour: every output can draw it
    (ReportLab does not carry transparency into form XObjects)."""
    if alpha >= 1.0:
        return colour
    a, b = palette.hex_to_rgb(colour), palette.hex_to_rgb(paper)
    return "#" + "".join(f"{round(b[i] + alpha * (a[i] - b[i])):02x}" for i in range(3))


def signed(score: float) -> str:
    """An emotion score as printed: "+1", "0" is "+0", a true minus sign for negatives."""
    return f"{score:+g}".replace("-", "−")


def emotion_pill(score: float, right: float, bottom: float) -> Pill:
    """The emotion badge in a card's bottom-right corner (its right edge at ``right``)."""
    pill = emotion_pill_at(score, 0.0, bottom - EMOTION_INSET - EMOTION_H)
    x = right - EMOTION_INSET - pill.w
    return Pill(x, pill.y, pill.w, pill.h, pill.fill, pill.label, pill.font_size, x + pill.w / 2, pill.baseline)


def pile_pill(stacked: int, glyphs: list[Glyph], rect: Rect, icon_top: float) -> Pill:
    """The count of the chips piled under a chip ("+12"), in the icon row just left of the
    icons at its right."""
    label = f"+{stacked}"
    w = emotion_badge_w(label)
    right = min([g.x for g in glyphs if g.x > rect.x + rect.w / 2], default=rect.right - 4) - 3
    x = max(rect.x + 4 + ICON + 3, right - w)
    return Pill(x, icon_top, w, EMOTION_H, palette.MUTED_INK, label, EMOTION_FONT, x + w / 2,
                icon_top + EMOTION_H - 3)


def emotion_pill_at(score: float, x: float, y: float) -> Pill:
    """The emotion badge with its top-left corner at (x, y), as the legends show it."""
    label = signed(score)
    w = emotion_badge_w(label)
    return Pill(x, y, w, EMOTION_H, palette.emotion_colour(score), label, EMOTION_FONT, x + w / 2,
                y + EMOTION_H - 3)


@functools.lru_cache(maxsize=256)
def emotion_badge_w(label: str) -> float:
    """The emotion badge's width for its printed score (``signed``)."""
    return max(EMOTION_MIN_W, font_metrics().width(label, EMOTION_FONT, True) + 7)


def beside_badge_w(card_w: float, score: float, padding: float) -> float:
    """How far a line may run from the card's text edge (``padding`` in) toward the emotion
    badge's corner, on the rows the badge spans, and stay ``BADGE_GAP`` clear of it."""
    return card_w - padding - EMOTION_INSET - emotion_badge_w(signed(score)) - BADGE_GAP


def has_metric_strip(card: Card) -> bool:
    """True when the card shows a KPI's value strip along its bottom edge: a KPI card with a
    metric, flowed in its cell or as an emotion lane's chip (the chips' layout keeps the taller
    chip clear of the others, ``emotion_chips``)."""
    return CARD_KINDS[card.kind].metric_strip and card.metric is not None


def card_height(card: Card, lines, card_w: float, font_size: float, style: LayoutStyle) -> float:
    """How tall a flowed card of width ``card_w`` is with its wrapped ``lines``: the icon row,
    the lines, a KPI's value strip, its photo's strip, and paddings. The emotion badge sits in
    the bottom corner where lines end ragged; when the last line runs into that corner, the
    badge takes a row of its own below the text, so no renderer draws it over a word."""
    text_bottom = style.card_text_top + style.card_padding + len(lines) * _text_metrics(font_size)[1]
    strips = (style.metric_line_h if has_metric_strip(card) else 0.0) + \
        (style.photo_strip_h if shows_photo(card, font_size, style) else 0.0)
    h = text_bottom + strips + style.card_padding
    if card.emotion is not None and not strips and lines and \
            font_metrics().width(lines[-1], font_size) > beside_badge_w(card_w, card.emotion, style.card_padding):
        h = max(h, text_bottom + BADGE_GAP + EMOTION_H + EMOTION_INSET)
    return max(style.card_min_height, h)


@functools.lru_cache(maxsize=1024)
def _look(kind: CardKind, colour: str | None, status: EvidenceStatus):
    """What a card's kind, colour and evidence decide, worked out once per combination (a
    poster has thousands of cards and a handful of combinations)."""
    look = palette.card_style(kind)
    fill = palette.card_fill(kind, colour)
    return CARD_KINDS[CardKind(kind)], look, palette.EVIDENCE_STYLES[EvidenceStatus(status)], fill, \
        blend(look.accent, fill, STRIP_ALPHA)


@functools.lru_cache(maxsize=64)
def _text_metrics(size: float) -> tuple[float, float]:
    fm = font_metrics()
    return fm.ascent(size), fm.line_height(size)


def shows_photo(card: Card, font_size: float, style: LayoutStyle) -> bool:
    """True when the card shows its first photo in a strip along the bottom: the layout makes
    room for one on flowed cards (at the card font size), not on the emotion lane's chips."""
    return bool(card.photos) and font_size >= style.card_font_size


def photo_bottom(card: Card, rect: Rect, style: LayoutStyle) -> float:
    """Where a card's photo thumbnail ends: above a KPI's value strip, else near the bottom edge
    (the layout reserves ``photo_strip_h`` above it; canvas and poster put the photo there)."""
    return rect.bottom - 4 - (style.metric_line_h if has_metric_strip(card) else 0.0)


def card_face(card: Card, rect: Rect, lines, font_size: float, style: LayoutStyle,
              stacked: int = 0) -> CardFace:
    """The face of ``card`` drawn in ``rect`` with its laid-out ``lines`` at ``font_size``;
    ``stacked``: the emotion chips piled under it (the layout box's ``stacked``), counted by a
    "+N" badge in the icon row."""
    kind, look, evidence, fill, strip_colour = _look(card.kind, card.colour, card.evidence.status)
    ascent, line_h = _text_metrics(font_size)
    text_top = rect.y + style.card_padding + style.card_text_top
    # Icons sit in the icon row when the layout reserves one above the text; otherwise they
    # are small tabs on the card's top edge, so they never cover a line of text.
    tab = text_top - rect.y < ICON + 8
    icon_top = rect.y + 5 if not tab else rect.y - ICON / 2 - 1
    right = rect.right - 4
    glyphs = [Glyph(rect.x + 4, icon_top, ICON, look.glyph, look.accent, tab)]
    if evidence.tick:
        glyphs.append(Glyph(right - ICON, icon_top, ICON, evidence.glyph, palette.BLUISH_GREEN, tab))
        right -= ICON + 6
    glyphs.extend(kind.glyphs(card, rect, icon_top, right, tab))
    metric = None
    if has_metric_strip(card):
        args = (rect.x, rect.y, rect.w, rect.h, style.card_padding - 2, style.metric_line_h,
                card.emotion is not None)
        metric = metric_face(card.metric, *args) or missing_metric_face(*args)
    rtl = is_rtl(card.text)
    emotion = None
    if card.emotion is not None:
        emotion = emotion_pill(card.emotion, rect.right, rect.bottom)
        if rtl and metric is None and not shows_photo(card, font_size, style):
            # Right-to-left lines end ragged at the left, and the last one may run along the
            # bottom edge: the badge takes the free corner there, as it does at the right.
            emotion = emotion_pill_at(card.emotion, rect.x + EMOTION_INSET, emotion.y)
    return CardFace(
        rect=rect, fill=fill, accent=look.accent,
        border_w=TICK_BORDER_W if evidence.tick else BORDER_W, dashed=evidence.dashed,
        opacity=FADED_OPACITY if evidence.faded else 1.0,
        strip=Rect(rect.x + 1, rect.y + 1, rect.w - 2, STRIP_H),
        strip_colour=strip_colour, glyphs=tuple(glyphs),
        lines=tuple(lines), font_size=font_size,
        text_x=rect.right - style.card_padding if rtl else rect.x + style.card_padding,
        baseline=text_top + ascent, line_h=line_h, rtl=rtl,
        struck=evidence.faded, strike_rise=ascent * 0.32, ink=palette.INK,
        votes=vote_badge(card.votes, rect.x, icon_top - 0.5, after_mark=kind.mark_beside_glyph(card)),
        emotion=emotion,
        metric=metric,
        pile=pile_pill(stacked, glyphs, rect, icon_top) if stacked else None)
