"""Everything drawn over the grid that is not a card: connection arrows, the emotion curve,
service-blueprint lines, and the transient previews of gestures (drop marker, drag ghost,
guides). Previews are view state only; they vanish when a gesture ends or is cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ...layout import palette, smooth_curve
from ...layout.map_layout import BLUEPRINT_LABEL_SIZE
from ...layout.routes import arrow_head as route_arrow_head
from ..fonts import draw_text


def arrow_head(points: list[tuple[float, float]]) -> QPolygonF:
    """The filled triangle at the end of a route (``layout.routes.arrow_head``; empty for a
    route of one point)."""
    return QPolygonF([QPointF(x, y) for x, y in route_arrow_head(points)])


class ConnectionItem(QGraphicsItem):
    """An arrow between two cards along the layout's route; selectable and deletable."""

    Type = QGraphicsItem.UserType + 5

    def __init__(self, connection_id: str) -> None:
        super().__init__()
        self.connection_id = connection_id
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._dashed = False
        self._route: tuple[list, bool] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(25)

    def type(self) -> int:
        return self.Type

    def set_route(self, points: list[tuple[float, float]], dashed: bool) -> None:
        if (points, dashed) == self._route:
            return  # most routes survive an edit elsewhere: no new path, no repaint
        self._route = (list(points), dashed)
        self.prepareGeometryChange()
        path = QPainterPath()
        if points:
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
        self._path = path
        self._dashed = dashed
        self._head = arrow_head(points)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._path.boundingRect().united(self._head.boundingRect()).adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)  # generous hit area so a thin arrow is easy to click
        return stroker.createStroke(self._path)

    def paint(self, p: QPainter, option, widget=None) -> None:
        scene = self.scene()
        idle = scene.scheme.connection if scene is not None else "#50575f"
        colour = QColor(palette.SELECTION if self.isSelected() else idle)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 2.4 if self.isSelected() else 1.4)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(self._path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(self._head)


class EmotionCurveItem(QGraphicsItem):
    """The emotion curve through each stage's mean score, over a neutral line and the scale."""

    def __init__(self) -> None:
        super().__init__()
        self._emotion = None
        self.persona_names: dict[str, str] = {}
        self._scale: tuple[int, int] = (-2, 2)
        self._bounds = QRectF()
        self.setZValue(5)

    def set_emotion(self, emotion, scale_min: int, scale_max: int,
                    persona_names: dict[str, str] | None = None) -> None:
        self.prepareGeometryChange()
        self.persona_names = persona_names or {}
        self._emotion = emotion
        self._scale = (scale_min, scale_max)
        r = emotion.rect if emotion is not None else None
        self._bounds = QRectF(r.x, r.y, r.w, r.h) if r is not None else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        emotion = self._emotion
        if emotion is None:
            return
        r = self._bounds
        lo, hi = self._scale
        colours = self.scene().scheme
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for score in range(lo, hi + 1):  # faint guide per whole step, stronger at neutral
            y = emotion.y_for(score)
            colour = QColor(colours.neutral if score == 0 else colours.grid_line)
            pen = QPen(colour, 1.0 if score == 0 else 0.6, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(r.x(), y), QPointF(r.right(), y))
            draw_text(p, r.x() + 4, y - 2, f"{score:+d}".replace("-", "−") if score else "0", 7,
                      colours.muted_ink)
        names = self.persona_names
        for i, (persona_id, points) in enumerate(emotion.persona_curves.items()):
            colour, dashes = palette.PERSONA_CURVES[i % len(palette.PERSONA_CURVES)]
            pen = QPen(QColor(colour), 1.8)
            pen.setDashPattern([d / 1.8 for d in dashes])  # Qt's dashes are in pen widths
            for run in emotion.persona_runs(persona_id):
                self._draw_curve(p, run, pen)
            if points:
                x, y = points[-1]
                draw_text(p, x + 6, y + 3, names.get(persona_id, ""), 8, colour, bold=True)
        curve_pen = QPen(QColor(colours.curve), 2.6, Qt.PenStyle.SolidLine,
                         Qt.PenCapStyle.RoundCap)
        for run in emotion.curve_runs():  # a gap over stages without any score
            self._draw_curve(p, run, curve_pen)
        for x, y in emotion.curve:
            p.setPen(QPen(QColor(colours.cell_fill), 1.5))
            p.setBrush(QColor(colours.curve))
            p.drawEllipse(QPointF(x, y), 4.5, 4.5)


    @staticmethod
    def _draw_curve(p: QPainter, points, pen: QPen) -> None:
        if len(points) < 2:
            return
        path = QPainterPath(QPointF(*points[0]))
        for c1, c2, end in smooth_curve(points):  # the same shape the poster draws
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)


class BlueprintLinesItem(QGraphicsItem):
    """Service-blueprint lines: interaction, visibility and internal interaction."""

    def __init__(self) -> None:
        super().__init__()
        self._lines = []
        self._bounds = QRectF()
        self.setZValue(26)

    def set_lines(self, lines) -> None:
        self.prepareGeometryChange()
        self._lines = list(lines)
        bounds = QRectF()
        for line in self._lines:
            bounds = bounds.united(QRectF(line.x0, line.y - 14, line.x1 - line.x0, 20))
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        # Over the arrows (z 25): the label's plate, in the cells' colour, hides an arrow
        # crossing the line where the label is, as on the poster.
        scene = self.scene()
        plate = QColor(scene.scheme.cell_fill if scene is not None else "#ffffff")
        for line in self._lines:
            colour = QColor(palette.BLUEPRINT_LINE_COLOURS.get(line.kind, palette.GREY))
            style = Qt.PenStyle.DashLine if line.kind == "visibility" else Qt.PenStyle.SolidLine
            p.setPen(QPen(colour, 2.0, style))
            p.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
            box = line.label_box
            p.fillRect(QRectF(box.x, box.y, box.w, box.h), plate)
            draw_text(p, line.label_x, line.label_baseline, line.label, BLUEPRINT_LABEL_SIZE, colour,
                      bold=True)


class DropMarkerItem(QGraphicsItem):
    """The insertion bar a drop will land on; also outlines the target cell."""

    def __init__(self) -> None:
        super().__init__()
        self._marker = QRectF()
        self._cell = QRectF()
        self.setZValue(50)
        self.setVisible(False)

    def show_at(self, cell: QRectF, marker: QRectF) -> None:
        self.prepareGeometryChange()
        self._cell, self._marker = cell, marker
        self.setVisible(True)

    def marker(self) -> QRectF:
        return QRectF(self._marker)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._cell.united(self._marker).adjusted(-3, -3, 3, 3)

    def paint(self, p: QPainter, option, widget=None) -> None:
        accent = QColor(palette.SELECTION)
        fill = QColor(accent)
        fill.setAlpha(22)
        p.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
        p.setBrush(fill)
        p.drawRect(self._cell.adjusted(1, 1, -1, -1))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawRoundedRect(self._marker, 1.5, 1.5)


class GhostItem(QGraphicsItem):
    """A translucent copy of the dragged cards' outlines that follows the pointer."""

    def __init__(self, rects: list[QRectF], label: str = "") -> None:
        super().__init__()
        self._rects = rects
        self._label = label
        self._bounds = QRectF()
        for r in rects:
            self._bounds = self._bounds.united(r)
        self._bounds.adjust(-2, -2, 2, 2)
        self.setZValue(60)
        self.setOpacity(0.7)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setPen(QPen(QColor(palette.SELECTION), 1.5))
        p.setBrush(QColor(255, 255, 255, 200))
        for r in self._rects:
            p.drawRoundedRect(r, 3, 3)
        if self._label and self._rects:
            first = self._rects[0]
            draw_text(p, first.x() + 8, first.y() + 18, self._label, 10, palette.INK)


def guide_item(path: QPainterPath, colour: str = palette.SELECTION) -> QGraphicsPathItem:
    """A thin dashed guide (a stage edge being dragged, a pending connection)."""
    item = QGraphicsPathItem(path)
    item.setPen(QPen(QColor(colour), 2, Qt.PenStyle.DashLine))
    item.setZValue(70)
    return item
