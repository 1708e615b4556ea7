"""Card and lane painters: one registry, keyed by kind (STYLE.md principle 5).

Colours, labels and glyphs come from the Qt-free ``jmap_desktop.layout.palette`` shared with the
poster; this module turns them into QPainter calls. A card kind with something extra to show
(a touchpoint's channel, a metric's value, a moment of truth's polarity) has a painter subclass
overriding ``decorate``; a test checks that every CardKind and LaneKind has a painter here.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..layout import is_rtl, palette
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import metric_face
from ..layout.style import LayoutStyle
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import vote_badge
from ..model import Card, CardKind, EvidenceStatus, LaneKind, Polarity
from .fonts import draw_glyph, draw_text, text_width
from .scheme import LIGHT, CanvasScheme

SHADOW = QColor(20, 30, 40, 38)
_STYLE = LayoutStyle()  # the metric strip's height and padding, as the layout reserved them
ICON_SIZE = 10.0  # glyph height in scene units, in the card's top-left corner
CORNER = 3.0
PAPER = "#ffffff"  # what an invalidated card fades toward, on every canvas scheme


def _qcolor(value: str, alpha: int = 255) -> QColor:
    colour = QColor(value)
    colour.setAlpha(alpha)
    return colour


def _paper_base(p: QPainter, rect: QRectF) -> None:
    """White paper under a faded (invalidated) card: the fade washes the card out toward paper,
    as it prints, instead of letting a dark canvas show through it as mud."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(PAPER))
    p.drawRoundedRect(rect, CORNER, CORNER)


class CardPainter:
    """Paints a card of one kind at full detail or as a simplified block."""

    def __init__(self, kind: CardKind) -> None:
        self.kind = kind
        self.style = palette.card_style(kind)

    # -- full detail ---------------------------------------------------------------------
    def paint(self, p: QPainter, card: Card, rect: QRectF, lines: list[str], font_size: float,
              text_origin: QPointF, line_height: float, ascent: float) -> None:
        evidence = palette.EVIDENCE_STYLES[card.evidence.status]
        if evidence.faded:
            _paper_base(p, rect)
            p.setOpacity(p.opacity() * 0.55)
        self._paper(p, card, rect, evidence)
        # Icons sit in the icon row when the layout reserves one above the text; otherwise they
        # are small tabs on the card's top edge, so they never cover a line of text.
        inside = text_origin.y() - rect.y() >= ICON_SIZE + 8
        icon_top = rect.y() + 5 if inside else rect.y() - ICON_SIZE / 2 - 1
        self._icon(p, QRectF(rect.x() + 4, icon_top, ICON_SIZE, ICON_SIZE), self.style.glyph,
                   self.style.accent, tab=not inside)
        ink = QColor(palette.INK)
        y = text_origin.y() + ascent
        rtl = is_rtl(card.text)  # Arabic and Hebrew cards read from the right edge
        for line in lines:
            width = text_width(line, font_size) if (rtl or evidence.faded) else 0.0
            x = rect.right() - (text_origin.x() - rect.x()) - width if rtl else text_origin.x()
            draw_text(p, x, y, line, font_size, ink)
            if evidence.faded:  # invalidated: struck through, so it reads as refuted in grey print
                p.setPen(QPen(ink, 0.9))
                mid = y - ascent * 0.32
                p.drawLine(QLineF(x, mid, x + width, mid))
            y += line_height
        self._corner_marks(p, card, rect, evidence, icon_top, not inside)
        self.decorate(p, card, rect, icon_top, not inside)
        self._votes(p, card, rect, icon_top)

    @staticmethod
    def _votes(p: QPainter, card: Card, rect: QRectF, icon_top: float) -> None:
        """Dots from a workshop vote, where ``layout.vote_badge`` puts them (poster: the same)."""
        mark = card.kind == CardKind.MOMENT_OF_TRUTH and card.polarity is not None
        badge = vote_badge(card.votes, rect.x(), icon_top - 0.5, after_mark=mark)
        if badge is None:
            return
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(VOTE_FILL))
        p.drawRoundedRect(QRectF(badge.x, badge.y, badge.w, badge.h), badge.h / 2, badge.h / 2)
        p.setBrush(QColor("white"))
        p.drawEllipse(QRectF(badge.dot_x, badge.dot_y, badge.dot_size, badge.dot_size))
        draw_text(p, badge.text_x, badge.baseline, badge.label, VOTE_FONT, QColor("white"), bold=True)

    @staticmethod
    def _icon(p: QPainter, box: QRectF, glyph: str, colour: str, tab: bool) -> None:
        if tab:
            p.setPen(QPen(QColor(colour), 0.8))
            p.setBrush(QColor("white"))
            p.drawEllipse(box.adjusted(-2, -2, 2, 2))
        draw_glyph(p, box, glyph, colour)

    def _paper(self, p: QPainter, card: Card, rect: QRectF, evidence: palette.EvidenceStyle) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SHADOW)
        p.drawRoundedRect(rect.translated(0.8, 1.6), CORNER, CORNER)
        p.setBrush(QColor(palette.card_fill(card.kind, card.colour)))
        pen = QPen(QColor(self.style.accent), 1.2)
        if evidence.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(_qcolor(self.style.accent, 200))
        elif evidence.tick:
            pen.setWidthF(1.8)
        p.setPen(pen)
        p.drawRoundedRect(rect, CORNER, CORNER)
        # The kind's accent strip along the top, like the glue edge of a sticky note.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_qcolor(self.style.accent, 150))
        p.drawRect(QRectF(rect.x() + 1, rect.y() + 1, rect.width() - 2, 2.5))

    def _corner_marks(self, p: QPainter, card: Card, rect: QRectF,
                      evidence: palette.EvidenceStyle, icon_top: float, tab: bool) -> None:
        right = rect.right() - 4
        if evidence.tick:
            self._icon(p, QRectF(right - ICON_SIZE, icon_top, ICON_SIZE, ICON_SIZE),
                       evidence.glyph, palette.BLUISH_GREEN, tab)
        if card.emotion is not None:
            badge = QRectF(rect.right() - 21, rect.bottom() - 14, 18, 11)
            colour = QColor(palette.emotion_colour(card.emotion))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(badge, 5.5, 5.5)
            text = _signed(card.emotion)
            draw_text(p, badge.x() + (badge.width() - _estimate_width(text, 7.5, bold=True)) / 2,
                      badge.bottom() - 3, text, 7.5, QColor("white"), bold=True)

    def decorate(self, p: QPainter, card: Card, rect: QRectF, icon_top: float, tab: bool) -> None:
        """Kind-specific extras; nothing for plain kinds."""

    # -- simplified block ----------------------------------------------------------------
    def paint_block(self, p: QPainter, card: Card, rect: QRectF, line_count: int,
                    font_size: float, line_height: float, text_origin: QPointF) -> None:
        """A small-zoom stand-in: paper, kind strip and grey bars where the lines are."""
        faded = card.evidence.status == EvidenceStatus.INVALIDATED
        if faded:
            _paper_base(p, rect)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_qcolor(self.style.accent, 90 if faded else 255))
        p.drawRect(rect)
        p.setBrush(_qcolor(palette.card_fill(card.kind, card.colour), 110 if faded else 255))
        p.drawRect(rect.adjusted(0, 3, 0, 0) if card.evidence.status != EvidenceStatus.HYPOTHESIS
                   else rect.adjusted(1.5, 3, -1.5, -1.5))
        p.setBrush(QColor(0, 0, 0, 45))
        bar_h = font_size * 0.55
        y = text_origin.y() + (line_height - bar_h) / 2
        width = rect.width() - 2 * (text_origin.x() - rect.x())
        for i in range(min(line_count, 6)):
            p.drawRect(QRectF(text_origin.x(), y, width * (0.92 if i % 2 == 0 else 0.7), bar_h))
            y += line_height


class TouchpointPainter(CardPainter):
    """A touchpoint shows its channel's glyph in the top-right corner."""

    def decorate(self, p: QPainter, card: Card, rect: QRectF, icon_top: float, tab: bool) -> None:
        if card.channel is None:
            return
        offset = ICON_SIZE + 6 if card.evidence.status == EvidenceStatus.VALIDATED else 0
        box = QRectF(rect.right() - 4 - ICON_SIZE - offset, icon_top, ICON_SIZE, ICON_SIZE)
        self._icon(p, box, palette.CHANNEL_GLYPHS[card.channel], self.style.accent, tab)


class MetricPainter(CardPainter):
    """A KPI card shows its value against target, the direction since the previous value and a
    sparkline of its history along the bottom edge (``layout.metric_face`` places them)."""

    def decorate(self, p: QPainter, card: Card, rect: QRectF, icon_top: float, tab: bool) -> None:
        st = _STYLE
        face = metric_face(card.metric, rect.x(), rect.y(), rect.width(), rect.height(),
                           st.card_padding - 2, st.metric_line_h, card.emotion is not None)
        if face is None:
            return
        draw_text(p, face.text_x, face.baseline, face.text, METRIC_FONT, QColor(self.style.accent), bold=True)
        if face.arrow:
            draw_text(p, face.arrow_x, face.baseline, face.arrow, METRIC_FONT, QColor(face.arrow_colour))
        if face.spark:
            p.setPen(QPen(QColor(self.style.accent), 1.1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            points = [QPointF(x, y) for x, y in face.spark]
            p.drawPolyline(points)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(face.arrow_colour))
            p.drawEllipse(points[-1], 1.8, 1.8)


class MomentPainter(CardPainter):
    """A moment of truth shows its polarity as a triangle, up (positive) or down (negative)."""

    def decorate(self, p: QPainter, card: Card, rect: QRectF, icon_top: float, tab: bool) -> None:
        if card.polarity is None:
            return
        glyph = "▲" if card.polarity == Polarity.POSITIVE else "▼"
        colour = palette.EMOTION_POSITIVE if card.polarity == Polarity.POSITIVE else palette.EMOTION_NEGATIVE
        box = QRectF(rect.x() + 10 + ICON_SIZE, icon_top, ICON_SIZE, ICON_SIZE)
        self._icon(p, box, glyph, colour, tab)


CARD_PAINTERS: dict[CardKind, CardPainter] = {
    CardKind.NOTE: CardPainter(CardKind.NOTE),
    CardKind.TOUCHPOINT: TouchpointPainter(CardKind.TOUCHPOINT),
    CardKind.PAIN_POINT: CardPainter(CardKind.PAIN_POINT),
    CardKind.OPPORTUNITY: CardPainter(CardKind.OPPORTUNITY),
    CardKind.MOMENT_OF_TRUTH: MomentPainter(CardKind.MOMENT_OF_TRUTH),
    CardKind.QUOTE: CardPainter(CardKind.QUOTE),
    CardKind.METRIC: MetricPainter(CardKind.METRIC),
    CardKind.QUESTION: CardPainter(CardKind.QUESTION),
}


class LanePainter:
    """Paints a lane header: tinted band, kind glyph and name."""

    def __init__(self, kind: LaneKind) -> None:
        self.kind = kind
        self.style = palette.lane_style(kind)

    def paint(self, p: QPainter, rect: QRectF, name: str | list[str], colour: str | None,
              collapsed: bool, font_size: float, scheme: CanvasScheme = LIGHT) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(scheme.lane_tint(colour or self.style.tint))
        p.drawRect(rect)
        p.setBrush(QColor(self.style.accent))
        p.drawRect(QRectF(rect.x(), rect.y(), 4, rect.height()))
        top = rect.y() + (min(rect.height(), 40) - font_size) / 2
        draw_glyph(p, QRectF(rect.x() + 12, top - 1, font_size + 2, font_size + 2),
                   self.style.glyph, self.style.accent)
        # A long name wraps onto a second line (a collapsed lane has room for one).
        lines = [name] if isinstance(name, str) else name[: 1 if collapsed else 2]
        for i, line in enumerate(lines):
            draw_text(p, rect.x() + 18 + font_size, top + font_size * (0.95 + 1.3 * i), line,
                      font_size, QColor(scheme.ink), bold=True)
        # The collapse toggle: a small chevron at the right of the header.
        chevron = "▸" if collapsed else "▾"
        draw_glyph(p, collapse_toggle_rect(rect).adjusted(2, 2, -2, -2), chevron, scheme.muted_ink)
        self.decorate(p, rect, font_size)

    def decorate(self, p: QPainter, rect: QRectF, font_size: float) -> None:
        """Kind-specific extras; nothing for most lanes."""


class EmotionLanePainter(LanePainter):
    """The emotion lane also names its scale in the header (top: positive, bottom: negative)."""

    def decorate(self, p: QPainter, rect: QRectF, font_size: float) -> None:
        if rect.height() < 60:
            return
        small = font_size * 0.8
        draw_text(p, rect.x() + 14, rect.bottom() - 8, "− negative", small, palette.EMOTION_NEGATIVE)
        draw_text(p, rect.x() + 14, rect.y() + 52 + small, "+ positive", small,
                  palette.EMOTION_POSITIVE)


def collapse_toggle_rect(header: QRectF) -> QRectF:
    """Where a lane header's collapse chevron sits (clicking it collapses or expands)."""
    return QRectF(header.right() - 20, header.y() + 6, 16, 16)


LANE_PAINTERS: dict[LaneKind, LanePainter] = {
    kind: (EmotionLanePainter(kind) if kind == LaneKind.EMOTION else LanePainter(kind))
    for kind in LaneKind
}


def card_painter(kind: CardKind | str) -> CardPainter:
    return CARD_PAINTERS[CardKind(kind)]


def lane_painter(kind: LaneKind | str) -> LanePainter:
    return LANE_PAINTERS[LaneKind(kind)]


def _signed(score: float) -> str:
    text = f"{score:+g}"
    return text.replace("-", "−")


def _estimate_width(text: str, size: float, bold: bool = False) -> float:
    try:
        from ..layout.metrics import font_metrics

        return font_metrics().width(text, size, bold)
    except ImportError:  # pragma: no cover - the layout package always ships metrics
        return len(text) * size * 0.55

