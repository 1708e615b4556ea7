"""A card in the interactive HTML page wears the face the layout computes for the poster and the
canvas (``layout.card_face``): the same icons, evidence mark, vote badge, emotion badge and KPI
text, in the same places; stage and lane headers wrap as on paper. Read back from the page as
Chromium drew it."""

from __future__ import annotations

import datetime as dt

import pytest

from jmap_desktop.export import export_html
from jmap_desktop.layout import compute_layout
from jmap_desktop.layout.card_face import card_face
from jmap_desktop.layout.header_face import stage_header_face
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
from tests.export.chromium import Browser, chromium_binary
from tests.factories import small_map

pytestmark = pytest.mark.skipif(chromium_binary() is None,
                                reason="chromium is not installed; scripts/system-deps.sh installs it")


def every_kind_map():
    """The small map with one card of every kind, each showing all its face can hold."""
    doc = small_map()
    doc.stages[1].name = "Searching, comparing and asking friends before the first visit"
    metric = Metric(value=2.6, unit="%", target=3.0,
                    history=[MetricPoint(date=dt.date(2026, m, 1), value=v) for m, v in ((1, 2.0), (2, 2.6))])
    for i, kind in enumerate(CardKind):
        doc.cards.append(Card(id=f"k-{kind.value}", stage_id=doc.stages[i % 3].id, lane_id="l-actions",
                              order=20 + i, kind=kind, text=f"A {kind.value} card", emotion=-1.0, votes=i + 1,
                              evidence=Evidence(status=EvidenceStatus.VALIDATED), channel=Channel.WEB,
                              polarity=Polarity.POSITIVE, metric=metric if kind == CardKind.METRIC else None))
    doc.card("c5").votes = 2  # an invalidated card: faded, its text struck through
    return doc


DRAWN = """Object.fromEntries([...document.querySelectorAll('g.card')].map(g => [g.dataset.id, {
  texts: [...g.querySelectorAll('text')].map(t => [t.textContent, +t.getAttribute('x'), +t.getAttribute('y'),
          t.closest('g.votes, g.emotion, g.metric, g.icon') ? t.closest('g.votes, g.emotion, g.metric, g.icon').getAttribute('class')
          : t.getAttribute('class'), t.getAttribute('text-decoration')]),
  votes: [...g.querySelectorAll('g.votes rect')].map(r => ['x', 'y', 'width', 'height'].map(k => +r.getAttribute(k))),
  emotion: [...g.querySelectorAll('g.emotion rect')].map(r => ['x', 'y', 'width', 'height'].map(k => +r.getAttribute(k))),
  spark: [...g.querySelectorAll('g.metric polyline')].length,
  opacity: g.querySelector('rect.face').closest('g[opacity]') ? +g.querySelector('rect.face').closest('g[opacity]').getAttribute('opacity') : 1,
}]))"""


def close(a: float, b: float) -> bool:
    return abs(a - b) < 0.02


def test_every_card_in_the_page_wears_the_face_the_layout_computes(tmp_path):
    doc = every_kind_map()
    export_html(doc, tmp_path / "map.html")
    layout = compute_layout(doc)
    browser = Browser()
    try:
        browser.open(tmp_path / "map.html")
        browser.print_pdf()  # every card drawn in full
        drawn = browser.eval(DRAWN)
        stage_texts = browser.eval("[...document.querySelectorAll('g.stage')[1].querySelectorAll('text')]"
                                   ".map(t => t.textContent)")
    finally:
        browser.close()
    cards = {c.id: c for c in doc.cards}
    assert set(drawn) == {c.id for c in doc.cards}
    for card_id, page in drawn.items():
        box = layout.cards[card_id]
        face = card_face(cards[card_id], box.rect, box.lines, box.font_size, layout.style)
        texts = page["texts"]
        # The wrapped lines, struck through when the card is invalidated.
        lines = [t for t in texts if t[3] == "line"]
        assert [t[0] for t in lines] == list(face.lines)
        assert all((t[4] == "line-through") == face.struck for t in lines)
        assert page["opacity"] == face.opacity
        # Every icon (kind, evidence mark, channel, polarity) is the face's glyph, centred in its slot.
        icons = [t for t in texts if t[3] == "icon"]
        assert [t[0] for t in icons] == [g.text for g in face.glyphs]
        assert all(close(t[1], g.x + g.size / 2) for t, g in zip(icons, face.glyphs, strict=True))
        # The vote badge: the poster's pill, in the same place, with its label.
        if face.votes is None:
            assert page["votes"] == []
        else:
            v = face.votes
            assert all(close(a, b) for a, b in zip(page["votes"][0], (v.x, v.y, v.w, v.h), strict=True))
            assert [t[0] for t in texts if t[3] == "votes"] == [v.label]
        # The emotion badge and a KPI's value, direction and sparkline.
        if face.emotion is not None:
            e = face.emotion
            assert all(close(a, b) for a, b in zip(page["emotion"][0], (e.x, e.y, e.w, e.h), strict=True))
            assert [t[0] for t in texts if t[3] == "emotion"] == [e.label]
        metric = [t[0] for t in texts if t[3] == "metric"]
        assert metric == ([face.metric.text, face.metric.arrow] if face.metric else [])
        assert page["spark"] == (1 if face.metric and face.metric.spark else 0)
    kpi = drawn["k-metric"]
    assert any(t[0] == "✔" and t[3] == "icon" for t in kpi["texts"])  # the evidence mark
    # The long stage name wraps as on the poster: the lines the shared header face gives it.
    header = stage_header_face(2, doc.stages[1].name, "", layout.stages[1].header, layout.style.stage_font_size)
    assert stage_texts == [r.text for r in header.runs] and len(stage_texts) == 3  # number and two lines
