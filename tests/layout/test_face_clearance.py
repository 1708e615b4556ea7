"""No word of a card runs under its badges, icons or KPI strip, whatever the text, kind or
direction: the face geometry (``layout.card_face``) and the layout's card heights
(``card_height``) keep them apart for every renderer, since canvas, PDF, SVG, HTML and PNG all
draw the same face."""

from __future__ import annotations

import base64
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmap_desktop.layout import Rect, compute_layout
from jmap_desktop.layout.card_face import Glyph, card_face, card_height
from jmap_desktop.layout.metric_face import FONT_SIZE as METRIC_FONT
from jmap_desktop.layout.metrics import font_metrics
from jmap_desktop.model import (
    Card,
    CardKind,
    Channel,
    DocumentStore,
    EmbeddedImage,
    EmotionScale,
    Evidence,
    EvidenceStatus,
    Lane,
    LaneKind,
    Metric,
    MetricPoint,
    Polarity,
    Stage,
)

PHOTO = EmbeddedImage(media_type="image/png", data=base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 16).decode())
WORDS = {
    "ltr": ["Looks", "for", "the", "right", "size", "before", "buying", "(EU 42)", "checkout",
            "W", "mmmmmmmm", "Rückgabe", "i", "—", "15 %", "Lieferzeit", "unverständlich"],
    "rtl": ["يبحث", "عن", "المقاس", "الصحيح", "قبل", "الشراء", "(EU 42)", "מחפש", "מידה", "נכונה"],
}
SCORES = [-10.0, -2.0, -1.5, 0.0, 0.25, 1.0, 2.0, 10.0]
WIDTHS = [160.0, 190.0, 260.0, 330.0, 420.0]  # stage widths: one to two cards a row


def texts(direction: str):
    words = st.lists(st.sampled_from(WORDS[direction]), min_size=1, max_size=40)
    return st.builds(" ".join, words)


def metrics():
    history = st.lists(st.floats(-1e4, 1e4, allow_nan=False), max_size=4).map(
        lambda values: [MetricPoint(date=dt.date(2026, 1, 1) + dt.timedelta(days=i), value=v)
                        for i, v in enumerate(values)])
    return st.one_of(st.none(), st.builds(
        Metric, value=st.one_of(st.none(), st.sampled_from([0.0, 2.6, 1234567.0, -3.25])),
        unit=st.sampled_from(["", "%", "NPS pts"]), target=st.one_of(st.none(), st.just(3.0)),
        history=history))


@st.composite
def cards(draw, direction: str):
    kind = draw(st.sampled_from(list(CardKind)))
    return dict(
        kind=kind, text=draw(texts(direction)),
        emotion=draw(st.one_of(st.none(), st.sampled_from(SCORES))),
        evidence=Evidence(status=draw(st.sampled_from(list(EvidenceStatus)))),
        channel=draw(st.one_of(st.none(), st.sampled_from(list(Channel)))),
        polarity=draw(st.one_of(st.none(), st.sampled_from(list(Polarity)))),
        metric=draw(metrics()),
        votes=draw(st.one_of(st.none(), st.integers(1, 1_000_000))),
        photos=[PHOTO] if draw(st.booleans()) else [],
    )


def line_boxes(face) -> list[Rect]:
    fm = font_metrics()
    ascent, descent = fm.ascent(face.font_size), fm.descent(face.font_size)
    boxes = []
    for i, line in enumerate(face.lines):
        w = fm.width(line, face.font_size)
        if not line.strip():
            continue
        x = face.text_x - w if face.rtl else face.text_x
        boxes.append(Rect(x, face.baseline + i * face.line_h - ascent, w, ascent + descent))
    return boxes


def part_boxes(face) -> list[tuple[str, Rect]]:
    """The badges, icons and the KPI strip's value, arrow and sparkline."""
    fm = font_metrics()
    boxes = [("icon", Rect(g.x, g.y, g.size, g.size)) for g in face.glyphs if isinstance(g, Glyph)]
    if face.emotion is not None:
        boxes.append(("emotion", face.emotion.rect))
    if face.votes is not None:
        boxes.append(("votes", Rect(face.votes.x, face.votes.y, face.votes.w, face.votes.h)))
    m = face.metric
    if m is not None:
        top, h = m.baseline - fm.ascent(METRIC_FONT), fm.ascent(METRIC_FONT) + fm.descent(METRIC_FONT)
        boxes.append(("metric", Rect(m.text_x, top, fm.width(m.text, METRIC_FONT, True), h)))
        if m.arrow:
            boxes.append(("arrow", Rect(m.arrow_x, top, fm.width(m.arrow, METRIC_FONT), h)))
        if m.spark:
            xs, ys = [p[0] for p in m.spark], [p[1] for p in m.spark]
            boxes.append(("sparkline", Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))))
    return boxes


def overlaps(a: Rect, b: Rect) -> bool:
    """Strictly overlapping (boxes that only touch are apart)."""
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def check_faces(doc, layout) -> int:
    checked = 0
    for card in doc.cards:
        box = layout.cards[card.id]
        face = card_face(card, box.rect, box.lines, box.font_size, layout.style)
        parts = part_boxes(face)
        for line in line_boxes(face):
            # Every line stays on the paper, between the side paddings.
            assert box.rect.x < line.x and line.right < box.rect.right, (card.text, box.lines)
            assert line.bottom <= box.rect.bottom, (card.text, box.lines)
            for name, part in parts:
                assert not overlaps(line, part), (name, card.kind, card.text, box.lines, part, line)
            checked += 1
        for i, (name, part) in enumerate(parts):  # nor do the parts cover each other
            for other, box2 in parts[i + 1:]:
                assert not overlaps(part, box2), (name, other, card.kind, card.text, face.metric)
    return checked


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(direction=st.sampled_from(["ltr", "rtl"]), width=st.sampled_from(WIDTHS),
       data=st.data())
def test_no_line_runs_under_a_badge_an_icon_or_the_kpi_strip(direction, width, data):
    s = DocumentStore()
    s.set_emotion_scale(EmotionScale(min=-10, max=10, labels=[]))
    s.add_stage(Stage(id="s", name="Stage", width=width))
    s.add_lane(Lane(id="flow", name="Actions", kind=LaneKind.ACTIONS))
    s.add_lane(Lane(id="chips", name="Emotion", kind=LaneKind.EMOTION))  # cards as chips
    for i, fields in enumerate(data.draw(st.lists(cards(direction), min_size=1, max_size=6))):
        s.add_card(Card(id=f"c{i}", stage_id="s", lane_id=("flow", "chips")[i % 2], order=i, **fields))
    layout = compute_layout(s.doc)
    assert check_faces(s.doc, layout) > 0
    # Chips are one line tall, a KPI's with its value strip below; none covers another.
    style = layout.style
    chips = [c for c in s.doc.cards if c.lane_id == "chips" and layout.cards[c.id].visible]
    for chip in chips:
        strip = style.metric_line_h if chip.kind == CardKind.METRIC and chip.metric is not None else 0.0
        assert layout.cards[chip.id].rect.h == style.emotion_chip_h + strip
    rects = [layout.cards[c.id].rect for c in chips]
    assert not any(overlaps(a, b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_a_last_line_reaching_the_badge_corner_gives_the_badge_its_own_row():
    style = compute_layout(DocumentStore().doc).style
    long_line = ["Looks for the right size before buying", "and compares the shipping costs"]
    short_line = ["Looks for the right size before buying", "and pays"]
    plain = Card(stage_id="s", lane_id="l", text="x")
    scored = Card(stage_id="s", lane_id="l", text="x", emotion=-2.0)
    # Unscored, or a short last line: the badge fits beside it and the card keeps its height.
    assert card_height(scored, short_line, 190.0, 10.5, style) == card_height(plain, short_line, 190.0, 10.5, style)
    taller = card_height(scored, long_line, 190.0, 10.5, style)
    assert taller > card_height(plain, long_line, 190.0, 10.5, style)
    face = card_face(scored, Rect(0, 0, 190.0, taller), long_line, 10.5, style)
    last = line_boxes(face)[-1]
    assert face.emotion.y >= last.bottom  # below the last line, not beside it
