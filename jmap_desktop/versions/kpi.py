"""KPI values with their change, while comparing: a metric card whose value differs between
the two versions shows "7.8 → 9.1 %  ▲ +1.3" over its value strip, the arrow and delta coloured
by the direction (green towards the target, vermillion away, grey without a target, as the
card's own history arrow). Computed once here (no Qt) for the canvas overlay and the
comparison poster, so screen and paper agree."""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import LayoutStyle, elide, palette
from ..layout.metric_face import BADGE_W, direction_colour
from ..layout.metrics import font_metrics
from .compare import MARKS, Comparison
from .describe import number

FONT_SIZE, MIN_FONT_SIZE = 8.5, 6.5
FILL = "#fff4dc"  # a light wash of the "changed" mark's orange, over the card's own strip
BORDER = MARKS["changed"]["colour"]
INK = palette.INK


@dataclass(frozen=True)
class KpiChange:
    card_id: str
    before: float | None
    after: float | None
    unit: str
    target: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 10)  # 9.1 - 7.8 reads +1.3, not +1.2999999

    @property
    def arrow(self) -> str:
        delta = self.delta
        return "" if delta is None else "▲" if delta > 0 else "▼" if delta < 0 else "▶"

    @property
    def colour(self) -> str:
        delta = self.delta
        return palette.MUTED_INK if delta is None else direction_colour(delta, self.before, self.target)

    @property
    def values(self) -> str:
        """"7.8 → 9.1 %"."""
        unit = f" {self.unit}" if self.unit else ""
        return f"{number(self.before)} → {number(self.after)}{unit}"

    @property
    def change(self) -> str:
        """"▲ +1.3" (empty when one side has no value)."""
        delta = self.delta
        return "" if delta is None else f"{self.arrow} {delta:+g}"

    @property
    def text(self) -> str:
        return f"{self.values}  {self.change}".strip()


@dataclass(frozen=True)
class KpiStrip:
    """Where a KpiChange is drawn: a band over the card's value strip, two runs of text."""

    x: float
    y: float
    w: float
    h: float
    size: float
    values: str
    values_x: float
    change: str
    change_x: float
    baseline: float
    colour: str  # the change's direction


def kpi_changes(comparison: Comparison) -> list[KpiChange]:
    """Metric cards (of the newer map) whose value differs from the older version's."""
    out = []
    for change in comparison.of_kind("changed", "cards"):
        for f in change.fields:
            if f.field != "metric":
                continue
            before, after = f.before or {}, f.after or {}
            if before.get("value") != after.get("value"):
                out.append(KpiChange(change.id, before.get("value"), after.get("value"),
                                     after.get("unit") or before.get("unit") or "",
                                     after.get("target")))
    return out


def kpi_strip(kpi: KpiChange, x: float, y: float, w: float, h: float, has_emotion: bool,
              style: LayoutStyle | None = None) -> KpiStrip:
    """The band for ``kpi`` on the card rect (x, y, w, h); the text shrinks to fit a narrow card."""
    st = style or LayoutStyle()
    band_h = st.metric_line_h
    band_x, band_y = x + 3, y + h - band_h - 3
    band_w = w - 6 - (BADGE_W if has_emotion else 0.0)
    fm = font_metrics()
    room = band_w - 8
    # The target as on the card's own face ("/ 10") when it fits at full size.
    targeted = f"{kpi.values} / {number(kpi.target)}" if kpi.target is not None else kpi.values
    if _width(fm, targeted, kpi.change, FONT_SIZE) <= room:
        values, change, size = targeted, kpi.change, FONT_SIZE
    else:
        values, change, size = kpi.values, kpi.change, FONT_SIZE
    while size > MIN_FONT_SIZE and _width(fm, values, change, size) > room:
        size -= 0.5
    # Still too wide: leave out the unit, then the delta (keeping the arrow), then cut the values.
    plain = f"{number(kpi.before)} → {number(kpi.after)}"
    tries = [(values, change), (plain, change), (plain, kpi.arrow)]
    fitting = next((t for t in tries if _width(fm, *t, size) <= room), None)
    values, change = fitting or tries[-1]
    if fitting is None:
        values = elide(values, room - size * 0.6 - fm.width(change, size, True), size, True)
    values_w = fm.width(values, size, True)
    baseline = band_y + (band_h + size * 0.7) / 2
    return KpiStrip(band_x, band_y, band_w, band_h, size, values, band_x + 4, change,
                    band_x + 4 + values_w + size * 0.6, baseline, kpi.colour)


def _width(fm, values: str, change: str, size: float) -> float:
    return fm.width(values, size, True) + size * 0.6 + fm.width(change, size, True)
