"""The font table the editor's start measures with says what the bundled fonts say.

``layout.font_table`` is generated (``make font-table``); these tests fail when it no longer
matches the fonts: against the generator, against fontTools reading the files independently of
HarfBuzz, and by laying out text with and without it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from jmap_desktop.layout import font_table, metrics
from jmap_desktop.resources import font_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_table_is_what_the_generator_writes_from_the_fonts() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_font_table.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", sorted(font_table.VERTICAL))
def test_vertical_metrics_match_fonttools(name: str) -> None:
    font = TTFont(str(font_path(name)), lazy=True)
    hhea = font["hhea"]
    assert font_table.VERTICAL[name] == (font["head"].unitsPerEm, hhea.ascent, hhea.descent, hhea.lineGap)


def test_every_advance_matches_fonttools_cmap_and_hmtx() -> None:
    tables = {name: TTFont(str(font_path(name)), lazy=True) for name in font_table.FONTS}
    cmaps = {name: font.getBestCmap() for name, font in tables.items()}
    checked = 0
    for bold, entries in enumerate(font_table.CHARS):
        primary = metrics.PRIMARY_BOLD if bold else metrics.PRIMARY
        for cp, (index, advance) in entries.items():
            name = font_table.FONTS[index]
            glyph = cmaps[name].get(cp)
            if glyph is None:  # no bundled font has it: the primary font's missing-glyph box
                assert name == primary
                glyph = tables[name].getGlyphOrder()[0]
            assert tables[name]["hmtx"][glyph][0] == advance, (hex(cp), name)
            checked += 1
    assert checked > 3000


def test_widths_are_bit_identical_with_and_without_the_table(monkeypatch) -> None:
    text = "Checkout — 12 % Rückläufer, “Ελληνικά” и кириллица → 3 € ≤ 5 − 2 ✓ 漢字 مرحبا"
    with_table = metrics.FontMetrics()
    widths = [with_table.width(text, 10.5, bold) for bold in (False, True)]
    monkeypatch.setattr(font_table, "CHARS", ({}, {}))
    monkeypatch.setattr(font_table, "VERTICAL", {})
    metrics.font_for_char.cache_clear()
    try:
        from_fonts = metrics.FontMetrics()
        assert [from_fonts.width(text, 10.5, bold) for bold in (False, True)] == widths
        assert from_fonts.line_height(10.5) == with_table.line_height(10.5)
    finally:
        metrics.font_for_char.cache_clear()
