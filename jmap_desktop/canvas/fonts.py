"""The bundled fonts on the Qt side, and drawing text at the layout's exact sizes.

The layout measures text with the same TrueType files (through fontTools), so the canvas must
draw with those files too — never a system font — for the screen to match the poster. Qt's
integer pixel sizes are too coarse for that, so text is drawn with a large reference font and a
scaled painter: glyph advances then scale linearly, as they do in the layout.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter

from ..layout.metrics import GLYPH_FAMILIES, TEXT_FAMILIES
from ..resources import fonts_dir

REFERENCE_PX = 100  # text is shaped at this pixel size and scaled down to the layout's size

# The fallback order is the layout's (``layout.metrics``), so Qt picks the font the layout measured.
FAMILIES = list(TEXT_FAMILIES)
SYMBOL_FAMILIES = list(GLYPH_FAMILIES)


@cache
def load_bundled_fonts() -> tuple[str, ...]:
    """Register every bundled .ttf with Qt once; returns the families Qt now knows."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


@cache
def _font(bold: bool, symbols: bool, pixel_size: int) -> QFont:
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(SYMBOL_FAMILIES if symbols else FAMILIES)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    # No hinting and no kerning tweaks: advances must scale like the layout's unhinted metrics.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def ui_font(size_px: float, bold: bool = False) -> QFont:
    """A bundled font at a rounded pixel size, for editors where exactness matters less."""
    return _font(bold, False, max(1, round(size_px)))


def draw_text(
    painter: QPainter,
    x: float,
    baseline: float,
    text: str,
    size: float,
    colour: QColor | str | None = None,
    bold: bool = False,
    symbols: bool = False,
) -> None:
    """Draw one line of ``text`` with its baseline at (x, baseline), ``size`` in scene units."""
    if not text:
        return
    painter.save()
    painter.translate(x, baseline)
    scale = size / REFERENCE_PX
    painter.scale(scale, scale)
    painter.setFont(_font(bold, symbols, REFERENCE_PX))
    if colour is not None:
        painter.setPen(QColor(colour))
    painter.drawText(QPointF(0, 0), text)
    painter.restore()


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width Qt gives ``text`` (shaped: joined Arabic is narrower than its letters)."""
    if not text:
        return 0.0
    metrics = QFontMetricsF(_font(bold, False, REFERENCE_PX))
    return metrics.horizontalAdvance(text) * size / REFERENCE_PX


def draw_glyph(painter: QPainter, rect: QRectF, glyph: str, colour: QColor | str) -> None:
    """Draw an icon glyph centred in ``rect`` (sized to its height), from the symbol fonts."""
    painter.save()
    size = rect.height()
    scale = size / REFERENCE_PX
    painter.translate(rect.center())
    painter.scale(scale, scale)
    painter.setFont(_font(False, True, REFERENCE_PX))
    painter.setPen(QColor(colour))
    box = QRectF(-REFERENCE_PX, -REFERENCE_PX * 0.75, 2 * REFERENCE_PX, 1.5 * REFERENCE_PX)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), glyph)
    painter.restore()
