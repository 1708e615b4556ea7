"""Level of detail: what is worth drawing, judged by its size on the screen in device pixels.

A card's text is drawn as text while its glyphs (ascender to descender) are at least
``MIN_GLYPH_PX`` device pixels tall; below that it is a grey bar per line. Device pixels, not
scene units or logical pixels: on a 2x screen the same zoom has twice the pixels, so text stays
text at half the zoom.
"""

from __future__ import annotations

from functools import cache

from ..layout.metrics import font_metrics

MIN_GLYPH_PX = 6.0  # about the smallest glyph box whose words can still be made out


@cache
def _glyph_em() -> float:
    """Glyph box height (ascender + descender) per unit of font size."""
    fm = font_metrics()
    return fm.ascent(1.0) + fm.descent(1.0)


def glyph_px(font_size: float, scale: float, device_pixel_ratio: float = 1.0) -> float:
    """How tall text of ``font_size`` (scene units) is on screen, in device pixels."""
    return font_size * _glyph_em() * scale * max(device_pixel_ratio, 1.0)


def text_is_legible(font_size: float, scale: float, device_pixel_ratio: float = 1.0) -> bool:
    """Draw real text (True) or a stand-in bar (False) at this zoom on this screen."""
    return glyph_px(font_size, scale, device_pixel_ratio) >= MIN_GLYPH_PX
