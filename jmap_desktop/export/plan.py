"""The poster plan: page, scale, sheet grid, orientation, assembly page and warnings, computed
once and used by everything that shows or writes a poster.

``plan_poster(doc, options)`` is what ``export_pdf`` draws, what the export dialog's preview
shows and what the command line reports, so a preview is the output: the same page count,
sheet grid and sheet orientation, never recomputed with other margins elsewhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..layout import MapLayout, StageBox, compute_layout, numbers
from ..layout.numbers import number
from ..model import JourneyMap
from ..model.messages import say
from .pages import MAX_PAGE, Paper, paper

TITLE_H = 150.0  # title block above the grid, in layout units
LEGEND_H = 112.0
MIN_READABLE_PT = 6.0


class ExportError(ValueError):
    """Options that cannot make a poster (or a file that cannot be written), in plain words."""


def hidden_lane_ids(doc: JourneyMap, names_or_ids) -> frozenset[str]:
    """Lane ids for lanes given by id or name (any case); an unknown one is an ExportError."""
    wanted = {n.casefold() for n in names_or_ids}
    found = {ln.id for ln in doc.lanes if ln.id.casefold() in wanted or ln.name.casefold() in wanted}
    missing = wanted - {ln.id.casefold() for ln in doc.lanes} - {ln.name.casefold() for ln in doc.lanes}
    if missing:
        raise ExportError(f"no lane named {sorted(missing)[0]!r}; lanes: "
                          + ", ".join(ln.name for ln in doc.lanes))
    return frozenset(found)


@dataclass(frozen=True)
class SheetGrid:
    """How the poster is cut into printer sheets."""

    sheet: Paper  # after orientation
    cols: int
    rows: int
    step_x: float  # how far the poster moves from one sheet to the next (points on paper)
    step_y: float
    printable_w: float  # the part of a sheet the printer reaches
    printable_h: float

    @property
    def count(self) -> int:
        return self.cols * self.rows

    @property
    def orientation(self) -> str:
        return "landscape" if self.sheet.width > self.sheet.height else "portrait"

    @staticmethod
    def label(row: int, col: int) -> str:
        return f"{chr(ord('A') + row) if row < 26 else 'R' + str(row + 1)}{col + 1}"


@dataclass
class PosterPlan:
    """Everything about the paper, decided before anything is drawn."""

    layout: MapLayout
    width: float  # the poster (title block, grid, legend) in layout units
    height: float
    page: Paper  # the single page, or the page the poster is scaled for when tiled
    scale: float  # points on paper per layout unit
    margin: float
    smallest_text_pt: float
    tiles: SheetGrid | None = None
    stage_groups: list[list[StageBox]] = field(default_factory=list)  # split by stage when too long
    warnings: list[str] = field(default_factory=list)

    @property
    def poster_size(self) -> tuple[float, float]:
        """The poster on paper, in points."""
        return self.width * self.scale, self.height * self.scale

    @property
    def pages(self) -> int:
        if self.tiles is not None:
            return self.tiles.count + 1  # the sheets and the assembly page in front
        return len(self.stage_groups) or 1

    def poster_origin(self) -> tuple[float, float]:
        """Where the poster's bottom-left corner sits on the single page, in points from the
        page's bottom-left: centred, and never into the bottom margin."""
        poster_w, poster_h = self.poster_size
        return (self.page.width - poster_w) / 2, max((self.page.height - poster_h) / 2, self.margin)

    def stage_group_origin(self, group: list[StageBox]) -> tuple[float, float]:
        """Where the poster's bottom-left corner sits on the page of ``group`` (a poster split by
        stage): shifted left so the group's first stage follows the repeated lane headers."""
        shift = group[0].column.x - self.layout.style.lane_header_w
        return self.margin - shift * self.scale, self.margin

    def page_sizes(self) -> list[tuple[float, float]]:
        """Width and height of every page of the PDF, in points, in order."""
        if self.tiles is not None:
            size = (self.tiles.sheet.width, self.tiles.sheet.height)
            return [size] * self.pages
        if self.stage_groups:
            header = self.layout.style.lane_header_w
            return [((header + g[-1].column.right - g[0].column.x) * self.scale + 2 * self.margin,
                     self.page.height) for g in self.stage_groups]
        return [(self.page.width, self.page.height)]

    def describe(self) -> str:
        """The page count in words, e.g. "15 sheets (5 × 3 A4 landscape) + assembly page"."""
        if self.tiles is not None:
            t = self.tiles
            grid = dict(cols=t.cols, rows=t.rows, sheet=t.sheet.name, pages=self.pages)
            if t.count == 1:
                return (say("1 sheet ({cols} × {rows} {sheet} portrait) + assembly page = {pages} pages", **grid)
                        if t.orientation == "portrait" else
                        say("1 sheet ({cols} × {rows} {sheet} landscape) + assembly page = {pages} pages", **grid))
            return (say("{count} sheets ({cols} × {rows} {sheet} portrait) + assembly page = {pages} pages",
                        count=t.count, **grid) if t.orientation == "portrait" else
                    say("{count} sheets ({cols} × {rows} {sheet} landscape) + assembly page = {pages} pages",
                        count=t.count, **grid))
        if self.stage_groups:
            return say("{pages} pages, split by stage", pages=self.pages)
        return say("1 page")


def plan_poster(doc: JourneyMap, options, hidden: frozenset[str] | None = None) -> PosterPlan:
    """Plan the poster of ``doc`` for ``options`` (export.PosterOptions); ``hidden`` are lane
    ids already resolved from the options' names. Raises PageError or ExportError."""
    if hidden is None:
        hidden = hidden_lane_ids(doc, options.hidden_lanes)
    layout = compute_layout(doc, hidden_lanes=hidden)
    width = max(layout.width, 1000.0)
    height = TITLE_H + layout.height + LEGEND_H
    page = paper(options.page, options.orientation, content_ratio=width / height)
    usable_w, usable_h = page.width - 2 * options.margin, page.height - 2 * options.margin
    scale = options.scale or min(usable_w / width, usable_h / height)
    if page.roll:  # the roll's length follows the poster
        page = Paper(page.name, width * scale + 2 * options.margin, page.height, roll=True)
    smallest = layout.style.card_font_size * scale
    plan = PosterPlan(layout, width, height, page, scale, options.margin, smallest)
    if smallest < MIN_READABLE_PT:
        plan.warnings.append(say("card text prints at {size} pt, below a readable {readable} pt: choose a "
                                 "larger page, hide some lanes, or tile the poster",
                                 size=f"{smallest:.1f}".replace(".", numbers.current().decimal),
                                 readable=number(MIN_READABLE_PT)))
    if options.tile:
        plan.tiles = _sheet_grid(plan, options)
    elif page.width > MAX_PAGE:
        plan.stage_groups = _stage_groups(plan, options)
        plan.warnings.append(say("the poster is longer than 200 inches, so it is split by stage over "
                                 "{pages} pages", pages=len(plan.stage_groups)))
    return plan


def _sheet_grid(plan: PosterPlan, options) -> SheetGrid:
    """The orientation of the sheets that needs fewer of them (portrait on a tie)."""
    poster_w, poster_h = plan.poster_size
    best: SheetGrid | None = None
    for orientation in ("portrait", "landscape"):
        sheet = paper(options.tile, orientation)
        pw, ph = sheet.width - 2 * options.unprintable, sheet.height - 2 * options.unprintable
        step_x, step_y = pw - options.overlap, ph - options.overlap
        if step_x <= 0 or step_y <= 0:
            raise ExportError(say("the overlap is larger than the printable part of a sheet"))
        cols = max(1, math.ceil((poster_w - options.overlap) / step_x))
        rows = max(1, math.ceil((poster_h - options.overlap) / step_y))
        grid = SheetGrid(sheet, cols, rows, step_x, step_y, pw, ph)
        if best is None or grid.count < best.count:
            best = grid
    return best


def _stage_groups(plan: PosterPlan, options) -> list[list[StageBox]]:
    """Pages of whole stages, each no longer than a PDF page may be."""
    usable = MAX_PAGE - 2 * options.margin
    header = plan.layout.style.lane_header_w
    groups, current, current_w = [], [], header
    for box in plan.layout.stages:
        if current and (current_w + box.column.w) * plan.scale > usable:
            groups.append(current)
            current, current_w = [], header
        current.append(box)
        current_w += box.column.w
    if current:
        groups.append(current)
    return groups
