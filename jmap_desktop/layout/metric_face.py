"""The face of a KPI card's bottom strip, computed once for canvas and poster alike.

The strip (``LayoutStyle.metric_line_h`` tall, reserved by the layout) shows the value against
its target ("2.6 % / 3"), an arrow for the direction since the previous dated value, coloured
by whether it moves towards the target, and a sparkline of the history. Both the canvas painter
and the poster drawer place these parts where ``metric_face`` says, so screen and paper match.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CardKind, Metric
from . import palette
from .metrics import font_metrics
from .numbers import number

FONT_SIZE = 8.5
INK = palette.card_style(CardKind.METRIC).accent
SPARK_W, SPARK_H = 38.0, 10.0
ARROW_W = 11.0
MISSING = "—"  # the value of a KPI that has none yet
BADGE_W = 24.0  # the emotion badge's corner, kept free when the card is scored


@dataclass(frozen=True)
class MetricFace:
    text: str  # "2.6 % / 3"
    text_x: float
    baseline: float
    arrow: str  # "▲", "▼", "▶" or "" without a previous value
    arrow_x: float
    arrow_colour: str
    delta: float | None  # change since the previous value
    spark: tuple[tuple[float, float], ...]  # polyline in layout coordinates; () when not drawn
    colour: str = INK  # the value, in the KPI kind's accent


def metric_face(metric: Metric | None, x: float, y: float, w: float, h: float, padding: float,
                strip_h: float, has_emotion: bool) -> MetricFace | None:
    """Where and what to draw for ``metric`` on the card rect (x, y, w, h); None without a value."""
    if metric is None or metric.value is None:
        return None
    text = f"{number(metric.value)}{(' ' + metric.unit) if metric.unit else ''}"
    if metric.target is not None:
        text += f" / {number(metric.target)}"
    baseline = y + h - (strip_h - FONT_SIZE) / 2 - 2
    left, right = x + padding, x + w - padding - (BADGE_W if has_emotion else 0.0)
    text_w = font_metrics().width(text, FONT_SIZE, True)
    history = list(metric.history)
    arrow, colour, delta = "", palette.MUTED_INK, None
    if len(history) >= 2:
        previous = history[-2].value
        delta = metric.value - previous
        arrow = "▲" if delta > 0 else "▼" if delta < 0 else "▶"
        colour = _direction_colour(delta, previous, metric.target)
    spark: tuple[tuple[float, float], ...] = ()
    room = right - left - text_w - 4
    if len(history) >= 2 and room >= SPARK_W + ARROW_W + 4:
        spark = _sparkline(history[-24:], right - SPARK_W, baseline - SPARK_H + 1, SPARK_W, SPARK_H)
        arrow_x = right - SPARK_W - ARROW_W - 2
    else:
        arrow_x = right - ARROW_W
    if arrow and room < ARROW_W + 2:
        arrow = ""  # a long value on a narrow card keeps its text whole
    return MetricFace(text, left, baseline, arrow, arrow_x, colour, delta, spark)


def missing_metric_face(x: float, y: float, w: float, h: float, padding: float, strip_h: float,
                        has_emotion: bool) -> MetricFace:
    """A KPI without a value yet: a dash where the value goes, so the empty strip reads as
    "no figure" rather than as a drawing fault."""
    return MetricFace(MISSING, x + padding, y + h - (strip_h - FONT_SIZE) / 2 - 2, "", x + w,
                      palette.MUTED_INK, None, ())


def _direction_colour(delta: float, previous: float, target: float | None) -> str:
    """Green towards the target, vermillion away from it; grey without a target or a change."""
    if target is None or delta == 0 or previous == target:
        return palette.MUTED_INK
    towards = (delta > 0) == (target > previous)
    return palette.EMOTION_POSITIVE if towards else palette.EMOTION_NEGATIVE


direction_colour = _direction_colour  # comparing colours a KPI's change the same way


def _sparkline(history, x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    values = [p.value for p in history]
    low, high = min(values), max(values)
    span = high - low or 1.0
    step = w / (len(values) - 1)
    # Flat histories sit in the middle rather than on the floor.
    return tuple((x + i * step, y + h - ((v - low) / span if high > low else 0.5) * h)
                 for i, v in enumerate(values))
