"""The canvas draws what the emotion lane's layout gives its chips: a KPI chip's value strip and
a pile's count (tests/layout/test_emotion_chips.py checks the layout and the poster)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from jmap_desktop.canvas.render import offscreen_view, render_view, set_zoom
from jmap_desktop.layout.metric_face import INK as METRIC_INK
from jmap_desktop.layout.palette import MUTED_INK
from jmap_desktop.model import CardKind, DocumentStore
from tests.layout.test_emotion_chips import crowded, kpis_in_the_emotion_lane


def _inked(view, image, rect, colour: str) -> int:
    """Pixels of ``colour`` (about) inside the scene rectangle ``rect`` of the rendered view."""
    want = QColor(colour)
    top_left = view.mapFromScene(QPointF(rect[0], rect[1]))
    bottom_right = view.mapFromScene(QPointF(rect[2], rect[3]))
    return sum(1 for x in range(top_left.x(), bottom_right.x()) for y in range(top_left.y(), bottom_right.y())
               if 0 <= x < image.width() and 0 <= y < image.height()
               and sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3], want.getRgb()[:3],
                                                  strict=True)) < 90)


def _shown(doc, card_id):
    view = offscreen_view(DocumentStore(doc), 1600, 1000)
    set_zoom(view, 1.0)
    box = view.map_scene().layout.cards[card_id]
    view.centerOn(QPointF(*box.rect.center))
    return view, box.rect, render_view(view)


def test_a_kpi_chip_shows_its_value_on_the_canvas(qapp):
    doc = kpis_in_the_emotion_lane()
    emotion = next(lane.id for lane in doc.lanes if lane.kind.value == "emotion")
    kpi = next(c for c in doc.cards if c.lane_id == emotion and c.kind == CardKind.METRIC)
    view, r, image = _shown(doc, kpi.id)
    strip = view.map_scene().layout.style.metric_line_h
    # The value's text, in the KPI ink, along the bottom strip left of the emotion badge.
    assert _inked(view, image, (r.x + 4, r.bottom - strip, r.right - 30, r.bottom - 3), METRIC_INK) > 20


def test_a_pile_shows_its_count_on_the_canvas(qapp):
    doc = crowded(60)
    view0 = offscreen_view(DocumentStore(doc), 10, 10)
    layout = view0.map_scene().layout
    pile = next(c for c in doc.cards if layout.cards[c.id].stacked)
    view, r, image = _shown(doc, pile.id)
    # The dark "+N" badge in the icon row, right of the kind's glyph.
    assert _inked(view, image, (r.x + 20, r.y + 3, r.right - 4, r.y + 18), MUTED_INK) > 15
