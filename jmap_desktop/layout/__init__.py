"""The shared layout (no Qt, no ReportLab): geometry for both the canvas and the poster."""

from .geometry import Rect
from .map_layout import (
    BlueprintLine,
    CardBox,
    ConnectionRoute,
    EmotionLayout,
    EmotionPoint,
    LaneBox,
    MapLayout,
    StageBox,
    compute_layout,
    smooth_curve,
)
from .metrics import FontMetrics, font_for_char, font_metrics
from .style import LayoutStyle
from .text import elide, is_rtl, wrap_text

__all__ = [
    "Rect", "BlueprintLine", "CardBox", "ConnectionRoute", "EmotionLayout", "EmotionPoint",
    "LaneBox", "MapLayout", "StageBox", "compute_layout", "smooth_curve", "FontMetrics", "font_for_char",
    "font_metrics", "LayoutStyle", "elide", "is_rtl", "wrap_text",
]
