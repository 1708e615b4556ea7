"""The map as a 16:9 PowerPoint deck (python-pptx) that a consultant can edit and present.

Slides: a title slide (title, persona, scenario); the whole map as a picture (PNG bytes handed in
by the caller, since the canvas that renders it is Qt and this layer is not); the emotion curve
as a native, editable line chart; one slide per stage, laid out by the shared layout with its
lanes' headers and cards as native shapes (``export.pptx_stage``; a stage with many cards
continues on more slides); the top pain points and opportunities. Every card wears the face it
has on the poster and the canvas (``layout.card_face``): its paper, border (dashed for a
hypothesis), icons, dot-vote and emotion badges and KPI strip, where the face puts them
(``export.pptx_face``), with its text editable in the paper.
"""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_TICK_LABEL_POSITION
from pptx.util import Inches, Pt

from ..layout import LayoutStyle, Rect, wrap_text
from ..layout.card_face import card_face
from ..layout.metrics import font_metrics
from ..layout.palette import INK, MUTED_INK, card_style
from ..model import Card, CardKind, JourneyMap
from ..model.emotion import curve_cards
from .pptx_face import EMU_PER_PT, Place, add_card
from .pptx_stage import StagePage, draw_page, stage_pages

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.45)
TITLE_H = Inches(0.9)
STAGE_LABEL_W = Inches(1.3)  # a top item's stage, beside its card
FACE_STYLE = LayoutStyle()
TOP_ITEMS = 6  # pain points and opportunities on the last slide


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def export_pptx(doc: JourneyMap, path: str | Path, map_png: bytes | None = None,
                hidden_lanes: frozenset[str] = frozenset()) -> int:
    """Write the deck; returns the number of slides."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    _title_slide(prs, doc)
    if map_png:
        _picture_slide(prs, doc, map_png)
    _emotion_slide(prs, doc)
    lanes = [ln for ln in doc.lanes if ln.id not in hidden_lanes]
    for number, stage in enumerate(doc.stages, start=1):
        _stage_slides(prs, doc, number, stage, lanes)
    _top_slide(prs, doc, hidden_lanes)
    prs.core_properties.title = doc.meta.title
    prs.core_properties.author = "JMap Desktop"
    prs.save(str(path))
    return len(prs.slides)


def _blank(prs, title: str, subtitle: str = ""):
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: every shape is ours
    box = slide.shapes.add_textbox(MARGIN, Inches(0.25), WIDTH - 2 * MARGIN, Inches(0.6))
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = title
    run.font.size, run.font.bold, run.font.color.rgb = Pt(26), True, _rgb(INK)
    if subtitle:
        sub = frame.add_paragraph()
        sub.text = subtitle[:300]
        sub.font.size, sub.font.color.rgb = Pt(13), _rgb(MUTED_INK)
    return slide


def _title_slide(prs, doc: JourneyMap) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = doc.meta.title or "Customer journey"
    persona = next((p for p in doc.personas if p.id == doc.meta.primary_persona_id), None)
    persona = persona or (doc.personas[0] if doc.personas else None)
    lines = []
    if persona is not None:
        lines.append(f"Persona: {persona.name}" + (f", {persona.role}" if persona.role else ""))
    for label, text in (("Scenario", doc.meta.scenario), ("Goal", doc.meta.goal)):
        if text:
            lines.append(f"{label}: {text[:400]}")
    if doc.meta.organisation or doc.meta.version_label:
        lines.append(" · ".join(x for x in (doc.meta.organisation, doc.meta.version_label) if x))
    body = slide.placeholders[1].text_frame
    body.text = lines[0] if lines else doc.meta.subtitle
    for line in lines[1:]:
        body.add_paragraph().text = line
    for paragraph in body.paragraphs:
        paragraph.font.size = Pt(18)


def _picture_slide(prs, doc: JourneyMap, png: bytes) -> None:
    slide = _blank(prs, "The journey at a glance", doc.meta.subtitle)
    from PIL import Image  # python-pptx depends on Pillow; reads only the PNG's size here

    with Image.open(io.BytesIO(png)) as image:
        w, h = image.size
    box_w, box_h = WIDTH - 2 * MARGIN, HEIGHT - TITLE_H - Inches(0.7)
    scale = min(box_w / w, box_h / h)
    pw, ph = int(w * scale), int(h * scale)
    slide.shapes.add_picture(io.BytesIO(png), int((WIDTH - pw) / 2), TITLE_H + Inches(0.3), pw, ph)


def _emotion_slide(prs, doc: JourneyMap) -> None:
    scored = curve_cards(doc, None)
    means = []
    for stage in doc.stages:
        cards = scored.get(stage.id, [])
        means.append(round(sum(c.emotion for c in cards) / len(cards), 2) if cards else None)
    if not any(m is not None for m in means):
        return
    scale = doc.emotion_scale
    slide = _blank(prs, "Emotion curve", f"Mean emotion per stage on the map's scale {scale.min}…{scale.max}")
    data = CategoryChartData()
    data.categories = [s.name for s in doc.stages]
    data.add_series("Emotion", means)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, MARGIN, TITLE_H + Inches(0.4),
                                   WIDTH - 2 * MARGIN, HEIGHT - TITLE_H - Inches(0.9), data)
    chart = frame.chart
    chart.has_legend = False
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale = scale.min, scale.max
    axis.major_unit = 1
    axis.has_major_gridlines = True
    chart.category_axis.tick_labels.font.size = Pt(12)
    line = chart.plots[0].series[0]
    line.format.line.color.rgb = _rgb(INK)
    line.format.line.width = Pt(3)
    line.smooth = False  # a smoothed line overshoots the scale between stages
    chart.has_title = False
    # Stage names along the bottom edge, not on the zero line through the middle.
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW


STAGE_TOP = TITLE_H + Inches(0.35)  # where a stage slide's lanes begin


def stage_plan(doc: JourneyMap, stage, lanes) -> list[StagePage]:
    """The slides of one stage, each placed at (``MARGIN``, ``STAGE_TOP``) by ``draw_page``."""
    avail_w, avail_h = (WIDTH - 2 * MARGIN) / EMU_PER_PT, (HEIGHT - STAGE_TOP - Inches(0.35)) / EMU_PER_PT
    return stage_pages(doc, stage, lanes, avail_w, avail_h)


def _stage_slides(prs, doc: JourneyMap, number: int, stage, lanes) -> None:
    """The stage as laid out by the shared layout, on as many slides as its cards need
    (``export.pptx_stage``)."""
    title, subtitle = f"{number}. {stage.name}", stage.description or stage.time_span
    pages = stage_plan(doc, stage, lanes)
    if not pages:
        _note(_blank(prs, title, subtitle), "No cards in this stage yet.")
        return
    for index, page in enumerate(pages):
        name = title if len(pages) == 1 else f"{title} ({index + 1}/{len(pages)})"
        draw_page(_blank(prs, name, subtitle), page, MARGIN, STAGE_TOP)


def _note(slide, text: str) -> None:
    box = slide.shapes.add_textbox(MARGIN, TITLE_H + Inches(0.5), WIDTH - 2 * MARGIN, Inches(0.6))
    box.text_frame.text = text
    box.text_frame.paragraphs[0].font.color.rgb = _rgb(MUTED_INK)


def top_items(doc: JourneyMap, kind: CardKind, hidden: frozenset[str] = frozenset()) -> list[Card]:
    """The cards of ``kind`` that matter most: most negative emotion first, then map order."""
    stage_index = {s.id: i for i, s in enumerate(doc.stages)}
    cards = [c for c in doc.cards if c.kind == kind and c.lane_id not in hidden]
    if kind == CardKind.PAIN_POINT:
        cards.sort(key=lambda c: (c.emotion if c.emotion is not None else 0, stage_index.get(c.stage_id, 0), c.order))
    else:
        cards.sort(key=lambda c: (stage_index.get(c.stage_id, 0), c.order))
    return cards[:TOP_ITEMS]


def _top_slide(prs, doc: JourneyMap, hidden: frozenset[str]) -> None:
    pains, ideas = top_items(doc, CardKind.PAIN_POINT, hidden), top_items(doc, CardKind.OPPORTUNITY, hidden)
    if not pains and not ideas:
        return
    slide = _blank(prs, "Top pain points and opportunities")
    stages = {s.id: s.name for s in doc.stages}
    column_w = (WIDTH - 2 * MARGIN - Inches(0.4)) / 2
    for col, (heading, cards) in enumerate((("Pain points", pains), ("Opportunities", ideas))):
        x = MARGIN + col * (column_w + Inches(0.4))
        head = slide.shapes.add_textbox(x, TITLE_H + Inches(0.15), column_w, Inches(0.45))
        run = head.text_frame.paragraphs[0].add_run()
        run.text = heading
        run.font.size, run.font.bold = Pt(18), True
        run.font.color.rgb = _rgb(card_style(CardKind.PAIN_POINT if col == 0 else CardKind.OPPORTUNITY).accent)
        card_w = int(column_w) - STAGE_LABEL_W
        for i, card in enumerate(cards):
            y = TITLE_H + Inches(0.7) + i * Inches(0.95)
            _list_card(slide, card, x, y, card_w, Inches(0.85))
            stage = slide.shapes.add_textbox(x + card_w + Inches(0.05), y, STAGE_LABEL_W - Inches(0.05), Inches(0.3))
            stage.text_frame.word_wrap = True
            stage.text_frame.text = stages.get(card.stage_id, "")
            para = stage.text_frame.paragraphs[0]
            para.font.size, para.font.color.rgb = Pt(9), _rgb(MUTED_INK)


def _list_card(slide, card: Card, x: int, y: int, w: int, h: int) -> None:
    """A card in a list slot of ``w`` x ``h``, wearing its face as on the map, at 1 point a unit."""
    rect = Rect(0.0, 0.0, w / EMU_PER_PT, h / EMU_PER_PT)
    style = FACE_STYLE
    room = rect.h - style.card_text_top - 2 * style.card_padding  # lines that fit the slot
    most = max(1, int(room // font_metrics().line_height(style.card_font_size)))
    lines, elided = wrap_text(card.text, rect.w - 2 * style.card_padding, style.card_font_size, most)
    add_card(slide.shapes, card, card_face(card, rect, lines, style.card_font_size, style), Place(x, y, 0.0, 0.0, 1.0),
             elided)
