"""Updating a layout after an edit, touching only what the edit touched.

``update_layout(layout, doc, changes)`` reads the store's ``Change`` records: the cells whose
cards were added, removed, moved or edited are flowed again, the lanes are stacked again (a
lane that grew pushes the rows below down by moving their ``Band``, not their cards), and the
emotion points of the stages concerned are recomputed. It runs the very functions
``compute_layout`` uses, so the result equals a full layout (a property test checks this);
changes to stages, lanes or the scale return None and the caller lays out from scratch.
``set_pending_slot`` keeps or gives back room for a card being typed the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Change, ChangeKind, JourneyMap
from .geometry import Rect
from .map_layout import (
    Cell,
    CellCards,
    MapLayout,
    PendingSlot,
    _blueprint_lines,
    emotion_points,
    lane_modes,
    place_cell,
    routes_of,
    stack_lanes,
    stage_scored,
)
from .routes import ConnectionEnds, reroute, route_named

CARD_CHANGES = {ChangeKind.CARDS_ADDED, ChangeKind.CARDS_REMOVED, ChangeKind.CARDS_UPDATED,
                ChangeKind.CARDS_MOVED}
NO_LAYOUT = {ChangeKind.META, ChangeKind.INBOX}  # title, ...; workshop notes waiting: nothing on the grid moves


@dataclass
class LayoutDelta:
    """What ``update_layout`` changed, for the canvas to mirror."""

    cards: set[str] = field(default_factory=set)  # boxes new or changed within their lane
    removed: set[str] = field(default_factory=set)  # cards no longer laid out
    cells: set[Cell] = field(default_factory=set)  # cells flowed again
    lanes: set[str] = field(default_factory=set)  # lane rows that moved or resized
    emotion: bool = False  # the emotion points or curve changed
    connections: bool = False  # the connection routes were recomputed
    routes: set[str] | None = None  # which routes changed or went, when not all were recomputed

    @property
    def empty(self) -> bool:
        return not (self.cards or self.removed or self.cells or self.lanes or self.emotion
                    or self.connections)


def set_pending_slot(layout: MapLayout, doc: JourneyMap, slot: PendingSlot | None,
                     cell_cards: CellCards | None = None) -> LayoutDelta | None:
    """Keep room for a card being typed (``slot``), or give it back (None): the cells of the
    old and the new slot flow again. Returns what changed, or None (lay out from scratch,
    passing ``pending=slot``)."""
    cells = {s.cell for s in (layout.pending, slot) if s is not None}
    layout.pending = slot
    return update_layout(layout, doc, (), cell_cards, cells=cells)


def update_layout(layout: MapLayout, doc: JourneyMap, changes: Iterable[Change],
                  cell_cards: CellCards | None = None, cells: Iterable[Cell] = ()) -> LayoutDelta | None:
    """Bring ``layout`` (of ``doc`` before ``changes``) up to date in place; returns what
    changed, or None when only a full ``compute_layout`` will do. ``cells`` are flowed again
    whatever the changes."""
    if layout.hidden_lanes:
        return None
    cells: set[Cell] = set(cells)
    stages: set[str] = set()
    fresh: set[str] = set()  # cards whose fields changed (or new): wrapped again
    routes = False  # every route to make again
    named: set[str] = set()  # connections added, removed or changed
    personas = False  # added, removed, renamed or reordered: the curves per persona follow
    for change in changes:
        if change.kind in CARD_CHANGES:
            cells |= change.cells
            if change.kind in (ChangeKind.CARDS_UPDATED, ChangeKind.CARDS_ADDED):
                fresh.update(change.ids)
        elif change.kind == ChangeKind.CONNECTIONS:
            named.update(change.ids)
            routes = routes or not change.ids
        elif change.kind == ChangeKind.PERSONAS:
            stages.update(sid for sid, _, _ in layout.columns)  # persona curves: every stage
            personas = True
        elif change.kind not in NO_LAYOUT:
            return None
    if any(cell not in layout.cells for cell in cells):
        return None  # a cell the layout never had: stages or lanes changed under us
    if cell_cards is None:
        cell_cards = _cells_of(doc)
    delta = LayoutDelta(cells=set(cells), connections=routes)
    lanes = list(doc.lanes)
    modes = lane_modes(lanes)
    before = {card_id: layout.cards[card_id] for cell in cells for card_id in layout.cell_order[cell]}
    # Where the cards of the edited cells were, and each lane's top: what the routes were made of.
    old_rects = {card_id: box.rect if box.visible else None for card_id, box in before.items()} \
        if doc.connections else {}
    old_tops = {lane_id: band.y for lane_id, band in layout.bands.items()}
    for stage_id, lane_id in cells:
        column = layout.stage_box(stage_id).column
        place_cell(layout, doc, modes[lane_id], stage_id, lane_id, column.x, column.w,
                   cell_cards(stage_id, lane_id), fresh)
        stages.add(stage_id)
    after: set[str] = set()
    for cell in cells:
        for card_id in layout.cell_order[cell]:
            after.add(card_id)
            old, new = before.get(card_id), layout.cards[card_id]
            if old is None or old.band is not new.band or _moved_within_band(old, new):
                delta.cards.add(card_id)
    delta.removed = set(before) - after
    if doc.connections:
        for card_id in after - old_rects.keys():
            old_rects[card_id] = None  # a new card: not there before
    for card_id in delta.removed:
        del layout.cards[card_id]
    old_emotion = layout.emotion
    delta.lanes = stack_lanes(layout, doc, lanes, modes)
    tops_moved = any(layout.bands[lane].y != y for lane, y in old_tops.items() if lane in layout.bands)
    # The cards routing checks arrows against, kept by column: the edited cells' columns
    # changed, and every column when a row moved (its cards in every stage with it).
    if tops_moved:
        layout.obstacles.clear()
    elif layout.obstacles:
        column_of = {stage_id: i for i, (stage_id, _, _) in enumerate(layout.columns)}
        for stage_id, _ in cells:
            layout.obstacles.pop(column_of.get(stage_id), None)
    emotion = layout.emotion
    if emotion is not None:
        # Scores live on cards of any lane; only stages whose scored cards changed, a resized
        # emotion lane or a chip that moved redraw the curve; a lane that only moved down or
        # up (one above it grew) shifts it.
        shifted = emotion is not old_emotion and old_emotion is not None \
            and emotion.lane_id == old_emotion.lane_id and _same_size(emotion.rect, old_emotion.rect)
        # Every point when the lane was resized; else those of stages whose chips moved or
        # whose scored cards changed.
        everything = emotion.lane_id in delta.lanes and not shifted
        redo = {stage_id for stage_id, lane in cells if lane == emotion.lane_id}
        for stage_id in stages:
            if not _scores_touched(emotion, stage_id, cells, before, cell_cards):
                continue  # no scored card in the edited cells, before or after: nothing to redo
            scored = stage_scored(doc, stage_id, emotion.lane_id, cell_cards)
            signature = [(c.id, c.lane_id, c.emotion, c.persona_id) for c in scored]
            if signature != [(c.id, c.lane_id, c.emotion, c.persona_id) for c in emotion.stage_scored.get(stage_id, ())] \
                    or signature != emotion.stage_signature.get(stage_id):
                redo.add(stage_id)
            emotion.stage_scored[stage_id] = scored
            emotion.stage_signature[stage_id] = signature
        if everything or redo or personas:
            # The curves are drawn again from the stages' kept means even when no stage's
            # scores changed: which personas have one, and their names, come from the map.
            emotion_points(emotion, doc, layout.columns, layout.cards, None if everything else redo)
            delta.emotion = True
        elif shifted:
            _shift_emotion(emotion, old_emotion)
            delta.emotion = True
    # Routes depend only on where cards are (and the rows and columns): a text edit that
    # leaves every card's rectangle where it was keeps them all, and a move re-routes only the
    # arrows it can change (routes.reroute; 200,000 arrows all re-routed took seconds), as an
    # arrow added, deleted or restyled routes only itself (and the few its place in the list
    # moves across the routing budget: routes.route_named).
    if routes or named:
        layout.connection_ends = None  # arrows came, went or changed ends: places in the list moved
        layout.route_boxes.clear()
    if routes and doc.connections:
        layout.connections = routes_of(layout, doc)
        delta.connections = True
    elif doc.connections:
        lane_tops = [box.row.y for box in layout.lanes]
        changed: set[str] = set()
        if named:
            changed |= route_named(layout.connections, doc, layout.cards, layout.columns, lane_tops,
                                   layout.style.card_gap, named, _column_cards(layout), layout.obstacles)
        moved = _moved_cards(layout, old_rects, old_tops)
        if moved or tops_moved or delta.removed:
            ends = layout.connection_ends
            if ends is None or not ends.fits(doc.connections):
                ends = layout.connection_ends = ConnectionEnds(doc.connections)
            changed |= reroute(layout.connections, doc, layout.cards, layout.columns, lane_tops,
                               layout.style.card_gap, moved, tops_moved, ends, _column_cards(layout),
                               layout.obstacles, layout.route_boxes)
        if changed:
            delta.connections, delta.routes = True, changed
    elif layout.connections:
        layout.connections = {}
        delta.connections = True
    if delta.lanes:
        layout.blueprint_lines = _blueprint_lines(doc, layout.lanes, frozenset(), layout.width,
                                                  layout.style)
    layout.reindex_lanes()  # the stages' columns stay (a change to them lays out afresh)
    return delta


def _scores_touched(emotion, stage_id: str, cells: set[Cell], before: dict, cell_cards: CellCards) -> bool:
    """True when a card with a score is, or was, in one of the edited ``cells`` of the stage:
    only then can its scored cards (their set, order, scores or personas) have changed. Cards
    keep their identity through edits, so one scored before is in the stage's kept list."""
    mine = [cell for cell in cells if cell[0] == stage_id]
    if any(card.emotion is not None for cell in mine for card in cell_cards(*cell)):
        return True
    kept = {card.id for card in emotion.stage_scored.get(stage_id, ())}
    return any(card_id in kept for card_id in before)  # one that left, or lost its score


def _same_size(a, b) -> bool:
    return a.x == b.x and a.w == b.w and a.h == b.h


def _shift_emotion(emotion, old) -> None:
    """The points and curves of ``old`` where its lane now is (same size, another height):
    the points, which are relative to the lane, stay as they are; the curves move by ``dy``."""
    dy = emotion.rect.y - old.rect.y
    emotion.points = old.points
    emotion.curve = [(x, y + dy) for x, y in old.curve]
    emotion.curve_stages = list(old.curve_stages)
    emotion.persona_curves = {k: [(x, y + dy) for x, y in v] for k, v in old.persona_curves.items()}
    emotion.persona_stages = {k: list(v) for k, v in old.persona_stages.items()}


def _moved_cards(layout: MapLayout, old_rects: dict, old_tops: dict) -> dict:
    """The cards now elsewhere (or shown or hidden) than before an update, each with its
    rectangle before (None when it was not shown): those of the edited cells, and every card
    of a lane whose row moved."""
    moved = {}
    for card_id, old in old_rects.items():
        box = layout.cards.get(card_id)
        new = box.rect if box is not None and box.visible else None
        if new != old:
            moved[card_id] = old
    for lane_id, top in old_tops.items():
        band = layout.bands.get(lane_id)
        if band is None or band.y == top:
            continue
        for (_, lane), ids in layout.cell_order.items():
            if lane != lane_id:
                continue
            for card_id in ids:
                box = layout.cards[card_id]
                if card_id not in old_rects and box.visible:
                    r = box.rect
                    moved[card_id] = Rect(r.x, r.y - band.y + top, r.w, r.h)
    return moved


def _column_cards(layout: MapLayout):
    """The cards of each stage column, by its place: what routing checks an arrow against is
    read one column at a time, when an arrow first crosses it."""
    stage_ids = [stage_id for stage_id, _, _ in layout.columns]
    lanes = [box.lane_id for box in layout.lanes]
    order = layout.cell_order
    return lambda i: [card_id for lane_id in lanes for card_id in order.get((stage_ids[i], lane_id), ())]


def _moved_within_band(old, new) -> bool:
    return (old.local != new.local or old.lines != new.lines or old.visible != new.visible
            or old.font_size != new.font_size or old.elided != new.elided)


def _cells_of(doc: JourneyMap) -> CellCards:
    """The cards of each cell in order, when no store index is at hand (tests, scripts)."""
    by_cell: dict[Cell, list] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
    return lambda stage_id, lane_id: by_cell.get((stage_id, lane_id), [])
