"""All the connection arrows of a map that has very many, drawn by one item.

A map may hold 200,000 connections (``model.limits``). One selectable ``ConnectionItem`` per
arrow suits the few dozen a journey usually has, but 200,000 Qt items took minutes to create,
index and paint. Past ``BULK_CONNECTIONS`` the scene draws every arrow through this one item:
the routes are grouped into square tiles of the map (by where they start), each tile one path
per line style and one for the arrowheads, so a repaint draws only the tiles in view, each in
three calls. In this mode the arrows are not selectable one by one; they still go with their
cards, and the poster draws them all the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...layout.routes import ConnectionRoute
from ...model import ConnectionKind
from .overlays import arrow_head

BULK_CONNECTIONS = 2_000  # more than this: one layer item instead of an item per arrow
TILE = 800.0  # scene units per tile side: a screenful at 100 % touches a handful of tiles


class _Tile:
    def __init__(self) -> None:
        self.solid = QPainterPath()
        self.dashed = QPainterPath()
        self.heads = QPainterPath()
        self.rect = QRectF()

    def add(self, route: ConnectionRoute) -> None:
        points = route.points
        path = self.dashed if route.kind == ConnectionKind.DEPENDENCY else self.solid
        path.moveTo(*points[0])
        for x, y in points[1:]:
            path.lineTo(x, y)
        head = arrow_head(points)
        if not head.isEmpty():
            self.heads.addPolygon(head)
            self.heads.closeSubpath()

    def finish(self) -> None:
        self.rect = (self.solid.boundingRect() | self.dashed.boundingRect()
                     | self.heads.boundingRect()).adjusted(-2, -2, 2, 2)


class ConnectionLayerItem(QGraphicsItem):
    """Draws the given routes; not selectable, takes no mouse buttons."""

    def __init__(self) -> None:
        super().__init__()
        self._tiles: list[_Tile] = []
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(25)  # where the single arrows are: over cells and cards

    def set_routes(self, routes: Iterable[ConnectionRoute]) -> None:
        self.prepareGeometryChange()
        tiles: dict[tuple[int, int], _Tile] = {}
        for route in routes:
            if len(route.points) < 2:
                continue
            x, y = route.points[0]
            key = (int(x // TILE), int(y // TILE))
            tile = tiles.get(key)
            if tile is None:
                tile = tiles[key] = _Tile()
            tile.add(route)
        bounds = QRectF()
        for tile in tiles.values():
            tile.finish()
            bounds |= tile.rect
        self._tiles = list(tiles.values())
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        scene = self.scene()
        colour = QColor(scene.scheme.connection if scene is not None else "#50575f")
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        # Antialiasing doubles the cost of thousands of hairlines seen from afar, for nothing.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.5)
        solid, dashed = QPen(colour, 1.4), QPen(colour, 1.4, Qt.PenStyle.DashLine)
        exposed = option.exposedRect
        for tile in self._tiles:
            if not tile.rect.intersects(exposed):
                continue
            p.setBrush(Qt.BrushStyle.NoBrush)
            if not tile.solid.isEmpty():
                p.setPen(solid)
                p.drawPath(tile.solid)
            if not tile.dashed.isEmpty():
                p.setPen(dashed)
                p.drawPath(tile.dashed)
            p.fillPath(tile.heads, colour)
