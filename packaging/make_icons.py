"""Render the master artwork (jmap_desktop/data/icons/jmap-desktop.svg) to every icon a package
needs: hicolor PNGs 16-512 for Linux, a multi-size .ico for Windows, an .icns for macOS.

`python packaging/make_icons.py [OUT]` writes into OUT (default build/icons):
  hicolor/NxN/apps/jmap-desktop.png, hicolor/NxN/mimetypes/application-x-jmap.png,
  hicolor/scalable/apps/jmap-desktop.svg, jmap-desktop.ico, jmap-desktop.icns
Qt's SVG renderer (QtSvg, part of PySide6-Essentials) draws each size from the vector artwork,
so small sizes stay crisp; Pillow writes the .ico and .icns containers.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "jmap_desktop" / "data" / "icons" / "jmap-desktop.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
MIME_ICON = "application-x-jmap"  # the icon name shared-mime-info derives for application/x-jmap


def render_png(size: int) -> bytes:
    """The artwork drawn at ``size`` x ``size`` pixels, as PNG bytes with transparency."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # kept alive for the next calls
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def make_icons(out: Path) -> list[Path]:
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pngs = {size: render_png(size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in HICOLOR_SIZES:
        for folder, name in (("apps", "jmap-desktop"), ("mimetypes", MIME_ICON)):
            path = out / "hicolor" / f"{size}x{size}" / folder / f"{name}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pngs[size])
            written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / "jmap-desktop.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(SVG, scalable)
    written.append(scalable)

    # Pillow downsamples from the largest image unless given each size: give it each size.
    images = {size: Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in pngs}
    ico = out / "jmap-desktop.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = out / "jmap-desktop.icns"
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    written += [ico, icns]
    return written


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    written = make_icons(out)
    print(f"wrote {len(written)} icons to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
