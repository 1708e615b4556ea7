"""Excel and PowerPoint deliverables, read back with openpyxl and python-pptx."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from pptx import Presentation
from pptx.util import Inches

from jmap_desktop.export.pptx_export import export_pptx
from jmap_desktop.export.xlsx_export import export_xlsx
from jmap_desktop.io import load_map
from jmap_desktop.io.table_import import plan_import
from jmap_desktop.io.table_read import read_table
from jmap_desktop.layout import Rect
from jmap_desktop.resources import templates_dir
from tests.export.pptx_read import card_groups, card_lines, card_text, parts
from tests.factories import small_map


@pytest.fixture
def b2c():
    return load_map(templates_dir() / "b2c-online-purchase.jmap")


def _png(width=300, height=200) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_xlsx_map_sheet_looks_like_the_map_and_holds_every_card(b2c, tmp_path):
    out = tmp_path / "map.xlsx"
    assert export_xlsx(b2c, out) == len(b2c.cards)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Map", "Cards", "Stages", "Lanes", "Personas", "KPI history"]
    ws = wb["Map"]
    assert [ws.cell(2, c).value.split("\n")[0] for c in range(2, len(b2c.stages) + 2)] == [s.name for s in b2c.stages]
    texts = [str(c.value) for row in ws.iter_rows(min_row=3, min_col=2) for c in row if c.value]
    for card in b2c.cards:
        assert any(t.startswith(card.text) for t in texts), card.text
    assert ws.freeze_panes == "B3"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    pain = next(c for c in b2c.cards if c.kind == "pain_point")
    cell = next(c for row in ws.iter_rows(min_row=3) for c in row if str(c.value or "").startswith(pain.text))
    assert cell.fill.fgColor.rgb.endswith("FBE1D1") and cell.alignment.wrap_text
    assert any(rng.min_col == 1 for rng in ws.merged_cells.ranges)  # a lane's name spans its rows
    cards = wb["Cards"]
    assert "Cards" in cards.tables and cards.tables["Cards"].ref.startswith("A1:")
    assert cards.max_row == len(b2c.cards) + 1


def test_xlsx_cards_sheet_imports_back_unchanged_and_formulas_stay_text(tmp_path):
    doc = small_map()
    doc.cards[0].text = '=HYPERLINK("http://evil.example","click")'
    out = tmp_path / "map.xlsx"
    export_xlsx(doc, out)
    wb = openpyxl.load_workbook(out)
    assert wb["Cards"]["F2"].data_type == "s"  # text, not a formula Excel would run
    plan = plan_import(doc, read_table(out, sheet="Cards"))
    assert plan.summary == "0 new, 0 updated, 5 unchanged, 0 skipped"


def test_pptx_has_title_picture_curve_a_slide_per_stage_and_every_card(b2c, tmp_path):
    out = tmp_path / "deck.pptx"
    slides = export_pptx(b2c, out, _png())
    prs = Presentation(str(out))
    assert len(prs.slides) == slides
    assert (prs.slide_width, prs.slide_height) == (Inches(13.333), Inches(7.5))
    assert prs.slides[0].shapes.title.text == b2c.meta.title
    subtitle = prs.slides[0].placeholders[1].text_frame.text
    assert "Persona: Maya" in subtitle and "Scenario:" in subtitle
    assert any(s.shape_type == 13 for s in prs.slides[1].shapes)  # 13: a picture
    assert any(s.has_chart for s in prs.slides[2].shapes)
    titles = [_title(slide) for slide in prs.slides]
    for number, stage in enumerate(b2c.stages, start=1):
        assert f"{number}. {stage.name}" in titles
    groups = card_groups(prs)
    for card in b2c.cards:  # every card once, its text editable in its paper
        assert card_text(groups[card.id][1]) == card.text
    assert titles[-1] == "Top pain points and opportunities"


def test_pptx_continues_a_crowded_stage_on_more_slides(tmp_path):
    from jmap_desktop.model import Card

    doc = small_map()
    doc.cards += [Card(stage_id="s-buy", lane_id="l-actions", text=f"step {i}", order=10 + i) for i in range(120)]
    out = tmp_path / "crowded.pptx"
    export_pptx(doc, out)
    prs = Presentation(str(out))
    titles = [_title(s) for s in prs.slides]
    buy = [t for t in titles if t.startswith("2. Buy (")]
    assert len(buy) >= 2 and buy[0] == f"2. Buy (1/{len(buy)})"
    assert set(card_groups(prs)) == {c.id for c in doc.cards}  # each card on one of them


def _title(slide) -> str:
    shape = slide.shapes.title or slide.shapes[0]
    return shape.text_frame.paragraphs[0].text


def test_xlsx_kpi_history_sheet_lists_every_dated_value(tmp_path):
    import datetime as dt

    from jmap_desktop.model import Card, Metric, MetricPoint

    doc = small_map()
    history = [MetricPoint(date=dt.date(2026, m, 1), value=v) for m, v in ((1, 10.0), (2, 12.5))]
    doc.cards.append(Card(id="m1", stage_id="s-buy", lane_id="l-actions", kind="metric", text="Basket size",
                          metric=Metric(value=12.5, unit="items", history=history)))
    out = tmp_path / "kpi.xlsx"
    export_xlsx(doc, out)
    rows = list(openpyxl.load_workbook(out)["KPI history"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3].date(), r[4], r[5]) for r in rows] == [
        ("m1", "Basket size", dt.date(2026, 1, 1), 10.0, "items"),
        ("m1", "Basket size", dt.date(2026, 2, 1), 12.5, "items")]


def test_pptx_places_headers_cards_badges_and_icons_where_the_shared_layout_puts_them(tmp_path):
    from jmap_desktop.export.pptx_export import MARGIN, STAGE_TOP, stage_plan
    from jmap_desktop.layout.card_face import card_face
    from jmap_desktop.model import Card, Evidence, Metric, MetricPoint, Polarity

    doc = small_map()
    history = [MetricPoint(date=dt.date(2026, m, 1), value=v) for m, v in ((1, 2.0), (2, 2.6))]
    doc.cards += [
        Card(id="kpi", stage_id="s-buy", lane_id="l-actions", kind="metric", text="Basket size", order=20,
             metric=Metric(value=2.6, unit="%", target=3, history=history), evidence=Evidence(status="validated"),
             emotion=-1.0),
        Card(id="mot", stage_id="s-buy", lane_id="l-actions", kind="moment_of_truth", text="Fits!", order=21,
             polarity=Polarity.POSITIVE, votes=3),
        Card(id="rtl", stage_id="s-use", lane_id="l-pain", kind="pain_point", order=22, emotion=-2.0,
             text="يبحث عن المقاس الصحيح قبل الشراء ويقارن تكاليف الشحن بعناية شديدة جدا"),
    ]
    out = tmp_path / "deck.pptx"
    export_pptx(doc, out)
    prs = Presentation(str(out))
    groups = card_groups(prs)
    lane_shapes = {(id(slide), shape.name): shape for slide in prs.slides for shape in slide.shapes}

    def at(shape, place, r):
        assert (shape.left, shape.top, shape.width, shape.height) == (
            place.x(r.x), place.y(r.y), max(place.size(r.w), 1), max(place.size(r.h), 1)), shape.name

    checked = set()
    for stage in doc.stages:
        for page in stage_plan(doc, stage, doc.lanes):
            for column, place in zip(page.columns, page.places(MARGIN, STAGE_TOP), strict=True):
                slide = None
                for card_id, box in column.layout.cards.items():
                    card = doc.card(card_id)
                    slide, group = groups[card_id]
                    face = card_face(card, box.rect, box.lines, box.font_size, column.layout.style)
                    at(parts(group, "paper")[0], place, face.rect)
                    assert card_lines(group) == (box.lines if not box.elided else [card.text])
                    icons = {(s.left, s.top, s.text_frame.text) for s in parts(group, "icon")}
                    assert icons == {(place.x(g.x), place.y(g.y), g.text) for g in face.glyphs}
                    for name, part in (("emotion", face.emotion), ("votes", face.votes)):
                        shapes = parts(group, name)
                        assert len(shapes) == (part is not None), (card_id, name)
                        if part is not None:
                            at(shapes[0], place, Rect(part.x, part.y, part.w, part.h))
                            assert shapes[0].text_frame.text.endswith(part.label)
                    if face.metric is not None:
                        metric = parts(group, "metric")[0]
                        assert (metric.left, metric.text_frame.text) == (place.x(face.metric.text_x), face.metric.text)
                        assert len(parts(group, "sparkline")) == bool(face.metric.spark)
                    checked.add(card_id)
                for lane_box in column.layout.lanes:  # each lane's header beside its cards
                    at(lane_shapes[(id(slide), f"Lane {doc.lane(lane_box.lane_id).name}")], place, lane_box.header)
    assert checked == {c.id for c in doc.cards}
    kpi, rtl = groups["kpi"][1], groups["rtl"][1]
    assert parts(kpi, "metric")[0].text_frame.text == "2.6 % / 3" and parts(kpi, "direction")
    assert parts(groups["mot"][1], "votes")[0].text_frame.text == "\u25cf 3"
    # A right-to-left card's badge takes the free corner at its left, as on the poster.
    assert parts(rtl, "emotion")[0].left < parts(rtl, "paper")[0].left + Inches(0.1)
