"""Photos on cards: an image pasted, dropped or chosen, checked, downscaled and embedded.

A photo of the sticky wall straight from a phone is 4,000 px and 5 MB; stored as is it would
bloat the map. Every photo is scaled to at most ``MAX_SIDE`` pixels and re-encoded (JPEG unless
it has transparency, as screenshots often do), then checked against the embedded-image limit,
so the document only ever holds images that ``EmbeddedImage`` accepts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, Qt
from PySide6.QtGui import QImage, QImageReader

from ..model import EmbeddedImage
from ..model.limits import MAX_IMAGE_BYTES, MAX_PHOTOS

MAX_SIDE = 1280  # pixels: sharp in the Properties panel and the HTML viewer, small in the file
MAX_SOURCE_BYTES = 40 * 1024 * 1024  # a file larger than this is not read at all


def limits_text() -> str:
    """The limits on photos, in the user's language."""
    return QCoreApplication.translate(
        "Photos", "Photos are stored inside the map, scaled to at most {side} px; {mb} MB and {count} "
        "photos per card at most.").format(side=MAX_SIDE, mb=MAX_IMAGE_BYTES // (1024 * 1024), count=MAX_PHOTOS)


class PhotoError(ValueError):
    """Why an image cannot become a photo on a card, in words for the user."""


def photo_from_image(image: QImage, source: str = "") -> EmbeddedImage:
    source = source or QCoreApplication.translate("Photos", "the image")
    if image.isNull():
        raise PhotoError(QCoreApplication.translate("Photos", "{source} could not be read as an image").format(source=source))
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    fmt = "PNG" if image.hasAlphaChannel() else "JPEG"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 85 if fmt == "JPEG" else -1)
    buffer.close()
    raw = bytes(data.data())
    if len(raw) > MAX_IMAGE_BYTES:
        raise PhotoError(QCoreApplication.translate(
            "Photos", "{source} is still {size} MB after scaling to {side} px; photos on cards may be at "
            "most {mb} MB").format(source=source, size=f"{len(raw) / 1e6:.1f}", side=MAX_SIDE,
                                     mb=MAX_IMAGE_BYTES // (1024 * 1024)))
    try:
        return EmbeddedImage.from_bytes(raw)
    except ValueError as exc:
        raise PhotoError(f"{source}: {exc}") from None


def photo_from_file(path: str | Path) -> EmbeddedImage:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoError(QCoreApplication.translate("Photos", "{name} cannot be read ({reason})").format(
            name=path.name, reason=exc.strerror or exc)) from None
    if size > MAX_SOURCE_BYTES:
        raise PhotoError(QCoreApplication.translate(
            "Photos", "{name} is {size} MB; images up to {mb} MB can be added (they are stored scaled to "
            "{side} px)").format(name=path.name, size=f"{size / 1e6:.0f}", mb=MAX_SOURCE_BYTES // (1024 * 1024),
                                 side=MAX_SIDE))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # respect the camera's rotation
    image = reader.read()
    if image.isNull():
        raise PhotoError(QCoreApplication.translate(
            "Photos", "{name} is not an image this program can read ({reason})").format(
            name=path.name, reason=reader.errorString()))
    return photo_from_image(image, path.name)


def photo_from_mime(mime: QMimeData | None) -> EmbeddedImage | None:
    """A photo from pasted or dropped data (image data, or one local image file); None when the
    data holds no image. Raises PhotoError when it holds one that cannot be used."""
    if mime is None:
        return None
    if mime.hasImage():
        return photo_from_image(QImage(mime.imageData()), QCoreApplication.translate("Photos", "the pasted image"))
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    images = [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]
    return photo_from_file(images[0]) if images else None


def mime_has_photo(mime: QMimeData | None) -> bool:
    if mime is None:
        return False
    if mime.hasImage():
        return True
    return mime.hasUrls() and any(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
                                  for u in mime.urls())


IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"}


def to_qimage(image: EmbeddedImage) -> QImage:
    result = QImage()
    result.loadFromData(image.raw())
    return result
