"""`export … .png` and `screenshot` draw the map, not the editor: no lane collapse toggles, and
the whole map with its margin (the PNG once lost its right and bottom edges)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from jmap_desktop.cli.main import main
from jmap_desktop.io import load_map
from jmap_desktop.layout import compute_layout


@pytest.fixture
def shoes(tmp_path):
    path = tmp_path / "shoes.jmap"
    assert main(["new", "-t", "b2c-online-purchase", "-o", str(path)]) == 0
    return path


def _ink(image: QImage, x0: float, y0: float, w: float, h: float) -> int:
    """Pixels dark enough to be text or a glyph in the rectangle (image pixels)."""
    return sum(1 for y in range(int(y0), int(y0 + h)) for x in range(int(x0), int(x0 + w))
               if image.pixelColor(x, y).lightness() < 170)


def _lane_headers_without_toggles(image: QImage, path, offset: float, bottom: float) -> None:
    """Each lane header (in view) shows its name but no collapse toggle at its top right
    (``canvas.painters.collapse_toggle_rect``). ``offset``: pixel of the map's corner."""
    layout = compute_layout(load_map(path))
    for lane in layout.lanes:
        h = lane.header
        if offset + h.y + 30 > bottom:
            break
        assert _ink(image, offset + h.x + 24, offset + h.y + 8, 80, 20) > 20, "the lane's name is not where expected"
        assert _ink(image, offset + h.right - 22, offset + h.y + 4, 20, 20) == 0, "a collapse toggle is drawn"


def test_png_export_shows_the_whole_map_without_collapse_toggles(shoes, tmp_path):
    out = tmp_path / "shoes.png"
    assert main(["export", str(shoes), "-o", str(out), "--dpi", "72"]) == 0  # 72 dpi: 1 px a unit
    image = QImage(str(out))
    layout = compute_layout(load_map(shoes))
    assert (image.width(), image.height()) == (int(layout.width) + 40, int(layout.height) + 40)
    background = image.pixelColor(2, 2)
    for x, y in ((image.width() - 3, image.height() // 2), (image.width() // 2, image.height() - 3)):
        assert image.pixelColor(x, y) == background, "the map runs into the right or bottom edge"
    _lane_headers_without_toggles(image, shoes, 20, image.height())


def test_screenshot_shows_no_collapse_toggles(shoes, tmp_path):
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(shoes), "-o", str(out), "--zoom", "1", "--width", "900", "--height", "700"]) == 0
    image = QImage(str(out))
    _lane_headers_without_toggles(image, shoes, 60, image.height())  # at 100 %, the scene's corner
