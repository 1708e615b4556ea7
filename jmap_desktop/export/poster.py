"""The poster: a title block, the map, and a legend on one vector PDF page — or tiled onto
printer sheets, or split by stage when it would be longer than a PDF page may be.

The poster is drawn once into a form XObject in layout units and placed (scaled, clipped) on
every page, so file size and time grow little with the number of sheets.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..layout import CardBox, Rect, palette, wrap_text
from ..layout.card_face import emotion_pill_at
from ..layout.face_drawing import draw_pill
from ..layout.numbers import date as format_date
from ..layout.words import word
from ..model import Card, Evidence, JourneyMap
from ..model.kinds import CardKind, EvidenceStatus, MapState
from ..model.messages import say
from .draw_map import Pen, colour, draw_card, draw_map
from .pages import MM
from .pdf_text import draw_text, rl_font
from .plan import (  # noqa: F401 (ExportError and hidden_lane_ids are part of this module's API)
    LEGEND_H,
    MIN_READABLE_PT,
    TITLE_H,
    ExportError,
    PosterPlan,
    SheetGrid,
    hidden_lane_ids,
    plan_poster,
)


@dataclass
class PosterOptions:
    page: str = "A0"
    orientation: str = "auto"  # portrait, landscape, or auto (the one that prints it largest)
    margin: float = 12 * MM
    scale: float | None = None  # None: fit the page; else points on paper per layout unit
    hidden_lanes: frozenset[str] = frozenset()  # lane ids or names
    persona_panel: bool = True
    photos: bool = True  # each card's first photo in the strip the layout keeps for it
    tile: str | None = None  # sheet preset for tiled printing, e.g. "A4"
    overlap: float = 10 * MM
    unprintable: float = 5 * MM


@dataclass
class ExportResult:
    path: Path
    pages: int
    scale: float
    smallest_text_pt: float
    warnings: list[str] = field(default_factory=list)


def export_pdf(doc: JourneyMap, path: str | Path, options: PosterOptions | None = None,
               plan: PosterPlan | None = None) -> ExportResult:
    """Write the poster; ``plan`` when the caller already has it (a preview showed it)."""
    options = options or PosterOptions()
    path = Path(path)
    plan = plan or plan_poster(doc, options)
    layout, page, scale, width, height = plan.layout, plan.page, plan.scale, plan.width, plan.height
    # The initial font goes into every page's preamble: make it an embedded one, not Helvetica.
    c = Canvas(str(path), pagesize=(page.width, page.height), invariant=1, pageCompression=1,
               initialFontName=rl_font("NotoSans-Regular.ttf"), initialFontSize=10)
    c.setTitle(doc.meta.title)
    c.setAuthor(", ".join(doc.meta.authors) or doc.meta.organisation)
    c.setCreator(f"JMap Desktop {__version__}")
    c.beginForm("poster", 0, 0, width, height)
    pen = Pen(c, height)
    pen.forget_state()
    pen.rect(0, 0, width, height, fill=colour("#ffffff"))
    _title_block(pen, doc, width, options.persona_panel)
    grid = pen.moved(dy=TITLE_H)
    draw_map(grid, doc, layout, photos=options.photos)
    _legend(pen, doc, layout, TITLE_H + layout.height + 14, width)
    c.endForm()
    if plan.tiles is not None:
        pages = _tiled(c, doc, plan, options)
    elif plan.stage_groups:
        pages = _split_by_stage(c, plan, options)
    else:
        c.saveState()
        c.translate(*plan.poster_origin())
        c.scale(scale, scale)
        c.doForm("poster")
        c.restoreState()
        c.showPage()
        pages = 1
    try:
        c.save()
    except OSError as exc:
        raise ExportError(say("{path}: cannot be written ({reason})", path=path, reason=exc.strerror or exc)) from None
    return ExportResult(path, pages, scale, plan.smallest_text_pt, list(plan.warnings))


def _title_block(pen: Pen, doc: JourneyMap, width: float, persona_panel: bool) -> None:
    meta = doc.meta
    ink, muted = colour(palette.INK), colour(palette.MUTED_INK)
    pen.rect(0, 0, width, TITLE_H - 12, fill=colour("#f6f7f9"))
    pen.text(24, 44, meta.title, 26, ink, bold=True)
    if meta.subtitle:
        pen.text(24, 66, meta.subtitle, 13, muted)
    state = word("Future state") if meta.state == MapState.FUTURE else word("Current state")
    y = 88
    for label, value in (("Scenario", meta.scenario), ("Goal", meta.goal),
                         ("Expectations", " · ".join(meta.expectations))):
        if value:
            pen.text(24, y, f"{word(label)}:", 9, muted, bold=True)
            pen.text(100, y, wrap_text(value, width * 0.42, 9, 1)[0][0], 9, ink)
            y += 14
    right = width - 24
    details = [meta.organisation, state, meta.version_label,
               format_date(meta.modified or meta.created or dt.datetime.now())]
    ty = 40
    if meta.logo is not None:
        try:
            pen.c.drawImage(ImageReader(_bytes_io(meta.logo.raw())), pen.x(right - 90), pen.y(98),
                            90, 56, preserveAspectRatio=True, anchor="ne", mask="auto")
            ty = 112
        except Exception:  # noqa: BLE001 (a bad logo must not stop the poster)
            pass
    for value in details:
        if value:
            pen.text(right, ty, value, 9.5 if ty > 40 else 11, muted, bold=ty == 40, align="right")
            ty += 14
    persona = next((p for p in doc.personas if p.id == meta.primary_persona_id), None)
    if persona_panel and persona is not None:
        x = width * 0.52
        if persona.photo is not None:
            try:
                pen.c.drawImage(ImageReader(_bytes_io(persona.photo.raw())), pen.x(x), pen.y(88),
                                64, 64, preserveAspectRatio=True, mask="auto")
                x += 74
            except Exception:  # noqa: BLE001
                pass
        pen.text(x, 36, persona.name, 13, ink, bold=True)
        pen.text(x, 51, persona.role, 8.5, muted)
        if persona.quote:
            pen.text(x, 68, persona.quote, 9, ink)
        lines = [("Goals", persona.goals), ("Needs", persona.needs), ("Frustrations", persona.frustrations)]
        yy = 84
        for label, items in lines:
            if items:
                pen.text(x, yy, f"{word(label)}: " + "; ".join(items[:3]), 8, muted)
                yy += 12


def _bytes_io(raw: bytes) -> io.BytesIO:
    return io.BytesIO(raw)


def _legend(pen: Pen, doc: JourneyMap, layout, y: float, width: float) -> None:
    st = layout.style
    muted = colour(palette.MUTED_INK)
    pen.text(24, y + 10, word("Card kinds"), 8.5, muted, bold=True)
    x = 24.0
    for kind in CardKind:
        style = palette.card_style(kind)
        pen.rect(x, y + 18, 14, 14, fill=colour(style.fill), stroke=colour(style.accent), radius=2)
        pen.text(x + 7, y + 29, style.glyph, 8, colour(style.accent), align="center")
        x += 20 + pen.text(x + 18, y + 29, word(style.label), 8, colour(palette.INK)) + 12
    pen.text(24, y + 50, word("Evidence"), 8.5, muted, bold=True)
    x = 24.0
    for status in EvidenceStatus:
        card = Card(stage_id="legend", lane_id="legend", text=word(palette.EVIDENCE_STYLES[status].label),
                    evidence=Evidence(status=status))
        # A small card with the face every card has: icon row, then its one line.
        box = CardBox("legend", Rect(x, y + 56, 110, 34), [card.text], False, 8.0)
        legend_style = type(st)(card_text_top=12, card_padding=8)
        draw_card(pen, card, box, legend_style)
        x += 122
    scale = doc.emotion_scale
    pen.text(x + 20, y + 50, word("Emotion"), 8.5, muted, bold=True)
    x += 20
    for score in range(scale.min, scale.max + 1):
        pill = emotion_pill_at(score, x, y + 58)  # the badge the cards wear
        draw_pill(pen, pill)
        x += pill.w + 6 + pen.text(x + pill.w + 4, pill.baseline, scale.label_for(score), 7.5, colour(palette.INK)) + 8


def _tiled(c, doc, plan: PosterPlan, options) -> int:
    """The poster (at its paper size) cut into printer sheets, with an assembly page first."""
    tiles = plan.tiles
    scale, poster_h = plan.scale, plan.poster_size[1]
    sheet, cols, rows = tiles.sheet, tiles.cols, tiles.rows
    step_x, step_y, pw, ph = tiles.step_x, tiles.step_y, tiles.printable_w, tiles.printable_h
    c.setPageSize((sheet.width, sheet.height))
    _assembly_page(c, doc, plan, options)
    m = options.unprintable
    for r in range(rows):
        for col in range(cols):
            c.saveState()
            clip = c.beginPath()
            clip.rect(m, m, pw, ph)
            c.clipPath(clip, stroke=0, fill=0)
            # Sheet (r, col) shows the poster window starting at (col*step_x, r*step_y) from its top left.
            c.translate(m - col * step_x, m + ph - (poster_h - r * step_y))
            c.scale(scale, scale)
            c.doForm("poster")
            c.restoreState()
            _crop_marks(c, m, pw, ph, options.overlap, col < cols - 1, r < rows - 1)
            c.setFillColor(colour("#ffffff", 0.85))
            c.rect(m + 4, m + 4, 190, 14, stroke=0, fill=1)
            c.setFillColor(colour(palette.INK))
            draw_text(c, m + 8, m + 8, f"{SheetGrid.label(r, col)} · {doc.meta.title} · "
                      + word("sheet {number} of {count}").format(number=r * cols + col + 1, count=tiles.count), 7)
            c.showPage()
    return plan.pages


def _crop_marks(c, m, pw, ph, overlap, glue_right, glue_bottom) -> None:
    """Marks where to cut: the glue strip (overlap) sits at the right and bottom of a sheet."""
    c.saveState()
    c.setStrokeColor(colour("#000000"))
    c.setLineWidth(0.4)
    cut_x = m + pw - overlap if glue_right else m + pw
    cut_y = m + overlap if glue_bottom else m
    for x in (m, cut_x):
        c.line(x, m + ph, x, m + ph - 12)
        c.line(x, cut_y, x, cut_y + 12)
    for y in (m + ph, cut_y):
        c.line(m, y, m + 12, y)
        c.line(cut_x, y, cut_x - 12, y)
    if glue_right:
        c.setDash(2, 2)
        c.line(cut_x, m, cut_x, m + ph)
    if glue_bottom:
        c.setDash(2, 2)
        c.line(m, cut_y, m + pw, cut_y)
    c.restoreState()


def _assembly_page(c, doc, plan: PosterPlan, options) -> None:
    tiles = plan.tiles
    sheet, cols, rows, step_x, step_y = tiles.sheet, tiles.cols, tiles.rows, tiles.step_x, tiles.step_y
    scale, width, height = plan.scale, plan.width, plan.height
    margin = 20 * MM
    poster_w, poster_h = width * scale, height * scale
    fit = min((sheet.width - 2 * margin) / poster_w, (sheet.height - 3 * margin) / poster_h)
    ox = (sheet.width - poster_w * fit) / 2
    oy = margin
    c.setFillColor(colour(palette.INK))
    draw_text(c, margin, sheet.height - margin, word("{title} — assembly").format(title=doc.meta.title), 14, bold=True)
    draw_text(c, margin, sheet.height - margin - 18,
              word("{rows} × {cols} sheets of {sheet}, overlap {overlap} mm: cut at the marks, glue each sheet "
                   "over the dashed strip of its left and upper neighbours.").format(
                  rows=rows, cols=cols, sheet=options.tile, overlap=f"{options.overlap / MM:.0f}"), 8)
    c.saveState()
    c.translate(ox, oy)
    c.scale(fit * scale, fit * scale)
    c.doForm("poster")
    c.restoreState()
    c.setStrokeColor(colour(palette.BLUE))
    c.setLineWidth(0.8)
    for r in range(rows):
        for col in range(cols):
            x = ox + col * step_x * fit
            y_top = oy + poster_h * fit - r * step_y * fit
            w = min(step_x, poster_w - col * step_x) * fit
            h = min(step_y, poster_h - r * step_y) * fit
            c.rect(x, y_top - h, w, h, stroke=1, fill=0)
            c.setFillColor(colour(palette.BLUE))
            draw_text(c, x + w / 2, y_top - h / 2, SheetGrid.label(r, col), 10, bold=True, align="center")
    c.showPage()


def _split_by_stage(c, plan: PosterPlan, options) -> int:
    """A poster longer than a PDF page: pages of whole stages, lane headers repeated."""
    header = plan.layout.style.lane_header_w
    scale, height = plan.scale, plan.height
    for group, (page_w, page_h) in zip(plan.stage_groups, plan.page_sizes(), strict=True):
        x0, x1 = group[0].column.x, group[-1].column.right
        c.setPageSize((page_w, page_h))
        headers = (plan.margin, plan.margin)  # the lane headers, unshifted, at the left margin
        for clip_x0, clip_x1, origin in ((0, header, headers), (x0, x1, plan.stage_group_origin(group))):
            c.saveState()
            c.translate(*origin)
            c.scale(scale, scale)
            p = c.beginPath()
            p.rect(clip_x0, 0, clip_x1 - clip_x0, height)
            c.clipPath(p, stroke=0, fill=0)
            c.doForm("poster")
            c.restoreState()
        c.showPage()
    return plan.pages
