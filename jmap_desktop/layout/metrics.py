"""Text metrics from the bundled TrueType files, read with fontTools (no Qt, no ReportLab).

The canvas (QFontDatabase) and the poster (ReportLab) draw with these same files, so widths
measured here are the widths on screen and on paper. Each character falls back to the first
font in ``FALLBACK`` that has a glyph for it; fonts load lazily, so a Latin-only map never
reads the 4 MB CJK font. Kerning is ignored: the layout leaves a little slack per line for it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from fontTools.ttLib import TTFont

from ..resources import font_path

PRIMARY = "NotoSans-Regular.ttf"
PRIMARY_BOLD = "NotoSans-Bold.ttf"
# Order matters: the first font with the glyph wins.
FALLBACK = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "DroidSansFallbackFull.ttf",  # Chinese, Japanese
    "NanumGothic.ttf",  # Korean Hangul, which DroidSansFallbackFull lacks
    "Symbola.ttf",  # emoji as monochrome glyphs, the last resort before a missing-glyph box
)
BOLD_FALLBACK = {
    "NotoSansArabic-Regular.ttf": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf": "NotoSansHebrew-Bold.ttf",
}
ZERO_WIDTH = {"\n", "\r", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}


@dataclass
class _Face:
    cmap: dict[int, str]
    advances: dict[str, int]
    units_per_em: int
    ascender: int
    descender: int
    line_gap: int


@functools.cache
def _face(file_name: str) -> _Face:
    font = TTFont(font_path(file_name), lazy=True)
    hhea = font["hhea"]
    face = _Face(
        cmap=font.getBestCmap() or {},
        advances={name: adv for name, (adv, _lsb) in font["hmtx"].metrics.items()},
        units_per_em=font["head"].unitsPerEm,
        ascender=hhea.ascent,
        descender=hhea.descent,
        line_gap=hhea.lineGap,
    )
    font.close()
    return face


@functools.cache
def font_for_char(ch: str, bold: bool = False) -> str:
    """The bundled font file that draws ``ch`` (the primary font when none has it)."""
    primary = PRIMARY_BOLD if bold else PRIMARY
    code = ord(ch)
    if code in _face(primary).cmap:
        return primary
    for name in FALLBACK:
        if code in _face(name).cmap:
            return BOLD_FALLBACK.get(name, name) if bold else name
    return primary


class FontMetrics:
    """Advance widths and vertical metrics in points for a given font size."""

    def __init__(self) -> None:
        self._em: dict[tuple[str, bool], float] = {}  # char -> advance in ems

    def _char_em(self, ch: str, bold: bool) -> float:
        key = (ch, bold)
        em = self._em.get(key)
        if em is None:
            if ch in ZERO_WIDTH:
                em = 0.0
            else:
                face = _face(font_for_char(ch, bold))
                glyph = face.cmap.get(ord(ch), ".notdef")
                em = face.advances.get(glyph, face.advances.get(".notdef", 0)) / face.units_per_em
            self._em[key] = em
        return em

    def width(self, text: str, size: float, bold: bool = False) -> float:
        em = self._em
        total = 0.0
        for ch in text:
            value = em.get((ch, bold))
            total += value if value is not None else self._char_em(ch, bold)
        return total * size

    def ascent(self, size: float) -> float:
        face = _face(PRIMARY)
        return face.ascender / face.units_per_em * size

    def descent(self, size: float) -> float:
        face = _face(PRIMARY)
        return -face.descender / face.units_per_em * size

    def line_height(self, size: float) -> float:
        face = _face(PRIMARY)
        return (face.ascender - face.descender + face.line_gap) / face.units_per_em * size


@functools.cache
def font_metrics() -> FontMetrics:
    """The shared instance (its width cache is shared by every layout)."""
    return FontMetrics()
