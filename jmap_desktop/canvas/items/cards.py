"""Card items: one sticky note per card, the per-lane layer that holds them, and the batched
overview that stands in for all of a lane's cards when the whole map is in view.

Items only paint and hit-test; they read their card from the store and their geometry from
the layout, and never change either (STYLE.md principle 1).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ...layout import LayoutStyle, Rect, palette
from ...layout.card_face import card_face
from ...layout.map_layout import CardBox
from ...layout.metrics import font_metrics
from ..detail import text_is_legible
from ..painters import paint_block, paint_face
from .card_marks import paint_marks
from .grid import LaneGroupItem

HANDLE_RADIUS = 5.0  # the connection handle on a card's right edge


@cache
def _block_colours(kind: str, colour: str | None) -> tuple[str, str]:
    """Paper and accent colour of a card's overview block."""
    return palette.card_fill(kind, colour), palette.card_style(kind).accent


@cache
def _text_metrics(size: float) -> tuple[float, float]:
    fm = font_metrics()
    return fm.line_height(size), fm.ascent(size)


class CardItem(QGraphicsRectItem):
    """A sticky note. Position and text lines come from the layout's CardBox.

    A rectangle item whose rectangle is the note's bounds (no pen, no brush: ``paint`` draws
    the note), so Qt reads the bounds in C++: it asks for them for every card of a cell in view
    at each repaint and move, and a call into Python cost more than the rest of that check."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, card_id: str, padding: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.card_id = card_id
        self.lane_id = ""
        self.holder: CellCardsItem | None = None  # its parent, set by canvas.sync
        self.box: CardBox | None = None
        self._padding = padding
        self._size = QRectF()
        self.setPen(Qt.PenStyle.NoPen)  # the bounds are the rectangle, not widened by a pen
        self._hovered = False
        self.focused = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        # Repainting text is the expensive part; a device cache keeps pans and overlays cheap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def type(self) -> int:
        return self.Type

    def apply_box(self, box: CardBox, cell_x: float, force: bool = False) -> None:
        """Follow the layout: ``box`` is relative to the lane's row, the item's parent cell
        starts at ``cell_x``. Repaints only when something it shows changed (or ``force``)."""
        local = box.local
        old = self.box
        self.setPos(local.x - cell_x, local.y)  # a no-op in Qt when unchanged
        if old is not None and not force and old.local.w == local.w and old.local.h == local.h \
                and old.lines == box.lines and old.visible == box.visible \
                and old.font_size == box.font_size and old.stacked == box.stacked:
            self.box = box  # moved only: the cached picture is still right
            return
        if old is None or old.local.w != local.w or old.local.h != local.h:
            self._size = QRectF(0, 0, local.w, local.h)
            self.setRect(self._size.adjusted(-3, -3, HANDLE_RADIUS + 3, 4))  # the bounds
        self.box = box
        self.setVisible(box.visible)
        self.update()

    def set_scene_y(self, y: float) -> None:
        """Preview a vertical move (a gesture in progress), in scene coordinates."""
        self.setY(y - self.parentItem().scenePos().y() if self.parentItem() else y)

    def snap_back(self) -> None:
        """Back to where the layout puts the card (a gesture was cancelled)."""
        if self.box is not None:
            parent = self.parentItem()
            self.apply_box(self.box, parent.x() if parent is not None else 0.0, force=True)

    def card_rect(self) -> QRectF:
        return QRectF(self._size)

    def handle_center(self) -> QPointF:
        return QPointF(self._size.right(), self._size.center().y())

    def on_handle(self, local: QPointF) -> bool:
        """True when ``local`` is on the connection handle (shown on hover and selection)."""
        d = local - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= (HANDLE_RADIUS + 2) ** 2

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
        rect = QRectF(self._size)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        line_height = _text_metrics(box.font_size)[0]
        origin = QPointF(self._padding, self._padding + scene.card_text_top)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.4)
        # Judged in device pixels: a 2x screen keeps real text down to half the zoom.
        device = widget if widget is not None else p.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        if not text_is_legible(box.font_size, lod, ratio):
            paint_block(p, card, rect, len(box.lines), box.font_size, line_height, origin)
        else:
            style = scene.layout.style if scene.layout is not None else LayoutStyle()
            paint_face(p, card_face(card, Rect(0.0, 0.0, rect.width(), rect.height()), box.lines,
                                    box.font_size, style, box.stacked))
            paint_marks(p, card, rect, origin.y() + len(box.lines) * line_height, lod,
                        scene.link_broken(card))
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


class CardLayerItem(LaneGroupItem):
    """The cards of one lane, in their cells' ``CellCardsItem``: hiding a lane's cards
    (overview) or moving them when a lane above grows is one call."""

    def set_extent(self, width: float, height: float) -> None:
        """Bounds for a row ``width`` x ``height``: those of its cells' ``CellCardsItem``."""
        m, step = CellCardsItem.MARGIN, CellCardsItem.STEP
        bounds = self.rect()
        # Like the cells' bounds: grown in steps and never shrunk, as a geometry change
        # repaints every card of the lane.
        if width + 2 * m != bounds.width() or height + 2 * m > bounds.height():
            self.setRect(QRectF(-m, -m, width + 2 * m, (height // step + 1) * step + 2 * m))


class CellCardsItem(QGraphicsRectItem):
    """The cards of one cell, placed at the stage's left edge within the lane's layer.

    Its children never paint outside its shape (ItemContainsChildrenInShape), so Qt's index
    holds the few hundred cells instead of every card, and moving a lane touches no card.
    A rectangle item without pen or brush: Qt reads its bounds and paints it (nothing) in C++."""

    MARGIN = 14.0  # cards' selection outline, badges and connection handle overhang a little
    STEP = 1024.0

    def __init__(self, cell: tuple[str, str], layer: QGraphicsItem) -> None:
        super().__init__(layer)
        self.cell = cell
        self.cx = 0.0  # its x in the layer (the stage's left), read without a call into Qt
        self._width, self._height = -1.0, -1.0  # the cell's width and the height its bounds hold
        self.setPen(Qt.PenStyle.NoPen)
        # Not ItemHasNoContents: Qt culls an item's children by its bounds only when the item
        # itself has contents (its paint does nothing), else it visits every card of the lane.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)

    def set_size(self, x: float, w: float, h: float) -> None:
        if x != self.cx or self._width < 0:
            self.cx = x
            self.setPos(x, 0)
        # A geometry change repaints every card of the cell (Qt drops their cached pictures),
        # so the shape grows in generous steps and never shrinks: a taller shape costs nothing.
        if w != self._width or h > self._height:
            m = self.MARGIN
            self._width, self._height = w, (h // self.STEP + 1) * self.STEP
            self.setRect(QRectF(-m, -m, w + 2 * m, self._height + 2 * m))


class LaneOverviewItem(QGraphicsItem):
    """All of a lane's cards as plain blocks in one paint call: the zoomed-out overview.

    Rectangles are grouped by paper colour so a repaint is a handful of ``drawRects`` calls,
    whatever the number of cards.
    """

    def __init__(self, lane_id: str, source: Callable[[str, list[str] | None], dict[str, list]]) -> None:
        super().__init__()
        self.lane_id = lane_id
        # source(lane id, stage ids or None for all) -> {stage id: [(kind, colour, box)]}: the
        # cards of the lane's cells, asked for only when the overview is painted.
        self._source = source
        self._cells: dict[str, list[tuple[str, str | None, CardBox]]] = {}  # stage id -> cards
        self._stale: set[str] | None = set()  # cells to ask the source for again; None: all
        self._groups: list[tuple[QColor, QColor, list[QRectF], list[QRectF]]] | None = []
        self._bounds = QRectF()
        self.setVisible(False)
        # Thousands of blocks: drawn once per zoom level into a picture the size they take on
        # screen, then blitted (an edit redraws only its lane's picture).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_extent(self, width: float, height: float) -> None:
        """The lane's row, relative to its top (where the item sits): every block lies within."""
        bounds = QRectF(0, 0, width, height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def invalidate(self, stage_id: str | None = None) -> None:
        """The cards of one cell of the lane changed (every cell: None). Their blocks are
        asked for and built when the overview is next painted, not on every edit or at
        opening (zoomed in, never)."""
        if stage_id is None:
            self._stale = None
        elif self._stale is not None:
            self._stale.add(stage_id)
        self._groups = None
        self.update()  # also drops the cached picture while hidden, so it is never stale

    def _regroup(self) -> list:
        if self._stale is None:
            self._cells = self._source(self.lane_id, None)
        elif self._stale:
            self._cells.update(self._source(self.lane_id, sorted(self._stale)))
        self._stale = set()
        groups: dict[tuple[str, str], list[QRectF]] = {}
        for cards in self._cells.values():
            for kind, colour, box in cards:
                if box.visible:
                    r = box.local
                    groups.setdefault(_block_colours(kind, colour), []).append(QRectF(r.x, r.y, r.w, r.h))
        return [
            (QColor(f), QColor(a), rects, [r.adjusted(0, min(3.0, r.height() / 4), 0, 0) for r in rects])
            for (f, a), rects in groups.items()
        ]

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        if self._groups is None:
            self._groups = self._regroup()
        p.setPen(Qt.PenStyle.NoPen)
        for fill, accent, rects, papers in self._groups:
            p.setBrush(accent)  # the kind strip shows as the top edge of each block
            p.drawRects(rects)
            p.setBrush(fill)
            p.drawRects(papers)
