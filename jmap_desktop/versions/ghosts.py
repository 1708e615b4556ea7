"""Where the removed things of a comparison are drawn on the newer map's layout: each removed
card as a faded ghost in its old cell, and a removed stage or lane as a ghost column (right of
the grid) or ghost row (below it), so a card whose stage or lane was deleted too still has a
cell to show it in. One plan (no Qt) for the canvas overlay and the comparison PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout.geometry import Rect
from ..layout.map_layout import MapLayout
from .compare import Comparison

GHOST_W, GHOST_H = 150.0, 44.0  # a ghost card
PAD, GAP = 8.0, 6.0  # inside a ghost cell; between the ghosts stacked in it
BAND_GAP = 24.0  # between the grid and the ghost columns or rows
COLUMN_W = GHOST_W + 2 * PAD + 14  # room for the ghosts' badges too
EMPTY_ROW_H = 40.0  # a removed lane that held no card


@dataclass(frozen=True)
class GhostCard:
    card_id: str
    rect: Rect
    label: str  # one line, short
    text: str  # the card's whole text (tooltips)


@dataclass(frozen=True)
class GhostAxis:
    """A removed stage (a column right of the grid) or lane (a row below it)."""

    collection: str  # "stages" | "lanes"
    entity_id: str
    name: str
    header: Rect
    body: Rect  # the column below the header, or the row right of it


@dataclass
class GhostPlan:
    cards: list[GhostCard] = field(default_factory=list)
    axes: list[GhostAxis] = field(default_factory=list)
    width: float = 0.0  # the map and its ghost columns and rows together
    height: float = 0.0
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)  # old cells, ghost ones too

    def old_cell(self, stage_id: str, lane_id: str) -> Rect | None:
        return self.cells.get((stage_id, lane_id))


def plan_ghosts(result: Comparison, layout: MapLayout) -> GhostPlan:
    """The ghosts of ``result``'s removed cards, stages and lanes on ``layout`` (the newer map's)."""
    st = layout.style
    before = result.before
    before_cards = {c["id"]: c for c in before.get("cards") or []}
    labels = {c.id: c.label for c in result.of_kind("removed", "cards")}
    removed = [before_cards[i] for i in labels if i in before_cards]
    gone_stages = [s for s in before.get("stages") or []
                   if s["id"] in {c.id for c in result.of_kind("removed", "stages")}]
    gone_lanes = [lane for lane in before.get("lanes") or []
                  if lane["id"] in {c.id for c in result.of_kind("removed", "lanes")}]
    plan = GhostPlan(width=layout.width, height=layout.height, cells=dict(layout.cells))
    per_cell: dict[tuple[str, str], list[dict]] = {}
    for card in removed:
        per_cell.setdefault((card["stage_id"], card["lane_id"]), []).append(card)
    # Ghost columns, right of the grid, as tall as every row (the ghost rows included).
    x = layout.width + BAND_GAP
    columns = []
    for stage in gone_stages:
        columns.append((stage, x))
        x += COLUMN_W
    grid_w = x if columns else layout.width
    rows_x = [(sid, cx, cw) for sid, cx, cw in layout.columns] + \
        [(s["id"], cx, COLUMN_W) for s, cx in columns]
    # Ghost rows, below the grid, tall enough for the ghosts of their busiest cell.
    y = layout.height + BAND_GAP
    rows = []
    for lane in gone_lanes:
        most = max((len(per_cell.get((sid, lane["id"]), [])) for sid, _, _ in rows_x), default=0)
        h = most * (GHOST_H + GAP) - GAP + 2 * PAD if most else EMPTY_ROW_H
        rows.append((lane, y, h))
        y += h
    grid_h = y if rows else layout.height
    for box in layout.lanes:  # a ghost column's cells in the map's own rows
        for stage, cx in columns:
            plan.cells[(stage["id"], box.lane_id)] = Rect(cx, box.row.y, COLUMN_W, box.row.h)
    for lane, ry, h in rows:
        for sid, cx, cw in rows_x:
            plan.cells[(sid, lane["id"])] = Rect(cx, ry, cw, h)
    for stage, cx in columns:
        plan.axes.append(GhostAxis("stages", stage["id"], stage.get("name") or "",
                                   Rect(cx, 0, COLUMN_W, st.stage_header_h),
                                   Rect(cx, st.stage_header_h, COLUMN_W, grid_h - st.stage_header_h)))
    for lane, ry, h in rows:
        plan.axes.append(GhostAxis("lanes", lane["id"], lane.get("name") or "",
                                   Rect(0, ry, st.lane_header_w, h),
                                   Rect(st.lane_header_w, ry, grid_w - st.lane_header_w, h)))
    ghost_cells = {k for k in plan.cells if k not in layout.cells}
    for cell, cards in per_cell.items():
        rect = plan.cells.get(cell)
        if rect is None:  # a lane hidden in the newer map: no cell to show
            continue
        place = _stacked if cell in ghost_cells else _along_bottom
        for n, card in enumerate(cards):
            text = card.get("text") or ""
            plan.cards.append(GhostCard(card["id"], place(rect, n, len(cards)), labels[card["id"]], text))
    plan.width, plan.height = grid_w, grid_h
    return plan


def _along_bottom(cell: Rect, n: int, _count: int) -> Rect:
    """Ghosts in a cell of the map sit along its bottom edge (its cards fill it from the top),
    overlapping slightly when many."""
    x = cell.x + PAD + (n % 3) * (GHOST_W * 0.35)
    y = cell.y + cell.h - GHOST_H - 6 - (n // 3) * (GHOST_H * 0.4)
    return Rect(x, y, min(GHOST_W, cell.w - 2 * PAD), GHOST_H)


def _stacked(cell: Rect, n: int, count: int) -> Rect:
    """Ghosts in a ghost cell are all there is: stacked from the top, closer when the row
    (a lane of the map, its height fixed) is short."""
    step = GHOST_H + GAP
    if count > 1 and PAD + (count - 1) * step + GHOST_H > cell.h - PAD:
        step = max(8.0, (cell.h - 2 * PAD - GHOST_H) / (count - 1))
    return Rect(cell.x + PAD, cell.y + PAD + n * step, min(GHOST_W, cell.w - 2 * PAD), GHOST_H)

