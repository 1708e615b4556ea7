"""Card faces and lane headers in QPainter calls (STYLE.md principle 5).

What a card shows and where comes from the Qt-free ``layout.card_face`` (what is particular to a
card kind is declared there, once, for every output), and how each part is drawn from
``layout.face_drawing``, on the ``ScreenSurface`` below, as the poster and the SVG draw it on
theirs. Lane headers are placed by ``layout.header_face``; a lane kind with extras has a
painter subclass.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..layout import Rect, font_metrics, palette
from ..layout.card_face import CORNER, CardFace, Glyph
from ..layout.face_drawing import draw_face
from ..layout.header_face import lane_header_face
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
    the same face, with the same drawers (``layout.face_drawing``)."""
    draw_face(ScreenSurface(p), face)


class ScreenSurface:
    """The canvas's surface for ``layout.face_drawing``: each primitive in QPainter calls."""

    def __init__(self, p: QPainter) -> None:
        self.p = p
        self._opacity = 1.0

    def begin_card(self, face: CardFace) -> None:
        p = self.p
        rect = _qrect(face.rect)
        self._opacity = p.opacity()
        if face.opacity < 1.0:  # invalidated: faded, so it reads as refuted in grey print too
            _paper_base(p, rect)
            p.setOpacity(self._opacity * face.opacity)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SHADOW)  # paper on a desk (the screen's own touch; paper needs no shadow)
        p.drawRoundedRect(rect.translated(0.8, 1.6), CORNER, CORNER)

    def end_card(self, face: CardFace) -> None:
        self.p.setOpacity(self._opacity)

    def rect(self, x, y, w, h, fill=None, stroke=None, width=1.0, dash=None, radius=0.0) -> None:
        p = self.p
        if stroke is None:
            p.setPen(Qt.PenStyle.NoPen)
        else:
            pen = QPen(QColor(stroke), width)
            if dash:
                pen.setDashPattern([d / width for d in dash])  # Qt counts dashes in pen widths
            p.setPen(pen)
        p.setBrush(QColor(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        if radius:
            p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        else:
            p.drawRect(QRectF(x, y, w, h))

    def circle(self, x, y, radius, fill=None, stroke=None, width=1.0) -> None:
        p = self.p
        p.setPen(QPen(QColor(stroke), width) if stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x, y), radius, radius)

    def polyline(self, points, stroke, width) -> None:
        self.p.setPen(QPen(QColor(stroke), width))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPolyline([QPointF(x, y) for x, y in points])

    def text(self, x, baseline, text, size, fill, bold=False, align="left", strike=None) -> None:
        if not text:
            return
        width = 0.0
        if align == "right" or strike is not None:
            # Qt shapes Arabic (joined letters are narrower), so it measures what it draws.
            width = text_width(text, size, bold)
        if align == "right":
            x -= width
        elif align == "center":
            x -= font_metrics().width(text, size, bold) / 2
        ink = QColor(fill)
        draw_text(self.p, x, baseline, text, size, ink, bold=bold)
        if strike is not None:
            self.p.setPen(QPen(ink, 0.9))
            self.p.drawLine(QLineF(x, baseline - strike, x + width, baseline - strike))

    def glyph(self, g: Glyph) -> None:
        draw_glyph(self.p, QRectF(g.x, g.y, g.size, g.size), g.text, g.colour)


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
        ScreenSurface(p).glyph(face.glyph)
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
