"""Where a card's face puts its badges (``layout.card_face``), whatever draws it."""

from __future__ import annotations

from jmap_desktop.layout import LayoutStyle, Rect, wrap_text
from jmap_desktop.layout.card_face import card_face
from jmap_desktop.model import Card, Metric

STYLE = LayoutStyle()
RECT = Rect(0.0, 0.0, 200.0, 64.0)


def face(text: str, **fields):
    card = Card(stage_id="s", lane_id="l", text=text, emotion=1.0, **fields)
    lines, _ = wrap_text(text, RECT.w - 2 * STYLE.card_padding, STYLE.card_font_size, 2)
    return card_face(card, RECT, lines, STYLE.card_font_size, STYLE)


def test_the_emotion_badge_takes_the_corner_where_the_lines_end_ragged():
    ltr = face("Looks for the right size before buying (EU 42)")
    rtl = face("يبحث عن المقاس الصحيح قبل الشراء (EU 42)")
    assert ltr.emotion.rect.right == RECT.right - 3  # left-to-right lines end ragged at the right
    assert rtl.emotion.x == RECT.x + 3  # right-to-left ones at the left
    assert (rtl.emotion.w, rtl.emotion.h, rtl.emotion.y) == (ltr.emotion.w, ltr.emotion.h, ltr.emotion.y)
    # A KPI keeps the badge beside its value strip, at the right, in either direction.
    kpi = face("معدل الإرجاع", kind="metric", metric=Metric(value=3.0, unit="%"))
    assert kpi.emotion.rect.right == RECT.right - 3
