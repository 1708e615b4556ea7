"""The emotion lane's chips: a KPI's chip shows its value strip, and no chip covers another,
however many a stage holds; those that find no place are piled under one that counts them.
Checked on the layout and the poster (the canvas: tests/canvas/test_emotion_chip_faces.py)."""

from __future__ import annotations

import random

from pypdf import PdfReader

from jmap_desktop.cli.main import main
from jmap_desktop.io import save_map
from jmap_desktop.io.templates import new_from_template
from jmap_desktop.layout import compute_layout
from jmap_desktop.layout.metric_face import metric_face
from jmap_desktop.model import Card, CardKind, JourneyMap, Lane, LaneKind, Metric, Stage


def kpis_in_the_emotion_lane() -> JourneyMap:
    """The B2C template with two of its KPI cards scored and moved into the emotion lane, one
    score apart in one stage: a taller KPI chip must not cover its neighbour."""
    doc = new_from_template("b2c-online-purchase")
    emotion = next(lane for lane in doc.lanes if lane.kind == LaneKind.EMOTION)
    kpis = [c for c in doc.cards if c.kind == CardKind.METRIC and c.metric and c.metric.value is not None]
    for card, score in zip(kpis[:2], (1.0, 0.0), strict=True):
        card.lane_id, card.stage_id, card.emotion = emotion.id, doc.stages[1].id, score
    return doc


def crowded(n_chips: int = 60) -> JourneyMap:
    """One stage whose emotion lane holds ``n_chips`` scored cards, as a 20,000-card map has."""
    rng = random.Random(3)
    cards = [Card(id=f"c{i}", stage_id="s", lane_id="e", order=i, text=f"Feeling number {i} of many",
                  kind=list(CardKind)[i % 8], emotion=float(rng.randint(-2, 2)),
                  metric=Metric(value=float(i), unit="%") if i % 8 == 6 else None)
             for i in range(n_chips)]
    return JourneyMap(stages=[Stage(id="s", name="Stage"), Stage(id="t", name="Next")],
                      lanes=[Lane(id="a", name="Actions", kind=LaneKind.ACTIONS),
                             Lane(id="e", name="Emotion", kind=LaneKind.EMOTION)], cards=cards)


def overlapping(rects) -> list:
    return [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:]
            if a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom]


def test_a_kpi_chip_has_its_value_strip_and_covers_no_other_chip():
    doc = kpis_in_the_emotion_lane()
    layout = compute_layout(doc)
    emotion = layout.emotion.lane_id
    chips = [c for c in doc.cards if c.lane_id == emotion]
    kpis = [c for c in chips if c.kind == CardKind.METRIC]
    assert all(layout.cards[c.id].visible for c in chips)  # a few chips: all shown
    for kpi in kpis:
        assert layout.cards[kpi.id].rect.h == layout.style.emotion_chip_h + layout.style.metric_line_h
    assert overlapping([layout.cards[c.id].rect for c in chips]) == []


def test_the_poster_prints_a_kpi_chip_s_value(tmp_path):
    doc = kpis_in_the_emotion_lane()
    path = tmp_path / "kpi.jmap"
    save_map(doc, path)
    assert main(["export", str(path), "-o", str(tmp_path / "kpi.pdf"), "--page", "A3"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "kpi.pdf")).pages).replace(" ", "")
    layout = compute_layout(doc)
    for kpi in (c for c in doc.cards if c.lane_id == layout.emotion.lane_id and c.kind == CardKind.METRIC):
        value = metric_face(kpi.metric, 0, 0, 140, 64, 6, 18, True).text  # "7.8 % / 10"
        assert value.replace(" ", "") in text, f"{kpi.text}: {value} is not on the poster"


def test_sixty_chips_in_a_stage_are_shown_apart_or_piled_with_their_count():
    doc = crowded(60)
    layout = compute_layout(doc)
    boxes = [layout.cards[c.id] for c in doc.cards]
    shown = [b for b in boxes if b.visible]
    assert overlapping([b.rect for b in shown]) == []
    column = layout.stage_box("s").column
    assert all(column.x <= b.rect.x and b.rect.right <= column.right for b in shown)
    assert 4 <= len(shown) < 60
    # Every chip is shown or counted on the pile it lies under.
    assert len(shown) + sum(b.stacked for b in shown) == 60
    for hidden in (b for b in boxes if not b.visible):
        assert any(b.rect == hidden.rect and b.stacked for b in shown)


def test_the_pile_count_is_on_the_face_and_the_poster(tmp_path):
    from jmap_desktop.layout.card_face import card_face

    doc = crowded(60)
    layout = compute_layout(doc)
    piles = [(c, layout.cards[c.id]) for c in doc.cards if layout.cards[c.id].stacked]
    assert piles
    card, box = piles[0]
    face = card_face(card, box.rect, box.lines, box.font_size, layout.style, box.stacked)
    assert face.pile is not None and face.pile.label == f"+{box.stacked}" and face.pile in face.parts()
    path = tmp_path / "crowded.jmap"
    save_map(doc, path)
    assert main(["export", str(path), "-o", str(tmp_path / "crowded.pdf"), "--page", "A3"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "crowded.pdf")).pages)
    assert all(f"+{b.stacked}" in text for _, b in piles)
