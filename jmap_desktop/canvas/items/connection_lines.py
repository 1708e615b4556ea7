"""What the connection layer draws, kept so that a few arrows can be taken out and put back.

The layer (``connection_layer``) draws the arrows of a huge map in square tiles. Arrows share
their channels: on a map of 200,000 arrows between 1,000 cards most vertical segments run down
the same few column edges, one over another, so overlaps are drawn once. Segments on one line
are merged where they overlap or touch (the union is the same picture). Dashed ones too: their
dashes keep to one grid along the line (a dash every ``DASH_PERIOD`` from 0), so overlapping
dashed segments draw the same dashes and their union draws what all of them did; the part of a
dash where a segment starts is drawn plain. (Each dashed arrow with its own dashes, thousands
overlapping down a column edge, made a screenful take most of a second to paint.) Of the
arrowheads on one tip from one direction, one is kept.

Everything drawn is filed under a key: ``("h", y)`` / ``("v", x)`` a horizontal or vertical
line of solid segments, ``("dh", y)`` / ``("dv", x)`` one of dashed segments, ``("d", segment)``
a dashed slanted segment, ``("s", segment)`` a solid slanted one, ``("a", (x, y, angle))`` an
arrowhead. ``Lines`` keeps every arrow's share under its key (the segments of each line, repeats
included, and how many arrows have each slanted segment or head), so moving a card takes its
arrows out and puts the new ones in, and only the keys they touch are cut into tiles again
(``pieces``): the tiles whose share changed are all that is redrawn.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import repeat

from ...layout.routes import ARROW, ARROW_SPREAD, ConnectionRoute
from ...model import ConnectionKind

TILE = 800.0  # scene units per tile side: a screenful at 100 % touches a handful of tiles
PEN_WIDTH = 1.4
DASH_PERIOD = 6 * PEN_WIDTH  # Qt's DashLine: a dash of 4 pen widths, a gap of 2
DASH = 4 * PEN_WIDTH
CUT_MARGIN = 2 * PEN_WIDTH  # a segment cut to a tile still runs past its square (caps, antialiasing)
# How far before a tile a line's span can change what the tile draws: the margin, and a dash
# period (a dashed piece starts on the grid of dashes, up to a period before the margin).
REACH_BACK = CUT_MARGIN + DASH_PERIOD

Key = tuple
TileKey = tuple[int, int]
ALONG = {"h": "h", "v": "v", "dh": "h", "dv": "v"}  # the keys of lines, and which way each runs


def tile_range(lo: float, hi: float) -> range:
    """The tile columns (or rows) from ``lo`` to ``hi``."""
    return range(int(lo // TILE), int(hi // TILE) + 1)


def route_tiles(route: ConnectionRoute) -> set[TileKey]:
    """The tiles the segments of ``route`` pass through."""
    return tiles_between(tile_ends(route.points))


def tile_ends(points: list) -> list[TileKey]:
    """The tile of each point of a route: all its tiles follow from them (``tiles_between``)."""
    tile = TILE
    return [(int(x // tile), int(y // tile)) for x, y in points]


def tiles_between(ends: list[TileKey]) -> set[TileKey]:
    """The tiles a route through the tiles ``ends`` (of its points, in order) passes through."""
    out = set(ends)
    c0, r0 = ends[0]
    for c1, r1 in ends[1:]:
        # Most segments lie in one tile or two neighbours, both among the ends; a long
        # straight one adds the tiles between (counted in C: arrows run the map's height).
        if c0 == c1:
            if r1 - r0 > 1 or r0 - r1 > 1:
                out.update(zip(repeat(c0), range(min(r0, r1) + 1, max(r0, r1))))
        elif r0 == r1:
            if c1 - c0 > 1 or c0 - c1 > 1:
                out.update(zip(range(min(c0, c1) + 1, max(c0, c1)), repeat(r0)))
        else:
            for col in range(min(c0, c1), max(c0, c1) + 1):
                out.update(zip(repeat(col), range(min(r0, r1), max(r0, r1) + 1)))
        c0, r0 = c1, r1
    return out


def _pieces(x0: float, y0: float, x1: float, y1: float, dashed: bool) -> list:
    """The tiles a segment crosses, each with the part of the segment it draws, as
    ``(col, row, ax, ay, bx, by)``.

    A tile is painted clipped to its square; handing it the whole of a long segment made every
    tile stroke (and dash) the full length again, most of it clipped away: a PNG of a 200,000
    arrow map spent minutes there. A straight (horizontal or vertical, as every route is) segment
    is cut to the square with a margin; a dashed one (a run of ``dash_runs``, on the grid of
    dashes) starts on that grid in every tile, so its dashes line up across tiles. Any other
    segment goes whole into every tile its box touches."""
    out = []
    if x0 == x1 or y0 == y1:
        vertical = x0 == x1
        start, end = (y0, y1) if vertical else (x0, x1)
        lo, hi = (start, end) if start <= end else (end, start)
        across = int((x0 if vertical else y0) // TILE)
        for k in range(int(lo // TILE), int(hi // TILE) + 1):
            a = max(lo, k * TILE - CUT_MARGIN)
            b = min(hi, (k + 1) * TILE + CUT_MARGIN)
            if dashed:
                # A straight dashed piece is a run of dash_runs: it starts on the grid of dashes
                # and runs forward. Each tile's share starts on the grid point before it, worked
                # out from the grid alone, so that runs starting at different points of a line
                # cut a tile at the very same number (start + n periods rounds differently).
                a = max(round(start / DASH_PERIOD), math.floor(a / DASH_PERIOD)) * DASH_PERIOD
            if vertical:
                out.append((across, k, x0, a, x0, b))
            else:
                out.append((k, across, a, y0, b, y0))
        return out
    for col in tile_range(min(x0, x1), max(x0, x1)):
        for row in tile_range(min(y0, y1), max(y0, y1)):
            out.append((col, row, x0, y0, x1, y1))
    return out


def _union(ends: dict[float, int]) -> list[tuple[float, float]]:
    """The intervals covered on a line, given where segments start (+1) and end (-1) on it:
    overlapping or touching segments come out joined into one."""
    out = []
    depth, start = 0, 0.0
    for at in sorted(ends):
        now = depth + ends[at]
        if depth == 0 and now > 0:
            start = at
        elif depth > 0 and now == 0:
            out.append((start, at))
        depth = now
    return out


def _shares(route: ConnectionRoute) -> list[tuple[Key, tuple[float, float] | None]]:
    """Each key ``route`` files something under, with the span for a line's key (None for the
    others)."""
    points = route.points
    if len(points) < 2:
        return []
    out = []
    add = out.append
    dashed = route.kind == ConnectionKind.DEPENDENCY
    x0, y0 = points[0]
    for x1, y1 in points[1:]:
        if dashed:
            if y0 == y1:
                add((("dh", y0), ((x0, x1) if x0 <= x1 else (x1, x0))))
            elif x0 == x1:
                add((("dv", x0), ((y0, y1) if y0 <= y1 else (y1, y0))))
            else:
                add((("d", (x0, y0, x1, y1)), None))
        elif y0 == y1:
            add((("h", y0), ((x0, x1) if x0 <= x1 else (x1, x0))))
        elif x0 == x1:
            add((("v", x0), ((y0, y1) if y0 <= y1 else (y1, y0))))
        else:
            add((("s", (x0, y0, x1, y1)), None))
        x0, y0 = x1, y1
    (xa, ya), (xb, yb) = points[-2], points[-1]
    add((("a", (xb, yb, math.atan2(yb - ya, xb - xa))), None))
    return out


def dash_runs(lo: float, hi: float) -> list[tuple[float, float, bool]]:
    """A dashed line's span from ``lo`` to ``hi`` on the grid of dashes (one every
    ``DASH_PERIOD`` from 0): the part of a dash it starts in, drawn plain, then the rest from
    the first whole period, drawn dashed; each as ``(start, end, dashed)``."""
    first = math.ceil(lo / DASH_PERIOD - 1e-9) * DASH_PERIOD
    out = []
    lead = min(hi, first - DASH_PERIOD + DASH)
    if lead > lo:
        out.append((lo, lead, False))
    if first < hi:
        out.append((first, hi, True))
    return out


def head_polygon(x: float, y: float, angle: float) -> tuple:
    """The arrowhead with its tip at (x, y) pointing along ``angle``: ``routes.arrow_head``'s
    triangle, from its key alone (one of the arrows sharing it stands for all)."""
    return ((x, y),
            (x - ARROW * math.cos(angle - ARROW_SPREAD), y - ARROW * math.sin(angle - ARROW_SPREAD)),
            (x - ARROW * math.cos(angle + ARROW_SPREAD), y - ARROW * math.sin(angle + ARROW_SPREAD)))


class Lines:
    """Every arrow's share of the picture, filed by key (see the module's docstring)."""

    def __init__(self, routes: Iterable[ConnectionRoute] = ()) -> None:
        # A line's segments as where they start and end: +1 at a start, -1 at an end, summed
        # per point (zeros dropped). Many arrows share their ends (card edges, channels), so
        # this is far smaller than the segments, and one arrow comes out in a few sums.
        self.ends: dict[Key, dict[float, int]] = {}
        self.union: dict[Key, list[tuple[float, float]]] = {}  # a line's segments joined: what is drawn
        self.counts: Counter = Counter()  # dashed and slanted segments, heads: arrows having them
        for route in routes:
            self.add(_shares(route))
        self.refresh(list(self.ends))

    def all_keys(self) -> Iterator[Key]:
        """Every key that draws something."""
        yield from self.union
        yield from self.counts

    @staticmethod
    def change(old: ConnectionRoute | None, new: ConnectionRoute | None) -> tuple[list, list]:
        """What an arrow routed again files no more, and what it files now, under each key
        (the span for a line's key): the segments both routes have are left out (most of a
        route stays when only one of its cards moved)."""
        gone = _shares(old) if old is not None else []
        come = _shares(new) if new is not None else []
        if gone and come:
            kept = []
            for share in gone:
                if share in come:
                    come.remove(share)
                else:
                    kept.append(share)
            gone = kept
        return gone, come

    def add(self, shares: Iterable, sign: int = 1) -> None:
        """Put in what an arrow files (``sign`` -1: take out what was put in before);
        ``refresh`` the keys of its lines afterwards."""
        counts, lines = self.counts, self.ends
        for key, span in shares:  # (written out: a dropped card on a huge map adds thousands)
            if span is None:
                left = counts.get(key, 0) + sign
                if left:
                    counts[key] = left
                else:
                    del counts[key]
                continue
            lo, hi = span
            if lo == hi:
                continue  # nothing to draw (routes drop repeated points)
            line = lines.get(key)
            if line is None:
                line = lines[key] = {}
            total = line.get(lo, 0) + sign
            if total:
                line[lo] = total
            else:
                del line[lo]
            total = line.get(hi, 0) - sign
            if total:
                line[hi] = total
            else:
                del line[hi]

    def refresh(self, keys: Iterable[Key]) -> None:
        """Join the segments of the lines among ``keys`` again, after ``add`` and ``remove``."""
        for key in keys:
            if key[0] not in ALONG:
                continue
            line = self.ends.get(key)
            if line:
                self.union[key] = _union(line)
            else:
                self.ends.pop(key, None)
                self.union.pop(key, None)

    def pieces(self, key: Key, near: set[int] | None = None) -> dict[TileKey, list]:
        """What ``key`` draws in each tile: segments ``(ax, ay, bx, by)``, or the arrowhead's
        polygon; nothing when no arrow has it. ``near``: for a line, only the tiles at these
        places along it (columns of a horizontal line, rows of a vertical one)."""
        out: dict[TileKey, list] = {}
        kind, value = key
        along = ALONG.get(kind)
        if along is not None:
            spans = self.union.get(key, ())
            if near is not None and spans:
                if not near:
                    return out
                # Only the spans reaching the tiles asked for: a column edge's line may run
                # the map's height in hundreds of spans.
                lo, hi = min(near) * TILE - REACH_BACK, (max(near) + 1) * TILE + REACH_BACK
                first = bisect.bisect_left(spans, lo, key=lambda span: span[1])
                last = bisect.bisect_right(spans, hi, lo=first, key=lambda span: span[0])
                spans = spans[first:last]
            for lo, hi in spans:
                if along is kind:  # solid: the span whole
                    runs: list = [(lo, hi, None)]
                else:
                    runs = dash_runs(lo, hi)
                for a, b, dashed in runs:
                    parts = _pieces(a, value, b, value, bool(dashed)) if along == "h" \
                        else _pieces(value, a, value, b, bool(dashed))
                    for col, row, *segment in parts:
                        if near is None or (col if along == "h" else row) in near:
                            out.setdefault((col, row), []).append(
                                tuple(segment) if dashed is None else (*segment, dashed))
        elif key not in self.counts:
            pass
        elif kind == "a":
            x, y, _ = value
            out[(int(x // TILE), int(y // TILE))] = [head_polygon(*value)]
        else:
            for col, row, *segment in _pieces(*value, kind == "d"):
                out.setdefault((col, row), []).append(tuple(segment))
        return out

    def segments(self) -> Iterator[tuple[tuple[float, float, float, float], bool]]:
        """Each segment to draw whole as ((x0, y0, x1, y1), dashed)."""
        for (kind, value), spans in self.union.items():
            along = ALONG[kind]
            for lo, hi in spans:
                for a, b, dashed in [(lo, hi, False)] if along is kind else dash_runs(lo, hi):
                    yield ((a, value, b, value) if along == "h" else (value, a, value, b)), dashed
        for kind, value in self.counts:
            if kind in ("d", "s"):
                yield value, kind == "d"

    def heads(self) -> Iterator[tuple]:
        for kind, value in self.counts:
            if kind == "a":
                yield head_polygon(*value)
