"""Importing a persona photo or a logo: PNG or JPEG only, downscaled, at most 2 MB embedded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from ...model import EmbeddedImage
from ...model.images import sniff_media_type

MAX_SIDE = 512  # pixels: plenty for a poster's persona panel, small in the file


class ImageImportError(ValueError):
    pass


def import_image(path: str | Path, max_side: int = MAX_SIDE) -> EmbeddedImage:
    """Read ``path``, check it really is PNG or JPEG, shrink it, and embed it."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImageImportError(QCoreApplication.translate("Images", "{path}: cannot be read ({reason})").format(
            path=path, reason=exc.strerror or exc)) from None
    media = sniff_media_type(raw)
    if media is None:
        raise ImageImportError(QCoreApplication.translate("Images", "{path}: not a PNG or JPEG image").format(path=path))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # respect the camera's rotation
    image = reader.read()
    if image.isNull():
        raise ImageImportError(QCoreApplication.translate("Images", "{path}: the image is damaged ({reason})").format(
            path=path, reason=reader.errorString()))
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    fmt = "PNG" if media == "image/png" else "JPEG"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 88 if fmt == "JPEG" else -1)
    buffer.close()
    try:
        return EmbeddedImage.from_bytes(bytes(data.data()))
    except ValueError as exc:
        raise ImageImportError(f"{path}: {exc}") from None


def to_qimage(image: EmbeddedImage | None) -> QImage:
    result = QImage()
    if image is not None:
        result.loadFromData(image.raw())
    return result
