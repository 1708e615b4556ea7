"""How a stage becomes a slide that fills the screen (no Qt: plain layout arithmetic).

A stage alone is a tall, narrow column: nine lanes of cards one above the other, on a screen
that is 16:9. Laid out as one column it reaches the screen's height long before its width, so
the cards stay small. The slide therefore tries the stage as one column and as two side by
side (the upper lanes on the left, the lower ones on the right, cut between two lanes where no
arrow crosses if it can), each laid out by the shared layout at the column width that fills its
half best, and keeps whichever shows the cards larger.

A slide shows its stage's header once, as the slide's title across the screen (the caption,
``reserved`` pixels tall): the columns show the stage's lanes only, without the header band
the layout puts above them (``shown_height``).
"""

from __future__ import annotations

from ..layout.map_layout import compute_layout
from ..model import JourneyMap
from ..model.limits import STAGE_MAX_WIDTH, STAGE_MIN_WIDTH

MAX_ZOOM = 2.5  # a stage with few cards: large, but not poster-sized letters
MARGIN = 24  # screen pixels around a slide (and each half of a split one)
WIDTH_STEP = 40.0  # column widths tried when fitting a stage to the screen
SPLIT_GAIN = 1.15  # two columns only when the cards come out this much larger
CUT_ARROW_COST = 0.85  # an arrow cut by the split (its cards on different halves) costs this


def header_height(layout) -> float:
    """The stage header band at the top of a one-stage layout, which a slide does not show."""
    return layout.stages[0].header.h if layout.stages else 0.0


def shown_height(layout) -> float:
    """What a slide shows of a one-stage layout: its lanes, under the header band."""
    return layout.height - header_height(layout)


def stage_slide(doc: JourneyMap, stage_id: str, lane_ids: list[str] | None = None) -> JourneyMap:
    """A copy of ``doc`` holding only one stage (and only ``lane_ids``, when given), its cards
    and the arrows between them."""
    # Only the stage is changed by fitting (its width): it is copied; the rest is shared, read
    # only (a deep copy of a large map for every slide and every cut tried was most of the cost).
    slide = doc.model_copy()
    slide.stages = [s.model_copy() for s in doc.stages if s.id == stage_id]
    keep = set(lane_ids) if lane_ids is not None else None
    slide.lanes = [ln for ln in doc.lanes if keep is None or ln.id in keep]
    lanes = {ln.id for ln in slide.lanes}
    slide.cards = [c for c in doc.cards if c.stage_id == stage_id and c.lane_id in lanes]
    ids = {c.id for c in slide.cards}
    slide.connections = [k for k in doc.connections if k.source_id in ids and k.target_id in ids]
    return slide


def fit_stage(slide: JourneyMap, screen_w: float, screen_h: float) -> tuple[float, float]:
    """The column width at which the one-stage ``slide`` is largest on the screen, and that
    zoom. Tries widths from the narrowest up to the one that fills the screen's width."""
    return fit_parts([slide], screen_w, screen_h)


def fit_parts(parts: list[JourneyMap], screen_w: float, screen_h: float,
              reserved: list[float] | None = None) -> tuple[float, float]:
    """The one column width (the same in every part, so the halves of a slide match) at which
    the parts, side by side on a screen of this size, are largest; and that zoom. Each part
    gets an equal share of the width and the height less what is ``reserved`` above it (the
    stage's caption); the parts are shown without their header band."""
    share = screen_w / len(parts)
    room = [screen_h - 2 * MARGIN - above for above in (reserved or [0.0] * len(parts))]
    stages = [part.stages[0] for part in parts]
    best_width, best_zoom = stages[0].width, 0.0
    width = STAGE_MIN_WIDTH
    while width <= STAGE_MAX_WIDTH:
        layouts = []
        for stage, part in zip(stages, parts, strict=True):
            stage.width = width
            layouts.append(compute_layout(part))
        widest = max(layout.width for layout in layouts)
        zoom = min([(share - 2 * MARGIN) / widest, MAX_ZOOM]
                   + [max(h, 1.0) / shown_height(layout) for h, layout in zip(room, layouts, strict=True)])
        if zoom > best_zoom + 1e-3:
            best_width, best_zoom = width, zoom
        if widest * zoom >= share - 2 * MARGIN:  # wider only shrinks it
            break
        width += WIDTH_STEP
    for stage in stages:
        stage.width = best_width
    return best_width, best_zoom


def slide_parts(doc: JourneyMap, stage_id: str, screen_w: float, screen_h: float,
                caption: float = 0.0) -> list[JourneyMap]:
    """The stage's slide as one fitted column, or as two (upper lanes, lower lanes) fitted to
    the two halves of the screen when that shows its cards clearly larger. ``caption``: the
    height of the stage's title across the top of the screen, above every column.

    A lane's height in a one-stage layout depends only on its own cards and the column width,
    so one layout of the whole stage per width tried gives the height of every possible split:
    a stage of hundreds of cards is fitted in a few dozen layouts, not hundreds."""
    whole = stage_slide(doc, stage_id)
    lanes = [ln.id for ln in whole.lanes]
    can_split = len(lanes) >= 2 and screen_w >= screen_h  # a portrait screen: one tall column
    full = screen_w - 2 * MARGIN
    half = screen_w / 2 - 2 * MARGIN
    room = max(screen_h - 2 * MARGIN - caption, 1.0)
    cuts_arrows = [_cuts_arrows(whole, set(lanes[:i])) for i in range(1, len(lanes))] if can_split else []
    best_single, best_split = (0.0, whole.stages[0].width), (0.0, whole.stages[0].width, 0)
    width = STAGE_MIN_WIDTH
    while width <= STAGE_MAX_WIDTH:
        whole.stages[0].width = width
        layout = compute_layout(whole)
        if full / layout.width <= max(best_single[0], best_split[0]):
            break  # wider columns only shrink every arrangement from here on
        heights = [layout.lane_box(lane_id).header.h for lane_id in lanes]
        rest = shown_height(layout) - sum(heights)  # the bottom edge
        zoom = min(full / layout.width, room / shown_height(layout), MAX_ZOOM)
        if zoom > best_single[0] + 1e-3:
            best_single = (zoom, width)
        above = 0.0
        for i in range(1, len(lanes) if can_split else 1):
            above += heights[i - 1]
            zoom = min(half / layout.width, room / (rest + max(above, sum(heights) - above)), MAX_ZOOM)
            if cuts_arrows[i - 1]:
                zoom *= CUT_ARROW_COST
            if zoom > best_split[0] + 1e-3:
                best_split = (zoom, width, i)
        width = _next_width(width)
    if best_split[0] > best_single[0] * SPLIT_GAIN:
        _, width, i = best_split
        parts = [stage_slide(doc, stage_id, lanes[:i]), stage_slide(doc, stage_id, lanes[i:])]
    else:
        width, parts = best_single[1], [whole]
    for part in parts:
        part.stages[0].width = width
    return parts


def _next_width(width: float) -> float:
    """Column widths tried: every WIDTH_STEP while narrow, then about 15 % wider each time (a
    wide column gains little from a finer step; a stage of hundreds of cards tries ~20)."""
    return max(width + WIDTH_STEP, round(width * 1.15 / WIDTH_STEP) * WIDTH_STEP)


def _cuts_arrows(slide: JourneyMap, upper: set[str]) -> bool:
    lane_of = {c.id: c.lane_id for c in slide.cards}
    return any((lane_of[k.source_id] in upper) != (lane_of[k.target_id] in upper)
               for k in slide.connections)
