"""The map as a 16:9 PowerPoint deck (python-pptx) that a consultant can edit and present.

Slides: a title slide (title, persona, scenario); the whole map as a picture (PNG bytes handed in
by the caller, since the canvas that renders it is Qt and this layer is not); the emotion curve
as a native, editable line chart; one slide per stage with its cards grouped by lane as native
shapes in their kind's colours (a stage with many cards continues on more slides); the top pain
points and opportunities. Evidence shows as the border, as on the canvas: dashed = hypothesis.
A card's icons, evidence mark and badge texts (emotion, votes, a KPI's value) are the ones its
face shows on the poster and the canvas (``layout.card_face``), in a line under its text.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from ..layout import LayoutStyle, Rect
from ..layout.card_face import card_face
from ..layout.palette import INK, MUTED_INK, card_fill, card_style, lane_style
from ..model import Card, CardKind, JourneyMap
from ..model.emotion import curve_cards

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.45)
TITLE_H = Inches(0.9)
LANE_W = Inches(1.9)
GAP = Inches(0.1)
MIN_CARD_W, MAX_CARD_W = Inches(2.0), Inches(3.4)
MIN_CARD_H, MAX_CARD_H = Inches(0.5), Inches(1.2)
TOP_ITEMS = 6  # pain points and opportunities on the last slide


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


@dataclass
class _Band:
    """One lane's cards on a stage slide, in rows of at most ``per_row`` cards."""

    lane_name: str
    lane_kind: str
    cards: list[Card]


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
    cells: dict[tuple[str, str], list[Card]] = {}
    for card in sorted(doc.cards, key=lambda c: c.order):
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)
    for number, stage in enumerate(doc.stages, start=1):
        bands = [_Band(ln.name, ln.kind, cells[(stage.id, ln.id)]) for ln in lanes if cells.get((stage.id, ln.id))]
        _stage_slides(prs, f"{number}. {stage.name}", stage.description or stage.time_span, bands)
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


def _stage_slides(prs, title: str, subtitle: str, bands: list[_Band]) -> None:
    """The stage's lanes as bands of cards, sized to fill the slide; more slides only when even
    the smallest readable cards do not fit."""
    if not bands:
        _note(_blank(prs, title, subtitle), "No cards in this stage yet.")
        return
    avail_w = WIDTH - 2 * MARGIN - LANE_W
    top, avail_h = TITLE_H + Inches(0.35), HEIGHT - TITLE_H - Inches(0.7)
    most = max(len(b.cards) for b in bands)
    cols = max(1, min(most, int((avail_w + GAP) // (MIN_CARD_W + GAP))))
    card_w = min(MAX_CARD_W, int((avail_w + GAP) / cols - GAP))
    rows = [math.ceil(len(b.cards) / cols) for b in bands]
    # Each band adds a gap below it; cards shrink towards MIN_CARD_H before a slide overflows.
    fit_h = (avail_h - GAP * len(bands)) / max(sum(rows), 1) - GAP
    card_h = int(max(MIN_CARD_H, min(MAX_CARD_H, fit_h)))
    pages: list[list[tuple[_Band, list[Card]]]] = [[]]
    used = 0
    for band, count in zip(bands, rows, strict=True):
        for r in range(count):
            if used + card_h + GAP > avail_h + Inches(0.01) and pages[-1]:
                pages.append([])
                used = 0
            if not pages[-1] or pages[-1][-1][0] is not band:
                pages[-1].append((band, []))
                used += GAP
            pages[-1][-1][1].extend(band.cards[r * cols:(r + 1) * cols])
            used += card_h + GAP
    for index, page in enumerate(pages):
        name = title if len(pages) == 1 else f"{title} ({index + 1}/{len(pages)})"
        slide = _blank(prs, name, subtitle)
        y = top
        for band, cards in page:
            band_h = math.ceil(len(cards) / cols) * (card_h + GAP) - GAP
            _lane_label(slide, band, y, band_h)
            for i, card in enumerate(cards):
                x = MARGIN + LANE_W + (i % cols) * (card_w + GAP)
                _card_shape(slide, card, x, y + (i // cols) * (card_h + GAP), card_w, card_h)
            y += band_h + GAP * 2


def _lane_label(slide, band: _Band, y: int, height: int) -> None:
    style = lane_style(band.lane_kind)
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, y, LANE_W - GAP, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(style.tint)
    shape.line.color.rgb = _rgb(style.accent)
    shape.line.width = Pt(0.75)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    run = frame.paragraphs[0].add_run()
    run.text = band.lane_name
    run.font.size, run.font.bold, run.font.color.rgb = Pt(12), True, _rgb(style.accent)


def _card_shape(slide, card: Card, x: int, y: int, w: int, h: int) -> None:
    style = card_style(card.kind)
    shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, h)
    shape.adjustments[0] = 0.08
    shape.name = f"Card {card.id}"
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(card_fill(card.kind, card.colour))
    shape.line.color.rgb = _rgb(style.accent)
    shape.line.width = Pt(1.25)
    if card.evidence.status == "hypothesis":
        shape.line.dash_style = MSO_LINE.DASH
    shape.shadow.inherit = False
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # PowerPoint shrinks long notes to fit
    frame.vertical_anchor = MSO_ANCHOR.TOP
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Emu(Inches(0.07)))
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.add_run()
    run.text = card.text
    size = 12 if len(card.text) < 60 else 10 if len(card.text) < 120 else 8
    run.font.size, run.font.color.rgb = Pt(size), _rgb(INK)
    run.font.strike = card.evidence.status == "invalidated"  # type: ignore[attr-defined]
    details = face_runs(card)
    extra = frame.add_paragraph()
    for text, colour in details:
        run = extra.add_run()
        run.text = text
        run.font.size, run.font.color.rgb = Pt(8), _rgb(colour)


FACE_STYLE = LayoutStyle()


def face_runs(card: Card) -> list[tuple[str, str]]:
    """The line under a card's text, as (text, colour) runs: the icons of its face (kind,
    evidence mark, channel or polarity), its kind, and the texts of its badges — a KPI's value
    against target (a dash when it has none) and direction, the emotion score, the dot votes."""
    face = card_face(card, Rect(0.0, 0.0, 200.0, 100.0), [card.text], FACE_STYLE.card_font_size, FACE_STYLE)
    runs: list[tuple[str, str]] = []
    for glyph in face.glyphs:
        runs += [(glyph.text, glyph.colour), (" ", MUTED_INK)]
    runs.append((card_style(card.kind).label, MUTED_INK))
    if face.metric is not None:
        runs += [(" · ", MUTED_INK), (face.metric.text, face.metric.colour)]
        if face.metric.arrow:
            runs += [(" ", MUTED_INK), (face.metric.arrow, face.metric.arrow_colour)]
    if face.emotion is not None:
        runs += [(" · emotion ", MUTED_INK), (face.emotion.label, face.emotion.fill)]
    if face.votes is not None:  # dots from a workshop vote
        runs.append((f" · \u25cf {face.votes.label} vote{'s' if card.votes != 1 else ''}", MUTED_INK))
    return runs


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
        for i, card in enumerate(cards):
            y = TITLE_H + Inches(0.7) + i * Inches(0.95)
            _card_shape(slide, card, x, y, int(column_w), Inches(0.85))
            stage = slide.shapes.add_textbox(x + int(column_w) - Inches(2.0), y + Inches(0.58), Inches(1.95), Inches(0.25))
            stage.text_frame.text = stages.get(card.stage_id, "")
            para = stage.text_frame.paragraphs[0]
            para.alignment = PP_ALIGN.RIGHT
            para.font.size, para.font.color.rgb = Pt(9), _rgb(MUTED_INK)
