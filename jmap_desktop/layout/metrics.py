"""Text metrics from the bundled TrueType files, read with HarfBuzz and fontTools (no Qt, no
ReportLab).

The canvas (QFontDatabase) and the poster (ReportLab) draw with these same files, so widths
measured here are the widths on screen and on paper. Each character falls back to the first
font in ``FALLBACK`` that has a glyph for it; fonts load lazily, so a Latin-only map never
reads the 4 MB CJK font. Kerning is ignored: the layout leaves a little slack per line for it.
Character coverage and advances come from HarfBuzz, which reads them straight from the cmap and
hmtx tables; fontTools would first name all 40,000 glyphs of the CJK fonts, half a second at
start whenever a character (a tick, an emoji) falls through to the last fallback.

The editor's start measures its first map without reading any font: ``font_table`` (generated
from these files by ``make font-table``, checked against them by a test) holds the vertical
metrics and, for the Latin, Greek, Cyrillic and punctuation ranges, which font draws each
character and its advance. Importing HarfBuzz and fontTools and opening the faces took about
30 ms of each start; they now load only for a character outside the table.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import font_path
from . import font_table

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
# The family name each file registers (Qt's QFontDatabase, SVG and CSS font-family lists).
FAMILIES = {
    PRIMARY: "Noto Sans", PRIMARY_BOLD: "Noto Sans",
    "NotoSansArabic-Regular.ttf": "Noto Sans Arabic", "NotoSansArabic-Bold.ttf": "Noto Sans Arabic",
    "NotoSansHebrew-Regular.ttf": "Noto Sans Hebrew", "NotoSansHebrew-Bold.ttf": "Noto Sans Hebrew",
    "NotoSansSymbols-Regular.ttf": "Noto Sans Symbols",
    "NotoSansSymbols2-Regular.ttf": "Noto Sans Symbols2",
    "DroidSansFallbackFull.ttf": "Droid Sans Fallback",
    "NanumGothic.ttf": "NanumGothic",
    "Symbola.ttf": "Symbola",
}
# Icon glyphs (kind, lane, channel, evidence marks) look up the symbol fonts first, so an icon
# such as "•" is the same drawing on screen, on paper and in the SVG.
GLYPH_FALLBACK = ("NotoSansSymbols2-Regular.ttf", "NotoSansSymbols-Regular.ttf", PRIMARY,
                  "DroidSansFallbackFull.ttf")
TEXT_FAMILIES = tuple(dict.fromkeys(FAMILIES[f] for f in (PRIMARY, *FALLBACK)))
GLYPH_FAMILIES = tuple(FAMILIES[f] for f in GLYPH_FALLBACK)
ZERO_WIDTH = {"\n", "\r", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}


@dataclass
class _Face:
    font: object  # a uharfbuzz Font at its default scale, so advances are in font units
    units_per_em: int
    ascender: int
    descender: int
    line_gap: int

    def has(self, code: int) -> bool:
        return self.font.get_nominal_glyph(code) is not None

    def advance(self, code: int) -> int:
        """Advance of the glyph for ``code`` (of .notdef, glyph 0, when there is none)."""
        return self.font.get_glyph_h_advance(self.font.get_nominal_glyph(code) or 0)


@functools.cache
def _face(file_name: str) -> _Face:
    import uharfbuzz as hb  # here, not at the top: the table answers the start without them
    from fontTools.ttLib import TTFont

    path = str(font_path(file_name))
    tables = TTFont(path, lazy=True)  # hhea and head only: no glyph names needed for these
    hhea = tables["hhea"]
    face = _Face(
        font=hb.Font(hb.Face(hb.Blob.from_file_path(path))),
        units_per_em=tables["head"].unitsPerEm,
        ascender=hhea.ascent,
        descender=hhea.descent,
        line_gap=hhea.lineGap,
    )
    tables.close()
    return face


@functools.cache
def font_for_char(ch: str, bold: bool = False) -> str:
    """The bundled font file that draws ``ch`` (the primary font when none has it)."""
    known = font_table.CHARS[bold].get(ord(ch))
    return font_table.FONTS[known[0]] if known is not None else measured_font_for_char(ch, bold)


def measured_font_for_char(ch: str, bold: bool = False) -> str:
    """``font_for_char`` read from the fonts themselves (what ``font_table`` records)."""
    primary = PRIMARY_BOLD if bold else PRIMARY
    code = ord(ch)
    if _face(primary).has(code):
        return primary
    for name in FALLBACK:
        if _face(name).has(code):
            return BOLD_FALLBACK.get(name, name) if bold else name
    return primary


@functools.cache
def glyph_font(ch: str) -> str:
    """The bundled font file that draws the icon glyph ``ch``."""
    code = ord(ch)
    return next((name for name in GLYPH_FALLBACK if _face(name).has(code)), font_for_char(ch))


@functools.cache
def glyph_baseline_ratio() -> float:
    """Where a glyph centred in a slot of height 1 has its baseline, below the slot's middle:
    half the first symbol font's ascent less its descent (how Qt centres a line of text)."""
    units_per_em, ascender, descender, _gap = vertical(GLYPH_FALLBACK[0])
    return (ascender + descender) / 2 / units_per_em


def vertical(file_name: str) -> tuple[int, int, int, int]:
    """Units per em, ascender, descender and line gap (hhea) of a bundled font."""
    known = font_table.VERTICAL.get(file_name)
    if known is not None:
        return known
    face = _face(file_name)
    return face.units_per_em, face.ascender, face.descender, face.line_gap


def measured_advance(ch: str, bold: bool) -> int:
    """The advance of ``ch`` in font units of the font that draws it, read from that font."""
    return _face(measured_font_for_char(ch, bold)).advance(ord(ch))


WORD_CACHE_LENGTH = 24  # longer strings (whole lines) are measured character by character
WORD_CACHE_SIZE = 50_000


class FontMetrics:
    """Advance widths and vertical metrics in points for a given font size."""

    def __init__(self) -> None:
        self._em: dict[tuple[str, bool], float] = {}  # char -> advance in ems
        # Word -> advance in ems. Wrapping measures every word of every card; the same words
        # recur, so 20,000 cards lay out 4x faster the first time. Bounded (cleared when full),
        # and each entry is the very sum the loop below makes, so widths stay bit-identical.
        self._words: dict[tuple[str, bool], float] = {}

    def clear_word_cache(self) -> None:
        """Forget the measured words (they are measured again as text is laid out). Memory
        tests empty it before measuring, as they empty the other bounded text caches: a dict
        that grows its table mid-measurement looks like a leak of tens of kilobytes."""
        self._words.clear()

    def _char_em(self, ch: str, bold: bool) -> float:
        key = (ch, bold)
        em = self._em.get(key)
        if em is None:
            known = font_table.CHARS[bold].get(ord(ch))
            if ch in ZERO_WIDTH:
                em = 0.0
            elif known is not None:
                em = known[1] / font_table.VERTICAL[font_table.FONTS[known[0]]][0]
            else:
                face = _face(font_for_char(ch, bold))
                em = face.advance(ord(ch)) / face.units_per_em
            self._em[key] = em
        return em

    def width(self, text: str, size: float, bold: bool = False) -> float:
        if len(text) <= WORD_CACHE_LENGTH:
            key = (text, bold)
            total = self._words.get(key)
            if total is None:
                if len(self._words) >= WORD_CACHE_SIZE:
                    self._words.clear()
                total = self._words[key] = self._ems(text, bold)
            return total * size
        return self._ems(text, bold) * size

    def _ems(self, text: str, bold: bool) -> float:
        em = self._em
        total = 0.0
        for ch in text:
            value = em.get((ch, bold))
            total += value if value is not None else self._char_em(ch, bold)
        return total

    def ascent(self, size: float) -> float:
        units_per_em, ascender, _descender, _gap = vertical(PRIMARY)
        return ascender / units_per_em * size

    def descent(self, size: float) -> float:
        units_per_em, _ascender, descender, _gap = vertical(PRIMARY)
        return -descender / units_per_em * size

    def line_height(self, size: float) -> float:
        units_per_em, ascender, descender, line_gap = vertical(PRIMARY)
        return (ascender - descender + line_gap) / units_per_em * size


@functools.cache
def font_metrics() -> FontMetrics:
    """The shared instance (its width cache is shared by every layout)."""
    return FontMetrics()
