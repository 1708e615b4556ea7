"""The shared layout: tidy grids, cards inside their cells, text measured with the real fonts."""

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from jmap_desktop.layout import compute_layout, font_for_char, font_metrics, wrap_text
from jmap_desktop.model import Card, DocumentStore, Lane, LaneKind, Stage
from jmap_desktop.resources import font_path
from tests.factories import small_map


def store_with(cards_per_cell=3, stages=3, lanes=2, text="A sticky note with a few words"):
    s = DocumentStore()
    for i in range(stages):
        s.add_stage(Stage(id=f"s{i}", name=f"Stage {i}"))
    for j in range(lanes):
        s.add_lane(Lane(id=f"l{j}", name=f"Lane {j}", kind=LaneKind.ACTIONS))
    for i in range(stages):
        for j in range(lanes):
            for k in range(cards_per_cell if (i + j) % 2 == 0 else 1):
                s.add_card(Card(id=f"c{i}-{j}-{k}", stage_id=f"s{i}", lane_id=f"l{j}",
                                text=text * (k + 1)))
    return s


def test_layout_is_deterministic():
    doc = small_map()
    a, b = compute_layout(doc), compute_layout(doc)
    assert a.cards == b.cards and a.cells == b.cells and a.connections == b.connections


def test_cards_inside_cells_and_never_overlapping():
    store = store_with(cards_per_cell=5)
    layout = compute_layout(store.doc)
    for card in store.doc.cards:
        box = layout.cards[card.id]
        assert box.rect.inside(layout.cells[(card.stage_id, card.lane_id)])
    boxes = list(layout.cards.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)


def test_lane_grows_to_fit_its_fullest_cell_and_cards_follow_order():
    store = store_with(cards_per_cell=6)
    layout = compute_layout(store.doc)
    lane0 = layout.lane_box("l0").row
    bottoms = [layout.cards[c.id].rect.bottom for c in store.doc.cards if c.lane_id == "l0"]
    assert max(bottoms) + layout.style.cell_padding == pytest.approx(lane0.bottom)
    ys = [layout.cards[c.id].rect.y for c in store.cell_cards("s0", "l0")]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)  # one column, in cell order
    assert layout.height == pytest.approx(layout.lanes[-1].row.bottom)


def test_stage_width_respected_and_clamped():
    store = store_with()
    store.update_stage("s1", width=520)
    layout = compute_layout(store.doc)
    assert layout.stage_box("s1").column.w == 520
    # two cards side by side fit in a wide stage
    xs = {round(layout.cards[c.id].rect.x) for c in store.doc.cards if c.stage_id == "s1"}
    assert len(xs) == 2
    store.doc.stages[0].__dict__["width"] = 10  # below the minimum, bypassing validation
    assert compute_layout(store.doc).stage_box("s0").column.w == 160


def test_hidden_and_collapsed_lanes():
    store = store_with()
    hidden = compute_layout(store.doc, hidden_lanes=frozenset({"l1"}))
    assert [b.lane_id for b in hidden.lanes] == ["l0"]
    assert all(not k.endswith("l1") for _, k in hidden.cells)
    assert not any(cid.split("-")[1] == "1" for cid in hidden.cards)
    store.update_lane("l0", collapsed=True)
    layout = compute_layout(store.doc)
    assert layout.lane_box("l0").row.h == layout.style.collapsed_h
    assert not any(b.visible for cid, b in layout.cards.items() if cid.split("-")[1] == "0")


def test_cell_at_and_drop_index():
    store = store_with(cards_per_cell=3)
    layout = compute_layout(store.doc)
    cell = layout.cells[("s0", "l0")]
    assert layout.cell_at(cell.x + 5, cell.y + 5) == ("s0", "l0")
    assert layout.cell_at(1, 1) is None
    assert layout.cell_at(layout.width + 10, cell.y) is None
    ids = layout.cell_order[("s0", "l0")]
    first, second = layout.cards[ids[0]].rect, layout.cards[ids[1]].rect
    assert layout.drop_index(("s0", "l0"), first.center[0], first.y - 2) == 0
    assert layout.drop_index(("s0", "l0"), second.center[0], second.y + 1) == 1
    assert layout.drop_index(("s0", "l0"), cell.center[0], cell.bottom - 1) == 3
    marker = layout.drop_marker(("s0", "l0"), 1)
    assert first.bottom <= marker.y <= second.y


def test_emotion_lane_points_and_curve():
    doc = small_map()
    layout = compute_layout(doc)
    emotion = layout.emotion
    assert emotion is not None and emotion.lane_id == "l-emotion"
    assert emotion.y_for(2) < emotion.y_for(0) < emotion.y_for(-2)  # higher score, higher up
    for score in (-2, -0.5, 0, 1.25, 2):
        assert emotion.score_for(emotion.y_for(score)) == pytest.approx(score)
    # one curve point per scored stage, at its mean: Discover (1 + 0) / 2, Buy -1, Use 2
    assert [round(emotion.score_for(y), 6) for _, y in emotion.curve] == [0.5, -1, 2]
    chip = layout.cards["c5"].rect
    assert chip.center[1] == pytest.approx(emotion.y_for(2))
    assert chip.inside(layout.cells[("s-use", "l-emotion")])


def test_connection_routes_start_and_end_on_card_edges():
    doc = small_map()
    layout = compute_layout(doc)
    route = layout.connections["k1"]
    a, b = layout.cards["c1"].rect, layout.cards["c3"].rect
    assert route.points[0] == (a.right, a.center[1])
    assert route.points[-1] == (b.x, b.center[1])


def test_blueprint_lines_between_lane_groups():
    s = DocumentStore()
    s.add_stage(Stage(id="s"))
    for kind in (LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT):
        s.add_lane(Lane(id=f"l-{kind}", kind=kind))
    layout = compute_layout(s.doc)
    lines = layout.blueprint_lines
    assert [ln.kind for ln in lines] == ["interaction", "visibility", "internal"]
    assert [ln.y for ln in lines] == [layout.lane_box(f"l-{k}").row.y
                                      for k in ("frontstage", "backstage", "support")]


def _advance_sum(text, size, file_name):
    font = TTFont(font_path(file_name))
    cmap, hmtx, upem = font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm
    return sum(hmtx[cmap[ord(ch)]][0] for ch in text) / upem * size


@pytest.mark.parametrize(("text", "file_name"), [("Journey map, café", "NotoSans-Regular.ttf"),
                                                 ("旅程地图", "DroidSansFallbackFull.ttf")])
def test_widths_are_the_fonts_real_advances(text, file_name):
    assert font_for_char(text[0]) == file_name
    assert font_metrics().width(text, 12) == pytest.approx(_advance_sum(text, 12, file_name))


def test_wrapping_fits_and_elides():
    fm = font_metrics()
    lines, elided = wrap_text("Compare delivery times across three online shops", 120, 10.5)
    assert not elided and len(lines) > 1
    assert all(fm.width(line, 10.5) <= 120 for line in lines)
    assert " ".join(lines) == "Compare delivery times across three online shops"
    lines, elided = wrap_text("word " * 200, 100, 10.5, max_lines=3)
    assert elided and len(lines) == 3 and lines[-1].endswith("…")
    assert fm.width(lines[-1], 10.5) <= 100
    lines, _ = wrap_text("x" * 80, 60, 10.5)  # a word longer than a line breaks by character
    assert "".join(lines) == "x" * 80 and all(fm.width(ln, 10.5) <= 60 for ln in lines)
    lines, _ = wrap_text("我想比较三家商店的送货时间然后再决定购买", 60, 10.5)  # CJK breaks anywhere
    assert len(lines) > 2 and "".join(lines) == "我想比较三家商店的送货时间然后再决定购买"
    assert wrap_text("first\nsecond", 500, 10.5)[0] == ["first", "second"]


def test_fonts_exist_for_every_script():
    assert font_for_char("م") == "NotoSansArabic-Regular.ttf"
    assert font_for_char("ש") == "NotoSansHebrew-Regular.ttf"
    assert font_for_char("Ж") == "NotoSans-Regular.ttf"
    assert font_for_char("한") == "NanumGothic.ttf"
    assert Path(font_path("NotoSans-Bold.ttf")).is_file()


def test_same_column_routes_never_cross_the_cards_between():
    from jmap_desktop.model import Connection

    store = store_with(cards_per_cell=3)
    ids = [c.id for c in store.cell_cards("s0", "l0")]
    store.add_connection(Connection(id="skip", source_id=ids[0], target_id=ids[2]))
    store.add_connection(Connection(id="next", source_id=ids[0], target_id=ids[1]))
    layout = compute_layout(store.doc)
    middle = layout.cards[ids[1]].rect
    skip = layout.connections["skip"].points
    assert all(x < middle.x for x, _ in skip[1:-1])  # down the gutter left of the column
    for (x0, y0), (x1, y1) in zip(skip, skip[1:], strict=False):
        segment_box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        assert segment_box[2] <= middle.x or segment_box[3] <= middle.y or segment_box[1] >= middle.bottom
    step = layout.connections["next"].points
    first = layout.cards[ids[0]].rect
    assert step[0] == (first.center[0], first.bottom)  # adjacent cards: a short drop


def test_right_to_left_cards_are_recognised():
    from jmap_desktop.layout import is_rtl

    assert is_rtl("مرحبا بالعالم") and is_rtl("שלום עולם") and is_rtl("«שלום» world")
    assert not is_rtl("Hello שלום") and not is_rtl("123 ...") and not is_rtl("你好")


def test_persona_curves_when_cards_belong_to_several_personas():
    from jmap_desktop.layout import smooth_curve
    from jmap_desktop.model import Persona

    store = DocumentStore(small_map())
    store.add_persona(Persona(id="p-bo", name="Bo"))
    layout = compute_layout(store.doc)
    assert layout.emotion.persona_curves == {}  # one persona: the overall curve says it all
    store.update_card("c1", persona_id="p-ana")
    store.update_card("c3", persona_id="p-bo")
    store.update_card("c5", persona_id="p-bo")
    curves = compute_layout(store.doc).emotion.persona_curves
    emotion = compute_layout(store.doc).emotion
    assert [round(emotion.score_for(y), 6) for _, y in curves["p-ana"]] == [1.0]
    assert [round(emotion.score_for(y), 6) for _, y in curves["p-bo"]] == [-1.0, 2.0]
    segments = smooth_curve(curves["p-bo"])
    assert len(segments) == 1 and segments[0][2] == curves["p-bo"][1]


def test_emotion_lane_scores_make_the_curve_and_unscored_stages_leave_a_gap():
    store = DocumentStore()
    for sid in ("s1", "s2", "s3", "s4"):
        store.add_stage(Stage(id=sid, name=sid))
    store.add_lane(Lane(id="acts", name="Actions", kind=LaneKind.ACTIONS))
    store.add_lane(Lane(id="emo", name="Emotion", kind=LaneKind.EMOTION))
    # s1: a chip at +2 beside action cards scored -1 and 0: the chip the team drew wins.
    store.add_card(Card(id="a1", stage_id="s1", lane_id="acts", text="x", emotion=-1.0))
    store.add_card(Card(id="a2", stage_id="s1", lane_id="acts", text="y", emotion=0.0))
    store.add_card(Card(id="e1", stage_id="s1", lane_id="emo", text="happy", emotion=2.0))
    # s2: no score at all; s3: only action scores (their mean); s4: a chip.
    store.add_card(Card(id="a3", stage_id="s3", lane_id="acts", text="z", emotion=-2.0))
    store.add_card(Card(id="a4", stage_id="s3", lane_id="acts", text="w", emotion=1.0))
    store.add_card(Card(id="e4", stage_id="s4", lane_id="emo", text="fine", emotion=1.0))
    emotion = compute_layout(store.doc).emotion
    assert [round(emotion.score_for(y), 6) for _, y in emotion.curve] == [2, -0.5, 1]
    runs = emotion.curve_runs()
    assert [len(run) for run in runs] == [1, 2]  # nothing drawn over s2
    assert runs[1] == emotion.curve[1:]
    # The analysis reports the same scores the curve is drawn through.
    from jmap_desktop.analysis import emotion_by_stage

    assert [e.mean for e in emotion_by_stage(store.doc)] == [2.0, None, -0.5, 1.0]


def test_stages_across_a_span_are_those_whose_columns_meet_it():
    """``stages_across`` bisects the columns; it finds what walking every stage finds."""
    import random

    from jmap_desktop.model import JourneyMap

    rng = random.Random(3)
    doc = JourneyMap(stages=[Stage(id=f"s{i}", name=f"S{i}", width=rng.choice([260, 300, 520]))
                             for i in range(40)],
                     lanes=[Lane(id="l1", name="Actions", kind=LaneKind.ACTIONS)])
    layout = compute_layout(doc)
    edges = [x for box in layout.stages for x in (box.column.x, box.column.right)]
    for _ in range(400):
        left = rng.choice(edges + [rng.uniform(-500, layout.width + 500)])
        right = left + rng.choice([0.5, 10, 260, 1999, 9000])
        walked = [b.stage_id for b in layout.stages if b.column.x < right and b.column.right > left]
        assert [b.stage_id for b in layout.stages_across(left, right)] == walked, (left, right)
