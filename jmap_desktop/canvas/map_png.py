"""The whole map as a PNG file, painted piece by piece and written row by row.

A 200,000-connection map at 150 dpi is a 3,640 x 31,352 pixel image: held whole (plus a widget
of that size to paint it) it took 1.8 GB and minutes. Here one small offscreen view scrolls over
the map and paints one piece at a time (the canvas's own painting: level of detail, the tiled
connection layer drawing only the tiles in view); each finished strip of rows goes straight to
pypng's streaming writer, so memory holds one strip, whatever the size of the picture. Headers
are not pinned while doing so (a pinned row would show at the top of every strip).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ..model import DocumentStore
from .render import offscreen_view, without_lanes
from .view import MapView

MARGIN = 20  # pixels of background around the map
PIECE_WIDTH = 4096  # the offscreen view's largest size, in pixels
PIECE_PIXELS = 4_000_000  # one piece (and so one strip of rows) at most this many pixels wide x tall
MAX_PIXELS = 400_000_000  # a bigger picture is refused: lower the dpi


class PictureTooLarge(ValueError):
    """The picture would pass ``MAX_PIXELS``; nothing was written."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__(f"a {width}x{height} PNG is too large; lower the dpi")
        self.width, self.height = width, height


class Cancelled(Exception):
    """``progress`` returned False: the export stopped, nothing was written."""


Progress = Callable[[float], bool | None]  # the fraction done; False stops the export


def save_map_png(doc, zoom: float, target: Path, hidden_lanes: frozenset[str] = frozenset(),
                 progress: Progress | None = None) -> tuple[int, int]:
    """``write_map_png`` into the file ``target``: written beside it and moved into place at the
    end, so a failed, refused or cancelled export leaves any older file as it was."""
    target = Path(target)
    part = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(part, "xb") as out:  # "x": a new file with the usual permissions
            size = write_map_png(doc, zoom, out, hidden_lanes, progress)
        os.replace(part, target)
    finally:
        if part.exists():
            part.unlink()
    return size


def map_pixel_size(layout, zoom: float) -> tuple[int, int]:
    """Pixel size of a map laid out as ``layout`` at ``zoom``, its margin included."""
    return int(layout.width * zoom) + 2 * MARGIN, int(layout.height * zoom) + 2 * MARGIN


def write_map_png(doc, zoom: float, out: BinaryIO, hidden_lanes: frozenset[str] = frozenset(),
                  progress: Progress | None = None) -> tuple[int, int]:
    """Write the whole map at ``zoom`` (1 = 72 dpi) to ``out`` as a PNG, as the canvas draws it:
    the one PNG renderer of the command line, the export dialog and the slides' picture.
    ``progress(fraction)`` is called after each strip. Returns the picture's (width, height);
    raises ``PictureTooLarge`` (before writing) or ``Cancelled``."""
    import png  # pypng: a PNG written from an iterator of rows, without the whole image

    doc = without_lanes(doc, hidden_lanes)
    view = offscreen_view(DocumentStore(doc), 16, 16)
    try:
        scene = view.map_scene()
        width, height = map_pixel_size(scene.layout, zoom)
        if width * height > MAX_PIXELS:
            raise PictureTooLarge(width, height)
        piece_w = min(width, PIECE_WIDTH)
        piece_h = min(height, max(16, PIECE_PIXELS // piece_w))
        view.pinned_headers = False
        view.resize(piece_w, piece_h)
        view.setTransform(QTransform.fromScale(zoom, zoom))  # any dpi: the editor stops at 400 %
        scene.set_view_scale(zoom)
        QApplication.processEvents()  # the viewport takes its size before the first piece
        background = QColor(scene.scheme.background)
        writer = png.Writer(width, height, greyscale=False, alpha=False, bitdepth=8)
        strips = _strips(view, width, height, piece_h, zoom, background, progress)
        writer.write_packed(out, (row for strip in strips for row in strip))
    finally:
        view.close()
        view.map_scene().detach()
    return width, height


def _strips(view: MapView, width: int, height: int, strip_h: int, zoom: float,
            background: QColor, progress) -> Iterator[Iterator[bytes]]:
    """Each strip of ``strip_h`` rows (the last may be shorter), as an iterator of RGB rows."""
    origin = QPointF(-MARGIN / zoom, -MARGIN / zoom)  # the scene point at the picture's corner
    piece = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    for top in range(0, height, strip_h):
        rows = min(strip_h, height - top)
        strip = QImage(width, rows, QImage.Format.Format_RGB32)
        painter = QPainter(strip)
        for left in range(0, width, piece.width()):
            _paint_piece(view, piece, origin, left, top, background)
            painter.drawImage(left, 0, piece)
        painter.end()
        strip = strip.convertToFormat(QImage.Format.Format_RGB888)
        yield _rows(strip, width)
        if progress is not None and progress(min(1.0, (top + rows) / height)) is False:
            raise Cancelled


def _paint_piece(view: MapView, piece: QImage, origin: QPointF, left: int, top: int,
                 background: QColor) -> None:
    """Paint into ``piece`` the part of the picture whose top-left pixel is (left, top)."""
    # Scroll so the picture's pixel lands at the viewport's corner; near the map's edges the
    # bars stop short, and the piece is painted at an offset instead (background around).
    at = view.viewportTransform().map(origin)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.value() + round(at.x()) + left)
    v.setValue(v.value() + round(at.y()) + top)
    at = view.viewportTransform().map(origin)
    offset = QPoint(-round(at.x()) - left, -round(at.y()) - top)
    for item in view.items():  # made as they come into view; each is painted once or twice,
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # so a cached picture only fills memory
    piece.fill(background)
    view.viewport().render(piece, offset)


def _rows(image: QImage, width: int) -> Iterator[bytes]:
    data, stride = image.constBits(), image.bytesPerLine()
    for y in range(image.height()):
        yield data[y * stride: y * stride + width * 3]


def map_png_bytes(doc, max_side: int = 3000, hidden_lanes: frozenset[str] = frozenset()) -> bytes:
    """The whole map as PNG bytes, at most ``max_side`` pixels on its longer side: the picture a
    PowerPoint deck (``export.pptx_export``) places."""
    import io

    from ..layout import compute_layout

    layout = compute_layout(without_lanes(doc, hidden_lanes))
    zoom = min(4.0, max_side / max(layout.width, layout.height, 1))
    buffer = io.BytesIO()
    write_map_png(doc, zoom, buffer, hidden_lanes)
    return buffer.getvalue()
