"""Excel and PowerPoint deliverables, read back with openpyxl and python-pptx."""

from __future__ import annotations

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
from jmap_desktop.resources import templates_dir
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
    texts = [shape.text_frame.text for slide in prs.slides for shape in slide.shapes
             if shape.has_text_frame and shape.name.startswith("Card ")]
    for card in b2c.cards:
        assert any(t.startswith(card.text) for t in texts), card.text
    assert titles[-1] == "Top pain points and opportunities"


def test_pptx_continues_a_crowded_stage_on_more_slides(tmp_path):
    from jmap_desktop.model import Card

    doc = small_map()
    doc.cards += [Card(stage_id="s-buy", lane_id="l-actions", text=f"step {i}", order=10 + i) for i in range(120)]
    out = tmp_path / "crowded.pptx"
    export_pptx(doc, out)
    titles = [_title(s) for s in Presentation(str(out)).slides]
    assert "2. Buy (1/2)" in titles or "2. Buy (1/3)" in titles


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


def test_pptx_cards_wear_the_icons_and_badge_texts_of_their_face(tmp_path):
    from jmap_desktop.layout import LayoutStyle, Rect
    from jmap_desktop.layout.card_face import card_face
    from jmap_desktop.model import Card, Evidence, Metric, Polarity

    doc = small_map()
    doc.cards += [
        Card(id="kpi", stage_id="s-buy", lane_id="l-actions", kind="metric", text="Basket size", order=20,
             metric=Metric(value=None, unit="€"), evidence=Evidence(status="validated"), emotion=-1.0),
        Card(id="mot", stage_id="s-buy", lane_id="l-actions", kind="moment_of_truth", text="Fits!", order=21,
             polarity=Polarity.POSITIVE, votes=3),
    ]
    out = tmp_path / "deck.pptx"
    export_pptx(doc, out)
    lines = {shape.name: shape.text_frame.paragraphs[-1].text for slide in Presentation(str(out)).slides
             for shape in slide.shapes if shape.has_text_frame and shape.name.startswith("Card ")}
    style = LayoutStyle()
    for card_id in ("kpi", "mot", "c1", "c5"):
        card = doc.card(card_id)
        face = card_face(card, Rect(0, 0, 200, 100), [card.text], style.card_font_size, style)
        line = lines[f"Card {card_id}"]
        assert line.startswith(" ".join(g.text for g in face.glyphs))  # kind, evidence mark, polarity
        for part in (face.emotion and face.emotion.label, face.votes and face.votes.label,
                     face.metric and face.metric.text):
            assert part is None or part in line, (card_id, part, line)
    assert "—" in lines["Card kpi"] and "✔" in lines["Card kpi"] and "−1" in lines["Card kpi"]
    assert "▲" in lines["Card mot"] and "● 3 votes" in lines["Card mot"]
