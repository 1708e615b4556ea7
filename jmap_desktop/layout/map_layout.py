"""Where everything on a journey map goes: the one layout for screen and paper.

``compute_layout(doc)`` turns a document into boxes: stage columns, lane rows that grow to fit
their fullest cell, cards flowing and wrapping in their cell in order, the emotion lane with
each score's point and the curve through each stage's mean, connection routes and the
service-blueprint lines. Pure and deterministic; the canvas positions items from it and the
poster draws it scaled onto paper.

While a new card is being typed, the canvas passes a ``PendingSlot``: its cell makes room for
it like for a card already there (the lane grows when the cell is full), so the editor never
hangs over the lane below, and the room is given back when typing ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from ..model import Card, JourneyMap, LaneKind
from ..model.limits import STAGE_MIN_WIDTH
from .card_face import card_height
from .emotion_chips import place_chips
from .geometry import Rect
from .metrics import font_metrics
from .routes import ConnectionEnds, ConnectionRoute, route_connections
from .style import LayoutStyle
from .text import wrap_text

Cell = tuple[str, str]


class Band:
    """The top of one lane row. Card boxes hold their place relative to it, so when a lane
    above grows, moving every card below is one assignment (``update_layout``)."""

    __slots__ = ("y",)

    def __init__(self, y: float = 0.0) -> None:
        self.y = y


_ORIGIN = Band()


class CardBox:
    """Where one card goes: ``rect`` in map coordinates, its wrapped text lines.

    The rectangle is stored relative to its lane's ``Band`` (``local``); ``rect`` adds the
    band's top, so every reader sees map coordinates."""

    __slots__ = ("card_id", "local", "band", "lines", "elided", "font_size", "visible", "stacked")

    def __init__(self, card_id: str, rect: Rect, lines: list[str], elided: bool, font_size: float,
                 visible: bool = True, band: Band | None = None, stacked: int = 0) -> None:
        self.card_id = card_id
        self.local = rect  # map coordinates when there is no band
        self.band = band or _ORIGIN
        self.lines = lines
        self.elided = elided
        self.font_size = font_size
        self.visible = visible
        self.stacked = stacked  # an emotion chip's pile: how many chips are hidden under it

    @property
    def rect(self) -> Rect:
        top, r = self.band.y, self.local
        return Rect(r.x, r.y + top, r.w, r.h) if top else r

    def _key(self) -> tuple:
        return (self.card_id, self.rect, list(self.lines), self.elided, self.font_size, self.visible,
                self.stacked)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CardBox) and self._key() == other._key()

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return f"CardBox({self.card_id!r}, {self.rect!r}, lines={len(self.lines)}, visible={self.visible})"


@dataclass(frozen=True)
class PendingSlot:
    """Room kept for a card being typed and not added yet: at ``index`` of ``cell``'s cards,
    at least ``height`` tall (the editor grows with its text)."""

    cell: Cell
    index: int
    height: float = 0.0


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


@dataclass(slots=True)  # thousands on a research-sized map
class EmotionPoint:
    """A scored card's place on the emotion scale: ``x`` in map coordinates, ``y`` below the
    emotion lane's top (``EmotionLayout.rect.y``), so a lane pushed down keeps its points."""

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
    # The scored cards of each stage, kept so an edit recomputes only its stages' points.
    stage_scored: dict[str, list] = field(default_factory=dict, repr=False, compare=False)
    stage_signature: dict[str, list] = field(default_factory=dict, repr=False, compare=False)
    # Each stage's points and mean scores (None: all its scored cards; else a persona's), so
    # an edit works out only its stages' (``emotion_points(..., stages)``).
    stage_points: dict[str, list[EmotionPoint]] = field(default_factory=dict, repr=False, compare=False)
    stage_means: dict[str, dict[str | None, float]] = field(default_factory=dict, repr=False, compare=False)

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


BLUEPRINT_LABEL_SIZE = 7.5  # the lines' labels, bold, on canvas, poster, SVG and HTML alike
BLUEPRINT_LABEL_PAD = 3.0  # the plate's margin left and right of the text


@dataclass
class BlueprintLine:
    """One blueprint line and its label. The label sits at the line's right end, just above it,
    on a plate (``label_box``) filled with the cell colour: every renderer draws the plate and
    the label after the arrows, so an arrow crossing the line passes behind the label instead of
    through its letters. The plate stays inside the cell padding: it covers no card, nor the line."""

    kind: str  # "interaction" | "visibility" | "internal"
    label: str
    y: float
    x0: float
    x1: float
    label_w: float = 0.0  # the label's text width at BLUEPRINT_LABEL_SIZE, bold

    @property
    def label_x(self) -> float:
        """Where the label's text starts (it ends 8 units before the line's right end)."""
        return self.x1 - 8 - self.label_w

    @property
    def label_baseline(self) -> float:
        return self.y - 4

    @property
    def label_box(self) -> Rect:
        """The plate behind the label: from above its capitals to below its descenders,
        short of the line's stroke and of the cards' bottom (``cell_padding`` above the line)."""
        return Rect(self.label_x - BLUEPRINT_LABEL_PAD, self.y - 11.0,
                    self.label_w + 2 * BLUEPRINT_LABEL_PAD, 9.5)


class CellRects(Mapping):
    """Every cell's rectangle, (stage id, lane id) -> Rect, lane by lane: the stage's column
    across the lane's row, worked out when asked. Nothing to rewrite for each cell of every
    stage when a lane grows or moves (``stack_lanes``)."""

    __slots__ = ("_layout",)

    def __init__(self, layout: MapLayout) -> None:
        self._layout = layout

    def __getitem__(self, cell: Cell) -> Rect:
        try:
            column = self._layout._stage_index[cell[0]].column
            row = self._layout._lane_index[cell[1]].row
        except (KeyError, TypeError, IndexError):
            raise KeyError(cell) from None
        return Rect(column.x, row.y, column.w, row.h)

    def __contains__(self, cell: object) -> bool:
        try:
            return cell[0] in self._layout._stage_index and cell[1] in self._layout._lane_index
        except (TypeError, IndexError):
            return False

    def __iter__(self) -> Iterator[Cell]:
        stages = [box.stage_id for box in self._layout.stages]
        for lane in self._layout.lanes:
            for stage_id in stages:
                yield (stage_id, lane.lane_id)

    def __len__(self) -> int:
        return len(self._layout.stages) * len(self._layout.lanes)

    def __repr__(self) -> str:
        return f"CellRects({dict(self)!r})"


@dataclass
class MapLayout:
    style: LayoutStyle
    width: float
    height: float
    stages: list[StageBox]
    lanes: list[LaneBox]
    cells: CellRects  # made by the layout itself (any mapping given is replaced)
    cards: dict[str, CardBox]
    emotion: EmotionLayout | None
    connections: dict[str, ConnectionRoute]
    blueprint_lines: list[BlueprintLine]
    cell_order: dict[Cell, list[str]] = field(default_factory=dict)  # card ids in cell order
    # What an incremental update (``update_layout``) needs to redo only part of the work:
    columns: list[tuple[str, float, float]] = field(default_factory=list)  # stage id, x, width
    bands: dict[str, Band] = field(default_factory=dict)  # lane id -> its row's top
    content_h: dict[Cell, float] = field(default_factory=dict)  # height the cell's cards need
    # The tallest content_h of each lane, kept up to date by ``place_cell`` (absent: not known,
    # ``lane_height`` looks); an edit need not read every stage's cell to stack the lanes.
    lane_max: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    hidden_lanes: frozenset[str] = frozenset()
    pending: PendingSlot | None = None  # room kept for a card being typed
    pending_box: CardBox | None = None  # where that card goes (None in a lane that doesn't flow)
    # Each card's connections by place in the map's list, made at the first move that needs it
    # and dropped when the connections change (``update_layout``).
    connection_ends: ConnectionEnds | None = field(default=None, repr=False, compare=False)
    # The cards routing checks arrows against, by stage column, as read (``routes._Obstacles``);
    # ``update_layout`` drops the columns an edit changed.
    obstacles: dict = field(default_factory=dict, repr=False, compare=False)
    # Where each arrow routed around cards looks for them (``routes.reroute``), by its place in
    # the list of connections: dropped with ``connection_ends``.
    route_boxes: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cells = CellRects(self)
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the look-up tables after the stage or lane boxes changed."""
        self._stage_index = {b.stage_id: b for b in self.stages}
        self._xs = [b.column.x for b in self.stages]
        self.reindex_lanes()

    def reindex_lanes(self) -> None:
        """Rebuild the lanes' look-up tables (the lanes were stacked again)."""
        self._lane_index = {b.lane_id: b for b in self.lanes}
        self._ys = [b.row.y for b in self.lanes]

    def stage_box(self, stage_id: str) -> StageBox:
        return self._stage_index[stage_id]

    def lane_box(self, lane_id: str) -> LaneBox:
        return self._lane_index[lane_id]

    def stages_across(self, left: float, right: float) -> list[StageBox]:
        """The stages whose columns meet the span from ``left`` to ``right``, found by
        bisection: a repaint or scroll need not walk a hundred stages for the few in view."""
        lo = max(0, bisect.bisect_right(self._xs, left) - 1)
        hi = bisect.bisect_left(self._xs, right)
        return [b for b in self.stages[lo:hi] if b.column.x < right and b.column.right > left]

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


CellCards = Callable[[str, str], list[Card]]  # (stage id, lane id) -> the cell's cards in order


def compute_layout(doc: JourneyMap, *, hidden_lanes: frozenset[str] = frozenset(),
                   style: LayoutStyle | None = None, pending: PendingSlot | None = None) -> MapLayout:
    """Lay out ``doc``; lanes whose ids are in ``hidden_lanes`` are left out entirely; a
    ``pending`` slot keeps room for a card being typed (ignored when its cell is not shown).

    The reference layout. ``update_layout`` (layout.incremental) redoes only the cells an edit
    touched through the same functions below, so both always agree."""
    st = style or LayoutStyle()
    columns: list[tuple[str, float, float]] = []
    x = st.lane_header_w
    for stage in doc.stages:
        w = max(STAGE_MIN_WIDTH, stage.width)
        columns.append((stage.id, x, w))
        x += w
    by_cell: dict[Cell, list[Card]] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
    layout = MapLayout(st, x, 0.0, [], [], {}, {}, None, {}, [], {}, columns=columns,
                       hidden_lanes=frozenset(hidden_lanes))
    lanes = [lane for lane in doc.lanes if lane.id not in hidden_lanes]
    modes = lane_modes(lanes)
    for lane in lanes:
        layout.bands[lane.id] = Band()
    shown = pending is not None and pending.cell[0] in {sid for sid, _, _ in columns} \
        and pending.cell[1] in layout.bands
    layout.pending = pending if shown else None
    for lane in lanes:
        for stage_id, cx, cw in columns:
            place_cell(layout, doc, modes[lane.id], stage_id, lane.id, cx, cw,
                       by_cell.get((stage_id, lane.id), []))
    stack_lanes(layout, doc, lanes, modes)
    if layout.emotion is not None:
        emotion = layout.emotion
        for sid, _, _ in columns:
            scored = stage_scored(doc, sid, emotion.lane_id, lambda s, lane_id: by_cell.get((s, lane_id), []))
            emotion.stage_scored[sid] = scored
            emotion.stage_signature[sid] = [(c.id, c.lane_id, c.emotion, c.persona_id) for c in scored]
        emotion_points(layout.emotion, doc, columns, layout.cards)
    layout.connections = routes_of(layout, doc)
    layout.blueprint_lines = _blueprint_lines(doc, layout.lanes, hidden_lanes, layout.width, st)
    layout.reindex()
    return layout


def routes_of(layout: MapLayout, doc: JourneyMap) -> dict[str, ConnectionRoute]:
    return route_connections(doc, layout.cards, layout.columns, [box.row.y for box in layout.lanes],
                             layout.style.card_gap)


def lane_modes(lanes) -> dict[str, str]:
    """How each lane's cells are filled: "collapsed", "chips" (the first open emotion lane,
    cards at the height of their score) or "flow" (cards flow and wrap); an emotion lane
    always keeps its fixed height ("flow-fixed" when it is not the first)."""
    modes: dict[str, str] = {}
    chips = False
    for lane in lanes:
        if lane.collapsed:
            modes[lane.id] = "collapsed"
        elif lane.kind == LaneKind.EMOTION:
            modes[lane.id] = "flow-fixed" if chips else "chips"
            chips = True
        else:
            modes[lane.id] = "flow"
    return modes


def place_cell(layout: MapLayout, doc: JourneyMap, mode: str, stage_id: str, lane_id: str,
               cx: float, cw: float, cell_cards: list[Card], fresh: set[str] | None = None) -> None:
    """Boxes for one cell's cards, relative to the lane's band; records the cell's order and
    the height its cards need. ``fresh``: when given, only these cards may have changed since
    the layout was made (``update_layout``); the others' wrapped lines and heights are kept."""
    st, band = layout.style, layout.bands[lane_id]
    cards = layout.cards
    slot = _slot_in(layout, stage_id, lane_id)
    slot_box = None
    if mode == "collapsed":
        h = st.collapsed_h
        for card in cell_cards:
            cards[card.id] = CardBox(card.id, Rect(cx + st.cell_padding, 4,
                                     min(st.card_width, cw - 2 * st.cell_padding), h - 8),
                                     [], False, st.card_font_size, visible=False, band=band)
        content = 0.0
    elif mode == "chips":
        _emotion_chips(cards, doc, band, cx, cw, cell_cards, st)
        content = 0.0
    else:
        content, slot_box = _flow_cell(cards, band, cx, cw, cell_cards, st, slot, fresh)
    if slot is not None or (layout.pending_box is not None
                            and layout.pending_box.card_id == _slot_id(stage_id, lane_id)):
        layout.pending_box = slot_box  # kept, moved, or given back (None)
    before = layout.content_h.get((stage_id, lane_id))
    layout.content_h[(stage_id, lane_id)] = content
    top = layout.lane_max.get(lane_id)
    if top is not None:
        if content >= top:
            layout.lane_max[lane_id] = content
        elif before is not None and before >= top:
            del layout.lane_max[lane_id]  # the tallest cell shrank: lane_height looks again
    layout.cell_order[(stage_id, lane_id)] = [c.id for c in cell_cards]


def _slot_id(stage_id: str, lane_id: str) -> str:
    """The pending box's id names its cell, so placing that cell again can tell it is its own."""
    return f"pending:{stage_id}:{lane_id}"


def _slot_in(layout: MapLayout, stage_id: str, lane_id: str) -> PendingSlot | None:
    slot = layout.pending
    return slot if slot is not None and slot.cell == (stage_id, lane_id) else None


def lane_height(layout: MapLayout, mode: str, lane_id: str) -> float:
    st = layout.style
    if mode == "collapsed":
        return st.collapsed_h
    if mode != "flow":
        return st.emotion_lane_h
    top = layout.lane_max.get(lane_id)
    if top is None:
        content = layout.content_h
        top = layout.lane_max[lane_id] = max([0.0] + [content[(sid, lane_id)] for sid, _, _ in layout.columns])
    return max(st.card_min_height + 2 * st.cell_padding, top)


def stack_lanes(layout: MapLayout, doc: JourneyMap, lanes, modes: dict[str, str]) -> set[str]:
    """Put the lane rows one under the other; returns the lanes whose row moved or resized."""
    st = layout.style
    old = {box.lane_id: box.row for box in layout.lanes}
    moved: set[str] = set()
    boxes: list[LaneBox] = []
    y = st.stage_header_h
    width = layout.width
    for lane in lanes:
        h = lane_height(layout, modes[lane.id], lane.id)
        layout.bands[lane.id].y = y
        row = old.get(lane.id)
        if row is None or row.y != y or row.h != h or row.w != width:
            moved.add(lane.id)
            row = Rect(0, y, width, h)  # its cells' rectangles follow (CellRects)
        boxes.append(LaneBox(lane.id, Rect(0, y, st.lane_header_w, h), row, lane.collapsed))
        if modes[lane.id] == "chips" and (layout.emotion is None or lane.id in moved):
            scale = doc.emotion_scale
            old_emotion = layout.emotion
            layout.emotion = EmotionLayout(lane.id, Rect(st.lane_header_w, y, width - st.lane_header_w, h),
                                           [], [], scale.min, scale.max, st.emotion_padding)
            if old_emotion is not None:
                layout.emotion.stage_scored = old_emotion.stage_scored
                layout.emotion.stage_signature = old_emotion.stage_signature
                layout.emotion.stage_points = old_emotion.stage_points
                layout.emotion.stage_means = old_emotion.stage_means
        y += h
    layout.lanes = boxes
    if layout.stages and y != layout.height:  # the same columns (they change only in a full layout)
        for box in layout.stages:
            column = box.column
            box.column = Rect(column.x, 0, column.w, y)
    elif not layout.stages:
        layout.stages = [StageBox(sid, Rect(cx, 0, cw, st.stage_header_h), Rect(cx, 0, cw, y))
                         for sid, cx, cw in layout.columns]
        layout.reindex()
    layout.height = y
    layout.reindex_lanes()  # the cells' rectangles read the rows from here
    return moved


def _flow_cell(cards: dict[str, CardBox], band: Band, cx: float, cw: float, cell_cards: list[Card],
               st: LayoutStyle, slot: PendingSlot | None = None,
               fresh: set[str] | None = None) -> tuple[float, CardBox | None]:
    """Cards flow left to right, then wrap, in one cell; returns the height they need and, with
    a ``slot``, the box kept for the card being typed (it flows like a card of its height).
    A card not in ``fresh`` (when given) whose box is of this lane and width keeps its lines
    and height: its text and fields are unchanged, so wrapping it again gives the same."""
    slot_at = None if slot is None else max(0, min(slot.index, len(cell_cards)))
    if not cell_cards and slot is None:
        return 0.0, None
    avail = cw - 2 * st.cell_padding
    per_row = max(1, int((avail + st.card_gap) // (st.card_width + st.card_gap)))
    card_w = (avail - (per_row - 1) * st.card_gap) / per_row
    text_w = card_w - 2 * st.card_padding
    row_y = st.cell_padding
    row: list[tuple] = []
    entries: list[Card | None] = list(cell_cards)
    if slot_at is not None:
        entries.insert(slot_at, None)  # None: the card being typed
    slot_box = None
    last = len(entries) - 1
    for i, card in enumerate(entries):
        old = cards.get(card.id) if fresh is not None and card is not None and card.id not in fresh else None
        if card is None:
            row.append((None, max(st.card_min_height, slot.height), [], False))
        elif old is not None and old.band is band and old.local.w == card_w and old.font_size == st.card_font_size:
            row.append((card.id, old.local.h, old.lines, old.elided))
        else:
            lines, elided = wrap_text(card.text, text_w, st.card_font_size, st.card_max_lines)
            row.append((card.id, card_height(card, lines, card_w, st.card_font_size, st), lines, elided))
        if len(row) == per_row or i == last:
            row_h = max(item[1] for item in row)
            for col, (card_id, card_h, card_lines, card_elided) in enumerate(row):
                rect = Rect(cx + st.cell_padding + col * (card_w + st.card_gap), row_y, card_w, card_h)
                if card_id is None:
                    slot_box = CardBox(_slot_id(*slot.cell), rect, [], False, st.card_font_size, band=band)
                else:
                    cards[card_id] = CardBox(card_id, rect, card_lines, card_elided, st.card_font_size,
                                             band=band)
            row_y += row_h + st.card_gap
            row = []
    return row_y - st.card_gap + st.cell_padding, slot_box


def _emotion_chips(cards: dict[str, CardBox], doc: JourneyMap, band: Band, cx: float, cw: float,
                   cell_cards: list[Card], st: LayoutStyle) -> None:
    """Cards of the emotion lane: small chips at the height of their score, spread across the
    stage, never over each other (``emotion_chips``)."""
    low, high = doc.emotion_scale.min, doc.emotion_scale.max
    for card, place in zip(cell_cards, place_chips(cell_cards, low, high, cx, cw, st), strict=True):
        cards[card.id] = CardBox(card.id, place.rect, place.lines, place.elided, st.emotion_font_size,
                                 visible=place.visible, band=band, stacked=place.stacked)


def stage_scored(doc: JourneyMap, stage_id: str, emotion_lane: str, cell_cards: CellCards) -> list[Card]:
    """The scored cards of one stage, the emotion lane's first, then lane by lane in order."""
    scored: list[tuple] = []
    for j, lane in enumerate(doc.lanes):
        for card in cell_cards(stage_id, lane.id):
            if card.emotion is not None:
                scored.append((lane.id != emotion_lane, j, card.order, card))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored]


def emotion_points(emotion: EmotionLayout, doc: JourneyMap, columns, cards: dict[str, CardBox],
                   stages: set[str] | None = None) -> None:
    """A point for every scored card, and the curve through each stage's score (the model's
    rule, ``model.emotion.curve_cards``, applied to the stage's scored cards kept in
    ``stage_scored``); stages without a score leave a gap in the curve. With ``stages``, only
    those stages' scored cards or chips changed: the others keep their points and means (a
    score dragged on a 20,000-card map worked out all 2,500 points again)."""
    scored = emotion.stage_scored
    emotion_lanes = {lane.id for lane in doc.lanes if lane.kind == LaneKind.EMOTION}
    # Thousands of points, a handful of scores: each score's height is worked out once (the
    # same arithmetic, so the same numbers), and a chip's x needs no map rectangle.
    heights: dict[float, float] = {}
    lane_id = emotion.lane_id
    kept_points, kept_means = emotion.stage_points, emotion.stage_means
    for stage_id, cx, cw in columns:
        if stages is not None and stage_id not in stages and stage_id in kept_points:
            continue
        stage_cards = scored.get(stage_id) or []
        n = len(stage_cards)
        points = kept_points[stage_id] = []
        for i, card in enumerate(stage_cards):
            box = cards.get(card.id) if card.lane_id == lane_id else None
            if box is not None:
                r = box.local
                px = r.x + r.w / 2
            else:
                px = cx + cw * (i + 1) / (n + 1)
            score = card.emotion
            y = heights.get(score)
            if y is None:
                y = heights[score] = emotion.y_for(score) - emotion.rect.y
            points.append(EmotionPoint(card.id, stage_id, score, px, y))
        kept_means[stage_id] = _stage_means(stage_cards, emotion_lanes)
    emotion.points = [point for stage_id, _, _ in columns for point in kept_points[stage_id]]

    def curve(persona_id: str | None) -> tuple[list[tuple[float, float]], list[int]]:
        points, stages = [], []
        for i, (stage_id, cx, cw) in enumerate(columns):
            mean = kept_means[stage_id].get(persona_id)
            if mean is not None:
                points.append((cx + cw / 2, emotion.y_for(mean)))
                stages.append(i)
        return points, stages

    emotion.curve, emotion.curve_stages = curve(None)
    emotion.persona_curves, emotion.persona_stages = {}, {}
    personas = {p for stage_id, _, _ in columns for p in kept_means[stage_id] if p is not None} \
        if doc.personas else set()  # no curve per persona without personas
    if len(personas) >= 2:
        for persona in doc.personas:
            if persona.id in personas:
                points, stages = curve(persona.id)
                emotion.persona_curves[persona.id] = points
                emotion.persona_stages[persona.id] = stages


def _stage_means(stage_cards: list[Card], emotion_lanes: set[str]) -> dict[str | None, float]:
    """A stage's mean score (key None) and each persona's among its scored cards: the chips'
    when there are any, else every scored card's, summed in the stage's order."""
    def mean(mine: list[Card]) -> float:
        counted = [c for c in mine if c.lane_id in emotion_lanes] or mine
        return sum(c.emotion for c in counted) / len(counted)

    if not stage_cards:
        return {}
    by_persona: dict[str, list[Card]] = {}
    for card in stage_cards:
        if card.persona_id:
            by_persona.setdefault(card.persona_id, []).append(card)
    means: dict[str | None, float] = {None: mean(stage_cards)}
    means.update((persona, mean(mine)) for persona, mine in by_persona.items())
    return means


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
            lines.append(BlueprintLine(kind, label, box.row.y, 0.0, width,
                                       font_metrics().width(label, BLUEPRINT_LABEL_SIZE, bold=True)))
        if last_group is None or group > last_group:
            last_group = group
    return lines
