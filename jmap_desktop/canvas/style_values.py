"""The few LayoutStyle sizes the canvas needs beyond the boxes themselves, read in one place.

The canvas draws from the layout's boxes; it only needs style sizes to place things the layout
does not compute (a card not created yet, header text). Reading them here, with a sensible
default for each, keeps the canvas working if the layout renames or drops a field.
"""

from __future__ import annotations

DEFAULTS: dict[str, float] = {
    "card_width": 170.0,
    "card_min_height": 56.0,
    "card_padding": 8.0,
    "cell_padding": 10.0,
    "card_font_size": 10.0,
    "stage_font_size": 13.0,
    "lane_font_size": 11.0,
    "card_text_top": 0.0,  # extra space above a card's first line (an icon row), if any
}


def style_value(style, name: str) -> float:
    """``style.name`` when the layout defines it, else the canvas default."""
    value = getattr(style, name, None)
    return float(value) if isinstance(value, int | float) else DEFAULTS[name]
