"""A stage of the map as PowerPoint slides, laid out by the shared layout.

Each slide shows one or two columns side by side (as present mode does: a stage alone is tall
and narrow, a slide is wide), each a one-stage map (a run of the stage's lanes, or part of a
crowded lane's cards) laid out by ``compute_layout`` at the column width that shows the cards
largest on the slide, then scaled onto it. A stage takes one column a slide or two, whichever
needs fewer slides (one on a tie). card boxes, lane headers, wrapped text
areas, icons and badges come from the layout and ``layout.card_face``, never from numbers of
the deck's own. The stage header is the slide's title. The emotion lane's cards flow like any
lane's here (the deck has a slide for the curve itself). A stage whose cards would come out
smaller than ``MIN_SCALE`` continues on more slides, cut between lanes, or within a lane
between cards; its slides all show their cards at the same size.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import LayoutStyle, MapLayout, compute_layout
from ..layout.card_face import card_face
from ..layout.header_face import lane_header_face
from ..layout.palette import lane_style
from ..model import Card, JourneyMap, Lane, LaneKind, Stage
from ..model.limits import STAGE_MAX_WIDTH, STAGE_MIN_WIDTH
from .pptx_face import EMU_PER_PT, Place, add_card, add_lane_header

MIN_SCALE = 0.8  # card text no smaller than 8.5 points on the slide
MAX_SCALE = 1.6  # a stage with few cards: large, but not poster-sized letters
WIDTH_STEP = 40.0
COLUMN_GAP = 24.0  # points between two columns of a slide

Pieces = list[tuple[Lane, list[Card]]]  # lanes of a column, each with (some of) its cards


@dataclass
class StageColumn:
    doc: JourneyMap  # the column's one-stage map
    layout: MapLayout


@dataclass
class StagePage:
    """One slide of a stage: its columns, the original lanes by id (a slide's emotion lane
    flows like any other) and the scale, in points a layout unit."""

    columns: list[StageColumn]
    lanes: dict[str, Lane]
    scale: float

    def places(self, left: int, top: int) -> list[Place]:
        """Where each column's top-left corner below its stage header sits on the slide."""
        step = max(c.layout.width for c in self.columns) * self.scale + COLUMN_GAP
        return [Place(left + int(i * step * EMU_PER_PT), top, 0.0, c.layout.style.stage_header_h, self.scale)
                for i, c in enumerate(self.columns)]


def _page_doc(doc: JourneyMap, stage: Stage, pieces: Pieces, width: float) -> JourneyMap:
    page = doc.model_copy()  # shallow: only what differs is replaced, the rest is read only
    page.stages = [stage.model_copy(update={"width": width})]
    page.lanes = [lane.model_copy(update={"collapsed": False, "kind": LaneKind.FEELINGS
                                          if lane.kind == LaneKind.EMOTION else lane.kind})
                  for lane, _ in pieces]
    page.cards = [card for _, cards in pieces for card in cards]
    page.connections = []
    return page


def _extent(layout: MapLayout) -> tuple[float, float]:
    return layout.width, layout.height - layout.style.stage_header_h


def _fits(doc, stage, pieces: Pieces, width, col_w, avail_h) -> bool:
    w, h = _extent(compute_layout(_page_doc(doc, stage, pieces, width)))
    return w * MIN_SCALE <= col_w + 0.5 and h * MIN_SCALE <= avail_h + 0.5


def _best(doc, stage, columns: list[Pieces], lanes, col_w: float, avail_h: float) -> StagePage:
    """The page's columns at the one column width that shows them largest (at most ``MAX_SCALE``)."""
    best = None
    width = STAGE_MIN_WIDTH
    while width <= STAGE_MAX_WIDTH:
        laid = [StageColumn(d, compute_layout(d)) for d in (_page_doc(doc, stage, p, width) for p in columns)]
        w = max(_extent(c.layout)[0] for c in laid)
        h = max(_extent(c.layout)[1] for c in laid)
        scale = min(col_w / w, avail_h / max(h, 1.0), MAX_SCALE)
        if best is None or scale > best.scale + 1e-3:
            best = StagePage(laid, lanes, scale)
        if w * scale >= col_w - 1:  # wider only makes it smaller
            break
        width += WIDTH_STEP
    return best


def _columns(doc, stage, lanes: list[Lane], cells, width: float, col_w: float, avail_h: float) -> list[Pieces]:
    """The stage's lanes poured into columns that fit at ``MIN_SCALE``, in order."""
    columns: list[Pieces] = [[]]
    for lane in lanes:
        rest = cells.get(lane.id, [])
        while rest:
            if _fits(doc, stage, columns[-1] + [(lane, rest)], width, col_w, avail_h):
                columns[-1].append((lane, rest))
                break
            alone = _fits(doc, stage, [(lane, rest)], width, col_w, avail_h)
            if columns[-1] and alone:  # a lane that fits a column of its own is not cut
                columns.append([])
                continue
            # Too tall for any column: as many of its cards as fit below what the column
            # holds (at least one in an empty column), the rest in the next.
            low, high = (0 if columns[-1] else 1), len(rest) - 1
            while low < high:
                mid = (low + high + 1) // 2
                if _fits(doc, stage, columns[-1] + [(lane, rest[:mid])], width, col_w, avail_h):
                    low = mid
                else:
                    high = mid - 1
            if low:
                columns[-1].append((lane, rest[:low]))
            columns.append([])
            rest = rest[low:]
    return [c for c in columns if c]


def stage_pages(doc: JourneyMap, stage: Stage, lanes: list[Lane], avail_w: float, avail_h: float) -> list[StagePage]:
    """The slides of ``stage`` (only ``lanes``, each with cards in the stage), for a content area
    of ``avail_w`` x ``avail_h`` points; [] when none of them holds a card."""
    cells: dict[str, list[Card]] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        if card.stage_id == stage.id:
            cells.setdefault(card.lane_id, []).append(card)
    by_id = {lane.id: lane for lane in lanes}
    plans = []
    for per_slide in (1, 2):
        col_w = (avail_w - (per_slide - 1) * COLUMN_GAP) / per_slide
        # Cut where the columns fill their share at the smallest allowed scale.
        width = max(STAGE_MIN_WIDTH, min(STAGE_MAX_WIDTH, col_w / MIN_SCALE - LayoutStyle().lane_header_w))
        columns = _columns(doc, stage, lanes, cells, width, col_w, avail_h)
        slides = [columns[i:i + per_slide] for i in range(0, len(columns), per_slide)]
        plans.append((len(slides), per_slide, col_w, slides))
        if len(columns) <= 1:
            break  # one column fits one slide: nothing to gain from two
    _, _, col_w, slides = min(plans, key=lambda plan: plan[:2])
    fitted = [_best(doc, stage, page, by_id, col_w, avail_h) for page in slides]
    # The slides of one stage show their cards at one size, the smallest any of them needs.
    scale = min((page.scale for page in fitted), default=1.0)
    for page in fitted:
        page.scale = scale
    return fitted


def draw_page(slide, page: StagePage, left: int, top: int) -> None:
    """The page's lane headers and cards as native shapes (``export.pptx_face``)."""
    for column, place in zip(page.columns, page.places(left, top), strict=True):
        st = column.layout.style
        cards = {c.id: c for c in column.doc.cards}
        for lane_box in column.layout.lanes:
            lane = page.lanes[lane_box.lane_id]
            look = lane_style(lane.kind)
            r = lane_box.header
            header = lane_header_face(look.glyph, look.accent, lane.name, r, st.lane_font_size, False)
            add_lane_header(slide.shapes, header, r, lane.colour or look.tint, look.accent, lane.name, place)
        for card_id, box in column.layout.cards.items():
            card = cards[card_id]
            add_card(slide.shapes, card, card_face(card, box.rect, box.lines, box.font_size, st, box.stacked), place,
                     box.elided)
