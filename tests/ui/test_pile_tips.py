"""Hovering a pile of emotion chips lists the chips hidden under it: a crowded stage piles what
finds no place, and the words of the piled chips can still be read (layout.emotion_chips)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip

from jmap_desktop.io import save_map
from tests.layout.test_emotion_chips import crowded
from tests.ui.uidriver import hover


def test_a_pile_s_tooltip_lists_the_chips_under_it(window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: said.append(text))
    path = tmp_path / "crowded.jmap"
    save_map(crowded(60), path)
    assert window.open_file(path)
    layout, store = window.scene.layout, window.session.store
    pile = next(card_id for card_id, box in layout.cards.items() if box.stacked > 1)
    box = layout.cards[pile]
    under = [c for c in store.doc.cards if not layout.cards[c.id].visible and layout.cards[c.id].rect == box.rect]
    assert len(under) == box.stacked
    tip = hover(window, QPointF(*box.rect.center), said)
    lines = tip.splitlines()
    assert lines[0] == f"{box.stacked} more chips under this one:"
    assert all(any(line.startswith(c.text) for line in lines[1:]) for c in under[:12])
    alone = next(card_id for card_id, b in layout.cards.items() if b.visible and not b.stacked)
    assert hover(window, QPointF(*layout.cards[alone].rect.center), said) == ""  # a chip alone: no list
