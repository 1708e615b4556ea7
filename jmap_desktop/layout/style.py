"""Sizes of everything on the map, in points. One instance is shared by canvas and poster."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutStyle:
    # grid
    stage_header_h: float = 60.0
    lane_header_w: float = 168.0
    cell_padding: float = 12.0
    collapsed_h: float = 30.0
    stage_font_size: float = 13.0
    lane_font_size: float = 11.0
    # cards
    card_width: float = 168.0  # preferred; cards stretch to fill their column evenly
    card_min_width: float = 120.0
    card_min_height: float = 64.0
    card_padding: float = 8.0
    card_text_top: float = 20.0  # the icon row: kind glyph and label, evidence, emotion badge
    card_gap: float = 10.0
    card_font_size: float = 10.5
    card_max_lines: int = 7
    metric_line_h: float = 18.0  # the metric value line on KPI cards
    photo_strip_h: float = 38.0  # a card with photos shows the first one's thumbnail at the bottom
    # emotion lane
    emotion_lane_h: float = 260.0
    emotion_padding: float = 32.0
    emotion_chip_w: float = 140.0
    emotion_chip_h: float = 46.0  # icon row + one line of text
    emotion_font_size: float = 9.0
