"""Embedded images are made no larger than any output can use, when a map is opened.

A 2 MB PNG may hold 20,000 x 20,000 pixels of one colour; decoding it for the canvas, a poster
or a slide would take gigabytes. The persona panel and the title block print an image at most a
few inches wide, so ``MAX_SIDE`` pixels are plenty even at 300 dpi. Larger images are shrunk
(with Pillow, as ReportLab already uses it), and images whose header claims an absurd number of
pixels are refused by their place in the file before anything is decoded.
"""

from __future__ import annotations

import io
import warnings

from ..model import EmbeddedImage, JourneyMap, Problem
from ..model.messages import say

MAX_SIDE = 1024  # twice what importing an image keeps (ui/panels/images.py)
MAX_PIXELS = 60_000_000  # about 8,000 x 7,500: anything beyond is a decompression bomb


def fit_images(doc: JourneyMap) -> list[Problem]:
    """Shrink oversized images in place; returns the places of images that cannot be used."""
    problems = []
    places = [(f"personas[{i}].photo", p, "photo") for i, p in enumerate(doc.personas)]
    places.append(("meta.logo", doc.meta, "logo"))
    for place, owner, field in places:
        image = getattr(owner, field, None)
        if image is None:
            continue
        try:
            smaller = _fitted(image)
        except ValueError as exc:
            problems.append(Problem(place, str(exc)))
            continue
        if smaller is not None:
            setattr(owner, field, smaller)
    for i, card in enumerate(doc.cards):
        if not getattr(card, "photos", None):
            continue
        photos = list(card.photos)
        for j, image in enumerate(photos):
            try:
                photos[j] = _fitted(image) or image
            except ValueError as exc:
                problems.append(Problem(f"cards[{i}].photos[{j}]", str(exc)))
        if any(a is not b for a, b in zip(photos, card.photos, strict=True)):
            card.photos = photos
    return problems


def _fitted(image: EmbeddedImage) -> EmbeddedImage | None:
    """A smaller copy of ``image``, None when it is small enough; ValueError when unusable."""
    from PIL import Image

    raw = image.raw()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(raw)) as picture:
                width, height = picture.size
                if width * height > MAX_PIXELS:
                    raise ValueError(say("the image claims {width} x {height} pixels; the limit is "
                                         "{limit} megapixels", width=f"{width:,}", height=f"{height:,}",
                                         limit=MAX_PIXELS // 1_000_000))
                if max(width, height) <= MAX_SIDE:
                    return None
                if picture.format == "JPEG":
                    picture.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a fraction of the size
                picture.thumbnail((MAX_SIDE, MAX_SIDE))
                out = io.BytesIO()
                if image.media_type == "image/jpeg":
                    picture.convert("RGB").save(out, "JPEG", quality=88)
                else:
                    picture.save(out, "PNG", optimize=True)
        except (OSError, Image.DecompressionBombError, SyntaxError) as exc:
            raise ValueError(say("the image cannot be decoded ({reason})", reason=exc)) from None
    return EmbeddedImage.from_bytes(out.getvalue())
