"""Comments, photos and links on cards: each edit is an UpdateCardsCommand with a readable name
and the whole before/after list, so undo restores exactly what was there (ids included)."""

from __future__ import annotations

import datetime as dt

from ..model import Comment, DocumentStore, EmbeddedImage, MapLink
from .cards import UpdateCardsCommand


def add_comment(store: DocumentStore, card_id: str, text: str, author: str) -> UpdateCardsCommand:
    card = store.card(card_id)
    comment = Comment(author=author, text=text, date=dt.datetime.now().replace(microsecond=0))
    return UpdateCardsCommand(store, {card_id: {"comments": [*card.comments, comment]}}, "Add comment")


def set_comment_resolved(store: DocumentStore, card_id: str, comment_id: str, resolved: bool) -> UpdateCardsCommand:
    card = store.card(card_id)
    comments = [c.model_copy(update={"resolved": resolved}) if c.id == comment_id else c for c in card.comments]
    return UpdateCardsCommand(store, {card_id: {"comments": comments}},
                              "Resolve comment" if resolved else "Reopen comment")


def remove_comment(store: DocumentStore, card_id: str, comment_id: str) -> UpdateCardsCommand:
    card = store.card(card_id)
    return UpdateCardsCommand(store, {card_id: {"comments": [c for c in card.comments if c.id != comment_id]}},
                              "Delete comment")


def add_photo(store: DocumentStore, card_id: str, photo: EmbeddedImage) -> UpdateCardsCommand:
    card = store.card(card_id)
    return UpdateCardsCommand(store, {card_id: {"photos": [*card.photos, photo]}}, "Add photo")


def remove_photo(store: DocumentStore, card_id: str, index: int) -> UpdateCardsCommand:
    card = store.card(card_id)
    return UpdateCardsCommand(store, {card_id: {"photos": [p for i, p in enumerate(card.photos) if i != index]}},
                              "Remove photo")


def set_card_link(store: DocumentStore, card_id: str, link: MapLink | None) -> UpdateCardsCommand:
    return UpdateCardsCommand(store, {card_id: {"link": link}}, "Link card" if link else "Remove card link")
