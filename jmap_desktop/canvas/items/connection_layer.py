"""All the connection arrows of a map that has very many, drawn by one item.

A map may hold 200,000 connections (``model.limits``). One selectable ``ConnectionItem`` per
arrow suits the few dozen a journey usually has, but 200,000 Qt items took minutes to create,
index and paint. Past ``BULK_CONNECTIONS`` the scene draws every arrow through this one item:
the map is cut into square tiles, each holding the segments that cross it (one path per line
style) and the arrowheads that end in it, so a repaint draws only the tiles in view, each in
three calls. Arrows sharing a channel are drawn once where they overlap (``_Lines``): on the
200,000-arrow map that turned a 150 dpi PNG from 99 s of painting into about 25 s. Each tile
also lists the arrows through it, so a click finds the arrow under it among a few
(``route_at``); the scene then puts a single selectable arrow item over that one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...layout.routes import ConnectionRoute
from ...layout.routes import arrow_head as route_arrow_head
from ...model import ConnectionKind

BULK_CONNECTIONS = 2_000  # more than this: one layer item instead of an item per arrow
TILE = 800.0  # scene units per tile side: a screenful at 100 % touches a handful of tiles
WHOLE_FROM_TILES = 12  # a repaint touching more tiles draws the whole map's paths once instead,
WHOLE_MAX_PIXELS = 8_000_000  # when it fills a screen, not a wall-sized PNG (clipped tiles win there)
PEN_WIDTH = 1.4
DASH_PERIOD = 6 * PEN_WIDTH  # Qt's DashLine: a dash of 4 pen widths, a gap of 2
CUT_MARGIN = 2 * PEN_WIDTH  # a segment cut to a tile still runs past its square (caps, antialiasing)


def _pieces(x0: float, y0: float, x1: float, y1: float, dashed: bool) -> list:
    """The tiles a segment crosses, each with the part of the segment it draws, as
    ``(col, row, ax, ay, bx, by)``.

    A tile is painted clipped to its square; handing it the whole of a long segment made every
    tile stroke (and dash) the full length again, most of it clipped away: a PNG of a 200,000
    arrow map spent minutes there. A straight (horizontal or vertical, as every route is) segment
    is cut to the square with a margin; a dashed one starts a whole number of dash periods from
    its real start, so its dashes line up across tiles. Any other segment goes whole into every
    tile its box touches."""
    out = []
    if x0 == x1 or y0 == y1:
        vertical = x0 == x1
        start, end = (y0, y1) if vertical else (x0, x1)
        lo, hi = (start, end) if start <= end else (end, start)
        across = int((x0 if vertical else y0) // TILE)
        for k in range(int(lo // TILE), int(hi // TILE) + 1):
            a = max(lo, k * TILE - CUT_MARGIN)
            b = min(hi, (k + 1) * TILE + CUT_MARGIN)
            if dashed:  # drawn from the real start's side, a whole number of periods from it
                if start <= end:
                    a = start + ((a - start) // DASH_PERIOD) * DASH_PERIOD
                else:
                    a, b = start - ((start - b) // DASH_PERIOD) * DASH_PERIOD, a
            if vertical:
                out.append((across, k, x0, a, x0, b))
            else:
                out.append((k, across, a, y0, b, y0))
        return out
    for col in range(int(min(x0, x1) // TILE), int(max(x0, x1) // TILE) + 1):
        for row in range(int(min(y0, y1) // TILE), int(max(y0, y1) // TILE) + 1):
            out.append((col, row, x0, y0, x1, y1))
    return out


def _distance(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """From (x, y) to the segment a-b."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(x - ax - t * dx, y - ay - t * dy)


class _Lines:
    """The routes' segments with every overlap drawn once.

    Arrows share their channels: on a map of 200,000 arrows between 1,000 cards most vertical
    segments run down the same few column edges, one over another. Solid segments on one line
    are merged where they overlap or touch (drawn in one path, the union is the same picture);
    dashed ones keep their own start (where their dashes begin) and only exact repeats go; of
    the arrowheads on one tip from one direction, one is kept."""

    def __init__(self, routes: Iterable[ConnectionRoute]) -> None:
        across: dict[float, list[tuple[float, float]]] = {}  # y -> (x0, x1) of solid segments
        down: dict[float, list[tuple[float, float]]] = {}  # x -> (y0, y1)
        self.dashed: set[tuple[float, float, float, float]] = set()
        self.slanted: set[tuple[float, float, float, float]] = set()
        heads: dict[tuple[float, float, float], list] = {}
        for route in routes:
            points = route.points
            if len(points) < 2:
                continue
            dashed = route.kind == ConnectionKind.DEPENDENCY
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                if dashed:
                    self.dashed.add((x0, y0, x1, y1))
                elif y0 == y1:
                    across.setdefault(y0, []).append((x0, x1) if x0 <= x1 else (x1, x0))
                elif x0 == x1:
                    down.setdefault(x0, []).append((y0, y1) if y0 <= y1 else (y1, y0))
                else:
                    self.slanted.add((x0, y0, x1, y1))
            (xa, ya), (xb, yb) = points[-2], points[-1]
            heads.setdefault((xb, yb, math.atan2(yb - ya, xb - xa)), points)
        self.across = {y: _union(spans) for y, spans in across.items()}
        self.down = {x: _union(spans) for x, spans in down.items()}
        self.heads = [route_arrow_head(points) for points in heads.values()]

    def segments(self) -> Iterator[tuple[tuple[float, float, float, float], bool]]:
        """Each segment to draw as ((x0, y0, x1, y1), dashed)."""
        for y, spans in self.across.items():
            for x0, x1 in spans:
                yield (x0, y, x1, y), False
        for x, spans in self.down.items():
            for y0, y1 in spans:
                yield (x, y0, x, y1), False
        for segment in self.slanted:
            yield segment, False
        for segment in self.dashed:
            yield segment, True


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping or touching intervals joined into one."""
    spans.sort()
    out = [list(spans[0])]
    for lo, hi in spans[1:]:
        if lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


class _Tile:
    """The segments that pass through one square of the map, and the arrowheads ending in it."""

    def __init__(self, col: int, row: int) -> None:
        self.square = QRectF(col * TILE, row * TILE, TILE, TILE)
        self.solid = QPainterPath()
        self.dashed = QPainterPath()
        self.heads = QPainterPath()
        # Arrowheads on one tip overlap: with the default odd-even rule every second one would
        # punch a hole (all are turned copies of one triangle, so winding never cancels).
        self.heads.setFillRule(Qt.FillRule.WindingFill)
        self.rect = QRectF()
        self.ids: list[str] = []  # the connections passing through: where a click looks

    def finish(self) -> None:
        self.rect = self.square.adjusted(-2, -2, 2, 2) | self.heads.boundingRect()


class ConnectionLayerItem(QGraphicsItem):
    """Draws the given routes; not selectable, takes no mouse buttons."""

    def __init__(self) -> None:
        super().__init__()
        self._tiles: list[_Tile] = []
        self._index: dict[tuple[int, int], _Tile] = {}
        self._routes: list[ConnectionRoute] = []
        self._by_id: dict[str, ConnectionRoute] = {}
        self._lines = _Lines(())
        self._whole: _Tile | None = None  # every route in one tile, made when first needed
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(25)  # where the single arrows are: over cells and cards

    def set_routes(self, routes: Iterable[ConnectionRoute]) -> None:
        # A segment goes into every tile it crosses and each tile is drawn clipped to its
        # square, so a repaint of part of the map draws only the segments in that part.
        self.prepareGeometryChange()
        routes = [r for r in routes if len(r.points) >= 2]
        tiles: dict[tuple[int, int], _Tile] = {}

        def tile(col: int, row: int) -> _Tile:
            found = tiles.get((col, row))
            if found is None:
                found = tiles[(col, row)] = _Tile(col, row)
            return found

        get = tiles.get
        for route in routes:  # where a click looks: the arrows through each tile
            conn_id = route.connection_id
            points = route.points
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                for col in range(int(min(x0, x1) // TILE), int(max(x0, x1) // TILE) + 1):
                    for row in range(int(min(y0, y1) // TILE), int(max(y0, y1) // TILE) + 1):
                        t = get((col, row)) or tile(col, row)
                        if not t.ids or t.ids[-1] != conn_id:
                            t.ids.append(conn_id)
        lines = _Lines(routes)  # what to draw: each overlap once
        for (x0, y0, x1, y1), dashed in lines.segments():
            for col, row, ax, ay, bx, by in _pieces(x0, y0, x1, y1, dashed):
                t = get((col, row)) or tile(col, row)
                path = t.dashed if dashed else t.solid
                path.moveTo(ax, ay)
                path.lineTo(bx, by)
        for head in lines.heads:
            x, y = head[0]
            t = get((int(x // TILE), int(y // TILE))) or tile(int(x // TILE), int(y // TILE))
            t.heads.addPolygon(QPolygonF([QPointF(*p) for p in head]))
        self._lines = lines
        bounds = QRectF()
        for t in tiles.values():
            t.finish()
            bounds |= t.rect
        self._tiles, self._index = list(tiles.values()), tiles
        self._routes, self._whole = routes, None
        self._by_id = {route.connection_id: route for route in routes}
        self._bounds = bounds
        self.update()

    def route_at(self, x: float, y: float, reach: float) -> ConnectionRoute | None:
        """The arrow passing nearest to (x, y), no farther than ``reach``: the tiles around the
        point say which few of the map's arrows to measure, so a click on a map of 200,000
        finds its arrow at once."""
        best, nearest = None, reach
        seen: set[str] = set()
        cols = range(int((x - reach) // TILE), int((x + reach) // TILE) + 1)
        rows = range(int((y - reach) // TILE), int((y + reach) // TILE) + 1)
        for key in ((col, row) for col in cols for row in rows):
            tile = self._index.get(key)
            for conn_id in tile.ids if tile is not None else ():
                if conn_id in seen:
                    continue
                seen.add(conn_id)
                route = self._by_id[conn_id]
                d = min(_distance(x, y, a, b) for a, b in zip(route.points, route.points[1:], strict=False))
                if d <= nearest:
                    best, nearest = route, d
        return best

    def _whole_map(self) -> _Tile:
        """All arrows as one tile's paths, uncut: a long arrow cut into many tiles costs a
        little in each when the whole map is drawn (fit to the window)."""
        if self._whole is None:
            whole = _Tile(0, 0)
            for (x0, y0, x1, y1), dashed in self._lines.segments():
                path = whole.dashed if dashed else whole.solid
                path.moveTo(x0, y0)
                path.lineTo(x1, y1)
            for head in self._lines.heads:
                whole.heads.addPolygon(QPolygonF([QPointF(*p) for p in head]))
            whole.square = self._bounds
            self._whole = whole
        return self._whole

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, p: QPainter, option, widget=None) -> None:
        scene = self.scene()
        colour = QColor(scene.scheme.connection if scene is not None else "#50575f")
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        # Antialiasing doubles the cost of thousands of hairlines seen from afar, for nothing.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.5)
        solid, dashed = QPen(colour, PEN_WIDTH), QPen(colour, PEN_WIDTH, Qt.PenStyle.DashLine)
        exposed = option.exposedRect
        p.setBrush(Qt.BrushStyle.NoBrush)
        tiles = [tile for tile in self._tiles if tile.rect.intersects(exposed)]
        device = p.worldTransform().mapRect(exposed)
        if len(tiles) > WHOLE_FROM_TILES and device.width() * device.height() <= WHOLE_MAX_PIXELS:
            tiles = [self._whole_map()]  # seen from afar: one pass; a huge image keeps its tiles
        for tile in tiles:
            p.save()
            p.setClipRect(tile.square, Qt.ClipOperation.IntersectClip)  # its share of a segment
            if not tile.solid.isEmpty():
                p.setPen(solid)
                p.drawPath(tile.solid)
            if not tile.dashed.isEmpty():
                p.setPen(dashed)
                p.drawPath(tile.dashed)
            p.restore()
            if not tile.heads.isEmpty():
                p.fillPath(tile.heads, colour)
