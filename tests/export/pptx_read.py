"""Reading a deck back (python-pptx): the cards' grouped shapes by card id."""

from __future__ import annotations

from pptx.shapes.group import GroupShape


def card_groups(prs) -> dict[str, tuple[object, GroupShape]]:
    """Card id -> (slide, the card's group of shapes) where the deck first draws each card (its
    stage's slide, before the top items' slide shows it again)."""
    groups: dict[str, tuple[object, GroupShape]] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            if isinstance(shape, GroupShape) and shape.name.startswith("Card "):
                groups.setdefault(shape.name.removeprefix("Card "), (slide, shape))
    return groups


def parts(group: GroupShape, name: str) -> list:
    """The shapes of a card's group called ``name`` (paper, strip, icon, emotion, votes, metric...)."""
    return [shape for shape in group.shapes if shape.name == name]


def card_lines(group: GroupShape) -> list[str]:
    """The lines of a card's text as the deck breaks them (the layout's lines)."""
    return parts(group, "paper")[0].text_frame.text.split("\v")


def card_text(group: GroupShape) -> str:
    """A card's text with its line breaks read as the spaces they replaced."""
    return " ".join(card_lines(group))
