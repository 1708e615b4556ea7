"""`jmap-desktop screenshot FILE -o OUT.png`: render a map's canvas offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _zoom(value: str) -> str | float:
    if value == "fit":
        return value
    try:
        factor = float(value.rstrip("%")) / (100 if value.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected 'fit' or a factor like 1.5, not {value!r}") from None
    if not 0.01 <= factor <= 8:
        raise argparse.ArgumentTypeError("the zoom factor must be between 0.01 and 8")
    return factor


def _size(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of pixels, not {value!r}") from None
    if not 16 <= number <= 16_000:
        raise argparse.ArgumentTypeError("sizes go from 16 to 16000 pixels")
    return number


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot",
        help="render the canvas of a map to a PNG image",
        description="Render the editor's canvas of FILE offscreen (no window) to a PNG image.",
    )
    parser.add_argument("file", metavar="FILE", help="the .jmap map to render")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.png", help="the PNG to write")
    parser.add_argument("--width", type=_size, default=1600, help="image width in pixels (1600)")
    parser.add_argument("--height", type=_size, default=1000, help="image height in pixels (1000)")
    parser.add_argument("--zoom", type=_zoom, default="fit",
                        help="'fit' (default) to show the whole map, or a factor: 1 = 100 %%")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import LoadError, load_map

    try:
        doc = load_map(Path(args.file))
    except LoadError as exc:
        print(f"jmap-desktop screenshot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    output = Path(args.output)
    if not output.parent.is_dir():
        print(f"jmap-desktop screenshot: the folder {str(output.parent)!r} does not exist",
              file=sys.stderr)
        return EXIT_USAGE
    image = render_png(doc, args.width, args.height, args.zoom)
    if not image.save(str(output), "PNG"):
        print(f"jmap-desktop screenshot: could not write {str(output)!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {output} ({args.width}x{args.height})")
    return EXIT_OK


def render_png(doc, width: int, height: int, zoom):
    """The canvas of ``doc`` as a QImage; starts a headless Qt application when needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot never needs a display
    from PySide6.QtWidgets import QApplication

    from ..canvas.render import offscreen_view, render_view, set_zoom
    from ..model import DocumentStore

    app = QApplication.instance() or QApplication(["jmap-desktop"])
    view = offscreen_view(DocumentStore(doc), width, height)
    set_zoom(view, zoom)
    app.processEvents()
    image = render_view(view)
    view.close()
    return image
