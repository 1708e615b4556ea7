"""Level of detail: card text is drawn as text down to about 6 device pixels of glyph height."""

from PySide6.QtCore import QRect

from jmap_desktop.canvas.detail import MIN_GLYPH_PX, glyph_px, text_is_legible
from jmap_desktop.canvas.render import offscreen_view, render_view
from jmap_desktop.io.templates import new_from_template
from jmap_desktop.model import DocumentStore


def test_legibility_is_judged_in_device_pixels():
    assert glyph_px(10.5, 1.0) > 14  # ascender to descender of Noto Sans at 10.5
    assert text_is_legible(10.5, 0.5) and not text_is_legible(10.5, 0.35)
    assert text_is_legible(10.5, 0.35, device_pixel_ratio=2.0)  # a 2x screen has the pixels
    assert abs(glyph_px(10.5, MIN_GLYPH_PX / glyph_px(10.5, 1.0)) - MIN_GLYPH_PX) < 1e-9


def _inked_pixels(image, card: QRect) -> int:
    """Pixels inside the card's border darker than a grey stand-in bar (lightness ~190)."""
    area = card.adjusted(4, 6, -4, -4).intersected(image.rect())
    return sum(1 for y in range(area.top(), area.bottom() + 1)
               for x in range(area.left(), area.right() + 1)
               if image.pixelColor(x, y).lightness() < 160)


def test_cards_show_real_text_at_half_zoom_where_they_once_showed_grey_bars(qapp):
    store = DocumentStore(new_from_template("b2c-online-purchase"))
    view = offscreen_view(store, 900, 700)
    view.set_zoom(0.5)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    image = render_view(view)
    card = next(c for c in store.doc.cards if c.text.startswith("Notices her shoes"))
    r = view.scene().layout.cards[card.id].rect
    area = QRect(view.mapFromScene(r.x, r.y), view.mapFromScene(r.x + r.w, r.y + r.h))
    assert _inked_pixels(image, area) > 100
    view.close()
