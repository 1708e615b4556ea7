"""The older version's emotion curve placed on the newer map's layout, so the reader sees how
the journey felt then over how it feels now. One computation (no Qt) for the canvas overlay and
the comparison PDF, which both draw it dashed in ``compare.BEFORE_CURVE``."""

from __future__ import annotations

from ..layout.map_layout import curve_runs
from ..model import JourneyMap
from .compare import Comparison


def before_means(comparison: Comparison) -> dict[str, float | None]:
    """The older map's mean emotion per stage id (its stages renamed to the newer map's)."""
    from ..analysis.emotion import emotion_by_stage  # loads when comparing, not at start

    try:
        before = JourneyMap.model_validate(comparison.before)
    except ValueError:  # a version too broken to score: no curve rather than an error
        return {}
    return {s.stage_id: s.mean for s in emotion_by_stage(before)}


def before_curve(means: dict[str, float | None], layout) -> tuple[list[tuple[float, float]], list[int]]:
    """Points of the older curve over the newer map's stage columns, and the column of each."""
    emotion = layout.emotion
    points: list[tuple[float, float]] = []
    stages: list[int] = []
    if emotion is None:
        return points, stages
    for i, (stage_id, cx, cw) in enumerate(layout.columns):
        if means.get(stage_id) is not None:
            points.append((cx + cw / 2, emotion.y_for(means[stage_id])))
            stages.append(i)
    return points, stages


def before_runs(comparison: Comparison, layout) -> list[list[tuple[float, float]]]:
    """The older curve as runs of neighbouring scored stages (a gap over unscored ones)."""
    return curve_runs(*before_curve(before_means(comparison), layout))
