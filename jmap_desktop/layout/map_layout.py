"""Where everything on a journey map goes: the one layout for screen and paper.

``compute_layout(doc)`` turns a document into boxes: stage columns, lane rows that grow to fit
their fullest cell, cards flowing and wrapping in their cell in order, the emotion lane with
each score's point and the curve through each stage's mean, connection routes and the
service-blueprint lines. Pure and deterministic; the canvas positions items from it and the
poster draws it scaled onto paper.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import JourneyMap, LaneKind
from ..model.emotion import stage_means
from ..model.kinds import CardKind
from ..model.limits import STAGE_MIN_WIDTH
from .geometry import Rect
from .metrics import font_metrics
from .routes import ConnectionRoute, route_connections
from .style import LayoutStyle
from .text import wrap_text

Cell = tuple[str, str]


@dataclass
class CardBox:
    card_id: str
    rect: Rect
    lines: list[str]
    elided: bool
    font_size: float
    visible: bool = True


@dataclass
class StageBox:
    stage_id: str
    header: Rect
    column: Rect


@dataclass
class LaneBox:
    lane_id: str
    header: Rect
    row: Rect
    collapsed: bool


@dataclass
class EmotionPoint:
    card_id: str
    stage_id: str
    score: float
    x: float
    y: float


@dataclass
class EmotionLayout:
    lane_id: str
    rect: Rect
    points: list[EmotionPoint]
    curve: list[tuple[float, float]]
    low: float = -2.0
    high: float = 2.0
    padding: float = 32.0
    # When cards are tied to two or more personas: each persona's curve (persona id -> points).
    persona_curves: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    # The stage (column index) of each curve point, to leave gaps over unscored stages.
    curve_stages: list[int] = field(default_factory=list)
    persona_stages: dict[str, list[int]] = field(default_factory=dict)

    def curve_runs(self) -> list[list[tuple[float, float]]]:
        """The overall curve as runs of neighbouring scored stages (draw each run)."""
        return curve_runs(self.curve, self.curve_stages)

    def persona_runs(self, persona_id: str) -> list[list[tuple[float, float]]]:
        return curve_runs(self.persona_curves.get(persona_id, []),
                          self.persona_stages.get(persona_id, []))

    def y_for(self, score: float) -> float:
        """Higher scores sit higher (smaller y)."""
        span = self.rect.h - 2 * self.padding
        return self.rect.y + self.padding + (self.high - score) / (self.high - self.low) * span

    def score_for(self, y: float) -> float:
        span = self.rect.h - 2 * self.padding
        return self.high - (y - self.rect.y - self.padding) / span * (self.high - self.low)


@dataclass
class BlueprintLine:
    kind: str  # "interaction" | "visibility" | "internal"
    label: str
    y: float
    x0: float
    x1: float


@dataclass
class MapLayout:
    style: LayoutStyle
    width: float
    height: float
    stages: list[StageBox]
    lanes: list[LaneBox]
    cells: dict[Cell, Rect]
    cards: dict[str, CardBox]
    emotion: EmotionLayout | None
    connections: dict[str, ConnectionRoute]
    blueprint_lines: list[BlueprintLine]
    cell_order: dict[Cell, list[str]] = field(default_factory=dict)  # card ids in cell order

    def __post_init__(self) -> None:
        self._stage_index = {b.stage_id: b for b in self.stages}
        self._lane_index = {b.lane_id: b for b in self.lanes}
        self._xs = [b.column.x for b in self.stages]
        self._ys = [b.row.y for b in self.lanes]

    def stage_box(self, stage_id: str) -> StageBox:
        return self._stage_index[stage_id]

    def lane_box(self, lane_id: str) -> LaneBox:
        return self._lane_index[lane_id]

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The (stage_id, lane_id) under a point, or None outside the grid."""
        i = bisect.bisect_right(self._xs, x) - 1
        j = bisect.bisect_right(self._ys, y) - 1
        if i < 0 or j < 0:
            return None
        stage, lane = self.stages[i], self.lanes[j]
        if x > stage.column.right or y > lane.row.bottom:
            return None
        return (stage.stage_id, lane.lane_id)

    def drop_index(self, cell: Cell, x: float, y: float) -> int:
        """Where a card dropped at (x, y) goes: before the first card it lands ahead of."""
        ids = self.cell_order.get(cell, [])
        for i, card_id in enumerate(ids):
            r = self.cards[card_id].rect
            if y < r.y or (y <= r.bottom and x < r.center[0]) or (y < r.center[1] and x < r.right):
                return i
        return len(ids)

    def drop_marker(self, cell: Cell, index: int) -> Rect:
        """A thin bar showing where a drop at ``index`` will put the card."""
        ids = self.cell_order.get(cell, [])
        c = self.cells[cell]
        gap = self.style.card_gap
        if not ids:
            return Rect(c.x + self.style.cell_padding, c.y + self.style.cell_padding - 2,
                        c.w - 2 * self.style.cell_padding, 3)
        single_column = all(abs(self.cards[i].rect.x - self.cards[ids[0]].rect.x) < 0.5 for i in ids)
        if index < len(ids):
            r = self.cards[ids[index]].rect
            if single_column:
                return Rect(r.x, r.y - gap / 2 - 1.5, r.w, 3)
            return Rect(r.x - gap / 2 - 1.5, r.y, 3, r.h)
        r = self.cards[ids[-1]].rect
        if single_column:
            return Rect(r.x, r.bottom + gap / 2 - 1.5, r.w, 3)
        return Rect(r.right + gap / 2 - 1.5, r.y, 3, r.h)


def compute_layout(doc: JourneyMap, *, hidden_lanes: frozenset[str] = frozenset(),
                   style: LayoutStyle | None = None) -> MapLayout:
    """Lay out ``doc``; lanes whose ids are in ``hidden_lanes`` are left out entirely."""
    st = style or LayoutStyle()
    columns: list[tuple[str, float, float]] = []  # stage id, x, width
    x = st.lane_header_w
    for stage in doc.stages:
        w = max(STAGE_MIN_WIDTH, stage.width)
        columns.append((stage.id, x, w))
        x += w
    width = x
    by_cell: dict[Cell, list] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)

    cells: dict[Cell, Rect] = {}
    cards: dict[str, CardBox] = {}
    lanes: list[LaneBox] = []
    cell_order: dict[Cell, list[str]] = {}
    emotion: EmotionLayout | None = None
    y = st.stage_header_h
    for lane in doc.lanes:
        if lane.id in hidden_lanes:
            continue
        is_emotion = lane.kind == LaneKind.EMOTION
        if lane.collapsed:
            h = st.collapsed_h
            placed: dict[str, CardBox] = {}
            for stage_id, cx, cw in columns:
                for card in by_cell.get((stage_id, lane.id), ()):
                    placed[card.id] = CardBox(card.id, Rect(cx + st.cell_padding, y + 4,
                                              min(st.card_width, cw - 2 * st.cell_padding), h - 8),
                                              [], False, st.card_font_size, visible=False)
        elif is_emotion:
            h = st.emotion_lane_h
            placed = {}
        else:
            placed, h = _flow_lane(lane.id, y, columns, by_cell, st)
        for stage_id, cx, cw in columns:
            cells[(stage_id, lane.id)] = Rect(cx, y, cw, h)
            cell_order[(stage_id, lane.id)] = [c.id for c in by_cell.get((stage_id, lane.id), ())]
        lanes.append(LaneBox(lane.id, Rect(0, y, st.lane_header_w, h), Rect(0, y, width, h),
                             lane.collapsed))
        if is_emotion and emotion is None and not lane.collapsed:
            emotion = EmotionLayout(lane.id, Rect(st.lane_header_w, y, width - st.lane_header_w, h),
                                    [], [], doc.emotion_scale.min, doc.emotion_scale.max,
                                    st.emotion_padding)
            placed = _emotion_chips(emotion, columns, by_cell, st)
        elif is_emotion and not lane.collapsed:
            placed = _flow_lane(lane.id, y, columns, by_cell, st)[0]  # a second emotion lane: plain
        cards.update(placed)
        y += h

    stages = [StageBox(sid, Rect(cx, 0, cw, st.stage_header_h), Rect(cx, 0, cw, y))
              for sid, cx, cw in columns]
    if emotion is not None:
        _emotion_points(emotion, doc, columns, cards)
    routes = route_connections(doc, cards, columns, [box.row.y for box in lanes], st.card_gap)
    layout = MapLayout(st, width, y, stages, lanes, cells, cards, emotion,
                       routes, _blueprint_lines(doc, lanes, hidden_lanes, width, st), cell_order)
    return layout


def _flow_lane(lane_id: str, y: float, columns, by_cell, st: LayoutStyle) -> tuple[dict[str, CardBox], float]:
    """Cards flow left to right, then wrap, in every cell of a lane; returns boxes and height."""
    fm = font_metrics()
    line_h = fm.line_height(st.card_font_size)
    placed: dict[str, CardBox] = {}
    height = st.card_min_height + 2 * st.cell_padding
    for stage_id, cx, cw in columns:
        cell_cards = by_cell.get((stage_id, lane_id))
        if not cell_cards:
            continue
        avail = cw - 2 * st.cell_padding
        per_row = max(1, int((avail + st.card_gap) // (st.card_width + st.card_gap)))
        card_w = (avail - (per_row - 1) * st.card_gap) / per_row
        text_w = card_w - 2 * st.card_padding
        row_y = y + st.cell_padding
        row: list[tuple] = []
        for i, card in enumerate(cell_cards):
            lines, elided = wrap_text(card.text, text_w, st.card_font_size, st.card_max_lines)
            extra = st.metric_line_h if card.kind == CardKind.METRIC and card.metric else 0.0
            ch = max(st.card_min_height,
                     st.card_text_top + st.card_padding + len(lines) * line_h + extra + st.card_padding)
            row.append((card.id, ch, lines, elided))
            if len(row) == per_row or i == len(cell_cards) - 1:
                row_h = max(item[1] for item in row)
                for col, (card_id, card_h, card_lines, card_elided) in enumerate(row):
                    rect = Rect(cx + st.cell_padding + col * (card_w + st.card_gap), row_y, card_w, card_h)
                    placed[card_id] = CardBox(card_id, rect, card_lines, card_elided, st.card_font_size)
                row_y += row_h + st.card_gap
                row = []
        height = max(height, row_y - st.card_gap + st.cell_padding - y)
    return placed, height


def _emotion_chips(emotion: EmotionLayout, columns, by_cell, st: LayoutStyle) -> dict[str, CardBox]:
    """Cards of the emotion lane: small chips at the height of their score, spread across the stage."""
    placed: dict[str, CardBox] = {}
    neutral = (emotion.low + emotion.high) / 2
    for stage_id, cx, cw in columns:
        cell_cards = by_cell.get((stage_id, emotion.lane_id), ())
        chip_w = min(st.emotion_chip_w, cw - 2 * st.cell_padding)
        free = cw - 2 * st.cell_padding - chip_w
        n = len(cell_cards)
        for i, card in enumerate(cell_cards):
            score = card.emotion if card.emotion is not None else neutral
            x = cx + st.cell_padding + (free * i / (n - 1) if n > 1 else free / 2)
            cy = emotion.y_for(score) - st.emotion_chip_h / 2
            # Leave room at the right for the emotion badge the chip shows beside its text.
            lines, elided = wrap_text(card.text, chip_w - 2 * st.card_padding - 24, st.emotion_font_size, 1)
            placed[card.id] = CardBox(card.id, Rect(x, cy, chip_w, st.emotion_chip_h), lines, elided,
                                      st.emotion_font_size)
    return placed


def _emotion_points(emotion: EmotionLayout, doc: JourneyMap, columns, cards: dict[str, CardBox]) -> None:
    """A point for every scored card, and the curve through each stage's score (the model's
    rule, ``curve_cards``); stages without a score leave a gap in the curve."""
    column_of = {sid: (cx, cw) for sid, cx, cw in columns}
    scored: dict[str, list] = {}
    for card in doc.cards:
        if card.emotion is not None and card.stage_id in column_of:
            scored.setdefault(card.stage_id, []).append(card)
    for stage_id, cx, cw in columns:
        stage_cards = sorted(scored.get(stage_id, ()), key=lambda c: (c.lane_id != emotion.lane_id, c.order))
        n = len(stage_cards)
        for i, card in enumerate(stage_cards):
            box = cards.get(card.id)
            if card.lane_id == emotion.lane_id and box is not None:
                px = box.rect.center[0]
            else:
                px = cx + cw * (i + 1) / (n + 1)
            emotion.points.append(EmotionPoint(card.id, stage_id, card.emotion, px, emotion.y_for(card.emotion)))
    index_of = {sid: i for i, (sid, _, _) in enumerate(columns)}

    def curve(means: dict[str, float]) -> tuple[list[tuple[float, float]], list[int]]:
        points, stages = [], []
        for stage_id, cx, cw in columns:
            if stage_id in means:
                points.append((cx + cw / 2, emotion.y_for(means[stage_id])))
                stages.append(index_of[stage_id])
        return points, stages

    emotion.curve, emotion.curve_stages = curve(stage_means(doc))
    personas = {c.persona_id for cards_ in scored.values() for c in cards_ if c.persona_id}
    if len(personas) >= 2:
        for persona in doc.personas:
            if persona.id in personas:
                points, stages = curve(stage_means(doc, persona.id))
                emotion.persona_curves[persona.id] = points
                emotion.persona_stages[persona.id] = stages


def curve_runs(points: list[tuple[float, float]], stages: list[int]) -> list[list[tuple[float, float]]]:
    """``points`` split where a stage without a score lies between two neighbours: each run is
    drawn as one smooth curve, and the curve stops over the unscored stage."""
    runs: list[list[tuple[float, float]]] = []
    for i, point in enumerate(points):
        if i == 0 or i >= len(stages) or stages[i] != stages[i - 1] + 1:
            runs.append([])
        runs[-1].append(point)
    return runs


def smooth_curve(points: list[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """Cubic Bézier segments (control 1, control 2, end) through ``points``, level at each
    point: the emotion curve's shape, drawn identically by the canvas and the poster."""
    segments = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        mid = (x0 + x1) / 2
        segments.append(((mid, y0), (mid, y1), (x1, y1)))
    return segments


BLUEPRINT_GROUP = {LaneKind.ACTIONS: 0, LaneKind.FRONTSTAGE: 1, LaneKind.BACKSTAGE: 2, LaneKind.SUPPORT: 3}
BLUEPRINT_LINES = {
    1: ("interaction", "Line of interaction"),
    2: ("visibility", "Line of visibility"),
    3: ("internal", "Line of internal interaction"),
}


def _blueprint_lines(doc: JourneyMap, lanes: list[LaneBox], hidden, width: float,
                     st: LayoutStyle) -> list[BlueprintLine]:
    """Service-blueprint lines where the lane groups step from one to the next."""
    kinds = {lane.id: lane.kind for lane in doc.lanes}
    lines: list[BlueprintLine] = []
    last_group: int | None = None
    for box in lanes:
        group = BLUEPRINT_GROUP.get(kinds[box.lane_id])
        if group is None:
            continue
        if last_group is not None and group == last_group + 1:
            kind, label = BLUEPRINT_LINES[group]
            lines.append(BlueprintLine(kind, label, box.row.y, 0.0, width))
        if last_group is None or group > last_group:
            last_group = group
    return lines
