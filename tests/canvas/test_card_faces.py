"""One card face for every renderer: each card kind's face (``layout.card_face``) is drawn by one
set of drawers (``layout.face_drawing``) on the canvas's, the PDF poster's, the SVG's and the HTML
page's surface, and they put every badge in the same place (the HTML page: tests/export/test_html_face.py)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter

from jmap_desktop.canvas.painters import ScreenSurface, paint_face
from jmap_desktop.export import PosterOptions, export_pdf
from jmap_desktop.export.draw_map import Pen
from jmap_desktop.export.html_face import OpsSurface
from jmap_desktop.export.svg_export import SvgSurface, svg_face
from jmap_desktop.layout import LayoutStyle, Rect
from jmap_desktop.layout.card_face import CARD_KINDS, Pill, card_face
from jmap_desktop.layout.face_drawing import PART_DRAWERS, Surface, draw_face
from jmap_desktop.layout.metric_face import MISSING
from jmap_desktop.layout.vote_badge import FILL as VOTE_FILL
from jmap_desktop.model import (
    Card,
    CardKind,
    Channel,
    Evidence,
    EvidenceStatus,
    Metric,
    MetricPoint,
    Polarity,
)
from tests.factories import small_map

STYLE = LayoutStyle()
RECT = Rect(20.0, 30.0, 180.0, 110.0)
SVG = "{http://www.w3.org/2000/svg}"


def full_card(kind: CardKind, metric: Metric | None = None) -> Card:
    """A card of ``kind`` showing everything a face can hold."""
    if kind == CardKind.METRIC and metric is None:
        metric = Metric(value=2.6, unit="%", target=3.0,
                        history=[MetricPoint(date=dt.date(2026, m, 1), value=v) for m, v in ((1, 2.0), (2, 2.6))])
    return Card(stage_id="s", lane_id="l", kind=kind, text="Checks the delivery date", emotion=-1.0, votes=3,
                evidence=Evidence(status=EvidenceStatus.VALIDATED), channel=Channel.WEB,
                polarity=Polarity.NEGATIVE, metric=metric)


def face_of(card: Card):
    return card_face(card, RECT, ["Checks the delivery date"], STYLE.card_font_size, STYLE)


class RecordingCanvas:
    """Just enough of a ReportLab canvas to record where the poster's shapes and text go."""

    def __init__(self) -> None:
        self.fill = (0, 0, 0)
        self.shapes: list[tuple] = []  # (fill, x, y, w, h) in PDF coordinates
        self.texts: list[str] = []

    def setFillColor(self, rgb):  # noqa: N802 (ReportLab's names)
        self.fill = rgb

    def setStrokeColor(self, rgb):  # noqa: N802
        pass

    def setLineWidth(self, w):  # noqa: N802
        pass

    def setDash(self, *args):  # noqa: N802
        pass

    def setFont(self, name, size, leading=None):  # noqa: N802
        pass

    def rect(self, x, y, w, h, stroke=1, fill=0):
        self.shapes.append((self.fill, x, y, w, h))

    roundRect = lambda self, x, y, w, h, r, stroke=1, fill=0: self.rect(x, y, w, h)  # noqa: E731, N815

    def circle(self, x, y, r, stroke=1, fill=0):
        self.shapes.append((self.fill, x - r, y - r, 2 * r, 2 * r))

    def line(self, *args):
        pass

    def drawString(self, x, y, text):  # noqa: N802
        self.texts.append(text)

    def beginText(self):  # noqa: N802
        return RecordingText(self)

    def drawText(self, t):  # noqa: N802
        pass


class RecordingText:
    """A text object of the recording canvas: its strings land in the canvas's ``texts``."""

    def __init__(self, canvas: RecordingCanvas) -> None:
        self.canvas = canvas

    def setFillColor(self, rgb):  # noqa: N802
        pass

    def setFont(self, name, size, leading=None):  # noqa: N802
        pass

    def setTextOrigin(self, x, y):  # noqa: N802
        pass

    def textOut(self, text):  # noqa: N802
        self.canvas.texts.append(text)


def pdf_boxes(face, fill: str) -> tuple[list[Rect], list[str]]:
    """Boxes the poster fills with ``fill``, back in the layout's y-down coordinates."""
    canvas = RecordingCanvas()
    pen = Pen(canvas, height=1000.0)
    draw_face(pen, face)
    wanted = tuple(round(v, 4) for v in pen.rgb(fill))
    return [Rect(x, 1000.0 - y - h, w, h) for rgb, x, y, w, h in canvas.shapes
            if tuple(round(v, 4) for v in rgb) == wanted], canvas.texts


def svg_boxes(face, fill: str) -> tuple[list[Rect], str]:
    xml = "".join(svg_face(face))
    root = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{xml}</svg>')
    boxes = [Rect(*(float(r.get(k)) for k in ("x", "y", "width", "height")))
             for r in root.iter(f"{SVG}rect") if r.get("fill") == fill]
    return boxes, " ".join(t.text or "" for t in root.iter(f"{SVG}text"))


def screen_image(face, zoom: float = 4.0) -> QImage:
    image = QImage(int(260 * zoom), int(180 * zoom), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(zoom, zoom)
    paint_face(p, face)
    p.end()
    return image


def colour_at(image: QImage, x: float, y: float, zoom: float = 4.0) -> str:
    return image.pixelColor(int(x * zoom), int(y * zoom)).name()


def near(a: Rect, b: Rect) -> bool:
    return all(abs(u - v) < 0.05 for u, v in ((a.x, b.x), (a.y, b.y), (a.w, b.w), (a.h, b.h)))


@pytest.mark.parametrize("kind", list(CardKind))
def test_every_kind_has_a_face_whose_parts_every_output_draws(qapp, kind):
    assert kind in CARD_KINDS  # its face: which parts, in which slots
    face = face_of(full_card(kind))
    assert {type(part) for part in face.parts()} <= set(PART_DRAWERS)
    # One drawer per part for every output: each output only supplies the primitives.
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    surfaces = [ScreenSurface(painter), Pen(RecordingCanvas(), height=1000.0), SvgSurface(), OpsSurface()]
    for surface in surfaces:
        assert isinstance(surface, Surface), surface
        draw_face(surface, face)
    painter.end()


@pytest.mark.parametrize("kind", list(CardKind))
def test_canvas_poster_and_svg_put_the_badges_in_the_same_place(qapp, kind):
    face = face_of(full_card(kind))
    image = screen_image(face)
    for badge, fill in ((face.emotion, face.emotion.fill), (face.votes, VOTE_FILL)):
        box = badge.rect if isinstance(badge, Pill) else Rect(badge.x, badge.y, badge.w, badge.h)
        pdf, _ = pdf_boxes(face, fill)
        svg, _ = svg_boxes(face, fill)
        assert any(near(box, r) for r in pdf), (kind, badge, pdf)
        assert any(near(box, r) for r in svg), (kind, badge, svg)
        # On screen: the badge's colour just inside its ends (past its label and dot), the
        # card's paper just outside them.
        mid_y, name = box.y + box.h / 2, QColor(fill).name()
        assert name in (colour_at(image, box.x + 1.5, mid_y), colour_at(image, box.right - 1.5, mid_y))
        assert name not in (colour_at(image, box.x - 1.5, mid_y), colour_at(image, box.right + 1.5, mid_y))
    assert face.emotion.w >= 18 and face.emotion.h == 11  # one size on screen and on paper


def test_a_kpi_without_a_value_shows_a_dash_on_screen_on_paper_and_in_svg(qapp):
    face = face_of(full_card(CardKind.METRIC, Metric(value=None, unit="%")))
    assert face.metric is not None and face.metric.text == MISSING
    _, pdf_texts = pdf_boxes(face, face.fill)
    _, svg_text = svg_boxes(face, face.fill)
    assert MISSING in pdf_texts and MISSING in svg_text
    # On screen the dash is drawn in the KPI accent where the value goes.
    image = screen_image(face, zoom=2.0)
    accent = QColor(face.metric.colour)
    x0, y0 = face.metric.text_x, face.metric.baseline - 6
    pixels = [image.pixelColor(x, y) for x in range(int(x0 * 2), int((x0 + 10) * 2))
              for y in range(int(y0 * 2), int((y0 + 6) * 2))]
    assert any(abs(p.red() - accent.red()) + abs(p.green() - accent.green()) + abs(p.blue() - accent.blue()) < 60
               for p in pixels)


def test_the_poster_wraps_a_long_stage_name_as_the_canvas_does(tmp_path):
    doc = small_map()
    doc.stages[0].name = "Searching, comparing and asking friends before the first visit"
    path = tmp_path / "poster.pdf"
    export_pdf(doc, path, PosterOptions(page="A3"))
    text = PdfReader(str(path)).pages[0].extract_text()
    lines = [line.strip() for line in text.splitlines()]
    # Two lines within the header (the second elided), not one line running over the next stage.
    assert any(re.match(r"^Searching, comparing", line) for line in lines)
    assert not any("Searching, comparing and asking friends before the first visit" in line for line in lines)
