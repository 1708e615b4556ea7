"""Dropping or pasting an image onto a card: the image becomes a photo on that card.

Over a card the drag is accepted (and the card highlighted as the target); anywhere else it is
refused, so the window's own drop handling (opening maps, importing tables) is not disturbed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF

from ...commands.notes import add_photo
from ...model.limits import MAX_PHOTOS
from ..items.cards import CardItem
from ..photos import PhotoError, mime_has_photo, photo_from_mime


def card_at(scene, pos: QPointF) -> str | None:
    item = scene.top_item_at(pos)
    return item.card_id if isinstance(item, CardItem) else None


def accepts(scene, mime, pos: QPointF) -> bool:
    return mime_has_photo(mime) and card_at(scene, pos) is not None


def attach(scene, card_id: str, mime) -> bool:
    """Add the image in ``mime`` to the card; False (and a message) when it cannot be used."""
    if len(scene.store.card(card_id).photos) >= MAX_PHOTOS:
        scene.messageRequested.emit(QCoreApplication.translate("Canvas", "A card holds at most {count} photos; remove one first.").format(count=MAX_PHOTOS))
        return False
    try:
        photo = photo_from_mime(mime)
    except PhotoError as exc:
        scene.messageRequested.emit(QCoreApplication.translate("Canvas", "Photo not added: {exc}").format(exc=exc))
        return False
    if photo is None:
        return False
    scene.push(add_photo(scene.store, card_id, photo))
    scene.select_cards([card_id])
    return True


def drop(scene, mime, pos: QPointF) -> bool:
    card_id = card_at(scene, pos)
    return card_id is not None and attach(scene, card_id, mime)
