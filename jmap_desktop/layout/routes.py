"""Routes of the connection arrows: orthogonal paths that never run across a card.

An arrow that crossed a card would strike through its text and read as "invalidated", so every
route keeps to the free channels of the grid:

- within a cell, the gap above each row of cards (rows share their top edge, so the gap above a
  row is free even when the cards of the row differ in height);
- between stage columns, the column edge (cards keep ``cell_padding`` away from it);
- across the stages in between, just below a lane's top edge (the lane's padding is free in
  every column).

Adjacent stages keep the short familiar route (out of the right edge, down the column edge, into
the left edge) whenever it is clear; only the parts that would cross a card take the channels.

Checking for cards costs tens of microseconds a route, so a map is routed this way for its first
``CAREFUL_ROUTES`` connections only (far more than a readable map has): a file with the
format's 200,000 took minutes. The rest take the short familiar route unchecked.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import ConnectionKind, JourneyMap
from .geometry import Rect

Point = tuple[float, float]

LANE_CHANNEL = 4.0  # how far below a lane's top edge an arrow crosses the stages in between
GUTTER = 6.0  # half the cell padding: between a cell's left edge and its cards
CAREFUL_ROUTES = 20_000  # connections routed around cards; the rest take the plain route


@dataclass
class ConnectionRoute:
    connection_id: str
    source_id: str
    target_id: str
    points: list[Point]
    kind: ConnectionKind = ConnectionKind.FLOW  # dependency arrows are drawn dashed


class _Obstacles:
    """The visible card rectangles of each stage column, sorted by top edge, so a segment can
    be checked against the few cards near it instead of all of them.

    ``column_cards(i)``, when given, names the cards of column ``i`` (its stage's cells): a
    column is then read when a segment first crosses it. An edit that re-routes a few arrows
    on a 20,000-card map read every card's rectangle here, 150 ms a drop. ``kept`` holds the
    columns read, from one edit to the next: the caller drops those an edit changed."""

    def __init__(self, columns: list[tuple[str, float, float]], cards: dict,
                 column_cards: Callable[[int], Iterable[str]] | None = None,
                 kept: dict | None = None) -> None:
        self.edges = [cx for _, cx, _ in columns]
        self.columns = columns
        self.cards = cards
        self.column_cards = column_cards
        self.kept = kept if kept is not None else {}  # columns read before, still as they are
        self.rects: list[list[tuple[float, Rect, str]] | None] = [None for _ in columns]
        self.tallest = [0.0 for _ in columns]
        self.tops: list[list[float]] = [[] for _ in columns]
        if column_cards is not None:
            return
        found: list[list[tuple[float, Rect, str]]] = [[] for _ in columns]
        for box in cards.values():
            if not box.visible:
                continue
            r = box.rect
            i = self.column_of(r.center[0])
            if i is not None:
                found[i].append((r.y, r, box.card_id))
        for i, rects in enumerate(found):
            self._keep(i, rects)

    def _keep(self, i: int, rects: list[tuple[float, Rect, str]]) -> None:
        rects.sort(key=lambda item: item[0])
        self.rects[i] = rects
        self.tops[i] = [item[0] for item in rects]
        self.tallest[i] = max((r.h for _, r, _ in rects), default=0.0)

    def column(self, i: int) -> list[tuple[float, Rect, str]]:
        rects = self.rects[i]
        if rects is None and i in self.kept:
            rects, self.tops[i], self.tallest[i] = self.kept[i]
            self.rects[i] = rects
        if rects is None:  # read now, from the stage's own cards
            rects = []
            for card_id in self.column_cards(i):
                box = self.cards.get(card_id)
                if box is None or not box.visible:
                    continue
                r = box.rect
                if self.column_of(r.center[0]) == i:  # (cards keep within their stage's column)
                    rects.append((r.y, r, card_id))
            self._keep(i, rects)
            self.kept[i] = (rects, self.tops[i], self.tallest[i])
        return rects

    def column_of(self, x: float) -> int | None:
        i = bisect.bisect_right(self.edges, x) - 1
        if i < 0 or x > self.columns[i][1] + self.columns[i][2]:
            return None
        return i

    def blocked(self, points: list[Point], ends: tuple[str, str]) -> bool:
        """True when any segment of ``points`` runs through a card other than the two ends."""
        return any(self._segment_blocked(a, b, ends) for a, b in zip(points, points[1:], strict=False))

    def _segment_blocked(self, a: Point, b: Point, ends: tuple[str, str]) -> bool:
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        first = max(0, bisect.bisect_right(self.edges, x0) - 1)
        last = max(0, bisect.bisect_right(self.edges, x1) - 1)
        eps = 0.5  # touching a card's edge (where an arrow starts or ends) is not crossing it
        for i in range(first, min(last, len(self.rects) - 1) + 1):
            rects = self.column(i)
            tops = self.tops[i]
            start = bisect.bisect_left(tops, y0 - self.tallest[i])
            stop = bisect.bisect_right(tops, y1)
            for _, r, card_id in rects[start:stop]:
                if card_id in ends:
                    continue
                if x1 > r.x + eps and x0 < r.right - eps and y1 > r.y + eps and y0 < r.bottom - eps:
                    return True
        return False


def route_connections(doc: JourneyMap, cards: dict, columns: list[tuple[str, float, float]],
                      lane_tops: list[float], card_gap: float) -> dict[str, ConnectionRoute]:
    """A route for every connection whose two cards are visible (keyed by connection id)."""
    routes: dict[str, ConnectionRoute] = {}
    if not doc.connections:
        return routes
    obstacles = _Obstacles(columns, cards)
    router = _Router(obstacles, columns, sorted(lane_tops), card_gap)
    for i, conn in enumerate(doc.connections):
        a, b = cards.get(conn.source_id), cards.get(conn.target_id)
        if a is None or b is None or not (a.visible and b.visible):
            continue
        points = router.route(a, b) if i < CAREFUL_ROUTES else plain_route(a.rect, b.rect)
        routes[conn.id] = ConnectionRoute(conn.id, conn.source_id, conn.target_id, _dedupe(points),
                                          conn.kind)
    return routes


class ConnectionEnds:
    """Where each card's connections are in the map's list of connections: a moved card's
    arrows are found among 200,000 without reading them all. Made from the list as it is; a
    change to the connections (``ChangeKind.CONNECTIONS``) makes it stale."""

    def __init__(self, connections: list) -> None:
        self.size = len(connections)
        self.at: dict[str, list[int]] = {}
        at = self.at
        for i, conn in enumerate(connections):
            at.setdefault(conn.source_id, []).append(i)
            if conn.target_id != conn.source_id:
                at.setdefault(conn.target_id, []).append(i)

    def fits(self, connections: list) -> bool:
        return self.size == len(connections)


def reroute(routes: dict[str, ConnectionRoute], doc: JourneyMap, cards: dict,
            columns: list[tuple[str, float, float]], lane_tops: list[float], card_gap: float,
            moved: dict[str, Rect | None], tops_moved: bool, ends: ConnectionEnds | None = None,
            column_cards: Callable[[int], Iterable[str]] | None = None, kept: dict | None = None,
            boxes: dict | None = None) -> set[str]:
    """Bring ``routes`` (of the connections as they are) up to date in place after the cards
    in ``moved`` changed place, size or visibility (each with its rectangle before, None when
    it was not shown); returns the ids of the routes that changed or went. ``ends``: the
    connections' ``ConnectionEnds``, made here when not given.

    A route depends on its two cards and, when routed around cards, on the cards it was
    checked against: all lie in the columns from one card's to the other's, between the higher
    top and the lower bottom of the two cards; crossing stages it also takes a lane channel.
    So only routes with a moved end, or a moved card (before or after) in that box, or a
    channel when a lane moved, can differ; the rest are kept. The first ``CAREFUL_ROUTES`` are
    each checked so; of the rest (plain routes) only those of the moved cards, found through
    ``ends``, are read at all: a card dragged on a map of 200,000 arrows read every one of
    them, most of a second, to re-route a few hundred."""
    connections = doc.connections
    if ends is None or not ends.fits(connections):
        ends = ConnectionEnds(connections)
    obstacles = _Obstacles(columns, cards, column_cards, kept)
    router = _Router(obstacles, columns, sorted(lane_tops), card_gap)
    spans: list[list[tuple[float, float]]] = [[] for _ in columns]  # per column: moved y spans
    for card_id, old in moved.items():
        box = cards.get(card_id)
        for rect in (old, box.rect if box is not None and box.visible else None):
            i = obstacles.column_of(rect.center[0]) if rect is not None else None
            if i is not None:
                spans[i].append((rect.y, rect.bottom))
    merged = [_merge_spans(column) for column in spans]  # (lows, highs), sorted and disjoint
    active = [i for i, (lows, _) in enumerate(merged) if lows]  # the few columns where cards moved

    # Each card's rectangle and column (None: not shown), once a card: a card box makes its
    # rectangle anew at every read, and thousands of arrows read the same few hundred cards.
    places: dict[str, tuple[Rect, int | None] | None] = {}

    def place(card_id: str) -> tuple[Rect, int | None] | None:
        found = places.get(card_id, False)
        if found is False:
            box = cards.get(card_id)
            if box is None or not box.visible:
                found = None
            else:
                rect = box.rect
                found = (rect, obstacles.column_of(rect.center[0]))
            places[card_id] = found
        return found

    def box_of(a: tuple[Rect, int | None], b: tuple[Rect, int | None]) -> tuple | None:
        """Where a route around cards looks: its columns and its height (None: a card outside
        every column)."""
        (ra, ia), (rb, ib) = a, b
        if ia is None or ib is None:
            return None
        return (min(ia, ib), max(ia, ib), min(ra.y, rb.y) - 1, max(ra.bottom, rb.bottom) + 1)

    def touched(box: tuple | None) -> bool:
        if box is None:
            return True
        ia, ib, top, bottom = box
        if tops_moved and ib - ia > 1:
            return True
        n = bisect.bisect_left(active, ia)
        if n == len(active) or active[n] > ib:
            return False  # no card moved in the columns between them
        for i in active[n:bisect.bisect_right(active, ib, lo=n)]:
            lows, highs = merged[i]
            k = bisect.bisect_left(highs, top)  # the first moved span not wholly above
            if k < len(lows) and lows[k] <= bottom:
                return True
        return False

    careful = min(CAREFUL_ROUTES, len(connections))
    plain = {i for card_id in moved for i in ends.at.get(card_id, ()) if i >= careful}
    changed: set[str] = set()
    boxes = boxes if boxes is not None else {}
    for i in itertools.chain(range(careful), sorted(plain)):
        conn = connections[i]
        source, target = conn.source_id, conn.target_id
        kept_route = conn.id in routes and source not in moved and target not in moved
        if kept_route and i < careful:
            # Neither card moved: where the route looks is as before, kept from edit to edit
            # (thousands of arrows made a rectangle of both their cards at every drop).
            box = boxes.get(i, False)
            if box is False:
                a, b = place(source), place(target)
                box = boxes[i] = box_of(a, b) if a is not None and b is not None else None
            if not touched(box):
                continue
        a, b = place(source), place(target)
        if a is None or b is None:  # a card gone or not shown
            boxes.pop(i, None)
            if routes.pop(conn.id, None) is not None:
                changed.add(conn.id)
            continue
        if i < careful:
            boxes[i] = box_of(a, b)
        elif kept_route:
            continue
        points = _dedupe(router.route(cards[source], cards[target]) if i < careful else plain_route(a[0], b[0]))
        old = routes.get(conn.id)
        if old is None or old.points != points or old.kind != conn.kind:
            routes[conn.id] = ConnectionRoute(conn.id, source, target, points, conn.kind)
            changed.add(conn.id)
    return changed


def route_named(routes: dict[str, ConnectionRoute], doc: JourneyMap, cards: dict,
                columns: list[tuple[str, float, float]], lane_tops: list[float], card_gap: float,
                named: set[str], column_cards: Callable[[int], Iterable[str]] | None = None,
                kept: dict | None = None) -> set[str]:
    """Bring ``routes`` up to date in place after the connections ``named`` were added,
    removed or changed (their kind); returns the ids of the routes that changed or went.

    Only they can differ, and the few whose place in the list the additions and removals moved
    across ``CAREFUL_ROUTES`` (routed around cards or not): none of those moved by more than
    ``len(named)`` places, so they are within that many of the budget."""
    changed: set[str] = set()
    gone = set(named)  # named, no longer in the map
    router = _Router(_Obstacles(columns, cards, column_cards, kept), columns, sorted(lane_tops), card_gap)
    near = range(max(0, CAREFUL_ROUTES - len(named)), CAREFUL_ROUTES + len(named))
    for i, conn in enumerate(doc.connections):
        if conn.id not in named and i not in near:
            continue
        gone.discard(conn.id)
        a, b = cards.get(conn.source_id), cards.get(conn.target_id)
        if a is None or b is None or not (a.visible and b.visible):
            if routes.pop(conn.id, None) is not None:
                changed.add(conn.id)
            continue
        points = _dedupe(router.route(a, b) if i < CAREFUL_ROUTES else plain_route(a.rect, b.rect))
        old = routes.get(conn.id)
        if old is None or old.points != points or old.kind != conn.kind:
            routes[conn.id] = ConnectionRoute(conn.id, conn.source_id, conn.target_id, points, conn.kind)
            changed.add(conn.id)
    for conn_id in gone:
        if routes.pop(conn_id, None) is not None:
            changed.add(conn_id)
    return changed


def _merge_spans(spans: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    lows: list[float] = []
    highs: list[float] = []
    for lo, hi in sorted(spans):
        if highs and lo <= highs[-1]:
            highs[-1] = max(highs[-1], hi)
        else:
            lows.append(lo)
            highs.append(hi)
    return lows, highs


class _Router:
    def __init__(self, obstacles: _Obstacles, columns, lane_tops: list[float], card_gap: float) -> None:
        self.obstacles = obstacles
        self.columns = columns
        self.lane_tops = lane_tops
        self.half_gap = card_gap / 2

    def route(self, a, b) -> list[Point]:
        ra, rb = a.rect, b.rect
        ends = (a.card_id, b.card_id)
        (ax, ay), (bx, by) = ra.center, rb.center
        blocked = self.obstacles.blocked
        if rb.x >= ra.right or rb.right <= ra.x:  # the target lies to the right or to the left
            rightwards = rb.x >= ra.right
            out_x, in_x = (ra.right, rb.x) if rightwards else (ra.x, rb.right)
            mid = (out_x + in_x) / 2
            simple = [(out_x, ay), (mid, ay), (mid, by), (in_x, by)]
            if not blocked(simple, ends):
                return simple
            return self._across(ra, rb, rightwards, ends)
        if rb.y >= ra.bottom:  # directly below: a short drop through the gap between them
            mid = (ra.bottom + rb.y) / 2
            drop = [(ax, ra.bottom), (ax, mid), (bx, mid), (bx, rb.y)]
            if not blocked(drop, ends):
                return drop
        # Same column with cards in between (or above): run down the gutter at the left of the
        # column so the arrow never crosses the cards it passes.
        gutter = min(ra.x, rb.x) - GUTTER
        return [(ra.x, ay), (gutter, ay), (gutter, by), (rb.x, by)]

    def _across(self, ra: Rect, rb: Rect, rightwards: bool, ends) -> list[Point]:
        """Out of the source's cell, along column edges and a lane channel, into the target's."""
        oa = self.obstacles.column_of(ra.center[0])
        ob = self.obstacles.column_of(rb.center[0])
        if oa is None or ob is None:  # not in a column (should not happen): a plain elbow
            return [ra.center, (rb.center[0], ra.center[1]), rb.center]
        _, ca_x, ca_w = self.columns[oa]
        _, cb_x, cb_w = self.columns[ob]
        if oa == ob:  # side by side in one cell, with cards between: over their row tops
            ga, gb = ra.y - self.half_gap, rb.y - self.half_gap
            (ax, _), (bx, _) = ra.center, rb.center
            if abs(ga - gb) < 1e-6:
                return [(ax, ra.y), (ax, ga), (bx, gb), (bx, rb.y)]
            gutter = ca_x + GUTTER
            return [(ax, ra.y), (ax, ga), (gutter, ga), (gutter, gb), (bx, gb), (bx, rb.y)]
        edge_a = ca_x + ca_w if rightwards else ca_x
        edge_b = cb_x if rightwards else cb_x + cb_w
        exit_points = self._leave(ra, edge_a, rightwards, ends)
        entry_points = self._enter(rb, edge_b, rightwards, ends)
        ya, yb = exit_points[-1][1], entry_points[0][1]
        middle: list[Point] = []
        if abs(ob - oa) > 1:  # stages in between: cross them in a free lane channel
            yc = self._channel((ya + yb) / 2)
            middle = [(edge_a, yc), (edge_b, yc)]
        return exit_points + middle + entry_points

    def _leave(self, r: Rect, edge: float, rightwards: bool, ends) -> list[Point]:
        cy = r.center[1]
        side = r.right if rightwards else r.x
        if not self.obstacles.blocked([(side, cy), (edge, cy)], ends):
            return [(side, cy), (edge, cy)]
        gap_y = r.y - self.half_gap  # above the card's row: free within the cell
        return [(r.center[0], r.y), (r.center[0], gap_y), (edge, gap_y)]

    def _enter(self, r: Rect, edge: float, rightwards: bool, ends) -> list[Point]:
        cy = r.center[1]
        side = r.x if rightwards else r.right
        if not self.obstacles.blocked([(edge, cy), (side, cy)], ends):
            return [(edge, cy), (side, cy)]
        gap_y = r.y - self.half_gap
        return [(edge, gap_y), (r.center[0], gap_y), (r.center[0], r.y)]

    def _channel(self, y: float) -> float:
        """The lane channel (just below a lane's top edge) nearest to ``y``."""
        tops = self.lane_tops
        if not tops:
            return y
        i = bisect.bisect_left(tops, y)
        near = [tops[j] for j in (i - 1, i) if 0 <= j < len(tops)]
        return min(near, key=lambda top: abs(top - y)) + LANE_CHANNEL


def plain_route(ra: Rect, rb: Rect) -> list[Point]:
    """The short familiar route, whatever it crosses: side to side, or a drop."""
    (ax, ay), (bx, by) = ra.center, rb.center
    if rb.x >= ra.right or rb.right <= ra.x:
        out_x, in_x = (ra.right, rb.x) if rb.x >= ra.right else (ra.x, rb.right)
        mid = (out_x + in_x) / 2
        return [(out_x, ay), (mid, ay), (mid, by), (in_x, by)]
    start, end = (ra.bottom, rb.y) if rb.y >= ra.bottom else (ra.y, rb.bottom)  # below, above
    mid = (start + end) / 2
    return [(ax, start), (ax, mid), (bx, mid), (bx, end)]


def _dedupe(points: list[Point]) -> list[Point]:
    out = [points[0]]
    for p in points[1:]:
        if abs(p[0] - out[-1][0]) > 1e-9 or abs(p[1] - out[-1][1]) > 1e-9:
            out.append(p)
    return out


ARROW = 7.0  # an arrowhead's length
ARROW_SPREAD = 0.45  # half its opening angle, in radians


def arrow_head(points: list[Point]) -> tuple[Point, ...]:
    """The filled triangle (tip, left, right) at the end of a route, the same on the canvas, the
    poster and the SVG; () for a route of one point."""
    if len(points) < 2:
        return ()
    (x0, y0), (x1, y1) = points[-2], points[-1]
    angle = math.atan2(y1 - y0, x1 - x0)
    return ((x1, y1),
            (x1 - ARROW * math.cos(angle - ARROW_SPREAD), y1 - ARROW * math.sin(angle - ARROW_SPREAD)),
            (x1 - ARROW * math.cos(angle + ARROW_SPREAD), y1 - ARROW * math.sin(angle + ARROW_SPREAD)))
