"""Card items: one sticky note per card, the per-lane layer that holds them, and the batched
overview that stands in for all of a lane's cards when the whole map is in view.

Items only paint and hit-test; they read their card from the store and their geometry from
the layout, and never change either (STYLE.md principle 1).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import palette
from ...layout.map_layout import CardBox
from ...layout.metrics import font_metrics
from ..painters import card_painter

MIN_READABLE_PX = 5.5  # below this on-screen text height, a card is drawn as a block
HANDLE_RADIUS = 5.0  # the connection handle on a card's right edge


@cache
def _text_metrics(size: float) -> tuple[float, float]:
    fm = font_metrics()
    return fm.line_height(size), fm.ascent(size)


class CardItem(QGraphicsItem):
    """A sticky note. Position and text lines come from the layout's CardBox."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, card_id: str, padding: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.card_id = card_id
        self.lane_id = ""
        self.box: CardBox | None = None
        self._padding = padding
        self._size = QRectF()
        self._bounds = QRectF()
        self._hovered = False
        self.focused = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        # Repainting text is the expensive part; a device cache keeps pans and overlays cheap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def type(self) -> int:
        return self.Type

    def apply_box(self, box: CardBox, force: bool = False) -> None:
        """Follow the layout; does nothing when the box has not changed."""
        if box == self.box and not force:
            return
        rect = box.rect
        if self.box is None or self.box.rect.w != rect.w or self.box.rect.h != rect.h:
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, rect.w, rect.h)
            # Qt asks for this often (from C++ into Python): keep it ready instead of computing.
            self._bounds = self._size.adjusted(-4, -10, HANDLE_RADIUS + 3, 8)  # tabs and badges overhang
        self.box = box
        self.setPos(rect.x, rect.y)
        self.setVisible(box.visible)
        self.update()

    def card_rect(self) -> QRectF:
        return QRectF(self._size)

    def handle_center(self) -> QPointF:
        return QPointF(self._size.right(), self._size.center().y())

    def on_handle(self, local: QPointF) -> bool:
        """True when ``local`` is on the connection handle (shown on hover and selection)."""
        d = local - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= (HANDLE_RADIUS + 2) ** 2

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._size.adjusted(-3, -3, HANDLE_RADIUS + 3, 4)

    def shape(self):  # noqa: D102 - the whole note, including the handle, is clickable
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self._size)
        path.addEllipse(self.handle_center(), HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
        return path

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hovered = False
        self.update()

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.scene()
        box = self.box
        if scene is None or box is None or not scene.store.has_card(self.card_id):
            return
        card = scene.store.card(self.card_id)
        painter = card_painter(card.kind)
        rect = QRectF(self._size)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        line_height, ascent = _text_metrics(box.font_size)
        origin = QPointF(self._padding, self._padding + scene.card_text_top)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.4)
        if lod * box.font_size < MIN_READABLE_PX:
            painter.paint_block(p, card, rect, len(box.lines), box.font_size, line_height, origin)
        else:
            painter.paint(p, card, rect, box.lines, box.font_size, origin, line_height, ascent)
        if self.isSelected() or self.focused:
            p.setOpacity(1.0)
            colour = palette.SELECTION if self.isSelected() else palette.FOCUS
            pen = QPen(QColor(colour), 2.0 if self.isSelected() else 1.6)
            if not self.isSelected():
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
        if (self._hovered or self.isSelected()) and lod > 0.3:
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(QColor(palette.SELECTION))
            p.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)


class CardLayerItem(QGraphicsItem):
    """Holds the card items of one lane, so that hiding a lane's cards is one call (overview)."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF()

    def paint(self, *args) -> None:
        pass


class LaneOverviewItem(QGraphicsItem):
    """All of a lane's cards as plain blocks in one paint call: the zoomed-out overview.

    Rectangles are grouped by paper colour so a repaint is a handful of ``drawRects`` calls,
    whatever the number of cards.
    """

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._groups: list[tuple[QColor, QColor, list[QRectF], list[QRectF]]] = []
        self._bounds = QRectF()
        self.setVisible(False)

    def set_cards(self, cards: list[tuple[str, str | None, CardBox]]) -> None:
        """``cards``: (kind, colour override, box) for every visible card of the lane."""
        self.prepareGeometryChange()
        groups: dict[tuple[str, str], list[QRectF]] = {}
        bounds = QRectF()
        for kind, colour, box in cards:
            if not box.visible:
                continue
            r = box.rect
            rect = QRectF(r.x, r.y, r.w, r.h)
            style = palette.card_style(kind)
            groups.setdefault((palette.card_fill(kind, colour), style.accent), []).append(rect)
            bounds = bounds.united(rect) if not bounds.isNull() else rect
        self._groups = [
            (QColor(f), QColor(a), rects, [r.adjusted(0, min(3.0, r.height() / 4), 0, 0) for r in rects])
            for (f, a), rects in groups.items()
        ]
        self._bounds = bounds

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        for fill, accent, rects, papers in self._groups:
            p.setBrush(accent)  # the kind strip shows as the top edge of each block
            p.drawRects(rects)
            p.setBrush(fill)
            p.drawRects(papers)
