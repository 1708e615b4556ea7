"""The few LayoutStyle sizes the canvas needs beyond the boxes themselves, read in one place.

The canvas draws from the layout's boxes; it only needs style sizes to place things the layout
does not compute (a card not created yet, header text). Reading them here, with a sensible
default for each, keeps the canvas working if the layout renames or drops a field.
"""

from __future__ import annotations

from ..layout import LayoutStyle

_STYLE = LayoutStyle()
# The defaults are the layout's own sizes, so canvas and layout can never disagree.
DEFAULTS: dict[str, float] = {name: float(getattr(_STYLE, name)) for name in (
    "card_width", "card_min_height", "card_padding", "cell_padding", "card_font_size",
    "stage_font_size", "lane_font_size", "card_text_top")}


def style_value(style, name: str) -> float:
    """``style.name`` when the layout defines it, else the canvas default."""
    value = getattr(style, name, None)
    return float(value) if isinstance(value, int | float) else DEFAULTS[name]
