"""A blueprint line's label stays legible where an arrow crosses the line under it: the layout
gives it a plate (``BlueprintLine.label_box``) and canvas, poster, preview, SVG and HTML draw the
plate and the label after the arrows. The service-blueprint template, its last stage made
narrow so that the arrows down its middle run through the labels at the lines' right ends:
the label's pixels are the same with and without the arrows."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from reportlab.pdfgen.canvas import Canvas

import jmap_desktop
from jmap_desktop.canvas.scene import MapScene
from jmap_desktop.export.draw_map import Pen, draw_map
from jmap_desktop.export.html_data import viewer_data
from jmap_desktop.export.svg_export import map_svg
from jmap_desktop.io import load_map
from jmap_desktop.io.templates import template_info
from jmap_desktop.layout import compute_layout
from jmap_desktop.model import DocumentStore
from jmap_desktop.model.limits import STAGE_MIN_WIDTH
from jmap_desktop.ui.poster_preview import _lines_and_arrows

SCALE = 3  # pixels per layout unit


@pytest.fixture
def crossed():
    """The template, and the same map without its arrows (nothing else moves)."""
    doc = load_map(template_info("service-blueprint").path)
    doc.stages[-1].width = STAGE_MIN_WIDTH
    bare = doc.model_copy(deep=True)
    bare.connections = []
    return doc, bare


def crossings(layout) -> list[str]:
    """The labels an arrow's vertical segment runs through (on the old drawing: through the text)."""
    hit = []
    for line in layout.blueprint_lines:
        box = line.label_box
        for route in layout.connections.values():
            for (x0, y0), (x1, y1) in zip(route.points, route.points[1:], strict=False):
                if x0 == x1 and box.x < x0 < box.right and min(y0, y1) < box.y < box.bottom < max(y0, y1):
                    hit.append(line.label)
    return hit


def test_arrows_cross_the_labels_and_the_plates_cover_no_card_nor_line(crossed):
    layout = compute_layout(crossed[0])
    assert "Line of internal interaction" in crossings(layout)
    for line in layout.blueprint_lines:
        box = line.label_box
        assert box.bottom < line.y - 0.8 and box.right <= line.x1  # the line's stroke shows whole
        for card in layout.cards.values():
            r = card.rect
            assert r.bottom <= box.y or r.y >= box.bottom or r.right <= box.x or r.x >= box.right


def plates(layout):
    return [line.label_box for line in layout.blueprint_lines]


def pixels(image: QImage, box) -> list[int]:
    x0, y0 = int(box.x * SCALE) + 1, int(box.y * SCALE) + 1
    return [image.pixel(x, y) for y in range(y0, int(box.bottom * SCALE) - 1)
            for x in range(x0, int(box.right * SCALE) - 1)]


def assert_same_labels(with_arrows: QImage, without: QImage, boxes) -> None:
    for box in boxes:
        a, b = pixels(with_arrows, box), pixels(without, box)
        assert len(set(b)) > 2, "no label drawn there"
        assert a == b, f"an arrow shows through the label at {box}"


def painted(layout, draw) -> QImage:
    """A white picture of ``layout`` at SCALE, painted by ``draw(painter, image)``."""
    image = QImage(int(layout.width * SCALE), int(layout.height * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    draw(painter, image)
    painter.end()
    return image


def canvas_image(doc) -> tuple[QImage, object]:
    scene = MapScene(DocumentStore(doc), QUndoStack())
    layout = scene.layout
    image = painted(layout, lambda painter, image: scene.render(
        painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, layout.width, layout.height)))
    scene.detach()
    return image, layout


def test_on_the_canvas_no_arrow_shows_through_a_label(qapp, crossed):
    with_arrows, layout = canvas_image(crossed[0])
    without, _ = canvas_image(crossed[1])
    assert_same_labels(with_arrows, without, plates(layout))


def poster_image(doc) -> tuple[QImage, object]:
    layout = compute_layout(doc)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(layout.width, layout.height))
    draw_map(Pen(c, layout.height), doc, layout)
    c.showPage()
    c.save()
    page = pdfium.PdfDocument(out.getvalue())[0]
    image = page.render(scale=SCALE).to_pil().convert("RGB")
    qimage = QImage(image.tobytes(), image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    return qimage.copy(), layout


def test_on_the_poster_no_arrow_shows_through_a_label(qapp, crossed):
    with_arrows, layout = poster_image(crossed[0])
    without, _ = poster_image(crossed[1])
    assert_same_labels(with_arrows, without, plates(layout))


def preview_image(doc) -> tuple[QImage, object]:
    layout = compute_layout(doc)
    return painted(layout, lambda painter, _image: _lines_and_arrows(painter, doc, layout, 0.0, 0.0, SCALE)), layout


def test_in_the_export_preview_no_arrow_shows_through_a_label(qapp, crossed):
    with_arrows, layout = preview_image(crossed[0])
    without, _ = preview_image(crossed[1])
    assert_same_labels(with_arrows, without, plates(layout))


def test_svg_and_html_draw_the_plates_after_the_arrows(crossed):
    doc = crossed[0]
    layout = compute_layout(doc)
    svg = map_svg(doc)
    last_arrow = max(svg.rindex("<polyline"), svg.rindex("<polygon"))
    for line in layout.blueprint_lines:
        assert svg.index(f">{line.label}</text>") > last_arrow
        box = line.label_box
        assert f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}"' in svg
    data, _ = viewer_data(doc)
    assert [b["plate"] for b in data["blueprint"]] == [
        [round(v, 2) for v in (b.x, b.y, b.w, b.h)] for b in plates(layout)]
    viewer = (Path(jmap_desktop.__file__).parent / "data" / "viewer" / "viewer.js").read_text("utf-8")
    assert viewer.index("line.plate") > viewer.index("for (const c of D.connections)")
