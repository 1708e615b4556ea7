"""KPI values with their change while comparing, computed once for canvas and paper."""

from __future__ import annotations

from jmap_desktop.layout import compute_layout, palette
from jmap_desktop.layout.metrics import font_metrics
from jmap_desktop.model import Card, CardKind, DocumentStore, Metric
from jmap_desktop.versions import compare
from jmap_desktop.versions.kpi import kpi_changes, kpi_strip
from tests.factories import small_map


def with_kpi(value: float | None, target: float | None = 10.0, text: str = "Conversion rate"):
    store = DocumentStore(small_map())
    store.add_card(Card(id="m1", stage_id="s-buy", lane_id="l-pain", kind=CardKind.METRIC, text=text,
                        metric=Metric(value=value, unit="%", target=target)))
    return store.doc


def test_a_kpi_that_rose_towards_its_target():
    (kpi,) = kpi_changes(compare(with_kpi(7.8), with_kpi(9.1)))
    assert (kpi.card_id, kpi.delta, kpi.text) == ("m1", 1.3, "7.8 → 9.1 %  ▲ +1.3")
    assert kpi.colour == palette.EMOTION_POSITIVE


def test_falling_away_from_the_target_or_without_one():
    (away,) = kpi_changes(compare(with_kpi(7.8), with_kpi(6.0)))
    assert away.change == "▼ -1.8" and away.colour == palette.EMOTION_NEGATIVE
    (untargeted,) = kpi_changes(compare(with_kpi(7.8, None), with_kpi(9.0, None)))
    assert untargeted.colour == palette.MUTED_INK
    (first,) = kpi_changes(compare(with_kpi(None), with_kpi(9.1)))
    assert first.text == "– → 9.1 %" and first.delta is None


def test_only_a_changed_value_counts():
    assert kpi_changes(compare(with_kpi(7.8), with_kpi(7.8, target=12))) == []
    assert kpi_changes(compare(with_kpi(7.8), with_kpi(7.8, text="Conversion"))) == []


def test_the_strip_fits_inside_the_card():
    after = with_kpi(1234567.5)
    (kpi,) = kpi_changes(compare(with_kpi(7654321.25), after))
    box = compute_layout(after).cards["m1"].rect
    fm = font_metrics()
    for width in (box.w, 120.0, 60.0):
        s = kpi_strip(kpi, box.x, box.y, width, box.h, has_emotion=True)
        assert box.x <= s.x and s.x + s.w <= box.x + width and box.y <= s.y and s.y + s.h <= box.y + box.h
        assert s.change_x + fm.width(s.change, s.size, True) <= s.x + s.w
        assert s.change.startswith("▼")
