"""Card faces and lane headers in QPainter calls (STYLE.md principle 5).

What a card shows and where comes from the Qt-free ``layout.card_face`` (what is particular to a
card kind is declared there, once, for every output); this module draws a face's parts, one
drawer per kind of part (``SCREEN_PARTS``), as the poster and the SVG do with theirs. Lane
headers are placed by ``layout.header_face``; a lane kind with extras has a painter subclass.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..layout import Rect, font_metrics, palette
from ..layout.card_face import CORNER, DASH, CardFace, Glyph, Pill
from ..layout.header_face import lane_header_face
from ..layout.metric_face import FONT_SIZE as METRIC_FONT
from ..layout.metric_face import MetricFace
from ..layout.vote_badge import FILL as VOTE_FILL
from ..layout.vote_badge import FONT_SIZE as VOTE_FONT
from ..layout.vote_badge import VoteBadge
from ..model import Card, EvidenceStatus, LaneKind
from .fonts import draw_glyph, draw_text, text_width
from .scheme import LIGHT, CanvasScheme

SHADOW = QColor(20, 30, 40, 38)
PAPER = "#ffffff"  # what an invalidated card fades toward, on every canvas scheme


def _qcolor(value: str, alpha: int = 255) -> QColor:
    colour = QColor(value)
    colour.setAlpha(alpha)
    return colour


def _qrect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _paper_base(p: QPainter, rect: QRectF) -> None:
    """White paper under a faded (invalidated) card: the fade washes the card out toward paper,
    as it prints, instead of letting a dark canvas show through it as mud."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(PAPER))
    p.drawRoundedRect(rect, CORNER, CORNER)


def paint_face(p: QPainter, face: CardFace) -> None:
    """A card at full detail, from its face (``layout.card_face``): the poster and the SVG draw
    the same face, part by part."""
    rect = _qrect(face.rect)
    if face.opacity < 1.0:  # invalidated: faded, so it reads as refuted in grey print too
        _paper_base(p, rect)
        p.setOpacity(p.opacity() * face.opacity)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SHADOW)  # paper on a desk (the screen's own touch; paper needs no shadow)
    p.drawRoundedRect(rect.translated(0.8, 1.6), CORNER, CORNER)
    p.setBrush(QColor(face.fill))
    pen = QPen(QColor(face.accent), face.border_w)
    if face.dashed:
        pen.setDashPattern([d / face.border_w for d in DASH])  # Qt counts dashes in pen widths
    p.setPen(pen)
    p.drawRoundedRect(rect, CORNER, CORNER)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(face.strip_colour))
    p.drawRect(_qrect(face.strip))
    ink = QColor(face.ink)
    y = face.baseline
    for line in face.lines:
        # Qt shapes Arabic (joined letters are narrower), so it measures right-aligned lines.
        width = text_width(line, face.font_size) if (face.rtl or face.struck) else 0.0
        x = face.text_x - width if face.rtl else face.text_x
        draw_text(p, x, y, line, face.font_size, ink)
        if face.struck and line:
            p.setPen(QPen(ink, 0.9))
            p.drawLine(QLineF(x, y - face.strike_rise, x + width, y - face.strike_rise))
        y += face.line_h
    for part in face.parts():
        SCREEN_PARTS[type(part)](p, part)


def _glyph(p: QPainter, g: Glyph) -> None:
    box = QRectF(g.x, g.y, g.size, g.size)
    if g.tab:
        p.setPen(QPen(QColor(g.colour), 0.8))
        p.setBrush(QColor("white"))
        p.drawEllipse(box.adjusted(-2, -2, 2, 2))
    draw_glyph(p, box, g.text, g.colour)


def _pill(p: QPainter, pill: Pill) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(pill.fill))
    p.drawRoundedRect(_qrect(pill.rect), pill.h / 2, pill.h / 2)
    width = font_metrics().width(pill.label, pill.font_size, pill.bold)
    draw_text(p, pill.text_x - width / 2, pill.baseline, pill.label, pill.font_size, QColor(pill.ink),
              bold=pill.bold)


def _votes(p: QPainter, badge: VoteBadge) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(VOTE_FILL))
    p.drawRoundedRect(QRectF(badge.x, badge.y, badge.w, badge.h), badge.h / 2, badge.h / 2)
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(badge.dot_x, badge.dot_y, badge.dot_size, badge.dot_size))
    draw_text(p, badge.text_x, badge.baseline, badge.label, VOTE_FONT, QColor("white"), bold=True)


def _metric(p: QPainter, face: MetricFace) -> None:
    draw_text(p, face.text_x, face.baseline, face.text, METRIC_FONT, QColor(face.colour), bold=True)
    if face.arrow:
        draw_text(p, face.arrow_x, face.baseline, face.arrow, METRIC_FONT, QColor(face.arrow_colour))
    if face.spark:
        p.setPen(QPen(QColor(face.colour), 1.1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        points = [QPointF(x, y) for x, y in face.spark]
        p.drawPolyline(points)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(face.arrow_colour))
        p.drawEllipse(points[-1], 1.8, 1.8)


# One drawer per kind of face part; the poster (export.draw_map.PDF_PARTS) and the SVG
# (export.svg_export.SVG_PARTS) have the same keys, which a test checks.
SCREEN_PARTS = {Glyph: _glyph, Pill: _pill, VoteBadge: _votes, MetricFace: _metric}


def paint_block(p: QPainter, card: Card, rect: QRectF, line_count: int,
                font_size: float, line_height: float, text_origin: QPointF) -> None:
    """A small-zoom stand-in: paper, kind strip and grey bars where the lines are."""
    faded = card.evidence.status == EvidenceStatus.INVALIDATED
    if faded:
        _paper_base(p, rect)
    accent = palette.card_style(card.kind).accent
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_qcolor(accent, 90 if faded else 255))
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


class LanePainter:
    """Paints a lane header: tinted band, kind glyph and name."""

    def __init__(self, kind: LaneKind) -> None:
        self.kind = kind
        self.style = palette.lane_style(kind)

    def paint(self, p: QPainter, rect: QRectF, name: str, colour: str | None,
              collapsed: bool, font_size: float, scheme: CanvasScheme = LIGHT, toggle: bool = True) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(scheme.lane_tint(colour or self.style.tint))
        p.drawRect(rect)
        p.setBrush(QColor(self.style.accent))
        p.drawRect(QRectF(rect.x(), rect.y(), 4, rect.height()))
        face = lane_header_face(self.style.glyph, scheme.on_header(self.style.accent), name,
                                Rect(rect.x(), rect.y(), rect.width(), rect.height()), font_size, collapsed)
        _glyph(p, face.glyph)
        paint_runs(p, face.runs, scheme)
        if toggle:  # the collapse toggle: a small chevron at the right of the header
            chevron = "▸" if collapsed else "▾"
            draw_glyph(p, collapse_toggle_rect(rect).adjusted(2, 2, -2, -2), chevron, scheme.muted_ink)
        self.decorate(p, rect, font_size, scheme)

    def decorate(self, p: QPainter, rect: QRectF, font_size: float, scheme: CanvasScheme = LIGHT) -> None:
        """Kind-specific extras; nothing for most lanes."""


class EmotionLanePainter(LanePainter):
    """The emotion lane also names its scale in the header (top: positive, bottom: negative)."""

    def decorate(self, p: QPainter, rect: QRectF, font_size: float, scheme: CanvasScheme = LIGHT) -> None:
        if rect.height() < 60:
            return
        small = font_size * 0.8
        draw_text(p, rect.x() + 14, rect.bottom() - 8, "− negative", small,
                  scheme.on_header(palette.EMOTION_NEGATIVE))
        draw_text(p, rect.x() + 14, rect.y() + 52 + small, "+ positive", small,
                  scheme.on_header(palette.EMOTION_POSITIVE))


def paint_runs(p: QPainter, runs, scheme: CanvasScheme = LIGHT) -> None:
    """Header text placed by ``layout.header_face``, in the scheme's ink."""
    for run in runs:
        draw_text(p, run.x, run.baseline, run.text, run.size,
                  QColor(scheme.muted_ink if run.muted else scheme.ink), bold=run.bold)


def collapse_toggle_rect(header: QRectF) -> QRectF:
    """Where a lane header's collapse chevron sits (clicking it collapses or expands)."""
    return QRectF(header.right() - 20, header.y() + 6, 16, 16)


LANE_PAINTERS: dict[LaneKind, LanePainter] = {
    kind: (EmotionLanePainter(kind) if kind == LaneKind.EMOTION else LanePainter(kind))
    for kind in LaneKind
}


def lane_painter(kind: LaneKind | str) -> LanePainter:
    return LANE_PAINTERS[LaneKind(kind)]
