"""Rendering the canvas offscreen, as `jmap-desktop screenshot` does."""

from PySide6.QtGui import QColor

from jmap_desktop.cli.screenshot_cmd import render_png
from jmap_desktop.layout import palette

from .conftest import small_map


def test_render_png_draws_the_map_at_the_requested_size(qapp):
    store = small_map()
    image = render_png(store.doc, 900, 600, 1.0)
    assert (image.width(), image.height()) == (900, 600)
    # Somewhere in the picture is the paper colour of a pain-point card and of a stage header.
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 3) for y in range(0, 600, 3)}
    assert palette.card_style("pain_point").fill in colours
    assert QColor(palette.HEADER_FILL).name() in colours


def test_fit_shows_the_whole_map(qapp):
    store = small_map()
    image = render_png(store.doc, 400, 300, "fit")
    # The canvas background frames the map on every side when it is fitted.
    background = QColor(palette.CANVAS_BACKGROUND).name()
    assert image.pixelColor(1, 150).name() == background
    assert image.pixelColor(200, 298).name() == background
