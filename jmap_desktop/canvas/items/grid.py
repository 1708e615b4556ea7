"""The grid: stage headers across the top, lane headers down the left, cell backgrounds.

Each item takes its rectangle from the layout (``set_rect``) and reads names from the store
when it paints, so renaming or resizing never rebuilds items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...layout import Rect, palette
from ...layout.header_face import stage_header_face
from ..painters import collapse_toggle_rect, lane_painter, paint_runs
from .card_marks import paint_link_mark

RESIZE_GRIP = 6.0  # how close to a stage's right edge a press starts a resize


class _RectItem(QGraphicsRectItem):
    """A rectangle from the layout, painted by the subclass. Its bounds are the rectangle item's
    (no pen), which Qt reads in C++: for every cell of a lane in view at each repaint and move."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()  # the same as rect(), read by paint without a call into Qt
        self._key = (0.0, 0.0, 0.0, 0.0)
        self.setPen(Qt.PenStyle.NoPen)
        # Dozens of headers and hundreds of cells are in view when zoomed out: a cached
        # picture each spares a call into Python per item and repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect, repaint: bool = True) -> None:
        """Follow the layout; ``repaint=False`` keeps the cached picture when the rectangle is
        unchanged (an edit elsewhere in the lane: repainting every cell of a lane whose rows
        moved cost more than the edit)."""
        key = (rect.x, rect.y, rect.w, rect.h)
        if key != self._key:  # compared in Python: a QRectF each time cost more
            self._key = key
            self._rect = QRectF(*key)
            self.setRect(self._rect)  # prepares the geometry change and repaints
            return
        if repaint:
            self.update()


class StageHeaderItem(_RectItem):
    """A stage's header: its number, name and time span; drag to reorder, edge to resize."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.number = 0
        self.setAcceptHoverEvents(True)
        self.setZValue(30)

    def type(self) -> int:
        return self.Type

    def on_resize_grip(self, scene_pos: QPointF) -> bool:
        return abs(scene_pos.x() - self._rect.right()) <= RESIZE_GRIP

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        near = self.on_resize_grip(event.scenePos())
        self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.OpenHandCursor)

    def paint(self, p: QPainter, option, widget=None) -> None:
        scene = self.scene()
        try:
            stage = scene.store.stage(self.stage_id)
        except Exception:  # noqa: BLE001 - the item outlived its stage for one frame
            return
        r = self._rect
        colours = scene.scheme
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colours.header_fill))
        p.drawRect(r)
        p.setBrush(QColor(palette.BLUE))
        p.drawRect(QRectF(r.x(), r.bottom() - 3, r.width(), 3))
        p.setPen(QPen(QColor(colours.grid_line), 1))
        p.drawLine(r.topRight(), r.bottomRight())
        paint_runs(p, stage_header_face(self.number, stage.name, stage.time_span,
                                        Rect(r.x(), r.y(), r.width(), r.height()),
                                        scene.stage_font_size).runs, colours)
        if stage.link is not None:  # opens its detailed journey (Ctrl+click or the context menu)
            paint_link_mark(p, QRectF(r.right() - 22, r.y() + 8, 12, 12), scene.link_broken(stage))


class LaneHeaderItem(_RectItem):
    """A lane's header: kind icon and name, and a chevron that collapses the lane."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setZValue(30)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def type(self) -> int:
        return self.Type

    def on_collapse_toggle(self, scene_pos: QPointF) -> bool:
        return collapse_toggle_rect(self._rect).adjusted(-3, -3, 3, 3).contains(scene_pos)

    def paint(self, p: QPainter, option, widget=None) -> None:
        scene = self.scene()
        try:
            lane = scene.store.lane(self.lane_id)
        except Exception:  # noqa: BLE001
            return
        r = self._rect
        painter = lane_painter(lane.kind)
        painter.paint(p, r, lane.name or painter.style.label, lane.colour, lane.collapsed,
                      scene.lane_font_size, scene.scheme, toggle=scene.editing_chrome)
        p.setPen(QPen(QColor(scene.scheme.grid_line), 1))
        p.drawLine(r.bottomLeft(), r.bottomRight())


class LaneGroupItem(QGraphicsRectItem):
    """Items of one lane held at the lane's top (its cells, or its cells' cards): a lane pushed
    down by one above it that grew moves as one call, whatever its number of stages.

    Its bounds hold its children's (``set_extent`` in each kind) and they stay within them
    (ItemContainsChildrenInShape), so Qt's index holds the group, not each child, and moving it
    re-indexes one item. A rectangle item without pen or brush, so it paints nothing, in C++
    (an item without contents would not cull its children)."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setPen(Qt.PenStyle.NoPen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)


class CellRowItem(LaneGroupItem):
    """The cells of one lane, each at its stage's left."""

    MARGIN = 2.0  # the grid lines on the cells' edges

    def set_extent(self, width: float, height: float) -> None:
        m = self.MARGIN
        self.setRect(QRectF(-m, -m, width + 2 * m, height + 2 * m))  # a no-op when unchanged


class CellItem(_RectItem):
    """The background of one cell (stage x lane); the target of drops and keyboard focus. It
    sits in its lane's ``CellRowItem`` at the stage's left; its rectangle starts at (0, 0)."""

    Type = QGraphicsItem.UserType + 4

    def __init__(self, stage_id: str, lane_id: str, tint: str) -> None:
        super().__init__()
        self.cell = (stage_id, lane_id)
        self.focused = False
        self._tint = QColor(tint)
        self._tint_name = tint
        self.heat = 0.0  # 0..1: how hot this cell is in the hotspot overlay
        self.setZValue(0)

    def type(self) -> int:
        return self.Type

    def set_tint(self, tint: str) -> None:
        if tint != self._tint_name:  # compare names: parsing a colour costs more than it saves
            self._tint_name = tint
            self._tint = QColor(tint)
            self.update()

    def set_heat(self, heat: float) -> None:
        if heat != self.heat:
            self.heat = heat
            self.update()

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def paint(self, p: QPainter, option, widget=None) -> None:
        r = self._rect
        scene = self.scene()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._tint)
        p.drawRect(r)
        if self.heat > 0:  # hotspot overlay: vermillion wash, plus a hatched edge (not colour alone)
            p.setBrush(heat_wash(self.heat))
            p.drawRect(r)
            p.setPen(QPen(QColor(palette.VERMILLION), 2 + 3 * self.heat, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r.adjusted(2, 2, -2, -2))
        p.setPen(QPen(QColor(scene.scheme.grid_line if scene else palette.GRID_LINE), 1))
        p.drawLine(r.topRight(), r.bottomRight())
        p.drawLine(r.bottomLeft(), r.bottomRight())
        if self.focused:
            pen = QPen(QColor(palette.FOCUS), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r.adjusted(2, 2, -2, -2))


def heat_wash(heat: float) -> QColor:
    """The hotspot overlay's wash for a heat of 0..1 (cells and the overlay's legend)."""
    wash = QColor(palette.VERMILLION)
    wash.setAlphaF(0.12 + 0.38 * heat)
    return wash
