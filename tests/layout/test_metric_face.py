"""The KPI strip of a metric card: value against target, direction, sparkline; on screen and paper."""

from __future__ import annotations

import datetime as dt

from jmap_desktop.layout import palette
from jmap_desktop.layout.metric_face import metric_face
from jmap_desktop.model import Card, CardKind, DocumentStore, Metric, MetricPoint
from tests.factories import small_map


def _metric(values, target=None, unit="%"):
    history = [MetricPoint(date=dt.date(2026, 1 + i, 1), value=v) for i, v in enumerate(values)]
    return Metric(value=values[-1] if values else 5.0, unit=unit, target=target, history=history)


def face(metric, emotion=False, w=168.0):
    return metric_face(metric, 100.0, 200.0, w, 80.0, 6.0, 18.0, emotion)


def test_value_against_target_and_direction_towards_the_target():
    up = face(_metric([2.0, 2.4, 2.6], target=3))
    assert up.text == "2.6 % / 3" and up.arrow == "▲" and up.arrow_colour == palette.EMOTION_POSITIVE
    assert abs(up.delta - 0.2) < 1e-9
    away = face(_metric([14.0, 15.0], target=8))  # a return rate growing away from its target
    assert away.arrow == "▲" and away.arrow_colour == palette.EMOTION_NEGATIVE
    flat = face(_metric([3.0, 3.0], target=5))
    assert flat.arrow == "▶" and flat.arrow_colour == palette.MUTED_INK
    single = face(_metric([3.0]))
    assert single.arrow == "" and single.spark == () and single.text == "3 %"
    assert face(Metric(value=None)) is None and face(None) is None


def test_sparkline_stays_in_the_strip_and_leaves_the_emotion_badge_free():
    f = face(_metric([1.0, 5.0, 3.0, 4.0], target=6))
    xs, ys = [x for x, _ in f.spark], [y for _, y in f.spark]
    assert min(xs) > 100 and max(xs) <= 100 + 168 - 6
    assert min(ys) >= 200 + 80 - 18 and max(ys) <= 200 + 80
    assert ys[1] == min(ys)  # the highest value is drawn highest (smallest y)
    scored = face(_metric([1.0, 5.0, 3.0, 4.0], target=6), emotion=True)
    assert max(x for x, _ in scored.spark) <= 100 + 168 - 6 - 24
    narrow = face(_metric([1.0, 2.0], target=1000, unit="visits per week"), w=120.0)
    assert narrow.spark == ()  # a long value on a narrow card keeps its text readable


def test_poster_and_canvas_draw_the_strip(tmp_path, qtbot):
    from pypdf import PdfReader
    from PySide6.QtGui import QColor

    from jmap_desktop.canvas.render import offscreen_view, render_view, set_zoom
    from jmap_desktop.export import PosterOptions, export_pdf

    store = DocumentStore(small_map())
    store.add_card(Card(id="m1", stage_id="s-buy", lane_id="l-pain", kind=CardKind.METRIC,
                        text="Checkout conversion", metric=_metric([2.0, 2.4, 2.6], target=3)))
    out = tmp_path / "poster.pdf"
    export_pdf(store.doc, out, PosterOptions(page="A3"))
    assert "2.6 % / 3" in " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    view = offscreen_view(store, 900, 700)
    set_zoom(view, 2.0)
    box = view.scene().layout.cards["m1"].rect
    f = metric_face(store.card("m1").metric, box.x, box.y, box.w, box.h, 6.0, 18.0, False)
    view.centerOn(box.x + box.w / 2, box.y + box.h / 2)
    image = render_view(view)
    x, y = f.spark[-1]  # the dot at the latest value, in the direction's colour
    point = view.mapFromScene(x, y)
    assert QColor(image.pixel(point)).name() == palette.EMOTION_POSITIVE
