"""The whole map as a PNG (File › Export › PNG, ``export -o x.png``, the slides' picture): painted
piece by piece and written strip by strip, so memory holds one strip whatever the picture's size."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from jmap_desktop.canvas import map_png
from jmap_desktop.canvas.map_png import Cancelled, PictureTooLarge, save_map_png
from jmap_desktop.canvas.scheme import LIGHT
from jmap_desktop.io import save_map
from jmap_desktop.layout import compute_layout
from jmap_desktop.model import Connection

from .conftest import small_map
from .test_connection_layer import web_map

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("dpi", [150, 500])
def test_the_picture_holds_the_whole_map_with_its_margin(qapp, tmp_path, dpi):
    """At 150 dpi the canvas once cut off the map's right and bottom edge (the view scrolled to
    the scene's corner, 60 units before the map); past 288 dpi the map filled only part of the
    picture (the editor's zoom stops at 400 %)."""
    doc = small_map().doc
    zoom = dpi / 72
    width, height = save_map_png(doc, zoom, tmp_path / "map.png")
    layout = compute_layout(doc)
    assert (width, height) == (int(layout.width * zoom) + 40, int(layout.height * zoom) + 40)
    image = QImage(str(tmp_path / "map.png"))
    assert (image.width(), image.height()) == (width, height)
    background = QColor(LIGHT.background).rgb() & 0xFFFFFF

    def ink(x, y) -> bool:
        return image.pixel(x, y) & 0xFFFFFF != background

    # The margin is empty; the map's own edges (lines of its grid) reach it on every side.
    assert not any(ink(x, y) for x in range(width) for y in (0, 10, height - 10, height - 1))
    assert not any(ink(x, y) for y in range(height) for x in (0, 10, width - 10, width - 1))
    assert any(ink(x, height - 22) for x in range(width)) and any(ink(width - 22, y) for y in range(height))
    assert any(ink(x, 21) for x in range(width)) and any(ink(21, y) for y in range(height))


def test_pieces_and_strips_join_without_a_seam(qapp, tmp_path, monkeypatch):
    from PIL import Image, ImageChops

    store = web_map()
    save_map_png(store.doc, 1.5, tmp_path / "whole.png")
    monkeypatch.setattr(map_png, "PIECE_WIDTH", 173)  # pieces of 173 x 57 pixels, many of them
    monkeypatch.setattr(map_png, "PIECE_PIXELS", 173 * 57)
    fractions = []
    save_map_png(store.doc, 1.5, tmp_path / "pieces.png", progress=fractions.append)
    whole, pieces = Image.open(tmp_path / "whole.png"), Image.open(tmp_path / "pieces.png")
    assert whole.size == pieces.size
    assert len(fractions) == -(-whole.height // 57) and fractions[-1] == 1.0
    # The same picture: a seam (a row or column lost or doubled) would shift everything after it.
    # Qt steps the dashes of a dashed card border a hair differently when clipped to a piece.
    differ = ImageChops.difference(whole, pieces).convert("L").point(lambda v: 255 if v > 40 else 0)
    assert differ.histogram()[255] < 0.002 * whole.width * whole.height


def test_a_refused_or_cancelled_export_leaves_the_old_file(qapp, tmp_path, monkeypatch):
    target = tmp_path / "map.png"
    target.write_bytes(b"the picture of yesterday")
    monkeypatch.setattr(map_png, "MAX_PIXELS", 1000)
    with pytest.raises(PictureTooLarge):
        save_map_png(small_map().doc, 1.0, target)
    monkeypatch.undo()
    with pytest.raises(Cancelled):
        save_map_png(small_map().doc, 1.0, target, progress=lambda fraction: False)
    assert target.read_bytes() == b"the picture of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]  # no part-written file left


PROBE = textwrap.dedent("""
    import json, resource, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from jmap_desktop.canvas.map_png import save_map_png
    from jmap_desktop.io import load_map
    doc = load_map(sys.argv[1])
    save_map_png(doc, 0.5, sys.argv[2])  # Qt, fonts and the code loaded, a scene built once
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    width, height = save_map_png(doc, float(sys.argv[3]), sys.argv[2])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"grew_mb": (peak - before) / 1024, "width": width, "height": height}))
""")


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux only")
def test_a_large_picture_takes_memory_for_a_strip_not_for_the_picture(tmp_path):
    """A 60-megapixel PNG (230 MB as one image, more with the widget painting it) of a map with
    tiled arrows: the process's peak memory grows by less than the picture itself."""
    store = web_map()
    ids = [c.id for c in store.doc.cards]
    store.doc.connections += [Connection(id=f"x{i}", source_id=ids[i % 12], target_id=ids[(i * 7 + 1) % 12])
                              for i in range(2_100) if i % 12 != (i * 7 + 1) % 12]  # the tiled layer
    path = tmp_path / "web.jmap"
    save_map(store.doc, path)
    layout = compute_layout(store.doc)
    zoom = (60e6 / (layout.width * layout.height)) ** 0.5
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), str(tmp_path / "big.png"), str(zoom)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    picture_mb = probe["width"] * probe["height"] * 4 / 2**20
    assert picture_mb > 220
    # One strip of 12,210 x 976 pixels, in two formats, and a piece: about 110 MB; the picture
    # painted whole took 870 MB more.
    assert probe["grew_mb"] < 0.75 * picture_mb, probe
