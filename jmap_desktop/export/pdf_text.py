"""Text on PDF pages in every script: bundled TrueType fonts, glyph-by-glyph fallback, Arabic
shaping and right-to-left order.

ReportLab draws one font per string and shapes nothing, so a string is first put in visual
order (Arabic letters reshaped into their joined presentation forms, then the bidi algorithm
reorders right-to-left runs), then cut into runs by the font that has each glyph — the same
fallback the layout measures with (`layout.metrics.font_for_char`). A character no bundled
font has prints as the primary font's missing-glyph box: visible, never silently dropped.
"""

from __future__ import annotations

import functools
import unicodedata

# ReportLab's C speed-ups (rl-accel): ReportLab loads them inside exec(), where the app bundler
# cannot see them, and silently runs about half as fast without them. Named here so both know.
import _rl_accel  # noqa: F401
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..layout.metrics import font_for_char
from ..resources import font_path

RTL_CLASSES = {"R", "AL", "AN"}


@functools.cache
def rl_font(file_name: str) -> str:
    """Register a bundled font with ReportLab on first use; returns its ReportLab name."""
    name = "JM-" + file_name.rsplit(".", 1)[0]
    pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    return name


@functools.lru_cache(maxsize=32768)
def _needs_bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


@functools.lru_cache(maxsize=32768)
def visual_order(text: str) -> str:
    """``text`` as it must be drawn left to right (shaped Arabic, reordered RTL runs)."""
    if not _needs_bidi(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


@functools.lru_cache(maxsize=32768)
def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """(ReportLab font name, substring) runs of ``text`` in visual order."""
    out: list[tuple[str, str]] = []
    for ch in visual_order(text):
        name = rl_font(font_for_char(ch, bold))
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def placed_runs(text: str, size: float, bold: bool = False) -> tuple[float, tuple[tuple[str, str, float], ...]]:
    """The width of ``text`` and its runs as (ReportLab font, substring, x offset): measured once
    per string and size, however many cards repeat it."""
    out = []
    x = 0.0
    for font, s in runs(text, bold):
        out.append((font, s, x))
        x += pdfmetrics.stringWidth(s, font, size)
    return x, tuple(out)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return placed_runs(text, size, bold)[0]


def aligned(x: float, width: float, align: str) -> float:
    """Where a line of ``width`` starts to sit left of, centred on or right of ``x``."""
    return x - width / 2 if align == "center" else x - width if align == "right" else x


def draw_text(c, x: float, y: float, text: str, size: float, bold: bool = False,
              align: str = "left") -> float:
    """Draw ``text`` with its baseline at (x, y); returns the width drawn."""
    if not text:
        return 0.0
    width, parts = placed_runs(text, size, bold)
    x = aligned(x, width, align)
    for font, s, dx in parts:
        c.setFont(font, size)
        c.drawString(x + dx, y, s)
    return width
