"""Small marks a card item draws over its face: the open-comment count, a link to another map
(struck through when the target is missing) and a thumbnail of its first photo.

Kept apart from the per-kind painters: these belong to every kind, and the poster leaves them
out. Drawn only when the card is big enough on screen to read them.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from ...layout import LayoutStyle, Rect, palette
from ...layout.card_face import CARD_KINDS, photo_bottom
from ...layout.vote_badge import vote_badge
from ...model import Card, EmbeddedImage
from ..fonts import draw_glyph, draw_text

BADGE = QColor(palette.ORANGE)
BROKEN = QColor(palette.VERMILLION)
THUMB_H = 32.0  # scene units: the thumbnail's height (the layout reserves photo_strip_h for it)
_STYLE = LayoutStyle()  # the KPI strip's height, as the layout reserves it
MIN_LOD = 0.45  # below this zoom the marks would be specks


@functools.lru_cache(maxsize=256)
def _thumbnail(data: str, media_type: str) -> QImage:
    image = QImage()
    image.loadFromData(EmbeddedImage(media_type=media_type, data=data).raw())
    if image.isNull():
        return image
    # Three times the scene size keeps it sharp up to 300 % zoom; scaled once, cached.
    return image.scaledToHeight(int(THUMB_H * 3), Qt.TransformationMode.SmoothTransformation)


def open_comments(card: Card) -> int:
    return sum(1 for c in card.comments if not c.resolved)


def marks_left(card: Card, rect: QRectF) -> float:
    """Where the marks start in the icon row: after the kind glyph and a dot-vote badge."""
    x = rect.x() + 32
    mark = CARD_KINDS[card.kind].mark_beside_glyph(card)  # where the card face put its badge
    badge = vote_badge(card.votes, rect.x(), rect.y() + 4.5, after_mark=mark)
    return x if badge is None else max(x, badge.x + badge.w + 4)


def link_mark_rect(card: Card, rect: QRectF) -> QRectF:
    """The link mark's box on a card at ``rect`` (what Ctrl+click opens)."""
    return QRectF(marks_left(card, rect) - 2, rect.y() + 3, 14, 14)


def paint_link_mark(p: QPainter, box: QRectF, broken: bool) -> None:
    """The chain glyph; struck through in vermillion when the target is missing or outside."""
    draw_glyph(p, box, "🔗", BROKEN if broken else palette.BLUE)
    if broken:
        p.save()
        p.setPen(QPen(BROKEN, 1.4))
        p.drawLine(box.bottomLeft(), box.topRight())
        p.restore()


def paint_marks(p: QPainter, card: Card, rect: QRectF, text_bottom: float, lod: float,
                link_broken: bool = False) -> None:
    if lod < MIN_LOD or not (card.comments or card.photos or card.link):
        return
    p.save()
    p.setOpacity(1.0)
    # The middle of the icon row: after the kind glyph (and a moment's triangle), before the
    # evidence tick and channel at the right.
    top = rect.y() + 5
    x = marks_left(card, rect)
    if card.link is not None:
        paint_link_mark(p, QRectF(x, top, 10, 10), link_broken)
        x += 15
    count = open_comments(card)
    if count:
        label = str(count) if count < 100 else "99+"
        pill = QRectF(x, top - 0.5, 12 + 5 * len(label), 11)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BADGE)
        p.drawRoundedRect(pill, 5.5, 5.5)
        draw_text(p, pill.x() + 3, pill.bottom() - 2.5, "💬", 6.5, QColor("white"))
        draw_text(p, pill.x() + 10.5, pill.bottom() - 2.5, label, 7.5, QColor("white"), bold=True)
        x += pill.width() + 4
    if card.photos:
        photo = card.photos[0]
        image = _thumbnail(photo.data, photo.media_type)
        # Above a KPI's value line, which sits along the bottom edge.
        bottom = photo_bottom(card, Rect(rect.x(), rect.y(), rect.width(), rect.height()), _STYLE)
        room = bottom - text_bottom
        if not image.isNull() and room >= THUMB_H * 0.6 and lod >= 0.7:
            h = min(THUMB_H, room)
            w = min(h * image.width() / max(image.height(), 1), rect.width() / 2)
            target = QRectF(rect.x() + 6, bottom - h, w, h)
            p.drawImage(target, image)
            p.setPen(QPen(QColor(0, 0, 0, 60), 0.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(target)
        else:  # no room below the text: a camera mark in the icon row instead
            draw_glyph(p, QRectF(x, top, 10, 10), "📷", palette.MUTED_INK)
    p.restore()
