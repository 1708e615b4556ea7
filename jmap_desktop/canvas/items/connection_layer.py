"""All the connection arrows of a map that has very many, drawn by one item.

A map may hold 200,000 connections (``model.limits``). One selectable ``ConnectionItem`` per
arrow suits the few dozen a journey usually has, but 200,000 Qt items took minutes to create,
index and paint. Past ``BULK_CONNECTIONS`` the scene draws every arrow through this one item:
the map is cut into square tiles, each holding the segments that cross it (one path per line
style) and the arrowheads that end in it, so a repaint draws only the tiles in view, each in
three calls. Arrows sharing a channel are drawn once where they overlap (``connection_lines``):
on the 200,000-arrow map that turned a 150 dpi PNG from 99 s of painting into about 25 s. Each
tile also lists the arrows through it, so a click finds the arrow under it among a few
(``route_at``); the scene then puts a single selectable arrow item over that one.

Building every tile of that map takes seconds; after a card moved, the few hundred arrows it
re-routed are taken out and put back (``update_routes``) and only the tiles whose picture
changed are built again, a fraction of a second.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...layout.routes import ARROW, ConnectionRoute
from . import connection_lines
from .connection_lines import (
    CUT_MARGIN,
    PEN_WIDTH,
    REACH_BACK,
    Key,
    Lines,
    TileKey,
    route_tiles,
    tile_ends,
    tile_range,
    tiles_between,
)

BULK_CONNECTIONS = 2_000  # more than this: one layer item instead of an item per arrow
REACH = ARROW + 2  # how far past its square a tile paints (arrowheads, soft edges)
WHOLE_FROM_TILES = 12  # a repaint touching more tiles draws the whole map's paths once instead,
NEAR = REACH_BACK + CUT_MARGIN  # a span changed on a line: the tiles this near it draw it differently
WHOLE_MAX_PIXELS = 8_000_000  # when it fills a screen, not a wall-sized PNG (clipped tiles win there)


def _distance(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """From (x, y) to the segment a-b."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(x - ax - t * dx, y - ay - t * dy)


class _Tile:
    """The segments that pass through one square of the map, and the arrowheads ending in it."""

    def __init__(self, col: int, row: int) -> None:
        tile = connection_lines.TILE
        self.square = QRectF(col * tile, row * tile, tile, tile)
        self.parts: dict[Key, list] = {}  # what each key of ``Lines`` draws here
        # The connections passing through (where a click looks), as a dict: in the order they
        # came, and one leaves without the others being read.
        self.ids: dict[str, None] = {}
        # Where it paints: its square, and the arrowheads whose tips are in it.
        self.rect = self.square.adjusted(-REACH, -REACH, REACH, REACH)
        self.built = False  # its paths are made when it is first painted after a change
        self.solid = self.dashed = self.heads = QPainterPath()

    def build(self) -> None:
        """The tile's paths from its parts: when it is painted, so a change to tiles out of
        view (most of a big map) costs nothing until they are scrolled to."""
        solid, dashed, heads = QPainterPath(), QPainterPath(), QPainterPath()
        # Arrowheads on one tip overlap: with the default odd-even rule every second one would
        # punch a hole (all are turned copies of one triangle, so winding never cancels).
        heads.setFillRule(Qt.FillRule.WindingFill)
        for key in self.parts:
            kind = key[0]
            if kind == "a":
                for polygon in self.parts[key]:
                    heads.addPolygon(QPolygonF([QPointF(*p) for p in polygon]))
                continue
            if kind in ("dh", "dv"):  # a dashed line: its dashes, and where it starts in one
                for ax, ay, bx, by, is_dashed in self.parts[key]:
                    path = dashed if is_dashed else solid
                    path.moveTo(ax, ay)
                    path.lineTo(bx, by)
                continue
            path = dashed if kind == "d" else solid
            for ax, ay, bx, by in self.parts[key]:
                path.moveTo(ax, ay)
                path.lineTo(bx, by)
        self.solid, self.dashed, self.heads = solid, dashed, heads
        self.built = True

    def forget(self) -> None:
        """Its parts changed: build the paths again when next painted."""
        self.built = False
        self.solid = self.dashed = self.heads = QPainterPath()


class ConnectionLayerItem(QGraphicsItem):
    """Draws the given routes; not selectable, takes no mouse buttons."""

    def __init__(self) -> None:
        super().__init__()
        self._index: dict[TileKey, _Tile] = {}
        self._by_id: dict[str, ConnectionRoute] = {}
        self._lines = Lines()
        self._whole: _Tile | None = None  # every route in one tile, made when first needed
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(25)  # where the single arrows are: over cells and cards

    def _tile(self, key: TileKey) -> _Tile:
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = _Tile(*key)
        return found

    def set_routes(self, routes: Iterable[ConnectionRoute]) -> None:
        """Draw ``routes``, building every tile (opening a map, or after all arrows were
        routed again); ``update_routes`` redraws the few that changed."""
        # A segment goes into every tile it crosses and each tile is drawn clipped to its
        # square, so a repaint of part of the map draws only the segments in that part.
        routes = [r for r in routes if len(r.points) >= 2]
        self._index = {}
        tile, get = self._tile, self._index.get
        for route in routes:  # where a click looks: the arrows through each tile
            conn_id = route.connection_id
            for key in route_tiles(route):
                (get(key) or tile(key)).ids[conn_id] = None
        lines = self._lines = Lines(routes)  # what to draw: each overlap once
        for key in lines.all_keys():
            for tile_key, parts in lines.pieces(key).items():
                (get(tile_key) or tile(tile_key)).parts[key] = parts
        self._by_id = {route.connection_id: route for route in routes}
        self._whole = None
        self._set_bounds()
        self.update()

    def update_routes(self, routes: Mapping[str, ConnectionRoute], changed: Iterable[str]) -> None:
        """After the arrows ``changed`` were routed again (or went: not in ``routes``), redraw
        only the tiles where the picture changed: the tiles their old and new routes cross,
        and of those only where what is drawn differs (where an arrow's share of a channel
        others still draw, nothing changes). The result equals ``set_routes`` of all routes.

        It costs what was re-routed, not what the map holds: a line (a column edge that
        hundreds of arrows run down) is cut into tiles again only near the spans that changed
        on it, and a tile's arrows are a dict, so one leaves without the others being read (a
        card dropped on a map of 200,000 arrows spent seconds here)."""
        lines, by_id, index = self._lines, self._by_id, self._index
        shares = []  # what each arrow files no more, and what it files now
        near: dict[Key, set[int] | None] = {}  # each key changed: where along its line (None: all)
        created = False
        touched: set[TileKey] = set()
        for conn_id in changed:
            old, new = by_id.pop(conn_id, None), routes.get(conn_id)
            if new is not None and len(new.points) < 2:
                new = None
            if old is None and new is None:
                continue
            gone, come = Lines.change(old, new)
            shares.append((gone, come))
            for key, span in gone + come:
                if span is None:
                    near[key] = None
                else:
                    found = near.get(key, False)
                    if found is False:
                        found = near[key] = set()
                    found.update(tile_range(span[0] - NEAR, span[1] + NEAR))
            # Where a click looks: the tiles a route crosses follow from the tiles of its
            # points, and most re-routed arrows keep those.
            was_ends = tile_ends(old.points) if old is not None else None
            now_ends = tile_ends(new.points) if new is not None else None
            if was_ends != now_ends:
                was = tiles_between(was_ends) if was_ends is not None else set()
                now = tiles_between(now_ends) if now_ends is not None else set()
                for tile_key in was - now:
                    del index[tile_key].ids[conn_id]
                    touched.add(tile_key)
                for tile_key in now - was:
                    created = created or tile_key not in index
                    self._tile(tile_key).ids[conn_id] = None
            if new is not None:
                by_id[conn_id] = new
        before = {key: lines.pieces(key, where) for key, where in near.items()}
        for gone, come in shares:
            lines.add(gone, -1)
            lines.add(come)
        lines.refresh(near)
        dirty: set[TileKey] = set()
        for key, where in near.items():
            was, now = before[key], lines.pieces(key, where)
            for tile_key in was.keys() | now.keys():
                parts = now.get(tile_key)
                if was.get(tile_key) == parts:
                    continue
                dirty.add(tile_key)
                if parts:
                    created = created or tile_key not in index
                    self._tile(tile_key).parts[key] = parts
                else:
                    index[tile_key].parts.pop(key, None)
        touched |= dirty
        for tile_key in dirty:
            t = index[tile_key]
            t.forget()
            self.update(t.rect)
        emptied = [k for k in touched if not index[k].parts and not index[k].ids]
        for tile_key in emptied:
            del index[tile_key]
        if dirty:
            self._whole = None
        if created or emptied:
            self._set_bounds()

    def drawn(self) -> dict:
        """Each tile's share of the picture (the segments and heads it draws, by key), the
        arrows it lists and where it paints: two layers with equal ``drawn`` paint the same."""
        return {key: ({k: sorted(v) for k, v in t.parts.items()}, sorted(t.ids), t.rect.getRect())
                for key, t in self._index.items()}

    def _set_bounds(self) -> None:
        bounds = QRectF()
        for t in self._index.values():
            bounds |= t.rect
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def route_at(self, x: float, y: float, reach: float) -> ConnectionRoute | None:
        """The arrow passing nearest to (x, y), no farther than ``reach``: the tiles around the
        point say which few of the map's arrows to measure, so a click on a map of 200,000
        finds its arrow at once."""
        best, nearest = None, reach
        seen: set[str] = set()
        tile = connection_lines.TILE
        cols = range(int((x - reach) // tile), int((x + reach) // tile) + 1)
        rows = range(int((y - reach) // tile), int((y + reach) // tile) + 1)
        for key in ((col, row) for col in cols for row in rows):
            found = self._index.get(key)
            for conn_id in found.ids if found is not None else ():
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
            solid, dashed, heads = QPainterPath(), QPainterPath(), QPainterPath()
            heads.setFillRule(Qt.FillRule.WindingFill)
            for (x0, y0, x1, y1), is_dashed in self._lines.segments():
                path = dashed if is_dashed else solid
                path.moveTo(x0, y0)
                path.lineTo(x1, y1)
            for head in self._lines.heads():
                heads.addPolygon(QPolygonF([QPointF(*p) for p in head]))
            whole.solid, whole.dashed, whole.heads = solid, dashed, heads
            whole.square = whole.rect = self._bounds
            whole.built = True
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
        tiles = [tile for tile in self._index.values() if tile.rect.intersects(exposed)]
        device = p.worldTransform().mapRect(exposed)
        if len(tiles) > WHOLE_FROM_TILES and device.width() * device.height() <= WHOLE_MAX_PIXELS:
            tiles = [self._whole_map()]  # seen from afar: one pass; a huge image keeps its tiles
        for tile in tiles:
            if not tile.built:
                tile.build()
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
